"""Generates the blind_filings_12 set: two PDFs and questions.jsonl."""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build_home  # noqa: E402
import build_tel  # noqa: E402
import kit  # noqa: E402
import models  # noqa: E402
import questions  # noqa: E402


def generate(out):
    kit.fonts_or_exit()
    m, t = models.check()
    os.makedirs(os.path.join(out, "pdfs"), exist_ok=True)
    anchors, pages = {}, {}
    for doc, mod, data in ((questions.HDOC, build_home, m), (questions.TDOC, build_tel, t)):
        _, labs = mod.build(data)
        d, labs2 = mod.build(data, labs)
        assert labs == labs2, "table of contents labels unstable"
        d.output(os.path.join(out, "pdfs", doc + ".pdf"))
        anchors[doc] = d.anchors
        pages[doc] = d.page_no()
    items = questions.build(m, t, anchors)
    with open(os.path.join(out, "questions.jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps({k: v for k, v in it.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
    return items, pages


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    items, pages = generate(a.out)
    print(f"wrote {len(items)} questions; pages: " + ", ".join(f"{k}={v}" for k, v in pages.items()))


if __name__ == "__main__":
    main()
