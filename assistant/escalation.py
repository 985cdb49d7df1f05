"""When to hand a conversation to a person: a pure function of the tags of the user's turns."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from assistant.classify import Tags


@dataclass(frozen=True)
class Escalation:
    escalate: bool
    reason: str | None = None


def decide(tags: Tags, previous: Sequence[Tags] = ()) -> Escalation:
    """Decide for the current user turn; `previous` holds earlier user turns' tags, oldest first."""
    if tags.intent == "human_agent":
        return Escalation(True, "The customer asked to speak to a person.")
    if tags.intent == "complaint" and tags.sentiment == "negative":
        return Escalation(True, "The customer made a complaint in a negative tone.")
    if tags.sentiment == "negative" and previous and previous[-1].sentiment == "negative":
        return Escalation(True, "The customer has sounded negative on two turns in a row.")
    return Escalation(False)
