"""Exact-arithmetic rounding and number formatting (half away from zero)."""

from fractions import Fraction as F


def rhu(x, nd=0):
    """Round a number half-up (away from zero) to nd decimals; returns a Fraction."""
    x = F(x)
    m = F(10) ** nd
    q = (abs(x) * m + F(1, 2)) // 1
    return (1 if x >= 0 else -1) * F(q) / m


def _plain(x, nd):
    r = rhu(x, nd)
    a = abs(r)
    ip = int(a)
    s = f"{ip:,}"
    if nd:
        s += "." + str(int((a - ip) * 10**nd)).rjust(nd, "0")
    return r < 0, s


def num(x, nd=0, zero="-"):
    """Table style: thousands separators, negatives in parentheses."""
    neg, s = _plain(x, nd)
    if zero is not None and rhu(x, nd) == 0:
        return zero
    return f"({s})" if neg else s


def sgn(x, nd=0):
    """Prose/answer style: leading minus sign for negatives."""
    neg, s = _plain(x, nd)
    return "-" + s if neg else s


def pct(ratio, nd=1, paren=False):
    """A ratio (0.123) shown as a percentage string ('12.3%')."""
    v = F(ratio) * 100
    if paren:
        return num(v, nd, zero=None) + "%"
    return sgn(v, nd) + "%"


def mil(x, nd=1):
    """Thousands -> '$12.3 million' (absolute value)."""
    return "$" + sgn(abs(F(x)) / 1000, nd) + " million"


def usd(x, nd=2):
    neg, s = _plain(x, nd)
    return ("-$" if neg else "$") + s
