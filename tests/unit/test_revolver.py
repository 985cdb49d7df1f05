"""What a revolving credit facility leaves to draw: the facility less what its sentence says is drawn on it."""

from assistant.answering.tables.revolver import revolver_left
from index.documents import Passage
from tests.conftest import make_chunk

LIQUIDITY = make_chunk("q.pdf", "Liquidity and capital resources\nAt June 30, 2025, we had $118.0 million of "
                                "borrowings and $9.6 million of letters of credit outstanding under our $750\nmillion "
                                "revolving credit facility, which matures in March 2028.")


def passages(*chunks):
    return [Passage(c, 0.7) for c in chunks]


def test_the_facility_less_its_borrowings_and_letters_of_credit():
    left = revolver_left("How much remained available under the revolving credit facility at June 30, 2025 after "
                         "borrowings and letters of credit?", passages(LIQUIDITY))
    assert left.calculation.expression == "750 - 118 - 9.6"
    assert left.text == ("$622.4 million available, calculated by finbot as $750 million facility − $118.0 million "
                         "borrowings − $9.6 million letters of credit [1]")


def test_not_asked_what_is_left_another_years_sentence_or_mixed_scales_give_nothing():
    assert revolver_left("How much was borrowed under the revolving credit facility?", passages(LIQUIDITY)) is None
    assert revolver_left("How much was available under the revolver at June 30, 2024?", passages(LIQUIDITY)) is None
    mixed = make_chunk("q.pdf", "We had $118,000 thousand of borrowings under our $750 million revolving credit "
                                "facility.")
    assert revolver_left("How much is still available to draw on the revolver?", passages(mixed)) is None
