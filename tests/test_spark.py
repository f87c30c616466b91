"""Spark engine: with_highlights, run_batch_spark and ROUGE on Spark equal the single-process
results row for row; bad rows become error rows; pyspark is imported only when used.

One local[2] session (UI off, few shuffle partitions) is shared by every test of this file.
The file is skipped when pyspark or pyarrow is missing, and when Java is not installed.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pyspark")
pytest.importorskip("pyarrow")

import pyarrow as pa
import pyarrow.parquet as pq
from conftest import DATA_DIR, load_jsonl

from evaluation import RougeScorer, bootstrap_ci
from evaluation.spark import corpus_rouge, with_rouge
from summarizer import Config
from summarizer import spark as sspark
from summarizer.batch import OUTPUT_FIELDS, RecordHighlighter, run_batch
from summarizer.errors import InputError
from summarizer.spark import (
    HIGHLIGHT_COLUMNS,
    local_session,
    run_batch_spark,
    with_highlights,
)

pytestmark = [
    pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning"),
    pytest.mark.filterwarnings("ignore:distutils Version classes:DeprecationWarning"),
]


def _java_works() -> bool:
    java = shutil.which("java") or (
        os.path.join(os.environ["JAVA_HOME"], "bin", "java") if "JAVA_HOME" in os.environ else None
    )
    if java is None:
        return False
    try:
        return subprocess.run([java, "-version"], capture_output=True, timeout=60).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    if not _java_works():
        pytest.skip(
            "Java is not installed (Spark needs Java 17: apt-get install openjdk-17-jre-headless)"
        )
    session = local_session("local[2]", config={"spark.ui.showConsoleProgress": "false"})
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def article(i: int) -> str:
    return (
        f"Council {i} approved a new budget on Monday after a long debate. "
        f"The plan adds {i + 10} buses to the city fleet next year. "
        f"Officials said fares would stay the same for at least {i % 5 + 1} years. "
        f"Opposition members argued the money should go to road repairs instead. "
        f"A final vote on the details is expected in the spring."
    )


def expected_rows(records: list[Any], config: Config | None = None) -> list[dict[str, Any]]:
    worker = RecordHighlighter(config)
    return [worker((position, record)) for position, record in enumerate(records)]


def read_output(folder: Path) -> list[dict[str, Any]]:
    """Rows of a Spark output folder, in part-file order."""
    parts = sorted(p for p in folder.iterdir() if p.name.startswith("part-"))
    if parts and parts[0].name.endswith(".parquet"):
        return [row for part in parts for row in pq.read_table(part).to_pylist()]
    return [json.loads(line) for part in parts for line in part.read_text("utf-8").splitlines()]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


# --- no Spark session needed -------------------------------------------------------------------


def test_importing_is_lazy_and_a_missing_pyspark_names_the_extra() -> None:
    code = """
import sys
import summarizer, summarizer.spark, evaluation, evaluation.spark
print("pyspark" in sys.modules)
for name in [m for m in sys.modules if m == "pyspark" or m.startswith("pyspark.")]:
    del sys.modules[name]
sys.modules["pyspark"] = None  # as if it were not installed
from summarizer.errors import MissingExtraError
for call in (
    lambda: summarizer.spark.local_session(),
    lambda: summarizer.spark.with_highlights(None),
    lambda: summarizer.spark.run_batch_spark("in.jsonl", "out.parquet"),
):
    try:
        call()
    except MissingExtraError as error:
        print(error.extra, "news-highlights[spark]" in str(error))
try:
    evaluation.spark.with_rouge(None, "p", "r")
except ImportError as error:
    print(type(error).__name__, 'pip install "news-highlights[spark]"' in str(error))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:5] == [
        "False",
        "spark True",
        "spark True",
        "spark True",
        "ImportError True",
    ]


def test_python_whitespace_is_the_blank_line_pattern() -> None:
    assert "".join(c for c in map(chr, range(0x110000)) if c.isspace()) == sspark._WHITESPACE


def test_one_worker_per_process_and_configuration() -> None:
    first = sspark._worker(Config(k=2), "text", "key")
    assert sspark._worker(Config(k=2), "text", "key") is first
    assert sspark._worker(Config(k=3), "text", "key") is not first


def test_an_unexpected_exception_becomes_an_error_row() -> None:
    class Broken(RecordHighlighter):
        def __call__(self, item: tuple[int, Any]) -> dict[str, Any]:
            raise RuntimeError("boom")

    row = sspark._highlight_row(Broken(), 4, {"id": 7, "article": "text"})
    assert row == {
        "id": "7",
        "title": None,
        "highlights": [],
        "spans": [],
        "error": "RuntimeError: boom",
    }
    assert sspark._highlight_row(Broken(), 4, [1, 2])["id"] == "row-4"


def test_run_batch_spark_refuses_bad_paths_and_formats(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "article": article(1)}) + "\n", "utf-8")
    with pytest.raises(InputError, match="no such file"):
        run_batch_spark(tmp_path / "missing.jsonl", tmp_path / "out")
    with pytest.raises(InputError, match="unknown input format"):
        run_batch_spark(tmp_path / "in.txt", tmp_path / "out")
    with pytest.raises(InputError, match="unknown output format"):
        run_batch_spark(source, tmp_path / "out.csv")
    with pytest.raises(InputError, match="is the input"):
        run_batch_spark(source, source, output_format="jsonl")
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me", "utf-8")
    with pytest.raises(InputError, match="other files"):
        run_batch_spark(source, tmp_path / "mine")
    assert (tmp_path / "mine" / "notes.txt").read_text("utf-8") == "keep me"
    with pytest.raises(TypeError, match=r"summarizer.Config"):
        run_batch_spark(source, tmp_path / "out", config={"k": 2})  # type: ignore[arg-type]


# --- with_highlights -----------------------------------------------------------------------------


def test_with_highlights_equals_record_highlighter_and_reports_bad_rows(spark: Any) -> None:
    texts: list[str | None] = [article(i) for i in range(12)]
    texts[3], texts[5], texts[8] = "", None, "   \n  "
    texts[10] = "!!! ??? ..."
    data = [(f"doc{i}", text, i) for i, text in enumerate(texts)]
    df = spark.createDataFrame(data, "id string, article string, n int")
    config = Config(k=2)
    result = with_highlights(df, config=config)
    assert result.columns == ["id", "article", "n", *HIGHLIGHT_COLUMNS]
    assert result.schema.simpleString().endswith(
        "title:string,highlights:array<string>,spans:array<array<int>>,error:string>"
    )
    rows = [row.asDict(recursive=True) for row in result.collect()]
    records = [{"id": i, "article": text} for i, text, _ in data]
    assert [{k: r[k] for k in OUTPUT_FIELDS} for r in rows] == expected_rows(records, config)
    assert [(r["id"], r["article"], r["n"]) for r in rows] == data  # other columns unchanged
    assert [i for i, r in enumerate(rows) if r["error"]] == [3, 5, 8, 10]
    assert all(r["highlights"] == [] and r["spans"] == [] for r in rows if r["error"])
    assert "'article' is missing" in rows[5]["error"]

    numbers = spark.createDataFrame([(1, 5), (2, None)], "id int, article int")
    errors = [row.error for row in with_highlights(numbers).collect()]
    assert errors == [
        "InputError: field 'article' is int, not text (fields: id, article)",
        "InputError: field 'article' is missing (fields: id, article)",
    ]
    without_id = with_highlights(df.select("article"), id_col="id").select("highlights")
    assert without_id.count() == len(texts)


def test_with_highlights_refuses_bad_frames(spark: Any) -> None:
    df = spark.createDataFrame([("a", "text")], "id string, body string")
    with pytest.raises(InputError, match=r"no column 'article'.*columns: id, body"):
        with_highlights(df)
    with pytest.raises(InputError, match=r"already has column.*Title"):
        with_highlights(df.withColumnRenamed("id", "Title"), text_col="body")
    with pytest.raises(TypeError, match=r"summarizer.Config"):
        with_highlights(df, text_col="body", config={"k": 2})  # type: ignore[arg-type]


def test_workers_build_one_highlighter_per_process(spark: Any) -> None:
    def probe(batches: Any) -> Any:
        import os

        import pyarrow

        from summarizer import Config
        from summarizer.spark import _worker

        for batch in batches:
            worker = _worker(Config(k=2), "article", "id")
            yield pyarrow.RecordBatch.from_pylist(
                [{"pid": os.getpid(), "worker": id(worker)}] * batch.num_rows
            )

    df = spark.range(0, 400, numPartitions=8)
    spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", "10")
    try:
        rows = df.mapInArrow(probe, "pid long, worker long").distinct().collect()
    finally:
        spark.conf.unset("spark.sql.execution.arrow.maxRecordsPerBatch")
    per_process: dict[int, set[int]] = {}
    for row in rows:
        per_process.setdefault(row.pid, set()).add(row.worker)
    assert all(len(workers) == 1 for workers in per_process.values())
    assert len(per_process) < 8  # Python workers are reused: fewer processes than tasks


# --- run_batch_spark -----------------------------------------------------------------------------


def write_tricky_jsonl(path: Path, n: int = 40) -> Path:
    """Records with and without ids, bad JSON, blank lines, non-objects, text that is no text."""
    lines = []
    for i in range(n):
        record: dict[str, Any] = {"id": f"doc{i}", "article": article(i)}
        if i % 9 == 2:
            del record["id"]  # -> row-N: N counts records, not lines
        if i % 11 == 4:
            record["id"] = i  # an int id
        if i == 6:
            record["article"] = 123
        if i == 7:
            del record["article"]
        lines.append(json.dumps(record, ensure_ascii=False))
        if i % 10 == 5:
            lines.append("   ")  # blank: skipped, but counted as a line
        if i == 13:
            lines.append('{"id": "broken", "article": ')
        if i == 17:
            lines.append("[1, 2, 3]")
        if i == 21:
            lines.append(
                json.dumps({"id": "naïve café", "article": "Ünïcode — “quotes” " + article(i)})
            )
    path.write_text("\n".join(lines) + "\n\n", "utf-8")
    return path


@pytest.mark.parametrize("suffix", [".parquet", ".jsonl"])
def test_run_batch_spark_equals_run_batch(
    spark: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    monkeypatch.setattr(sspark, "_MIN_SPLIT_BYTES", 1024)  # several input splits and tasks
    source = write_tricky_jsonl(tmp_path / "in.jsonl")
    expected_file = tmp_path / "expected.jsonl"
    summary = run_batch(source, expected_file, config=Config(k=2))
    expected = read_jsonl(expected_file)
    target = tmp_path / f"out{suffix}"
    written = run_batch_spark(source, target, config=Config(k=2))
    assert written == summary.written == len(expected)
    assert len(list(target.glob("part-*"))) > 1
    assert read_output(target) == expected
    assert any(row["error"] and "not valid JSON" in row["error"] for row in expected)
    assert any(row["id"].startswith("row-") for row in expected)
    # A second run replaces the output folder.
    assert run_batch_spark(source, target, config=Config(k=2)) == written
    assert read_output(target) == expected


def test_run_batch_spark_reads_parquet_and_csv_like_run_batch(spark: Any, tmp_path: Path) -> None:
    records: list[dict[str, Any]] = [
        {"id": i if i % 4 else None, "article": article(i), "extra": [i]} for i in range(10)
    ]
    records[2]["article"] = None
    records[3]["article"] = ""
    parquet_in = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pylist(records), parquet_in)
    csv_in = tmp_path / "in.csv"
    with csv_in.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "article", "note"])
        for record in records:
            text = record["article"] or ""
            writer.writerow(
                [record["id"] or "", text.replace(". ", '.\n"Quoted," he said. ', 1), ""]
            )
    for source in (parquet_in, csv_in):
        run_batch(source, tmp_path / "expected.jsonl")
        run_batch_spark(source, tmp_path / "out", output_format="parquet")
        assert read_output(tmp_path / "out") == read_jsonl(tmp_path / "expected.jsonl"), source


# --- the dev data ------------------------------------------------------------------------------


@pytest.mark.data
def test_cnndm_raw_dev_on_spark_equals_single_process(spark: Any, tmp_path: Path) -> None:
    records = load_jsonl("cnndm_raw_dev.jsonl")
    path = DATA_DIR / "cnndm_raw_dev.jsonl"
    df = spark.read.json(str(path)).select("id", "article")
    rows = with_highlights(df).select(*OUTPUT_FIELDS).collect()
    assert [row.asDict(recursive=True) for row in rows] == expected_rows(records)

    summary = run_batch(path, tmp_path / "expected.jsonl")
    assert run_batch_spark(path, tmp_path / "out.parquet") == summary.written == len(records)
    assert read_output(tmp_path / "out.parquet") == read_jsonl(tmp_path / "expected.jsonl")


# --- evaluation ----------------------------------------------------------------------------------


def _rouge_frame(spark: Any, pairs: list[tuple[str, Any, Any]], array_predictions: bool) -> Any:
    prediction_type = "array<string>" if array_predictions else "string"
    schema = f"id string, prediction {prediction_type}, reference string"
    return spark.createDataFrame(pairs, schema)


def check_rouge(spark: Any, pairs: list[tuple[str, Any, Any]], array_predictions: bool) -> None:
    types = ("rouge1", "rouge2", "rougeLsum")
    df = _rouge_frame(spark, pairs, array_predictions)
    scorer = RougeScorer(types, use_stemmer=True)
    per_doc = [
        scorer.score(reference or "", prediction or "") for _, prediction, reference in pairs
    ]
    rows = with_rouge(df, "prediction", "reference").collect()
    assert [row.id for row in rows] == [p[0] for p in pairs]
    for t in types:
        assert [row[f"{t}_f"] for row in rows] == [doc[t].fmeasure for doc in per_doc]
    intervals = corpus_rouge(df, "prediction", "reference", seed=3, n_resamples=500)
    assert list(intervals) == list(types)
    for t in types:
        values = [doc[t].fmeasure for doc in per_doc]
        assert intervals[t] == bootstrap_ci(values, n_resamples=500, seed=3)
    empty = corpus_rouge(df.limit(0), "prediction", "reference")
    assert all(interval == bootstrap_ci([]) for interval in empty.values())
    ordered = corpus_rouge(df, "prediction", "reference", order_by="id")
    order = sorted(range(len(pairs)), key=lambda i: pairs[i][0])
    values = [per_doc[i]["rouge1"].fmeasure for i in order]
    assert ordered["rouge1"] == bootstrap_ci(values, seed=0)


def test_rouge_on_spark_equals_single_process(spark: Any) -> None:
    sentences = [article(i).split(". ") for i in range(8)]
    pairs: list[tuple[str, Any, Any]] = [
        (f"d{i:02d}", s[:2], "\n".join(s[1:3])) for i, s in enumerate(sentences)
    ]
    pairs.append(("d98", None, "A reference without prediction."))
    pairs.append(("d99", [], ""))
    check_rouge(spark, pairs, array_predictions=True)
    as_text = [(i, None if p is None else "\n".join(p), r) for i, p, r in pairs]
    check_rouge(spark, as_text, array_predictions=False)
    df = _rouge_frame(spark, as_text, array_predictions=False)
    with pytest.raises(ValueError, match="no column 'summary'"):
        with_rouge(df, "summary", "reference")
    with pytest.raises(ValueError, match=r"already has column.*rouge1_f"):
        with_rouge(df.withColumnRenamed("id", "rouge1_f"), "prediction", "reference")
    with pytest.raises(ValueError, match="unknown ROUGE type"):
        with_rouge(df, "prediction", "reference", rouge_types=("rouge0",))
    with pytest.raises(ValueError, match="bigint"):
        with_rouge(spark.range(2).selectExpr("id", "cast(id as string) as r"), "id", "r")


@pytest.mark.data
def test_rouge_on_spark_equals_single_process_on_dev_data(spark: Any) -> None:
    records = load_jsonl("cnndm_raw_dev.jsonl")
    pairs = [(r["id"], r["systems"]["bart"], r["highlights"]) for r in records]
    check_rouge(spark, pairs, array_predictions=False)


def test_batch_command_with_the_spark_engine(spark: Any, tmp_path: Path) -> None:
    """``summarizer batch --engine spark`` writes the rows of ``summarizer batch``."""
    source = write_tricky_jsonl(tmp_path / "in.jsonl", 12)
    run_batch(source, tmp_path / "local.jsonl")
    root = Path(__file__).resolve().parents[1]
    command = [sys.executable, "-m", "summarizer", "batch", str(source), "--engine", "spark",
               "--master", "local[1]", "--out"]  # fmt: skip
    result = subprocess.run([*command, str(tmp_path / "out.jsonl")], capture_output=True,
                            text=True, cwd=root, timeout=240)  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert read_output(tmp_path / "out.jsonl") == read_jsonl(tmp_path / "local.jsonl")
    refused = subprocess.run([*command, str(tmp_path / "o2.jsonl"), "--resume"],
                             capture_output=True, text=True, cwd=root, timeout=240)  # fmt: skip
    assert refused.returncode == 2 and "--resume do not apply" in refused.stderr
