"""Units a table states in brackets next to its figures: 'Income statement (GBP millions)', 'EPS (pence)'."""

from __future__ import annotations

import re

# Words that name a unit or a scale.
UNIT_WORDS = r"\b(?:millions?|thousands?|billions?|pence|per cent|percent|GBP|USD|EUR)\b"
_STATED_UNITS = re.compile(rf"\(([^()]*{UNIT_WORDS}[^()]*)\)", re.I)


def units_stated(text: str) -> str:
    """The first units a text states in brackets: 'Income statement (GBP millions)' gives 'GBP millions'."""
    found = _STATED_UNITS.search(text)
    return found.group(1).strip() if found else ""
