"""The learned ranker: shipped model, odd documents, numpy trees vs LightGBM, training, quality."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import load_jsonl

from summarizer import Config
from summarizer.errors import ModelError
from summarizer.features import DENSE_LIMIT, Features
from summarizer.rankers.learned import (
    FEATURE_NAMES,
    MODEL_FILE,
    LearnedRanker,
    load_model,
    sentence_features,
)
from summarizer.segment import segment
from summarizer.select import select
from summarizer.types import Document, Sentence

SHIPPED = Path(__file__).resolve().parents[1] / "summarizer" / "data" / MODEL_FILE
WORDS = (
    "council mayor river flood storm police court judge minister budget school hospital "
    "station bridge market village harbour election report museum league coach striker"
).split()


def _article(seed: int, sentences: int = 12) -> tuple[str, str]:
    rng = np.random.default_rng(seed)
    lines = [
        " ".join(rng.choice(WORDS, size=int(rng.integers(6, 15)))).capitalize() + "."
        for _ in range(sentences)
    ]
    return " ".join(lines), "\n".join(lines[:2])


def _scores(text: str) -> np.ndarray:
    document = segment(text)
    return LearnedRanker().score(document, Features(document))


def test_shipped_model_loads_and_is_small() -> None:
    assert SHIPPED.stat().st_size < 1_000_000
    model = load_model()
    assert model.feature_names == FEATURE_NAMES
    assert model.feature.shape[0] > 0
    assert np.isfinite(model.value).all()


def test_wrong_model_file_is_a_model_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a model")
    with pytest.raises(ModelError):
        load_model(bad)


@pytest.mark.parametrize("n", [1, 2, 3, DENSE_LIMIT + 100])
def test_scores_are_finite_and_one_per_sentence(n: int) -> None:
    text = " ".join(f"Sentence number {i} mentions the {WORDS[i % len(WORDS)]}." for i in range(n))
    scores = _scores(text)
    assert scores.shape == (n,)
    assert np.isfinite(scores).all()


def test_sentences_without_word_tokens() -> None:
    texts = ["...", "The mayor opened the bridge on Monday.", "-- !", "“ ”"]
    sentences, start = [], 0
    for index, text in enumerate(texts):
        sentences.append(Sentence(index, text, start, start + len(text), 0))
        start += len(text) + 1
    document = Document(" ".join(texts), tuple(sentences))
    features = Features(document)
    matrix = sentence_features(document, features)
    scores = LearnedRanker().score(document, features)
    assert matrix.shape == (4, len(FEATURE_NAMES))
    assert scores.shape == (4,)
    assert np.isfinite(matrix).all() and np.isfinite(scores).all()


def test_numpy_trees_equal_lightgbm() -> None:
    lightgbm = pytest.importorskip("lightgbm")
    from summarizer import train

    rng = np.random.default_rng(0)
    x = rng.normal(size=(3000, len(FEATURE_NAMES)))
    x[:, 0] = rng.integers(0, 40, size=3000)
    y = ((x[:, 0] < 4) ^ (x[:, 1] > 1.0)).astype(np.int64)
    booster = train.fit(x, y, seed=0, rounds=40)
    model = train.export_trees(booster)
    sample = rng.normal(size=(500, len(FEATURE_NAMES)))
    sample[:, 0] = rng.integers(0, 40, size=500)
    expected = booster.predict(sample, raw_score=True)
    np.testing.assert_allclose(model.predict(sample), expected, rtol=0, atol=1e-9)
    assert isinstance(booster, lightgbm.Booster)


def test_oracle_labels_pick_the_reference_sentences() -> None:
    from summarizer.train import oracle_labels

    sentences = [["a", "b", "c"], ["x", "y", "z"], ["d", "e", "f"], ["a", "b"]]
    labels = oracle_labels(sentences, ["d", "e", "f", "a", "b", "c"], max_sentences=3)
    assert labels.tolist() == [1, 0, 1, 0]


def test_training_end_to_end_is_deterministic(tmp_path: Path) -> None:
    pytest.importorskip("lightgbm")
    from summarizer import train

    data = tmp_path / "tiny.jsonl"
    with data.open("w", encoding="utf-8") as handle:
        for seed in range(10):
            article, highlights = _article(seed)
            handle.write(json.dumps({"article": article, "highlights": highlights}) + "\n")
    outputs = [tmp_path / "one.npz", tmp_path / "two.npz"]
    for out in outputs:
        argv = ["--data", str(data), "--out", str(out), "--seed", "0", "--rounds", "20"]
        assert train.main([*argv, "--quiet"]) == 0
    assert outputs[0].read_bytes() == outputs[1].read_bytes()
    document = segment(_article(99)[0])
    scores = LearnedRanker(outputs[0]).score(document, Features(document))
    assert scores.shape == (len(document.sentences),) and np.isfinite(scores).all()


def test_training_without_lightgbm_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from summarizer import train

    monkeypatch.setitem(sys.modules, "lightgbm", None)
    assert train.main(["--data", str(tmp_path / "absent.jsonl")]) == 2
    assert "news-highlights[train]" in capsys.readouterr().err


@pytest.mark.data
def test_learned_beats_lead3_on_test_dev() -> None:
    rouge_scorer = pytest.importorskip("rouge_score.rouge_scorer")
    rows = load_jsonl("cnndm_test_dev.jsonl", limit=300)
    scorer = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)
    ranker = LearnedRanker()
    learned_config = Config(redundancy="trigram")
    lead_config = Config(redundancy="none", min_sentence_words=1)
    learned, lead = [], []
    for row in rows:
        document = segment(row["article"])
        features = Features(document)
        chosen = select(ranker.score(document, features), features, learned_config)
        lead_chosen = select(-np.arange(features.n, dtype=np.float64), features, lead_config)
        for picks, results in ((chosen, learned), (lead_chosen, lead)):
            summary = "\n".join(document.sentences[i].text for i in picks)
            results.append(scorer.score(row["highlights"], summary)["rouge1"].fmeasure)
    assert np.mean(learned) > np.mean(lead)
