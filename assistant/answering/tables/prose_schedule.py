"""A sum over years of a schedule the filing states in prose.

Filings often give a schedule in one sentence rather than a table: "Scheduled principal payments are $50 million in
fiscal 2026, $50 million in fiscal 2027, $1,050 million in fiscal 2028, $60 million in fiscal 2029 …". An analyst
asks for a run of those years together ("How much debt principal is due in fiscal 2026 through fiscal 2028
combined?"). The sentence must state a sum for every year asked, once each, and share a word of what is asked beyond
its years; the answer is finbot's own addition, with each year's sum shown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answering.tables.prose_sums import SUM, ProseSum, combined, prose_sentences
from index.documents import Passage
from index.text.tokens import tokenize

_YEAR = r"(?:fiscal\s+(?:year\s+)?|fy\s?)?((?:19|20)\d\d)"
# "in fiscal 2026 through fiscal 2028 combined", "the three years 2026 through 2028", "from 2026 to 2028 in total"
_RUN = re.compile(rf"\b{_YEAR}\s*(?:through|to|-|–|and)\s*{_YEAR}\b", re.I)
_TOGETHER = re.compile(r"\bcombined\b|\bin total\b|\baltogether\b|\btogether\b|\bcumulative(?:ly)?\b|\bsum\b"
                       r"|\bthe (?:two|three|four|five) (?:fiscal )?years\b", re.I)
# "$50 million in fiscal 2026", "$1,050 million in 2028"
_SUM_IN_YEAR = re.compile(rf"(?P<sum>{SUM})\s+(?:in|for|due in|during)\s+{_YEAR}\b", re.I)
_MIN_YEARS = 3  # a schedule, not a comparison of two years
_STEM = 5
_FRAME = frozenset("what which much many does have been that this with from into than their there they were will "
                   "would fiscal year years combined total altogether together through scheduled".split())


def schedule_sum(question: str, passages: Sequence[Passage]) -> ProseSum | None:
    """The sum of a prose schedule's amounts over the run of years the question asks together; None unless one
    sentence states each of those years once, in one scale, and shares a word of what is asked."""
    run = _RUN.search(question)
    if run is None or not _TOGETHER.search(question):
        return None
    first, last = int(run.group(1)), int(run.group(2))
    if not 0 < last - first < 10:
        return None
    wanted = range(first, last + 1)
    topic = {w[:_STEM] for w in tokenize(question) if len(w) > 3 and not w.isdigit()} - {w[:_STEM] for w in _FRAME}
    found = []
    for number, sentence in prose_sentences(passages):
        sums = [(int(m.group(2)), m.group("sum")) for m in _SUM_IN_YEAR.finditer(sentence)]
        years = [year for year, _ in sums]
        if len(sums) < _MIN_YEARS or len(set(years)) != len(years) or not set(wanted) <= set(years):
            continue
        if not topic & {w[:_STEM] for w in tokenize(sentence)}:
            continue
        found.append((number, dict(sums)))
    if len(found) != 1:
        return None  # none, or two schedules that the question's words do not tell apart
    number, by_year = found[0]
    picked = [by_year[year] for year in wanted]
    result = combined(picked, "+")
    if result is None:
        return None
    calculation, total = result
    shown = " + ".join(f"{text} ({year})" for year, text in zip(wanted, picked, strict=True))
    return ProseSum(f"{total}, calculated by finbot as {shown} [{number}]", calculation)
