"""Measure a generator: first load (assemble + dequantize + dense cache), cached load, and speed.

    python -m assistant.evaluation.bench_generation --model smollm2-135m --fresh

`--fresh` deletes the model's dense copy (and assembled GGUF) under FINBOT_HOME first, so the first
load is the cold path a new install takes. The cached load runs in a new process, as a later start
of finbot would. Speed is for a ~600-token prompt and exactly 100 new tokens. Figures are wall-clock;
on a shared machine they vary with the load average printed first.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time

from assistant.generators.local import TransformersGenerator
from assistant.generators.packaged import PACKAGED
from assistant.settings import Settings

_PASSAGE = (
    "[{n}] In fiscal {year} the company reported revenue of ${rev:.1f} million, an increase of {g}% "
    "over the prior year, driven by higher subscription volumes in North America and Europe. Gross margin "
    "was {gm}% and operating expenses rose to ${opex:.1f} million, mainly from hiring in research and "
    "development. Net income was ${ni:.1f} million and diluted earnings per share were ${eps:.2f}.\n"
)


def finance_prompt(passages: int) -> list[dict[str, str]]:
    """About 100 tokens per passage: six passages make the ~600-token prompt of a typical answer."""
    text = "".join(
        _PASSAGE.format(
            n=i + 1,
            year=2018 + i,
            rev=40 + 7.5 * i,
            g=8 + i,
            gm=61 + i % 3,
            opex=20 + 2.2 * i,
            ni=5 + 1.1 * i,
            eps=0.41 + 0.07 * i,
        )
        for i in range(passages)
    )
    return [
        {"role": "system", "content": "Answer from the passages only and cite them like [2]."},
        {"role": "user", "content": f"Passages:\n{text}\nQuestion: Summarise revenue and net income for every year."},
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="smollm2-135m", help=f"one of {', '.join(PACKAGED)}, an HF id or a path")
    parser.add_argument("--fresh", action="store_true", help="delete the dense cache first to time a cold load")
    parser.add_argument("--passages", type=int, default=6, help="prompt size, ~100 tokens each")
    parser.add_argument("--new-tokens", type=int, default=100)
    parser.add_argument("--load-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--threads", type=int, default=0, help="torch.set_num_threads (0: torch default)")
    args = parser.parse_args(argv)

    import torch

    if args.threads:
        torch.set_num_threads(args.threads)
    settings = Settings()
    if args.fresh and args.model in PACKAGED:
        entry = PACKAGED[args.model]
        shutil.rmtree(settings.models_dir / f"{entry.name}-dense", ignore_errors=True)
        (settings.models_dir / entry.gguf_name).unlink(missing_ok=True)

    if args.load_only:  # the child process below: a load as a later run of finbot sees it
        generator = TransformersGenerator(args.model, settings.models_dir, settings.device)
        generator.warm_up()
        print(f"cached load  {generator.load_seconds:6.1f} s  ({generator.load_origin}, new process)")
        return

    print(
        f"model {args.model}  torch threads {torch.get_num_threads()}  "
        f"OMP_WAIT_POLICY={os.environ.get('OMP_WAIT_POLICY', '(unset)')}  load average {os.getloadavg()[0]:.1f}"
    )
    generator = TransformersGenerator(args.model, settings.models_dir, settings.device)
    generator.warm_up()
    print(f"first load   {generator.load_seconds:6.1f} s  ({generator.load_origin})")
    child = [sys.executable, "-m", "assistant.evaluation.bench_generation", "--model", args.model, "--load-only"]
    subprocess.run(child + ["--threads", str(args.threads)], check=True)

    # Force the full length so that speed is measured over the same number of tokens for every model.
    generator.generate_options = {"min_new_tokens": args.new_tokens}
    started = time.perf_counter()
    answer = generator.generate(finance_prompt(args.passages), max_new_tokens=args.new_tokens)
    stats = generator.last_stats
    print(
        f"generate     {time.perf_counter() - started:6.1f} s  prompt {stats.prompt_tokens} tokens, "
        f"first token after {stats.seconds_to_first_token:.1f} s, {stats.new_tokens} new tokens at "
        f"{stats.tokens_per_second:.1f} tokens/s"
    )
    print(f"answer: {answer[:300]!r}")


if __name__ == "__main__":
    main()
