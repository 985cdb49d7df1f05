import jinja2
import pytest

import prompts
from index.documents import Passage
from tests.conftest import make_chunk

EXAMPLE_VARIABLES = {
    "answer_system": {"refusal": "No."},
    "answer_user": {"sources": [("Fees", "Fee: £5.")], "question": "Fee?", "turns": []},
    "calculate_system": {},
    "calculate_user": {"passages": [Passage(make_chunk("a.md", "Fee: £5."), 0.9)], "question": "Fee?"},
}


@pytest.mark.parametrize("name", prompts.names())
def test_every_prompt_renders(name):
    assert name in EXAMPLE_VARIABLES, f"add example variables for prompts/{name}.jinja"
    assert prompts.render(name, **EXAMPLE_VARIABLES[name])


@pytest.mark.parametrize("name", [n for n in prompts.names() if EXAMPLE_VARIABLES.get(n)])
def test_missing_variable_is_an_error(name):
    with pytest.raises(jinja2.UndefinedError):
        prompts.render(name)
