"""How often finbot's table paths answer TAT-QA questions without a model, and how often they are right.

No retrieval and no model: every question gets all table chunks of its own context as passages,
and goes down the paths in the pipeline's order: arithmetic (assistant/answering/tables/arithmetic.py), then
several cells of a row (assistant/answering/tables/reading.py), then one cell (assistant/answering/tables/lookup.py).
The first path that answers is scored with the TAT-QA EM and EM-first of assistant/evaluation/tatqa_metrics.py,
by answer type; what no path answers would go to the generator.

    .venv/bin/python scripts/measure_table_reading.py [--data PATH] [--show-wrong [N]]
"""

from __future__ import annotations

from collections import Counter

from tatqa_offline import arguments

from assistant.answering.tables.arithmetic import TableCalculation, calculate_from_table
from assistant.answering.tables.lookup import lookup
from assistant.answering.tables.reading import read_table
from assistant.evaluation.tatqa import load_tatqa, table_passages
from assistant.evaluation.tatqa_metrics import score_answer

PATHS = {
    "table_arithmetic": lambda question, passages: _calculated(calculate_from_table(question, passages)),
    "table_reading": lambda question, passages: getattr(read_table(question, passages), "text", None),
    "table_lookup": lambda question, passages: getattr(lookup(question, passages), "text", None),
}


def _calculated(result: TableCalculation | None) -> str | None:
    if result is None:
        return None
    return result.calculation.formatted() + ("%" if result.percent else "")


def main() -> None:
    args = arguments(__doc__, "print N (10) wrong answers of each reader")

    _, questions = load_tatqa(args.data)
    tables = table_passages(args.data)
    totals = Counter(q.answer_type for q in questions)
    print(f"questions: {len(questions)} {dict(totals)}")
    attempted = {name: Counter() for name in PATHS}
    right = {name: Counter() for name in PATHS}
    right_first = {name: Counter() for name in PATHS}
    wrong: dict[str, list] = {name: [] for name in PATHS}
    for q in questions:
        for name, read in PATHS.items():
            answer = read(q.text, tables.get(q.doc_id, []))
            if answer is None:
                continue
            score = score_answer(answer, q.answer, q.scale)
            attempted[name][q.answer_type] += 1
            right[name][q.answer_type] += score.em
            right_first[name][q.answer_type] += score.em_first
            if not score.em:
                wrong[name].append((q, answer))
            break
    for name in PATHS:
        tried, good = sum(attempted[name].values()), sum(right[name].values())
        print(f"\n{name}: answered {tried}, right {good} ({good / max(1, tried):.1%} of answered), "
              f"EM-first {sum(right_first[name].values())}")
        for kind in sorted(attempted[name]):
            print(f"  {kind:11} answered {attempted[name][kind]:4} of {totals[kind]:4}  "
                  f"right {right[name][kind]:4}  EM-first {right_first[name][kind]:4}")
        for q, answer in wrong[name][: args.show_wrong]:
            print(f"\n  {q.text}\n    finbot: {answer}\n    gold:   {q.answer} {q.scale}")

if __name__ == "__main__":
    main()
