"""Highlights on Apache Spark: a DataFrame column function and ``summarizer batch --engine spark``.

Needs ``pip install "news-highlights[spark]"`` (pyspark, pandas, pyarrow) and Java 17. Nothing
here imports pyspark until a function runs, so ``import summarizer.spark`` is always cheap.

* :func:`with_highlights` adds the output columns of ``summarizer batch`` (``title``,
  ``highlights``, ``spans``, ``error``) to any Spark DataFrame with a text column. Rows go to
  Python in Arrow batches (``mapInArrow``); each executor Python process keeps one
  :class:`~summarizer.batch.RecordHighlighter` (so one :class:`~summarizer.Highlighter`, models
  loaded once) per configuration and reuses it for every batch and task it runs.
* :func:`run_batch_spark` is :func:`summarizer.batch.run_batch` on Spark: it reads a JSONL, CSV
  or Parquet file (or a folder of them) and writes a folder of Parquet or JSONL part files with
  the same rows as ``run_batch`` (same ids, ``row-N`` for records without one, same
  highlights, same errors, also for malformed JSON lines).
* :func:`local_session` starts a local session set up for this: Spark UI off, few shuffle
  partitions, and ``PYSPARK_PYTHON`` pointing at this interpreter (Spark's Python workers must
  run the environment that has this package, pandas and pyarrow).

A record that cannot be summarised (no text, not text, no usable sentence, malformed JSON, or
any exception inside the road) becomes a row with an ``error`` and empty highlights; it never
fails the Spark job.

On a cluster, install this package on every executor (or ship a packed environment with
``--archives``) and run a driver script with ``spark-submit``; see the README and
``examples/spark_highlights.py``.
"""

from __future__ import annotations

import math
import os
import sys
from collections.abc import Hashable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .batch import OUTPUT_FIELDS, RecordHighlighter, _row, parse_json_line
from .config import Config
from .errors import InputError, require

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

__all__ = ["HIGHLIGHT_COLUMNS", "local_session", "run_batch_spark", "with_highlights"]

#: Columns that :func:`with_highlights` adds (the output fields of ``summarizer batch`` but id).
HIGHLIGHT_COLUMNS = tuple(name for name in OUTPUT_FIELDS if name != "id")

_EXTRA = "spark"
_INPUT_FORMATS = {"jsonl": "jsonl", "ndjson": "jsonl", "json": "jsonl", "csv": "csv"}
_INPUT_FORMATS["parquet"] = "parquet"
_OUTPUT_FORMATS = {"jsonl": "jsonl", "ndjson": "jsonl", "json": "jsonl", "parquet": "parquet"}
_FILE = "__news_highlights_file"
_START = "__news_highlights_start"
#: The characters for which ``str.isspace()`` is true: a JSONL line made only of these is
#: blank and skipped, as :func:`summarizer.batch.read_records` skips it.
_WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
#: A Java regular expression that finds a character that is not whitespace (for Spark SQL).
_NONBLANK = "[^" + "".join(f"\\x{{{ord(char):x}}}" for char in _WHITESPACE) + "]"
#: Input splits of a local file are sized for about this many tasks per core ...
_TASKS_PER_CORE = 4
#: ... but never smaller than this (bytes), so that task overhead stays small.
_MIN_SPLIT_BYTES = 512 * 1024
_MAX_SPLIT_BYTES = 128 * 1024 * 1024
_MAX_CACHED_WORKERS = 8
_WORKERS: dict[Hashable, RecordHighlighter] = {}


def _pyspark_sql() -> Any:
    """The ``pyspark.sql`` module, or :class:`~summarizer.errors.MissingExtraError`."""
    return require("pyspark.sql", _EXTRA, "Highlights on Spark")


def local_session(
    master: str | None = "local[2]",
    *,
    app_name: str = "news-highlights",
    config: Mapping[str, str] | None = None,
) -> SparkSession:
    """Start (or get) a Spark session set up for highlights.

    Sets ``PYSPARK_PYTHON`` to this interpreter when it is unset (Spark's Python workers then
    find this package, pandas and pyarrow), turns the Spark UI off, uses 4 shuffle partitions
    and Arrow for pandas conversions, and, for a ``local`` master, binds the driver to
    127.0.0.1. A session that is already running is returned as it is (Spark ignores a new
    master then); stop it with ``session.stop()``. Starting a local session takes a few
    seconds (about 5 to 20 here).

    Args:
        master: ``local[N]``, ``local[*]``, a cluster URL such as ``spark://host:7077``, or
            None to take it from ``spark-submit`` (pyspark's own default is ``local[*]``).
        app_name: The application name.
        config: More Spark settings, applied last (they win over the ones above).

    Returns:
        The session.

    Raises:
        MissingExtraError: If pyspark is not installed (``news-highlights[spark]``).
    """
    sql = _pyspark_sql()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = sql.SparkSession.builder.appName(app_name)
    if master is not None:
        builder = builder.master(master)
    settings = {
        "spark.ui.enabled": "false",
        "spark.sql.shuffle.partitions": "4",
        "spark.sql.execution.arrow.pyspark.enabled": "true",
        "spark.python.worker.reuse": "true",
    }
    if master is not None and master.startswith("local"):
        settings["spark.driver.host"] = "127.0.0.1"
        settings["spark.driver.bindAddress"] = "127.0.0.1"
    settings.update(config or {})
    for key, value in settings.items():
        builder = builder.config(key, value)
    session: SparkSession = builder.getOrCreate()
    return session


def _worker(config: Config, text_field: str, id_field: str) -> RecordHighlighter:
    """This process's :class:`RecordHighlighter` for these settings (built once, then reused).

    Spark reuses its Python worker processes across tasks, so the highlighter, and any model
    it loads, is built once per executor process and configuration.
    """
    key: Hashable = (config, text_field, id_field)
    try:
        hash(key)
    except TypeError:  # a configuration with an unhashable field: its repr names it
        key = (repr(config), text_field, id_field)
    worker = _WORKERS.get(key)
    if worker is None:
        if len(_WORKERS) >= _MAX_CACHED_WORKERS:
            _WORKERS.pop(next(iter(_WORKERS)))
        worker = _WORKERS[key] = RecordHighlighter(config, text_field, id_field)
    return worker


def _highlight_row(worker: RecordHighlighter, position: int, record: Any) -> dict[str, Any]:
    """``worker((position, record))``; an unexpected exception becomes an error row too.

    :class:`RecordHighlighter` turns the errors that a record can cause into error rows and
    lets other exceptions (bugs) through; on Spark one bad row must not fail a job of millions,
    so those are reported in the row as well.
    """
    try:
        return worker((position, record))
    except Exception as error:
        row_id = worker.record_id(record, position) if isinstance(record, Mapping) else None
        return _row(row_id or f"row-{position}", error=f"{type(error).__name__}: {error}")


def _arrow_fields(pa: Any, with_id: bool) -> list[Any]:
    """Arrow fields of the output columns, in the exact types Spark reads back."""
    fields = [
        pa.field("title", pa.string()),
        pa.field("highlights", pa.list_(pa.string())),
        pa.field("spans", pa.list_(pa.list_(pa.int32()))),
        pa.field("error", pa.string()),
    ]
    return [pa.field("id", pa.string()), *fields] if with_id else fields


def _spark_fields(with_id: bool) -> list[Any]:
    """Spark fields of the output columns (``spans`` is ``array<array<int>>``)."""
    types: Any = require("pyspark.sql.types", _EXTRA, "Highlights on Spark")
    text = types.StringType()
    fields = [
        types.StructField("title", text),
        types.StructField("highlights", types.ArrayType(text)),
        types.StructField("spans", types.ArrayType(types.ArrayType(types.IntegerType()))),
        types.StructField("error", text),
    ]
    return [types.StructField("id", text), *fields] if with_id else fields


def _output_arrays(pa: Any, rows: list[dict[str, Any]], with_id: bool) -> list[Any]:
    return [
        pa.array([row[field.name] for row in rows], field.type)
        for field in _arrow_fields(pa, with_id)
    ]


class _AddHighlights:
    """The ``mapInArrow`` function of :func:`with_highlights` (picklable by reference)."""

    def __init__(self, config: Config, text_col: str, id_col: str) -> None:
        self.config = config
        self.text_col = text_col
        self.id_col = id_col

    def __call__(self, batches: Iterable[Any]) -> Iterator[Any]:
        import pyarrow as pa

        worker = _worker(self.config, self.text_col, self.id_col)
        new_fields = _arrow_fields(pa, with_id=False)
        for batch in batches:
            names = batch.schema.names
            texts = batch.column(names.index(self.text_col)).to_pylist()
            if self.id_col in names:
                ids = batch.column(names.index(self.id_col)).to_pylist()
                records = [
                    {self.id_col: i, self.text_col: t} for i, t in zip(ids, texts, strict=True)
                ]
            else:
                records = [{self.text_col: t} for t in texts]
            rows = [_highlight_row(worker, n, record) for n, record in enumerate(records)]
            schema = pa.schema([*batch.schema, *new_fields])
            arrays = [*batch.columns, *_output_arrays(pa, rows, with_id=False)]
            yield pa.RecordBatch.from_arrays(arrays, schema=schema)


def with_highlights(
    df: DataFrame,
    text_col: str = "article",
    id_col: str = "id",
    config: Config | None = None,
) -> DataFrame:
    """Add highlight columns to a Spark DataFrame (lazily, like any transformation).

    The new columns are those of ``summarizer batch``: ``title`` (string), ``highlights``
    (``array<string>``), ``spans`` (``array<array<int>>``: the ``[start, end)`` character span
    of each highlight's first source sentence in the text) and ``error`` (string, null when the
    row was summarised). Every other column is kept as it is. A row whose text is null, empty,
    not a string, or has no usable sentence gets an ``error`` and empty highlights; the job
    goes on. The result of each row equals :class:`summarizer.batch.RecordHighlighter` on the
    record ``{id_col: id, text_col: text}``.

    Rows travel to Python in Arrow batches (``spark.sql.execution.arrow.maxRecordsPerBatch``)
    with all their columns; select the columns you need first if the frame is wide.

    Args:
        df: The DataFrame.
        text_col: The column with the article text.
        id_col: The id column, if the frame has one (it is passed with the text, as
            ``summarizer batch`` does, and left unchanged; it may be absent).
        config: The configuration (``Config()`` by default); it is pickled to the executors.

    Returns:
        ``df`` with the columns ``title``, ``highlights``, ``spans`` and ``error`` added.

    Raises:
        InputError: If ``df`` has no column ``text_col`` (or several), or already has a
            column named like one of the new ones (case-insensitively).
        TypeError: If ``config`` is not a :class:`~summarizer.Config`.
        MissingExtraError: If pyspark is not installed.
    """
    types: Any = require("pyspark.sql.types", _EXTRA, "Highlights on Spark")
    config = _check_config(config)
    columns = list(df.columns)
    _check_text_column(columns, text_col, "text_col")
    taken = sorted(c for c in columns if c.lower() in HIGHLIGHT_COLUMNS)
    if taken:
        raise InputError(
            f"the DataFrame already has column(s) {', '.join(taken)}; with_highlights adds "
            f"{', '.join(HIGHLIGHT_COLUMNS)}: rename or drop them first"
        )
    schema = types.StructType([*df.schema.fields, *_spark_fields(with_id=False)])
    return df.mapInArrow(_AddHighlights(config, text_col, id_col), schema)


def _check_config(config: Config | None) -> Config:
    if config is None:
        return Config()
    if not isinstance(config, Config):
        raise TypeError(f"config must be a summarizer.Config, got {type(config).__name__}")
    return config


def _check_text_column(columns: list[str], name: str, what: str) -> None:
    if columns.count(name) != 1:
        found = ", ".join(columns) or "none"
        problem = "no" if name not in columns else "more than one"
        raise InputError(f"{what}: the DataFrame has {problem} column {name!r} (columns: {found})")


# --- summarizer batch --engine spark -----------------------------------------------------------


def _format(path: str, given: str | None, known: Mapping[str, str], what: str) -> str:
    """The format of a path from ``given`` or its suffix (``None`` when neither says)."""
    name = path.rstrip("/").rsplit("/", 1)[-1]
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    kind = (given or suffix).lower()
    if kind in known:
        return known[kind]
    if given is None and not suffix and what == "output":
        return "jsonl"  # like ``summarizer batch``
    options = ", ".join(sorted(set(known.values())))
    raise InputError(
        f"{path}: unknown {what} format {kind or '(no suffix)'!r}; name a file ending in "
        f"{', '.join('.' + k for k in known)} or pass {what}_format= one of {options}"
    )


def _is_local(path: str) -> bool:
    return "://" not in path or path.startswith("file://")


def _local(path: str) -> Path:
    return Path(path[len("file://") :] if path.startswith("file://") else path)


def _check_paths(source: str, target: str) -> None:
    """Refuse a missing local input, and a local output that would destroy other data.

    Spark writes a folder at the output path and replaces it when it exists; that is done only
    for a file (as ``summarizer batch`` replaces its output file) or a folder that holds
    nothing but Spark output (``part-*``, ``_SUCCESS``, hidden ``.crc`` files).
    """
    if _is_local(source) and not _local(source).exists():
        raise InputError(f"no such file: {source}")
    if not _is_local(target):
        return
    output = _local(target)
    if _is_local(source) and output.resolve() == _local(source).resolve():
        raise InputError(f"the output {target} is the input")
    if output.is_dir():
        foreign = sorted(
            entry.name
            for entry in output.iterdir()
            if not entry.name.startswith(("part-", "_", "."))
        )
        if foreign:
            raise InputError(
                f"{target} is a folder with other files ({', '.join(foreign[:3])}...); Spark "
                "would delete them: choose a new output path"
            )


def _split_bytes(session: SparkSession, source: str) -> int | None:
    """Input split size for a local input: about 4 tasks per core, at least 512 KiB."""
    if not _is_local(source):
        return None
    path = _local(source)
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    total = sum(file.stat().st_size for file in files)
    try:
        cores = max(1, int(session.sparkContext.defaultParallelism))
    except Exception:  # Spark Connect has no SparkContext: keep Spark's own split size
        return None
    target = math.ceil(total / (cores * _TASKS_PER_CORE))
    return min(_MAX_SPLIT_BYTES, max(_MIN_SPLIT_BYTES, target))


def _read(session: SparkSession, source: str, kind: str) -> DataFrame:
    """The input as a DataFrame plus the file and split of each row (``_metadata``)."""
    sql = _pyspark_sql()
    functions = sql.functions
    reader = session.read
    if kind == "jsonl":
        frame = reader.text(source)
    elif kind == "csv":
        # Like csv.DictReader: a header row, every value a string, quoted newlines and ""
        # escapes. Not splittable (multiLine), so one task per CSV file.
        frame = reader.options(header=True, multiLine=True, escape='"', mode="PERMISSIVE").csv(
            source
        )
    else:
        frame = reader.parquet(source)
    metadata = [
        functions.col("_metadata.file_path").alias(_FILE),
        functions.col("_metadata.file_block_start").alias(_START),
    ]
    result: DataFrame = frame.select("*", *metadata)
    return result


def _offsets(frame: DataFrame, kind: str) -> tuple[dict[tuple[str, int], tuple[int, int]], int]:
    """Where each input split starts: (line number in its file, record position), and the total.

    Positions count records over the whole input in file order (files by path, splits by
    offset), as ``run_batch`` counts them; blank JSONL lines are lines but not records.
    """
    functions = _pyspark_sql().functions
    count_all = functions.count(functions.lit(1))
    if kind == "jsonl":
        blank = functions.col("value").rlike(_NONBLANK)
        records = functions.count(functions.when(blank, functions.lit(1)))
    else:
        records = count_all
    stats = (
        frame.groupBy(_FILE, _START)
        .agg(count_all.alias("lines"), records.alias("records"))
        .collect()
    )
    offsets: dict[tuple[str, int], tuple[int, int]] = {}
    position = line = 0
    current = None
    for row in sorted(stats, key=lambda r: (r[_FILE], r[_START])):
        if row[_FILE] != current:
            current, line = row[_FILE], 0
        offsets[(row[_FILE], row[_START])] = (line, position)
        line += row["lines"]
        position += row["records"]
    return offsets, position


class _FileRows:
    """The ``mapInArrow`` function of :func:`run_batch_spark`: input rows -> output rows."""

    def __init__(
        self,
        config: Config,
        text_field: str,
        id_field: str,
        kind: str,
        offsets: dict[tuple[str, int], tuple[int, int]],
    ) -> None:
        self.config = config
        self.text_field = text_field
        self.id_field = id_field
        self.kind = kind
        self.offsets = offsets

    def _records(self, batch: Any) -> list[Any]:
        names = [n for n in batch.schema.names if n not in (_FILE, _START)]
        if self.kind == "jsonl":
            return list(batch.column(names.index("value")).to_pylist())
        columns = [batch.column(batch.schema.names.index(n)).to_pylist() for n in names]
        records = [dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True)]
        if self.kind == "csv":  # Spark reads an empty CSV field as null, csv.DictReader as ""
            records = [{k: "" if v is None else v for k, v in r.items()} for r in records]
        return records

    def __call__(self, batches: Iterable[Any]) -> Iterator[Any]:
        import pyarrow as pa

        worker = _worker(self.config, self.text_field, self.id_field)
        seen: dict[tuple[str, int], list[int]] = {}  # per split: lines and records so far
        schema = pa.schema(_arrow_fields(pa, with_id=True))
        for batch in batches:
            names = batch.schema.names
            files = batch.column(names.index(_FILE)).to_pylist()
            starts = batch.column(names.index(_START)).to_pylist()
            rows = []
            for file, start, record in zip(files, starts, self._records(batch), strict=True):
                key = (file, start)
                first_line, first_position = self.offsets[key]
                counts = seen.setdefault(key, [0, 0])
                counts[0] += 1
                if self.kind == "jsonl":
                    if not record.strip():
                        continue
                    # Spark strips the line break that read_records keeps; put it back so the
                    # JSON error message (which counts characters) is the same.
                    record = parse_json_line(record + "\n", first_line + counts[0])
                position = first_position + counts[1]
                counts[1] += 1
                rows.append(_highlight_row(worker, position, record))
            yield pa.RecordBatch.from_arrays(_output_arrays(pa, rows, with_id=True), schema=schema)


def run_batch_spark(
    input_path: str | os.PathLike[str],
    output_path: str | os.PathLike[str],
    *,
    config: Config | None = None,
    text_field: str = "article",
    id_field: str = "id",
    master: str | None = "local[*]",
    input_format: str | None = None,
    output_format: str | None = None,
) -> int:
    """Highlight every record of a JSONL/CSV/Parquet input on Spark (``summarizer batch``).

    The rows are those of :func:`summarizer.batch.run_batch` on the same input (fields
    :data:`~summarizer.batch.OUTPUT_FIELDS`: the same ids, ``row-N`` for a record without
    one, the same highlights and the same errors, one row per record, a malformed JSON line
    included). Spark writes a **folder** at ``output_path`` with one part file per task
    (``part-00000-...parquet`` or ``.json``) and ``_SUCCESS``; read it back with
    ``pyarrow.parquet.read_table(folder)``, ``pandas.read_parquet(folder)``,
    ``spark.read.parquet(folder)`` or by concatenating the ``part-*`` files in name order.
    For one input file the rows are in input order.

    Spark reads JSONL and Parquet in parallel splits (for a local file, about four tasks per
    core); a CSV file is one task (quoted values may span lines). An existing output is
    replaced; a local folder that holds anything but Spark output is refused.

    Args:
        input_path: A file or folder, local or any URL Spark reads (``hdfs://``, ``s3a://``).
        output_path: The output folder.
        config: The configuration (``Config()`` by default).
        text_field: Key (column) of the article text.
        id_field: Key (column) of the record id.
        master: Spark master for a new session (``local[*]``, ``local[N]``, a cluster URL, or
            None for the one ``spark-submit`` gives). A session already running in this
            process is used as it is, and left running; a session started here is stopped.
        input_format: ``jsonl``, ``csv`` or ``parquet`` when the suffix does not say.
        output_format: ``parquet`` or ``jsonl``; by default from the suffix of
            ``output_path``, JSONL when it has none.

    Returns:
        The number of rows written (one per input record).

    Raises:
        InputError: For a missing local input, an unknown format, or an output path that
            would destroy other files.
        TypeError: If ``config`` is not a :class:`~summarizer.Config`.
        MissingExtraError: If pyspark is not installed.
    """
    sql = _pyspark_sql()
    config = _check_config(config)
    source, target = os.fspath(input_path), os.fspath(output_path)
    in_kind = _format(source, input_format, _INPUT_FORMATS, "input")
    out_kind = _format(target, output_format, _OUTPUT_FORMATS, "output")
    _check_paths(source, target)
    if _is_local(source):
        source = str(_local(source).resolve())
    if _is_local(target):
        target = str(_local(target).resolve())
    session = sql.SparkSession.getActiveSession()
    started = session is None
    if session is None:
        session = local_session(master)
    key = "spark.sql.files.maxPartitionBytes"
    previous = session.conf.get(key)
    try:
        split = _split_bytes(session, source)
        if split is not None:
            session.conf.set(key, str(split))
        frame = _read(session, source, in_kind)
        offsets, total = _offsets(frame, in_kind)
        function = _FileRows(config, text_field, id_field, in_kind, offsets)
        rows = frame.mapInArrow(function, sql.types.StructType(_spark_fields(with_id=True)))
        writer = rows.write.mode("overwrite")
        if out_kind == "parquet":
            writer.parquet(target)
        else:
            writer.option("ignoreNullFields", "false").json(target)
        return total
    finally:
        if started:
            session.stop()
        elif previous is not None:
            session.conf.set(key, previous)
