"""Locate the system TrueType fonts used by the two documents.

Only fonts shipped by common Linux packages are used (Liberation, DejaVu).
If one is missing the generator stops with a plain message.
"""
import os

FONT_ROOTS = ("/usr/share/fonts", "/usr/local/share/fonts")


def _index():
    found = {}
    for root in FONT_ROOTS:
        if not os.path.isdir(root):
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for name in sorted(filenames):
                found.setdefault(name, os.path.join(dirpath, name))
    return found


def resolve(wanted):
    """wanted: {(family, style): "File.ttf"} -> {(family, style): path}."""
    index = _index()
    out, missing = {}, []
    for key, filename in wanted.items():
        path = index.get(filename)
        if path is None:
            missing.append(filename)
        else:
            out[key] = path
    if missing:
        raise SystemExit(
            "Cannot build the filings: these TrueType fonts were not found under "
            + " or ".join(FONT_ROOTS) + ": " + ", ".join(sorted(set(missing)))
            + ". Install the Liberation and DejaVu font packages "
            "(Debian/Ubuntu: fonts-liberation fonts-dejavu-core fonts-dejavu-extra) and retry."
        )
    return out
