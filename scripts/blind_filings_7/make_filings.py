"""Writes DIR/pdfs/<doc>.pdf and DIR/questions.jsonl.  Usage: make_filings.py --out DIR"""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build_briskwater  # noqa: E402
import build_lanterne  # noqa: E402
import questions  # noqa: E402


def build_docs():
    return {questions.BW: build_briskwater.build(), questions.LN: build_lanterne.build()}


def write(out):
    docs = build_docs()
    os.makedirs(os.path.join(out, "pdfs"), exist_ok=True)
    for name, (doc, _) in docs.items():
        doc.output(os.path.join(out, "pdfs", f"{name}.pdf"))
    rows = questions.rows(docs)
    with open(os.path.join(out, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for row, _ in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return docs, rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    docs, rows = write(a.out)
    for name, (doc, _) in docs.items():
        print(f"{name}: {doc.page_no()} pages")
    print(f"{len(rows)} questions -> {os.path.join(a.out, 'questions.jsonl')}")


if __name__ == "__main__":
    main()
