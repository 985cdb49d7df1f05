"""Personal data in free text: payment card numbers (Luhn-checked), IBANs (mod-97-checked), sort
codes, account numbers, e-mail addresses and phone numbers.

`redact` replaces each with a label, for logs, metrics and stored feedback. `mask_card_numbers`
keeps the last four digits, for answers: a customer may recognise their card, but no answer
repeats a whole number.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

# 13–19 digits, optionally grouped by spaces or hyphens (the lengths card schemes issue).
_CARD = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_SORT_CODE = re.compile(r"(?<![\d-])\d{2}-\d{2}-\d{2}(?![\d-])|(?i:\bsort[ -]?code\b\W{0,3})\d{6}\b")
# Digits said to be an account number; a bare 8-digit figure could be an amount, so the words decide.
_ACCOUNT = re.compile(
    r"(?i)\b(?:account|acct|a/c)(?:\s+(?:number|no\.?|num|#))?\s*(?:is|:|#)?\s*(\d(?:[ -]?\d){5,16})\b"
)
# International (+44 …) or trunk-prefixed (0…) numbers of 10–13 digits: amounts and years never start so.
_PHONE = re.compile(r"(?<![\w+])(?:\+\d{1,3}[ .-]?(?:\(0\))?|\(?0)\d(?:[ .)-]{0,2}\d){8,11}(?!\d)")


def luhn_valid(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def iban_valid(candidate: str) -> bool:
    compact = candidate.replace(" ", "")
    if not 15 <= len(compact) <= 34:
        return False
    rearranged = compact[4:] + compact[:4]
    try:
        number = int("".join(str(int(c, 36)) for c in rearranged))
    except ValueError:
        return False
    return number % 97 == 1


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _cards(replacement: Callable[[str], str]) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        digits = _digits(match.group())
        return replacement(digits) if luhn_valid(digits) else match.group()

    return replace


def mask_card_numbers(text: str) -> str:
    """Card numbers shown by their last four digits only."""
    return _CARD.sub(_cards(lambda digits: f"•••• {digits[-4:]}"), text)


def redact(text: str) -> str:
    """The text with every kind of personal data above replaced by a label such as [card number]."""
    text = _CARD.sub(_cards(lambda _: "[card number]"), text)
    text = _IBAN.sub(lambda m: "[IBAN]" if iban_valid(m.group()) else m.group(), text)
    text = _EMAIL.sub("[e-mail]", text)
    text = _SORT_CODE.sub("[sort code]", text)
    text = _ACCOUNT.sub(lambda m: m.group().replace(m.group(1), "[account number]"), text)
    return _PHONE.sub("[phone number]", text)


class RedactingFilter(logging.Filter):
    """Redacts each record's formatted message, so no handler ever writes personal data."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def install_log_redaction(logger: logging.Logger | None = None) -> None:
    """Attach the filter to the logger's handlers (the root logger's by default), once."""
    logger = logger or logging.getLogger()
    for handler in logger.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())
