"""Does the retrieved text mention what the question is specifically about?

Cosine similarity says a passage is on the topic; it cannot tell "revenue in 2024"
from "revenue in 2019", or one company from another. A question that names a year or
a proper noun that none of the retrieved passages mention is asking about something
the documents do not cover, however similar the passages look; so is one that names an
entity no passage mentions together with the year asked about ("Apple's revenue in 2024"
against passages on Apple Pay and on another company's 2024).

Questions are read as analysts write them: fiscal years are years ("FY2018", "FY18",
"fiscal 2018"), standard abbreviations stand for their spelled-out forms ("PP&E", "COGS"),
and instructions about the answer's form ("Answer in units of percents and round to one
decimal place") are not part of what is asked.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from difflib import get_close_matches

from index.documents import Passage
from index.text.numbers import YEAR_EXPRESSION, YEAR_WORD, years_in
from index.text.tokens import CALCULATION_WORDS, STOPWORDS

# A capitalised word that does not open the question: a name (Apple, Bitcoin, Norcastle, SEPA).
_NAME = re.compile(r"(?<=[\w,;:'\"(] )([A-Z][A-Za-z0-9&.-]{2,})")
_WORD = re.compile(r"[a-z0-9]+")


_SELF_INTRODUCTION = re.compile(r"\b(?:I'm|I am|my name is|this is)\s+[A-Z]\w+", re.IGNORECASE)


# Filings capitalise their defined terms ("the Company's common stock"); those name no one.
_DEFINED_TERMS = frozenset("company group corporation board bank fund trust partnership".split())
# A month dates a period ("the six months ended June 30"); the year is what is checked. A quarterly report
# implies a half-year it never dates.
_MONTHS = frozenset("january february march april may june july august september october november december".split())


# A sum that looks like a year: "borrow 2000", "I owe about 2000", "2000 quid".
_SUM_LIKE_YEAR = re.compile(
    r"\b(?:borrow\w*|owe[sd]?|owing|lend\w*|pay|paid|send|sent|transfer\w*|sav(?:e|ed|ing)|deposit\w*|withdr\w*"
    r"|about|around|roughly|approx\w*)\s+(?:of\s+|back\s+)?((?:19|20)\d{2})\b"
    r"|\b((?:19|20)\d{2})\s*(?:quid|pounds?|euros?|dollars?)\b",
    re.IGNORECASE,
)


def key_terms(question: str) -> list[str]:
    question = as_asked(question)
    names = [re.sub(r"'s$|s'$", "", n).rstrip(".").lower() for n in _NAME.findall(question)]
    years = YEAR_WORD.findall(_SUM_LIKE_YEAR.sub(" ", question))
    # a capitalised comparison ("Which region had the Highest EBITDAR?") names no one
    named = [n for n in names if n not in _DEFINED_TERMS | _MONTHS and n not in _FUNCTION_WORDS]
    return list(dict.fromkeys(years + named))


# An abbreviation as typed ("EBITDA", "RPO", "CET1"): what the question is about, though `as_asked` spells it out
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9&]{2,}\b")


_NOT_TOPICS = frozenset("usd gbp eur".split())  # "in USD millions" says how to answer, not what about


def acronyms(question: str) -> list[str]:
    """The abbreviations the question types in capitals, lower-cased; periods ("FY2025", "FY25") and currencies
    are not."""
    return list(dict.fromkeys(a.lower() for a in _ACRONYM.findall(question)
                              if not years_in(a) and a.lower() not in _NOT_TOPICS))


def spelled_forms(abbreviation: str) -> tuple[str, ...]:
    """How filings spell out a known abbreviation ('sg&a': 'selling, general and administrative'); () for others."""
    forms = _ABBREVIATIONS.get(abbreviation.lower(), ())
    return (forms,) if isinstance(forms, str) else forms


def missing_key_terms(question: str, passages: Sequence[Passage], subject: str = "") -> list[str]:
    """Years and names in the question that no passage contains (as a word or word prefix); when
    each is somewhere, the names that no passage mentions together with a year the question names.

    `subject` is what a question scoped to one document is about anyway (the filing's cover: "Bramblecroft
    Outfitters, Inc."): a name it mentions is never missing, though the cash flow statement's page does not repeat
    the company's name."""
    texts = [_words(p.chunk.text) for p in passages]
    own = _words(subject) if subject else set()
    terms = [t for t in key_terms(question) if YEAR_WORD.fullmatch(t) or not _mentioned(t, own)]
    missing = [t for t in terms if not _mentioned(t, set().union(*texts))
               and not _abbreviates(t, question, [p.chunk.text for p in passages])]
    if missing:
        return missing
    years = [t for t in terms if YEAR_WORD.fullmatch(t)]
    names = [t for t in terms if t not in years]
    if not years:
        return []

    def with_a_year(name: str, words: set[str], text: str) -> bool:
        named = _mentioned(name, words) or _abbreviates(name, question, [text])
        return named and any(_mentioned(y, words) for y in years)

    alone = [n for n in names
             if not any(with_a_year(n, w, p.chunk.text) for w, p in zip(texts, passages, strict=True))]
    return [f"{n} in {' or '.join(years)}" for n in alone]


def _abbreviates(term: str, question: str, texts: Sequence[str]) -> bool:
    """The question's "JnJ", "AmEx" or "P&G" stands for a name a passage spells out ("Johnson & Johnson",
    "American Express", "Procter & Gamble"): its capitals are the initials of consecutive capitalised words."""
    typed = re.search(rf"\b{re.escape(term)}", question, re.IGNORECASE)
    capitals = re.sub(r"[^A-Z]", "", typed.group()) if typed else ""
    if len(capitals) < 2 or len(capitals) > 5:
        return False
    words = r"\s*(?:&|and)?\s*".join(rf"{c}[a-z]+" for c in capitals)
    if any(re.search(rf"\b{words}\b", text) for text in texts):
        return True
    # a longer one a filing prints in lower case ("LOE": "Lease operating expense")
    return len(capitals) >= 3 and any(re.search(rf"\b{words}\b", text, re.IGNORECASE) for text in texts)


def mentions(passage: Passage, term: str) -> bool:
    return _mentioned(term, _words(passage.chunk.text))


def _words(text: str) -> set[str]:
    """A passage's words, with the years it names however it writes them ('FY19' names 2019)."""
    return set(_WORD.findall(text.lower())) | {str(year) for year in years_in(text)}


def _mentioned(term: str, words: set[str]) -> bool:
    """'work-in-process' is mentioned when each of its parts is, as a word or a word's start."""
    return all(any(w.startswith(part) for w in words) for part in _WORD.findall(term))


# Words of a question that say nothing about its topic; everything else should be findable. The stop
# words are never in the vocabulary (the tokenizer drops them); comparisons, scale words and words
# about the layout ("the years in the table") name no topic either.
_FUNCTION_WORDS = STOPWORDS | frozenset(
    """about after again also before being below between both could does doing during each every
    from give have having here into just know like many more most much need only other over same
    should some such tell than that their them then there these they this those through under
    until very want what when where which while whom whose will with would your yours
    respectively altogether together overall approximately roughly exactly
    higher lower larger smaller greater bigger highest lowest largest smallest greatest biggest fewer least
    table tables listed shown presented included chronological fy fys footnote footnotes
    imply implies implied implying estimate estimated estimating using
    thousand thousands million millions billion billions
    versus compared against answer answers express expressed round rounded decimal decimals nearest""".split()
) | CALCULATION_WORDS
# Everyday words of a message that name no topic either: when things happen, indefinite pronouns, common
# verbs ('what share of revenue came from fees'), and contractions typed without the apostrophe ("whats",
# "dont"). A fee schedule never says "tomorrow" or "anything", and a question using them is not off its topic.
_EVERYDAY_WORDS = frozenset(
    """today tonight tomorrow yesterday morning afternoon evening night nights weekend weekends
    weekday weekdays week weeks month months year years hour hours minute minutes moment soon later
    already still ever never always usually sometimes anymore
    anything something everything nothing anyone someone everyone anybody somebody everybody another
    going getting doing making taking giving trying thinking wondering planning hoping looking
    came come comes went goes gone made makes took takes gave given became become becomes seen said says
    whats thats theres heres hows whos wheres dont doesnt didnt cant couldnt wont wouldnt isnt arent
    wasnt werent havent hasnt shouldnt youre youve theyre ive
    asap urgent urgently quick quickly actually really basically literally please thanks mine yours""".split()
)
_MIN_TERM_CHARS = 4


def unknown_terms(question: str, vocabulary: Collection[str]) -> list[str]:
    """Topic words of the question that no document uses, allowing for typos and inflection.

    A question about a mortgage or an auditor, put to documents that never use the word, is not
    covered however close its nearest passages score; a paraphrase the documents do use passes.
    """
    asked, typed = _as_asked(question, vocabulary)
    found = []
    for match in re.finditer(r"[a-z0-9]+(?:['’][a-z]+)?", asked, re.IGNORECASE):
        word = match.group().lower()
        if "'" in word or "’" in word or not _unknown(word, vocabulary):  # not "hasn't"
            continue
        # a word of a spelled-out abbreviation is reported as the user wrote it ('EBITDA')
        found.append(_as_typed(match.start(), typed) or word)
    return list(dict.fromkeys(found))


def _unknown(word: str, vocabulary: Collection[str]) -> bool:
    if len(word) < _MIN_TERM_CHARS or word.isdigit() or word in _FUNCTION_WORDS or word in _EVERYDAY_WORDS \
            or word in vocabulary:
        return False
    same_initial = [v for v in vocabulary if v[:1] == word[:1]]
    if any(v.startswith(word[:5]) for v in same_initial):
        return False  # "audits" vs "audited", "charges" vs "charged"
    if get_close_matches(word, same_initial, n=1, cutoff=0.8):
        return False  # a typo: "montly" for "monthly"
    return True


def _as_typed(position: int, typed: Sequence[tuple[int, int, str]]) -> str | None:
    """The abbreviation the user typed, where `position` lies in its spelled-out form."""
    return next((abbreviation for start, end, abbreviation in typed if start <= position < end), None)


def unknown_subject(question: str, vocabulary: Collection[str]) -> list[str]:
    """The question's last word, when no document uses it.

    An English question usually ends on what it asks about ("Who is the company's external
    auditor?"); documents that never use that word cannot answer it. Only the last word is held
    to this: a modifier the documents word differently ("the maximum I would pay") is common.
    """
    asked, typed = _as_asked(question, vocabulary)
    words = list(re.finditer(r"[A-Za-z][A-Za-z'’-]*", asked))
    if not words or not (unknown := unknown_terms(words[-1].group(), vocabulary)):
        return []
    abbreviation = _as_typed(words[-1].start(), typed)
    return [abbreviation] if abbreviation else unknown


# Analysts' shorthand, as filings spell it out (alternatives: the first the documents use is read).
_ABBREVIATIONS: dict[str, str | tuple[str, ...]] = {
    "pp&e": "property, plant and equipment",
    "ppne": "property, plant and equipment",
    "cogs": ("cost of goods sold", "cost of sales", "cost of revenue"),
    "sg&a": "selling, general and administrative",
    "eps": "earnings per share",
    "ebitda": "earnings before interest, taxes, depreciation and amortization",
    "ebit": "earnings before interest and taxes",
    "d&a": "depreciation and amortization",
    "dd&a": ("depreciation, depletion and amortization", "depreciation, depletion, and amortization"),
    "g&a": "general and administrative",
    "md&a": "management's discussion and analysis",
    "9m": "nine months",  # "9M 2025 diluted EPS"; not "3M", a company
    "6m": "six months",
    "sbc": "stock-based compensation",
    "r&d": "research and development",
    "capex": "capital expenditures",
    "opex": "operating expenses",
    "yoy": "year over year",
    "ytd": "year-to-date",
    "fcf": "free cash flow",
    "roe": "return on equity",
    "roa": "return on assets",
    "roic": "return on invested capital",
    "dso": "days sales outstanding",
    "nim": "net interest margin",
    "nii": "net interest income",
    "acl": "allowance for credit losses",
    "aoci": "accumulated other comprehensive income",
    "bvps": "book value per share",
    "tbvps": "tangible book value per share",
    "m&a": "mergers and acquisitions",
    "a/r": "accounts receivable",
    "a/p": "accounts payable",
    "usd": "US dollars",
    "gbp": "pounds sterling",
    "eur": "euros",
}
_ABBREVIATION = re.compile(
    r"(?<![\w&/])(" + "|".join(re.escape(a) for a in sorted(_ABBREVIATIONS, key=len, reverse=True)) + r")(?![\w&/])",
    re.IGNORECASE,
)
# A sentence that tells how to give the answer, not what to find: "Round your answer to two decimal places."
_INSTRUCTION = re.compile(
    r"(?:^|(?<=[.?!]))\s*(?:please\s+)?"
    # "Express the YoY change in total net revenue as a percentage" names the figure: only "express it / the answer"
    r"(?:answer|round|respond|express (?:it|this|that|them|the (?:answer|result|figure|value)|your answer)"
    r"|(?:give|provide|state|show) (?:the|your) answer)\b"
    r"(?=[^.?!]*\b(?:units?|decimals?|round(?:ed)?|percents?|percentage|millions?|thousands?|billions?|nearest"
    r"|places?|digits?|format|usd|gbp|eur|dollars)\b)[^.?!]*[.?!]?",
    re.IGNORECASE,
)


# A sentence of nothing but the answer's form: "USD millions.", "Percent, two decimals.", "One decimal place."
_FORM_ONLY = re.compile(
    r"(?:^|(?<=[.?!]))\s*(?:(?:in|usd|us\$|\$|gbp|eur|dollars?|millions?|thousands?|billions?|percent(?:age)?|%|one|"
    r"two|three|four|decimals?|places?|rounded|round|to|the|nearest|a|as|whole|number|figures?)[\s,]*)+[.!]",
    re.IGNORECASE,
)


def without_instructions(question: str) -> str:
    """The question without instructions on the answer's form ("Round to one decimal place.", "USD millions.")."""
    return _FORM_ONLY.sub("", _INSTRUCTION.sub("", question)).strip()


def as_asked(question: str, vocabulary: Collection[str] = ()) -> str:
    """The question as what it asks about: no self-introduction (a customer's name is not a topic),
    no instructions on the answer's form, fiscal years as years, abbreviations spelled out."""
    return _as_asked(question, vocabulary)[0]


def _as_asked(question: str, vocabulary: Collection[str]) -> tuple[str, list[tuple[int, int, str]]]:
    """`as_asked`, and where in it each spelled-out abbreviation stands: (start, end, as typed).

    Only an FY or fiscal prefix makes a fiscal year in a question: a bare 'F35' is a name."""
    question = _INSTRUCTION.sub("", _SELF_INTRODUCTION.sub("", question))
    question = YEAR_EXPRESSION.sub(lambda m: str(years_in(m.group())[0]), question)
    return _abbreviations_spelled(question, vocabulary)


def abbreviations_spelled_out(text: str, vocabulary: Collection[str] = ()) -> str:
    """`text` with analysts' shorthand in the words filings print ('diluted EPS' -> 'diluted earnings per share'),
    except where the documents use the shorthand themselves."""
    return _abbreviations_spelled(text, vocabulary)[0]


# Periods in analysts' shorthand, as a 10-Q's columns name them: "YTD … Q3" is the nine months, "1H26" the six
_YEAR_TO_QUARTER = re.compile(r"\b(?:ytd|year[- ]to[- ]date)\b(?P<between>[^.?!]{0,40}?\b(?:q(?P<q>[1-3])|"
                              r"(?P<nth>first|second|third) (?:fiscal )?quarter)\b)", re.I)
_FIRST_HALF = re.compile(r"\b(?:1H|H1)\s?(?:fy)?'?(?P<year>\d{2}|\d{4})?\b", re.I)
# "9M26", "6M 2025", "9M FY26": the nine (six, three) months of that year, as a 10-Q's columns say
_MONTHS_OF_YEAR = re.compile(r"\b(?P<n>[369])M\s?(?:fy)?'?(?P<year>\d{2}|\d{4})\b", re.I)
_MONTHS_WORD = {"3": "three", "6": "six", "9": "nine"}
_QUARTER_MONTHS = {"1": "three", "2": "six", "3": "nine", "first": "three", "second": "six", "third": "nine"}


def periods_spelled(question: str, vocabulary: Collection[str] = ()) -> str:
    """Periods in analysts' shorthand in the words a 10-Q's columns use, where the documents do not use it."""
    if "ytd" not in vocabulary:
        question = _YEAR_TO_QUARTER.sub(
            lambda m: f"{_QUARTER_MONTHS[(m['q'] or m['nth']).lower()]} months{m['between']}", question)
    question = _MONTHS_OF_YEAR.sub(lambda m: f"{_MONTHS_WORD[m['n']]} months "
                                             f"{m['year'] if len(m['year']) == 4 else '20' + m['year']}", question)
    if not {"1h", "h1"} & set(vocabulary):
        question = _FIRST_HALF.sub(lambda m: "six months" + (
            f" {m['year'] if len(m['year']) == 4 else '20' + m['year']}" if m["year"] else ""), question)
    return question


def _abbreviations_spelled(question: str, vocabulary: Collection[str]) -> tuple[str, list[tuple[int, int, str]]]:
    question = periods_spelled(question, vocabulary)
    parts: list[str] = []
    typed: list[tuple[int, int, str]] = []
    end = 0
    for match in _ABBREVIATION.finditer(question):
        parts.append(question[end : match.start()])
        start = sum(map(len, parts))
        parts.append(_spelled_out(match.group(1), vocabulary))
        typed.append((start, start + len(parts[-1]), match.group(1)))
        end = match.end()
    parts.append(question[end:])
    return "".join(parts), typed


def _spelled_out(abbreviation: str, vocabulary: Collection[str]) -> str:
    if vocabulary and abbreviation.lower() in vocabulary:
        return abbreviation  # the documents use the abbreviation itself ('EBITDA')
    forms = _ABBREVIATIONS[abbreviation.lower()]
    forms = (forms,) if isinstance(forms, str) else forms
    used = (f for f in forms if all(w in vocabulary for w in _WORD.findall(f.lower()) if w not in STOPWORDS))
    return next(used, forms[0])
