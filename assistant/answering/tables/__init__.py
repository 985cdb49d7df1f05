"""Answers read from table cells without a model: one cell, several years of a row, comparisons, counts,
line items, and finbot's own arithmetic over named cells."""

import re

# Questions about causes, which the text around a table answers and its cells never do: 'What drove the increase
# in inventories?', 'What led to the decrease in other income?', 'Why did revenue fall?'.
ASKS_CAUSE = re.compile(
    r"\bwhy\b|\breasons?\b|\bfactors?\b|\bcaus(?:e|ed|es|ing)\b|\bdr(?:ove|iven|ivers?)\b|\bled to\b"
    r"|\bwhat (?:impacted|affected|contributed)\b",
    re.I,
)
# Questions asking for a share of a whole, which a percentage answers and an amount never does: 'What share of
# revenue came from outside the United States?', 'R&D expense as a percentage of revenue'.
ASKS_SHARE = re.compile(
    r"\bwhat (?:percentage|percent|share|proportion|fraction|portion)\b|\bas an? (?:percentage|percent|share|"
    r"proportion|%) of\b|\bpercent(?:age)? of\b",
    re.I,
)
