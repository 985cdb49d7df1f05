"""Prometheus metrics for the HTTP service: requests, errors, latency, time to first token, tokens/s, queue.

Each app gets its own registry (several apps live in one test process); GET /metrics exposes it.
"""

from __future__ import annotations

import time

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.admission import AnswerGate

_SECONDS = (0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30, 60, 120)
_RATES = (1, 2, 5, 10, 20, 40, 80, 160, 320)


class ServiceMetrics:
    def __init__(self, gate: AnswerGate):
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter("finbot_requests", "HTTP requests, by endpoint and status.", ["endpoint", "status"],
                                registry=r)
        self.errors = Counter(
            "finbot_errors", "Failed requests: busy (503, told to retry), client (4xx), server (5xx), stream "
            "(failed after the stream began).", ["endpoint", "kind"], registry=r)
        self.latency = Histogram("finbot_request_seconds", "Time until the whole response was sent.", ["endpoint"],
                                 buckets=_SECONDS, registry=r)
        self.first_token = Histogram("finbot_time_to_first_token_seconds",
                                     "Time from the request to the first text of a streamed answer.", ["endpoint"],
                                     buckets=_SECONDS, registry=r)
        self.tokens_per_second = Histogram("finbot_generated_tokens_per_second",
                                           "Completion tokens per second after the first, per streamed answer.",
                                           ["endpoint"], buckets=_RATES, registry=r)
        Gauge("finbot_queue_depth", "Admitted requests waiting for a generation slot.",
              registry=r).set_function(lambda: gate.depth)
        Gauge("finbot_in_flight", "Requests being answered or waiting.", registry=r).set_function(
            lambda: gate.in_flight)

    def error(self, endpoint: str, kind: str) -> None:
        self.errors.labels(endpoint, kind).inc()

    def streamed(self, endpoint: str, started: float, first: float | None, tokens: int) -> None:
        """Record a finished stream: its first-token time and decode rate."""
        if first is None:
            return
        self.first_token.labels(endpoint).observe(first - started)
        decoding = time.perf_counter() - first
        if tokens > 1 and decoding > 0:
            self.tokens_per_second.labels(endpoint).observe((tokens - 1) / decoding)


class MetricsMiddleware:
    """Counts every request and its latency; paths outside `endpoints` share one label (bounded cardinality)."""

    def __init__(self, app: ASGIApp, metrics: ServiceMetrics, endpoints: frozenset[str]):
        self.app, self.metrics, self.endpoints = app, metrics, endpoints

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        endpoint = scope["path"] if scope["path"] in self.endpoints else "other"
        status = 500
        started = time.perf_counter()

        async def watch(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            self.metrics.requests.labels(endpoint, str(status)).inc()
            self.metrics.latency.labels(endpoint).observe(time.perf_counter() - started)
            if status == 503:
                self.metrics.error(endpoint, "busy")
            elif status >= 500:
                self.metrics.error(endpoint, "server")
            elif status >= 400:
                self.metrics.error(endpoint, "client")
