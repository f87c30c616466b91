"""The summarizer command: formats, stdin, and clear errors with distinct exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.cli import main

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "article.txt"


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "summarizer", *args], input=stdin, capture_output=True, timeout=60
    )


def test_file_to_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "Key highlights" in out and "\n1. " in out and "Latest News" not in out


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "html"])
def test_formats(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", fmt, "-k", "2", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    if fmt == "json":
        assert len(json.loads(out)["highlights"]) == 2


def test_stdin() -> None:
    result = run("-", "--format", "json", stdin=EXAMPLE.read_bytes())
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["highlights"]


@pytest.mark.parametrize(
    ("args", "stdin", "status", "message"),
    [
        (["/no/such/file.txt"], b"", 3, "no such file"),
        (["/"], b"", 4, "is a directory"),
        (["-"], b"\x00\x01\x02binary", 5, "binary"),
        (["-"], b"\xff\xfe\xfd not utf8", 5, "not valid utf-8"),
        (["-"], b"   \n ", 6, "empty"),
        (["-k", "0", "-"], b"Some text here.", 2, "k must be"),
        (["--ranker", "nope", "-"], b"Some text here.", 2, "valid names are"),
    ],
)
def test_user_errors_are_one_line_without_traceback(
    args: list[str], stdin: bytes, status: int, message: str
) -> None:
    result = run(*args, stdin=stdin)
    assert result.returncode == status
    err = result.stderr.decode()
    assert message in err
    assert "Traceback" not in err
    assert err.count("\n") == 1


def test_help_has_examples() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert b"examples:" in result.stdout


def test_closed_stdout_pipe() -> None:
    """`summarizer FILE | head -1` ends quietly."""
    proc = subprocess.run(
        f"{sys.executable} -m summarizer {EXAMPLE} | head -1",
        shell=True,
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == 0
    assert b"Traceback" not in proc.stderr
