"""Throughput and memory of ``summarizer batch``: 1 vs 2 processes, and RSS vs input size.

Usage:
    python benchmarks/bench_batch.py [--data ../shared/data] [--sizes 10000,50000,100000]
        [--jobs 1,2] [--workdir /tmp/bench_batch]

Inputs are made by repeating the rows of ``cnndm_raw_dev.jsonl`` and ``cnndm_test_dev.jsonl``
(ids made unique) into JSONL files in ``--workdir`` (deleted afterwards). Each run is a fresh
``python -m summarizer batch IN --out OUT -j N --quiet`` process; the table shows its wall time,
articles/s, and the peak resident memory of the whole process tree (``ru_maxrss`` of the
children: the largest single process, main or worker). Flat memory over input sizes is the
point of the streaming design.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
FILES = ("cnndm_raw_dev.jsonl", "cnndm_test_dev.jsonl")


def make_input(data: Path, size: int, path: Path) -> None:
    """Write ``size`` records cycling over the dev articles, each with a unique id."""
    rows = [
        {"article": json.loads(line)["article"]}
        for name in FILES
        for line in (data / name).read_text("utf-8").splitlines()
    ]
    with path.open("w", encoding="utf-8") as handle:
        for number, row in zip(range(size), itertools.cycle(rows), strict=False):
            handle.write(json.dumps({"id": f"a{number}", **row}) + "\n")


_MEASURE = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def run(source: Path, out: Path, jobs: int) -> tuple[float, float]:
    """Seconds and peak RSS (MiB) of one ``summarizer batch`` process tree.

    A small wrapper process runs the command, so that its ``RUSAGE_CHILDREN`` peak covers
    exactly this run (the batch process and its workers) and nothing before it.
    """
    command = [sys.executable, "-m", "summarizer", "batch", str(source), "--out", str(out)]
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command, "-j", str(jobs), "--quiet"],
        check=True,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - start
    return seconds, int(result.stdout.split()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sizes", default="10000,50000,100000")
    parser.add_argument("--jobs", default="1,2")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/bench_batch"))
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    args.workdir.mkdir(parents=True, exist_ok=True)
    print("| records | processes | seconds | articles/s | peak RSS (MiB) |")
    print("|---|---|---|---|---|")
    try:
        for size in (int(s) for s in args.sizes.split(",")):
            source = args.workdir / f"in-{size}.jsonl"
            make_input(args.data, size, source)
            for jobs in (int(j) for j in args.jobs.split(",")):
                seconds, peak = run(source, args.workdir / f"out-{size}-{jobs}.jsonl", jobs)
                rate = size / seconds
                print(
                    f"| {size:,} | {jobs} | {seconds:.1f} | {rate:.0f} | {peak:.0f} |", flush=True
                )
    finally:
        shutil.rmtree(args.workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
