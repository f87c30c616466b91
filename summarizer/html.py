"""HTML input: find the article in a web page (trafilatura) and hand plain text to the road.

Extraction keeps the headline and the article's paragraphs and drops navigation, ads, scripts,
comments and footers. It needs the ``feeds`` extra (``pip install "news-highlights[feeds]"``:
trafilatura, and ``lxml_html_clean`` that lxml 6 needs); it is imported only when HTML is
actually extracted.

Auto-detection (``input_format="auto"``, the default) treats a text as HTML when, after
leading whitespace and an optional byte-order mark, it starts with ``<!doctype html``,
``<html``, ``<head`` or ``<body`` (any case), or when its first 4,000 characters hold at least
three paragraph-level tags (``<p>``, ``<div>``, ``<article>``, ``<br>``, ``<h1>``-``<h6>``,
``<li>``). Plain prose that merely mentions a tag is not HTML. Pass ``input_format="text"``
to switch detection off, or ``"html"`` to force extraction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .errors import InputError, require

__all__ = ["ExtractedPage", "extract_html", "looks_like_html"]

_DOCUMENT_START = re.compile(r"\A\ufeff?\s*<(?:!doctype\s+html|html|head|body)\b", re.I)
_BLOCK_TAG = re.compile(r"<(?:p|div|article|br|h[1-6]|li)\b[^>]*>", re.I)
_DETECT_WINDOW = 4000
_MIN_BLOCK_TAGS = 3


@dataclass(frozen=True, slots=True)
class ExtractedPage:
    """The article found in a page.

    Attributes:
        title: The headline, or None when the page has none.
        text: The article as plain text: the headline on the first line (when known), then
            one paragraph per block, blocks separated by a blank line.
    """

    title: str | None
    text: str


def looks_like_html(text: str) -> bool:
    """Tell whether ``text`` is an HTML page or fragment (the rule is in the module docstring)."""
    if _DOCUMENT_START.match(text):
        return True
    return len(_BLOCK_TAG.findall(text[:_DETECT_WINDOW])) >= _MIN_BLOCK_TAGS


def extract_html(html: str, *, url: str | None = None) -> ExtractedPage:
    """Extract the main article of an HTML page.

    Args:
        html: The page's markup.
        url: The page's address, if known (helps the extractor resolve metadata).

    Returns:
        The headline and the article text, ready for :func:`summarizer.highlight`.

    Raises:
        MissingExtraError: When trafilatura is not installed (names the ``feeds`` extra).
        InputError: When the page has no article text that can be found.
    """
    trafilatura: Any = require("trafilatura", "feeds", "HTML input")
    document = trafilatura.bare_extraction(
        html,
        url=url,
        include_comments=False,
        include_tables=False,
        include_images=False,
        with_metadata=True,
    )
    body = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if not body:
        raise InputError(
            "no article text found in the HTML page; pass input_format='text' to summarise "
            "the markup as plain text"
        )
    raw_title = getattr(document, "title", None)
    title = " ".join(raw_title.split()) if raw_title else None
    paragraphs = [" ".join(line.split()) for line in body.split("\n") if line.strip()]
    if title and paragraphs and " ".join(paragraphs[0].split()) != title:
        paragraphs.insert(0, title)
    return ExtractedPage(title=title, text="\n\n".join(paragraphs))
