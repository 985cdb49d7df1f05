"""Generate the blind set: DIR/pdfs/<doc_name>.pdf and DIR/questions.jsonl.

Usage: python make_filings.py --out DIR
Deterministic: fixed creation date, no randomness; fonts come from
/usr/share/fonts/truetype (Liberation and DejaVu).
"""

import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import doc_marroway  # noqa: E402
import doc_tansley  # noqa: E402
import model_marroway  # noqa: E402
import model_tansley  # noqa: E402
import questions  # noqa: E402

DOCS = (doc_marroway, doc_tansley)


def generate(out: str):
    """Write PDFs and questions; return (figs_by_doc, uses, page_counts, continued_tables)."""
    model_marroway.check()
    model_tansley.check()
    os.makedirs(os.path.join(out, "pdfs"), exist_ok=True)
    figs, pages, cont = {}, {}, {}
    for mod in DOCS:
        d = mod.render()
        d.output(os.path.join(out, "pdfs", mod.DOC_NAME + ".pdf"))
        figs[mod.DOC_NAME] = d.figs
        pages[mod.DOC_NAME] = d.pages_count
        cont[mod.DOC_NAME] = list(d.continued_tables)
    rows, uses = questions.build_rows(figs)
    with open(os.path.join(out, "questions.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return figs, uses, pages, cont


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    _, uses, pages, _ = generate(a.out)
    print(f"wrote {len(uses)} questions; pages: {pages}")


if __name__ == "__main__":
    main()
