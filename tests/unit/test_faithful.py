"""Policy and FAQ answers made of the source's own sentences: conditions kept, steps in order, products told apart."""

from __future__ import annotations

import re

from assistant.answering.faithful import segments, select, with_siblings
from assistant.answering.pipeline import Assistant
from index.documents import Chunk, Passage, content_hash
from index.stores import DocumentRecord, FaissStore
from index.text.tokens import tokenize
from tests.fakes import QueuedClassifier


def chunk(text: str, section: str | None = None, doc: str = "help.html", title: str = "Help") -> Chunk:
    heading = " — ".join(p for p in (title, section) if p)
    full = f"{heading}\n{text}" if heading else text
    return Chunk(content_hash(doc, full), doc, doc, full, section=section, title=title)


def overlap(question: str):
    """A stand-in for the embedder: the share of the question's words a text uses."""
    asked = set(tokenize(question))

    def similarity(texts: list[str]) -> list[float]:
        return [(len(asked & set(tokenize(t))) / (len(asked) or 1)) ** 0.5 for t in texts]

    return similarity


REPLACEMENT = chunk(
    "When you report a card lost we order a new card straight away. Your first replacement card in any 12 months "
    "is free; after that each replacement costs £5.00. Premier accounts never pay for replacements. "
    "Your PIN stays the same.",
    "Cards > Getting a replacement card",
)


def test_a_condition_after_the_best_sentence_is_kept():
    question = "What does a replacement card cost?"
    selection = select(question, [Passage(REPLACEMENT, 0.8)], overlap(question))
    assert selection is not None
    assert "first replacement card in any 12 months is free; after that each replacement costs £5.00" in selection.text
    assert "Premier accounts never pay" in selection.text
    assert selection.text.endswith("[1]")


def test_a_faq_entry_asking_the_question_is_answered_whole():
    entry = chunk("Don't wait. Lock the card in the app. If you know it is stolen, call 0808 157 0912.",
                  "Cards > My card has been lost or stolen. What should I do?")
    other = chunk("You can pay up to £100 a time with a contactless card.", "Cards > What is the contactless limit?")
    question = "my card has been stolen what should i do"
    selection = select(question, [Passage(other, 0.7), Passage(entry, 0.6)], overlap(question),
                       sentences_too=False)
    assert selection is not None
    assert selection.text == "Don't wait. Lock the card in the app. If you know it is stolen, call 0808 157 0912. [2]"


def test_a_heading_repeated_at_the_top_of_its_section_is_no_sentence_of_the_answer():
    section = chunk("2. Getting a replacement card\nWhen you report a card lost we order a new one. Your first "
                    "replacement card in any 12 months is free.", "2. Getting a replacement card")
    assert [s.text for s in segments(Passage(section, 0.8), 1)] == [
        "When you report a card lost we order a new one.", "Your first replacement card in any 12 months is free."]


def test_a_pdf_lists_last_item_does_not_swallow_the_sentence_after_it():
    from assistant.answering.faithful import segments

    section = chunk("If your card is lost or stolen, freeze it in the app and call us straight away on one of\n"
                    "these numbers:\n- Freephone 0808 157 0655, 24 hours a day\n- From abroad +44 20 7946 0655\n"
                    "If your phone was stolen, tell your network too so that it can block the SIM card.",
                    "Report it lost or stolen")
    texts = [s.text for s in segments(Passage(section, 0.8), 1)]
    assert texts[2] == "- From abroad +44 20 7946 0655"
    assert texts[-1] == "If your phone was stolen, tell your network too so that it can block the SIM card."


def test_a_list_comes_with_its_lead_in_and_every_item_in_order():
    steps = chunk("You can close your account at any time, free of charge. To close your account:\n"
                  "1. Move your Direct Debits.\n2. Repay any overdraft.\n3. Tell us where to send the balance.\n"
                  "We close it within 2 working days.", "Closing an account")
    question = "How do I close my account?"
    selection = select(question, [Passage(steps, 0.8)], overlap(question))
    assert selection is not None
    assert re.search(r"To close your account:\n1\. Move your Direct Debits\.\n2\. Repay any overdraft\.\n"
                     r"3\. Tell us where to send the balance\.", selection.text)


GOLD = chunk("The plan acquires a surrender value after 3 years.", "Gold plan > When does the plan acquire a "
             "surrender value?")
SILVER = chunk("The plan acquires a surrender value after 2 years.", "Silver plan > When does the plan acquire a "
               "surrender value?")


def test_the_same_question_for_two_products_gives_both_and_asks_which():
    question = "When does the plan acquire a surrender value?"
    selection = select(question, [Passage(GOLD, 0.8), Passage(SILVER, 0.79)], overlap(question))
    assert selection is not None and selection.alternatives
    assert "**Gold plan**: The plan acquires a surrender value after 3 years. [1]" in selection.text
    assert "**Silver plan**: The plan acquires a surrender value after 2 years. [2]" in selection.text
    assert "which" in selection.text.lower()


def test_a_product_the_customer_names_is_answered_alone():
    question = "When does the gold plan acquire a surrender value?"
    selection = select(question, [Passage(GOLD, 0.8), Passage(SILVER, 0.79)], overlap(question))
    assert selection is not None and not selection.alternatives
    assert selection.text == "The plan acquires a surrender value after 3 years. [1]"


def test_nothing_close_enough_leaves_the_question_to_the_generator():
    question = "What is the mortgage rate?"
    assert select(question, [Passage(REPLACEMENT, 0.5)], overlap(question)) is None
    assert select("card", [], overlap("card")) is None


def test_tables_are_not_quoted_and_page_furniture_is_dropped():
    table = Chunk("t", "fees.csv", "fees.csv", "Fees\nReplacement card | Fee: £5.00", kind="table")
    question = "What does a replacement card cost?"
    selection = select(question, [Passage(table, 0.9), Passage(REPLACEMENT, 0.5)], overlap(question))
    assert selection is not None and selection.passages == [2]
    footer = chunk("Freeze the card in the app.\nLarkfield Bank - Card help - page 1 of 3", "Cards > Freeze")
    assert [s.text for s in segments(Passage(footer, 1.0), 1)] == ["Freeze the card in the app."]
    # a passage that is page furniture only has nothing to quote (it once stopped the answer with an error)
    assert segments(Passage(chunk("Larkfield Bank - Card help - page 2 of 3", "Cards"), 1.0), 1) == []


def test_sibling_sub_sections_of_a_retrieved_one_become_candidates_in_document_order():
    freeze = chunk("Freeze it in the app.", "1. Lost cards > Freeze your card")
    report = chunk("Report it in the app or call us.", "1. Lost cards > Report it lost")
    other = chunk("Fees are in the tariff.", "2. Fees")
    found = with_siblings([Passage(report, 0.7)], [freeze, report, other])
    assert [p.chunk for p in found] == [report, freeze]


def test_a_customer_question_is_answered_by_quoting_without_the_generator(settings, embedder, generator):
    store = FaissStore(embedder.dimension, "hash", settings.index_dir)
    entry = chunk(REPLACEMENT.body, "Cards > Is the first replacement card free?")
    chunks = [entry, chunk("Statements are free in the app.", "Statements > Copies")]
    store.replace_document(DocumentRecord("help.html", "help.html", "Help", "h"), chunks,
                           embedder.embed_batch([c.text for c in chunks]))
    classifier = QueuedClassifier().enqueue("card_arrival").enqueue("financial_metric")
    assistant = Assistant(settings.model_copy(update={"quote_answers": True}), embedder, store, generator,
                          classifier)
    answer = assistant.answer("Is the first replacement card free?")
    assert answer.verification == "quoted" and generator.calls == []
    assert "Your first replacement card in any 12 months is free; after that each replacement costs £5.00" in \
        answer.answer
    assert answer.citations[0].source == "help.html"
    # an analyst's question over the same text goes to the generator unless a FAQ entry asks it
    generator.enqueue("Replacements cost £5.00 after the first [1].")
    analyst = assistant.answer("What does each replacement card cost after the first?")
    assert analyst.verification == "verified", analyst.answer


def test_a_question_no_intent_fits_is_an_analysts_when_asked_of_a_companys_report(settings, embedder, generator):
    store = FaissStore(embedder.dimension, "hash", settings.index_dir)
    for doc, opening in (("acme-10k.pdf", "UNITED STATES SECURITIES AND EXCHANGE COMMISSION. FORM 10-K. Annual "
                                          "report of Acme Corp for the fiscal year ended December 31, 2025."),
                         ("help.html", "Help for Acme customers.")):
        chunks = [chunk(opening, "Cover", doc=doc),
                  chunk("The largest customers are regional utilities. No single customer accounted for more "
                        "than 10% of net sales.", "The largest customers", doc=doc)]
        store.replace_document(DocumentRecord(doc, doc, doc, doc), chunks,
                               embedder.embed_batch([c.text for c in chunks]))
    classifier = QueuedClassifier().enqueue("none").enqueue("none")
    assistant = Assistant(settings.model_copy(update={"quote_answers": True}), embedder, store, generator,
                          classifier)
    generator.enqueue("Regional utilities are its largest customers [1].")
    report = assistant.answer("Who are the largest customers?", document="acme-10k.pdf")
    assert report.verification == "verified" and len(generator.calls) == 1  # not a loose customer's quote
    help_page = assistant.answer("Who are the largest customers?", document="help.html")
    assert help_page.verification == "quoted" and len(generator.calls) == 1
    # a banking intent in the words ("interest rate") makes no customer of a question scoped to a report
    classifier.enqueue("card_payment_wrong_exchange_rate").enqueue("card_payment_wrong_exchange_rate")
    generator.enqueue("Regional utilities are its largest customers [1].")
    banked = assistant.answer("Who are the largest customers?", document="acme-10k.pdf")
    assert banked.verification == "verified" and len(generator.calls) == 2
    assert assistant.answer("Who are the largest customers?", document="help.html").verification == "quoted"


def test_a_figure_read_from_a_table_keeps_the_rows_conditions_cell():
    from assistant.answering.faithful import kept_conditions
    from index.documents import Row, Table

    table = Table("Tariff", ("Service", "Classic", "Premier", "Conditions and exceptions"), (
        Row("Replacement card", (("Classic", "First in 12 months free, then £7.50 each"), ("Premier", "Free"),
                                 ("Conditions and exceptions", "Always free if the card is faulty"))),
        Row("Banker's draft", (("Classic", "£20.00"), ("Premier", "£20.00"))),
    ))
    cited = Passage(Chunk("t", "tariff.xlsx", "tariff.xlsx", table.text, kind="table", table=table), 0.8)
    found = kept_conditions("First in 12 months free, then £7.50 each (Replacement card, Classic) [1]", [cited])
    assert [text for text, _ in found] == ["Conditions and exceptions: Always free if the card is faulty"]
    assert kept_conditions("£20.00 (Banker's draft, Classic) [1]", [cited]) == []


def test_a_tiers_conditions_come_from_the_row_holding_the_figure_not_every_row_of_that_product():
    from assistant.answering.faithful import kept_conditions
    from index.documents import Row, Table

    table = Table("Rates", ("Product", "Balance", "Rate", "Notes"), (
        Row("Easy Saver", (("Balance", "£1 to £9,999"), ("Rate", "3.10%"), ("Notes", "Variable. Flexible ISA"))),
        Row("Easy Saver", (("Balance", "£10,000 and over"), ("Rate", "3.35%"), ("Notes", "Variable. Tiered"))),
    ))
    cited = Passage(Chunk("t", "rates.xlsx", "rates.xlsx", table.text, kind="table", table=table), 0.8)
    found = kept_conditions("3.35% (Easy Saver, Rate) [1]", [cited])
    assert [text for text, _ in found] == ["Notes: Variable. Tiered"]


def test_a_generated_figure_keeps_the_condition_in_and_after_its_source_sentence():
    from assistant.answering.faithful import kept_conditions

    found = kept_conditions("A replacement costs £5.00 [1].", [Passage(REPLACEMENT, 0.8)])
    assert [text for text, _ in found] == [
        "Your first replacement card in any 12 months is free; after that each replacement costs £5.00."]


def test_a_customers_generated_answer_gains_the_condition_and_an_analysts_does_not(settings, embedder, generator):
    store = FaissStore(embedder.dimension, "hash", settings.index_dir)
    store.replace_document(DocumentRecord("help.html", "help.html", "Help", "h"), [REPLACEMENT],
                           embedder.embed_batch([REPLACEMENT.text]))
    classifier = QueuedClassifier().enqueue("card_payment_fee_charged").enqueue("financial_metric")
    assistant = Assistant(settings.model_copy(update={"quote_answers": True}), embedder, store, generator,
                          classifier)
    generator.enqueue("A replacement costs £5.00 [1].", "A replacement costs £5.00 [1].")
    customer = assistant.answer("replacement costs?")
    assert customer.verification == "verified"
    assert customer.answer == ("A replacement costs £5.00 [1].\n\nPlease note: Your first replacement card in any "
                               "12 months is free; after that each replacement costs £5.00. [1]")
    assert assistant.answer("replacement costs?").answer == "A replacement costs £5.00 [1]."


def test_a_customers_words_no_document_uses_are_weighed_by_the_gate_an_analysts_keep_the_bar(
        settings, embedder, generator):
    from assistant.answering.confidence import ConfidenceModel

    store = FaissStore(embedder.dimension, "hash", settings.index_dir)
    entry = chunk(REPLACEMENT.body, "Cards > Is the first replacement card free?")
    store.replace_document(DocumentRecord("help.html", "help.html", "Help", "h"), [entry],
                           embedder.embed_batch([entry.text]))
    update = {"quote_answers": True, "quote_gate": True, "quote_relevance": 1.0}  # no passage plainly about it
    # A customer's quote is weighed whatever the relevance bar, and one with words no document has ("chip",
    # "cracked") must clear a higher bar than the gate's own.
    for question, bias, quoted in (("My chip cracked, is the first replacement card free?", 5.0, True),
                                   ("My chip cracked, is the first replacement card free?", 0.2, False),
                                   ("Is the first replacement card free?", 0.2, True)):
        generator.enqueue("Your first replacement card in any 12 months is free [1].")
        gate = ConfidenceModel(weights={"fixed_bars": 0.0}, bias=bias, threshold=0.5)  # 0.2: chance 0.55
        assistant = Assistant(settings.model_copy(update=update), embedder, store, generator,
                              QueuedClassifier().enqueue("card_arrival"), quote_gate=gate)
        answer = assistant.answer(question)
        assert (answer.verification == "quoted") is quoted, (question, bias, answer.verification)
    # An analyst's (untagged) question keeps the old rule: quoted only when a passage is plainly about it.
    for relevance, quoted in ((0.0, True), (1.0, False)):
        generator.enqueue("Your first replacement card in any 12 months is free [1].")
        assistant = Assistant(settings.model_copy(update={"quote_answers": True, "quote_relevance": relevance}),
                              embedder, store, generator)
        answer = assistant.answer("My chip cracked, can I ask whether the first replacement card is free?")
        assert (answer.verification == "quoted") is quoted, (relevance, answer.verification)


def test_a_customers_figure_comes_from_a_table_row_ranked_below_the_passages_read(settings, embedder, generator):
    from tests.tables import table_chunk

    store = FaissStore(embedder.dimension, "hash", settings.index_dir)
    prose = [chunk(f"Savings rates change from time to time; rates for the easy saver are in the price list {i}.",
                   f"Savings > Rates {i}") for i in range(3)]
    rates = table_chunk("Savings rates", ("Product", "Gross p.a."), ("Easy Saver", "2.20%"), source="rates.xlsx")
    store.replace_document(DocumentRecord("help.html", "help.html", "Help", "h"), prose,
                           embedder.embed_batch([c.text for c in prose]))
    store.replace_document(DocumentRecord("rates.xlsx", "rates.xlsx", "Rates", "r"), [rates],
                           embedder.embed_batch([rates.text]))
    question = "what rate does the easy saver pay"
    for candidates, verification in ((6, "table"), (1, None)):
        generator.enqueue("I can't find that in the documents I have.")
        assistant = Assistant(settings.model_copy(update={
            "quote_answers": True, "top_k": 1, "quote_candidates": candidates, "retrieval": "dense"}),
            embedder, store, generator, QueuedClassifier().enqueue("card_arrival"))
        assert [p.chunk.kind for p in assistant.retriever.search(question, embedder.embed_batch([question])[0], 1)] \
            == ["text"]
        answer = assistant.answer(question)
        assert (answer.verification == "table") is (verification == "table"), answer.answer
        if verification:
            assert answer.answer.startswith("2.20% (Easy Saver, Gross p.a.) [1]")


def test_a_customers_ask_for_a_rate_is_not_answered_by_sentences_without_one(settings, embedder, generator):
    store = FaissStore(embedder.dimension, "hash", settings.index_dir)
    prose = [chunk("Our cash ISA pays tax-free interest. You can open one if you are 18 or over.",
                   "Savings > Cash ISA")]
    store.replace_document(DocumentRecord("help.html", "help.html", "Help", "h"), prose,
                           embedder.embed_batch([c.text for c in prose]))
    generator.enqueue("The cash ISA pays tax-free interest [1].")
    assistant = Assistant(settings.model_copy(update={"quote_answers": True, "quote_relevance": 0.0}),
                          embedder, store, generator, QueuedClassifier().enqueue("card_arrival"))
    answer = assistant.answer("what rate does the cash isa pay")
    assert answer.refused and answer.verification != "quoted", answer.answer


def test_unstrict_selection_returns_its_scores_for_a_gate_to_judge():
    question = "What is the mortgage rate?"
    selection = select(question, [Passage(REPLACEMENT, 0.5)], overlap(question), strict=False)
    assert selection is not None and selection.evidence["fixed_bars"] == 0.0
    assert set(selection.evidence) >= {"score", "similarity", "heading", "entry", "coverage"}


def test_the_fitted_gate_decides_a_customers_quote(settings, embedder, generator):
    from assistant.answering.confidence import ConfidenceModel

    store = FaissStore(embedder.dimension, "hash", settings.index_dir)
    store.replace_document(DocumentRecord("help.html", "help.html", "Help", "h"), [REPLACEMENT],
                           embedder.embed_batch([REPLACEMENT.text]))
    question = "lost card new one pin?"  # too far from any sentence for the fixed bars
    for bias, quoted in ((5.0, True), (-5.0, False)):
        generator.enqueue("Your PIN stays the same [1].")
        gate = ConfidenceModel(weights={"fixed_bars": 0.0}, bias=bias, threshold=0.5)
        update = {"quote_answers": True, "quote_gate": True, "min_relevance": 0.0}
        assistant = Assistant(settings.model_copy(update=update), embedder, store, generator,
                              QueuedClassifier().enqueue("lost_or_stolen_card"), quote_gate=gate)
        answer = assistant.answer(question)
        assert (answer.verification == "quoted") is quoted, (bias, answer.verification, answer.answer)
    # a word no document uses ("bitcoin") needs more than the gate's threshold (chance 0.55 against 0.5)
    generator.enqueue("Your PIN stays the same [1].")
    assistant = Assistant(settings.model_copy(update=update | {"quote_relevance": 0.0}), embedder, store, generator,
                          QueuedClassifier().enqueue("lost_or_stolen_card"),
                          quote_gate=ConfidenceModel(weights={"fixed_bars": 0.0}, bias=0.2, threshold=0.5))
    assert assistant.answer("lost card bitcoin new one pin?").verification != "quoted"


def test_the_gate_fit_keeps_the_quotes_worth_giving_out_of_fold():
    from assistant.answering.quote_gate import FEATURES
    from assistant.evaluation.quote_gate_fit import fit

    rows = []
    for name in ("a", "b", "c"):
        for i in range(30):
            good = i % 2 == 0
            features = dict.fromkeys(FEATURES, 0.0) | {"score": (0.9 if good else 0.3) + i / 1000}
            outcome = "good" if good else "wrong"
            rows.append({"set": name, "id": f"{name}{i}", "features": features, "outcome": outcome})
    model, summary = fit(rows)
    assert 0.0 < model.threshold < 1.0
    for block in summary["sets"].values():
        assert block["gate"] == {"good": 15, "wrong": 0, "refused": 0}
    assert model.score(dict.fromkeys(FEATURES, 0.0) | {"score": 0.9}) >= model.threshold
    assert model.score(dict.fromkeys(FEATURES, 0.0) | {"score": 0.3}) < model.threshold


def test_the_packaged_gate_names_every_feature_and_a_threshold():
    from assistant.answering.quote_gate import FEATURES, load_quote_gate

    gate = load_quote_gate()
    assert gate is not None and set(gate.weights) == set(FEATURES) and 0.0 < gate.threshold < 1.0


def test_a_lead_in_without_its_list_is_not_quoted(settings, embedder, generator):
    from assistant.answering.confidence import ConfidenceModel

    lead_in = chunk("The maximum exposure to credit risk by geographic region was:", "Credit risk > Exposure by region")
    store = FaissStore(embedder.dimension, "hash", settings.index_dir)
    store.replace_document(DocumentRecord("help.html", "help.html", "Help", "h"), [lead_in],
                           embedder.embed_batch([lead_in.text]))
    generator.enqueue("I can't find that in the documents I have, so I won't guess.")
    update = {"quote_answers": True, "quote_gate": True, "min_relevance": 0.0}
    assistant = Assistant(settings.model_copy(update=update), embedder, store, generator,
                          QueuedClassifier().enqueue("card_arrival"),
                          quote_gate=ConfidenceModel(weights={"fixed_bars": 0.0}, bias=5.0, threshold=0.5))
    assert assistant.answer("maximum exposure to credit risk by geographic region?").verification != "quoted"


def test_a_pdf_subheading_line_does_not_open_the_sentence_under_it():
    report = chunk("Report it lost or stolen\nIf you are sure the card is lost, report it in the app or call us.\n"
                   "Our lost and stolen\ncards line is open 24 hours a day.", "1. If your card is lost or stolen")
    assert [s.text for s in segments(Passage(report, 1.0), 1)] == [
        "If you are sure the card is lost, report it in the app or call us.",
        "Our lost and stolen cards line is open 24 hours a day."]


def entry_and_table(settings, embedder, generator, entry: Chunk, table, intent: str) -> Assistant:
    """An assistant over a help page holding `entry` and a spreadsheet holding `table`."""
    store = FaissStore(embedder.dimension, "hash", settings.index_dir)
    store.replace_document(DocumentRecord("help.html", "help.html", "Help", "h"), [entry],
                           embedder.embed_batch([entry.text]))
    cells = Chunk("t", "tariff.xlsx", "tariff.xlsx", table.text, kind="table", table=table)
    store.replace_document(DocumentRecord("tariff.xlsx", "tariff.xlsx", "Tariff", "t"), [cells],
                           embedder.embed_batch([cells.text]))
    return Assistant(settings.model_copy(update={"quote_answers": True}), embedder, store, generator,
                     QueuedClassifier().enqueue(intent))


def test_a_faq_entry_asking_the_question_outranks_a_table_cell_its_words_meet(settings, embedder, generator):
    from index.documents import Row, Table

    entry = chunk("We use the card scheme's exchange rate on the day the payment is processed, with a 0% margin.",
                  "Abroad > What exchange rate do you use?")
    table = Table("Credit card rates", ("Item", "Rate or fee"), (
        Row("Purchase rate", (("Rate or fee", "24.9% p.a. (variable)"),)),
        Row("Exchange rate margin", (("Rate or fee", "None"),)),
    ))
    assistant = entry_and_table(settings, embedder, generator, entry, table, "exchange_rate")
    # the entry's own words, or nothing; never the cell of a row the question's words merely meet
    answer = assistant.answer("What exchange rate do you use?")
    assert answer.verification != "table" and "None (Exchange rate margin" not in answer.answer, answer.answer


def test_an_entry_that_leaves_the_figure_to_a_table_does_not_outrank_it(settings, embedder, generator):
    from index.documents import Row, Table

    entry = chunk("The rate depends on how much is in the pot. The rate for your band applies to the whole balance.",
                  "Pots > What interest does a pot pay?")
    table = Table("Pot rates", ("Balance", "Pot interest"), (
        Row("Up to £9,999", (("Pot interest", "2.75%"),)),
        Row("£10,000 and over", (("Pot interest", "3.45%"),)),
    ))
    assistant = entry_and_table(settings, embedder, generator, entry, table, "savings")
    question = "What interest does a pot pay?"
    assert not assistant._entry_before_tables(question, assistant.retriever.search(
        question, embedder.embed(question), 3))


def test_an_entry_with_figures_but_no_rate_does_not_outrank_the_table_for_a_rate_asked(settings, embedder, generator):
    from index.documents import Row, Table

    entry = chunk("The rate depends on how much is in the pot. We pay interest on the 1st of each month; you can hold "
                  "up to £100,000.", "Pots > What interest does a pot pay?")
    table = Table("Pot rates", ("Balance", "Pot interest"), (
        Row("Up to £9,999", (("Pot interest", "2.75%"),)),
        Row("£10,000 and over", (("Pot interest", "3.45%"),)),
    ))
    assistant = entry_and_table(settings, embedder, generator, entry, table, "savings")
    for question, first in (("What interest does a pot pay on 3k?", False), ("What interest does a pot pay?", True)):
        passages = assistant.retriever.search(question, embedder.embed(question), 3)
        assert assistant._entry_before_tables(question, passages) is first, question


def test_a_customers_quote_opening_with_a_courtesy_line_speaks_through_its_entrys_question(
        settings, embedder, generator):
    from assistant.answering.confidence import ConfidenceModel

    store = FaissStore(embedder.dimension, "hash", settings.index_dir)
    entry = chunk("We are sorry for your loss. Call our bereavement team on 0808 157 0733. Send us the death "
                  "certificate.", "Bereavement > Someone has died: what do I need to do?")
    store.replace_document(DocumentRecord("help.html", "help.html", "Help", "h"), [entry],
                           embedder.embed_batch([entry.text]))
    generator.enqueue("I can't find that in the documents I have.")
    assistant = Assistant(settings.model_copy(update={"quote_answers": True, "quote_gate": True}), embedder, store,
                          generator, QueuedClassifier().enqueue("none"),
                          quote_gate=ConfidenceModel(weights={"fixed_bars": 0.0}, bias=5.0, threshold=0.5))
    answer = assistant.answer("Someone has died, what do I need to do?")  # handed off, and answered while waiting
    assert answer.verification == "quoted", answer.answer
    assert "We are sorry for your loss. Call our bereavement team" in answer.answer
    assert "death certificate" in answer.answer


def test_a_whole_entry_on_the_questions_topic_speaks_through_all_of_it_and_only_then():
    from assistant.answering.faithful import Selection, what_it_speaks_through

    entry = chunk("We're sorry for your loss. We can pay a funeral director's invoice from the account.",
                  "Bereavement > Someone has died. What do I do?")
    text = "We're sorry for your loss. We can pay a funeral director's invoice from the account. [1]"
    on_topic = Selection(text, "We're sorry for your loss.", [1], whole=True, evidence={"heading": 0.5})
    said = what_it_speaks_through(on_topic, [Passage(entry, 0.6)], customer=True)
    assert "funeral director's invoice" in said and "Someone has died" in said and "[1]" not in said
    # an entry under another topic speaks through its opening sentence alone
    off_topic = Selection(text, "We're sorry for your loss.", [1], whole=True, evidence={"heading": 0.3})
    assert what_it_speaks_through(off_topic, [Passage(entry, 0.6)], customer=True) == "We're sorry for your loss."
    # best sentences picked from a longer section, or an analyst's quote: the opening sentence
    picked = Selection(text, "We're sorry for your loss.", [1], whole=False, evidence={"heading": 0.5})
    assert "funeral" not in what_it_speaks_through(picked, [Passage(entry, 0.6)], customer=True)
    assert what_it_speaks_through(on_topic, [Passage(entry, 0.6)], customer=False) == "We're sorry for your loss."


def test_a_faq_entry_up_to_a_thousand_characters_is_quoted_whole():
    steps = " ".join(f"Step {n}: fill in part {n} of the joining form and sign it in the box." for n in range(1, 11))
    entry = chunk(steps + " Bring one photo document and one proof of address.", "Joining > What do I need to join?")
    assert 700 < len(entry.body) <= 1000
    question = "what do i need to join"
    selection = select(question, [Passage(entry, 0.8)], overlap(question), sentences_too=False)
    assert selection is not None and selection.whole
    assert "Bring one photo document and one proof of address." in selection.text


def test_a_pdf_sub_section_under_its_own_title_line_is_quoted_whole():
    sub = chunk("Report it lost or stolen\nIf you are sure the card is lost, report it in the app or call us.\n"
                "Our cards line is open 24 hours a day:\n- From the UK: 0808 157 0421\n- From abroad: +44 20 7946 0321",
                "1. If your card is lost or stolen", doc="card_help.pdf")
    question = "I lost my card, what should I do?"
    selection = select(question, [Passage(sub, 0.8)], overlap(question), strict=False)
    assert selection is not None and selection.whole
    assert "0808 157 0421" in selection.text and "+44 20 7946 0321" in selection.text
    assert not selection.text.startswith("Report it lost or stolen")  # the title line is no sentence of the answer
