"""A retailer's fiscal years, named apart from the calendar year their end date falls in."""

from assistant.answering.tables.fiscal import document_naming, fiscal_naming, in_fiscal_years
from assistant.answering.tables.statements import statement_ratio
from index.documents import Chunk, content_hash
from tests.tables import table_chunk


def text(body: str) -> Chunk:
    return Chunk(content_hash("10k.pdf", body), "10k.pdf", "10k.pdf", body)


BALANCE = table_chunk(
    "Consolidated Balance Sheets (in thousands)",
    ("", "January 31, 2026", "February 1, 2025"),
    ("Total current assets", "600,000", "550,000"),
    ("Total current liabilities", "400,000", "440,000"),
    source="10k.pdf",
)


def test_the_filings_own_words_tell_how_it_names_its_years():
    assert fiscal_naming(["Fiscal 2025 ended January 31, 2026, and fiscal 2024 ended February 1, 2025."]).offset == -1
    assert fiscal_naming(["the 52 weeks ended February 3, 2024 (“fiscal 2023”)"]).offset == -1
    # named after the calendar year it ends in, or not said at all: columns read as dated
    assert fiscal_naming(["Fiscal 2025 ended February 1, 2025."]) is None
    assert fiscal_naming(["Fiscal year 2025 ended June 30, 2025."]) is None
    assert fiscal_naming(["Revenue grew in 2025."]) is None


def test_a_question_on_fiscal_2025_reads_the_column_dated_january_2026_when_the_filing_says_so():
    named = [text("Our fiscal 2025 ended January 31, 2026."), BALANCE]
    found = statement_ratio("What is the FY2025 current ratio? Round to two decimal places.",
                            in_fiscal_years(named, document_naming(named)))
    assert found is not None and "1.5" in found.text, found.text  # 600,000 / 400,000, not 550,000 / 440,000
    # unsaid, the dated column is the year
    unsaid = [text("Annual report."), BALANCE]
    plain = statement_ratio("What is the FY2025 current ratio?", in_fiscal_years(unsaid, document_naming(unsaid)))
    assert "1.25" in plain.text, plain.text


def test_only_year_end_date_columns_are_relabelled():
    chunks = [text("Fiscal 2025 ended January 31, 2026."), table_chunk(
        "Quarterly results", ("", "Fiscal 2025", "October 31, 2025", "January 31, 2026"), ("Net sales", "1", "2", "3"),
        source="10k.pdf")]
    [_, chunk] = in_fiscal_years(chunks, document_naming(chunks))
    assert chunk.table.columns[1:] == ("Fiscal 2025", "October 31, 2025", "Fiscal 2025, ended January 31")


def test_columns_headed_with_short_month_names_are_relabelled_too():
    chunks = [text("Fiscal 2025 was a 53-week year that ended on January 31, 2026."), table_chunk(
        "Consolidated Statements of Operations", ("", "Jan. 31, 2026", "Jan. 25, 2025", "Sept. 30, 2025"),
        ("Revenue", "5,289", "4,698", "1"), source="10k.pdf")]
    [_, chunk] = in_fiscal_years(chunks, document_naming(chunks))
    assert chunk.table.columns[1:] == ("Fiscal 2025, ended Jan. 31", "Fiscal 2024, ended Jan. 25", "Sept. 30, 2025")


def test_a_question_naming_the_end_date_asks_for_the_fiscal_year_it_closes():
    naming = fiscal_naming(["Fiscal 2025 was a 53-week year that ended on January 31, 2026."])
    assert naming.asked("Revenue for fiscal 2025 (the year ended January 31, 2026)?") == (
        "Revenue for fiscal 2025 (the year ended fiscal 2025)?")
    assert naming.asked("Inventory as of Feb. 1, 2025?") == "Inventory as of fiscal 2024?"
    # a date in a month the naming does not cover stays a date
    assert naming.asked("Cash at June 30, 2025?") == "Cash at June 30, 2025?"


def test_a_fiscal_years_name_its_own_end_date_contradicts_gives_way_to_the_date():
    from assistant.answering.tables.fiscal import dated_part_of_year

    asked = "What was diluted EPS in the fiscal second quarter of 2027 (three months ended October 31, 2026)?"
    assert dated_part_of_year(asked) == "What was diluted EPS in the fiscal second quarter (three months ended " \
                                        "October 31, 2026)?"
    assert "2027" not in dated_part_of_year("What share of first-half fiscal 2027 revenue (through October 31, 2026) "
                                            "came from mobile?")
    # a whole year, a name that agrees with the date, or no date: the question as asked
    for same in ("What was revenue for fiscal 2025 (the year ended January 31, 2026)?",
                 "What was revenue in the second quarter of fiscal 2026 (three months ended October 31, 2026)?",
                 "What was Q2 FY2027 revenue?"):
        assert dated_part_of_year(same) == same


def test_the_same_span_of_the_prior_year_is_named_by_its_year():
    from assistant.answering.tables.fiscal import prior_span_dated

    assert prior_span_dated("How much higher were costs in the three months ended October 31, 2026 than in the same "
                            "quarter of the prior year?").endswith("than in 2025?")
    assert prior_span_dated("Compare the six months ended June 30, 2025 with the prior-year period.").endswith(
        "with 2024.")
    assert prior_span_dated("How did revenue compare with the prior-year quarter?") == \
        "How did revenue compare with the prior-year quarter?"  # no date to count back from
