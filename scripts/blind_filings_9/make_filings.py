"""Generate the two blind filings (PDF) and questions.jsonl.

usage: .venv/bin/python scripts/blind_filings_9/make_filings.py --out /tmp/blind9
"""
import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep the repository folder clean
sys.path.insert(0, HERE)

import build_reit  # noqa: E402
import build_utility  # noqa: E402
import model_reit  # noqa: E402
import model_utility  # noqa: E402
import pypdf  # noqa: E402
import questions  # noqa: E402

DOCS = {
    model_utility.DOC: dict(builder=build_utility.build, company="Tessandra Energy Holdings", type="10k"),
    model_reit.DOC: dict(builder=build_reit.build, company="Corrowind Industrial Trust", type="10q"),
}


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def fig_re(fig):
    return re.compile(r"(?<![\w.,])" + re.escape(fig) + r"(?!\w|[.,]\d)")


def page_texts(path):
    reader = pypdf.PdfReader(path)
    out = []
    for pg in reader.pages:
        raw = pg.extract_text() or ""
        out.append(dict(lines=[norm(x) for x in raw.split("\n")], text=norm(raw)))
    return out


def match_spec(page, spec):
    """Return the matched printed text on this page for one evidence spec, or None."""
    if spec["anchor"] not in page["text"]:
        return None
    if spec["label"] is None:
        if all(fig_re(f).search(page["text"]) for f in spec["figs"]):
            sents = []
            for f in spec["figs"]:
                m = fig_re(f).search(page["text"])
                a = page["text"].rfind(". ", 0, m.start())
                b = page["text"].find(". ", m.end())
                sent = page["text"][a + 2 if a >= 0 else 0: b + 1 if b >= 0 else len(page["text"])]
                if sent not in sents:
                    sents.append(sent)
            return " ".join(sents)
        return None
    for ln in page["lines"]:
        if ln.startswith(spec["label"]) and all(fig_re(f).search(ln[len(spec["label"]):])
                                                 for f in spec["figs"]):
            return ln
    return None


def locate(pages, spec):
    hits = [(i, t) for i, pg in enumerate(pages) for t in [match_spec(pg, spec)] if t is not None]
    return hits


def build_all(out):
    os.makedirs(os.path.join(out, "pdfs"), exist_ok=True)
    assert model_utility.check() and model_reit.check()
    pages = {}
    for doc, d in DOCS.items():
        path = os.path.join(out, "pdfs", doc + ".pdf")
        d["builder"](path)
        pages[doc] = page_texts(path)
    qs = questions.all_questions()
    recs, problems = [], []
    for n, q in enumerate(qs, 1):
        by_page = {}
        for spec in q["ev"]:
            hits = locate(pages[q["doc"]], spec)
            if len(hits) != 1:
                problems.append(f"q{n}: spec {spec} matched pages {[h[0] for h in hits]}")
                continue
            pg, txt = hits[0]
            by_page.setdefault(pg, [])
            if txt not in by_page[pg]:
                by_page[pg].append(txt)
        evidence = [dict(evidence_text="\n".join(v), evidence_page_num=k) for k, v in sorted(by_page.items())]
        recs.append({
            "financebench_id": f"blind9_{n:03d}",
            "company": q["company"],
            "doc_name": q["doc"],
            "question_type": q["type"],
            "question": q["q"],
            "answer": q["a"],
            "justification": q["j"],
            "evidence": evidence,
            "doc_period": 2025,
            "doc_type": DOCS[q["doc"]]["type"],
        })
    if problems:
        raise SystemExit("evidence location failed:\n" + "\n".join(problems))
    with open(os.path.join(out, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return recs, qs, pages


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    recs, _, pages = build_all(a.out)
    print(f"wrote {len(recs)} questions; pages: " +
          ", ".join(f"{d}={len(p)}" for d, p in pages.items()))


if __name__ == "__main__":
    main()
