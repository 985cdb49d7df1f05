# Writes README.md for the Northreach Federal Credit Union set, with counts measured from the built files.
import collections
import csv
import os

from content_help import PAGES

WARNING = "WARNING: held-out evaluation set — do not read questions.jsonl or tune on it."

STYLE_TEXT = {
    "dl": "`<dl>` with `<dt>` question / `<dd>` answer",
    "h3": "`<h3>` question + `<p>`/`<ul>`/`<ol>` answer in a `div.help-entry`",
    "details": "`<details><summary>` question, answer in `div.faq__body`",
    "qa": "`div.qa` with `<h3 class=\"qa__q\">` question and `div.qa__a` answer (schema.org microdata)",
    "article": "`<article>` with `<header><h3>` question and `div.topic__body` answer",
}

TAGS = [
    ("rep", "a question whose wording repeats on the help pages for several products, product named in the question"),
    ("unn", "the same, product not named (expected holds every product's answer, one condition group per product)"),
    ("tier", "answer depends on product, balance or amount tier, age, channel, timing or vehicle age"),
    ("tbl", "table lookup (fee-schedule.pdf, rates.csv, or a Word table in member-agreement.docx)"),
    ("fut", "needs a value that changes on December 1, 2026, or a value the notice says is not changing (notice.txt)"),
    ("two", "two questions in one message"),
]


def write(out, rows, spans, pages):
    import questions_src
    from docx import Document
    D = os.path.join(out, "documents")
    per_page = [(p["file"], p["style"], sum(len(e) for _, _, e in p["sections"]), len(p["sections"])) for p in PAGES]
    n_entries = sum(n for _, _, n, _ in per_page)
    within = []
    for p in PAGES:
        c = collections.Counter(q for _, _, e in p["sections"] for q, _ in e)
        within += [f"\"{q}\" x{n} ({p['file']})" for q, n in sorted(c.items(), key=lambda x: (-x[1], x[0])) if n > 1]
    where = collections.defaultdict(set)
    for p in PAGES:
        for _, _, e in p["sections"]:
            for q, _ in e:
                where[q].add(p["file"])
    across = [f"\"{q}\" ({', '.join(sorted(f))})" for q, f in sorted(where.items()) if len(f) > 1]
    doc = Document(os.path.join(D, "member-agreement.docx"))
    h1 = sum(1 for p in doc.paragraphs if p.style.name == "Heading 1")
    h2 = sum(1 for p in doc.paragraphs if p.style.name == "Heading 2")
    n_tables = len(doc.tables)
    with open(os.path.join(D, "rates.csv"), encoding="utf-8", newline="") as f:
        n_csv = sum(1 for _ in csv.reader(f)) - 1
    cov = [r for r in rows if r["covered"]]
    unc = [r for r in rows if not r["covered"]]
    conv = [r for r in rows if "turns" in r]
    withc = [r for r in cov if r["conditions"]]
    ngroups = sum(len(r["conditions"]) for r in cov)
    multi = sum(1 for r in cov if len(r["source"]) > 1)
    by_src = collections.Counter(s for r in cov for s in r["source"])
    alone = collections.Counter(r["source"][0] for r in cov if len(r["source"]) == 1)
    help_any = sum(1 for r in cov if any(s.startswith("help/") for s in r["source"]))
    tagmap = questions_src.tags_by_question()
    kinds = collections.Counter(t for r in cov for t in tagmap.get(r["question"], []))
    untagged = sum(1 for r in cov if not tagmap.get(r["question"]))
    n_para = len(questions_src.paraphrases())
    page_lines = "\n".join(f"| `help/{f}` | {n} | {s} | {STYLE_TEXT[st]} |" for f, st, n, s in per_page)
    src_lines = "\n".join(f"| `{s}` | {by_src[s]} | {alone.get(s, 0)} |" for s in sorted(by_src))
    tag_lines = "\n".join(f"| `{k}` | {d} | {kinds[k]} |" for k, d in TAGS)
    text = f"""{WARNING}

# Northreach Federal Credit Union - blind evaluation set

A held-out evaluation set for finbot, a chat assistant that answers retail-bank customers' questions from the bank's
own documents. Everything here is invented: the credit union, its products, rates, fees, phone numbers, routing
number and addresses. No text was copied from any real bank, credit union or public dataset.

## The bank

Northreach Federal Credit Union is a fictional U.S. credit union (1200 Larchmont Avenue, Pell River, MN 56990 - a
made-up town in made-up Pell, Kessling and Marrow counties). U.S. English and U.S. dollars; credit-union vocabulary:
members, a $5 par value membership share, share accounts that pay "dividends" quoted as APY, loans quoted as APR,
share certificates instead of CDs. Routing number 291555014 is invented. Phone numbers are in the fictional 555-01xx
range ((800) 555-0142 member service, 555-0143 lost/stolen cards, 555-0145 card activation, 555-0147 loans,
555-0151 fraud, 555-0155 Member Care, 555-0158 Estate Services, +1 (612) 555-0143 from abroad); web and email use
`northreach.example`. The ATM network (Waypoint ATM Alliance) and the person-to-person payment service (ReachPay) are
invented names.

Products: Primary Share Savings ($5 par value, 6 withdrawals a month), Basic Checking (no fee, no dividends), Rewards
Checking (monthly qualifications, $6 fee with three waivers, tiered dividend up to $15,000, ATM surcharge refunds),
Youth Savings (under 18, tiered on the first $1,000), Money Market Share (three balance tiers, $2,500 minimum), share
certificates (6 to 60 months plus a 24-month Bump-up, penalties by term), debit card and teen card, Visa Platinum and
Visa Cash Back credit cards, new and used auto loans (terms by vehicle age and amount, autopay discount, Skip-a-Pay),
HELOC (introductory rate, then Prime plus a margin by line size, closing costs and early closure fee), overdraft
services (Overdraft Line of Credit, Overdraft Transfer Service, discretionary Courtesy Pay with opt-in), ReachPay,
external transfers, wires, mobile deposit, funds availability, unauthorized-transfer liability and error resolution,
scams and phishing, bereavement, divorce, name change, power of attorney, moving, turning 18, newborns, hardship,
dormant accounts and closing accounts.

Documents are dated **September 1, 2026**. `notice.txt` (published October 1, 2026) changes five values from
**December 1, 2026** and lists what is not changing.

## Documents (`documents/`)

| File | Structure | What is tricky |
|---|---|---|
| `help/*.html` | A help centre of {len(PAGES)} separate pages, {n_entries} Q&A entries in all (table below), each page with cookie notice, site header and navigation, help search form, topic bar linking the other pages, breadcrumb, on-this-page list, "Still need help?" box, legal footer and an inline script; answers of one to five sentences, some with numbered steps or bullet lists | the same question wording repeats for different products with different answers - on one page: {"; ".join(within)}; and across pages: {"; ".join(across)}. Conditions hide in the answers ("unless", "only if", members under 16/18, new members of less than 90 days, 65 or older). Several answers point elsewhere ("see the Fee Schedule", "the Membership and Account Agreement explains when", "section 7"), and some are superseded by `notice.txt` from December 1, 2026 |
| `member-agreement.docx` | python-docx Membership and Account Agreement: title, {h1} numbered Heading 1 sections ("1. Membership") and {h2} Heading 2 clauses ("1.1 Eligibility"), a bulleted list, header and footer text, and {n_tables} Word tables (funds availability by deposit type; liability for unauthorized transfers by when you tell us; error-resolution times by situation) | details the help pages lack or only summarise: longer check holds (over $6,000, new accounts), dividends forfeited on closing mid-month, penalty waiver only for death or incompetence, which transactions count for Rewards Checking, ATM withdrawals counting toward the savings limit, stop payments by phone, stale checks, the order overdraft services are used in, Courtesy Pay eligibility and opt-in, set-off limits, dormancy and unclaimed property, PIN sharing voiding the $0 liability, longer dispute times for new accounts and point-of-sale transactions |
| `fee-schedule.pdf` | fpdf2, core fonts, US Letter, {pages} pages; running header (credit union name, title, date) and footer (address, phone, document code, "Page n of N"); six numbered sections and a closing key-terms list; each section a ruled table with one column per account, card, channel or loan (Basic Checking / Rewards Checking / Primary Share Savings / Youth Savings / Money Market Share; Debit card / Visa Platinum / Visa Cash Back; Online / Branch / Phone; Auto loan / HELOC; Members / Non-members) | numbered footnote markers inside cells (`$6.00 (1)`, `$28.00 (5)`, `$5.00 (9)`, `$450 (12)`) explained only in notes below the table; {" and ".join(spans) if spans else "no section"} break across a page (a table continues with its header row repeated, or its notes land on the next page after the running footer and header); `None`, `Free`, `n/a`, `Not available` and `Not offered` mean different things; waivers and exceptions inside notes (65 or older, under 18, stolen checks with a police report, ATM kept the card, home sold) |
| `rates.csv` | {n_csv} rows: product, term, rate_type (APY/APR), three balance columns (Under $25,000 / $25,000 to $99,999 / $100,000 and over), notes | the balance columns mean the deposit balance for savings, but the amount financed or the credit line for loans (said only in the notes); Youth Savings says "see notes"; the used-auto rows depend on vehicle age; the HELOC's variable rows give Prime plus a margin, with the Prime Rate, floor and cap in the notes; minimums and penalties sit in the notes |
| `notice.txt` | Plain-text member notice with a numbered "what's changing" list (Now / From December 1, 2026), a "what isn't changing" list and an opt-out paragraph | changes the Courtesy Pay fee, the small-overdraft no-fee threshold, the Rewards Checking qualified rate, the outgoing domestic wire fee and the mobile deposit daily limit (established members only); says the NSF fee, daily fee cap, 30-day mobile limit, new-member limit, international wire fee, ReachPay limits and certificate rates stay the same; early closure fee waived for members who close before the change |

Help pages:

| Page | Entries | Sections | Markup of the Q&A entries |
|---|---|---|---|
{page_lines}

`scripts/northreach/make_set.py` builds every file deterministically: fixed PDF creation date and metadata, fixed DOCX
core properties and zip entry order and timestamps, fixed HTML/CSV/text, and a seeded order for the questions, so
two runs give byte-identical files.

## Questions (`questions.jsonl`)

One JSON object per line with exactly these keys: `id` (`n001` ...), `question`, `expected`, `conditions`, `source`,
`covered`. Two-turn conversations also have `turns` (the customer's messages in order); `question` equals the last
turn and the row is scored on it, with the earlier turn as context.

- `question` - in customers' own words: lower case, typos, texting style, indirect descriptions of a problem ("the
  machine kept my card"), very short or rambling, some two questions in one, some upset.
- `expected` - short strings, any one of which must appear (case-insensitive substring) in a correct answer; usually
  the figure or phrase exactly as a document writes it, with alternatives where documents word it differently.
- `conditions` - groups; a complete answer contains at least one string from every group (the tier, exception, other
  product's value, future value or second half of a two-part question it must not drop). `[]` when none.
- `source` - the document paths, relative to `documents/`, that hold the answer (e.g. `help/cards.html`).
- `covered` - `false` for questions no document answers (then `expected`, `conditions` and `source` are empty and the
  assistant should say it cannot answer from the documents rather than invent).

### Counts (measured by the builder)

- Rows: {len(rows)}; covered: {len(cov)} (including {len(conv)} two-turn conversations); uncovered: {len(unc)}
- Covered with at least one condition group: {len(withc)} ({ngroups} groups in all)
- Covered citing more than one source: {multi}; covered citing at least one help page: {help_any}
- Expected/condition alternatives that are paraphrases rather than document wording: {n_para} (every row and group
  also has a verbatim alternative)

| Source | Covered questions citing it | Cited alone |
|---|---|---|
{src_lines}

| Tag | Kind | Covered questions |
|---|---|---|
{tag_lines}

{untagged} covered questions carry no tag (a plain single-fact lookup). Tags are kept in
`scripts/northreach/questions_src.py`, not in the JSONL. Uncovered questions are plausible credit-union questions
that no document answers: products and services Northreach does not describe, figures the documents never give, and
branch details; `check_set.py` confirms that their topic words occur in no document.

## Commands

```
.venv/bin/python scripts/northreach/make_set.py [OUTPUT_DIR]   # documents/, questions.jsonl, README.md
.venv/bin/python scripts/northreach/check_set.py [SET_DIR]     # format and source checks, exit 1 on failure
```

Run from the repository root. Needs fpdf2, python-docx and pypdf. The default OUTPUT_DIR / SET_DIR is
`assistant/evaluation/sets/northreach`. Content lives in `scripts/northreach/`: `content_help.py` (help pages),
`content_agreement.py` (agreement), `content_fees.py` (fee schedule), `make_set.py` (builders, rates, notice),
`questions_src.py` (questions, tags and uncovered topic words), `readme_src.py` (this file).

`check_set.py` verifies: every line has exactly the agreed keys (plus `turns` for conversations) and the right types;
ids and questions are unique; every covered row has expected strings and sources that exist; every expected and
condition alternative appears, case-insensitive with whitespace collapsed, in the extracted text of at least one of
its sources (PDF via pypdf, DOCX via python-docx including tables, HTML with tags stripped and script dropped, CSV
cell by cell, text raw), apart from alternatives marked as paraphrases; every row keeps a verbatim expected string and
every condition group a verbatim alternative; every named source holds at least one of the row's alternatives;
uncovered rows have empty lists and their topic words occur in no document; the counts meet the minimums; this
README starts with the warning line.

## Status

Written blind: the author read none of finbot's code, prompts, tests, index or UI, and no other set's questions - only
the Harbourline set's README and builder scripts, for file formats and builder habits.
"""
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
