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


PROMPTS = [
    [{"role": "user", "content": "Revenue was $12.4 million in 2023. What was revenue in 2023?"}],
    [{"role": "user", "content": "The card fee is £5. What is the card fee?"}],
    [{"role": "system", "content": "Answer briefly."},
     {"role": "user", "content": "Operating profit in 2024 was £61.0 million, up from £55.2 million in 2023. "
                                 "What was operating profit in 2024?"}],
]


@pytest.fixture
def batched(smollm2, packaged_models_dir):
    from assistant.generators.local import TransformersGenerator

    generator = TransformersGenerator("smollm2-135m", packaged_models_dir, device="cpu", batch_size=4,
                                      batch_window_s=0.5)
    generator._loaded = smollm2._loaded  # the same weights, loaded once per session
    return generator


def test_concurrent_requests_are_decoded_as_one_batch_with_the_same_answers(smollm2, batched):
    alone = [smollm2.generate(p, max_new_tokens=10) for p in PROMPTS]
    together: dict[int, str] = {}

    def ask(i: int) -> None:
        together[i] = batched.generate(PROMPTS[i], max_new_tokens=10)

    threads = [threading.Thread(target=ask, args=(i,)) for i in range(len(PROMPTS))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert max(batched._batcher.batch_sizes) > 1
    assert [together[i] for i in range(len(PROMPTS))] == alone


def test_a_caller_leaving_a_batch_leaves_the_others_whole(smollm2, batched):
    expected = smollm2.generate(PROMPTS[0], max_new_tokens=12)
    result: dict[str, str] = {}
    other = threading.Thread(target=lambda: result.update(text=batched.generate(PROMPTS[0], max_new_tokens=12)))
    leaving = batched.stream(PROMPTS[1], max_new_tokens=12)
    other.start()
    next(leaving)
    leaving.close()
    other.join(timeout=120)
    assert result["text"] == expected
