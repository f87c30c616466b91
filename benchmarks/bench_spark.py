"""Spark overhead: articles/s of ``run_batch_spark`` on local[1] and local[2] vs ``run_batch``.

Usage (needs ``pip install -e ".[spark]"`` and Java 17):
    python benchmarks/bench_spark.py [--data ../shared/data/cnndm_test_dev.jsonl] [--repeat 1]
        [--masters local[1] local[2]] [--jobs 1 2] [--runs 3]

Every engine highlights the same JSONL input (the file, repeated ``--repeat`` times with fresh
ids) with the default configuration and writes its output (JSONL for ``run_batch``, Parquet for
Spark). The time of a Spark run is that of ``run_batch_spark`` with its session already
started: reading, the pass that numbers the records, highlighting in Python workers and
writing. Session start-up is timed apart. Each engine runs ``--runs`` times; the table gives
the first run and the best one (the first Spark run on a session also starts its Python
workers and imports the library in them; later runs reuse them, as a long job does). Timings
on a shared machine are noisy: compare the best-run ratios. At the end the Spark rows are
checked against the ``run_batch`` rows.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")

from summarizer import highlight
from summarizer.batch import run_batch
from summarizer.spark import local_session, run_batch_spark

DEFAULT_DATA = (
    Path(
        os.environ.get("NEWS_HIGHLIGHTS_DATA")
        or Path(__file__).resolve().parents[1].parent / "shared" / "data"
    )
    / "cnndm_test_dev.jsonl"
)


def make_input(source: Path, repeat: int, folder: Path) -> tuple[Path, int]:
    """The benchmark input: ``source`` itself, or its records ``repeat`` times with new ids."""
    lines = [line for line in source.read_text("utf-8").splitlines() if line.strip()]
    if repeat == 1:
        return source, len(lines)
    target = folder / f"input-x{repeat}.jsonl"
    with target.open("w", encoding="utf-8") as handle:
        for copy in range(repeat):
            for line in lines:
                record = json.loads(line)
                record["id"] = f"{record.get('id')}#{copy}"
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return target, len(lines) * repeat


def read_spark_output(folder: Path) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    parts = sorted(p for p in folder.iterdir() if p.name.startswith("part-"))
    return [row for part in parts for row in pq.read_table(part).to_pylist()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="a JSONL file")
    parser.add_argument("--repeat", type=int, default=1, help="use the file this many times")
    parser.add_argument("--masters", nargs="+", default=["local[1]", "local[2]"])
    parser.add_argument("--jobs", nargs="+", type=int, default=[1, 2], help="run_batch n_jobs")
    parser.add_argument("--runs", type=int, default=3, help="runs per engine (best is kept)")
    args = parser.parse_args()

    highlight("A warm-up sentence for the imports and the ranker model. It has two sentences.")
    results: list[tuple[str, list[float], int]] = []  # engine, seconds of each run, rows
    startups: list[tuple[str, float]] = []
    identical = True
    with tempfile.TemporaryDirectory(prefix="bench-spark-") as tmp:
        folder = Path(tmp)
        source, n = make_input(args.data, args.repeat, folder)
        python = sys.version.split()[0]
        print(f"input: {source.name}, {n} articles, {os.cpu_count()} CPUs, Python {python}")
        expected: list[dict[str, Any]] = []
        for jobs in args.jobs:
            out = folder / f"run_batch-{jobs}.jsonl"
            times = []
            for _ in range(args.runs):
                summary = run_batch(source, out, n_jobs=jobs, progress=False)
                times.append(summary.seconds)
            results.append((f"run_batch n_jobs={jobs}", times, summary.written))
            if not expected:
                expected = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
        for master in args.masters:
            start = time.perf_counter()
            session = local_session(master, config={"spark.ui.showConsoleProgress": "false"})
            session.sparkContext.setLogLevel("ERROR")
            startups.append((master, time.perf_counter() - start))
            try:
                times = []
                for run in range(args.runs):
                    out = folder / f"spark-{master}-{run}.parquet"
                    start = time.perf_counter()
                    written = run_batch_spark(source, out, master=master)
                    times.append(time.perf_counter() - start)
                    identical = identical and read_spark_output(out) == expected
                results.append((f"spark {master}", times, written))
            finally:
                session.stop()

    base = results[0][2] / min(results[0][1])
    print()
    print(
        f"| engine | first run s | best of {args.runs} s | articles/s (best) | vs {results[0][0]} |"
    )
    print("|---|---|---|---|---|")
    for label, times, written in results:
        rate = written / min(times)
        print(f"| {label} | {times[0]:.2f} | {min(times):.2f} | {rate:.0f} | {rate / base:.2f}x |")
    print()
    print(
        "First Spark run on a session: includes starting its Python workers and importing the "
        "library in them (later runs reuse the workers)."
    )
    for number, (master, seconds) in enumerate(startups):
        what = "starts the JVM" if number == 0 else "JVM already running"
        print(f"Spark session start-up, {master} ({what}), not in the table: {seconds:.1f} s")
    print(f"Spark rows identical to run_batch rows: {'yes' if identical else 'NO'}")


if __name__ == "__main__":
    main()
