"""Whether a customer's question is answered by the passage sentences `faithful.select` chose.

The fixed bars in `faithful` (meaning, heading and rarer-word scores above hand-set values) let a quote through
that answers another question of the same topic and hold back one that answers in other words. A logistic model
over the same scores, and over how strongly retrieval found the passages, is fitted on customer questions with
known answers (`finbot calibrate-quotes`); below its threshold the question goes to the other answer paths. The
weights are packaged in `assistant/weights/quote_gate.json`; without them the fixed bars decide.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence

from assistant.answering.confidence import ConfidenceModel
from assistant.answering.faithful import Selection
from index.documents import Passage
from index.text.tokens import tokenize

PACKAGED = "weights/quote_gate.json"
FEATURES = (
    "score",  # the best sentence's score in `faithful.select`: meaning + rarer words + heading
    "similarity",  # its meaning alone (MiniLM cosine to the question)
    "heading",  # its heading's cosine to the question
    "entry",  # the best FAQ entry question's cosine to the question
    "coverage",  # share of the question's rarer words in the sentence and its heading
    "runner_up",  # how far the best sentence stands above the next
    "asks_figure",
    "gives_figure",
    "asks_steps",
    "fixed_bars",  # whether the fixed bars alone would quote it
    "top_score",  # retrieval's best passage score
    "answer_words",  # log of the quote's length in words
    "alternatives",  # the quote gives several products' answers
    "unknown_terms",  # names in the question no passage read has ("car insurance" where only travel cover is)
)
# A question with words no document has ("nicked", "legit", "who do i ring", "Bitcoin") is quoted only past this bar.
# Fitted as a feature, the count of such words weighed nothing (-0.06): the gate ranks their quotes as well as
# others'. But 58 of the 83 questions no document covers that reached the gate on the six seen customer sets have
# such words; at 0.6 their quotes were 72 good and 21 wrong (11 of them uncovered) against 85 and 40 at the gate's
# 0.51, and 44 and 8 at 0.7 (`finbot calibrate-quotes --rows`; docs/confidence.md).
NOVEL_WORDS_GATE = 0.6
log = logging.getLogger("finbot.answering")


def quote_evidence(selection: Selection, candidates: Sequence[Passage], unknown: Sequence[str] = (),
                   novel: Sequence[str] = ()) -> dict[str, float]:
    """The features of one selection, named as in FEATURES; `unknown` are the question's names that no passage read
    (or no document) has, `novel` its words that no document has (recorded, weighed by NOVEL_WORDS_GATE)."""
    return selection.evidence | {
        "top_score": round(max((p.score for p in candidates), default=0.0), 4),
        "answer_words": round(math.log1p(len(tokenize(selection.text))), 4),
        "alternatives": float(selection.alternatives),
        "unknown_terms": float(len(unknown)),
        "novel_words": float(len(novel)),
    }


def load_quote_gate() -> ConfidenceModel | None:
    """The packaged gate, or None (the fixed bars) when finbot has none."""
    try:
        return ConfidenceModel.load(packaged=PACKAGED)
    except FileNotFoundError:
        log.info("no fitted quote gate packaged; quotes pass the fixed bars")
        return None
