"""evaluation.stats: seeded bootstrap intervals and paired tests."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evaluation.stats import Interval, PairedComparison, bootstrap_ci, paired_test

scores = st.lists(st.floats(0.0, 1.0), min_size=1, max_size=60)


def normal_scores(seed: int, n: int = 200, mean: float = 0.4) -> np.ndarray:
    return np.random.default_rng(seed).normal(mean, 0.1, n)


def test_same_seed_same_numbers() -> None:
    values = normal_scores(1)
    assert bootstrap_ci(values, seed=7) == bootstrap_ci(list(values), seed=7)
    assert bootstrap_ci(values, seed=7) != bootstrap_ci(values, seed=8)
    other = normal_scores(2)
    for method in ("bootstrap", "permutation"):
        first = paired_test(values, other, method=method, seed=3)
        assert first == paired_test(values, other, method=method, seed=3)


@settings(max_examples=60, deadline=None)
@given(values=scores, seed=st.integers(0, 2**32 - 1))
def test_interval_contains_the_mean(values: list[float], seed: int) -> None:
    interval = bootstrap_ci(values, n_resamples=200, seed=seed)
    assert interval.mean == pytest.approx(np.mean(values), abs=1e-12)
    assert interval.low - 1e-12 <= interval.mean <= interval.high + 1e-12


def test_two_point_sample_known_answer() -> None:
    # Resample means of [0, 1] are 0, 0.5 or 1 with probabilities 1/4, 1/2, 1/4.
    assert bootstrap_ci([0.0, 1.0], n_resamples=2000) == Interval(0.5, 0.0, 1.0)


def test_matches_scipy_percentile_bootstrap() -> None:
    stats = pytest.importorskip("scipy.stats")
    values = normal_scores(1)
    ours = bootstrap_ci(values, n_resamples=5000, confidence=0.9)
    theirs = stats.bootstrap(
        (values,), np.mean, n_resamples=5000, confidence_level=0.9, method="percentile",
        random_state=3,
    ).confidence_interval  # fmt: skip
    assert ours.low == pytest.approx(theirs.low, abs=2e-3)
    assert ours.high == pytest.approx(theirs.high, abs=2e-3)
    # The normal approximation agrees too: half width 1.645 * sd / sqrt(n).
    half_width = 1.645 * values.std(ddof=1) / np.sqrt(len(values))
    assert (ours.high - ours.low) / 2 == pytest.approx(half_width, rel=0.1)


@pytest.mark.filterwarnings("error")
def test_degenerate_samples_are_defined() -> None:
    assert bootstrap_ci([]) == Interval(0.0, 0.0, 0.0)
    assert bootstrap_ci([0.25]) == Interval(0.25, 0.25, 0.25)
    assert paired_test([], []) == PairedComparison(0.0, 0.0, 0.0, 1.0)
    for method in ("bootstrap", "permutation"):
        result = paired_test([0.5], [0.25], method=method)
        assert result == PairedComparison(0.25, 0.25, 0.25, 1.0)
    assert bootstrap_ci(np.array([], dtype=float)) == Interval(0.0, 0.0, 0.0)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: bootstrap_ci([0.1, float("nan")]), "finite"),
        (lambda: bootstrap_ci([[0.1, 0.2]]), "1-D"),
        (lambda: bootstrap_ci([0.1], confidence=1.0), "confidence"),
        (lambda: bootstrap_ci([0.1], n_resamples=0), "n_resamples"),
        (lambda: paired_test([0.1, 0.2], [0.1]), "length"),
        (lambda: paired_test([0.1], [0.1], method="t-test"), "method"),
    ],
)
def test_invalid_arguments_raise(call: Callable[[], object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        call()


@pytest.mark.parametrize("method", ["bootstrap", "permutation"])
def test_paired_test_detects_a_clear_difference(method: str) -> None:
    baseline = normal_scores(4)
    improved = baseline + 0.02 + np.random.default_rng(5).normal(0.0, 0.02, len(baseline))
    result = paired_test(improved, baseline, method=method)
    assert result.difference == pytest.approx(0.02, abs=0.005)
    assert 0.0 < result.low < result.difference < result.high
    assert result.p_value == pytest.approx(1 / 1001)


@pytest.mark.parametrize("method", ["bootstrap", "permutation"])
def test_paired_test_rarely_rejects_the_null(method: str) -> None:
    # 200 datasets without a true difference: about 5% of p-values fall below 0.05.
    rng = np.random.default_rng(8)
    p_values = []
    for seed in range(200):
        base = rng.normal(0.4, 0.1, 30)
        result = paired_test(
            base + rng.normal(0.0, 0.02, 30), base, method=method, n_resamples=400, seed=seed
        )
        p_values.append(result.p_value)
    assert 0.02 <= np.mean(np.array(p_values) < 0.05) <= 0.10
    symmetric = paired_test([0.3, 0.5, 0.4], [0.5, 0.3, 0.4], method=method)
    assert symmetric.low < 0.0 < symmetric.high
    assert symmetric.p_value == 1.0


def test_permutation_p_value_matches_exact_enumeration() -> None:
    diffs = np.array([0.01, 0.02, -0.005, 0.03, 0.04, 0.015])
    flips = np.array(list(itertools.product([-1, 1], repeat=len(diffs))))
    exact = float(np.mean(np.abs((flips * diffs).mean(axis=1)) >= diffs.mean() - 1e-12))
    result = paired_test(diffs, np.zeros_like(diffs), method="permutation", n_resamples=20000)
    assert exact == pytest.approx(4 / 64)
    assert result.p_value == pytest.approx(exact, abs=0.006)
