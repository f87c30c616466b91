"""The hostile-input matrix: every row is an input with a defined outcome.

An outcome is either a valid result (every invariant of ``test_properties.check_result``: spans
that map back to the input, budget, unique bullets, document order, finite scores, safe
renderers) or a documented error whose message says what to do: ``TypeError`` for input that
is not text, :class:`~summarizer.InputError` (a :class:`~summarizer.SummarizerError`) for
text that cannot be summarised. The same matrix is run for ``highlight``, the ``summarizer``
command (in process through ``summarizer.cli.main`` and as ``python -m summarizer``) and for
``evaluation`` (``RougeScorer`` and ``python -m evaluation``).
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from test_properties import check_result, is_clean

from evaluation.cli import main as evaluation_main
from evaluation.rouge import RougeScorer
from summarizer import Config, Highlighter, InputError, SummarizerError, highlight
from summarizer.cli import main as summarizer_main

ROOT = Path(__file__).resolve().parents[1]
SENTENCES = [
    "The city council approved a flood defence plan on Tuesday after record storms.",
    "The plan will raise the sea wall by 1.5 metres and build two tidal barriers.",
    "Work is due to start next year and finish by 2031, officials said.",
    "Business owners warned that years of construction would drive visitors away.",
    "The storms in December damaged more than 2,300 properties across the region.",
    "Insurers estimate the total bill at about 310 million dollars so far.",
]
ARTICLE = " ".join(SENTENCES)
PARAGRAPHS = ["\n".join(SENTENCES[i : i + 2]) for i in range(0, len(SENTENCES), 2)]


def news(size: int, seed: int = 0) -> str:
    """Distinct news-like paragraphs (seeded) up to ``size`` characters."""
    rng = random.Random(seed)
    words = " ".join(SENTENCES).replace(",", "").replace(".", "").lower().split()
    parts: list[str] = []
    total = 0
    while total < size:
        sentences = [
            " ".join(rng.choice(words) for _ in range(rng.randint(8, 25))).capitalize() + "."
            for _ in range(rng.randint(1, 4))
        ]
        parts.append(" ".join(sentences))
        total += len(parts[-1]) + 2
    return "\n\n".join(parts)[:size]


# ---------------------------------------------------------------------------------------------
# highlight(): the matrix.


@dataclass(frozen=True)
class Row:
    """One input of the matrix and its outcome.

    Attributes:
        make: Builds the input (called in the test, so big inputs cost nothing at import).
        error: The exception type expected, or None for a valid result.
        message: Words the error message must contain (what is wrong / what to do).
        options: Keyword arguments of ``highlight`` (config overrides, ``encoding``).
        check: Extra assertions on a valid result, given the input text.
    """

    make: Callable[[], Any]
    error: type[BaseException] | None = None
    message: tuple[str, ...] = ()
    options: dict[str, Any] = field(default_factory=dict)
    check: Callable[[str, Any], None] | None = None


def _same_as(reference: str) -> Callable[[str, Any], None]:
    def check(text: str, result: Any) -> None:
        assert result.bullets == highlight(reference).bullets

    return check


def _all(predicate: Callable[[str], bool]) -> Callable[[str, Any], None]:
    def check(text: str, result: Any) -> None:
        assert all(predicate(bullet) for bullet in result.bullets), result.bullets

    return check


def _no_raw_markup(text: str, result: Any) -> None:
    page = result.to_html()
    for raw in ("<script", "<img", "<a ", "<iframe"):  # escaped, so only text
        assert raw not in page.lower(), raw
    assert "&lt;script&gt;" in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "href=&quot;javascript:alert(2)&quot;" in page  # text, not an attribute
    markdown = result.to_markdown()
    # Every bracket and angle bracket is escaped: no link, image or raw HTML in Markdown.
    assert not re.search(r"(?<!\\)[<>\[\]]", markdown), markdown
    assert "\\[link\\](javascript:alert(1))" in markdown


def _markdown_structure(text: str, result: Any) -> None:
    lines = result.to_markdown().splitlines()
    assert lines[0] == "## Key highlights"
    items = [line for line in lines[1:] if line]
    assert len(items) == len(result)
    for number, line in enumerate(items, start=1):
        assert line.startswith(f"{number}. ")
        body = line[len(f"{number}. ") :]
        # Nothing can open a nested block or inline structure: such characters are escaped.
        assert not body.startswith(("#", ">", "-", "+", "*", "`", "|", "=")), body
        for char in "*_`[]<>|#":
            assert body.count(char) == body.count("\\" + char), (char, body)


HIGHLIGHT_MATRIX: dict[str, Row] = {
    "none": Row(lambda: None, TypeError, ("expected", "str")),
    "int": Row(lambda: 42, TypeError, ("expected", "str")),
    "float-nan": Row(lambda: float("nan"), TypeError, ("expected",)),
    "list-of-str": Row(lambda: [ARTICLE], TypeError, ("expected",)),
    "bytes-without-encoding": Row(lambda: ARTICLE.encode(), TypeError, ("decode", "encoding=")),
    "bytes-valid-utf8": Row(
        lambda: ARTICLE.encode("utf-8"), options={"encoding": "utf-8"}, check=_same_as(ARTICLE)
    ),
    "bytearray-utf8": Row(
        lambda: bytearray(ARTICLE.encode("utf-8")), options={"encoding": "utf-8"}
    ),
    "bytes-invalid-utf8": Row(
        lambda: b"The council \xff\xfe approved it.",
        InputError,
        ("decode", "utf-8"),
        options={"encoding": "utf-8"},
    ),
    "bytes-unknown-codec": Row(
        lambda: b"Some text.", InputError, ("decode",), options={"encoding": "no-such-codec"}
    ),
    "empty": Row(lambda: "", InputError, ("empty",)),
    "whitespace": Row(lambda: " \t\n\r\n\f\v\xa0\u3000\u2028 ", InputError, ("empty",)),
    "invisible-only": Row(lambda: "\u200b\ufeff\x00\x01\u2060", InputError, ("no content",)),
    "one-word": Row(lambda: "Hello", check=lambda t, r: r.bullets == ("Hello",)),
    "one-sentence": Row(lambda: SENTENCES[0], check=lambda t, r: r.bullets == (SENTENCES[0],)),
    "only-punctuation": Row(
        lambda: "... !!! ??? ;;; --- *** ,,, ''' \"\" () []",
        InputError,
        ("no content", "remove_boilerplate"),
    ),
    "only-numbers": Row(lambda: "123 456 789. 1000 2000 3000. 42 7 19.5 2,300"),
    "all-caps": Row(
        lambda: ARTICLE.upper(),
        check=lambda t, r: len(r) == 3 and all(b.isupper() for b in r.bullets),
    ),
    "no-punctuation-1mb": Row(
        lambda: news(1_000_000).replace(".", "").replace("\n", " "),
        check=_all(lambda b: len(b.split()) <= Config().max_sentence_words),
    ),
    "no-whitespace-1mb": Row(
        lambda: "x" * 1_000_000, check=_all(lambda b: len(b) <= 25 * Config().max_sentence_words)
    ),
    "100k-one-word-lines": Row(
        lambda: "\n".join(
            random.Random(1).choice(["alpha", "beta", "gamma", "delta"]) + str(i)
            for i in range(100_000)
        ),
        check=_all(lambda b: len(b.split()) <= Config().max_sentence_words),
    ),
    "nul-and-control-characters": Row(
        lambda: (
            "The council\x00 approved\x01 the plan\x7f on Tuesday\x1b[2J after\x9b1m a "
            "long debate.\x08 Officials\x0e said work starts\x1f next year and ends in 2031."
        ),
        check=_all(lambda b: "\x1b" not in b and "\x9b" not in b and "\x00" not in b),
    ),
    "lone-surrogates": Row(
        lambda: (
            "The council \ud800 approved the plan on Tuesday after a debate. "
            "Officials \udfff said the work would start \ud83d\ude00 next year."
        ),
        check=_all(lambda b: "\ufffd" in b or "😀" in b),
    ),
    "only-lone-surrogates": Row(lambda: "\udc00\ud800 \udfff\n\ud800", InputError, ("no content",)),
    "emoji": Row(
        lambda: (
            "The council 🎉 approved the plan on Tuesday 👍🏽. People 👨‍👩‍👧 cheered 🇬🇧 "
            "loudly in the streets of the old town."
        ),
        check=lambda t, r: "👨‍👩‍👧" in " ".join(r.bullets),
    ),
    "only-emoji": Row(lambda: "🎉🎉 👍🏽 😀\n🇬🇧", InputError, ("no content",)),
    "right-to-left": Row(
        lambda: (
            "قال المجلس إنه وافق على خطة الدفاع ضد الفيضانات يوم الثلاثاء بعد العواصف. "
            "هل هذا صحيح؟ وقال السكان إنهم سعداء جدا بهذا القرار الذي طال انتظاره. "
            "שלום עולם, זה משפט בעברית עם כמה מילים נוספות כאן."
        ),
    ),
    "cjk": Row(
        lambda: (
            "市议会周二批准了这项防洪计划。居民们对此表示高兴！工程将于明年开始吗？"
            "東京都は火曜日に計画を承認した。서울시는 계획을 승인했다."
        ),
        check=_all(lambda b: b[-1] in "。！？."),
    ),
    "mixed-scripts": Row(
        lambda: (
            "The 市议会 approved قال the plan שלום on Tuesday after record storms. "
            "Кириллица and Ελληνικά and देवनागरी text sit in the same sentence here."
        )
    ),
    "mostly-urls": Row(
        lambda: (
            "\n".join(f"https://example.com/news/{i}?ref=feed&id={i}" for i in range(200))
            + "\n\n"
            + SENTENCES[0]
        ),
        check=lambda t, r: r.bullets == (SENTENCES[0],),
    ),
    "only-urls": Row(
        lambda: "\n".join(f"https://example.com/{i}" for i in range(50)),
        InputError,
        ("no content", "remove_boilerplate"),
    ),
    "only-urls-keep-boilerplate": Row(
        lambda: "\n".join(f"https://example.com/{i}" for i in range(50)),
        options={"remove_boilerplate": False},
    ),
    "mostly-email-addresses": Row(
        lambda: "\n".join(f"reporter{i}@example.com" for i in range(200)) + "\n\n" + ARTICLE
    ),
    "only-email-addresses": Row(
        lambda: "\n".join(f"reporter{i}@example.com" for i in range(50)),
        InputError,
        ("no content",),
    ),
    "urls-inside-sentences": Row(
        lambda: " ".join(
            f"See https://x.com/a/{i} and write to desk{i}@news.org for more about item {i}."
            for i in range(30)
        )
    ),
    "duplicated-paragraphs": Row(
        lambda: "\n\n".join([ARTICLE] * 20),
        options={"k": 6, "redundancy": "none"},
        check=lambda t, r: len(r) == 6,
    ),
    "windows-line-endings": Row(
        lambda: "\r\n\r\n".join(PARAGRAPHS), check=_same_as("\n\n".join(PARAGRAPHS))
    ),
    "old-mac-line-endings": Row(
        lambda: "\r\r".join(PARAGRAPHS).replace("\n", "\r"),
        check=_same_as("\n\n".join(PARAGRAPHS)),
    ),
    "tabs": Row(lambda: "\t" + "\t\t".join(SENTENCES) + "\t", check=_same_as(" ".join(SENTENCES))),
    "form-feeds": Row(lambda: "\f".join(PARAGRAPHS), check=_same_as("\n\n".join(PARAGRAPHS))),
    "html-document": Row(
        lambda: (
            "<html><head><title>x</title></head><body><p>"
            + "</p><p>".join(SENTENCES)
            + "</p><script>alert(1)</script></body></html>"
        ),
    ),
    "malicious-markup": Row(
        lambda: (
            'Officials said <script>alert("x")</script> was found in the page today. '
            "A second line had <img src=x onerror=alert(1)> and a "
            "[link](javascript:alert(1)) in it. "
            'An <a href="javascript:alert(2)">anchor</a> and <iframe src=//evil> were removed too.'
        ),
        options={"k": 3},
        check=_no_raw_markup,
    ),
    "markdown-structure": Row(
        lambda: (
            "# Heading text that is a sentence here. > Quoted text is not a block here. "
            "- Dash at the start is not a list. 1. Number dot is not a list either here. "
            "| a | b | table pipes stay text. ``` fence stays text here. *bold* _it_ ~~s~~ [x](y) "
            "and <b>html</b> &amp; entities stay text."
        ),
        options={"k": 6, "min_sentence_words": 1},
        check=_markdown_structure,
    ),
    "json-breakers": Row(
        lambda: (
            'He said "quote" and \\backslash\\ and \\u0000 and \u2028 and \u2029 in one '
            "sentence here. A second sentence has a tab\tand NaN and Infinity words in it."
        ),
    ),
    "10mb-article": Row(lambda: news(10_000_000), check=lambda t, r: len(r) == 3),
    "over-max-chars": Row(
        lambda: news(2_000_000),
        InputError,
        ("max_chars", "2,000,000"),
        options={"max_chars": 1_000_000},
    ),
}
SLOW_ROWS = {"10mb-article", "no-punctuation-1mb", "100k-one-word-lines", "no-whitespace-1mb"}


def _params(matrix: dict[str, Row], slow: set[str]) -> list[Any]:
    return [
        pytest.param(row, id=name, marks=[pytest.mark.slow] if name in slow else [])
        for name, row in matrix.items()
    ]


@pytest.mark.parametrize("row", _params(HIGHLIGHT_MATRIX, SLOW_ROWS))
def test_highlight_matrix(row: Row) -> None:
    value = row.make()
    options = dict(row.options)
    encoding = options.pop("encoding", None)
    if row.error is not None:
        with pytest.raises(row.error) as caught:
            highlight(value, encoding=encoding, **options)
        message = str(caught.value)
        for word in row.message:
            assert word in message, (word, message)
        if row.error is not TypeError:
            assert isinstance(caught.value, SummarizerError)
        return
    config = Config(**options)
    result = Highlighter(config).highlight(value, encoding=encoding)
    text = bytes(value).decode(encoding) if encoding else value
    check_result(text, result, config)
    if row.check is not None:
        row.check(text, result)


def test_no_internal_exception_escapes_a_failing_ranker() -> None:
    """A ranker that returns NaN/inf scores never puts them into a result."""
    import numpy as np

    from summarizer.rankers import register

    class Nasty:
        name = "nasty-nan-ranker"

        def score(self, document: Any, features: Any) -> Any:
            values = np.full(len(document.sentences), np.nan)
            values[::2] = np.inf
            return values

    register(Nasty(), replace=True)
    result = highlight(ARTICLE, ranker="nasty-nan-ranker")
    check_result(ARTICLE, result, Config(ranker="nasty-nan-ranker"))


TITLE_ESCAPE = "\x1b[2J\x1b[31mBreaking\x00 news \x9b1m headline\n\n" + ARTICLE
TITLE_SURROGATE = "Breaking \ud800 news headline\n\n" + ARTICLE


@pytest.mark.parametrize("text", [TITLE_ESCAPE, TITLE_SURROGATE], ids=["escape", "surrogate"])
def test_title_is_cleaned_like_a_sentence(text: str) -> None:
    result = highlight(text)
    assert result.title is not None and is_clean(result.title), repr(result.title)
    for output in (str(result), result.to_json(), result.to_html(), result.to_markdown()):
        output.encode("utf-8")
        assert "\x1b" not in output and "\x9b" not in output


# ---------------------------------------------------------------------------------------------
# The summarizer command: in process (main) and as a real process.


def _cli(
    args: list[str], *, stdin: bytes = b"", env: dict[str, str] | None = None, **kwargs: Any
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "summarizer", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        **kwargs,
    )


def _write(tmp: Path, name: str, data: bytes) -> str:
    path = tmp / name
    path.write_bytes(data)
    return str(path)


#: name -> (build the argument list in tmp_path, expected status, words in the message)
CLI_MATRIX: dict[str, tuple[Callable[[Path], list[str]], int, tuple[str, ...]]] = {
    "nonexistent-path": (lambda tmp: [str(tmp / "missing.txt")], 3, ("no such file",)),
    "directory": (lambda tmp: [str(tmp)], 4, ("is a directory",)),
    "binary-file": (lambda tmp: [_write(tmp, "a.bin", bytes(range(256)) * 64)], 5, ("binary",)),
    "invalid-utf8-file": (
        lambda tmp: [_write(tmp, "a.txt", "Caf\xe9 au lait is served here.".encode("latin-1"))],
        5,
        ("not valid utf-8", "--encoding"),
    ),
    "latin1-with-encoding": (
        lambda tmp: [
            "--encoding",
            "latin-1",
            _write(tmp, "a.txt", "Caf\xe9 au lait is served here.".encode("latin-1")),
        ],
        0,
        (),
    ),
    "unknown-encoding": (
        lambda tmp: ["--encoding", "nope", _write(tmp, "a.txt", b"Text.")],
        2,
        ("encoding",),
    ),
    "empty-file": (lambda tmp: [_write(tmp, "a.txt", b"")], 6, ("empty",)),
    "whitespace-file": (lambda tmp: [_write(tmp, "a.txt", b" \r\n\t\f ")], 6, ("empty",)),
    "only-punctuation-file": (
        lambda tmp: [_write(tmp, "a.txt", b"... !!! ??? ---")],
        6,
        ("no content",),
    ),
    "utf8-bom-crlf-file": (
        lambda tmp: [
            _write(tmp, "a.txt", "\ufeff".encode() + "\r\n\r\n".join(PARAGRAPHS).encode())
        ],
        0,
        (),
    ),
    "hostile-html-format": (
        lambda tmp: [
            "--format",
            "html",
            _write(
                tmp,
                "a.txt",
                b"Officials found <script>alert(1)</script> in the "
                b"page today. A <img src=x onerror=alert(1)> tag was there too.",
            ),
        ],
        0,
        (),
    ),
    "control-characters-json-format": (
        lambda tmp: [
            "--format",
            "json",
            _write(
                tmp,
                "a.txt",
                "The council\x01 approved\x1b[2J the 🎉 plan "
                'on Tuesday \u2028 after a \\ "debate".'.encode(),
            ),
        ],
        0,
        (),
    ),
}


@pytest.mark.parametrize("how", ["main", "process"])
@pytest.mark.parametrize("name", list(CLI_MATRIX))
def test_cli_matrix(
    name: str, how: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build, status, words = CLI_MATRIX[name]
    args = build(tmp_path)
    if how == "main":
        code = summarizer_main(args)
        captured = capsys.readouterr()
        out, err = captured.out, captured.err
    else:
        process = _cli(args)
        code = process.returncode
        out, err = process.stdout.decode("utf-8"), process.stderr.decode("utf-8")
    assert code == status, (code, err)
    assert "Traceback" not in err
    if status == 0:
        assert err == ""
        if "--format" in args and args[args.index("--format") + 1] == "json":
            assert json.loads(out)["highlights"]
        if "--format" in args and args[args.index("--format") + 1] == "html":
            assert "<script" not in out and "<img" not in out and "&lt;script&gt;" in out
        assert "\x1b" not in out
        return
    assert out == ""
    assert err.startswith("summarizer: error: ") and err.count("\n") == 1, err
    for word in words:
        assert word in err, (word, err)


def test_cli_closed_stdout_pipe_exits_141_quietly() -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # every write to stdout now fails with EPIPE
    try:
        process = subprocess.run(
            [sys.executable, "-m", "summarizer", "-"],
            input=ARTICLE.encode(),
            stdout=write_end,
            stderr=subprocess.PIPE,
            timeout=120,
        )
    finally:
        os.close(write_end)
    assert process.returncode == 141
    assert process.stderr == b""


def test_cli_piped_into_head(tmp_path: Path) -> None:
    """``summarizer f | head -1`` with more output than a pipe buffer holds."""
    article = tmp_path / "long.txt"
    article.write_text(news(400_000, seed=3), encoding="utf-8")
    script = (
        f"set -o pipefail; {sys.executable} -m summarizer -k 1000 --ratio 1 "
        f"--redundancy none '{article}' | head -1"
    )
    process = subprocess.run(["bash", "-c", script], capture_output=True, timeout=120)
    assert process.stdout == b"Key highlights\n"
    # 141 when a write finds the pipe closed; 0 when the one large write was only partly taken
    # (CPython reports no error then): either way quiet, never a traceback.
    assert process.returncode in (0, 141), process.stderr
    assert process.stderr == b""


def test_cli_ctrl_c_exits_130_without_traceback() -> None:
    """SIGINT while the command waits for more standard input."""
    process = subprocess.Popen(
        [sys.executable, "-m", "summarizer", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdin is not None
    try:
        # Writing more than a pipe holds returns only once the command has read most of it,
        # so the command is then inside its read of standard input (no sleep needed).
        process.stdin.write(ARTICLE.encode() * 8000)
        process.stdin.flush()
        time.sleep(0.2)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 130, err
    assert out == b""
    assert err == b"summarizer: error: interrupted\n"


def test_cli_ctrl_c_in_process(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Interrupted:
        def read(self, *args: Any) -> bytes:
            raise KeyboardInterrupt

    class Stdin:
        buffer = Interrupted()

    monkeypatch.setattr(sys, "stdin", Stdin())
    assert summarizer_main(["-"]) == 130
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == "summarizer: error: interrupted\n"


def test_cli_stdout_that_cannot_encode_the_text(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", "The council approved the plan 🎉 on Tuesday.".encode())
    process = _cli([path], env={"PYTHONIOENCODING": "ascii"})
    assert b"Traceback" not in process.stderr
    assert process.returncode == 0, process.stderr


# ---------------------------------------------------------------------------------------------
# evaluation: RougeScorer and python -m evaluation.

TYPES = ("rouge1", "rouge2", "rougeL", "rougeLsum")

#: name -> (reference, prediction, expected: an exception type, or the F1 of every type, or
#: None for "any valid score")
ROUGE_MATRIX: dict[str, tuple[Any, Any, Any]] = {
    "none-reference": (None, "a b", TypeError),
    "none-prediction": ("a b", None, TypeError),
    "int": (42, "a b", TypeError),
    "bytes-reference": (b"a b", "a b", TypeError),
    "bytes-prediction": ("a b", b"a b", TypeError),
    "list-with-none": (["a b", None], "a b", TypeError),
    "sentences-with-int": ("a b", ["a b", 3], TypeError),
    "mapping": ({"a": 1}, "a b", TypeError),
    "empty": ("", "", 0.0),
    "empty-reference-list": ([], "a b", 0.0),
    "whitespace": (" \t\n\r\n ", "\n\n", 0.0),
    "only-punctuation": ("... !!! ???", "... !!! ???", 0.0),
    "only-numbers": ("123 456 789 2024", "123 456 789 2024", 1.0),
    "all-caps": ("THE COUNCIL APPROVED THE PLAN", "the council approved the plan", 1.0),
    "nul-and-controls": (
        "the\x00council\x1b approved\x7fthe plan",
        "the council approved the plan",
        1.0,
    ),
    "lone-surrogates": (
        "the \ud800 council approved \udfff plans",
        "the council approved plans",
        1.0,
    ),
    "emoji": ("the 🎉 council approved 👍🏽 the plan", "the council approved the plan", 1.0),
    "cjk": ("市议会周二批准了这项计划。", "市议会周二批准了这项计划。", 0.0),
    "right-to-left": ("قال المجلس إنه وافق", "قال المجلس إنه وافق", 0.0),
    "mixed-scripts": ("the 市议会 council قال approved", "the council approved", 1.0),
    "windows-line-endings": (
        "the council\r\napproved the plan",
        "the council\napproved the plan",
        1.0,
    ),
    "old-mac-line-endings": (
        "the council\rapproved the plan",
        "the council approved the plan",
        None,
    ),
    "tabs-form-feeds": ("the\tcouncil\fapproved the\vplan", "the council approved the plan", 1.0),
    "100k-one-word-lines": (
        "alpha beta gamma",
        "\n".join(["alpha", "beta", "gamma"] * 33_334),
        None,
    ),
}


@pytest.mark.parametrize("mode", ["rouge-score", "rouge155"])
@pytest.mark.parametrize("name", list(ROUGE_MATRIX))
def test_rouge_matrix(name: str, mode: Any) -> None:
    reference, prediction, expected = ROUGE_MATRIX[name]
    scorer = RougeScorer(TYPES, mode=mode)
    if isinstance(expected, type):
        with pytest.raises(expected, match="must be a str or a sequence of str"):
            scorer.score(reference, prediction)
        return
    scores = scorer.score(reference, prediction)
    for rouge_type, score in scores.items():
        values = (score.precision, score.recall, score.fmeasure)
        assert all(0.0 <= v <= 1.0 for v in values), (rouge_type, values)
        if expected is not None:
            assert score.fmeasure == pytest.approx(expected), (rouge_type, score)


@pytest.mark.slow
def test_rouge_of_a_10mb_prediction_is_bounded_and_fast() -> None:
    prediction = news(10_000_000, seed=5)
    start = time.perf_counter()
    scores = RougeScorer(TYPES).score(ARTICLE, prediction)
    assert time.perf_counter() - start < 60
    for score in scores.values():
        assert 0.0 <= score.fmeasure <= score.recall <= 1.0


def _data_file(tmp: Path, articles: list[str], name: str = "data.jsonl") -> Path:
    path = tmp / name
    rows = [
        {"id": str(i), "article": a, "highlights": SENTENCES[0]} for i, a in enumerate(articles)
    ]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


#: name -> (build the --data path in tmp_path, expected status, words in stderr or stdout)
EVALUATION_MATRIX: dict[str, tuple[Callable[[Path], Path], int, tuple[str, ...]]] = {
    "nonexistent-data": (lambda tmp: tmp / "missing.jsonl", 1, ("no such file",)),
    "binary-data": (
        lambda tmp: Path(_write(tmp, "a.jsonl", bytes(range(256)))),
        1,
        ("cannot read",),
    ),
    "invalid-utf8-data": (
        lambda tmp: Path(_write(tmp, "a.jsonl", b'{"article": "caf\xe9", "highlights": "x"}\n')),
        1,
        ("cannot read", "utf-8"),
    ),
    "empty-data": (lambda tmp: Path(_write(tmp, "a.jsonl", b"")), 1, ("no examples",)),
    "hostile-articles": (
        lambda tmp: _data_file(
            tmp,
            [
                "",
                " \n\t ",
                "...!!!",
                "The council\x00 approved\x1b[2J the plan. It was late.",
                "市议会周二批准了这项计划。居民们对此表示高兴。",
                "🎉🎉 👍🏽. " * 50,
                "\r\n".join(SENTENCES),
                "\f".join(SENTENCES),
                "word\n" * 5000,
            ],
        ),
        0,
        ("LEAD-3",),
    ),
}


@pytest.mark.parametrize("name", list(EVALUATION_MATRIX))
def test_evaluation_cli_matrix(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build, status, words = EVALUATION_MATRIX[name]
    code = evaluation_main(
        ["baselines", "--data", str(build(tmp_path)), "--resamples", "20", "--format", "json"]
    )
    captured = capsys.readouterr()
    assert code == status, captured.err
    assert "Traceback" not in captured.err
    if status == 0:
        report = json.loads(captured.out)
        assert report["n_documents"] == 9
        text = json.dumps(report)
        assert "NaN" not in text and "Infinity" not in text
        assert all(word in captured.out for word in words)
    else:
        assert captured.err.startswith("error: ") and captured.err.count("\n") == 1
        assert all(word in captured.err for word in words), captured.err


def test_evaluation_cli_directory_as_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "articles.jsonl"
    path.mkdir()
    assert evaluation_main(["baselines", "--data", str(path)]) == 1
    assert "directory" in capsys.readouterr().err.replace(str(path), "PATH")


def test_evaluation_cli_lone_surrogate_in_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _data_file(tmp_path, ["The council \ud800 approved the plan. It was late."])
    assert evaluation_main(["baselines", "--data", str(data), "--resamples", "20"]) == 0, (
        capsys.readouterr().err
    )


def test_evaluation_baseline_splitter_is_linear_on_a_run_of_full_stops() -> None:
    from evaluation.baselines import split_sentences

    start = time.perf_counter()
    split_sentences("." * 20_000)
    assert time.perf_counter() - start < 1.0


def test_evaluation_cli_ctrl_c(tmp_path: Path) -> None:
    marker = tmp_path / "started"
    (tmp_path / "slow_system.py").write_text(
        "import pathlib, time\n"
        "def summarize(text):\n"
        f"    pathlib.Path({str(marker)!r}).touch()\n"
        "    time.sleep(60)\n"
        "    return [text]\n",
        encoding="utf-8",
    )
    data = _data_file(tmp_path, [ARTICLE])
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "evaluation",
            "score",
            "--data",
            str(data),
            "--system",
            "slow_system:summarize",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={
            **os.environ,
            "PYTHONPATH": f"{tmp_path}{os.pathsep}{os.environ.get('PYTHONPATH', '')}",
        },
    )
    try:
        deadline = time.monotonic() + 60
        while not marker.exists() and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.05)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=60)
    finally:
        process.kill()
    assert b"Traceback" not in err, err
    assert process.returncode == 130
