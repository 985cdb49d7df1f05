"""A re-entrant readers-writer lock: many searches at once, one ingest or removal at a time, never both.

The standard library has no readers-writer lock, and the `readerwriterlock` package is not re-entrant,
which the store needs: a search holds a read view and calls store methods that take it again.
Writers are preferred (a waiting writer holds back new readers) so an ingest is not starved by traffic.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class ReadWriteLock:
    def __init__(self) -> None:
        self._condition = threading.Condition(threading.Lock())
        self._readers: dict[int, int] = {}  # thread id -> how many read holds it has
        self._writer: int | None = None
        self._writer_depth = 0
        self._writers_waiting = 0

    @contextmanager
    def shared(self) -> Iterator[None]:
        """Hold the lock for reading: writers wait until every reader has left."""
        me = threading.get_ident()
        with self._condition:
            if self._writer != me:  # the writer itself may read what it is writing
                if me not in self._readers:  # a nested read passes even with a writer queued (else deadlock)
                    while self._writer is not None or self._writers_waiting:
                        self._condition.wait()
                self._readers[me] = self._readers.get(me, 0) + 1
        try:
            yield
        finally:
            with self._condition:
                if me in self._readers:
                    self._readers[me] -= 1
                    if not self._readers[me]:
                        del self._readers[me]
                        self._condition.notify_all()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold the lock for writing: alone, after the readers already in have left."""
        me = threading.get_ident()
        with self._condition:
            if self._writer == me:
                self._writer_depth += 1
            else:
                if me in self._readers:
                    raise RuntimeError("a thread reading the store cannot write to it until it stops reading")
                self._writers_waiting += 1
                try:
                    while self._writer is not None or self._readers:
                        self._condition.wait()
                finally:
                    self._writers_waiting -= 1
                self._writer, self._writer_depth = me, 1
        try:
            yield
        finally:
            with self._condition:
                self._writer_depth -= 1
                if not self._writer_depth:
                    self._writer = None
                    self._condition.notify_all()
