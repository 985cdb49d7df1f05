"""Structure-aware text chunks: heading paths, FAQ entries and lists kept whole, headings carried across pages."""

from __future__ import annotations

from pathlib import Path

from index.chunking import chunk_document
from index.documents import Document, TextBlock
from index.loaders import load
from index.sections import Outline, heading_of

LIMIT = 10 * 1024 * 1024


def pdf_like(*pages: str) -> Document:
    blocks = [TextBlock(text=text, page=i) for i, text in enumerate(pages, start=1)]
    return Document("terms.pdf", "terms.pdf", "Account terms", blocks, {"format": "pdf"})


def test_numbered_clauses_keep_their_lettered_points_and_the_heading_path():
    page = (
        "3. Making payments\n"
        "3.1 You must give us the sort code and account number of the person you are paying, and we check\n"
        "the name with the receiving bank.\n"
        "3.2 We may refuse to make a payment if:\n"
        "(a) there is not enough money in your account;\n"
        "(b) we suspect fraud.\n"
        "3.3 If we refuse a payment we tell you why, unless the law stops us from doing so."
    )
    units = Outline().units(page)
    assert [u.path for u in units] == [("3. Making payments",)] * 3
    assert units[1].text == "3.2 We may refuse to make a payment if:\n(a) there is not enough money in your account;" \
                            "\n(b) we suspect fraud."
    [chunk] = chunk_document(pdf_like(page))
    assert chunk.section == "3. Making payments"
    assert chunk.text.startswith("Account terms — 3. Making payments\n3.1 ")


def test_a_section_that_runs_onto_the_next_page_keeps_its_heading():
    first = "5. Overdrafts\n5.1 An arranged overdraft is available only if you apply and we agree to it."
    second = "5.2 We may reduce your overdraft by giving you at least 30 days' notice in writing first."
    chunks = chunk_document(pdf_like(first, second))
    assert [c.section for c in chunks] == ["5. Overdrafts", "5. Overdrafts"]
    assert chunks[1].text.startswith("Account terms — 5. Overdrafts\n5.2 ")


def test_small_chunks_do_not_split_a_list_from_its_lead_in():
    steps = "\n".join(f"{i}. Step number {i} of closing the account." for i in range(1, 6))
    text = "To close your account:\n\n" + steps
    text += "\n\n" + "Other text that follows the steps and is long enough to need its own chunk. " * 3
    chunks = chunk_document(pdf_like(text), max_chars=400)
    steps = next(c for c in chunks if "To close your account:" in c.text)
    assert all(f"{i}. Step number {i}" in steps.text for i in range(1, 6))


def test_long_units_split_at_sentence_ends_within_the_size():
    text = " ".join(f"Sentence {i} says the fee is {i} pounds." for i in range(60))
    chunks = chunk_document(pdf_like(text), max_chars=300)
    assert len(chunks) > 3 and all(len(c.text) <= 300 for c in chunks)
    bodies = [c.body for c in chunks]
    assert all(body.endswith("pounds.") for body in bodies)


def test_headings_are_told_from_wrapped_lines_and_table_rows():
    assert heading_of("Freeze your card in the app first", "If you think your card is only misplaced, freeze it "
                      "in the app rather than cancelling it.")
    assert heading_of("Why was my payment declined?", "A card payment can be declined for several reasons.").level == 3
    assert heading_of("Urgent courier (UK)", "Next working day if ordered by 3pm") is None  # a table row
    assert heading_of("the name with the receiving bank and", "Then we pay.") is None
    assert heading_of("Office is in your account on the same working day.", "Next line.") is None


def test_running_header_repeating_the_title_is_not_a_section():
    outline = Outline("Account terms")
    units = outline.units("5. Overdrafts\n5.1 Text of the clause about overdrafts that runs on.\n"
                          "Account terms\n5.2 More about overdrafts, which we review once a year.")
    assert {u.path for u in units} == {("5. Overdrafts",)}


HTML = """<html><head><title>Help</title></head><body>
<h2>Cards</h2>
<div><h3>Lost card?</h3><p>Do this:</p><ol><li>Lock the card.</li><li>Call us.</li></ol></div>
<h2>Payments</h2>
<details><summary>How long does a transfer take?</summary><p>Up to 2 hours.</p></details>
<details><summary>Can I cancel a payment?</summary><p>Yes, until the day before.</p>
<ul><li>in the app</li><li>by phone</li></ul></details>
<dl><dt>Is there a fee?</dt><dd>No.</dd></dl>
</body></html>"""


def test_html_faq_entries_are_sections_and_lists_keep_their_markers(tmp_path: Path):
    path = tmp_path / "help.html"
    path.write_text(HTML, encoding="utf-8")
    [doc] = load(path, LIMIT)
    sections = {b.section: b.text for b in doc.blocks}
    assert sections["Cards > Lost card?"] == "Do this:\n1. Lock the card.\n2. Call us."
    assert sections["Payments > How long does a transfer take?"] == "Up to 2 hours."
    assert sections["Payments > Can I cancel a payment?"] == "Yes, until the day before.\n- in the app\n- by phone"
    assert sections["Payments > Is there a fee?"] == "No."


def test_an_accordions_trigger_opens_the_entry_and_its_icon_and_a_feedback_prompt_are_dropped(tmp_path: Path):
    path = tmp_path / "faq.html"
    path.write_text(
        '<html><head><title>Help</title></head><body><h2>Everyday Account</h2><div class="accordion">\n'
        '<div><button type="button" aria-expanded="false" aria-controls="p1"><span>What is the minimum balance?</span>'
        '<span aria-hidden="true">+</span></button>\n'
        '<div id="p1" role="region" hidden><p>There is no minimum balance.</p></div></div>\n'
        '<div><button type="button" aria-controls="p2">Are there monthly fees?<span aria-hidden="true">+</span>'
        '</button>\n<div id="p2" hidden><p>The fee is $4.</p></div></div></div>\n'
        '<div class="feedback"><span>Was this helpful?</span> <button>Yes</button> <button>No</button></div>\n'
        '<h2>Cards</h2><p>A debit card.</p></body></html>', encoding="utf-8")
    [doc] = load(path, LIMIT)
    assert [(b.section, b.text) for b in doc.blocks] == [
        ("Everyday Account > What is the minimum balance?", "There is no minimum balance."),
        ("Everyday Account > Are there monthly fees?", "The fee is $4."),
        ("Cards", "A debit card."),
    ]


def test_markdown_bold_questions_open_faq_entries(tmp_path: Path):
    path = tmp_path / "faq.md"
    path.write_text("# FAQ\n\n## Cards\n\n**Can I freeze my card?**\n\nYes, in the app.\n\n"
                    "Q: Is it free?\nYes.\n\n## Fees\n\nNone.\n", encoding="utf-8")
    [doc] = load(path, LIMIT)
    assert [(b.section, b.text) for b in doc.blocks] == [
        ("Cards > Can I freeze my card?", "Yes, in the app."),
        ("Cards > Is it free?", "Yes."),
        ("Fees", "None."),
    ]
