"""`finbot bench`: only its arguments live here; the measuring code (assistant/evaluation/bench.py) is
imported when the command runs, so `ask` and `serve` never load evaluation modules."""

from __future__ import annotations

import argparse
from pathlib import Path

from assistant.cli.evaluate import lazy

SECTIONS = ("embed", "search", "lexical", "retrieve", "generate", "answer", "load")


def register(sub: argparse._SubParsersAction) -> None:
    bench = sub.add_parser("bench", help="Speed figures with ratios: embedding, search, retrieval, generation, "
                           "answers vs LangChain, load (docs/benchmarks.md).")
    add_arguments(bench)
    bench.set_defaults(handler=lazy("assistant.evaluation.bench:command"))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--only", help=f"comma-separated sections: {','.join(SECTIONS)} (default: all)")
    parser.add_argument("--sizes", default="10000,100000,1000000", help="vector-search corpus sizes")
    parser.add_argument("--lexical-sizes", default="10000,100000", help="BM25 corpus sizes")
    parser.add_argument("--queries", type=int, default=200, help="queries per search measurement")
    parser.add_argument("--k", type=int, default=10, help="neighbours per search (recall@k)")
    parser.add_argument("--hnsw-m", type=int, default=32, help="HNSW links per vector")
    parser.add_argument("--milvus-max", type=int, default=100_000, help="largest corpus tried on milvus-lite")
    parser.add_argument("--budget-s", type=float, default=600, help="skip a build or insert predicted to take longer")
    parser.add_argument("--retrieve-chunks", type=int, default=10_000)
    parser.add_argument("--new-tokens", type=int, default=64)
    parser.add_argument("--questions", type=int, default=5, help="sample questions for finbot vs LangChain")
    parser.add_argument("--users", default="1,10,50", help="simulated users for the load section")
    parser.add_argument("--json", type=Path, help="also write every figure here")
