import threading
import time

from assistant.app import Finbot
from tests.fakes import HashEmbedder


class SlowEmbedder(HashEmbedder):
    """Records when each embedding call runs, slowly enough for two ingests to overlap if allowed."""

    def __init__(self):
        super().__init__()
        self.spans: list[tuple[float, float]] = []

    def embed_batch(self, texts):
        started = time.perf_counter()
        time.sleep(0.05)
        vectors = super().embed_batch(texts)
        self.spans.append((started, time.perf_counter()))
        return vectors


def test_ingests_run_one_at_a_time(settings, tmp_path, generator):
    embedder = SlowEmbedder()
    finbot = Finbot(settings, embedder=embedder, generator=generator)
    files = []
    for n in range(2):
        path = tmp_path / f"doc{n}.md"
        path.write_text(f"# Doc {n}\n" + "\n\n".join(f"## Part {i}\nText {n} {i}." for i in range(3)))
        files.append(path)
    threads = [threading.Thread(target=finbot.ingest, args=([f],)) for f in files]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert {d.source for d in finbot.store.documents} == {"doc0.md", "doc1.md"}
    spans = sorted(embedder.spans)
    assert len(spans) == 2 and spans[0][1] <= spans[1][0]  # the second ingest began after the first ended
