from dataclasses import replace

import pytest

from assistant.triage.classifier import Tags
from assistant.triage.escalation import Escalation, decide


def tags(intent="balance_not_updated_after_bank_transfer", sentiment="neutral", intent_score=0.9):
    return Tags(intent=intent, intent_score=intent_score, sentiment=sentiment, sentiment_score=0.8)


def test_calm_message_is_not_escalated():
    assert decide(tags(), []) == Escalation(False, None)


def test_asking_for_a_person_escalates_whatever_the_tone():
    result = decide(tags("human_agent", "positive"), [])
    assert result.escalate and "person" in result.reason


def test_a_question_about_people_weakly_read_as_asking_for_one_is_answered():
    # "Who is the company's Chief Financial Officer?" scored human_agent 0.25: a document question.
    assert not decide(tags("human_agent", intent_score=0.25), []).escalate


def test_complaint_escalates_only_when_negative():
    assert decide(tags("complaint", "negative"), []).escalate
    assert not decide(tags("complaint", "neutral"), []).escalate


def test_two_negative_turns_in_a_row_escalate():
    result = decide(tags(sentiment="negative"), [tags(sentiment="negative")])
    assert result.escalate and "two turns" in result.reason


def test_a_single_negative_turn_or_a_broken_streak_does_not():
    assert not decide(tags(sentiment="negative"), []).escalate
    history = [tags(sentiment="negative"), tags(sentiment="neutral")]
    assert not decide(tags(sentiment="negative"), history).escalate


def test_decide_is_pure():
    history = [tags(sentiment="negative")]
    first = decide(tags(sentiment="negative"), history)
    assert decide(tags(sentiment="negative"), history) == first
    assert history == [tags(sentiment="negative")]


# -- the words of the message (issue 15) ---------------------------------------------------------

import json  # noqa: E402
from importlib import resources  # noqa: E402

from assistant.triage.escalation import REASONS, handoff  # noqa: E402
from assistant.triage.signals import (  # noqa: E402
    KINDS,
    blames_self,
    is_calm_question,
    is_praise,
    is_settled,
    is_supposed,
    reported,
    signals,
    tells_no_trouble_of_own,
)


def rows(name):
    text = (resources.files("assistant") / "data" / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Your app has failed me three times today and I've lost money on a late payment", "money_lost"),
        ("Someone has taken £500 from my account, I didn't make these payments", "fraud"),
        ("Sort this out or I'm closing my account", "leaving"),
        ("This is the fourth time I've had to report the same problem", "repeated_failure"),
        ("I can't pay my rent this month", "vulnerable"),
        ("My wife passed away in March and the account was in her name", "bereavement"),
        ("could I speak to someone please", "person"),
        ("I want to make a formal complaint about the branch staff", "complaint"),
        ("I'd like to complain about how my application was handled", "complaint"),
        ("Still not working, same as last time", "repeated_failure"),
        ("My transfer has been pending for 9 days. Every chat tells me to wait 48 hours.", "repeated_failure"),
        ("They refunded me weeks ago and I never got a penny", "money_lost"),
        ("got 3 login codes tonight, never asked for them", "fraud"),
        ("Is this normal? The app says my password has been changed", "fraud"),
        ("How do I escalate my complaint? The reply ignored everything I raised.", "complaint"),
        ("I've chased this in three separate calls and the overpayment is still missing", "repeated_failure"),
        ("You told me 3 to 5 days, it's been two weeks now", "repeated_failure"),
        ("I'm moving all my savings over to the building society down the road", "leaving"),
        ("If there is anything that might persuade us to stay, we should like to hear it before Tuesday", "leaving"),
    ],
)
def test_words_that_need_a_person_hand_off_whatever_the_tags(text, kind):
    result = decide(tags("greeting", "positive", intent_score=0.99), [], text)
    assert result == handoff(kind) and result.reason == REASONS[kind]


@pytest.mark.parametrize(
    "text",
    [
        "What is the fee for a replacement card?",
        "How much would it cost me to send money abroad?",
        "How many times can I use a disposable card?",
        "What happens to my direct debits if I move banks?",
        "Is there a human resources department at head office?",
        "I lost my card, how do I order a new one?",
        "Who is the company's chief financial officer?",
        "How do I make a complaint?",
        "What is the complaints procedure?",
        "Is the fee the same as last year?",
        "I entered the wrong PIN too many times. How do I unblock it?",
        "I pay by card several times a week. Is there a limit on contactless payments?",
    ],
)
def test_calm_answerable_questions_carry_no_signal(text):
    assert signals(text) == []
    assert not decide(tags(), [], text).escalate


def test_fraud_is_named_before_the_money_it_cost():
    assert signals("Someone hacked my account and I've lost £300") == ["fraud", "money_lost"]
    assert decide(tags(), [], "Someone hacked my account and I've lost £300").kind == "fraud"


def test_the_intent_heads_own_handoff_intents_still_count():
    assert decide(tags("money_lost", intent_score=0.8), [], "it's gone").kind == "money_lost"
    assert decide(tags("compromised_card", intent_score=0.8), [], "check my card").kind == "fraud"
    assert not decide(tags("compromised_card", intent_score=0.3), [], "check my card").escalate


def test_every_kind_has_a_reason_for_staff():
    assert set(KINDS) <= set(REASONS)


def test_training_sentences_are_all_handled():
    for row in rows("train_escalation.jsonl"):
        found = signals(row["text"])
        assert bool(found) == row["escalate"], row["text"]


def test_held_out_escalation_set_recall_is_one_and_calm_messages_stay():
    # Written before the rules (assistant/data/heldout/README.md); scored here, never tuned on.
    held_out = rows("heldout/escalation.jsonl")
    missed = [r["text"] for r in held_out if r["escalate"] and not decide(tags(), [], r["text"]).escalate]
    wrongly = [r["text"] for r in held_out if not r["escalate"] and decide(tags(), [], r["text"]).escalate]
    assert missed == [] and wrongly == []


def test_a_calm_how_to_question_is_not_handed_off_on_a_problem_intent_alone():
    sure_fraud = tags("direct_debit_payment_not_recognised", intent_score=0.9)
    assert not decide(sure_fraud, [], "How do I set up a direct debit?").escalate
    assert decide(sure_fraud, [], "There's a direct debit here from a gym").kind == "fraud"
    assert decide(tags("human_agent", intent_score=0.9), [], "Can I talk to someone?").kind == "person"


def test_an_unhappy_message_no_intent_fits_goes_to_a_person_unless_it_is_news():
    unplaced = Tags("none", 0.3, "negative", 0.9, nearest="card_arrival")
    assert decide(unplaced, [], "Same old story with you lot").kind == "unplaced_negative"
    news = Tags("none", 0.3, "negative", 0.9, nearest="market_news")
    assert not decide(news, [], "Output fell at the plant in May").escalate
    calm = Tags("none", 0.3, "neutral", 0.9, nearest="card_arrival")
    assert not decide(calm, [], "Do you sponsor the local football team?").escalate


def test_closing_an_account_is_routine_when_calm_and_a_threat_when_not():
    assert not decide(tags("terminate_account", "neutral"), [], "I'd like to close my account").escalate
    assert decide(tags("terminate_account", "negative"), [], "Close it, I'm sick of this").kind == "leaving"


def test_the_sample_corpus_questions_are_answered_not_handed_off():
    # "...report a lost or stolen card?" asks for a number; "net debt" is a company's, not the customer's.
    from pathlib import Path

    fixture = Path(__file__).parents[1] / "fixtures" / "sample_questions.jsonl"
    questions = [json.loads(line)["question"] for line in fixture.read_text().splitlines() if line.strip()]
    assert [q for q in questions if decide(tags(), [], q).escalate] == []


def test_a_question_that_sounds_upset_is_not_guarded():
    text = "What am I supposed to do now that my card was stolen?"
    assert not decide(tags(), [], text).escalate
    assert decide(tags(sentiment="negative"), [], text).kind == "fraud"


@pytest.mark.parametrize("question", [
    "Over what period will the unrecognized compensation cost be recognized?",
    "How much was the debt outstanding at the end of 2021?",
    "What is the debt-to-equity ratio in 2022?",
    "What were the employee separation expenses in 2020?",
    "Why would the unrecognized tax benefits not affect the effective tax rate?",
])
def test_report_language_is_not_a_customer_in_trouble(question):
    """Analysts ask about accounting terms that share words with distress ("unrecognized", "debt", "separation")."""
    from assistant.triage.signals import signals

    assert signals(question) == []


# -- the learned hand-off head -------------------------------------------------------------------------

def head_says(kind, score, intent="balance_not_updated_after_bank_transfer", sentiment="neutral", nearest=None):
    return Tags(intent=intent, intent_score=0.9, sentiment=sentiment, sentiment_score=0.8, nearest=nearest,
                handoff=kind, handoff_score=score)


def test_the_learned_head_hands_off_what_no_pattern_names():
    text = "hello dear my grandson usually does this for me and I dont understand the screen"
    assert signals(text) == []
    assert decide(head_says("vulnerable", 0.8), [], text) == handoff("vulnerable")
    assert not decide(head_says("vulnerable", 0.3), [], text).escalate


def test_the_learned_head_leaves_praise_news_and_calm_questions_alone():
    assert not decide(head_says("fraud", 0.9, sentiment="positive"), [], "You handled it so well").escalate
    assert not decide(head_says("money_lost", 0.9, intent="market_news"), [], "Bank shares lost 5%").escalate
    assert not decide(head_says("money_lost", 0.9, intent="none", nearest="market_news"), [],
                      "Lenders lost ground today").escalate
    assert not decide(head_says("fraud", 0.9), [], "How can I tell if a text is a scam?").escalate
    assert not decide(head_says("money_lost", 0.9), [], "I'm £30 overdrawn, will I pay interest?").escalate
    # an upset question is not calm
    assert decide(head_says("fraud", 0.9, sentiment="negative"), [], "How did they get my card details?").escalate


def test_a_head_sure_a_person_is_needed_hands_off_a_calm_question_or_sarcasm_but_not_an_imagined_case():
    text = "Just got a text saying a new payee was added to my account. Should I be worried?"
    assert decide(head_says("fraud", 0.99), [], text) == handoff("fraud")
    assert not decide(head_says("fraud", 0.9), [], text).escalate  # only a sure head outweighs the question
    assert decide(head_says("money_lost", 0.98, sentiment="positive"), [],
                  "love being charged £25 for going 3p overdrawn, great service thx").escalate
    assert not decide(head_says("fraud", 0.99), [], "How would I report a suspicious email?").escalate
    assert not decide(head_says("money_lost", 0.99, intent="market_news"), [], "Bank shares lost 5%").escalate


def test_news_about_others_is_not_a_customer_in_trouble():
    news = Tags(intent="market_news", intent_score=0.9, sentiment="negative", sentiment_score=0.8)
    assert not decide(news, [], "Card fraud losses across the industry rose 8% last year").escalate
    assert decide(news, [], "Fraudsters took £400 from my account").kind == "fraud"


# -- questions about a topic, not from inside it ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Just wondering, how would I know if an email claiming to be from you is a scam?",
    "What happens to the money in my ISA when I die?",
    "If my partner and I split up, what happens to our joint account?",
    "How do I report a stolen card? I would like to know in advance.",
    "I want to leave everything in order for my children, can I name a beneficiary?",
])
def test_asking_about_a_touchy_topic_is_not_reporting_it(text):
    assert signals(text) == []
    assert not decide(tags(), [], text).escalate


@pytest.mark.parametrize(("text", "kind"), [
    ("someone stole my card on the bus, what do I do?", "fraud"),
    ("How do I get my money back? A shop I never heard of took £60 from my account.", "fraud"),
    ("My husband died on Sunday, what happens to his account?", "bereavement"),
    ("I want to leave, how do I close everything?", "leaving"),
])
def test_trouble_told_around_a_question_still_counts(text, kind):
    assert decide(tags(), [], text).kind == kind


def test_words_of_trouble_in_a_question_the_head_is_sure_is_calm_are_a_topic():
    text = "What would my executor need from you? I'm writing my will."
    assert signals(text) == ["bereavement"]
    assert not decide(head_says("bereavement", 0.02), [], text).escalate
    assert decide(head_says("bereavement", 0.6), [], text).kind == "bereavement"
    # a statement with no question is not held to the head; asking for a person never is
    assert decide(head_says("bereavement", 0.02), [], "My mum passed away last week.").kind == "bereavement"
    assert decide(head_says("person", 0.02), [], "Can I talk to a person? Just a quick one").kind == "person"


def test_a_problem_intent_in_a_calm_question_needs_the_head_to_agree():
    question = "what happens if a standing order fails, is there a charge"
    sure = Tags("direct_debit_payment_not_recognised", 0.9, "neutral", 0.8, handoff="fraud", handoff_score=0.04)
    assert not decide(sure, [], question).escalate
    unsure = Tags("direct_debit_payment_not_recognised", 0.9, "neutral", 0.8, handoff="fraud", handoff_score=0.6)
    assert decide(unsure, [], "there's a direct debit I don't know").kind == "fraud"


def test_a_question_typed_without_its_question_mark_is_one_when_the_head_reads_it_calm():
    text = "interest rates keep dropping, what happens if i move my savings to another bank"
    assert signals(text) == ["leaving"]
    assert signals(text, bare_questions=True) == []
    assert not decide(head_says("leaving", 0.3), [], text).escalate
    # the head reading it as trouble keeps the words' hand-off; so does trouble told before the question
    assert decide(head_says("leaving", 0.7), [], text).kind == "leaving"
    assert decide(head_says("fraud", 0.3), [], "someone stole my card, how do i stop them using it").kind == "fraud"


def test_trouble_stated_beside_a_question_the_head_is_sure_is_calm_still_counts():
    # what happened is news the calm question doesn't cancel; who someone is only sets the scene
    text = "What's the rate on the saver? Also, there's a £600 payment to a shop I don't recognise."
    assert decide(head_says("money_lost", 0.01), [], text).kind == "fraud"
    scene = "I've been named as executor in a friend's will. What documents does an executor need?"
    assert not decide(head_says("bereavement", 0.02), [], scene).escalate
    assert not decide(head_says("leaving", 0.02), [], "I'm writing my will and want to leave clear notes. "
                                                      "What would my executors need?").escalate


def test_how_to_complain_is_answered_but_a_complaint_already_made_goes_to_people():
    assert not decide(tags(), [], "How do I make a complaint?").escalate
    assert decide(tags(), [], "Any update on my complaint? It was three weeks ago").kind == "complaint"


def test_a_situation_supposed_asks_about_it_whatever_the_intent_or_the_head():
    # "if it ever happens", "asking ahead", a present-tense "if": the topic, not trouble
    for text in ("how do I report fraud if it ever happens",
                 "What's the process for telling you about a bereavement? Asking ahead, my grandad is getting "
                 "his affairs in order.",
                 "If my phone gets stolen, could the thief get into my banking app?"):
        assert not decide(head_says("fraud", 0.98), [], text).escalate, text
    # trouble stated beside the supposition still counts, and so does a request for a person
    assert decide(head_says("fraud", 0.98), [], "Someone stole my card. If it gets used, do I pay?").kind == "fraud"
    assert decide(head_says("person", 0.3), [], "If it ever happens can I speak to a person?").kind == "person"


def test_the_intent_alone_does_not_ask_for_a_person_in_a_question_the_head_is_sure_is_calm():
    text = "What would a genuine call from you look like? What would you never ask me for?"
    intent_person = Tags("human_agent", 0.66, "neutral", 0.99, handoff="person", handoff_score=0.03)
    assert not decide(intent_person, [], text).escalate
    assert decide(intent_person, [], "hello, i am not understand the bot, please can a person of the bank help me"
                  ).kind == "person"


def test_dissatisfaction_and_hours_on_hold_are_complaints_however_politely_put():
    assert signals("I am writing to express my dissatisfaction with the fee.") == ["complaint"]
    assert signals("Wow, fantastic service as always. Waited 2 hours on hold to be told to use the app.") == [
        "complaint"]


def test_a_question_no_intent_fits_is_handed_off_for_its_tone_only_when_surely_negative():
    text = "i already have a 1 year fix at 4.15, will my rate go down in june"
    faint = Tags("none", 0.4, "negative", 0.53, handoff="money_lost", handoff_score=0.01)
    assert not decide(faint, [], text).escalate
    sure = Tags("none", 0.4, "negative", 0.9, handoff="money_lost", handoff_score=0.01)
    assert decide(sure, [], text).kind == "unplaced_negative"
    assert decide(faint, [], "This is the worst bank I have ever used.").kind == "unplaced_negative"


def test_trouble_put_right_fiction_and_other_peoples_hardship_are_not_the_writers_trouble():
    for text in ("Thank you, your team sorted out the card that was cloned last week. Great job.",
                 "For my dissertation I'm writing an essay on card fraud: how do banks spot a skimmed card?",
                 "Is there a guide for customers struggling with debt I could share at work?",
                 "Does the gold account include identity theft insurance?"):
        assert not decide(tags(), [], text).escalate, text
    # thanks beside trouble that is not put right still counts
    assert decide(tags(), [], "Thanks for the refund, but I was only refunded half and I'm still out of pocket"
                  ).kind == "money_lost"
    assert decide(tags(), [], "Thanks for nothing. Someone stole £200 from my account and nobody has fixed it."
                  ).kind == "fraud"


def test_trouble_put_right_in_the_same_sentence_or_with_thanks_after_a_death_is_past():
    assert not decide(tags(), [], "I was charged twice for my gym membership in May but it was refunded the "
                      "following week. Does that happen often?").escalate
    # put right only in the future, or not at all, still counts
    assert decide(tags(), [], "I was charged twice for my gym and it's supposed to be refunded").kind == "money_lost"
    assert decide(tags(), [], "I was charged twice, it was refunded but now it's gone again").kind == "money_lost"
    thanks = "Many thanks for your help after my father passed away in March, it's all sorted now."
    assert not decide(head_says("bereavement", 0.7, sentiment="positive"), [], thanks).escalate
    # a head sure of fraud does not outweigh thanks for a fraud already put right
    settled = "Thanks to your card team, who spotted a dodgy payment and got my money back the same day. Brilliant."
    assert not decide(head_says("fraud", 0.99), [], settled).escalate


def test_fraud_in_the_news_or_a_friends_story_and_learning_to_spot_it_are_not_the_writers():
    for text in ("I read an article about a courier scam targeting pensioners. Do you ever send couriers for cards?",
                 "My neighbour reckons banks never refund you if a fraudster tricks you. Is that right?",
                 "My friend got scammed on a dating site last year. Do you run any scam awareness sessions?",
                 "Would your staff ever ask me to move money to a safe account? Asking so I can spot fake calls."):
        assert not decide(head_says("fraud", 0.3), [], text).escalate, text
    assert decide(head_says("fraud", 0.3), [], "I read about a scam and then realised I'd fallen for it: "
                  "£300 has gone from my account").escalate


def test_a_letters_request_for_information_is_a_question():
    text = "Dear Sir, I would be grateful if you could advise the notice period for the 95-day account."
    assert not decide(head_says("money_lost", 0.8), [], text).escalate


def test_money_run_out_beside_a_calm_question_still_counts_and_so_does_a_wait_since_weeks():
    text = "When is the loan repayment taken? I can't cover it and the rent this month since I lost my job."
    assert decide(head_says("vulnerable", 0.01), [], text).kind == "vulnerable"
    assert decide(tags(sentiment="negative"), [], "My card order is pending since 3 weeks, I have sent 4 emails"
                  ).kind == "repeated_failure"
    assert decide(tags(), [], "Another new fee? Time to shop around, I think.").kind == "leaving"


def test_long_holds_in_minutes_strong_words_and_a_complaint_put_on_record_are_complaints():
    assert signals("Superb as ever: 50 minutes on hold and then the line went dead.") == ["complaint"]
    assert signals("I was on hold for thirty-five minutes before anyone answered.") == ["complaint"]
    assert signals("I was on hold for 3 minutes, fine.") == []
    # a line or a phone going dead is no death
    assert signals("My phone went dead halfway through the call, can you resend the code?") == []
    assert signals("My husband is dead and I need help with his account.") == ["bereavement"]
    assert signals("The way my claim was handled was a shambles.") == ["complaint"]
    text = "What's the notice period on the saver? Separately, I'd like it on record that your branch lost my forms."
    assert decide(head_says("complaint", 0.01), [], text).kind == "complaint"


def test_products_named_after_trouble_programmes_about_it_and_supposing_it_are_not_reports():
    for text in ("Does the premium card come with fraud protection?",
                 "Saw a documentary on investment scams last week. What red flags should people look for?",
                 "Is there any help with repayments if I lose my income later this year?",
                 "Who should I call if a card of mine goes missing abroad?"):
        assert not decide(head_says("fraud", 0.3), [], text).escalate, text
    # the same words as the writer's own trouble still count
    assert decide(tags(), [], "Fraud on my card again, £90 gone.").kind == "fraud"
    assert decide(tags(), [], "Someone stole my card, who do I call?").kind == "fraud"


def test_ones_own_wrong_tries_and_a_card_stolen_only_if_are_no_trouble_reported():
    assert signals("entered my passcode wrong 4 times and now the app is locked") == []
    assert signals("the app went wrong 4 times today") == ["repeated_failure"]
    text = "what number do i ring if my card is stolen while im abroad"
    assert not decide(head_says("fraud", 0.9), [], text).escalate
    assert decide(head_says("fraud", 0.9), [], "my card is stolen, what number do i ring").escalate


def test_words_of_despair_go_to_a_person_beside_a_calm_question():
    text = "when is my loan payment due? honestly i can't see the point of anything anymore, it's all too much"
    assert decide(head_says("vulnerable", 0.02), [], text).kind == "vulnerable"
    assert signals("Everything is getting too much and I can't go on like this.") == ["vulnerable"]
    assert signals("Is there any point fixing the rate for just one year?") == []
    # a price or an app found wanting is no despair
    assert signals("£12 a month for a current account? it's too much") == []
    assert "vulnerable" not in signals("your app is hopeless")


def test_being_fed_up_with_the_bank_is_a_complaint_even_beside_a_calm_question():
    text = "How do I move my ISA to another provider? Frankly I'm fed up with your charges going up every year."
    assert decide(head_says("leaving", 0.02), [], text).escalate
    assert signals("I'm sick of waiting for the bus, can I pay my card bill in the branch?") == []


def test_a_problem_intent_alone_hands_off_only_when_sure_but_a_request_for_a_person_at_half():
    text = "Are you open on the bank holiday?"
    assert not decide(Tags("leaving", 0.6, "neutral", 0.9, handoff="leaving", handoff_score=0.01), [], text).escalate
    assert decide(Tags("leaving", 0.85, "neutral", 0.9, handoff="leaving", handoff_score=0.01), [],
                  "I'm closing everything").kind == "leaving"
    assert decide(Tags("human_agent", 0.6, "neutral", 0.9, handoff="person", handoff_score=0.01), [],
                  "operator").kind == "person"


def test_cash_never_given_money_sent_where_unknown_and_details_read_out_are_trouble_beside_a_question():
    assert signals("What's the cheque clearing time? Also the cashpoint never actually paid out the notes.") == [
        "money_lost"]
    assert signals("How do I update my phone number? £300 went to some account we don't know last night.") == [
        "fraud"]
    assert signals("My dad got a call from 'the bank' and read them his full card number. Can you block it?") == [
        "fraud"]


def test_a_lost_thing_found_a_scare_in_the_news_a_past_tense_if_and_ones_own_fault_are_no_trouble():
    for text in ("left my card in a taxi yesterday, the driver dropped it off and I've got it back, anything to do?",
                 "Heard about phishing emails going around. What would you never ask me for?",
                 "If my tablet got stolen, could someone open the app?"):
        assert not decide(head_says("fraud", 0.9), [], text).escalate, text
    assert decide(head_says("fraud", 0.9), [], "I'm not sure if my card got stolen, there's a payment I didn't make"
                  ).escalate
    bounced = "Payment bounced because I forgot to top up, my own fault. Can I get a low balance text?"
    assert not decide(tags("none", "negative"), [], bounced).escalate
    assert decide(tags("none", "negative"), [], "Payment bounced and nobody can tell me why. Sort it out.").escalate


def test_spending_while_elsewhere_a_choice_between_bills_feeling_a_criminal_and_repeated_charges_are_trouble():
    assert signals("what is my atm limit? there are card payments in Porto from this morning and I'm sat at work in "
                   "Derby.") == ["fraud"]
    assert signals("Can I pause my loan for two months? I'm choosing between the repayment and the heating.") == [
        "vulnerable"]
    assert signals("The cashier made me feel like a criminal for paying in coins.") == ["complaint"]
    assert signals("why do you keep charging me for the insurance I cancelled") == ["repeated_failure"]
    assert signals("I asked for a closing statement in May and June and it never came.") == ["repeated_failure"]


def test_ones_own_payment_confirmed_a_broken_card_reassurance_and_help_to_pass_on_are_no_trouble():
    for text in ("The app asked about a payment last night, it was me paying for flights. Anything else to do?",
                 "my toddler snapped my debit card, how do i order another",
                 "I want to close the old cash ISA, nothing wrong, just tidying up. How?",
                 "My neighbour is struggling with her bills, what help do you have so I can pass it on?",
                 "What happens to a mortgage if one of us dies before it's paid off?"):
        assert not decide(head_says("fraud", 0.99, intent="vulnerable_customer"), [], text).escalate, text
    # a real death told beside a supposed one still goes to a person
    assert decide(head_says("bereavement", 0.99), [],
                  "My husband died last month. What happens to a joint account when one holder dies?").escalate
    # someone else's payment the customer did not make is still fraud
    assert decide(head_says("fraud", 0.99), [], "It wasn't me who bought those flights, what do I do?").escalate


def test_money_owed_for_weeks_and_a_choice_between_bills_beside_a_calm_question_go_to_a_person():
    text = ("What are your Saturday hours? Also the hotel refunded my deposit three weeks ago and it still hasn't "
            "landed.")
    assert decide(head_says("money_lost", 0.1), [], text).kind == "money_lost"
    text = "Can I take a payment holiday on my loan? Right now I'm choosing between that and the gas bill."
    assert decide(head_says("vulnerable", 0.01), [], text).kind == "vulnerable"
    assert not decide(head_says("money_lost", 0.1), [], "How long does a refund usually take to arrive?").escalate


def test_taking_a_loan_or_the_pay_elsewhere_closing_to_move_the_money_and_debts_beyond_income_go_to_a_person():
    assert signals("Planning to move my mortgage and savings over to another lender, your rates are poor. What's "
                   "the exit fee?") == ["leaving"]
    assert signals("Please close my current account and transfer what's left to my account at another bank.") == [
        "leaving"]
    assert signals("Thinking about moving my wages and closing everything next month.") == ["leaving"]
    assert signals("My loan repayments are higher than my income now.") == ["vulnerable"]
    assert signals("I've been borrowing on one credit card to pay the others for months.") == ["vulnerable"]


def test_warnings_worries_questions_prompted_by_others_past_loss_told_with_thanks_and_help_given_are_no_trouble():
    for text in ("I warned my brother his email would get hacked with that password. Do you offer two-factor login?",
                 "If someone steals my laptop, can they log in to online banking? My aunt's tablet got stolen and it "
                 "got me thinking.",
                 "My dad is worried about me losing my cards on holiday. Can I get a spare card on the same account?",
                 "How do I cancel a standing order? I set the wrong amount, no money has gone out yet.",
                 "When my husband died some years ago your branch staff were so understanding. Can I open a junior "
                 "ISA for my grandson?"):
        assert not decide(head_says("fraud", 0.99, intent="vulnerable_customer"), [], text).escalate, text
    # thanks for help that put it right: not handed off on the head alone
    assert not decide(head_says("fraud", 0.99, intent="none"), [],
                      "Big thanks to the lady on the phone who helped my mum out when her purse was pinched. Legend."
                      ).escalate
    # a warning is not a report: the customer's own hack still goes to a person
    assert decide(head_says("fraud", 0.5), [], "My email got hacked and someone moved £900 out. Help.").escalate
    # a recent death is still a bereavement, thanks or not
    assert decide(head_says("bereavement", 0.99), [],
                  "My mother died last week, your team were very kind. What happens to her account now?").escalate


def test_a_threat_under_a_condition_money_not_put_back_a_demand_sarcasm_and_runs_of_failures_are_trouble():
    # "If …, I'm off" beside a calm question is a threat to leave, not a question typed without its mark
    text = "What's the monthly fee from July? If it's going up again I'm off to another provider, simple as."
    assert decide(head_says("money_lost", 0.03), [], text).kind == "leaving"
    assert signals("Quick one, what's the rate on the saver? Also the £40 fee you took in May still hasn't been "
                   "put back.") == ["money_lost"]
    assert signals("The payment to my landlord failed but the amount was debited from my account.") == ["money_lost"]
    assert signals("Charging me a fee when your app held my deposit is outrageous. I want it reversed.") == [
        "complaint"]
    assert signals("Really loving paying a monthly fee for an app that won't open.") == ["complaint"]
    assert signals("My wages have bounced back three pay days in a row.") == ["repeated_failure"]
    assert signals("There's a transfer of $400 to a name I don't know. I never sent money to anyone like that.") == [
        "fraud"]
    assert signals("There's a $300 e-transfer out of my account and I was asleep at 2am when it went.") == ["fraud"]


def test_a_precaution_a_scare_that_was_nothing_a_friends_loss_and_a_fault_gone_by_itself_are_no_trouble():
    for text in ("Read in the news about a data breach at my phone company. Should I change my password, just to be "
                 "safe?",
                 "My cousin's bank froze his account when he sold his boat. What should I do beforehand so that "
                 "doesn't happen to me?",
                 "Thought I'd been hacked, turns out it was my wife buying concert tickets. How do I turn on alerts?",
                 "My friend lost £2k to a fake delivery text. What do you do to protect customers?"):
        assert not decide(head_says("fraud", 0.97, intent="none"), [], text).escalate, text
    fault_gone = "The app showed an error for a second then worked fine. Just a heads up."
    assert not decide(head_says("repeated_failure", 0.6, intent="none", sentiment="negative"), [], fault_gone).escalate
    # the customer's own loss still goes to a person
    assert decide(head_says("fraud", 0.5), [], "I lost £2k to a fake delivery text yesterday.").escalate


def test_leaving_said_as_ready_to_switch_or_to_shut_this_one_a_link_followed_and_money_never_back_are_trouble():
    assert signals("Honestly about ready to switch after this month. How do I move my direct debits?") == ["leaving"]
    assert signals("Already opened elsewhere. Tell me how to move my standing orders so I can shut this one.") == [
        "leaving"]
    assert signals("We are moving our pensions to another institution because of how the last months went.") == [
        "leaving"]
    assert signals("Got a text saying my account was locked, to verify at a link. Did that. Now I can't log in.") == [
        "fraud"]
    assert signals("The reversal was approved but the money never came back to my account.") == ["money_lost"]
    assert signals("45 mins on hold to be told to check the website.") == ["complaint"]
    assert signals("What's the transfer limit? And I'd like a call from your business team about a loan.") == [
        "person"]
    assert signals("abeg my mama pass last week, wetin i go do with her account?") == ["bereavement"]
    # a question about where to send something is a question; where one's money is, is not
    assert not decide(head_says("fraud", 0.36, intent="none"), [],
                      "Got an email that looked off, didn't click anything. Where do I forward suspicious emails?"
                      ).escalate


def test_a_seller_gone_once_paid_things_never_applied_for_money_not_there_and_a_rival_offer_are_trouble():
    assert signals("Paid a deposit on a sofa by transfer and now the seller has blocked me. Can I stop it?") == [
        "fraud"]
    assert signals("A letter came about a loan with you. I never applied for any loan, who is using my name?") == [
        "fraud"]
    assert signals("An email says a new payee was set up on my profile. I didn't add anyone.") == ["fraud"]
    assert decide(head_says("fraud", 0.9), [], "Just got a text saying a new payee was added to my account. I didn't "
                  "add anyone. Should I be worried?") == handoff("fraud")
    assert signals("My pension was paid on Monday but my balance never went up.") == ["money_lost"]
    assert signals("The bonus was meant to land today. 12k rand is just not there.") == ["money_lost"]
    assert signals("The bond matured last week and the money isn't in my current account or anywhere else.") == [
        "money_lost"]
    assert signals("How do I get my statements? I need them before I close the account, the building society on "
                   "the corner is offering me a much better rate.") == ["leaving"]
    # a first application, the writer's own setting up, a feature not there, a question about a rival are not
    assert signals("I've never applied for a credit card before, what do I need?") == []
    assert signals("I added my son as a payee yesterday, how long until I can send him money?") == []
    assert signals("The dark mode option is not there in the new app version.") == []
    assert signals("Does any other bank give a better rate on fixed savings than you?") == []


def test_money_asked_for_before_a_withdrawal_and_being_removed_from_the_group_are_fraud():
    assert signals("The trading site shows my profit but to withdraw it I must pay a release fee first.") == ["fraud"]
    assert signals("I sent them 4,000 last month. Now they removed me from the group and the site is down.") == [
        "fraud"]


def test_names_after_death_a_friends_relatives_loss_typing_slips_and_money_back_already_are_no_trouble():
    assert signals("Does the gold card come with accidental death and disablement cover?") == []
    assert signals("Could the app act like a dead man's switch and tell my sister if I stop logging in.") == []
    assert signals("Where is the 'Bereavement Help' section on your website, for a client.") == []
    assert signals("Saw the peso took a knock again, does my dollar balance change?") == []
    assert signals("Locked myself out typing the wrong passcode 4 times, it's reset now.") == []
    assert is_supposed("My colleague's father fell for a fake courier call, so I'm setting up a code word with my "
                       "dad before anything happens.")
    assert is_settled("Paid the wrong Sam by accident, she's already sent it back. Is there a charge for that?")
    assert is_settled("Thank you, the duplicate charge has been reversed and it's all back in my account.")
    # said to be sent back, or back but short, is not settled
    assert not is_settled("The shop says they sent it back a week ago and it's still not in my account.")
    assert not is_settled("He sent it back but only half of it.")
    # a question about a thing is a question
    assert is_calm_question("Is the savings rate the same for joint accounts?")


def test_a_loop_of_steps_a_payee_or_payment_to_a_stranger_a_wish_for_staff_and_a_dropped_i_are_trouble():
    assert signals("login > code sent > code invalid > login > code sent > code invalid. what now") == [
        "repeated_failure"]
    assert signals("Open app -> update -> crash -> open app -> update -> crash") == ["repeated_failure"]
    assert signals("An alert says someone added a payee called 'M Brandt' on my account, never heard of them.") == [
        "fraud"]
    assert signals("There are three transfers this morning to a guy called Dev I've never met.") == ["fraud"]
    assert signals("I'd prefer to sort this with somebody who actually works at the bank, could you put me through?"
                   ) == ["person"]
    # "I" dropped, as typed in a chat: the writer's own despair, though the encoder finds it nearest to news
    news_like = Tags(intent="none", intent_score=0.2, sentiment="negative", sentiment_score=0.6,
                     nearest="financial_explanation", handoff="vulnerable", handoff_score=0.99)
    assert decide(news_like, [], "cant see a way out any more. the arrears just keep piling up") == handoff(
        "vulnerable")
    # a headline with a subject stays news about others
    assert not decide(news_like, [], "Households fall behind on rent as arrears keep piling up").escalate
    # steps that go on without coming back are no loop
    assert signals("Open app > settings > statements > download") == []


def test_a_films_plot_a_precaution_against_scams_and_a_bid_lost_to_a_rival_are_no_trouble():
    assert signals("Saw a documentary on identity theft last night. Does the app's fingerprint login stop that?",
                   guard_questions=True) == ["fraud"]  # the words are there…
    assert reported("Saw a documentary on identity theft last night. Does the app's fingerprint login stop "
                    "that?") == []  # …but a programme's subject is no report
    assert is_supposed("Watching a movie where the widow can't get into her husband's account. Is that real?")
    assert signals("Selling my old phone online, what should I check to avoid getting scammed?") == []
    assert signals("We lost the contract to a rival firm, so how do I cancel the performance bond request?") == []
    # leaving for a competitor still is leaving
    assert signals("Moving the payroll account to a competitor next month.") == ["leaving"]


def test_a_question_typed_as_a_text_is_a_question():
    assert is_calm_question("wat is the sort code for the Leeds branch?")
    assert is_calm_question("hw do i order a new chequebook?")


def test_a_multiple_asked_is_no_run_of_failures():
    assert signals("Homes delivered in 2025 were how many times the homes in backlog at the start of the year?"
                   " Round to two decimals.") == []
    assert signals("Revenue was three times the prior year's. Is that right? I checked it twice.") == [
        "repeated_failure"]


def test_a_fee_to_free_someones_money_money_promised_back_doubled_and_paying_someone_met_online_are_fraud():
    assert signals("My fiancée's inheritance is stuck at customs and she needs a clearance fee paid before it can "
                   "be sent.") == ["fraud"]
    assert signals("He said if I lend him 2,000 now he will pay me back double by Friday.") == ["fraud"]
    assert signals("I met a lovely woman on a dating app in March. She asked me to wire her money for a flight.") == [
        "fraud"]
    # meeting someone online, with no money asked, is no fraud
    assert signals("I met my husband online years ago. Can I add him to my account?") == []


def test_a_switch_of_something_else_a_loss_years_back_a_clients_estate_and_death_duties_are_no_trouble():
    assert signals("Moving house, not banks! How do I change my address?") == []
    assert signals("I'm not switching banks, just changing my salary date. Where do I update it?") == []
    assert is_supposed("My wife passed in 2009. Can I change my own statement to paperless?")
    assert is_supposed("I'm an accountant writing on behalf of the estate of a late client. Which forms are needed?")
    assert is_supposed("Do you have a guide on inheritance tax and death duties?")
    # a loss years back with an estate still to settle, or a recent one, is a bereavement
    assert signals("My dad died in 2019 and his account is still open. How do I close it?") == ["bereavement"]
    assert signals("My mum passed away last week. What do I need to do?") == ["bereavement"]


def test_tries_that_went_through_in_the_end_and_a_scare_over_a_thing_found_again_are_no_trouble():
    assert signals("The payment failed four times last night. Went through fine this morning though.") == []
    assert signals("The payment failed four times last night and it still won't go through.") == [
        "repeated_failure"]
    scared = Tags(intent="none", intent_score=0.3, sentiment="negative", sentiment_score=0.7)
    assert not decide(scared, [], "Total panic, thought I had lost my wallet, found it in my coat. Am I fine?"
                      ).escalate
    assert decide(scared, [], "Total panic all morning, nothing is where it should be.").escalate


def test_a_balance_fallen_unexplained_a_loss_said_gently_a_wish_for_a_pulse_and_a_secret_from_the_bank_are_trouble():
    assert signals("My balance went down by $900 last night and there's no transaction that accounts for it.") == [
        "money_lost"]
    assert signals("My mum is no longer with us, she banked with you for forty years.") == ["bereavement"]
    assert signals("Your loan is not with us, it sits with our partner lender.") == []
    assert signals("Anyone out there who has a pulse? I need help with my remortgage today.") == ["person"]
    assert signals("A man from the forum says he can triple my savings, but I'm not to tell the bank about it.") == [
        "fraud"]


def test_closing_a_business_forgetting_ones_pin_failing_an_exam_fraud_as_ones_job_and_a_game_are_no_trouble():
    assert signals("We're closing our cafe in June as we retire. Can the business account stay open for refunds?") == []
    assert signals("We're closing our business account in June, your fees are too high.") == ["leaving"]
    assert signals("I keep forgetting my PIN, can I change it to something easier at a cash machine?") == []
    assert signals("Failed my theory test for the second time, ugh. Can I use a passport as ID instead?") == []
    assert signals("I work in fraud prevention at a telecom firm. Can I add a second login step?") == []
    assert is_supposed("Played a board game about bank robberies with the kids. What is my daily ATM limit?")


def test_a_household_unsure_how_it_will_eat_a_bill_against_the_meter_a_stranger_buying_and_staff_laughing_are_trouble():
    assert signals("Can I move my loan date? Not sure how we'll eat this week if it leaves on the 1st.") == [
        "vulnerable"]
    assert signals("What is the minimum payment? I have to pick between that and topping up the electric meter.") == [
        "vulnerable"]
    assert signals("Someone just ordered a laptop on my card and it's in my purse. How??") == ["fraud"]
    assert signals("Awful how your staff treat older customers. I asked about my ISA and got talked down to.") == [
        "complaint"]
    # a calm question about the same topics stays a question
    assert signals("Not sure how interest works on the saver, can you explain?") == []


def test_a_request_put_as_an_instruction_and_a_forgotten_username_are_no_trouble():
    faint = Tags(intent="none", intent_score=0.35, sentiment="negative", sentiment_score=0.46)
    assert not decide(faint, [], "remind me what my overdraft limit is pls").escalate
    assert decide(faint, [], "my overdraft limit has gone and nobody told me").escalate
    unhappy = Tags(intent="none", intent_score=0.27, sentiment="negative", sentiment_score=0.65)
    assert not decide(unhappy, [], "ugh forgot my username again, how do i get it back").escalate
    assert decide(unhappy, [], "ugh locked out again and nobody can tell me why").escalate


def test_reference_numbers_piling_up_and_a_verdict_on_us_hand_off_an_accessibility_request_and_yall_do_not():
    assert signals("Case numbers so far: 1182, 1190 and 1204. Still no new card.") == ["repeated_failure"]
    assert signals("this is beyond a joke") == ["complaint"]
    assert signals("Honestly this is ridiculous, third week without my statement.") == ["complaint"]
    assert signals("Can I get my statements in large print? My eyes aren't great and reading is a struggle.") == []
    # an accessibility request beside money run out is still a hardship
    assert signals("Can I get large print letters? I'm struggling and can't afford the rent this month.") == [
        "vulnerable"]
    calm = Tags(intent="none", intent_score=0.3, sentiment="neutral", sentiment_score=0.99, handoff="repeated_failure",
                handoff_score=0.69)
    assert not decide(calm, [], "Y'all got a notary at the Main Street branch?").escalate


def test_money_sent_astray_hands_off_and_praise_slang_a_study_of_scams_dead_easy_and_a_chewed_card_do_not():
    assert signals("sent money to the wrong account one digit off, it was my whole wages") == ["money_lost"]
    assert signals("dead easy to use this app well done") == []
    assert signals("My dad is dead and I need to close his account.") == ["bereavement"]
    assert is_supposed("doing a school project on online scams, what are the most common ones")
    assert is_supposed("work is making us do a fraud awareness training course, any tips")
    assert is_supposed("my dog ate my card lol how do i order a replacement")
    assert not is_supposed("my card was used in three shops I have never been to")
    assert signals("hi, how many days does a transfer to another bank take?") == []
    assert signals("I'm moving my money to another bank.") == ["leaving"]
    angry_head = Tags(intent="complaint", intent_score=0.93, sentiment="negative", sentiment_score=0.68,
                      handoff="leaving", handoff_score=0.55)
    assert not decide(angry_head, [], "you lot are killing it with the new app design").escalate
    assert decide(angry_head, [], "you lot are killing me with these fees, I'm off to another bank").escalate


def test_polite_exits_money_due_weeks_back_and_a_parents_funeral_beside_a_question_hand_off():
    assert signals("I see no reason to keep my pension with a bank that treats people like this.") == ["leaving"]
    assert signals("Kindly note I shall be making other arrangements for my savings.") == ["leaving"]
    assert signals("Cannot wait to be rid of you lot.") == ["leaving"]
    assert signals("My daughter found another bank with far better rates. How do I close the ISA?") == ["leaving"]
    assert signals("Thinking of moving to one of those online banks, what's the notice period on the bond?") == [
        "leaving"]
    assert signals("My bond matured two weeks ago and the proceeds have not been credited to my account.") == [
        "money_lost"]
    assert signals("Has my salary been credited yet?") == []
    assert reported("what's the daily transfer limit? paying for my dad's funeral on Friday") == ["bereavement"]
    assert signals("She was killed in a crash last month and her direct debits still go out.") == ["bereavement"]
    # an executor named, a pet, a stranger's family: a death that is not the writer's loss now
    assert reported("Our dog died in May. Can I cancel the pet insurance debit?") == []


def test_death_in_a_product_an_idiom_an_age_managed_fine_hearsay_and_a_placed_payment_are_no_trouble():
    assert signals("Does the policy pay the full sum on death or only the balance left?") == []
    assert signals("Is a funeral plan included with the gold account?") == []
    assert signals("dying to try the new savings pots feature") == []
    assert signals("I'm 84 and manage fine with the app, does the branch still take cheques?") == []
    assert signals("I'm 84 and the app confuses me.") == ["vulnerable"]
    assert signals("I read that fraudsters pretend to be the police. Would you ever ask for my PIN?") == []
    assert is_supposed("There's a payment to 'PP*SPOTIFY' on my card, pretty sure that's my subscription")
    assert tells_no_trouble_of_own("Saw in the papers a bank suffered a data breach, all fine on my side")
    alarmed_head = Tags(intent="none", intent_score=0.3, sentiment="negative", sentiment_score=0.6,
                        handoff="fraud", handoff_score=0.7)
    assert not decide(alarmed_head, [], "Saw on TV that a bank was hacked, was it you? Just curious, all fine here.")\
        .escalate
    assert decide(alarmed_head, [], "Saw on TV that a bank was hacked and now there's a payment I never made.")\
        .escalate


def test_an_aid_that_fails_a_disabled_customer_hands_off_and_a_spouse_saying_a_link_not_clicked_and_a_claim_do_not():
    assert signals("Partially sighted here, and my screen reader won't read the new payment page. Rent is due.") == [
        "vulnerable"]
    assert signals("Can I have my statements in braille please?") == []
    assert signals("My husband keeps saying we need a will, do you offer one?") == []
    assert signals("The app keeps saying error 502.") == ["repeated_failure"]
    assert signals("Got a dodgy text, haven't clicked the link. Where do I send it?") == []
    assert signals("I clicked the link in a text and entered my card number.") == ["fraud"]
    assert signals("Quick fraud awareness question: would you ever ask me to move money?") == []
    assert signals("A tenant claims I cheated her out of the deposit. How do I show the transfer I made?") == []


def test_a_ps_that_counts_replacements_a_move_elsewhere_in_discontent_and_a_scare_placed_or_read_in_a_novel():
    assert signals("Love the new pots. P.S. this is the fourth card you've 'sent' since May.") == ["repeated_failure"]
    assert signals("Thanks. P.S. if the fees go up again we'll be taking the savings and the ISA elsewhere.") == [
        "leaving"]
    assert reported("Out of interest, if I moved my wages somewhere else what notice do direct debits need? "
                    "Asking because I'm pretty fed up this month.") == ["leaving"]
    assert reported("Out of interest, if I moved my wages somewhere else what notice do direct debits need?") == []
    assert is_supposed("wallet gone?? no, found it under the sofa. is my card still fine to use")
    assert is_supposed("Our book club picked a novel where a widow inherits debts. Can debts pass to a spouse?")
    assert is_supposed("I am reading a novel where the hero is a widower. Do joint accounts close on a death?")
    assert signals("Had a fraud alert text, it was actually me paying for flights. Marked it genuine.") == []
    assert signals("Had a fraud alert text for a payment in Lagos I never made.") == ["fraud"]


def test_praise_in_slang_a_laugh_a_professionals_question_and_a_near_miss_are_calm_a_sarcastic_demand_is_not():
    assert is_praise("gg the new card design is actually clean")
    assert is_praise("honestly this app slaps")
    assert tells_no_trouble_of_own("im dying 😂 spent £200 on takeaways this month apparently")
    assert not tells_no_trouble_of_own("starting to see why people leave lol")
    assert is_supposed("im a support worker, what do you tell people who are behind on bills?")
    assert signals("nearly got phished by a fake delivery text, deleted it, just fyi its going around") == []
    assert signals("got any resources on spotting scams for my class?") == []
    assert signals("amazing, 90 minutes on hold to get hung up on. i want compensation") == ["complaint"]
    assert signals("the app login failed again, thats 5 tries now") == ["repeated_failure"]
    assert signals("Took me four tries to park this morning lol. How do I add a payee?") == []
    assert reported("how do i close my acc and move everything to another app") == ["leaving"]
    assert signals("im literally dying laughing at the new adverts") == []


def test_a_denial_a_stranger_moving_money_out_and_a_complaint_about_how_one_was_treated_are_trouble():
    assert "fraud" in signals("£250 gone out to a betting site overnight, not me")
    assert signals("(not me, I'm staying put) how long does closing an account take for my lodger?") == []
    assert signals("someone has just transferred £900 out of my savings") == ["fraud"]
    assert signals("someone transferred money to me yesterday, when will it show?") == []
    assert signals("someone sent me £40 for the concert tickets, where does it show?") == []
    assert signals("I'm a teacher and I'm appalled at the way I was treated in your branch. I want this taken "
                   "further.") == ["complaint"]
    # a job told alone is who the writer is; asking about the people one works for is a professional's question
    assert not is_supposed("I'm a nurse and I was spoken to like dirt at your counter today")
    assert is_supposed("I'm a nurse, what can patients do if they can't reach the bank from a ward?")


def test_news_scams_told_on_coursework_talks_a_bereavement_team_and_no_death_are_no_trouble_of_the_writers():
    assert signals("Heard on the radio about a scam where callers pretend to be the police and ask for your card. "
                   "Do you ever send couriers?") == []
    assert signals("Heard on the radio about a scam. Someone has taken £500 from my account though") == ["fraud"]
    assert is_supposed("Essay on phishing for my course: what does the bank do when customers report fake texts?")
    assert is_supposed("My dad is giving a talk on scams at the community centre. Is there a leaflet?")
    assert not decide(tags("bereavement", intent_score=0.95), [],
                      "Applying to your contact centre, which team deals with bereavement?").escalate
    assert not decide(tags("bereavement", intent_score=0.99), [],
                      "nobody has died, I'm just named executor in my uncle's will. what does probate need").escalate
    assert signals("My husband died last week and I am his executor") == ["bereavement"]


def test_an_illness_over_a_glad_move_to_us_ones_own_slip_twice_and_trouble_sorted_with_thanks_are_no_trouble():
    assert signals("My wife was in hospital but she's home now and on the mend. Can she use my card?") == []
    assert signals("My wife is in hospital and I can't get to her money for the bills") == ["vulnerable"]
    assert tells_no_trouble_of_own("Moved my salary over to you in May, so much better than the old lot")
    assert signals("turns out I'd entered the PIN wrong twice. how many tries before it blocks?") == []
    assert signals("the payment failed twice today and it's still failing") == ["repeated_failure"]
    assert signals("The fraud team sorted my account out on Friday and it works perfectly now, ta") == []
    assert signals("My cousin got scammed in March but his bank paid it all back. Do you refund too?") == []
    praise = Tags("praise", 0.96, "neutral", 0.5, handoff="leaving", handoff_score=0.8)
    assert not decide(praise, [], "Please thank the lady who helped when I lost my wallet, she was lovely").escalate
    sarcasm = Tags("praise", 0.96, "negative", 0.5, handoff="leaving", handoff_score=0.8)
    assert decide(sarcasm, [], "Wonderful, card blocked at the till again. Stellar work.").escalate


def test_bigger_writing_a_death_supposed_a_scare_that_was_none_hearsay_and_a_reassurance_are_no_trouble():
    assert signals("I'm 81, could you make the text bigger on statements?") == []
    assert is_supposed("We're writing our wills. What would you need if one of us died?")
    calm_head = Tags("none", 0.3, "negative", 0.5, nearest="leaving", handoff="leaving", handoff_score=0.3)
    assert not decide(calm_head, [], "Read about a card machine outage somewhere. All fine on my end though.").escalate
    assert signals("Thought someone had cloned my card, turns out it was my son's game subscription. "
                   "How do I block in-app spending?") == []
    assert signals("Thought it was my son's subscription but it turned out to be a scam") != []
    assert signals("My nan says banks never refund you if you were tricked. Is that right?") == []
    assert signals("Spooked myself reading about identity theft. How do I check my credit file?") == []
    assert signals("Is it true you can be scammed from a sort code alone? Saw it on TikTok.") == []
    assert signals("did a happy dance when the loan cleared and scared the cat. Will I get a letter?") == []
    assert signals("My colleague's mum died last month. What do families usually need to bring?") == []
    assert is_supposed("Got a letter about the new overdraft terms, I'm happy with it. Nothing to do, right?")


def test_a_pets_or_a_wider_relatives_death_with_no_estate_and_a_prompted_question_are_no_bereavement():
    assert signals("Our cat died on Sunday, I'm gutted. How do I order a new card?") == []
    assert signals("My uncle passed away last month, I'm flying out for the funeral. Will my card work in Lagos?") == []
    assert signals("My uncle passed away last month and I'm sorting out his bank account") == ["bereavement"]
    assert signals("my gran died and her standing orders are still going out") == ["bereavement"]
    assert signals("My mum died last month. Will my card work abroad?") == ["bereavement"]
    assert is_supposed("A friend lost her husband and it made me think, if something happen to me can my wife use "
                       "my account?")
    assert is_supposed("I want to know in general what happens if someone loses their job and can't pay a loan")
    assert is_supposed("I am HR manager making a pack for staff: what help do you give with debt?")
    assert signals("I am dying of the heat here lol, can I use my card at the airport?") == []


def test_told_not_asked_nearly_tricked_a_familys_purchase_and_trouble_past_are_no_trouble():
    assert signals("The branch manager treated me like a person and even rang me back. Great service") == []
    assert signals("Can someone ring me back today please") == ["person"]
    assert signals("My aunt was almost tricked by a fake courier but the shop stopped it. Any leaflets?") == []
    assert signals("Saw a payment I don't recognise but it was my son buying a game! How do I add a limit?") == []
    assert signals("Saw a payment I don't recognise, it was my son using my card without asking") != []
    assert signals("I paid the gas bill twice but they refunded me the extra, all ok.") == []
    assert is_settled("Two years ago I was in a lot of debt but now I've paid everything off. Which saver is best?")
    assert is_calm_question("ok how to set up a standing order?")


def test_waiting_on_the_phone_hung_up_on_a_debt_spiral_and_money_taken_beside_an_access_request_are_trouble():
    assert signals("I wait 2 hours on phone and then they hang up on me!!!") == ["complaint"]
    assert signals("Is this how you treat a customer of 20 years?") == ["complaint"]
    assert reported("My card repayments are more than my salary now. Also what is your loan rate?") == ["vulnerable"]
    assert "vulnerable" in signals("I'm 84, can you make the writing bigger? My nephew's been taking money from my "
                                   "account too.")


def test_a_call_hung_up_on_by_the_writer_a_fear_of_exams_a_loss_handled_kindly_and_a_scare_remembered_are_no_trouble():
    assert signals("A man rang claiming to be your fraud team, so I hung up and called the number on my card. Where do "
                   "I report him?") == []
    assert signals("A man rang claiming to be your fraud team and I gave him the code before I hung up") != []
    assert signals("Your advisor hung up on me twice. Unacceptable") != []
    assert signals("Driving test on Friday and I'm so nervous! Can I get car insurance through you?") == []
    assert signals("I'm terrified, I can't pay the rent this month") == ["vulnerable"]
    assert is_supposed("My grandad passed away last year and your team handled his account so well. Can I open an "
                       "ISA?")
    assert signals("Thought someone had used my card when I saw £12, then remembered my gym fee. How do I get "
                   "alerts?") == []


def test_a_long_wait_in_a_queue_a_grievance_a_customer_pressed_into_a_product_and_a_new_bank_opened_are_trouble():
    assert signals("great. 50 mins in the queue at the branch to be told the machine is broken") == ["complaint"]
    assert signals("I wish to raise a grievance about your adviser") == ["complaint"]
    assert signals("Your adviser pressed my mother into a bond she did not understand") == ["complaint"]
    assert signals("I would like someone senior to hear about this") == ["complaint"]
    assert signals("I have opened an account with another bank and want my savings wound up") == ["leaving"]
    assert signals("pls send my statements, done with you lot after this") == ["leaving"]
    assert signals("A supplier's email was hacked and I paid the new bank details they sent") == ["fraud"]
    assert signals("Your fraud team texted to check a payment and I confirmed it") == []


def test_a_scare_with_a_sum_a_term_heard_nobody_calling_a_call_put_down_an_old_theft_and_all_good_are_no_trouble():
    assert signals("thought £300 had gone but it was just my rent going out. what time does interest post?") == []
    assert signals("I heard the word 'smishing' on a podcast. What does it mean?") == []
    assert is_supposed("how do I check a caller is really you? nobody rang me, just reading about it")
    assert signals("Mum got a call claiming to be you but she put the phone down and rang the number on her "
                   "card.") == []
    assert signals("Your agent put the phone down on me mid-sentence.") != []
    assert tells_no_trouble_of_own("my card was cloned in 2018 so I'm careful now. Is tap to pay safe?")
    assert is_settled("payment was held for an hour but I confirmed it in the app, all good. Can I raise my limit?")
    assert is_calm_question("Is that true of your bank?")
    assert not is_supposed("I understand probate may not be needed if the balance is below a figure. My aunt died.")


def test_sets_44_45_a_resolved_complaint_a_relatives_advice_a_frozen_card_a_social_media_hack_and_relief_are_calm():
    assert signals("My complaint last spring was handled brilliantly, please thank the team") == []
    assert signals("My complaint was ignored and I want it escalated") == ["complaint"]
    assert "vulnerable" in signals("I have dementia and my son says I should get help with my savings. I'm "
                                   "frightened of getting it wrong.")
    assert signals("My sister got conned on a selling site and your team got every penny back for her, well done") == []
    assert is_supposed("Next week I'm teaching my Year 9 class about scams. Any leaflets?")
    assert is_supposed("I'm a family law solicitor. What do you ask for when an account holder has died?")
    assert not is_supposed("I'm her carer and she keeps reading her card number to callers")
    assert tells_no_trouble_of_own("My Facebook got hacked (nothing to do with you). How do I turn on 2FA in the "
                                   "app?")
    assert blames_self("card declined?? nvm I'd frozen it myself in the app")
    assert is_settled("Card declined, panicked, then realised I'd left the freeze on. Sorted now")
    assert not is_settled("Third time my payroll failed. You told me it's fixed.")
    assert tells_no_trouble_of_own("Balance said £0 for a second, phew, just the app loading")
    assert is_supposed("Paid off my loan today!!! Don't need anything, just wanted to tell someone")


def test_sets_44_45_an_unrenewed_card_a_switch_begun_and_a_refund_that_never_landed_are_trouble():
    assert signals("not renewing anything with you. cancel the card and whatever else I've got with you") == ["leaving"]
    assert signals("I've opened an account with another online bank and started the switch") == ["leaving"]
    assert signals("The shop sent the refund to my old card 5 weeks ago. Nothing ever landed.") == ["money_lost"]


def test_sets_46_47_a_switch_to_a_named_provider_a_call_for_someone_else_redress_and_idioms_read_right():
    assert signals("We are switching to the credit union in town. How do we leave the joint account?") == ["leaving"]
    assert signals("Could someone who speaks Polish ring my dad please?") == ["person"]
    assert signals("She'd like to go through it with a person, not a screen") == ["person"]
    assert signals("After this month I want formal redress. How do I make it official?") == ["complaint"]
    assert signals("Horrible day, my boss shouted at me. Can I pay a cheque in by photo?") == []
    assert signals("Your cashier shouted at me in front of everyone") == ["complaint"]
    assert signals("lol I nearly died when I saw my balance, then remembered the holiday deposit") == []
    assert signals("My neighbour got stung by a cowboy builder, not me, and he got it all back. Is a transfer "
                   "protected?") == []
    assert signals("My aunt nearly fell for it but hung up. What is the safe account scam?") == []
    assert signals("Was convinced I'd been hacked over a £1 charge, then realised it was the hotel check") == []
    assert is_supposed("Everything's on fire today. Send help. (Joking.) Where is my IBAN?")
    assert not is_supposed("I'm not joking, I want this logged")
    assert reported("Asking ahead about payment holidays, there are redundancy rumours at work") == []
    assert reported("I was made redundant last week. Do you offer payment holidays?") == ["vulnerable"]
    assert tells_no_trouble_of_own("my husband says he's going to leave me if I buy one more plant. how do I set a "
                                   "budget?")


def test_sets_48_49_a_switch_under_way_being_passed_around_a_task_scam_a_claimed_fix_and_a_written_reply_are_trouble():
    assert "leaving" in signals("I've started the current account switch to another bank")
    assert signals("We have decided to move our accounts to the credit union. What notice do you need?") == ["leaving"]
    assert signals("the app told me to ring, the phone line told me to go in, the branch sent me back to the "
                   "app") == ["repeated_failure"]
    assert signals("They keep asking for more before I can withdraw my earnings. I think I've been had") == ["fraud"]
    assert signals("Failed again this month. Every time you say it's fixed. Brilliant.") == ["repeated_failure"]
    assert signals("You wrote to my child about a loan. I want a written explanation.") == ["complaint"]


def test_a_calm_question_without_its_question_mark_outweighs_a_head_not_sure_of_trouble():
    faint = Tags("none", 0.39, "neutral", 0.89, handoff="fraud", handoff_score=0.37)
    assert not decide(faint, (), "how much to replace my debit card").escalate
    # the head surer, or the intent head hearing the same trouble, still hands off
    assert decide(replace(faint, handoff_score=0.6), (), "how much to replace my debit card").escalate
    agreed = Tags("leaving", 0.53, "neutral", 0.92, handoff="leaving", handoff_score=0.37)
    assert decide(agreed, (), "starting to see why everyone switched. whats the process to get my salary paid into a "
                              "different bank").escalate


def test_a_letter_about_the_writers_own_lost_transfer_is_handed_off_though_it_reads_like_a_report():
    letter = ("Dear Sir/Madam, On 14 March I transferred SGD 5,800 to my supplier. The beneficiary bank has confirmed "
              "that no funds were received, yet the amount has been debited from my account. Regards, Tan Wei Ming")
    formal = Tags("none", 0.42, "negative", 0.8, handoff="money_lost", handoff_score=0.98, nearest="financial_metric")
    assert decide(formal, (), letter).escalate
    news = "Card fraud losses at UK banks fell 8% last year, the trade body said."
    report = Tags("market_news", 0.9, "negative", 0.8, handoff="fraud", handoff_score=0.98)
    assert not decide(report, (), news).escalate


@pytest.mark.parametrize("text, kind", [
    ("Quick one - what's the rate on the easy access saver? Also the shop refunded £799 on the 3rd and it still "
     "hasn't shown up in my account.", "money_lost"),
    ("How do I download a statement? And I want it noted that I've been charged interest on a balance I cleared in "
     "full on the due date, which is plainly wrong.", "complaint"),
])
def test_trouble_told_beside_a_calm_question_is_handed_off(text, kind):
    calm = Tags("rates", 0.8, "neutral", 0.8, handoff=kind, handoff_score=0.05)
    result = decide(calm, (), text)
    assert result.escalate and result.kind == kind
