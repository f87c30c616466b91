"""Tests of evaluation.data: local formats, columns, selection, hub errors and predictions."""

from __future__ import annotations

import csv
import json
import sys
import time
from pathlib import Path

import pytest

from evaluation.data import (
    DataError,
    column_values,
    load_examples,
    load_rows,
    read_predictions,
    select_rows,
)

ROWS = [
    {
        "id": f"d{i}",
        "article": f"Story {i} starts. It goes on.",
        "highlights": f"Point {i}.\nSecond point.",
        "systems": {"mine": f"Guess {i}.\nMore."},
    }
    for i in range(6)
]


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_jsonl_known_schema(tmp_path: Path) -> None:
    examples = load_examples(write_jsonl(tmp_path / "d.jsonl", ROWS))
    assert [e.id for e in examples] == [f"d{i}" for i in range(6)]
    assert examples[0].reference == ("Point 0.", "Second point.")
    assert examples[0].reference_text == "Point 0.\nSecond point."
    assert examples[2].document == "Story 2 starts. It goes on."


def test_json_list_and_columns(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    path.write_text(json.dumps({"document": ["a b.", "c d."], "summary": ["a.", "c."]}))
    examples = load_examples(path)
    assert [(e.id, e.document, e.reference) for e in examples] == [
        ("0", "a b.", ("a.",)),
        ("1", "c d.", ("c.",)),
    ]


def test_csv_with_column_mapping(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["key", "text", "gold"])
        writer.writerow(["x", "Some text. More.", "Line one.\nLine two."])
    (example,) = load_examples(path, document="text", reference="gold", id_column="key")
    assert (example.id, example.reference) == ("x", ("Line one.", "Line two."))


def test_parquet(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    pa = pytest.importorskip("pyarrow")
    path = tmp_path / "d.parquet"
    pq.write_table(pa.Table.from_pylist([{"document": "x y.", "summary": "x."}]), path)
    assert load_examples(path)[0].reference == ("x.",)


def test_missing_column_lists_columns(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "d.jsonl", ROWS)
    with pytest.raises(DataError, match=r"no column .summary.*article, highlights, id, systems"):
        load_examples(path, document="article", reference="summary")
    with pytest.raises(DataError, match="available columns: mine"):
        load_examples(path, document="article", reference="systems.other")


def test_unknown_schema_and_missing_file(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "d.jsonl", [{"text": "a", "gold": "b"}])
    with pytest.raises(DataError, match="Available columns: gold, text"):
        load_examples(path)
    with pytest.raises(DataError, match="no such file"):
        load_examples(tmp_path / "absent.jsonl")


def test_limit_and_seeded_sample(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "d.jsonl", ROWS)
    assert [e.index for e in load_examples(path, limit=2)] == [0, 1]
    first = [e.index for e in load_examples(path, sample=3, seed=7)]
    assert first == [e.index for e in load_examples(path, sample=3, seed=7)]
    assert first == sorted(first) and len(set(first)) == 3
    assert select_rows(6, sample=10) == list(range(6))
    assert len({tuple(select_rows(100, sample=5, seed=s)) for s in range(5)}) > 1
    with pytest.raises(DataError):
        select_rows(3, limit=-1)


def test_hub_without_datasets_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "datasets", None)
    with pytest.raises(ImportError, match=r'pip install "news-highlights\[eval\]"'):
        load_rows("cnn_dailymail")


def test_hub_offline_fails_fast(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("datasets")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    start = time.perf_counter()
    with pytest.raises(DataError, match="pass a local"):
        load_rows("cnn_dailymail", config="3.0.0")
    assert time.perf_counter() - start < 5


def test_predictions_from_column_and_file(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "d.jsonl", ROWS)

    assert column_values(load_rows(path), "systems.mine")[1] == ("Guess 1.", "More.")
    text = tmp_path / "preds.txt"
    text.write_text("first guess\nsecond guess\n", encoding="utf-8")
    assert read_predictions(text) == [("first guess",), ("second guess",)]
    rows = write_jsonl(tmp_path / "p.jsonl", [{"prediction": "a.\nb."}])
    assert read_predictions(rows) == [("a.", "b.")]
    with pytest.raises(DataError, match="no such file"):
        read_predictions(tmp_path / "none.txt")
