"""PDF prose set in columns is read column by column; tables and lists beside their text stay lines."""

from __future__ import annotations

import pytest

from index.documents import TextBlock
from index.loaders import load

fpdf = pytest.importorskip("fpdf", reason="fpdf2 is needed to write a PDF fixture (pip install fpdf2)")

LIMIT = 50 * 1024 * 1024
LEFT = ("Business day means Monday to Friday, except bank holidays in England and Wales. A payment you ask us to "
        "make after 4pm on a business day is treated as received on the next business day.")
RIGHT = ("Personal representatives are the people legally entitled to deal with the estate of someone who has "
         "died, such as executors named in a will or administrators appointed by the court.")


def _text(path) -> str:
    [doc] = load(path, LIMIT)
    return "\n\n".join(block.text for block in doc.blocks if isinstance(block, TextBlock))


def _flat(text: str) -> str:
    return " ".join(text.split())


def _two_columns(tmp_path, right_spacing: float = 5, align: str = "J"):
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=9)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_xy(15, 20)
    pdf.cell(0, 5, "14. Words we use")
    pdf.set_xy(15, 27)
    pdf.multi_cell(180, 5, "14.1 In these terms the following words have the meanings set out below, whichever "
                           "account or card you hold with us.")
    pdf.set_xy(15, 40)
    pdf.multi_cell(85, 5, LEFT + " " + LEFT, align=align)
    pdf.set_xy(110, 40)
    pdf.multi_cell(85, right_spacing, RIGHT + " " + RIGHT, align=align)
    pdf.set_xy(15, 95)
    pdf.cell(0, 5, "15. Changes to these terms")
    pdf.set_xy(15, 102)
    pdf.multi_cell(180, 5, "15.1 We may change these terms for a valid reason, such as a change in the law.")
    path = tmp_path / "terms.pdf"
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("right_spacing", [5, 6.5])  # baselines level across the gutter, or not
def test_two_columns_of_terms_are_read_one_after_the_other(tmp_path, right_spacing):
    text = _flat(_text(_two_columns(tmp_path, right_spacing)))
    assert f"{LEFT} {LEFT}" in text
    assert f"{RIGHT} {RIGHT}" in text
    assert text.index("14.1 In these terms") < text.index(LEFT) < text.index(RIGHT) < text.index("15. Changes")


def test_the_heading_under_the_columns_opens_its_own_section(tmp_path):
    [doc] = load(_two_columns(tmp_path, align="L"), LIMIT)
    closing = next(block for block in doc.blocks if isinstance(block, TextBlock) and "15.1 We may" in block.text)
    assert closing.section == "15. Changes to these terms"
    assert RIGHT.split()[-1] not in closing.text


def test_a_table_of_text_and_fees_keeps_each_row_on_its_line(tmp_path):
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=9)
    pdf.add_page()
    rows = [("Replacement card", "Everyday Account", "Free for the first replacement in any 12 months"),
            ("Cash withdrawal abroad", "Everyday Account", "For each withdrawal, the machine may also charge"),
            ("Payment trace or recall", "Share Account", "No charge if the error was ours or a scam"),
            ("Unpaid direct debit", "Everyday Account", "No fee if you pay in enough by 2pm that day"),
            ("Paying in at a Post Office", "Everyday Account", "Cash and cheques paid in over the counter")]
    for i, (service, account, note) in enumerate(rows):
        y = 20 + 10 * i
        for x, text in ((15, service), (65, account), (110, note)):
            pdf.set_xy(x, y)
            pdf.cell(0, 5, text)
    path = tmp_path / "charges.pdf"
    pdf.output(str(path))
    lines = _text(path).splitlines()
    assert "Replacement card Everyday Account Free for the first replacement in any 12 months" in lines


def test_terms_beside_their_definitions_stay_side_by_side(tmp_path):
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=9)
    pdf.add_page()
    for i, (term, meaning) in enumerate([("AER", "Annual Equivalent Rate, the rate as if interest were added"),
                                         ("Business day", "Monday to Friday, except bank holidays"),
                                         ("EAR", "Effective Annual Rate, the yearly cost of an overdraft"),
                                         ("Tariff", "Our list of fees, rates and limits for your account")]):
        pdf.set_xy(15, 20 + 8 * i)
        pdf.cell(30, 5, term)
        pdf.set_xy(60, 20 + 8 * i)
        pdf.cell(0, 5, meaning)
    path = tmp_path / "glossary.pdf"
    pdf.output(str(path))
    assert "Business day Monday to Friday, except bank holidays" in _text(path).splitlines()
