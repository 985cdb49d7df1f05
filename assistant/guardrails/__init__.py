"""Checks that keep finbot within what a bank may say: no personalised advice, instructions in
messages or documents treated as data, personal data kept out of logs, feedback and answers."""

from assistant.guardrails.advice import AdviceRequest, advice_request
from assistant.guardrails.injection import Neutralised, asks_to_override, neutralise
from assistant.guardrails.pii import RedactingFilter, mask_card_numbers, redact

__all__ = [
    "AdviceRequest",
    "Neutralised",
    "RedactingFilter",
    "advice_request",
    "asks_to_override",
    "mask_card_numbers",
    "neutralise",
    "redact",
]
