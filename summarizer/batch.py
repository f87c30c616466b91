"""Highlights for large collections: many texts, or a JSONL/CSV/Parquet file of records.

* :func:`iter_highlights` maps texts to highlights in order, streaming, in one or several
  processes, with errors as values.
* :func:`run_batch` streams a file of records through the road with constant memory and writes
  one JSON object per record (:data:`OUTPUT_FIELDS`). Output is written in chunks, each one
  atomically (a temporary file renamed into ``OUT.parts/``); at the end the parts are joined
  into ``OUT`` (again through a temporary file and a rename). An interrupted run (Ctrl-C,
  kill) leaves only whole chunks behind, and ``resume=True`` skips every id already written,
  so the final file has no duplicate and no lost row.
* A record that fails (no text, no usable sentence, a malformed JSON line) becomes a row with
  an ``error`` and empty highlights; the run goes on.

:class:`RecordHighlighter` is the per-record function: picklable, holding only its settings,
so it drops unchanged into ``multiprocessing``, ``datasets.Dataset.map(num_proc=...)``, Ray or
Spark (see ``examples/datasets_map.py``).
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from .config import Config
from .errors import (
    InputError,
    MissingExtraError,
    ModelError,
    NotFoundError,
    SummarizerError,
    require,
)
from .types import Highlights

__all__ = [
    "OUTPUT_FIELDS",
    "BatchSummary",
    "RecordHighlighter",
    "iter_highlights",
    "progress_bar",
    "read_records",
    "run_batch",
]

#: Keys of every output row, in order.
OUTPUT_FIELDS = ("id", "title", "highlights", "spans", "error")
_T = TypeVar("_T")
_R = TypeVar("_R")


class RecordHighlighter:
    """Turn one input record into one output row (a dict with :data:`OUTPUT_FIELDS`).

    Picklable: only the settings travel; the :class:`~summarizer.Highlighter` is built on
    first use in each process. Never raises for a bad record: the row gets an ``error``. A
    :class:`ModelError` or :class:`MissingExtraError` is raised, as every record would fail.

    Args:
        config: The configuration (``Config()`` by default).
        text_field: Key of the article text in each record.
        id_field: Key of the record id; records without it get ``row-N`` (0-based position).
    """

    def __init__(
        self, config: Config | None = None, text_field: str = "article", id_field: str = "id"
    ) -> None:
        self._texts = _TextHighlighter(config if config is not None else Config())
        self.text_field = text_field
        self.id_field = id_field

    @property
    def config(self) -> Config:
        """The configuration every record is highlighted with."""
        return self._texts.config

    def record_id(self, record: Mapping[str, Any], position: int) -> str:
        """The id of a record: its id field as text, or ``row-N``."""
        value = record.get(self.id_field) if isinstance(record, Mapping) else None
        return f"row-{position}" if value is None or value == "" else str(value)

    def __call__(self, item: tuple[int, Any]) -> dict[str, Any]:
        """Process ``(position, record)``; a record may also be a :class:`_BadRecord`."""
        position, record = item
        if isinstance(record, _BadRecord):
            return _row(f"row-{position}", error=record.error)
        row_id = self.record_id(record, position)
        if not isinstance(record, Mapping):
            return _row(
                row_id, error=f"InputError: record is {type(record).__name__}, not an object"
            )
        text = record.get(self.text_field)
        if not isinstance(text, str):
            found = ", ".join(map(str, record)) or "none"
            what = "missing" if text is None else f"{type(text).__name__}, not text"
            return _row(
                row_id, error=f"InputError: field {self.text_field!r} is {what} (fields: {found})"
            )
        result = self._texts(text)
        if isinstance(result, Exception):
            return _row(row_id, error=f"{type(result).__name__}: {result}")
        return _row(
            row_id,
            title=result.title,
            highlights=list(result.bullets),
            spans=[list(item.spans[0]) for item in result.items],
        )


def _row(
    row_id: str,
    *,
    title: str | None = None,
    highlights: list[str] | None = None,
    spans: list[list[int]] | None = None,
    error: str | None = None,
) -> dict[str, Any]:
    return {
        "id": row_id,
        "title": title,
        "highlights": highlights or [],
        "spans": spans or [],
        "error": error,
    }


@dataclass(frozen=True, slots=True)
class _BadRecord:
    """An input line that is not a record (malformed JSON), carried to the output as an error."""

    error: str


def _chunks(items: Iterable[_T], size: int) -> Iterator[list[_T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _map(
    function: Callable[[_T], _R], items: Iterable[_T], n_jobs: int, chunk_size: int
) -> Iterator[list[_R]]:
    """Apply ``function`` chunk by chunk, in order, in this process or ``n_jobs`` workers."""
    if n_jobs == 1:
        for chunk in _chunks(items, chunk_size):
            yield [function(item) for item in chunk]
        return
    with ProcessPoolExecutor(n_jobs) as pool:
        per_task = max(1, chunk_size // (4 * n_jobs))
        for chunk in _chunks(items, chunk_size):
            yield list(pool.map(function, chunk, chunksize=per_task))


def _jobs(n_jobs: int) -> int:
    if n_jobs == -1:
        return os.cpu_count() or 1
    if n_jobs < 1:
        raise ValueError(f"n_jobs must be -1 or at least 1, not {n_jobs}")
    return n_jobs


def iter_highlights(
    texts: Iterable[str | bytes],
    config: Config | None = None,
    *,
    n_jobs: int = 1,
    chunk_size: int = 256,
    progress: bool = False,
    total: int | None = None,
    encoding: str | None = None,
) -> Iterator[Highlights | Exception]:
    """Highlights of many texts, in input order, streaming.

    Args:
        texts: The articles (any iterable; consumed lazily, ``chunk_size`` at a time).
        config: The configuration.
        n_jobs: Worker processes; 1 runs here, -1 uses every CPU.
        chunk_size: Texts handed out at a time (memory is bounded by one chunk).
        progress: Show a tqdm bar on stderr (needs tqdm).
        total: Number of texts, for the bar's ETA (``len(texts)`` when it has one).
        encoding: Codec of ``bytes`` texts.

    Yields:
        A :class:`Highlights` per text, or the exception that text raised (a
        :class:`SummarizerError`, or ``TypeError`` for a non-text), so one bad article does
        not stop the others. A :class:`ModelError` or :class:`MissingExtraError` (which every
        text would hit) is raised instead.

    Raises:
        ValueError: For an invalid ``n_jobs`` or ``chunk_size``.
    """
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, not {chunk_size}")
    worker = _TextHighlighter(config if config is not None else Config(), encoding)
    jobs = _jobs(n_jobs)
    if total is None and isinstance(texts, Sequence):
        total = len(texts)
    bar = progress_bar(total, progress, "articles")
    try:
        for chunk in _map(worker, texts, jobs, chunk_size):
            yield from chunk
            if bar is not None:
                bar.update(len(chunk))
    finally:
        if bar is not None:
            bar.close()


class _TextHighlighter:
    """Picklable ``text -> Highlights | Exception`` for :func:`iter_highlights`."""

    def __init__(self, config: Config, encoding: str | None = None) -> None:
        self.config = config
        self.encoding = encoding
        self._highlighter: Any = None

    def __getstate__(self) -> dict[str, Any]:
        return {"config": self.config, "encoding": self.encoding}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["config"], state["encoding"])  # type: ignore[misc]

    def __call__(self, text: str | bytes) -> Highlights | Exception:
        if self._highlighter is None:
            from .api import Highlighter

            self._highlighter = Highlighter(self.config)
        try:
            result: Highlights = self._highlighter.highlight(text, encoding=self.encoding)
        except (ModelError, MissingExtraError):
            raise  # not this text's fault: every text would fail the same way
        except (SummarizerError, TypeError) as error:
            return error
        return result


def progress_bar(total: int | None, enabled: bool, unit: str) -> Any:
    """A tqdm progress bar (rate, ETA) on stderr, or None when disabled or tqdm is missing."""
    if not enabled:
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=total, unit=unit, file=sys.stderr, dynamic_ncols=True, smoothing=0.1)


def read_records(path: str | os.PathLike[str], fmt: str | None = None) -> Iterator[Any]:
    """Stream the records of a JSONL, JSON, CSV or Parquet file (by suffix, or ``fmt``).

    The file is opened at once, so a missing or unreadable file raises here, before anything
    else happens. A JSONL line that is not valid JSON or not valid UTF-8 yields a marker that
    :class:`RecordHighlighter` turns into an error row; blank lines are skipped. A ``.json``
    file may hold one array of records (read whole) or JSON lines. CSV is read as UTF-8 (a
    byte-order mark is dropped; undecodable bytes become U+FFFD).

    Raises:
        NotFoundError: For a file that does not exist.
        InputError: For an unknown format, a directory or a file that cannot be opened.
    """
    file = Path(path)
    kind = (fmt or file.suffix.lstrip(".")).lower()
    if kind not in ("jsonl", "ndjson", "json", "csv", "parquet"):
        raise InputError(
            f"{file}: unknown input format {kind!r}; use .jsonl, .json, .csv or .parquet"
        )
    if kind == "parquet":
        parquet: Any = require("pyarrow.parquet", "eval", "Parquet input")
        _check_readable(file)
        return _read_parquet(parquet.ParquetFile(file))
    handle = _open(file)
    if kind == "csv":
        return _read_csv(handle)
    return _read_json(handle)


def _check_readable(file: Path) -> None:
    if not file.exists():
        raise NotFoundError(f"no such file: {file}")
    if file.is_dir():
        raise InputError(f"{file} is a directory, not a file of records")


def _open(file: Path) -> BinaryIO:
    _check_readable(file)
    try:
        return file.open("rb")
    except OSError as error:
        raise InputError(f"cannot read {file}: {error.strerror or error}") from None


def _read_json(handle: BinaryIO) -> Iterator[Any]:
    with handle:
        first = handle.read(1 << 16)
        if first.lstrip().startswith(b"["):
            try:
                records = json.loads(first + handle.read())
            except ValueError as error:
                yield _BadRecord(f"InputError: the JSON array is not valid JSON: {error}")
                return
            yield from records if isinstance(records, list) else [records]
            return
        handle.seek(0)
        for number, raw in enumerate(handle, 1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                yield _BadRecord(f"InputError: line {number} is not valid UTF-8: {error}")
                continue
            if line.strip():
                yield parse_json_line(line, number)


def parse_json_line(line: str, number: int) -> Any:
    """One JSONL line (with its line break) as a record, or an error marker for bad JSON.

    :class:`RecordHighlighter` turns the marker into an error row naming the line ``number``.
    """
    try:
        return json.loads(line)
    except ValueError as error:
        return _BadRecord(f"InputError: line {number} is not valid JSON: {error}")


def _read_csv(handle: BinaryIO) -> Iterator[Any]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with io.TextIOWrapper(handle, encoding="utf-8-sig", errors="replace", newline="") as text:
        yield from csv.DictReader(text)


def _read_parquet(reader: Any) -> Iterator[Any]:
    for batch in reader.iter_batches(batch_size=1024):
        yield from batch.to_pylist()


def _count(path: Path, fmt: str | None) -> int | None:
    """Number of records, cheaply, for the progress bar (None when unknown)."""
    kind = (fmt or path.suffix.lstrip(".")).lower()
    try:
        if kind == "parquet":
            parquet: Any = require("pyarrow.parquet", "eval", "Parquet input")
            return int(parquet.ParquetFile(path).metadata.num_rows)
        with path.open("rb") as handle:
            lines = sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
        return lines - 1 if kind == "csv" else lines
    except (OSError, SummarizerError):
        return None


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """What a :func:`run_batch` call did.

    Attributes:
        written: Rows written by this call.
        skipped: Records skipped because their id was already in the output (``resume``).
        errors: Rows written with an error.
        seconds: Wall time.
        output: The output file.
    """

    written: int
    skipped: int
    errors: int
    seconds: float
    output: Path

    @property
    def rate(self) -> float:
        """Rows written per second."""
        return self.written / self.seconds if self.seconds > 0 else 0.0


def _parts_dir(output: Path) -> Path:
    return output.with_name(output.name + ".parts")


def _done_ids(output: Path) -> set[str]:
    """Ids already in the output and in finished parts."""
    files = [output] if output.is_file() else []
    parts = _parts_dir(output)
    if parts.is_dir():
        files += sorted(parts.glob("part-*.jsonl"))
    done: set[str] = set()
    for file in files:
        with file.open(encoding="utf-8") as handle:
            done.update(str(json.loads(line)["id"]) for line in handle if line.strip())
    return done


def _write_atomically(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with temporary.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def _finish(output: Path, keep_existing: bool) -> None:
    """Join the parts (after the old output, when kept) into ``output`` atomically.

    Rows whose id was already written are skipped, so a run killed after the rename but
    before the parts were deleted does not duplicate them when it is resumed.
    """
    parts = _parts_dir(output)
    temporary = output.with_name(f".{output.name}.tmp-{os.getpid()}")
    seen: set[str] = set()
    files = [output] if keep_existing and output.is_file() else []
    files += sorted(parts.glob("part-*.jsonl")) if parts.is_dir() else []
    with temporary.open("w", encoding="utf-8") as target:
        for file in files:
            with file.open(encoding="utf-8") as source:
                for line in source:
                    if not line.strip():
                        continue
                    row_id = str(json.loads(line)["id"])
                    if row_id not in seen:
                        seen.add(row_id)
                        target.write(line if line.endswith("\n") else line + "\n")
        target.flush()
        os.fsync(target.fileno())
    os.replace(temporary, output)
    shutil.rmtree(parts, ignore_errors=True)


def run_batch(
    input_path: str | os.PathLike[str],
    output_path: str | os.PathLike[str],
    *,
    config: Config | None = None,
    text_field: str = "article",
    id_field: str = "id",
    n_jobs: int = 1,
    resume: bool = False,
    progress: bool | None = None,
    chunk_size: int = 1000,
    input_format: str | None = None,
) -> BatchSummary:
    """Highlight every record of a JSONL/CSV/Parquet file into a JSONL file.

    Args:
        input_path: The records (format from the suffix, or ``input_format``).
        output_path: The JSONL output (one row per record, :data:`OUTPUT_FIELDS`).
        config: The configuration.
        text_field: Key of the article text.
        id_field: Key of the record id (``row-N`` when a record has none). Ids should be
            unique: ``resume`` skips records by id.
        n_jobs: Worker processes (-1: every CPU).
        resume: Keep what an earlier run wrote and skip those ids; without it, the output
            and any leftover parts are replaced.
        progress: Progress bar on stderr; by default only when stderr is a terminal.
        chunk_size: Records per chunk (each chunk is written atomically).
        input_format: ``jsonl``, ``csv`` or ``parquet`` when the suffix does not say.

    Returns:
        A summary: rows written, skipped and failed, and the time taken.

    Raises:
        NotFoundError: For a missing input.
        InputError: For an unreadable input, an unknown format, or an output that is the
            input or a directory.
        ValueError: For an invalid ``n_jobs`` or ``chunk_size``.
    """
    start = time.perf_counter()
    source, output = Path(input_path), Path(output_path)
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, not {chunk_size}")
    jobs = _jobs(n_jobs)
    if output.exists() and source.exists() and output.resolve() == source.resolve():
        raise InputError(f"the output {output} is the input file; choose another --out")
    if output.is_dir():
        raise InputError(f"the output {output} is a directory; give a .jsonl file path")
    records = read_records(source, input_format)  # opened now: a missing input fails first
    parts = _parts_dir(output)
    if resume:
        done = _done_ids(output)
    else:
        done = set()  # the old output stays until the new one replaces it in _finish
        shutil.rmtree(parts, ignore_errors=True)
    parts.mkdir(parents=True, exist_ok=True)
    worker = RecordHighlighter(config, text_field, id_field)
    skipped = 0

    def pending() -> Iterator[tuple[int, Any]]:
        nonlocal skipped
        for position, record in enumerate(records):
            if done and not isinstance(record, _BadRecord):
                if worker.record_id(record, position) in done:
                    skipped += 1
                    continue
            elif done and f"row-{position}" in done:
                skipped += 1
                continue
            yield position, record

    show = sys.stderr.isatty() if progress is None else progress
    bar = progress_bar(_count(source, input_format) if show else None, show, "rec")
    if bar is not None and done:
        bar.update(len(done))
    written = errors = 0
    first_part = len(list(parts.glob("part-*.jsonl")))
    try:
        for number, rows in enumerate(_map(worker, pending(), jobs, chunk_size), first_part):
            _write_atomically(parts / f"part-{number:06d}.jsonl", rows)
            written += len(rows)
            errors += sum(row["error"] is not None for row in rows)
            if bar is not None:
                bar.update(len(rows))
    finally:
        if bar is not None:
            bar.close()
    _finish(output, keep_existing=resume)
    return BatchSummary(written, skipped, errors, time.perf_counter() - start, output)
