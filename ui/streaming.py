"""Run a blocking event stream (the pipeline, a generator) in its own thread and hand its events to asyncio.

The thread runs to the end whether or not the client keeps reading, so a stalled client holds no
generation slot; a client that leaves sets `cancel`, and the thread closes the stream between events.
`on_done` runs in the thread when the stream ends (it frees the request's admission ticket).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import Any


@dataclass
class Failure:
    """The stream raised: the consumer decides how to tell the client."""

    error: BaseException


_END = object()


async def in_thread(make_events: Callable[[], Iterator[Any]], on_done: Callable[[], None]) -> AsyncIterator[Any]:
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[Any] = asyncio.Queue()
    cancel = threading.Event()

    def deliver(item: Any) -> None:
        try:
            loop.call_soon_threadsafe(queue.put_nowait, item)
        except RuntimeError:  # the event loop is gone (server shutting down): nobody is listening
            cancel.set()

    def produce() -> None:
        events = None
        try:
            events = make_events()
            for event in events:
                if cancel.is_set():
                    break
                deliver(event)
        except Exception as exc:  # handed to the consumer, which logs it and tells the client plainly
            deliver(Failure(exc))
        finally:
            if events is not None and hasattr(events, "close"):
                events.close()  # same thread that iterated it: stops a generation the client left
            on_done()
            deliver(_END)

    threading.Thread(target=produce, name="finbot-stream", daemon=True).start()
    try:
        while (item := await queue.get()) is not _END:
            yield item
    finally:
        cancel.set()
