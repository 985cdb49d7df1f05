"""Check the blind filing set built by make_filings.py.

Usage: python check_set.py DIR

1. the statements tie (identities listed by chem_data.ties and reit_data.ties);
2. DIR/pdfs matches a fresh in-memory build;
3. every question: fields, evidence pages exist, every figure used is printed on its evidence page
   (text extracted with pypdfium2), the printed figure agrees with the generator's data, and the answer
   recomputed from the data and from the printed figures equals the stored answer;
4. the build is deterministic (make_filings.py run twice into temp dirs, byte comparison).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import pypdfium2 as pdfium

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import chem_data  # noqa: E402
import reit_data  # noqa: E402
from make_filings import build_all  # noqa: E402
from questions import CHEM, QUESTIONS, REIT, format_answer, parse_printed  # noqa: E402

KEYS = ["financebench_id", "company", "doc_name", "question_type", "question", "answer", "justification",
        "evidence_pages"]
failures: list[str] = []


def fail(msg: str) -> None:
    failures.append(msg)
    print("FAIL", msg)


def norm(s: str) -> str:
    s = s.replace("$", " ").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s)


def on_page(printed: str, page_text: str) -> bool:
    needle = norm(printed).strip()
    pat = r"(?<![\d,.])" + re.escape(needle) + r"(?![\d])"
    return re.search(pat, page_text) is not None


def page_texts(path: Path) -> list[str]:
    doc = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        out.append(norm(tp.get_text_range()))
    doc.close()
    return out


def tolerance(printed: str) -> float:
    if printed.endswith(" million"):
        return 50.0  # thousands, rounded to $0.1 million
    if "." in printed:
        return 0.005 + 1e-9
    return 1e-9


def check_ties() -> None:
    n = 0
    for mod in (chem_data, reit_data):
        for name, a, b in mod.ties(mod.build()):
            n += 1
            if abs(a - b) > 1e-9:
                fail(f"tie {mod.__name__}: {name}: {a} != {b}")
    print(f"ties checked: {n}")


def check_questions(out: Path, regs: dict) -> None:
    rows = [json.loads(line) for line in (out / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    if len(rows) != 50 or len(QUESTIONS) != 50:
        fail(f"expected 50 questions, found {len(rows)} rows / {len(QUESTIONS)} specs")
    texts = {CHEM: page_texts(out / "pdfs" / f"{CHEM}.pdf"), REIT: page_texts(out / "pdfs" / f"{REIT}.pdf")}
    print(f"pages: {CHEM}={len(texts[CHEM])}, {REIT}={len(texts[REIT])}")
    per_doc = Counter(r["doc_name"] for r in rows)
    print("questions per filing:", dict(per_doc))
    if len({r["question"] for r in rows}) != len(rows):
        fail("duplicate question text")
    for i, (row, spec) in enumerate(zip(rows, QUESTIONS, strict=True), start=1):
        qid = row.get("financebench_id")
        if list(row) != KEYS:
            fail(f"{qid}: keys {list(row)}")
        if qid != f"blind20_{i:03d}":
            fail(f"{qid}: bad id")
        if row["question_type"] not in ("metrics-generated", "domain-relevant"):
            fail(f"{qid}: question_type")
        if row["doc_name"] != spec.doc or row["question"] != spec.text:
            fail(f"{qid}: row does not match the question spec")
        reg = regs[spec.doc]
        pages = texts[spec.doc]
        data_vals, pdf_vals, ref_pages = [], [], set()
        for key, _desc in spec.refs:
            if key not in reg:
                fail(f"{qid}: figure {key} is not printed")
                continue
            e = reg[key]
            ref_pages.add(e["page"])
            if not 0 <= e["page"] < len(pages):
                fail(f"{qid}: page {e['page']} out of range")
                continue
            if not on_page(e["text"], pages[e["page"]]):
                fail(f"{qid}: {key} printed as {e['text']!r} not found on page {e['page']}")
                continue
            printed_val = parse_printed(e["text"])
            if abs(printed_val - float(e["value"])) > tolerance(e["text"]):
                fail(f"{qid}: {key} printed {e['text']!r} disagrees with data {e['value']!r}")
            data_vals.append(float(e["value"]))
            pdf_vals.append(printed_val)
        if sorted(ref_pages) != row["evidence_pages"]:
            fail(f"{qid}: evidence pages {row['evidence_pages']} != {sorted(ref_pages)}")
        if len(data_vals) != len(spec.refs):
            continue
        a_data = format_answer(spec.calc(*data_vals), spec.fmt)
        a_pdf = format_answer(spec.calc(*pdf_vals), spec.fmt)
        if not (a_data == a_pdf == row["answer"]):
            fail(f"{qid}: answer {row['answer']!r}; from data {a_data!r}; from PDF {a_pdf!r}")
        if row["answer"] not in row["justification"] and len(spec.refs) > 1:
            fail(f"{qid}: justification does not state the answer")


def check_determinism(out: Path) -> None:
    with tempfile.TemporaryDirectory() as t1, tempfile.TemporaryDirectory() as t2:
        for t in (t1, t2):
            subprocess.run([sys.executable, str(HERE / "make_filings.py"), "--out", t], check=True,
                           capture_output=True)
        names = sorted(p.relative_to(t1) for p in Path(t1).rglob("*") if p.is_file())
        names2 = sorted(p.relative_to(t2) for p in Path(t2).rglob("*") if p.is_file())
        if names != names2:
            fail("determinism: different file lists")
        for n in names:
            b1 = (Path(t1) / n).read_bytes()
            if b1 != (Path(t2) / n).read_bytes():
                fail(f"determinism: {n} differs between two builds")
            if not (out / n).is_file() or b1 != (out / n).read_bytes():
                fail(f"determinism: {out / n} differs from a fresh build (rerun make_filings.py)")
        print(f"determinism: {len(names)} files compared byte for byte")


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: check_set.py DIR")
    out = Path(sys.argv[1])
    check_ties()
    pdfs, regs, _, rows = build_all()
    for name, data in pdfs.items():
        p = out / "pdfs" / f"{name}.pdf"
        if not p.is_file() or p.read_bytes() != data:
            fail(f"{p} does not match an in-memory build")
    check_questions(out, regs)
    check_determinism(out)
    if failures:
        print(f"\n{len(failures)} check(s) FAILED")
        sys.exit(1)
    print("\nALL CHECKS PASSED")


if __name__ == "__main__":
    main()
