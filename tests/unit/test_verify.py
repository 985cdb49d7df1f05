import re

from assistant.answering.verification import (
    SentenceGate,
    check_answer,
    extractive_answer,
    strip_markers,
    unsupported_numbers,
)
from index.documents import Passage
from tests.conftest import make_chunk


def passages(*texts):
    return [Passage(make_chunk(f"d{i}", t), 0.9 - i / 10) for i, t in enumerate(texts)]


P = passages(
    "Card replacement fee: £5.00 per card.",
    "Revenue in 2024 was £412.3 million (2023: £388.1 million).",
)


def test_valid_markers_are_kept_and_numbered_as_cited():
    checked = check_answer("Revenue was £412.3 million in 2024 [2].", P)
    assert checked.text == "Revenue was £412.3 million in 2024 [1]."
    assert checked.cited == [(1, P[1])]
    assert checked.numbers_verified


def test_markers_are_renumbered_in_the_order_they_are_first_cited():
    checked = check_answer("Revenue was £412.3 million in 2024 [2]. The fee is £5.00 [1]. Revenue again [2].", P)
    assert checked.text == "Revenue was £412.3 million in 2024 [1]. The fee is £5.00 [2]. Revenue again [1]."
    assert checked.cited == [(1, P[1]), (2, P[0])]


def test_what_the_gate_shows_survives_the_final_check():
    text = "The fee is £5.00 per card. Revenue was £412.3 million [2]. That is all."
    gate = SentenceGate(P)
    streamed = "".join(gate.feed(piece) for piece in re.findall(r"\S+\s*", text)) + gate.finish()
    checked = check_answer(text, P)
    assert checked.numbers_verified and checked.text == streamed.strip()
    assert checked.text == "The fee is £5.00 per card [1]. Revenue was £412.3 million [2]. That is all."


def test_markers_out_of_range_are_dropped():
    checked = check_answer("The fee is £5.00 [7][1].", P)
    assert checked.text == "The fee is £5.00 [1]."
    assert [n for n, _ in checked.cited] == [1]


def test_answer_without_marker_is_attached_to_best_passage():
    checked = check_answer("The card replacement fee is £5.00.", P)
    assert checked.text.endswith("[1].")
    assert checked.cited[0][1] is P[0]


def test_numbers_not_in_cited_passages_are_reported():
    checked = check_answer("Revenue was £512.9 million [2].", P)
    assert checked.unsupported_numbers == ["512.9"]
    assert not checked.numbers_verified


def test_number_formats_are_normalised():
    text = [Passage(make_chunk("t", "Total sales were $1,496.50 in 2019."), 1.0)]
    assert unsupported_numbers("Total sales: 1496.5 (2019)", text) == []


def test_gate_releases_whole_sentences_whose_figures_are_in_the_passages():
    gate = SentenceGate(P)
    assert gate.feed("The fee is £5") == ""  # the figure may still grow: "£5" could become "£59"
    assert gate.feed(".00 per card [1]. Revenue") == "The fee is £5.00 per card [1]."
    assert gate.finish() == " Revenue"


def test_gate_holds_back_everything_after_an_unsupported_figure():
    gate = SentenceGate(P)
    assert gate.feed("Revenue was £999 million [2]. The fee is £5.00. ") == ""
    assert gate.blocked and gate.finish() == ""


def test_gate_checks_a_marked_sentence_against_its_own_passage():
    # £412.3 is in passage 2, not in passage 1 that the sentence cites.
    assert SentenceGate(P).feed("Revenue was £412.3 million [1]. ") == ""


def test_quote_rejoins_a_sentence_wrapped_over_lines():
    wrapped = passages("We expect:\n- capital expenditure of 34 million to\n38 million pounds;\n- a tax rate of 25%.")
    text, number = extractive_answer("How much capital expenditure is expected?", wrapped)
    assert "34 million to 38 million pounds" in text and number == 1


def test_quote_prefers_the_sentence_closest_in_meaning():
    two = passages("This page explains how long payments take and what your account costs.",
                   "We close the account within 2 working days.")
    by_meaning = {"We close the account within 2 working days.": 0.9}
    text, number = extractive_answer(
        "How long does it take to close my account?", two,
        lambda sentences: [by_meaning.get(s, 0.2) for s in sentences],
    )
    assert "2 working days" in text and number == 2


def test_strip_markers_removes_single_and_grouped_markers_with_their_space():
    assert strip_markers("The fee is £5.00 [1, 2] and £15.00 [3].") == "The fee is £5.00 and £15.00."


def test_an_unmarked_figure_is_held_to_the_passage_the_sentence_is_about():
    timing = passages("International transfers in US dollars arrive within 2 to 4 business days.",
                      "SWIFT transfer fee: £15.00 online.")
    checked = check_answer("The answer is 15.00 business days.", timing)
    assert checked.unsupported_numbers == ["15.00"]
    assert SentenceGate(timing).feed("The answer is 15.00 business days. More") == ""


def test_a_quote_from_a_table_is_one_of_its_rows():
    from tests.tables import table_chunk

    fees = table_chunk("Fee schedule (GBP)", ("Service", "Everyday account", "Premier account"),
                       ("Card replacement", "5.00", "free"), ("Urgent card delivery", "15.00", "free"))
    text, number = extractive_answer("What does urgent card delivery cost on an Everyday account?",
                                     [Passage(fees, 0.6)])
    row = "Urgent card delivery | Everyday account: 15.00 | Premier account: free"
    assert text == f"The documents say: \u201c{row}\u201d [1]"


def test_a_marker_after_the_full_stop_is_not_shown_twice():
    from assistant.answering.verification import check_answer
    from index.documents import Passage
    from tests.conftest import make_chunk

    passage = Passage(make_chunk("c.md", "Urgent delivery costs £15.00 and arrives the next working day."), 0.8)
    checked = check_answer("Urgent delivery costs £15.00 and arrives the next working day. [1]", [passage])
    assert checked.text.count("[1]") == 1


GUIDANCE = passages(
    "For 2025 we expect organic revenue growth of 5% to 7% and capital expenditure of £34 million to "
    "£38 million. Revenue rose from £386.9 million to £412.6 million in 2024, covering fiscal 2023 to 2025."
)


def test_one_end_of_a_range_alone_is_not_what_the_source_says():
    assert unsupported_numbers("We expect organic growth of 5% [1].", GUIDANCE) == ["5"]
    assert unsupported_numbers("Capital expenditure of £38 million [1].", GUIDANCE) == ["38"]
    assert unsupported_numbers("Organic growth of 5% to 7% [1].", GUIDANCE) == []
    assert unsupported_numbers("Between £34 million and £38 million [1].", GUIDANCE) == []


def test_a_change_from_one_figure_to_another_and_year_spans_are_not_ranges():
    assert unsupported_numbers("Revenue was £412.6 million in 2024 [1].", GUIDANCE) == []
    assert unsupported_numbers("In 2023 revenue was £386.9 million [1].", GUIDANCE) == []


def test_a_quote_must_share_a_word_that_tells_passages_apart_not_only_the_companys_name():
    filing = passages("Acme Capital interest expense was 28 million.", "Acme employs 140,000 people.",
                      "Acme Commercial Airplanes sells jets.", "The Acme Company is based in Virginia.")
    assert extractive_answer("Which of Acme's customers buy most?", filing) is None
    text, number = extractive_answer("Who buys Acme's jets?", filing)
    assert "sells jets" in text and number == 3


def test_a_quote_sharing_only_the_companys_name_and_year_is_no_answer():
    from assistant.answering.verification import extractive_answer

    passages = [Passage(make_chunk("10k.pdf", "Fiscal 2025 Annual Report on Form 10-K CALDER WIDGETS, INC."), 0.5),
                Passage(make_chunk("10k.pdf", "Depreciation rose with the new plant."), 0.5)]
    assert extractive_answer("What was Calder Widgets' FY2025 EBITDA?", passages) is None
    assert extractive_answer("What was Calder Widgets' FY2025 depreciation?", passages)[1] == 2


def test_topical_words_leave_out_the_names_and_years_a_question_gives():
    from assistant.answering.verification import topical_words

    assert topical_words("Who are Calder Widgets' largest suppliers in FY2025?") >= {"largest", "suppliers"}
    assert not topical_words("Who are Calder Widgets' largest suppliers in FY2025?") & {"calder", "widgets", "2025"}
