"""Seeded bootstrap confidence intervals and paired significance tests for per-document scores.

Everything is vectorised with numpy and driven by ``numpy.random.default_rng(seed)``: the same
inputs and seed always give the same numbers. Degenerate samples give defined results and no
warnings: an empty sample has mean and interval 0.0 (and a p-value of 1.0), a single value
``x`` has the interval ``(x, x)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
from numpy.typing import NDArray

__all__ = ["Interval", "PairedComparison", "bootstrap_ci", "paired_test"]

_BLOCK_ELEMENTS = 1 << 22  # resampled values drawn at once (bounds memory to a few 10 MB)
_TIE_TOLERANCE = 1e-12  # permutation statistics this close to the observed one count as ties
_Array = NDArray[np.float64]


@dataclass(frozen=True)
class Interval:
    """A sample mean and its bootstrap confidence interval ``[low, high]``."""

    mean: float
    low: float
    high: float


@dataclass(frozen=True)
class PairedComparison:
    """Mean difference of paired scores (a - b), its bootstrap interval and a two-sided p-value."""

    difference: float
    low: float
    high: float
    p_value: float


def _as_sample(values: Sequence[float] | NDArray[np.floating]) -> _Array:
    """Return values as a 1-D float array, rejecting other shapes and non-finite values."""
    sample = np.asarray(values, dtype=np.float64)
    if sample.ndim != 1:
        raise ValueError(f"expected a 1-D sequence of numbers, got shape {sample.shape}")
    if not np.isfinite(sample).all():
        raise ValueError("values must be finite (no NaN or infinity)")
    return sample


def _check_options(n_resamples: int, confidence: float) -> None:
    """Reject a non-positive number of resamples or a confidence outside (0, 1)."""
    if n_resamples < 1:
        raise ValueError(f"n_resamples must be at least 1, not {n_resamples}")
    if not 0.0 < confidence < 1.0:
        raise ValueError(f"confidence must be in (0, 1), not {confidence}")


def _resample_means(
    sample: _Array, n_resamples: int, rng: np.random.Generator, signs: bool = False
) -> _Array:
    """Means of resamples: drawn with replacement, or (``signs``) with random sign flips."""
    n = len(sample)
    block = max(1, _BLOCK_ELEMENTS // n)
    means = np.empty(n_resamples)
    for start in range(0, n_resamples, block):
        rows = min(block, n_resamples - start)
        if signs:
            flips = rng.integers(0, 2, size=(rows, n)) * 2 - 1
            means[start : start + rows] = (flips * sample).mean(axis=1)
        else:
            means[start : start + rows] = sample[rng.integers(0, n, size=(rows, n))].mean(axis=1)
    return means


def _percentile_interval(means: _Array, confidence: float) -> tuple[float, float]:
    """Percentile-method interval of bootstrap means."""
    tail = (1.0 - confidence) / 2.0
    low, high = np.quantile(means, [tail, 1.0 - tail])
    return float(low), float(high)


def bootstrap_ci(
    values: Sequence[float] | NDArray[np.floating],
    n_resamples: int = 1000,
    confidence: float = 0.95,
    seed: int = 0,
) -> Interval:
    """Percentile bootstrap confidence interval of a mean.

    Args:
        values: Per-document scores.
        n_resamples: Number of bootstrap resamples.
        confidence: Coverage of the interval, in (0, 1).
        seed: Seed of the random generator.

    Returns:
        The sample mean with the interval; ``Interval(0.0, 0.0, 0.0)`` for no values.

    Raises:
        ValueError: For non-finite or non-1-D values, n_resamples < 1 or a confidence outside
            (0, 1).
    """
    _check_options(n_resamples, confidence)
    sample = _as_sample(values)
    if not len(sample):
        return Interval(0.0, 0.0, 0.0)
    means = _resample_means(sample, n_resamples, np.random.default_rng(seed))
    return Interval(float(sample.mean()), *_percentile_interval(means, confidence))


def paired_test(
    a: Sequence[float] | NDArray[np.floating],
    b: Sequence[float] | NDArray[np.floating],
    method: Literal["bootstrap", "permutation"] = "bootstrap",
    n_resamples: int = 1000,
    confidence: float = 0.95,
    seed: int = 0,
) -> PairedComparison:
    """Compare two systems scored on the same documents.

    The interval is the percentile bootstrap interval of the mean difference ``a - b``. The
    two-sided p-value tests "no difference in mean":

    * ``"bootstrap"``: the share of bootstrap means of the differences that lie at least as far
      from the observed mean difference as that difference lies from 0 (the resampling
      distribution shifted to the null, Berg-Kirkpatrick et al. 2012);
    * ``"permutation"``: the share of random sign flips of the differences (swapping the two
      systems on a document) whose mean is at least as large in absolute value as observed.

    Both p-values are ``(1 + count) / (1 + n_resamples)``, so never 0. With fewer than two
    documents nothing can be inferred and the p-value is 1.0.

    Args:
        a: Per-document scores of the first system.
        b: Per-document scores of the second system, same documents in the same order.
        method: ``"bootstrap"`` or ``"permutation"`` (for the p-value).
        n_resamples: Number of resamples (for the interval and the p-value).
        confidence: Coverage of the interval, in (0, 1).
        seed: Seed of the random generator.

    Returns:
        The mean difference, its interval and the p-value.

    Raises:
        ValueError: For samples of different lengths, non-finite values, an unknown method,
            n_resamples < 1 or a confidence outside (0, 1).
    """
    _check_options(n_resamples, confidence)
    if method not in ("bootstrap", "permutation"):
        raise ValueError(f"unknown method {method!r}; expected 'bootstrap' or 'permutation'")
    first, second = _as_sample(a), _as_sample(b)
    if len(first) != len(second):
        raise ValueError(f"paired samples differ in length: {len(first)} and {len(second)}")
    diffs = first - second
    if not len(diffs):
        return PairedComparison(0.0, 0.0, 0.0, 1.0)
    rng = np.random.default_rng(seed)
    observed = float(diffs.mean())
    means = _resample_means(diffs, n_resamples, rng)
    low, high = _percentile_interval(means, confidence)
    if len(diffs) < 2:
        return PairedComparison(observed, low, high, 1.0)
    if method == "bootstrap":
        extreme = np.abs(means - observed) >= abs(observed) - _TIE_TOLERANCE
    else:
        flipped = _resample_means(diffs, n_resamples, rng, signs=True)
        extreme = np.abs(flipped) >= abs(observed) - _TIE_TOLERANCE
    p_value = (1.0 + float(np.count_nonzero(extreme))) / (1.0 + n_resamples)
    return PairedComparison(observed, low, high, p_value)
