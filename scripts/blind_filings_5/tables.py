"""Row/column helpers shared by both documents."""

from fmt import num, pct


def cols(n, w=19, dollar=True):
    return [dict(w=w, dollar=dollar) for _ in range(n)]


def R(tid, rid, label, vals, keys, nd=0, kind="num", **kw):
    cells, ids = [], []
    for v, k in zip(vals, keys, strict=True):
        if v is None:
            cells.append(None)
            ids.append(None)
            continue
        if kind == "pct":
            cells.append(pct(v, nd, paren=True))
        elif kind == "str":
            cells.append(v)
        else:
            cells.append(num(v, nd))
        ids.append(f"{tid}.{rid}.{k}")
    return dict(label=label, cells=cells, ids=ids, **kw)


def H(label, **kw):
    return dict(label=label, cells=[], head=True, **kw)


def chg_pct(a, b):
    from fractions import Fraction

    return None if b == 0 else Fraction(a - b, abs(b))
