"""The real local generator shared by several callers (slow: loads SmolLM2)."""

from __future__ import annotations

import threading

import pytest

pytestmark = pytest.mark.slow

QUESTION = [{"role": "user", "content": "Revenue was $12.4 million in 2023. What was revenue in 2023?"}]


def test_a_stream_left_unread_does_not_block_another_caller(smollm2):
    paused = smollm2.stream(QUESTION, max_new_tokens=24)
    next(paused)  # a client reads one piece, then stops reading without closing
    result: dict[str, str] = {}
    other = threading.Thread(target=lambda: result.update(text=smollm2.generate(QUESTION, max_new_tokens=8)))
    other.start()
    other.join(timeout=120)
    paused.close()
    assert not other.is_alive(), "the second caller waited on the unread stream"
    assert result["text"].strip()


def test_concurrent_callers_each_get_their_own_whole_answer(smollm2):
    expected = smollm2.generate(QUESTION, max_new_tokens=12)
    answers: list[str] = []
    threads = [threading.Thread(target=lambda: answers.append(smollm2.generate(QUESTION, max_new_tokens=12)))
               for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert answers == [expected] * 3  # greedy decoding: queued one after another, none cut or mixed
