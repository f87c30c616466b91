"""Batch processing: highlight_many, run_batch and ``summarizer batch`` (streaming, processes,
per-record errors, atomic chunks and resume after a kill)."""

from __future__ import annotations

import csv
import json
import os
import pickle
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from summarizer import Config, Highlighter
from summarizer.batch import (
    OUTPUT_FIELDS,
    RecordHighlighter,
    iter_highlights,
    read_records,
    run_batch,
)
from summarizer.errors import InputError

ROOT = Path(__file__).resolve().parents[1]


def article(i: int) -> str:
    return (
        f"Council {i} approved a new budget on Monday after a long debate. "
        f"The plan adds {i + 10} buses to the city fleet next year. "
        f"Officials said fares would stay the same for at least {i % 5 + 1} years. "
        f"Opposition members argued the money should go to road repairs instead. "
        f"A final vote on the details is expected in the spring."
    )


def write_jsonl(path: Path, n: int, bad_lines: tuple[int, ...] = ()) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            if i in bad_lines:
                handle.write('{"id": "broken", "article": \n')
            elif i % 7 == 3:
                handle.write(json.dumps({"id": f"doc{i}", "article": "   "}) + "\n")
            else:
                handle.write(json.dumps({"id": f"doc{i}", "article": article(i)}) + "\n")
    return path


def read_rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_iter_highlights_matches_one_by_one_in_order_with_processes() -> None:
    texts: list[Any] = [article(i) for i in range(20)] + ["", 42]
    single = Highlighter()
    expected = [single.highlight(t).bullets for t in texts[:-2]]
    for n_jobs in (1, 2):
        results = list(iter_highlights(texts, n_jobs=n_jobs, chunk_size=6))
        assert [r.bullets for r in results[:-2]] == expected  # type: ignore[union-attr]
        assert isinstance(results[-2], InputError) and isinstance(results[-1], TypeError)


def test_highlighter_highlight_many_method_with_processes() -> None:
    highlighter = Highlighter(k=2)
    texts = [article(i) for i in range(9)]
    expected = [highlighter.highlight(t) for t in texts]
    assert highlighter.highlight_many(texts) == expected
    assert highlighter.highlight_many(texts, n_jobs=2) == expected
    with pytest.raises(InputError):
        highlighter.highlight_many([*texts, " "], n_jobs=2)


def test_record_highlighter_is_picklable_and_reports_errors() -> None:
    worker = pickle.loads(pickle.dumps(RecordHighlighter(Config(k=2), "text", "key")))
    ok = worker((0, {"key": 7, "text": article(7)}))
    assert list(ok) == list(OUTPUT_FIELDS) and ok["id"] == "7" and len(ok["highlights"]) == 2
    assert ok["error"] is None and all(len(span) == 2 for span in ok["spans"])
    assert worker((5, {"text": article(1)}))["id"] == "row-5"
    missing = worker((1, {"key": "a", "body": "x"}))
    assert "field 'text' is missing (fields: key, body)" in missing["error"]
    assert missing["highlights"] == []
    assert "InputError" in worker((2, {"key": "b", "text": ""}))["error"]
    assert "not text" in worker((3, {"key": "c", "text": 12}))["error"]
    assert "not an object" in worker((4, [1, 2]))["error"]


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_run_batch_writes_every_row_once_with_error_rows(tmp_path: Path, n_jobs: int) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", 40, bad_lines=(5,))
    out = tmp_path / "out.jsonl"
    summary = run_batch(source, out, n_jobs=n_jobs, chunk_size=7, progress=False)
    rows = read_rows(out)
    assert summary.written == 40 and summary.skipped == 0 and len(rows) == 40
    assert [r["id"] for r in rows][:6] == ["doc0", "doc1", "doc2", "doc3", "doc4", "row-5"]
    assert "line 6 is not valid JSON" in rows[5]["error"]
    assert rows[3]["error"].startswith("InputError")  # whitespace-only article
    assert summary.errors == sum(r["error"] is not None for r in rows) == 1 + 6
    assert not (tmp_path / "out.jsonl.parts").exists()
    expected = Highlighter().highlight(article(0)).bullets
    assert tuple(rows[0]["highlights"]) == expected


def test_run_batch_csv_and_parquet_inputs(tmp_path: Path) -> None:
    with (tmp_path / "in.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["key", "body"])
        writer.writeheader()
        for i in range(5):
            writer.writerow({"key": f"c{i}", "body": article(i)})
    run_batch(tmp_path / "in.csv", tmp_path / "a.jsonl", text_field="body", id_field="key")
    assert [r["id"] for r in read_rows(tmp_path / "a.jsonl")] == [f"c{i}" for i in range(5)]
    pa = pytest.importorskip("pyarrow")
    parquet = pytest.importorskip("pyarrow.parquet")
    table = pa.table({"id": [1, 2], "article": [article(1), article(2)]})
    parquet.write_table(table, tmp_path / "in.parquet")
    run_batch(tmp_path / "in.parquet", tmp_path / "b.jsonl")
    assert [r["id"] for r in read_rows(tmp_path / "b.jsonl")] == ["1", "2"]
    with pytest.raises(InputError, match="unknown input format"):
        list(read_records(tmp_path / "in.xml"))
    with pytest.raises(InputError, match="no such file"):
        run_batch(tmp_path / "absent.jsonl", tmp_path / "c.jsonl")


def test_resume_skips_done_ids_and_rewrites_nothing(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", 30)
    out = tmp_path / "out.jsonl"
    run_batch(source, out, chunk_size=10)
    first = out.read_text("utf-8")
    summary = run_batch(source, out, chunk_size=10, resume=True)
    assert summary.written == 0 and summary.skipped == 30
    assert out.read_text("utf-8") == first


def test_killed_batch_resumes_without_duplicates_or_losses(tmp_path: Path) -> None:
    """Kill ``summarizer batch`` part-way (SIGKILL), resume, and compare with a clean run."""
    n = 3000
    source = write_jsonl(tmp_path / "in.jsonl", n)
    out = tmp_path / "out.jsonl"
    parts = tmp_path / "out.jsonl.parts"
    command = [sys.executable, "-m", "summarizer", "batch", str(source), "--out", str(out),
               "--chunk-size", "100", "--quiet"]  # fmt: skip
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    process = subprocess.Popen(command, env=env, cwd=ROOT, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list(parts.glob("part-*.jsonl"))) < 3:
        assert process.poll() is None, process.communicate()[1]
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    finished = len(list(parts.glob("part-*.jsonl")))
    assert 3 <= finished < n // 100, "the run should have been killed part-way"
    resumed = subprocess.run([*command, "--resume"], env=env, cwd=ROOT, capture_output=True,
                             text=True, timeout=300)  # fmt: skip
    assert resumed.returncode == 0, resumed.stderr
    rows = read_rows(out)
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) == n
    clean = tmp_path / "clean.jsonl"
    run_batch(source, clean, chunk_size=500)
    assert sorted(rows, key=lambda r: r["id"]) == sorted(read_rows(clean), key=lambda r: r["id"])


def test_batch_cli_reports_and_missing_input(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", 12)
    out = tmp_path / "out.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "summarizer", "batch", str(source), "--out", str(out), "-j", "2"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "12 rows written" in result.stderr and "2 errors" in result.stderr
    missing = subprocess.run(
        [sys.executable, "-m", "summarizer", "batch", str(tmp_path / "x.jsonl"), "--out",
         str(out)], capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert missing.returncode == 3 and "no such file" in missing.stderr
    assert "Traceback" not in missing.stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_batch_ctrl_c_saves_finished_chunks(tmp_path: Path, jobs: str) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", 5000)
    out = tmp_path / "out.jsonl"
    parts = tmp_path / "out.jsonl.parts"
    process = subprocess.Popen(
        [sys.executable, "-m", "summarizer", "batch", str(source), "--out", str(out), "-j", jobs,
         "--chunk-size", "50", "--quiet"],
        cwd=ROOT, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not list(parts.glob("part-*.jsonl")):
        assert process.poll() is None, process.communicate()[1]
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert "rerun with --resume" in stderr and "Traceback" not in stderr
    assert list(parts.glob("part-*.jsonl")) and not out.exists()


def test_batch_never_destroys_data_before_it_can_run(tmp_path: Path) -> None:
    """Review regressions: a missing input or the input as output must not delete anything."""
    source = write_jsonl(tmp_path / "in.jsonl", 5)
    out = tmp_path / "out.jsonl"
    run_batch(source, out)
    before = out.read_text("utf-8")
    from summarizer.errors import NotFoundError

    with pytest.raises(NotFoundError, match="no such file"):
        run_batch(tmp_path / "typo.jsonl", out)
    assert out.read_text("utf-8") == before
    with pytest.raises(InputError, match="is the input file"):
        run_batch(source, source)
    assert len(read_rows(source)) == 5
    with pytest.raises(InputError, match="is a directory"):
        run_batch(source, tmp_path)


def test_batch_model_errors_stop_the_run_instead_of_filling_rows(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", 3)
    out = tmp_path / "out.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "summarizer", "batch", str(source), "--out", str(out), "--rewrite",
         str(tmp_path / "no-such-model")], capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert result.returncode == 7 and "no-such-model" in result.stderr
    assert "Traceback" not in result.stderr and not out.exists()


def test_resume_after_a_crash_between_rename_and_cleanup_has_no_duplicates(
    tmp_path: Path,
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", 10)
    out = tmp_path / "out.jsonl"
    run_batch(source, out, chunk_size=4)
    parts = tmp_path / "out.jsonl.parts"
    parts.mkdir()
    (parts / "part-000000.jsonl").write_text(out.read_text("utf-8"), "utf-8")  # left behind
    run_batch(source, out, chunk_size=4, resume=True)
    ids = [r["id"] for r in read_rows(out)]
    assert len(ids) == len(set(ids)) == 10


def test_bad_bytes_json_arrays_and_csv_bom(tmp_path: Path) -> None:
    raw = tmp_path / "in.jsonl"
    good = json.dumps({"id": "a", "article": article(1)}).encode()
    raw.write_bytes(good + b'\n{"id": "b", "article": "caf\xe9"}\n' + good.replace(b'"a"', b'"c"'))
    run_batch(raw, tmp_path / "o1.jsonl")
    rows = read_rows(tmp_path / "o1.jsonl")
    assert [r["id"] for r in rows] == ["a", "row-1", "c"]
    assert "line 2 is not valid UTF-8" in rows[1]["error"]
    array = tmp_path / "in.json"
    array.write_text(json.dumps([{"id": "x", "article": article(2)}, {"id": "y"}]), "utf-8")
    run_batch(array, tmp_path / "o2.jsonl")
    rows = read_rows(tmp_path / "o2.jsonl")
    assert [r["id"] for r in rows] == ["x", "y"] and rows[0]["error"] is None
    bom = tmp_path / "in.csv"
    bom.write_bytes(b"\xef\xbb\xbfid,article\nk1," + article(3).encode() + b"\n")
    run_batch(bom, tmp_path / "o3.jsonl")
    assert [r["id"] for r in read_rows(tmp_path / "o3.jsonl")] == ["k1"]


def test_cli_output_path_errors_are_one_line(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", 2)
    result = subprocess.run(
        [sys.executable, "-m", "summarizer", "batch", str(source), "--out", str(tmp_path)],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert result.returncode == 4 and "is a directory" in result.stderr
    assert "Traceback" not in result.stderr


def test_errors_survive_pickling_for_worker_pools() -> None:
    from summarizer.errors import MissingExtraError, UnknownNameError

    for error in (
        MissingExtraError("trafilatura", "feeds", "HTML input"),
        UnknownNameError("ranker", "nope", ["lead", "learned"]),
    ):
        again = pickle.loads(pickle.dumps(error))
        assert type(again) is type(error) and str(again) == str(error)


def test_registering_a_ranker_first_keeps_the_builtins() -> None:
    code = (
        "import numpy as np\n"
        "from summarizer.rankers import register, available\n"
        "class Shortest:\n"
        "    name = 'shortest_test'\n"
        "    def score(self, document, features):\n"
        "        return -np.array([len(s.text) for s in document.sentences], float)\n"
        "register(Shortest())\n"
        "from summarizer import highlight\n"
        "highlight('The first sentence is here today. A second one follows it now.')\n"
        "print(sorted(available()))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, timeout=120, check=True).stdout  # fmt: skip
    assert "learned" in out and "shortest_test" in out
