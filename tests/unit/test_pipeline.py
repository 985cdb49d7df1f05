import re
from dataclasses import replace

import pytest

from assistant.answering.pipeline import REFUSAL, Answer, Assistant, Turn
from assistant.errors import InputError
from tests.tables import table_chunk


@pytest.fixture
def assistant(settings, embedder, store, generator):
    return Assistant(settings, embedder, store, generator)


@pytest.fixture
def with_model_expressions(settings, embedder, store, generator):
    return Assistant(settings.model_copy(update={"model_expressions": True}), embedder, store, generator)


def test_answer_cites_the_passage_it_used(assistant, generator):
    generator.enqueue("Urgent card delivery costs £15.00 [1].")
    answer = assistant.answer("How much is urgent card delivery?")
    assert answer.answer == "Urgent card delivery costs £15.00 [1]."
    assert not answer.refused
    assert answer.citations[0].source == "fees.csv"
    assert answer.citations[0].number == 1
    assert answer.verification == "verified"
    assert 0.0 < answer.confidence <= 1.0


def test_prompt_carries_numbered_passages_and_the_question(assistant, generator):
    assistant.answer("How much is urgent card delivery?")
    messages = generator.calls[0]
    assert messages[0]["role"] == "system" and "[1]" in messages[0]["content"]
    assert messages[-1]["content"].startswith("Context:\n[1] Card replacement fee")
    assert "Question: How much is urgent card delivery?" in messages[-1]["content"]


def test_stream_yields_text_then_the_answer(assistant, generator):
    generator.enqueue("Revenue was £412.3 million [1].")
    events = list(assistant.stream("What was revenue in 2024?"))
    assert isinstance(events[-1], Answer)
    assert "".join(events[:-1]) == "Revenue was £412.3 million [1]."


def test_irrelevant_question_is_refused_without_generating(assistant, generator):
    answer = assistant.answer("zebra migration patterns xylophone")
    assert answer.refused and answer.answer.startswith(REFUSAL) and answer.citations == []
    assert generator.calls == []


def test_model_refusal_is_reported_as_refused(assistant, generator):
    generator.enqueue("I can't find that in the passages.")
    answer = assistant.answer("What is the card replacement fee?")
    assert answer.refused and answer.citations == []


def test_a_sentence_with_an_invented_figure_is_never_streamed(assistant, generator):
    generator.enqueue("Card replacement is charged. It costs £9.99 [1]. Call us.")
    events = list(assistant.stream("What is the card replacement fee?"))
    streamed = "".join(e for e in events if isinstance(e, str))
    assert "9.99" not in streamed and "Call us" not in streamed
    assert streamed.startswith("Card replacement is charged.")
    assert events[-1].verification == "extractive"


def test_a_passage_copied_out_whole_or_its_heading_is_not_an_answer():
    from assistant.answering.verification import echoes_a_passage
    from index.documents import Passage
    from tests.conftest import make_chunk

    body = ("Applying in the app takes about 10 minutes. Most applications are approved straight away. "
            "Your debit card arrives by post within 5 working days. We decide within 2 working days.")
    passage = Passage(make_chunk("faq.md", body), 0.6)
    assert echoes_a_passage(body + " [1]", [passage])
    assert not echoes_a_passage("Your debit card arrives by post within 5 working days [1].", [passage])
    # a sub-heading inside the passage is no answer either ("How seasonal is the business?" -> "Seasonality")
    report = Passage(make_chunk("10k.pdf", "Seasonality\nOur fourth quarter produced 32% of net sales."), 0.6)
    assert echoes_a_passage("Seasonality [1]", [report])
    assert not echoes_a_passage("The fourth quarter produced 32% of net sales [1].", [report])


def test_invented_figure_is_replaced_by_a_quote(assistant, generator):
    generator.enqueue("The card replacement fee is £9.99 [1].")
    answer = assistant.answer("What is the card replacement fee?")
    assert answer.verification == "extractive" and answer.unsupported_numbers == ["9.99"]
    assert "£5.00" in answer.answer and "9.99" not in answer.answer
    assert answer.citations[0].source == "fees.csv"


def test_by_default_the_model_is_not_asked_for_arithmetic(assistant, generator):
    generator.enqueue("Revenue rose from £388.1 million to £412.3 million [1].")
    answer = assistant.answer("What was the change in revenue from 2023 to 2024?")
    assert answer.verification == "verified" and len(generator.calls) == 1


def test_calculation_is_done_by_finbot_not_the_model(with_model_expressions, generator):
    generator.enqueue("412.3 - 388.1")
    answer = with_model_expressions.answer("What was the change in revenue from 2023 to 2024?")
    assert answer.verification == "calculated" and answer.calculation == "412.3 - 388.1"
    assert answer.answer.startswith("24.2, calculated by finbot as 412.3 - 388.1")
    assert answer.citations[0].source == "report.md"


def test_invalid_expression_falls_back_to_a_generated_answer(with_model_expressions, generator):
    generator.enqueue("import os", "Revenue rose from £388.1 million to £412.3 million [1].")
    answer = with_model_expressions.answer("What was the change in revenue from 2023 to 2024?")
    assert answer.verification == "verified" and len(generator.calls) == 2


@pytest.mark.parametrize("question", ["", "   \n "])
def test_empty_question_is_an_input_error(assistant, question):
    with pytest.raises(InputError, match="empty"):
        assistant.answer(question)


def test_question_over_the_limit_names_the_limit(assistant, settings):
    with pytest.raises(InputError, match=f"{settings.max_question_chars:,}"):
        assistant.answer("x" * (settings.max_question_chars + 1))


def test_followup_is_rewritten_and_history_reaches_the_prompt(assistant, generator):
    history = [Turn("What was revenue in 2024?", "Revenue was £412.3 million [1].")]
    answer = assistant.answer("and in 2023?", history)
    assert answer.query == "What was revenue in 2023?"
    prompt = generator.calls[0][-1]["content"]
    assert "User: What was revenue in 2024?\nfinbot: Revenue was £412.3 million.\n" in prompt
    assert prompt.endswith("Question: What was revenue in 2023?")


def test_document_scope_restricts_retrieval(assistant, generator):
    generator.enqueue("Operating profit was £61.0 million [1].")
    answer = assistant.answer("What is the fee?", document="report.md")
    assert all(c.source == "report.md" for c in answer.citations)


def test_unknown_document_scope_is_an_input_error(assistant):
    with pytest.raises(InputError, match="finbot documents"):
        assistant.answer("What is the fee?", document="missing.pdf")


def test_json_has_the_contract_fields_and_null_tags(assistant, generator):
    generator.enqueue("Urgent card delivery costs £15.00 [1].")
    data = assistant.answer("How much is urgent card delivery?").to_json()
    for key in ("answer", "citations", "intent", "sentiment", "escalate", "confidence", "refused"):
        assert key in data
    assert set(data["citations"][0]) >= {"source", "text", "score"}
    assert data["intent"] is None and data["sentiment"] is None and data["escalate"] is None


def test_question_about_a_year_no_passage_mentions_is_refused(assistant, generator):
    answer = assistant.answer("What was revenue in 2019?")
    assert answer.refused and "2019" in answer.answer and generator.calls == []


def test_percentage_calculation_reads_like_a_report(with_model_expressions, generator):
    generator.enqueue("(412.3 - 388.1) / 388.1 * 100")
    answer = with_model_expressions.answer("What was the percentage change in revenue from 2023 to 2024?")
    assert answer.answer.startswith("6.24%, calculated by finbot as (412.3 - 388.1) / 388.1 * 100")


def test_answer_of_bare_markers_is_replaced_by_a_quote(assistant, generator):
    generator.enqueue("[1] [2]")
    answer = assistant.answer("How much is urgent card delivery?")
    assert answer.verification == "extractive" and "£15.00" in answer.answer


INCOME_TABLE = table_chunk(
    "Income statement (GBP millions)", ("Line item", "2024", "2023"), ("Revenue", "412.6", "386.9")
)


def table_assistant(settings, embedder, generator, review="", table=INCOME_TABLE):
    from assistant.answering.pipeline import Assistant as _Assistant
    from index.documents import Chunk, content_hash
    from index.stores.faiss_store import DocumentRecord, FaissStore

    store = FaissStore(embedder.dimension)
    chunks = [table]
    if review:
        chunks.append(Chunk(content_hash("ar", review), "ar.xlsx", "ar.xlsx", review, kind="text"))
    store.replace_document(
        DocumentRecord("ar.xlsx", "ar.xlsx", "AR", "f"), chunks, embedder.embed_batch([c.text for c in chunks])
    )
    return _Assistant(settings, embedder, store, generator)


def test_an_instruction_on_the_answers_form_names_no_row(settings, embedder, generator):
    answer = table_assistant(settings, embedder, generator).answer(
        "What was the change in revenue from 2023 to 2024? Round to one decimal place.")
    assert answer.verification == "calculated" and answer.calculation == "412.6 - 386.9"


def test_table_change_is_computed_from_the_named_cells_without_the_model(settings, embedder, generator):
    answer = table_assistant(settings, embedder, generator).answer("What was the change in revenue from 2023 to 2024?")
    assert answer.verification == "calculated" and generator.calls == []
    assert answer.answer.startswith("£25.7 million, calculated by finbot as Revenue 2024 − Revenue 2023 = ")
    assert answer.calculation == "412.6 - 386.9" and answer.citations[0].source == "ar.xlsx"


def test_a_move_between_two_percentages_is_given_in_percentage_points(settings, embedder, generator):
    ratios = table_chunk("Asset quality (in percent)", ("Ratio", "2025", "2024"),
                         ("Nonperforming loans to total loans", "0.73%", "0.58%"))
    answer = table_assistant(settings, embedder, generator, table=ratios).answer(
        "What was the change in nonperforming loans to total loans from 2024 to 2025?")
    assert answer.verification == "calculated"
    assert answer.answer.startswith("0.15 percentage points, calculated by finbot as ")


def test_a_measure_heading_the_label_column_names_the_basis_of_every_row(settings, embedder, generator):
    segments = table_chunk("7. Segment Information (in thousands)",
                           ("Segment Adjusted EBITDA:", "Nine Months Ended 2026", "Nine Months Ended 2025"),
                           ("Performance Coatings", "$ 201,831", "$ 186,721"),
                           ("Specialty Additives", "122,877", "108,655"), ("Adjusted EBITDA", "$ 448,139", "$ 412,427"))
    answer = table_assistant(settings, embedder, generator, table=segments).answer(
        "How much Segment Adjusted EBITDA did the Specialty Additives segment generate in the nine months of 2026?")
    assert answer.verification == "table" and answer.answer.startswith("122,877 thousand (Specialty Additives")


def test_a_calculation_the_report_states_says_so(settings, embedder, generator):
    review = "Income statement review\nRevenue grew 6.6% in 2024, to £412.6 million."
    assistant = table_assistant(settings, embedder, generator, review)
    answer = assistant.answer("What was the percentage change in revenue in the income statement from 2023 to 2024?")
    assert answer.verification == "calculated"
    assert answer.answer.startswith("6.64%, calculated by finbot as ")
    assert answer.answer.endswith("The report states 6.6% [2].") and len(answer.citations) == 2


def test_table_question_is_answered_from_the_cell(settings, embedder, generator):
    assistant = table_assistant(settings, embedder, generator)
    answer = assistant.answer("What was revenue in 2023?")
    assert answer.verification == "table" and "386.9" in answer.answer and generator.calls == []
    # a topic follow-up names the earlier row, not what it asks for: the model answers it
    followup = assistant.answer("what margin was that?", [Turn("What was revenue in 2023?", answer.answer)])
    assert followup.verification != "table"


def test_a_share_of_a_whole_is_not_answered_with_an_amount_cell(settings, embedder, generator):
    generator.enqueue("I can't find that in the passages.")
    answer = table_assistant(settings, embedder, generator).answer("What share of revenue in 2023 came from the UK?")
    assert answer.verification != "table" and "386.9" not in answer.answer


def test_a_calculation_is_not_answered_with_a_quote_of_its_ingredients(settings, embedder, generator):
    review = ("How fast large customers grow\nWe had 1,184 large customers at the end of 2024, compared with 1,032 "
              "at the end of 2023.")
    generator.enqueue("Large customers grew by 12.0% [2].")  # an invented figure: replaced by a quote, then refused
    answer = table_assistant(settings, embedder, generator, review).answer(
        "How fast did large customers grow at the end of 2024?")
    assert answer.refused and "1,184" not in answer.answer


def test_a_two_part_question_refused_whole_is_answered_in_its_first_part(settings, embedder, generator):
    generator.enqueue("I can't find that in the passages.")  # the whole question
    answer = table_assistant(settings, embedder, generator).answer(
        "What was revenue in 2023, and what share of it came from the UK?")
    assert answer.verification == "table" and "386.9" in answer.answer
    assert answer.answer.endswith("I could not answer the second part of the question from the documents.")


def _two_asks(assistant, whole, first, second):
    """The whole question refused; its first and second asks answered as given (None: refused)."""
    asked = []

    def answering(question, *args, **kwargs):
        asked.append(question)
        found = {whole: None}.get(question, first if len(asked) == 2 else second)
        yield found or Answer(REFUSAL, refused=True)

    assistant._answer = answering
    return asked


def _cited(n, text):
    from assistant.answering.pipeline import Citation

    return Citation(n, "ar.pdf", text, 1.0, f"ar.pdf, p. {n}", "ar.pdf")


def test_both_asks_of_a_two_part_question_are_answered_with_their_sources_numbered_together(
        settings, embedder, generator):
    assistant = table_assistant(settings, embedder, generator)
    whole = ("What was adjusted EBITDA in 2024 and what margin on revenue does that imply? Give the margin to one "
             "decimal.")
    ebitda = _cited(1, "Adjusted EBITDA | 2024: 90.0")
    first = Answer("£90.0 million (Adjusted EBITDA, 2024) [1]", [ebitda], verification="table")
    second = Answer("21.81% = 90.0 / 412.6 × 100 [1][2]", [ebitda, _cited(2, "Revenue | 2024: 412.6")],
                    verification="calculated", calculation="90.0 / 412.6 * 100")
    asked = _two_asks(assistant, whole, first, second)
    answer = assistant.answer(whole)
    # the margin's instruction is the second ask's; "that" is the first ask's figure
    assert asked[1:] == ["What was adjusted EBITDA in 2024?", "What was adjusted EBITDA in 2024 as a percentage of "
                         "revenue? Give the margin to one decimal."]
    assert answer.answer == "£90.0 million (Adjusted EBITDA, 2024) [1]\n\n21.81% = 90.0 / 412.6 × 100 [1][2]"
    assert [c.text for c in answer.citations] == [ebitda.text, "Revenue | 2024: 412.6"]
    assert answer.verification == "calculated" and answer.calculation == "90.0 / 412.6 * 100"


def test_a_generated_first_ask_stands_only_where_the_second_asks_arithmetic_read_its_figure(
        settings, embedder, generator):
    whole = "What were total lease payments in 2024, and what percentage of that total was imputed interest?"
    first = Answer("Total lease payments in 2024 were £237 million [1].", [_cited(1, "Total lease payments | 237")],
                   verification="verified")
    share = Answer("11.81% = 28 / 237 × 100 [1]", [_cited(1, "Less: imputed interest | (28)")],
                   verification="calculated", calculation="28 / 237 * 100")
    assistant = table_assistant(settings, embedder, generator)
    _two_asks(assistant, whole, first, share)
    answer = assistant.answer(whole)
    assert not answer.refused and "£237 million" in answer.answer and "11.81%" in answer.answer
    assert answer.verification == "verified"  # the first figure is still a generated one

    other = replace(share, calculation="28 / 240 * 100")
    assistant = table_assistant(settings, embedder, generator)
    _two_asks(assistant, whole, replace(first, citations=list(first.citations)), other)
    assert assistant.answer(whole).refused


def test_a_two_part_question_is_refused_when_its_first_part_is_no_table_figure(settings, embedder, generator):
    from assistant.answering.pipeline import Answer

    assistant = table_assistant(settings, embedder, generator)
    whole = "What dividend per share did the board pay in 2023, and how did it compare with 2022?"

    def answering(question, *args, **kwargs):  # a generated answer to the first ask alone
        yield Answer("The board paid 5.2p [1].", verification="verified") if question != whole else Answer(REFUSAL,
                                                                                                      refused=True)

    assistant._answer = answering
    answer = assistant.answer(whole)
    assert answer.refused and answer.answer == REFUSAL


def test_an_analysts_figure_is_not_answered_with_a_quote_of_no_amount(settings, embedder, generator):
    review = ("Note 20 — Accumulated other comprehensive loss\nNote 20 sets out how much accumulated other "
              "comprehensive loss improved during the year.")  # a note's number is no amount
    generator.enqueue("It improved by 24.0 million [2].")  # an invented figure: replaced by a quote, then refused
    answer = table_assistant(settings, embedder, generator, review).answer(
        "How much did accumulated other comprehensive loss improve during the year?")
    assert answer.refused, answer.answer


def test_an_analysts_figure_per_unit_is_not_answered_with_a_total(settings, embedder, generator):
    review = ("Hotel operations\nRooms revenue at the comparable hotels was $7.5 million in 2025, and RevPAR at the "
              "comparable hotels rose on higher occupancy.")
    generator.enqueue("RevPAR for the comparable hotels in 2025 was $7.5 million [2].")  # the total, not per room
    answer = table_assistant(settings, embedder, generator, review).answer(
        "What was RevPAR for the comparable hotels in 2025?")
    assert answer.refused, answer.answer


def test_how_much_a_figure_grew_is_given_as_an_amount_and_a_rate(settings, embedder, generator):
    answer = table_assistant(settings, embedder, generator).answer("How much did revenue grow from 2023 to 2024?")
    assert answer.verification == "calculated" and answer.answer.startswith("£25.7 million (+6.6%)"), answer.answer
    increase = table_assistant(settings, embedder, generator).answer("How much did revenue increase from 2023 to 2024?")
    assert "%" not in increase.answer.split(",")[0], increase.answer


def test_several_years_and_which_year_are_read_from_the_row(settings, embedder, generator):
    assistant = table_assistant(settings, embedder, generator)
    both = assistant.answer("What was revenue in 2024 and 2023 respectively?")
    assert both.answer == "£412.6 million (2024); £386.9 million (2023) — Revenue [1]"
    assert both.verification == "table" and both.citations[0].source == "ar.xlsx"
    higher = assistant.answer("In which year was the income statement revenue higher?")  # hash embedder: shared words
    assert higher.answer.startswith("2024: ") and higher.verification == "table"
    assert generator.calls == []


def test_a_table_answers_its_own_row_whatever_the_passage_scores(settings, embedder, generator):
    # Short questions embed far from rows of figures; the relevance floor only guards the model.
    strict = settings.model_copy(update={"min_relevance": 0.99})
    assistant = table_assistant(strict, embedder, generator)
    assert assistant.answer("What was revenue in 2023?").verification == "table"
    vague = assistant.answer("Tell me something about revenue.")  # no row and column named: the floor applies
    assert vague.refused and vague.answer == REFUSAL and generator.calls == []


def test_a_self_contained_question_after_another_turn_is_answered_as_asked(assistant, generator):
    generator.enqueue("Urgent card delivery costs £15.00 [1].")
    history = [Turn("What was Norcastle's revenue in 2019?", REFUSAL)]
    answer = assistant.answer("For urgent card delivery, how much does it cost?", history)
    assert answer.query == "For urgent card delivery, how much does it cost?"
    assert not answer.refused and "£15.00" in answer.answer


def test_a_dash_in_the_question_does_not_make_it_a_followup(settings, embedder, generator):
    answer = table_assistant(settings, embedder, generator).answer("Income statement — what was revenue in 2023?")
    assert answer.verification == "table" and "386.9" in answer.answer and generator.calls == []


def _markers(text):
    return sorted({int(n) for n in re.findall(r"\[(\d+)\]", text)})


def test_answer_markers_are_numbered_as_the_sources_list(assistant, generator, embedder):
    question = "What was the profit in 2024 compared with revenue of £412.3 million?"
    found = assistant.retriever.search(question, embedder.embed_batch([question])[0], 3)
    number = next(i for i, p in enumerate(found, start=1) if "61.0" in p.chunk.text)
    assert number > 1  # the reply cites a later passage, so renumbering shows
    generator.enqueue(f"Operating profit was £61.0 million [{number}].", f"Operating profit was £9.99 [{number}].")
    verified = assistant.answer(question)
    assert verified.answer == "Operating profit was £61.0 million [1]."
    assert [c.number for c in verified.citations] == [1] and "61.0" in verified.citations[0].text
    extractive = assistant.answer("What was revenue in 2024?")
    assert extractive.verification == "extractive"
    assert _markers(extractive.answer) == [c.number for c in extractive.citations] == [1]


def test_table_and_calculated_markers_are_numbered_as_the_sources_list(settings, embedder, generator):
    # The review repeats the questions' words, so it ranks first and the table second.
    review = (
        "Revenue review\nWhat was revenue in 2023 and what was the percentage change in revenue from 2023 to 2024? "
        "Revenue grew 6.6% in 2024."
    )
    assistant = table_assistant(settings, embedder, generator, review)
    cell = assistant.answer("What was revenue in 2023?")
    assert cell.verification == "table" and cell.answer.endswith("[1]") and cell.citations[0].text == INCOME_TABLE.text
    change = assistant.answer("What was the percentage change in revenue from 2023 to 2024?")
    assert change.verification == "calculated" and change.answer.endswith("[1]. The report states 6.6% [2].")
    assert [c.number for c in change.citations] == [1, 2] and change.citations[0].text == INCOME_TABLE.text


def test_every_json_field_is_documented_in_the_readme(assistant, generator):
    from pathlib import Path

    readme = (Path(__file__).parents[2] / "README.md").read_text()
    generator.enqueue("Urgent card delivery costs £15.00 [1].")
    data = assistant.answer("How much is urgent card delivery?").to_json()
    scores = {"intent_score", "sentiment_score"}  # "`intent`, `sentiment` (with their scores)"
    assert [key for key in data if f"`{key}`" not in readme and key not in scores] == []


def test_analyst_forms_and_a_word_no_document_uses_do_not_refuse_a_table_answer(settings, embedder, generator):
    assistant = table_assistant(settings, embedder, generator)
    for question in (
        "What was revenue in 2023? Answer in GBP millions and round to one decimal place.",
        "What was revenue in fiscal 2023 as reported?",  # "reported": no document's word
    ):
        answer = assistant.answer(question)
        assert answer.verification == "table" and "386.9" in answer.answer, question


def test_an_unknown_subject_needs_a_confident_answer_and_shows_nothing_before(assistant, generator):
    generator.enqueue("The external auditor of the report is Smith & Co [3].")
    events = list(assistant.stream("Who audits the report? Name the external auditor."))
    answer = events[-1]
    assert answer.refused and "auditor" in answer.answer and answer.confidence < assistant.confidence.threshold
    assert not any("Smith" in e for e in events[:-1])  # nothing of the withdrawn answer was shown


def test_a_fiscal_year_followup_is_answered_from_the_table(settings, embedder, generator):
    assistant = table_assistant(settings, embedder, generator)
    first = assistant.answer("What was revenue in FY2024?")
    assert first.verification == "table" and "412.6" in first.answer
    for followup in ("and FY2023?", "and FY23?"):
        answer = assistant.answer(followup, [Turn("What was revenue in FY2024?", first.answer)])
        assert answer.verification == "table" and "386.9" in answer.answer and generator.calls == [], followup


def test_whether_a_figure_moved_answered_without_one_is_refused(assistant, generator):
    # Nothing in "No, revenue did not grow" for the number check to verify: an unverified claim.
    generator.enqueue("No, revenue did not grow [1].")
    answer = assistant.answer("Did revenue grow between 2023 and 2024?")
    assert answer.refused and "don't give the figure" in answer.answer


def test_whether_a_figure_moved_answered_with_the_figures_stands(assistant, generator):
    generator.enqueue("Yes, revenue grew from £388.1 million in 2023 to £412.3 million in 2024 [1].")
    answer = assistant.answer("Did revenue grow between 2023 and 2024?")
    assert not answer.refused and answer.verification == "verified"


@pytest.mark.parametrize("reply", [
    "No, I can't find that in the documents I have, so I won't guess [1].",
    "Based on the context provided, credit cards are not mentioned [1].",
    "The context does not contain the answer in the documents I have, so I won't guess [1].",
])
def test_a_model_saying_it_found_nothing_after_a_lead_in_is_a_refusal(assistant, generator, reply):
    generator.enqueue(reply)
    assert assistant.answer("How much is urgent card delivery?").refused


@pytest.mark.parametrize("reply", [
    "Urgent card delivery is not available abroad; it costs £15.00 [1].",
    "Urgent card delivery does not include weekends; it costs £15.00 [1].",
])
def test_a_negative_answer_is_not_a_refusal(assistant, generator, reply):
    generator.enqueue(reply)
    assert not assistant.answer("How much is urgent card delivery?").refused


def test_a_generated_figure_read_from_a_line_about_something_else_is_refused(assistant, generator, embedder):
    question = "What was revenue in 2024?"
    found = assistant.retriever.search(question, embedder.embed_batch([question])[0], 3)
    number = next(i for i, p in enumerate(found, start=1) if "61.0" in p.chunk.text)
    generator.enqueue(f"Revenue was £61.0 million [{number}].")  # the operating profit line's figure
    answer = assistant.answer(question)
    assert answer.refused and "figure" in answer.answer


def test_a_question_about_causes_is_not_answered_with_a_quote_of_a_table_row():
    from assistant.answering.pipeline import Answer, Citation, cause_quoted_from_rows
    from index.documents import Passage
    from tests.conftest import make_chunk

    review = Passage(make_chunk("ar.md", "Revenue grew on new contracts in Europe."), 0.7)
    rows, prose = Passage(INCOME_TABLE, 0.8), review
    quote_of = {p: Answer("The documents say: …", citations=[Citation.of(1, p)], verification="extractive")
                for p in (rows, prose)}
    assert cause_quoted_from_rows("What drove the revenue change in 2024?", quote_of[rows], [rows, prose])
    assert not cause_quoted_from_rows("What drove the revenue change in 2024?", quote_of[prose], [rows, prose])
    assert not cause_quoted_from_rows("What was revenue in 2024?", quote_of[rows], [rows, prose])


def test_a_share_asked_is_not_answered_with_a_quote_of_amounts(assistant, generator):
    generator.enqueue("It was 12.34% [1].")  # a figure no passage gives: the reply falls back to a quote
    answer = assistant.answer("What percentage of revenue in 2024 was the operating profit?")
    assert answer.refused and answer.verification != "extractive"


def test_an_analysts_quarter_total_ranked_below_the_passages_read_still_answers(settings, embedder, generator):
    from index.documents import Chunk, content_hash
    from index.stores.faiss_store import DocumentRecord, FaissStore

    repurchases = table_chunk(
        "Issuer purchases of equity securities",
        ("Period", "Total number of shares purchased", "Average price paid per share"),
        ("October 1 – October 31, 2025", "310,400", "$231.18"),
        ("November 1 – November 30, 2025", "402,750", "$238.04"),
        ("Total", "713,150", "$235.11"),
        source="10k.pdf",
    )
    asked = "How many shares did Acme repurchase in the fourth quarter of 2025?"
    prose = "How many shares did Acme repurchase in the fourth quarter of 2025? Acme repurchased shares in 2025."

    def assistant_over(narrow):
        store = FaissStore(embedder.dimension)
        chunks = [repurchases, Chunk(content_hash("10k", prose), "10k.pdf", "10k.pdf", prose, kind="text")]
        store.replace_document(DocumentRecord("10k.pdf", "10k.pdf", "Acme 10-K", "f"), chunks,
                               embedder.embed_batch([c.text for c in chunks]))
        return Assistant(narrow, embedder, store, generator)

    narrow = settings.model_copy(update={"top_k": 1})
    assistant = assistant_over(narrow)
    assert assistant.retriever.search(asked, embedder.embed(asked), 1, None)[0].chunk.kind == "text"
    answer = assistant.answer(asked)
    assert answer.verification == "table" and "713,150" in answer.answer and generator.calls == []
    # with no wider read, the model gets the question
    generator.enqueue("I can't find that in the passages.")
    only_top = assistant_over(narrow.model_copy(update={"table_candidates": 1}))
    assert only_top.answer(asked).verification != "table"


def test_a_share_asked_is_not_answered_with_a_rate_column():
    from assistant.answering.pipeline import _share_read
    from assistant.answering.tables.lookup import Cell
    rate = Cell("Fixed-rate debt", (("Principal", "1,902,800"), ("Average rate", "4.21%")), 1, "", (1, 1.0, 1))
    share = Cell("Fixed-rate debt", (("% of total", "91.6%"),), 1, "", (1, 1.0, 1))
    assert not _share_read(rate) and _share_read(share)


def test_a_segments_figure_is_not_answered_with_a_quote_of_the_whole_companys(assistant, generator):
    generator.enqueue("It was £9.99 million [1].")  # a figure no passage gives: the reply falls back to a quote
    answer = assistant.answer("What was the Card segment's revenue?")
    assert answer.refused and answer.verification != "extractive"


def test_a_customers_generated_reply_is_held_until_its_confidence_is_known_and_refused_below_the_bar(
        settings, embedder, store, generator):
    from tests.fakes import QueuedClassifier

    for bar, refused in ((0.0, False), (0.99, True)):
        generator.enqueue("Urgent card delivery costs £15.00 [1].")
        assistant = Assistant(settings.model_copy(update={"customer_min_confidence": bar}), embedder, store,
                              generator, QueuedClassifier().enqueue("card_delivery_estimate"))
        events = list(assistant.stream("How much is urgent card delivery?"))
        answer = events[-1]
        assert answer.refused is refused, answer.answer
        if refused:  # nothing of the reply was shown before the verdict
            assert not any("£15.00" in e for e in events[:-1] if isinstance(e, str))
    # an analyst's reply is not held to the customers' bar
    generator.enqueue("Urgent card delivery costs £15.00 [1].")
    assistant = Assistant(settings.model_copy(update={"customer_min_confidence": 0.99}), embedder, store, generator)
    assert not assistant.answer("How much is urgent card delivery?").refused


def test_a_margin_asked_after_a_definition_is_not_answered_with_the_defined_amount(settings, embedder, generator):
    from index.chunking import chunk_document
    from index.documents import Document, TableBlock, TextBlock
    from index.stores.faiss_store import DocumentRecord, FaissStore

    cash = TableBlock(rows=(("(in thousands)", "2026"), ("Net cash provided by operating activities", "274,451"),
                            ("Capital expenditures", "(118,462)")),
                      caption="Condensed Consolidated Statements of Cash Flows", page=6, section="Item 1")
    chunks = chunk_document(Document("10q.pdf", "10q.pdf", "Acme 10-Q", [TextBlock("FORM 10-Q Acme", page=1), cash]))
    store = FaissStore(embedder.dimension)
    store.replace_document(DocumentRecord("10q.pdf", "10q.pdf", "Acme 10-Q", "f"), chunks,
                           embedder.embed_batch([c.text for c in chunks]))
    assistant = Assistant(settings, embedder, store, generator)
    defined = "Define free cash flow as cash from operations minus capital expenditures."
    amount = assistant.answer(f"{defined} What was Acme's free cash flow for 2026?")
    assert amount.verification == "calculated" and "155,989" in amount.answer  # finbot's arithmetic, no model
    generator.enqueue("The margin was 155,989 [1].")  # a generated figure for a spelled-out subtraction is refused too
    margin = assistant.answer(f"{defined} What was Acme's free cash flow margin (as a percentage of net sales) for "
                              "2026?")
    assert margin.refused, margin.answer
