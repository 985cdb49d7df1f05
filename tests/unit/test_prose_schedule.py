"""A schedule a filing states in prose, summed over the years asked ("… in fiscal 2026 through 2028 combined")."""

from assistant.answering.tables.prose_schedule import schedule_sum
from index.documents import Passage
from tests.conftest import make_chunk

DEBT = make_chunk("k.pdf", "Note 6. Debt\nScheduled principal payments are $50 million in fiscal 2026, $50 million in "
                           "fiscal 2027, $1,050 million in fiscal 2028, $60\nmillion in fiscal 2029, none in fiscal "
                           "2030 and $1,830 million thereafter.")
LEASES = make_chunk("k.pdf", "Note 7. Leases\nLease payments are $47 million in 2026, $41 million in 2027, $35 million "
                             "in 2028 and $29 million in 2029.")


def passages(*chunks):
    return [Passage(c, 0.7) for c in chunks]


def test_the_years_asked_together_are_summed_from_the_sentence_about_what_is_asked():
    found = schedule_sum("How much debt principal is scheduled to be repaid in fiscal 2026 through fiscal 2028 "
                         "combined?", passages(LEASES, DEBT))
    assert found.calculation.expression == "50 + 50 + 1050"
    assert found.text == ("$1,150 million, calculated by finbot as $50 million (2026) + $50 million (2027) + "
                          "$1,050 million (2028) [2]")
    # a line wrapped inside a sum is read whole
    assert schedule_sum("How much principal is due in fiscal 2027 to fiscal 2029 in total?",
                        passages(DEBT)).calculation.expression == "50 + 1050 + 60"


def test_no_sum_for_a_year_the_sentence_lacks_two_schedules_alike_or_no_run_asked_together():
    assert schedule_sum("How much principal is due in fiscal 2029 through 2031 combined?", passages(DEBT)) is None
    # both sentences share the question's words: which schedule is meant is not told apart
    assert schedule_sum("How much in payments is due in 2026 through 2028 combined?", passages(DEBT, LEASES)) is None
    assert schedule_sum("How much principal is due in fiscal 2026 through fiscal 2028?", passages(DEBT)) is None
