"""Exact rounding and number formatting shared by both filings.

Rounding is half away from zero on exact Fractions; nothing here uses floats.
"""

from fractions import Fraction

EM = "\u2014"


def q(x) -> Fraction:
    """Coerce an int / Fraction / decimal string to an exact Fraction."""
    if isinstance(x, Fraction):
        return x
    if isinstance(x, int):
        return Fraction(x)
    if isinstance(x, str):
        return Fraction(x)
    raise TypeError(f"inexact value {x!r}")


def rnd(x, nd: int = 0) -> Fraction:
    """Round half away from zero to nd decimals; returns an exact Fraction."""
    x = q(x)
    scale = Fraction(10) ** nd
    y = abs(x) * scale
    n = int(y)
    if y - n >= Fraction(1, 2):
        n += 1
    if x < 0:
        n = -n
    return Fraction(n) / scale


def rint(x) -> int:
    return int(rnd(x, 0))


def _plain(x, nd: int) -> str:
    r = rnd(abs(q(x)), nd)
    scale = 10**nd
    units = int(r * scale)
    whole, frac = divmod(units, scale)
    s = f"{whole:,}"
    if nd:
        s += "." + str(frac).rjust(nd, "0")
    return s


def num(x, nd: int = 0, zero: str = EM, paren: bool = True) -> str:
    """Table style: 1,234 / (1,234) / zero placeholder."""
    r = rnd(x, nd)
    if r == 0:
        return zero
    s = _plain(r, nd)
    if r < 0:
        return f"({s})" if paren else f"-{s}"
    return s


def plain(x, nd: int = 0) -> str:
    """Prose style magnitude without sign: 1,234.5"""
    return _plain(x, nd)


def signed(x, nd: int = 0) -> str:
    r = rnd(x, nd)
    return ("-" if r < 0 else "") + _plain(r, nd)


def pct(ratio, nd: int = 1, paren: bool = False) -> str:
    """Ratio (0.123) -> '12.3%'."""
    v = q(ratio) * 100
    r = rnd(v, nd)
    s = _plain(r, nd) + "%"
    if r < 0:
        return f"({s})" if paren else "-" + s
    return s


def pct_val(ratio, nd: int = 1) -> Fraction:
    return rnd(q(ratio) * 100, nd)


def bps(delta_ratio) -> int:
    return rint(q(delta_ratio) * 10000)


def usd(x, nd: int = 0, unit: str = "million") -> str:
    r = rnd(x, nd)
    s = "$" + _plain(r, nd) + (f" {unit}" if unit else "")
    return ("negative " + s) if r < 0 else s
