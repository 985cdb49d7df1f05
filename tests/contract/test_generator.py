"""What every Generator backend must do, run against each one through the `generator_under_test` fixture.

The pipeline streams answers to the UI and calls `generate` when it needs a whole reply (a proposed
calculation), so both must agree.

The real local model is slow to load; its parameter is marked `slow`. A remote OpenAI-compatible
engine joins as one more parameter.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.generators import ChatMessage, Generator
from tests.fakes import ScriptedGenerator

QUESTION: list[ChatMessage] = [
    {"role": "system", "content": "You answer questions about company finances from the passages given."},
    {"role": "user", "content": "Passage [1]: Revenue was $12.4 million in 2023.\nWhat was revenue in 2023?"},
]
CHATTY = "Revenue was $12.4 million in 2023 [1], up from $11.0 million in 2022, driven by card fees and interest."


@pytest.fixture(params=["scripted", "remote-openai", pytest.param("smollm2-135m", marks=pytest.mark.slow)])
def generator_under_test(request) -> Iterator[Generator]:
    if request.param == "scripted":
        yield ScriptedGenerator(CHATTY)
    elif request.param == "remote-openai":
        yield from _remote_generator(request.getfixturevalue("tmp_path"))
    else:
        yield request.getfixturevalue("smollm2")


def _remote_generator(home: Path) -> Iterator[Generator]:
    """The OpenAI-compatible client against a real HTTP server on loopback: finbot's own
    /v1/chat/completions in raw mode, uvicorn on a free port, the scripted generator behind it."""
    from assistant.app import Finbot
    from assistant.generators.remote import OpenAICompatibleGenerator
    from assistant.settings import Settings
    from tests.fakes import HashEmbedder
    from tests.loopback import serving
    from ui.server import build_api

    settings = Settings(home=home, raw_completions=True, classify=False)
    engine = Finbot(settings, embedder=HashEmbedder(), generator=ScriptedGenerator(CHATTY))
    with serving(build_api(engine)) as url:
        yield OpenAICompatibleGenerator(f"{url}/v1")


class GeneratorContract:
    __test__ = True  # collected despite the name, which says what it is

    def test_is_a_named_generator(self, generator_under_test):
        assert isinstance(generator_under_test, Generator)
        assert isinstance(generator_under_test.name, str) and generator_under_test.name

    def test_warm_up_can_be_called_before_and_between_questions(self, generator_under_test):
        generator_under_test.warm_up()
        assert generator_under_test.generate(QUESTION, max_new_tokens=16).strip()
        generator_under_test.warm_up()

    def test_stream_yields_text_pieces_that_make_up_generate(self, generator_under_test):
        pieces = list(generator_under_test.stream(QUESTION, max_new_tokens=24))
        assert pieces and all(isinstance(p, str) for p in pieces)
        # Greedy decoding (temperature 0) is deterministic, so both calls produce the same answer.
        assert "".join(pieces) == generator_under_test.generate(QUESTION, max_new_tokens=24)

    def test_a_simple_question_gets_a_non_empty_answer(self, generator_under_test):
        answer = generator_under_test.generate(QUESTION, max_new_tokens=24)
        assert isinstance(answer, str) and answer.strip()

    def test_answer_length_respects_max_new_tokens(self, generator_under_test):
        # Every word takes at least one token, so a limit of n tokens allows at most n words.
        assert 0 < len(generator_under_test.generate(QUESTION, max_new_tokens=6).split()) <= 6

    def test_accepts_a_user_message_alone_and_earlier_turns(self, generator_under_test):
        assert generator_under_test.generate([QUESTION[1]], max_new_tokens=12).strip()
        follow_up: list[ChatMessage] = [
            *QUESTION,
            {"role": "assistant", "content": "Revenue was $12.4 million in 2023 [1]."},
            {"role": "user", "content": "And what was it in 2022?"},
        ]
        assert isinstance(generator_under_test.generate(follow_up, max_new_tokens=12), str)

    def test_sampling_with_a_temperature_still_answers(self, generator_under_test):
        assert isinstance(generator_under_test.generate(QUESTION, max_new_tokens=12, temperature=0.7), str)

    def test_stopping_a_stream_early_leaves_the_generator_usable(self, generator_under_test):
        stream = generator_under_test.stream(QUESTION, max_new_tokens=24)
        next(stream)
        stream.close()  # what the UI does when the user stops an answer
        assert generator_under_test.generate(QUESTION, max_new_tokens=12).strip()


def test_an_unreachable_remote_server_is_a_model_error_that_says_what_to_check():
    import socket

    from assistant.errors import ModelError
    from assistant.generators.remote import OpenAICompatibleGenerator

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    generator = OpenAICompatibleGenerator(f"http://127.0.0.1:{port}/v1", model="any", timeout_s=5)
    with pytest.raises(ModelError, match="cannot be reached"):
        generator.generate(QUESTION)
