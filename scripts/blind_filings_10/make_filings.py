"""Generate the two synthetic filings and the blind question set.

Usage: .venv/bin/python scripts/blind_filings_10/make_filings.py --out /tmp/blind10
"""

import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import build_am  # noqa: E402
import build_semi  # noqa: E402
import kit  # noqa: E402
import model_am  # noqa: E402
import model_semi  # noqa: E402
import questions  # noqa: E402

DOCS = {
    build_semi.DOC_NAME: dict(company="Tessaline Semiconductor", period=2025, type="10k"),
    build_am.DOC_NAME: dict(company="Meridale Rowe Investments", period=2025, type="10q"),
}


def generate(out):
    pdir = os.path.join(out, "pdfs")
    os.makedirs(pdir, exist_ok=True)
    ms, ma = model_semi.build(), model_am.build()
    model_semi.check(ms)
    model_am.check(ma)
    paths = {}
    for name, mod, m in [(build_semi.DOC_NAME, build_semi, ms), (build_am.DOC_NAME, build_am, ma)]:
        pdf = mod.make(m)
        p = os.path.join(pdir, name + ".pdf")
        pdf.output(p)
        paths[name] = p
    texts = {k: kit.page_texts(p) for k, p in paths.items()}
    qk, qq = questions.all_questions(ms, ma)
    qs = qk + qq
    records, located = [], []
    for i, q in enumerate(qs, 1):
        pages = {}
        found = []
        for fig, anchors in q["needles"]:
            pg, line = kit.locate(texts[q["doc"]], fig, anchors)
            if pg is None:
                raise SystemExit(f"blind10_{i:03d}: figure {fig!r} with anchors {anchors} not found")
            pages.setdefault(pg, [])
            if line not in pages[pg]:
                pages[pg].append(line)
            found.append((fig, anchors, pg))
        ev = [{"evidence_text": " | ".join(lines), "evidence_page_num": pg} for pg, lines in sorted(pages.items())]
        meta = DOCS[q["doc"]]
        rec = {
            "financebench_id": f"blind10_{i:03d}",
            "company": meta["company"],
            "doc_name": q["doc"],
            "question_type": q["qtype"],
            "question": q["question"],
            "answer": q["answer"],
            "justification": q["justification"],
            "evidence": ev,
            "doc_period": meta["period"],
            "doc_type": meta["type"],
        }
        records.append(rec)
        located.append(found)
    with open(os.path.join(out, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return dict(models=(ms, ma), paths=paths, texts=texts, records=records, located=located, counts=(len(qk), len(qq)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    res = generate(a.out)
    for k, p in res["paths"].items():
        print(f"{p}: {len(res['texts'][k])} pages")
    print(f"{len(res['records'])} questions -> {os.path.join(a.out, 'questions.jsonl')}")


if __name__ == "__main__":
    main()
