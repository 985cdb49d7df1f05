"""Every quote candidate sentence of the questions that reach finbot's quote path, labelled by whether it states an
expected answer (`samples._says`, the eval's own rule). usage: collect_segments.py SETS OUT.jsonl"""

from __future__ import annotations

import json
import sys

from tqdm import tqdm

import assistant.answering.pipeline as pipeline
from assistant.answering.faithful import _heading, segments
from assistant.app import Finbot
from assistant.evaluation.commands import _set_finbot
from assistant.evaluation.quote_gate_fit import _Recorder, _Silent
from assistant.evaluation.samples import _says

calls: list[tuple[str, list]] = []
_select = pipeline.select


def _recording_select(query, passages, *args, **kwargs):
    calls.append((query, list(passages)))
    return _select(query, passages, *args, **kwargs)


def main(names: list[str], out_path: str) -> None:
    pipeline.select = _recording_select
    base = Finbot(generator=_Silent())
    with open(out_path, "w", encoding="utf-8") as out:
        for name in names:
            finbot, questions = _set_finbot(base, name)
            finbot.assistant.quote_gate = _Recorder()  # every quote reaches the end, as in calibrate-quotes
            for question in tqdm(questions, desc=name, file=sys.stderr):
                if not question.get("covered", True) or question.get("turns"):
                    continue
                calls.clear()
                finbot.assistant.answer(question["question"])
                if not calls:
                    continue
                query, passages = calls[0]
                expected = [e.lower() for e in question.get("expected", [])]
                segs = [{"text": s.text, "heading": _heading(p), "n": n,
                         "pos": any(_says(s.text.lower(), e) for e in expected)}
                        for n, p in enumerate(passages, start=1) if p.chunk.kind == "text" for s in segments(p, n)]
                out.write(json.dumps({"set": name, "id": question["id"], "question": question["question"],
                                      "query": query, "segs": segs}) + "\n")


if __name__ == "__main__":
    main(sys.argv[1].split(","), sys.argv[2])
