"""Generate the blind filings evaluation set: two fictional Form 10-K PDFs and 50 analyst questions.

Usage (from the project root):

    .venv/bin/python scripts/blind_filings/make_filings.py --out DIR

Writes DIR/pdfs/<DOC_NAME>.pdf and DIR/questions.jsonl. The output is deterministic: running the script twice
produces byte-identical files.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import bramblecroft
import calderbrook

COMPANIES = (calderbrook, bramblecroft)
KEYS = ("financebench_id", "company", "doc_name", "question_type", "question", "answer", "justification",
        "evidence_pages")


def render_company(mod):
    """Two passes: the first lays out the document to learn where each Item starts, the second prints the TOC."""
    first = mod.render({})
    pdf = mod.render(dict(first.anchors))
    assert pdf.page_no() == first.page_no(), "table of contents changed the pagination"
    return pdf


def generate(out: Path, keep: bool = False):
    """Write the set to ``out`` and return the full question records (including the check-only ``figures``).

    With ``keep=True`` also return the rendered documents by DOC_NAME (their evidence marks and model checks).
    """
    (out / "pdfs").mkdir(parents=True, exist_ok=True)
    records: list[dict] = []
    pdfs = {}
    for mod in COMPANIES:
        pdf = render_company(mod)
        pdf.model_errors = mod.MODEL.check(pdf.model)
        pdfs[mod.CO.doc_name] = pdf
        path = out / "pdfs" / f"{mod.CO.doc_name}.pdf"
        pdf.output(str(path))
        qs = mod.questions(pdf)
        assert len(qs) == 25, (mod.CO.doc_name, len(qs))
        for q in qs:
            q["page_count"] = pdf.page_no()
        records.extend(qs)
    for i, q in enumerate(records, 1):
        q["financebench_id"] = f"blind_{i:03d}"
    with open(out / "questions.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for q in records:
            f.write(json.dumps({k: q[k] for k in KEYS}, ensure_ascii=True) + "\n")
    return (records, pdfs) if keep else records


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path, help="output directory")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    records = generate(args.out)
    pages = {}
    for q in records:
        pages[q["doc_name"]] = q["page_count"]
    for doc, n in pages.items():
        print(f"{doc}: {n} pages")
    print(f"{len(records)} questions written to {args.out / 'questions.jsonl'} in {time.perf_counter() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
