from index.text.tokens import STOPWORDS, query_terms, tokenize


def test_tokens_are_lower_case_words_and_whole_figures():
    assert tokenize("What was the Revenue of $1,234.5 in 2019?") == ["revenue", "1234.5", "2019"]


def test_stop_words_are_dropped_and_shared():
    assert tokenize("which of these were there") == ["these"]
    assert {"the", "were", "which"} <= STOPWORDS


def test_query_terms_leave_out_calculation_words_unless_nothing_else_is_left():
    assert query_terms("What was the change in revenue?") == ["revenue"]
    assert query_terms("What was the change?") == ["change"]
