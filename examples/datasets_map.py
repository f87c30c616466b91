"""Highlights for a Hugging Face dataset with ``datasets.Dataset.map`` in several processes.

Usage (with ``pip install "news-highlights[eval]"``):
    python examples/datasets_map.py ../shared/data/cnndm_raw_dev.jsonl --num-proc 2

The per-record function, :class:`summarizer.batch.RecordHighlighter`, is picklable and keeps
no global state, so the same object works unchanged with ``datasets``, ``multiprocessing``,
Ray or Spark. With a hub dataset, pass its name instead of a file, e.g.
``load_dataset("cnn_dailymail", "3.0.0", split="test")`` (downloaded on your machine).
"""

from __future__ import annotations

import argparse
from typing import Any

from datasets import load_dataset

from summarizer import Config
from summarizer.batch import RecordHighlighter


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("data", help="a JSONL file with 'id' and 'article' fields")
    parser.add_argument("--num-proc", type=int, default=2)
    parser.add_argument("--limit", type=int, default=100)
    args = parser.parse_args()
    dataset = load_dataset("json", data_files=args.data, split="train")
    dataset = dataset.select(range(min(args.limit, len(dataset))))
    worker = RecordHighlighter(Config(k=3), text_field="article", id_field="id")

    def add_highlights(record: dict[str, Any], index: int) -> dict[str, Any]:
        row = worker((index, record))
        return {"key_highlights": row["highlights"], "highlight_error": row["error"]}

    result = dataset.map(add_highlights, with_indices=True, num_proc=args.num_proc)
    for row in result.select(range(min(2, len(result)))):
        print(row["id"])
        for number, bullet in enumerate(row["key_highlights"], 1):
            print(f"  {number}. {bullet}")


if __name__ == "__main__":
    main()
