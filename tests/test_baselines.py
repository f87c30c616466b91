"""Tests of evaluation.baselines: sentence splitting, LEAD-k, random-k and the greedy ORACLE."""

from __future__ import annotations

import statistics

import pytest
from conftest import load_jsonl

from evaluation.baselines import Oracle, lead_k, random_k, split_sentences
from evaluation.rouge import RougeScorer

RAW = 'Mr. Smith arrived. "It rained," he said. Then 3 people left! Why? Nobody knows.'
TOKENIZED = "mr. smith arrived . `` it rained , '' he said . then ( 3 ) left ! why ? nobody knows ."
ARTICLE = (
    "The council approved a new budget on Monday. Schools will receive more money. "
    "The weather was sunny. Parks will get new benches. Taxes will not rise this year."
)
REFERENCE = "Council approves budget with more money for schools.\nTaxes will not rise."


def test_split_raw_text() -> None:
    assert split_sentences(RAW) == [
        "Mr. Smith arrived.",
        '"It rained," he said.',
        "Then 3 people left!",
        "Why?",
        "Nobody knows.",
    ]


def test_split_tokenized_text_and_lines() -> None:
    assert split_sentences(TOKENIZED) == [
        "mr. smith arrived .",
        "`` it rained , '' he said .",
        "then ( 3 ) left !",
        "why ?",
        "nobody knows .",
    ]
    assert split_sentences("he said . ''\nno end") == ["he said . ''", "no end"]
    assert split_sentences("") == []


def test_lead_k() -> None:
    assert lead_k(2)(RAW) == ["Mr. Smith arrived.", '"It rained," he said.']
    assert lead_k(3)(TOKENIZED)[-1] == "then ( 3 ) left !"
    assert lead_k(3, splitter=str.splitlines)("a\nb") == ["a", "b"]
    with pytest.raises(ValueError):
        lead_k(0)


def test_random_k_is_seeded_and_ordered() -> None:
    pick = random_k(2, seed=3)
    chosen = pick(ARTICLE)
    assert chosen == random_k(2, seed=3)(ARTICLE)
    sentences = split_sentences(ARTICLE)
    assert [sentences.index(s) for s in chosen] == sorted(sentences.index(s) for s in chosen)
    assert len({tuple(random_k(2, seed=s)(ARTICLE)) for s in range(10)}) > 1
    assert random_k(5)("One. Two.") == ["One.", "Two."]


def test_oracle_beats_lead_and_single_sentences() -> None:
    oracle = Oracle()
    chosen = oracle(ARTICLE, REFERENCE)
    best = oracle.objective(REFERENCE, chosen)
    assert best >= oracle.objective(REFERENCE, lead_k(3)(ARTICLE))
    assert all(best >= oracle.objective(REFERENCE, [s]) for s in split_sentences(ARTICLE))
    scores = RougeScorer(("rouge1", "rouge2")).score(REFERENCE, "\n".join(chosen))
    assert best == pytest.approx(sum(s.fmeasure for s in scores.values()))
    assert len(Oracle(max_sentences=1)(ARTICLE, REFERENCE)) == 1
    assert oracle("", REFERENCE) == []


@pytest.mark.data
def test_lead3_and_oracle_on_dev_data() -> None:
    rows = load_jsonl("cnndm_test_dev.jsonl")
    scorer = RougeScorer(("rouge1", "rouge2", "rougeLsum"))
    lead = lead_k(3)
    scores = scorer.score_many([r["highlights"] for r in rows], [lead(r["article"]) for r in rows])
    means = {t: 100 * statistics.mean(s[t].fmeasure for s in scores) for t in scores[0]}
    assert means["rouge1"] == pytest.approx(39.78, abs=0.5)
    assert means["rouge2"] == pytest.approx(17.18, abs=0.5)
    assert means["rougeLsum"] == pytest.approx(35.90, abs=0.5)
    oracle = Oracle()
    first = rows[:200]
    predictions = [oracle(r["article"], r["highlights"]) for r in first]
    oracle_scores = scorer.score_many([r["highlights"] for r in first], predictions)
    assert 100 * statistics.mean(s["rouge1"].fmeasure for s in oracle_scores) > 50
