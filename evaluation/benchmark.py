"""Score systems on examples: per-document ROUGE, bootstrap intervals, timing and paired tests.

A system is a callable ``text -> list[str]`` (timed while it runs), a callable that also takes
the reference (``uses_reference = True``, such as :class:`evaluation.baselines.Oracle`), or
precomputed predictions: one entry per example, each a text (sentences on lines) or a list of
sentences.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Protocol, TypeVar, runtime_checkable

from evaluation.data import DataError, Example
from evaluation.rouge import DEFAULT_ROUGE_TYPES, RougeScorer, Score, Text
from evaluation.stats import Interval, PairedComparison, bootstrap_ci, paired_test

__all__ = ["ReferenceSystem", "Report", "System", "SystemResult", "evaluate", "score_predictions"]

_PROGRESS_MIN_DOCUMENTS = 200
_T = TypeVar("_T")


@runtime_checkable
class ReferenceSystem(Protocol):
    """A system that also reads the reference (an oracle)."""

    @property
    def uses_reference(self) -> bool:
        """True: the system is called as ``system(text, reference)``."""

    def __call__(self, text: str, reference: str) -> Sequence[str]:
        """Return the summary sentences of ``text`` for ``reference``."""


System = Callable[[str], Sequence[str]] | ReferenceSystem | Sequence[Text]


@dataclass(frozen=True)
class SystemResult:
    """Scores of one system.

    Attributes:
        name: The system's name.
        scores: Per-document F1 per ROUGE type (in example order).
        intervals: Corpus mean F1 and its bootstrap interval per ROUGE type.
        seconds: Time spent producing predictions; ``None`` for precomputed ones.
        comparison: Paired test against the baseline per ROUGE type (``system - baseline``);
            ``None`` for the baseline itself or without a baseline.
    """

    name: str
    scores: dict[str, list[float]]
    intervals: dict[str, Interval]
    seconds: float | None
    comparison: dict[str, PairedComparison] | None

    @property
    def articles_per_second(self) -> float | None:
        """Throughput of a callable system; ``None`` for precomputed predictions."""
        if self.seconds is None:
            return None
        n_documents = len(next(iter(self.scores.values()), []))
        return n_documents / self.seconds if self.seconds > 0 else float("inf")


@dataclass(frozen=True)
class Report:
    """Results of :func:`evaluate`, renderable as text, Markdown or JSON."""

    systems: tuple[SystemResult, ...]
    rouge_types: tuple[str, ...]
    ids: tuple[str, ...]
    n_resamples: int
    seed: int
    baseline: str | None
    mode: str = "rouge-score"
    stemming: bool = True

    def to_dict(self, per_document: bool = False) -> dict[str, Any]:
        """A JSON-ready dict (F1 values in [0, 1]); per-document scores only on request."""
        systems = []
        for result in self.systems:
            entry: dict[str, Any] = {
                "name": result.name,
                "seconds": result.seconds,
                "articles_per_second": result.articles_per_second,
                "rouge": {t: asdict(result.intervals[t]) for t in self.rouge_types},
                "vs_baseline": None
                if result.comparison is None
                else {t: asdict(c) for t, c in result.comparison.items()},
            }
            if per_document:
                entry["per_document"] = result.scores
            systems.append(entry)
        return {
            "n_documents": len(self.ids),
            "rouge_types": list(self.rouge_types),
            "measure": "fmeasure",
            "mode": self.mode,
            "stemming": self.stemming,
            "confidence": 0.95,
            "n_resamples": self.n_resamples,
            "seed": self.seed,
            "baseline": self.baseline,
            "ids": list(self.ids) if per_document else None,
            "systems": systems,
        }

    def to_json(self, per_document: bool = False, indent: int | None = 2) -> str:
        """The report as JSON (see :meth:`to_dict`)."""
        return json.dumps(self.to_dict(per_document), indent=indent)

    def _rows(self) -> list[list[str]]:
        """Table cells: header then one row per system (F1 x 100 with the 95% interval)."""
        header = ["system", *self.rouge_types, "articles/s"]
        if self.baseline is not None:
            header += [f"Δ{t} vs {self.baseline} (p)" for t in self.rouge_types]
        rows = [header]
        for result in self.systems:
            cells = [result.name]
            cells += [_interval_cell(result.intervals[t]) for t in self.rouge_types]
            speed = result.articles_per_second
            cells.append("-" if speed is None else f"{speed:.1f}")
            if self.baseline is not None:
                cells += [_comparison_cell(result.comparison, t) for t in self.rouge_types]
            rows.append(cells)
        return rows

    def to_text(self) -> str:
        """A plain-text table of F1 x 100 with 95% bootstrap intervals."""
        rows = self._rows()
        widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
        lines = [
            "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows
        ]
        lines.insert(1, "  ".join("-" * w for w in widths))
        return "\n".join([self.caption(), *(line.rstrip() for line in lines)])

    def to_markdown(self) -> str:
        """A Markdown table of F1 x 100 with 95% bootstrap intervals."""
        rows = self._rows()
        lines = ["| " + " | ".join(row) + " |" for row in rows]
        lines.insert(1, "|" + "|".join("---" for _ in rows[0]) + "|")
        return "\n".join([self.caption(), "", *lines])

    def caption(self) -> str:
        """One line saying what the numbers are."""
        stemming = "Porter stemming" if self.stemming else "no stemming"
        return (
            f"ROUGE F1 x 100 ({self.mode} mode, {stemming}) on {len(self.ids)} documents, "
            f"mean [95% bootstrap CI, {self.n_resamples} resamples, seed {self.seed}]"
        )


def _interval_cell(interval: Interval) -> str:
    """``mean [low, high]`` scaled to 0-100."""
    return f"{100 * interval.mean:.2f} [{100 * interval.low:.2f}, {100 * interval.high:.2f}]"


def _comparison_cell(comparison: dict[str, PairedComparison] | None, rouge_type: str) -> str:
    """``+difference (p-value)`` scaled to 0-100, or ``-`` for the baseline."""
    if comparison is None:
        return "-"
    c = comparison[rouge_type]
    return f"{100 * c.difference:+.2f} (p={c.p_value:.3f})"


def _progress(items: Iterable[_T], total: int, name: str, enabled: bool) -> Iterator[_T]:
    """Items wrapped in a tqdm bar on stderr when enabled and tqdm is installed."""
    if enabled:
        try:
            from tqdm import tqdm
        except ImportError:
            pass
        else:
            yield from tqdm(items, total=total, desc=name, unit="doc", file=sys.stderr)
            return
    yield from items


def _predict(
    name: str, system: System, examples: Sequence[Example], show: bool
) -> tuple[list[Text], float | None]:
    """Predictions of a system on the examples, and the seconds it took (None if precomputed).

    Raises:
        ValueError: If precomputed predictions do not match the examples in number.
        DataError: If a callable system raises an exception or returns anything but a list
            (or tuple) of strings.
    """
    if not callable(system):
        if len(system) != len(examples):
            raise ValueError(f"{name}: {len(system)} predictions for {len(examples)} examples")
        return list(system), None
    with_reference = isinstance(system, ReferenceSystem) and getattr(
        system, "uses_reference", False
    )
    start = time.perf_counter()
    predictions: list[Text] = [
        _call(name, system, example, with_reference)
        for example in _progress(examples, len(examples), name, show)
    ]
    return predictions, time.perf_counter() - start


def _call(
    name: str, system: Callable[..., Any], example: Example, with_reference: bool
) -> list[str]:
    """The sentences a callable system gives for one example, checked.

    Raises:
        DataError: If the system raises an exception (chained) or returns anything but a list
            or tuple of strings.
    """
    try:
        if with_reference:
            output = system(example.document, example.reference_text)
        else:
            output = system(example.document)
    except Exception as error:  # a user system may fail in any way
        raise DataError(
            f"system {name!r} failed on document {example.id}: {type(error).__name__}: {error}"
        ) from error
    if not isinstance(output, list | tuple):
        raise DataError(
            f"system {name!r} returned {type(output).__name__} on document {example.id}; "
            "expected a list of str"
        )
    if bad := [type(item).__name__ for item in output if not isinstance(item, str)]:
        raise DataError(
            f"system {name!r} returned a list holding {bad[0]} on document "
            f"{example.id}; expected a list of str"
        )
    return list(output)


def _f1(
    scores: Sequence[Mapping[str, Score]], rouge_types: Sequence[str]
) -> dict[str, list[float]]:
    """Per-document F1 lists per ROUGE type."""
    return {t: [doc[t].fmeasure for doc in scores] for t in rouge_types}


def evaluate(
    systems: Mapping[str, System],
    examples: Sequence[Example],
    rouge_types: Sequence[str] = DEFAULT_ROUGE_TYPES,
    n_resamples: int = 1000,
    seed: int = 0,
    baseline: str | None = None,
    scorer: RougeScorer | None = None,
    progress: bool | None = None,
) -> Report:
    """Score systems on examples with bootstrap intervals and paired tests against a baseline.

    Example:
        >>> report = evaluate({"lead3": lead_k(3)}, examples)  # doctest: +SKIP
        >>> print(report.to_text())  # doctest: +SKIP

    Args:
        systems: Name to callable or precomputed predictions (see the module docstring).
        examples: The documents with their references.
        rouge_types: ROUGE types to report (F1).
        n_resamples: Bootstrap resamples for intervals and paired tests.
        seed: Seed of every resampling.
        baseline: Name of the system the others are compared with (paired bootstrap test).
        scorer: ROUGE scorer; ``RougeScorer(rouge_types)`` (rouge-score numbers) by default.
        progress: Show progress bars; by default only for long runs when stderr is a terminal.

    Returns:
        The report.

    Raises:
        ValueError: For an unknown baseline, predictions of the wrong length or an invalid
            ROUGE type or number of resamples.
        DataError: If a callable system raises an exception or returns anything but a list
            of strings (a ``ValueError`` too).
    """
    if baseline is not None and baseline not in systems:
        raise ValueError(f"unknown baseline {baseline!r}; systems are {', '.join(systems)}")
    scorer = scorer or RougeScorer(rouge_types)
    types = tuple(rouge_types)
    show = (
        progress
        if progress is not None
        else len(examples) >= _PROGRESS_MIN_DOCUMENTS and sys.stderr.isatty()
    )
    references = [e.reference_text for e in examples]
    scored: dict[str, tuple[dict[str, list[float]], float | None]] = {}
    for name, system in systems.items():
        predictions, seconds = _predict(name, system, examples, show)
        scored[name] = (_f1(scorer.score_many(references, predictions), types), seconds)
    ids = tuple(e.id for e in examples)
    return _report(scored, types, ids, n_resamples, seed, baseline, scorer)


def score_predictions(
    predictions: Sequence[Text],
    references: Sequence[Text],
    name: str = "predictions",
    scorer: RougeScorer | None = None,
    n_resamples: int = 1000,
    seed: int = 0,
    ids: Sequence[str] | None = None,
) -> Report:
    """Score precomputed predictions against references, with bootstrap intervals.

    Args:
        predictions: One prediction per document (a text with sentences on lines, or a list
            of sentences).
        references: One entry per document: a reference text, or (multi-reference) a list of
            reference texts, as :meth:`RougeScorer.score` takes them.
        name: The system's name in the report.
        scorer: The ROUGE scorer; all four ROUGE types in rouge-score mode by default.
        n_resamples: Bootstrap resamples.
        seed: Seed of the bootstrap.
        ids: Document ids; positions by default.

    Returns:
        A one-system report.

    Raises:
        ValueError: If the numbers of predictions, references and ids differ.
    """
    scorer = scorer or RougeScorer()
    if len(predictions) != len(references):
        raise ValueError(f"{len(predictions)} predictions but {len(references)} references")
    ids = tuple(ids) if ids is not None else tuple(str(i) for i in range(len(predictions)))
    if len(ids) != len(predictions):
        raise ValueError(f"{len(ids)} ids for {len(predictions)} predictions")
    f1 = _f1(scorer.score_many(references, predictions), scorer.rouge_types)
    return _report({name: (f1, None)}, scorer.rouge_types, ids, n_resamples, seed, None, scorer)


def _report(
    scored: Mapping[str, tuple[dict[str, list[float]], float | None]],
    types: tuple[str, ...],
    ids: tuple[str, ...],
    n_resamples: int,
    seed: int,
    baseline: str | None,
    scorer: RougeScorer,
) -> Report:
    """Intervals and paired tests of per-document scores, gathered into a report."""
    results = tuple(
        SystemResult(
            name=name,
            scores=f1,
            intervals={t: bootstrap_ci(f1[t], n_resamples, seed=seed) for t in types},
            seconds=seconds,
            comparison=None
            if baseline is None or name == baseline
            else {
                t: paired_test(f1[t], scored[baseline][0][t], n_resamples=n_resamples, seed=seed)
                for t in types
            },
        )
        for name, (f1, seconds) in scored.items()
    )
    return Report(results, types, ids, n_resamples, seed, baseline, scorer.mode, scorer.use_stemmer)
