"""`finbot ask`: one question streamed to the terminal, or a JSONL file answered line by line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from assistant.answering.pipeline import Answer
from assistant.answering.verification import strip_markers
from assistant.app import Finbot
from assistant.errors import FinbotError


def ask_one(finbot: Finbot, question: str, document: str | None, as_json: bool) -> int:
    if as_json:
        answer = finbot.assistant.answer(question, document=document)
        print(json.dumps(answer.to_json(), ensure_ascii=False))
        return 0
    streamed = []
    answer = None
    for event in finbot.assistant.stream(question, document=document):
        if isinstance(event, Answer):
            answer = event
        else:
            streamed.append(event)
            print(event, end="", flush=True)
    print()
    assert answer is not None
    if strip_markers(answer.answer).strip() != strip_markers("".join(streamed)).strip():
        print(f"(checked answer) {answer.answer}")  # verification changed more than the citations
    print(render_sources(answer))
    return 0


def render_sources(answer: Answer) -> str:
    if answer.refused or not answer.citations:
        return ""
    lines = ["", "Sources:"]
    for citation in answer.citations:
        snippet = " ".join(citation.text.split())[:160]
        lines.append(f"  [{citation.number}] {citation.location} (score {citation.score:.2f}): {snippet}…")
    return "\n".join(lines)


def ask_batch(finbot: Finbot, path: Path, default_document: str | None) -> int:
    """One JSON object out per line in; a bad line gets an {"error": ...} object, never a crash."""
    if not path.exists():
        raise FinbotError(f"{path} does not exist. Give a JSONL file with one {{\"question\": ...}} per line.")
    failures = 0
    with open(path, "rb") as lines:
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")  # one bad line is that line's error, not the end of the run
                row = json.loads(line)
                if not isinstance(row, dict) or "question" not in row:
                    raise FinbotError('each line needs a "question" field')
                answer = finbot.assistant.answer(row["question"], document=row.get("document") or default_document)
                out = answer.to_json()
                if "id" in row:
                    out["id"] = row["id"]
            except (FinbotError, json.JSONDecodeError) as exc:
                failures += 1
                out = {"error": f"line {number}: {exc}"}
            except UnicodeDecodeError:
                failures += 1
                out = {"error": f"line {number}: not valid UTF-8 text; save the file as UTF-8"}
            print(json.dumps(out, ensure_ascii=False), flush=True)
    if failures:
        print(f"{failures} line(s) failed; see their error objects.", file=sys.stderr)
    return 1 if failures else 0
