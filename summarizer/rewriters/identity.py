"""The ``none`` rewriter: the extractive sentences, unchanged."""

from __future__ import annotations

from collections.abc import Sequence

from . import Draft, RewriteJob, Rewritten


class IdentityRewriter:
    """Return every selected sentence as it is (the default: no model, no guard)."""

    name = "none"
    label = "none"
    abstractive = False

    def rewrite(self, jobs: Sequence[RewriteJob]) -> list[Rewritten]:
        """One draft per selected sentence, its text unchanged."""
        return [
            Rewritten(
                tuple(Draft(job.document.sentences[i].text, (i,)) for i in job.chosen),
            )
            for job in jobs
        ]
