#!/usr/bin/env python
"""Checks the Northreach Federal Credit Union set.
Run:  .venv/bin/python scripts/northreach/check_set.py [SET_DIR]
- every line of questions.jsonl is a JSON object with exactly the agreed keys (plus "turns" for conversations);
- ids (n001 ...) and questions are unique; types are right; sources are files that exist under documents/;
- covered: expected and source are not empty; every expected alternative and every condition alternative appears
  (case-insensitive, whitespace collapsed) in the extracted text of at least one named source - except alternatives
  that questions_src.py marks as paraphrases, and even then every row keeps at least one verbatim expected string and
  every condition group at least one verbatim alternative; each named source holds at least one of the row's
  alternatives;
- uncovered: expected, conditions and source are empty lists, and the topic words listed for each uncovered question
  in questions_src.py occur in no document;
- counts: at least 110 covered (at least 4 of them two-turn) and at least 18 uncovered;
- README.md starts with the held-out warning line.
Text extraction: PDF via pypdf, DOCX via python-docx (paragraphs, tables, headers, footers), HTML by stripping tags
(script/style dropped), CSV cell by cell, TXT raw. Exit status 1 on any failure."""
import csv
import json
import os
import re
import sys
from html.parser import HTMLParser

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SET = os.path.join(HERE, "..", "..", "assistant", "evaluation", "sets", "northreach")
SET = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SET
D = os.path.join(SET, "documents")
BASE_KEYS = {"id", "question", "expected", "conditions", "source", "covered"}
WARNING = "WARNING: held-out evaluation set — do not read questions.jsonl or tune on it."


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u00a0", " ")
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
        p = _Strip()
        with open(path, encoding="utf-8") as f:
            p.feed(f.read())
        return "".join(p.out)
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    if ext == "docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        parts += [c.text for t in d.tables for r in t.rows for c in r.cells]
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    if ext == "csv":
        with open(path, encoding="utf-8", newline="") as f:
            return "\n".join(" ".join(r) for r in csv.reader(f))
    with open(path, encoding="utf-8") as f:
        return f.read()


def documents():
    out = {}
    for root, _, files in os.walk(D):
        for fn in files:
            full = os.path.join(root, fn)
            out[os.path.relpath(full, D).replace(os.sep, "/")] = norm(text_of(full))
    return dict(sorted(out.items()))


def main():
    TEXT = documents()
    sys.path.insert(0, HERE)
    try:
        import questions_src
        para = questions_src.paraphrases()
        uncovered_words = questions_src.UNCOVERED
    except ImportError:
        para, uncovered_words = set(), []
    fails = []

    def fail(*a):
        fails.append(" ".join(str(x) for x in a))

    rows = []
    with open(os.path.join(SET, "questions.jsonl"), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for ln, line in enumerate(lines, 1):
        try:
            r = json.loads(line)
        except ValueError as e:
            fail("BAD-JSON line", ln, e)
            continue
        if not isinstance(r, dict):
            fail("NOT-OBJECT line", ln)
            continue
        rows.append(r)
        rid = r.get("id", f"line{ln}")
        keys = set(r)
        if keys != BASE_KEYS and keys != BASE_KEYS | {"turns"}:
            fail("KEYS", rid, sorted(keys))
            continue
        if not (isinstance(rid, str) and re.fullmatch(r"n\d{3}", rid)):
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
            fail("COVERED-NOT-BOOL", rid)
            continue
        if not (isinstance(r["expected"], list) and all(isinstance(x, str) and x.strip() for x in r["expected"])):
            fail("EXPECTED-FORMAT", rid)
            continue
        groups_ok = isinstance(r["conditions"], list) and all(
            isinstance(g, list) and g and all(isinstance(x, str) and x.strip() for x in g) for g in r["conditions"])
        if not groups_ok:
            fail("CONDITIONS-FORMAT", rid)
            continue
        if not (isinstance(r["source"], list) and all(isinstance(x, str) for x in r["source"])):
            fail("SOURCE-FORMAT", rid)
            continue
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
        for s in r["source"]:
            if s not in TEXT:
                fail("SOURCE-UNKNOWN", rid, s)
        srcs = [s for s in r["source"] if s in TEXT]

        def found(a, srcs=srcs):
            return any(norm(a) in TEXT[s] for s in srcs)

        if r["expected"] and not any(found(a) for a in r["expected"]):
            fail("EXPECTED-NOT-IN-SOURCES", rid, r["expected"], r["source"])
        for a in r["expected"]:
            if a not in para and not found(a):
                fail("EXPECTED-ALT-MISSING", rid, repr(a), r["source"])
        for g in r["conditions"]:
            if not any(found(a) for a in g):
                fail("CONDITION-GROUP-NOT-IN-SOURCES", rid, g, r["source"])
            for a in g:
                if a not in para and not found(a):
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
    alltext = " ".join(TEXT.values())
    unc_q = {norm(r.get("question", "")) for r in rows if r.get("covered") is False}
    for q, words in uncovered_words:
        if norm(q) not in unc_q:
            fail("UNCOVERED-NOT-IN-JSONL", repr(q))
        for w in words:
            if norm(w) in alltext:
                fail("UNCOVERED-TOPIC-IN-DOCUMENTS", repr(w), "|", q)
    cov = [r for r in rows if r.get("covered") is True]
    unc = [r for r in rows if r.get("covered") is False]
    conv = [r for r in rows if "turns" in r]
    withc = [r for r in cov if r.get("conditions")]
    if len(cov) < 110:
        fail("TOO-FEW-COVERED", len(cov))
    if len(unc) < 18:
        fail("TOO-FEW-UNCOVERED", len(unc))
    if len([r for r in conv if r.get("covered")]) < 4:
        fail("TOO-FEW-CONVERSATIONS", len(conv))
    readme = os.path.join(SET, "README.md")
    if not os.path.exists(readme):
        fail("README-MISSING")
    else:
        with open(readme, encoding="utf-8") as f:
            if f.readline().rstrip("\n") != WARNING:
                fail("README-FIRST-LINE")
    for f in fails:
        print(f)
    print(f"rows {len(rows)}: covered {len(cov)} (conversations {len(conv)}, with conditions {len(withc)}), "
          f"uncovered {len(unc)}; paraphrase alternatives {len(para)}; documents {', '.join(TEXT)}")
    print("FAILURES", len(fails), "- OK" if not fails else "")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
