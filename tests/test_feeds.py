"""Feeds and HTML pages, fetched for real from a local HTTP server on 127.0.0.1.

The fixtures in tests/data/web are written for these tests: an RSS 2.0 feed (one entry with
full content, one that needs its page fetched, a 404, a slow page, a hostile entry), an Atom
feed, a broken feed and an article page with navigation, ads, scripts, comments and footer.
"""

from __future__ import annotations

import http.server
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("feedparser")
pytest.importorskip("trafilatura")

from summarizer import Highlighter, highlight
from summarizer.errors import InputError, NotFoundError
from summarizer.feeds import (
    FeedError,
    FetchError,
    HttpFetcher,
    feed_to_html,
    feed_to_jsonl,
    feed_to_markdown,
    highlight_feed,
    html_to_text,
)
from summarizer.html import extract_html, looks_like_html

WEB = Path(__file__).parent / "data" / "web"
SLOW_SECONDS = 3.0


class Handler(http.server.BaseHTTPRequestHandler):
    user_agents: list[str] = []  # noqa: RUF012 - shared on purpose: the test reads it

    def log_message(self, format: str, *args: object) -> None:
        return

    def do_GET(self) -> None:
        Handler.user_agents.append(self.headers.get("User-Agent", ""))
        name = self.path.lstrip("/")
        if name == "slow":
            time.sleep(SLOW_SECONDS)
            self._send(200, "text/html", b"<html><body><p>late</p></body></html>")
            return
        if name == "trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(40):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.1)
            return
        if name == "to-ftp":
            self.send_response(302)
            self.send_header("Location", "ftp://127.0.0.1:1/secret")
            self.end_headers()
            return
        if name == "pathfeed":
            self._send(200, "application/rss+xml", str(WEB / "atom.xml").encode())
            return
        if name == "latin1":
            body = "<p>Le café de la gare a rouvert ses portes lundi matin.</p>".encode("latin-1")
            self._send(200, 'text/html; charset="ISO-8859-1"', body)
            return
        if name == "garbage":
            self.wfile.write(b"SSH-2.0-OpenSSH_8.9\r\n")
            return
        if name == "big":
            self._send(200, "text/html", b"<p>" + b"x" * 200_000 + b"</p>")
            return
        path = WEB / name
        if not name or not path.is_file():
            self._send(404, "text/html", b"<h1>Not found</h1>")
            return
        base = f"http://{self.headers['Host']}"
        body = path.read_text("utf-8").replace("{base}", base).encode("utf-8")
        kind = "application/rss+xml" if name.endswith(".xml") else "text/html; charset=utf-8"
        self._send(200, kind, body)

    def _send(self, status: int, kind: str, body: bytes) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def fast_fetcher() -> HttpFetcher:
    return HttpFetcher(timeout=1.0, max_bytes=100_000, per_host=2)


def test_html_extraction_keeps_the_article_and_drops_the_rest() -> None:
    page = extract_html((WEB / "article.html").read_text("utf-8"))
    assert page.title == "Harbour bridge reopens after repairs"
    assert page.text.startswith("Harbour bridge reopens after repairs\n\n")
    assert "320 steel cables" in page.text
    for junk in ("ADVERTISEMENT", "TRACKING", "Log in", "shameful", "Copyright", "font-family"):
        assert junk not in page.text


def test_highlight_of_an_html_page_matches_the_extracted_text() -> None:
    html = (WEB / "article.html").read_text("utf-8")
    result = highlight(html)  # auto-detected as HTML
    assert result.title == "Harbour bridge reopens after repairs"
    assert result.bullets == highlight(extract_html(html).text).bullets
    assert highlight(html, input_format="html").bullets == result.bullets
    for bullet in result.bullets:
        assert "<" not in bullet and "ADVERTISEMENT" not in bullet


def test_html_detection_rule_and_switch() -> None:
    assert looks_like_html("  <!DOCTYPE html><html><body></body></html>")
    assert looks_like_html("<div><p>One.</p><p>Two.</p></div>")
    assert not looks_like_html("Use the <p> tag for paragraphs, said the teacher on Monday.")
    text = "<p>Markup kept as text by request. It has two sentences here.</p><p>x</p><br>"
    kept = highlight(text, input_format="text", min_sentence_words=1)
    assert any("<p>" in b for b in kept.bullets)
    with pytest.raises(InputError, match="no article text"):
        highlight("<html><head><script>go()</script></head><body></body></html>")


def test_feed_content_page_fetch_and_failures(server: str) -> None:
    Handler.user_agents.clear()
    feed = highlight_feed(f"{server}/rss.xml", fetcher=fast_fetcher())
    assert feed.title == "The Coastal Courier <Local>"
    by_title = {item.title: item for item in feed.items}
    assert [item.title for item in feed.items][:2] == [
        "Library extends opening hours",
        "Harbour bridge reopens after repairs",
    ]
    library = by_title["Library extends opening hours"]
    assert library.source == "content" and library.error is None and library.highlights
    assert library.published == "2026-11-23T08:00:00Z"
    assert not any("alert" in b for b in library.highlights.bullets)
    bridge = by_title["Harbour bridge reopens after repairs"]
    assert bridge.source == "page" and bridge.highlights and bridge.error is None
    assert any("320 steel cables" in b or "30,000 drivers" in b for b in bridge.highlights.bullets)
    missing = by_title["Missing story"]
    assert missing.highlights is None and missing.error and "HTTP 404" in missing.error
    slow = by_title["Slow story"]
    assert slow.highlights is None and slow.error and "timed out" in slow.error
    assert all(ua.startswith("news-highlights/") for ua in Handler.user_agents)


def test_atom_feed_from_a_file_uses_its_content(tmp_path: Path) -> None:
    path = tmp_path / "atom.xml"
    path.write_text((WEB / "atom.xml").read_text("utf-8").replace("{base}", "http://x.invalid"))
    feed = highlight_feed(path, fetcher=fast_fetcher())
    (item,) = feed.items
    assert feed.title == "Valley Science Notes" and item.source == "content"
    assert item.highlights is not None and len(item.highlights) == 3


def test_broken_feeds() -> None:
    with pytest.raises(FeedError, match="not a readable RSS/Atom feed"):
        highlight_feed(b"this is not a feed at all")
    with pytest.raises(NotFoundError, match="no such feed file or URL"):
        highlight_feed("/no/such/feed.xml")
    feed = highlight_feed((WEB / "broken.xml").read_bytes())
    assert len(feed.items) == 1 and feed.items[0].error is not None  # reported, not raised


def test_feed_url_that_fails_is_a_feed_error(server: str) -> None:
    with pytest.raises(FeedError, match="HTTP 404"):
        highlight_feed(f"{server}/nope.xml", fetcher=fast_fetcher())


def test_fetcher_limits(server: str) -> None:
    fetcher = HttpFetcher(timeout=1.0, max_bytes=50_000)
    with pytest.raises(FetchError, match="larger than 50,000 bytes"):
        fetcher.fetch(f"{server}/big")
    with pytest.raises(FetchError, match="not an http"):
        fetcher.fetch("file:///etc/passwd")
    start = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        fetcher.fetch(f"{server}/slow")
    assert time.monotonic() - start < SLOW_SECONDS


def test_per_host_limit_is_respected() -> None:
    fetcher = HttpFetcher(per_host=2)
    slot = fetcher._slot("example.org")
    assert slot is fetcher._slot("example.org")
    assert slot.acquire(blocking=False) and slot.acquire(blocking=False)
    assert not slot.acquire(blocking=False)  # a third request to the host waits


def test_digest_outputs_escape_everything(server: str) -> None:
    feed = highlight_feed(f"{server}/rss.xml", fetcher=fast_fetcher())
    page = feed_to_html(feed)
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<script>" not in page and "javascript:" not in page and "onerror" not in page
    assert "Evil &lt;script&gt;alert(1)&lt;/script&gt; title" in page
    assert f'href="{server}/article.html"' in page
    rows = [json.loads(line) for line in feed_to_jsonl(feed).splitlines()]
    assert len(rows) == len(feed.items) and {"title", "link", "highlights", "error"} <= set(rows[0])
    markdown = feed_to_markdown(feed)
    assert "javascript:" not in markdown and "\\<script\\>" in markdown


def test_html_to_text_drops_scripts_and_splits_blocks() -> None:
    text = html_to_text("<p>One  two.</p><script>bad()</script><div>Three<br>four</div>")
    assert text == "One two.\n\nThree\n\nfour"


def test_feed_command_line(server: str, tmp_path: Path) -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "summarizer", "feed", *args],
                              capture_output=True, text=True, cwd=root, timeout=120)  # fmt: skip

    digest = tmp_path / "digest.html"
    result = run(f"{server}/rss.xml", "--format", "html", "--out", str(digest), "--timeout", "1")
    assert result.returncode == 0, result.stderr
    page = digest.read_text("utf-8")
    assert "Harbour bridge reopens after repairs" in page and "<script>" not in page
    assert "Missing story: FetchError: HTTP 404" in result.stderr  # reported, run went on
    lines = run(f"{server}/rss.xml", "--timeout", "1", "--quiet", "-k", "2").stdout.splitlines()
    assert len(lines) == 5 and len(json.loads(lines[0])["highlights"]) == 2
    missing = run(str(tmp_path / "absent.xml"))
    assert missing.returncode == 3 and "no such feed" in missing.stderr
    broken = tmp_path / "junk.xml"
    broken.write_text("this is not a feed", "utf-8")
    bad = run(str(broken))
    assert bad.returncode == 4 and "not a readable RSS/Atom feed" in bad.stderr
    assert "Traceback" not in missing.stderr + bad.stderr


def test_fetcher_security_and_robustness(server: str) -> None:
    """Regression tests from review: redirects, slow bodies, bad replies, charsets, paths."""
    fetcher = HttpFetcher(timeout=1.0)
    with pytest.raises(FetchError, match="non-http"):
        fetcher.fetch(f"{server}/to-ftp")
    start = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        fetcher.fetch(f"{server}/trickle")  # one byte every 0.1 s for 4 s
    assert time.monotonic() - start < 2.5
    with pytest.raises(FetchError, match="cannot fetch"):
        fetcher.fetch(f"{server}/garbage")
    assert "café" in fetcher.fetch(f"{server}/latin1").text
    # A fetched feed whose body is a local path is parsed as text, never opened as a file.
    with pytest.raises(FeedError, match="not a readable RSS/Atom feed"):
        highlight_feed(f"{server}/pathfeed", fetcher=fetcher)


def test_a_broken_entry_page_is_reported_not_raised(server: str) -> None:
    xml = (WEB / "rss.xml").read_text("utf-8").replace("{base}", server)
    xml = xml.replace(f"{server}/missing.html", f"{server}/garbage")
    feed = highlight_feed(xml, fetcher=fast_fetcher())
    broken = {item.title: item for item in feed.items}["Missing story"]
    assert broken.error is not None and "cannot fetch" in broken.error


def test_markdown_digest_keeps_feed_text_on_one_line() -> None:
    from summarizer.feeds import Feed, FeedItem

    feed = Feed("Daily\n- [click me](http://evil.example)\nDigest", None, (
        FeedItem("A\n# heading", None, "2026\n* x", None, error="boom"),
    ))  # fmt: skip
    markdown = feed_to_markdown(feed)
    assert markdown.splitlines()[0] == "# Daily - \\[click me\\](http://evil.example) Digest"
    assert "\n# heading" not in markdown and "\n* x" not in markdown


def test_highlighter_and_overrides_are_exclusive() -> None:
    with pytest.raises(TypeError, match="not both"):
        highlight_feed(b"<rss/>", Highlighter(), k=1)
