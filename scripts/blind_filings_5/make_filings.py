"""Generate the blind_filings_5 PDFs and questions.jsonl.

Usage: python make_filings.py --out DIR
"""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import doc_hollowmere  # noqa: E402
import doc_quillan  # noqa: E402
import model_hollowmere  # noqa: E402
import model_quillan  # noqa: E402
import questions  # noqa: E402


def generate(out):
    pdf_dir = os.path.join(out, "pdfs")
    os.makedirs(pdf_dir, exist_ok=True)
    hd, hm = doc_hollowmere.render(os.path.join(pdf_dir, questions.H_DOC + ".pdf"))
    qd, qm = doc_quillan.render(os.path.join(pdf_dir, questions.Q_DOC + ".pdf"))
    model_hollowmere.check(hm)
    model_quillan.check(qm)
    rows = questions.build(hm, hd.reg, qm, qd.reg)
    with open(os.path.join(out, "questions.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps({k: r[k] for k in questions.FIELDS}, ensure_ascii=False) + "\n")
    return dict(rows=rows, h_reg=hd.reg, q_reg=qd.reg, h_pages=hd.page_no(), q_pages=qd.page_no())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    res = generate(a.out)
    print(f"wrote {len(res['rows'])} questions; pages: 10-K {res['h_pages']}, 10-Q {res['q_pages']}")


if __name__ == "__main__":
    main()
