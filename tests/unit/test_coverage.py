from assistant.retrieval.coverage import key_terms, missing_key_terms, unknown_subject, unknown_terms
from index.documents import Passage
from tests.conftest import make_chunk

PASSAGES = [Passage(make_chunk("r.md", "Norcastle revenue in 2024 was £412.6 million; Sensors grew."), 0.8)]


def test_years_and_names_are_key_terms():
    assert key_terms("What was Norcastle's revenue in 2019?") == ["2019", "norcastle"]
    assert key_terms("How do I close my account?") == []


def test_a_customers_own_name_is_not_a_key_term():
    assert key_terms("Hi, I'm Sarah. How do I close my account?") == []


def test_terms_absent_from_every_passage_are_reported():
    assert missing_key_terms("What was Norcastle's revenue in 2019?", PASSAGES) == ["2019"]
    assert missing_key_terms("What was Apple's revenue in 2024?", PASSAGES) == ["apple"]
    assert missing_key_terms("What was Norcastle's revenue in 2024?", PASSAGES) == []


def test_hyphenated_names_match_their_parts():
    passages = [Passage(make_chunk("r.md", "Inventories: raw materials and work in process."), 0.8)]
    assert missing_key_terms("What is the value of Work-in-process inventory?", passages) == []


VOCABULARY = {"monthly", "fee", "account", "audited", "charges", "card", "lost", "larkfield"}


def test_unknown_terms_are_topic_words_no_document_uses():
    assert unknown_terms("What is the Larkfield mortgage fee on my account?", VOCABULARY) == ["mortgage"]


def test_inflections_typos_and_contractions_are_not_unknown():
    assert unknown_terms("Who audits the accounts? What's the montly charge?", VOCABULARY) == []
    assert unknown_terms("My card hasn't arrived", VOCABULARY) == ["arrived"]


def test_stop_words_are_never_unknown():
    # The vocabulary comes from the tokenizer, which drops stop words: "were" can never be in it.
    assert unknown_terms("What were the monthly fees?", VOCABULARY) == []


def test_the_question_is_about_its_last_word():
    assert unknown_subject("Who is Larkfield's chief economist?", VOCABULARY) == ["economist"]
    assert unknown_subject("What is the maximum fee on my account?", VOCABULARY) == []
    assert unknown_subject("What was it in 2023?", VOCABULARY) == []


def test_a_filing_s_defined_terms_are_not_names():
    assert key_terms("What is the symbol of the Company's common stock?") == []


def test_comparisons_scales_and_layout_words_are_not_the_subject():
    for question in ("In which year was the fee higher?", "Which years are included in the table?",
                     "In which year was the fee less than 500 thousands?", "What were they respectively?"):
        assert unknown_subject(question, VOCABULARY) == [], question
