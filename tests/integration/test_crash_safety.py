"""`kill -9` while documents are being ingested: the last complete index loads, whole.

A child process ingests one document after another (each save is a complete index) and reports
every document whose save returned. We kill it at several moments — during embedding, during a
save — then load the index the way a restarted finbot does and check that nothing reported is
lost and no document is there in part.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from assistant.app import Finbot
from assistant.settings import Settings
from tests.fakes import HashEmbedder

ROOT = Path(__file__).resolve().parents[2]
PARAGRAPHS = 40  # each document: 40 paragraphs → several chunks, so a partial document would show

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from assistant.app import Finbot
    from assistant.settings import Settings
    from tests.fakes import HashEmbedder, ScriptedGenerator

    home, docs = Path(sys.argv[1]), Path(sys.argv[2])
    finbot = Finbot(Settings(home=home, classify=False), embedder=HashEmbedder(), generator=ScriptedGenerator())
    for path in sorted(docs.iterdir()):
        report = finbot.ingest([path])
        assert not report.failed, report.failed
        print("saved", path.name, flush=True)
    """
)


def _write_documents(folder: Path, count: int) -> None:
    folder.mkdir()
    for i in range(count):
        body = "\n\n".join(f"Paragraph {j} of document {i}: the fee for service {i}-{j} is £{j}.{i:02d}. " * 3
                           for j in range(PARAGRAPHS))
        (folder / f"doc{i:03d}.md").write_text(f"# Document {i}\n\n{body}\n", encoding="utf-8")


@pytest.mark.parametrize("kill_after", [0.5, 1.5, 3.0])
def test_kill_during_ingest_loses_nothing_saved_and_shows_no_partial_document(tmp_path, kill_after):
    docs = tmp_path / "docs"
    _write_documents(docs, 200)  # far more than the child can ingest before it is killed
    home = tmp_path / "home"
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(home), str(docs)], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True, start_new_session=True)
    time.sleep(2.0 + kill_after)  # the interpreter's start-up, then some ingesting
    os.kill(child.pid, signal.SIGKILL)
    output, _ = child.communicate(timeout=30)
    saved = [line.split()[1] for line in output.splitlines() if line.startswith("saved")]
    assert child.returncode == -signal.SIGKILL, "the child finished before it was killed: give it more documents"

    restarted = Finbot(Settings(home=home, classify=False), embedder=HashEmbedder())
    present = {d.source: d for d in restarted.store.documents}
    print(f"killed after {len(saved)} saved documents; {len(present)} in the restarted index")
    assert set(saved) <= set(present), "a document whose save completed was lost"
    reference = Finbot(Settings(home=tmp_path / "reference", classify=False), embedder=HashEmbedder())
    for source, record in present.items():
        expected = reference.ingest([docs / source]).chunks
        assert len(record.chunk_ids) == expected, f"{source} is in the index only in part"
    assert len(restarted.store) == sum(len(d.chunk_ids) for d in present.values())
    # the restarted index keeps working: a new document goes in and is searchable
    assert not restarted.ingest([docs / "doc199.md"]).failed
