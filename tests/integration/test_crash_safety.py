"""`kill -9` while documents are being ingested: the last complete index loads, whole.

A child process ingests one document after another (each save is a complete index) and reports
every document whose save returned. We kill it at several moments — during embedding, during a
save — then load the index the way a restarted finbot does and check that nothing reported is
lost and no document is there in part.
"""

from __future__ import annotations

import pytest

from assistant.app import Finbot
from assistant.evaluation.faults import crash_trial, write_crash_documents
from assistant.settings import Settings
from tests.fakes import HashEmbedder


@pytest.mark.parametrize("store,kill_after", [("faiss", 0.3), ("faiss", 1.0), ("faiss", 2.5),
                                              ("milvus", 0.5), ("milvus", 2.0)])
def test_kill_during_ingest_loses_nothing_saved_and_shows_no_partial_document(tmp_path, store, kill_after):
    docs = tmp_path / "docs"
    write_crash_documents(docs, 300)  # far more than the child can ingest before it is killed
    trial = crash_trial(tmp_path / "home", docs, kill_after, store=store)
    assert trial.killed, "the child finished before it was killed: give it more documents"
    assert trial.saved, "nothing was saved before the kill: the trial tested nothing"
    assert trial.lost == [] and trial.partial == []
    restarted = Finbot(Settings(home=tmp_path / "home", classify=False, store=store), embedder=HashEmbedder())
    assert not restarted.ingest([docs / "doc299.md"]).failed  # and the restarted index keeps working
