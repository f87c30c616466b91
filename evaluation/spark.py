"""ROUGE on Apache Spark: per-row scores and corpus intervals from distributed per-document scores.

Needs ``pip install "news-highlights[spark]"`` (pyspark, pandas, pyarrow) and Java 17; pyspark is
imported only when a function runs. Like the rest of :mod:`evaluation`, this never imports
``summarizer``: it scores any text columns.

* :func:`with_rouge` adds one F1 column per ROUGE type (``rouge1_f``, ``rouge2_f``,
  ``rougeLsum_f``...) computed with :class:`evaluation.rouge.RougeScorer` on the executors, in
  Arrow batches (``mapInArrow``), so each row's scores equal ``RougeScorer.score``.
* :func:`corpus_rouge` scores a DataFrame that way and returns, per type, the mean and the
  seeded bootstrap interval of the per-document F1 (:func:`evaluation.stats.bootstrap_ci`): the
  same numbers as scoring and bootstrapping the same documents in one process, in the same
  order.

A prediction or reference is a string with one sentence per line (``rougeLsum`` splits on
``"\\n"`` only) or an array of sentences, which are joined with ``"\\n"``. An array reference
is one reference, not several; a null prediction or reference is scored as empty text (0),
so a document a system failed on counts against it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from evaluation.rouge import Mode, RougeScorer
from evaluation.stats import Interval, bootstrap_ci

if TYPE_CHECKING:
    from pyspark.sql import DataFrame

__all__ = ["DEFAULT_SPARK_ROUGE_TYPES", "corpus_rouge", "score_column", "with_rouge"]

#: The ROUGE types scored by default.
DEFAULT_SPARK_ROUGE_TYPES = ("rouge1", "rouge2", "rougeLsum")


def _pyspark_sql() -> Any:
    """Import ``pyspark.sql`` or raise an ImportError that names the extra to install."""
    try:
        import pyspark.sql
        import pyspark.sql.types
    except ImportError as error:
        raise ImportError(
            "ROUGE on Spark needs pyspark, pandas and pyarrow; install them with: "
            'pip install "news-highlights[spark]"'
        ) from error
    return pyspark.sql


def score_column(rouge_type: str) -> str:
    """The column name :func:`with_rouge` gives the F1 of a ROUGE type (``rouge1_f``)."""
    return f"{rouge_type}_f"


def _as_text(value: Any) -> str:
    """A cell as ROUGE text: a string as it is, sentences joined by lines, null as empty."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return "\n".join(sentence for sentence in value if sentence is not None)


class _ScoreRows:
    """The ``mapInArrow`` function of :func:`with_rouge` (picklable by reference)."""

    def __init__(
        self,
        prediction_col: str,
        reference_col: str,
        rouge_types: tuple[str, ...],
        mode: Mode,
        use_stemmer: bool,
    ) -> None:
        self.prediction_col = prediction_col
        self.reference_col = reference_col
        self.rouge_types = rouge_types
        self.mode: Mode = mode
        self.use_stemmer = use_stemmer

    def __call__(self, batches: Iterable[Any]) -> Iterator[Any]:
        import pyarrow as pa

        scorer = RougeScorer(self.rouge_types, use_stemmer=self.use_stemmer, mode=self.mode)
        new_fields = [pa.field(score_column(t), pa.float64()) for t in self.rouge_types]
        for batch in batches:
            names = batch.schema.names
            predictions = batch.column(names.index(self.prediction_col)).to_pylist()
            references = batch.column(names.index(self.reference_col)).to_pylist()
            scores = [
                scorer.score(_as_text(reference), _as_text(prediction))
                for prediction, reference in zip(predictions, references, strict=True)
            ]
            columns = [
                pa.array([doc[t].fmeasure for doc in scores], pa.float64())
                for t in self.rouge_types
            ]
            schema = pa.schema([*batch.schema, *new_fields])
            yield pa.RecordBatch.from_arrays([*batch.columns, *columns], schema=schema)


def _check_column(df: DataFrame, name: str, what: str, types: Any) -> None:
    """Raise ValueError unless ``df`` has exactly one string or array-of-string column ``name``."""
    matches = [field for field in df.schema.fields if field.name == name]
    if len(matches) != 1:
        problem = "no" if not matches else "more than one"
        found = ", ".join(df.columns) or "none"
        raise ValueError(f"{what}: the DataFrame has {problem} column {name!r} (columns: {found})")
    kind = matches[0].dataType
    is_text = isinstance(kind, types.StringType)
    is_list = isinstance(kind, types.ArrayType) and isinstance(kind.elementType, types.StringType)
    if not (is_text or is_list):
        raise ValueError(
            f"{what}: column {name!r} is {kind.simpleString()}; expected a string (sentences on "
            "lines) or array<string> (sentences)"
        )


def with_rouge(
    df: DataFrame,
    prediction_col: str,
    reference_col: str,
    rouge_types: Sequence[str] = DEFAULT_SPARK_ROUGE_TYPES,
    mode: Mode = "rouge-score",
    use_stemmer: bool = True,
) -> DataFrame:
    """Add the ROUGE F1 of each row as columns ``<type>_f`` (lazily, like any transformation).

    Args:
        df: The DataFrame.
        prediction_col: Column of predicted summaries (string or ``array<string>``).
        reference_col: Column of reference summaries (string or ``array<string>``).
        rouge_types: Any of ``rouge1`` ... ``rouge9``, ``rougeL``, ``rougeLsum``.
        mode: ``"rouge-score"`` or ``"rouge155"`` (see :mod:`evaluation.rouge`).
        use_stemmer: Stem tokens longer than three characters.

    Returns:
        ``df`` with one ``double`` column per type, e.g. ``rouge1_f``, equal to
        ``RougeScorer(rouge_types, use_stemmer=..., mode=...).score(reference,
        prediction)[type].fmeasure``.

    Raises:
        ValueError: For a missing, duplicated or non-text column, a score column that already
            exists, or an invalid ROUGE type or mode (:class:`UnknownRougeTypeError`).
        ImportError: If pyspark is not installed (``news-highlights[spark]``).
    """
    sql = _pyspark_sql()
    types = sql.types
    scorer = RougeScorer(rouge_types, use_stemmer=use_stemmer, mode=mode)  # validates early
    _check_column(df, prediction_col, "prediction_col", types)
    _check_column(df, reference_col, "reference_col", types)
    new = [score_column(t) for t in scorer.rouge_types]
    if len(set(new)) != len(new):
        raise ValueError(f"ROUGE types repeat: {', '.join(scorer.rouge_types)}")
    taken = sorted({c for c in df.columns if c.lower() in {n.lower() for n in new}})
    if taken:
        raise ValueError(
            f"the DataFrame already has column(s) {', '.join(taken)}: rename or drop them first"
        )
    fields = [types.StructField(name, types.DoubleType(), False) for name in new]
    schema = types.StructType([*df.schema.fields, *fields])
    function = _ScoreRows(prediction_col, reference_col, scorer.rouge_types, mode, use_stemmer)
    result: DataFrame = df.mapInArrow(function, schema)
    return result


def corpus_rouge(
    df: DataFrame,
    prediction_col: str,
    reference_col: str,
    rouge_types: Sequence[str] = DEFAULT_SPARK_ROUGE_TYPES,
    mode: Mode = "rouge-score",
    use_stemmer: bool = True,
    *,
    n_resamples: int = 1000,
    confidence: float = 0.95,
    seed: int = 0,
    order_by: str | None = None,
) -> dict[str, Interval]:
    """Corpus ROUGE F1 with bootstrap intervals, from per-document scores computed on Spark.

    Documents are scored on the executors (:func:`with_rouge`); only the per-document F1
    values come back to the driver (8 bytes per document and type), where
    :func:`evaluation.stats.bootstrap_ci` resamples them. The bootstrap draws documents by
    position, so the interval depends on the order of the documents: the DataFrame's order by
    default (for a frame read from one file or made from a local list, the input order), or
    ``order_by`` for an order that does not depend on how the data is partitioned.

    Args:
        df: The DataFrame.
        prediction_col: Column of predicted summaries (string or ``array<string>``).
        reference_col: Column of reference summaries (string or ``array<string>``).
        rouge_types: ROUGE types to score.
        mode: ``"rouge-score"`` or ``"rouge155"``.
        use_stemmer: Stem tokens longer than three characters.
        n_resamples: Bootstrap resamples.
        confidence: Coverage of the intervals, in (0, 1).
        seed: Seed of the bootstrap.
        order_by: A column to sort the documents by before resampling (e.g. the id).

    Returns:
        ``{rouge_type: Interval(mean, low, high)}`` of the per-document F1, in the order of
        ``rouge_types``; ``Interval(0, 0, 0)`` for an empty frame.

    Raises:
        ValueError: As :func:`with_rouge`, or for bad bootstrap settings.
        ImportError: If pyspark is not installed.
    """
    _pyspark_sql()
    wanted = [prediction_col, reference_col] + ([] if order_by is None else [order_by])
    columns = list(dict.fromkeys(wanted))
    scored = with_rouge(
        df.select(*columns), prediction_col, reference_col, rouge_types, mode, use_stemmer
    )
    if order_by is not None:
        scored = scored.orderBy(order_by)
    types = RougeScorer(rouge_types, mode=mode).rouge_types
    names = [score_column(t) for t in types]
    values = _collect(scored.select(*names), names)
    return {
        t: bootstrap_ci(values[name], n_resamples=n_resamples, confidence=confidence, seed=seed)
        for t, name in zip(types, names, strict=True)
    }


def _collect(df: DataFrame, names: list[str]) -> dict[str, list[float]]:
    """Columns of doubles to the driver, in row order (through Arrow when Spark has it)."""
    to_arrow = getattr(df, "toArrow", None)  # Spark >= 4.0
    if to_arrow is not None:
        table = to_arrow()
        return {name: table.column(name).to_pylist() for name in names}
    rows = df.collect()
    return {name: [float(row[name]) for row in rows] for name in names}
