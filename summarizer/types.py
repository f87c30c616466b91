"""Plain data types passed along the road: sentences, documents and highlights."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the input.

    Attributes:
        index: Position among the document's sentences (0-based).
        text: Clean text: whitespace collapsed, line-end hyphenation repaired, datelines and
            bullet markers removed.
        start: Offset of the sentence's first character in the original input.
        end: Offset just past its last character, so ``original[start:end]`` is the source.
        paragraph: Index of the paragraph the sentence belongs to.
    """

    index: int
    text: str
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class Document:
    """An input after cleaning and segmentation.

    Attributes:
        text: The original input, unchanged.
        sentences: The candidate sentences, in document order.
        removed: Spans of the input dropped as boilerplate, each with the rule that dropped it.
        tokenized: True when the input looked pre-tokenized (lowercased PTB style, as in the
            CNN/DailyMail benchmark files), which changes how sentences are split.
        title_span: Span of the headline when the input starts with one (a short first line
            with no closing punctuation, followed by more text); it is not a sentence.
    """

    text: str
    sentences: tuple[Sentence, ...]
    removed: tuple[tuple[int, int, str], ...] = ()
    tokenized: bool = False
    title_span: tuple[int, int] | None = None

    @property
    def title(self) -> str | None:
        """The headline text, or None."""
        if self.title_span is None:
            return None
        from .clean import clean_sentence

        return clean_sentence(self.text[self.title_span[0] : self.title_span[1]])


@dataclass(frozen=True, slots=True)
class Highlight:
    """One highlight (a bullet) and where it came from.

    Attributes:
        text: The bullet text.
        sentences: Indices of the source sentences in :attr:`Document.sentences`.
        spans: ``(start, end)`` character offsets of each source sentence in the input.
        score: The ranker's score of the (first) source sentence; higher is better.
        ranker: Name of the ranker that chose it.
        status: ``"extracted"`` (no rewriting asked for), ``"rewritten"`` (a model's text
            that passed the faithfulness guard), ``"kept"`` (the source sentence, unchanged
            by the model or not rewritable: see :attr:`reason`) or ``"reverted"`` (the model's
            text failed the guard and was replaced by the source sentence: see :attr:`reason`).
        reason: Why the item was kept or reverted (``None`` otherwise).
        source_text: The extractive text of the source sentences (``None`` means the same as
            :attr:`text`).
        generated: The model's text when it was not used (``"kept"`` or ``"reverted"``).
    """

    text: str
    sentences: tuple[int, ...]
    spans: tuple[Span, ...]
    score: float
    ranker: str
    status: str = "extracted"
    reason: str | None = None
    source_text: str | None = None
    generated: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dictionary."""
        return {
            "text": self.text,
            "sentences": list(self.sentences),
            "spans": [list(span) for span in self.spans],
            "score": self.score,
            "ranker": self.ranker,
            "status": self.status,
            "reason": self.reason,
            "source_text": self.text if self.source_text is None else self.source_text,
            "generated": self.generated,
        }


@dataclass(frozen=True, slots=True)
class Highlights:
    """The result of :func:`summarizer.highlight`: an ordered tuple of :class:`Highlight`.

    ``str(h)`` gives the classic numbered "Key highlights" list; :meth:`to_markdown`,
    :meth:`to_json`, :meth:`to_dict` and :meth:`to_html` give the other formats.

    Attributes:
        items: The highlights in output order.
        n_sentences: How many candidate sentences the article had.
        title: Optional title shown by the renderers.
        rewriter: What rewrote the highlights (e.g. ``"seq2seq:facebook/bart-large-cnn"``), or
            ``None`` for extractive highlights.
        notes: Things the reader should know about how the result was made, e.g. that the
            article was longer than the model's input and was summarised in chunks.
    """

    items: tuple[Highlight, ...]
    n_sentences: int = 0
    title: str | None = None
    rewriter: str | None = None
    notes: tuple[str, ...] = ()

    @property
    def bullets(self) -> tuple[str, ...]:
        """The highlight texts, in order."""
        return tuple(item.text for item in self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[Highlight]:
        return iter(self.items)

    def __getitem__(self, index: int) -> Highlight:
        return self.items[index]

    def __str__(self) -> str:
        from .render import render_text

        return render_text(self)

    def to_markdown(self) -> str:
        """Render as a Markdown numbered list under a ``## Key highlights`` heading."""
        from .render import render_markdown

        return render_markdown(self)

    def to_html(self) -> str:
        """Render as an HTML fragment (``<section>`` with an ``<ol>``), all text escaped."""
        from .render import render_html

        return render_html(self)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dictionary."""
        data: dict[str, Any] = {
            "highlights": [item.to_dict() for item in self.items],
            "n_sentences": self.n_sentences,
        }
        if self.title is not None:
            data["title"] = self.title
        if self.rewriter is not None:
            data["rewriter"] = self.rewriter
        if self.notes:
            data["notes"] = list(self.notes)
        return data

    def to_json(self, indent: int | None = 2) -> str:
        """Render as JSON (always valid; non-ASCII kept as is)."""
        from .render import render_json

        return render_json(self, indent=indent)
