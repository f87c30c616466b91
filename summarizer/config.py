"""One frozen, validated configuration for the whole road (clean, segment, rank, select)."""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, fields
from typing import Any

from .errors import ConfigError

REDUNDANCY_METHODS = ("trigram", "mmr", "none")
ORDERS = ("document", "score")
LANGUAGES = ("en",)


@dataclass(frozen=True)
class Config:
    """Settings for :func:`summarizer.highlight`.

    All fields are validated on construction; an invalid value raises :class:`ConfigError`
    naming the field and what it accepts. Use :meth:`replace` (or keyword overrides to
    :func:`~summarizer.highlight`) to change single fields.

    Attributes:
        k: Maximum number of highlights. 3 measured best on CNN/DailyMail (see README).
        max_words: Optional word budget for all highlights together (at least one highlight
            is always returned).
        ratio: Optional budget as a fraction of the article's sentences (rounded up).
        ranker: Name of a registered ranker (see :func:`summarizer.rankers.available`).
        redundancy: ``"mmr"`` (maximal marginal relevance, the default: measured best on
            CNN/DailyMail), ``"trigram"`` (skip a sentence sharing a word trigram with a chosen
            one) or ``"none"``. Near-duplicates are always removed, whatever this says.
        mmr_lambda: Relevance weight of MMR in [0, 1]; 1 ignores redundancy.
        duplicate_threshold: Cosine similarity (tf-idf) at or above which two sentences count
            as near-duplicates and never both become highlights.
        order: ``"document"`` (the article's order) or ``"score"`` (best first).
        min_sentence_words: Sentences with fewer words are not candidates (unless nothing else is).
        max_sentence_words: Sentences with more words are not candidates (unless nothing else
            is); runs of text longer than this with no sentence punctuation are split.
        language: Language of the text; only ``"en"`` is supported now.
        remove_boilerplate: Drop datelines, bylines, "Read more", captions and similar lines.
        max_chars: Inputs longer than this many characters raise :class:`InputError`.
    """

    k: int = 3
    max_words: int | None = None
    ratio: float | None = None
    ranker: str = "default"
    redundancy: str = "mmr"
    mmr_lambda: float = 0.7
    duplicate_threshold: float = 0.6
    order: str = "document"
    min_sentence_words: int = 6
    max_sentence_words: int = 120
    language: str = "en"
    remove_boilerplate: bool = True
    max_chars: int = 20_000_000

    def __post_init__(self) -> None:
        _check_int(self, "k", 1, 1000)
        if self.max_words is not None:
            _check_int(self, "max_words", 1, 10**9)
        if self.ratio is not None:
            _check_float(self, "ratio", 0.0, 1.0, low_open=True)
        _check_choice(self, "redundancy", REDUNDANCY_METHODS)
        _check_float(self, "mmr_lambda", 0.0, 1.0)
        _check_float(self, "duplicate_threshold", 0.0, 1.0, low_open=True)
        _check_choice(self, "order", ORDERS)
        _check_int(self, "min_sentence_words", 1, 10**6)
        _check_int(self, "max_sentence_words", 2, 10**6)
        if self.max_sentence_words < self.min_sentence_words:
            raise ConfigError(
                f"max_sentence_words ({self.max_sentence_words}) must be >= "
                f"min_sentence_words ({self.min_sentence_words})"
            )
        _check_choice(self, "language", LANGUAGES)
        if not isinstance(self.remove_boilerplate, bool):
            raise ConfigError("remove_boilerplate must be True or False")
        _check_int(self, "max_chars", 1, 10**12)
        from .rankers import get_ranker  # late import: the registry imports this module

        get_ranker(self.ranker)

    def replace(self, **overrides: Any) -> Config:
        """Return a copy with some fields changed (validated like the constructor).

        Raises:
            ConfigError: For an unknown field name or an invalid value.
        """
        known = {f.name for f in fields(self)}
        unknown = sorted(set(overrides) - known)
        if unknown:
            raise ConfigError(
                f"unknown config field(s) {', '.join(unknown)}; valid fields are: "
                f"{', '.join(sorted(known))}"
            )
        return dataclasses.replace(self, **overrides)


def _check_int(cfg: Config, name: str, low: int, high: int) -> None:
    value = getattr(cfg, name)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ConfigError(f"{name} must be an integer from {low} to {high}, got {value!r}")


def _check_float(
    cfg: Config, name: str, low: float, high: float, *, low_open: bool = False
) -> None:
    value = getattr(cfg, name)
    ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    ok = ok and math.isfinite(value) and (low < value if low_open else low <= value)
    if not ok or value > high:
        bracket = "(" if low_open else "["
        raise ConfigError(f"{name} must be a number in {bracket}{low}, {high}], got {value!r}")


def _check_choice(cfg: Config, name: str, allowed: tuple[str, ...]) -> None:
    value = getattr(cfg, name)
    if value not in allowed:
        raise ConfigError(f"{name} must be one of {', '.join(allowed)}; got {value!r}")
