"""Highlights (and optionally ROUGE) for a corpus on Spark: a driver script for ``spark-submit``.

Locally (``pip install -e ".[spark]"``, Java 17):
    python examples/spark_highlights.py ../shared/data/cnndm_raw_dev.jsonl /tmp/out.parquet \\
        --master "local[*]" --reference highlights

On a cluster, with the package installed on every node (or shipped as a packed environment,
see the README):
    spark-submit --master yarn examples/spark_highlights.py hdfs:///news/articles.jsonl \\
        hdfs:///news/highlights.parquet --reference highlights

It writes the rows of ``summarizer batch`` (id, title, highlights, spans, error) to a folder of
Parquet (or JSONL) part files and prints how many rows failed. With ``--reference FIELD`` it
also scores the highlights against that field of the input with ROUGE, on the executors, and
prints the corpus F1 with 95% bootstrap intervals.
"""

from __future__ import annotations

import argparse
from typing import Any

from pyspark.sql import functions

from evaluation.spark import corpus_rouge
from summarizer import Config
from summarizer.spark import local_session, run_batch_spark


def read(session: Any, path: str) -> Any:
    """A JSONL, CSV or Parquet file or folder as a DataFrame (by suffix; JSONL without one)."""
    suffix = path.rstrip("/").rsplit(".", 1)[-1].lower()
    if suffix == "parquet":
        return session.read.parquet(path)
    if suffix == "csv":
        return session.read.options(header=True, multiLine=True, escape='"').csv(path)
    return session.read.json(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("input", help="JSONL, CSV or Parquet file or folder (any Spark URL)")
    parser.add_argument("output", help="output folder (.parquet or .jsonl)")
    parser.add_argument("--master", default=None, help="default: from spark-submit")
    parser.add_argument("--text-field", default="article")
    parser.add_argument("--id-field", default="id")
    parser.add_argument("-k", type=int, default=3, help="highlights per article")
    parser.add_argument("--ranker", default="default")
    parser.add_argument("--reference", help="input field with reference highlights: score them")
    args = parser.parse_args()

    session = local_session(args.master)
    try:
        config = Config(k=args.k, ranker=args.ranker)
        rows = run_batch_spark(
            args.input,
            args.output,
            config=config,
            text_field=args.text_field,
            id_field=args.id_field,
            master=args.master,
        )
        output = read(session, args.output)
        errors = output.filter(functions.col("error").isNotNull()).count()
        print(f"{rows} rows written to {args.output} ({errors} with an error)")
        if args.reference:
            inputs = read(session, args.input)
            references = inputs.select(
                functions.col(args.id_field).cast("string").alias("id"),
                functions.col(args.reference).alias("reference"),
            )
            pairs = output.select("id", "highlights").join(references, "id")
            scores = corpus_rouge(pairs, "highlights", "reference", order_by="id")
            for rouge_type, interval in scores.items():
                print(
                    f"{rouge_type}: {100 * interval.mean:.2f} "
                    f"[{100 * interval.low:.2f}, {100 * interval.high:.2f}]"
                )
    finally:
        session.stop()


if __name__ == "__main__":
    main()
