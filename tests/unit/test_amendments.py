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
    assert figures_of("£14.00 and 3.10% on 1 June 2026 [2]") == {"14", "3.1"}


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
    assert figures_of("Revenue growth for 2022: 1.25% [1]") == {"1.25"}
    assert amendments("revenue growth in 2022 for the company", "Revenue growth for 2022: 1.25% [1]", [report]) == []
