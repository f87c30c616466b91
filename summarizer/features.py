"""Per-document sentence representations shared by rankers and selection.

Everything is computed lazily and at most once per document: word tokens, a tf-idf matrix
(scipy sparse, rows L2-normalised), the sentence-by-sentence cosine similarity, word trigrams.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import cached_property

import numpy as np
import numpy.typing as npt
from scipy import sparse

from .types import Document

FloatArray = npt.NDArray[np.float64]

#: Above this many sentences, pairwise similarity is never materialised (O(n^2) memory);
#: graph rankers then use an implicit similarity operator (see :meth:`Features.cosine_matvec`).
DENSE_LIMIT = 2000

_TOKEN = re.compile(r"[^\W_]+")

STOPWORDS = frozenset(
    "a about above after again against ago all almost also although always am among an and "
    "another any are aren around as at back be became because been before being below between "
    "both but by can cannot could couldn did didn do does doesn doing don done down during "
    "each either else enough even ever every few for from further get gets got had hadn has "
    "hasn have haven having he her here hers herself him himself his how however i if in into "
    "is isn it its itself just last least less let like ll made make many may me might more "
    "most much must my myself near need needs never new no nor not now of off often on once "
    "one only or other others our ours ourselves out over own per quite rather re really said "
    "same say says see seen shall she should shouldn since so some still such than that the "
    "their theirs them themselves then there these they this those though through thus to too "
    "toward under until up upon us ve very via was wasn way we well were weren what whatever "
    "when where whether which while who whom whose why will with within without won would "
    "wouldn yet you your yours yourself yourselves lrb rrb lsb rsb".split()
)


class Features:
    """Lazily computed representations of one document's sentences.

    Args:
        document: The segmented document.
    """

    def __init__(self, document: Document) -> None:
        self.document = document
        self.n = len(document.sentences)

    @cached_property
    def tokens(self) -> list[list[str]]:
        """Lowercased word tokens of each sentence (letters and digits only)."""
        return [_TOKEN.findall(s.text.lower()) for s in self.document.sentences]

    @cached_property
    def word_counts(self) -> npt.NDArray[np.int64]:
        """Number of word tokens in each sentence."""
        return np.fromiter((len(t) for t in self.tokens), dtype=np.int64, count=self.n)

    @cached_property
    def term_counts(self) -> sparse.csr_matrix:
        """Sentence-by-term counts of content words (stopwords and 1-letter tokens dropped)."""
        vocabulary: dict[str, int] = {}
        indices: list[int] = []
        indptr = [0]
        for words in self.tokens:
            for word in words:
                if len(word) > 1 and word not in STOPWORDS:
                    indices.append(vocabulary.setdefault(word, len(vocabulary)))
            indptr.append(len(indices))
        data = np.ones(len(indices), dtype=np.float64)
        matrix = sparse.csr_matrix(
            (data, np.asarray(indices, dtype=np.int64), np.asarray(indptr, dtype=np.int64)),
            shape=(self.n, max(len(vocabulary), 1)),
        )
        matrix.sum_duplicates()
        return matrix

    @cached_property
    def idf(self) -> FloatArray:
        """Smoothed sentence-level idf of each term: ``log((n + 1) / (df + 1)) + 1``."""
        counts = self.term_counts
        df = np.bincount(counts.indices, minlength=counts.shape[1]).astype(np.float64)
        return np.asarray(np.log((self.n + 1.0) / (df + 1.0)) + 1.0, dtype=np.float64)

    @cached_property
    def tfidf(self) -> sparse.csr_matrix:
        """Tf-idf rows (sentence-level idf, smoothed), L2-normalised; empty rows stay zero."""
        weighted = sparse.csr_matrix(self.term_counts.multiply(self.idf[np.newaxis, :]))
        return _normalise_rows(weighted)

    @cached_property
    def cosine(self) -> FloatArray:
        """Dense sentence-by-sentence tf-idf cosine similarity (only for n <= DENSE_LIMIT)."""
        if self.n > DENSE_LIMIT:
            raise ValueError(f"dense similarity needs at most {DENSE_LIMIT} sentences")
        matrix = self.tfidf
        result: FloatArray = np.asarray((matrix @ matrix.T).toarray(), dtype=np.float64)
        np.clip(result, 0.0, 1.0, out=result)
        return result

    def directed_centrality(self, beta: float) -> tuple[FloatArray, FloatArray]:
        """PacSum-style centrality: summed similarity to later and to earlier sentences.

        Similarities below ``min + beta * (max - min)`` (diagonal excluded) are dropped and
        the rest shifted down by that threshold. Needs ``n <= DENSE_LIMIT``.

        Returns:
            ``(later, earlier)`` sums for each sentence.
        """
        edges = self.cosine.copy()
        np.fill_diagonal(edges, 0.0)
        low, high = float(edges.min()), float(edges.max())
        edges = np.maximum(edges - (low + beta * (high - low)), 0.0)
        return np.triu(edges, 1).sum(axis=1), np.tril(edges, -1).sum(axis=1)

    def cosine_matvec(self, vector: FloatArray) -> FloatArray:
        """Multiply the cosine matrix (diagonal excluded) by ``vector`` in O(nnz), never n^2."""
        matrix = self.tfidf
        full = np.asarray(matrix @ (matrix.T @ vector)).ravel()
        diagonal = np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel()
        return np.asarray(full - diagonal * vector, dtype=np.float64)

    @cached_property
    def centroid_similarity(self) -> FloatArray:
        """Cosine of each sentence to the document's tf-idf centroid."""
        matrix = self.tfidf
        centroid = np.asarray(matrix.sum(axis=0)).ravel()
        norm = float(np.linalg.norm(centroid))
        if norm == 0.0:
            return np.zeros(self.n)
        return np.asarray(matrix @ (centroid / norm), dtype=np.float64).ravel()

    def trigrams(self, index: int) -> frozenset[tuple[str, str, str]]:
        """Word trigrams of sentence ``index`` (all words, lowercased)."""
        words = self.tokens[index]
        return frozenset(zip(words, words[1:], words[2:], strict=False))

    def similarity(self, i: int, j: int) -> float:
        """Tf-idf cosine of two sentences (works for any document size)."""
        if self.n <= DENSE_LIMIT:
            return float(self.cosine[i, j])
        row = self.tfidf
        return float(row[i].multiply(row[j]).sum())

    def similarities_to(self, j: int) -> FloatArray:
        """Tf-idf cosine of every sentence to sentence ``j`` (column ``j`` of :attr:`cosine`).

        Costs O(nnz) above :data:`DENSE_LIMIT` sentences, where nothing dense is built.
        """
        if self.n <= DENSE_LIMIT:
            return np.asarray(self.cosine[:, j], dtype=np.float64)
        matrix = self.tfidf
        column = np.asarray((matrix @ matrix[j].T).toarray(), dtype=np.float64).ravel()
        return np.clip(column, 0.0, 1.0)


def _normalise_rows(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0.0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix)


def pagerank(
    weights: FloatArray | Callable[[FloatArray], FloatArray],
    n: int,
    *,
    damping: float = 0.85,
    tolerance: float = 1e-6,
    max_iterations: int = 100,
) -> FloatArray:
    """Power-iteration PageRank on a non-negative, symmetric weight matrix.

    Args:
        weights: Dense ``n x n`` weights, or a callable ``v -> W @ v`` for large graphs.
        n: Number of nodes.
        damping: Probability of following an edge.
        tolerance: L1 change at which iteration stops.
        max_iterations: Upper bound on iterations.

    Returns:
        Stationary scores summing to 1 (uniform for a graph without edges).
    """
    if n == 0:
        return np.zeros(0)
    if callable(weights):
        multiply = weights
    else:
        matrix = weights

        def multiply(v: FloatArray) -> FloatArray:
            return np.asarray(matrix @ v, dtype=np.float64)

    out_degree = multiply(np.ones(n))
    linked = out_degree > 0.0
    safe_degree = np.where(linked, out_degree, 1.0)
    scores = np.full(n, 1.0 / n)
    for _ in range(max_iterations):
        spread = multiply(np.where(linked, scores / safe_degree, 0.0))
        updated = (1.0 - damping) / n + damping * (spread + scores[~linked].sum() / n)
        converged = float(np.abs(updated - scores).sum()) < tolerance
        scores = updated
        if converged:
            break
    total = float(scores.sum())
    return scores / total if total > 0 and math.isfinite(total) else np.full(n, 1.0 / n)
