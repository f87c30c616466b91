"""Ranker registry: every ranker scores each sentence of a document; higher is better.

A ranker is any object with a ``name`` and a ``score(document, features)`` method that
returns one finite float per sentence (see :class:`Ranker`). Register your own with
:func:`register`; an unknown name raises :class:`~summarizer.errors.UnknownNameError` listing
the registered names.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from ..errors import UnknownNameError
from ..features import Features, FloatArray
from ..types import Document

#: The name ``"default"`` resolves to this ranker.
DEFAULT_RANKER = "learned"


@runtime_checkable
class Ranker(Protocol):
    """The ranker contract."""

    name: str

    def score(self, document: Document, features: Features) -> FloatArray:
        """Return one finite score per sentence of ``document`` (higher is better)."""
        ...


_REGISTRY: dict[str, Ranker] = {}


def register(ranker: Ranker, *, replace: bool = False) -> Ranker:
    """Add a ranker to the registry under ``ranker.name``.

    Args:
        ranker: The ranker instance.
        replace: Allow replacing an existing ranker of the same name.

    Returns:
        The ranker, so this can be used as an expression.

    Raises:
        ValueError: If the name is taken (and ``replace`` is False) or is ``"default"``.
    """
    _load_builtins()
    if ranker.name == "default" or (ranker.name in _REGISTRY and not replace):
        raise ValueError(f"a ranker named {ranker.name!r} is already registered")
    _REGISTRY[ranker.name] = ranker
    return ranker


def available() -> tuple[str, ...]:
    """Return the registered ranker names (plus ``"default"``), sorted."""
    _load_builtins()
    return tuple(sorted([*_REGISTRY, "default"]))


def get_ranker(name: str) -> Ranker:
    """Look up a ranker by name (``"default"`` is the best measured ranker).

    Raises:
        UnknownNameError: If no ranker has that name; the message lists the valid names.
    """
    _load_builtins()
    if name == "default":
        name = DEFAULT_RANKER
    try:
        return _REGISTRY[name]
    except (KeyError, TypeError):
        raise UnknownNameError("ranker", str(name), available()) from None


_LOADED: list[bool] = []


def _load_builtins() -> None:
    if _LOADED:
        return
    _LOADED.append(True)
    from . import centroid, graph, hybrid, lead, learned

    for module in (lead, graph, centroid, hybrid, learned):
        for ranker in module.RANKERS:
            _REGISTRY.setdefault(ranker.name, ranker)


__all__ = ["DEFAULT_RANKER", "Ranker", "available", "get_ranker", "register"]
