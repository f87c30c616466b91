"""Selection: turn sentence scores into a budgeted, non-redundant, ordered set of highlights."""

from __future__ import annotations

import math
import re

import numpy as np
import numpy.typing as npt

from .config import Config
from .features import Features, FloatArray

_NOT_ALNUM = re.compile(r"[\W_]+")


def budget(config: Config, n_sentences: int) -> int:
    """Return how many highlights the count and ratio budgets allow (at least 1).

    Args:
        config: ``k`` and ``ratio`` are read.
        n_sentences: Number of sentences in the document.

    Returns:
        The most restrictive of ``k`` and ``ceil(ratio * n_sentences)``, at least 1.
    """
    limit = config.k
    if config.ratio is not None:
        limit = min(limit, math.ceil(config.ratio * n_sentences))
    return max(1, min(limit, n_sentences))


def candidates(features: Features, config: Config) -> npt.NDArray[np.int64]:
    """Indices of the sentences that may become highlights.

    Those with ``min_sentence_words`` to ``max_highlight_words`` words; if there are none,
    those up to ``max_sentence_words``; if there are none either, every sentence.
    """
    counts = features.word_counts
    long_enough = counts >= config.min_sentence_words
    for limit in (config.max_highlight_words, config.max_sentence_words):
        chosen = np.flatnonzero(long_enough & (counts <= limit))
        if chosen.size:
            return chosen
    return np.arange(features.n)


def select(scores: FloatArray, features: Features, config: Config) -> list[int]:
    """Pick the highlight sentences.

    Candidates are visited best score first (ties: earlier sentence first). A candidate is
    skipped when it is a near-duplicate of a chosen sentence (same words, or tf-idf cosine at
    or above ``config.duplicate_threshold``: this holds whatever ``redundancy`` says), when
    ``redundancy="trigram"`` and it shares a word trigram with a chosen sentence, or when it
    would overflow ``max_words``. With ``redundancy="mmr"`` the next sentence maximises
    ``lambda * relevance - (1 - lambda) * max similarity to the chosen ones``.

    Args:
        scores: One finite score per sentence.
        features: The document's features.
        config: Budget, redundancy and order settings.

    Returns:
        Sentence indices in output order (document order or score order).
    """
    pool = candidates(features, config)
    limit = budget(config, features.n)
    order = pool[np.lexsort((pool, -scores[pool]))]
    if config.redundancy == "mmr":
        order = _mmr_order(order, scores, features, config.mmr_lambda, limit)
    chosen: list[int] = []
    seen_texts: set[str] = set()
    seen_trigrams: set[tuple[str, str, str]] = set()
    # Near-duplicates of the chosen sentences, updated once per chosen sentence: checking a
    # candidate is then O(1), so a document made of near-duplicates stays linear in time.
    duplicate = np.zeros(features.n, dtype=bool)
    words_left = config.max_words
    for index in (int(i) for i in order):
        if len(chosen) == limit:
            break
        if duplicate[index]:
            continue
        key = _NOT_ALNUM.sub(" ", features.document.sentences[index].text.lower()).strip()
        if key in seen_texts:
            continue
        trigrams = features.trigrams(index)
        if config.redundancy == "trigram" and trigrams & seen_trigrams:
            continue
        words = int(features.word_counts[index])
        if words_left is not None and words > words_left and chosen:
            continue
        chosen.append(index)
        duplicate |= features.similarities_to(index) >= config.duplicate_threshold
        seen_texts.add(key)
        seen_trigrams |= trigrams
        if words_left is not None:
            words_left -= words
    if config.order == "document":
        chosen.sort()
    return chosen


def _mmr_order(
    order: npt.NDArray[np.int64],
    scores: FloatArray,
    features: Features,
    relevance_weight: float,
    limit: int,
) -> npt.NDArray[np.int64]:
    """Re-order the best candidates by maximal marginal relevance (Carbonell & Goldstein)."""
    pool = order[: max(10 * limit, 50)]
    values = scores[pool]
    spread = float(values.max() - values.min())
    relevance = (values - values.min()) / spread if spread > 0 else np.ones(len(pool))
    rows = features.tfidf[pool]
    similarity = np.asarray((rows @ rows.T).toarray(), dtype=np.float64)
    picked: list[int] = []
    redundancy = np.zeros(len(pool))
    available = np.ones(len(pool), dtype=bool)
    for _ in range(len(pool)):
        gain = relevance_weight * relevance - (1.0 - relevance_weight) * redundancy
        gain[~available] = -np.inf
        best = int(np.argmax(gain))  # argmax takes the first maximum: deterministic
        picked.append(best)
        available[best] = False
        redundancy = np.maximum(redundancy, similarity[best])
    return np.concatenate([pool[picked], order[len(pool) :]])
