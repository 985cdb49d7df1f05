"""When to hand a conversation to a person: a pure function of the message, its tags and the tags of
the user's earlier turns.

It errs towards people. The words of the message (assistant/triage/signals.py) hand off for loss of
money, fraud, a threat to leave, repeated failure, a vulnerable customer or a bereavement whatever the
intent head says; then the intent head's own hand-off intents; then tone (a negative complaint, or
negative twice in a row). Each hand-off carries a `kind` (a stable code the reply and the chat's label
are chosen by) and a `reason` for staff.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from assistant.triage.classifier import Tags
from assistant.triage.signals import (
    asks_something,
    blames_self,
    is_calm_question,
    is_praise,
    is_settled,
    is_supposed,
    reported,
    signals,
    tells_no_trouble_of_own,
)

# A request for a person scores 0.87-1.00 ("transfer me to customer service", "get me a human"); an
# analyst's "Who is the company's Chief Financial Officer?" came out human_agent at 0.25, and a hand-off
# there would answer a document question with a queue.
HANDOFF_CONFIDENCE = 0.5
# A problem intent alone (money lost, fraud, vulnerable, bereavement, leaving) hands off only this sure: the words and
# the hand-off head find those people, and an intent head trained on more of our examples reads "Are you open bank
# holiday Monday?" as leaving at 0.58 (session 33: above 0.8 it adds no hand-off on escalation sets 8-17).
PROBLEM_INTENT_CONFIDENCE = 0.8

# Intents that mean a person should look, when the head is at least HANDOFF_CONFIDENCE (human_agent) or
# PROBLEM_INTENT_CONFIDENCE (the others) sure.
HANDOFF_INTENTS = {
    "human_agent": "person",
    "money_lost": "money_lost",
    "compromised_card": "fraud",
    "card_payment_not_recognised": "fraud",
    "cash_withdrawal_not_recognised": "fraud",
    "direct_debit_payment_not_recognised": "fraud",
    "vulnerable_customer": "vulnerable",
    "bereavement": "bereavement",
    "leaving": "leaving",
    "wrong_amount_of_cash_received": "money_lost",
}
# Calm, these intents are routine ("I'd like to close my account"); in a negative message they are not.
NEGATIVE_HANDOFF_INTENTS = {"terminate_account": "leaving"}
# Topics where a negative tone is the news, not the customer's mood.
NEWS_INTENTS = {"market_news", "market_sentiment", "financial_metric", "financial_explanation"}

SOFT_INTENT_KINDS = {"fraud", "money_lost", "leaving"}

# The learned hand-off head (assistant/training/classifier.py: our written hand-off messages, Banking77's
# fraud and everyday intents) hands off when P(a person is needed) is at least this. It reads situations
# the patterns have no words for; it does not hand off praise, news, or a calm how/what question. Trained
# with 280 more calm product questions (session 33) its scores sit lower: at 0.35 it misses fewer people on
# escalation sets 8-17 than the earlier head did at 0.5 and hands off fewer calm questions
# (docs/classifier.md, "Session 33").
HANDOFF_HEAD_CONFIDENCE = 0.35
# Words of trouble in a question the head is this sure is calm ("What documents would my executors need after
# I die?", "I volunteer at a food bank, do you have a hardship team?") ask about the topic, not from inside it.
HEAD_SURE_CALM = 0.1
# Below this the head's reading does not outweigh a calm question typed without its "?" ("how much to replace my
# debit card" came out fraud at 0.37): customers in chat seldom type one.
BARE_QUESTION_HEAD = 0.5
# A question no intent fits is handed off for its tone only when the sentiment head is this sure it is negative.
UNPLACED_NEGATIVE = 0.6
# Sure that a person is needed, the head hands off a calm-sounding question too ("…I didn't add anyone. Should I be
# worried?", "it has left my balance. Could someone trace where it went?"), and sarcastic praise; an imagined
# situation ("how would I report…") stays a question.
HEAD_SURE_PERSON = 0.95
# The intent head's probability of "praise" above which a compliment with no word of trouble counts as praise.
SURE_PRAISE = 0.9

# For staff: why this conversation came to them.
REASONS = {
    "person": "The customer asked to speak to a person.",
    "fraud": "The customer reports possible fraud or someone else using their account.",
    "money_lost": "The customer says they have lost money.",
    "leaving": "The customer says they will leave the bank.",
    "repeated_failure": "The customer reports a problem that keeps happening or was not fixed before.",
    "vulnerable": "The customer may be in financial difficulty or otherwise vulnerable.",
    "bereavement": "The customer has been bereaved.",
    "complaint": "The customer made a complaint in a negative tone.",
    "negative_streak": "The customer has sounded negative on two turns in a row.",
    "unplaced_negative": "The customer sounds unhappy and no topic fits the message.",
}


@dataclass(frozen=True)
class Escalation:
    escalate: bool
    reason: str | None = None
    kind: str | None = None  # one of REASONS' keys when escalating


def handoff(kind: str) -> Escalation:
    return Escalation(True, REASONS[kind], kind)


_PERSONAL = re.compile(r"\b(i|i'm|i've|i'd|i'll|me|my|mine|we|us|our|you|your)\b", re.IGNORECASE)
# The writer with the "I" dropped, as people type in chat ("honestly dont see the point anymore", "can't cope"): a
# sentence that opens on a negated verb or a feeling has a speaker, where a headline has a subject.
_SUBJECT_DROPPED = re.compile(r"(?:^|[.!?]\s+)(?:(?:honestly|seriously|really|literally|tbh|ngl|just|so),?\s+)?"
                              r"(?:dont|don't|cant|can't|cannot|wont|won't|havent|haven't|didnt|didn't|feel|feeling|"
                              r"wish|need|tried|trying)\b", re.IGNORECASE)


def is_news(tags: Tags) -> bool:
    """Tagged (or, with intent "none", nearest to) news or a company report."""
    return tags.intent in NEWS_INTENTS or tags.nearest in NEWS_INTENTS


def about_others(tags: Tags, text: str) -> bool:
    """A news or report statement about third parties ("Card fraud losses fell 8%"): a customer in trouble
    speaks of themselves or to us."""
    text = text.replace("’", "'")
    return is_news(tags) and not _PERSONAL.search(text) and not _SUBJECT_DROPPED.search(text)


def learned_handoff(tags: Tags, text: str | None) -> bool:
    if not tags.handoff or tags.handoff_score < HANDOFF_HEAD_CONFIDENCE:
        return False
    if is_news(tags) and (text is None or about_others(tags, text)):
        return False  # (a letter about "my supplier" reads like a report to the tone heads, yet is the writer's own)
    # thanks for trouble put right: the head reads the trouble ("she sorted a dodgy card payment")
    if text is not None and is_settled(text):
        return False
    if tags.handoff_score >= HEAD_SURE_PERSON and (text is None or not is_supposed(text)):
        return True
    if tags.sentiment == "positive":
        return False
    # "How can I tell if a text is a scam?", "I'm £30 overdrawn, will I pay interest?" ask for information,
    # unless they sound upset. "...but the app says it was used in Lisbon this morning??" is no such question.
    # the intent head hearing the same trouble as the hand-off head outweighs a missing "?"
    agreed = HANDOFF_INTENTS.get(tags.intent) == tags.handoff
    return text is None or tags.sentiment == "negative" or not is_calm_question(
        text, bare=tags.handoff_score < BARE_QUESTION_HEAD and not agreed)


def decide(tags: Tags, previous: Sequence[Tags] = (), text: str | None = None) -> Escalation:
    """Decide for the current user turn; `previous` holds earlier user turns' tags, oldest first."""
    # A compliment the intent head is sure of, neither tone head hearing anger and no word of trouble at all
    # ("compliment: the fella at the branch who helped when I lost my card was brilliant"), is praise too: the hand-off
    # head hears the trouble it mentions. Sarcasm ("Fantastic service as always… Truly world class.") sounds negative.
    sure_praise = (tags.intent == "praise" and tags.intent_score >= SURE_PRAISE and tags.sentiment == "neutral"
                   and not signals(text or "", False))
    if text is not None and tags.sentiment != "positive" and (is_praise(text) or sure_praise):
        tags = replace(tags, sentiment="positive")  # "you lot are killing it", "this bank goes hard": praise
    # A calm how/what question asks for information, unless it sounds upset.
    calm = tags.sentiment != "negative"
    # A question typed without "?" is read as one only when the hand-off head reads the message as calm too.
    bare = calm and tags.handoff is not None and tags.handoff_score < HANDOFF_HEAD_CONFIDENCE
    found = signals(text, guard_questions=calm, bare_questions=bare) if text and not about_others(tags, text) else []
    sure_calm = (text is not None and tags.handoff is not None and tags.handoff_score < HEAD_SURE_CALM
                 and calm and asks_something(text))
    # A situation imagined ("how do I report fraud if it ever happens") asks about it; the intent and the head
    # read its topic, not trouble.
    supposed = text is not None and calm and is_supposed(text)
    # The head read the question as calm: only trouble stated beside it, or a request for a person, still counts.
    if sure_calm or supposed:
        found = [kind for kind in found if kind == "person" or kind in reported(text)]
    if found:
        return handoff(found[0])
    kind = HANDOFF_INTENTS.get(tags.intent)
    # "How do I set up a direct debit?" has no Banking77 label and came out, sure, as an unrecognised direct
    # debit; "How do I add a power of attorney to my dad's account?" as a bereavement. A calm question is
    # handed off on a problem intent only when the hand-off head, which read such questions, agrees.
    asks = text is not None and calm and is_calm_question(text, bare)
    # The intent alone asks for a person only where the head does not read the message as a calm question: "what
    # would a genuine call from you look like?" is about calls, not a wish for one.
    agreed = not (supposed or sure_calm) and (kind == "person" or not asks or (
        kind not in SOFT_INTENT_KINDS and tags.handoff_score >= HANDOFF_HEAD_CONFIDENCE))
    if kind and tags.intent_score >= (HANDOFF_CONFIDENCE if kind == "person" else PROBLEM_INTENT_CONFIDENCE) and agreed:
        return handoff(kind)
    # The head hears alarm in news told with a reassurance ("saw a bank was hacked … just curious, my account looks
    # fine"), whatever the tone: only trouble stated counts then.
    no_trouble = text is not None and tells_no_trouble_of_own(text)  # news, others' fraud, found again, a laugh
    imagined = supposed or (no_trouble and not reported(text))
    if not imagined and learned_handoff(tags, text):
        return handoff(tags.handoff)
    if tags.sentiment == "negative" and tags.intent in NEGATIVE_HANDOFF_INTENTS:
        return handoff(NEGATIVE_HANDOFF_INTENTS[tags.intent])
    if tags.intent == "complaint" and tags.sentiment == "negative":
        return handoff("complaint")
    # An unhappy message no intent fits: we cannot tell what went wrong, so a person should look.
    # A question read only faintly negative ("will my rate go down in june") is a question about bad news.
    unsure_question = text is not None and tags.sentiment_score < UNPLACED_NEGATIVE and asks_something(text)
    own_doing = text is not None and blames_self(text)  # "…my fault. Is there a low balance alert?"
    gone = text is not None and is_settled(text)  # "…then worked fine. Just a heads up"
    # A scare over a thing imagined, someone else's, or lost and found again is no trouble of the writer's now.
    if tags.intent == "none" and tags.sentiment == "negative" and not is_news(tags) and not unsure_question \
            and not own_doing and not gone and not no_trouble and not (text is not None and is_supposed(text)):
        return handoff("unplaced_negative")
    if tags.sentiment == "negative" and previous and previous[-1].sentiment == "negative":
        return handoff("negative_streak")
    return Escalation(False)
