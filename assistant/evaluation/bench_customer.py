"""What makes the default generator answer a customer faster on this CPU: a measurement, not a setting.

    python -m assistant.evaluation.bench_customer [--model qwen2.5-0.5b] [--new-tokens 48]

Runs the same FAQ-style prompt (the answer templates over `--passages` policy passages) through the packaged
generator as loaded (float32), with torch's default threads and with one thread, then after int8 dynamic
quantisation of its linear layers (`torch.ao.quantization.quantize_dynamic`), and with a shorter prompt. Each
line gives the prompt size, the time to the first token and the decoding speed over exactly `--new-tokens`
tokens. Figures are wall-clock; on a shared machine they move with the load average printed first.
"""

from __future__ import annotations

import argparse
import os
import time

import prompts
from assistant.answering.pipeline import REFUSAL
from assistant.generators.local import TransformersGenerator
from assistant.settings import Settings

_POLICY = [
    ("Cards > How much does a replacement card cost?",
     "Your first replacement card in any 12-month period is free. Each further replacement in that period costs "
     "£7.50, unless you have a Premier account, which pays nothing for replacements. A replacement for a card "
     "that is faulty or has expired is always free."),
    ("Cards > Can I get a new card quickly?",
     "Yes. Choose express delivery when you order the replacement. Express delivery costs £15 (free with a "
     "Premier account). Cards ordered by 3pm, Monday to Friday, arrive the next working day."),
    ("Cards > My card has been lost or stolen. What should I do?",
     "If you think it is only mislaid, lock it in the app. If you know it is lost or stolen, report it in the "
     "app or call us; the line is open 24 hours a day. Reporting the card cancels it for good and we post a "
     "replacement with a new card number, which arrives within 4 working days."),
    ("Payments > How long does a bank transfer take?",
     "Payments to other UK accounts usually arrive within 2 hours. You can send up to £25,000 per payment in "
     "the app, and up to £100,000 in a branch with photo ID."),
    ("Overdrafts > How much does an overdraft cost?",
     "An arranged overdraft costs 29.9% EAR on a Classic account and 19.9% EAR on a Premier account. With "
     "Premier, the first £250 of your overdraft is interest-free."),
    ("Savings > Is my money protected?",
     "Eligible deposits are protected by the Financial Services Compensation Scheme up to £85,000 per person."),
]


def policy_prompt(passages: int) -> list[dict[str, str]]:
    sources = [_POLICY[i % len(_POLICY)] for i in range(passages)]
    return [
        {"role": "system", "content": prompts.render("answer_system", refusal=REFUSAL)},
        {"role": "user", "content": prompts.render(
            "answer_user", sources=sources, question="How much is a replacement card if I lose mine twice?",
            turns=[])},
    ]


def measure(generator: TransformersGenerator, label: str, passages: int, new_tokens: int) -> dict[str, float]:
    generator.generate_options = {"min_new_tokens": new_tokens}
    started = time.perf_counter()
    generator.generate(policy_prompt(passages), max_new_tokens=new_tokens)
    stats = generator.last_stats
    row = {
        "prompt_tokens": stats.prompt_tokens, "first_token_s": round(stats.seconds_to_first_token, 2),
        "tokens_per_s": round(stats.tokens_per_second, 2), "total_s": round(time.perf_counter() - started, 2),
    }
    print(f"{label:42s} prompt {row['prompt_tokens']:4d} tok  first token {row['first_token_s']:5.2f} s  "
          f"{row['tokens_per_s']:5.2f} tok/s  {new_tokens} tokens in {row['total_s']:5.2f} s", flush=True)
    return row


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="generator (default: FINBOT_GENERATOR)")
    parser.add_argument("--passages", type=int, default=3, help="policy passages in the prompt (FINBOT_TOP_K)")
    parser.add_argument("--new-tokens", type=int, default=48)
    args = parser.parse_args(argv)

    import torch

    settings = Settings()
    model = args.model or settings.generator
    default_threads = torch.get_num_threads()
    print(f"model {model}  torch threads {default_threads}  load average {os.getloadavg()[0]:.1f}")
    generator = TransformersGenerator(model, settings.models_dir, "cpu")
    generator.warm_up()
    measure(generator, "warm-up (not counted)", args.passages, 8)
    measure(generator, f"float32, {default_threads} threads", args.passages, args.new_tokens)
    torch.set_num_threads(1)
    measure(generator, "float32, 1 thread", args.passages, args.new_tokens)
    torch.set_num_threads(default_threads)
    measure(generator, f"float32, {default_threads} threads, 1 passage", 1, args.new_tokens)
    loaded = generator._load()
    started = time.perf_counter()
    loaded.model = torch.ao.quantization.quantize_dynamic(loaded.model, {torch.nn.Linear}, dtype=torch.qint8)
    print(f"int8 dynamic quantisation took {time.perf_counter() - started:.1f} s")
    measure(generator, "int8 dynamic (warm-up, not counted)", args.passages, 8)
    measure(generator, f"int8 dynamic, {default_threads} threads", args.passages, args.new_tokens)
    print(f"load average now {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
