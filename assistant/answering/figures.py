"""Questions whose answer is a figure, and answers that give none.

A generated sentence with no figure has nothing for the number check to verify, so "No, there was no
drop in cash" passes it whatever the filing says. Where the question asks for an amount, or whether a
reported figure rose or fell between periods, an answer without a figure is an unverified claim and is
refused instead (issue 14: "refuse rather than guess"). A customer who asks for a sum or a rate is owed one too:
"what rate does the ISA pay" is not answered by "it pays tax-free interest".
"""

from __future__ import annotations

import re

# Only the question's first sentence: analysts' questions often end in boilerplate ("If gross margin is not
# a useful metric for a company like this, then please state that and explain why.").
_FIRST_SENTENCE = re.compile(r"^.*?(?:[?!]|\.(?=\s+[A-Z])|$)", re.S)
# Amounts, shares and ratios: asked of a company's reports these are figures, whoever asks.
_AMOUNT = re.compile(
    r"\b(how much|how many|by how much|what (percent|percentage|proportion|fraction)|calculate|compute|"
    r"ratio|as a percent(age)?( of)?)\b",
    re.I,
)
# "Was there any drop in cash between FY2023 and Q2 FY2024?", "Does Adobe have an improving operating
# margin as of FY2022?": whether a reported figure moved between periods.
_MOVEMENT = re.compile(
    r"^\s*(is|are|was|were|did|does|do|has|have|had)\b.*\b(improv|increas|decreas|declin|drop|grow|grew|"
    r"growth|chang|rise|rose|fall|fell|higher|lower|consistent|fluctuat|capital[- ]intensive)\w*\b",
    re.I | re.S,
)
# "Which segment has dragged down growth?", "Which product category performed the best (by top line)?", "Which region
# had the highest EBITDAR?": a choice among the company's parts by a measure is settled by the measure's figures;
# naming one without them is a guess.
# Which year or quarter is a period, answered by its name.
# "Has CVS paid dividends in Q2 of FY2022?", "Did Acme buy back shares in 2022?": whether the company paid, raised
# or spent money in a named period is answered with how much; a bare "Yes" verifies nothing.
_MONEY_ACT = re.compile(
    r"^\s*(is|are|was|were|did|does|do|has|have|had)\b.*\b(paid|pay|declared?|distributed?|repurchased?|"
    r"bought back|buy back|issued?|raised?|borrowed?|spent|spend|invested?)\b",
    re.I | re.S,
)
_CHOICE_BY_MEASURE = re.compile(
    r"^(?:[^?]{0,80}?,\s*)?(?:\w+\s+){0,3}?which\s+(?!(?:fiscal\s+)?(?:years?|quarters?|periods?|months?|half)\b)"
    r"(?:.*\b(?:dragged|drag|drags|held back|holds back|outperform\w*|underperform\w*)\b"
    r"|.*\b(?:had|has|have|with|generated|recorded|reported|posted|earned|delivered|contributed)\s+the\s+(?:most|"
    r"least|highest|lowest|largest|smallest|biggest|best|worst|strongest|weakest)\b"
    r"|.*\b(?:perform\w*|grew|grow\w*|declin\w*|shr[au]nk|shrink\w*|fell|rose|contribut\w*)\b.*\b(?:most|least|best|"
    r"worst|highest|lowest|fastest|slowest|strongest|weakest)\b)",
    re.I | re.S,
)
_PERIOD = re.compile(r"\b(fy ?\d{2,4}|(19|20)\d{2}|q[1-4]|h[12])\b", re.I)
_FIGURE = re.compile(r"\d|\b(zero|none|nil|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                     r"twice|half|double)\b", re.I)


# A customer's ask for a sum or a rate ("what rate does the ISA pay", "monthly payments if i borrow 5k", "whats the
# apr"); "is there a fee" (yes or no) and "how often" (a word) are not.
_CUSTOMER_AMOUNT = re.compile(
    r"\b(how much|what(?:'?s| is| are| was| would be)? (?:the |your |my |a )?(?:\w+ ){0,3}(?:rates?|apr|aer|fees?|"
    r"costs?|charges?|price|interest rate)\b|what (?:does|will|would|do) (?:it|they|"
    r"\w+(?: \w+){0,3}) pay\b|(?:monthly|weekly) (?:payments?|repayments?) (?:if|for|on|of|would|will)\b|(?:what|how "
    r"much)(?:'?s| are| is| would| will)? (?:be )?(?:the |my )?(?:monthly|weekly) (?:payments?|repayments?)|total cost|"
    r"(?:rate|apr|aer) (?:on|for)\b)",
    re.I,
)


_RATE = re.compile(r"\b(rates?|apr|aer|interest rate|what (?:does|will|would|do) (?:it|they|\w+(?: \w+){0,3}) pay)\b",
                   re.I)


def asks_for_amount(question: str) -> str | None:
    """What a customer asks for: "rate" (a percentage), "sum" (money), or None (anything else)."""
    asked = question.replace("’", "'")
    match = _CUSTOMER_AMOUNT.search(asked)
    if not match:
        return None
    return "rate" if _RATE.search(match.group(0)) and not re.search(r"\bhow much\b", match.group(0), re.I) else "sum"


# "It's free", "we don't charge for that": an amount said in words.
_NO_CHARGE = re.compile(
    r"(?<!-)\b(free|no (?:fee|charge|cost)s?|(?:do not|don't|doesn't|does not|never|not) charge|nothing)\b", re.I)


def states_amount(answer: str, kind: str = "sum") -> bool:
    """A figure of the kind asked ("rate": a percentage), or that something costs nothing."""
    if _NO_CHARGE.search(answer.replace("’", "'")):
        return True
    if kind == "rate":
        return "%" in answer or bool(re.search(r"\bper ?cent\b", answer, re.I))
    return gives_figure(answer)


def misses_amount(question: str, answer: str) -> bool:
    """A customer asked for a sum or a rate and the answer gives none of that kind."""
    kind = asks_for_amount(question)
    return kind is not None and not states_amount(answer, kind)


def first_sentence(question: str) -> str:
    match = _FIRST_SENTENCE.match(question.strip())
    return match.group(0) if match else question


def asks_for_figure(question: str, about_reports: bool) -> bool:
    """An amount asked of the reports, whether a reported figure moved (or money was paid, raised or spent) in named
    periods, or which of the company's parts leads or lags by a measure.

    `about_reports`: the question is an analyst's (a customer's "how many days does it take?" may be
    answered "the next working day")."""
    asked = first_sentence(question)
    if _MOVEMENT.search(asked) and _PERIOD.search(asked):
        return True
    # a customer's "do I pay tax on my ISA in 2026?" may be answered "no"
    paid_in_period = bool(_MONEY_ACT.search(asked) and _PERIOD.search(asked))
    return about_reports and (paid_in_period or bool(_AMOUNT.search(asked) or _CHOICE_BY_MEASURE.search(asked)))


# Digits inside a name or a form's number: "3M", "A2Z", "Form 10-K", "8-K".
_NAME_DIGITS = re.compile(r"\b(?:[A-Za-z]*\d+[A-Z][A-Za-z]*|[A-Za-z]+\d+[A-Za-z]*|\d+-[KQ])\b")


def gives_figure(answer: str) -> bool:
    """Digits or a number word; citation markers ("[1]"), the periods the question named ("No drop
    between FY 2023 and Q2 of FY2024") and names with digits ("3M") are not figures."""
    return bool(_FIGURE.search(_NAME_DIGITS.sub(" ", _PERIOD.sub(" ", re.sub(r"\[\d+\]", " ", answer)))))


# Words of an analyst's question that say what its figure is of ("stock repurchases", "cash proceeds"): content
# words, not the question's frame ("what percent of the total"), periods or names.
_FRAME = frozenset({
    "what", "which", "when", "where", "does", "have", "been", "that", "this", "with", "from", "into", "than", "their",
    "there", "they", "were", "will", "would", "could", "should", "much", "many", "percent", "percentage", "amount",
    "total", "value", "number", "figure", "change", "changed", "year", "years", "fiscal", "quarter", "period",
    "company", "compared", "compare", "between", "during", "ended", "ending", "about", "approximately", "roughly",
    "reported", "report", "according", "based", "data", "calculate", "ratio", "rate", "over", "under", "each",
    "occurred", "happened", "result", "results", "realised", "realized", "accruing", "made", "make", "more", "less",
})
_NAME_WORD = re.compile(r"(?<=[\w,(] )[A-Z][a-zA-Z&]+\b|\b[A-Z]{2,}\w*\b")
_TOPIC_STEM = 5  # "repurchases" and "repurchased" share their first five letters


def _stems(text: str) -> set[str]:
    return {w[:_TOPIC_STEM] for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _FRAME}


def question_topic(question: str) -> set[str]:
    """The stems of the words that say what an analyst's question asks the figure of."""
    asked = first_sentence(question).replace("’", "'")
    return _stems(_NAME_WORD.sub(" ", _PERIOD.sub(" ", asked)))


def figures_off_topic(question: str, answer: str, sources: list[str]) -> list[str]:
    """The answer's figures found in the sources only in lines that share no word of what the question asks the
    figure of: a generated "15.6%" for "what percent of the stock repurchases…" read from "Comparable sales
    increased 15.6%". A table row counts with its column header; a line, with the sentence around the figure."""
    from index.text.numbers import STANDALONE_FIGURE, normalise_number

    topic = question_topic(question)
    if not topic:
        return []
    lines: list[str] = []
    for text in sources:
        header = next((line for line in text.splitlines() if line.startswith("Columns:")), "")
        for line in text.splitlines():
            lines += [f"{header} {sentence}" for sentence in re.split(r"(?<=[.!?])\s+", line)]
    off = []
    said = _PERIOD.sub(" ", re.sub(r"\[\d+\]", " ", answer))
    for raw in STANDALONE_FIGURE.findall(said):
        figure = normalise_number(raw)
        holding = [line for line in lines if figure in {normalise_number(n) for n in STANDALONE_FIGURE.findall(line)}]
        if holding and not any(_stems(line) & topic for line in holding) and raw not in off:
            off.append(raw)
    return off


# A per-share figure asked ('diluted EPS', 'dividends declared per share'); 'shares outstanding' is a count.
_PER_SHARE = re.compile(r"\bper (?:common |ordinary |diluted |basic )?share\b|\bEPS\b", re.I)
_SCALED = re.compile(r"\d(?:[\d,]*\d)?(?:\.\d+)?\s*(?:million|billion|thousand|mn|bn)\b", re.I)
_UNITS_NOTE = re.compile(r"\bexcept (?:for )?per[- ]share\b(?: (?:data|amounts?|information|figures))?", re.I)
_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.0)?(?![\d,]|\.\d)")  # '74,733', '39,346.0'
_DECIMAL = re.compile(r"\d\.(?!0(?!\d))\d")  # cents, not a table's '.0'
_UNSCALED_MONEY = re.compile(r"[$£€]\s?\d[\d,]*(?:\.\d+)?(?!\d|[.,]\d|\s*(?:million|billion|thousand|mn|bn)\b)", re.I)


def asks_per_share(question: str) -> bool:
    return bool(_PER_SHARE.search(first_sentence(question)))


def names_per_share(label: str) -> bool:
    """A row or title that states a per-share figure; a units note ('except per share data') states none."""
    return bool(_PER_SHARE.search(_UNITS_NOTE.sub(" ", label)))


def per_share_in_bulk(question: str, answer: str) -> bool:
    """A per-share figure asked and only amounts in millions or billions given ('diluted earnings per share …
    was $363.5 million', net income read from the sentence that also gives EPS): the company's total, not a
    per-share amount."""
    said = re.sub(r"\[\d+\]", " ", answer)
    if not asks_per_share(question) or _UNSCALED_MONEY.search(said):
        return False
    # 'diluted EPS was 74,733': a count of shares in thousands, not cents and dollars
    return bool(_SCALED.search(said) or _THOUSANDS.search(said) and not _DECIMAL.search(said))


_ASKS_POINTS = re.compile(r"\b(?:how many|in|by) (?:basis points|bps|percentage points)\b", re.I)
_POINTS = re.compile(r"\bbasis points?\b|\d\s*bps?\b|\bpercentage points?\b|\bpp\b", re.I)


def points_not_given(question: str, answer: str) -> bool:
    """A move asked in basis or percentage points and none given: '2.7%' answers no 'how many basis points'."""
    return bool(_ASKS_POINTS.search(question)) and not _POINTS.search(answer)


# "What percentage of total investments was held in …", "what proportion of net income was paid out as dividends".
_ASKS_SHARE = re.compile(r"\b(?:what|which) (?:percentage|percent|share|proportion|fraction|portion) of\b", re.I)
_PERCENT_FIGURE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)", re.I)


def share_not_given(question: str, answer: str) -> bool:
    """A share of a whole asked and none given: an amount ('paid out $165.0 million'), or only the whole's own
    100%."""
    if not _ASKS_SHARE.search(first_sentence(question)):
        return False
    shares = [float(value) for value in _PERCENT_FIGURE.findall(re.sub(r"\[\d+\]", " ", answer))]
    return not shares or all(share == 100 for share in shares)
