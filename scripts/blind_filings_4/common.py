"""Exact arithmetic, rounding and number formatting shared by the models, the
renderers and the question generator.

All money is held as integers (Tarnwick: $ thousands; Ossenfield: tenths of a
$ million) and ratios as ``fractions.Fraction`` so that nothing depends on
binary floating point.  Rounding is always half-up.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

DASH = "--"  # core PDF fonts are latin-1 only; filings print a dash for nil


def frac(x) -> Fraction:
    return x if isinstance(x, Fraction) else Fraction(x)


def rnd(x, nd: int = 0) -> Decimal:
    """Round a Fraction/int half-up to ``nd`` decimals, returning a Decimal."""
    f = frac(x)
    d = Decimal(f.numerator) / Decimal(f.denominator) if f.denominator != 1 else Decimal(f.numerator)
    # Decimal division uses 28 significant digits, ample for these magnitudes.
    q = Decimal(1).scaleb(-nd)
    return d.quantize(q, rounding=ROUND_HALF_UP)


def rnd_int(x) -> int:
    return int(rnd(x, 0))


def pct(num, den) -> Fraction:
    return Fraction(num) * 100 / Fraction(den)


def commas(d: Decimal | int, nd: int = 0) -> str:
    """Absolute value with thousands separators and ``nd`` decimals."""
    d = abs(Decimal(d))
    return f"{d:,.{nd}f}"


# ---------------------------------------------------------------- formatters
# Each returns the text exactly as printed in a table cell.


def f_int(v) -> str:
    """Whole number (e.g. $ thousands); negatives in parentheses; nil as dash."""
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    v = int(v)
    if v == 0:
        return DASH
    return f"({commas(v)})" if v < 0 else commas(v)


def f_tenths(v) -> str:
    """Integer tenths of a million printed with one decimal: 42153 -> 4,215.3."""
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    v = int(v)
    if v == 0:
        return DASH
    d = Decimal(v).scaleb(-1)
    return f"({commas(d, 1)})" if v < 0 else commas(d, 1)


def f_dec(nd: int):
    def f(v) -> str:
        if v is None:
            return ""
        if isinstance(v, str):
            return v
        d = rnd(v, nd)
        if d == 0:
            return DASH
        return f"({commas(d, nd)})" if d < 0 else commas(d, nd)

    return f


def f_pct(nd: int = 2, sign: str = "%"):
    """Percent already expressed in percent units (e.g. Fraction 338/100)."""

    def f(v) -> str:
        if v is None:
            return ""
        if isinstance(v, str):
            return v
        d = rnd(v, nd)
        s = commas(d, nd)
        return f"({s}){sign}" if d < 0 else f"{s}{sign}"

    return f


def cents(v: int) -> str:
    """Integer cents -> 5.40 (used for per-share amounts in text)."""
    d = Decimal(int(v)).scaleb(-2)
    return f"({commas(d, 2)})" if v < 0 else commas(d, 2)


def f_cents(v) -> str:
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    if int(v) == 0:
        return DASH
    return cents(v)


def txt_thousands_as_millions(v: int, nd: int = 1) -> str:
    """$ thousands -> '219.5' (millions) for prose."""
    return commas(rnd(Fraction(v, 1000), nd), nd)


def txt_tenths(v: int) -> str:
    return commas(Decimal(abs(int(v))).scaleb(-1), 1)


def txt_pct(v, nd: int = 1) -> str:
    return commas(rnd(v, nd), nd) + "%"
