"""Generate the blind filing set: two invented filings as PDFs plus questions.jsonl.

Usage:  python make_filings.py --out DIR
Writes DIR/pdfs/<DOC_NAME>.pdf and DIR/questions.jsonl.  Deterministic.
"""
import argparse
import json
import os
import sys

sys.dont_write_bytecode = True  # keep the folder free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import bank  # noqa: E402
import software  # noqa: E402

KEYS = ["financebench_id", "company", "doc_name", "question_type", "question", "answer", "justification",
        "evidence_pages"]
COMPANIES = [(bank, bank.BankFiling), (software, software.SoftwareFiling)]


def build(out_dir):
    """Render both filings; return (records, internal) where internal keeps figures for checks."""
    pdf_dir = os.path.join(out_dir, "pdfs")
    os.makedirs(pdf_dir, exist_ok=True)
    records, internal, n = [], [], 0
    for mod, _cls in COMPANIES:
        path = os.path.join(pdf_dir, mod.DOC + ".pdf")
        filing, doc = mod.make(path)
        for qd in filing.questions(doc):
            n += 1
            rec = dict(financebench_id=f"blind2_{n:03d}", company=mod.CO, doc_name=mod.DOC,
                       question_type=qd["question_type"], question=qd["question"], answer=qd["answer"],
                       justification=qd["justification"], evidence_pages=qd["evidence_pages"])
            records.append(rec)
            internal.append(dict(rec, figures=qd["figures"], pdf=path, pages=doc.page_no(),
                                 continued=list(doc.continued), overflows=list(doc.overflows)))
    with open(os.path.join(out_dir, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps({k: rec[k] for k in KEYS}, ensure_ascii=False) + "\n")
    return records, internal


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    records, internal = build(args.out)
    docs = {}
    for r in internal:
        docs[r["doc_name"]] = r["pages"]
    print(f"wrote {len(records)} questions; " + ", ".join(f"{k}: {v} pages" for k, v in docs.items()))


if __name__ == "__main__":
    main()
