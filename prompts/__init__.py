"""Prompt templates, shipped as package data and rendered with StrictUndefined.

A missing variable is an error at render time, not a silently empty prompt.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import jinja2

_ENV = jinja2.Environment(
    undefined=jinja2.StrictUndefined,
    autoescape=False,  # prompts are plain text for a model, not HTML
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=False,
)


@cache
def _template(name: str) -> jinja2.Template:
    source = resources.files(__package__).joinpath(f"{name}.jinja").read_text(encoding="utf-8")
    return _ENV.from_string(source)


def render(name: str, **variables: object) -> str:
    """Render prompts/<name>.jinja; raises jinja2.UndefinedError when a variable is missing."""
    return _template(name).render(**variables).strip()


def names() -> list[str]:
    return sorted(
        p.name.removesuffix(".jinja") for p in resources.files(__package__).iterdir() if p.name.endswith(".jinja")
    )
