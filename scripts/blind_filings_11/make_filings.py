"""Generate the blind evaluation set: two PDFs (10-K airline, 10-Q medical devices) and questions.jsonl.

Usage: python make_filings.py --out DIR
Writes DIR/pdfs/<DOC_NAME>.pdf and DIR/questions.jsonl. Output is byte-for-byte deterministic.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

# the script's own folder is first on sys.path when run as `python .../make_filings.py`
import build_airline
import build_meddev
import model_airline
import model_meddev
import questions
from kit import output_bytes


def generate(out: Path) -> dict:
    """Build everything, write it under ``out`` and return the in-memory artefacts for the checker."""
    ma = model_airline.build()
    checks_a = model_airline.check(ma)
    mq = model_meddev.build()
    checks_q = model_meddev.check(mq)
    doc_a = build_airline.build_final(ma)
    doc_q = build_meddev.build_final(mq)
    pdfs = {build_airline.DOC_NAME: output_bytes(doc_a), build_meddev.DOC_NAME: output_bytes(doc_q)}
    qs = questions.build_all(ma, doc_a.anchors, mq, doc_q.anchors)
    (out / "pdfs").mkdir(parents=True, exist_ok=True)
    for name, data in pdfs.items():
        (out / "pdfs" / f"{name}.pdf").write_bytes(data)
    lines = [json.dumps({k: v for k, v in q.items() if not k.startswith("_")}, ensure_ascii=False) for q in qs]
    (out / "questions.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {
        "questions": qs,
        "pdfs": pdfs,
        "docs": {build_airline.DOC_NAME: doc_a, build_meddev.DOC_NAME: doc_q},
        "model_checks": {build_airline.DOC_NAME: checks_a, build_meddev.DOC_NAME: checks_q},
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    args = ap.parse_args(argv)
    res = generate(args.out)
    print(f"wrote {len(res['pdfs'])} PDFs and {len(res['questions'])} questions to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
