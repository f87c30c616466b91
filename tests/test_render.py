"""Renderers: text layout, Markdown escaping, strict JSON, escaped HTML."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest

from summarizer import UnknownNameError, highlight
from summarizer.render import get_renderer

HOSTILE = (
    'Officials said <script>alert("x")</script> was found in the page. '
    "A second line had <img src=x onerror=alert(1)> and a [link](javascript:alert(1)). "
    "The *third* sentence uses _markdown_ and # a heading & an ampersand."
)


def test_text_layout() -> None:
    text = str(highlight("First point is made here. Second point follows it."))
    assert text == (
        "Key highlights\n\n1. First point is made here.\n\n2. Second point follows it.\n"
    )


def test_json_round_trips() -> None:
    result = highlight(HOSTILE)
    data = json.loads(result.to_json())
    assert [h["text"] for h in data["highlights"]] == list(result.bullets)
    assert data["highlights"][0]["spans"] == [list(result[0].spans[0])]
    assert json.loads(result.to_json(indent=None)) == data


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack.pop() == tag

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_escaped_and_well_formed() -> None:
    result = highlight(HOSTILE)
    page = result.to_html()
    parser = _Collector()
    parser.feed(page)
    assert parser.stack == []
    assert set(parser.tags) == {"section", "h2", "ol", "li"}
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;" in page


def test_markdown_escapes_structure() -> None:
    markdown = highlight(HOSTILE).to_markdown()
    assert markdown.startswith("## Key highlights\n\n1. ")
    assert "\\<script\\>" in markdown
    assert "\\[link\\]" in markdown
    assert "\\*third\\*" in markdown


def test_title_is_rendered(example_text: str) -> None:
    result = highlight(example_text)
    assert str(result).startswith(result.title or "missing")
    assert result.to_markdown().startswith("# City council approves")


def test_unknown_format() -> None:
    with pytest.raises(UnknownNameError, match="html, json, markdown, text"):
        get_renderer("pdf")
