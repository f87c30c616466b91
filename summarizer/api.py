"""The road, end to end: clean + segment -> rank -> select -> (rewrite + guard) -> Highlights."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .config import Config
from .errors import InputError, SummarizerError
from .features import Features
from .html import extract_html, looks_like_html
from .rankers import Ranker, get_ranker
from .rewriters import Draft, RewriteJob, Rewriter, Rewritten, load_rewriter
from .rewriters.guard import ArticleFacts, Verdict, review
from .segment import segment
from .select import select
from .types import Document, Highlight, Highlights

#: Articles whose rewriter inputs are batched together by :meth:`Highlighter.highlight_many`.
_BATCH_ARTICLES = 64


@dataclass(frozen=True)
class _Selection:
    """The extractive result of one article: what the rewriter starts from."""

    document: Document
    scores: tuple[float, ...]
    chosen: tuple[int, ...]


class Highlighter:
    """Summarise many articles with one validated configuration.

    With ``rewrite=MODEL`` the model is loaded once, on the first article, and reused for
    every later one; :meth:`highlight_many` also batches the model's inputs across articles.

    Args:
        config: The configuration; defaults to ``Config()``.
        **overrides: Single fields to change, e.g. ``k=4`` or ``ranker="lexrank"``.

    Raises:
        ConfigError: For an unknown field or an invalid value.
        ModelError: For a ``rewrite`` path that does not exist (checked at once, before any
            model is loaded).
    """

    def __init__(self, config: Config | None = None, **overrides: Any) -> None:
        base = config if config is not None else Config()
        if not isinstance(base, Config):
            raise TypeError(f"config must be a summarizer.Config, got {type(base).__name__}")
        self.config = base.replace(**overrides) if overrides else base
        self.ranker: Ranker = get_ranker(self.config.ranker)
        self.rewriter: Rewriter = load_rewriter(self.config)

    def document(self, text: str | bytes, *, encoding: str | None = None) -> Document:
        """Clean and segment ``text`` (the first stage of :meth:`highlight`), for inspection.

        HTML input (``input_format="html"``, or detected with ``"auto"``) is replaced by the
        article extracted from it, so the document's text and spans refer to that text.

        Raises:
            TypeError: If ``text`` is not ``str`` (or ``bytes`` without ``encoding``).
            InputError: If the text is empty, whitespace only or over ``config.max_chars``,
                or is an HTML page without an article.
            MissingExtraError: For HTML input without ``news-highlights[feeds]``.
        """
        checked = _check_text(text, encoding, self.config.max_chars)
        form = self.config.input_format
        if form == "html" or (form == "auto" and looks_like_html(checked)):
            checked = extract_html(checked).text
        return segment(checked, self.config)

    def highlight(self, text: str | bytes, *, encoding: str | None = None) -> Highlights:
        """Return the key highlights of one article.

        Args:
            text: The article (raw text; hard wraps, bylines and footers are handled).
            encoding: Decode ``bytes`` input with this codec (``bytes`` needs it).

        Returns:
            The highlights, each traceable to its source sentences and spans. With a rewriter,
            each item also says whether it was rewritten, kept or reverted, and why.

        Raises:
            TypeError: If ``text`` is not ``str`` (or ``bytes`` without ``encoding``).
            InputError: If the text is empty, has no content sentence, or is too large.
            ModelError: If the rewrite model cannot be loaded or run.
            MissingExtraError: If rewriting needs ``news-highlights[abstractive]``.
        """
        return self._highlight_batch([text], encoding)[0]

    def highlight_many(
        self,
        texts: Iterable[str | bytes],
        *,
        encoding: str | None = None,
        n_jobs: int = 1,
        progress: bool = False,
    ) -> list[Highlights]:
        """Return the key highlights of several articles, in order.

        The result is the same as calling :meth:`highlight` on each text. In one process
        (``n_jobs=1``) a rewrite model's inputs are batched across articles (``batch_size``);
        with ``n_jobs > 1`` the articles are spread over worker processes, each with its own
        highlighter. For streaming, or to get errors as values instead of an exception, use
        :func:`summarizer.batch.iter_highlights`.

        Args:
            texts: The articles (``str``, or ``bytes`` together with ``encoding``).
            encoding: Decode ``bytes`` input with this codec.
            n_jobs: Worker processes; 1 works here, -1 uses every CPU.
            progress: Show a progress bar with rate and ETA on stderr (needs tqdm).

        Returns:
            One :class:`Highlights` per text, in order.

        Raises:
            TypeError: If a text is not ``str`` (or ``bytes`` without ``encoding``).
            InputError: For the first text that is empty, has no content sentence, or is too
                large (nothing is generated then).
            ModelError: If the rewrite model cannot be loaded or run.
            MissingExtraError: If rewriting needs ``news-highlights[abstractive]``.
        """
        from .batch import iter_highlights, progress_bar

        items = list(texts)
        if n_jobs != 1:
            results: list[Highlights] = []
            stream = iter_highlights(
                items, self.config, n_jobs=n_jobs, progress=progress, encoding=encoding
            )
            for result in stream:
                if isinstance(result, Exception):
                    raise result
                results.append(result)
            return results
        bar = progress_bar(len(items), progress, "articles")
        done: list[Highlights] = []
        try:
            for start in range(0, len(items), _BATCH_ARTICLES):
                chunk = items[start : start + _BATCH_ARTICLES]
                done += self._highlight_batch(chunk, encoding)
                if bar is not None:
                    bar.update(len(chunk))
        finally:
            if bar is not None:
                bar.close()
        return done

    def _highlight_batch(
        self, texts: Sequence[str | bytes], encoding: str | None
    ) -> list[Highlights]:
        """Highlights of a few articles, with the rewriter's inputs batched across them."""
        selections = [self._select(text, encoding) for text in texts]
        jobs = [RewriteJob(s.document, s.chosen, s.scores) for s in selections]
        results = self.rewriter.rewrite(jobs) if jobs else []
        if len(results) != len(jobs):
            raise SummarizerError(
                f"rewriter {self.rewriter.name!r} returned {len(results)} results for "
                f"{len(jobs)} articles"
            )
        return [self._assemble(s, r) for s, r in zip(selections, results, strict=True)]

    def _select(self, text: str | bytes, encoding: str | None) -> _Selection:
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
        return _Selection(document, tuple(scores.tolist()), tuple(chosen))

    def _assemble(self, selection: _Selection, result: Rewritten) -> Highlights:
        document = selection.document
        abstractive = self.rewriter.abstractive
        facts = ArticleFacts.from_document(document) if abstractive else None
        items: list[Highlight] = []
        for draft in result.drafts:
            _check_sources(draft, document, self.rewriter.name)
            if facts is None:
                verdict = Verdict("extracted", draft.text)
            else:
                verdict = review(draft, document, facts)
                verdict = _unique(verdict, draft, document, items)
            duplicate = any(item.text == verdict.text for item in items)
            if duplicate and verdict.status in ("kept", "reverted"):
                continue  # the same source sentence is already a highlight: nothing is lost
            items.append(
                Highlight(
                    text=verdict.text,
                    sentences=draft.sources,
                    spans=tuple(
                        (document.sentences[i].start, document.sentences[i].end)
                        for i in draft.sources
                    ),
                    score=selection.scores[draft.sources[0]],
                    ranker=self.ranker.name,
                    status=verdict.status,
                    reason=verdict.reason,
                    source_text=" ".join(document.sentences[i].text for i in draft.sources),
                    generated=verdict.generated,
                )
            )
        return Highlights(
            items=tuple(items),
            n_sentences=len(document.sentences),
            title=document.title,
            rewriter=self.rewriter.label if abstractive else None,
            notes=result.notes,
        )

    def _scores(self, document: Document, features: Features) -> np.ndarray[Any, Any]:
        raw = np.asarray(self.ranker.score(document, features), dtype=np.float64)
        if raw.shape != (features.n,):
            raise SummarizerError(
                f"ranker {self.ranker.name!r} returned scores of shape {raw.shape} "
                f"for {features.n} sentences"
            )
        return np.nan_to_num(raw, nan=0.0, posinf=1e300, neginf=-1e300)


def _check_sources(draft: Draft, document: Document, rewriter: str) -> None:
    n = len(document.sentences)
    if not draft.sources or not all(0 <= i < n for i in draft.sources):
        raise SummarizerError(
            f"rewriter {rewriter!r} returned a draft with source sentences {draft.sources} "
            f"for a document of {n} sentences"
        )


def _unique(verdict: Verdict, draft: Draft, document: Document, items: list[Highlight]) -> Verdict:
    """Revert a rewritten bullet that repeats an earlier one (its source would be lost)."""
    if verdict.status != "rewritten" or not any(i.text == verdict.text for i in items):
        return verdict
    source = " ".join(document.sentences[i].text for i in draft.sources)
    return Verdict("reverted", source, "same text as an earlier highlight", verdict.text)


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
        ModelError: If the ``rewrite`` model cannot be loaded or run.
        MissingExtraError: If ``rewrite`` is set and ``news-highlights[abstractive]`` is not
            installed.

    Note:
        Each call builds a new :class:`Highlighter`, so with ``rewrite=MODEL`` each call loads
        the model; for many articles, make one ``Highlighter`` and reuse it.

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
