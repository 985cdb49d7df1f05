# Checks the Fernhill set: every expected phrase stands in a named source; uncovered topics in no document.
import json, os, re, sys, csv
sys.dont_write_bytecode = True
from html.parser import HTMLParser
from pypdf import PdfReader
from docx import Document
HERE = os.path.dirname(os.path.abspath(__file__))
SET = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "assistant", "evaluation", "sets", "fernhill")
D = os.path.join(SET, "documents")
sys.path.insert(0, HERE)
import questions_src
def norm(s): return re.sub(r"\s+", " ", s.lower()).strip()
class H(HTMLParser):
    def __init__(s): super().__init__(convert_charrefs=True); s.out = []
    def handle_data(s, d): s.out.append(d)
    def handle_starttag(s, t, a): s.out.append(" ")
    def handle_endtag(s, t): s.out.append(" ")
def html_text(p):
    h = H(); h.feed(open(p, encoding="utf-8").read()); return "".join(h.out)
def docx_text(p):
    d = Document(p); parts = [x.text for x in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            for c in r.cells: parts.append(c.text)
    return "\n".join(parts)
TEXT = {
 "member-faq.html": norm(html_text(os.path.join(D, "member-faq.html"))),
 "savings-conditions.pdf": norm("\n".join(pg.extract_text() for pg in PdfReader(os.path.join(D, "savings-conditions.pdf")).pages)),
 "tariff.docx": norm(docx_text(os.path.join(D, "tariff.docx"))),
 "rate-sheet.csv": norm(open(os.path.join(D, "rate-sheet.csv"), encoding="utf-8").read()),
 "service-update.md": norm(open(os.path.join(D, "service-update.md"), encoding="utf-8").read()),
}
rows = [json.loads(l) for l in open(os.path.join(SET, "questions.jsonl"), encoding="utf-8")]
fails = 0
for r in rows:
    assert set(r) == {"id", "question", "expected", "conditions", "source", "covered"}, r["id"]
    if "?" in r["question"]: print("QMARK", r["id"]); fails += 1
    if not r["covered"]:
        assert not r["expected"] and not r["conditions"] and not r["source"]; continue
    alts = list(r["expected"]) + [a for g in r["conditions"] for a in g]
    for a in alts:
        if not any(norm(a) in TEXT[s] for s in r["source"]):
            print("ALT-MISSING", r["id"], repr(a), r["source"]); fails += 1
    for s in r["source"]:
        if not any(norm(a) in TEXT[s] for a in alts):
            print("SOURCE-EMPTY", r["id"], s); fails += 1
    # the expected group as a whole must be findable, and each condition group
    for g in [r["expected"]] + r["conditions"]:
        if not g: print("EMPTY-GROUP", r["id"]); fails += 1
alltext = " ".join(TEXT.values())
for text, topics in questions_src.UNCOVERED:
    for w in topics:
        if norm(w) in alltext: print("UNCOVERED-TOPIC-FOUND", repr(w), "|", text); fails += 1
ids = [r["id"] for r in rows]; assert len(ids) == len(set(ids))
qs = [r["question"] for r in rows]; assert len(qs) == len(set(qs)), "dup question"
print("rows", len(rows), "failures", fails)
