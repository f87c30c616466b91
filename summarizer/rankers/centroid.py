"""Centroid ranker (Radev et al., 2004): closeness to the document's tf-idf centroid."""

from __future__ import annotations

from ..features import Features, FloatArray
from ..types import Document


class CentroidRanker:
    """Scores each sentence by the cosine between its tf-idf vector and the centroid."""

    name = "centroid"

    def score(self, document: Document, features: Features) -> FloatArray:
        """Return the cosine of each sentence to the centroid."""
        return features.centroid_similarity


RANKERS = (CentroidRanker(),)
