"""`finbot eval filings`: analyst questions on whole filings, each asked scoped to its own PDF.

The question set is FinanceBench's open-source sample as kept in ../shared/data/financebench-dev
(Islam et al. 2023, CC BY-NC 4.0): `questions.jsonl` rows name their filing (`doc_name`, a PDF in
`pdfs/`), the reference answer and the evidence pages (0-based page indexes of the PDF).

Scores:
- numeric questions (the reference answer states a figure other than a year or a length of time): right
  when finbot's answer states one of the reference's figures, leniently (equal at the coarser of the two
  precisions — 8.0% for 7.99%, $1.6 billion for $1,577 million — in any of thousands / millions / billions, or
  as a fraction of a percentage); wrong when it answers without any; refused. References
  often give the ratio, its parts and the change ('improved by ~13% from 143% to 156%'), so any one of
  them counts, but not the figures of a bracketed working ('4.19x (current assets $4,582 million / …)': an
  answer giving only 4,582 is wrong); `right_first` is the stricter count where it must be the reference's
  first figure.
- every question: whether an evidence page is among the pages of the top-5 passages retrieved within
  the filing (retrieval as the answer path runs it, before any answering).
Non-numeric questions are counted answered or refused only: their prose answers need a reader.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

from index.text.numbers import YEAR

_FIGURE = re.compile(r"(?<![\w.])[-−]?\$?\(?\d[\d,]*(?:\.\d+)?\)?\s*%?")
_SCALES = (1.0, 1e3, 1e6, 1e9, 1e-3, 1e-6, 1e-9, 100.0, 0.01)  # units apart, or a percent as a fraction
_UNITS_APART = (1e3, 1e6, 1e9, 1e-3, 1e-6, 1e-9)
TOP_K = 5


@dataclass
class FilingResult:
    id: str
    doc_name: str
    question: str
    reference: str
    numeric: bool
    outcome: str  # right | wrong | refused | answered (a non-numeric question answered) | not asked
    right_first: bool  # answered with the reference's first figure
    evidence_pages: list[int]
    retrieved_pages: list[int]  # 0-based, like the evidence pages, of the top-5 passages
    evidence_hit: bool
    answer: str
    citations: list[str]
    verification: str
    seconds: float
    confidence: float = 0.0  # the answer's confidence, for choosing a bar on seen sets


# a month's name before a day ("June 28"), as a word of its own: "margin 17.5%" and "declined 5%" are figures
_MONTH = re.compile(r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
                    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*$", re.I)
_LIST_MARK = re.compile(r"(?:^|\n)\s*[-•*]?\s*$")
# 'the 12 months ended January 28, 2023' names a period, not a figure of the answer
_DURATION = re.compile(r"^[\s-]*(?:days?|weeks?|months?|quarters?|years?)\b", re.I)


def figures(text: str, durations: bool = False) -> list[float]:
    """The figures a text states, years, days of months and list numbers left out: '$1,577 million' -> [1577.0],
    '(3.2)%' -> [-3.2]; spans of time ('within 30 days') too, unless `durations` (an answer that is one: '40.5 days'
    of sales outstanding)."""
    found = []
    text = re.sub(r"\[\d+\]", " ", text)  # citation markers are not figures
    for match in _FIGURE.finditer(text):
        raw = match.group().strip()
        before, after = text[: match.start()], text[match.end():]
        listed = _LIST_MARK.search(before) and after[:1] in {".", ")"} and not re.search(r"[%$]", raw)
        day = re.fullmatch(r"\d{1,2},?", raw) is not None  # a day of the month is a whole number, never "17.5%"
        if day and _MONTH.search(before) or listed or (_DURATION.match(after) and not durations):
            continue
        digits = re.sub(r"[^\d.]", "", raw)
        # '2,012' (a figure grouped in thousands) or '$2012' is no year
        if not digits or digits == "." or (YEAR.fullmatch(digits) and not raw.startswith("$")
                                           and not re.search(r"\d,\d", raw)):
            continue
        try:
            value = float(digits.rstrip("."))
        except ValueError:
            continue
        negative = raw.startswith(("-", "−")) or (raw.startswith(("(", "$(")) and ")" in raw)
        found.append(-value if negative else value)
    return found


# "4.19x (current assets $4,582 million / current liabilities $1,094 million)": a bracket with words and figures in a
# reference shows the working; an answer stating only an operand has not answered ("(3.2)%" is a negative figure)
_WORKING = re.compile(r"\((?=[^()]*[A-Za-z])(?=[^()]*\d)[^()]*\)")


def answer_figures(reference: str) -> list[float]:
    """The figures a reference gives as its answer: all it states but those of its bracketed working, unless the
    working holds all of them."""
    if _duration_answer(reference):
        return figures(reference, durations=True)
    return figures(_WORKING.sub(" ", reference)) or figures(reference)


# A reference that is a span of time and nothing else ("40.5 days" of sales outstanding), not prose with one in it
_DURATION_ANSWER = re.compile(
    r"\s*(about |approximately |~)?[\d,]+(\.\d+)? (days?|weeks?|months?|quarters?|years?)\.?\s*", re.I)


def _duration_answer(reference: str) -> bool:
    return bool(_DURATION_ANSWER.fullmatch(reference))


def matches(reference: float, stated: list[float]) -> bool:
    """A stated figure equals the reference within the tolerance, or rounds to it at the reference's precision
    (0.84 for 'a decline of 0.8%', 35.6 for '36%': references round), in some scale; signs are compared loosely
    (a 'decline of 3.2%' is written without its minus)."""
    for value in stated:
        if _rounds_to(abs(value), abs(reference)):
            return True
        for scale in _SCALES:
            smaller = min(abs(value), abs(reference))
            if scale in _UNITS_APART and smaller < 1:
                continue  # units apart is for amounts: a ratio of 0.69 is not 689 thousandths
            if scale in (100.0, 0.01) and smaller >= 1:
                continue  # a fraction as a percentage (0.54 and 54%), not 3.4% and 342
            a, b = abs(value * scale), abs(reference)
            if b == 0:
                if a == 0:
                    return True
                continue
            # the figures agree at the coarser one's precision ('$1.6 billion' for 1,577 million, 8.0% for 7.99%),
            # not within a tolerance: '$202 million' is not 204,900 thousand, $35.70 is not $36.22
            coarser = max(_precision(value) * scale, _precision(reference))
            if abs(a - b) <= coarser / 2 + 1e-9 * b:
                return True
    return False


def _precision(figure: float) -> float:
    """The place of a figure's last written digit: 0.1 for 1.6, 1 for 204900."""
    written = f"{abs(figure):.10g}"
    if "e" in written:
        return 1.0
    return 10.0 ** -(len(written.split(".")[1]) if "." in written else 0)


def _rounds_to(value: float, reference: float) -> bool:
    """`value` rounded as `reference` is written, to its decimals or to a whole number."""
    written = f"{reference:g}"
    if "e" in written:
        return False
    decimals = len(written.split(".")[1]) if "." in written else 0
    return abs(value - reference) <= 0.5 * 10**-decimals + 1e-9


def set_folder(args: argparse.Namespace) -> Path:
    """The folder holding `questions.jsonl` and `pdfs/`: `--set`, else the dev set under `--data-dir`."""
    folder = args.set if getattr(args, "set", None) else args.data_dir / "financebench-dev"
    if not (folder / "questions.jsonl").is_file():
        raise SystemExit(f"finbot eval filings: no questions.jsonl in {folder}")
    return folder


def load_questions(folder: Path) -> list[dict]:
    with open(folder / "questions.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def is_numeric(question: dict) -> bool:
    return bool(answer_figures(question["answer"]))


def evidence_pages(question: dict) -> list[int]:
    """0-based evidence pages: this project's `evidence_pages`, or FinanceBench's own `evidence` records
    (`evidence_page_num`)."""
    if question.get("evidence_pages"):
        return [int(page) for page in question["evidence_pages"]]
    return sorted({int(e["evidence_page_num"]) for e in question.get("evidence") or []
                   if isinstance(e, dict) and e.get("evidence_page_num") is not None})


def score(question: dict, answer, retrieved_pages: list[int], seconds: float) -> FilingResult:
    """The result of one question; `answer` None for a question retrieved for but not asked."""
    reference = question["answer"]
    key = answer_figures(reference)
    numeric = bool(key)
    # "40.5 days": a reference that is a span of time makes the answer's spans of time figures too
    stated = figures(answer.answer, durations=_duration_answer(reference)) if answer is not None else []
    if answer is None:
        outcome = "not asked"
    elif answer.refused:
        outcome = "refused"
    elif not numeric:
        outcome = "answered"
    else:
        outcome = "right" if any(matches(figure, stated) for figure in key) else "wrong"
    first = bool(answer and not answer.refused and numeric and matches(key[0], stated))
    evidence = evidence_pages(question)
    return FilingResult(
        question.get("financebench_id", ""), question["doc_name"], question["question"], reference, numeric,
        outcome, first, evidence, retrieved_pages, any(page in evidence for page in retrieved_pages),
        answer.answer if answer else "", [c.location for c in answer.citations] if answer else [],
        answer.verification if answer else "", round(seconds, 2), round(answer.confidence, 3) if answer else 0.0,
    )


def summary(results: list[FilingResult]) -> dict:
    numeric = [r for r in results if r.numeric and r.outcome != "not asked"]
    other = [r for r in results if not r.numeric and r.outcome != "not asked"]
    answered = [r for r in numeric if r.outcome in ("right", "wrong")]

    def share(rows: list[FilingResult], outcome: str) -> float:
        return round(sum(r.outcome == outcome for r in rows) / len(rows), 3) if rows else 0.0

    return {
        "questions": len(results),
        "numeric": len(numeric),
        "other_asked": len(other),
        "numeric_right": share(numeric, "right"),
        "numeric_right_first_figure": round(sum(r.right_first for r in numeric) / max(len(numeric), 1), 3),
        "numeric_wrong": share(numeric, "wrong"),
        "numeric_refused": share(numeric, "refused"),
        "other_answered": share(other, "answered"),
        "other_refused": share(other, "refused"),
        "evidence_page_top5": round(sum(r.evidence_hit for r in results) / len(results), 3) if results else 0.0,
        # which answering path gave the right and the wrong figures: where to look on a set one may not read
        "numeric_by_path": {
            path: dict(Counter(r.outcome for r in answered if r.verification == path))
            for path in sorted({r.verification for r in answered})
        },
    }


def run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from assistant.app import Finbot
    from assistant.settings import Settings

    folder = set_folder(args)
    questions = load_questions(folder)
    if args.docs:
        wanted = {name.strip() for name in args.docs.split(",")}
        questions = [q for q in questions if q["doc_name"] in wanted]
    if args.limit:
        questions = questions[: args.limit]
    finbot = Finbot(Settings(home=args.home) if args.home else Settings())
    pdfs = sorted({folder / "pdfs" / f"{q['doc_name']}.pdf" for q in questions})
    bar = tqdm(total=0, unit="page", file=sys.stderr, dynamic_ncols=True)

    def update(done: int, total: int, label: str) -> None:
        bar.total, bar.n = total, done
        bar.set_postfix_str(label[:40])
        bar.refresh()

    started = time.perf_counter()
    report = finbot.ingest(pdfs, update)
    bar.close()
    ingest = {"seconds": round(time.perf_counter() - started, 1), "per_document": report.rates(),
              "failed": report.failed}
    for line in report.rates():
        print(line, file=sys.stderr)
    if not args.retrieval_only:
        finbot.warm_up()
    results: list[FilingResult] = []
    for question in tqdm(questions, unit="q", file=sys.stderr):
        document = f"{question['doc_name']}.pdf"
        began = time.perf_counter()
        asked = not args.retrieval_only and (is_numeric(question) or not args.numeric_only)
        answer = finbot.assistant.answer(question["question"], document=document) if asked else None
        seconds = time.perf_counter() - began
        doc_ids = finbot.store.find_documents(document)
        passages = finbot.assistant.retriever.search(
            question["question"], finbot.embedder.embed(question["question"]), TOP_K, doc_ids
        )
        pages = [p.chunk.page - 1 for p in passages if p.chunk.page is not None]
        results.append(score(question, answer, pages, seconds))
        r = results[-1]
        print(f"{r.outcome:8s} ev{'+' if r.evidence_hit else '-'} {r.doc_name[:24]:24s} {r.answer[:90]!r}",
              file=sys.stderr)
        _save(args.out, finbot.settings.generator, ingest, results, len(questions))  # a stopped run keeps its rows
    print(json.dumps(summary(results)))
    return 0


def _save(out: Path | None, generator: str, ingest: dict, results: list[FilingResult], planned: int) -> None:
    if not out:
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    result = {"command": " ".join(sys.argv), "generator": generator, "ingest": ingest, "planned": planned,
              "summary": summary(results), "results": [asdict(r) for r in results]}
    out.write_text(json.dumps(result, indent=1))
