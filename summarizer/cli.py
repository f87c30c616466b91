"""The ``summarizer`` command: key highlights for a file or standard input.

Exit status: 0 success; 2 bad usage or option value; 3 file not found; 4 path is a directory
or unreadable; 5 binary or undecodable input; 6 no usable text (empty, or nothing but
boilerplate); 130 interrupted (Ctrl-C); 141 output pipe closed (e.g. ``| head -1``).
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from . import __version__
from .api import Highlighter
from .errors import ConfigError, InputError
from .rankers import available
from .render import RENDERERS, get_renderer

EXIT_USAGE = 2
EXIT_NOT_FOUND = 3
EXIT_UNREADABLE = 4
EXIT_BINARY = 5
EXIT_NO_TEXT = 6
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141

_EPILOG = """\
examples:
  summarizer examples/article.txt
  summarizer -k 4 --format markdown article.txt
  cat article.txt | summarizer - --format json
  summarizer --ranker lexrank --order score article.txt

exit status: 0 ok, 2 usage, 3 file not found, 4 directory/unreadable, 5 binary or
undecodable, 6 no usable text, 130 interrupted, 141 output pipe closed.
"""


class _CliError(Exception):
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
    parser.add_argument("-k", type=int, default=None, help="number of highlights (default 3)")
    parser.add_argument("--max-words", type=int, default=None, help="word budget in total")
    parser.add_argument("--ratio", type=float, default=None, help="budget as share of sentences")
    parser.add_argument(
        "--ranker", default=None, help=f"ranker: {', '.join(available())} (default: default)"
    )
    parser.add_argument("--redundancy", default=None, help="mmr (default), trigram or none")
    parser.add_argument("--order", default=None, help="document (default) or score")
    parser.add_argument(
        "--format", default="text", choices=sorted(RENDERERS), help="output format (text)"
    )
    parser.add_argument(
        "--encoding", default="utf-8", help="encoding of the input file (default utf-8)"
    )
    parser.add_argument(
        "--keep-boilerplate", action="store_true", help="do not drop bylines, footers etc."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (see the module docstring)."""
    args = build_parser().parse_args(argv)
    try:
        overrides = {
            name: value
            for name, value in (
                ("k", args.k),
                ("max_words", args.max_words),
                ("ratio", args.ratio),
                ("ranker", args.ranker),
                ("redundancy", args.redundancy),
                ("order", args.order),
            )
            if value is not None
        }
        if args.keep_boilerplate:
            overrides["remove_boilerplate"] = False
        highlighter = Highlighter(**overrides)
        text = _read(args.file, args.encoding)
        output = get_renderer(args.format)(highlighter.highlight(text))
        sys.stdout.write(output if output.endswith("\n") else output + "\n")
        sys.stdout.flush()
    except ConfigError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except _CliError as exc:
        return _fail(str(exc), exc.status)
    except InputError as exc:
        return _fail(str(exc), EXIT_NO_TEXT)
    except KeyboardInterrupt:
        return _fail("interrupted", EXIT_INTERRUPTED)
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    return 0


def _read(path: str, encoding: str) -> str:
    try:
        data = sys.stdin.buffer.read() if path == "-" else _read_file(path)
    except FileNotFoundError:
        raise _CliError(f"no such file: {path}", EXIT_NOT_FOUND) from None
    except IsADirectoryError:
        raise _CliError(f"is a directory, not a file: {path}", EXIT_UNREADABLE) from None
    except OSError as exc:
        raise _CliError(f"cannot read {path}: {exc.strerror}", EXIT_UNREADABLE) from None
    name = "standard input" if path == "-" else path
    if b"\x00" in data[:8192]:
        raise _CliError(f"{name} looks like a binary file, not text", EXIT_BINARY)
    try:
        return data.decode(encoding)
    except LookupError:
        raise _CliError(f"unknown encoding: {encoding}", EXIT_USAGE) from None
    except UnicodeDecodeError as exc:
        raise _CliError(
            f"{name} is not valid {encoding} text (byte {exc.start}); pass --encoding",
            EXIT_BINARY,
        ) from None


def _read_file(path: str) -> bytes:
    if os.path.isdir(path):
        raise IsADirectoryError(errno.EISDIR, "is a directory", path)
    with open(path, "rb") as handle:
        return handle.read()


def _fail(message: str, status: int) -> int:
    print(f"summarizer: error: {message}", file=sys.stderr)
    return status


def _silence_stdout() -> None:
    """After a closed pipe, point stdout at /dev/null so the interpreter's flush stays quiet."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def run() -> NoReturn:
    """Entry point for ``python -m summarizer``."""
    raise SystemExit(main())
