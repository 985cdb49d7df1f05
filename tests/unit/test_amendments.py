"""A customer's figure gains the change another document announces for it, with the date it takes effect."""

from __future__ import annotations

from assistant.answering.amendments import amending_chunks, amendments, figures_of
from assistant.answering.pipeline import Assistant
from index.documents import Chunk, content_hash
from index.stores import DocumentRecord, FaissStore
from tests.fakes import QueuedClassifier

NOTICE = """Notice of changes
Date of this notice: 1 March 2026
1. MONTHLY FEES
Plan      Now       From 1 June 2026
--------  --------  ----------------
Basic     £0        no change
Plus      £4.50     £5.00 a month
2. OTHER CHANGES
- Cash deposits at the counter on Basic: £1.00 per deposit now,
  £1.50 from 1 June 2026.
Interest-free buffers stay the same: £50 on Plus and £250 on Premium.
"""


def chunk(text: str, doc: str) -> Chunk:
    return Chunk(content_hash(doc, text), doc, doc, text, title=doc)


def test_a_notice_line_changing_the_answers_figure_is_found_with_its_date_column():
    notice = chunk(NOTICE, "notice.txt")
    assert amending_chunks([notice, chunk("Plus costs £4.50 a month.", "faq.html")]) == [notice]
    found = amendments("how much is plus a month", "Plus costs £4.50 a month [1].", [notice])
    assert [a.text for a in found] == ["Plan Now From 1 June 2026: Plus £4.50 £5.00 a month"]
    # a wrapped bullet is one line, its own date kept
    found = amendments("counter deposit fee on basic", "£1.00 per deposit (Counter deposit) [1]", [notice])
    assert [a.text for a in found] == [
        "Cash deposits at the counter on Basic: £1.00 per deposit now, £1.50 from 1 June 2026."]


def test_no_note_for_another_figure_another_topic_or_what_the_answer_already_says():
    notice = chunk(NOTICE, "notice.txt")
    assert amendments("how much is plus a month", "Plus costs £9.99 a month [1].", [notice]) == []
    assert amendments("what is the overdraft rate", "It is 4.50 [1].", [notice]) == []  # "4.50" under fees only
    said = "Plus £4.50 £5.00 a month [1]"
    assert amendments("plus fee", said, [notice]) == []
    assert figures_of("£14.00 and 3.10% on 1 June 2026 [2]") == {"14", "3.1%"}
    # a £10 fee is not what "up to 15% of the balance, up from 10%" changes
    assert amendments("how much can i save a year in the regular saver", "You can save £10 a month [1].", [chunk(
        "Notice — Mortgages\nFrom 1 October 2026 you can overpay up to 15% a year, up from 10%.", "notice.md")]) == []


def test_a_customers_answer_gains_the_notice_line_cited(settings, embedder, generator):
    store = FaissStore(embedder.dimension, "hash", settings.index_dir)
    faq = chunk("Help — Plus plan\nThe Plus plan costs £4.50 a month, taken on the 1st.", "faq.html")
    notice = chunk(NOTICE, "notice.txt")
    for c in (faq, notice):
        record = DocumentRecord(c.doc_id, c.source, c.title, c.doc_id)
        store.replace_document(record, [c], embedder.embed_batch([c.text]))
    generator.enqueue("The Plus plan costs £4.50 a month [1].")
    assistant = Assistant(settings, embedder, store, generator, QueuedClassifier().enqueue("card_payment_fee_charged"))
    pieces = list(assistant.stream("How much is the Plus plan a month?"))
    answer = pieces[-1]
    assert answer.answer.endswith("Please note: Plan Now From 1 June 2026: Plus £4.50 £5.00 a month [2]")
    assert answer.citations[-1].source == "notice.txt"
    assert "".join(p for p in pieces[:-1]).endswith("Plus £4.50 £5.00 a month [2]")


def test_a_year_is_not_a_figure_that_changes():
    report = chunk("Statement as of December 31, 2022\nDuring the fourth quarter of 2022, the Company bought back "
                   "7,745,055 shares.", "10k.pdf")
    assert figures_of("Revenue growth for 2022: 1.25% [1]") == {"1.25%"}
    assert amendments("revenue growth in 2022 for the company", "Revenue growth for 2022: 1.25% [1]", [report]) == []


def test_a_rate_sheets_row_with_a_column_for_the_date_of_change_is_the_note_for_its_own_figure():
    from index.documents import Row, Table

    table = Table("Rate sheet", ("product_code", "product_name", "balance_band", "rate_now",
                                 "rate_from_1_january_2027"), (
        Row("RS7", (("product_name", "Regular Saver"), ("balance_band", "£10 to £250 per month"),
                    ("rate_now", "5.50%"), ("rate_from_1_january_2027", "5.00%"))),
        Row("EVP-OD", (("product_name", "Plus arranged overdraft"), ("balance_band", "Above the £250 buffer"),
                       ("rate_now", "24.9%"), ("rate_from_1_january_2027", "23.9%"))),
    ))
    sheet = Chunk("r", "rates.csv", "rates.csv", table.text, kind="table", table=table)
    plain = Table("Fees", ("Service", "Fee"), (Row("Plus overdraft", (("Fee", "24.9%"),)),))
    fees = Chunk("f", "fees.csv", "fees.csv", plain.text, kind="table", table=plain)
    assert amending_chunks([sheet, fees]) == [sheet]
    found = amendments("is the plus overdraft rate changing next year", "24.9% EAR, first £250 free [1]", [sheet])
    # the saver row holds £250 only as the bound of a band: not its figure
    assert [a.text for a in found] == ["EVP-OD | product name: Plus arranged overdraft | balance band: Above the £250 "
                                       "buffer | rate now: 24.9% | rate from 1 january 2027: 23.9%"]
    assert amendments("what is the regular saver rate", "24.9% [1]", [sheet]) == []  # not what was asked about
    # an answer read from this row already gives both figures
    assert amendments("plus overdraft rate", "24.9% (rate now); 23.9% (rate from 1 January 2027) [1]", [sheet]) == []


def test_a_figures_footnote_mark_brings_the_line_its_document_opens_with_that_mark():
    from assistant.answering.footnotes import footnotes, marks_of

    table = chunk("Tariff — 4. Overdrafts\nColumns: Overdraft | Plus\nArranged rate | Plus: 24.9% EAR‡", "tariff.docx")
    note = chunk("Tariff — 4. Overdrafts\n‡ Reducing to 23.9% EAR from 1 January 2027.", "tariff.docx")
    other = chunk("Elsewhere — 2. Cards\n‡ Only for cards issued in the UK.", "other.docx")
    answer = "24.9% EAR‡ (Arranged rate, Plus) [1]"
    assert marks_of(answer) == ["‡"] and marks_of("£5.00 [1]") == []
    found = footnotes(answer, [(table.doc_id, table.text)], [other, table, note])
    assert [(n.text, n.chunk.doc_id) for n in found] == [
        ("‡ Reducing to 23.9% EAR from 1 January 2027.", "tariff.docx")]
    assert footnotes(answer + " ‡ Reducing to 23.9% EAR from 1 January 2027.", [(table.doc_id, table.text)],
                     [note]) == []  # already said


def test_a_customers_answer_gains_its_figures_footnote_cited(settings, embedder, generator):
    store = FaissStore(embedder.dimension, "hash", settings.index_dir)
    faq = chunk("Tariff — Overdrafts\nThe Plus arranged overdraft rate is 24.9% EAR‡ a year.", "tariff.docx")
    note = chunk("Tariff — Overdrafts\n‡ Reducing to 23.9% EAR for existing customers too.", "tariff.docx")
    record = DocumentRecord("tariff.docx", "tariff.docx", "Tariff", "tariff.docx")
    store.replace_document(record, [faq, note], embedder.embed_batch([faq.text, note.text]))
    generator.enqueue("The Plus arranged overdraft rate is 24.9% EAR‡ a year [1].")
    assistant = Assistant(settings, embedder, store, generator, QueuedClassifier().enqueue("card_payment_fee_charged"))
    answer = list(assistant.stream("What is the Plus overdraft rate?"))[-1]
    assert answer.answer.rstrip().endswith("‡ Reducing to 23.9% EAR for existing customers too. [2]")


def test_a_numbered_note_comes_from_the_figures_own_table_only():
    from assistant.answering.footnotes import footnotes, marks_of
    from index.documents import Row, Table

    def table(caption: str, rows: tuple) -> Chunk:
        t = Table(caption, ("Fee", "Rewards"), rows)
        return Chunk(content_hash("fees.xlsx", t.text), "fees.xlsx", "fees.xlsx", t.text, kind="table", table=t)

    cards = table("Fees — Credit cards", (Row("Annual fee", (("Rewards", "$149 (1)"),)),
                                          Row("(1) $0 in the first year for new cardholders.")))
    loans = table("Fees — Loans", (Row("Early repayment", (("Rewards", "$150 (1)"),)),
                                   Row("(1) Only if the whole loan is repaid within 2 years.")))
    answer = "$149 (1) (Annual fee, Rewards) [1]"
    assert marks_of(answer) == ["(1)"] and marks_of("See clause 4 (1)") == ["(1)"]
    found = footnotes(answer, [(cards.doc_id, cards.text)], [loans, cards])
    assert [n.text for n in found] == ["(1) $0 in the first year for new cardholders."]
    # a numbered mark in quoted prose is no table's note
    prose = chunk("Terms — 4. Fees\nWe may charge $5 (1) as set out below.\n(1) Clause one.", "terms.pdf")
    assert footnotes("We may charge $5 (1) [1]", [(prose.doc_id, prose.text)], [prose]) == []
