"""A filing's own financial statements, brought to the questions that draw on them.

An analyst's figure (a margin, a ratio, a balance-sheet line) is printed on one of three pages of a 200-page
10-K: the income statement, the balance sheet or the cash flow statement. Searched by its words, the
question ranks the MD&A and the notes that discuss the figure above those pages, because they repeat the
question's words more often than a statement's terse row labels do. So within one long document, a question
that names a statement, a ratio over statements or a line item of one gets that statement's table among its
passages (`Retriever`), in place of the weakest passage.

The company's own statement is the table titled as the statement (or, untitled, with the most of its line
items) outside the notes: a guarantor subgroup's balance sheet inside a note is not the company's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answering.tables.line_items import LEADER_DOTS
from assistant.answering.tables.statements import (
    IN_NOTE,
    ITEMS,
    JUDGEMENTS,
    RATIOS,
    STATEMENT_TITLES,
    canonical_item,
    label_quality,
    parse_formula,
    token_item,
)
from assistant.retrieval.coverage import as_asked
from index.documents import Chunk

# Words of a question that name a statement, beyond the titles a table uses ('the P&L', 'investing activities').
_ASKED_STATEMENT = {
    "balance": re.compile(r"\bbalance sheets?\b|\bfinancial position\b", re.I),
    "income": re.compile(r"\bincome statements?\b|\bP&L\b|\bprofit (?:and|&) loss\b|\bstatements? of operations\b",
                         re.I),
    "cash": re.compile(r"\bcash flows? statements?\b|\bstatements? of cash flows?\b"
                       r"|\b(?:operating|investing|financing) activities\b", re.I),
}
_LEADERS = re.compile(LEADER_DOTS.pattern + r"|\s*\([^)]*\)")  # leader dots, a note's number: not the line's name
# One-word line items too common in other senses to name a statement ('cash proceeds', 'sales of shares').
_TOO_COMMON = frozenset({"cash", "sales", "equity", "dividends", "revenue", "revenues"})
# A table untitled as a statement (its title lost, or an earnings release's) needs this many of its line items.
_UNTITLED_ITEMS = 3
_TITLE_WEIGHT = 3  # a title counts as this many line items; an MD&A table 'analysing the statements of income'
_PART_WEIGHT = 2  # has the title words and a few of the items, the statement itself has most of them
_STATEMENTS_PART = re.compile(r"\bfinancial statements\b", re.I)  # 'Item 8. Financial Statements and …'
# Most 10-Ks print comprehensive income as a statement of its own; its lines ('Total comprehensive income') are
# found by their names (`statements_named`), as no line item of ITEMS belongs to it.
_PRINTED_TITLES = {**STATEMENT_TITLES, "comprehensive": re.compile(
    r"statements? of (?:consolidated )?comprehensive (?:income|loss|\(loss\) income|income \(loss\))", re.I)}
_COMPREHENSIVE_LINE = re.compile(r"\bcomprehensive (?:income|loss)\b", re.I)
_ACTIVITY = re.compile(r"\b(operating|investing|financing) activities\b", re.I)
MAX_STATEMENTS = 2  # passages given to statements; the rest stay the search's


def statements_asked(question: str) -> list[str]:
    """The statements a question draws its figures from, most telling first: those it names ('balance sheet'),
    then those of a ratio it names or defines, then those of line items it names ('total current assets')."""
    text = as_asked(question).replace("&", " and ").replace("’", "'")
    found: list[str] = [s for s, words in _ASKED_STATEMENT.items() if words.search(question) or words.search(text)]
    found += [s for s, title in STATEMENT_TITLES.items() if title.search(text)]
    judged = {name for pattern, names in JUDGEMENTS if pattern.search(text) for name in names}
    for pattern, name, formula, _ in RATIOS:
        if pattern.search(text) or name in judged:
            found += [ITEMS[token_item(item)][0]  # a line in a bank's own words ('row:total deposits') is no item
                      for kind, item in parse_formula(formula) or () if kind == "item" and token_item(item) in ITEMS]
    lowered = re.sub(r"\s+", " ", text.lower())
    found += [statement for phrase, statement in _LINE_ITEM_PHRASES if phrase.search(lowered)]
    return list(dict.fromkeys(found))


def _line_item_phrases() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each line item's names (labels and canonical names) as a pattern, with its statement; built once."""
    labels = {label for _, labels in ITEMS.values() for label in labels} | set(ITEMS)
    named = sorted((label, canonical_item(label)) for label in labels if label not in _TOO_COMMON)
    return tuple((re.compile(rf"(?<![\w-]){re.escape(label)}(?![\w-])"), ITEMS[item][0])
                 for label, item in named if item is not None)


_LINE_ITEM_PHRASES = _line_item_phrases()


def primary_statements(chunks: Sequence[Chunk]) -> dict[str, list[Chunk]]:
    """For each statement the document prints, the chunks of the company's own: outside the notes, the table
    with most of the statement's line items, counting its title and a place among the financial statements
    (Item 8) as more. A statement split over several chunks of its page keeps them all, in order."""
    tables: dict[tuple[int | None, str], list[Chunk]] = {}  # one table's chunks: same page, same context
    for chunk in chunks:
        if chunk.kind == "table" and chunk.table is not None and not IN_NOTE.search(chunk.table.context):
            tables.setdefault((chunk.page, chunk.table.context), []).append(chunk)
    best: dict[str, tuple[tuple[int, int], list[Chunk]]] = {}
    for (page, context), parts in tables.items():
        among_statements = bool(_STATEMENTS_PART.search(context))
        for statement, title in _PRINTED_TITLES.items():
            items = len(set().union(*(_items_present(c, statement) for c in parts)))
            titled = bool(title.search(context))
            if items < (1 if titled else _UNTITLED_ITEMS):
                continue
            rank = (items + _TITLE_WEIGHT * titled + _PART_WEIGHT * among_statements, -(page or 0))
            if statement not in best or rank > best[statement][0]:
                best[statement] = (rank, parts)
    return {statement: parts for statement, (_, parts) in best.items()}


def _items_present(chunk: Chunk, statement: str) -> set[str]:
    """The statement's line items the chunk has a row for (a cash flow statement's three kinds of activity
    count as items too)."""
    present = set()
    for row in chunk.table.rows:
        for item, (belongs, labels) in ITEMS.items():
            if belongs == statement and item not in present and label_quality(row, labels):
                present.add(item)
        if statement == "cash" and (activity := _ACTIVITY.search(row.label)):
            present.add(activity.group(1).lower())
        if statement == "comprehensive" and _COMPREHENSIVE_LINE.search(row.label):
            present.add(row.label.lower())
    return present


def statements_named(question: str, printed: dict[str, list[Chunk]]) -> list[str]:
    """The statements whose own line the question names in the document's words ('net premiums earned', 'total
    deposits'): an industry's lines no fixed list knows. Most lines named first; lines of one word are too common
    in other senses to count."""
    asked = _words_of(as_asked(question))
    named = {statement: n for statement, parts in printed.items()
             if (n := sum(_names_row(row, asked) for chunk in parts for row in chunk.table.rows))}
    return sorted(named, key=lambda s: -named[s])


def _words_of(text: str) -> str:
    return f" {re.sub(r'[^a-z0-9&]+', ' ', text.lower()).strip()} "


def _names_row(row, asked: str) -> bool:
    """The question (`_words_of`) says the row's label of two words or more ('net premiums earned'), or all the
    words of a label and its sub-heading ('Diluted' under 'Earnings per share:'), in any order."""
    label, group = (re.sub(r"^ total ", " ", _words_of(_LEADERS.sub("", text))) for text in (row.label, row.group))
    under = set(f"{group} {label}".split()) if group.strip() else set()
    return len(label.split()) >= 2 and label in asked or len(under) >= 3 and under <= set(asked.split())


def statement_chunks(question: str, asked: list[str], printed: dict[str, list[Chunk]]) -> list[Chunk]:
    """Of the statements a document prints (`primary_statements`), the chunks a question should read: one per
    statement it draws on (`asked`, from `statements_asked`), at most `MAX_STATEMENTS`; of a statement split over
    several chunks, the one with most of the line items the question names."""
    chosen: list[Chunk] = []
    lowered = as_asked(question).lower()
    for statement in asked if printed else ():
        parts = printed.get(statement)
        if not parts:
            continue
        chosen.append(max(parts, key=lambda c: (rows_named(c, lowered), -parts.index(c))))
        if len(chosen) == MAX_STATEMENTS:
            break
    return chosen


def rows_named(chunk: Chunk, question: str) -> tuple[int, int]:
    """How much of the chunk's rows the question (as asked, lower case: `as_asked`) names, in words ('total
    liabilities'; 'Diluted' under 'Earnings per share:'): 'net cash provided by operating activities' is named more
    than the heading 'Operating activities' above the first rows, which names no figure. Then, to tell apart parts
    none of whose rows it names outright, how much it paraphrases them ('net cash generated from operating
    activities')."""
    asked = _words_of(question)
    said = set(asked.split())
    # weighed by the label's words the question says: 'net interest income' names 'Net interest income' more
    # than 'Total interest income', which it names only without its 'Total'
    named = sum(len(set(_words_of(row.label).split()) & said) for row in chunk.table.rows if not row.is_heading
                and (len(row.label) > 3 and row.label.lower() in question or _names_row(row, asked)))
    return named, sum(_paraphrased(row, said) for row in chunk.table.rows if not row.is_heading and row.cells)


_PARAPHRASE_WORDS = 3  # of a label's words, at least this many
_PARAPHRASE_SHARE = 0.6  # and this share of them


def _paraphrased(row, said: set[str]) -> int:
    """The label's words (of three letters or more) the question says, where it says most of them."""
    words = {w for w in _words_of(row.label).split() if len(w) > 2}
    shared = len(words & said)
    return shared if shared >= _PARAPHRASE_WORDS and shared >= _PARAPHRASE_SHARE * len(words) else 0
