"""The command line of evaluation: `finbot eval samples|retrieval|answers|relevance` and
`finbot calibrate-confidence`. Only the arguments live here; each handler imports its evaluation
module when it runs, so `finbot ask` and `finbot serve` never load evaluation code."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from pathlib import Path

Handler = Callable[[argparse.Namespace], int]
DEFAULT_QUESTIONS = Path("tests/fixtures/sample_questions.jsonl")
DEFAULT_FOLLOWUPS = Path("tests/fixtures/followups.jsonl")
# The confidence model the request path reads (assistant/answering/confidence.py).
DEFAULT_WEIGHTS = Path(__file__).resolve().parents[1] / "weights" / "confidence.json"


def lazy(target: str) -> Handler:
    """A handler that imports 'package.module:function' only when the command runs."""
    module, _, name = target.partition(":")

    def handler(args: argparse.Namespace) -> int:
        return getattr(importlib.import_module(module), name)(args)

    return handler


def register(sub: argparse._SubParsersAction, eval_sub: argparse._SubParsersAction) -> None:
    register_evaluations(sub, eval_sub)
    register_check(sub)
    register_filings(eval_sub)
    register_relevance(sub, eval_sub)
    register_calibration(sub, eval_sub)


def register_evaluations(sub: argparse._SubParsersAction, eval_sub: argparse._SubParsersAction) -> None:
    samples = eval_sub.add_parser("samples", help="Score answers on the sample-corpus questions.")
    samples.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS)
    samples.add_argument("--followups", type=Path, default=DEFAULT_FOLLOWUPS)
    samples.add_argument("--out", type=Path, help="Write per-question results and the summary as JSON here.")
    samples.add_argument("--set", dest="set_name", metavar="NAME",
                         help="Score a named evaluation set (assistant/evaluation/sets/NAME) over its own documents, "
                              "indexed under FINBOT_HOME/eval-sets/NAME, instead of the sample corpus.")
    samples.add_argument("--no-generator", action="store_true",
                         help="Refuse whatever would be generated: scores the quoted, table and hand-off paths alone, "
                              "in minutes instead of the better part of an hour for the eight customer sets.")
    samples.set_defaults(handler=lazy("assistant.evaluation.commands:samples"))

    retrieval = eval_sub.add_parser("retrieval", help="TAT-QA retrieval over the whole collection (hit@k, MRR).")
    _tatqa_arguments(retrieval)
    retrieval.add_argument("--modes", help="Comma-separated retrieval configurations (default: all of them).")
    retrieval.set_defaults(handler=lazy("assistant.evaluation.commands:tatqa_retrieval"))

    answers = eval_sub.add_parser("answers", help="TAT-QA answers within each question's report (EM, F1).")
    _tatqa_arguments(answers)
    answers.add_argument("--no-baseline", action="store_true", help="Skip the stock LangChain baseline.")
    answers.add_argument("--resume", action="store_true",
                         help="Go on from the rows an interrupted run left in OUT/answers.partial*.jsonl.")
    answers.add_argument("--shard", metavar="K/N",
                         help="Answer only every Nth question from the Kth, so that N processes share a run "
                              "(rows in OUT/answers.partial.K-of-N.jsonl); then --resume without --shard "
                              "merges them into one report.")
    answers.set_defaults(handler=lazy("assistant.evaluation.commands:tatqa_answers"))


def register_check(sub: argparse._SubParsersAction) -> None:
    check = sub.add_parser("check", help="Bad input, kill -9 during ingest and load against a scratch finbot: "
                                         "prints what was tried, errors and data lost (exit 0 only with none).")
    check.add_argument("--fake", action="store_true", help="Fake models: the same checks in seconds.")
    check.add_argument("--users", type=int, nargs="*", default=[10, 50],
                       help="Simulated users for the load check; none (`--users` alone) skips it.")
    check.add_argument("--kill-after", type=float, nargs="+", default=[0.3, 1.0, 2.5],
                       help="Seconds after the first save at which each crash trial kills the ingest.")
    check.set_defaults(handler=lazy("assistant.evaluation.check:run"))
def register_filings(eval_sub: argparse._SubParsersAction) -> None:
    filings = eval_sub.add_parser(
        "filings", help="Analyst questions on whole filings (FinanceBench sample), each scoped to its own PDF."
    )
    filings.add_argument("--data-dir", type=Path, default=Path("../shared/data"),
                         help="The folder holding financebench-dev/ (questions.jsonl and pdfs/).")
    filings.add_argument("--set", type=Path,
                         help="Another set laid out the same way (a folder with questions.jsonl and pdfs/), "
                              "e.g. one written by scripts/blind_filings/make_filings.py; overrides --data-dir.")
    filings.add_argument("--docs", help="Comma-separated doc_names to keep (default: every filing).")
    filings.add_argument("--limit", type=int, help="Ask only the first N questions.")
    filings.add_argument("--numeric-only", action="store_true",
                         help="Answer only the questions whose reference states a figure (retrieval is scored on all).")
    filings.add_argument("--retrieval-only", action="store_true",
                         help="Answer nothing: score only whether an evidence page is among the top-5 passages.")
    filings.add_argument("--home", type=Path, help="Keep the filings' index here (default: FINBOT_HOME).")
    filings.add_argument("--out", type=Path, help="Write per-question results and the summary as JSON here.")
    filings.set_defaults(handler=lazy("assistant.evaluation.filings:run"))


def register_relevance(sub: argparse._SubParsersAction, eval_sub: argparse._SubParsersAction) -> None:
    relevance = eval_sub.add_parser("relevance", help="Top retrieval scores of covered vs uncovered questions.")
    relevance.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS)
    relevance.set_defaults(handler=lazy("assistant.evaluation.relevance:relevance"))


def register_calibration(sub: argparse._SubParsersAction, _eval_sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("calibrate-confidence", help="Fit answer confidence on a `finbot eval answers` report.")
    parser.add_argument("report", type=Path, help="answers.json written by `finbot eval answers --out DIR`.")
    parser.add_argument("--max-wrong", type=float, default=0.10, help="Highest wrong-answer rate allowed.")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--weights", type=Path, default=DEFAULT_WEIGHTS, help="Where to write the fitted model.")
    parser.add_argument("--out", type=Path, help="Folder for the out-of-fold curve (confidence.json) and its plot.")
    parser.set_defaults(handler=lazy("assistant.evaluation.confidence_fit:calibrate"))

    quotes = sub.add_parser("calibrate-quotes",
                            help="Fit the customer quote gate on evaluation sets with known answers.")
    quotes.add_argument("--sets", default="ashgrove,kestrel,larkspur,thornbury,wrenmoor",
                        help="Comma-separated evaluation sets (assistant/evaluation/sets/NAME) to fit on; keep one out "
                             "to score afterwards.")
    quotes.add_argument("--weights", type=Path, default=DEFAULT_WEIGHTS.with_name("quote_gate.json"),
                        help="Where to write the fitted gate.")
    quotes.add_argument("--rows", type=Path, help="Also write each question's scores and outcome here (JSON).")
    quotes.set_defaults(handler=lazy("assistant.evaluation.quote_gate_fit:calibrate"))


def _tatqa_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--tatqa", type=Path, required=True, help="A TAT-QA JSON file, e.g. tatqa_dataset_dev.json.")
    parser.add_argument("--limit", type=int, help="Score a fixed-seed sample of this many questions.")
    parser.add_argument("--out", type=Path, default=Path("reports/tatqa"), help="Folder for JSON, plots and report.md.")
    parser.add_argument("--home", type=Path, help="Keep the index here and reuse it (default: a fresh temp folder).")
