"""Requests for personalised advice: "should I buy X?", "where should I put my savings?".

A bank's assistant may give general information from its documents, not a recommendation for one
person. A request is personal advice when the customer asks what *they* should do (a decision
question in the first person, or "do you recommend…") about investing, tax or credit. The two parts
are matched separately, so "Should I report a lost card?" (a decision, no product) and "What is the
ISA allowance?" (a product, no decision) are ordinary questions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Kind = Literal["investment", "tax", "credit"]

# Asking finbot to decide for the customer.
_DECISION = re.compile(
    r"\b(?:should|shall|must|ought)\s+(?:i|we)\b"
    r"|\b(?:would|do|can)\s+you\s+(?:recommend|suggest|advise)\b"
    r"|\bwhat\s+would\s+you\s+do\b"
    r"|\b(?:is|are)\s+(?:it|now|this|that|they|\w+(?:\s+\w+)?)\s+(?:a\s+)?(?:good|bad|wise|smart|safe|sensible)\s+"
    r"(?:idea|time|investment|buy|bet|choice|move|option)\b"
    r"|\b(?:is|are)\s+(?:it|\w+)\s+worth\s+(?:it|buying|investing|selling|holding)\b"
    r"|\bbest\s+(?:\w+\s+){0,2}for\s+(?:me|us|my|our)\b"
    r"|\b(?:advise|advice)\s+(?:me|us)\b",
    re.IGNORECASE,
)

_SUBJECTS: dict[Kind, re.Pattern[str]] = {
    "investment": re.compile(
        r"\b(?:invest\w*|buy|buying|sell|selling|hold|holding|shares?|stocks?|equit(?:y|ies)|bonds?|funds?|etfs?"
        r"|savers?|deposits?|fixed[- ]rate|portfolio|crypto\w*|bitcoin|gold|savings|save|lump\s+sum"
        r"|pensions?|isas?|retire\w*|dividends?)\b",
        re.IGNORECASE,
    ),
    "tax": re.compile(r"\b(?:tax\w*|hmrc|irs|deduct\w*|capital\s+gains)\b", re.IGNORECASE),
    "credit": re.compile(
        r"\b(?:loans?|mortgages?|remortgag\w*|borrow\w*|credit\s+cards?|overdrafts?|debts?|refinanc\w*"
        r"|consolidat\w*|lend\w*|credit)\b",
        re.IGNORECASE,
    ),
}


@dataclass(frozen=True)
class AdviceRequest:
    kind: Kind


def advice_request(message: str) -> AdviceRequest | None:
    """The kind of personal advice a message asks for, or None for an ordinary question.
    Tax and credit are checked before investment: "should I use my savings to pay off my loan?" is about
    credit more than saving."""
    if not _DECISION.search(message):
        return None
    for kind in ("tax", "credit", "investment"):
        if _SUBJECTS[kind].search(message):
            return AdviceRequest(kind)  # type: ignore[arg-type]
    return None
