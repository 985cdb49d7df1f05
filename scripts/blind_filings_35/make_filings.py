"""Build the blind set: DIR/pdfs/<doc>.pdf for both filings and DIR/questions.jsonl.

Usage: make_filings.py --out DIR
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import render_tessaly  # noqa: E402
import render_veltrania  # noqa: E402
from pdf_layout import Figure  # noqa: E402
from questions import build_questions  # noqa: E402

RENDERERS = (render_veltrania, render_tessaly)


@dataclass
class Built:
    """What the checker needs from one rendered filing."""

    values: dict[str, Decimal]
    figures: list[Figure]
    labels: dict[int, str]  # 0-based page index -> printed page label
    continued: list[tuple[str, int]]  # (table title, page index where the table continues)
    continued_text: str  # the marker printed after a carried-over table's title (as printed)
    title_upper: bool  # whether table titles are printed in upper case


def build_all() -> tuple[dict[str, bytes], dict[str, Built], list[dict]]:
    """Render both filings in memory; return PDF bytes, what each build recorded and the question records."""
    pdfs: dict[str, bytes] = {}
    docs: dict[str, Built] = {}
    for module in RENDERERS:
        data, doc = module.build()
        pdfs[module.DOC_NAME] = data
        docs[module.DOC_NAME] = Built(doc.values, doc.figures, dict(doc.labels), list(doc.continued),
                                      module.STYLE.continued, module.STYLE.title_upper)
    records = build_questions({name: (b.values, b.figures) for name, b in docs.items()})
    return pdfs, docs, records


def questions_jsonl(records: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def write_set(out: Path) -> tuple[dict[str, bytes], dict[str, Built], list[dict]]:
    pdfs, docs, records = build_all()
    (out / "pdfs").mkdir(parents=True, exist_ok=True)
    for name, data in pdfs.items():
        (out / "pdfs" / f"{name}.pdf").write_bytes(data)
    (out / "questions.jsonl").write_bytes(questions_jsonl(records))
    return pdfs, docs, records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", required=True, type=Path, help="output folder (e.g. /tmp/blind35)")
    args = parser.parse_args()
    start = time.perf_counter()
    pdfs, _docs, records = write_set(args.out)
    print(f"wrote {len(records)} questions and {len(pdfs)} PDFs to {args.out} in {time.perf_counter() - start:.1f}s")


if __name__ == "__main__":
    main()
