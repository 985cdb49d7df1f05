"""Generate blind filings set 8: two invented-company PDFs and 50 questions.

Usage: python scripts/blind_filings_8/make_filings.py --out /tmp/blind8
Writes OUT/pdfs/<doc_name>.pdf and OUT/questions.jsonl. Output is deterministic.
"""

import argparse
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build_brinmoor  # noqa: E402
import build_corrowind  # noqa: E402
import model_brinmoor  # noqa: E402
import model_corrowind  # noqa: E402
import questions  # noqa: E402
from pypdf import PdfReader  # noqa: E402

FIELDS = (
    "financebench_id",
    "company",
    "doc_name",
    "question_type",
    "question",
    "answer",
    "justification",
    "evidence_pages",
)


def contains(page_text, fig):
    pat = r"(?<![\d.,])" + re.escape(fig) + r"(?![\d]|[.,]\d)"
    return re.search(pat, page_text) is not None


def render(builder, model):
    """Two passes so the table of contents can print the page labels of the first pass."""
    first = builder.build(model)
    labels = {a: first.labels.get(min(p)) for a, p in first.anchors.items()}
    doc = builder.build(model, labels)
    again = {a: doc.labels.get(min(p)) for a, p in doc.anchors.items()}
    assert again == labels, "page labels moved between passes"
    return doc


def page_texts(path):
    return [pg.extract_text() or "" for pg in PdfReader(path).pages]


def resolve(q, anchors, texts):
    """Evidence pages: for each source figure, the first page of its anchor whose text shows it."""
    pages = set()
    for anchor, fig in q["figs"]:
        if anchor not in anchors:
            raise AssertionError(f"unknown anchor {anchor!r} in: {q['question'][:60]}")
        hits = [p for p in sorted(anchors[anchor]) if contains(texts[p], fig)]
        if not hits:
            raise AssertionError(f"figure {fig!r} not found at {anchor!r} for: {q['question'][:60]}")
        pages.add(hits[0])
    return sorted(pages)


def generate(out):
    mb, mc = model_brinmoor.build(), model_corrowind.build()
    model_brinmoor.check(mb)
    model_corrowind.check(mc)
    os.makedirs(os.path.join(out, "pdfs"), exist_ok=True)
    docs = {}
    for builder, model in ((build_brinmoor, mb), (build_corrowind, mc)):
        doc = render(builder, model)
        path = os.path.join(out, "pdfs", builder.DOC_NAME + ".pdf")
        doc.output(path)
        docs[builder.DOC_NAME] = dict(
            path=path, anchors=doc.anchors, texts=page_texts(path), pages=doc.pages_count, company=builder.COMPANY
        )
    qs = questions.all_questions(mb, mc)
    rows = []
    for k, q in enumerate(qs, 1):
        info = docs[q["doc"]]
        ev = resolve(q, info["anchors"], info["texts"])
        company = questions.B_COMPANY if q["doc"] == questions.B_DOC else questions.C_COMPANY
        row = dict(
            financebench_id=f"blind8_{k:03d}",
            company=company,
            doc_name=q["doc"],
            question_type=q["question_type"],
            question=q["question"],
            answer=q["answer"],
            justification=q["justification"],
            evidence_pages=ev,
        )
        rows.append({f: row[f] for f in FIELDS})
        q["evidence_pages"] = ev
    with open(os.path.join(out, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return docs, qs, rows


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    docs, qs, rows = generate(args.out)
    for name, info in docs.items():
        print(f"{name}: {info['pages']} pages")
    print(f"{len(rows)} questions -> {os.path.join(args.out, 'questions.jsonl')}")


if __name__ == "__main__":
    main()
