"""Command line of the evaluation harness: ``python -m evaluation score|baselines ...``."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from evaluation.baselines import Oracle, lead_k, random_k
from evaluation.benchmark import System, evaluate
from evaluation.data import (
    DataError,
    Example,
    column_values,
    examples_from_rows,
    load_rows,
    read_predictions,
    select_rows,
)
from evaluation.rouge import RougeScorer

__all__ = ["main"]

_EPILOG = """examples:
  python -m evaluation score --data ../shared/data/cnndm_test_dev.jsonl \\
      --predictions systems.see_pointer_gen_cov --reference highlights_tokenized --limit 200
  python -m evaluation score --data test.jsonl --predictions mine=outputs.txt --baselines
  python -m evaluation score --data test.csv --document text --reference summary \\
      --system mypackage.module:summarize --format markdown
  python -m evaluation baselines --data ../shared/data/cnndm_test_dev.jsonl --limit 500

--data takes a .jsonl/.json/.csv/.parquet file or a Hugging Face dataset name (needs
pip install "news-highlights[eval]" and network access). Scores are ROUGE F1 x 100 with 95%
bootstrap confidence intervals."""


def _add_common(parser: argparse.ArgumentParser) -> None:
    """Options shared by every command: data, columns, selection, scoring and output."""
    data = parser.add_argument_group("data")
    data.add_argument("--data", required=True, help="local file or Hugging Face dataset name")
    data.add_argument("--split", default="test", help="hub dataset split (default: test)")
    data.add_argument("--config", help="hub dataset configuration, e.g. 3.0.0")
    data.add_argument("--document", help="document column (default: from a known schema)")
    data.add_argument("--reference", help="reference column or dotted path (default: schema)")
    data.add_argument("--id", dest="id_column", help="id column (default: id, else position)")
    data.add_argument("--limit", type=int, help="use at most N examples")
    data.add_argument("--sample", type=int, help="use a seeded random sample of N examples")
    scoring = parser.add_argument_group("scoring and output")
    scoring.add_argument(
        "--rouge-types",
        default="rouge1,rouge2,rougeLsum",
        help="comma-separated ROUGE types (default: rouge1,rouge2,rougeLsum)",
    )
    scoring.add_argument("--resamples", type=int, default=1000, help="bootstrap resamples")
    scoring.add_argument("--seed", type=int, default=0, help="seed of sampling and bootstrap")
    scoring.add_argument("--baseline", help="system the others are compared with")
    scoring.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    scoring.add_argument("--per-document", action="store_true", help="JSON: per-document F1")
    scoring.add_argument("--output", type=Path, help="write the report here, not to stdout")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``python -m evaluation``."""
    parser = argparse.ArgumentParser(
        prog="python -m evaluation",
        description="Score summaries with ROUGE, bootstrap intervals and paired tests.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    score = commands.add_parser(
        "score",
        help="score precomputed predictions and/or importable systems",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    score.add_argument(
        "--predictions",
        action="append",
        default=[],
        metavar="[NAME=]COLUMN_OR_FILE",
        help="predictions from a data column (dotted path, sentences on lines) or a file "
        "(one prediction per line, or a JSONL/CSV/JSON/Parquet file); repeatable",
    )
    score.add_argument(
        "--system",
        action="append",
        default=[],
        metavar="[NAME=]MODULE:FUNCTION",
        help="import a callable text -> list[str] and run it; repeatable",
    )
    score.add_argument("--baselines", action="store_true", help="add LEAD-3, ORACLE, random-3")
    _add_common(score)
    baselines = commands.add_parser(
        "baselines",
        help="LEAD-k, greedy ORACLE and random-k side by side",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    baselines.add_argument("-k", type=int, default=3, help="sentences of LEAD-k and random-k")
    _add_common(baselines)
    return parser


def _split_name(spec: str) -> tuple[str | None, str]:
    """Split ``NAME=VALUE`` into its parts (no name when there is no ``=``)."""
    name, sep, value = spec.partition("=")
    return (name, value) if sep and name else (None, spec)


def import_callable(path: str) -> Callable[..., Any]:
    """Import ``module:attribute`` (the attribute may be dotted) and check it is callable.

    Raises:
        DataError: For a malformed path, a missing module or attribute, or a non-callable.
    """
    module_name, sep, attribute = path.partition(":")
    if not sep or not module_name or not attribute:
        raise DataError(f"--system expects MODULE:FUNCTION, not {path!r}")
    try:
        target: Any = importlib.import_module(module_name)
    except ImportError as error:
        raise DataError(f"cannot import module {module_name!r}: {error}") from None
    for part in attribute.split("."):
        if not hasattr(target, part):
            raise DataError(f"module {module_name!r} has no attribute {attribute!r}")
        target = getattr(target, part)
    if not callable(target):
        raise DataError(f"{path} is not callable")
    return target  # type: ignore[no-any-return]


def baseline_systems(k: int = 3, seed: int = 0) -> dict[str, System]:
    """LEAD-k, the greedy ORACLE and random-k, named as in the report."""
    return {f"LEAD-{k}": lead_k(k), "ORACLE": Oracle(), f"random-{k}": random_k(k, seed)}


def _predictions(
    spec: str, rows: Sequence[Any], examples: Sequence[Example]
) -> tuple[str, list[tuple[str, ...]]]:
    """Name and predictions of a ``--predictions`` value (a file if it exists, else a column)."""
    name, value = _split_name(spec)
    path = Path(value)
    if path.is_file():
        every = read_predictions(path)
        if len(every) < max((e.index for e in examples), default=-1) + 1:
            raise DataError(f"{path}: {len(every)} predictions but {len(rows)} examples")
        return name or path.stem, [every[e.index] for e in examples]
    return name or value.rsplit(".", 1)[-1], column_values([rows[e.index] for e in examples], value)


def _systems(
    args: argparse.Namespace, rows: Sequence[Any], examples: Sequence[Example]
) -> dict[str, System]:
    """Every system the command line asks for, in order."""
    systems: dict[str, System] = {}
    if args.command == "baselines" or args.baselines:
        systems.update(baseline_systems(getattr(args, "k", 3), args.seed))
    for spec in getattr(args, "predictions", []):
        column_name, predictions = _predictions(spec, rows, examples)
        systems[column_name] = predictions
    for spec in getattr(args, "system", []):
        system_name, path = _split_name(spec)
        systems[system_name or path.rpartition(":")[2]] = import_callable(path)
    if not systems:
        raise DataError("nothing to score: give --predictions, --system or --baselines")
    return systems


def run(args: argparse.Namespace) -> str:
    """Carry out a parsed command and return the rendered report."""
    rows = load_rows(args.data, args.split, args.config)
    indices = select_rows(len(rows), args.limit, args.sample, args.seed)
    examples = examples_from_rows(rows, indices, args.document, args.reference, args.id_column)
    if not examples:
        raise DataError(f"{args.data}: no examples to score")
    systems = _systems(args, rows, examples)
    rouge_types = [t.strip() for t in args.rouge_types.split(",") if t.strip()]
    baseline: str | None = args.baseline or (
        f"LEAD-{args.k}" if args.command == "baselines" else None
    )
    report = evaluate(
        systems,
        examples,
        rouge_types,
        n_resamples=args.resamples,
        seed=args.seed,
        baseline=baseline,
        scorer=RougeScorer(rouge_types),
    )
    if args.format == "json":
        return report.to_json(per_document=args.per_document)
    return report.to_markdown() if args.format == "markdown" else report.to_text()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; user errors print one line to stderr and return 1.

    Args:
        argv: Arguments without the program name; ``sys.argv[1:]`` by default.

    Returns:
        The exit status.
    """
    args = build_parser().parse_args(argv)
    try:
        output = run(args)
        if args.output is not None:
            args.output.write_text(output + "\n", encoding="utf-8")
        else:
            print(output, flush=True)
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, as other command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except (DataError, ImportError, ValueError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0
