"""Every summarizer ranker as a system of the evaluation harness (an entry-point plug-in).

``evaluation`` never imports ``summarizer``; instead this package registers :func:`systems`
in the ``evaluation.systems`` entry-point group (see ``pyproject.toml``), so that
``python -m evaluation benchmark --systems lead3,default,textrank`` finds the rankers by name.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from .api import Highlighter
from .errors import InputError
from .rankers import available


def ranker_system(ranker: str, **overrides: Any) -> Callable[[str], list[str]]:
    """A callable ``text -> bullets`` for one ranker, with one :class:`Highlighter` for all calls.

    An article without a usable sentence (an :class:`InputError`) gives no bullet, which
    scores 0, instead of stopping the benchmark.

    Args:
        ranker: A registered ranker name (or ``"default"``).
        **overrides: Other :class:`~summarizer.Config` fields, e.g. ``k=4``.
    """
    highlighter = Highlighter(ranker=ranker, **overrides)

    def summarize(text: str) -> list[str]:
        try:
            return list(highlighter.highlight(text).bullets)
        except InputError:
            return []

    summarize.__name__ = f"summarizer_{ranker}"
    return summarize


def systems() -> dict[str, Callable[[], Callable[[str], list[str]]]]:
    """Factories of every ranker system, by ranker name (``default`` included)."""
    return {name: partial(ranker_system, name) for name in available()}
