"""Loaders: every format becomes the right blocks; every bad file becomes a helpful IngestError."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from assistant.errors import IngestError
from index.documents import TableBlock, TextBlock
from index.loaders import SUPPORTED_SUFFIXES, iter_files, load

LIMIT = 5 * 1024 * 1024


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def tables(doc) -> list[TableBlock]:
    return [b for b in doc.blocks if isinstance(b, TableBlock)]


def texts(doc) -> list[TextBlock]:
    return [b for b in doc.blocks if isinstance(b, TextBlock)]


# ---------------------------------------------------------------- formats


def test_pdf_one_block_per_page_with_metadata_title(tmp_path):
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 is needed to write a PDF fixture (pip install fpdf2)")
    pdf = fpdf.FPDF()
    pdf.set_title("Fee schedule 2024")
    pdf.set_font("Helvetica", size=12)
    for line in ("The monthly account fee is 5 pounds.", "The overdraft rate is 19.9 percent."):
        pdf.add_page()
        pdf.cell(text=line)
    path = tmp_path / "fees.pdf"
    pdf.output(str(path))

    [doc] = load(path, LIMIT)
    assert (doc.doc_id, doc.source, doc.title) == ("fees.pdf", "fees.pdf", "Fee schedule 2024")
    assert [b.page for b in doc.blocks] == [1, 2]
    assert "monthly account fee is 5 pounds" in doc.blocks[0].text
    assert "19.9 percent" in doc.blocks[1].text


def test_pdf_without_text_says_ocr_is_not_done(tmp_path):
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 is needed to write a PDF fixture (pip install fpdf2)")
    pdf = fpdf.FPDF()
    pdf.add_page()  # a blank page stands in for a scanned image
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    with pytest.raises(IngestError, match=r"scan\.pdf: no text found .*OCR"):
        load(path, LIMIT)


HTML = """<html><head><title>Card fees | Bank</title><style>.x{color:red}</style></head>
<body><nav>Home Products Login</nav><script>var secret = 1;</script>
<h1>Card fees</h1><p>Fees apply to all
   personal cards.</p>
<h2>Foreign use</h2><p>Paying abroad costs extra.<br>See below.</p>
<h3>Rates by year</h3>
<table><thead><tr><th>Fee</th><th>2024</th><th>2023</th></tr></thead>
<tbody><tr><td>Cash withdrawal</td><td>2.99%</td><td>2.75%</td></tr>
<tr><td>Purchase</td><td>1.50%</td><td>1.25%</td></tr></tbody></table>
<p>Rates change each April.</p>
<h2>Replacement cards</h2>
<table><caption>Replacement (in £)</caption>
<tr><td></td><td>2024</td></tr><tr><td>Lost</td><td>5</td></tr></table>
</body></html>"""


def test_html_sections_tables_and_dropped_chrome(tmp_path):
    [doc] = load(write(tmp_path / "card_fees.html", HTML), LIMIT)
    assert doc.title == "Card fees | Bank"
    everything = " ".join(b.text for b in texts(doc))
    assert "secret" not in everything and "Login" not in everything and "color" not in everything
    intro, foreign, after, *_ = texts(doc)
    assert intro.text == "Fees apply to all personal cards." and intro.section is None
    assert foreign.section == "Foreign use"
    assert "Paying abroad costs extra.\nSee below." in foreign.text
    assert after.text == "Rates change each April." and after.section == "Foreign use > Rates by year"

    rates, replacement = tables(doc)
    assert rates.rows[0] == ("Fee", "2024", "2023") and rates.header_rows == 1
    assert rates.rows[1] == ("Cash withdrawal", "2.99%", "2.75%")
    assert rates.caption == "Rates by year" and rates.section == "Foreign use > Rates by year"
    # no <th>: the header is found from the values; <caption> wins over the heading
    assert replacement.header_rows == 1 and replacement.caption == "Replacement (in £)"
    assert replacement.section == "Replacement cards"


def test_txt_keeps_paragraphs_and_uses_file_stem_as_title(tmp_path):
    text = "Interest is paid monthly.\r\n\r\n\r\nWithdrawals   are free.\n"
    path = write(tmp_path / "savings_terms.txt", text)
    [doc] = load(path, LIMIT)
    assert doc.title == "Savings terms"
    assert doc.blocks == [TextBlock(text="Interest is paid monthly.\n\nWithdrawals are free.")]


MARKDOWN = """# Account guide

Read this **first**.

## Closing an account

Call us or visit a [branch](https://example.com).

```
# not a heading
```

### Closing fees

| Fee | Amount |
|-----|-------:|
| Early closure | £25 |
| Transfer out | £0 |

## Opening an account
Bring ID.
"""


def test_markdown_sections_follow_heading_path_and_pipe_tables(tmp_path):
    [doc] = load(write(tmp_path / "guide.md", MARKDOWN), LIMIT)
    assert doc.title == "Account guide"
    by_section = {b.section: b.text for b in texts(doc)}
    assert by_section[None] == "Read this first."
    assert by_section["Closing an account"].startswith("Call us or visit a branch.")
    assert "# not a heading" in by_section["Closing an account"]  # code fences are not headings
    assert by_section["Opening an account"] == "Bring ID."
    [table] = tables(doc)
    assert table.section == "Closing an account > Closing fees"
    assert table.rows == (("Fee", "Amount"), ("Early closure", "£25"), ("Transfer out", "£0"))
    assert table.header_rows == 1 and table.caption == "Closing fees"


def test_csv_sniffs_delimiter_and_makes_one_table(tmp_path):
    text = "Fee;Amount;Notes\nMonthly;5;waived for students\n\nTransfer;0;\n"
    path = write(tmp_path / "fee_schedule.csv", text)
    [doc] = load(path, LIMIT)
    assert (doc.doc_id, doc.source, doc.title) == ("fee_schedule.csv", "fee_schedule.csv", "Fee schedule")
    [table] = doc.blocks
    assert table.caption == "Fee schedule" and table.header_rows == 1
    assert table.rows == (
        ("Fee", "Amount", "Notes"), ("Monthly", "5", "waived for students"), ("Transfer", "0", ""),
    )


def test_xlsx_title_row_becomes_caption_and_numbers_read_well(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Income"
    sheet.append(["Income statement (in £ millions)"])
    sheet.append([])
    sheet.append(["", 2024, None, 2023])  # column C stays empty: it must disappear
    sheet.append(["Revenue", 412.3, None, 388.1])
    sheet.append(["Costs", 200.0, None, 150])
    sheet.append(["Margin", 0.125, None, 0.1])
    sheet["B6"].number_format = "0.0%"
    notes = book.create_sheet("Notes")
    notes.append(["Term", "Meaning"])
    notes.append(["EBIT", "Earnings before interest and tax"])
    book.create_sheet("Empty")
    path = tmp_path / "results.xlsx"
    book.save(path)

    [doc] = load(path, LIMIT)
    assert doc.title == "Results"
    income, glossary = doc.blocks
    assert income.section == "Income" and income.caption == "Income statement (in £ millions)"
    assert income.header_rows == 1
    assert income.rows == (
        ("", "2024", "2023"), ("Revenue", "412.3", "388.1"), ("Costs", "200", "150"),
        ("Margin", "12.5%", "0.1"),
    )
    assert glossary.section == "Notes" and glossary.header_rows == 1
    assert glossary.rows[1] == ("EBIT", "Earnings before interest and tax")


def test_tables_one_under_another_on_a_sheet_are_read_apart(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Rates"
    for row in (["Savings and overdraft rates"], [], ["Fixed Saver"], ["Term", "AER", "Minimum deposit"],
                ["1 year", "4.15%", "£1,000"], [], ["Overdraft"], ["Plan", "Buffer", "EAR"], ["Plus", "£50", "29.9%"],
                ["Limits from £50 to £3,000."], [], ["Current liabilities"], ["Trade payables", "£12", "£10"],
                [], ["* Rates are variable."]):
        sheet.append(row)
    path = tmp_path / "rates.xlsx"
    book.save(path)

    [doc] = load(path, LIMIT)
    fixed, overdraft = doc.blocks
    assert fixed.caption == "Savings and overdraft rates — Fixed Saver"
    assert fixed.rows == (("Term", "AER", "Minimum deposit"), ("1 year", "4.15%", "£1,000")) and fixed.header_rows == 1
    # a group without a header of its own (a statement's next section, a footnote) stays on the table above
    assert overdraft.caption == "Savings and overdraft rates — Overdraft"
    assert overdraft.rows[0] == ("Plan", "Buffer", "EAR") and overdraft.rows[-1] == ("* Rates are variable.", "", "")
    assert ("Trade payables", "£12", "£10") in overdraft.rows


def test_rows_joining_a_table_after_a_blank_row_keep_its_columns(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    for row in (["Plan", None, "EAR"], ["Plus", None, "29.9%"], [], ["Premium", "n/a", "19.9%"]):
        book.active.append(row)
    path = tmp_path / "ear.xlsx"
    book.save(path)

    [doc] = load(path, LIMIT)
    [table] = doc.blocks
    assert table.rows == (("Plan", "", "EAR"), ("Plus", "", "29.9%"), ("Premium", "n/a", "19.9%"))


def test_a_price_list_written_in_words_has_one_header_row():
    # "£9.50 a month" and "Free" are not values, yet the rows under "Service | …" are the body.
    from index.loaders.common import header_row_count

    prices = [
        ["Service", "Basic Account", "Plus Account"],
        ["Monthly fee", "None", "£9.50 a month"],
        ["Replacement card", "First one free, then £5 each", "Free"],
        ["Express delivery", "£12", "Free"],
    ]
    assert header_row_count(prices) == 1
    # A second header row of years or currency signs under a labelled first one is still header.
    assert header_row_count([["Year ended 31 March", "2024", "2023"], ["(£ millions)", "2024", "2023"],
                             ["Revenue", "412.3", "388.1"]]) == 2


def test_docx_paragraphs_grouped_by_heading_and_tables_kept(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Annual report 2024", 0)
    document.add_paragraph("A strong year.")
    document.add_heading("Results", 1)
    document.add_paragraph("Revenue grew.")
    table = document.add_table(rows=3, cols=3)
    for r, values in enumerate([("", "2024", "2023"), ("Revenue", "412", "388"), ("Profit", "40", "35")]):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    document.add_heading("Outlook", 1)
    document.add_paragraph("Cautious.")
    path = tmp_path / "annual.docx"
    document.save(str(path))

    [doc] = load(path, LIMIT)
    assert doc.title == "Annual report 2024"
    assert [(b.section, b.text) for b in texts(doc)] == [
        (None, "A strong year."), ("Results", "Revenue grew."), ("Outlook", "Cautious."),
    ]
    [block] = tables(doc)
    assert block.rows[1] == ("Revenue", "412", "388") and block.header_rows == 1
    assert block.section == "Results"


TATQA = [
    {
        "table": {"uid": "uid-sales", "table": [
            ["", "", "Years Ended September 30,", ""],
            ["", "2019", "2018", "2017"],
            ["Fixed Price", "$ 1,452.4", "$ 1,146.2", "$ 1,036.9"],
            ["Total sales", "$1,496.5", "$1,202.9", "$1,107.7"],
        ]},
        "paragraphs": [
            {"uid": "p2", "order": 2, "text": "The table below presents sales (in millions):"},
            {"uid": "p1", "order": 1, "text": "Sales by Contract Type: Substantially all are fixed-price."},
        ],
        "questions": [],
    },
    {
        "table": {"uid": "uid-pension", "table": [
            ["Income statement expense", "", ""],
            ["", "2019 €m", "2018 €m"],
            ["Defined contribution schemes", "166", "178"],
            ["Defined benefit schemes", "57", "44"],
        ]},
        "paragraphs": [{"uid": "p3", "order": 1, "text": "24. Post employment benefits"}],
    },
]


def test_tatqa_json_gives_one_document_per_context(tmp_path):
    path = write(tmp_path / "tatqa_dev.json", json.dumps(TATQA))
    sales, pension = load(path, LIMIT)
    assert sales.doc_id == "uid-sales" and sales.source == "tatqa_dev.json#uid-sales"
    assert sales.title == "Sales by Contract Type"
    table, text = sales.blocks
    assert table.header_rows == 2 and table.rows[2][0] == "Fixed Price"
    assert text.text.index("Sales by Contract Type") < text.text.index("The table below")  # by "order"
    assert pension.doc_id == "uid-pension" and pension.title == "24. Post employment benefits"
    assert pension.blocks[0].header_rows == 2  # title row + units row, then values


def test_plain_json_is_refused_with_the_expected_shape(tmp_path):
    with pytest.raises(IngestError, match=r"data\.json.*TAT-QA.*CSV"):
        load(write(tmp_path / "data.json", '{"balance": 10}'), LIMIT)
    with pytest.raises(IngestError, match=r"broken\.json is not valid JSON"):
        load(write(tmp_path / "broken.json", '[{"table": '), LIMIT)


# ---------------------------------------------------------------- errors


@pytest.mark.parametrize("name, content", [
    ("report.pdf", b"this is not a pdf at all"),
    ("book.xlsx", b"PK\x03\x04 truncated zip"),
    ("letter.docx", b"plain text pretending to be a docx"),
])
def test_corrupt_files_raise_ingest_error_naming_the_file(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(IngestError) as info:
        load(path, LIMIT)
    assert name in str(info.value) and re.search("damaged|not a valid", str(info.value))


def test_missing_empty_and_oversize_files(tmp_path):
    with pytest.raises(IngestError, match=r"nowhere\.txt: file not found"):
        load(tmp_path / "nowhere.txt", LIMIT)
    with pytest.raises(IngestError, match=r"blank\.csv is empty"):
        load(write(tmp_path / "blank.csv", ""), LIMIT)
    big = write(tmp_path / "big.txt", "x" * 3 * 1024 * 1024)
    with pytest.raises(IngestError, match=r"big\.txt is 3\.0 MB, over the 2 MB limit"):
        load(big, 2 * 1024 * 1024)


def test_whitespace_only_file_has_no_text(tmp_path):
    with pytest.raises(IngestError, match="no text found"):
        load(write(tmp_path / "spaces.txt", " \n\n \t"), LIMIT)


def test_binary_content_in_a_text_file(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\x00\x00\x00binary")
    with pytest.raises(IngestError, match=r"image\.txt looks like a binary file"):
        load(path, LIMIT)


def test_unsupported_suffix_lists_supported_ones(tmp_path):
    path = write(tmp_path / "photo.png", "pretend")
    for call in (lambda: load(path, LIMIT), lambda: iter_files([path])):
        with pytest.raises(IngestError) as info:
            call()
        assert "photo.png" in str(info.value)
        assert all(suffix in str(info.value) for suffix in SUPPORTED_SUFFIXES)


# ---------------------------------------------------------------- fingerprint, folders


def test_fingerprint_is_stable_and_tracks_content(tmp_path):
    path = write(tmp_path / "rates.csv", "Product,Rate\nSaver,4.1%\n")
    first, again = load(path, LIMIT)[0], load(path, LIMIT)[0]
    assert first.fingerprint == again.fingerprint
    write(path, "Product,Rate\nSaver,4.2%\n")
    assert load(path, LIMIT)[0].fingerprint != first.fingerprint


def test_iter_files_expands_folders_sorted_and_skips_noise(tmp_path):
    root = tmp_path / "docs"
    (root / "b" / "deep").mkdir(parents=True)
    (root / ".git").mkdir()
    wanted = [write(root / name, "x") for name in ("a.md", "b/deep/c.CSV", "b/z.txt")]
    for noise in (".hidden.txt", "~$lock.docx", "picture.png", ".git/config.txt"):
        write(root / noise, "x")
    extra = write(tmp_path / "extra.txt", "x")
    assert iter_files([root, extra, wanted[0]]) == [*wanted, extra]  # a file named twice is listed once
    with pytest.raises(IngestError, match="no such file or folder"):
        iter_files([tmp_path / "missing"])
