"""Line items a question names in its own words, matched to the rows of a document's tables.

The statements' ratios (statements.py) know the line items every company prints (revenue, total assets) by their
usual labels. A definition in a question names whatever the company's industry prints instead: a bank's "total
noninterest expense", "loans, net of unearned income", "net charge-offs"; an insurer's "net premiums earned". Such
a phrase names a row when the row's label says the same words: exactly, or once 'total' and leader dots are set
aside, or in another order with the sub-heading the row sits under ('Diluted' under 'Earnings per share:'), or
with a qualifier after them ('Allowance for credit losses on loans') or a segment's name before them ('Owned
Hotels - Hotel EBITDA'). Nothing is matched on some of the words:
a label that says more than a qualifier, or less, is another line.
"""

from __future__ import annotations

import re

from assistant.retrieval.coverage import abbreviations_spelled_out
from index.documents import Row

# Prefix that marks a formula's item as a phrase of the question, not one of the statements' known items.
PHRASE = "row:"
MAX_WORDS = 9  # a longer 'item' is a clause ('… as shown in the average balance table'), not a line's name
# Dot leaders after a label ('Total deposits . . . . .'), as an index made before the PDF loader dropped them
LEADER_DOTS = re.compile(r"(?:\s*\.){2,}\s*$")
# (and a label's scale or unit: "Revenue passenger miles (millions)" is the line "revenue passenger miles")
_NOISE = re.compile(r"\s*\((?:note|notes|\d|[a-z])\)|\s*\((?:note|notes) [^)]*\)|" + LEADER_DOTS.pattern
                    + r"|[:*]|\s*[·…]+\s*$|\s*\((?:in )?(?:thousands|millions|billions|cents|pence|%)\)\s*$", re.I)
_ORDER_FREE = frozenset({"total", "and", "of", "the", "for", "on", "-", "—"})
_WORD = re.compile(r"[a-z0-9][a-z0-9'&-]*")
_PER_SHARE = re.compile(r"\bper (?:common|ordinary) share\b")  # the shares a per-share figure divides by


def is_phrase(text: str) -> bool:
    """A formula's words can name one line: letters, a few words, no clause of its own."""
    words = text.split()
    return 0 < len(words) <= MAX_WORDS and bool(re.fullmatch(r"[a-z][a-z0-9&'’,\s-]*", text)) and not re.search(
        r"\b(?:as shown|shown in|from the|in the|using|based on)\b", text)


def normalised(text: str) -> str:
    """Lower case, abbreviations spelled out, notes and leader dots set aside, one space between words."""
    text = _NOISE.sub("", text.lower().replace("’", "'"))
    text = re.sub(r"\s+", " ", text).strip(" ,;")
    text = _PER_SHARE.sub("per share", text)
    return abbreviations_spelled_out(text)


def _stems(text: str) -> list[str]:
    """The words, plurals made singular ('deposits' -> 'deposit'), so 'total deposits' meets 'Total deposit'."""
    return [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in _WORD.findall(text)]


_TOTAL_WITH_CURRENT = re.compile(r"^(?=total\b)(.+?),? (?:including|incl\.?|with) (?:the |its )?current (?:portion|"
                                 r"maturities|part)\b.*$")
_AT_END = re.compile(r",? at (?:the )?end of (?:the )?(?:fiscal )?(?:year|period|quarter)$")


def phrase_quality(row: Row, phrase: str) -> int:
    """4 when the row's label is the phrase, 3 when it is once 'total' or 'of which' is set aside, 2 when the label
    and the sub-heading above it say the same words in another order, 1 for a qualifier after the phrase or a
    segment's name dashed before it; else 0."""
    label = normalised(row.label)
    wanted = re.sub(r"^(?:the|its|their) ", "", normalised(phrase))  # "the unsecured line of credit"
    # "total debt including the current portion" is the total line: a total holds its current part
    wanted = _TOTAL_WITH_CURRENT.sub(r"\1", wanted)
    if not label or not wanted:
        return 0
    if _stems(label) == _stems(wanted):
        return 4
    # "of which franchised sales" under a total names the franchised part of that total
    bare_label, bare_wanted = (re.sub(r"^(?:total|of which) ", "", text) for text in (label, wanted))
    if _stems(bare_label) == _stems(bare_wanted):
        return 3
    words = set(_stems(wanted)) - _ORDER_FREE
    if words and any(set(_stems(text)) - _ORDER_FREE == words
                     for text in (label, f"{normalised(row.group)} {label}")):
        return 2
    # a roll-forward's closing line: "Fair value of plan assets at end of year", or under the sub-heading that names
    # the phrase in full, "Benefit obligation at end of year" below "Change in projected benefit obligation"
    closing = _AT_END.sub("", bare_label)
    if closing != bare_label and (closing == bare_wanted or bare_wanted.endswith(f" {closing}")
                                  and bare_wanted in normalised(row.group)):
        return 1
    qualifier = re.match(re.escape(bare_wanted) + r"(?P<rest>,? (?:on|for|of|net|held|in)\b.*)$", bare_label)
    # or a segment's name set before it with a dash: "Owned Hotels - Hotel EBITDA"
    segment = re.match(r"(?P<rest>.+?) [-–—] " + re.escape(bare_wanted) + "$", bare_label)
    return 1 if any(m and len(m["rest"].split()) <= 5 for m in (qualifier, segment)) else 0
