"""BM25 over the store: rebuilt when the store changes, never seen half-built."""

import threading
import time

from index.lexical import LexicalIndex
from tests.conftest import add_document


def test_search_follows_the_store(store, embedder):
    lexical = LexicalIndex(store)
    assert "savings" not in lexical.vocabulary
    add_document(store, embedder, "savings.md", "Easy access savings pay 3.1% a year.")
    [(cid, _)] = lexical.search("easy access savings", k=1)
    assert store.chunk(cid).doc_id == "savings.md" and "savings" in lexical.vocabulary


def test_readers_never_fail_while_a_writer_changes_the_store(store, embedder):
    lexical = LexicalIndex(store)
    errors: list[BaseException] = []
    stop = time.monotonic() + 1.5  # bounded: a second and a half of one writer against three readers

    def write():
        n = 0
        while time.monotonic() < stop:
            texts = [f"Savings account {n} pays {i}.{n % 10}% a year on balances over £{i},000." for i in range(30)]
            add_document(store, embedder, "savings.md", *texts)
            n += 1

    def read():
        while time.monotonic() < stop:
            try:
                lexical.search("savings account balances", k=5)
                assert "fee" in lexical.vocabulary
            except BaseException as exc:  # noqa: BLE001 - any failure is the finding
                errors.append(exc)
                return

    threads = [threading.Thread(target=write)] + [threading.Thread(target=read) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, repr(errors[0])
