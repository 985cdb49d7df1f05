"""Generates the blind_filings_18 set: DIR/pdfs/<DOC>.pdf for two invented filings and DIR/questions.jsonl."""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import kit  # noqa: E402

kit.fonts_or_exit()

import build_bank  # noqa: E402
import build_med  # noqa: E402
import models  # noqa: E402
import questions  # noqa: E402


def layout(k, q):
    """Lays out both documents twice (the second time with the real table-of-contents page labels)."""
    docs = {}
    for doc, mod, data in ((questions.KDOC, build_bank, k), (questions.QDOC, build_med, q)):
        _, labs = mod.build(data)
        d, labs2 = mod.build(data, labs)
        assert labs == labs2, "table of contents labels unstable"
        docs[doc] = d
    return docs


def generate(out):
    k, q = models.check()
    docs = layout(k, q)
    os.makedirs(os.path.join(out, "pdfs"), exist_ok=True)
    for doc, d in docs.items():
        d.output(os.path.join(out, "pdfs", doc + ".pdf"))
    items = questions.build(k, q, {doc: d.anchors for doc, d in docs.items()})
    with open(os.path.join(out, "questions.jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    return items, {doc: d.page_no() for doc, d in docs.items()}


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True, help="output folder")
    a = ap.parse_args()
    items, pages = generate(a.out)
    print(
        f"wrote {len(items)} questions to {os.path.join(a.out, 'questions.jsonl')}; pages: "
        + ", ".join(f"{k}={v}" for k, v in pages.items())
    )


if __name__ == "__main__":
    main()
