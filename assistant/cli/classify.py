"""`finbot train-classifier`, `finbot eval classifier` and `finbot classify`.

`classify --file F.jsonl` tags each line on its own (escalation sees no earlier turns), because a
file is usually a batch of unrelated messages; `--conversation` treats the lines as successive user
turns of one conversation instead, so "negative twice in a row" can fire.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

DEFAULT_DATA_DIR = Path("../shared/data")


def register(sub: argparse._SubParsersAction, eval_sub: argparse._SubParsersAction | None = None) -> None:
    train = sub.add_parser(
        "train-classifier",
        help="Train the intent, sentiment and hand-off heads and the sentiment encoder (CPU, ~30 minutes).",
    )
    train.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    train.add_argument("--seed", type=int, default=0)
    train.add_argument("--out", type=Path, help="Weights folder (default: the package's assistant/weights).")
    train.add_argument("--tune", action="store_true", help="Only print the hyperparameter grid on a train split.")
    train.add_argument("--only", choices=("heads", "encoder"),
                       help="Train only the linear heads, or only the fine-tuned sentiment encoder (default: both).")
    train.set_defaults(handler=_train)

    classify = sub.add_parser("classify", help="Tag messages with intent, sentiment and escalation.")
    classify.add_argument("text", nargs="?")
    classify.add_argument("--file", type=Path, help='JSONL, one {"text": ...} per line.')
    classify.add_argument("--conversation", action="store_true", help="With --file: lines are one conversation.")
    classify.add_argument("--json", action="store_true", help="Print one JSON object per message.")
    classify.add_argument("--weights", type=Path, help="Weights folder from train-classifier --out.")
    classify.set_defaults(handler=_classify)

    if eval_sub is None:
        eval_sub = sub.add_parser("eval", help="Evaluation reports.").add_subparsers(title="reports")
    evaluate = eval_sub.add_parser("classifier", help="Intent and sentiment accuracy, macro-F1, confusion plots.")
    evaluate.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    evaluate.add_argument("--out", type=Path, default=Path("reports/classifier"))
    evaluate.add_argument("--weights", type=Path, help="Weights folder (default: the packaged weights).")
    evaluate.set_defaults(handler=_eval)


def _finbot():
    from assistant.app import Finbot

    return Finbot()


def _cache_dir(finbot) -> Path:
    return finbot.settings.home / "cache" / "classifier"


def _require_data(data_dir: Path) -> None:
    from assistant.errors import InputError

    if not (data_dir / "banking77" / "train.csv").exists():
        raise InputError(f"No Banking77 data under {data_dir}: pass --data-dir pointing at the shared data folder.")


def _train(args: argparse.Namespace) -> int:
    from assistant.training.classifier import train, tune
    from assistant.triage.classifier import packaged_weights_dir

    _require_data(args.data_dir)
    finbot = _finbot()
    name = finbot.settings.embedder
    if args.tune:
        tune(args.data_dir, finbot.embedder, name, _cache_dir(finbot), args.seed)
        return 0
    out = args.out or Path(str(packaged_weights_dir()))
    start = time.perf_counter()
    if args.only != "encoder":
        train(args.data_dir, out, finbot.embedder, name, _cache_dir(finbot), args.seed)
    if args.only != "heads":
        from assistant.training.encoder import EncoderConfig, train_encoder

        train_encoder(args.data_dir, out, args.seed, EncoderConfig(base=name))
    size = sum(p.stat().st_size for p in out.iterdir() if p.suffix in (".npz", ".safetensors"))
    print(f"saved {out} ({size / 1e6:.1f} MB) in {time.perf_counter() - start:.0f}s")
    return 0


def _classifier(finbot, weights: Path | None):
    from assistant.triage.classifier import LinearClassifier

    return LinearClassifier(finbot.embedder, weights, finbot.settings.sentiment_encoder)


def _eval(args: argparse.Namespace) -> int:
    from assistant.training.classifier import evaluate

    _require_data(args.data_dir)
    finbot = _finbot()
    evaluate(args.data_dir, _classifier(finbot, args.weights), finbot.settings.embedder, _cache_dir(finbot), args.out)
    print(f"plots and metrics.json in {args.out}")
    return 0


def _read_texts(path: Path) -> list[str]:
    from assistant.errors import InputError

    texts = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            texts.append(str(json.loads(line)["text"]))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InputError(f'{path}:{number}: expected a JSON object with a "text" field ({exc}).') from exc
    return texts


def _classify(args: argparse.Namespace) -> int:
    from assistant.triage.escalation import decide

    if not args.file and not args.text:
        print('error: give a message, e.g. finbot classify "my card has not arrived", or --file F.jsonl',
              file=sys.stderr)
        return 2
    texts = _read_texts(args.file) if args.file else [args.text]
    tags = _classifier(_finbot(), args.weights).classify_batch(texts)
    for i, (text, tag) in enumerate(zip(texts, tags, strict=True)):
        previous = tags[:i] if args.conversation else []
        escalation = decide(tag, previous, text)
        row = {
            "intent": tag.intent, "intent_score": tag.intent_score,
            "sentiment": tag.sentiment, "sentiment_score": tag.sentiment_score,
            "escalate": escalation.escalate, "escalation_reason": escalation.reason,
            "escalation_kind": escalation.kind, "nearest_intent": tag.nearest,
            "handoff_head": tag.handoff, "handoff_score": tag.handoff_score,
        }
        if args.json:
            print(json.dumps(row, ensure_ascii=False))
        else:
            flag = f"  ESCALATE: {escalation.reason}" if escalation.escalate else ""
            print(f"{tag.intent} ({tag.intent_score:.2f}), {tag.sentiment} ({tag.sentiment_score:.2f}){flag}  | {text}")
    return 0


if __name__ == "__main__":
    # Standalone use without the main CLI: python -m assistant.cli.classify ...
    import os

    from assistant.errors import FinbotError

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    parser = argparse.ArgumentParser(prog="python -m assistant.cli.classify")
    register(parser.add_subparsers(title="commands"))
    parsed = parser.parse_args()
    if not hasattr(parsed, "handler"):
        parser.print_help()
        sys.exit(1)
    try:
        sys.exit(parsed.handler(parsed))
    except FinbotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(2)
