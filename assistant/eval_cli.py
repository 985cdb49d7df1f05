"""`finbot eval samples`: the sample-corpus question set, scored (see assistant/eval_samples.py)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

DEFAULT_QUESTIONS = Path("tests/fixtures/sample_questions.jsonl")
DEFAULT_FOLLOWUPS = Path("tests/fixtures/followups.jsonl")


def register(sub: argparse._SubParsersAction, eval_sub: argparse._SubParsersAction) -> None:
    samples = eval_sub.add_parser("samples", help="Score answers on the sample-corpus questions.")
    samples.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS)
    samples.add_argument("--followups", type=Path, default=DEFAULT_FOLLOWUPS)
    samples.add_argument("--out", type=Path, help="Write per-question results and the summary as JSON here.")
    samples.set_defaults(handler=_samples)


def _samples(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from assistant.app import Finbot
    from assistant.eval_samples import load_questions, run

    finbot = Finbot()
    if not finbot.store.documents:
        finbot.ingest_samples()
    questions = load_questions(args.questions)
    if args.followups and args.followups.exists():
        questions += load_questions(args.followups)
    finbot.warm_up()
    bar = tqdm(total=len(questions), unit="q", file=sys.stderr)
    report = run(finbot.assistant, questions, progress=lambda _: bar.update())
    bar.close()
    summary = {"generator": finbot.settings.generator, **report.summary()}
    for r in report.results:
        mark = "ok " if r.good else "BAD"
        print(f"{mark} {r.id:<4} {r.seconds:5.1f}s {r.answer[:100]!r}")
    print(json.dumps(summary))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        rows = [r.__dict__ for r in report.results]
        args.out.write_text(json.dumps({"summary": summary, "results": rows}, indent=1))
    return 0
