import asyncio

from assistant.app import Finbot
from assistant.evaluation.bench_load import PacedGenerator, _restated_first_passage, _simulate, format_row
from assistant.settings import Settings
from tests.loopback import serving
from tests.unit.test_concurrent_http import needs_read_views
from ui.server import build_api


def test_simulated_users_are_answered_or_told_to_retry_and_counted(settings, embedder, store):
    settings = Settings(**{**settings.model_dump(), "concurrent_answers": 1, "answer_queue": 0})
    finbot = Finbot(settings, embedder=embedder, generator=PacedGenerator(tokens_per_second=50))
    finbot.__dict__["store"] = store
    with serving(build_api(finbot)) as url:
        row = asyncio.run(_simulate(url, users=4, per_user=1, max_seconds=10, questions=["What is the card fee?"]))
    assert row["users"] == 4 and row["requests"] == 4 and row["errors"] == 0
    assert row["answered"] >= 1 and row["retry"] >= 1  # one place, no queue: the others are told to retry
    assert row["answered"] + row["retry"] == 4
    assert 0 < row["ttft_p50_s"] <= row["ttft_p95_s"] and row["total_p50_s"] >= row["ttft_p50_s"]
    assert "4 users: 4 requests" in format_row(row)


def test_the_paced_stand_in_restates_passage_one_with_its_citation():
    prompt = "Context:\n[1] (from: Fees)\nCard replacement costs £5. Delivery is £15. More.\n\n[2] x\n\nQuestion: q"
    assert _restated_first_passage(prompt) == "Card replacement costs £5 [1]. Delivery is £15 [1]."
    assert "can't find" in _restated_first_passage("Question: q")


@needs_read_views
def test_ingests_during_the_load_are_counted_and_hurt_no_reader(settings, embedder, store):
    settings = Settings(**{**settings.model_dump(), "concurrent_answers": 2, "answer_queue": 8,
                           "admin_token": "t0ken"})
    finbot = Finbot(settings, embedder=embedder, generator=PacedGenerator(tokens_per_second=40))
    finbot.__dict__["store"] = store
    with serving(build_api(finbot)) as url:
        row = asyncio.run(_simulate(url, users=3, per_user=2, max_seconds=20,
                                    questions=["What is the card replacement fee?"], admin_token="t0ken"))
    assert row["ingests"] >= 1 and row["ingest_errors"] == 0
    assert row["errors"] == 0 and row["answered"] + row["retry"] == row["requests"] == 6
    assert "load-notes.md" in {d.source for d in finbot.store.documents}
