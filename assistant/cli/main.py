"""`finbot` command line. Errors become one readable line on stderr and exit code 2."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from assistant.errors import FinbotError

Handler = Callable[[argparse.Namespace], int]


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # no machine here reaches a model hub
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "handler"):
        parser.print_help()
        return 1
    try:
        return args.handler(args)
    except FinbotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="finbot", description="Grounded, cited answers over financial documents.")
    sub = parser.add_subparsers(title="commands")

    ingest = sub.add_parser("ingest", help="Add files or folders to the index (unchanged files are skipped).")
    ingest.add_argument("paths", nargs="*", type=Path)
    ingest.add_argument("--samples", action="store_true", help="Ingest the bundled sample corpus.")
    ingest.set_defaults(handler=_ingest)

    remove = sub.add_parser("remove", help="Delete a document (by file name or document id) from the index.")
    remove.add_argument("source")
    remove.set_defaults(handler=_remove)

    documents = sub.add_parser("documents", help="List ingested documents.")
    documents.add_argument("--json", action="store_true")
    documents.set_defaults(handler=_documents)

    ask = sub.add_parser("ask", help="Answer a question from the indexed documents, with citations.")
    ask.add_argument("question", nargs="?")
    ask.add_argument("--file", type=Path, help='JSONL, one {"question": ..., "document": optional} per line.')
    ask.add_argument("--document", help="Only search this document (file name or document id).")
    ask.add_argument("--json", action="store_true", help="Print one JSON object per answer.")
    ask.set_defaults(handler=_ask)

    serve = sub.add_parser("serve", help="Serve the chat UI and HTTP API.")
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    serve.add_argument("--no-samples", action="store_true", help="Do not ingest the samples into an empty index.")
    serve.set_defaults(handler=_serve)

    feedback = sub.add_parser("feedback", help="Ratings customers gave answers (personal data redacted).")
    feedback_sub = feedback.add_subparsers(title="actions")
    export = feedback_sub.add_parser("export", help="Write every rating to a CSV or JSONL file.")
    export.add_argument("out", type=Path, help="Output file; .csv or .jsonl picks the format.")
    export.add_argument("--format", choices=["csv", "jsonl"], help="Override the format the suffix implies.")
    export.add_argument("--tenant", help="Only this tenant's ratings.")
    export.set_defaults(handler=_feedback_export)

    eval_parser = sub.add_parser("eval", help="Evaluation reports.")
    eval_sub = eval_parser.add_subparsers(title="reports")
    _register_optional(sub, eval_sub)
    return parser


def _register_optional(sub: argparse._SubParsersAction, eval_sub: argparse._SubParsersAction) -> None:
    """Commands whose arguments live in their own modules (their work is imported when they run)."""
    from assistant.cli import bench, classify, evaluate

    classify.register(sub, eval_sub)
    evaluate.register(sub, eval_sub)
    bench.register(sub)


def _finbot():
    from assistant.app import Finbot

    return Finbot()


def _progress_bar():
    from tqdm import tqdm

    bar = tqdm(total=0, unit="page", file=sys.stderr, dynamic_ncols=True)  # a file without pages counts as one

    def update(done: int, total: int, label: str) -> None:
        bar.total = total
        bar.n = done
        bar.set_postfix_str(label[:40])
        bar.refresh()

    return bar, update


def _ingest(args: argparse.Namespace) -> int:
    if not args.paths and not args.samples:
        print("error: name files or folders to ingest, or pass --samples.", file=sys.stderr)
        return 2
    from assistant.app import sample_files

    finbot = _finbot()
    paths = [*args.paths, *(sample_files() if args.samples else [])]
    bar, update = _progress_bar()
    try:
        report = finbot.ingest(paths, update)
    finally:
        bar.close()
    for source, reason in report.failed.items():
        print(f"failed: {source}: {reason}", file=sys.stderr)
    for line in report.rates():
        print(line)
    print(report.summary())
    return 1 if report.failed else 0


def _remove(args: argparse.Namespace) -> int:
    finbot = _finbot()
    doc_ids = finbot.store.find_documents(args.source)
    if not doc_ids:
        print(f"error: no ingested document matches {args.source!r}; `finbot documents` lists them.", file=sys.stderr)
        return 2
    for doc_id in doc_ids:
        finbot.store.remove(doc_id)
    finbot.store.persist()
    print(f"removed {len(doc_ids)} document(s)")
    return 0


def _documents(args: argparse.Namespace) -> int:
    finbot = _finbot()
    rows = [
        {"document": d.doc_id, "source": d.source, "title": d.title, "chunks": len(d.chunk_ids)}
        for d in finbot.store.documents
    ]
    if args.json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
    else:
        for row in rows:
            print(f"{row['document']:<40} {row['chunks']:>5} chunks  {row['title']}")
        print(f"{len(rows)} document(s) in {finbot.settings.index_dir}")
    return 0


def _ask(args: argparse.Namespace) -> int:
    from assistant.cli.ask import ask_batch, ask_one

    if args.file:
        return ask_batch(_finbot(), args.file, args.document)
    if not args.question:
        print('error: give a question, e.g. finbot ask "What is the card replacement fee?"', file=sys.stderr)
        return 2
    return ask_one(_finbot(), args.question, args.document, as_json=args.json)


def _feedback_export(args: argparse.Namespace) -> int:
    from assistant.feedback import FeedbackStore
    from assistant.settings import Settings

    settings = Settings()  # no models needed to read the ratings
    if not settings.feedback_db.exists():
        print(f"No feedback has been given yet ({settings.feedback_db} does not exist).", file=sys.stderr)
        return 1
    count = FeedbackStore(settings.feedback_db).export(args.out, args.format, args.tenant)
    print(f"wrote {count} rating(s) to {args.out}")
    return 0


def _serve(args: argparse.Namespace) -> int:
    from ui.server import serve

    return serve(_finbot(), host=args.host, port=args.port, ingest_samples=not args.no_samples)


if __name__ == "__main__":
    sys.exit(main())
