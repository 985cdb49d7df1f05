from assistant.answering.tables.stated_figure import stated_figure
from index.documents import Chunk, Passage

REVIEW = Chunk(
    "t1", "ar.pdf", "ar.pdf",
    "Financial review\nOrder intake grew 13.2% to £532 million. Net financing costs rose by €1.3 billion.\n"
    "Headcount rose 3% across the group.",
    kind="text",
)
TABLE = Chunk("t2", "ar.xlsx", "ar.xlsx", "Orders (GBP millions)\nOrder intake | 2024: 532 | 2023: 470", kind="table")


def stated(value, percent, units, subject):
    return stated_figure(value, percent, units, subject, [Passage(TABLE, 0.8), Passage(REVIEW, 0.7)])


def test_a_percentage_the_text_states_to_its_own_rounding():
    found = stated(13.19, True, "", {"order", "intake"})
    assert found.text == "13.2%" and found.passage_number == 2


def test_an_amount_is_compared_in_the_text_scale_whatever_its_sign():
    assert stated(-1266.0, False, "€ million", {"net", "financing", "costs"}).text == "€1.3 billion"


def test_a_figure_in_a_sentence_about_something_else_does_not_count():
    # 3% is in the text, but about headcount.
    assert stated(2.81, True, "", {"interest", "expense"}) is None


def test_no_match_when_the_rounding_differs_or_the_unit_is_unknown():
    assert stated(13.31, True, "", {"order", "intake"}) is None
    assert stated(1266.0, False, "", {"net", "financing", "costs"}) is None  # the table's scale is unknown
    assert stated(13.19, False, "GBP millions", {"order", "intake"}) is None  # an amount is not a percentage


def test_every_way_of_writing_a_scale_is_read():
    review = Chunk("t3", "ar.pdf", "ar.pdf", "Financial review\nOrder intake reached £0.53 bn; costs were 12.5 mn.",
                   kind="text")
    for subject, value, text in (({"order", "intake"}, 532.0, "£0.53 bn"), ({"costs"}, 12.5, "12.5 mn")):
        found = stated_figure(value, False, "GBP millions", subject, [Passage(TABLE, 0.8), Passage(review, 0.7)])
        assert found is not None and found.text == text
