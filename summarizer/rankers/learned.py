"""Learned ranker: gradient-boosted trees over cheap per-sentence features, in pure numpy.

The model is trained offline by ``python -m summarizer.train`` (LightGBM, on greedy-oracle
labels from CNN/DailyMail training articles) and shipped as a small ``.npz`` file of flat
tree arrays in ``summarizer/data``. Inference needs only numpy: every tree is walked for all
sentences of a document at once, one level per step.

The features are computed from the :class:`~summarizer.features.Features` of the document
(lowercased word tokens, sentence tf-idf), so they barely depend on the input's style: raw
cased news and lowercased, tokenized benchmark text give the same values for the same words.
"""

from __future__ import annotations

import io
import re
import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
import numpy.typing as npt

from ..errors import ModelError
from ..features import DENSE_LIMIT, Features, FloatArray
from ..types import Document

IntArray = npt.NDArray[np.int64]

#: File name of the shipped model inside the ``summarizer.data`` package folder.
MODEL_FILE = "learned_ranker.npz"

#: Names of the feature columns, in order; the model file records the names it was trained on.
FEATURE_NAMES = (
    "index",
    "words",
    "content_words",
    "relative_length",
    "stopword_fraction",
    "centroid_similarity",
    "centroid_rank",
    "first_similarity",
    "lead_similarity",
    "max_earlier_similarity",
    "forward_centrality",
    "backward_centrality",
    "mean_similarity",
    "mean_idf",
    "has_digit",
    "has_quote",
    "is_question",
)

_QUOTE = re.compile(r"[\"“”«»]|``|''|(?:^|\s)[‘'](?!(?:s|re|ll|ve|d|m|t)\b)")
_QUESTION = re.compile(r"\?[\s\"'’”)]*$")
_EDGE_BETA = 0.3
#: Rows x trees walked at once by :meth:`TreeEnsemble.predict` (bounds its work arrays).
_PREDICT_BLOCK_ELEMENTS = 1 << 17


def sentence_features(document: Document, features: Features) -> FloatArray:
    """Compute the feature matrix of a document, one row per sentence.

    Args:
        document: The segmented document.
        features: Its lazily computed representations.

    Returns:
        A finite ``(n_sentences, len(FEATURE_NAMES))`` float64 array.
    """
    n = features.n
    out = np.zeros((n, len(FEATURE_NAMES)), dtype=np.float64)
    if n == 0:
        return out
    index = np.arange(n, dtype=np.float64)
    words = features.word_counts.astype(np.float64)
    counts = features.term_counts
    content = np.asarray(counts.sum(axis=1), dtype=np.float64).ravel()
    tfidf = features.tfidf
    centroid = features.centroid_similarity

    idf_sum = np.asarray(counts @ features.idf, dtype=np.float64).ravel()

    if n <= DENSE_LIMIT:
        similarity = features.cosine.copy()
        np.fill_diagonal(similarity, 0.0)
        first = similarity[:, 0]
        lead = similarity[:, : min(3, n)].max(axis=1)
        earlier = np.tril(similarity, -1)
        max_earlier = earlier.max(axis=1)
        mean_similarity = similarity.sum(axis=1) / max(n - 1, 1)
        forward, backward = features.directed_centrality(_EDGE_BETA)
    else:  # very long inputs: linear-memory stand-ins for the pairwise features
        first = np.asarray(tfidf @ tfidf[0].T.toarray(), dtype=np.float64).ravel()
        first[0] = 0.0
        lead = first
        max_earlier = centroid
        mean_similarity = centroid
        forward = centroid
        backward = centroid

    texts = [sentence.text for sentence in document.sentences]
    columns = (
        index,
        words,
        content,
        words / max(float(words.mean()), 1.0),
        1.0 - content / np.maximum(words, 1.0),
        centroid,
        np.argsort(np.argsort(-centroid, kind="stable"), kind="stable"),
        first,
        lead,
        max_earlier,
        forward / max(float(forward.max()), 1e-12),
        backward / max(float(backward.max()), 1e-12),
        mean_similarity,
        idf_sum / np.maximum(content, 1.0),
        [any(c.isdigit() for c in text) for text in texts],
        [_QUOTE.search(text) is not None for text in texts],
        [_QUESTION.search(text) is not None for text in texts],
    )
    for column, values in enumerate(columns):
        out[:, column] = values
    return np.nan_to_num(out, nan=0.0, posinf=0.0, neginf=0.0)


@dataclass(frozen=True)
class TreeEnsemble:
    """Regression trees as flat arrays (one row per tree, one column per node).

    A leaf points to itself on both sides, so walking ``depth`` steps from the root ends on a
    leaf for every tree. Splits send ``x <= threshold`` left, as LightGBM does.

    Attributes:
        feature: Feature index tested at each node (0 at leaves).
        threshold: Split threshold at each node (+inf at leaves).
        left: Child taken when ``x <= threshold``.
        right: Child taken otherwise.
        value: Leaf value (0 at inner nodes).
        depth: Maximum depth of any tree.
        feature_names: The feature column names the model was trained on.
    """

    feature: IntArray
    threshold: FloatArray
    left: IntArray
    right: IntArray
    value: FloatArray
    depth: int
    feature_names: tuple[str, ...]

    def predict(self, x: FloatArray) -> FloatArray:
        """Sum of the leaf values of all trees (the raw score) for each row of ``x``.

        Args:
            x: A ``(rows, n_features)`` array.

        Returns:
            One raw score per row.
        """
        rows = x.shape[0]
        n_trees = self.feature.shape[0]
        if rows == 0 or n_trees == 0:
            return np.zeros(rows)
        x = np.ascontiguousarray(x, dtype=np.float64)
        # Rows go through in blocks so that the (rows x trees) work arrays stay small: memory
        # is bounded and time linear however many sentences a document has.
        block = max(1, _PREDICT_BLOCK_ELEMENTS // n_trees)
        out = np.empty(rows, dtype=np.float64)
        for start in range(0, rows, block):
            out[start : start + block] = self._predict_block(x[start : start + block])
        return out

    def _predict_block(self, x: FloatArray) -> FloatArray:
        """:meth:`predict` for one block of rows (a C-contiguous float64 array)."""
        rows = x.shape[0]
        n_trees, width = self.feature.shape
        feature = self.feature.ravel()
        threshold = self.threshold.ravel()
        left = self.left.ravel()
        right = self.right.ravel()
        offsets = np.arange(n_trees, dtype=np.int64) * width
        node = np.broadcast_to(offsets, (rows, n_trees)).copy()
        row_base = (np.arange(rows, dtype=np.int64) * x.shape[1])[:, np.newaxis]
        flat_x = x.ravel()
        for _ in range(self.depth):
            go_left = flat_x[row_base + feature[node]] <= threshold[node]
            node = np.where(go_left, left[node], right[node]) + offsets
        return np.asarray(self.value.ravel()[node].sum(axis=1), dtype=np.float64)

    def to_arrays(self) -> dict[str, npt.NDArray[np.generic]]:
        """Return the arrays stored in a model file."""
        return {
            "feature": self.feature.astype(np.int16),
            "threshold": self.threshold,
            "left": self.left.astype(np.int16),
            "right": self.right.astype(np.int16),
            "value": self.value,
            "depth": np.asarray(self.depth, dtype=np.int64),
            "feature_names": np.asarray(self.feature_names),
        }

    @classmethod
    def from_arrays(cls, arrays: dict[str, npt.NDArray[np.generic]]) -> TreeEnsemble:
        """Build an ensemble from the arrays of a model file (see :meth:`to_arrays`)."""
        return cls(
            feature=np.asarray(arrays["feature"], dtype=np.int64),
            threshold=np.asarray(arrays["threshold"], dtype=np.float64),
            left=np.asarray(arrays["left"], dtype=np.int64),
            right=np.asarray(arrays["right"], dtype=np.int64),
            value=np.asarray(arrays["value"], dtype=np.float64),
            depth=int(arrays["depth"]),
            feature_names=tuple(str(name) for name in arrays["feature_names"]),
        )


def load_model(path: str | Path | None = None) -> TreeEnsemble:
    """Load a tree ensemble from a model file (the shipped model when ``path`` is None).

    Raises:
        ModelError: If the file is missing or unreadable, or its features are not
            :data:`FEATURE_NAMES`.
    """
    try:
        if path is None:
            data = resources.files("summarizer").joinpath("data").joinpath(MODEL_FILE).read_bytes()
        else:
            data = Path(path).read_bytes()
        with np.load(io.BytesIO(data), allow_pickle=False) as archive:
            model = TreeEnsemble.from_arrays({key: archive[key] for key in archive.files})
    except (OSError, KeyError, ValueError) as exc:
        where = path if path is not None else f"summarizer/data/{MODEL_FILE}"
        raise ModelError(f"cannot load the learned ranker model from {where}: {exc}") from exc
    if model.feature_names != FEATURE_NAMES:
        raise ModelError(
            "the learned ranker model was trained on other features; retrain it with "
            "`python -m summarizer.train`"
        )
    return model


class LearnedRanker:
    """Gradient-boosted trees over position, length, centrality and lexical features.

    Args:
        model_path: A model file written by ``python -m summarizer.train``; the shipped
            model when None. The file is read once, on the first call to :meth:`score`.
    """

    name = "learned"

    def __init__(self, model_path: str | Path | None = None) -> None:
        self.model_path = model_path
        self._model: TreeEnsemble | None = None
        self._lock = threading.Lock()

    @property
    def model(self) -> TreeEnsemble:
        """The tree ensemble, loaded on first use."""
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = load_model(self.model_path)
        return self._model

    def score(self, document: Document, features: Features) -> FloatArray:
        """Return the model's raw score for each sentence (higher is better)."""
        return self.model.predict(sentence_features(document, features))


RANKERS = (LearnedRanker(),)
