"""Tests of ``python -m evaluation rouge`` and ``benchmark``, system specs, plug-ins and plots.

Reference: the ``rouge-score`` package (rouge_scorer.RougeScorer, use_stemmer=True, F1,
"\\n"-joined sentences for rougeLsum); our CLI must print its corpus means to 1e-6 (the JSON
report keeps full precision).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from rouge_score import rouge_scorer

from evaluation import systems as systems_module
from evaluation.benchmark import evaluate
from evaluation.data import DataError, Example
from evaluation.systems import plugin_systems, resolve_systems

ROOT = Path(__file__).resolve().parents[1]
PREDICTIONS = [
    "the cat sat on the mat.\nit was happy.",
    ["dogs bark.", "loudly at night."],
    "Markets fell 3% on Monday.",
    "",
]
REFERENCES = [
    "the cat lay on the mat.\nit purred.",
    "dogs bark at night.",
    "Stocks dropped 3 percent on Monday after the report.",
    "Nothing here.",
]
ARTICLES = [
    f"Team {i} won the final on Sunday. Fans cheered loudly in the square. "
    f"The weather was cold all day. Tickets for the final sold out in minutes."
    for i in range(8)
]


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "evaluation", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=300,
    )


def write_jsonl(path: Path, field: str, values: list[Any]) -> Path:
    path.write_text("".join(json.dumps({field: v}) + "\n" for v in values), encoding="utf-8")
    return path


def reference_means(predictions: list[str], references: list[str]) -> dict[str, float]:
    types = ["rouge1", "rouge2", "rougeL", "rougeLsum"]
    scorer = rouge_scorer.RougeScorer(types, use_stemmer=True)
    scores = [scorer.score(r, p) for r, p in zip(references, predictions, strict=True)]
    return {t: sum(s[t].fmeasure for s in scores) / len(scores) for t in types}


def test_rouge_command_matches_rouge_score_and_states_the_mode(tmp_path: Path) -> None:
    preds = write_jsonl(tmp_path / "preds.jsonl", "prediction", PREDICTIONS)
    refs = write_jsonl(tmp_path / "refs.jsonl", "reference", REFERENCES)
    text = cli("rouge", "--predictions", str(preds), "--references", str(refs))
    assert text.returncode == 0, text.stderr
    assert "rouge-score mode" in text.stdout
    for rouge_type in ("rouge1", "rouge2", "rougeL", "rougeLsum"):
        assert rouge_type in text.stdout
    args = ["rouge", "--predictions", str(preds), "--references", str(refs)]
    result = cli(*args, "--format", "json")
    report = json.loads(result.stdout)
    assert report["mode"] == "rouge-score" and report["n_documents"] == 4
    joined = ["\n".join(p) if isinstance(p, list) else p for p in PREDICTIONS]
    expected = reference_means(joined, REFERENCES)
    for rouge_type, mean in expected.items():
        interval = report["systems"][0]["rouge"][rouge_type]
        assert interval["mean"] == pytest.approx(mean, abs=1e-6)
        assert interval["low"] <= interval["mean"] <= interval["high"]


def test_rouge_command_plain_text_with_separator_and_field(tmp_path: Path) -> None:
    preds = tmp_path / "preds.txt"
    preds.write_text("the cat sat on the mat . <q> it was happy .\ndogs bark .\n", "utf-8")
    refs = write_jsonl(tmp_path / "refs.jsonl", "summary", REFERENCES[:2])
    args = ["rouge", "--predictions", str(preds), "--references", str(refs)]
    result = cli(*args, "--reference-field", "summary", "--sentence-separator", "<q>",
                 "--format", "json", "--mode", "rouge155")  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["mode"] == "rouge155"
    # Split at the separator, the lines score exactly like the same sentences given in JSONL.
    as_jsonl = write_jsonl(
        tmp_path / "preds.jsonl",
        "prediction",
        [["the cat sat on the mat .", "it was happy ."], "dogs bark ."],
    )
    same_args = ["rouge", "--predictions", str(as_jsonl), "--references", str(refs)]
    same = cli(*same_args, "--reference-field", "summary", "--format", "json", "--mode", "rouge155")
    assert json.loads(same.stdout)["systems"][0]["rouge"] == report["systems"][0]["rouge"]


def test_rouge_command_multi_reference(tmp_path: Path) -> None:
    preds = write_jsonl(tmp_path / "p.jsonl", "prediction", ["the cat sat on the mat"])
    refs = write_jsonl(
        tmp_path / "r.jsonl", "reference", [["a dog ran away", "the cat sat on the mat"]]
    )
    args = ["rouge", "--predictions", str(preds), "--references", str(refs), "--format", "json"]
    best = json.loads(cli(*args, "--multi-ref", "max").stdout)
    assert best["systems"][0]["rouge"]["rouge1"]["mean"] == pytest.approx(1.0)
    jack = json.loads(cli(*args, "--multi-ref", "jackknife").stdout)
    assert jack["systems"][0]["rouge"]["rouge1"]["mean"] < 1.0
    plain = write_jsonl(tmp_path / "plain.jsonl", "reference", ["one reference only"])
    single = cli("rouge", "--predictions", str(preds), "--references", str(plain),
                 "--multi-ref", "max")  # fmt: skip
    assert single.returncode == 1 and "list of references" in single.stderr


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("short", "has 1 summaries but"),
        ("field", "no field 'text'; available: prediction"),
        ("missing", "no such file"),
        ("binary", "cannot read"),
    ],
)
def test_rouge_command_errors_are_one_line(tmp_path: Path, setup: str, message: str) -> None:
    preds = write_jsonl(tmp_path / "p.jsonl", "prediction", PREDICTIONS)
    refs = write_jsonl(tmp_path / "r.jsonl", "reference", REFERENCES)
    extra: list[str] = []
    if setup == "short":
        preds = write_jsonl(tmp_path / "p.jsonl", "prediction", PREDICTIONS[:1])
    elif setup == "field":
        extra = ["--prediction-field", "text"]
    elif setup == "missing":
        preds = tmp_path / "absent.txt"
    else:
        preds = tmp_path / "p.txt"
        preds.write_bytes(b"\xff\xfe\x00bad")
    result = cli("rouge", "--predictions", str(preds), "--references", str(refs), *extra)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.fixture
def data_file(tmp_path: Path) -> Path:
    rows = [
        {
            "id": f"doc{i}",
            "article": article,
            "highlights": f"Team {i} won the final.\nTickets sold out.",
            "systems": {"first": article.split(". ")[0] + "."},
        }
        for i, article in enumerate(ARTICLES)
    ]
    path = tmp_path / "data.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_benchmark_writes_table_json_markdown_and_png(data_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "report"
    result = cli(
        "benchmark", "--data", str(data_file), "--out", str(out), "--resamples", "100",
        "--systems", "lead3,oracle,random2,default,textrank,column:systems.first",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    for name in ("LEAD-3", "ORACLE", "random-2", "default", "textrank", "first"):
        assert name in result.stdout
    assert "vs LEAD-3" in result.stdout
    written = {p.name for p in out.iterdir()}
    assert written == {"report.txt", "report.md", "report.json", "rouge.png"}
    assert (out / "rouge.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    report = json.loads((out / "report.json").read_text("utf-8"))
    assert report["baseline"] == "LEAD-3" and report["n_documents"] == len(ARTICLES)
    speeds = {s["name"]: s["articles_per_second"] for s in report["systems"]}
    assert speeds["default"] > 0 and speeds["first"] is None
    assert (out / "report.md").read_text("utf-8").count("\n|") == 8  # header, rule, six systems


def test_benchmark_unknown_system_lists_the_valid_ones(data_file: Path) -> None:
    result = cli("benchmark", "--data", str(data_file), "--systems", "lead3,nope")
    assert result.returncode == 1
    assert "unknown system 'nope'" in result.stderr
    for name in ("lead3", "oracle", "default", "textrank", "column:PATH", "MODULE:FUNCTION"):
        assert name in result.stderr


def test_summarizer_rankers_are_registered_as_plugins() -> None:
    found = plugin_systems()
    assert {"default", "learned", "lead", "textrank", "lexrank", "centroid"} <= set(found)
    summarize = found["default"]()
    bullets = summarize(ARTICLES[0])
    assert bullets and all(isinstance(b, str) for b in bullets)
    assert summarize("   ...   ") == []  # no usable sentence: no bullet, not an exception


def test_a_broken_plugin_is_skipped_with_a_warning(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Broken:
        name = "broken"

        def load(self) -> Any:
            raise ImportError("no module named 'ghost'")

    class Working:
        name = "working"

        def load(self) -> Any:
            return lambda: {"echo": lambda: lambda text: [text]}

    monkeypatch.setattr(systems_module, "entry_points", lambda group: [Broken(), Working()])
    plugin_systems.cache_clear()
    try:
        found = plugin_systems()
    finally:
        plugin_systems.cache_clear()
    assert list(found) == ["echo"]
    assert "skipping systems plug-in 'broken'" in capsys.readouterr().err


def test_resolve_systems_labels_files_and_errors(tmp_path: Path) -> None:
    examples = [Example(str(i), a, ("x",), i) for i, a in enumerate(ARTICLES)]
    rows = [{"article": a, "out": f"line {i}"} for i, a in enumerate(ARTICLES)]
    predictions = tmp_path / "mine.txt"
    predictions.write_text("".join(f"prediction {i}\n" for i in range(8)), "utf-8")
    resolved = resolve_systems(
        f"lead3,mine=file:{predictions},col=column:out,first=evaluation.baselines:split_sentences",
        rows,
        examples,
    )
    assert list(resolved) == ["LEAD-3", "mine", "col", "first"]
    assert resolved["mine"][2] == ("prediction 2",)  # type: ignore[index]
    with pytest.raises(DataError, match="two systems are named 'LEAD-3'"):
        resolve_systems("lead3,lead3", rows, examples)
    with pytest.raises(DataError, match="2 predictions"):
        short = tmp_path / "short.txt"
        short.write_text("a\nb\n", "utf-8")
        resolve_systems(f"file:{short}", rows, examples)
    with pytest.raises(DataError, match="no system given"):
        resolve_systems(" , ", rows, examples)


def test_plot_needs_matplotlib_and_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from evaluation.plot import plot_report

    report = evaluate({"one": ["a b c"] * 2}, [Example("0", "a", ("a b",), 0)] * 2, n_resamples=10)
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(ImportError, match=r"news-highlights\[eval\]"):
        plot_report(report, tmp_path / "x.png")


@pytest.mark.data
def test_benchmark_reproduces_the_published_tables(tmp_path: Path) -> None:
    """Published outputs on cnndm_test_dev, in both modes (see ../shared/data/README.md).

    rouge-score mode must give the data README's own rouge-score numbers (to 0.005 points);
    rouge155 mode must land near the papers' full-test-set ROUGE-1.5.5 numbers (this file is
    a 1,500-article slice; observed differences are 0.0 to 0.5 points).
    """
    from conftest import DATA_DIR

    data = DATA_DIR / "cnndm_test_dev.jsonl"
    if not data.is_file():
        pytest.skip(f"{data} is absent")
    common = ["benchmark", "--data", str(data), "--reference", "highlights_tokenized",
              "--systems", "column:systems.see_pointer_gen_cov,column:systems.simcls",
              "--format", "json", "--resamples", "10"]  # fmt: skip
    readme = {"see_pointer_gen_cov": (39.08, 17.08, 35.91), "simcls": (45.94, 21.62, 42.93)}
    papers = {"see_pointer_gen_cov": (39.53, 17.28, 36.38), "simcls": (46.67, 22.15, 43.54)}
    for mode, expected, tolerance in (("rouge-score", readme, 0.005), ("rouge155", papers, 0.6)):
        result = cli(*common, "--mode", mode)
        assert result.returncode == 0, result.stderr
        for system in json.loads(result.stdout)["systems"]:
            got = [100 * system["rouge"][t]["mean"] for t in ("rouge1", "rouge2", "rougeLsum")]
            assert got == pytest.approx(expected[system["name"]], abs=tolerance), (mode, system)


def test_rouge_and_help_never_import_summarizer(tmp_path: Path) -> None:
    """Only ``benchmark`` loads the plug-ins (and so ``summarizer``); regression test."""
    preds = write_jsonl(tmp_path / "p.jsonl", "prediction", PREDICTIONS)
    refs = write_jsonl(tmp_path / "r.jsonl", "reference", REFERENCES)
    code = (
        "import sys\n"
        "from evaluation.cli import main\n"
        "for argv in ([*sys.argv[1:], '--resamples', '10'], ['benchmark', '--help']):\n"
        "    try:\n"
        "        main(argv)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "assert 'summarizer' not in sys.modules, 'summarizer was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, "rouge", "--predictions", str(preds),
         "--references", str(refs)],
        capture_output=True, text=True, cwd=ROOT, check=False, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "rouge-score mode" in result.stdout and "MODULE:FUNCTION" in result.stdout


def failing_system(text: str) -> list[str]:
    """A user system that raises."""
    raise RuntimeError("model not loaded")


def none_system(text: str) -> None:
    """A user system that returns nothing."""


def string_system(text: str) -> str:
    """A user system that returns one string, not a list of sentences."""
    return text


def numbers_system(text: str) -> list[int]:
    """A user system that returns a list of non-strings."""
    return [0, 1]


@pytest.mark.parametrize(
    ("function", "message"),
    [
        ("failing_system", "system 'failing_system' failed on document doc0: RuntimeError: "
         "model not loaded"),
        ("none_system", "system 'none_system' returned NoneType on document doc0"),
        ("string_system", "system 'string_system' returned str on document doc0"),
        ("numbers_system", "system 'numbers_system' returned a list holding int"),
    ],
)  # fmt: skip
def test_a_broken_user_system_is_a_one_line_error(
    data_file: Path, function: str, message: str
) -> None:
    spec = f"test_eval_cli:{function}"
    for args in (["benchmark", "--systems", f"lead3,{spec}"], ["score", "--system", spec]):
        result = subprocess.run(
            [sys.executable, "-m", "evaluation", *args, "--data", str(data_file)],
            capture_output=True, text=True, cwd=ROOT, check=False, timeout=300,
            env={**os.environ, "PYTHONPATH": str(ROOT / "tests")},
        )  # fmt: skip
        assert result.returncode == 1, result.stderr
        assert message in result.stderr
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_failing_system_chains_the_original_error() -> None:
    examples = [Example("a", ARTICLES[0], ("x",), 0)]
    with pytest.raises(DataError, match="returned NoneType") as caught:
        evaluate({"none": none_system}, examples, n_resamples=10)
    with pytest.raises(DataError, match="failed on document a") as caught:
        evaluate({"fails": failing_system}, examples, n_resamples=10)
    assert isinstance(caught.value.__cause__, RuntimeError)


@pytest.mark.parametrize(
    "args",
    [
        ["score", "--predictions", "a=highlights", "--predictions", "a=article"],
        ["score", "--baselines", "--predictions", "ORACLE=article"],
        [
            "score",
            "--predictions",
            "article",
            "--system",
            "article=evaluation.baselines:split_sentences",
        ],
        ["baselines", "-k", "2"],  # control: no duplicates
    ],
)
def test_score_and_baselines_reject_duplicate_names(data_file: Path, args: list[str]) -> None:
    result = cli(*args, "--data", str(data_file), "--resamples", "10")
    if args[0] == "baselines":
        assert result.returncode == 0, result.stderr
        assert "LEAD-2" in result.stdout and "random-2" in result.stdout
        return
    assert result.returncode == 1
    assert "two systems are named" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_rouge_sentence_separator_applies_to_structured_files(tmp_path: Path, suffix: str) -> None:
    """``--sentence-separator`` splits string fields of JSONL/CSV rows too (regression test)."""
    refs = write_jsonl(tmp_path / "r.jsonl", "reference", ["the cat sat .\nit was happy ."])
    joined = "the cat sat . <q> it was happy ."
    if suffix == ".jsonl":
        preds = write_jsonl(tmp_path / "p.jsonl", "prediction", [joined])
    else:
        preds = tmp_path / "p.csv"
        preds.write_text(f"prediction\n{joined}\n", encoding="utf-8")
    args = ["rouge", "--predictions", str(preds), "--references", str(refs), "--format", "json"]
    split = json.loads(cli(*args, "--sentence-separator", "<q>").stdout)
    assert split["systems"][0]["rouge"]["rougeLsum"]["mean"] == pytest.approx(1.0)
    unsplit = json.loads(cli(*args).stdout)
    assert unsplit["systems"][0]["rouge"]["rougeLsum"]["mean"] < 1.0
    # A list of sentences is left alone, even when a sentence holds the separator.
    as_list = write_jsonl(tmp_path / "l.jsonl", "prediction", [["the cat sat . <q> it", "was"]])
    list_args = ["rouge", "--predictions", str(as_list), "--references", str(refs)]
    listed = cli(*list_args, "--sentence-separator", "<q>", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    plain = cli(*list_args, "--format", "json")
    assert json.loads(listed.stdout)["systems"] == json.loads(plain.stdout)["systems"]
