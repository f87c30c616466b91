"""Evaluation examples and precomputed predictions from local files or Hugging Face datasets.

Local files may be JSON Lines (``.jsonl``), JSON (``.json``: a list of objects, an object with a
``"data"`` list, or an object of equal-length column lists), CSV (``.csv``) or Parquet
(``.parquet``, needs ``pyarrow`` or ``pandas``). Any other source is taken as the name of a
Hugging Face dataset, loaded through the optional ``datasets`` package
(``pip install "news-highlights[eval]"``).

Columns are found by an explicit mapping or by a known schema (``cnn_dailymail``:
``article``/``highlights``; ``xsum``: ``document``/``summary``). References stored as one string
hold one sentence per line (``"\\n"``-joined), as in ``cnn_dailymail``. Column names may be
dotted paths into nested objects (``systems.see_pointer_gen_cov``).
"""

from __future__ import annotations

import csv
import importlib
import json
import os
import random
import socket
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "SCHEMAS",
    "Columns",
    "DataError",
    "Example",
    "column_values",
    "examples_from_rows",
    "load_examples",
    "load_rows",
    "read_predictions",
    "select_rows",
    "to_sentences",
]

Row = Mapping[str, Any]
_FILE_SUFFIXES = (".jsonl", ".json", ".csv", ".parquet", ".txt")
_EXTRA_HINT = 'pip install "news-highlights[eval]"'
_HUB_HOST = ("huggingface.co", 443)
_TRUE = ("1", "true", "yes", "on")


class DataError(ValueError):
    """A user-facing problem with the data: a missing file, column or dependency setting."""


@dataclass(frozen=True)
class Columns:
    """Names (or dotted paths) of the document, reference and (optional) id columns."""

    document: str
    reference: str
    id: str | None = "id"


SCHEMAS: dict[str, Columns] = {
    "cnn_dailymail": Columns("article", "highlights", "id"),
    "xsum": Columns("document", "summary", "id"),
}


@dataclass(frozen=True)
class Example:
    """One document to summarise with its reference sentences.

    Attributes:
        id: The row's id (its position when the data has no id column).
        document: The text to summarise.
        reference: The reference summary, one sentence per item.
        index: Position of the row in the source, before ``limit``/``sample``.
    """

    id: str
    document: str
    reference: tuple[str, ...]
    index: int

    @property
    def reference_text(self) -> str:
        """The reference with one sentence per line, as ROUGE-Lsum expects."""
        return "\n".join(self.reference)


def to_sentences(value: Any) -> tuple[str, ...]:
    """Return a text's sentences: the non-empty lines of a string, or the items of a list."""
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(line.strip() for line in value.split("\n") if line.strip())
    if isinstance(value, Sequence):
        return tuple(str(item).strip() for item in value if str(item).strip())
    return to_sentences(str(value))


def _read_jsonl(path: Path) -> list[Row]:
    """Rows of a JSON Lines file (blank lines skipped)."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _read_json(path: Path) -> list[Row]:
    """Rows of a JSON file: a list of objects, ``{"data": [...]}`` or a dict of columns."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data, dict) and isinstance(data.get("data"), list):
        data = data["data"]
    if isinstance(data, dict) and data and all(isinstance(v, list) for v in data.values()):
        names = list(data)
        return [
            dict(zip(names, values, strict=True)) for values in zip(*data.values(), strict=True)
        ]
    if isinstance(data, list) and all(isinstance(row, dict) for row in data):
        return data
    raise DataError(f"{path}: expected a list of objects or an object of column lists")


def _read_csv(path: Path) -> list[Row]:
    """Rows of a CSV file with a header line."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _read_parquet(path: Path) -> list[Row]:
    """Rows of a Parquet file, read with pyarrow (or else pandas)."""
    for module, read in (("pyarrow.parquet", _pyarrow_rows), ("pandas", _pandas_rows)):
        try:
            return read(importlib.import_module(module), path)
        except ImportError:
            continue
    raise DataError(f"{path}: reading Parquet needs pyarrow or pandas (pip install pyarrow)")


def _pyarrow_rows(parquet: Any, path: Path) -> list[Row]:
    """Rows of a Parquet file read with ``pyarrow.parquet``."""
    rows: list[Row] = parquet.read_table(path).to_pylist()
    return rows


def _pandas_rows(pandas: Any, path: Path) -> list[Row]:
    """Rows of a Parquet file read with pandas."""
    rows: list[Row] = pandas.read_parquet(path).to_dict(orient="records")
    return rows


_READERS = {
    ".jsonl": _read_jsonl,
    ".json": _read_json,
    ".csv": _read_csv,
    ".parquet": _read_parquet,
}


def _is_offline() -> bool:
    """Whether the Hugging Face hub is unreachable: offline variables set or no connection."""
    if any(
        os.environ.get(name, "").lower() in _TRUE
        for name in ("HF_DATASETS_OFFLINE", "HF_HUB_OFFLINE")
    ):
        return True
    try:
        socket.create_connection(_HUB_HOST, timeout=2.0).close()
    except OSError:
        return True
    return False


def _load_hub(name: str, split: str, config: str | None) -> list[Row]:
    """Rows of a split of a Hugging Face dataset (needs ``datasets`` and network access)."""
    try:
        import datasets
    except ImportError:
        raise ImportError(
            f"loading the dataset {name!r} from the Hugging Face hub needs the datasets "
            f"package: {_EXTRA_HINT}; or pass a local JSONL/JSON/CSV/Parquet file"
        ) from None
    if _is_offline():
        raise DataError(
            f"{name!r} is not a local file and the Hugging Face hub is offline or unreachable; "
            "pass a local JSONL/JSON/CSV/Parquet file instead"
        )
    try:
        dataset = datasets.load_dataset(name, config, split=split)
    except Exception as error:  # datasets raises many types; report them as one data error
        raise DataError(f"cannot load dataset {name!r} (split {split!r}): {error}") from error
    return list(dataset)


def load_rows(
    source: str | os.PathLike[str], split: str = "test", config: str | None = None
) -> list[Row]:
    """Read all rows of a local file or a Hugging Face dataset split.

    Args:
        source: Path of a ``.jsonl``/``.json``/``.csv``/``.parquet`` file, or a dataset name.
        split: Split of a hub dataset.
        config: Configuration of a hub dataset (``"3.0.0"`` for ``cnn_dailymail``).

    Returns:
        The rows as mappings.

    Raises:
        DataError: For a missing or unreadable file, or an offline or failing hub load.
        ImportError: For a hub name when ``datasets`` is not installed.
    """
    path = Path(source)
    if path.is_file():
        reader = _READERS.get(path.suffix.lower(), _read_jsonl)
        try:
            return reader(path)
        except (ValueError, csv.Error, UnicodeDecodeError) as error:
            if isinstance(error, DataError):
                raise
            raise DataError(f"{path}: cannot read: {error}") from error
    if path.is_dir():
        raise DataError(f"{path}: is a directory, not a data file")
    if path.suffix.lower() in _FILE_SUFFIXES or path.exists() or os.sep in str(source):
        raise DataError(f"{path}: no such file")
    return _load_hub(str(source), split, config)


def select_rows(
    n_rows: int, limit: int | None = None, sample: int | None = None, seed: int = 0
) -> list[int]:
    """Positions of the rows to use: a seeded sample (in source order), then the first ``limit``.

    Raises:
        DataError: For a negative limit or sample size.
    """
    for name, value in (("limit", limit), ("sample", sample)):
        if value is not None and value < 0:
            raise DataError(f"{name} must be at least 0, not {value}")
    indices = list(range(n_rows))
    if sample is not None and sample < n_rows:
        indices = sorted(random.Random(seed).sample(indices, sample))
    return indices if limit is None else indices[:limit]


def _lookup(row: Row, path: str) -> Any:
    """Value at a column name or dotted path; a missing one raises DataError naming the columns."""
    if path in row:
        return row[path]
    value: Any = row
    for part in path.split("."):
        if not isinstance(value, Mapping) or part not in value:
            where = sorted(value) if isinstance(value, Mapping) else []
            raise DataError(f"no column {path!r}; available columns: {', '.join(map(str, where))}")
        value = value[part]
    return value


def column_values(rows: Sequence[Row], path: str) -> list[tuple[str, ...]]:
    """Sentences of a text column (or dotted path) in every row.

    Raises:
        DataError: If a row lacks the column (the message lists the columns there are).
    """
    return [to_sentences(_lookup(row, path)) for row in rows]


def _detect_columns(row: Row) -> Columns:
    """The known schema whose document and reference columns the row has."""
    for columns in SCHEMAS.values():
        if columns.document in row and columns.reference in row:
            return columns
    known = "; ".join(f"{name}: {c.document}/{c.reference}" for name, c in SCHEMAS.items())
    raise DataError(
        f"unknown schema (known: {known}); name the document and reference columns. "
        f"Available columns: {', '.join(sorted(row))}"
    )


def load_examples(
    source: str | os.PathLike[str],
    *,
    document: str | None = None,
    reference: str | None = None,
    id_column: str | None = None,
    split: str = "test",
    config: str | None = None,
    limit: int | None = None,
    sample: int | None = None,
    seed: int = 0,
) -> list[Example]:
    """Load examples from a local file or a Hugging Face dataset.

    Example:
        >>> examples = load_examples("cnndm_test_dev.jsonl", limit=100)  # doctest: +SKIP

    Args:
        source: A local file or a hub dataset name (see :func:`load_rows`).
        document: Document column; by default from a known schema.
        reference: Reference column; by default from a known schema.
        id_column: Id column; by default ``id`` when present, else the row position.
        split: Split of a hub dataset.
        config: Configuration of a hub dataset.
        limit: Keep at most this many examples (after sampling).
        sample: Draw this many rows at random (seeded, kept in source order).
        seed: Seed of the sample.

    Returns:
        The examples.

    Raises:
        DataError: For a missing file or column, or an unreachable hub.
        ImportError: For a hub name when ``datasets`` is not installed.
    """
    rows = load_rows(source, split, config)
    indices = select_rows(len(rows), limit, sample, seed)
    return examples_from_rows(rows, indices, document, reference, id_column)


def examples_from_rows(
    rows: Sequence[Row],
    indices: Sequence[int],
    document: str | None = None,
    reference: str | None = None,
    id_column: str | None = None,
) -> list[Example]:
    """Build the examples of the rows at ``indices`` (columns as in :func:`load_examples`).

    Raises:
        DataError: For a missing column (the message lists the columns there are).
    """
    chosen = [rows[i] for i in indices]
    if not chosen:
        return []
    if document is None or reference is None:
        detected = _detect_columns(chosen[0])
        document, reference = document or detected.document, reference or detected.reference
    documents = [_document_text(_lookup(row, document)) for row in chosen]
    references = column_values(chosen, reference)
    id_name = id_column or ("id" if "id" in chosen[0] else None)
    ids = [
        str(_lookup(row, id_name)) if id_name else str(i)
        for row, i in zip(chosen, indices, strict=True)
    ]
    return [Example(*fields) for fields in zip(ids, documents, references, indices, strict=True)]


def _document_text(value: Any) -> str:
    """A document value as text (a list of sentences is joined with newlines)."""
    if isinstance(value, str):
        return value
    if isinstance(value, Sequence):
        return "\n".join(map(str, value))
    return "" if value is None else str(value)


def read_predictions(
    path: str | os.PathLike[str], column: str | None = None
) -> list[tuple[str, ...]]:
    """Read one prediction per line (text files) or per row (JSONL, JSON, CSV, Parquet).

    A line of a text file is one prediction; a row's value is split into sentences on ``"\\n"``.

    Args:
        path: The predictions file.
        column: Column (or dotted path) of tabular files; by default the only column, or
            ``prediction``/``summary``.

    Returns:
        The sentences of each prediction, in file order.

    Raises:
        DataError: For a missing file or an ambiguous or missing column.
    """
    file = Path(path)
    if not file.is_file():
        raise DataError(f"{file}: no such file")
    if file.suffix.lower() not in _READERS:
        with file.open(encoding="utf-8") as handle:
            return [to_sentences(line.rstrip("\n")) for line in handle]
    rows = load_rows(file)
    if column is None and rows:
        names = [n for n in rows[0] if n in ("prediction", "summary")] or list(rows[0])
        if len(names) != 1:
            raise DataError(f"{file}: name the predictions column; available: {', '.join(rows[0])}")
        column = names[0]
    return column_values(rows, column or "prediction")
