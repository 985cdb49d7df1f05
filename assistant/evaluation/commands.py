"""What `finbot eval samples|retrieval|answers` run: scored question sets (samples.py, tatqa.py)."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import tempfile
from pathlib import Path


def _tatqa_finbot(args: argparse.Namespace, stack: contextlib.ExitStack, **settings):
    from assistant.app import Finbot
    from assistant.settings import Settings

    home = args.home or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="finbot-tatqa-")))
    return Finbot(Settings(home=home, **settings))


def tatqa_retrieval(args: argparse.Namespace) -> int:
    from assistant.errors import InputError
    from assistant.evaluation.tatqa import SYSTEMS, evaluate_retrieval, ingest_contexts, load_tatqa, sample
    from assistant.evaluation.tatqa_report import save, write_report

    systems = [name.strip() for name in (args.modes or ",".join(SYSTEMS)).split(",") if name.strip()]
    unknown = [name for name in systems if name not in SYSTEMS]
    if unknown:
        raise InputError(f"Unknown retrieval mode(s) {', '.join(unknown)}; choose from {', '.join(SYSTEMS)}.")
    contexts, questions = load_tatqa(args.tatqa)
    with contextlib.ExitStack() as stack:
        finbot = _tatqa_finbot(args, stack)
        ingest_contexts(finbot, args.tatqa)  # open setting: every context, whatever the sample
        result = evaluate_retrieval(finbot, contexts, sample(questions, args.limit), systems)
    save(args.out, "retrieval.json", {"command": " ".join(sys.argv), **result})
    for name, s in result["systems"].items():
        print(f"{name:18s} hit@1 {s['hit@1']:.3f}  hit@5 {s['hit@5']:.3f}  MRR@10 {s['mrr@10']:.3f}")
    print(json.dumps({"unplaceable": result["unplaceable"]}))
    print(f"report: {write_report(args.out)}")
    return 0


def tatqa_answers(args: argparse.Namespace) -> int:
    from assistant.evaluation.tatqa import Checkpoint, evaluate_answers, ingest_contexts, load_tatqa, sample, shard
    from assistant.evaluation.tatqa_report import save, write_report

    _, questions = load_tatqa(args.tatqa)
    questions = shard(sample(questions, args.limit), args.shard)
    with contextlib.ExitStack() as stack:
        finbot = _tatqa_finbot(args, stack, min_confidence=0.0)  # the threshold is applied when scoring
        fingerprint = {"generator": finbot.settings.generator, "baseline": not args.no_baseline,
                       "code": _code_fingerprint()}
        part = args.shard.replace("/", "-of-") if args.shard else ""
        checkpoint = Checkpoint(args.out / "answers.partial.jsonl", fingerprint, args.resume, part)
        # Scoped setting: only the questions' own contexts are needed.
        ingest_contexts(finbot, args.tatqa, {q.doc_id for q in questions})
        finbot.warm_up()
        baseline = None
        if not args.no_baseline:
            from assistant.evaluation.langchain_baseline import LangChainBaseline

            stock = LangChainBaseline([c for _, c in finbot.store.chunks()], finbot.embedder, finbot.generator,
                                      k=finbot.settings.top_k, max_new_tokens=finbot.settings.max_new_tokens)

            def baseline(q):
                return stock.answer(q.text, q.doc_id)

        result = evaluate_answers(finbot, questions, baseline, checkpoint=checkpoint)
    if args.shard:
        print(f"shard {args.shard}: {len(questions)} questions in {checkpoint.path}; when every shard has "
              "finished, run the same command without --shard and with --resume for the report.")
        return 0
    save(args.out, "answers.json", {"command": " ".join(sys.argv), **result})
    for name, s in result["summary"].items():
        print(f"{name:21s} EM {s['em']:.3f}  EM-first {s['em_first']:.3f}  F1 {s['f1']:.3f}  "
              f"refused {s['refusal_rate']:.3f}  wrong {s['wrong_rate']:.3f}")
    print(f"report: {write_report(args.out)}")
    return 0


def _code_fingerprint() -> str:
    """A hash of the code and prompts that make the answers: edits to docs or tests keep it."""
    import hashlib

    root = Path(__file__).resolve().parents[2]
    digest = hashlib.sha256()
    for folder in ("assistant", "index", "prompts"):
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and path.suffix in (".py", ".jinja", ".json"):
                digest.update(path.relative_to(root).as_posix().encode() + path.read_bytes())
    return digest.hexdigest()[:12]


def samples(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from assistant.app import Finbot
    from assistant.evaluation.quote_gate_fit import Silent
    from assistant.evaluation.samples import load_questions, run

    silent = Silent() if getattr(args, "no_generator", False) else None
    finbot = Finbot(generator=silent)
    if args.set_name:
        finbot, questions = _set_finbot(finbot, args.set_name)
    else:
        if not finbot.store.documents:
            finbot.ingest_samples()
        questions = load_questions(args.questions)
        if args.followups and args.followups.exists():
            questions += load_questions(args.followups)
    finbot.warm_up()
    bar = tqdm(total=len(questions), unit="q", file=sys.stderr)
    report = run(finbot.assistant, questions, progress=lambda _: bar.update())
    bar.close()
    summary = {"generator": silent.name if silent else finbot.settings.generator, "set": args.set_name or "samples",
               **report.summary()}
    for r in report.results:
        mark = "ok " if r.good else ("REF" if r.refused else "BAD")
        first = f"{r.first_words_seconds:4.1f}s" if r.first_words_seconds is not None else "  -  "
        print(f"{mark} {r.id:<4} first {first} all {r.seconds:5.1f}s {r.path or '-':<10} {r.answer[:100]!r}")
    print(json.dumps(summary))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        rows = [r.__dict__ for r in report.results]
        args.out.write_text(json.dumps({"summary": summary, "results": rows}, indent=1))
    return 0


def _set_finbot(base, name: str):
    """A finbot over the named set's documents alone, in an index of its own under FINBOT_HOME; the models
    (and their dense copies) are the base finbot's."""
    from assistant.app import Finbot
    from assistant.errors import InputError
    from assistant.evaluation.samples import load_questions, question_set

    try:
        documents, questions_file = question_set(name)
    except ValueError as exc:
        raise InputError(str(exc)) from exc
    settings = base.settings.model_copy(update={"home": base.settings.home / "eval-sets" / name})
    finbot = Finbot(settings, embedder=base.embedder, generator=base.generator)
    report = finbot.ingest(documents)
    print(report.summary(), file=sys.stderr)
    return finbot, load_questions(questions_file)
