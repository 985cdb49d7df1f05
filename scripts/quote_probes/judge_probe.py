"""The packaged generator as a judge of a customer's quote: the log-odds of "Yes" over "No" to "Does our answer give
the customer what they asked for?", against the packaged quote gate's score, on `calibrate-quotes --rows` output.
usage: judge_probe.py ROWS.json SETS"""

from __future__ import annotations

import json
import re
import sys

import numpy as np
import torch
from sklearn.metrics import roc_auc_score

from assistant.answering.quote_gate import load_quote_gate
from assistant.settings import Settings


def main(rows_path: str, names: list[str]) -> None:
    from assistant.generators.local import TransformersGenerator

    generator = TransformersGenerator.from_settings(Settings())
    loaded = generator._load()  # the int8 CPU model the answers use
    tokenizer, model = loaded.tokenizer, loaded.model
    yes = [tokenizer.encode(w, add_special_tokens=False)[0] for w in ("Yes", " Yes", "yes")]
    no = [tokenizer.encode(w, add_special_tokens=False)[0] for w in ("No", " No", "no")]
    gate = load_quote_gate()
    judged, gated, good = [], [], []
    for row in json.load(open(rows_path, encoding="utf-8")):
        if row["set"] not in names or row["outcome"] == "refused":
            continue
        quote = re.sub(r"\s*\[\d+\]", "", row["answer"])[:700]
        messages = [{"role": "system", "content": "You check a bank's answers. Answer with one word: Yes or No."},
                    {"role": "user", "content": f"Customer's question: {row['question']}\n\nOur answer: {quote}\n\n"
                     "Does our answer give the customer what they asked for? Yes or No."}]
        inputs = tokenizer.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt",
                                               return_dict=True)
        with torch.inference_mode():
            logits = torch.log_softmax(model(**inputs).logits[0, -1], -1)
        judged.append(float(torch.logsumexp(logits[yes], 0) - torch.logsumexp(logits[no], 0)))
        gated.append(gate.score(row["features"]))
        good.append(row["outcome"] == "good")
    good = np.array(good)
    print(f"{len(good)} quotes ({good.sum()} good): AUC of the judge {roc_auc_score(good, judged):.3f}, "
          f"of the packaged gate {roc_auc_score(good, gated):.3f}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2].split(","))
