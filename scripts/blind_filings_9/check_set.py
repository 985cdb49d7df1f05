"""Regenerate the blind set, run model checks, verify evidence pages and determinism.

usage: .venv/bin/python scripts/blind_filings_9/check_set.py --out /tmp/blind9
"""
import argparse
import collections
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep the repository folder clean
sys.path.insert(0, HERE)

import make_filings  # noqa: E402
import model_reit  # noqa: E402
import model_utility  # noqa: E402
import questions  # noqa: E402

KEYS = ["financebench_id", "company", "doc_name", "question_type", "question", "answer", "justification",
        "evidence", "doc_period", "doc_type"]
TYPES = {"metrics-generated", "novel-generated", "domain-relevant"}


def run_make(out):
    subprocess.run([sys.executable, os.path.join(HERE, "make_filings.py"), "--out", out], check=True,
                   stdout=subprocess.DEVNULL)


def hashes(out):
    h = {}
    for rel in sorted(["questions.jsonl"] + [os.path.join("pdfs", f) for f in os.listdir(os.path.join(out, "pdfs"))]):
        with open(os.path.join(out, rel), "rb") as fh:
            h[rel] = hashlib.sha256(fh.read()).hexdigest()
    return h


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    out = ap.parse_args().out
    fails = []

    def need(cond, msg):
        if not cond:
            fails.append(msg)

    # 1. models
    need(model_utility.check(), "utility model check")
    need(model_reit.check(), "REIT model check")

    # 2. regenerate twice, compare hashes
    run_make(out)
    h1 = hashes(out)
    rerun = os.path.join(out, "_determinism_rerun")
    shutil.rmtree(rerun, ignore_errors=True)
    run_make(rerun)
    h2 = hashes(rerun)
    shutil.rmtree(rerun, ignore_errors=True)
    need(h1 == h2, f"non-deterministic output: {h1} vs {h2}")

    # 3. questions file
    with open(os.path.join(out, "questions.jsonl"), encoding="utf-8") as fh:
        recs = [json.loads(x) for x in fh if x.strip()]
    need(len(recs) == 50, f"expected 50 questions, got {len(recs)}")
    need(len({r["financebench_id"] for r in recs}) == len(recs), "duplicate ids")
    pages = {d: make_filings.page_texts(os.path.join(out, "pdfs", d + ".pdf")) for d in make_filings.DOCS}
    specs = questions.all_questions()
    numeric = 0
    for r, q in zip(recs, specs, strict=False):
        need(list(r.keys()) == KEYS, f"{r['financebench_id']}: keys {list(r.keys())}")
        need(r["question_type"] in TYPES, f"{r['financebench_id']}: bad type")
        need(r["doc_period"] == 2025 and r["doc_type"] in ("10k", "10q"), f"{r['financebench_id']}: period/type")
        need(r["evidence"] and all(isinstance(e["evidence_page_num"], int) for e in r["evidence"]),
             f"{r['financebench_id']}: evidence")
        need(r["question"] == q["q"] and r["answer"] == q["a"], f"{r['financebench_id']}: spec mismatch")
        if re.search(r"\d", r["answer"]):
            numeric += 1
        ev_pages = {e["evidence_page_num"] for e in r["evidence"]}
        pg = pages[r["doc_name"]]
        for e in r["evidence"]:
            need(0 <= e["evidence_page_num"] < len(pg), f"{r['financebench_id']}: page out of range")
        found_pages = set()
        for spec in q["ev"]:
            hit = [p for p in sorted(ev_pages) if make_filings.match_spec(pg[p], spec) is not None]
            need(len(hit) >= 1, f"{r['financebench_id']}: figures {spec['figs']} not found on pages {sorted(ev_pages)}")
            for f in spec["figs"]:
                need(any(make_filings.fig_re(f).search(pg[p]["text"]) for p in ev_pages),
                     f"{r['financebench_id']}: figure {f} missing from evidence pages")
            found_pages.update(hit[:1])
        need(found_pages == ev_pages, f"{r['financebench_id']}: evidence pages {ev_pages} vs {found_pages}")
    need(numeric >= 48, f"only {numeric} numeric answers")

    # 4. layout conventions
    all_text = {d: " ".join(p["text"] for p in pg) for d, pg in pages.items()}
    need(any("(continued)" in t for t in all_text.values()), "no continued table")
    need("F-1" in all_text[model_utility.DOC], "no F- pages")

    # summary
    by_doc = collections.Counter(r["doc_name"] for r in recs)
    by_type = collections.Counter(r["question_type"] for r in recs)
    by_doc_type = collections.Counter((r["doc_name"], r["question_type"]) for r in recs)
    multi = sum(1 for r in recs if len(r["evidence"]) > 1)
    print("blind_filings_9 summary")
    for d, pg in pages.items():
        print(f"  {d}.pdf: {len(pg)} pages, {by_doc[d]} questions")
    for t in sorted(TYPES):
        print(f"  {t}: {by_type[t]}  (" + ", ".join(f"{d}={by_doc_type[(d, t)]}" for d in pages) + ")")
    print(f"  numeric answers: {numeric}/{len(recs)}; multi-page evidence: {multi}")
    print(f"  deterministic: {h1 == h2}")
    for k, v in h1.items():
        print(f"    {v[:16]}  {k}")
    if fails:
        print("FAILED:")
        for f in fails:
            print("  -", f)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
