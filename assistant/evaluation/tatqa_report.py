"""Write the TAT-QA evaluation results: JSON files, plots and one Markdown report.

Each `finbot eval` command writes its own JSON, then the report is rebuilt from whichever
JSON files are in the folder, so retrieval and answer runs can happen at different times.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

CITATION = (
    "Data: TAT-QA dev split — Zhu et al. 2021, *TAT-QA: A Question Answering Benchmark on a Hybrid of "
    "Tabular and Textual Content in Finance*, ACL 2021; licence CC BY 4.0."
)


def save(out: Path, name: str, data: dict[str, Any]) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    data = {"date": dt.date.today().isoformat(), **data}
    path = out / name
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    return path


def _load(out: Path, name: str) -> dict[str, Any] | None:
    path = out / name
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def write_report(out: Path) -> Path:
    retrieval, answers = _load(out, "retrieval.json"), _load(out, "answers.json")
    lines = ["# TAT-QA evaluation", "", CITATION, ""]
    if retrieval:
        lines += _retrieval_section(retrieval, _plot_hits(retrieval, out / "retrieval_hits.png"))
    if answers:
        lines += _answers_section(answers, _plot_threshold(answers, out / "answers_threshold.png"))
    path = out / "report.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _retrieval_section(data: dict[str, Any], plot: str | None) -> list[str]:
    u = data["unplaceable"]
    lines = [
        f"## Retrieval, open setting ({data['date']})", "",
        f"{data['questions']} questions against all {data['documents']} contexts ({data['chunks']} chunks), "
        f"embedder `{data['embedder']}`. A hit is a retrieved chunk from the question's own context.", "",
        "| system | hit@1 | hit@5 | MRR@10 | hit@5, placeable only | what it is |",
        "|---|---|---|---|---|---|",
    ]
    for name, s in data["systems"].items():
        lines.append(f"| {name} | {s['hit@1']:.3f} | {s['hit@5']:.3f} | {s['mrr@10']:.3f} | "
                     f"{s['hit@5_placeable']:.3f} | {s['description']} |")
    lines += [
        "", "**Questions no system could place** (see docs/evaluation.md for the method): "
        f"{u['share_with_a_rival']:.1%} of questions have at least one rival context whose row or sentence holds "
        f"the same search terms as the gold one, {u['share_with_5_or_more_rivals']:.1%} have five or more, and "
        f"{u['share_verbatim_duplicate']:.1%} are asked verbatim of more than one context. Guessing among the "
        f"equally matching contexts caps hit@1 at {u['ceiling_hit@1']:.3f}, hit@5 at {u['ceiling_hit@5']:.3f} "
        f"and MRR@10 at {u['ceiling_mrr@10']:.3f}. *Placeable* questions are those with no rival.", "",
    ]
    return lines + ([f"![hit@k per system]({plot})", ""] if plot else [])


def _answers_section(data: dict[str, Any], plot: str | None) -> list[str]:
    lines = [
        f"## Answers, scoped setting ({data['date']})", "",
        f"{data['questions']} questions, each answered from its own context only; generator "
        f"`{data['generator']}`. EM counts the gold number found among the answer's numbers (or every gold "
        "span found in it); EM-first needs the answer's first numbers to be the gold ones.", "",
        "| system | EM | EM-first | F1 | refused | answered wrong |", "|---|---|---|---|---|---|",
    ]
    for name, s in data["summary"].items():
        lines.append(f"| {name} | {s['em']:.3f} | {s['em_first']:.3f} | {s['f1']:.3f} | "
                     f"{s['refusal_rate']:.3f} | {s['wrong_rate']:.3f} |")
    lines += ["", "By answer type (EM / F1, n):", "", "| system | " + " | ".join(_types(data)) + " |",
              "|---|" + "---|" * len(_types(data))]
    for name, s in data["summary"].items():
        cells = [f"{b['em']:.2f} / {b['f1']:.2f} ({b['n']})" if (b := s["by_type"].get(t)) else "–"
                 for t in _types(data)]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines.append("")
    return lines + ([f"![wrong-answer rate against refusal rate]({plot})", ""] if plot else [])


def _types(data: dict[str, Any]) -> list[str]:
    return sorted({t for s in data["summary"].values() for t in s["by_type"]})


def _pyplot():
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:  # plots are optional: pip install 'finbot[eval]'
        return None
    return plt


def _plot_hits(data: dict[str, Any], path: Path) -> str | None:
    plt = _pyplot()
    if plt is None:
        return None
    fig, ax = plt.subplots(figsize=(6.5, 4))
    ks = range(1, len(next(iter(data["systems"].values()))["hit_at"]) + 1)
    for name, s in data["systems"].items():
        ax.plot(ks, s["hit_at"], marker="o", markersize=3, label=name, linestyle="--" if "before" in name else "-")
    if "ceiling_hit_at" in data["unplaceable"]:
        ax.plot(ks, data["unplaceable"]["ceiling_hit_at"], color="grey", linestyle=":", label="chance ceiling")
    ax.set(xlabel="k (chunks retrieved)", ylabel="hit@k (gold document)", title="TAT-QA dev, open setting")
    return _finish(plt, fig, ax, path)


def _finish(plt: Any, fig: Any, ax: Any, path: Path) -> str:
    """Legend, grid and save: the same last steps for every plot in the report."""
    ax.legend(fontsize=7)
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path.name


def _plot_threshold(data: dict[str, Any], path: Path) -> str | None:
    return plot_threshold_curve(data.get("threshold_curve"), data["summary"].get("langchain"), path)


def plot_threshold_curve(curve: list[dict[str, Any]] | None, baseline: dict[str, Any] | None, path: Path) -> str | None:
    """Wrong-answer rate against refusal rate as the confidence threshold rises; the baseline as a point."""
    plt = _pyplot()
    if plt is None or not curve:
        return None
    fig, ax = plt.subplots(figsize=(5.5, 4))
    ax.plot([p["refusal_rate"] for p in curve], [p["wrong_rate"] for p in curve], marker="o", markersize=3,
            label="finbot, refusing below a confidence threshold")
    if baseline is not None:
        ax.scatter([baseline["refusal_rate"]], [baseline["wrong_rate"]], color="red", label="stock LangChain", zorder=3)
    ax.set(xlabel="refusal rate", ylabel="wrong-answer rate (answered, not EM)", xlim=(0, 1), ylim=(0, 1),
           title="Refusing more, answering wrong less")
    return _finish(plt, fig, ax, path)
