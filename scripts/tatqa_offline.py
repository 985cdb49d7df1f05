"""What the scripts/measure_*.py share: where the TAT-QA dev file is, and their command line."""

from __future__ import annotations

import argparse
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "tatqa" / "tatqa_dataset_dev.json"


def arguments(doc: str, wrong_help: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="a TAT-QA JSON file (default: the dev split)")
    parser.add_argument("--show-wrong", type=int, nargs="?", const=10, default=0, metavar="N", help=wrong_help)
    return parser.parse_args()
