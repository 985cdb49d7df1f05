"""Customer-facing words for the classifier's tags, from assistant.triage.labels (one mapping for every
surface). Staff see the raw tags; customers see at most a plain topic, or nothing."""

from __future__ import annotations

from assistant.triage.labels import intent_label

MIN_SCORE = 0.5  # below this the classifier is guessing: show no topic rather than a wrong one


def plain_topic(intent: str | None, score: float = 1.0) -> str:
    """'Lost or stolen card' for lost_or_stolen_card; '' when there is nothing worth showing."""
    if score < MIN_SCORE:
        return ""
    return intent_label(intent) or ""
