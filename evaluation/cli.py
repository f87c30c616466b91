"""Command line of the evaluation harness: ``python -m evaluation rouge|benchmark|score|baselines``.

User errors (a missing file or column, mismatched counts, an unknown system) print one line,
``error: ...``, to stderr and exit with status 1; a closed output pipe exits quietly with 141.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from evaluation.benchmark import Report, evaluate, score_predictions
from evaluation.data import (
    DataError,
    Row,
    examples_from_rows,
    load_rows,
    select_rows,
    to_sentences,
)
from evaluation.rouge import RougeScorer
from evaluation.systems import plugin_systems, resolve_systems, split_label

__all__ = ["main"]

_EPILOG = """examples:
  python -m evaluation rouge --predictions preds.jsonl --references refs.jsonl
  python -m evaluation rouge --predictions preds.txt --references refs.txt --mode rouge155
  python -m evaluation benchmark --data ../shared/data/cnndm_raw_dev.jsonl \\
      --systems lead3,oracle,textrank,default --out report/
  python -m evaluation benchmark --data ../shared/data/cnndm_test_dev.jsonl \\
      --reference highlights_tokenized --systems lead3,column:systems.simcls --mode rouge155
  python -m evaluation score --data test.csv --document text --reference summary \\
      --system mypackage.module:summarize --format markdown
  python -m evaluation baselines --data ../shared/data/cnndm_test_dev.jsonl --limit 500

--data takes a .jsonl/.json/.csv/.parquet file or a Hugging Face dataset name (needs
pip install "news-highlights[eval]" and network access). Scores are ROUGE F1 x 100 with 95%
bootstrap confidence intervals."""

_MODE_HELP = (
    "rouge-score: the numbers of the rouge-score package (default); rouge155: those of the "
    "ROUGE-1.5.5 Perl script"
)


def _add_scoring(group: argparse._ArgumentGroup, rouge_types: str) -> None:
    """ROUGE options shared by every command."""
    group.add_argument(
        "--rouge-types",
        default=rouge_types,
        help=f"comma-separated ROUGE types (default: {rouge_types})",
    )
    group.add_argument(
        "--mode", choices=("rouge-score", "rouge155"), default="rouge-score", help=_MODE_HELP
    )
    group.add_argument("--no-stemmer", action="store_true", help="do not Porter-stem tokens")
    group.add_argument("--resamples", type=int, default=1000, help="bootstrap resamples")
    group.add_argument("--seed", type=int, default=0, help="seed of sampling and bootstrap")
    group.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    group.add_argument("--output", type=Path, help="write the report here, not to stdout")


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
    _add_scoring(scoring, "rouge1,rouge2,rougeLsum")
    scoring.add_argument("--baseline", help="system the others are compared with")
    scoring.add_argument("--per-document", action="store_true", help="JSON: per-document F1")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``python -m evaluation``."""
    parser = argparse.ArgumentParser(
        prog="python -m evaluation",
        description="Score summaries with ROUGE, bootstrap intervals and paired tests.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    rouge = commands.add_parser(
        "rouge",
        help="score a predictions file against a references file",
        description="ROUGE-1/2/L/Lsum F1 of predictions against references, with 95%% "
        "bootstrap intervals. Files are JSONL (a text field per row: 'prediction' and "
        "'reference' by default; sentences separated by newlines, or given as a list) or, "
        "with any other suffix, plain text with one summary per line.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    rouge.add_argument("--predictions", required=True, type=Path, help="predictions file")
    rouge.add_argument("--references", required=True, type=Path, help="references file")
    rouge.add_argument(
        "--field", help="text field of both JSONL files (default: prediction / reference)"
    )
    rouge.add_argument("--prediction-field", help="field of the predictions file")
    rouge.add_argument("--reference-field", help="field of the references file")
    rouge.add_argument(
        "--sentence-separator",
        help="split one-line summaries into sentences at this string (e.g. '<q>'), for Lsum",
    )
    rouge.add_argument(
        "--multi-ref",
        choices=("max", "jackknife"),
        help="each reference field holds a list of references: best one (max) or ROUGE-1.5.5 "
        "jackknifing",
    )
    _add_scoring(rouge.add_argument_group("scoring and output"), "rouge1,rouge2,rougeL,rougeLsum")
    benchmark = commands.add_parser(
        "benchmark",
        help="run and score several systems side by side on one dataset",
        description="Run baselines, installed summarizer rankers, imported callables and "
        "precomputed outputs on the same documents; print a table of ROUGE F1 with 95%% "
        "intervals, throughput and paired tests against the baseline, and write text, "
        "Markdown, JSON and a PNG plot to --out.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    benchmark.add_argument(
        "--systems",
        help="comma-separated systems, each optionally LABEL=SPEC: lead3 (leadN), oracle, "
        "random3 (randomN), column:PATH, file:PATH, MODULE:FUNCTION or the name of an "
        "installed plug-in system (an unknown name lists them); default: lead3, oracle, "
        "random3 and every installed plug-in system",
    )
    benchmark.add_argument("--out", type=Path, help="directory for report.{txt,md,json} + PNG")
    benchmark.add_argument("--title", help="title of the plot")
    _add_common(benchmark)
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


def _score_specs(args: argparse.Namespace) -> list[str]:
    """The ``score``/``baselines`` systems as :func:`resolve_systems` specs, in order.

    A ``--predictions`` value is a file when one exists at its path, else a data column; a
    ``--system`` value must be ``MODULE:FUNCTION``.

    Raises:
        DataError: If a ``--system`` is not ``MODULE:FUNCTION`` or nothing is to be scored.
    """
    specs: list[str] = []
    if args.command == "baselines" or args.baselines:
        k = getattr(args, "k", 3)
        if k < 1:
            raise DataError(f"-k must be at least 1, not {k}")
        specs += [f"lead{k}", "oracle", f"random{k}"]
    for spec in getattr(args, "predictions", []):
        label, value = split_label(spec)
        kind = "file" if Path(value).is_file() else "column"
        specs.append(f"{label}={kind}:{value}" if label else f"{kind}:{value}")
    for spec in getattr(args, "system", []):
        label, value = split_label(spec)
        module, sep, function = value.partition(":")
        if not sep or not module or not function:
            raise DataError(f"expected MODULE:FUNCTION, not {value!r}")
        specs.append(spec)
    if not specs:
        raise DataError("nothing to score: give --predictions, --system or --baselines")
    return specs


def _scorer(args: argparse.Namespace) -> RougeScorer:
    """The ROUGE scorer of the command-line options."""
    rouge_types = [t.strip() for t in args.rouge_types.split(",") if t.strip()]
    return RougeScorer(
        rouge_types,
        use_stemmer=not args.no_stemmer,
        mode=args.mode,
        multi_ref=getattr(args, "multi_ref", None) or "max",
    )


def _summaries(path: Path, field: str, separator: str | None) -> list[Any]:
    """The summaries of a ``rouge`` input file: JSONL (JSON, CSV, Parquet) rows or text lines.

    With a separator, every summary given as one string (a text line or a string field) is
    split into sentences there; a field holding a list of sentences is left as it is.
    """
    if path.suffix.lower() in (".jsonl", ".json", ".csv", ".parquet"):
        values = [_lookup_field(row, field, path, n) for n, row in enumerate(load_rows(path), 1)]
    else:
        if not path.is_file():
            raise DataError(f"{path}: no such file")
        try:
            values = path.read_text(encoding="utf-8").split("\n")
        except (OSError, UnicodeDecodeError) as error:
            raise DataError(f"{path}: cannot read: {error}") from None
        if values and values[-1] == "":
            values.pop()
    if not separator:
        return values
    return [_split_at(value, separator) if isinstance(value, str) else value for value in values]


def _split_at(text: str, separator: str) -> str:
    """A one-line summary with its sentences, split at ``separator``, on separate lines."""
    return "\n".join(part.strip() for part in text.split(separator))


def _lookup_field(row: Row, field: str, path: Path, line: int) -> Any:
    """A row's field, with an error naming the file, the line and the fields there are."""
    if field not in row:
        raise DataError(f"{path}:{line}: no field {field!r}; available: {', '.join(map(str, row))}")
    return row[field]


def _as_reference(value: Any, multi: bool, where: str) -> str | list[str]:
    """One reference (sentences joined by newlines) or, with ``--multi-ref``, a list of them."""
    if not multi:
        return "\n".join(to_sentences(value))
    if not isinstance(value, list):
        raise DataError(f"{where}: --multi-ref needs a list of references in each row")
    return ["\n".join(to_sentences(item)) for item in value]


def run_rouge(args: argparse.Namespace) -> Report:
    """Carry out ``rouge``: score a predictions file against a references file."""
    prediction_field = args.prediction_field or args.field or "prediction"
    reference_field = args.reference_field or args.field or "reference"
    predictions = _summaries(args.predictions, prediction_field, args.sentence_separator)
    references = _summaries(args.references, reference_field, args.sentence_separator)
    if len(predictions) != len(references):
        raise DataError(
            f"{args.predictions} has {len(predictions)} summaries but {args.references} has "
            f"{len(references)}; they must pair up line by line"
        )
    if not predictions:
        raise DataError(f"{args.predictions}: no summaries to score")
    multi = args.multi_ref is not None
    return score_predictions(
        ["\n".join(to_sentences(p)) for p in predictions],
        [_as_reference(r, multi, str(args.references)) for r in references],
        name=args.predictions.stem,
        scorer=_scorer(args),
        n_resamples=args.resamples,
        seed=args.seed,
    )


def _default_baseline(systems: Sequence[str]) -> str | None:
    """The first LEAD-k system, the usual yardstick, if there is one."""
    return next((name for name in systems if name.startswith("LEAD-")), None)


def run(args: argparse.Namespace) -> tuple[Report, str]:
    """Carry out a parsed command; return the report and its rendering in ``--format``."""
    if args.command == "rouge":
        report = run_rouge(args)
    else:
        rows = load_rows(args.data, args.split, args.config)
        indices = select_rows(len(rows), args.limit, args.sample, args.seed)
        examples = examples_from_rows(rows, indices, args.document, args.reference, args.id_column)
        if not examples:
            raise DataError(f"{args.data}: no examples to score")
        if args.command == "benchmark":
            every = ["lead3", "oracle", "random3", *sorted(plugin_systems())]
            specs = args.systems or ",".join(every)
            systems = resolve_systems(specs, rows, examples, args.seed)
            baseline = args.baseline or _default_baseline(list(systems))
        else:
            systems = resolve_systems(_score_specs(args), rows, examples, args.seed)
            baseline = args.baseline or (f"LEAD-{args.k}" if args.command == "baselines" else None)
        scorer = _scorer(args)
        report = evaluate(
            systems,
            examples,
            scorer.rouge_types,
            n_resamples=args.resamples,
            seed=args.seed,
            baseline=baseline,
            scorer=scorer,
        )
    if args.format == "json":
        return report, report.to_json(per_document=getattr(args, "per_document", False))
    return report, report.to_markdown() if args.format == "markdown" else report.to_text()


def write_outputs(report: Report, out: Path, title: str | None = None) -> list[Path]:
    """Write ``report.txt``, ``report.md``, ``report.json`` and ``rouge.png`` into ``out``.

    The plot is skipped with a warning on stderr when matplotlib is not installed.
    """
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in (
        ("report.txt", report.to_text()),
        ("report.md", report.to_markdown()),
        ("report.json", report.to_json(per_document=True)),
    ):
        (out / name).write_text(text + "\n", encoding="utf-8")
        written.append(out / name)
    try:
        from evaluation.plot import plot_report

        written.append(plot_report(report, out / "rouge.png", title))
    except ImportError as error:
        print(f"warning: no plot: {error}", file=sys.stderr)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; user errors print one line to stderr and return 1 (Ctrl-C: 130).

    Args:
        argv: Arguments without the program name; ``sys.argv[1:]`` by default.

    Returns:
        The exit status.
    """
    args = build_parser().parse_args(argv)
    try:
        report, output = run(args)
        if getattr(args, "out", None) is not None:
            write_outputs(report, args.out, args.title)
        if args.output is not None:
            args.output.write_text(output + "\n", encoding="utf-8")
        else:
            print(output, flush=True)
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, as other command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except (DataError, ImportError, ValueError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0
