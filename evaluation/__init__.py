"""Evaluation harness of news-highlights: fast, exact ROUGE and seeded bootstrap statistics.

``evaluation.rouge`` computes ROUGE-N/L/Lsum identical to the ``rouge-score`` package (default)
or to the ROUGE-1.5.5 Perl script (``mode="rouge155"``); ``evaluation.stats`` gives bootstrap
confidence intervals and paired significance tests over per-document scores;
``evaluation.benchmark`` runs systems side by side (``evaluation.systems`` names them,
``evaluation.plot`` draws them) and ``python -m evaluation`` is the command line.
"""

from evaluation.baselines import Oracle, lead_k, random_k, split_sentences
from evaluation.benchmark import Report, evaluate, score_predictions
from evaluation.data import DataError, Example, load_examples, read_predictions
from evaluation.rouge import (
    DEFAULT_ROUGE_TYPES,
    RougeScorer,
    Score,
    UnknownRougeTypeError,
    corpus_scores,
)
from evaluation.stats import Interval, PairedComparison, bootstrap_ci, paired_test

__all__ = [
    "DEFAULT_ROUGE_TYPES",
    "DataError",
    "Example",
    "Interval",
    "Oracle",
    "PairedComparison",
    "Report",
    "RougeScorer",
    "Score",
    "UnknownRougeTypeError",
    "bootstrap_ci",
    "corpus_scores",
    "evaluate",
    "lead_k",
    "load_examples",
    "paired_test",
    "random_k",
    "read_predictions",
    "score_predictions",
    "split_sentences",
]
