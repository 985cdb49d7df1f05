"""The remote backend: any OpenAI-compatible chat server (vLLM, TGI, a hosted API), streamed over SSE.

This is the path when one machine is not enough: finbot replicas stay light and share a pool of GPU
engines. The official `openai` client speaks the protocol; only its errors are translated here.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from assistant.errors import BusyError, ModelError
from assistant.generators.base import ChatMessage, Generator

if TYPE_CHECKING:
    from assistant.settings import Settings


class OpenAICompatibleGenerator(Generator):
    """Streams chat completions from `base_url` (e.g. http://gpu-host:8000/v1). With no `model`, the first
    model the server lists is used, which suits a vLLM server started for one model."""

    def __init__(self, base_url: str, model: str = "", api_key: str = "", timeout_s: float = 120.0):
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.name = model or self.base_url
        self._api_key = api_key or "none"  # the client insists on a key; local engines ignore it
        self._timeout_s = timeout_s
        self._client: Any = None
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: Settings) -> OpenAICompatibleGenerator:
        return cls(
            settings.generator_url,
            settings.generator_model,
            settings.generator_api_key.get_secret_value(),
            settings.generator_timeout_s,
        )

    def _connect(self) -> Any:
        with self._lock:
            if self._client is None:
                from openai import OpenAI

                # No client-side retries: a busy engine is reported at once and the caller decides.
                self._client = OpenAI(
                    base_url=self.base_url, api_key=self._api_key, timeout=self._timeout_s, max_retries=0
                )
            if not self.model:
                models = self._call(lambda: self._client.models.list().data)
                if not models:
                    raise ModelError(
                        f"The answer engine at {self.base_url} serves no model. Set FINBOT_GENERATOR_MODEL."
                    )
                self.model = self.name = models[0].id
            return self._client

    def warm_up(self) -> None:
        self._connect()

    def stream(
        self, messages: Sequence[ChatMessage], max_new_tokens: int = 160, temperature: float = 0.0
    ) -> Iterator[str]:
        client = self._connect()
        response = self._call(
            lambda: client.chat.completions.create(
                model=self.model,
                messages=[{"role": m["role"], "content": m["content"]} for m in messages],
                max_tokens=max_new_tokens,
                temperature=temperature,
                stream=True,
            )
        )
        try:
            for chunk in self._guarded(response):
                for choice in chunk.choices:  # a usage-only chunk has none
                    if choice.delta and choice.delta.content:
                        yield choice.delta.content
        finally:
            response.close()  # the caller stopped early or the answer ended: free the connection

    def _guarded(self, response: Any) -> Iterator[Any]:
        iterator = iter(response)
        while True:
            chunk = self._call(lambda: next(iterator, None))
            if chunk is None:
                return
            yield chunk

    def _call(self, fn: Any) -> Any:
        import openai

        try:
            return fn()
        except openai.RateLimitError as exc:
            raise BusyError("The answer engine is busy. Please try again in a moment.", _retry_after(exc)) from exc
        except openai.APIStatusError as exc:
            if exc.status_code == 503:
                raise BusyError("The answer engine is busy. Please try again in a moment.", _retry_after(exc)) from exc
            raise ModelError(
                f"The answer engine at {self.base_url} refused the request (HTTP {exc.status_code}: {exc.message})."
            ) from exc
        except openai.APIConnectionError as exc:  # includes timeouts
            raise ModelError(
                f"The answer engine at {self.base_url} cannot be reached ({exc}). Check FINBOT_GENERATOR_URL "
                "and that the server is running."
            ) from exc


def _retry_after(exc: Any) -> int:
    try:
        return max(1, int(float(exc.response.headers.get("retry-after", "5"))))
    except (AttributeError, ValueError):
        return 5
