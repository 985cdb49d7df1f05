"""Within one long filing, a question naming a section's topic ("debt", "acquisitions") reads that section."""

from assistant.retrieval.hybrid import Retriever
from assistant.retrieval.sections import section_topics, title_words, topic_words
from index.chunking import chunk_document
from index.documents import Document, TableBlock, TextBlock
from index.stores import DocumentRecord
from tests.unit.test_statement_retrieval import without_and_with

NOTES = "Item 8. Financial Statements"


def test_the_topic_of_a_numbered_note_or_item_is_its_title_less_numbering_and_generic_words():
    assert title_words(f"{NOTES} > Note 7. Debt") == {"debt"}
    assert title_words("Note 5 - Acquisitions and Divestitures") == {"acqui", "dives"}
    assert title_words("Item 3. Legal Proceedings") == {"legal", "proce"}
    assert title_words("12. Shareholders' Equity") == {"share", "equit"}
    # unnumbered headings and long sentences are no section titles
    assert title_words("Emerging growth company") == set()
    assert title_words("1. I have reviewed this annual report on Form 10-K of the company") == set()
    assert title_words("1. Unleash the power of our people;") == set()
    assert "licen" in title_words("Note 2. Acquisitions, Divestitures, Equity-Method Investments, Licensing "
                                  "Arrangements and Collaborative Arrangements")
    assert title_words("Note 2. Summary of Significant Accounting Policies") == set()


def test_a_questions_topic_words_leave_out_names_and_generic_words():
    assert "legal" in topic_words("Has CVS Health reported any ongoing legal battles?")
    assert "healt" not in topic_words("Has CVS Health reported any ongoing legal battles?")
    assert "acqui" in topic_words("What are the major acquisitions Acme made in FY2022?")
    assert topic_words("Is Acme a capital-intensive business based on FY2022 data?") == {"capit", "inten"}


def _filing(store, embedder):
    blocks = [TextBlock(f"Liquidity discussion {n}: total debt and borrowings were discussed with the board; debt "
                        f"levels matter to lenders and to our debt ratings.", page=30 + n,
                        section="Item 7. Management's Discussion and Analysis") for n in range(6)]
    blocks.append(TextBlock("Outstanding long-term obligations at December 31 were $150.6 billion against $150.9 "
                            "billion a year earlier.", page=77, section=f"{NOTES} > Note 7. Debt"))
    blocks.append(TextBlock("We lease office space under operating leases.", page=76,
                            section=f"{NOTES} > Note 6. Leases"))
    chunks = chunk_document(Document("acme.pdf", "acme.pdf", "Acme 10-K", blocks))
    store.replace_document(DocumentRecord("acme.pdf", "acme.pdf", "Acme 10-K", "h1"), chunks,
                           embedder.embed_batch([c.text for c in chunks]))
    return chunks


def test_within_a_long_filing_the_named_sections_nearest_chunk_replaces_the_weakest_passage(store, embedder):
    _filing(store, embedder)
    query = "Has Acme's debt increased in FY2022?"
    plain, passages = without_and_with(store, embedder, query, sections=False)
    assert 77 not in [p.chunk.page for p in plain]
    assert passages[-1].chunk.page == 77
    # a question naming no section's topic, or a document that fits the candidate pool, is left as ranked
    other = "What did the board discuss?"
    assert Retriever(store, candidates=3).search(other, embedder.embed(other), 3, ["acme.pdf"]) == \
        Retriever(store, candidates=3, sections=False).search(other, embedder.embed(other), 3, ["acme.pdf"])
    wide = Retriever(store, candidates=50, sections=False).search(query, embedder.embed(query), 3, ["acme.pdf"])
    assert Retriever(store, candidates=50).search(query, embedder.embed(query), 3, ["acme.pdf"]) == wide


def test_section_topics_map_each_word_to_its_sections_chunks():
    chunks = chunk_document(Document("acme.pdf", "acme.pdf", "Acme 10-K", [
        TextBlock("Debt text.", page=1, section="Note 7. Debt"),
        TextBlock("Lease text.", page=2, section="Note 6. Leases")]))
    topics = section_topics(list(enumerate(chunks)))
    assert topics == {"debt": [0], "lease": [1]}


def test_a_section_gets_at_most_two_passages_and_a_figure_question_its_tables_first(store, embedder):
    blocks = [TextBlock(f"Liquidity discussion {n}: debt between 2021 and 2022 was discussed with the board; debt "
                        f"levels matter to lenders and to our debt ratings.", page=30 + n,
                        section="Item 7. Management's Discussion and Analysis") for n in range(6)]
    blocks += [TextBlock(f"Note paragraph {n}: debt increased.", page=80 + n,
                         section=f"{NOTES} > Note 7. Debt") for n in range(3)]
    blocks.append(TableBlock(rows=(("(in millions)", "At year end", "A year earlier"),
                                   ("Long-term obligations", "150,639", "150,868")),
                             caption="Obligations outstanding", page=77, section=f"{NOTES} > Note 7. Debt"))
    chunks = chunk_document(Document("acme.pdf", "acme.pdf", "Acme 10-K", blocks))
    store.replace_document(DocumentRecord("acme.pdf", "acme.pdf", "Acme 10-K", "h1"), chunks,
                           embedder.embed_batch([c.text for c in chunks]))
    retriever = Retriever(store, candidates=4)
    words = "What do the notes say about Acme's debt maturities?"
    pages = [p.chunk.page for p in retriever.search(words, embedder.embed(words), 4, ["acme.pdf"])]
    assert sum(80 <= page <= 82 or page == 77 for page in pages[1:]) <= 2
    figure = "Has Acme's debt increased between 2021 and 2022?"
    passages = retriever.search(figure, embedder.embed(figure), 4, ["acme.pdf"])
    assert 77 in [p.chunk.page for p in passages]  # the note's paragraphs repeat the question; its table answers
