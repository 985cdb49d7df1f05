"""Build the blind set: DIR/pdfs/<doc>.pdf for both filings and DIR/questions.jsonl.

Usage: make_filings.py --out DIR
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import render_coralstone  # noqa: E402
import render_halvard  # noqa: E402
from pdf_layout import Figure  # noqa: E402
from questions import build_questions  # noqa: E402

RENDERERS = (render_halvard, render_coralstone)


def build_all() -> tuple[dict[str, bytes], dict[str, tuple[dict[str, Decimal], list[Figure]]], list[dict]]:
    """Render both filings in memory; return PDF bytes, (values, figures) per document and the question records."""
    pdfs: dict[str, bytes] = {}
    docs: dict[str, tuple[dict[str, Decimal], list[Figure]]] = {}
    for module in RENDERERS:
        data, doc = module.build()
        pdfs[module.DOC_NAME] = data
        docs[module.DOC_NAME] = (doc.values, doc.figures)
    return pdfs, docs, build_questions(docs)


def questions_jsonl(records: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def write_set(out: Path) -> tuple[dict[str, bytes], dict[str, tuple[dict[str, Decimal], list[Figure]]], list[dict]]:
    pdfs, docs, records = build_all()
    (out / "pdfs").mkdir(parents=True, exist_ok=True)
    for name, data in pdfs.items():
        (out / "pdfs" / f"{name}.pdf").write_bytes(data)
    (out / "questions.jsonl").write_bytes(questions_jsonl(records))
    return pdfs, docs, records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", required=True, type=Path, help="output folder (e.g. /tmp/blind22)")
    args = parser.parse_args()
    start = time.perf_counter()
    _pdfs, _docs, records = write_set(args.out)
    print(f"wrote {len(records)} questions and {len(_pdfs)} PDFs to {args.out} in {time.perf_counter() - start:.1f}s")


if __name__ == "__main__":
    main()
