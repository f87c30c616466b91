"""The ranker contract, run over every registered ranker, plus ranker-specific checks."""

from __future__ import annotations

import numpy as np
import pytest

from summarizer import Highlighter, highlight
from summarizer.features import DENSE_LIMIT, Features, pagerank
from summarizer.rankers import available, get_ranker, register
from summarizer.segment import segment

NAMES = [name for name in available() if name != "default"]
ARTICLE = (
    "Storms hit the coast on Monday and flooded hundreds of homes. "
    "Rescue teams reached the flooded homes by boat on Tuesday. "
    "The storms also closed the main road to the port for two days. "
    "A spokesman thanked volunteers who helped rescue teams with boats. "
    "Forecasters expect calmer weather by the weekend."
)


def documents() -> list[str]:
    return [
        ARTICLE,
        "One sentence only.",
        "Same words here. Same words here. Same words here.",
        "a b c. d e f. g h i.",
        " ".join(f"Sentence number {i} talks about topic {i % 7}." for i in range(DENSE_LIMIT + 5)),
    ]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("text", documents(), ids=["news", "one", "same", "stop", "huge"])
def test_contract(name: str, text: str) -> None:
    ranker = get_ranker(name)
    document = segment(text)
    scores = np.asarray(ranker.score(document, Features(document)))
    assert scores.shape == (len(document.sentences),)
    assert np.all(np.isfinite(scores))
    again = np.asarray(ranker.score(document, Features(document)))
    np.testing.assert_array_equal(scores, again)


@pytest.mark.parametrize("name", NAMES)
def test_every_ranker_runs_end_to_end(name: str) -> None:
    result = highlight(ARTICLE, ranker=name)
    assert 1 <= len(result) <= 3
    assert all(item.ranker == name for item in result)


def test_default_alias() -> None:
    assert Highlighter().ranker is get_ranker("default")


def test_lead_prefers_earlier_sentences() -> None:
    document = segment(ARTICLE)
    scores = get_ranker("lead").score(document, Features(document))
    assert list(np.argsort(-scores)) == list(range(len(document.sentences)))


def test_pagerank_matches_networkx() -> None:
    """Our power iteration agrees with networkx.pagerank (tolerance 1e-4)."""
    networkx = pytest.importorskip("networkx")
    rng = np.random.default_rng(0)
    weights = rng.random((8, 8))
    weights = (weights + weights.T) / 2
    np.fill_diagonal(weights, 0.0)
    weights[weights < 0.4] = 0.0
    ours = pagerank(weights, 8, tolerance=1e-10, max_iterations=1000)
    graph = networkx.from_numpy_array(weights)
    theirs = networkx.pagerank(graph, alpha=0.85, tol=1e-12, max_iter=1000, weight="weight")
    np.testing.assert_allclose(ours, [theirs[i] for i in range(8)], atol=1e-4)


def test_lexrank_picks_the_central_sentence() -> None:
    document = segment(ARTICLE)
    scores = get_ranker("lexrank").score(document, Features(document))
    assert int(np.argmax(scores)) != 4  # the off-topic weather sentence is least central


def test_register_rejects_duplicates_and_accepts_new() -> None:
    class Reverse:
        name = "test-reverse"

        def score(self, document, features):  # type: ignore[no-untyped-def]
            return np.arange(len(document.sentences), dtype=float)

    register(Reverse())
    with pytest.raises(ValueError, match="already registered"):
        register(Reverse())
    result = highlight(ARTICLE, ranker="test-reverse", k=1)
    assert result[0].sentences == (4,)
