# Writes README.md with counts measured from the built files.
import os, re, csv, collections
def write(here, rows, qs):
    D = os.path.join(here, "documents")
    h = open(os.path.join(D, "member-faq.html"), encoding="utf-8").read()
    h3 = re.findall(r"<h3>(.*?)</h3>", h)
    rep = {k: v for k, v in collections.Counter(h3).items() if v > 1}
    n_sec = len(re.findall(r"<section ", h)); n_tab = len(re.findall(r"<table", h))
    from pypdf import PdfReader
    pages = len(PdfReader(os.path.join(D, "savings-conditions.pdf")).pages)
    from docx import Document
    d = Document(os.path.join(D, "tariff.docx")); n_dt = len(d.tables)
    n_csv = sum(1 for _ in csv.reader(open(os.path.join(D, "rate-sheet.csv"), encoding="utf-8"))) - 1
    cov = [r for r in rows if r["covered"]]; unc = [r for r in rows if not r["covered"]]
    kinds = collections.Counter(k for x in qs.C for k in x[4])
    by_src = collections.Counter(s for r in cov for s in r["source"])
    single = collections.Counter(r["source"][0] for r in cov if len(r["source"]) == 1)
    multi = sum(1 for r in cov if len(r["source"]) > 1)
    withc = sum(1 for r in cov if r["conditions"])
    ngroups = sum(len(r["conditions"]) for r in cov)
    names = {"tbl": "table lookup", "proc": "step procedure", "tier": "depends on the member's product, tier or balance",
             "fut": "needs a future or changed value (most also need the current one)", "two": "two questions in one"}
    kind_lines = "\n".join(f"| `{k}` | {names[k]} | {kinds[k]} |" for k in ["tbl", "proc", "tier", "fut", "two"])
    src_lines = "\n".join(f"| `{s}` | {by_src[s]} | {single.get(s, 0)} |" for s in sorted(by_src))
    rep_lines = ", ".join(f"\"{html_unescape(k)}\" x{v}" for k, v in sorted(rep.items()))
    text = f"""# Fernhill Building Society - blind evaluation set

A held-out evaluation set for a chat assistant that answers retail-bank members' questions from the bank's own
documents. Everything here is invented; it was written without seeing the assistant's code, tests or other sets.

## The bank

Fernhill Building Society is a fictional UK mutual (it has *members*, not customers), head office Fernhill House,
14 Quarry Lane, Bristol BS99 7XQ. House style is formal but warm, British spelling. Phone numbers are in Ofcom drama
ranges (0117 496 0xxx, 0808 157 0xxx); web and email use `fernhill.example`. All documents are dated
**1 September 2026**. Rate changes take effect on **1 January 2027** (rate sheet, tariff), and the service update
changes some values from 1 September / 1 October 2026.

Products: Everyday and Everyday Plus current accounts (two tiers), Regular Saver (Issue 7), Easy Access Saver
(Issue 4, tiered by balance), 1 and 2 Year Fixed Bonds, flexible Cash ISA, mortgage overpayments, personal loans
(APR by amount band), branch / cash / cheque services, lost, stolen and ATM-retained cards, fraud and scam
reimbursement, bereavement, power of attorney, complaints and the Financial Ombudsman Service, FSCS, closing and
switching.

## Documents (`documents/`)

| File | Structure | What is tricky |
|---|---|---|
| `member-faq.html` | {len(h3)} questions as `<h3>` followed by `<p>`/`<ul>`/`<ol>`/`<table>` answer blocks, in {n_sec} topic `<section>`s; site header, nav, search form and footer boilerplate | {n_tab} tables inside answers; the same question text repeats under different products with different answers ({rep_lines}); some values are superseded by `service-update.md` (cash machine limit, cheque app limit, counter cash, overpayment allowance, fraud number, switching offer end date) |
| `savings-conditions.pdf` | fpdf2, core fonts, {pages} pages; Part A general and Part B product conditions, numbered clauses (1.1 ...) with lettered sub-clauses (a), (b) ...; running header and footer with page numbers | clauses 8.1, 12.5 and 14.2 break across page boundaries (header/footer text interleaves); two ruled tables (interest payment dates by account; early closure charge by bond term) whose cells come out of text extraction as run-together rows |
| `tariff.docx` | python-docx; headed paragraphs plus {n_dt} Word tables (service rows x account-tier columns: Everyday / Everyday Plus / Savings accounts) | footnote markers in cells (`Free*`, `£10.00†`, `£10.00**`, `24.9% EAR‡`) explained only in paragraphs below each table; the Everyday Plus fee cell holds both the current and the 1 January 2027 value |
| `rate-sheet.csv` | {n_csv} rows: product code, product, balance band, rate basis, `rate_now`, `rate_from_1_january_2027`, notes | answers need the right band row and often both columns; notes carry conditions (Issue 8 vs Issue 7, new bonds only) |
| `service-update.md` | Markdown notice with headings, bullet and numbered lists | amends values in the other three documents; the old fraud number keeps working until a date; a branch closure procedure |

The builder fixes dates and metadata (PDF creation date, DOCX core properties and zip timestamps), so re-running it
gives byte-identical files.

## Questions (`questions.jsonl`)

One JSON object per line with exactly these fields:

- `id` - `f001` ...
- `question` - written the way members type (lower case, slang, typos, no question mark, worried wording, often two questions in one); paraphrased, not copied from the documents.
- `expected` - list of short alternatives (1-6 words); a correct answer must contain one of them (case-insensitive).
- `conditions` - list of groups; a correct answer must also contain one alternative from **every** group (conditions and exceptions, the other tier's value, the current or future value, the second half of a two-part question). `[]` when none.
- `source` - document file names that hold the answer.
- `covered` - `true` if the documents answer it; `false` for questions no document covers (then `expected`, `conditions` and `source` are empty; the assistant should say it cannot answer from the documents rather than invent).

### Counts (measured by the builder)

- Total questions: {len(rows)}
- Covered: {len(cov)}; uncovered: {len(unc)}
- Covered questions with at least one condition group: {withc} ({ngroups} groups in all)
- Covered questions citing more than one source: {multi}

By source (a question can cite several):

| Source | Questions citing it | Cited alone |
|---|---|---|
{src_lines}

By kind (a question can have several kinds; tags are kept in `questions_src.py`, not in the JSONL):

| Tag | Kind | Questions |
|---|---|---|
{kind_lines}

Uncovered questions are about things no document mentions, several close to real products: crypto, business
accounts, pensions, car finance, credit cards, junior ISA, premium bonds, buy-to-let, safe deposit boxes, home
insurance, Apple/Google Pay, student accounts, travel money, stocks and shares, lifetime ISA, cheque books, equity
release, changing name on marriage, green mortgages, will writing, club accounts, cashback, a 5-year bond, premium
cards.

## Checks

The set was verified with `scripts/fernhill/check_set.py`: every alternative appears
word for word (lower-cased, whitespace collapsed) in the extracted text of at least one named source (PDF via pypdf,
DOCX paragraphs and table cells via python-docx, HTML text via `html.parser`, CSV and Markdown as raw text); every
named source contains at least one of the question's alternatives; the topic words of each uncovered question occur
in no document; no question contains a question mark; ids and questions are unique.

## Rebuild

```
.venv/bin/python scripts/fernhill/make_set.py [OUTPUT_DIR]     # documents/, questions.jsonl, README.md
.venv/bin/python scripts/fernhill/check_set.py [SET_DIR]       # the checks above
```

Needs fpdf2, python-docx and pypdf. Content lives in `scripts/fernhill/`: `docs_html.py` (FAQ), `docs_pdf.py` (conditions),
`make_set.py` (tariff, rate sheet, service update, builders) and `questions_src.py` (questions).

## Status

Written blind in session 12 by a helper who read none of finbot's code, sets or tests. Scored held out on session
11's final answer path (e92b897: 0.475 good, 0.392 wrong, 0.127 refused, 18 of 24 uncovered refused) and once more
on session 12's (2c5479c: 0.494 good, 0.373 wrong, 0.127 refused, 18 of 24); only totals and counts were read, not the
answers (docs/evaluation.md, "Session 12").
"""
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
def html_unescape(s):
    import html; return html.unescape(s)
