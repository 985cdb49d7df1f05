"""Score answers on the sample-corpus question set: correct, cited, and refused when uncovered.

An answer is *correct* when one of the expected strings appears in it (case-insensitive),
*cited* when one of its citations comes from the expected source file or quotes an expected string. An uncovered
question is handled well only when finbot refuses it.
"""

from __future__ import annotations

import json
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

    @property
    def good(self) -> bool:
        return (self.correct and self.cited and not self.refused) if self.covered else self.refused


@dataclass
class SampleReport:
    results: list[QuestionResult] = field(default_factory=list)

    def _share(self, rows: list[QuestionResult], test) -> float:
        return sum(1 for r in rows if test(r)) / len(rows) if rows else 0.0

    def summary(self) -> dict[str, float | int]:
        covered = [r for r in self.results if r.covered]
        uncovered = [r for r in self.results if not r.covered]
        seconds = sorted(r.seconds for r in self.results)
        return {
            "questions": len(self.results),
            "covered_correct_and_cited": round(self._share(covered, lambda r: r.good), 3),
            "covered_correct": round(self._share(covered, lambda r: r.correct), 3),
            "covered_refused": round(self._share(covered, lambda r: r.refused), 3),
            "uncovered_refused": round(self._share(uncovered, lambda r: r.refused), 3),
            "median_seconds": round(seconds[len(seconds) // 2], 2) if seconds else 0.0,
        }


def load_questions(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def score(question: dict, answer: Answer, seconds: float) -> QuestionResult:
    text = answer.answer.lower()
    expected = [e.lower() for e in question.get("expected", [])]
    correct = not answer.refused and any(e in text for e in expected)
    # The same fact can stand in several files (a report's table and its commentary): a citation
    # counts when it is the expected file or its passage itself contains an expected answer.
    sources = question.get("source")
    sources = set(sources) if isinstance(sources, list) else {sources}
    cited = any(c.source in sources or any(e in c.text.lower() for e in expected) for c in answer.citations)
    return QuestionResult(
        question["id"], bool(question["covered"]), correct, cited, answer.refused, seconds, answer.answer
    )


def run(assistant: Assistant, questions: Iterable[dict], progress=None) -> SampleReport:
    report = SampleReport()
    for question in questions:
        # A follow-up conversation ({"turns": [...]}) is scored on its last turn.
        turns = question.get("turns") or [question["question"]]
        history: list[Turn] = []
        started = time.perf_counter()
        for turn in turns:
            answer = assistant.answer(turn, history)
            history.append(Turn(turn, answer.answer))
        question = {"covered": True, **question}
        report.results.append(score(question, answer, time.perf_counter() - started))
        if progress:
            progress(report.results[-1])
    return report
