"""Build the blind set: two invented filings as PDFs plus questions.jsonl.

Usage: python make_filings.py --out DIR   (writes DIR/pdfs/*.pdf and DIR/questions.jsonl)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import miner_data  # noqa: E402
import questions  # noqa: E402
import render_miner  # noqa: E402
import render_truck  # noqa: E402
import truck_data  # noqa: E402

FILINGS = {
    "truck": (truck_data, render_truck),
    "miner": (miner_data, render_miner),
}


def render_filing(doc: str) -> dict:
    """Render twice: the first pass finds where each TOC entry lands, the second prints those page numbers."""
    data_mod, render_mod = FILINGS[doc]
    data = data_mod.build()
    first = render_mod.render(data)
    final = render_mod.render(data, first.anchors)
    if final.anchors != first.anchors:
        raise RuntimeError(f"{doc}: table of contents moved between passes")
    return {
        "doc_name": data_mod.DOC_NAME,
        "pdf_bytes": bytes(final.output()),
        "pages": final.page_no(),
        "occs": final.occs,
        "data": final.data,  # data plus the render-only derived figures
        "base_data": data,
        "module": data_mod,
    }


def build_all() -> tuple[dict[str, dict], list[dict]]:
    filings = {doc: render_filing(doc) for doc in FILINGS}
    records = questions.build_records(filings)
    return filings, records


def write(out: Path, filings: dict[str, dict], records: list[dict]) -> None:
    (out / "pdfs").mkdir(parents=True, exist_ok=True)
    for filing in filings.values():
        (out / "pdfs" / f"{filing['doc_name']}.pdf").write_bytes(filing["pdf_bytes"])
    with open(out / "questions.jsonl", "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", required=True, type=Path)
    args = parser.parse_args()
    start = time.time()
    filings, records = build_all()
    write(args.out, filings, records)
    pages = ", ".join(f"{f['doc_name']}: {f['pages']} pages" for f in filings.values())
    print(f"wrote {len(records)} questions and 2 PDFs ({pages}) to {args.out} in {time.time() - start:.1f}s")


if __name__ == "__main__":
    main()
