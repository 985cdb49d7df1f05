"""Generate the blind evaluation set: two invented filings (PDF) and 50 questions.

Usage: /work/main/.venv/bin/python scripts/blind_filings_19/make_filings.py --out DIR

Writes DIR/pdfs/<DOCNAME>.pdf and DIR/questions.jsonl. Output is byte-for-byte
deterministic (fixed creation date, no randomness).
"""
import argparse
import json
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from build import build_all  # noqa: E402
from questions import build_questions  # noqa: E402


def write_outputs(out_dir):
    built = build_all()
    qs = build_questions(built)
    if len(qs) != 50:
        raise SystemExit(f"expected 50 questions, built {len(qs)}")
    pdf_dir = os.path.join(out_dir, "pdfs")
    os.makedirs(pdf_dir, exist_ok=True)
    for name, item in built.items():
        with open(os.path.join(pdf_dir, name + ".pdf"), "wb") as fh:
            fh.write(item["bytes"])
    with open(os.path.join(out_dir, "questions.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for q in qs:
            fh.write(json.dumps(q, ensure_ascii=False) + "\n")
    return built, qs


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, help="output folder")
    args = ap.parse_args()
    built, qs = write_outputs(args.out)
    for name, item in built.items():
        n = sum(1 for q in qs if q["doc_name"] == name)
        print(f"{name}.pdf: {item['pages']} pages, {n} questions")
    print(f"wrote {len(qs)} questions to {os.path.join(args.out, 'questions.jsonl')}")


if __name__ == "__main__":
    main()
