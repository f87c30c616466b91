"""Rewriter registry: the optional last stage of the road, after selection.

A rewriter turns the extractive selection of one or more articles into draft bullets, each
tied to the document sentences it comes from (see :class:`Rewriter`). The road
(:mod:`summarizer.api`) then checks every draft of an abstractive rewriter with the
faithfulness guard (:mod:`summarizer.rewriters.guard`) and reverts a draft that fails to its
extractive source sentence.

Built in: ``none`` (identity, the default) and ``seq2seq`` (a transformers BART / PEGASUS / T5
checkpoint, imported lazily). Register your own factory with :func:`register`; an unknown name
raises :class:`~summarizer.errors.UnknownNameError` listing the registered names.

Nothing here imports torch or transformers: only loading a ``seq2seq`` model does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from ..errors import UnknownNameError
from ..types import Document

if TYPE_CHECKING:
    from ..config import Config


@dataclass(frozen=True, slots=True)
class RewriteJob:
    """One article to rewrite.

    Attributes:
        document: The segmented article.
        chosen: Indices of the extractive highlights, in output order.
        scores: The ranker's score of every sentence of the document.
    """

    document: Document
    chosen: tuple[int, ...]
    scores: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class Draft:
    """One bullet proposed by a rewriter.

    Attributes:
        text: The proposed text (the model's output; may be empty).
        sources: Indices of the document sentences it rewrites (or, for a summary of the
            whole document, the sentence it is closest to); the guard checks it against them
            and a failing draft is replaced by their text.
        kept: When the rewriter did not rewrite on purpose, why (``text`` is then the source).
    """

    text: str
    sources: tuple[int, ...]
    kept: str | None = None


@dataclass(frozen=True, slots=True)
class Rewritten:
    """A rewriter's output for one :class:`RewriteJob`.

    Attributes:
        drafts: The bullets in output order.
        notes: Messages for the reader (e.g. that the article was summarised in chunks).
    """

    drafts: tuple[Draft, ...]
    notes: tuple[str, ...] = ()


@runtime_checkable
class Rewriter(Protocol):
    """The rewriter contract.

    Attributes:
        name: The registered name.
        label: What is shown in :attr:`Highlights.rewriter`, e.g. ``"seq2seq:t5-small"``.
        abstractive: True when drafts are new text (they are then checked by the guard);
            False for the identity rewriter, whose drafts are the extractive sentences.
    """

    name: str
    label: str
    abstractive: bool

    def rewrite(self, jobs: Sequence[RewriteJob]) -> list[Rewritten]:
        """Return one :class:`Rewritten` per job, in order (several jobs allow batching)."""
        ...


#: Builds a rewriter for a configuration (called once per :class:`~summarizer.Highlighter`).
RewriterFactory = Callable[["Config"], Rewriter]

_REGISTRY: dict[str, RewriterFactory] = {}


def register(name: str, factory: RewriterFactory, *, replace: bool = False) -> RewriterFactory:
    """Add a rewriter factory to the registry.

    Args:
        name: The name users pass as ``Config(rewriter=name)``.
        factory: Called with the :class:`~summarizer.Config` once per ``Highlighter``; it
            should be cheap (load models lazily, on the first :meth:`Rewriter.rewrite`).
        replace: Allow replacing an existing rewriter of the same name.

    Returns:
        The factory, so this can be used as an expression.

    Raises:
        ValueError: If the name is taken (and ``replace`` is False) or is ``"default"``.
    """
    _load_builtins()
    if name == "default" or (name in _REGISTRY and not replace):
        raise ValueError(f"a rewriter named {name!r} is already registered")
    _REGISTRY[name] = factory
    return factory


def unregister(name: str) -> None:
    """Remove a rewriter added with :func:`register` (built-ins cannot be removed).

    Raises:
        ValueError: For a built-in name.
        UnknownNameError: For a name that is not registered.
    """
    if name in _BUILTINS:
        raise ValueError(f"the built-in rewriter {name!r} cannot be removed")
    get_rewriter(name)
    del _REGISTRY[name]


def available() -> tuple[str, ...]:
    """Return the registered rewriter names (plus ``"default"``), sorted."""
    _load_builtins()
    return tuple(sorted([*_REGISTRY, "default"]))


def get_rewriter(name: str) -> RewriterFactory:
    """Look up a rewriter factory by name (``"default"`` is ``"none"``).

    Raises:
        UnknownNameError: If no rewriter has that name; the message lists the valid names.
    """
    _load_builtins()
    if name == "default":
        name = "none"
    try:
        return _REGISTRY[name]
    except (KeyError, TypeError):
        raise UnknownNameError("rewriter", str(name), available()) from None


def load_rewriter(config: Config) -> Rewriter:
    """Build the rewriter that ``config`` asks for (models still load lazily).

    Raises:
        UnknownNameError: For an unknown rewriter name.
        ModelError: For a ``rewrite`` path that does not exist.
    """
    return get_rewriter(config.rewriter_name)(config)


_BUILTINS = ("none", "seq2seq")


def _load_builtins() -> None:
    if _REGISTRY:
        return
    from .identity import IdentityRewriter
    from .seq2seq import seq2seq_factory

    _REGISTRY["none"] = lambda config: IdentityRewriter()
    _REGISTRY["seq2seq"] = seq2seq_factory


__all__ = [
    "Draft",
    "RewriteJob",
    "Rewriter",
    "RewriterFactory",
    "Rewritten",
    "available",
    "get_rewriter",
    "load_rewriter",
    "register",
    "unregister",
]
