"""Readers of the store see one consistent revision while a writer ingests (issue 11, item 3).

Each test runs one writer against three readers for a bounded time and fails on the first reader error.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest

from assistant.retrieval.hybrid import Retriever
from tests.conftest import add_document

SECONDS = 1.5


def _race(write: Callable[[int], None], read: Callable[[], None], readers: int = 3) -> list[BaseException]:
    """Run `write(n)` in a loop beside `readers` threads looping `read()`; return what the readers raised."""
    errors: list[BaseException] = []
    stop = time.monotonic() + SECONDS

    def writer():
        n = 0
        while time.monotonic() < stop:
            write(n)
            n += 1

    def reader():
        while time.monotonic() < stop:
            try:
                read()
            except BaseException as exc:  # noqa: BLE001 - any failure is the finding
                errors.append(exc)
                return

    threads = [threading.Thread(target=writer)] + [threading.Thread(target=reader) for _ in range(readers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def _savings(n: int) -> list[str]:
    return [f"Savings account {n} pays {i}.{n % 10}% a year on balances over £{i},000." for i in range(20)]


@pytest.mark.parametrize("mode", ["dense", "bm25", "hybrid"])
def test_retrieval_never_fails_while_documents_are_replaced(store, embedder, mode):
    retriever = Retriever(store, mode=mode)
    query = "savings account balances 2024"
    vector = embedder.embed(query)

    def write(n):
        add_document(store, embedder, "savings.md", *_savings(n))

    def read():
        passages = retriever.search(query, vector, k=3)
        assert passages and all(p.chunk.text for p in passages)

    errors = _race(write, read)
    assert not errors, repr(errors[0])


def test_retrieval_never_fails_while_documents_come_and_go(store, embedder):
    retriever = Retriever(store, mode="hybrid")
    query = "savings account balances"
    vector = embedder.embed(query)

    def write(n):
        if n % 2:
            store.remove("savings.md")
        else:
            add_document(store, embedder, "savings.md", *_savings(n))

    errors = _race(write, lambda: retriever.search(query, vector, k=3, doc_ids=["savings.md", "fees.csv"]))
    assert not errors, repr(errors[0])


def test_a_read_view_sees_one_revision_throughout(store, embedder):
    """Inside `store.reading()` nothing changes: the ids listed first can all be read after a pause."""

    def write(n):
        add_document(store, embedder, "savings.md", *_savings(n))

    def read():
        with store.reading():
            revision, ids = store.revision, store.chunk_ids()
            time.sleep(0.002)  # give the writer every chance to change the store under us
            assert [store.chunk(cid).doc_id for cid in ids] and store.revision == revision

    errors = _race(write, read)
    assert not errors, repr(errors[0])


def test_saves_beside_writes_and_searches_always_leave_a_loadable_index(store, embedder, settings):
    from index.stores import FaissStore

    def write(n):
        add_document(store, embedder, "savings.md", *_savings(n))
        store.persist()

    def read():
        store.persist()
        assert FaissStore.load(settings.index_dir) is not None

    errors = _race(write, read, readers=2)
    assert not errors, repr(errors[0])


# -- the lock itself ---------------------------------------------------------------------------------
def test_readers_share_the_lock_and_a_writer_waits_for_them():
    from index.stores.locking import ReadWriteLock

    lock, events = ReadWriteLock(), []
    inside = threading.Barrier(2)

    def reader(name):
        with lock.shared():
            inside.wait(timeout=5)  # both readers are in at once, or this times out
            time.sleep(0.05)
            events.append(name)

    def writer():
        time.sleep(0.02)  # after the readers entered
        with lock.exclusive():
            events.append("writer")

    threads = [threading.Thread(target=reader, args=(n,)) for n in ("r1", "r2")] + [threading.Thread(target=writer)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert events[-1] == "writer" and sorted(events[:2]) == ["r1", "r2"]


def test_the_lock_is_reentrant_and_refuses_to_upgrade_a_read():
    from index.stores.locking import ReadWriteLock

    lock = ReadWriteLock()
    with lock.exclusive(), lock.exclusive(), lock.shared():
        pass  # a writer may nest and read
    with lock.shared(), lock.shared():
        with pytest.raises(RuntimeError, match="cannot write"):
            with lock.exclusive():
                pass
    with lock.exclusive():  # and everything was released
        pass
