"""Score answers on a question set: correct, complete, cited, and refused when uncovered.

An answer is *correct* when one of the expected strings appears in it (case-insensitive),
*complete* when it also keeps every condition the question lists (`conditions`: groups of alternatives, one of
each group must appear; a set without conditions is complete when correct), and *cited* when one of its citations
comes from the expected source file or quotes an expected string. An answered covered question that is not
correct and complete counts as *wrong*: an answer that drops a condition misleads as much as a wrong figure.
An uncovered question is handled well only when finbot refuses it.

The sample set (`tests/fixtures/`) runs over the bundled sample corpus; a named set (`sets/NAME/`: `documents/`
and `questions.jsonl`) runs over its own documents in an index of its own.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from assistant.answering.pipeline import Answer, Assistant, Turn


@dataclass
class QuestionResult:
    id: str
    covered: bool
    correct: bool
    cited: bool
    refused: bool
    seconds: float
    answer: str
    complete: bool = True
    first_words_seconds: float | None = None  # until the first streamed piece of the last turn
    path: str | None = None  # how it was answered (Answer.verification: quoted, table, verified, handoff, ...)
    confidence: float | None = None  # the answer's confidence (docs/confidence.md), to fit a bar on

    @property
    def good(self) -> bool:
        return (self.correct and self.complete and self.cited and not self.refused) if self.covered else self.refused

    @property
    def wrong(self) -> bool:
        """Answered, but not correct and complete (a covered question), or answered at all (an uncovered one)."""
        return not self.refused and not (self.covered and self.correct and self.complete)


@dataclass
class SampleReport:
    results: list[QuestionResult] = field(default_factory=list)

    def _share(self, rows: list[QuestionResult], test) -> float:
        return sum(1 for r in rows if test(r)) / len(rows) if rows else 0.0

    def summary(self) -> dict[str, float | int]:
        covered = [r for r in self.results if r.covered]
        uncovered = [r for r in self.results if not r.covered]
        first = [r.first_words_seconds for r in self.results if r.first_words_seconds is not None]
        return {
            "questions": len(self.results),
            "covered_correct_and_cited": round(self._share(covered, lambda r: r.good), 3),
            "covered_correct": round(self._share(covered, lambda r: r.correct), 3),
            "covered_complete": round(self._share(covered, lambda r: r.correct and r.complete), 3),
            "covered_wrong": round(self._share(covered, lambda r: r.wrong), 3),
            "covered_refused": round(self._share(covered, lambda r: r.refused), 3),
            "uncovered_refused": round(self._share(uncovered, lambda r: r.refused), 3),
            "median_seconds": _median([r.seconds for r in self.results]),
            "median_first_words_seconds": _median(first),
            # which path answered the covered questions, and how many of those answers were good: where to look
            "covered_by_path": {path: {"answered": len(rows), "good": sum(r.good for r in rows)}
                                for path, rows in sorted(_by_path(covered).items())},
        }


def _by_path(rows: list[QuestionResult]) -> dict[str, list[QuestionResult]]:
    paths: dict[str, list[QuestionResult]] = {}
    for row in rows:
        paths.setdefault("refused" if row.refused else row.path or "unknown", []).append(row)
    return paths


def _median(values: list[float]) -> float:
    values = sorted(values)
    return round(values[len(values) // 2], 2) if values else 0.0


def _says(text: str, phrase: str) -> bool:
    """`phrase` stands in `text` as words: '£50' is not found in '£50,000', 'no' not in 'notice'; a whole amount is
    found written with zero pence ('£12' in '£12.00')."""
    pattern = re.escape(phrase.lower())
    if phrase[:1].isalnum():
        pattern = r"(?<!\w)" + pattern
    if phrase[-1:].isdigit() and not re.search(r"[.,]\d+$", phrase):
        pattern += r"(?:\.0+)?"
    if phrase[-1:].isalnum():
        pattern += r"(?!\w|[,.]\d)"
    return re.search(pattern, text) is not None


def load_questions(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def score(question: dict, answer: Answer, seconds: float, first_words: float | None = None) -> QuestionResult:
    text = answer.answer.lower()
    expected = [e.lower() for e in question.get("expected", [])]
    correct = not answer.refused and any(_says(text, e) for e in expected)
    complete = all(any(_says(text, c) for c in group) for group in question.get("conditions", []))
    # The same fact can stand in several files (a report's table and its commentary): a citation
    # counts when it is the expected file or its passage itself contains an expected answer.
    sources = question.get("source")
    # a set's documents may sit in folders ("help/cards.html"); finbot names a document by its file name
    sources = {Path(s).name for s in (sources if isinstance(sources, list) else [sources]) if s}
    cited = any(c.source in sources or any(e in c.text.lower() for e in expected) for c in answer.citations)
    return QuestionResult(
        question["id"], bool(question["covered"]), correct, cited, answer.refused, seconds, answer.answer,
        complete, first_words, answer.verification, answer.confidence,
    )


def run(assistant: Assistant, questions: Iterable[dict], progress=None) -> SampleReport:
    report = SampleReport()
    for question in questions:
        # A follow-up conversation ({"turns": [...]}) is scored on its last turn.
        turns = question.get("turns") or [question["question"]]
        history: list[Turn] = []
        started = time.perf_counter()
        for turn in turns:
            first_words, turn_started = None, time.perf_counter()
            for event in assistant.stream(turn, history):
                if isinstance(event, Answer):
                    answer = event
                elif first_words is None and event.strip():
                    first_words = time.perf_counter() - turn_started
            history.append(Turn(turn, answer.answer))
        question = {"covered": True, **question}
        report.results.append(score(question, answer, time.perf_counter() - started, first_words))
        if progress:
            progress(report.results[-1])
    return report


SETS = Path(__file__).resolve().parent / "sets"


def question_set(name: str) -> tuple[list[Path], Path]:
    """The documents and the questions file of the evaluation set `name` (a folder under `sets/`)."""
    folder = SETS / name
    if not (folder / "questions.jsonl").is_file():
        known = sorted(p.name for p in SETS.iterdir() if (p / "questions.jsonl").is_file())
        raise ValueError(f"No evaluation set called {name!r}; known sets: {', '.join(known)}.")
    documents = sorted(p for p in (folder / "documents").rglob("*") if p.is_file())
    return documents, folder / "questions.jsonl"
