"""The whole ingest path with real loaders and chunking, and a fake embedder."""

import pytest

from assistant.app import Finbot, sample_files
from index.stores import FaissStore


@pytest.fixture
def finbot(settings, embedder, generator):
    return Finbot(settings, embedder=embedder, generator=generator)


def test_sample_corpus_ingests_every_file(finbot):
    report = finbot.ingest_samples()
    assert not report.failed, report.failed
    assert sorted(report.added) == sorted(p.name for p in sample_files())
    suffixes = {p.suffix for p in sample_files()}
    assert {".pdf", ".html", ".md", ".csv", ".xlsx"} <= suffixes


def test_reingesting_unchanged_files_is_a_noop(finbot):
    finbot.ingest_samples()
    before = finbot.store.chunks()
    report = finbot.ingest_samples()
    assert not report.changed and len(report.unchanged) == len(sample_files())
    assert finbot.store.chunks() == before


def test_changed_file_replaces_its_chunks(finbot, tmp_path):
    doc = tmp_path / "note.txt"
    doc.write_text("The savings rate is 2.1% a year.")
    finbot.ingest([doc])
    doc.write_text("The savings rate is 3.4% a year.")
    report = finbot.ingest([doc])
    assert report.updated == ["note.txt"]
    texts = [c.text for _, c in finbot.store.chunks()]
    assert any("3.4%" in t for t in texts) and not any("2.1%" in t for t in texts)


def test_bad_file_is_reported_and_index_unchanged(finbot, tmp_path):
    finbot.ingest_samples()
    before = finbot.store.chunks()
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"this is not a pdf")
    report = finbot.ingest([bad])
    assert "broken.pdf" in report.failed and not report.changed
    assert finbot.store.chunks() == before


def test_index_survives_a_restart(finbot, settings, embedder, generator):
    finbot.ingest_samples()
    restarted = Finbot(settings, embedder=embedder, generator=generator)
    assert [d.doc_id for d in restarted.store.documents] == [d.doc_id for d in finbot.store.documents]
    assert len(restarted.store) == len(finbot.store)


def test_loaded_index_reflects_a_removal(finbot, settings, embedder):
    finbot.ingest_samples()
    (doc_id,) = finbot.store.find_documents("fee_schedule.csv")
    finbot.store.remove(doc_id)
    finbot.store.persist()
    assert FaissStore.load(settings.index_dir).find_documents("fee_schedule.csv") == []


def test_progress_counts_pages_and_report_gives_pages_and_chunks_per_document(finbot, tmp_path):
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 is needed to write a PDF fixture (pip install fpdf2)")
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=11)
    for number in range(1, 6):
        pdf.add_page()
        pdf.multi_cell(0, 6, f"Page {number} of the report says the fee for service {number} is {number} pounds.")
    path = tmp_path / "report.pdf"
    pdf.output(str(path))
    note = tmp_path / "note.txt"
    note.write_text("The savings rate is 2.1% a year.")
    calls = []
    report = finbot.ingest([path, note], lambda done, total, label: calls.append((done, total, label)))
    assert {total for _, total, _ in calls} == {6}  # five pages and one file without pages
    assert calls[-1][:2] == (6, 6) and any(label == "report.pdf p. 5/5" for _, _, label in calls)
    assert [done for done, _, _ in calls] == sorted(done for done, _, _ in calls)
    pages, chunks, seconds = report.documents["report.pdf"]
    assert pages == 5 and chunks >= 1 and seconds >= 0
    assert report.documents["note.txt"][0] is None
    assert report.rates()[0].startswith("report.pdf: 5 pages, ")
