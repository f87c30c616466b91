"""Renderers: the classic numbered text list, Markdown, JSON and HTML.

Each renderer is a pure function ``Highlights -> str`` registered by name, so the CLI and
the API share them (see :func:`get_renderer`).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .errors import UnknownNameError

if TYPE_CHECKING:
    from .types import Highlights

HEADER = "Key highlights"
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~&])")
_MARKDOWN_BLOCK_START = re.compile(r"^(\s*)(?:([-+=])|(\d+)([.)]))")


def render_text(highlights: Highlights) -> str:
    """The classic layout: a "Key highlights" header, then "1. ...", one item a paragraph."""
    lines = [highlights.title, ""] if highlights.title else []
    lines += [HEADER, ""]
    for number, item in enumerate(highlights.items, start=1):
        lines += [f"{number}. {item.text}", ""]
    lines += [f"Note: {note}" for note in highlights.notes]
    return "\n".join(lines).rstrip("\n") + "\n"


def render_markdown(highlights: Highlights) -> str:
    """A ``## Key highlights`` section with a numbered list; Markdown syntax in text is escaped."""
    lines = [f"# {escape_markdown(highlights.title)}", ""] if highlights.title else []
    lines += [f"## {HEADER}", ""]
    lines += [
        f"{number}. {escape_markdown(item.text)}"
        for number, item in enumerate(highlights.items, start=1)
    ]
    if highlights.notes:
        lines.append("")
        lines += [f"_Note: {escape_markdown(note)}_" for note in highlights.notes]
    return "\n".join(lines) + "\n"


def escape_markdown(text: str) -> str:
    """Backslash-escape every character that could change Markdown structure.

    Inline syntax (emphasis, code, links, HTML, tables, entities) is escaped everywhere; a
    leading ``-``, ``+``, ``=`` or ``1.`` that would start a nested block is escaped too.
    """
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return _MARKDOWN_BLOCK_START.sub(_escape_block_start, escaped)


def _escape_block_start(match: re.Match[str]) -> str:
    indent, sign, number, mark = match.groups()
    return f"{indent}\\{sign}" if sign else f"{indent}{number}\\{mark}"


def render_json(highlights: Highlights, indent: int | None = 2) -> str:
    """JSON of :meth:`Highlights.to_dict` (strict: no NaN, non-ASCII kept)."""
    return json.dumps(highlights.to_dict(), ensure_ascii=False, indent=indent, allow_nan=False)


def render_html(highlights: Highlights) -> str:
    """An HTML fragment: ``<section class="key-highlights">`` with an ``<ol>``; all escaped.

    Each ``<li>`` carries ``data-spans`` with the source character offsets; when a rewriter
    was used, also ``data-status`` (rewritten, kept or reverted) and, for kept or reverted
    items, ``title`` with the reason. Notes follow the list as ``<p class="note">``.
    """
    parts = ['<section class="key-highlights">']
    if highlights.title:
        parts.append(f"  <h1>{html.escape(highlights.title)}</h1>")
    parts.append(f"  <h2>{HEADER}</h2>")
    parts.append("  <ol>")
    for item in highlights.items:
        spans = " ".join(f"{start}-{end}" for start, end in item.spans)
        attributes = f'data-spans="{spans}"'
        if highlights.rewriter is not None:
            attributes += f' data-status="{html.escape(item.status)}"'
            if item.reason:
                attributes += f' title="{html.escape(item.reason)}"'
        parts.append(f"    <li {attributes}>{html.escape(item.text)}</li>")
    parts.append("  </ol>")
    parts += [f'  <p class="note">{html.escape(note)}</p>' for note in highlights.notes]
    parts.append("</section>")
    return "\n".join(parts) + "\n"


RENDERERS: dict[str, Callable[[Highlights], str]] = {
    "text": render_text,
    "markdown": render_markdown,
    "json": render_json,
    "html": render_html,
}


def get_renderer(name: str) -> Callable[[Highlights], str]:
    """Look up a renderer by name.

    Raises:
        UnknownNameError: For an unknown name; the message lists the valid ones.
    """
    try:
        return RENDERERS[name]
    except KeyError:
        raise UnknownNameError("format", name, RENDERERS) from None
