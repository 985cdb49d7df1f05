"""Admission for answers: a fixed number generate at once, a bounded number wait, the rest are told to retry.

A request that cannot get a place is refused at once (BusyError, which the API turns into 503 with
Retry-After) rather than waiting without bound: a full server stays responsive instead of hanging.
"""

from __future__ import annotations

import math
import threading
import time

from assistant.errors import BusyError


class Ticket:
    """One admitted request. `leave()` may be called more than once (stream end and response cleanup)."""

    def __init__(self, gate: AnswerGate):
        self._gate = gate
        self._started = time.perf_counter()
        self._left = False

    def leave(self) -> None:
        self._gate._leave(self)

    def __enter__(self) -> Ticket:
        return self

    def __exit__(self, *exc: object) -> None:
        self.leave()


class AnswerGate:
    """`concurrent` answers run, up to `queue` more wait; `depth` is how many are waiting now.

    The gate does not run anything itself: the generator serialises the work; the gate only bounds how
    many requests may be in flight, and estimates a fair Retry-After from recent request times.
    """

    def __init__(self, concurrent: int, queue: int, initial_answer_seconds: float = 5.0):
        if concurrent < 1 or queue < 0:
            raise ValueError("concurrent >= 1 and queue >= 0")
        self.concurrent = concurrent
        self.queue = queue
        self._in_flight = 0
        self._mean_seconds = initial_answer_seconds  # moving average of admitted requests' durations
        self._lock = threading.Lock()

    @property
    def capacity(self) -> int:
        return self.concurrent + self.queue

    @property
    def in_flight(self) -> int:
        return self._in_flight

    @property
    def depth(self) -> int:
        """Requests admitted but waiting behind the ones being generated."""
        return max(0, self._in_flight - self.concurrent)

    def enter(self) -> Ticket:
        with self._lock:
            if self._in_flight >= self.capacity:
                raise BusyError(
                    "finbot is answering as many questions as it can right now. Please try again in a moment.",
                    self.retry_after(),
                )
            self._in_flight += 1
        return Ticket(self)

    def retry_after(self) -> int:
        """Seconds until a place is likely free: `in_flight` requests, each in for the recent mean time
        (its wait included), free a place every mean / in_flight seconds."""
        return max(1, math.ceil(self._mean_seconds / max(1, self._in_flight)))

    def _leave(self, ticket: Ticket) -> None:
        with self._lock:
            if ticket._left:
                return
            ticket._left = True
            self._in_flight -= 1
            elapsed = time.perf_counter() - ticket._started
            self._mean_seconds = 0.8 * self._mean_seconds + 0.2 * elapsed
