"""PDF loading on small filings written in the test: statements as tables, sections, page breaks."""

from __future__ import annotations

import pytest

from index.chunking import chunk_document
from index.documents import TableBlock, TextBlock
from index.loaders import load

fpdf = pytest.importorskip("fpdf", reason="fpdf2 is needed to write a PDF fixture (pip install fpdf2)")

LIMIT = 50 * 1024 * 1024
COLUMNS = (110, 140, 170)  # right edges of the figure columns, in mm


def _aligned(pdf, texts: tuple[str, ...], y: float, rights: tuple[float, ...] = COLUMNS, width: float = 25) -> None:
    """Texts set right-aligned to the columns' right edges, as figures and column headings are."""
    for right, text in zip(rights, texts, strict=False):
        pdf.set_xy(right - width, y)
        pdf.cell(width, 5, text, align="R")


def _row(pdf, label: str, figures: tuple[str, ...], y: float, rights: tuple[float, ...] = COLUMNS,
         width: float = 25) -> None:
    pdf.set_xy(15, y)
    pdf.cell(min(90, rights[0] - width - 15), 5, label)
    _aligned(pdf, figures, y, rights, width)


def _titled_page(title: str):
    """A one-page PDF in 9-point Helvetica with `title` at the top."""
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=9)
    pdf.add_page()
    _line(pdf, title, 20)
    return pdf


def _line(pdf, text: str, y: float) -> None:
    """A line of words alone (a title, a sub-heading, a label's first line)."""
    pdf.set_xy(15, y)
    pdf.cell(0, 5, text)


def _first_table(pdf, path) -> TableBlock:
    pdf.output(str(path))
    [doc] = load(path, LIMIT)
    return next(block for block in doc.blocks if isinstance(block, TableBlock))


def _footer(pdf, number: int) -> None:
    pdf.set_xy(100, 280)
    pdf.cell(10, 5, str(number), align="C")


def _filing(tmp_path):
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=9)
    pdf.set_auto_page_break(False)
    # Page 1: an Item heading, prose, then a statement with its caption, units and year columns that runs on.
    pdf.add_page()
    pdf.set_xy(15, 20)
    pdf.cell(0, 5, "Item 8. Financial Statements and Supplementary Data")
    pdf.set_xy(15, 27)
    pdf.multi_cell(170, 5, "Net sales fell in 2022 as the stronger dollar reduced the value of sales made abroad, "
                           "which the table below states in millions of dollars.")
    pdf.set_xy(15, 40)
    pdf.cell(0, 5, "Consolidated Statement of Income")
    _row(pdf, "(in millions, except per share data)", ("2022", "2021", "2020"), 47)
    rows = [
        ("Net sales", ("$ 34,229", "$ 35,355", "$ 32,184")),
        ("Operating expenses", ()),
        ("Cost of sales", ("19,232", "18,795", "16,605")),
        ("Gain on business divestitures", ("(2,724)", "-", "(389)")),
        ("Operating income", ("6,539", "7,369", "7,161")),
    ]
    for index, (label, figures) in enumerate(rows):
        _row(pdf, label, figures, 54 + 6 * index)
    _footer(pdf, 1)
    # Page 2: the statement goes on without its header.
    pdf.add_page()
    for index, (label, figures) in enumerate([
        ("Provision for income taxes", ("612", "1,285", "1,337")),
        ("Net income", ("$ 5,777", "$ 5,921", "$ 5,449")),
        ("Earnings per share - diluted", ("$ 10.18", "$ 10.12", "$ 9.36")),
    ]):
        _row(pdf, label, figures, 20 + 6 * index)
    _footer(pdf, 2)
    # Page 3: a note whose paragraph is cut by the page break.
    pdf.add_page()
    pdf.set_xy(15, 20)
    pdf.cell(0, 5, "NOTE 12. INCOME TAXES")
    pdf.set_xy(15, 30)
    pdf.multi_cell(170, 5, "The effective tax rate was 9.6 percent, lower than the year before because the "
                           "divestiture gain was taxed at a lower rate and because the company")
    _footer(pdf, 3)
    pdf.add_page()
    pdf.set_xy(15, 20)
    pdf.multi_cell(170, 5, "settled an audit with the tax authority of a foreign country.")
    pdf.set_xy(15, 40)
    pdf.multi_cell(170, 5, "Unrecognised tax benefits are reviewed each quarter. " * 30)
    _footer(pdf, 4)
    path = tmp_path / "acme_10k.pdf"
    pdf.output(str(path))
    [doc] = load(path, LIMIT)
    return doc


def test_statement_becomes_a_table_with_caption_units_years_and_negatives(tmp_path):
    doc = _filing(tmp_path)
    statement = next(block for block in doc.blocks if isinstance(block, TableBlock))
    assert statement.page == 1
    assert statement.section == "Item 8. Financial Statements and Supplementary Data"
    assert statement.caption == "Consolidated Statement of Income"
    header = statement.rows[: statement.header_rows]
    assert header == (("(in millions, except per share data)", "2022", "2021", "2020"),)
    body = statement.rows[statement.header_rows:]
    assert body[0] == ("Net sales", "$ 34,229", "$ 35,355", "$ 32,184")
    assert body[1] == ("Operating expenses", "", "", "")
    assert ("Gain on business divestitures", "(2,724)", "-", "(389)") in body
    # the prose before the table stays text, on its page and in its section
    prose = next(b for b in doc.blocks if isinstance(b, TextBlock) and "stronger dollar" in b.text)
    assert (prose.page, prose.section) == (1, statement.section)


def test_chunks_of_the_statement_know_units_scale_periods_and_figures(tmp_path):
    doc = _filing(tmp_path)
    [first, *_] = [c for c in chunk_document(doc) if c.kind == "table" and c.page == 1]
    table = first.table
    assert table.scale == 1e6 and table.periods == (None, 2022, 2021, 2020)
    row = next(r for r in table.rows if r.label == "Gain on business divestitures")
    assert dict(row.cells)["2022"] == "(2,724)"
    assert "Consolidated Statement of Income" in first.text and first.location == (
        "acme_10k.pdf, p. 1, Item 8. Financial Statements and Supplementary Data, Consolidated Statement of Income")


def test_table_going_on_over_a_page_break_keeps_its_header(tmp_path):
    doc = _filing(tmp_path)
    continued = next(b for b in doc.blocks if isinstance(b, TableBlock) and b.page == 2)
    assert continued.caption == "Consolidated Statement of Income (continued)"
    assert continued.rows[0] == ("(in millions, except per share data)", "2022", "2021", "2020")
    assert ("Net income", "$ 5,777", "$ 5,921", "$ 5,449") in continued.rows
    [chunk] = [c for c in chunk_document(doc) if c.kind == "table" and c.page == 2]
    assert chunk.table.periods == (None, 2022, 2021, 2020) and chunk.table.scale == 1e6


def test_page_numbers_dropped_and_a_paragraph_cut_by_the_break_joined(tmp_path):
    doc = _filing(tmp_path)
    texts = [b for b in doc.blocks if isinstance(b, TextBlock)]
    assert all(b.text.strip() not in {"1", "2", "3", "4"} for b in texts)
    note = next(b for b in texts if b.text.startswith("NOTE 12"))
    assert note.page == 3
    assert note.section == "Item 8. Financial Statements and Supplementary Data > NOTE 12. INCOME TAXES"
    assert "because the company settled an audit with the tax authority" in note.text
    after = next(b for b in texts if b.page == 4)
    assert after.text.startswith("Unrecognised tax benefits") and after.section == note.section


def test_contents_short_items_and_statements_after_the_items_each_get_their_own_section(tmp_path):
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=10)
    pdf.set_auto_page_break(False)

    def page(lines: list[str]) -> None:
        pdf.add_page()
        for index, line in enumerate(lines):
            pdf.set_xy(15, 20 + 7 * index)
            pdf.cell(0, 5, line)

    # a table of contents lists its Items one under another, with or without page numbers
    page(["TABLE OF CONTENTS", "Item 1. Business 3", "Item 1A. Risk Factors 4", "Item 7. Management's Discussion 5",
          "Item 8. Financial Statements and Supplementary Data 6", "Item 9A. Controls and Procedures 7",
          "Item 15. Exhibits and Financial Statement Schedules 8"])
    page(["Item 7. Management's Discussion and Analysis", "Net sales rose four percent on higher volumes."])
    # several short Items on one page, each with its sentence: the last one read is the page's section
    page(["Item 9A. Controls and Procedures", "Our controls were effective.", "Item 9B. Other Information",
          "None.", "Item 10. Directors", "Incorporated by reference to our proxy statement.",
          "Item 11. Executive Compensation", "Incorporated by reference to our proxy statement.",
          "Item 15. The financial statements are listed in Item 8. Exhibits are filed herewith."])
    # the statements printed after the Items are their own part
    page(["NOTES TO CONSOLIDATED FINANCIAL STATEMENTS", "The company makes widgets.",
          "NOTE 3. DEBT", "The notes bear interest at five percent."])
    path = tmp_path / "tenk.pdf"
    pdf.output(str(path))
    [doc] = load(path, LIMIT)
    sections = {block.page: block.section for block in doc.blocks if isinstance(block, TextBlock)}
    assert sections[2] == "Item 7. Management's Discussion and Analysis"  # the contents opened nothing
    assert sections[3] == "Item 11. Executive Compensation"  # a sentence that starts "Item 15." is no heading
    assert sections[4] == "Financial statements > NOTE 3. DEBT"


def test_short_section_crossing_a_page_break_is_one_block(tmp_path):
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    pdf.multi_cell(0, 6, "1. If your card is lost or stolen", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, "Freeze the card in the app first.", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.multi_cell(0, 6, "Then call us on the number on the back of your statement.")
    path = tmp_path / "help.pdf"
    pdf.output(str(path))
    [doc] = load(path, LIMIT)
    [block] = doc.blocks
    assert block.page == 1 and block.section == "1. If your card is lost or stolen"
    assert "Freeze the card in the app first.\n\nThen call us" in block.text


def test_prose_with_numbers_is_not_a_table(tmp_path):
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=10)
    pdf.add_page()
    pdf.multi_cell(0, 5, "Revenue grew 4 percent to 1,234 and costs fell to 567. " * 12)
    path = tmp_path / "prose.pdf"
    pdf.output(str(path))
    [doc] = load(path, LIMIT)
    assert all(isinstance(b, TextBlock) for b in doc.blocks)


def _raw_pdf(path, content: str) -> None:
    """A one-page PDF whose content stream is `content`, with Helvetica as /F1 (offsets computed here)."""
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(out)


@pytest.mark.parametrize("size, scale", [(1, "10"), (400, "0.025")])
def test_text_whose_size_its_matrix_scales_keeps_its_words_and_lines(tmp_path, size, scale):
    # Some filings set every glyph at size 1 and scale it up with the text matrix (Verizon's 10-K), others at
    # size 400 and scale it down (Pfizer's): gaps measured in the stated size would split every letter, or put
    # the whole page on one line.
    rows = [("Cash and equivalents", "2,605", "2,921"), ("Property, plant and equipment", "107,434", "99,696"),
            ("Total current liabilities", "50,171", "47,160")]
    matrix = f"{scale} 0 0 {scale}"
    content = [f"BT /F1 {size} Tf {matrix} 72 720 Tm (Financial statements are shown below, in millions.) Tj ET"]
    for index, (label, first, second) in enumerate(rows):
        y = 690 - 14 * index
        content += [f"BT /F1 {size} Tf {matrix} 72 {y} Tm ({label}) Tj ET",
                    f"BT /F1 {size} Tf {matrix} 400 {y} Tm ({first}) Tj ET",
                    f"BT /F1 {size} Tf {matrix} 480 {y} Tm ({second}) Tj ET"]
    path = tmp_path / "scaled.pdf"
    _raw_pdf(path, "\n".join(content))
    [doc] = load(path, LIMIT)
    [text] = [b for b in doc.blocks if isinstance(b, TextBlock)]
    [table] = [b for b in doc.blocks if isinstance(b, TableBlock)]
    assert text.text == "Financial statements are shown below, in millions."
    assert ("Property, plant and equipment", "107,434", "99,696") in table.rows


def test_a_long_sub_heading_inside_a_statement_keeps_the_statement_one_table(tmp_path):
    # Cash flow statements put a sub-heading as wide as the page between their rows ("Adjustments to reconcile …:"),
    # sometimes wrapped over two lines; a sentence that wide would end the table, this one must not.
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=9)
    pdf.add_page()
    pdf.set_xy(15, 20)
    pdf.cell(0, 5, "Consolidated Statements of Cash Flows")
    _row(pdf, "Years Ended December 31,", ("2022", "2021", "2020"), 27)
    _row(pdf, "Net income", ("$ 21,748", "$ 22,618", "$ 18,348"), 34)
    lines = [
        ("Adjustments to reconcile net income to net cash provided by operating activities, net of the effects", 40),
        ("of acquisitions and dispositions of businesses:", 45),
    ]
    for text, y in lines:
        pdf.set_xy(15, y)
        pdf.cell(0, 5, text)
    _row(pdf, "Depreciation and amortization expense", ("17,099", "16,206", "16,720"), 51)
    _row(pdf, "Net cash provided by operating activities", ("37,141", "39,539", "41,768"), 57)
    pdf.set_xy(15, 70)
    pdf.multi_cell(170, 5, "The table below sets out the capital expenditure of each segment over the three years, "
                           "in millions of dollars, as reported to the chief operating decision maker:")
    _row(pdf, "", ("2022", "2021", "2020"), 82)
    _row(pdf, "Consumer", ("10,100", "9,000", "8,500"), 88)
    _row(pdf, "Business", ("12,987", "11,286", "9,692"), 94)
    path = tmp_path / "cash.pdf"
    pdf.output(str(path))
    [doc] = load(path, LIMIT)
    tables = [b for b in doc.blocks if isinstance(b, TableBlock)]
    statement = tables[0]
    assert statement.rows[statement.header_rows - 1][1:] == ("2022", "2021", "2020")
    labels = [row[0] for row in statement.rows]
    assert "Net income" in labels and "Net cash provided by operating activities" in labels
    assert "Consumer" not in labels and len(tables) == 2  # the sentence before a new table still ends this one


def test_a_label_wrapped_above_a_tables_first_row_is_that_rows_label_not_a_sub_heading(tmp_path):
    # A continued balance sheet whose first row's long label wraps: the line above the first figures is the start of
    # that label, so the rows below it are not grouped under "Common stock, no par value; …".
    pdf = _titled_page("Consolidated Balance Sheets (continued)")
    _row(pdf, "(Millions of dollars)", ("2025", "2024"), 27)
    _line(pdf, "Capitalization", 33)
    _line(pdf, "Common stock, no par value; 300.0 million", 38)
    _row(pdf, "shares authorized; 169.6 million outstanding", ("6,141.1", "5,939.1"), 43)
    _row(pdf, "Retained earnings", ("3,514.6", "3,284.6"), 48)
    _row(pdf, "Total capitalization", ("9,655.7", "9,223.7"), 53)
    table = _first_table(pdf, tmp_path / "wrapped.pdf")
    labels = [row[0] for row in table.rows]
    assert "Common stock, no par value; 300.0 million shares authorized; 169.6 million outstanding" in labels
    assert "Capitalization" in labels and "shares authorized; 169.6 million outstanding" not in labels
    [chunk] = [c for c in chunk_document(load(tmp_path / "wrapped.pdf", LIMIT)[0]) if c.kind == "table"]
    assert {row.group for row in chunk.table.rows if row.label == "Retained earnings"} == {"Capitalization"}


def test_a_label_wrapped_after_a_comma_or_set_closer_than_the_rows_is_one_label(tmp_path):
    # Rows 6 mm apart; a label's second line 4 mm below its first. "…Group," goes on in "Inc.", whose capital would
    # otherwise start a row of its own; a wrapped sub-heading stays one sub-heading over the rows below it.
    pdf = _titled_page("Statements of Income")
    _row(pdf, "(in thousands)", ("2026", "2025"), 27)
    _row(pdf, "Income tax expense", ("22,733", "17,790"), 33)
    _row(pdf, "Net income", ("71,206", "54,529"), 39)
    _row(pdf, "Less: attributable to noncontrolling interests", ("1,806", "1,512"), 45)
    _line(pdf, "Net income attributable to Acme Capital Group,", 51)
    _row(pdf, "Inc.", ("69,400", "53,017"), 55)
    _line(pdf, "Earnings per share attributable to Acme Capital", 61)
    _line(pdf, "Group, Inc.", 65)
    _row(pdf, "Basic", ("1.34", "1.00"), 71)
    _row(pdf, "Diluted", ("1.33", "0.99"), 77)
    table = _first_table(pdf, tmp_path / "close.pdf")
    labels = [row[0] for row in table.rows]
    assert "Net income attributable to Acme Capital Group, Inc." in labels and "Inc." not in labels
    assert "Earnings per share attributable to Acme Capital Group, Inc." in labels and "Group, Inc." not in labels
    [chunk] = [c for c in chunk_document(load(tmp_path / "close.pdf", LIMIT)[0]) if c.kind == "table"]
    assert {row.group for row in chunk.table.rows if row.label == "Basic"} == {
        "Earnings per share attributable to Acme Capital Group, Inc."}


def test_a_running_header_as_long_as_a_filings_is_page_furniture(tmp_path):
    header = "Calder Widgets Holdings, Inc.   Fiscal 2025 Annual Report on Form 10-K"  # 68 characters as read
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=9)
    pdf.set_auto_page_break(False)
    for number in range(1, 7):
        pdf.add_page()
        pdf.set_xy(15, 10)
        pdf.cell(0, 5, header)
        for line, topic in enumerate(("sales", "stores", "staff", "suppliers")):
            pdf.set_xy(15, 30 + 6 * line)
            pdf.cell(0, 5, f"On page {number} we write about our {topic} " + "and more " * number + "in plain words.")
        _footer(pdf, number)
    path = tmp_path / "annual.pdf"
    pdf.output(str(path))
    [doc] = load(path, LIMIT)
    text = "\n".join(block.text for block in doc.blocks)
    assert "Annual Report on Form 10-K" not in text and "our suppliers" in text


def test_a_statement_title_in_capitals_under_the_companys_name_stays_with_its_table(tmp_path):
    # Capitals are a title, not prose, however wide; "ACME WIDGETS, INC." ends in a full stop, not a sentence.
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=9)
    pdf.add_page()
    title = "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS AND COMPREHENSIVE INCOME (LOSS)"
    for y, text in ((20, "ACME WIDGETS, INC."), (26, title), (32, "(in thousands)")):
        pdf.set_xy(15, y)
        pdf.cell(180, 5, text, align="C")
    _row(pdf, "", ("2025", "2024"), 40)
    for index, (label, figures) in enumerate([("Total revenue", ("166,900", "144,131")),
                                              ("Net income", ("5,498", "(9,323)"))]):
        _row(pdf, label, figures, 47 + 6 * index)
    path = tmp_path / "acme_10q.pdf"
    pdf.output(str(path))
    [doc] = load(path, LIMIT)
    statement = next(block for block in doc.blocks if isinstance(block, TableBlock))
    above = " ".join(" ".join(row) for row in statement.rows[: statement.header_rows]) + statement.caption
    assert "STATEMENTS OF OPERATIONS" in above and "ACME WIDGETS" in above


def test_dot_leaders_between_a_label_and_its_figures_are_not_the_label(tmp_path):
    # Older statements lead the eye from the label to the figure with dots, as words or run into the label.
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=9)
    pdf.add_page()
    pdf.set_xy(15, 20)
    pdf.cell(0, 5, "CONSOLIDATED STATEMENTS OF INCOME")
    _row(pdf, "(Dollars in thousands)", ("2025", "2024", "2023"), 27)
    _row(pdf, "Income before income taxes " + ". " * 12, ("135,975", "97,046", "115,730"), 34)
    _row(pdf, "Income tax expense" + "." * 30, ("29,099", "20,186", "24,535"), 40)
    path = tmp_path / "bank_10k.pdf"
    pdf.output(str(path))
    [doc] = load(path, LIMIT)
    statement = next(block for block in doc.blocks if isinstance(block, TableBlock))
    body = statement.rows[statement.header_rows:]
    assert body == (("Income before income taxes", "135,975", "97,046", "115,730"),
                    ("Income tax expense", "29,099", "20,186", "24,535"))


def test_a_two_level_header_heads_each_column_and_dates_set_close_are_one_each(tmp_path):
    # "Three Months Ended" over two columns, and four dates so close together that they read as one cell
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=9)
    pdf.add_page()
    pdf.set_xy(15, 15)
    pdf.cell(0, 5, "CONDENSED CONSOLIDATED STATEMENTS OF INCOME (Unaudited) FOR THE PERIODS SHOWN BELOW")
    pdf.set_xy(15, 21)
    pdf.cell(0, 5, "(in thousands)")
    for x, text in ((95, "Three Months Ended"), (150, "Six Months Ended")):
        pdf.set_xy(x, 28)
        pdf.cell(40, 5, text, align="C")
    rights = (115, 137, 169, 191)
    _aligned(pdf, ("June 29, 2025", "June 30, 2024", "June 29, 2025", "June 30, 2024"), 34, rights, 21)
    _row(pdf, "Total revenue", ("308,286", "280,748", "599,554", "548,632"), 41, rights, 20)
    _row(pdf, "Net income", ("14,017", "11,236", "26,470", "21,904"), 47, rights, 20)
    statement = _first_table(pdf, tmp_path / "q.pdf")
    header = statement.rows[: statement.header_rows]
    assert header[-2][1:] == ("Three Months Ended", "Three Months Ended", "Six Months Ended", "Six Months Ended")
    assert header[-1][1:] == ("June 29, 2025", "June 30, 2024", "June 29, 2025", "June 30, 2024")
    # the title, in capitals but for its "(Unaudited)", stays with the table however wide
    assert "STATEMENTS OF INCOME" in " ".join(" ".join(row) for row in header) + statement.caption


def test_two_periods_set_close_over_four_columns_head_two_each(tmp_path):
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=8)
    pdf.add_page()
    pdf.set_xy(15, 15)
    pdf.cell(0, 5, "Condensed Consolidated Statements of Operations")
    pdf.set_xy(92, 22)
    pdf.cell(100, 5, "Three Months Ended September 30, Nine Months Ended September 30,", align="C")
    rights = (115, 137, 169, 191)
    _row(pdf, "$ in millions", ("2025", "2024", "2025", "2024"), 28, rights, 20)
    _row(pdf, "Net sales", ("$486.6", "$441.9", "$1,415.0", "$1,293.9"), 35, rights, 20)
    _row(pdf, "Operating income", ("69.5", "58.2", "197.3", "171.0"), 41, rights, 20)
    table = _first_table(pdf, tmp_path / "q3.pdf")
    periods = next(row for row in table.rows[: table.header_rows] if "Three Months Ended September 30," in row)
    assert periods[1:] == ("Three Months Ended September 30,",) * 2 + ("Nine Months Ended September 30,",) * 2


def test_a_year_over_a_group_of_columns_heads_each_column_of_its_group(tmp_path):
    # an average balance table: each year stands over its balance, interest and rate
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=8)
    pdf.add_page()
    pdf.set_xy(15, 15)
    pdf.cell(0, 5, "Average Balances, Interest and Yields/Rates")
    rights = (95, 112, 127, 150, 167, 182)
    for year, centre in (("2025", 111), ("2024", 166)):
        pdf.set_xy(centre - 10, 22)
        pdf.cell(20, 5, year, align="C")
    _aligned(pdf, ("Balance", "Interest", "Rate") * 2, 28, rights, 14)
    _row(pdf, "Loans", ("6,200,806", "374,529", "6.04%", "5,887,896", "348,563", "5.92%"), 35, rights, 16)
    _row(pdf, "Total deposits", ("7,401,220", "139,882", "1.89%", "7,102,531", "121,450", "1.71%"), 41, rights, 16)
    table = _first_table(pdf, tmp_path / "avg.pdf")
    years = next(row for row in table.rows[: table.header_rows] if "2025" in row)
    assert years[1:] == ("2025", "2025", "2025", "2024", "2024", "2024")


def test_headings_wrapped_in_their_own_columns_are_one_heading_each_and_a_centred_group_spans(tmp_path):
    # an equity statement: "Common stock" centred over its two columns; each other heading wrapped over as many lines
    # as it needs, so a short one leaves empty cells beside a long one's first line
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=8)
    pdf.add_page()
    pdf.set_xy(15, 15)
    pdf.cell(0, 5, "Consolidated Statements of Stockholders' Equity")
    rights = (95, 115, 137, 159, 181)
    pdf.set_xy(85, 22)
    pdf.cell(30, 4, "Common stock", align="C")  # over Shares (95) and Amount (115)
    _aligned(pdf, ("", "", "Additional", "", "Total"), 26, rights, 20)
    _aligned(pdf, ("", "", "paid-in", "Retained", "stockholders'"), 30, rights, 20)
    _aligned(pdf, ("Shares", "Amount", "capital", "earnings", "equity"), 34, rights, 20)
    _row(pdf, "Balance at December 31, 2024", ("119.2", "1.2", "2,129.4", "3,929.5", "6,060.1"), 41, rights, 20)
    _row(pdf, "Net income", ("", "", "", "291.4", "291.4"), 47, rights, 20)
    table = _first_table(pdf, tmp_path / "equity.pdf")
    header = table.rows[: table.header_rows]
    chunk = next(c for c in chunk_document(load(tmp_path / "equity.pdf", LIMIT)[0]) if c.kind == "table")
    columns = next(line for line in chunk.text.splitlines() if line.startswith("Columns:"))
    assert "Additional paid-in capital" in columns and "| Retained earnings |" in columns
    assert "Total stockholders' equity" in columns
    assert "Common stock Additional" not in columns and "Additional Retained" not in columns, header


def test_a_move_in_points_is_a_figure_and_a_wide_line_of_periods_is_a_header(tmp_path):
    # operating statistics: a "Change" column in points, under two period headings spread across the page
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=9)
    pdf.add_page()
    pdf.set_xy(15, 15)
    pdf.multi_cell(180, 5, "Our comparable portfolio consists of the hotels we owned and operated for all of both "
                           "periods presented, and occupancy is room nights sold divided by room nights available.")
    for x, text in ((71, "Three Months Ended September 30,"), (136, "Nine Months Ended September 30,")):
        pdf.set_xy(x, 30)
        pdf.cell(70, 5, text, align="C")
    rights = (95, 115, 135, 160, 180, 200)
    _aligned(pdf, ("2025", "2024", "Change") * 2, 36, rights, 18)
    _row(pdf, "Occupancy", ("81.1%", "79.6%", "1.5 pts", "78.2%", "77.5%", "0.8 pts"), 43, rights, 18)
    _row(pdf, "Average daily rate", ("$201.25", "$194.50", "3.5%", "$200.72", "$192.46", "4.3%"), 49, rights, 18)
    table = _first_table(pdf, tmp_path / "stats.pdf")
    header = table.rows[: table.header_rows]
    assert header[-1][1:] == ("2025", "2024", "Change") * 2
    assert header[-2][1:4] == ("Three Months Ended September 30,",) * 3
    assert ("Occupancy", "81.1%", "79.6%", "1.5 pts", "78.2%", "77.5%", "0.8 pts") in table.rows


def test_a_table_set_right_under_another_starts_at_its_own_column_headings(tmp_path):
    # reserves by category, then at once a roll-forward with one column: two tables, each with its own header
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=9)
    pdf.add_page()
    pdf.set_xy(15, 15)
    pdf.cell(0, 5, "Estimated Proved Reserves at December 31, 2025")
    _aligned(pdf, ("Developed", "Undeveloped", "Total"), 22)
    _row(pdf, "Oil (MBbl)", ("58,210", "44,184", "102,394"), 28)
    _row(pdf, "Total (MBoe)", ("147,610", "91,241", "238,851"), 34)
    pdf.set_xy(15, 40)
    pdf.cell(0, 5, "Changes in Total Proved Reserves (MBoe)")
    _aligned(pdf, ("2025",), 46, rights=(150,))
    _row(pdf, "Balance, December 31, 2024", ("238,615",), 52, rights=(150,))
    _row(pdf, "Extensions and discoveries", ("24,787",), 58, rights=(150,))
    _row(pdf, "Production", ("(20,881)",), 64, rights=(150,))
    pdf.output(str(tmp_path / "reserves.pdf"))
    [doc] = load(tmp_path / "reserves.pdf", LIMIT)
    reserves, changes = [block for block in doc.blocks if isinstance(block, TableBlock)]
    assert reserves.rows[reserves.header_rows:] == (("Oil (MBbl)", "58,210", "44,184", "102,394"),
                                                    ("Total (MBoe)", "147,610", "91,241", "238,851"))
    assert changes.rows[: changes.header_rows] == (("", "2025"),)
    assert ("Production", "(20,881)") in changes.rows


def test_a_stacked_table_with_headings_wider_than_its_figures_is_a_table_of_its_own(tmp_path):
    # occupancy by type, then at once a centred title and column headings that start left of their figures
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=9)
    pdf.add_page()
    pdf.set_xy(15, 15)
    pdf.cell(0, 5, "Period-End Occupancy")
    _aligned(pdf, ("2025", "2024", "Change (bps)"), 22)
    _row(pdf, "Office", ("86.4%", "88.1%", "-170"), 28)
    _row(pdf, "Industrial", ("97.2%", "96.5%", "70"), 34)
    pdf.set_xy(60, 40)
    pdf.cell(80, 5, "2025 Leasing Spreads", align="C")
    _aligned(pdf, ("Sq. ft. leased", "Cash rent", "GAAP rent"), 46, width=28)
    _row(pdf, "Office", ("612", "3.8%", "9.6%"), 52)
    _row(pdf, "Industrial", ("2,946", "24.7%", "38.2%"), 58)
    # a centred title of one cell inside a statement heads no columns: the statement stays whole
    pdf.set_xy(15, 80)
    pdf.cell(0, 5, "Balance Sheets")
    _aligned(pdf, ("2025", "2024"), 86)
    _row(pdf, "Cash", ("120", "100"), 92)
    _row(pdf, "Total assets", ("900", "800"), 98)
    pdf.set_xy(60, 104)
    pdf.cell(80, 5, "LIABILITIES AND EQUITY", align="C")
    _row(pdf, "Debt", ("300", "310"), 110)
    _row(pdf, "Total liabilities and equity", ("900", "800"), 116)
    pdf.output(str(tmp_path / "stacked.pdf"))
    [doc] = load(tmp_path / "stacked.pdf", LIMIT)
    occupancy, spreads, balance = [block for block in doc.blocks if isinstance(block, TableBlock)]
    assert [row[0] for row in occupancy.rows[occupancy.header_rows:]] == ["Office", "Industrial"]
    assert ("Office", "612", "3.8%", "9.6%") in spreads.rows
    assert ("Total liabilities and equity", "900", "800") in balance.rows and ("Cash", "120", "100") in balance.rows


def test_a_table_without_a_caption_takes_the_sentence_leading_into_it(tmp_path):
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=9)
    pdf.add_page()
    pdf.set_xy(15, 15)
    pdf.multi_cell(170, 5, "Amortization expense was $164 million in fiscal 2025. Estimated future amortization "
                           "expense is as follows:")
    _row(pdf, "Fiscal 2026", ("$ 148",), 30, rights=(150,))
    _row(pdf, "Fiscal 2027", ("122",), 36, rights=(150,))
    _row(pdf, "Thereafter", ("38",), 42, rights=(150,))
    _row(pdf, "Total", ("$ 308",), 48, rights=(150,))
    table = _first_table(pdf, tmp_path / "note.pdf")
    assert table.caption == "Estimated future amortization expense"
    assert ("Fiscal 2027", "122") in table.rows


def test_a_table_captioned_by_its_units_only_also_takes_the_sentence_leading_into_it(tmp_path):
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=9)
    pdf.add_page()
    pdf.set_xy(15, 15)
    pdf.multi_cell(170, 5, "Amortization expense was $27.8 million for the six months. Estimated future "
                           "amortization expense is as follows:")
    pdf.set_xy(15, 27)
    pdf.cell(40, 5, "(in millions)")
    _aligned(pdf, ("Amount",), 33, rights=(150,))
    _row(pdf, "Remainder of 2025", ("$ 27.8",), 39, rights=(150,))
    _row(pdf, "2026", ("55.2",), 45, rights=(150,))
    _row(pdf, "Total", ("$ 83.0",), 51, rights=(150,))
    table = _first_table(pdf, tmp_path / "note.pdf")
    assert table.caption.startswith("Estimated future amortization expense")
    assert ("2026", "55.2") in table.rows


def test_a_one_line_title_in_sentence_case_above_a_table_is_its_caption(tmp_path):
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=9)
    pdf.add_page()
    pdf.set_xy(15, 15)
    pdf.multi_cell(170, 5, "We supplement our GAAP results with non-GAAP operating income. These measures are not a "
                           "substitute for GAAP measures.")
    pdf.set_xy(15, 35)
    pdf.set_font("Helvetica", style="B", size=9)
    pdf.cell(170, 5, "Reconciliation of GAAP operating income to non-GAAP operating income")
    pdf.set_font("Helvetica", size=9)
    pdf.set_xy(15, 43)
    pdf.cell(40, 5, "(Dollars in thousands)")
    _aligned(pdf, ("2025", "2024"), 49, rights=(150, 175))
    _row(pdf, "GAAP operating income", ("$ 244,003", "$ 146,082"), 55, rights=(150, 175))
    _row(pdf, "Stock-based compensation", ("65,664", "60,037"), 61, rights=(150, 175))
    _row(pdf, "Non-GAAP operating income", ("$ 309,667", "$ 206,119"), 67, rights=(150, 175))
    table = _first_table(pdf, tmp_path / "reconciliation.pdf")
    assert table.caption.startswith("Reconciliation of GAAP operating income to non-GAAP operating income")
    assert ("Non-GAAP operating income", "$ 309,667", "$ 206,119") in table.rows


def test_a_continued_table_atop_the_next_page_goes_on_under_the_sub_heading_that_closed_the_last(tmp_path):
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=9)
    pdf.set_auto_page_break(False)
    for number, (title, rows) in enumerate([
        ("Assets Under Management by Class", [("Equity", ()), ("Beginning AUM", ("189.0", "175.7", "178.9")),
                                              ("Net flows", ("(0.3)", "(0.5)", "(1.9)")),
                                              ("Ending AUM", ("198.0", "185.2", "198.0")),
                                              ("Multi-asset", ()), ("Beginning AUM", ("59.8", "57.3", "58.4"))]),
        ("Assets Under Management by Class (continued)", [("Net flows", ("0.3", "0.3", "(0.3)")),
                                                          ("Ending AUM", ("61.5", "59.8", "61.5"))]),
    ], start=1):
        pdf.add_page()
        pdf.set_xy(15, 20)
        pdf.cell(0, 5, title)
        _row(pdf, "(in billions)", ("Q3 2025", "Q3 2024", "9M 2025"), 27)
        for index, (label, figures) in enumerate(rows):
            _row(pdf, label, figures, 34 + 6 * index)
        _footer(pdf, number)
    path = tmp_path / "q.pdf"
    pdf.output(str(path))
    [doc] = load(path, LIMIT)
    continued = next(b for b in doc.blocks if isinstance(b, TableBlock) and b.page == 2)
    assert continued.rows[1:3] == (("Multi-asset", "", "", ""), ("Net flows", "0.3", "0.3", "(0.3)"))
    [chunk] = [c for c in chunk_document(doc) if c.kind == "table" and c.page == 2]
    assert {row.label: row.group for row in chunk.table.rows}["Net flows"] == "Multi-asset"


def test_a_label_stopping_on_a_joining_word_goes_on_but_a_sub_heading_set_close_stays_one(tmp_path):
    pdf = _titled_page("Assets under management")
    _row(pdf, "(in millions)", ("2026", "2025"), 27)
    _row(pdf, "Separate accounts", ("98,412", "92,806"), 33)
    _line(pdf, "Sponsored mutual funds and", 39)
    _row(pdf, "ETFs", ("141,806", "148,206"), 43)
    _line(pdf, "Current assets", 49)
    _row(pdf, "Cash and cash equivalents", ("2,605", "2,921"), 53)
    _row(pdf, "Total", ("242,823", "243,933"), 59)
    labels = [row[0] for row in _first_table(pdf, tmp_path / "joined.pdf").rows]
    assert "Sponsored mutual funds and ETFs" in labels
    assert "Current assets" in labels and "Cash and cash equivalents" in labels


def test_negatives_printed_with_a_minus_after_the_figure_are_figures_of_their_columns(tmp_path):
    pdf = _titled_page("Statement of Changes in Equity")
    _row(pdf, "(in millions)", ("Shares", "Treasury Stock", "Total"), 27)
    _row(pdf, "Balance at March 31, 2026", ("149.6", "1,802.5-", "3,717.8"), 33)
    _row(pdf, "Repurchases of common stock", ("1.8-", "132.1-", "132.1-"), 39)
    _row(pdf, "Balance at June 30, 2026", ("148.4", "1,934.6-", "3,713.4"), 45)
    table = _first_table(pdf, tmp_path / "minus_after.pdf")
    assert ("Repurchases of common stock", "1.8-", "132.1-", "132.1-") in table.rows
    assert ("Balance at June 30, 2026", "148.4", "1,934.6-", "3,713.4") in table.rows


def test_a_schedule_of_one_row_under_a_line_of_years_is_a_table(tmp_path):
    rights = (80, 100, 120, 140, 160, 180)
    pdf = _titled_page("Scheduled Principal Payments (in thousands)")
    _aligned(pdf, ("2026", "2027", "2028", "2029", "Thereafter", "Total"), 27, rights, 18)
    _row(pdf, "Principal payments", ("$ 437,500", "$ 400,000", "-", "$ 1,068,000", "$ 836,400", "$ 2,741,900"), 33,
         rights, 18)
    _line(pdf, "The term loan amortizes at $37.5 million per year with the balance due in 2027.", 45)
    table = _first_table(pdf, tmp_path / "schedule.pdf")
    assert table.rows[-1] == ("Principal payments", "$ 437,500", "$ 400,000", "-", "$ 1,068,000", "$ 836,400",
                              "$ 2,741,900")
    # one figure line under prose that names years is still a sentence
    pdf = _titled_page("Liquidity")
    _line(pdf, "In 2023, 2024 and 2025 we funded our capital spending from operating cash flow and borrowings.", 27)
    _row(pdf, "Cash and equivalents at year end", ("$ 12,400", "$ 11,900", "$ 10,200"), 33)
    path = tmp_path / "prose.pdf"
    pdf.output(str(path))
    assert not any(isinstance(block, TableBlock) for block in load(path, LIMIT)[0].blocks)


def test_a_label_wrapped_before_the_end_of_a_company_name_is_one_label(tmp_path):
    pdf = _titled_page("Statements of Operations")
    _row(pdf, "(in thousands)", ("2026", "2025"), 27)
    _row(pdf, "Net income", ("99,460", "68,510"), 33)
    _row(pdf, "Less: net income attributable to noncontrolling interests", ("3,140", "2,460"), 39)
    _line(pdf, "Net income attributable to Tarrow Ridge Steel", 45)
    _row(pdf, "Corporation", ("96,320", "66,050"), 50)
    _row(pdf, "Operating income", ("141,410", "100,900"), 56)
    labels = [row[0] for row in _first_table(pdf, tmp_path / "company.pdf").rows]
    assert "Net income attributable to Tarrow Ridge Steel Corporation" in labels and "Corporation" not in labels
    # a line of its own after a label line is no company name's end
    assert "Operating income" in labels


def _centred(pdf, text: str, centre: float, y: float) -> None:
    pdf.set_xy(centre - 15, y)
    pdf.cell(30, 5, text, align="C")


def test_periods_centred_over_groups_of_columns_head_each_and_a_units_note_before_headings_opens_a_table(tmp_path):
    rights = (75, 95, 115, 140, 160, 180)
    pdf = _titled_page("Revenue by End Market")
    _centred(pdf, "THREE MONTHS ENDED", 88, 27)  # over the middle of the first three columns, narrower than them
    _centred(pdf, "SIX MONTHS ENDED", 153, 27)
    _centred(pdf, "JUNE 30,", 88, 31)
    _centred(pdf, "JUNE 30,", 153, 31)
    _row(pdf, "($ in millions)", ("2026", "2025", "CHANGE", "2026", "2025", "CHANGE"), 36, rights, 15)
    for n, label in enumerate(("Cardiovascular", "Orthopedic", "Total revenue")):
        _row(pdf, label, ("148.6", "136.2", "9.1%", "291.4", "265.7", "9.7%"), 42 + 6 * n, rights, 15)
    _line(pdf, "Revenue by Geography", 64)
    geography = (80, 100, 125, 145)
    _row(pdf, "($ in millions)", ("Q2 2026", "% OF TOTAL", "Q2 2025", "% OF TOTAL"), 70, geography, 18)
    for n, label in enumerate(("United States", "Europe", "Total")):
        _row(pdf, label, ("241.8", "59.1%", "229.4", "59.9%"), 76 + 6 * n, geography, 18)
    path = tmp_path / "groups.pdf"
    pdf.output(str(path))
    tables = [b for b in load(path, LIMIT)[0].blocks if isinstance(b, TableBlock)]
    assert len(tables) == 2
    heads = [" ".join(row[col] for row in tables[0].rows[:tables[0].header_rows] if row[col]) for col in range(1, 7)]
    assert heads == ["THREE MONTHS ENDED JUNE 30, 2026", "THREE MONTHS ENDED JUNE 30, 2025",
                     "THREE MONTHS ENDED JUNE 30, CHANGE", "SIX MONTHS ENDED JUNE 30, 2026",
                     "SIX MONTHS ENDED JUNE 30, 2025", "SIX MONTHS ENDED JUNE 30, CHANGE"]
    assert tables[1].rows[-2] == ("Europe", "241.8", "59.1%", "229.4", "59.9%")
