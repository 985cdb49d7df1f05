"""Exact rounding and number formatting shared by both filings."""

from fractions import Fraction

DASH = "\u2014"


def rnd(x, nd=0):
    """Round half away from zero; returns int when nd == 0, else Fraction."""
    x = Fraction(x)
    q = Fraction(10) ** nd
    y = abs(x) * q
    n = int(y)
    if y - n >= Fraction(1, 2):
        n += 1
    n = n if x >= 0 else -n
    return n if nd == 0 else Fraction(n) / q


def _digits(x, nd):
    r = rnd(x, nd)
    neg = r < 0
    r = abs(Fraction(r))
    whole = int(r)
    s = f"{whole:,}"
    if nd:
        frac = int((r - whole) * 10**nd)
        s += "." + str(frac).rjust(nd, "0")
    return neg, s, r == 0


def num(x, nd=0, dash=True):
    """Accounting style: 1,234 ; (1,234) ; zero as an em dash."""
    neg, s, zero = _digits(x, nd)
    if zero:
        return DASH if dash else s
    return f"({s})" if neg else s


def signed(x, nd=0):
    """Prose style with a leading minus sign."""
    neg, s, zero = _digits(x, nd)
    return ("-" + s) if (neg and not zero) else s


def money(x, nd=2):
    neg, s, zero = _digits(x, nd)
    return f"(${s})" if (neg and not zero) else f"${s}"


def pct(ratio, nd=1, paren=False):
    """ratio is a fraction (0.123 -> '12.3%')."""
    neg, s, zero = _digits(Fraction(ratio) * 100, nd)
    if neg and not zero:
        return f"({s}%)" if paren else f"-{s}%"
    return f"{s}%"


def pct_num(ratio, nd=1):
    """Percent value without the % sign, for tables."""
    neg, s, zero = _digits(Fraction(ratio) * 100, nd)
    return f"({s})" if (neg and not zero) else s
