import re

import pytest

from assistant.retrieval.coverage import (
    acronyms,
    as_asked,
    key_terms,
    missing_key_terms,
    spelled_forms,
    unknown_subject,
    unknown_terms,
)
from index.documents import Passage
from tests.conftest import make_chunk

PASSAGES = [Passage(make_chunk("r.md", "Norcastle revenue in 2024 was £412.6 million; Sensors grew."), 0.8)]


def test_years_and_names_are_key_terms():
    assert key_terms("What was Norcastle's revenue in 2019?") == ["2019", "norcastle"]
    assert key_terms("How do I close my account?") == []



def test_a_sum_that_looks_like_a_year_is_no_key_term():
    assert key_terms("i want to borrow 2000, longest i can spread it over?") == []
    assert key_terms("i owe about 2000 at 8.56%, how much interest is that a day") == []
    assert key_terms("can i send 2000 quid abroad") == []
    assert key_terms("Did Norcastle pay a dividend in 2020?") == ["2020", "norcastle"]


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


def test_everyday_words_of_a_customer_name_no_topic():
    assert unknown_terms("whats the monthly fee if my card is lost tomorrow night", VOCABULARY) == []
    assert unknown_terms("dont know anything about the mortgage fee", VOCABULARY) == ["mortgage"]
    assert unknown_terms("How much of the monthly fee came from the card?", VOCABULARY) == []
    assert unknown_terms("How did the monthly fee change versus 2024? Express the answer rounded to one decimal.",
                         VOCABULARY) == []
    # where to look and what to work out name no topic either
    assert unknown_terms("From the monthly fee in the footnote, what card fee does that imply?", VOCABULARY) == []


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


FILING = [
    Passage(make_chunk("mmm-10k", text), 0.7)
    for text in (
        "3M Company consolidated statement of income (in millions of U.S. dollars)\n"
        "Net sales 2018: 32,765. Cost of sales 2018: 16,682. Selling, general and administrative expenses "
        "2018: 7,602. Research, development and related expenses 2018: 1,821. Earnings per share 2018: 9.09.",
        "3M Company cash flows 2018\nPurchases of property, plant and equipment (capital expenditures): 1,577. "
        "Depreciation and amortization: 1,488. Property, plant and equipment, net: 8,738.",
    )
]
FILING_WORDS = {w for p in FILING for w in re.findall(r"[a-z0-9]+", p.chunk.text.lower())}


@pytest.mark.parametrize(
    "question",
    [
        "What is the FY2018 capital expenditure (in USD millions) for 3M?",
        "What were 3M's FY18 COGS?",
        "What was net PP&E in fiscal 2018? Answer in units of percents and round to one decimal place.",
        "What was the SG&A to net sales ratio in fiscal year 2018? Round your answer to two decimal places.",
        "What were 3M's R&D expenses and D&A in FY 2018?",
        "What was 3M's EPS in 2018? Answer in USD.",
        "What is 3M's capex in FY2018?",
    ],
)
def test_analyst_forms_and_answer_instructions_are_understood(question):
    assert missing_key_terms(question, FILING) == []
    assert unknown_subject(question, FILING_WORDS) == []
    assert unknown_terms(question, FILING_WORDS) == []


def test_a_fiscal_year_is_its_year():
    assert key_terms("What was revenue in FY2019?") == ["2019"]
    assert key_terms("What was revenue in FY19 and fiscal 2020?") == ["2019", "2020"]
    assert missing_key_terms("What were 3M's FY2019 net sales?", FILING) == ["2019"]


def test_a_name_never_mentioned_with_the_year_asked_about_is_missing():
    passages = [*FILING, Passage(make_chunk("faq", "You can pay with Apple Pay."), 0.4)]
    assert missing_key_terms("What were Apple's net sales in fiscal 2018?", passages) == ["apple in 2018"]
    assert missing_key_terms("What were 3M Company's net sales in 2018?", passages) == []


def test_a_month_dates_a_period_and_an_acronym_may_stand_for_a_lower_case_line():
    # a quarterly report implies a half-year it never dates; "LOE" is the statement's "Lease operating expense"
    assert key_terms("What were fees for the six months ended June 30, 2025, implied by the 10-Q?") == ["2025"]
    statement = [Passage(make_chunk("10-K", "Lease operating expense 2025: 181,200"), 0.5)]
    assert missing_key_terms("What was LOE in 2025?", statement) == []
    assert missing_key_terms("What was XYZ in 2025?", statement) == ["xyz"]


def test_a_request_is_not_an_instruction_on_the_answer_s_form():
    assert key_terms("Give me Norcastle's revenue in millions for 2019.") == ["2019", "norcastle"]
    assert key_terms("What was revenue in 2019? Please give your answer in millions.") == ["2019"]


def test_an_abbreviation_the_documents_use_is_kept():
    assert as_asked("What was EBITDA in 2019?", {"ebitda", "2019"}) == "What was EBITDA in 2019?"
    assert "earnings before interest" in as_asked("What was EBITDA in 2019?", {"earnings", "2019"})
    assert "depletion and amortization per Boe" in as_asked("What was DD&A per Boe in 2024?", {"depletion", "boe"})
    assert "nine months 2025" in as_asked("What was 9M 2025 diluted EPS?") and "3M" in as_asked("What was 3M's EPS?")


def test_only_fy_or_fiscal_makes_a_fiscal_year_in_a_question():
    assert key_terms("How many F35 jets did Lockheed deliver?") == ["f35", "lockheed"]  # a name, not 2035
    assert "F35" in as_asked("How many F35 jets did Lockheed deliver?")
    assert key_terms("What was revenue in FY '19 and FY 2020?") == ["2019", "2020"]


def test_an_abbreviation_unknown_to_the_documents_is_reported_as_typed():
    vocabulary = {"earnings", "interest", "taxes", "depreciation", "revenue", "2019"}
    assert unknown_subject("What was the EBITDA?", vocabulary) == ["EBITDA"]
    assert unknown_terms("What was the EBITDA in 2019?", vocabulary) == ["EBITDA"]
    assert unknown_terms("What was the ebitda and the mortgage revenue?", vocabulary) == ["ebitda", "mortgage"]
    assert unknown_terms("What was the EBITDA in 2019?", vocabulary | {"amortization"}) == []


def test_a_passage_that_writes_fiscal_years_mentions_the_years():
    table = [Passage(make_chunk("esg", "Scope 1 emissions | FY19**: 59,495 | FY18: 61,203"), 0.5)]
    assert missing_key_terms("What was the change in Scope 1 emissions between FY18 and FY19?", table) == []
    assert missing_key_terms("What were Scope 1 emissions in 2017?", table) == ["2017"]


def test_a_capitalised_comparison_names_no_one():
    assert key_terms("Which region had the Highest EBITDAR Contribution for Norcastle in 2022?") == [
        "2022", "ebitdar", "contribution", "norcastle"]


def test_a_companys_initials_stand_for_its_name_spelled_out():
    passages = [Passage(make_chunk("n.pdf", "Form 10-K for Norcastle & Wexley Holdings: revenue in 2024 grew."), 0.8)]
    assert missing_key_terms("Did NnW grow its revenue in 2024?", passages) == []
    assert missing_key_terms("Did N&W grow its revenue in 2024?", passages) == []
    assert missing_key_terms("Did NorWex grow its revenue in 2024?", passages) == []
    assert missing_key_terms("Did AmEx grow its revenue in 2024?", passages) == ["amex"]


def test_the_scoped_documents_own_subject_is_never_missing():
    statement = [Passage(make_chunk("10k.pdf", "Depreciation and amortization 58,400 51,200 (in thousands) 2025"), 0.6)]
    question = "What is the FY2025 depreciation and amortization expense for Bramblecroft Outfitters?"
    assert missing_key_terms(question, statement) == ["bramblecroft", "outfitters"]
    cover = "BRAMBLECROFT OUTFITTERS, INC. Annual report on Form 10-K for the fiscal year ended January 31, 2026"
    assert missing_key_terms(question, statement, subject=cover) == []
    # another company still is, and so is a year the passages lack
    assert missing_key_terms("What is Calderbrook's FY2025 depreciation?", statement, subject=cover) == [
        "calderbrook"]
    assert missing_key_terms("What was Bramblecroft's 2019 depreciation?", statement, subject=cover) == ["2019"]


def test_the_abbreviations_a_question_types_are_its_topics_not_its_periods_or_currency():
    assert acronyms("What was FY2025 adjusted EBITDA and SG&A (in USD millions), against FY24 and Q3?") == [
        "ebitda", "sg&a"]
    assert spelled_forms("sg&a") == ("selling, general and administrative",) and spelled_forms("acme") == ()


def test_an_instruction_that_names_the_figure_is_kept():
    from assistant.retrieval.coverage import without_instructions

    question = ("How fast did Acme's top line grow in FY2025 versus FY2024? Express the YoY change in total net "
                "revenue as a percentage rounded to one decimal.")
    assert without_instructions(question) == question
    assert without_instructions("What was revenue? Express your answer in millions.") == "What was revenue?"

