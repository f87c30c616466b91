"""One frozen, validated configuration for the whole road, from cleaning to rewriting."""

from __future__ import annotations

import dataclasses
import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from .errors import ConfigError

REDUNDANCY_METHODS = ("trigram", "mmr", "none")
ORDERS = ("document", "score")
LANGUAGES = ("en",)
REWRITE_MODES = ("sentences", "document")
INPUT_FORMATS = ("auto", "text", "html")
DTYPES = ("auto", "float32", "float16", "bfloat16")
_DEVICE = re.compile(r"auto|cpu|mps|cuda(?::\d+)?")


def _check_int(cfg: object, name: str, low: int, high: int) -> None:
    value = getattr(cfg, name)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ConfigError(f"{name} must be an integer from {low} to {high}, got {value!r}")


def _check_optional_int(cfg: object, name: str, low: int, high: int) -> None:
    if getattr(cfg, name) is not None:
        _check_int(cfg, name, low, high)


def _check_float(
    cfg: object, name: str, low: float, high: float, *, low_open: bool = False
) -> None:
    value = getattr(cfg, name)
    ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    ok = ok and math.isfinite(value) and (low < value if low_open else low <= value)
    if not ok or value > high:
        bracket = "(" if low_open else "["
        raise ConfigError(f"{name} must be a number in {bracket}{low}, {high}], got {value!r}")


def _check_choice(cfg: object, name: str, allowed: tuple[str, ...]) -> None:
    value = getattr(cfg, name)
    if value not in allowed:
        raise ConfigError(f"{name} must be one of {', '.join(allowed)}; got {value!r}")


@dataclass(frozen=True)
class RewriteOptions:
    """Settings of the seq2seq rewriter (see :attr:`Config.rewrite`); all validated.

    Generation settings left at ``None`` come from the model's own ``generation_config``.
    Decoding is always deterministic (no sampling), so the same input gives the same output.

    Attributes:
        device: ``"auto"`` (CUDA, then Apple MPS, then CPU), ``"cpu"``, ``"cuda"``,
            ``"cuda:N"`` or ``"mps"``.
        dtype: ``"auto"`` (bfloat16 on a CUDA device that supports it, float32 elsewhere),
            ``"float32"``, ``"float16"`` or ``"bfloat16"``.
        batch_size: Inputs per ``generate`` call (sentences or chunks, across articles with
            :meth:`~summarizer.Highlighter.highlight_many`).
        num_beams: Beam width (1 is greedy decoding).
        max_new_tokens: Most tokens generated per input. When neither this nor the model sets
            a length, 64 (``sentences`` mode) or 128 (``document`` mode).
        min_new_tokens: Fewest tokens generated per input. In ``sentences`` mode the model's
            minimum (tuned for whole summaries) is not applied unless set here.
        no_repeat_ngram_size: Never repeat an n-gram of this size (0 turns it off).
        length_penalty: Beam-search length penalty (> 1 favours longer outputs).
        prefix: Text put before every input, e.g. ``"summarize: "``. ``None`` takes it from the
            model (its ``task_specific_params``, or ``"summarize: "`` for T5); ``""`` for none.
        max_input_tokens: Input limit in tokens; ``None`` takes the model's. Longer articles
            are summarised in overlapping chunks (``document`` mode); longer sentences are kept
            as they are (``sentences`` mode). Nothing is ever silently truncated.
        chunk_overlap: Sentences repeated at the start of the next chunk (``document`` mode).
    """

    device: str = "auto"
    dtype: str = "auto"
    batch_size: int = 8
    num_beams: int | None = None
    max_new_tokens: int | None = None
    min_new_tokens: int | None = None
    no_repeat_ngram_size: int | None = None
    length_penalty: float | None = None
    prefix: str | None = None
    max_input_tokens: int | None = None
    chunk_overlap: int = 1

    def __post_init__(self) -> None:
        if not isinstance(self.device, str) or not _DEVICE.fullmatch(self.device):
            raise ConfigError(
                f"device must be auto, cpu, mps, cuda or cuda:N; got {self.device!r}"
            )
        _check_choice(self, "dtype", DTYPES)
        _check_int(self, "batch_size", 1, 4096)
        _check_optional_int(self, "num_beams", 1, 64)
        _check_optional_int(self, "max_new_tokens", 1, 100_000)
        _check_optional_int(self, "min_new_tokens", 0, 100_000)
        _check_optional_int(self, "no_repeat_ngram_size", 0, 100)
        if self.length_penalty is not None:
            _check_float(self, "length_penalty", -100.0, 100.0)
        if self.prefix is not None and not isinstance(self.prefix, str):
            raise ConfigError(f"prefix must be a string or None, got {self.prefix!r}")
        _check_optional_int(self, "max_input_tokens", 8, 10**7)
        _check_int(self, "chunk_overlap", 0, 16)
        low, high = self.min_new_tokens, self.max_new_tokens
        if low is not None and high is not None and low > high:
            raise ConfigError(f"min_new_tokens ({low}) must be <= max_new_tokens ({high})")

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> RewriteOptions:
        """Build options from a mapping such as ``{"num_beams": 4}``.

        Raises:
            ConfigError: For an unknown key or an invalid value.
        """
        return _build(cls, dict(values), "rewrite option")

    def replace(self, **overrides: Any) -> RewriteOptions:
        """Return a copy with some options changed (validated like the constructor).

        Raises:
            ConfigError: For an unknown option name or an invalid value.
        """
        return _build(type(self), {**dataclasses.asdict(self), **overrides}, "rewrite option")


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
        max_highlight_words: Sentences with more words become highlights only when no other
            sentence qualifies. In raw news, a "sentence" of over 60 words is nearly always
            photo captions run together without punctuation (21 of 750 bullets on the raw
            CNN/DailyMail dev file before this limit, 1 after; ROUGE within 0.3 either way).
        language: Language of the text; only ``"en"`` is supported now.
        remove_boilerplate: Drop datelines, bylines, "Read more", captions and similar lines.
        max_chars: Inputs longer than this many characters raise :class:`InputError`.
        input_format: ``"auto"`` (HTML is detected and its article extracted, see
            :mod:`summarizer.html`), ``"text"`` (never treated as HTML) or ``"html"``.
            Extraction needs ``news-highlights[feeds]``.
        rewrite: A seq2seq summarisation model to rewrite the highlights with: a local
            directory saved by ``transformers`` (a ``pathlib.Path`` is accepted) or a hub id
            (BART, PEGASUS, T5...). ``None`` (the default) keeps the extractive sentences.
            Needs ``news-highlights[abstractive]``.
        rewriter: Name of a registered rewriter (see :func:`summarizer.rewriters.available`);
            ``"default"`` means ``"seq2seq"`` when ``rewrite`` is set and ``"none"`` otherwise.
        rewrite_mode: ``"sentences"`` (rewrite each selected sentence) or ``"document"``
            (summarise the whole article, in overlapping chunks when it is too long for the
            model, and split the summary into bullets).
        rewrite_options: :class:`RewriteOptions` (device, dtype, batch size, generation
            settings); a mapping such as ``{"num_beams": 4}`` is converted.
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
    max_highlight_words: int = 60
    language: str = "en"
    remove_boilerplate: bool = True
    max_chars: int = 20_000_000
    input_format: str = "auto"
    rewrite: str | None = None
    rewriter: str = "default"
    rewrite_mode: str = "sentences"
    rewrite_options: RewriteOptions = RewriteOptions()

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
        _check_int(self, "max_highlight_words", 1, 10**6)
        if self.max_sentence_words < self.min_sentence_words:
            raise ConfigError(
                f"max_sentence_words ({self.max_sentence_words}) must be >= "
                f"min_sentence_words ({self.min_sentence_words})"
            )
        _check_choice(self, "language", LANGUAGES)
        if not isinstance(self.remove_boilerplate, bool):
            raise ConfigError("remove_boilerplate must be True or False")
        _check_int(self, "max_chars", 1, 10**12)
        _check_choice(self, "input_format", INPUT_FORMATS)
        from .rankers import get_ranker  # late import: the registry imports this module

        get_ranker(self.ranker)
        self._check_rewrite()

    @property
    def rewriter_name(self) -> str:
        """The registered rewriter that :attr:`rewriter` resolves to (``"default"`` resolved)."""
        if self.rewriter == "default":
            return "none" if self.rewrite is None else "seq2seq"
        return self.rewriter

    def _check_rewrite(self) -> None:
        if isinstance(self.rewrite, os.PathLike):
            object.__setattr__(self, "rewrite", os.fspath(self.rewrite))
        if self.rewrite is not None and (not isinstance(self.rewrite, str) or not self.rewrite):
            raise ConfigError(
                f"rewrite must be a model directory or hub id (a non-empty string) or None, "
                f"got {self.rewrite!r}"
            )
        _check_choice(self, "rewrite_mode", REWRITE_MODES)
        options: object = self.rewrite_options
        if isinstance(options, Mapping):
            object.__setattr__(self, "rewrite_options", RewriteOptions.from_mapping(options))
        elif not isinstance(options, RewriteOptions):
            raise ConfigError(
                "rewrite_options must be a summarizer.RewriteOptions or a mapping, "
                f"got {type(options).__name__}"
            )
        from .rewriters import get_rewriter  # late import: the registry imports this module

        get_rewriter(self.rewriter)
        name = self.rewriter_name
        if name == "seq2seq" and self.rewrite is None:
            raise ConfigError(
                "rewriter 'seq2seq' needs rewrite=MODEL: a local model directory or a hub id "
                "such as 'facebook/bart-large-cnn'"
            )
        if name == "none" and self.rewrite is not None:
            raise ConfigError(
                f"rewrite={self.rewrite!r} has no effect with rewriter='none'; use "
                "rewriter='default' or 'seq2seq'"
            )
        if name == "none" and self.rewrite_options != RewriteOptions():
            raise ConfigError("rewrite_options have no effect without rewrite=MODEL")

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


def _build(cls: type[RewriteOptions], values: dict[str, Any], what: str) -> RewriteOptions:
    known = {f.name for f in fields(cls)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise ConfigError(
            f"unknown {what}(s) {', '.join(map(str, unknown))}; valid names are: "
            f"{', '.join(sorted(known))}"
        )
    return cls(**values)
