"""The ``summarizer feed`` and ``summarizer batch`` subcommands (see :mod:`summarizer.cli`).

Both take the same highlight options as the main command (``-k``, ``--ranker``, ...), print a
one-line summary or error on stderr, and use the exit statuses of :mod:`summarizer.cli`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .cli import (
    EXIT_UNREADABLE,
    EXIT_USAGE,
    CliError,
    add_config_options,
    config_overrides,
    guarded,
    write_output,
)
from .config import Config
from .errors import InputError, NotFoundError, SummarizerError

FEED_FORMATS = ("jsonl", "markdown", "html")

_FEED_EPILOG = """\
examples:
  summarizer feed https://example.com/rss.xml
  summarizer feed saved-feed.xml --format html --out digest.html
  summarizer feed https://example.com/atom --format markdown -k 4 --timeout 5

Entries that carry their full text are summarised from the feed; the others from their
linked page (fetched politely: timeout, size limit, at most --per-host requests per host).
A failing entry is reported in the output with its error. Needs "news-highlights[feeds]".
"""

_BATCH_EPILOG = """\
examples:
  summarizer batch articles.jsonl --out highlights.jsonl
  summarizer batch articles.csv --text-field body --id-field url --out out.jsonl -j 2
  summarizer batch articles.jsonl --out out.jsonl --resume      # after Ctrl-C or a kill
  summarizer batch articles.parquet --out out.parquet --engine spark --master local[*]

Each output row: {"id", "title", "highlights", "spans", "error"}; a record that fails gets
an error and the run goes on. Chunks are written atomically, so an interrupted run loses
nothing that was finished, and --resume skips the ids already written.
"""


def build_feed_parser() -> argparse.ArgumentParser:
    """The parser of ``summarizer feed``."""
    parser = argparse.ArgumentParser(
        prog="summarizer feed",
        description="Key highlights for every item of an RSS or Atom feed.",
        epilog=_FEED_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("source", help="feed URL or file")
    parser.add_argument("--format", choices=FEED_FORMATS, default="jsonl", help="output (jsonl)")
    parser.add_argument("--out", type=Path, help="write here instead of standard output")
    fetch = parser.add_argument_group("fetching linked pages")
    fetch.add_argument("--timeout", type=float, default=10.0, help="seconds per page (10)")
    fetch.add_argument("--max-bytes", type=int, default=5_000_000, help="page size limit")
    fetch.add_argument("--per-host", type=int, default=2, help="parallel requests per host (2)")
    fetch.add_argument("--workers", type=int, default=8, help="entries at a time (8)")
    fetch.add_argument(
        "--min-content-words",
        type=int,
        default=120,
        help="use the feed's own text when it has this many words (120), else fetch the page",
    )
    fetch.add_argument("--user-agent", help="User-Agent header of requests")
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    add_config_options(parser)
    return parser


def build_batch_parser() -> argparse.ArgumentParser:
    """The parser of ``summarizer batch``."""
    parser = argparse.ArgumentParser(
        prog="summarizer batch",
        description="Key highlights for every record of a JSONL, CSV or Parquet file.",
        epilog=_BATCH_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("input", help="records: .jsonl, .csv or .parquet")
    parser.add_argument("--out", required=True, type=Path, help="output JSONL file")
    parser.add_argument("--text-field", default="article", help="article field (article)")
    parser.add_argument("--id-field", default="id", help="id field (id; else row-N)")
    parser.add_argument(
        "--records-format",
        choices=("jsonl", "csv", "parquet"),
        help="format of INPUT when its suffix does not say",
    )
    parser.add_argument("-j", "--jobs", type=int, default=1, help="processes (-1: every CPU)")
    parser.add_argument("--chunk-size", type=int, default=1000, help="records per chunk (1000)")
    parser.add_argument("--resume", action="store_true", help="skip ids already in --out")
    parser.add_argument("--quiet", action="store_true", help="no progress bar or summary")
    parser.add_argument(
        "--engine", choices=("local", "spark"), default="local", help="local (default) or spark"
    )
    parser.add_argument("--master", default="local[*]", help="Spark master URL (local[*])")
    add_config_options(parser)
    return parser


def _config(args: argparse.Namespace) -> Config:
    return Config().replace(**config_overrides(args))


def run_feed(argv: Sequence[str]) -> int:
    """``summarizer feed``: returns the exit status."""
    args = build_feed_parser().parse_args(argv)

    def action() -> int:
        from .api import Highlighter
        from .feeds import (
            DEFAULT_USER_AGENT,
            FeedError,
            FeedItem,
            HttpFetcher,
            feed_to_html,
            feed_to_jsonl,
            feed_to_markdown,
            highlight_feed,
        )

        try:
            fetcher = HttpFetcher(
                timeout=args.timeout,
                max_bytes=args.max_bytes,
                user_agent=args.user_agent or DEFAULT_USER_AGENT,
                per_host=args.per_host,
            )
        except ValueError as error:
            raise CliError(str(error), EXIT_USAGE) from None
        highlighter = Highlighter(_config(args))

        def report(item: FeedItem) -> None:
            if not args.quiet and item.error:
                print(f"summarizer: {item.title or item.link}: {item.error}", file=sys.stderr)

        try:
            feed = highlight_feed(
                args.source,
                highlighter,
                fetcher=fetcher,
                min_content_words=args.min_content_words,
                max_workers=args.workers,
                progress=report,
            )
        except FeedError as error:
            raise CliError(str(error), EXIT_UNREADABLE) from None
        render = {"jsonl": feed_to_jsonl, "markdown": feed_to_markdown, "html": feed_to_html}
        write_output(render[args.format](feed), args.out)
        return 0

    return guarded(action)


def run_batch_command(argv: Sequence[str]) -> int:
    """``summarizer batch``: returns the exit status."""
    args = build_batch_parser().parse_args(argv)

    def action() -> int:
        config = _config(args)
        if args.engine == "spark":
            return _spark(args, config)
        from .batch import run_batch

        try:
            summary = run_batch(
                args.input,
                args.out,
                config=config,
                text_field=args.text_field,
                id_field=args.id_field,
                n_jobs=args.jobs,
                resume=args.resume,
                progress=False if args.quiet else None,
                chunk_size=args.chunk_size,
                input_format=args.records_format,
            )
        except NotFoundError:
            raise
        except InputError as error:
            raise CliError(str(error), EXIT_UNREADABLE) from None
        except ValueError as error:
            raise CliError(str(error), EXIT_USAGE) from None
        if not args.quiet:
            print(
                f"summarizer: {summary.written} rows written ({summary.errors} errors, "
                f"{summary.skipped} skipped as done) in {summary.seconds:.1f} s, "
                f"{summary.rate:.0f} rows/s -> {summary.output}",
                file=sys.stderr,
            )
        return 0

    return guarded(
        action, "interrupted; finished chunks are saved, rerun with --resume to continue"
    )


def _spark(args: argparse.Namespace, config: Config) -> int:
    """``--engine spark``: the same rows through Apache Spark (a directory at ``--out``)."""
    if args.jobs != 1 or args.resume:
        raise CliError(
            "--engine spark: Spark schedules the work (use --master local[N]) and a rerun "
            "replaces the output, so -j and --resume do not apply",
            EXIT_USAGE,
        )
    from .spark import run_batch_spark

    spark_options: dict[str, Any] = {
        "config": config,
        "text_field": args.text_field,
        "id_field": args.id_field,
        "master": args.master,
        "input_format": args.records_format,
    }
    try:
        written = run_batch_spark(args.input, args.out, **spark_options)
    except Exception as error:  # Spark's own errors (AnalysisException, Py4J...) end here
        if isinstance(error, (SummarizerError, ValueError, OSError)):
            raise
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else ""
        message = f"Spark failed: {type(error).__name__}: {first_line}"
        raise CliError(message, EXIT_UNREADABLE) from None
    if not args.quiet:
        print(f"summarizer: {written} rows written to the folder {args.out}", file=sys.stderr)
    return 0
