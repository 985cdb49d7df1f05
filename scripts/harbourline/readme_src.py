# Writes README.md for the Harbourline Bank set, with counts measured from the built files.
import collections, csv, html, os, re


def write(out, rows, spans):
    import questions_src
    D = os.path.join(out, "documents")
    h = open(os.path.join(D, "faq.html"), encoding="utf-8").read()
    labels = [html.unescape(x) for x in re.findall(r'<span class="accordion__label">(.*?)</span>', h)]
    n_groups = len(re.findall(r'<section class="faq-group"', h))
    rep = sorted(((q, n) for q, n in collections.Counter(labels).items() if n > 1), key=lambda x: (-x[1], x[0]))
    from pypdf import PdfReader
    pages = len(PdfReader(os.path.join(D, "terms.pdf")).pages)
    from openpyxl import load_workbook
    wb = load_workbook(os.path.join(D, "fees.xlsx"))
    sheets = wb.sheetnames
    n_csv = sum(1 for _ in csv.reader(open(os.path.join(D, "rates.csv"), encoding="utf-8"))) - 1
    cov = [r for r in rows if r["covered"]]
    unc = [r for r in rows if not r["covered"]]
    conv = [r for r in rows if "turns" in r]
    withc = [r for r in cov if r["conditions"]]
    ngroups = sum(len(r["conditions"]) for r in cov)
    multi = sum(1 for r in cov if len(r["source"]) > 1)
    by_src = collections.Counter(s for r in cov for s in r["source"])
    alone = collections.Counter(r["source"][0] for r in cov if len(r["source"]) == 1)
    tagmap = questions_src.tags_by_question()
    kinds = collections.Counter(t for r in cov for t in tagmap.get(r["question"], []))
    names = {"rep": "a question repeated under several products in the FAQ, product named",
             "unn": "the same, product not named (expected holds every product's answer, one condition group per product)",
             "tier": "depends on product, tier, balance band, age or channel",
             "tbl": "table lookup (fees.xlsx, rates.csv, or a table in terms.pdf)",
             "fut": "needs a value that changes on 1 October 2026 (notice.md)",
             "two": "two questions in one"}
    kind_lines = "\n".join(f"| `{k}` | {names[k]} | {kinds[k]} |" for k in ["rep", "unn", "tier", "tbl", "fut", "two"])
    src_lines = "\n".join(f"| `{s}` | {by_src[s]} | {alone.get(s, 0)} |" for s in sorted(by_src))
    rep_text = "; ".join(f"\"{q}\" x{n}" for q, n in rep)
    text = f"""WARNING: held-out evaluation set — do not read questions.jsonl or tune on it.

# Harbourline Bank - blind evaluation set

A held-out evaluation set for finbot, a chat assistant that answers retail-bank customers' questions from the bank's
own documents. Everything here is invented: the bank, its products, figures, phone numbers and addresses. No text was
copied from any real bank or public dataset.

## The bank

Harbourline Bank Limited is a fictional Australian retail bank (registered office Level 12, 1 Quayside Walk, Port
Alder NSW 2999 - a made-up town). Australian dollars, Australian spelling (cheque, licence, organise), "p.a." rates,
BSBs, term deposits and comparison rates. House style is plain and terse, like a real bank's public help pages:
answers of one to four sentences, some with a short list. Phone numbers are fictional (1300 975 707 to 1300 975 710,
+61 2 5550 4108, 1800 160 411); web and email addresses use `harbourline.example` and `ibrs.example`. The external
dispute body (Independent Banking Review Service) and the insurer (Harbourline Life Limited) are invented too.

Documents are dated **1 July 2026**. `notice.md` (published 1 August 2026) changes five values from **1 October 2026**.

Products: Everyday Account (transaction, $4 monthly fee with waivers), Premier Account ($15 fee unless $5,000 kept
every day), Bonus Saver (base + bonus rate with monthly conditions, bonus capped at $250,000), Term Deposit (1 to 60
months, minimum depends on term, 31 days' notice and an interest adjustment table), Flexi Term Deposit (one 20%
withdrawal, no roll-over), FutureSave Plan (insurance-linked savings plan with life cover), Visa Debit card, Low Rate
and Rewards credit cards, fixed and variable personal loans, Basic Variable and Fixed home loans, transfers and
international payments, lost/stolen/retained cards, fraud and scams, disputed transactions, complaints, financial
hardship, deceased customers, closing accounts.

## Documents (`documents/`)

| File | Structure | What is tricky |
|---|---|---|
| `faq.html` | Public help-centre page: {len(labels)} questions in {n_groups} topic `<section>`s, each entry an accordion pair - `<button class="accordion__trigger">` holding the question and a hidden `<div class="accordion__panel">` holding the answer (`<p>`, `<ul>`, `<ol>`); cookie banner, masthead nav, search form, breadcrumb, sidebar, legal footer and an inline script around it | the same question text repeats under different products with different answers: {rep_text}. Several answers only point to the terms ("see clause 7"), and a few FAQ answers are superseded by `notice.md` from 1 October 2026 |
| `terms.pdf` | fpdf2, core fonts, {pages} pages; Parts A-D, numbered clauses (1.1 ...) with lettered sub-clauses (a), (b) ...; running header (bank name, document title, date) and footer (address, document code, "Page n of N"); three ruled tables (interest adjustment by portion of term elapsed, mistaken payments by when reported, contact numbers and hours) | clauses {" and ".join(spans)} break across a page, so header/footer text interleaves with the clause (one breaks inside a phone number); conditions and exceptions inside clauses ("unless", "except where", "provided that"); a worked example whose figure appears nowhere else; details the FAQ lacks (tax file number withholding, liability limits, unclaimed money, special-offer roll-over, hardship interest) |
| `fees.xlsx` | openpyxl workbook, {len(sheets)} sheets ({", ".join(sheets)}); each a title, a header row and fee rows with one column per account type, card, loan or channel, plus a Notes column | numbered footnote markers inside cells (`$4.00 (1)`, `$150 (1)`, `Break cost (2)`) explained only in rows below the table; exceptions in the Notes column (free for customers aged 65 or over, waived for Premier, not charged during a hardship arrangement, charged whether or not a trace succeeds); `n/a`, `Nil`, `Free` and `Not available` mean different things |
| `rates.csv` | {n_csv} rows: product, term, interest_paid, one column per balance band (Under $50,000 / $50,000 to $249,999 / $250,000 to $2,000,000), notes | wide grid: the answer needs the right term, payment frequency and balance band; the same term appears twice with different payment frequencies; minimums sit in the notes column |
| `notice.md` | Markdown notice with a change table and bullet lists | changes the Everyday fee waiver threshold, Bonus Saver bonus rate, online international transfer fee, Rewards annual fee and the default Pay Anyone limit (new accounts only) from 1 October 2026; says what is not changing |

`scripts/harbourline/make_set.py` builds all five files deterministically: fixed PDF creation date and metadata,
fixed XLSX core properties and zip entry timestamps, fixed CSV/HTML/Markdown text, and a seeded order for the
questions, so two runs give byte-identical files.

## Questions (`questions.jsonl`)

One JSON object per line with exactly these keys: `id` (`h001` ...), `question`, `expected`, `conditions`, `source`,
`covered`. Two-turn conversations also have `turns` (the messages in order); `question` equals the last turn and the
row is scored on it.

- `question` - in customers' own words: lower case, typos, texting style, indirect descriptions of a
  problem, very short or rambling, some two questions in one.
- `expected` - short strings, any one of which must appear (case-insensitive substring) in a correct answer; usually
  the figure or phrase exactly as a document writes it, with alternatives where documents word it differently.
- `conditions` - groups; a complete answer contains at least one string from every group (the tier, exception,
  other product's value, future value or second half of a two-part question it must not drop). `[]` when none.
- `source` - the document file names that hold the answer.
- `covered` - `false` for questions no document answers (then `expected`, `conditions`, `source` are empty and the
  assistant should say it cannot answer from the documents rather than invent).

### Counts (measured by the builder)

- Rows: {len(rows)}; covered: {len(cov)} (including {len(conv)} two-turn conversations); uncovered: {len(unc)}
- Covered with at least one condition group: {len(withc)} ({ngroups} groups in all)
- Covered citing more than one source: {multi}

| Source | Covered questions citing it | Cited alone |
|---|---|---|
{src_lines}

| Tag | Kind | Covered questions |
|---|---|---|
{kind_lines}

Tags are kept in `scripts/harbourline/questions_src.py`, not in the JSONL. Uncovered questions are plausible bank
questions that no document answers: figures the documents never give, products or services the bank does not
describe, and branch details.

## Commands

```
.venv/bin/python scripts/harbourline/make_set.py [OUTPUT_DIR]   # documents/, questions.jsonl, README.md
.venv/bin/python scripts/harbourline/check_set.py [SET_DIR]     # format and source checks, exit 1 on failure
```

Run from the repository root. Needs fpdf2, openpyxl and pypdf (python-docx only if a .docx source is added). The
default OUTPUT_DIR / SET_DIR is `assistant/evaluation/sets/harbourline`. Content lives in `scripts/harbourline/`:
`content_faq.py` (FAQ), `content_terms.py` (terms), `make_set.py` (builders, fees, rates, notice),
`questions_src.py` (questions and tags), `readme_src.py` (this file).

`check_set.py` verifies: every line has exactly the agreed keys (plus `turns` for conversations) and the right types;
ids and questions are unique; every covered row has expected strings and sources that exist; every expected
alternative and every condition alternative appears, case-insensitive with whitespace collapsed, in the extracted
text of at least one of its sources (PDF via pypdf, HTML with tags stripped and script dropped, XLSX and CSV cell by
cell, Markdown raw); every named source holds at least one of the row's alternatives; uncovered rows have empty
lists and their topic words occur in no document.

## Status

Written blind: the author read none of finbot's code, prompts, tests, index, UI, docs or other evaluation sets'
questions - only the Fernhill set's builder scripts and README, for file formats and builder habits.
"""
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
