"""Customer-facing words for the classifier's intent labels.

Staff see the raw tags ("card_swallowed (0.64) · verified"); customers see at most a plain topic
("Card kept by a cash machine"), or nothing when the label says nothing useful to them. This is a small
mapping of our own in the UI layer, because no plain-label function exists in assistant/triage/ yet; when one
lands there, `plain_topic` should call it.
"""

from __future__ import annotations

# Labels whose words read badly once the underscores go; the rest read well as they are.
_WORDING = {
    "card_swallowed": "Card kept by a cash machine",
    "lost_or_stolen_card": "Lost or stolen card",
    "lost_or_stolen_phone": "Lost or stolen phone",
    "compromised_card": "Card security",
    "atm_support": "Cash machines",
    "apple_pay_or_google_pay": "Apple Pay and Google Pay",
    "card_payment_fee_charged": "Card payment fees",
    "cash_withdrawal_charge": "Cash withdrawal fees",
    "exchange_charge": "Exchange fees",
    "transfer_timing": "How long transfers take",
    "top_up_by_bank_transfer_charge": "Fees",
    "financial_metric": "Company results",
    "financial_explanation": "Company results",
    "pin_blocked": "Blocked PIN",
    "change_pin": "Your PIN",
    "age_limit": "Age limits",
    "terminate_account": "Closing your account",
    "edit_personal_details": "Your personal details",
    "request_refund": "Refunds",
    "complaint": "Complaints",
}
# Labels that tell the customer nothing (greetings, thanks, the classifier's own "other").
_SILENT = {"greeting", "thanks", "goodbye", "out_of_scope", "other", "human_agent"}
MIN_SCORE = 0.5  # below this the classifier is guessing: show no topic rather than a wrong one


def plain_topic(intent: str | None, score: float = 1.0) -> str:
    """'Lost or stolen card' for lost_or_stolen_card; '' when there is nothing worth showing."""
    if not intent or intent in _SILENT or score < MIN_SCORE:
        return ""
    if intent in _WORDING:
        return _WORDING[intent]
    words = intent.replace("_", " ").rstrip("?").strip()
    return words[:1].upper() + words[1:]
