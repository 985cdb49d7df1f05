"""The TAT-QA harness on three hand-made contexts, with the hash embedder and scripted replies."""

from __future__ import annotations

import json

import pytest

from assistant.app import Finbot
from assistant.cli.main import build_parser
from assistant.errors import InputError
from assistant.evaluation.langchain_baseline import LangChainBaseline
from assistant.evaluation.tatqa import (
    Checkpoint,
    evaluate_answers,
    evaluate_retrieval,
    gold_rank,
    ingest_contexts,
    load_tatqa,
    rank_metrics,
    sample,
    shard,
    threshold_curve,
)
from assistant.evaluation.tatqa_ambiguity import estimate
from assistant.evaluation.tatqa_report import save, write_report
from assistant.settings import Settings
from tests.fakes import HashEmbedder, ScriptedGenerator


def _question(uid, text, answer, answer_type="span", scale=""):
    return {"uid": uid, "order": 1, "question": text, "answer": answer, "answer_type": answer_type,
            "answer_from": "table", "scale": scale, "derivation": "", "rel_paragraphs": []}


CONTEXTS = [
    {
        "table": {"uid": "harbour", "table": [["", "2019", "2018"], ["Frozen fish revenue", "$1,200", "$1,000"],
                                              ["Cost of sales", "(400)", "(350)"]]},
        "paragraphs": [{"uid": "p1", "order": 1, "text": "Harbour Foods sells frozen fish across Norway."},
                       {"uid": "p2", "order": 2, "text": "Frozen fish revenue grew thanks to supermarket contracts."}],
        "questions": [
            _question("q1", "What was the frozen fish revenue in 2019?", ["$1,200"], scale="thousand"),
            _question("q2", "What drove frozen fish revenue growth?", ["supermarket contracts"]),
        ],
    },
    {
        "table": {"uid": "tern", "table": [["", "2019", "2018"], ["Robot engineers", "120", "100"],
                                           ["Sales staff", "40", "45"]]},
        "paragraphs": [{"uid": "p3", "order": 1, "text": "Tern Robotics hired robot engineers in 2019."}],
        "questions": [
            _question("q3", "What was the change in robot engineers from 2018 to 2019?", 20, "arithmetic"),
            _question("q4", "Which years does the table show?", ["2019", "2018"], "multi-span"),
        ],
    },
    {
        "table": {"uid": "margin", "table": [["", "2019", "2018"], ["Net interest margin", "2.4%", "2.1%"]]},
        "paragraphs": [{"uid": "p4", "order": 1, "text": "The lending margin widened as deposit rates stayed low."}],
        "questions": [
            _question("q5", "Which years does the table show?", ["2019", "2018"], "multi-span"),
            _question("q6", "What was the net interest margin in 2019?", ["2.4%"]),
        ],
    },
]


@pytest.fixture
def tatqa_file(tmp_path):
    path = tmp_path / "tatqa_mini.json"
    path.write_text(json.dumps(CONTEXTS))
    return path


@pytest.fixture
def finbot(tmp_path):
    settings = Settings(home=tmp_path / "home", min_relevance=0.05, top_k=2, classify=False)  # no real MiniLM here
    return Finbot(settings, embedder=HashEmbedder(), generator=ScriptedGenerator())


def test_load_tatqa_gives_every_answer_as_a_list(tatqa_file):
    contexts, questions = load_tatqa(tatqa_file)
    assert len(contexts) == 3 and len(questions) == 6
    assert questions[2].answer == ["20"] and questions[2].doc_id == "tern" and questions[2].context == 1


def test_sample_is_fixed_and_keeps_file_order(tatqa_file):
    _, questions = load_tatqa(tatqa_file)
    first, again = sample(questions, 3), sample(questions, 3)
    assert first == again and len(first) == 3
    assert [questions.index(q) for q in first] == sorted(questions.index(q) for q in first)
    assert sample(questions, None) == questions


def test_rank_metrics():
    assert gold_rank(["a", "b", "c"], "b") == 2 and gold_rank(["a"], "z") is None
    metrics = rank_metrics([1, 2, None, 6])
    assert metrics["hit@1"] == 0.25 and metrics["hit@5"] == 0.5
    assert metrics["mrr@10"] == round((1 + 0.5 + 1 / 6) / 4, 3)


def test_verbatim_questions_across_contexts_are_unplaceable(tatqa_file):
    contexts, questions = load_tatqa(tatqa_file)
    ambiguity = estimate(contexts, [(q.context, q.text) for q in questions])
    assert ambiguity.duplicates == [False, False, False, True, True, False]
    assert ambiguity.rivals[0] == 0 and ambiguity.rivals[3] >= 1  # "which years": every table has them
    assert ambiguity.ceiling(1) < 1.0 and ambiguity.ceiling(5) == 1.0


def test_retrieval_eval_ranks_the_gold_document(finbot, tatqa_file):
    contexts, questions = load_tatqa(tatqa_file)
    assert ingest_contexts(finbot, tatqa_file) > 0
    assert {d.doc_id for d in finbot.store.documents} == {"harbour", "tern", "margin"}
    result = evaluate_retrieval(finbot, contexts, questions, ["bm25", "hybrid", "hybrid-before"], progress=False)
    assert result["documents"] == 3 and len(result["rivals"]) == 6
    for system in result["systems"].values():
        assert system["ranks"][0] == 1  # "frozen fish revenue" only occurs in one report
        assert system["ranks"][5] == 1  # nor does "net interest margin"
        assert 0 < system["hit@1"] <= system["hit@5"] <= 1


def test_answers_eval_scores_finbot_and_the_baseline_alike(finbot, tatqa_file):
    _, questions = load_tatqa(tatqa_file)
    chosen = [questions[0], questions[5]]
    ingest_contexts(finbot, tatqa_file, {q.doc_id for q in chosen})
    assert {d.doc_id for d in finbot.store.documents} == {"harbour", "margin"}
    finbot.generator.enqueue("Frozen fish revenue was $1,200 thousand in 2019 [1].", "It was 2.1% [1].")
    scripted = ScriptedGenerator().enqueue("$1,200", "I cannot find that in the context.")
    stock = LangChainBaseline([c for _, c in finbot.store.chunks()], finbot.embedder, scripted, k=2)

    result = evaluate_answers(finbot, chosen, lambda q: stock.answer(q.text, q.doc_id), progress=False)

    ours, theirs = result["summary"]["finbot"], result["summary"]["langchain"]
    # Both questions name a table row and year, so finbot reads the cells (assistant/answering/tables/lookup.py)
    # and never uses its scripted replies; the baseline's scripted model gets the margin wrong.
    assert (ours["em"], ours["wrong_rate"], ours["refusal_rate"]) == (1.0, 0.0, 0.0)
    assert finbot.generator.calls == []
    assert (theirs["em"], theirs["refusal_rate"], theirs["wrong_rate"]) == (0.5, 0.5, 0.0)
    assert ours["by_type"]["span"]["n"] == 2
    prompt = scripted.calls[0][-1]["content"]
    assert prompt.startswith("Answer the question using the context.") and "Tern" not in prompt
    assert "Net interest margin" in scripted.calls[1][-1]["content"]  # filtered to the question's document


def test_an_interrupted_answers_run_goes_on_where_it_stopped(finbot, tatqa_file, tmp_path):
    _, questions = load_tatqa(tatqa_file)
    chosen = [questions[0], questions[5]]
    ingest_contexts(finbot, tatqa_file, {q.doc_id for q in chosen})
    path, fingerprint = tmp_path / "answers.partial.jsonl", {"generator": "scripted", "code": "abc"}
    first = evaluate_answers(finbot, chosen[:1], progress=False, checkpoint=Checkpoint(path, fingerprint, False))

    resumed = Checkpoint(path, fingerprint, resume=True)
    assert list(resumed.rows) == [chosen[0].uid]
    finished = evaluate_answers(finbot, chosen, progress=False, checkpoint=resumed)
    assert finished["rows"][0] == first["rows"][0] and len(finished["rows"]) == 2
    assert len(path.read_text().splitlines()) == 3  # the fingerprint, then one line per question

    with pytest.raises(InputError, match="without --resume"):
        Checkpoint(path, {"generator": "other", "code": "abc"}, resume=True)
    assert Checkpoint(path, fingerprint, resume=False).rows == {}  # starting over empties it


def test_threshold_curve_trades_wrong_answers_for_refusals():
    rows = [{"refused": False, "confidence": c, "em": em} for c, em in [(0.9, True), (0.2, False), (0.5, False)]]
    curve = threshold_curve(rows, steps=2)
    assert [(p["refusal_rate"], p["wrong_rate"]) for p in curve] == [(0.0, 0.667), (0.333, 0.333), (1.0, 0.0)]


def test_report_is_built_from_whatever_results_exist(finbot, tatqa_file, tmp_path):
    contexts, questions = load_tatqa(tatqa_file)
    ingest_contexts(finbot, tatqa_file)
    out = tmp_path / "report"
    save(out, "retrieval.json", evaluate_retrieval(finbot, contexts, questions, ["bm25"], progress=False))
    report = write_report(out).read_text()
    assert "| bm25 |" in report and "Zhu et al. 2021" in report and "CC BY 4.0" in report
    assert "## Answers" not in report
    pytest.importorskip("matplotlib")
    assert (out / "retrieval_hits.png").stat().st_size > 0


def test_cli_registers_the_tatqa_commands():
    parser = build_parser()
    args = parser.parse_args(["eval", "retrieval", "--tatqa", "x.json", "--limit", "5", "--modes", "bm25,hybrid"])
    assert args.limit == 5 and args.modes == "bm25,hybrid" and callable(args.handler)
    args = parser.parse_args(["eval", "answers", "--tatqa", "x.json", "--no-baseline"])
    assert args.no_baseline and str(args.out) == "reports/tatqa"
    assert parser.parse_args(["eval", "samples"]).handler


def test_shards_split_a_run_and_resuming_merges_their_rows(finbot, tatqa_file, tmp_path):
    _, questions = load_tatqa(tatqa_file)
    chosen = questions[:3]
    ingest_contexts(finbot, tatqa_file, {q.doc_id for q in chosen})
    path, fingerprint = tmp_path / "run" / "answers.partial.jsonl", {"generator": "scripted", "code": "abc"}
    assert [q.uid for q in shard(chosen, "1/2")] == [chosen[0].uid, chosen[2].uid]
    assert [q.uid for q in shard(chosen, "2/2")] == [chosen[1].uid]
    for spec in ("1/2", "2/2"):
        part = Checkpoint(path, fingerprint, resume=False, shard=spec.replace("/", "-of-"))
        evaluate_answers(finbot, shard(chosen, spec), progress=False, checkpoint=part)
    assert sorted(p.name for p in path.parent.iterdir()) == ["answers.partial.1-of-2.jsonl",
                                                          "answers.partial.2-of-2.jsonl"]

    merged = Checkpoint(path, fingerprint, resume=True)
    assert set(merged.rows) == {q.uid for q in chosen}
    calls = len(finbot.generator.calls)
    report = evaluate_answers(finbot, chosen, progress=False, checkpoint=merged)
    assert [r["uid"] for r in report["rows"]] == [q.uid for q in chosen]  # file order, not shard order
    assert len(finbot.generator.calls) == calls  # nothing answered twice

    with pytest.raises(InputError, match="without --resume"):
        Checkpoint(path, {"generator": "other", "code": "abc"}, resume=True)  # a shard of another run


@pytest.mark.parametrize("spec", ["0/2", "3/2", "2", "a/b"])
def test_a_shard_outside_the_run_is_refused(spec):
    with pytest.raises(InputError, match="K/N"):
        shard([], spec)
