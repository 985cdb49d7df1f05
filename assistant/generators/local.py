"""The local backend: a transformers causal LM on CUDA (bfloat16) or the CPU, streamed token by token."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.errors import ModelError
from assistant.generators.base import ChatMessage, Generator
from assistant.generators.packaged import LoadedModel, load_model, resolve_generator

if TYPE_CHECKING:
    from assistant.settings import Settings


# ---------------------------------------------------------------- stop rules (pure, testable without torch)


def split_at_stop(text: str, stops: Sequence[str]) -> tuple[str, bool]:
    """Return (text before the earliest stop string, whether one was found)."""
    cuts = [i for i in (text.find(s) for s in stops) if i >= 0]
    return (text[: min(cuts)], True) if cuts else (text, False)


class StopTrimmer:
    """Passes streamed text through, holding back any tail that could be the start of a stop string,
    so the stop text itself is never shown."""

    def __init__(self, stops: Sequence[str]):
        self.stops = [s for s in stops if s]
        self.pending = ""
        self.stopped = False

    def feed(self, piece: str) -> str:
        if self.stopped:
            return ""
        self.pending += piece
        head, self.stopped = split_at_stop(self.pending, self.stops)
        if self.stopped:
            self.pending = ""
            return head
        keep = max((n for s in self.stops for n in range(1, len(s)) if self.pending.endswith(s[:n])), default=0)
        out, self.pending = self.pending[: len(self.pending) - keep], self.pending[len(self.pending) - keep :]
        return out

    def flush(self) -> str:
        out, self.pending = ("" if self.stopped else self.pending), ""
        return out


def _until_stop(pieces: Iterable[str], trimmer: StopTrimmer) -> Iterator[str]:
    for piece in pieces:
        yield trimmer.feed(piece)
        if trimmer.stopped:
            return
    yield trimmer.flush()


def strip_outer_whitespace(pieces: Iterable[str]) -> Iterator[str]:
    """Drop leading and trailing whitespace of the whole stream (e.g. the space after "Answer:",
    the newline before a stop string) while passing inner text through as it comes."""
    held, started = "", False
    for piece in pieces:
        if not started:
            piece = piece.lstrip()
            started = bool(piece)
        body = (held + piece).rstrip()
        held = (held + piece)[len(body) :]
        if body:
            yield body


def stop_window(stops: Sequence[str]) -> int:
    """Tokens to decode at each step: enough to contain any stop string that just ended
    (a token decodes to at least one character, except byte pieces, hence the margin)."""
    return 2 * max((len(s) for s in stops), default=0) + 4


class StopOnText:
    """Stopping criterion: stop once the generated text contains a stop string.

    `generate(stop_strings=...)` precomputes tables over the whole vocabulary (slow for 150k tokens);
    decoding only the last few tokens each step is cheap. It follows transformers' StoppingCriteria
    call protocol without subclassing, so importing this module does not import torch."""

    def __init__(self, decode: Callable[[list[int]], str], stops: Sequence[str], prompt_length: int):
        self.decode, self.stops, self.prompt_length = decode, list(stops), prompt_length
        self.window = stop_window(self.stops)

    def should_stop(self, token_ids: Sequence[int]) -> bool:
        start = max(self.prompt_length, len(token_ids) - self.window)
        return split_at_stop(self.decode(list(token_ids[start:])), self.stops)[1]

    def __call__(self, input_ids: Any, scores: Any = None, **kwargs: Any) -> Any:
        done = [self.should_stop(row) for row in input_ids.tolist()]
        return input_ids.new_tensor(done).bool()


class _StepWatch:
    """Stopping criterion that records when the first token arrived and stops on cancellation."""

    def __init__(self, cancel: threading.Event):
        self.cancel, self.first_step_at = cancel, None

    def __call__(self, input_ids: Any, scores: Any = None, **kwargs: Any) -> Any:
        if self.first_step_at is None:
            self.first_step_at = time.perf_counter()
        return input_ids.new_full((input_ids.shape[0],), int(self.cancel.is_set())).bool()


# ---------------------------------------------------------------- prompts for base models

PLAIN_STOPS = ("\nQuestion:", "\n\n\n")
# The example answer only restates its passage: an example with extra facts teaches the model to invent some.
_PLAIN_EXAMPLE = (
    "Question: Passage [1]: Net income was $4.2 million in 2023.\nWhat was net income in 2023?\n"
    "Answer: Net income was $4.2 million in 2023 [1].\n\n"
)


def render_plain_prompt(messages: Sequence[ChatMessage]) -> str:
    """A one-shot Question/Answer transcript for a base model without a chat template;
    generation stops when the model starts the next "Question:"."""
    system = "\n\n".join(m["content"].strip() for m in messages if m["role"] == "system")
    turns = "".join(
        f"{'Answer' if m['role'] == 'assistant' else 'Question'}: {m['content'].strip()}\n"
        + ("\n" if m["role"] == "assistant" else "")
        for m in messages
        if m["role"] != "system"
    )
    return (system + "\n\n" if system else "") + _PLAIN_EXAMPLE + turns + "Answer:"


@dataclass
class GenerationStats:
    prompt_tokens: int = 0
    new_tokens: int = 0
    seconds_to_first_token: float = 0.0
    seconds_total: float = 0.0

    @property
    def tokens_per_second(self) -> float:
        decoding = self.seconds_total - self.seconds_to_first_token
        return (self.new_tokens - 1) / decoding if self.new_tokens > 1 and decoding > 0 else 0.0


# ---------------------------------------------------------------- local transformers models


def resolve_device(device: str) -> str:
    import torch

    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device.startswith("cuda") and not torch.cuda.is_available():
        raise ModelError(f"FINBOT_DEVICE={device} but no CUDA GPU is visible to torch. Set FINBOT_DEVICE=cpu.")
    if device != "cpu" and not device.startswith("cuda"):
        raise ModelError(f"Unknown device '{device}'. Use auto, cpu, cuda or cuda:N.")
    return device


class TransformersGenerator(Generator):
    """A causal LM run in-process with transformers: a packaged GGUF model (see assistant.generators.packaged),
    a Hugging Face id, or a local directory. Weights load on first use or `warm_up()`."""

    def __init__(
        self, model: str, models_dir: Path, device: str = "auto", concurrent: int = 1, batch_size: int = 1,
        batch_window_s: float = 0.01, cpu_int8: bool = False,
    ):
        self.name = model
        self.models_dir = Path(models_dir)
        self.device = device
        self.cpu_int8 = cpu_int8  # int8 dynamic quantisation of the linear layers when running on CPU
        self.last_stats = GenerationStats()
        self.load_origin = ""  # "dense-cache" | "gguf" | "pretrained", once loaded
        self.load_seconds = 0.0
        self.generate_options: dict[str, Any] = {}  # extra `generate()` arguments, e.g. repetition_penalty
        self._loaded: LoadedModel | None = None
        self._load_lock = threading.Lock()  # loading and tokenizing (fast tokenizers are not thread-safe)
        # Generations that may run at once (1 on a CPU: two would only halve each other's speed). It is
        # held by the worker thread around `generate`, never across the caller's `yield`, so a client
        # that stops reading its stream delays nobody: the others' turns come when its generation ends.
        self._slots = threading.BoundedSemaphore(max(1, concurrent))
        # Above 1, concurrent requests are decoded together in one `generate` (assistant.generators.batching).
        self.batch_size = batch_size
        self.batch_window_s = batch_window_s
        self._batcher: Any = None

    @classmethod
    def from_settings(cls, settings: Settings) -> TransformersGenerator:
        batch = settings.batch_size or (8 if resolve_device(settings.device).startswith("cuda") else 1)
        return cls(settings.generator, settings.models_dir, settings.device, max(1, settings.concurrent_answers),
                   batch, settings.batch_window_ms / 1000, settings.cpu_int8)

    def warm_up(self) -> None:
        with self._load_lock:
            self._load()

    def count_tokens(self, text: str) -> int:
        if self._loaded is None:
            return super().count_tokens(text)
        with self._load_lock:
            return len(self._loaded.tokenizer.encode(text, add_special_tokens=False))

    def _batched(
        self, loaded: LoadedModel, input_ids: list[int], max_new_tokens: int, temperature: float, stops: list[str]
    ) -> Iterator[str]:
        from assistant.generators.batching import Batcher, BatchRequest

        with self._load_lock:
            if self._batcher is None:
                self._batcher = Batcher(
                    loaded.model, loaded.tokenizer, self.batch_size, self.batch_window_s, self.generate_options
                )
        request = BatchRequest(input_ids, max_new_tokens, temperature, stops)
        yield from strip_outer_whitespace(self._batcher.stream(request))

    def _load(self) -> LoadedModel:
        if self._loaded is None:
            import torch

            device = resolve_device(self.device)
            dtype = torch.bfloat16 if device.startswith("cuda") else torch.float32
            started = time.perf_counter()
            self._loaded = load_model(resolve_generator(self.name, self.models_dir), dtype, device)
            if self.cpu_int8 and device == "cpu":
                # About twice the decoding speed on this project's CPU (docs/benchmarks.md#customer-answers).
                self._loaded.model = torch.ao.quantization.quantize_dynamic(
                    self._loaded.model, {torch.nn.Linear}, dtype=torch.qint8
                )
            self.load_seconds = time.perf_counter() - started
            self.load_origin = self._loaded.origin
        return self._loaded

    def _encode(self, loaded: LoadedModel, messages: Sequence[ChatMessage]) -> tuple[Any, list[str]]:
        tokenizer = loaded.tokenizer
        if loaded.chat_template:
            inputs = tokenizer.apply_chat_template(
                list(messages), add_generation_prompt=True, return_dict=True, return_tensors="pt"
            )
            return inputs, []
        return tokenizer(render_plain_prompt(messages), return_tensors="pt"), list(PLAIN_STOPS)

    def stream(
        self, messages: Sequence[ChatMessage], max_new_tokens: int = 160, temperature: float = 0.0
    ) -> Iterator[str]:
        from transformers import StoppingCriteriaList, TextIteratorStreamer

        with self._load_lock:
            loaded = self._load()
            model, tokenizer = loaded.model, loaded.tokenizer
            inputs, stops = self._encode(loaded, messages)
        prompt_length = inputs["input_ids"].shape[1]
        limit = getattr(model.config, "max_position_embeddings", None)
        if limit and prompt_length + max_new_tokens > limit:
            raise ModelError(
                f"The prompt has {prompt_length} tokens; with {max_new_tokens} new tokens it exceeds "
                f"this model's {limit}-token context. Lower FINBOT_TOP_K or FINBOT_HISTORY_TURNS."
            )
        if self.batch_size > 1:
            yield from self._batched(loaded, inputs["input_ids"][0].tolist(), max_new_tokens, temperature, stops)
            return
        inputs = inputs.to(model.device)
        cancel = threading.Event()
        watch = _StepWatch(cancel)
        criteria = StoppingCriteriaList([watch])
        if stops:
            criteria.append(StopOnText(tokenizer.decode, stops, prompt_length))
        streamer = TextIteratorStreamer(tokenizer, skip_prompt=True, skip_special_tokens=True)
        sampling = {"do_sample": True, "temperature": temperature} if temperature > 0 else {"do_sample": False}
        pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
        outcome: dict[str, Any] = {}
        times: dict[str, float] = {}

        def run() -> None:
            try:
                with self._slots:  # waits here, in the worker, while other generations run
                    if cancel.is_set():  # the caller left while this one queued
                        return
                    times["started"] = time.perf_counter()
                    outcome["ids"] = model.generate(
                        **inputs,
                        max_new_tokens=max_new_tokens,
                        streamer=streamer,
                        stopping_criteria=criteria,
                        pad_token_id=pad_id,
                        **sampling,
                        **self.generate_options,
                    )
            except Exception as exc:  # surfaced in the caller's thread below
                outcome["error"] = exc
            finally:
                streamer.end()  # unblocks the iterator whatever happened

        worker = threading.Thread(target=run, name="finbot-generate", daemon=True)
        worker.start()
        finished = False
        try:
            yield from strip_outer_whitespace(_until_stop(streamer, StopTrimmer(stops)))
            finished = True
        finally:
            cancel.set()  # the consumer stopped early or a stop string appeared: stop computing
            if finished:
                worker.join()
            # Closed early: no join, so the caller is not held while a queued worker waits for its turn.
        if "error" in outcome:
            error = outcome["error"]
            raise ModelError(
                f"Generation with '{self.name}' failed ({error}). If memory ran out, choose a smaller "
                "FINBOT_GENERATOR or lower FINBOT_MAX_NEW_TOKENS."
            ) from error
        ids = outcome.get("ids")
        started = times.get("started", time.perf_counter())
        self.last_stats = GenerationStats(
            prompt_tokens=prompt_length,
            new_tokens=(ids.shape[1] - prompt_length) if ids is not None else 0,
            seconds_to_first_token=(watch.first_step_at or started) - started,
            seconds_total=time.perf_counter() - started,
        )
