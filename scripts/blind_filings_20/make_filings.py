"""Build the blind filing set: two invented filings (PDF) and 50 analyst questions.

Usage: python make_filings.py --out DIR
Writes DIR/pdfs/<DOCNAME>.pdf and DIR/questions.jsonl.  Output is byte-identical on every run.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import chem_data  # noqa: E402
import chem_render  # noqa: E402
import reit_data  # noqa: E402
import reit_render  # noqa: E402
from questions import CHEM, REIT, build_rows  # noqa: E402


def build_all():
    """Return ({doc_name: pdf_bytes}, {doc_name: registry}, {doc_name: data}, question rows)."""
    cd = chem_data.build()
    rd = reit_data.build()
    chem_pdf = chem_render.render(cd)
    reit_pdf = reit_render.render(rd)
    pdfs = {CHEM: bytes(chem_pdf.output()), REIT: bytes(reit_pdf.output())}
    regs = {CHEM: chem_pdf.reg, REIT: reit_pdf.reg}
    rows = build_rows(regs)
    return pdfs, regs, {CHEM: cd, REIT: rd}, rows


def write(out: Path) -> None:
    pdfs, _, _, rows = build_all()
    (out / "pdfs").mkdir(parents=True, exist_ok=True)
    for name, data in pdfs.items():
        (out / "pdfs" / f"{name}.pdf").write_bytes(data)
    with open(out / "questions.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True, type=Path)
    args = ap.parse_args()
    write(args.out)
    print(f"wrote {args.out}/pdfs/{CHEM}.pdf, {args.out}/pdfs/{REIT}.pdf and {args.out}/questions.jsonl")


if __name__ == "__main__":
    main()
