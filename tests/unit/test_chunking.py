"""Chunking: text chunks carry their context; table chunks repeat header and units, rows stay paired."""

from __future__ import annotations

import json
from pathlib import Path

from index.chunking import chunk_document, column_labels, label_unlabelled_totals
from index.documents import Chunk, Document, Row, TableBlock, TextBlock, content_hash
from index.loaders import load
from index.stores import DocumentRecord, FaissStore

HEADER = (
    ("", "", "Years Ended September 30,", ""),
    ("", "2019", "2018", "2017"),
    ("", "", "(in millions)", ""),
)


def sales_table(n_rows: int) -> TableBlock:
    body = tuple((f"Product {i}", f"{i}.1", f"{i}.2", f"{i}.3") for i in range(n_rows))
    return TableBlock(
        rows=HEADER + body, header_rows=3, caption="Sales by product", page=4, section="Segments"
    )


def doc_with(*blocks) -> Document:
    return Document(doc_id="report.pdf", source="report.pdf", title="Annual report", blocks=list(blocks))


def test_table_chunks_repeat_title_units_and_header_in_every_chunk():
    chunks = chunk_document(doc_with(sales_table(20)), rows_per_chunk=8)
    assert len(chunks) == 3
    for chunk in chunks:
        first, columns, *rows = chunk.text.splitlines()
        assert first == (
            "Annual report — Segments — Sales by product — Years Ended September 30, — (in millions)"
        )
        assert columns == "Columns: 2019 | 2018 | 2017"
        assert 1 <= len(rows) <= 8
        assert (chunk.kind, chunk.page, chunk.section) == ("table", 4, "Segments")
        assert chunk.title == "Annual report"
    data_lines = [line for c in chunks for line in c.text.splitlines()[2:]]
    assert data_lines == [f"Product {i} | 2019: {i}.1 | 2018: {i}.2 | 2017: {i}.3" for i in range(20)]


def test_small_table_is_one_chunk():
    [chunk] = chunk_document(doc_with(sales_table(8)), rows_per_chunk=8)
    assert chunk.text.count("Product") == 8


def test_row_linearisation_pairs_cells_with_their_column_and_skips_blanks():
    block = TableBlock(rows=(("", "2024", "2023 H1", "2023"), ("Revenue", "412.3", "", "388.1")))
    [chunk] = chunk_document(doc_with(block))
    assert chunk.table.rows == (Row("Revenue", (("2024", "412.3"), ("2023", "388.1"))),)
    assert chunk.text.splitlines()[-1] == "Revenue | 2024: 412.3 | 2023: 388.1"
    [bare] = chunk_document(doc_with(TableBlock(rows=(("", "5", "6"),), header_rows=0)))
    assert bare.text.splitlines()[-1] == "5 | 6"


def test_multi_row_headers_combine_into_one_label_per_column():
    header = [
        ("", "Domestic", "", "International", ""),
        ("", "September 30,", "", "September 30,", ""),
        ("Rate", "2019", "2018", "2019", "2018"),
    ]
    notes, labels = column_labels(header, 5)
    assert notes == ["September 30,"]  # one label over every column describes the whole table
    assert labels == ["Rate", "Domestic 2019", "Domestic 2018", "International 2019", "International 2018"]
    # a title row above the header (first cell only) is a note too; a two-column header is a label
    assert column_labels([("Income statement expense", "", ""), ("", "2019 €m", "2018 €m")], 3) == (
        ["Income statement expense"], ["", "2019 €m", "2018 €m"],
    )
    assert column_labels([("", "2019")], 2) == ([], ["", "2019"])
    # a group label centred over its columns (extracted into the middle one) heads each column of its group
    assert column_labels([("", "", "Freight revenue", "", "Carloads", ""),
                          ("", "2025", "2024", "Change", "2025", "2024")], 6)[1] == [
        "", "Freight revenue 2025", "Freight revenue 2024", "Freight revenue Change", "Carloads 2025", "Carloads 2024"]
    spans = [("", "", "Three Months", "", "Six Months", ""), ("", "2026", "2025", "2026", "2025", "Total")]
    assert column_labels(spans, 6)[1] == ["", "Three Months 2026", "Three Months 2025", "Six Months 2026",
                                          "Six Months 2025", "Total"]
    # a heading set over two lines ("Delmarre / Basin", "Orlan / Shelf") spans no total column beside it
    assert column_labels([("", "Delmarre", "Orlan", ""), ("", "Basin", "Shelf", "Total")], 4)[1] == [
        "", "Delmarre Basin", "Orlan Shelf", "Total"]
    # a word broken over two header lines: a soft hyphen joins its halves, a typed hyphen stays
    assert column_labels([("", "Shares", "Total", "Paid-"), ("", "out-", "stock\x02", "in"),
                          ("", "standing", "holders' equity", "capital")], 4)[1] == [
        "", "Shares out-standing", "Total stockholders' equity", "Paid-in capital"]


def test_group_rows_are_carried_into_the_next_chunk():
    rows = (("", "2019", "2018"), ("Transportation:", "", ""),
            *((f"Line {i}", str(i), str(i + 1)) for i in range(4)))
    table = TableBlock(rows=rows, header_rows=1)
    second = chunk_document(doc_with(table), rows_per_chunk=3)[1]
    assert second.text.splitlines()[2:] == [
        "Transportation: (continued)", "Line 2 | 2019: 2 | 2018: 3", "Line 3 | 2019: 3 | 2018: 4",
    ]


def test_wide_rows_are_split_before_max_chars():
    rows = (("Name", "Description"), *((f"Item {i}", "x" * 300) for i in range(5)))
    chunks = chunk_document(doc_with(TableBlock(rows=rows, header_rows=1)), max_chars=800, rows_per_chunk=8)
    assert len(chunks) > 1 and all(len(c.text) <= 800 for c in chunks)
    assert all(c.text.splitlines()[1] == "Columns: Name | Description" for c in chunks)


def test_text_chunks_carry_title_and_section_and_respect_size():
    body = "\n\n".join(f"Paragraph {i} says the fee is {i} pounds. " * 4 for i in range(12))
    block = TextBlock(text=body, page=2, section="Card fees")
    chunks = chunk_document(doc_with(block), max_chars=400, overlap=50)
    assert len(chunks) > 3
    for chunk in chunks:
        assert chunk.text.startswith("Annual report — Card fees\n")
        assert len(chunk.text) <= 400
        assert (chunk.kind, chunk.page, chunk.section) == ("text", 2, "Card fees")
    joined = " ".join(c.text for c in chunks)
    assert all(f"fee is {i} pounds" in joined for i in range(12))


def test_context_line_skips_empty_parts():
    [chunk] = chunk_document(doc_with(TextBlock(text="Just text.")))
    assert chunk.text == "Annual report\nJust text."
    untitled = Document(doc_id="d", source="d", title="", blocks=[TextBlock(text="Bare.")])
    assert chunk_document(untitled)[0].text == "Bare."


def test_ids_are_content_hashes_and_duplicates_and_empties_are_dropped():
    doc = doc_with(TextBlock(text="Same words."), TextBlock(text="  "), TextBlock(text="Same words."),
                   TableBlock(rows=()))
    [chunk] = chunk_document(doc)
    assert chunk.chunk_id == content_hash("report.pdf", chunk.text)
    assert (chunk.doc_id, chunk.source) == ("report.pdf", "report.pdf")


def test_chunk_ids_change_with_the_document():
    a = chunk_document(doc_with(TextBlock(text="Rate is 4%.")))[0]
    b = chunk_document(doc_with(TextBlock(text="Rate is 5%.")))[0]
    other_doc = Document(doc_id="other.pdf", source="other.pdf", title="Annual report",
                         blocks=[TextBlock(text="Rate is 4%.")])
    assert len({a.chunk_id, b.chunk_id, chunk_document(other_doc)[0].chunk_id}) == 3


def test_a_bare_line_of_figures_that_adds_up_is_named_total():
    body = [
        ["Severance", "$7,169", "$7,845"],
        ["Other", "—", "591"],
        ["", "$7,169", "$8,436"],  # the block's total, printed without a name
        ["Leases", "$(120)", "(80)"],
        ["", "$ (120)", "(80)"],  # sums since the last total only; "$(120)" is negative like "(120)"
        ["", "2019", "2018"],  # a repeated header line does not add up: left alone
    ]
    labels = [row[0] for row in label_unlabelled_totals(body)]
    assert labels == ["Severance", "Other", "Total", "Leases", "Total", ""]


# ---------------------------------------------------------------- tables as data


def test_a_table_chunk_carries_its_table_and_its_text_is_rendered_from_it():
    chunks = chunk_document(doc_with(sales_table(20)), rows_per_chunk=8)
    for chunk in chunks:
        table = chunk.table
        assert chunk.text == table.text
        assert table.context == chunk.text.splitlines()[0]
        assert table.columns == ("", "2019", "2018", "2017") and table.periods == (None, 2019, 2018, 2017)
        assert (table.units, table.currency, table.scale) == ("in millions", "", 1e6)
    assert chunks[0].table.rows[1] == Row("Product 1", (("2019", "1.1"), ("2018", "1.2"), ("2017", "1.3")))
    text = chunk_document(doc_with(TextBlock(text="Just text.")))[0]
    assert text.table is None


def test_rows_know_their_sub_heading_also_in_a_later_chunk():
    rows = (("Item", "2024", "2023"), ("Current assets:", "", ""), *((f"Asset {i}", "1", "2") for i in range(3)))
    first, second = chunk_document(doc_with(TableBlock(rows=rows)), rows_per_chunk=3)
    assert first.table.rows[0].is_heading and first.table.rows[1].group == "Current assets:"
    assert second.table.continues == "Current assets:"
    assert second.text.splitlines()[2] == "Current assets: (continued)"
    assert [row.group for row in second.table.rows] == ["Current assets:"]


def test_a_total_of_a_row_repeated_under_each_sub_heading_is_under_none():
    rows = (("", "2026", "2025"), ("North brand", "", ""), ("Franchised sales", "912", "846"),
            ("System-wide sales", "983", "919"), ("South brand", "", ""), ("Franchised sales", "418", "401"),
            ("System-wide sales", "446", "430"), ("Total system-wide sales", "1,429", "1,349"),
            ("of which franchised sales", "1,330", "1,247"))
    [chunk] = chunk_document(doc_with(TableBlock(rows=rows)), rows_per_chunk=20)
    groups = {row.label: row.group for row in chunk.table.rows if row.cells}
    assert groups["Total system-wide sales"] == groups["of which franchised sales"] == ""
    # a total of one block's own rows stays in its block
    rows = (("", "2026"), ("Current assets:", ""), ("Cash", "5"), ("Receivables", "7"), ("Total current assets", "12"))
    [chunk] = chunk_document(doc_with(TableBlock(rows=rows)), rows_per_chunk=20)
    assert chunk.table.rows[-1].group == "Current assets:"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_tables_carry_columns_rows_and_periods(tmp_path):
    [doc] = load(write(tmp_path / "revenue.csv", "Item,FY2024,FY2023\nRevenue,412.3,388.1\n"), 10_000)
    [chunk] = chunk_document(doc)
    assert chunk.table.columns == ("Item", "FY2024", "FY2023") and chunk.table.periods == (None, 2024, 2023)
    assert chunk.table.rows == (Row("Revenue", (("FY2024", "412.3"), ("FY2023", "388.1"))),)


def test_markdown_tables_carry_the_units_their_heading_states(tmp_path):
    text = "# Annual report\n\n## Income statement (GBP millions)\n\n| Line item | 2024 | 2023 |\n|---|---|---|\n" \
           "| Revenue | 412.6 | 386.9 |\n"
    [doc] = load(write(tmp_path / "report.md", text), 10_000)
    [chunk] = [c for c in chunk_document(doc) if c.kind == "table"]
    table = chunk.table
    assert (table.units, table.currency, table.scale) == ("GBP millions", "GBP", 1e6)
    assert table.periods == (None, 2024, 2023) and table.rows[0].label == "Revenue"


def test_tatqa_tables_carry_their_header_rows_as_notes_and_labels(tmp_path):
    context = {"table": {"uid": "t1", "table": [
        ["", "Years Ended September 30,", "", ""], ["", "2019", "2018", "2017"], ["", "(in millions)", "", ""],
        ["Fixed Price", "$ 1,452.4", "$ 1,146.2", "$ 1,036.9"],
    ]}, "paragraphs": [{"uid": "p1", "order": 1, "text": "Sales by contract type."}], "questions": []}
    [doc] = load(write(tmp_path / "tatqa_dev.json", json.dumps([context])), 100_000)
    [chunk] = [c for c in chunk_document(doc) if c.kind == "table"]
    table = chunk.table
    assert table.context.endswith("Years Ended September 30, — (in millions)")
    assert table.periods == (None, 2019, 2018, 2017) and (table.units, table.scale) == ("in millions", 1e6)
    assert table.rows == (Row("Fixed Price", (("2019", "$ 1,452.4"), ("2018", "$ 1,146.2"), ("2017", "$ 1,036.9"))),)


def test_a_chunk_and_its_table_survive_json_and_a_saved_index(settings, embedder):
    chunks = chunk_document(doc_with(sales_table(3), TextBlock(text="Sales rose.")))
    assert all(Chunk.from_dict(json.loads(json.dumps(c.to_dict()))) == c for c in chunks)
    store = FaissStore(embedder.dimension, "hash", settings.index_dir)
    record = DocumentRecord("report.pdf", "report.pdf", "Annual report", "f")
    store.replace_document(record, chunks, embedder.embed_batch([c.text for c in chunks]))
    store.persist()
    loaded = [c for _, c in FaissStore.load(settings.index_dir).chunks()]
    assert sorted(loaded, key=lambda c: c.chunk_id) == sorted(chunks, key=lambda c: c.chunk_id)


def test_a_table_chunk_saved_before_tables_were_kept_gets_its_table_back():
    for chunk in chunk_document(doc_with(sales_table(20)), rows_per_chunk=8):
        saved = {k: v for k, v in chunk.to_dict().items() if k != "table"}
        table = Chunk.from_dict(saved).table
        # The text lists only the columns that have a label, so unlabelled ones are not recovered.
        assert (table.rows, table.continues, table.units, table.scale, table.text) == (
            chunk.table.rows, chunk.table.continues, chunk.table.units, chunk.table.scale, chunk.text)
    [text] = chunk_document(doc_with(TextBlock(text="Just text.")))
    assert Chunk.from_dict({k: v for k, v in text.to_dict().items() if k != "table"}).table is None


def test_a_sub_heading_in_a_value_column_carries_over_to_the_next_chunk():
    rows = (("Item", "2024", "2023"), ("", "Current assets", ""), ("Cash", "1", "2"), ("Debtors", "3", "4"),
            ("Stock", "5", "6"))
    first, second = chunk_document(doc_with(TableBlock(rows=rows)), rows_per_chunk=2)
    assert first.table.rows[0].heading == "Current assets" and first.table.rows[1].group == "Current assets"
    assert [row.group for row in second.table.rows] == ["Current assets", "Current assets"]


def test_one_year_under_every_dated_column_is_each_dates_year():
    # "October 31," / "April 30," over "2026  2026": a 10-Q's balance sheet, both dates in one calendar year
    assert column_labels([("", "October 31,", "April 30,"), ("", "2026", "2026")], 3) == (
        [], ["", "October 31, 2026", "April 30, 2026"])
    # one label over every column of undated periods still describes the whole table
    assert column_labels([("", "Year Ended", "Year Ended"), ("", "2026", "2025")], 3) == (
        ["Year Ended"], ["", "2026", "2025"])
