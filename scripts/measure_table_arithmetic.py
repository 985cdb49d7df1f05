"""How often assistant/answering/tables/arithmetic.py answers TAT-QA arithmetic questions, and how often it is right.

No retrieval and no model: every question gets all table chunks of its own context as passages.
Answers are written to two decimal places ('%' after a percentage; the count with percentages to
one place, as the pipeline writes them today, is printed too) and scored with the TAT-QA EM of
assistant/evaluation/tatqa_metrics.py.

    .venv/bin/python scripts/measure_table_arithmetic.py [--data PATH] [--show-wrong [N]]
"""

from __future__ import annotations

from collections import Counter

from tatqa_offline import arguments

from assistant.answering.tables.arithmetic import TableCalculation, calculate_from_table
from assistant.evaluation.tatqa import load_tatqa, table_passages
from assistant.evaluation.tatqa_metrics import score_answer


def answer_text(result: TableCalculation, percent_decimals: int = 2) -> str:
    calc = result.calculation
    return f"{calc.formatted(percent_decimals)}%" if result.percent else calc.formatted()


def main() -> None:
    args = arguments(__doc__, "print N (10) wrong attempts")

    _, questions = load_tatqa(args.data)
    tables = table_passages(args.data)
    attempted, correct, false_alarms, false_right = Counter(), Counter(), Counter(), Counter()
    one_decimal = 0  # correct when percentages are written to one decimal place, as the pipeline does today
    wrong = []
    arithmetic = [q for q in questions if q.answer_type == "arithmetic"]
    for q in questions:
        result = calculate_from_table(q.text, tables.get(q.doc_id, []))
        if result is None:
            continue
        if q.answer_type != "arithmetic":
            false_alarms[q.answer_type] += 1
            false_right[q.answer_type] += score_answer(answer_text(result), q.answer, q.scale).em
            continue
        attempted[result.operation] += 1
        text = answer_text(result)
        one_decimal += score_answer(answer_text(result, 1), q.answer, q.scale).em
        if score_answer(text, q.answer, q.scale).em:
            correct[result.operation] += 1
        else:
            wrong.append((q, result, text))

    n, tried, right = len(arithmetic), sum(attempted.values()), sum(correct.values())
    print(f"arithmetic questions: {n}")
    print(f"attempted: {tried} ({tried / n:.1%})")
    print(f"correct among attempted: {right} ({right / max(1, tried):.1%})")
    print(f"correct overall: {right} ({right / n:.1%}); with percentages to 1 decimal place: {one_decimal}")
    for operation in sorted(attempted):
        print(f"  {operation:15} attempted {attempted[operation]:4}  correct {correct[operation]:4}")
    print(f"answered on other questions (mostly spans quoting a computed figure): {dict(false_alarms)}, "
          f"of which right: {dict(false_right)}")
    if args.show_wrong:
        for q, result, text in wrong[: args.show_wrong]:
            print(f"\n{q.text}\n  finbot: {text} = {result.description} = {result.calculation.expression}"
                  f"\n  gold:   {q.answer} {q.scale}")


if __name__ == "__main__":
    main()
