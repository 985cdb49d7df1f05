"""Generate the blind_filings_4 evaluation set.

Usage (from /work/main):
    .venv/bin/python scripts/blind_filings_4/make_filings.py --out /tmp/blind4

Writes DIR/pdfs/TARNWICK_2025_10K.pdf, DIR/pdfs/OSSENFIELD_FY2025_8K.pdf and
DIR/questions.jsonl.  Output is deterministic (fixed creation date, no
randomness): two runs produce byte-identical files.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ossenfield_doc  # noqa: E402
import ossenfield_model  # noqa: E402
import questions  # noqa: E402
import tarnwick_doc  # noqa: E402
import tarnwick_model  # noqa: E402


def generate() -> tuple[dict, list, dict]:
    """Return ({doc_name: pdf bytes}, question records, {doc_name: Doc})."""
    tarnwick_model.check()
    ossenfield_model.check()
    t_bytes, t_doc = tarnwick_doc.render()
    o_bytes, o_doc = ossenfield_doc.render()
    pdfs = {tarnwick_doc.DOC_NAME: t_bytes, ossenfield_doc.DOC_NAME: o_bytes}
    docs = {tarnwick_doc.DOC_NAME: t_doc, ossenfield_doc.DOC_NAME: o_doc}
    recs = questions.build({name: d.cells for name, d in docs.items()})
    return pdfs, recs, docs


def jsonl_text(recs: list) -> str:
    return "".join(json.dumps(questions.public(r), ensure_ascii=False) + "\n" for r in recs)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, help="output directory")
    args = ap.parse_args(argv)
    out = Path(args.out)
    (out / "pdfs").mkdir(parents=True, exist_ok=True)
    pdfs, recs, docs = generate()
    for name, data in pdfs.items():
        (out / "pdfs" / f"{name}.pdf").write_bytes(data)
    (out / "questions.jsonl").write_text(jsonl_text(recs), encoding="utf-8")
    for name, d in docs.items():
        print(f"{name}: {d.page_no()} pages; tables continued across pages: {[k for k, _ in d.continued_tables]}")
    print(f"questions: {len(recs)} -> {out / 'questions.jsonl'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
