"""`finbot bench`: how fast finbot is, each figure beside what it is compared with, in one run.

Sections (pick with --only): embed (embedding throughput), search (vector search at each --sizes: FAISS flat,
FAISS HNSW with its recall against flat, Milvus-lite), lexical (BM25 in memory vs Milvus' own), retrieve
(classify + retrieve per message at 10k chunks), generate (time to first token and decode speed of the
default generator vs plain `model.generate`), answer (finbot vs the stock LangChain chain on sample
questions), load (simulated users over loopback, when the build has the load module).

Vector-search corpora are synthetic: unit vectors drawn around 1,024 random centres (clustered, as
sentence embeddings are) and texts drawn from a Zipf-distributed vocabulary. Everything else uses the
packaged models and the bundled sample corpus. Every part is bounded: a part whose estimated time passes
--budget-s is skipped and the reason printed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from assistant.cli.bench import SECTIONS

DIMENSION = 384  # MiniLM's, the packaged embedder
QUESTIONS = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "sample_questions.jsonl"
TARGET_RETRIEVE_MS = 30.0
TARGET_ANSWER_RATIO = 0.8


class Report:
    """Prints each figure as it is measured and keeps them for --json."""

    def __init__(self, out: Callable[[str], None] = print):
        self.out = out
        self.results: dict[str, Any] = {}

    def line(self, text: str) -> None:
        self.out(text)
        sys.stdout.flush()

    def put(self, section: str, key: str, value: Any) -> None:
        self.results.setdefault(section, {})[key] = value


def ms(seconds: Sequence[float]) -> dict[str, float]:
    values = np.asarray(seconds, dtype=np.float64) * 1000
    return {"p50_ms": round(float(np.percentile(values, 50)), 3), "p95_ms": round(float(np.percentile(values, 95)), 3)}


def ratio(a: float, b: float) -> str:
    if not b:
        return "n/a"
    return f"{a / b:,.0f}x" if a / b >= 100 else f"{a / b:.3g}x"


# ---------------------------------------------------------------------------------- synthetic corpora
def clustered_unit_vectors(n: int, rng: np.random.Generator, centres: np.ndarray) -> np.ndarray:
    """n unit vectors near random unit-scale centres, noise of norm about 0.7: a vector's cosine to its centre
    is about 0.8, and to another centre's vectors about 0."""
    out = np.empty((n, centres.shape[1]), dtype=np.float32)
    for start in range(0, n, 100_000):
        size = min(100_000, n - start)
        noise = rng.standard_normal((size, centres.shape[1])) * (0.7 / np.sqrt(centres.shape[1]))
        block = centres[rng.integers(0, len(centres), size)] + noise
        out[start:start + size] = block / np.linalg.norm(block, axis=1, keepdims=True)
    return out


def synthetic_texts(n: int, rng: np.random.Generator, words: int = 40, vocabulary: int = 20_000) -> list[str]:
    """Chunks of Zipf-distributed made-up words with a figure and a year, about the size of a real chunk."""
    weights = 1.0 / np.arange(1, vocabulary + 1)
    weights /= weights.sum()
    lexicon = np.asarray([f"w{i}" for i in range(vocabulary)])
    picks = rng.choice(vocabulary, size=(n, words), p=weights)
    years = rng.integers(2015, 2026, n)
    figures = rng.integers(1, 100_000, n)
    rows = zip(picks, years, figures, strict=True)
    return [f"{' '.join(lexicon[row])} {year} {figure / 10:.1f}" for row, year, figure in rows]


# ---------------------------------------------------------------------------------------------- embed
def bench_embed(finbot, report: Report, chunks: int = 256) -> None:
    texts = [c.text for c in sample_chunks(finbot)]
    texts = (texts * (chunks // max(len(texts), 1) + 1))[:chunks]
    embedder = finbot.embedder
    embedder.embed_batch(texts[:16])  # load outside the timing
    started = time.perf_counter()
    embedder.embed_batch(texts)
    seconds = time.perf_counter() - started
    singles = []
    for text in texts[:50]:
        t = time.perf_counter()
        embedder.embed(text[:200])
        singles.append(time.perf_counter() - t)
    rate = chunks / seconds
    report.put("embed", "chunks_per_second", round(rate, 1))
    report.put("embed", "one_query", ms(singles))
    report.line(f"embed    {finbot.settings.embedder}: {rate:.0f} chunks/s in batches ({chunks} sample chunks, "
                f"{seconds:.1f} s); one short query p50 {ms(singles)['p50_ms']:.1f} ms")


# --------------------------------------------------------------------------------------------- search
def _search_times(search: Callable[[np.ndarray], Any], queries: np.ndarray) -> list[float]:
    times = []
    for query in queries:
        t = time.perf_counter()
        search(query)
        times.append(time.perf_counter() - t)
    return times


def bench_search(report: Report, sizes: Sequence[int], queries: int, k: int, hnsw_m: int, budget_s: float,
                 milvus_max: int) -> None:
    import faiss

    from index.stores.faiss_store import HNSW_EF_SEARCH, new_hnsw

    rng = np.random.default_rng(7)
    centres = rng.standard_normal((1024, DIMENSION)).astype(np.float32) / np.sqrt(DIMENSION)
    query_vectors = clustered_unit_vectors(queries, rng, centres)
    hnsw_rate = None  # vectors per second of the last HNSW build, to predict the next
    milvus_rate = None
    for n in sizes:
        report.line(f"search   {n:,} vectors: generating…")
        vectors = clustered_unit_vectors(n, rng, centres)
        row: dict[str, Any] = {}
        flat = faiss.IndexFlatIP(DIMENSION)
        flat.add(vectors)
        truth = flat.search(query_vectors, k)[1]
        row["flat"] = ms(_search_times(lambda q, f=flat: f.search(q.reshape(1, -1), k), query_vectors))
        report.line(f"search   {n:,} flat    p50 {row['flat']['p50_ms']:.2f} ms  p95 {row['flat']['p95_ms']:.2f} ms")

        predicted = n / hnsw_rate * 1.3 if hnsw_rate else 0.0  # build time grows a little faster than n
        if predicted > budget_s:
            row["hnsw"] = {"skipped": f"build predicted {predicted:.0f} s > budget {budget_s:.0f} s"}
            report.line(f"search   {n:,} hnsw    skipped: {row['hnsw']['skipped']}")
        else:
            graph = new_hnsw(DIMENSION, hnsw_m)  # the store's HNSW settings, without the id map
            t = time.perf_counter()
            for start in range(0, n, 50_000):
                graph.add(vectors[start:start + 50_000])
                if n >= 200_000:
                    report.line(f"search   {n:,} hnsw    built {min(start + 50_000, n):,}…")
            build = time.perf_counter() - t
            hnsw_rate = n / build
            params = faiss.SearchParametersHNSW(efSearch=HNSW_EF_SEARCH)
            found = graph.search(query_vectors, k, params=params)[1]
            recall = float(np.mean([len(set(f) & set(t)) / k for f, t in zip(found, truth, strict=True)]))
            times = _search_times(lambda q, g=graph, p=params: g.search(q.reshape(1, -1), k, params=p), query_vectors)
            row["hnsw"] = {**ms(times), "recall_at_k": round(recall, 4), "build_s": round(build, 1), "m": hnsw_m,
                           "ef_search": HNSW_EF_SEARCH}
            speedup = ratio(row["flat"]["p50_ms"], row["hnsw"]["p50_ms"])
            report.line(f"search   {n:,} hnsw    p50 {row['hnsw']['p50_ms']:.2f} ms  p95 {row['hnsw']['p95_ms']:.2f} ms"
                        f"  recall@{k} {recall:.3f}  build {build:.0f} s  ({speedup} faster than flat)")
            del graph
        row["milvus-lite"] = _bench_milvus(n, vectors, query_vectors[: min(queries, 50)], k, budget_s, milvus_max,
                                           milvus_rate, report)
        milvus_rate = row["milvus-lite"].get("insert_per_s", milvus_rate)
        report.put("search", str(n), row)
        del flat, vectors


def _bench_milvus(n: int, vectors: np.ndarray, queries: np.ndarray, k: int, budget_s: float, milvus_max: int,
                  rate: float | None, report: Report) -> dict[str, Any]:
    try:
        from pymilvus import DataType, MilvusClient
    except ImportError:
        return {"skipped": "pymilvus is not installed"}
    if n > milvus_max:
        return _skip(report, n, f"over --milvus-max {milvus_max:,} (milvus-lite is for local use; a cluster "
                                "serves larger indexes)")
    if rate and n / rate > budget_s:
        return _skip(report, n, f"insert predicted {n / rate:.0f} s > budget {budget_s:.0f} s")
    with tempfile.TemporaryDirectory() as folder:
        client = MilvusClient(str(Path(folder) / "bench.db"))
        schema = client.create_schema(auto_id=False)
        schema.add_field("id", DataType.INT64, is_primary=True)
        schema.add_field("vector", DataType.FLOAT_VECTOR, dim=DIMENSION)
        index = client.prepare_index_params()
        index.add_index("vector", index_type="FLAT", metric_type="IP")  # as MilvusStore creates it
        client.create_collection("bench", schema=schema, consistency_level="Strong")
        client.create_index("bench", index, sync=False)
        client.load_collection("bench")
        t = time.perf_counter()
        for start in range(0, n, 5_000):
            block = vectors[start:start + 5_000]
            client.insert("bench", [{"id": start + i, "vector": v} for i, v in enumerate(block.tolist())])
        client.flush("bench")
        insert = time.perf_counter() - t

        def search(q: np.ndarray) -> Any:
            return client.search("bench", [q.tolist()], anns_field="vector", limit=k,
                                 search_params={"metric_type": "IP"})

        search(queries[0])  # the first search loads segments
        row = {**ms(_search_times(search, queries)), "insert_s": round(insert, 1), "insert_per_s": round(n / insert)}
        client.close()
    report.line(f"search   {n:,} milvus  p50 {row['p50_ms']:.2f} ms  p95 {row['p95_ms']:.2f} ms  "
                f"(insert {insert:.0f} s, {row['insert_per_s']:,}/s)")
    return row


def _skip(report: Report, n: int, why: str) -> dict[str, str]:
    report.line(f"search   {n:,} milvus  skipped: {why}")
    return {"skipped": why}


# -------------------------------------------------------------------------------------------- lexical
def bench_lexical(report: Report, sizes: Sequence[int], queries: int, k: int, budget_s: float) -> None:
    """BM25 in finbot's memory (bm25s, rebuilt whole after every ingest) against Milvus' full-text index."""
    import bm25s

    from index.documents import Chunk
    from index.stores import DocumentRecord, MilvusStore
    from index.text.tokens import tokenize

    rng = np.random.default_rng(11)
    questions = [" ".join(f"w{int(i)}" for i in rng.zipf(1.3, 4) if i < 20_000) + " 2019" for _ in range(queries)]
    milvus_rate = None
    for n in sizes:
        texts = synthetic_texts(n, rng)
        row: dict[str, Any] = {}
        t = time.perf_counter()
        corpus = [tokenize(text) for text in texts]
        bm25 = bm25s.BM25()
        bm25.index(corpus, show_progress=False)
        build = time.perf_counter() - t
        times = []
        for question in questions:
            t = time.perf_counter()
            scores = bm25.get_scores(tokenize(question))
            np.argpartition(-scores, k)[:k]
            times.append(time.perf_counter() - t)
        row["bm25s"] = {**ms(times), "rebuild_s": round(build, 2)}
        report.line(f"lexical  {n:,} bm25s   p50 {row['bm25s']['p50_ms']:.2f} ms  rebuild after any ingest "
                    f"{build:.1f} s")
        del bm25, corpus
        if milvus_rate and n / milvus_rate > budget_s:
            row["milvus"] = {"skipped": f"insert predicted {n / milvus_rate:.0f} s > budget {budget_s:.0f} s"}
            report.line(f"lexical  {n:,} milvus  skipped: {row['milvus']['skipped']}")
        else:
            with tempfile.TemporaryDirectory() as folder:
                store = MilvusStore(DIMENSION, "bench", Path(folder))
                centres = rng.standard_normal((64, DIMENSION)).astype(np.float32)
                t = time.perf_counter()
                per_doc = 1_000
                for d, start in enumerate(range(0, n, per_doc)):
                    block = texts[start:start + per_doc]
                    chunks = [Chunk(f"c{start + i}", f"doc{d}", f"doc{d}", text) for i, text in enumerate(block)]
                    record = DocumentRecord(f"doc{d}", f"doc{d}", f"doc{d}", str(d))
                    store.replace_document(record, chunks, clustered_unit_vectors(len(block), rng, centres))
                insert = time.perf_counter() - t
                milvus_rate = n / insert
                t = time.perf_counter()
                store.lexical_search(tokenize(questions[0]), k)
                first = time.perf_counter() - t
                times = []
                for question in questions[: 5 if first > 1 else 50]:  # bounded: milvus-lite's BM25 is Python
                    t = time.perf_counter()
                    store.lexical_search(tokenize(question), k)
                    times.append(time.perf_counter() - t)
                row["milvus"] = {**ms(times), "insert_s": round(insert, 1)}
            report.line(f"lexical  {n:,} milvus  p50 {row['milvus']['p50_ms']:.2f} ms  (insert with BM25 "
                        f"{insert:.0f} s; nothing to rebuild)")
        report.put("lexical", str(n), row)


# ------------------------------------------------------------------------------------------- retrieve
def sample_chunks(finbot) -> list:
    from assistant.app import sample_files
    from index.chunking import chunk_document
    from index.loaders import load

    max_bytes = finbot.settings.max_upload_mb * 1024 * 1024
    return [c for path in sample_files() for doc in load(path, max_bytes) for c in chunk_document(doc)]


def sample_questions() -> list[dict]:
    if not QUESTIONS.exists():
        return []
    rows = [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if "question" in r]


def bench_retrieve(finbot, report: Report, chunks: int = 10_000) -> None:
    """Classify + retrieve per message, over the sample corpus copied out to `chunks` chunks."""
    from assistant.retrieval.hybrid import Retriever
    from assistant.triage.classifier import LinearClassifier
    from index.stores import DocumentRecord, FaissStore

    base = sample_chunks(finbot)
    vectors = finbot.embedder.embed_batch([c.text for c in base])
    rng = np.random.default_rng(3)
    store = FaissStore(vectors.shape[1])
    copies = chunks // len(base) + 1
    for copy in range(copies):
        size = min(len(base), chunks - copy * len(base))
        if size <= 0:
            break
        # Copies of the corpus under other document ids; their vectors moved a little so ties don't decide.
        noisy = vectors[:size] + rng.standard_normal(vectors[:size].shape).astype(np.float32) * 0.02
        noisy /= np.linalg.norm(noisy, axis=1, keepdims=True)
        record = DocumentRecord(f"copy{copy}", f"copy{copy}", f"copy{copy}", str(copy))
        store.replace_document(record, base[:size], noisy)
    retriever = Retriever(store, mode=finbot.settings.retrieval)
    classifier = finbot.classifier or LinearClassifier(finbot.embedder)
    messages = [q["question"] for q in sample_questions()] or ["What is the monthly fee?"]
    retriever.search(messages[0], finbot.embedder.embed(messages[0]), finbot.settings.top_k)  # builds BM25
    classifier.classify(messages[0])
    totals, parts = [], {"embed": [], "classify": [], "retrieve": []}
    for _ in range(3):
        for message in messages:
            t0 = time.perf_counter()
            vector = finbot.embedder.embed_batch([message])[0]
            t1 = time.perf_counter()
            classifier.classify(message, vector)
            t2 = time.perf_counter()
            retriever.search(message, vector, finbot.settings.top_k)
            t3 = time.perf_counter()
            totals.append(t3 - t0)
            for name, seconds in zip(parts, (t1 - t0, t2 - t1, t3 - t2), strict=True):
                parts[name].append(seconds)
    row = {**ms(totals), "chunks": len(store), "messages": len(totals), "target_ms": TARGET_RETRIEVE_MS,
           "parts_p50_ms": {name: ms(values)["p50_ms"] for name, values in parts.items()}}
    report.put("retrieve", "classify_retrieve", row)
    verdict = "meets" if row["p50_ms"] <= TARGET_RETRIEVE_MS else "misses"
    report.line(f"retrieve {len(store):,} chunks ({finbot.settings.retrieval}): classify+retrieve p50 "
                f"{row['p50_ms']:.1f} ms  p95 {row['p95_ms']:.1f} ms — {verdict} the {TARGET_RETRIEVE_MS:.0f} ms "
                f"target; p50 of its parts: " + ", ".join(f"{k} {v:.1f} ms" for k, v in row["parts_p50_ms"].items()))


# ------------------------------------------------------------------------------------------- generate
def bench_generate(finbot, report: Report, new_tokens: int, runs: int = 2) -> None:
    """The default generator's stream against plain `model.generate` on the same weights and prompt."""
    from assistant.evaluation.bench_generation import finance_prompt

    generator = finbot.generator
    generator.warm_up()
    messages = finance_prompt(6)
    options = getattr(generator, "generate_options", None)
    if isinstance(options, dict):
        options["min_new_tokens"] = new_tokens  # the same number of tokens in both paths
    finbot_rows = []
    for _ in range(runs):
        t = time.perf_counter()
        first = None
        pieces = 0
        for _piece in generator.stream(messages, max_new_tokens=new_tokens):
            first = first or time.perf_counter() - t
            pieces += 1
        total = time.perf_counter() - t
        stats = getattr(generator, "last_stats", None)
        produced = getattr(stats, "new_tokens", 0) or new_tokens
        finbot_rows.append((first or total, (produced - 1) / max(total - (first or total), 1e-9), produced))
    if isinstance(options, dict):
        options.pop("min_new_tokens", None)
    ttft = statistics.median(r[0] for r in finbot_rows)
    rate = statistics.median(r[1] for r in finbot_rows)
    row: dict[str, Any] = {"finbot": {"ttft_s": round(ttft, 3), "decode_tok_s": round(rate, 2),
                                      "new_tokens": finbot_rows[0][2]}}
    report.line(f"generate {generator.name} (finbot stream): first token {ttft:.2f} s, decode {rate:.1f} tokens/s")
    plain = _plain_generate(generator, messages, new_tokens, runs)
    if plain is None:
        row["plain"] = {"skipped": "this generator does not run a local transformers model"}
        report.line("generate plain model.generate: skipped (not a local transformers model)")
    else:
        row["plain"] = plain
        report.line(f"generate plain model.generate: first token {plain['ttft_s']:.2f} s, decode "
                    f"{plain['decode_tok_s']:.1f} tokens/s  (finbot/plain: first token "
                    f"{ratio(ttft, plain['ttft_s'])}, decode {ratio(rate, plain['decode_tok_s'])})")
    report.put("generate", generator.name, row)


def _plain_generate(generator, messages, new_tokens: int, runs: int) -> dict[str, float] | None:
    load = getattr(generator, "_load", None)
    if load is None:
        return None
    import torch

    loaded = load()
    model, tokenizer = loaded.model, loaded.tokenizer
    inputs = tokenizer.apply_chat_template(list(messages), add_generation_prompt=True, return_dict=True,
                                           return_tensors="pt").to(model.device)
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    firsts, rates = [], []
    with torch.inference_mode():
        for _ in range(runs):
            t = time.perf_counter()
            model.generate(**inputs, max_new_tokens=1, do_sample=False, pad_token_id=pad)
            first = time.perf_counter() - t
            t = time.perf_counter()
            out = model.generate(**inputs, max_new_tokens=new_tokens, min_new_tokens=new_tokens, do_sample=False,
                                 pad_token_id=pad)
            total = time.perf_counter() - t
            produced = out.shape[1] - inputs["input_ids"].shape[1]
            firsts.append(first)
            rates.append((produced - 1) / max(total - first, 1e-9))
    return {"ttft_s": round(statistics.median(firsts), 3), "decode_tok_s": round(statistics.median(rates), 2)}


# --------------------------------------------------------------------------------------------- answer
def bench_answer(finbot, report: Report, questions: int) -> None:
    from assistant.evaluation.langchain_baseline import LangChainBaseline

    if not finbot.store.documents:
        report.line("answer   ingesting the sample corpus first…")
        finbot.ingest_samples()
    chosen = [q for q in sample_questions() if q.get("covered", True) and q.get("expected")][: questions + 1]
    if not chosen:
        report.line("answer   skipped: tests/fixtures/sample_questions.jsonl is not in this install")
        return
    chain = LangChainBaseline([c for _, c in finbot.store.chunks()], finbot.embedder, finbot.generator,
                              k=finbot.settings.top_k, max_new_tokens=finbot.settings.max_new_tokens)
    finbot.assistant.answer(chosen[0]["question"])  # warm both paths on a question not timed
    chain.answer(chosen[0]["question"])
    rows = []
    for number, question in enumerate(chosen[1:], 1):
        expected = [e.lower() for e in question["expected"]]
        t = time.perf_counter()
        ours = finbot.assistant.answer(question["question"])
        ours_s = time.perf_counter() - t
        t = time.perf_counter()
        theirs = chain.answer(question["question"])
        theirs_s = time.perf_counter() - t
        rows.append({"id": question["id"], "finbot_s": round(ours_s, 2), "langchain_s": round(theirs_s, 2),
                     "finbot_correct": not ours.refused and any(e in ours.answer.lower() for e in expected),
                     "langchain_correct": any(e in theirs.lower() for e in expected)})
        report.line(f"answer   {number}/{len(chosen) - 1} {question['id']}: finbot {ours_s:.1f} s, "
                    f"LangChain {theirs_s:.1f} s")
    ours_median = statistics.median(r["finbot_s"] for r in rows)
    theirs_median = statistics.median(r["langchain_s"] for r in rows)
    summary = {"questions": rows, "finbot_median_s": ours_median, "langchain_median_s": theirs_median,
               "finbot_correct": sum(r["finbot_correct"] for r in rows),
               "langchain_correct": sum(r["langchain_correct"] for r in rows)}
    report.put("answer", "sample_questions", summary)
    report.line(f"answer   median finbot {ours_median:.1f} s vs LangChain {theirs_median:.1f} s "
                f"({ratio(ours_median, theirs_median)}; target ≤ {TARGET_ANSWER_RATIO}x); correct "
                f"{summary['finbot_correct']}/{len(rows)} vs {summary['langchain_correct']}/{len(rows)}")


# ----------------------------------------------------------------------------------------------- load
def bench_load(report: Report, users: Sequence[int]) -> None:
    try:
        from assistant.evaluation.bench_load import measure_load
    except ImportError:
        report.line("load     not available in this build")
        report.put("load", "skipped", "not available in this build")
        return
    rows = measure_load(users_list=tuple(users))
    report.put("load", "rows", rows)
    for row in rows:
        report.line("load     " + "  ".join(f"{k} {v}" for k, v in row.items()))


# ----------------------------------------------------------------------------------------------- main
def run(args: argparse.Namespace, out: Callable[[str], None] = print) -> dict[str, Any]:
    sections = args.only.split(",") if args.only else list(SECTIONS)
    unknown = [s for s in sections if s not in SECTIONS]
    if unknown:
        raise SystemExit(f"unknown section(s) {', '.join(unknown)}; choose from {', '.join(SECTIONS)}")
    report = Report(out)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    report.line(f"finbot bench  {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC  cpus {os.cpu_count()}  "
                f"load average {load:.1f}  sections {','.join(sections)}")
    report.put("machine", "cpus", os.cpu_count())
    report.put("machine", "load_average_at_start", round(load, 2))
    finbot = None
    if set(sections) & {"embed", "retrieve", "generate", "answer"}:
        from assistant.app import Finbot

        finbot = Finbot()
    started = time.perf_counter()
    for section in sections:
        t = time.perf_counter()
        if section == "embed":
            bench_embed(finbot, report)
        elif section == "search":
            bench_search(report, _ints(args.sizes), args.queries, args.k, args.hnsw_m, args.budget_s, args.milvus_max)
        elif section == "lexical":
            bench_lexical(report, _ints(args.lexical_sizes), args.queries, args.k, args.budget_s)
        elif section == "retrieve":
            bench_retrieve(finbot, report, args.retrieve_chunks)
        elif section == "generate":
            bench_generate(finbot, report, args.new_tokens)
        elif section == "answer":
            bench_answer(finbot, report, args.questions)
        elif section == "load":
            bench_load(report, _ints(args.users))
        report.put("seconds", section, round(time.perf_counter() - t, 1))
    report.line(f"done in {time.perf_counter() - started:.0f} s")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report.results, indent=2))
    return report.results


def command(args: argparse.Namespace) -> int:
    run(args)
    return 0


def _ints(text: str) -> list[int]:
    return [int(part.replace("_", "")) for part in text.split(",") if part.strip()]


def main(argv: list[str] | None = None) -> int:
    from assistant.cli.bench import add_arguments

    parser = argparse.ArgumentParser(prog="finbot bench", description=__doc__.splitlines()[0])
    add_arguments(parser)
    run(parser.parse_args(argv))
    return 0


if __name__ == "__main__":
    sys.exit(main())
