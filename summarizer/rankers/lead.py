"""LEAD: the first sentences are the best (the classic news baseline)."""

from __future__ import annotations

import numpy as np

from ..features import Features, FloatArray
from ..types import Document


class LeadRanker:
    """Scores decrease with position: sentence 0 scores 1, the last scores just above 0."""

    name = "lead"

    def score(self, document: Document, features: Features) -> FloatArray:
        """Return ``1 - i / n`` for sentence ``i`` of ``n``."""
        n = len(document.sentences)
        return 1.0 - np.arange(n, dtype=np.float64) / max(n, 1)


RANKERS = (LeadRanker(),)
