"""Graph rankers: TextRank and continuous LexRank (PageRank over sentence similarity)."""

from __future__ import annotations

import numpy as np

from ..features import DENSE_LIMIT, Features, FloatArray, pagerank
from ..types import Document


class TextRank:
    """TextRank (Mihalcea & Tarau, 2004).

    Edge weight: number of shared content words divided by ``log(len_i) + log(len_j)``.
    Above :data:`~summarizer.features.DENSE_LIMIT` sentences the graph is replaced by the
    implicit tf-idf cosine operator, so memory stays linear.

    Args:
        damping: PageRank damping factor.
    """

    name = "textrank"

    def __init__(self, damping: float = 0.85) -> None:
        self.damping = damping

    def score(self, document: Document, features: Features) -> FloatArray:
        """Return the PageRank of each sentence in the word-overlap graph."""
        n = features.n
        if n > DENSE_LIMIT:
            return pagerank(features.cosine_matvec, n, damping=self.damping)
        binary = features.term_counts.copy()
        binary.data[:] = 1.0
        overlap = np.asarray((binary @ binary.T).toarray(), dtype=np.float64)
        lengths = np.log(np.maximum(np.asarray(binary.sum(axis=1)).ravel(), 1.0) + 1.0)
        denominator = lengths[:, None] + lengths[None, :]
        weights = np.divide(overlap, denominator, out=np.zeros_like(overlap), where=denominator > 0)
        np.fill_diagonal(weights, 0.0)
        return pagerank(weights, n, damping=self.damping)


class LexRank:
    """Continuous LexRank (Erkan & Radev, 2004) with its similarity threshold.

    Edges are tf-idf cosines at or above ``threshold`` (weighted by the cosine). Above
    :data:`~summarizer.features.DENSE_LIMIT` sentences the threshold is not applied and the
    cosine operator is used implicitly, so memory stays linear.

    Args:
        threshold: Minimum cosine for an edge.
        damping: PageRank damping factor.
    """

    name = "lexrank"

    def __init__(self, threshold: float = 0.1, damping: float = 0.85) -> None:
        self.threshold = threshold
        self.damping = damping

    def score(self, document: Document, features: Features) -> FloatArray:
        """Return the PageRank of each sentence in the thresholded cosine graph."""
        n = features.n
        if n > DENSE_LIMIT:
            return pagerank(features.cosine_matvec, n, damping=self.damping)
        weights = np.where(features.cosine >= self.threshold, features.cosine, 0.0)
        np.fill_diagonal(weights, 0.0)
        return pagerank(weights, n, damping=self.damping)


RANKERS = (TextRank(), LexRank())
