"""The ``summarizer`` command: key highlights for a file or standard input.

``summarizer feed SOURCE`` (an RSS/Atom feed) and ``summarizer batch INPUT --out OUT`` (a
collection) are subcommands, see :mod:`summarizer.commands`.

Exit status: 0 success; 2 bad usage or option value; 3 file not found; 4 path is a directory
or unreadable; 5 binary or undecodable input; 6 no usable text (empty, or nothing but
boilerplate); 7 the rewrite model cannot be loaded or run; 8 an optional dependency is missing
(the message names the extra to install); 130 interrupted (Ctrl-C); 141 output pipe closed
(e.g. ``| head -1``).
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from . import __version__
from .api import Highlighter
from .config import DTYPES, REWRITE_MODES, RewriteOptions
from .errors import ConfigError, InputError, MissingExtraError, ModelError, NotFoundError
from .rankers import available
from .render import RENDERERS, get_renderer

EXIT_USAGE = 2
EXIT_NOT_FOUND = 3
EXIT_UNREADABLE = 4
EXIT_BINARY = 5
EXIT_NO_TEXT = 6
EXIT_MODEL = 7
EXIT_MISSING_EXTRA = 8
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141

_EPILOG = """\
examples:
  summarizer examples/article.txt
  summarizer -k 4 --format markdown article.txt
  cat article.txt | summarizer - --format json
  summarizer --ranker lexrank --order score article.txt
  summarizer --rewrite ./my-bart-model --format json article.txt
  summarizer --rewrite facebook/bart-large-cnn --rewrite-mode document article.txt
  summarizer page.html                      # HTML: the article is extracted ([feeds])
  summarizer feed https://example.com/rss.xml --format html --out digest.html
  summarizer batch articles.jsonl --out highlights.jsonl -j 2 [--resume]

"summarizer feed -h" and "summarizer batch -h" describe the subcommands.

rewriting (--rewrite) needs: pip install "news-highlights[abstractive]"; a hub id is
downloaded by transformers on first use. Rewritten bullets that add numbers, names or quotes
not in the article, or flip a negation, are replaced by their source sentence.

exit status: 0 ok, 2 usage, 3 file not found, 4 directory/unreadable, 5 binary or
undecodable, 6 no usable text, 7 model cannot be loaded or run, 8 missing optional
dependency, 130 interrupted, 141 output pipe closed.
"""

#: Command-line flags that set :class:`RewriteOptions` fields: (flag, field, type, help).
_REWRITE_FLAGS: tuple[tuple[str, str, type, str], ...] = (
    ("--device", "device", str, "auto (default), cpu, cuda, cuda:N or mps"),
    ("--dtype", "dtype", str, f"{', '.join(DTYPES)} (default auto)"),
    ("--batch-size", "batch_size", int, "model inputs per generate call (default 8)"),
    ("--num-beams", "num_beams", int, "beam width (default: the model's)"),
    ("--max-new-tokens", "max_new_tokens", int, "tokens generated per input at most"),
    ("--min-new-tokens", "min_new_tokens", int, "tokens generated per input at least"),
    ("--max-input-tokens", "max_input_tokens", int, "input limit (default: the model's)"),
)


#: Subcommands; any other first argument is the article file of the main command.
SUBCOMMANDS = ("feed", "batch")


class CliError(Exception):
    """A command-line error with its exit status (see the module docstring)."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``summarizer`` command."""
    parser = argparse.ArgumentParser(
        prog="summarizer",
        description="Print the key highlights of a news article.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", help="article file to read, or - for standard input")
    parser.add_argument(
        "--format", default="text", choices=sorted(RENDERERS), help="output format (text)"
    )
    parser.add_argument(
        "--encoding", default="utf-8", help="encoding of the input file (default utf-8)"
    )
    add_config_options(parser)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def add_config_options(parser: argparse.ArgumentParser) -> None:
    """Add the options that set :class:`~summarizer.Config` fields (shared by all commands).

    :func:`config_overrides` turns the parsed options back into config fields.
    """
    parser.add_argument("-k", type=int, default=None, help="number of highlights (default 3)")
    parser.add_argument("--max-words", type=int, default=None, help="word budget in total")
    parser.add_argument("--ratio", type=float, default=None, help="budget as share of sentences")
    parser.add_argument(
        "--ranker", default=None, help=f"ranker: {', '.join(available())} (default: default)"
    )
    parser.add_argument("--redundancy", default=None, help="mmr (default), trigram or none")
    parser.add_argument("--order", default=None, help="document (default) or score")
    parser.add_argument(
        "--keep-boilerplate", action="store_true", help="do not drop bylines, footers etc."
    )
    parser.add_argument(
        "--input-format",
        default=None,
        help="auto (default: HTML is detected and its article extracted), text or html",
    )
    rewrite = parser.add_argument_group("rewriting (optional, needs [abstractive])")
    rewrite.add_argument(
        "--rewrite",
        metavar="MODEL",
        default=None,
        help="rewrite the highlights with a seq2seq model: a local directory or a hub id",
    )
    rewrite.add_argument(
        "--rewrite-mode",
        default=None,
        help=f"{' or '.join(REWRITE_MODES)} (default sentences)",
    )
    for flag, field, kind, text in _REWRITE_FLAGS:
        rewrite.add_argument(flag, dest=field, type=kind, default=None, help=text)


def config_overrides(args: argparse.Namespace) -> dict[str, Any]:
    """The :class:`~summarizer.Config` fields given by :func:`add_config_options` options.

    Raises:
        ConfigError: For an invalid rewrite option value.
    """
    overrides: dict[str, Any] = {
        name: value
        for name, value in (
            ("k", args.k),
            ("max_words", args.max_words),
            ("ratio", args.ratio),
            ("ranker", args.ranker),
            ("redundancy", args.redundancy),
            ("order", args.order),
            ("rewrite", args.rewrite),
            ("rewrite_mode", args.rewrite_mode),
            ("input_format", args.input_format),
        )
        if value is not None
    }
    if args.keep_boilerplate:
        overrides["remove_boilerplate"] = False
    options = {
        field: getattr(args, field)
        for _, field, _, _ in _REWRITE_FLAGS
        if getattr(args, field) is not None
    }
    if options:
        overrides["rewrite_options"] = RewriteOptions.from_mapping(options)
    return overrides


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (see the module docstring).

    ``summarizer feed ...`` and ``summarizer batch ...`` go to :mod:`summarizer.commands`;
    anything else is the one-article command (use ``./feed`` for a file named ``feed``).
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] in SUBCOMMANDS:
        from . import commands

        run_command = commands.run_feed if arguments[0] == "feed" else commands.run_batch_command
        return run_command(arguments[1:])
    args = build_parser().parse_args(arguments)

    def one_article() -> int:
        highlighter = Highlighter(**config_overrides(args))
        text = _read(args.file, args.encoding)
        write_output(get_renderer(args.format)(highlighter.highlight(text)))
        return 0

    return guarded(one_article)


def guarded(action: Callable[[], int], interrupted: str = "interrupted") -> int:
    """Run a command's ``action`` and turn every expected error into one line and a status.

    The one mapping from exceptions to exit statuses, shared by every command: usage and
    config errors 2, missing input 3, unreadable input 4, no usable text 6, model errors 7,
    missing extras 8, Ctrl-C 130 (printing ``interrupted``), a closed output pipe 141.
    """
    try:
        return action()
    except CliError as exc:
        return fail(str(exc), exc.status)
    except ConfigError as exc:
        return fail(str(exc), EXIT_USAGE)
    except NotFoundError as exc:
        return fail(str(exc), EXIT_NOT_FOUND)
    except InputError as exc:
        return fail(str(exc), EXIT_NO_TEXT)
    except ModelError as exc:
        return fail(str(exc), EXIT_MODEL)
    except MissingExtraError as exc:
        return fail(str(exc), EXIT_MISSING_EXTRA)
    except KeyboardInterrupt:
        return fail(interrupted, EXIT_INTERRUPTED)
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except OSError as exc:  # e.g. --out in a missing folder, or a directory
        where = f"{exc.filename}: " if exc.filename else ""
        return fail(f"{where}{exc.strerror or exc}", EXIT_UNREADABLE)


def write_output(text: str, out: Path | None = None) -> None:
    """Write ``text`` (with a final newline) to standard output, or to the file ``out``."""
    if not text.endswith("\n"):
        text += "\n"
    if out is None:
        # Never a traceback for a terminal or pipe that cannot show a character (an ASCII or
        # Latin-1 locale): such characters are written as backslash escapes.
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:
            sys.stdout.write(text)
        else:
            sys.stdout.flush()
            buffer.write(text.encode(sys.stdout.encoding or "utf-8", errors="backslashreplace"))
        sys.stdout.flush()
    else:
        out.write_text(text, encoding="utf-8")


def _read(path: str, encoding: str) -> str:
    try:
        data = sys.stdin.buffer.read() if path == "-" else _read_file(path)
    except FileNotFoundError:
        raise CliError(f"no such file: {path}", EXIT_NOT_FOUND) from None
    except IsADirectoryError:
        raise CliError(f"is a directory, not a file: {path}", EXIT_UNREADABLE) from None
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc.strerror}", EXIT_UNREADABLE) from None
    name = "standard input" if path == "-" else path
    if b"\x00" in data[:8192]:
        raise CliError(f"{name} looks like a binary file, not text", EXIT_BINARY)
    try:
        return data.decode(encoding)
    except LookupError:
        raise CliError(f"unknown encoding: {encoding}", EXIT_USAGE) from None
    except UnicodeDecodeError as exc:
        raise CliError(
            f"{name} is not valid {encoding} text (byte {exc.start}); pass --encoding",
            EXIT_BINARY,
        ) from None


def _read_file(path: str) -> bytes:
    if os.path.isdir(path):
        raise IsADirectoryError(errno.EISDIR, "is a directory", path)
    with open(path, "rb") as handle:
        return handle.read()


def fail(message: str, status: int) -> int:
    """Print ``summarizer: error: MESSAGE`` (one line) on standard error; return ``status``."""
    print(f"summarizer: error: {message}", file=sys.stderr)
    return status


def _silence_stdout() -> None:
    """After a closed pipe, point stdout at /dev/null so the interpreter's flush stays quiet."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def run() -> NoReturn:
    """Entry point for ``python -m summarizer``."""
    raise SystemExit(main())
