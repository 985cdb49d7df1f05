#!/usr/bin/env python
"""Checks the Harbourline Bank set.
Run:  .venv/bin/python scripts/harbourline/check_set.py [SET_DIR]
- every line of questions.jsonl is a JSON object with exactly the agreed keys (plus "turns" for conversations);
- ids and questions are unique; types are right; sources are files that exist in documents/;
- covered: expected is not empty; every expected alternative and every condition alternative appears
  (case-insensitive, whitespace collapsed) in the extracted text of at least one named source; so at least one
  expected string and at least one alternative of each condition group are present; each named source holds at least
  one of the question's alternatives;
- uncovered: expected, conditions and source are empty lists, and (when questions_src.py is next to this script)
  the topic words of each uncovered question occur in no document.
Text extraction: PDF via pypdf, HTML by stripping tags (script/style dropped), XLSX/CSV cell by cell, Markdown raw
with ** and | removed. Exit status 1 on any failure."""
import csv, json, os, re, sys
sys.dont_write_bytecode = True
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SET = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "assistant", "evaluation", "sets", "harbourline")
D = os.path.join(SET, "documents")
BASE_KEYS = {"id", "question", "expected", "conditions", "source", "covered"}


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s.lower()).strip()


class _Strip(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        self.out.append(" ")
    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        self.out.append(" ")
    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("html", "htm"):
        p = _Strip(); p.feed(open(path, encoding="utf-8").read()); return "".join(p.out)
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    if ext == "xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(path, read_only=True, data_only=True)
        return "\n".join(str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v is not None)
    if ext == "docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells]
        return "\n".join(parts)
    if ext == "csv":
        return "\n".join(" ".join(r) for r in csv.reader(open(path, encoding="utf-8", newline="")))
    if ext == "md":
        return open(path, encoding="utf-8").read().replace("**", "").replace("|", " ")
    return open(path, encoding="utf-8").read()


def main():
    TEXT = {f: norm(text_of(os.path.join(D, f))) for f in sorted(os.listdir(D))}
    fails = []
    def fail(*a):
        fails.append(" ".join(str(x) for x in a))
    rows = []
    for ln, line in enumerate(open(os.path.join(SET, "questions.jsonl"), encoding="utf-8"), 1):
        try:
            r = json.loads(line)
        except ValueError as e:
            fail("BAD-JSON line", ln, e); continue
        if not isinstance(r, dict):
            fail("NOT-OBJECT line", ln); continue
        rows.append(r)
        rid = r.get("id", f"line{ln}")
        keys = set(r)
        if keys != BASE_KEYS and keys != BASE_KEYS | {"turns"}:
            fail("KEYS", rid, sorted(keys)); continue
        if not (isinstance(rid, str) and re.fullmatch(r"h\d{3}", rid)):
            fail("ID-FORMAT", rid)
        if not (isinstance(r["question"], str) and r["question"].strip()):
            fail("QUESTION-EMPTY", rid)
        if "turns" in r:
            t = r["turns"]
            if not (isinstance(t, list) and len(t) >= 2 and all(isinstance(x, str) and x.strip() for x in t)):
                fail("TURNS-FORMAT", rid)
            elif r["question"] != t[-1]:
                fail("TURNS-QUESTION-MISMATCH", rid)
        if not isinstance(r["covered"], bool):
            fail("COVERED-NOT-BOOL", rid); continue
        if not (isinstance(r["expected"], list) and all(isinstance(x, str) and x.strip() for x in r["expected"])):
            fail("EXPECTED-FORMAT", rid); continue
        if not (isinstance(r["conditions"], list) and all(isinstance(g, list) and g and all(isinstance(x, str) and x.strip() for x in g) for g in r["conditions"])):
            fail("CONDITIONS-FORMAT", rid); continue
        if not (isinstance(r["source"], list) and all(isinstance(x, str) for x in r["source"])):
            fail("SOURCE-FORMAT", rid); continue
        if not r["covered"]:
            if r["expected"] or r["conditions"] or r["source"]:
                fail("UNCOVERED-NOT-EMPTY", rid)
            continue
        if not r["expected"]:
            fail("EXPECTED-EMPTY", rid)
        if not r["source"]:
            fail("SOURCE-EMPTY", rid)
        if len(set(r["source"])) != len(r["source"]):
            fail("SOURCE-DUPLICATE", rid)
        srcs = [s for s in r["source"] if s in TEXT]
        for s in r["source"]:
            if s not in TEXT:
                fail("SOURCE-UNKNOWN", rid, s)
        def found(a):
            return any(norm(a) in TEXT[s] for s in srcs)
        if r["expected"] and not any(found(a) for a in r["expected"]):
            fail("EXPECTED-NOT-IN-SOURCES", rid, r["expected"], r["source"])
        for a in r["expected"]:
            if not found(a):
                fail("EXPECTED-ALT-MISSING", rid, repr(a), r["source"])
        for g in r["conditions"]:
            if not any(found(a) for a in g):
                fail("CONDITION-GROUP-NOT-IN-SOURCES", rid, g, r["source"])
            for a in g:
                if not found(a):
                    fail("CONDITION-ALT-MISSING", rid, repr(a), r["source"])
        alts = r["expected"] + [a for g in r["conditions"] for a in g]
        for s in srcs:
            if not any(norm(a) in TEXT[s] for a in alts):
                fail("SOURCE-HOLDS-NONE", rid, s)
    ids = [r.get("id") for r in rows]
    if len(ids) != len(set(ids)):
        fail("DUPLICATE-IDS")
    qs = [norm(r.get("question", "")) for r in rows if "turns" not in r]
    if len(qs) != len(set(qs)):
        fail("DUPLICATE-QUESTIONS")
    # uncovered topic words (only when the source list is available)
    try:
        sys.path.insert(0, HERE)
        import questions_src
        alltext = " ".join(TEXT.values())
        for q, words in questions_src.UNCOVERED:
            for w in words:
                if norm(w) in alltext:
                    fail("UNCOVERED-TOPIC-IN-DOCUMENTS", repr(w), "|", q)
    except ImportError:
        pass
    cov = [r for r in rows if r.get("covered") is True]
    unc = [r for r in rows if r.get("covered") is False]
    conv = [r for r in rows if "turns" in r]
    withc = [r for r in cov if r.get("conditions")]
    for f in fails:
        print(f)
    print(f"rows {len(rows)}: covered {len(cov)} (conversations {len(conv)}, with conditions {len(withc)}), "
          f"uncovered {len(unc)}; documents {', '.join(sorted(TEXT))}")
    print("FAILURES", len(fails) if fails else 0, "- OK" if not fails else "")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
