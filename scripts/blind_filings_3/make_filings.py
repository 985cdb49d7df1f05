"""Generate the blind filings set: make_filings.py --out DIR

Writes DIR/pdfs/<doc_name>.pdf for each filing and DIR/questions.jsonl (FinanceBench layout).
Output is deterministic: the PDF creation date is fixed and no randomness is used.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import brannock_doc  # noqa: E402
import halberstow_doc  # noqa: E402
from brannock_model import Brannock  # noqa: E402
from halberstow_model import Halberstow  # noqa: E402
from questions import B_DOC, H_DOC, all_questions  # noqa: E402

FIELDS = ["financebench_id", "company", "doc_name", "question_type", "question", "answer",
          "justification", "evidence_pages"]


def build_pdfs():
    return {H_DOC: halberstow_doc.build(Halberstow()), B_DOC: brannock_doc.build(Brannock())}


def resolve_pages(pdf, figures) -> list[int]:
    """Exact 1-based pages: for each (anchor, token), the page where the anchor printed it."""
    pages = set()
    for anchor, token in figures:
        entries = pdf.anchors.get(anchor)
        if not entries:
            raise KeyError(f"unknown anchor {anchor!r}")
        hits = [p for p, text in entries if token in text]
        if not hits:
            raise ValueError(f"token {token!r} not printed under anchor {anchor!r}")
        pages.add(hits[0])
    return sorted(pages)


def records(pdfs) -> list[dict]:
    out = []
    for q in all_questions():
        rec = dict(q)
        # 0-based page indices, as in FinanceBench's and the dev set's questions (the scorer's convention)
        rec["evidence_pages"] = [page - 1 for page in resolve_pages(pdfs[q["doc_name"]], q["figures"])]
        out.append({k: rec[k] for k in FIELDS})
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True, help="output directory")
    args = ap.parse_args(argv)
    out = Path(args.out)
    (out / "pdfs").mkdir(parents=True, exist_ok=True)
    pdfs = build_pdfs()
    for doc, pdf in pdfs.items():
        pdf.output(str(out / "pdfs" / f"{doc}.pdf"))
        print(f"{doc}: {pdf.page_no()} pages")
    recs = records(pdfs)
    with open(out / "questions.jsonl", "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(recs)} questions -> {out / 'questions.jsonl'}")


if __name__ == "__main__":
    main()
