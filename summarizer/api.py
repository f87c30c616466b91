"""The road, end to end: clean + segment -> rank -> select -> Highlights."""

from __future__ import annotations

from typing import Any

import numpy as np

from .config import Config
from .errors import InputError, SummarizerError
from .features import Features
from .rankers import Ranker, get_ranker
from .segment import segment
from .select import select
from .types import Document, Highlight, Highlights


class Highlighter:
    """Summarise many articles with one validated configuration.

    Args:
        config: The configuration; defaults to ``Config()``.
        **overrides: Single fields to change, e.g. ``k=4`` or ``ranker="lexrank"``.

    Raises:
        ConfigError: For an unknown field or an invalid value.
    """

    def __init__(self, config: Config | None = None, **overrides: Any) -> None:
        base = config if config is not None else Config()
        if not isinstance(base, Config):
            raise TypeError(f"config must be a summarizer.Config, got {type(base).__name__}")
        self.config = base.replace(**overrides) if overrides else base
        self.ranker: Ranker = get_ranker(self.config.ranker)

    def document(self, text: str | bytes, *, encoding: str | None = None) -> Document:
        """Clean and segment ``text`` (the first stage of :meth:`highlight`), for inspection.

        Raises:
            TypeError: If ``text`` is not ``str`` (or ``bytes`` without ``encoding``).
            InputError: If the text is empty, whitespace only or over ``config.max_chars``.
        """
        return segment(_check_text(text, encoding, self.config.max_chars), self.config)

    def highlight(self, text: str | bytes, *, encoding: str | None = None) -> Highlights:
        """Return the key highlights of one article.

        Args:
            text: The article (raw text; hard wraps, bylines and footers are handled).
            encoding: Decode ``bytes`` input with this codec (``bytes`` needs it).

        Returns:
            The highlights, each traceable to its source sentences and spans.

        Raises:
            TypeError: If ``text`` is not ``str`` (or ``bytes`` without ``encoding``).
            InputError: If the text is empty, has no content sentence, or is too large.
        """
        document = self.document(text, encoding=encoding)
        if not document.sentences:
            raise InputError(
                "no content sentences found: everything was punctuation or boilerplate "
                f"({len(document.removed)} spans removed); pass remove_boilerplate=False to "
                "keep boilerplate"
            )
        features = Features(document)
        scores = self._scores(document, features)
        chosen = select(scores, features, self.config)
        items = tuple(
            Highlight(
                text=document.sentences[i].text,
                sentences=(i,),
                spans=((document.sentences[i].start, document.sentences[i].end),),
                score=float(scores[i]),
                ranker=self.ranker.name,
            )
            for i in chosen
        )
        return Highlights(items=items, n_sentences=len(document.sentences), title=document.title)

    def _scores(self, document: Document, features: Features) -> np.ndarray[Any, Any]:
        raw = np.asarray(self.ranker.score(document, features), dtype=np.float64)
        if raw.shape != (features.n,):
            raise SummarizerError(
                f"ranker {self.ranker.name!r} returned scores of shape {raw.shape} "
                f"for {features.n} sentences"
            )
        return np.nan_to_num(raw, nan=0.0, posinf=1e300, neginf=-1e300)


def highlight(
    text: str | bytes,
    config: Config | None = None,
    *,
    encoding: str | None = None,
    **overrides: Any,
) -> Highlights:
    """Return the key highlights of a news article.

    Args:
        text: The article as ``str`` (or ``bytes`` together with ``encoding``).
        config: A :class:`Config`; defaults to ``Config()``.
        encoding: Codec for ``bytes`` input, e.g. ``"utf-8"``.
        **overrides: Config fields to change for this call, e.g. ``k=4``.

    Returns:
        A :class:`Highlights`; ``print(h)`` shows the numbered "Key highlights" list.

    Raises:
        TypeError: For input that is not text.
        InputError: For empty or unusable text.
        ConfigError: For an invalid configuration value.

    Example:
        >>> from summarizer import highlight
        >>> h = highlight("The first sentence is here. A second one follows it.", k=1)
        >>> h.bullets
        ('The first sentence is here.',)
    """
    return Highlighter(config, **overrides).highlight(text, encoding=encoding)


def _check_text(text: object, encoding: str | None, max_chars: int) -> str:
    if isinstance(text, (bytes, bytearray, memoryview)):
        if encoding is None:
            raise TypeError(
                "expected str, got bytes: decode it first (data.decode('utf-8')) or pass "
                "encoding='utf-8'"
            )
        try:
            text = bytes(text).decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise InputError(f"cannot decode the input as {encoding}: {exc}") from exc
    if not isinstance(text, str):
        raise TypeError(f"expected the article as str, got {type(text).__name__}")
    if len(text) > max_chars:
        raise InputError(
            f"input has {len(text):,} characters, over the limit of {max_chars:,} "
            "(raise Config.max_chars to allow it)"
        )
    if not text.strip():
        raise InputError("the input text is empty or whitespace only")
    return text
