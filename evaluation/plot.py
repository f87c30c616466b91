"""A PNG of a benchmark report: ROUGE F1 per system with 95% confidence-interval whiskers.

Needs matplotlib (``pip install "news-highlights[eval]"``); it is imported only here, when a
plot is drawn, with the non-interactive Agg backend.
"""

from __future__ import annotations

import os
from pathlib import Path

from evaluation.benchmark import Report

__all__ = ["plot_report"]

_EXTRA_HINT = 'pip install "news-highlights[eval]"'


def plot_report(report: Report, path: str | os.PathLike[str], title: str | None = None) -> Path:
    """Draw grouped bars (one group per system, one bar per ROUGE type) with CI whiskers.

    Args:
        report: The report of :func:`evaluation.benchmark.evaluate`.
        path: Where to write the PNG.
        title: Title above the plot; by default the report's caption.

    Returns:
        The path written.

    Raises:
        ImportError: When matplotlib is not installed (the message says what to install).
    """
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as error:
        raise ImportError(f"plots need matplotlib: {_EXTRA_HINT}") from error
    names = [result.name for result in report.systems]
    types = report.rouge_types
    width = 0.8 / len(types)
    figure, axes = plt.subplots(figsize=(max(6.0, 1.1 * len(names) + 2), 4.5), dpi=110)
    try:
        for offset, rouge_type in enumerate(types):
            means = [100 * r.intervals[rouge_type].mean for r in report.systems]
            lows = [100 * r.intervals[rouge_type].low for r in report.systems]
            highs = [100 * r.intervals[rouge_type].high for r in report.systems]
            positions = [i + (offset - (len(types) - 1) / 2) * width for i in range(len(names))]
            errors = [
                [m - low for m, low in zip(means, lows, strict=True)],
                [high - m for m, high in zip(means, highs, strict=True)],
            ]
            axes.bar(positions, means, width, yerr=errors, capsize=3, label=rouge_type)
        axes.set_xticks(range(len(names)), names, rotation=30, ha="right")
        axes.set_ylabel("F1 x 100 (95% bootstrap CI)")
        axes.set_title(title or report.caption(), fontsize=8)
        axes.legend(fontsize=8)
        axes.grid(axis="y", alpha=0.3)
        figure.tight_layout()
        target = Path(path)
        figure.savefig(target, format="png", metadata={"Software": None})
    finally:
        plt.close(figure)
    return target
