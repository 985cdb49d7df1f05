"""Questions whose answer is a figure, and answers that give none.

A generated sentence with no figure has nothing for the number check to verify, so "No, there was no
drop in cash" passes it whatever the filing says. Where the question asks for an amount, or whether a
reported figure rose or fell between periods, an answer without a figure is an unverified claim and is
refused instead (issue 14: "refuse rather than guess"). A customer who asks for a sum or a rate is owed one too:
"what rate does the ISA pay" is not answered by "it pays tax-free interest".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answering.calculation import ASK_AFTER_INGREDIENTS
from assistant.answering.tables import ASKS_SHARE, YEAR_TO_DATE, months_of, span_before
from assistant.answering.tables.lookup import IN_SOURCE, SOURCE_CLAUSE, names_other_kind
from assistant.answering.tiers import asked_amounts
from assistant.answering.verification import strip_markers
from assistant.retrieval.coverage import abbreviations_spelled_out
from index.text.numbers import MONTH_NAME, STANDALONE_FIGURE, normalise_number, years_in

# Only the question's first sentence: analysts' questions often end in boilerplate ("If gross margin is not
# a useful metric for a company like this, then please state that and explain why.").
_FIRST_SENTENCE = re.compile(r"^.*?(?:[?!]|\.(?=\s+[A-Z])|$)", re.S)
# Amounts, shares and ratios: asked of a company's reports these are figures, whoever asks.
_AMOUNT = re.compile(
    r"\b(how much|how many|by how much|what (percent|percentage|proportion|fraction)|calculate|compute|estimate|"
    r"divided by|ratio|as a percent(age)?( of)?)\b"
    # "what change in net interest income is estimated for a +200 bp shock": the size of a move, a figure
    r"|\bwhat (?:(?:is|was|would be) )?(?:the )?(?:(?:estimated|expected|projected|percentage|dollar) )?"
    r"(?:change|increase|decrease|rise|decline|drop) (?:in|of) (?!strategy\b|the way\b|how\b)"
    # "what balance remained in the reserve", "what fair value of securities was measured using Level 3 inputs"
    r"|\bwhat (?:(?:net|gross|total|fair|carrying|aggregate|remaining|average|dollar|combined)\s+)*"
    r"(?:amount|balance|value|sum|total|cost|price|capacity|number|count)\b",
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
# A later sentence may ask for the figure that settles a judgement: "Is the debt exposed to floating rates? Support the
# answer with the fixed-rate share of principal."; "growth rate" asks a figure as plainly as "how much".
_FIGURE_DEMANDED = re.compile(
    r"\b(?:support|back|justify|quantify)\w* (?:the|your|this|that) (?:answer|view|conclusion)\b"
    r"|\bgrowth rate\b|\brate of growth\b"
    # a figure's unit prescribed ("Answer in whole dollars", "Give the answer in USD millions"), or the figure to make
    r"|\b(?:answer|give (?:it|the answer)|state (?:it|the answer)) in (?:whole |us )?(?:dollars|cents|usd|euros|pounds|"
    r"millions|thousands|billions|percent)\b|^\s*annuali[sz]e\b", re.I)
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


# "interest on 3k in my instant pot?", "whats the interest if i put 30 grand in": the interest a stated sum earns
# is its rate; "when is interest paid on 5k", "is interest on 20k taxed" and "I'm £30 overdrawn, will I pay
# interest?" (yes or no) ask something else.
_INTEREST_ON_SUM = re.compile(r"\binterest\b", re.I)
_NOT_THE_RATE = re.compile(r"\b(?:when|how often|how is|how do|tax\w*|paid|added|calculated|worked out|lose|"
                           r"charged?|owe)\b|\b(?:will|would|do|does|did|am|is|are|can|could)\s+(?:i|we|you|it|they|"
                           r"there)\b", re.I)


def asks_for_amount(question: str) -> str | None:
    """What a customer asks for: "rate" (a percentage), "sum" (money), or None (anything else)."""
    asked = question.replace("’", "'")
    match = _CUSTOMER_AMOUNT.search(asked)
    if not match:
        interest = _INTEREST_ON_SUM.search(asked) and asked_amounts(asked) and not _NOT_THE_RATE.search(asked)
        return "rate" if interest else None
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


def asked_sentence(question: str) -> str:
    """The sentence that asks: the first, unless it states something and a later one asks ("Define free cash flow as
    …. What was its margin?")."""
    asked = first_sentence(question)
    if not asked.rstrip().endswith("?") and (ask := re.search(r"(?<=[.!]\s)[^.?!]*\?", question)):
        return ask.group()
    return asked


def asks_for_figure(question: str, about_reports: bool) -> bool:
    """An amount asked of the reports, whether a reported figure moved (or money was paid, raised or spent) in named
    periods, or which of the company's parts leads or lags by a measure.

    `about_reports`: the question is an analyst's (a customer's "how many days does it take?" may be
    answered "the next working day")."""
    # "Management expects total charges of …. How much remains to be recognized?"
    asked = asked_sentence(question) if about_reports else first_sentence(question)
    if _MOVEMENT.search(asked) and _PERIOD.search(asked) or about_reports and _FIGURE_DEMANDED.search(question):
        return True
    # a customer's "do I pay tax on my ISA in 2026?" may be answered "no"
    paid_in_period = bool(_MONEY_ACT.search(asked) and _PERIOD.search(asked))
    return about_reports and (paid_in_period or bool(_AMOUNT.search(asked) or _CHOICE_BY_MEASURE.search(asked)))


# Digits inside a name or a form's number: "3M", "A2Z", "Form 10-K", "8-K".
_NAME_DIGITS = re.compile(r"\b(?:[A-Za-z]*\d+[A-Z][A-Za-z]*|[A-Za-z]+\d+[A-Za-z]*|\d+-[KQ])\b")


def gives_figure(answer: str, question: str = "") -> bool:
    """Digits or a number word; citation markers ("[1]"), the periods the question named ("No drop
    between FY 2023 and Q2 of FY2024"), names with digits ("3M") and the `question`'s own numbers (an answer that
    repeats "at September 30, 2025") are not figures."""
    said = _NAME_DIGITS.sub(" ", _PERIOD.sub(" ", re.sub(r"\[\d+\]", " ", answer)))
    for number in set(re.findall(r"\d+(?:[.,]\d+)*", question)):
        said = re.sub(rf"(?<![\d.,]){re.escape(number)}(?![\d]|[.,]\d)", " ", said)
    for word in {w.lower() for w in _FIGURE.findall(question) if w and not w[0].isdigit()}:
        said = re.sub(rf"\b{re.escape(word)}\b", " ", said, flags=re.I)  # "the first nine months", repeated
    return bool(_FIGURE.search(said))


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


# "the first nine months", "the three months ended", "the fourth quarter": when, not what a figure is of
_SPAN_WORDS = re.compile(r"\b(?:(?:first|last) )?(?:(?:first|second|third|fourth|one|two|three|four|six|nine|twelve"
                         r"|\d{1,2})[- ])?(?:months?|weeks?|quarters?|half|halves)(?: ended| ending| to date)?\b"
                         r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b", re.I)


def question_topic(question: str) -> set[str]:
    """The stems of the words that say what an analyst's question asks the figure of: its shorthand spelled out
    ("D&A"), and not the statement it names as the source ("according to the cash flow statement"), whose words every
    line of that statement's title shares."""
    asked = first_sentence(question).replace("’", "'")
    asked = abbreviations_spelled_out(IN_SOURCE.sub(" ", SOURCE_CLAUSE.sub("", asked)))
    return _stems(_NAME_WORD.sub(" ", _PERIOD.sub(" ", _SPAN_WORDS.sub(" ", asked))))


_TITLE_WORDS = 15
_CLAUSE_BREAK = re.compile(r"[;,]\s+|\s+(?:while|whereas|but)\s+", re.I)
# a clause whose figure is a part of the one before: "…, of which $742 million is due in fiscal 2026"
_REFERS_BACK = re.compile(r"(?:of which|of whom|which|of (?:that|this|these|those)\b(?: amount| total)?|including"
                          r"|comprising|or(?= (?:about |approximately )?[$£€]?\d))\b", re.I)  # "…, or 18% of …"


def _clauses(sentence: str) -> list[str]:
    """A prose sentence's clauses, each with the words that say what its figures are of: "…, while other income fell
    1.5%" is about other income; a clause of figures and moves alone ("…, an increase of 8.0%", "…, to $120.5
    million"), or one that points back ("…, of which $742 million is due in 2026"), is about the one before it."""
    clauses: list[str] = []
    for part in _CLAUSE_BREAK.split(sentence):
        named = _stems(_PERIOD.sub(" ", part)) - _DERIVATION_STEMS
        clauses.append(part if (named and not _REFERS_BACK.match(part)) or not clauses else f"{clauses[-1]} {part}")
    return clauses


# a PDF's prose keeps the page's line breaks; a line that carries on the sentence above starts in lower case or with
# a figure ("…totaled $1,384\nmillion, of which $742 million is due")
_CARRIES_ON = re.compile(r"[a-z$(\d]")


def unwrapped(text: str) -> list[str]:
    """The passage's lines with prose wrapped by the page joined again; table rows and their header stay lines."""
    lines: list[str] = []
    for line in text.splitlines():
        if lines and _CARRIES_ON.match(line) and "|" not in line and "|" not in lines[-1] \
                and not lines[-1].startswith("Columns:") and not re.search(r"[.!?:]\s*$", lines[-1]):
            lines[-1] = f"{lines[-1]} {line}"
        else:
            lines.append(line)
    return lines


def _source_lines(sources: list[str], near: bool = False, titled: bool = True) -> list[str]:
    """Each sentence of the sources with its table's column header. When `near`, each clause of prose instead (a
    table row stays whole), with its passage's first line (unless not `titled`): a table's title names what every
    row is of."""
    lines: list[str] = []
    for text in sources:
        header = next((line for line in text.splitlines() if line.startswith("Columns:")), "")
        title = text.strip().splitlines()[0] if text.strip() else ""
        if near and titled and len(title.split()) <= _TITLE_WORDS and "|" not in title:  # a heading, not a paragraph
            header = f"{title} {header}"
        for line in unwrapped(text):
            for sentence in re.split(r"(?<=[.!?])\s+", line):
                units = _clauses(sentence) if near and "|" not in sentence else [sentence]
                lines += [f"{header} {unit}" for unit in units]
    return lines


def _figures_held(said: str, lines: list[str]) -> list[tuple[str, list[str]]]:
    """Each figure of `said` with the lines that hold it."""
    printed = [{normalise_number(n) for n in STANDALONE_FIGURE.findall(line)} for line in lines]  # once per line
    return [(raw, [line for line, figures in zip(lines, printed, strict=True) if normalise_number(raw) in figures])
            for raw in STANDALONE_FIGURE.findall(said)]


# "December 31, 2025": a date, whose day is no figure of the answer
_MONTH_DAY = re.compile(rf"\b{MONTH_NAME}\.?\s+\d{{1,2}}\b(?![.,]\d)", re.I)


def _answer_figures(answer: str) -> str:
    """The answer with what is not one of its figures blanked: citation markers, dates, years and periods."""
    return _PERIOD.sub(" ", _MONTH_DAY.sub(" ", re.sub(r"\[\d+\]", " ", answer)))


def figures_among(answer: str, expression: str) -> bool:
    """Every figure of the answer (not its dates or years) is an operand of finbot's arithmetic `expression`: a
    generated "$237 million" that a calculation over the table read as its "Total lease payments" too."""
    said = {normalise_number(raw) for raw in STANDALONE_FIGURE.findall(_answer_figures(answer))}
    operands = {normalise_number(raw) for raw in STANDALONE_FIGURE.findall(expression)}
    return bool(said) and said <= operands


def figures_off_topic(question: str, answer: str, sources: list[str]) -> list[str]:
    """The answer's figures found in the sources only in lines that share no word of what the question asks the
    figure of: a generated "15.6%" for "what percent of the stock repurchases…" read from "Comparable sales
    increased 15.6%". A table row counts with its column header and title; a line, with the clause around the figure."""
    topic = question_topic(question)
    if not topic:
        return []
    off = []
    said = _answer_figures(answer)
    # the clause around the figure, not its whole sentence: "$612 million paid for Lumivane Photonics" is not about
    # cash returned to shareholders because the sentence goes on "…, net of cash acquired"
    for raw, holding in _figures_held(said, _source_lines(sources, near=True)):
        if holding and not any(_stems(line) & topic for line in holding) and raw not in off:
            off.append(raw)
    return off


# A name of two or more capitalised words ("Federal Home Loan Bank of Pittsburgh", "Structural Heart")
_PROPER_NAME = re.compile(r"\b[A-Z][\w&'’-]*(?:\s+(?:of|and|&|the|for)?\s*[A-Z][\w&'’-]*)+")
_NOT_NAME = re.compile(r"^(?:january|february|march|april|may|june|july|august|september|october|november|december|"
                       r"q[1-4]|fy\d*|fiscal|the|what|how|which|when|did|does|was|were|is|are|in|at|for|on|by|"
                       r"according|as|of)$", re.I)


def figures_of_other_name(question: str, answer: str, sources: list[str], subject: str = "") -> list[str]:
    """The answer's figures held only in clauses that name another name instead of the one the question gives
    (which the sources use elsewhere): "$612 million … at the Federal Reserve discount window" for the capacity "at
    the Federal Home Loan Bank of Pittsburgh". A clause that names nobody ("… signed a contract worth 22.5 million
    pounds" after "Hollins Water, one of our customers,") is left alone; the company's own name (in `subject`, the
    filing's cover) is no such name."""
    company = _name_stems(subject)
    names = [stems for match in _PROPER_NAME.finditer(question)
             if len(stems := _name_stems(match.group())) >= 2 and not stems <= company]
    if not names:
        return []
    asked = _name_stems(question)
    lines = _source_lines(sources, near=True, titled=False)
    said = {line: _name_stems(line) for line in lines}
    used = [name for name in names if any(name <= stems for stems in said.values())]
    off = []
    for raw, holding in _figures_held(_answer_figures(answer), lines):
        others = [bool(_name_stems(" ".join(m.group() for m in _PROPER_NAME.finditer(line))) - asked - company)
                  for line in holding]
        held = [said[line] for line in holding]
        if used and held and all(others) and not any(name <= stems for name in used for stems in held) \
                and raw not in off:
            off.append(raw)
    return off


def _name_stems(text: str) -> set[str]:
    """Stems of a text's words, possessives dropped, months, periods and question words left out."""
    words = [re.sub(r"['’]s$", "", w).lower() for w in re.findall(r"[A-Za-z][\w&'’-]*", text) if not _NOT_NAME.match(w)]
    return {w[:_TOPIC_STEM] for w in words if len(w) >= 3}


# "What was comparable-hotel RevPAR for …": the measure asked, up to where its period or owner begins
_MEASURE_ASKED = re.compile(r"^\s*what (?:was|were|is|are) (?:the )?(?P<measure>[^?,;]+?)"
                            r"(?=\s+(?:for|in|at|as of|of|on|during|over|through|under|from|to)\b|\s*[?,;]|\s*$)", re.I)


def measure_unquoted(question: str, quote: str) -> bool:
    """A quote given for "What was X …" that never names X's head word (the last word of its name): a sentence
    about comparable hotels, with their rooms counted, is no answer to "comparable-hotel RevPAR"."""
    asked = _MEASURE_ASKED.match(question)
    if not asked:
        return False
    words = re.findall(r"[a-z]{4,}", asked["measure"].lower())
    return bool(words) and words[-1] not in _FRAME and words[-1][:_TOPIC_STEM] not in _stems(quote)


def points_from_amounts(question: str, operation: str, cells: list[str]) -> bool:
    """A move asked in points computed as the change of amounts ("how many percentage points did China's share
    change" answered with China's revenue 2025 − 2024): the points are between two shares, which no cell read is."""
    return bool(_ASKS_POINTS.search(question)) and operation in ("change", "difference") and not any(
        re.search(r"%|\bpercent|\bmargin|\brate|\bratio|\bshare\b", cell, re.I) for cell in cells)


# "What percentage of total investments was held in …", "gross-to-net discount as a share of gross sales".
_SHARE_WORDS = (r"\b(?:what|which) (?:percentage|percent|share|proportion|fraction|portion) of\b"
                r"|\bas an? (?:percentage|percent|share|proportion|fraction) of\b")
# "Excluding the regulatory milestone, what was collaboration revenue?": the reported line less something.
_EXCLUSION_WORDS = r"\b(?:excluding|exclusive of|other than|apart from|aside from|net of)\b"
# A figure derived from others: a share of a whole, a growth rate, a move, a gap ("by how much did provisions exceed
# charge-offs", "how much did the loss per share improve").
_DERIVED = re.compile(
    rf"{_SHARE_WORDS}"
    r"|\b(?:how many|in|by) (?:basis points|bps|percentage points)\b"
    r"|\bby (?:what|how much|how many)\b|\bhow much (?:did|does|has|have|had|was|were|is|are)\b.*\b(?:improv|"
    r"increas|decreas|declin|grow|grew|chang|rise|rose|fall|fell|drop|exceed)\w*"
    r"|\b(?:growth|grow|grew)\b|\bpercentage (?:change|increase|decrease)\b"
    r"|\b(?:what|how much) (?:is|was|were) the (?:net )?(?:change|difference|increase|decrease)\b"
    rf"|{_EXCLUSION_WORDS}"  # a reported figure less a part
    r"|\bhow long\b"  # a span the source states ("into 2028"), never one the model reckons
    r"|\bratio\b|\bimpl(?:y|ies|ied)\b|\bannuali[sz]"  # "debt-to-total-assets ratio", "what cost does that imply"
    # "revenue per kilowatt-hour", "how much warmer than normal", "lease cost relative to net sales"
    r"|\b(?:revenues?|sales|costs?|expenses?|income|profits?|margins?|spend(?:ing)?|production|usage)"
    r" per (?!share\b|common\b|diluted\b|basic\b|cent\b|annum\b|year\b)[a-z]+|\bhow much \w+er than\b"
    r"|\brelative to\b|\bnet (?:basis|adds|additions)\b|\badd(?:ed)?,? net\b|\bin total\b(?=\s*(?:[?.,;]|$))"
    r"|\bplus\b|\bminus\b|\bdivid(?:ing|ed by)\b|\bcombined\b",  # "cash plus undrawn availability"
    re.I | re.S,
)
# Words that say how a figure moved or what kind of figure it is, not what it is of: the source says "Revenue
# increased 15.8%" for a question about "revenue growth".
_DERIVATION_PHRASE = re.compile(
    r"\b(?:share|proportion|fraction|portion) of\b|\b(?:basis|percentage) points\b|\byear-over-year\b", re.I)
_DERIVATION_STEMS = frozenset(word[:_TOPIC_STEM] for word in (
    "growth", "grow", "grew", "grown", "increase", "decrease", "change", "improve", "decline", "rise", "rose", "fall",
    "fell", "drop", "dropped", "exceed", "versus", "round", "decimal", "places", "combined", "overall",
    "consolidated", "prior", "last", "same", "higher", "lower", "came", "comes", "come", "accounted", "terms",
    "give", "state", "show", "provide", "support", "answer", "express", "using", "based", "relative", "compute"))


_FORMULA_CLAUSE = re.compile(r"(?::|=|\b(?:defined|calculated|computed|measured) as\b|\bcounting\b|\bi\.\s?e\.)[^.?!]*",
                             re.I)


def derived_figure_unstated(question: str, answer: str, sources: list[str]) -> list[str]:
    """A derived figure asked (a share, a growth rate, a move) and a generated answer whose figures the sources do
    not state beside every word of what the question asks it of: "1.5%" for "by what percentage did rental revenue
    grow" taken from another line, a "$62,086" for "how much did the net loss per share improve". The source must say
    it ("Rental revenue increased 5.1%"); a figure the model worked out itself is finbot's arithmetic's to give.
    Returns the figures not so stated; the question's own figures (its years, "100 basis points") are not checked."""
    # the sentence that asks it: "How well funded was the plan? Give plan assets as a percentage of the obligation."
    sentences = re.split(r"(?<=[.?!])\s+(?=[A-Z])", question.replace("’", "'").strip())
    asked = next((sentence for sentence in sentences if _DERIVED.search(sentence)), None)
    if asked is None:
        return []
    # what it is of is named before its formula ("tangible book value per share: equity less goodwill, divided by …")
    named = _FORMULA_CLAUSE.sub(" ", SOURCE_CLAUSE.sub("", asked))  # "Using only the balance sheet, …" says where
    topic = _stems(_DERIVATION_PHRASE.sub(" ", _NAME_WORD.sub(" ", _PERIOD.sub(" ", named)))) - _DERIVATION_STEMS
    given = {normalise_number(n) for n in STANDALONE_FIGURE.findall(question)}
    said = _answer_figures(answer)
    unstated = []
    # a figure built of others is stated by its own clause, not by the section it sits in: "undrawn availability of
    # $708,550" under "Liquidity" is one part of total liquidity
    titled = not _FORMULA_CLAUSE.search(asked)
    for raw, holding in _figures_held(said, _source_lines(sources, near=True, titled=titled)):
        if normalise_number(raw) in given or raw in unstated:
            continue
        if not any(topic <= _stems(line) for line in holding):
            unstated.append(raw)
    return unstated


# A per-share figure asked ('diluted EPS', 'dividends declared per share'); 'shares outstanding' is a count.
_PER_SHARE = re.compile(r"\bper (?:common |ordinary |diluted |basic )?share\b|\bEPS\b", re.I)
_SCALED = re.compile(r"\d(?:[\d,]*\d)?(?:\.\d+)?\s*(?:million|billion|thousand|mn|bn)\b", re.I)
_UNITS_NOTE = re.compile(r"\bexcept (?:for )?per[- ]share\b(?: (?:data|amounts?|information|figures))?", re.I)
_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.0)?(?![\d,]|\.\d)")  # '74,733', '39,346.0'
_DECIMAL = re.compile(r"\d\.(?!0(?!\d))\d")  # cents, not a table's '.0'
_IN_SCALE = re.compile(r"\bin (?:millions|billions|thousands)\b", re.I)
_UNSCALED_MONEY = re.compile(r"[$£€]\s?\d[\d,]*(?:\.\d+)?(?!\d|[.,]\d|\s*(?:million|billion|thousand|mn|bn)\b)", re.I)


# "How many weighted average diluted shares did it use in computing EPS?" counts shares.
_SHARE_COUNT = re.compile(r"\bhow many\b(?:\s+[\w-]+){0,5}?\s+shares\b|\bnumber of (?:[\w-]+\s+){0,4}?shares\b"
                          r"|\bshare count\b", re.I)


def asks_per_share(question: str) -> bool:
    asked = first_sentence(question)
    return bool(_PER_SHARE.search(asked)) and not _SHARE_COUNT.search(asked)


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
    # 'diluted EPS was 74,733': a count of shares in thousands, not cents and dollars; '3,713.4 (In millions of
    # dollars) (Total stockholders' equity)': a line of a table in millions that names no per-share figure
    return bool(_SCALED.search(said) or _THOUSANDS.search(said) and not _DECIMAL.search(said)
                or _IN_SCALE.search(said) and not names_per_share(said))


# A sum of money the company paid or holds ("how much cash did it return to shareholders", "in USD millions")
_ASKS_BULK = re.compile(r"\bhow much cash\b|\bin (?:usd |us\$ |\$ ?)?(?:millions|thousands|billions)\b", re.I)


def per_share_for_bulk(question: str, read: str) -> bool:
    """A sum of money asked and a per-share figure read ('how much cash did it return …' answered with '$1.44 (Cash
    dividends declared per share)'): the amount per share, not the total."""
    return bool(_ASKS_BULK.search(question)) and not asks_per_share(question) and bool(
        _PER_SHARE.search(_UNITS_NOTE.sub(" ", read)))  # "(in thousands, except per share data)" is the units


_ASKS_POINTS = re.compile(r"\b(?:how many|in|by) (?:basis points|bps|percentage points)\b", re.I)
_POINTS = re.compile(r"\bbasis points?\b|\d\s*bps?\b|\bpercentage points?\b|\bpp\b", re.I)


def points_not_given(question: str, answer: str) -> bool:
    """A move asked in basis or percentage points and none given: '2.7%' answers no 'how many basis points'."""
    return bool(_ASKS_POINTS.search(question)) and not _POINTS.search(answer)


# "What percentage of total investments was held in …", "what proportion of net income was paid out as dividends".
_ASKS_SHARE = re.compile(_SHARE_WORDS, re.I)
_PERCENT_FIGURE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)", re.I)


def share_not_given(question: str, answer: str) -> bool:
    """A share of a whole asked and none given: an amount ('paid out $165.0 million'), or only the whole's own
    100%."""
    asked = first_sentence(question)
    if not (_ASKS_SHARE.search(asked) or ASKS_SHARE.search(asked)):  # "how large a slice was …"
        return False
    shares = [float(value) for value in _PERCENT_FIGURE.findall(re.sub(r"\[\d+\]", " ", answer))]
    return not shares or all(share == 100 for share in shares)


_RATIO_ASKED = re.compile(r"\bratio\b|\bmultiple\b|\bhow many times\b", re.I)
_RATIO_SAID = re.compile(r"\d\s?(?:%|x\b|×|times\b)|\bpercent\b", re.I)
_SMALL_FIGURE = re.compile(r"(?<![\d,.])(?:\d{1,2}(?:\.\d+)?|0?\.\d+)(?![\d,]|\.\d)")


def ratio_not_given(question: str, answer: str) -> bool:
    """A ratio asked ("… compare with its D&A? Give the ratio.") and an answer that states only sums of money ("capital
    expenditures were $1,682 compared to D&A of $772"): no multiple, percentage or small figure a ratio would be."""
    if not _RATIO_ASKED.search(question):
        return False
    said = re.sub(r"\[\d+\]", " ", answer)
    return not _RATIO_SAID.search(said) and not _SMALL_FIGURE.search(said)


# "Answer in USD millions", "($ thousands)": an amount of money asked; a share, rate or ratio is asked otherwise
_MONEY_ASKED = re.compile(r"\b(?:in|answer in|give (?:it )?in)\s+(?:usd|us\$|\$|dollars|euros|pounds)\b"
                          r"|\b(?:usd|us\$|\$)\s?(?:millions|thousands|billions)\b"
                          # "How much … was available? Answer in millions to one decimal."
                          r"|\b(?:answer|give (?:it|the answer)|state (?:it|the answer)) in "
                          r"(?:millions|thousands|billions)\b", re.I)
_QUOTIENT_ASKED = re.compile(r"\b(?:percent(?:age)?|%|ratio|share|proportion|fraction|margin|rate|yield|per)\b", re.I)
_MONEY_FIGURE = re.compile(r"[$£€]\s?\d|\d\s*(?:million|billion|thousand|mn|bn)\b|\b(?:usd|gbp|eur)\s?\d", re.I)
_HOW_MUCH = re.compile(r"\bhow much\b[^?]*", re.I)  # the ask itself: "Applying that share …, how much … did it hold?"


def money_not_given(question: str, answer: str) -> bool:
    """An amount of money asked ("approximately how much in uninsured deposits? Answer in USD millions") and only
    percentages given ("26.8% of total deposits")."""
    ask = _HOW_MUCH.search(question)
    if not _MONEY_ASKED.search(question) or _QUOTIENT_ASKED.search(_MONEY_ASKED.sub(" ", ask.group() if ask else
                                                                                   question)):
        return False
    said = re.sub(r"\[\d+\]", " ", answer)
    # only percentages, or only other figures ("a maximum leverage ratio of 3.5 to 1.0"), and no sum of money
    return bool(STANDALONE_FIGURE.search(_answer_figures(said))) and not _MONEY_FIGURE.search(said)


_SHARES_COUNTED = re.compile(r"\b(?:thousands|millions|number) of shares\b|\(shares\)|\bshares \((?:in )?(?:thousands|"
                          r"millions)\)", re.I)


# finbot's product of a count of shares and their price ("432,228 (Total Number of Shares Purchased) × 140.31 (Average
# Price Paid per Share)") is money
_COUNT_PRICED = re.compile(r"×[^×]*\b(?:price|per share)\b", re.I)


def count_read_for_money(question: str, read: str) -> bool:
    """A sum of money asked ("… fair value …? USD thousands") and a count of shares read ("486 (in thousands of
    shares)")."""
    return bool(_MONEY_ASKED.search(question)) and bool(_SHARES_COUNTED.search(read)) and not re.search(
        r"[$£€]\s?\d", read) and not _COUNT_PRICED.search(read)


# A rate asked ("debt-to-capital ratio", "return on average equity", "as a percentage of") and a sum of money
# computed for it: an ingredient of the rate ("Total debt … 10,228.5", "average equity 9,400.2"), not the rate.
_ASKS_RATE = re.compile(r"\b(?:ratio|return on|rate of return|yield|percentage|percent|proportion)\b|%", re.I)
_NOT_A_RATE = re.compile(r"\brate base\b|\brun[- ]rate\b|\b(?:percentage|basis) points?\b", re.I)
_ALSO_MONEY = re.compile(r"\bhow much\b|\bamount\b|\b(?:usd|dollars|millions|thousands|billions)\b|\$", re.I)
_LEAD_VALUE = re.compile(r"^(?:[^:\d]{0,160}?\b(?:19|20)\d{2}\b[^:\d]{0,40}:\s)?[-+−(]?\$?\s?"
                         r"(?P<value>\d[\d,]*(?:\.\d+)?)\)?"
                         r"(?P<after>\s?(?:%|x\b|times\b|percentage points|basis points|bps\b))?", re.I)


# "annualize net income (x4)", not "(not annualized)"
_ANNUALISED = re.compile(r"(?<!\bnot )(?<!\bno )(?<!\bwithout )\bannuali[sz](?:e|ed|ing)\b", re.I)
_TIMES_PERIODS = re.compile(r"[*×]\s*(?:4|12|2|52|365|1\.333?)\b|/\s*(?:0\.25|0\.5|0\.75)\b")


def annualising_skipped(question: str, expression: str | None) -> bool:
    """The question says to annualise a quarter's or a half's figure and the arithmetic done never scales it."""
    return bool(_ANNUALISED.search(question)) and not _TIMES_PERIODS.search(expression or "")


# "What was FCF, and what was it as a percentage of net income?": the amount is asked too, first
_TWO_ASKS = re.compile(r"\band\s+(?:what|how|by how much|which)\b", re.I)
_RATE_STATED = re.compile(r"\d\s?%|\d\s?x\b|\b(?:percentage|basis) points?\b", re.I)


def rate_not_given(question: str, answer: str) -> bool:
    """A rate asked and a computed answer that gives a sum of money (100 or more, no %, x or points) and no rate."""
    asked = asked_sentence(question)
    if not _ASKS_RATE.search(_NOT_A_RATE.sub(" ", asked)) or _ALSO_MONEY.search(asked) or _TWO_ASKS.search(asked):
        return False
    said = strip_markers(answer).strip()
    lead = _LEAD_VALUE.match(said)
    # "FCF for 2025: 260,059 … FCF as a percentage of net income: 84.6%" gives the rate after the amount also asked
    return bool(lead) and not lead["after"] and float(lead["value"].replace(",", "")) >= 100 \
        and not _RATE_STATED.search(said)


_EXCLUDING = re.compile(_EXCLUSION_WORDS, re.I)
# A line that is itself the adjusted figure: "Revenue excluding milestones", "Adjusted EBITDA", "before special items".
_ADJUSTED_LINE = re.compile(r"\b(?:exclud\w*|exclusive of|excl\.?|ex-|adjusted|before|other than|net of|less)\b", re.I)


def exclusion_unread(question: str, read: str) -> bool:
    """The question takes something out of a figure and the cell read does not: a reported total for "excluding the
    milestone, what was revenue", or the excluded item itself. Only a line that says it is adjusted answers it."""
    return bool(_EXCLUDING.search(question)) and not _ADJUSTED_LINE.search(read)


# "What total liquidity did it report, including cash?": a part the figure must take in, named after "including"
_INCLUDING = re.compile(r"\b(?:including|inclusive of|together with)\s+(?:the\s+|its\s+|their\s+)?"
                        r"(?P<part>[a-z][\w-]*(?:\s+(?!and\b|or\b|in\b|at\b|for\b)[a-z][\w-]*){0,2})", re.I)


def inclusion_unread(question: str, read: str) -> bool:
    """The question says what the figure includes ("including cash") and the cell read, with its row and columns,
    names none of it: "Total, Available capacity" of the credit facilities is the liquidity without the cash."""
    return any(not _stems(match["part"]) & _stems(read) for match in _INCLUDING.finditer(question)
               if _stems(match["part"]))


# Words that take something out of the figure asked ("excluding the term loan", "leaving out rent")
_LEAVING_OUT = r"excluding|exclude|exclusive of|other than|apart from|aside from|leaving out"
_EXCLUDED = re.compile(rf"\b(?:{_LEAVING_OUT}|leave out)\s+(?:the\s+|its\s+)?"
                       r"(?P<what>[a-z][\w-]*(?:\s+(?!and\b|or\b|in\b|what\b|how\b)[a-z][\w-]*){0,3})", re.I)


def exclusion_uncomputed(question: str, cells: str, operands: Sequence[str] = ()) -> bool:
    """finbot's arithmetic over cells for a question that takes something out ("Excluding cost reimbursement
    revenue, what share … came from rooms?") where no operand is that something nor a line already without it; or
    where every operand is the very thing taken out ("… (exclude the floating-rate term loan)" averaged over the
    term loan's own row)."""
    match = _EXCLUDED.search(question)
    if not match or _ADJUSTED_LINE.search(cells):
        return False
    taken_out = _stems(match["what"])
    return not taken_out <= _stems(cells) or bool(operands) and all(taken_out <= _stems(o) for o in operands)


# What the figure asked leaves out or nets: "before netting recoveries", "excluding the term loan", "net of tax"
_LEFT_OUT = re.compile(rf"\b(?:before (?:netting|deducting|subtracting)(?: out)?|{_LEAVING_OUT}|net of|gross of)"
                       r"\s+(?:the\s+|its\s+|any\s+)?"
                       r"(?P<what>[a-z][\w-]*(?:\s+(?!and\b|or\b|in\b|what\b|how\b|during\b|for\b|at\b)"
                       r"[a-z][\w-]*){0,3})", re.I)


def _labels_read(read: str) -> list[str]:
    """The row and column labels a table reading gives in brackets: "3,227 (Recoveries, 2025) [1]" → ["Recoveries,
    2025"]."""
    return re.findall(r"\(([^()]*)\)", read)


def left_out_read(question: str, read: str) -> bool:
    """A cell read whose labels name only what the question leaves out: "(Recoveries, 2025)" for "before netting
    recoveries, how much did it charge off"."""
    match = _LEFT_OUT.search(question)
    labels = _stems(" ".join(_labels_read(read)))
    return bool(match) and bool(labels) and labels <= _stems(match["what"])


# How a holding is valued: at fair (market) value, or at cost (amortized cost, carrying amount, book value)
_VALUATIONS = (re.compile(r"\bfair values?\b|\bmarket values?\b", re.I),
               re.compile(r"\bamorti[sz]ed cost\b|\bcarrying (?:amounts?|values?)\b|\bbook values?\b", re.I))


def valuation_unread(question: str, read: str) -> bool:
    """A cell read at the other valuation than the one asked: "(Securities held to maturity, at amortized cost)" for
    "the fair value of the held-to-maturity portfolio". A remark in brackets ("(it is carried at amortized cost)")
    says how it is carried, not what is asked."""
    asked = re.sub(r"\([^()]*\)", " ", question)
    labels = " ".join(_labels_read(read))
    # a debt's line states its principal unless it says otherwise: the fair value of the notes is another column
    debt_at_principal = _DEBT_LINE.search(labels) and not _VALUATIONS[0].search(labels)
    return any(wanted.search(asked) and not wanted.search(labels) and other.search(labels)
               for wanted, other in (_VALUATIONS, _VALUATIONS[::-1])) or bool(
        _VALUATIONS[0].search(asked) and debt_at_principal)


_DEBT_LINE = re.compile(r"\b(?:notes|debentures|bonds|term loans?|borrowings|debt)\b", re.I)


_WEIGHTED = re.compile(r"\bweight(?:ed|ing|s)?\b", re.I)


def weighting_unread(question: str, operation: str, operands: Sequence[str]) -> bool:
    """A mean of cells for a question that weights its average ("weighting by principal outstanding, what was the
    average coupon"): a weighted average is no plain mean of a row's periods, unless the row is itself one."""
    return operation == "average" and bool(_WEIGHTED.search(question)) and not any(
        _WEIGHTED.search(o) for o in operands)


# "Compute Acme's net debt to EBITDAre at the end of 2025, where …": the measure named after the instruction.
_COMPUTED_MEASURE = re.compile(
    r"(?:^|[.?!]\s+)(?:please\s+)?(?:calculate|compute)\s+(?:the\s+)?(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*'s?\s+)?"
    r"(?P<measure>.+?)(?=\s+(?:for|at|in|from|over|during|using|as|where|with|on|based|by)\b|[,.?;(:]|$)",
    re.I)


def computed_measure_unread(question: str, read: str) -> bool:
    """The question tells finbot to compute a measure and the cell read is not that measure's own line: "Total debt,
    net" for "compute net debt to EBITDAre". A line named as the measure ("Restaurant-level operating margin") is
    the document's figure for it."""
    match = _COMPUTED_MEASURE.search(question.replace("’", "'"))
    if not match:
        return False
    measure = {w[:_TOPIC_STEM] for w in re.findall(r"[a-z]{3,}", match.group("measure").lower())} - {"the", "and"}
    named = {w[:_TOPIC_STEM] for w in re.findall(r"[a-z]{3,}", read.lower())}
    return not measure <= named


# "Total liquidity, counting cash plus undrawn availability", "Dividing D&C capital by net wells drilled, …": a figure
# the question builds from others. ("times" is left out: "how many times" asks a multiple.)
_JOINED = re.compile(r"\b(?:plus|minus|combined with|together with|added to|dividing|divided by|multiplied by)\b"
                     r"|\s[+×÷]\s", re.I)
_JOIN_CLAUSE = re.compile(r"[,;:?!]\s*|\.\s+")
_SCALE_OR_SPAN = re.compile(r"\bin (?:thousands|millions|billions)\b|(?:\w+[- ])?(?:months?|weeks?|years?|quarters?) "
                            r"ended\b", re.I)
_LINKING = frozenset({"and", "the", "for", "per", "its"})


def _words(text: str) -> set[str]:
    return {w[:_TOPIC_STEM] for w in re.findall(r"[a-z]{3,}", text.lower())} - _LINKING


# "What share of gross landfill revenue was intercompany?": the whole named first, then the part
_SHARE_OF_WHOLE_WAS = re.compile(r"\bwhat (?:share|percentage|percent|proportion|portion|fraction) of "
                                 r"(?P<whole>[^?]+?) (?:was|were|is|are|came from|comes from|went to)\b(?P<part>[^?]*)",
                                 re.I)


def share_of_part_unread(question: str, read: str) -> bool:
    """A part's share of a whole asked ("what share of gross landfill revenue was intercompany") and the share read
    is the whole's own row's ("13.1% (Landfill, 2025 % of Total)": landfill in total revenue): the part is not
    named anywhere in what was read."""
    asked = _SHARE_OF_WHOLE_WAS.search(question.replace("’", "'"))
    if asked is None:
        return False
    part = _words(re.split(r"[,;]", asked["part"])[0]) - _words(asked["whole"])
    said = _words(re.sub(r"\[\d+\]", " ", read))
    return bool(part) and not part & said and bool(said & _words(asked["whole"]))


def part_unread(question: str, read: str) -> bool:
    """The question builds its figure from others ("cash plus undrawn availability") and the cell read is one of
    them: every word of the row read stands in the clause that joins them. A line of its own ("Total liquidity",
    "Net debt") keeps a word the clause lacks."""
    joins = [clause for clause in _JOIN_CLAUSE.split(question.replace("’", "'")) if _JOINED.search(clause)]
    named = _words(_SCALE_OR_SPAN.sub(" ", re.sub(r"\[\d+\]", " ", read)))
    return bool(named) and any(named <= _words(clause) for clause in joins)


# "the D&C cost per net well", "revenue per carload": a figure per unit of something other than time or a share
_PER_UNIT = re.compile(r"\bper\s+(?:net |gross |average |each |occupied |available |loaded |active )?"
                       # "per the table" says where to read
                       r"(?!(?:share|cent|annum|year|month|quarter|week|day|hour|diluted|basic|common|the|its|their|our|"
                       r"your|this|that)\b)[a-z]{3,}"
                       # measures per unit by their industry's name: revenue per available room, per user, per seat mile
                       r"|\b(?:revpar|arpu|arpa|arppu|rasm|trasm|prasm|casm(?:-ex)?)\b",
                       re.I)
_PER_WORDS = re.compile(r"\bper\b|/|\baverage\b|\beach\b|\brate\b|\byield\b|\bratio\b|\bcents?\b|¢", re.I)
_IN_BULK = re.compile(r"\b(?:thousands?|millions?|billions?)\b", re.I)


def per_unit_unread(question: str, read: str) -> bool:
    """A figure per unit asked and a scaled amount read that is per nothing: "$ 332,890 thousand (Total capital
    expenditures)" for "the D&C cost per net well" is the total to divide, not the answer."""
    said = re.sub(r"\[\d+\]", " ", read)
    return bool(_PER_UNIT.search(asked_sentence(question))) and bool(_IN_BULK.search(said)) and not _PER_WORDS.search(
        said)


# "How long will the cash last?", "how long does a transfer take": a span of time, which a sum of money never is.
_ASKS_DURATION = re.compile(r"^\s*(?:\w+\W+){0,6}?how long\b", re.I)
_TIME_WORDS = re.compile(
    r"\b(?:minutes?|hours?|days?|weeks?|months?|years?|quarters?|until|till|into|through|immediately|instantly|"
    r"same[- ]day|next|working|business|date)\b", re.I)


_PERIOD_COLUMN = re.compile(r"\b(?:\w+[- ])?(?:months?|weeks?|years?|quarters?) ended\b", re.I)  # the column's name


def duration_unread(question: str, read: str) -> bool:
    """A span of time asked and a cell read that states none: "$ 260,820 (Product revenue, net)" for "how long does
    management say the cash will last"."""
    return bool(_ASKS_DURATION.search(question)) and not _TIME_WORDS.search(_PERIOD_COLUMN.sub(" ", read))


_ASKS_MARGIN = re.compile(r"\bmargins?\b", re.I)


def margin_unread(question: str, read: str) -> bool:
    """A margin asked and a cell read that is neither a margin nor a percentage: "EBITDA … 801.2 million" for "adjusted
    EBITDA margin"."""
    return bool(_ASKS_MARGIN.search(asked_sentence(question))) and not (_ASKS_MARGIN.search(read) or "%" in read)


# "Which asset class is the largest …", "Which of the three segments had …": a choice among named things, not
# periods ("which year" is answered by its name, a figure).
_ASKS_CHOICE = re.compile(r"^(?:[^?]{0,80}?,\s*)?(?:\w+\s+){0,3}?which\s+(?:of\s+)?(?!(?:fiscal\s+)?(?:years?|quarters?"
                          r"|periods?|months?|half|date)\b)", re.I)
_ANSWER_FILLER = frozenset({"based", "information", "provided", "context", "documents", "document", "according",
                            "passages", "shows", "show", "states", "state", "these", "those", "among", "them"})


def asks_choice(question: str) -> bool:
    """The question's first sentence asks which one of several named things (not which year)."""
    return bool(_ASKS_CHOICE.search(first_sentence(question)))


def choice_unnamed(question: str, answer: str) -> bool:
    """A question that asks which one answered with only its own words: "The largest component of the fixed
    maturity portfolio … is fixed maturities, at fair value" names nothing the question did not."""
    if not asks_choice(question):
        return False
    asked = _stems(question.replace("’", "'")) | {w[:4] for w in re.findall(r"[a-z]{4,}", question.lower())}
    said = first_sentence(strip_markers(answer)).replace("’", "'")

    def names_nothing_new(text: str) -> bool:
        return not {w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _FRAME and w not in _ANSWER_FILLER
                    and w[:_TOPIC_STEM] not in asked and w[:4] not in asked}
    # "Tessaline's senior note issues have the largest principal amount, with a carrying amount of $ 500": the
    # clause that makes the choice names nothing, whatever the words after it add
    clause = re.split(r"[,;:]|\s+(?:with|at|of)\s+", said, maxsplit=1)[0]
    return names_nothing_new(said) or bool(_CHOOSING_VERB.search(clause)) and names_nothing_new(clause)


_CHOOSING_VERB = re.compile(r"\b(?:has|have|had|is|was|were|are)\b", re.I)


_DATE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d\d\b",
                   re.I)


_LATER_ASKED = re.compile(r"\b(?:after|subsequent\w*|since|following|beyond|next|future|outlook|guidance|forecast\w*|"
                          r"expect\w*|plan\w*|will|matur\w*|due|scheduled)\b", re.I)


def year_unasked(question: str, answer: str) -> bool:
    """The question names its year(s) and the answer's figures are of other years only: "paid $165.0 million … in
    2025" for "how much can it pay in 2026"."""
    asked = set(years_in(question))
    if not asked:
        return False
    stated: set[int] = set()
    # a fiscal year's closing date ("the year ended February 1, 2025") may fall in the next calendar year
    for sentence in re.split(r"(?<=[.!?])\s+", _DATE.sub(" ", strip_markers(answer))):
        if gives_figure(sentence, question):
            stated |= set(years_in(sentence))
    if _LATER_ASKED.search(question) and any(year > max(asked) for year in stated):
        return False  # "what subsequent events did it disclose after the end of FY2025?": later years are asked
    return bool(stated) and not stated & asked


_FULL_YEAR = re.compile(r"\b(?:fiscal (?:year )?|fy\s?)(?:19|20)?\d\d\b|\bfull[- ]year\b|\btwelve months\b", re.I)


def span_unasked(question: str, answer: str) -> bool:
    """A fiscal year asked and every figure given of a quarter or a part of the year: "The segment operating margin
    for the three months ended September 27, 2025 was 23.3%" for "in fiscal 2025"; or a quarter asked and every
    figure given of whole years ("During fiscal 2025, 2024 and 2023 we repurchased 3.7 million shares" for "during
    the fourth quarter of fiscal 2025")."""
    asked = months_of(question)
    if asked is None and not _FULL_YEAR.search(question) or asked == YEAR_TO_DATE:
        return False
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", strip_markers(answer)) if gives_figure(s, question)]
    if asked is None:
        return bool(sentences) and all(months_of(sentence) is not None for sentence in sentences)
    return bool(sentences) and all(months_of(s) is None and _FULL_YEAR.search(s) for s in sentences)


# A sum still to be used ("$202.0 million remained available under our repurchase authorization", "undrawn
# availability") is no amount spent, paid or drawn, unless the question asks what is left.
_CAPACITY = re.compile(r"\bremain\w*\s+(?:available|authori[sz]ed|unused|undrawn)\b|\bavailable (?:under|for future)\b"
                       r"|\bmay yet be\b|\bremaining (?:authori[sz]ation|capacity|availability|borrowing)\b"
                       r"|\bundrawn\b|\bunused\b|\bavailability under\b", re.I)
_ASKS_CAPACITY = re.compile(r"\bavailab\w*|\bremain\w*|\bcapacity\b|\bauthori[sz]\w*|\bundrawn\b|\bunused\b"
                            r"|\bheadroom\b|\bleft\b|\bliquidity\b|\bcould\b|\bcan\b|\bmay\b", re.I)


# Qualifiers that make another figure of the same measure: "gross unrealized losses" is no "net unrealized gain".
_OPPOSITES = (("net", "gross"), ("gross", "net"), ("diluted", "basic"), ("basic", "diluted"))


def _other_kind(question: str, line: str) -> bool:
    """The question puts one qualifier before a word and the line only its opposite before the same word."""
    asked, said = question.lower(), line.lower()
    for mine, theirs in _OPPOSITES:
        for word in re.findall(rf"\b{mine}\s+([a-z]{{4,}})", asked):
            stem = word[:_TOPIC_STEM]
            if re.search(rf"\b{theirs}\s+{stem}", said) and not re.search(rf"\b{mine}\s+{stem}", said):
                return True
    return False


def _span_of_title(source: str) -> int | None:
    """The months a passage's heading gives it ("Issuer Purchases of Equity Securities - Fourth Quarter 2025"),
    past the document's own title (a 10-Q's "Form 10-Q Q3 2025" spans nothing of its tables)."""
    heading = source.strip().splitlines()[0] if source.strip() else ""
    return months_of(heading.split(" — ", 1)[1]) if " — " in heading else None


# "the average purchase price per square foot": a figure per unit of something other than a share or a span of time
_PER_UNIT_ASKED = re.compile(r"\bper\s+(?!(?:common |diluted |basic )?share\b|cent\b|annum\b|year\b|quarter\b|month\b|"
                             r"day\b|week\b)(?P<unit>[a-z]{2,})", re.I)


_CARRYING = re.compile(r"\bcarrying (?:amount|value)\b|\bnet carrying\b|,\s*net\b|\bnet of unamortized\b", re.I)
_PRINCIPAL = re.compile(r"\bprincipal\b|\bface (?:amount|value)\b|\bpar (?:amount|value)\b", re.I)
# A line whose row gives a unit of a rate ("Passenger yield (cents)") states a figure per unit already.
_OWN_RATE_UNIT = re.compile(r"\((?:in\s+)?(?:cents|pence|dollars|per\b)[^)]*\)", re.I)


def figures_misread(question: str, answer: str, sources: list[str]) -> list[str]:
    """The answer's figures that every source clause holding them gives as something else: a capacity still
    unused for an amount spent, a per-share figure given in millions ("spent $1.03 million" read from
    "Diluted earnings per share … $ 1.03"), a gross figure for a net one, a quarter's for a year's ("during
    2025" read from a table of the fourth quarter), a total for a figure per unit ("per square foot"), a sum of money
    for a margin or a percentage, or a count of shares for a price."""
    by_source = [_source_lines([source], near=True, titled=False) for source in sources]  # read once, used twice
    sentences = [line for line in _source_lines(sources) if " | " not in line]
    lines = [line for source_lines in by_source for line in source_lines]
    year_asked = bool(years_in(question)) and months_of(question) is None
    quarter_lines = {line for source, source_lines in zip(sources, by_source, strict=True)
                     if year_asked and _span_of_title(source) not in (None, YEAR_TO_DATE) for line in source_lines}
    capacity_asked = bool(_ASKS_CAPACITY.search(question))
    carrying_asked = bool(_CARRYING.search(question))
    span_asked = months_of(question) if months_of(question) not in (None, YEAR_TO_DATE) else None
    quotient_asked = bool(_QUOTIENT_NAMED.search(first_sentence(question))) and not asks_per_share(question) \
        and not _PERCENT_FIGURE.search(answer)  # an answer with its percentage may give the sums it came from
    per = _PER_UNIT_ASKED.search(question)
    unit = per["unit"][:4] if per else None
    years_asked = set() if _LATER_ASKED.search(question) else {
        year + later for year in years_in(question) for later in (0, 1)}
    said = _answer_figures(answer)
    scaled = {normalise_number(m.group(1)) for m in re.finditer(r"(\d[\d,]*(?:\.\d+)?)\s*(?:million|billion|thousand|"
                                                                 r"mn|bn)\b", said, re.I)}
    misread = []
    restated = {normalise_number(n) for n in STANDALONE_FIGURE.findall(_answer_figures(question))}
    rows, in_prose = _table_rows_and_prose(sources)
    other_years: list[str] = []
    year_given = False
    for raw, holding in _figures_held(said, lines):
        if not holding or raw in misread or normalise_number(raw) in restated:  # "the 1.25% notes" names, not answers
            continue
        unused = not capacity_asked and all(_CAPACITY.search(line) for line in holding)
        per_share = normalise_number(raw) in scaled and not asks_per_share(question) and all(
            names_per_share(line) for line in holding)
        other_kind = all(_other_kind(question, line) for line in holding)
        per_unit = unit is not None and not any(re.search(rf"\bper\s+{unit}|/\s*{unit}", line, re.I)
                                                or _OWN_RATE_UNIT.search(line) for line in holding)
        of_quarter = all(line in quarter_lines for line in holding)
        # "(0.8)" under "Three Months Ended 2025" for "over the nine months ended September 30, 2025"
        other_span = span_asked is not None and all(
            (spans := _cell_spans(line, raw) or _prose_spans(line, raw, sentences)) and span_asked not in spans
            for line in holding)
        number = re.escape(raw)
        # a margin or a percentage given from a sum of money: "an adjusted operating margin of 2.41" read from
        # "diluted earnings per share were $2.41"
        money_for_quotient = quotient_asked and all(re.search(rf"[$£€]\s?{number}(?![\d,.]*\d)", line)
                                                    for line in holding)
        # a price given from a count of shares: "$78,921 per share" read from "Weighted-average shares — basic"
        price_from_count = bool(re.search(rf"[$£€]\s?{number}", said)) and all(
            _SHARE_COUNT_LINE.search(line) and not re.search(rf"[$£€]\s?{number}", line) for line in holding)
        # a debt's principal for its carrying amount (the principal less unamortized discount and issuance costs)
        principal = carrying_asked and all(_PRINCIPAL.search(line) and not _CARRYING.search(line) for line in holding)
        # read only from the columns of other years: "Backlog at December 31 | 2025: 195 | 2024: 211" gives 211 for
        # 2024, not for "at December 31, 2025" (a fiscal year's closing date may fall in the next calendar year);
        # a quoted row that gives the year asked beside the others is no misreading
        cell_years = [_cell_years(line, raw) for line in holding]
        if any(years & years_asked for years in cell_years):
            year_given = True
        elif years_asked and all(cell_years):
            other_years.append(raw)
        # read only from table rows of another kind: "Straight-line rent change" for "the cash rent change"
        labels = [label for label, figures in rows if normalise_number(raw) in figures]
        other_row = bool(labels) and normalise_number(raw) not in in_prose and all(
            names_other_kind(label, question) for label in labels)
        if (unused or per_share or other_kind or of_quarter or per_unit or other_span or money_for_quotient
                or price_from_count or principal or other_row):
            misread.append(raw)
    return misread if year_given else misread + [raw for raw in other_years if raw not in misread]


def _table_rows_and_prose(sources: list[str]) -> tuple[list[tuple[str, set[str]]], set[str]]:
    """(row label, figures) of every table row line of the sources, and the figures their prose lines state."""
    rows: list[tuple[str, set[str]]] = []
    prose: set[str] = set()
    for source in sources:
        for line in source.splitlines()[1:]:  # the first line is the passage's title
            if line.startswith("Columns:"):
                continue
            label, bar, cells = line.partition("|")
            figures = {normalise_number(n) for n in STANDALONE_FIGURE.findall(cells if bar else line)}
            if bar:
                rows.append((label.strip(), figures))
            else:
                prose |= figures
    return rows, prose


def _columns_holding(line: str, raw: str) -> list[str]:
    """The columns of a table row's line whose cells hold the figure ("Nine Months Ended 2025: 4.1"); none for a line
    that is no table row."""
    held = normalise_number(raw)
    cells = (cell.rsplit(": ", 1) for cell in line.split(" | ") if ": " in cell)
    return [column for column, value in cells
            if held in {normalise_number(n) for n in STANDALONE_FIGURE.findall(value)}]


_AGGREGATE_ASKED = re.compile(r"\b(?:aggregate|in total|total (?:grant[- ]date )?(?:fair )?value)\b", re.I)
_PER_UNIT_COLUMN = re.compile(r"\bweighted[- ]average\b|\bper (?:share|unit|option|award)\b", re.I)


def _asks_aggregate(question: str) -> bool:
    """An aggregate asked ("the aggregate grant-date fair value"), not an average per unit."""
    asked = first_sentence(question)
    return bool(_AGGREGATE_ASKED.search(asked)) and not _PER_UNIT_COLUMN.search(asked)


def average_read_for_aggregate(question: str, read: str) -> bool:
    """An aggregate asked and a table cell read under an average per unit ("49.18 (Granted, Grant-Date Fair Value per
    Unit)")."""
    return _asks_aggregate(question) and bool(_PER_UNIT_COLUMN.search(read))


def average_for_aggregate(question: str, answer: str, sources: list[str]) -> list[str]:
    """The answer's figures that sources hold only in a column of an average per unit ("Weighted-average grant-date
    fair value: $57.32") where an aggregate was asked ("the aggregate grant-date fair value of the units granted"):
    units times that average, not the average."""
    if not _asks_aggregate(question):
        return []
    said = _answer_figures(answer)
    columns: dict[str, list[str]] = {}
    for text in sources:
        # a heading set over the column may end the table's title ("… Restricted Stock Unit Activity —
        # Weighted-Average" over "Grant-Date Fair Value ($)")
        over = text.strip().splitlines()[0].rsplit(" — ", 1)[-1] if text.strip() else ""
        for raw, holding in _figures_held(said, _source_lines([text])):
            columns.setdefault(raw, []).extend(f"{over} {column}" for line in holding
                                               for column in _columns_holding(line, raw))
    return [raw for raw, held in columns.items() if held and all(_PER_UNIT_COLUMN.search(c) for c in held)]


_OPENING = re.compile(r"\b(?:beginning|opening|start(?:ing)?|prior|previous|preceding)\b", re.I)


def year_unread(question: str, read: str) -> bool:
    """A table cell read for the year a question asks whose row and column name only other years: "(December 1 –
    December 31, 2025, Total number of shares)" for "total stockholders' equity at December 31, 2023". The year
    after the one asked is allowed (a fiscal year's closing date may fall in the next calendar year)."""
    if _LATER_ASKED.search(question):
        return False
    before = (-1,) if _OPENING.search(question) else ()  # "at the beginning of 2025": December 31, 2024
    asked = {year + shift for year in years_in(question) for shift in (0, 1, *before)}
    named = {year for labels in _labels_read(read) for year in years_in(labels)}
    return bool(asked) and bool(named) and not named & asked


_DATE = re.compile(rf"\b({MONTH_NAME})\.?\s+\d{{1,2}},?\s+((?:19|20)\d\d)\b", re.I)


def date_unread(question: str, read: str) -> bool:
    """A balance asked at a date ("at June 30, 2025") and a cell read whose labels date it otherwise in that year
    ("Noncontrolling interests, December 31, 2025"): another day's balance."""
    asked = {(m.group(1)[:3].lower(), m.group(2)) for m in _DATE.finditer(question)}
    named = {(m.group(1)[:3].lower(), m.group(2)) for label in _labels_read(read) for m in _DATE.finditer(label)}
    return bool(asked) and bool(named) and not asked & named and bool({y for _, y in asked} & {y for _, y in named})


def _cell_spans(line: str, raw: str) -> set[int]:
    """The spans (months) the columns holding the figure name; empty where they name none ("2025")."""
    return {span for column in _columns_holding(line, raw) if (span := months_of(column)) is not None}


def _cell_years(line: str, raw: str) -> set[int]:
    """The years the columns holding the figure name ("2024: 211"); empty where they name none."""
    return {year for column in _columns_holding(line, raw) for year in years_in(column)}


def _prose_spans(clause: str, raw: str, sentences: list[str]) -> set[int]:
    """The span the sentence of a clause of prose names before the figure ("Year to date, comparable sales increased
    2.2%" is of the year to date); empty for a table row or where none is named."""
    if " | " in clause:
        return set()
    tail = clause.strip()[-60:]
    spans = set()
    for sentence in sentences:
        if tail in sentence and (at := sentence.find(raw, sentence.find(tail))) >= 0:
            spans.add(span_before(sentence, at))
    return spans - {None} if None not in spans else set()


# A line counting shares ("Weighted-average shares — basic", "(shares in thousands)"), not one pricing them
_SHARE_COUNT_LINE = re.compile(r"^(?!.*\b(?:per share|price|\$|£|€)).*\bshares\b", re.I | re.S)
_QUOTIENT_NAMED = re.compile(r"\bmargins?\b|\bpercent(?:age)?\b|\bratio\b|\brate\b|%", re.I)


# "Express as a percentage", "in percent": the figure asked is a percentage (a share of a whole is `ASKS_SHARE`)
_PERCENT_ASKED = re.compile(r"\b(?:express\w*|give|answer|state|report)\b[^.?]{0,40}\bpercent(?:age)?\b(?! points?)"
                            r"|\b(?:as|in) (?:a )?percent(?:age)?\b(?! (?:of|points?)\b)"
                            # an instruction of its own: "Percent, two decimals."
                            r"|(?:^|[.?!]\s+)percent(?:age)?\b(?=\s*[,.;]|\s+(?:with|to|rounded)\b)"
                            # a tax rate is a percentage: "the effective income and mining tax rate"
                            r"|\beffective (?:[\w&-]+ ){0,4}?(?:tax )?rate\b|\btax rate\b", re.I)
# "net debt to annualized adjusted EBITDAre", "debt-to-equity": a quotient named by its two parts
_RATIO_NAMED = re.compile(r"\b(?P<a>(?:net |total |gross )?(?:debt|liabilities|loans|price|enterprise value))"
                          r"[\s-]+to[\s-]+(?:[\w-]+\s+){0,2}?(?:ebitda\w*|ebit|equity|capital\w*|assets|earnings|income|deposits|"
                          r"sales|revenues?|book)\b", re.I)
# "the Electric segment's O&M", "from the Gas segment": the part of the company the figure is of
# (an instruction opening a sentence names none: "Compute segment operating income over segment revenue")
_SEGMENT_NAMED = re.compile(r"\b(?!(?:Compute|Calculate|Use|Using|Divide|Take|Add|Subtract|Define)\s)"
                            r"(?P<name>(?:[A-Z][\w&-]*\s+){1,3})segment(?:'s|’s|s)?\b"
                            # an insurer's or a maker's line: "Carrowind's specialty property line", "the marine line
                            # of business" (not its "top line" or "credit line")
                            r"|['’]s\s+(?!(?:top|bottom|credit|base|trend|budget|front|finish)\s)"
                            r"(?P<line>(?:[a-z][\w&-]*\s+){1,3})line(?: of business)?\b(?!\s+items?\b)"
                            # not "treating SG&A as the opex line"
                            r"|\bthe\s+(?P<business>(?:[a-z][\w&-]*\s+){1,3})line of business\b")


def percent_unread(question: str, read: str) -> bool:
    """A percentage asked ("Express as a percentage") and the cells read state none: "5,812 (2025); 5,640 (Normal)"
    for how much colder than normal a year was."""
    return bool(_PERCENT_ASKED.search(question)) and "%" not in read and "percent" not in read.lower()


# "… net operating revenues in USD millions", "in $ thousands": an amount of money asked in a scale
_MONEY_SCALE_ASKED = re.compile(r"\b(?:usd|us\$|\$|dollars?|eur|gbp)\s*(?:millions|thousands|billions|mn|bn)\b"
                                r"|\bin (?:millions|thousands|billions) of (?:dollars|usd)\b", re.I)
_SHARE_WORDS = re.compile(r"%|\bpercent|\bratio\b|\bmargin|\brate\b|\bshare of\b|\bgrowth\b|\bgrew\b|\bchange\b|"
                          r"\bproportion\b|\bmix\b|\byield\b|\breturn on\b", re.I)


def amount_read_as_percent(question: str, read: str) -> bool:
    """An amount of money asked in a scale and a percentage read: "100.0% (Net operating revenues)" from a table of
    shares of revenue for "net operating revenues in USD millions", "1.3% (System)" from a table of sales growth for
    "system-wide sales … in USD thousands"."""
    said = re.sub(r"\[\d+\]", " ", read)
    return bool(_MONEY_SCALE_ASKED.search(question)) and not _SHARE_WORDS.search(question) and "%" in said \
        and not re.search(r"[$€£]\s?\d|\b(?:thousand|million|billion)\b", said, re.I)


def ratio_part_unread(question: str, read: str) -> bool:
    """A quotient asked by its parts' names ("net debt to annualized adjusted EBITDAre") and the line read names
    not its first part: the denominator's own row."""
    match = _RATIO_NAMED.search(question)
    if not match:
        return False
    head = match["a"].split()[-1].lower()[:_TOPIC_STEM]
    return head not in {w[:_TOPIC_STEM] for w in re.findall(r"[a-z]{3,}", read.lower())}


def segment_unread(question: str, read: str) -> bool:
    """The question names a segment ("the Electric segment's O&M") and the cells read, with their rows, columns
    and table title, never name it: the consolidated line."""
    named = [(m["name"] or m["line"] or m["business"]).split()
             for m in _SEGMENT_NAMED.finditer(question.replace("’", "'"))]
    said = {w[:_TOPIC_STEM] for w in re.findall(r"[a-z]{3,}", read.lower())}
    return any(not {w.lower()[:_TOPIC_STEM] for w in name if w.lower() not in {"the"}} & said for name in named)


# A figure on another basis than the reported one: growth "in constant currency" or "organic" is not the growth of
# the reported amounts, however the rows are named otherwise.
_BASIS = re.compile(r"\b(?:constant[- ]currency|currency[- ]neutral|fx[- ]neutral|organic|comparable|same[- ]store"
                    r"|like[- ]for[- ]like|pro[- ]forma|adjusted|non[- ]gaap)\b", re.I)
_SAME_BASIS = {"non gaap": "adjusted"}  # "adjusted (non-GAAP) operating margin" is one basis, named either way


def tells_bases_apart(columns: list[str]) -> bool:
    """A table whose columns give figures on several bases ("Reported change", "Constant currency change"): the basis
    its title names is one column's, not every row's."""
    return any(_BASIS.search(column) or re.search(r"\breported\b", column, re.I) for column in columns)


def rows_tell_bases_apart(labels: list[str]) -> bool:
    """A table that prints a line both plain and on a basis ('EBITDA' and 'Adjusted EBITDA'): its title's basis is
    that row's, not every row's ('Comparable rooms revenue' alone is no such pair)."""
    plain = {re.sub(r"\s+", " ", label).strip().lower() for label in labels if not _BASIS.search(label)}
    return any(re.sub(r"\s+", " ", _BASIS.sub(" ", label)).strip().lower() in plain
               for label in labels if _BASIS.search(label))


def basis_unread(question: str, read: str) -> bool:
    """The question asks for a figure on a basis ("constant-currency sales growth") that the cells read, with their
    rows, columns and table title, never name: the reported figures, or finbot's arithmetic over them."""
    said = {_basis(m) for m in _BASIS.findall(read)}
    return any(_basis(m) not in said for m in _BASIS.findall(question))


_GAAP = re.compile(r"(?<![-\w])(?<!non )gaap\b", re.I)  # "Operating margin (GAAP)": the reported figure


def reported_for_adjusted(question: str, cells: str) -> bool:
    """An adjusted (non-GAAP) figure asked and a cell whose row or column calls itself GAAP: a reconciliation table
    gives both, and the reported line is not the adjusted one."""
    return any(_basis(m) == "adjusted" for m in _BASIS.findall(question)) and bool(_GAAP.search(cells))


def _basis(named: str) -> str:
    named = named.lower().replace("-", " ")
    return _SAME_BASIS.get(named, named)


# What is still available to draw or spend ("available for borrowing", "undrawn", "remaining capacity"): not the
# amount drawn, which a debt table's row gives.
_ASKS_AVAILABLE = re.compile(r"\bavailable (?:for|to|under)\b|\bavailability\b|\bundrawn\b|\bunused\b|\bunutili[sz]ed\b"
                             r"|\bremaining (?:capacity|availability|authori[sz]ation|borrowing)\b|\bheadroom\b", re.I)
_NAMES_AVAILABLE = re.compile(r"\bavailab\w*|\bundrawn\b|\bunused\b|\bunutili[sz]ed\b|\bremaining\b|\bcapacity\b"
                              r"|\bheadroom\b", re.I)


def capacity_unread(question: str, read: str) -> bool:
    """The question asks what is still available under a facility or an authorisation and the cell read says
    nothing of availability: the balance drawn ("— (Revolving credit facility, due 2029)")."""
    return bool(_ASKS_AVAILABLE.search(question)) and not _NAMES_AVAILABLE.search(read)


# "Using passenger revenue from the statement of operations and passengers enplaned from the operating statistics,
# what was …", "… computed from A and B": the figures the question says to work from.
_INGREDIENTS = re.compile(r"^\s*using\s+(?P<a>[^?]{3,160}?)\s+and\s+(?P<b>[^?]{3,160}?),\s*"
                          rf"{ASK_AFTER_INGREDIENTS}|\b(?:computed|calculated|derived|worked out)\s+(?:from|using)\s+"
                          r"(?P<c>[^?]{3,160}?)\s+and\s+(?P<d>[^?.;]{3,160})", re.I)
# where an ingredient is to be found, not what it is: "from the statement of operations", "in the operating statistics"
_WHERE = re.compile(r"\s+(?:from|in|on|reported|as reported|shown|per|according to)\s+(?:the\s+|its\s+)?.*$", re.I)


def ingredients_unread(question: str, read: str) -> bool:
    """The question names the figures to work from and the cells read, or finbot's arithmetic over them, leave one
    out: each ingredient's own words (those the other does not share) must be read somewhere. Two readings of
    "Passenger" do not use "passengers enplaned"; "Passenger revenue per ASM" uses no "RPMs"."""
    match = _INGREDIENTS.search(question.replace("’", "'"))
    if not match:
        return False
    first, second = (match["a"], match["b"]) if match["a"] else (match["c"], match["d"])
    if all(_span_read(part, read) for part in (first, second)):
        return False  # "Using the quarter and year-to-date columns": spans, read as the columns of those spans
    own = [_words(_WHERE.sub("", part)) for part in (first, second)]
    said = _words(read)
    return any((words - other) and not (words - other) & said for words, other in ((own[0], own[1]),
                                                                                   (own[1], own[0])))


def _span_read(ingredient: str, read: str) -> bool:
    """The ingredient is a span's column ("the quarter", "year-to-date") and a cell of that span was read."""
    span = months_of(ingredient)
    if span is None or re.sub(r"\b(?:the|columns?|figures?|amounts?)\b", " ", _span_words(ingredient)).strip():
        return False
    spans = {months_of(part) for part in re.split(r"(?<=\d{4})\s+", read)}
    return span in spans or span == YEAR_TO_DATE and any(s and s > 3 for s in spans)


def _span_words(text: str) -> str:
    """The text without the words that name a span ('quarter', 'year-to-date', 'six months')."""
    return re.sub(r"\b(?:year[- ]to[- ]date|ytd|quarter(?:ly)?|(?:three|six|nine|twelve|\d+)[- ]months?|"
                  r"(?:first|second|third|fourth)|half|and)\b", " ", text, flags=re.I)
