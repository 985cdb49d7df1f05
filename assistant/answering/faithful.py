"""Answers to policy and FAQ questions made of the source's own sentences.

A small model paraphrasing a policy drops the condition that matters ("£5.00" for "the first replacement in 12
months is free, then £5.00") and turns "you" into "I". Here the answer is selected, not written: the passage
sentence closest in meaning to the question, with what qualifies it (the conditions, exceptions and tiers that
follow it, the lead-in of a list and all of its items, in order), or a FAQ entry's whole answer when the
question is that entry's question. Every figure then sits next to the same words as in the source, because the
words are the source's. Where the passages answer the same question differently for different products or
customer types (a FAQ entry repeated under several plans), the answer gives each one, labelled, and asks which
applies, instead of picking one silently.

The generator stays the path for everything this does not settle: tables, arithmetic, and questions no
sentence answers closely enough (`select` returns None).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from assistant.answering.tiers import asked_amounts, tier_fit
from assistant.answering.verification import strip_markers
from assistant.retrieval.coverage import key_terms
from index.documents import Chunk, Passage
from index.sections import LIST_ITEM
from index.text.numbers import STANDALONE_FIGURE
from index.text.tokens import tokenize

Similarity = Callable[[list[str]], Sequence[float]]

# A sentence scoring at least this (MiniLM cosine to the question, plus the share of the question's rarer words
# it holds, plus its heading's cosine) answers it; below, the generator tries.
MIN_SCORE = 0.7
MIN_SIMILARITY = 0.6  # and the sentence alone must be this close in meaning
# ...and its section's heading this close: a sentence close in meaning under another topic ("Your debit card
# arrives by post within 5 working days" under opening an account, asked about a replacement card) is left to the
# generator, as is text with no heading to tell its topic.
MIN_HEADING = 0.4
# A FAQ entry whose question is this close to the customer's is answered with its whole answer.
SAME_QUESTION = 0.6
# A FAQ answer up to this long is quoted whole; a longer section gives its best sentences.
WHOLE_ANSWER_CHARS = 1000
# Passages whose best sentence is within this of the best one's answer the question too (another product's
# entry, the next step of the same procedure).
CLOSE = 0.12
MAX_SENTENCES = 4  # the best sentence and what qualifies it

# Sentences that qualify the one before them: conditions, exceptions, what happens next, tiers.
_QUALIFIER_START = re.compile(
    r"^(?:if|unless|but|however|after|afterwards|otherwise|except|only|from|when|where|once|until|provided|"
    r"this|these|that|it|they|each|any|there|you will not|you won't|you don't|we don't|we won't|"
    r"in that case|then|also|for (?:a|an|the|each|any|more|larger|smaller)|as soon as|while|before)\b",
    re.IGNORECASE,
)
_CONDITION_WORDS = re.compile(
    r"\b(?:unless|except|only if|provided|free|waived|minimum|maximum|at least|no later|within|up to|"
    r"not|never|per|each|first|second|after that|otherwise|but)\b",
    re.IGNORECASE,
)
# Questions whose answer is a figure: a sentence stating one is likelier to answer them.
_ASKS_FOR_A_FIGURE = re.compile(
    r"\b(?:how (?:much|many|long|soon|often)|fee|fees|cost|costs|charge|charges|rate|limit|number|amount|price|"
    r"minimum|maximum|when|what time)\b", re.IGNORECASE)
# Questions whose answer is a procedure: a lead-in with its list of steps is likelier to answer them.
_ASKS_FOR_STEPS = re.compile(
    r"\b(?:how (?:do|can|should) (?:i|we)|what (?:should|do|can) (?:i|we) do|how to|steps?|procedure)\b",
    re.IGNORECASE)
# A running footer or header left in a PDF page's text: "Larkfield Bank - Card help - page 1 of 3"
_PAGE_FURNITURE = re.compile(r"\bpage \d{1,4}(?: of \d{1,4})?\s*$", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?;])\s+(?=[A-Z(\"'£$€0-9])")
# a bulleted item; a numbered or lettered line is as often a clause or its heading ("4. ARRANGED OVERDRAFT"), whose
# next line goes on with it
_BULLET = re.compile(r"^\s*[-*•–]\s+")
SHORT_LINE = 0.75  # of the passage's longest line: a line this short ended where its writer ended it
_WRAPPED = re.compile(r"(?<=\S)\n(?!\s*(?:[-•*–]|\d{1,2}[.)]|\(?[a-z]\))\s)(?=\S)")


@dataclass
class Segment:
    """A sentence of a passage, or a list item with the lead-in it belongs to."""

    text: str
    passage: int  # 1-based number of its passage
    index: int  # position in its passage
    is_item: bool = False
    lead_in: int | None = None  # index of the sentence that leads into this item's list


@dataclass
class Selection:
    text: str  # the answer, with [n] markers naming retrieved passages
    first: str  # the best supporting sentence, to show first
    passages: list[int] = field(default_factory=list)
    alternatives: bool = False  # the answer gives several products' answers and asks which applies
    whole: bool = False  # the first passage's text is quoted whole (a FAQ entry or sub-section)
    # How closely it answers, for a fitted gate (answering/quote_gate.py): the scores the fixed bars below compare.
    evidence: dict[str, float] = field(default_factory=dict)


def _unwrapped(lines: list[str]) -> str:
    """The lines with a PDF's hard wraps rejoined. A bulleted item's line that ends a sentence, or stops well short
    of the passage's longest line, is not wrapped when a capital opens the next: that is the sentence after the list
    ("…0808 157 0655, 24 hours a day" / "If your phone was stolen…"), not the item's tail."""
    longest = max((len(line.strip()) for line in lines), default=0)
    joined = lines[:1]
    in_item = False  # the line is (the tail of) a list item
    for line, after in zip(lines, lines[1:], strict=False):
        in_item = bool(_BULLET.match(line)) or in_item
        ends = in_item and after.strip()[:1].isupper() and (
            line.rstrip()[-1:] in ".!?:;" or len(line.strip()) < SHORT_LINE * longest)
        joined.append(("\x01" if ends else "\n") + after)
        in_item = in_item and not ends and bool(_WRAPPED.search(line[-1:] + "\n" + after))
    return _WRAPPED.sub(" ", "".join(joined)).replace("\x01", "\n")


def segments(passage: Passage, number: int) -> list[Segment]:
    """The passage body as sentences and list items, in order; wrapped lines rejoined. A line repeating the
    passage's own heading ("2. Getting a replacement card" at the top of its section) is a title, not a sentence."""
    heading = " ".join((passage.chunk.section or "").split(" > ")[-1].split()).casefold()
    lines = [line for line in passage.chunk.body.splitlines()
             if not _PAGE_FURNITURE.search(line) and not (heading and " ".join(line.split()).casefold() == heading)]
    lines = [line for line, after in zip(lines, [*lines[1:], ""][: len(lines)], strict=True)
             if not _is_subheading(line, after)]
    body = _unwrapped(lines)
    out: list[Segment] = []
    lead_in: int | None = None
    for line in body.splitlines():
        line = " ".join(line.split())
        if not line:
            continue
        if LIST_ITEM.match(line):
            out.append(Segment(line, number, len(out), True, lead_in))
            continue
        lead_in = None
        for sentence in _SENTENCE.split(line):
            if sentence.strip():
                out.append(Segment(sentence.strip(), number, len(out)))
        if out and out[-1].text.endswith(":"):
            lead_in = out[-1].index
    return out


_SUBHEADING = re.compile(r"^[A-Z][A-Za-z'’ ]+$")


def _is_subheading(line: str, after: str) -> bool:
    """A short title line a PDF gives as text ("Report it lost or stolen" above "If you are sure…"): a few words, no
    punctuation or figures, and a new sentence after it. Joined to that sentence it would open the quote."""
    words = line.split()
    return (3 <= len(words) <= 7 and bool(_SUBHEADING.match(line.strip())) and after[:1].isupper()
            and not LIST_ITEM.match(after))


def _entry_question(passage: Passage) -> str:
    """The FAQ question a passage answers: the last part of its section path when it asks one."""
    last = (passage.chunk.section or "").split(" > ")[-1].strip()
    return last if last.endswith("?") else ""


def asks_a_figure(question: str) -> bool:
    """A customer's question whose answer is a figure: a fee, a rate, a limit, how much or how long."""
    return bool(_ASKS_FOR_A_FIGURE.search(question) or re.search(r"\b(?:interest|apr|aer|ear)\b", question, re.I))


def asked_entry(question_passages: Sequence[Passage], similarity: Similarity) -> Passage | None:
    """The FAQ entry among `question_passages` that asks the customer's question (its topic and question at least
    SAME_QUESTION close in meaning), or None."""
    entries = [p for p in question_passages if p.chunk.kind == "text" and _entry_question(p)]
    if not entries:
        return None
    scores = similarity([_heading(p) for p in entries])
    best = max(range(len(entries)), key=lambda i: scores[i])
    return entries[best] if scores[best] >= SAME_QUESTION else None


def with_siblings(passages: Sequence[Passage], chunks: Sequence[Chunk], lead: int = 2) -> list[Passage]:
    """`passages` and, after them, the other sub-sections of the sections the first `lead` text passages sit
    in, in document order: a procedure is often spread over sibling sub-sections ("Freeze your card", "Report it
    lost or stolen") of which retrieval finds one. `chunks` are the document's chunks in the order indexed."""
    seen = {(p.chunk.doc_id, p.chunk.text) for p in passages}
    out = list(passages)
    for passage in [p for p in passages if p.chunk.kind == "text"][:lead]:
        top = (passage.chunk.section or "").split(" > ")[0]
        if not top:
            continue
        for chunk in chunks:
            key = (chunk.doc_id, chunk.text)
            if (chunk.doc_id == passage.chunk.doc_id and chunk.kind == "text" and key not in seen
                    and (chunk.section or "").split(" > ")[0] == top):
                seen.add(key)
                out.append(Passage(chunk, passage.score))
    return out


def _is_entry(passage: Passage) -> bool:
    """A FAQ entry or a sub-section: one question or one topic under a heading, answered as a whole."""
    section = passage.chunk.section or ""
    if section.endswith("?") or " > " in section:
        return True
    # a PDF's sub-section: its title is a line of the text ("Report it lost or stolen"), not part of the path
    lines = [line.strip() for line in passage.chunk.body.splitlines() if line.strip()]
    return len(lines) > 1 and _is_subheading(lines[0], lines[1])


def _heading(passage: Passage) -> str:
    """The last two parts of a passage's section path: the topic and the entry it sits in."""
    return " > ".join((passage.chunk.section or "").split(" > ")[-2:])


def _term_weights(question: str, flat: Sequence[Segment]) -> dict[str, float]:
    """The question's words weighted by how few of the candidate sentences hold them: 'replacement' tells
    sentences apart where 'card' does not. Names and years scope the question (retrieval has matched them
    already) rather than say which sentence answers it, so they do not count."""
    scoping = {w for term in key_terms(question) for w in tokenize(term)}
    sentence_words = [set(tokenize(s.text)) for s in flat]
    terms = set(tokenize(question)) - scoping
    return {term: 1.0 / (1 + sum(term in words for words in sentence_words)) for term in terms}


def _as_read(seg: Segment, flat: Sequence[Segment]) -> str:
    """The text a segment is compared with the question by: a lead-in with its whole list ('To close it:'
    says little alone), anything else as written."""
    if not seg.text.endswith(":"):
        return seg.text
    items = [s.text for s in flat if s.passage == seg.passage and s.is_item and s.lead_in == seg.index]
    return " ".join([seg.text, *items])


def select(
    question: str, passages: Sequence[Passage], similarity: Similarity, sentences_too: bool = True,
    order: dict[tuple[str, str], int] | None = None, strict: bool = True,
) -> Selection | None:
    """The source sentences that answer `question` from the text passages among `passages`, or None when
    nothing comes close enough. A FAQ entry asking the customer's question always answers; with `sentences_too` False
    (a question about a company's results, which the generator reads better from running prose) nothing else
    does. With `strict` False the best sentences come back whatever their scores, with the scores in `evidence`,
    for a fitted gate to judge."""
    texts = [(n, p) for n, p in enumerate(passages, start=1) if p.chunk.kind == "text"]
    per_passage = {n: segments(p, n) for n, p in texts}
    flat = [s for n, _ in texts for s in per_passage[n]]
    entries = {n: _entry_question(p) for n, p in texts}
    # an entry is matched with its topic: "Opening an account > How long does it take?", not the bare question
    asked = [h for h in dict.fromkeys(_heading(p) for n, p in texts if entries[n]) if h]
    if not flat or not texts:
        return None
    headings = {n: _heading(p) for n, p in texts}
    asked_headings = [h for h in dict.fromkeys(headings.values()) if h]
    scores = list(similarity([_as_read(s, flat) for s in flat] + asked + asked_headings))
    sentence_scores = scores[: len(flat)]
    entry_scores = dict(zip(asked, scores[len(flat): len(flat) + len(asked)], strict=True))
    heading_scores = dict(zip(asked_headings, scores[len(flat) + len(asked):], strict=True))
    weight = _term_weights(question, flat)
    figures_wanted = bool(_ASKS_FOR_A_FIGURE.search(question))
    steps_wanted = bool(_ASKS_FOR_STEPS.search(question))
    amounts = asked_amounts(question)
    total = sum(weight.values()) or 1.0
    position = {id(s): i for i, s in enumerate(flat)}

    def score(i: int) -> float:
        """Meaning of the sentence, the question's rarer words it holds, and how well its heading matches."""
        seg = flat[i]
        words = set(tokenize(seg.text)) | set(tokenize(headings[seg.passage]))
        lexical = sum(w for term, w in weight.items() if term in words) / total
        context = heading_scores.get(headings[seg.passage], 0.0)
        figure = 0.1 if figures_wanted and STANDALONE_FIGURE.search(seg.text) else 0.0
        figure += 0.1 if steps_wanted and seg.text.endswith(":") else 0.0
        tier = {True: 0.2, False: -0.5, None: 0.0}[tier_fit(amounts, seg.text)]  # the sum's tier, not another
        return float(sentence_scores[i]) + 0.3 * lexical + 0.2 * float(context) + figure + tier

    ranked = sorted(range(len(flat)), key=score, reverse=True)
    best = flat[ranked[0]]
    best_entry = max(((entry_scores.get(headings[n], 0.0) if entries[n] else 0.0, n) for n, _ in texts),
                     default=(0.0, 0))
    heading_score = float(heading_scores.get(headings[best.passage], 0.0))
    passes = best_entry[0] >= SAME_QUESTION or (
        sentences_too and score(ranked[0]) >= MIN_SCORE and float(sentence_scores[ranked[0]]) >= MIN_SIMILARITY
        and heading_score >= MIN_HEADING)
    if strict and not passes:
        return None
    best_words = set(tokenize(best.text)) | set(tokenize(headings[best.passage]))
    evidence = {
        "score": round(score(ranked[0]), 4),
        "similarity": round(float(sentence_scores[ranked[0]]), 4),
        "heading": round(heading_score, 4),
        "entry": round(float(best_entry[0]), 4),
        "coverage": round(sum(w for term, w in weight.items() if term in best_words) / total, 4),
        "runner_up": round(score(ranked[0]) - score(ranked[1]), 4) if len(ranked) > 1 else 0.0,
        "asks_figure": float(figures_wanted),
        "gives_figure": float(bool(STANDALONE_FIGURE.search(best.text))),
        "asks_steps": float(steps_wanted),
        "fixed_bars": float(passes),
    }

    # The passage that answers: the FAQ entry asking the customer's question, else the best sentence's.
    chosen = best_entry[1] if best_entry[0] >= SAME_QUESTION else best.passage
    answers = [chosen]
    # Other passages that answer as closely: the same question under another product (say which is which),
    # or another part of the same procedure (lost card: freeze it, then report it).
    passage_best = {n: max((score(position[id(s)]) for s in per_passage[n]), default=0.0) for n, _ in texts}
    top = max(passage_best.values())
    alternatives = _alternatives(chosen, entries, entry_scores, passages, question)
    if alternatives:
        answers += alternatives
    else:
        for n, _ in texts:
            if n not in answers and passage_best[n] >= top - CLOSE and _same_section(passages[chosen - 1],
                                                                                       passages[n - 1]):
                answers.append(n)
    if order and not alternatives:  # parts of one document in its own order (step 1 before step 2)
        answers = answers[:3]
        answers.sort(key=lambda n: order.get((passages[n - 1].chunk.doc_id, passages[n - 1].chunk.text), 0))
    parts: list[str] = []
    first, first_whole = "", False
    for n in answers[:3]:
        segs = per_passage[n]
        whole = _is_entry(passages[n - 1]) and len(passages[n - 1].chunk.body) <= WHOLE_ANSWER_CHARS
        picked = list(range(len(segs))) if whole else _qualified(segs, max(segs, key=lambda s: score(position[id(s)])))
        text = _compose([segs[i] for i in picked])
        if not text:
            continue
        if not parts:
            first, first_whole = segs[picked[0]].text, whole
        label = _label(passages[n - 1], [passages[a - 1] for a in answers]) if alternatives else ""
        parts.append(f"{label}{text} [{n}]")
    if not parts:
        return None
    if alternatives:
        lead = "The answer depends on which one you mean:"
        text = lead + "\n\n" + "\n\n".join(parts) + "\n\nTell me which one is yours if you'd like only that answer."
        return Selection(text, lead, answers, alternatives=True, evidence=evidence)
    return Selection("\n\n".join(parts), first, answers, whole=first_whole, evidence=evidence)


def what_it_speaks_through(selection: Selection, passages: Sequence[Passage], customer: bool) -> str:
    """The text a quote is about, for the check that it shares a word with the question: its best sentence; for a
    customer, also its FAQ entry's question where that heading is about the question by this module's own bar (not
    "How long does it take to open an account?" for a replacement card's delivery), and then, for an entry quoted
    whole, all of it: its opening line is often a courtesy or a first step ("We're sorry for your loss." for a
    funeral paid from the account)."""
    if not (customer and selection.passages and selection.evidence.get("heading", 0.0) >= MIN_HEADING):
        return selection.first
    said = strip_markers(selection.text) if selection.whole else selection.first
    return f"{said} {passages[selection.passages[0] - 1].chunk.section or ''}"


def _qualified(segs: list[Segment], best: Segment) -> list[int]:
    """The best segment's index with what it needs: its list's lead-in and every item (steps in order), the
    sentence it refers back to, and the sentences after it that qualify it."""
    picked = {best.index}
    lead = best.lead_in if best.is_item else (best.index if best.text.endswith(":") else None)
    if lead is not None:
        picked.add(lead)
        picked.update(s.index for s in segs if s.is_item and s.lead_in == lead)
    if best.index > 0 and _QUALIFIER_START.match(best.text) and not best.is_item:
        picked.add(best.index - 1)  # "After that each costs £5" needs "The first one is free"
    last = max(picked)
    for s in segs[last + 1:]:
        if len(picked) >= MAX_SENTENCES + (len([x for x in segs if x.is_item]) if lead is not None else 0):
            break
        if s.is_item:
            break
        if _QUALIFIER_START.match(s.text) or (_CONDITION_WORDS.search(s.text) and len(s.text) < 200):
            picked.add(s.index)
        else:
            break
    return sorted(picked)


def _compose(picked: list[Segment]) -> str:
    """Sentences joined as prose, list items one a line with the source's own bullets or numbers, so steps
    stay numbered and in order."""
    lines: list[str] = []
    for seg in picked:
        if seg.is_item or not lines or LIST_ITEM.match(lines[-1]):
            lines.append(seg.text)
        else:
            lines[-1] += " " + seg.text
    return "\n".join(lines).strip()


def _same_section(a: Passage, b: Passage) -> bool:
    """Two passages of one document under the same top-level section (parts of one topic)."""
    if a.chunk.doc_id != b.chunk.doc_id or not a.chunk.section or not b.chunk.section:
        return False
    return a.chunk.section.split(" > ")[0] == b.chunk.section.split(" > ")[0]


def _alternatives(
    chosen: int, entries: dict[int, str], entry_scores: dict[str, float], passages: Sequence[Passage],
    asked: str = "",
) -> list[int]:
    """Passages holding the same FAQ question as the chosen one, under another section or document; none where
    the customer named the chosen one's product and not theirs ("the rewards card minimum limit")."""
    question = entries.get(chosen, "")
    if not question:
        return []
    mine = passages[chosen - 1].chunk
    same = []
    for n, other in entries.items():
        if n == chosen or not other:
            continue
        chunk = passages[n - 1].chunk
        if _same_words(question, other) and (chunk.section != mine.section or chunk.doc_id != mine.doc_id):
            if chunk.body.strip() != mine.body.strip():
                same.append(n)
    if same and _names_only_the_chosen(asked, [passages[n - 1] for n in [chosen, *same]]):
        return []
    return same


def _names_only_the_chosen(question: str, candidates: Sequence[Passage]) -> bool:
    """The question uses a word that sets the first candidate's section apart ("Rewards" of "Rewards Credit Card"
    beside "Low Rate Credit Card") and none that sets apart another's."""
    labels = [set(tokenize(" ".join((p.chunk.section or "").split(" > ")[:-1] + [p.chunk.title]))) for p in candidates]
    shared = set.intersection(*labels)
    words = set(tokenize(question))
    named = [bool((label - shared) & words) for label in labels]
    return named[0] and not any(named[1:])


def _same_words(a: str, b: str) -> bool:
    wa, wb = set(tokenize(a)), set(tokenize(b))
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.8


def _label(passage: Passage, siblings: Sequence[Passage]) -> str:
    """'For the Gold plan: ' — what tells this passage apart from the others answering the same question:
    the first part of its section path (or its document title) that the others do not share."""
    chunk = passage.chunk
    path = (chunk.section or "").split(" > ")[:-1]
    others = [set((s.chunk.section or "").split(" > ")[:-1]) | {s.chunk.title} for s in siblings if s is not passage]
    for part in [*reversed(path), chunk.title]:
        if part and all(part not in o for o in others):
            return f"**{part}**: "
    return f"**{chunk.source}**: "


# ---------------------------------------------------------------- conditions of an answer given another way

_MARKERS = re.compile(r"\[\d{1,2}(?:\s*,\s*\d{1,2})*\]")
# A table column that holds conditions rather than figures: "Conditions and exceptions", "Notes".
_CONDITIONS_COLUMN = re.compile(r"condition|exception|note|restriction|detail|comment|applies|eligib", re.IGNORECASE)
_CONDITION = re.compile(
    r"\b(?:unless|except|only|free|waived|minimum|maximum|first|then|after|if|up to|at least|not|no fee|always|"
    r"never|per|within)\b", re.IGNORECASE)


def kept_conditions(answer_text: str, cited: Sequence[Passage]) -> list[tuple[str, Passage]]:
    """What the cited source says around the answer's figures that the answer leaves out: the conditions cell of
    the table row a figure was read from, or the qualifying sentence after the sentence a figure stands in.

    A table cell or a generated sentence can state "£7.50" where the source says "first in 12 months free, then
    £7.50; always free if the card is faulty"; the answer keeps its figure and gains the condition."""
    plain = _MARKERS.sub(" ", answer_text)
    figures = {f for f in STANDALONE_FIGURE.findall(plain) if len(f) > 1}
    said = plain.casefold()
    found: list[tuple[str, Passage]] = []
    for passage in cited:
        table = passage.chunk.table
        if table is not None:
            # the rows holding the answer's figures; by name only when none does (tiers share a product's name)
            rows = [row for row in table.rows if any(f in value for _, value in row.cells for f in figures)] or [
                row for row in table.rows if row.label and row.label.casefold() in said]
            for row in rows:
                for column, value in row.cells:
                    if (_CONDITIONS_COLUMN.search(column) and value.casefold() not in said
                            and (value, passage) not in found):
                        found.append((f"{column}: {value}", passage))
            continue
        segs = segments(passage, 0)
        for i, seg in enumerate(segs):
            if not any(f in seg.text for f in figures):
                continue
            for extra in [seg, *segs[i + 1:i + 2]]:
                if extra is not seg and not _QUALIFIER_START.match(extra.text):
                    break
                if (_CONDITION.search(extra.text) and extra.text.casefold() not in said
                        and all(extra.text != text for text, _ in found)):
                    found.append((extra.text, passage))
    return found[:3]
