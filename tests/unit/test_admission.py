import pytest

from assistant.admission import AnswerGate
from assistant.errors import BusyError


def test_the_gate_admits_concurrent_plus_queue_then_refuses_with_a_retry_time():
    gate = AnswerGate(concurrent=2, queue=1, initial_answer_seconds=4.0)
    tickets = [gate.enter() for _ in range(3)]
    assert gate.in_flight == 3 and gate.depth == 1
    with pytest.raises(BusyError) as refused:
        gate.enter()
    assert refused.value.retry_after == 2  # three in flight, 4 s each: a place frees every 4/3 s
    tickets[0].leave()
    tickets[0].leave()  # leaving twice frees one place only
    assert gate.in_flight == 2 and gate.depth == 0
    with gate.enter():
        assert gate.in_flight == 3
    assert gate.in_flight == 2


def test_the_gate_rejects_impossible_sizes():
    with pytest.raises(ValueError):
        AnswerGate(concurrent=0, queue=1)
