"""When to hand a conversation to a person: a pure function of the tags of the user's turns."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from assistant.triage.classifier import Tags

# A request for a person scores 0.87-1.00 ("transfer me to customer service", "get me a human"); an
# analyst's "Who is the company's Chief Financial Officer?" came out human_agent at 0.25, and a hand-off
# there would answer a document question with a queue.
HANDOFF_CONFIDENCE = 0.5


@dataclass(frozen=True)
class Escalation:
    escalate: bool
    reason: str | None = None


def decide(tags: Tags, previous: Sequence[Tags] = ()) -> Escalation:
    """Decide for the current user turn; `previous` holds earlier user turns' tags, oldest first."""
    if tags.intent == "human_agent" and tags.intent_score >= HANDOFF_CONFIDENCE:
        return Escalation(True, "The customer asked to speak to a person.")
    if tags.intent == "complaint" and tags.sentiment == "negative":
        return Escalation(True, "The customer made a complaint in a negative tone.")
    if tags.sentiment == "negative" and previous and previous[-1].sentiment == "negative":
        return Escalation(True, "The customer has sounded negative on two turns in a row.")
    return Escalation(False)
