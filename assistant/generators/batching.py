"""Concurrent requests to the local model run as one batch: on a GPU, decoding 8 sequences costs little
more than decoding 1, because each step is bound by reading the weights, not by arithmetic.

A scheduler thread takes the first waiting request, gathers more for `window_s` (up to `max_batch`,
with the same sampling settings), left-pads them into one `generate` call and hands each row's new text
to its own caller as it appears. Batching is static: a request arriving during a batch waits for the
next one. Per-row work (streaming the text, stop strings, each request's token limit, a caller that
left) happens in a stopping criterion, which sees every step's tokens before the next step starts.
"""

from __future__ import annotations

import queue
import threading
import time
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from assistant.generators.local import StopTrimmer

_DONE = object()


@dataclass
class BatchRequest:
    input_ids: list[int]
    max_new_tokens: int
    temperature: float
    stops: list[str]
    pieces: queue.Queue = field(default_factory=queue.Queue)  # str pieces, then an exception or _DONE
    cancel: threading.Event = field(default_factory=threading.Event)


class _Row:
    """One request's progress inside a batch."""

    def __init__(self, request: BatchRequest, trimmer: Any):
        self.request = request
        self.trimmer = trimmer
        self.shown = ""  # decoded text handed to the trimmer so far
        self.tokens = 0
        self.finished = False

    def finish(self) -> None:
        if not self.finished:
            self.finished = True
            if rest := self.trimmer.flush():
                self.request.pieces.put(rest)
            self.request.pieces.put(_DONE)


class Batcher:
    def __init__(self, model: Any, tokenizer: Any, max_batch: int, window_s: float, options: dict[str, Any]):
        self.model, self.tokenizer = model, tokenizer
        self.max_batch, self.window_s, self.options = max_batch, window_s, options
        self._waiting: queue.Queue[BatchRequest] = queue.Queue()
        self._held: deque[BatchRequest] = deque()  # taken but not batched (other sampling settings)
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()
        self.batch_sizes: list[int] = []  # recorded for tests and benchmarks

    def stream(self, request: BatchRequest) -> Iterator[str]:
        with self._start_lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._schedule, name="finbot-batcher", daemon=True)
                self._thread.start()
        self._waiting.put(request)
        try:
            while (item := request.pieces.get()) is not _DONE:
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            request.cancel.set()  # the caller stopped early: its row stops at the next step

    # -- the scheduler thread --------------------------------------------------------------
    def _schedule(self) -> None:
        while True:
            first = self._held.popleft() if self._held else self._waiting.get()
            batch = [first]
            deadline = time.monotonic() + self.window_s
            while len(batch) < self.max_batch:
                try:
                    candidate = self._waiting.get(timeout=max(0.0, deadline - time.monotonic()))
                except queue.Empty:
                    break
                (batch if candidate.temperature == first.temperature else self._held).append(candidate)
            for gone in [r for r in batch if r.cancel.is_set()]:  # callers that left while waiting
                gone.pieces.put(_DONE)
                batch.remove(gone)
            if batch:
                self._run(batch)

    def _run(self, batch: list[BatchRequest]) -> None:
        import torch
        from transformers import StoppingCriteriaList

        tokenizer = self.tokenizer
        pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
        width = max(len(r.input_ids) for r in batch)
        ids = torch.tensor([[pad] * (width - len(r.input_ids)) + r.input_ids for r in batch])
        mask = torch.tensor([[0] * (width - len(r.input_ids)) + [1] * len(r.input_ids) for r in batch])
        rows = [_Row(r, StopTrimmer(r.stops)) for r in batch]
        temperature = batch[0].temperature
        sampling = {"do_sample": True, "temperature": temperature} if temperature > 0 else {"do_sample": False}
        self.batch_sizes.append(len(batch))
        try:
            self.model.generate(
                input_ids=ids.to(self.model.device),
                attention_mask=mask.to(self.model.device),
                max_new_tokens=max(r.max_new_tokens for r in batch),
                stopping_criteria=StoppingCriteriaList([_RowStreams(rows, width, tokenizer)]),
                pad_token_id=pad,
                **sampling,
                **self.options,
            )
        except Exception as exc:  # every caller in the batch hears of it
            for row in rows:
                if not row.finished:
                    row.finished = True
                    row.request.pieces.put(exc)
            return
        for row in rows:
            row.finish()


class _RowStreams:
    """A stopping criterion (transformers' call protocol) that streams each row's new text to its caller
    and says which rows are done: an end token, a stop string, its own token limit, or its caller left."""

    def __init__(self, rows: list[_Row], prompt_width: int, tokenizer: Any):
        self.rows, self.width, self.tokenizer = rows, prompt_width, tokenizer
        eos = tokenizer.eos_token_id
        self.ends: set[int] = set(eos if isinstance(eos, list) else [eos] if eos is not None else [])

    def __call__(self, input_ids: Any, scores: Any = None, **kwargs: Any) -> Any:
        done = [self._step(row, input_ids[i]) for i, row in enumerate(self.rows)]
        return input_ids.new_tensor(done).bool()

    def _step(self, row: _Row, ids: Any) -> bool:
        if row.finished:
            return True
        request = row.request
        row.tokens += 1
        generated: Sequence[int] = ids[self.width :].tolist()
        ended = generated[-1] in self.ends
        text = self.tokenizer.decode(generated, skip_special_tokens=True)
        if not text.endswith("\ufffd"):  # a character still incomplete: wait for its next byte
            if piece := row.trimmer.feed(text[len(row.shown) :]):
                request.pieces.put(piece)
            row.shown = text
        if ended or row.trimmer.stopped or row.tokens >= request.max_new_tokens or request.cancel.is_set():
            row.finish()
        return row.finished
