"""Within one long filing, a question on a statement's figures reads that statement's table: which statements a
question draws on, which tables are the company's own statements, and the swap in the retriever."""

from assistant.retrieval.hybrid import Retriever
from assistant.retrieval.statements import primary_statements, statement_chunks, statements_asked, statements_named
from index.chunking import chunk_document
from index.documents import Document, TableBlock, TextBlock
from index.stores import DocumentRecord
from tests.unit.test_statements import BALANCE, INCOME, NOTE

CASH = TableBlock(
    rows=(("(in millions)", "2022", "2021"), ("Net cash provided by operating activities", "37,141", "39,539"),
          ("Capital expenditures", "(23,087)", "(20,286)"),
          ("Net cash used in investing activities", "(28,662)", "(67,153)")),
    caption="Consolidated Statements of Cash Flows", page=60, section="Item 8. Financial Statements",
)
# A guarantor subgroup's balance sheet printed in a note is not the company's own.
GUARANTOR = TableBlock(
    rows=(("(in millions)", "2022", "2021"), ("Cash and cash equivalents", "10", "12"), ("Receivables", "5", "6"),
          ("Inventories", "1", "1"), ("Total current assets", "16", "19"), ("Total current liabilities", "9", "8")),
    caption="Condensed Consolidated Balance Sheets", page=90,
    section="Item 8. Financial Statements > Note 22. Guarantor Information",
)
# The index of the financial statements names them all and holds no line item.
CONTENTS = TableBlock(
    rows=(("", "Page"), ("Consolidated Statements of Income", "54"), ("Consolidated Balance Sheets", "56")),
    caption="Index to Consolidated Financial Statements", page=52,
)


def _chunks(*blocks):
    return chunk_document(Document("acme.pdf", "acme.pdf", "Acme 10-K", list(blocks)))


def test_questions_name_statements_by_title_ratio_or_line_item():
    assert statements_asked("What was the efficiency ratio in 2025?") == []  # its lines are the bank's own words
    assert statements_asked("What was the largest liability in the balance sheet in 2022?") == ["balance"]
    assert statements_asked("Has the quick ratio improved between FY2022 and FY2023?") == ["balance"]
    assert statements_asked("What were total current assets at the end of 2022?") == ["balance"]
    assert statements_asked("Did Pfizer grow its PP&E between FY20 and FY21?") == ["balance"]
    assert statements_asked("Which of operating, investing and financing activities lost the most cash?") == ["cash"]
    assert statements_asked("Does Adobe have an improving free cash flow conversion?") == ["cash", "income"]
    assert statements_asked("How did the operating margin change in FY2022?") == ["income"]
    # words that are line items only in other senses, and questions on the business, name none
    assert statements_asked("What were the cash proceeds from the sale of the consumer business?") == []
    assert statements_asked("Who are the primary customers of Boeing as of FY2022?") == []


def test_the_company_s_own_statements_not_a_note_s_or_the_index():
    printed = primary_statements(_chunks(CONTENTS, INCOME, BALANCE, CASH, NOTE, GUARANTOR))
    assert {s: [c.page for c in chunks] for s, chunks in printed.items()} == {
        "income": [54], "balance": [56], "cash": [60]}
    untitled = TableBlock(rows=BALANCE.rows, caption="", page=3)  # an earnings release prints it without a title
    assert [c.page for c in primary_statements(_chunks(untitled))["balance"]] == [3]
    # The statement whose title the reading lost, in Item 8, over an MD&A table with the title's words and
    # two of its rows; a cash flow statement known by its activities.
    analysis = TableBlock(rows=(("", "2022", "2021"), ("Revenues", "81,288", "41,651"), ("Net income", "22", "9")),
                          caption="Analysis of the Consolidated Statements of Income", page=38,
                          section="Item 7. Management's Discussion and Analysis")
    income = TableBlock(rows=INCOME.rows, caption="Year Ended December 31,", page=56, section=INCOME.section)
    cash = TableBlock(rows=CASH.rows, caption="businesses:", page=60, section=CASH.section)
    printed = primary_statements(_chunks(analysis, income, cash))
    assert [c.page for c in printed["income"]] == [56] and [c.page for c in printed["cash"]] == [60]
    assert primary_statements(_chunks(NOTE, TextBlock("Revenue grew.", page=2))) == {}


def test_a_question_gets_one_chunk_per_statement_it_draws_on():
    printed = primary_statements(_chunks(INCOME, BALANCE, CASH))
    question = "What was the free cash flow conversion in 2022?"
    chosen = statement_chunks(question, statements_asked(question), printed)
    assert [c.page for c in chosen] == [60, 54]
    other = "Who are the company's customers?"
    assert statement_chunks(other, statements_asked(other), printed) == []


def _filing_store(store, embedder):
    """A filing whose MD&A repeats the question's words while its balance sheet's rows do not."""
    chunks = _chunks(
        *[TextBlock(f"Liquidity discussion {n}: our quick ratio and liquidity profile are reviewed by the board "
                    f"each quarter; the quick ratio matters to lenders.", page=30 + n) for n in range(6)],
        INCOME, BALANCE, CASH,
    )
    _index(store, embedder, chunks)


def _index(store, embedder, chunks):
    """The chunks as acme.pdf's, embedded."""
    store.replace_document(DocumentRecord("acme.pdf", "acme.pdf", "Acme 10-K", "h1"), chunks,
                           embedder.embed_batch([c.text for c in chunks]))


def without_and_with(store, embedder, query: str, **off: bool):
    """The pages of the passages of acme.pdf for `query` with the retriever's step `off` turned off, then on (three
    passages from a pool of three); the two best-ranked are the same."""
    plain = Retriever(store, candidates=3, **off).search(query, embedder.embed(query), 3, ["acme.pdf"])
    passages = Retriever(store, candidates=3).search(query, embedder.embed(query), 3, ["acme.pdf"])
    assert [p.chunk.page for p in passages][:2] == [p.chunk.page for p in plain][:2]
    return plain, passages


def test_within_a_long_filing_the_statement_replaces_the_weakest_passage(store, embedder):
    _filing_store(store, embedder)
    query = "Has Acme's quick ratio improved in FY2022?"
    plain, passages = without_and_with(store, embedder, query, statements=False)
    assert 56 not in [p.chunk.page for p in plain]
    assert passages[-1].chunk.page == 56 and passages[-1].chunk.kind == "table"
    # a search over several documents, or a document that fits the candidate pool, is left as ranked
    wide = Retriever(store, candidates=50).search(query, embedder.embed(query), 3, ["acme.pdf"])
    assert 56 not in [p.chunk.page for p in wide]


def test_a_line_the_filing_prints_names_its_statement_in_any_industry(store, embedder):
    insurer = TableBlock(
        rows=(("(in millions)", "2025", "2024"), ("Net premiums earned . . . . .", "8,412", "7,905"),
              ("Losses and loss adjustment expenses", "5,630", "5,402"), ("Net income", "612", "498")),
        caption="CONSOLIDATED STATEMENTS OF OPERATIONS", page=22, section="Item 8. Financial Statements")
    chunks = _chunks(
        *[TextBlock(f"Underwriting discussion {n}: how much net premiums earned grew in FY2025, and why net "
                    f"premiums earned grew, is reviewed by segment.", page=30 + n) for n in range(6)],
        insurer, BALANCE)
    _index(store, embedder, chunks)
    query = "How much did net premiums earned grow in FY2025?"
    assert statements_asked(query) == []  # no line item finbot knows by name
    assert statements_named(query, primary_statements(chunks)) == ["income"]
    plain, passages = without_and_with(store, embedder, query, statements=False)
    assert 22 not in [p.chunk.page for p in plain] and passages[-1].chunk.page == 22


def test_a_row_named_by_its_label_and_sub_heading_in_any_order():
    income = TableBlock(
        rows=(("(in thousands)", "2025", "2024"), ("Net interest income", "282,187", "252,410"),
              ("Net income", "106,876", "76,860"),
              ("Earnings per share:", "", ""), ("Basic", "$ 2.74", "$ 1.95"), ("Diluted", "$ 2.72", "$ 1.94"),
              ("Weighted average shares outstanding:", "", ""), ("Diluted shares", "39,346", "39,717")),
        caption="CONSOLIDATED STATEMENTS OF INCOME", page=37)
    printed = primary_statements(_chunks(income, BALANCE))
    assert statements_named("What was diluted earnings per share growth in FY2025?", printed) == ["income"]
    assert statements_named("What was the diluted growth in FY2025?", printed) == []


def test_of_a_statement_in_several_chunks_the_one_with_the_line_named_at_length():
    cash = TableBlock(
        rows=(("(in millions)", "2025", "2024"), ("Operating activities", "", ""), ("Net income", "363.5", "278.9"),
              ("Depreciation and amortization", "24.1", "22.8"), ("Deferred income taxes", "(3.5)", "(2.6)"),
              ("Net cash provided by operating activities", "576.4", "475.6"),
              ("Purchases of fixed maturities", "(1,720.0)", "(1,240.0)")),
        caption="Consolidated Statements of Cash Flows", page=25, section="Item 8. Financial Statements",
    )
    chunks = chunk_document(Document("acme.pdf", "acme.pdf", "Acme 10-K", [cash]), rows_per_chunk=3)
    printed = primary_statements(chunks)
    assert len(printed["cash"]) > 1
    question = "What was net cash provided by operating activities in 2025?"
    [chosen] = statement_chunks(question, statements_asked(question), printed)
    assert "Net cash provided by operating activities" in chosen.text


def test_of_a_statement_in_several_chunks_the_one_with_the_line_paraphrased():
    cash = TableBlock(
        rows=(("(in thousands)", "2025", "2024"), ("Cash flows from operating activities:", "", ""),
              ("Net income (loss)", "27,270", "(11,520)"), ("Depreciation and amortization", "178,630", "170,050"),
              ("Share-based compensation", "8,460", "7,840"),
              ("Net cash provided by operating activities", "173,490", "171,240"),
              ("Acquisitions of real estate", "(260,300)", "(310,000)")),
        caption="Consolidated Statements of Cash Flows", page=25, section="Item 8. Financial Statements",
    )
    chunks = chunk_document(Document("acme.pdf", "acme.pdf", "Acme 10-K", [cash]), rows_per_chunk=3)
    printed = primary_statements(chunks)
    question = "How much net cash did Acme generate from operating activities in 2025?"
    [chosen] = statement_chunks(question, ["cash"], printed)
    assert "Net cash provided by operating activities" in chosen.text


def test_the_statement_of_comprehensive_income_is_found_by_its_lines():
    comprehensive = TableBlock(
        rows=(("(in thousands)", "2025", "2024"), ("Net income", "81,913", "70,204"),
              ("Other comprehensive income (loss), net of tax", "26,858", "(4,118)"),
              ("Comprehensive income", "$ 108,771", "$ 66,086")),
        caption="Consolidated Statements of Comprehensive Income", page=28, section="Item 8. Financial Statements")
    printed = primary_statements(_chunks(INCOME, comprehensive, BALANCE))
    assert "Comprehensive income" in printed["comprehensive"][0].text
    assert "Comprehensive" not in printed["income"][0].text
    question = "What was total comprehensive income for FY2025?"
    assert statements_named(question, printed) == ["comprehensive"]


def test_a_line_named_with_its_own_words_outweighs_one_named_without_its_total():
    income = TableBlock(
        rows=(("(in thousands)", "2025", "2024"), ("Loans, including fees", "310,000", "290,000"),
              ("Total interest income", "358,856", "330,000"), ("Deposits", "120,000", "110,000"),
              ("Total interest expense", "137,857", "130,000"), ("Net interest income", "220,999", "200,000")),
        caption="Consolidated Statements of Income", page=27, section="Item 8. Financial Statements")
    chunks = chunk_document(Document("acme.pdf", "acme.pdf", "Acme 10-K", [income]), rows_per_chunk=3)
    printed = primary_statements(chunks)
    question = "What was net interest income in FY2025, as reported on the statement of income?"
    [chosen] = statement_chunks(question, statements_asked(question) or statements_named(question, printed), printed)
    assert "Net interest income" in chosen.text


def test_of_a_table_split_over_chunks_the_part_holding_the_row_named(store, embedder):
    segment = TableBlock(
        rows=(("(in millions)", "2025", "2024"), ("Personal Auto net premiums written", "1,210", "1,100"),
              ("Personal Auto net premiums earned", "1,190", "1,080"), ("Personal Auto losses incurred", "822", "766"),
              ("Loss ratio", "69.1", "70.9"), ("Expense ratio", "27.0", "27.4"), ("Combined ratio", "96.1", "98.3")),
        caption="Personal Auto - Results of Operations", page=13, section="Item 7. MD&A")
    prose = [TextBlock(f"Personal Auto results of operations, part {n}: Personal Auto pricing and claims.", page=30 + n)
             for n in range(6)]
    chunks = chunk_document(Document("acme.pdf", "acme.pdf", "Acme 10-K", [*prose, segment]), rows_per_chunk=3)
    _index(store, embedder, chunks)
    # the part of the table found first holds the Personal Auto rows its words match, not 'Loss ratio'
    query = "What was the Personal Auto loss ratio in 2025 on net premiums earned?"
    [plain] = Retriever(store, candidates=3, statements=False).search(query, embedder.embed(query), 1, ["acme.pdf"])
    [passage] = Retriever(store, candidates=3).search(query, embedder.embed(query), 1, ["acme.pdf"])
    assert plain.chunk.page == passage.chunk.page == 13
    assert "Loss ratio" not in plain.chunk.text and "Loss ratio" in passage.chunk.text


def test_an_abbreviation_no_chosen_passage_prints_brings_in_the_table_that_prints_it(store, embedder, monkeypatch):
    reconciliation = TableBlock(
        rows=(("(in millions)", "2025", "2024"), ("Net income", "$323", "$289"),
              ("Depreciation and amortization", "134", "122"), ("Adjusted EBITDA", "$633", "$565")),
        caption="Reconciliation of net income to adjusted EBITDA", page=6, section="Item 7. MD&A")
    chunks = _chunks(
        *[TextBlock(f"Results discussion {n}: what did Acme report for 2025, adjusted for one-off items? What Acme "
                    f"did report for 2025 is what the board reviews.", page=30 + n) for n in range(8)],
        reconciliation, INCOME)
    _index(store, embedder, chunks)
    query = "What adjusted EBITDA did Acme report for 2025?"
    # ranked by meaning alone, as an embedding that finds every page of figures alike would rank them
    passages = Retriever(store, candidates=6, long_document_lexical_weight=0.0).search(
        query, embedder.embed(query), 3, ["acme.pdf"])
    assert 6 in [p.chunk.page for p in passages]
    monkeypatch.setattr(Retriever, "_name_abbreviations", lambda self, query, chosen, ranked: chosen)
    plain = Retriever(store, candidates=6, long_document_lexical_weight=0.0).search(
        query, embedder.embed(query), 3, ["acme.pdf"])
    assert 6 not in [p.chunk.page for p in plain]


def test_a_figure_asked_by_its_abbreviation_is_read_from_a_table_not_the_prose_that_defines_it(store, embedder):
    reconciliation = TableBlock(
        rows=(("(in millions)", "2025", "2024"), ("Net income", "$323", "$289"),
              ("Depreciation and amortization", "134", "122"), ("Adjusted EBITDA", "$633", "$565")),
        caption="Reconciliation of net income to adjusted EBITDA", page=6, section="Item 7. MD&A")
    definition = TextBlock("We define Adjusted EBITDA as net income before interest, taxes, depreciation and "
                           "amortization, adjusted for one-off items.", page=5)
    chunks = _chunks(TextBlock("Acme makes tables and chairs.", page=4), definition, reconciliation, INCOME)
    _index(store, embedder, chunks)
    ids = {(chunk.kind, chunk.page): cid for cid, chunk in store.chunks(["acme.pdf"])}
    prose, defined, table = ids["text", 4], ids["text", 5], ids["table", 6]
    retriever = Retriever(store)
    chosen = retriever._name_abbreviations("What adjusted EBITDA did Acme report for 2025?", [prose, defined],
                                           [prose, defined, table])
    assert chosen == [prose, table]
    # not a figure: the prose that names it is what was asked for
    assert retriever._name_abbreviations("How does Acme define adjusted EBITDA?", [prose, defined],
                                         [prose, defined, table]) == [prose, defined]


def test_a_passage_that_is_only_a_tables_title_gives_way_to_that_table(store, embedder):
    title = "Reconciliation of GAAP operating income to non-GAAP operating income"
    reconciliation = TableBlock(
        rows=(("(in thousands)", "2025", "2024"), ("GAAP operating income", "$244,003", "$146,082"),
              ("Non-GAAP operating income", "$328,087", "$236,364")),
        caption=title, page=7, section="Item 7. MD&A")
    chunks = _chunks(TextBlock("Acme makes wafers.", page=6), TextBlock(title, page=7), reconciliation, INCOME)
    _index(store, embedder, chunks)
    ids = {(chunk.kind, chunk.page): cid for cid, chunk in store.chunks(["acme.pdf"])}
    retriever = Retriever(store)
    prose, caption, table = ids["text", 6], ids["text", 7], ids["table", 7]
    assert retriever._captions_to_tables([caption, prose], "acme.pdf") == [table, prose]
    # a passage of prose stays, and so does a title whose table is chosen already
    assert retriever._captions_to_tables([prose, caption, table], "acme.pdf") == [prose, caption, table]


def test_the_statement_swapped_in_leaves_the_passage_that_alone_names_the_questions_region(store, embedder):
    geography = TableBlock(rows=(("(in millions)", "2022", "2021"), ("United States", "90,120", "88,004"),
                                 ("Asia Pacific", "46,715", "45,609")),
                           caption="Note 2. Revenue by geographic area", page=70)
    chunks = _chunks(*[TextBlock(f"Net sales discussion {n}: how much Acme's net sales grew in FY2022, and why net "
                                 f"sales grew, is reviewed by region.", page=30 + n) for n in range(6)],
                     geography, INCOME, BALANCE)
    _index(store, embedder, chunks)
    query = "How much did Acme's net sales in Asia Pacific grow in FY2022?"
    plain, passages = without_and_with(store, embedder, query, statements=False)
    assert 70 in [p.chunk.page for p in plain]
    assert 70 in [p.chunk.page for p in passages]
