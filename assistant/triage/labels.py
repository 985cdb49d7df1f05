"""Plain words for the tags, for the chat to show customers (staff see the raw tags and scores).

`intent_label` gives a short topic in everyday words, or None where a tag should not be shown to a
customer at all (small talk, complaints, "none of these"). `handoff_label` says, for a hand-off kind
from assistant/triage/escalation.py, why the conversation went to a person and what happens next.
"""

from __future__ import annotations

# Banking77's 77 intents and finbot's own, by topic. Unknown tags fall back to None (hidden).
_INTENT_TOPICS: dict[str, tuple[str, ...]] = {
    "Card delivery": ("card_arrival", "card_delivery_estimate"),
    "Ordering a card": ("order_physical_card", "get_physical_card", "getting_spare_card", "card_about_to_expire"),
    "Activating your card": ("activate_my_card", "card_linking"),
    "Virtual and disposable cards": ("get_disposable_virtual_card", "getting_virtual_card",
                                     "virtual_card_not_working", "disposable_card_limits"),
    "Card not working": ("card_not_working", "contactless_not_working", "declined_card_payment", "card_swallowed",
                         "card_acceptance"),
    "Lost or stolen card or phone": ("lost_or_stolen_card", "lost_or_stolen_phone", "compromised_card"),
    "A payment you don't recognise": ("card_payment_not_recognised", "cash_withdrawal_not_recognised",
                                      "direct_debit_payment_not_recognised"),
    "PIN and passcode": ("change_pin", "pin_blocked", "passcode_forgotten"),
    "Card payments": ("pending_card_payment", "reverted_card_payment?", "transaction_charged_twice",
                      "apple_pay_or_google_pay", "visa_or_mastercard", "supported_cards_and_currencies"),
    "Cash machines": ("atm_support", "declined_cash_withdrawal", "pending_cash_withdrawal",
                      "wrong_amount_of_cash_received"),
    "Fees and charges": ("fees_and_charges", "card_payment_fee_charged", "cash_withdrawal_charge", "exchange_charge",
                         "extra_charge_on_statement", "top_up_by_bank_transfer_charge", "top_up_by_card_charge",
                         "transfer_fee_charged"),
    "Interest rates": ("rates",),
    "Exchange rates and currencies": ("exchange_rate", "card_payment_wrong_exchange_rate", "exchange_via_app",
                                      "wrong_exchange_rate_for_cash_withdrawal", "fiat_currency_support",
                                      "country_support"),
    "Transfers": ("transfer_timing", "pending_transfer", "failed_transfer", "declined_transfer", "cancel_transfer",
                  "transfer_not_received_by_recipient", "transfer_into_account", "beneficiary_not_allowed",
                  "receiving_money", "balance_not_updated_after_bank_transfer"),
    "Topping up": ("automatic_top_up", "pending_top_up", "top_up_failed", "top_up_limits", "top_up_reverted",
                   "topping_up_by_card", "top_up_by_cash_or_cheque", "verify_top_up"),
    "Paying in cash or cheques": ("balance_not_updated_after_cheque_or_cash_deposit",),
    "Refunds": ("request_refund", "Refund_not_showing_up"),
    "Checking your identity": ("verify_my_identity", "unable_to_verify_identity", "why_verify_identity",
                               "verify_source_of_funds"),
    "Your account details": ("edit_personal_details", "age_limit", "terminate_account"),
    "Money lost": ("money_lost",),
    "Help with money worries": ("vulnerable_customer",),
    "Help after a bereavement": ("bereavement",),
    "Company reports": ("financial_metric", "financial_explanation"),
    "Markets and news": ("market_sentiment", "market_news"),
    "Talking to a person": ("human_agent",),
}
INTENT_LABELS = {intent: topic for topic, intents in _INTENT_TOPICS.items() for intent in intents}
# Shown to no customer: small talk needs no label; "complaint", "leaving" or "none" would read as a verdict.
HIDDEN_INTENTS = frozenset({"greeting", "thanks", "praise", "complaint", "leaving", "out_of_scope", "none"})

HANDOFF_LABELS = {
    "person": "You asked to talk to a person.",
    "fraud": "This may involve fraud, so our team will check your account.",
    "money_lost": "You told us you have lost money, so our team will look into it.",
    "leaving": "We want to put this right, so our team will look into it.",
    "repeated_failure": "This has gone wrong more than once, so our team will look into it.",
    "vulnerable": "Our team can talk through the help that is available.",
    "bereavement": "Our team will help with what needs to be done, one step at a time.",
    "complaint": "Our team will look into your complaint.",
    "negative_streak": "Our team will take it from here.",
    "unplaced_negative": "Our team will take it from here.",
}
WHAT_HAPPENS_NEXT = "A member of our team will pick up this conversation here; you won't need to repeat yourself."


def intent_label(intent: str | None) -> str | None:
    """Everyday words for a tag, or None where the customer should see no tag."""
    if not intent or intent in HIDDEN_INTENTS:
        return None
    return INTENT_LABELS.get(intent)


def handoff_label(kind: str | None) -> str | None:
    """For the chat's hand-off banner: why a person is taking over, then what happens next."""
    if not kind:
        return None
    return f"{HANDOFF_LABELS.get(kind, HANDOFF_LABELS['negative_streak'])} {WHAT_HAPPENS_NEXT}"
