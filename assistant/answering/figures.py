"""Questions whose answer is a figure, and answers that give none.

A generated sentence with no figure has nothing for the number check to verify, so "No, there was no
drop in cash" passes it whatever the filing says. Where the question asks for an amount, or whether a
reported figure rose or fell between periods, an answer without a figure is an unverified claim and is
refused instead (issue 14: "refuse rather than guess").
"""

from __future__ import annotations

import re

# Only the question's first sentence: analysts' questions often end in boilerplate ("If gross margin is not
# a useful metric for a company like this, then please state that and explain why.").
_FIRST_SENTENCE = re.compile(r"^.*?(?:[?!]|\.(?=\s+[A-Z])|$)", re.S)
# Amounts, shares and ratios: asked of a company's reports these are figures, whoever asks.
_AMOUNT = re.compile(
    r"\b(how much|how many|by how much|what (percent|percentage|proportion|fraction)|calculate|compute|"
    r"ratio|as a percent(age)?( of)?)\b",
    re.I,
)
# "Was there any drop in cash between FY2023 and Q2 FY2024?", "Does Adobe have an improving operating
# margin as of FY2022?": whether a reported figure moved between periods.
_MOVEMENT = re.compile(
    r"^\s*(is|are|was|were|did|does|do|has|have|had)\b.*\b(improv|increas|decreas|declin|drop|grow|grew|"
    r"growth|chang|rise|rose|fall|fell|higher|lower|consistent|fluctuat|capital[- ]intensive)\w*\b",
    re.I | re.S,
)
_PERIOD = re.compile(r"\b(fy ?\d{2,4}|(19|20)\d{2}|q[1-4]|h[12])\b", re.I)
_FIGURE = re.compile(r"\d|\b(zero|none|nil|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                     r"twice|half|double)\b", re.I)


def first_sentence(question: str) -> str:
    match = _FIRST_SENTENCE.match(question.strip())
    return match.group(0) if match else question


def asks_for_figure(question: str, about_reports: bool) -> bool:
    """An amount asked of the reports, or whether a reported figure moved between named periods.

    `about_reports`: the question is an analyst's (a customer's "how many days does it take?" may be
    answered "the next working day")."""
    asked = first_sentence(question)
    if _MOVEMENT.search(asked) and _PERIOD.search(asked):
        return True
    return about_reports and bool(_AMOUNT.search(asked))


def gives_figure(answer: str) -> bool:
    """Digits or a number word; citation markers ("[1]") and the periods the question named ("No drop
    between FY 2023 and Q2 of FY2024") are not figures."""
    return bool(_FIGURE.search(_PERIOD.sub(" ", re.sub(r"\[\d+\]", " ", answer))))
