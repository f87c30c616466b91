"""Benchmark evaluation.rouge against the ``rouge-score`` package: speed and agreement.

Usage:
    python benchmarks/bench_rouge.py [--data ../shared/data] [--system see_pointer_gen_cov]
        [--reference highlights_tokenized] [--jobs 1]

Scores one system of cnndm_test_dev.jsonl (1,500 documents) with ROUGE-1, ROUGE-2, ROUGE-L and
ROUGE-Lsum, stemming on, once with ``rouge_score.rouge_scorer.RougeScorer`` and once with
``evaluation.rouge.RougeScorer`` (default mode, first call in the process, so its stem cache
starts empty), each in one process unless ``--jobs`` is given. It prints both times, the
speedup and the largest absolute difference over every precision, recall and F.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from rouge_score import rouge_scorer

from evaluation.rouge import DEFAULT_ROUGE_TYPES, RougeScorer

DEFAULT_DATA = Path(
    os.environ.get("NEWS_HIGHLIGHTS_DATA")
    or Path(__file__).resolve().parents[1].parent / "shared" / "data"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="data folder or file")
    parser.add_argument("--system", default="see_pointer_gen_cov")
    parser.add_argument("--reference", default="highlights_tokenized")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes for ours")
    args = parser.parse_args()
    path = args.data if args.data.is_file() else args.data / "cnndm_test_dev.jsonl"
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    references = [row[args.reference] for row in rows]
    predictions = [row["systems"][args.system] for row in rows]

    theirs = rouge_scorer.RougeScorer(list(DEFAULT_ROUGE_TYPES), use_stemmer=True)
    start = time.perf_counter()
    expected = [theirs.score(r, p) for r, p in zip(references, predictions, strict=True)]
    their_time = time.perf_counter() - start

    start = time.perf_counter()
    ours = RougeScorer(DEFAULT_ROUGE_TYPES).score_many(references, predictions, n_jobs=args.jobs)
    our_time = time.perf_counter() - start

    max_diff = max(
        abs(getattr(mine[t], field) - getattr(other[t], field))
        for mine, other in zip(ours, expected, strict=True)
        for t in DEFAULT_ROUGE_TYPES
        for field in ("precision", "recall", "fmeasure")
    )
    print(f"{len(rows)} documents of {path.name}: {args.system} vs {args.reference}")
    print(f"rouge-score:       {their_time:7.3f} s")
    print(f"evaluation.rouge:  {our_time:7.3f} s  (n_jobs={args.jobs})")
    print(f"speedup:           {their_time / our_time:7.1f}x")
    print(f"max abs diff:      {max_diff:.3g} (over P, R, F of {', '.join(DEFAULT_ROUGE_TYPES)})")


if __name__ == "__main__":
    main()
