"""Highlights for every item of an RSS or Atom feed.

:func:`highlight_feed` reads a feed (a URL, a file or the XML itself) with feedparser, takes
each entry's full content when the feed carries it (at least ``min_content_words`` words) and
otherwise fetches the linked page and extracts the article from it. Fetching goes through a
pluggable :class:`Fetcher`; the default :class:`HttpFetcher` has a timeout, a size limit, a
user agent and a per-host concurrency limit. An entry that fails (timeout, HTTP error, a page
without an article) is kept in the result with its error and does not stop the others.

Needs the ``feeds`` extra: ``pip install "news-highlights[feeds]"``.
"""

from __future__ import annotations

import html
import http.client
import io
import json
import re
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

from . import __version__
from .api import Highlighter
from .errors import (
    InputError,
    MissingExtraError,
    ModelError,
    NotFoundError,
    SummarizerError,
    require,
)
from .html import extract_html, looks_like_html
from .types import Highlights

__all__ = [
    "DEFAULT_USER_AGENT",
    "Feed",
    "FeedError",
    "FeedItem",
    "FetchError",
    "Fetcher",
    "HttpFetcher",
    "Page",
    "feed_to_html",
    "feed_to_jsonl",
    "feed_to_markdown",
    "highlight_feed",
    "html_to_text",
]

DEFAULT_USER_AGENT = f"news-highlights/{__version__} (+https://pypi.org/project/news-highlights/)"
_READ_CHUNK = 65536
_UNSAFE_IN_LINK = re.compile(r"[\s<>\"'`\\]")


class FeedError(SummarizerError):
    """The feed itself cannot be read or parsed (not one of its entries)."""


class FetchError(SummarizerError):
    """A page could not be fetched: timeout, HTTP error, too large, or not a web address."""


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched page.

    Attributes:
        url: The address after redirects.
        text: The body, decoded with the charset the server declared (UTF-8 otherwise).
        content_type: The media type the server declared, e.g. ``text/html``.
        body: The raw bytes (feeds are parsed from these, so their own encoding declaration
            applies); empty when a fetcher gives only text.
    """

    url: str
    text: str
    content_type: str = ""
    body: bytes = b""


class Fetcher(Protocol):
    """Anything that can fetch a URL; plug in your own (caching, proxies, auth)."""

    def fetch(self, url: str) -> Page:
        """Return the page at ``url`` or raise :class:`FetchError`."""
        ...


class HttpFetcher:
    """A polite HTTP(S) fetcher built on the standard library.

    Args:
        timeout: Seconds for the whole request (connect and read) of one page.
        max_bytes: Larger bodies raise :class:`FetchError` instead of being read on.
        user_agent: The ``User-Agent`` header.
        per_host: At most this many requests to one host at a time.

    Raises:
        ValueError: For a non-positive timeout, size limit or per-host limit.
    """

    def __init__(
        self,
        timeout: float = 10.0,
        max_bytes: int = 5_000_000,
        user_agent: str = DEFAULT_USER_AGENT,
        per_host: int = 2,
    ) -> None:
        if timeout <= 0 or max_bytes <= 0 or per_host <= 0:
            raise ValueError("timeout, max_bytes and per_host must be positive")
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.user_agent = user_agent
        self.per_host = per_host
        self._hosts: dict[str, threading.BoundedSemaphore] = {}
        self._lock = threading.Lock()
        # Only http(s) handlers: no file:, ftp: or data: URL is opened, even by a redirect.
        self._opener = urllib.request.OpenerDirector()
        for handler in (
            urllib.request.HTTPHandler(),
            urllib.request.HTTPSHandler(),
            _HttpOnlyRedirects(),
            urllib.request.HTTPErrorProcessor(),
            urllib.request.HTTPDefaultErrorHandler(),
        ):
            self._opener.add_handler(handler)

    def _slot(self, host: str) -> threading.BoundedSemaphore:
        with self._lock:
            if host not in self._hosts:
                self._hosts[host] = threading.BoundedSemaphore(self.per_host)
            return self._hosts[host]

    def fetch(self, url: str) -> Page:
        """Fetch ``url`` (http or https only).

        Raises:
            FetchError: For another scheme (also as a redirect target), a timeout, an HTTP
                error status, a malformed reply, a body over ``max_bytes`` or a connection
                failure; the message names the URL.
        """
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise FetchError(f"not an http(s) address: {url!r}")
        request = urllib.request.Request(
            url, headers={"User-Agent": self.user_agent, "Accept": "text/html,*/*;q=0.5"}
        )
        deadline = time.monotonic() + self.timeout
        with self._slot(parts.netloc):
            try:
                with self._opener.open(request, timeout=self.timeout) as response:
                    body = self._read(response, url, deadline)
                    content_type = response.headers.get("Content-Type", "")
                    charset = response.headers.get_content_charset() or "utf-8"
                    final_url = response.geturl()
            except urllib.error.HTTPError as error:
                raise FetchError(f"HTTP {error.code} {error.reason} for {url}") from None
            except urllib.error.URLError as error:
                reason = error.reason
                if isinstance(reason, TimeoutError):
                    raise FetchError(f"timed out after {self.timeout:g} s: {url}") from None
                raise FetchError(f"cannot fetch {url}: {reason}") from None
            except TimeoutError:
                raise FetchError(f"timed out after {self.timeout:g} s: {url}") from None
            except (OSError, http.client.HTTPException, ValueError) as error:
                reason = f"{type(error).__name__}: {error}".rstrip(": ")
                raise FetchError(f"cannot fetch {url}: {reason}") from None
        try:
            text = body.decode(charset, errors="replace")
        except LookupError:
            text = body.decode("utf-8", errors="replace")
        return Page(final_url, text, content_type.split(";")[0].strip().lower(), body)

    def _read(self, response: Any, url: str, deadline: float) -> bytes:
        chunks: list[bytes] = []
        size = 0
        while True:
            if time.monotonic() > deadline:
                raise FetchError(f"timed out after {self.timeout:g} s: {url}")
            chunk = response.read1(_READ_CHUNK)  # what has arrived: the deadline holds
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(f"page larger than {self.max_bytes:,} bytes: {url}")
            chunks.append(chunk)


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http(s) addresses only."""

    def redirect_request(
        self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str
    ) -> Any:
        if urlsplit(newurl).scheme not in ("http", "https"):
            raise FetchError(f"refused a redirect to a non-http(s) address: {newurl!r}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class _TextExtractor(HTMLParser):
    """Text of an HTML fragment: scripts and styles dropped, blocks become paragraphs."""

    _BLOCKS = frozenset(
        "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote section article tr table".split()
    )
    _SKIP = frozenset(("script", "style", "noscript", "template"))

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (feed content), one block a paragraph."""
    parser = _TextExtractor()
    parser.feed(fragment)
    parser.close()
    paragraphs = (" ".join(block.split()) for block in "".join(parser.parts).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


@dataclass(frozen=True)
class FeedItem:
    """One feed entry and its highlights (or the error that stopped it).

    Attributes:
        title: The entry's title.
        link: The entry's link.
        published: Its date as given by the feed (ISO 8601 when feedparser could parse it).
        source: Where the text came from: ``"content"`` (the feed's full text), ``"page"``
            (the fetched link) or ``"summary"`` (the feed's short summary, when there was
            nothing better and no link).
        highlights: The highlights, or None after an error.
        error: What went wrong, or None.
    """

    title: str
    link: str | None
    published: str | None
    source: str | None
    highlights: Highlights | None = None
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary (``highlights`` is a list of bullet texts)."""
        return {
            "title": self.title,
            "link": self.link,
            "published": self.published,
            "source": self.source,
            "highlights": list(self.highlights.bullets) if self.highlights else None,
            "error": self.error,
        }


@dataclass(frozen=True)
class Feed:
    """A feed's title and link, and its items in feed order."""

    title: str
    link: str | None
    items: tuple[FeedItem, ...] = field(default_factory=tuple)


def _read_source(source: str | bytes | Path, fetcher: Fetcher) -> bytes:
    """The feed document of a URL, a path or the XML itself, as bytes.

    feedparser is only ever given these bytes as a stream: given a string (or even bytes)
    that looks like a path or a URL it opens it itself, so a fetched feed whose body is
    ``/etc/passwd`` or an internal URL could make it read local files or other addresses.
    """
    if isinstance(source, bytes):
        return source
    if isinstance(source, Path):
        return _read_path(source)
    stripped = source.lstrip()
    if stripped.startswith("<"):
        return source.encode("utf-8")
    if urlsplit(stripped).scheme in ("http", "https"):
        try:
            page = fetcher.fetch(stripped)
        except FetchError as error:
            raise FeedError(f"cannot read the feed: {error}") from None
        return page.body or page.text.encode("utf-8")
    return _read_path(Path(source))


def _read_path(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise NotFoundError(f"no such feed file or URL: {path}") from None
    except OSError as error:
        raise FeedError(f"cannot read the feed {path}: {error.strerror or error}") from None


def _published(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed:
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed)
    value = entry.get("published") or entry.get("updated")
    return str(value) if value else None


def _entry_text(entry: Any) -> tuple[str, str]:
    """The best text the feed itself carries for an entry, and where it came from."""
    contents = entry.get("content") or []
    values = [c.get("value", "") for c in contents if c.get("value")]
    if values:
        return html_to_text(max(values, key=len)), "content"
    return html_to_text(entry.get("summary", "") or ""), "summary"


def highlight_feed(
    source: str | bytes | Path,
    highlighter: Highlighter | None = None,
    *,
    fetcher: Fetcher | None = None,
    min_content_words: int = 120,
    max_workers: int = 8,
    progress: Callable[[FeedItem], None] | None = None,
    **overrides: Any,
) -> Feed:
    """Highlights for every entry of an RSS 0.9x/1.0/2.0 or Atom feed.

    Args:
        source: A feed URL, a file path, or the feed's XML (``str`` starting with ``<``, or
            ``bytes``).
        highlighter: The highlighter to use; by default one built from ``overrides``.
        fetcher: Fetches the feed (for a URL) and linked pages; :class:`HttpFetcher()` by
            default.
        min_content_words: Use the feed's own text when it has at least this many words;
            otherwise fetch the linked page.
        max_workers: Entries processed (pages fetched) at the same time.
        progress: Called with each finished item (in completion order), e.g. to print.
        **overrides: Config fields for the default highlighter, e.g. ``k=4`` (not together
            with ``highlighter``).

    Returns:
        The feed with one :class:`FeedItem` per entry, in feed order.

    Raises:
        NotFoundError: If the feed file does not exist.
        FeedError: If the feed cannot be read or is not RSS/Atom.
        MissingExtraError: Without the ``feeds`` extra.
        TypeError: If both ``highlighter`` and config fields are given.
    """
    if highlighter is not None and overrides:
        raise TypeError(
            f"pass config fields ({', '.join(sorted(overrides))}) or a highlighter, not both"
        )
    feedparser: Any = require("feedparser", "feeds", "Feeds")
    fetcher = fetcher or HttpFetcher()
    highlighter = highlighter or Highlighter(**overrides)
    parsed = feedparser.parse(io.BytesIO(_read_source(source, fetcher)))  # a stream: never a path
    if not parsed.entries and (parsed.get("bozo") or not parsed.get("version")):
        reason = parsed.get("bozo_exception") or "no RSS or Atom entries"
        raise FeedError(f"not a readable RSS/Atom feed: {reason}")

    def one(entry: Any) -> FeedItem:
        item = _item(entry, highlighter, fetcher, min_content_words)
        if progress is not None:
            progress(item)
        return item

    with ThreadPoolExecutor(max(1, max_workers)) as pool:
        items = tuple(pool.map(one, parsed.entries))
    info = parsed.get("feed", {})
    return Feed(title=info.get("title", "") or "", link=info.get("link"), items=items)


def _item(entry: Any, highlighter: Highlighter, fetcher: Fetcher, min_words: int) -> FeedItem:
    """Highlights of one entry; any failure becomes the item's error."""
    title = " ".join(str(entry.get("title", "")).split())
    link = entry.get("link") or None
    published = _published(entry)
    source: str | None = None
    try:
        text, source = _entry_text(entry)
        if len(text.split()) < min_words and _safe_link(link):
            page = fetcher.fetch(str(link))
            text, source = _page_text(page), "page"
        if title and not text.startswith(title):
            text = f"{title}\n\n{text}"
        return FeedItem(title, link, published, source, highlighter.highlight(text))
    except (ModelError, MissingExtraError):
        raise  # not this entry's fault: every entry would fail the same way
    except Exception as error:  # one entry (or a plug-in fetcher) failing never stops a feed
        return FeedItem(title, link, published, source, error=f"{type(error).__name__}: {error}")


def _page_text(page: Page) -> str:
    """The article text of a fetched page."""
    if "html" in page.content_type or looks_like_html(page.text):
        return extract_html(page.text, url=page.url).text
    if page.content_type.startswith("text/") or not page.content_type:
        return page.text
    raise InputError(f"{page.url} is {page.content_type}, not a web page")


def feed_to_jsonl(feed: Feed) -> str:
    """One JSON object per item (see :meth:`FeedItem.to_dict`), one per line."""
    return "".join(json.dumps(item.to_dict(), ensure_ascii=False) + "\n" for item in feed.items)


def _markdown_escape(text: str) -> str:
    """One line of escaped Markdown: feed text cannot start a heading, list or link."""
    from .render import escape_markdown

    return escape_markdown(" ".join(text.split()))


def feed_to_markdown(feed: Feed) -> str:
    """A Markdown digest: the feed title, then per item its title, link, date and bullets."""
    lines = [f"# {_markdown_escape(feed.title or 'Feed')}", ""]
    for item in feed.items:
        heading = _markdown_escape(item.title or "(untitled)")
        lines.append(f"## {heading}")
        lines.append("")
        link = _safe_link(item.link)
        meta = [_markdown_escape(item.published or ""), f"<{link}>" if link else ""]
        if any(meta):
            lines += [" · ".join(m for m in meta if m), ""]
        if item.error:
            lines += [f"*Error:* {_markdown_escape(item.error)}", ""]
        elif item.highlights is not None:
            bullets = item.highlights.bullets
            lines += [f"{n}. {_markdown_escape(b)}" for n, b in enumerate(bullets, 1)]
            lines.append("")
    return "\n".join(lines)


def _safe_link(link: str | None) -> str | None:
    """The link if it is an http(s) address; anything else (``javascript:``...) is dropped."""
    link = (link or "").strip()
    if _UNSAFE_IN_LINK.search(link) or urlsplit(link).scheme not in ("http", "https"):
        return None
    return link


_PAGE_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;"
    "line-height:1.5;color:#222}article{border-top:1px solid #ddd;padding:.5rem 0}"
    ".meta{color:#666;font-size:.9rem}.error{color:#a00}"
)


def feed_to_html(feed: Feed) -> str:
    """A self-contained HTML digest page; every text and link is escaped.

    Links that are not http(s) (``javascript:``, ``data:``...) are not linked.
    """
    title = html.escape(feed.title or "Feed")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{title} — key highlights</title><style>{_PAGE_STYLE}</style></head>",
        f"<body><h1>{title}</h1>",
    ]
    for item in feed.items:
        name = html.escape(item.title or "(untitled)")
        link = _safe_link(item.link)
        heading = (
            f'<a href="{html.escape(link, quote=True)}" rel="noopener noreferrer">{name}</a>'
            if link
            else name
        )
        parts.append(f"<article><h2>{heading}</h2>")
        if item.published:
            parts.append(f'<p class="meta">{html.escape(item.published)}</p>')
        if item.error:
            parts.append(f'<p class="error">Error: {html.escape(item.error)}</p>')
        elif item.highlights is not None:
            bullets = "".join(f"<li>{html.escape(b)}</li>" for b in item.highlights.bullets)
            parts.append(f"<ol>{bullets}</ol>")
        parts.append("</article>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
