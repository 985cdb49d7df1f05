"""Ruled PDF tables (fee schedules, tariffs, forms): read from the rules drawn around their cells."""

from __future__ import annotations

import pytest

from index.documents import TableBlock, TextBlock
from index.loaders import load

fpdf = pytest.importorskip("fpdf", reason="fpdf2 is needed to write a PDF fixture (pip install fpdf2)")

LIMIT = 50 * 1024 * 1024
FEES = [
    ["Fee or service", "Basic Checking", "Rewards Checking", "Notes"],
    ["Courtesy Pay limit", "$250", "$500", "Not available to members under 18"],
    ["Stop payment (per request)", "$30.00 (6)", "$30.00 (6)", "Valid for 6 months"],
    ["Early closure", "180 days' interest", "90 days' interest", "Charged on the amount closed"],
    ["Withdrawal at an ATM outside the U.S.", "$2.50 plus foreign transaction fee", "Free", "The ATM owner may also "
     "charge its own surcharge, which we refund on Rewards Checking up to $20 a month"],
]


def _page():
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=9)
    pdf.add_page()
    pdf.set_xy(15, 20)
    pdf.cell(0, 6, "2. Overdrafts and returned items", new_x="LMARGIN", new_y="NEXT")
    return pdf


def _blocks(pdf, path):
    pdf.output(str(path))
    [doc] = load(path, LIMIT)
    return doc.blocks


def _tables(blocks) -> list[TableBlock]:
    return [block for block in blocks if isinstance(block, TableBlock)]


def test_a_ruled_fee_table_keeps_its_text_cells_and_wrapped_lines_in_their_rows(tmp_path):
    pdf = _page()
    with pdf.table(col_widths=(50, 35, 35, 60), width=180, borders_layout="ALL", first_row_as_headings=True) as table:
        for cells in FEES:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.ln(3)
    pdf.multi_cell(0, 5, "(6) Waived for stolen checks when you give us a police report number.")
    blocks = _blocks(pdf, tmp_path / "fees.pdf")

    [table] = _tables(blocks)
    assert [list(row) for row in table.rows] == FEES
    assert table.header_rows == 1
    assert table.section == "2. Overdrafts and returned items"
    notes = [block.text for block in blocks if isinstance(block, TextBlock)]
    assert any(text.startswith("(6) Waived for stolen checks") for text in notes)
    assert not any("Valid for 6 months" in text for text in notes)  # the table's words leave the text


def test_a_title_across_the_table_is_its_caption_and_a_merged_row_keeps_its_text_in_the_first_cell(tmp_path):
    pdf = _page()
    with pdf.table(col_widths=(60, 40, 40), width=140, borders_layout="ALL", first_row_as_headings=False) as table:
        table.row().cell("Transfers and payments", colspan=3)
        for cells in (["Service", "Online", "Branch"], ["Outgoing wire", "$25.00", "$25.00"]):
            row = table.row()
            for cell in cells:
                row.cell(cell)
        table.row().cell("Incoming wires are free on every account and from every country", colspan=3)
        row = table.row()
        for cell in ["Cashier's check", "n/a", "$8.00"]:
            row.cell(cell)
    [table] = _tables(_blocks(pdf, tmp_path / "merged.pdf"))

    assert table.caption == "Transfers and payments"
    assert table.header_rows == 1
    assert [list(row) for row in table.rows] == [
        ["Service", "Online", "Branch"],
        ["Outgoing wire", "$25.00", "$25.00"],
        ["Incoming wires are free on every account and from every country", "", ""],
        ["Cashier's check", "n/a", "$8.00"],
    ]


def test_borders_drawn_as_thin_filled_bars_make_a_table_as_stroked_lines_do(tmp_path):
    pdf = _page()
    xs, ys = (15, 75, 115, 155), (40, 48, 56, 64)
    for y in ys:  # a word processor's borders: filled bars a quarter point thick
        pdf.rect(xs[0], y, xs[-1] - xs[0], 0.1, style="F")
    for x in xs:
        pdf.rect(x, ys[0], 0.1, ys[-1] - ys[0], style="F")
    cells = [["Account", "Rate", "Paid"], ["Easy Access Saver", "3.10%", "Annually"], ["Regular Saver", "5.00%",
                                                                                        "At maturity"]]
    for y, row in zip(ys, cells, strict=False):
        for x, text in zip(xs, row, strict=False):
            pdf.set_xy(x + 1, y + 1.5)
            pdf.cell(30, 5, text)
    [table] = _tables(_blocks(pdf, tmp_path / "bars.pdf"))

    assert [list(row) for row in table.rows] == cells


STATEMENT = [("Net sales", "34,229", "35,355"), ("Cost of sales", "(20,015)", "(21,121)"),
             ("Gross profit", "14,214", "14,234"), ("Operating expenses", "(9,001)", "(8,870)"),
             ("Operating income", "5,213", "5,364")]


def _statement(pdf, y0: float = 40) -> None:
    pdf.set_xy(15, y0 - 6)
    pdf.cell(0, 5, "Consolidated Statements of Income")
    for i, (label, *figures) in enumerate(STATEMENT):
        y = y0 + 6 * i
        pdf.set_xy(15, y)
        pdf.cell(80, 5, label)
        for right, figure in zip((130, 160), figures, strict=False):
            pdf.set_xy(right - 25, y)
            pdf.cell(25, 5, figure, align="R")


def _rows_of(blocks) -> list[list[list[str]]]:
    return [[list(row) for row in table.rows] for table in _tables(blocks)]


def test_shaded_rows_and_total_underlines_leave_a_statement_to_the_figure_reader(tmp_path):
    plain = _page()
    _statement(plain)
    expected = _rows_of(_blocks(plain, tmp_path / "plain.pdf"))
    assert expected and len(expected[0]) >= len(STATEMENT)

    shaded = _page()
    shaded.set_fill_color(220, 230, 240)
    for i in range(0, len(STATEMENT), 2):  # every other row shaded, as filings print them
        shaded.rect(14, 40 + 6 * i - 0.5, 148, 6, style="F")
    _statement(shaded)
    assert _rows_of(_blocks(shaded, tmp_path / "shaded.pdf")) == expected

    ruled = _page()
    _statement(ruled)
    # a box around each figure column, ruled under the first and last rows only: the rows between hold stacked figures
    for left, right in ((105, 130), (135, 160)):
        ruled.line(left, 39, left, 40 + 6 * len(STATEMENT))
        ruled.line(right, 39, right, 40 + 6 * len(STATEMENT))
    for y in (39, 46, 40 + 6 * len(STATEMENT)):
        ruled.line(105, y, 160, y)
    assert _rows_of(_blocks(ruled, tmp_path / "ruled.pdf")) == expected


def test_rules_down_part_of_a_row_are_borders_of_its_lines_not_a_grid(tmp_path):
    terms = [("Annual fee", "None"), ("Late payment fee", "Up to $25"), ("Authorized user card", "Free"),
             ("Balance transfer fee", "Not offered")]

    def page(with_borders: bool):
        pdf = _page()
        for i, (term, value) in enumerate(terms):
            pdf.set_xy(16, 41 + 6 * i)
            pdf.cell(60, 5, term)
            pdf.set_xy(82, 41 + 6 * i)
            pdf.cell(40, 5, value)
        if with_borders:
            # ruled above, between the halves and below; borders right of the middle lines' cells only, crossing
            # the middle rule (a filing draws a cell's border where that cell has a figure)
            for y in (40, 52, 64):
                pdf.line(15, y, 125, y)
            pdf.line(80, 46, 80, 58)
            pdf.line(125, 40, 125, 64)
        return pdf

    def read(pdf, name):
        return [(type(block).__name__, getattr(block, "text", None)) for block in _blocks(pdf, tmp_path / name)]

    assert read(page(True), "bordered.pdf") == read(page(False), "plain.pdf")


def test_strokes_and_thin_filled_bars_are_rules_and_shading_is_not(tmp_path):
    from index.loaders.pdf_layout import open_pdf, read_pages

    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 50, 10)  # stroked: four rules
    pdf.rect(20, 40, 50, 0.1, style="F")  # a bar a third of a point thick: one rule (its two long sides)
    pdf.set_fill_color(220, 230, 240)
    pdf.rect(20, 60, 50, 6, style="F")  # a shaded row
    pdf.output(str(tmp_path / "rules.pdf"))
    document = open_pdf(tmp_path / "rules.pdf")
    try:
        [page] = read_pages(document)
    finally:
        document.close()
    mm = 72 / 25.4
    level = sorted(round(rule.top / mm) for rule in page.rules if rule.horizontal)
    plumb = sorted(round(rule.x0 / mm) for rule in page.rules if not rule.horizontal)
    assert level == [20, 30, 40, 40]
    assert plumb == [20, 70]


def test_a_framed_paragraph_is_text(tmp_path):
    pdf = _page()
    pdf.set_xy(20, 40)
    pdf.multi_cell(150, 5, "Important: if your card is lost or stolen, call us straight away on 0800 555 0100. "
                   "We are open 24 hours a day, every day of the year.", border=1)
    blocks = _blocks(pdf, tmp_path / "framed.pdf")
    assert not _tables(blocks)
    assert any("call us straight away" in block.text for block in blocks if isinstance(block, TextBlock))
