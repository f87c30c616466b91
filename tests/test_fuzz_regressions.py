"""Inputs that broke cleaning, segmentation or the whole road, kept as regression tests.

Found by ``benchmarks/fuzz.py`` (atheris and hypothesis engines) and by the timing scans of
``benchmarks/bench_scaling.py``; each test names the defect it guards against. The time
limits are generous (the fixed code takes milliseconds; the defects took many seconds).
"""

from __future__ import annotations

import time

import pytest
from test_properties import check_result, fingerprint, is_clean, run_highlight

from summarizer import Config, highlight
from summarizer.clean import boilerplate_reason, clean_sentence, hyphenated_compounds
from summarizer.segment import segment

# Shortest inputs of each failure kind the fuzzer reported before the fixes.
LONE_SURROGATES = [
    "1\udcfa",
    "eit\udca0",
    "\x01م\udcd8",
    "ʖ\udcfe\udcff\x01\x00",
    "燙\ud9d9熙\ud9d9",
]
C1_CONTROLS = ["Ñ\x8c", "0\x80", "Body \x9b31m sentence is here now.", "a\x85b"]


@pytest.mark.parametrize("text", LONE_SURROGATES)
def test_lone_surrogates_become_replacement_characters(text: str) -> None:
    """Bullets kept lone surrogates, so no output could be written as UTF-8."""
    cleaned = clean_sentence(text)
    cleaned.encode("utf-8")
    assert "\ufffd" in cleaned
    for sentence in segment(text, Config(min_sentence_words=1)).sentences:
        assert is_clean(sentence.text)
    result = run_highlight(text)
    if result is not None:
        result.to_json().encode("utf-8")


def test_surrogate_pairs_are_joined_not_replaced() -> None:
    assert clean_sentence("smile \ud83d\ude00 now") == "smile 😀 now"
    assert clean_sentence("\udc00\ud800") == "\ufffd\ufffd"  # reversed order: two lone halves


@pytest.mark.parametrize("text", C1_CONTROLS)
def test_c1_control_characters_never_reach_a_bullet(text: str) -> None:
    """U+0080..U+009F (CSI U+009B drives terminals) were kept; NEL (U+0085) is a space."""
    cleaned = clean_sentence(text)
    assert not any("\x80" <= c <= "\x9f" for c in cleaned), repr(cleaned)
    assert fingerprint(cleaned) == fingerprint(text)
    result = run_highlight(text)
    if result is not None:
        assert all(is_clean(b) for b in result.bullets)


def test_information_separators_separate_words() -> None:
    """U+001C..U+001F are whitespace to Python (and line breaks to the splitter): they used to
    be deleted, gluing two words together."""
    assert clean_sentence("one\x1ctwo\x1dthree\x1efour\x1ffive") == "one two three four five"


def _seconds(function: object, *args: object) -> float:
    start = time.perf_counter()
    function(*args)  # type: ignore[operator]
    return time.perf_counter() - start


def test_run_of_full_stops_is_linear() -> None:
    """``......`` repeated to 20,000 characters took 13 s (the sentence-boundary regex was
    retried at every full stop of the run: quadratic; 100 KB took 200 s)."""
    assert _seconds(segment, "." * 40_000) < 3.0
    assert _seconds(segment, "!?." * 15_000 + "x") < 3.0
    with pytest.raises(Exception, match="no content"):
        highlight("." * 40_000)


def test_long_word_before_a_line_end_hyphen_is_linear() -> None:
    """A long run of letters in a sentence with a line-end hyphen was quadratic twice: in the
    hyphen repair of clean_sentence and in hyphenated_compounds (100 KB took 138 s)."""
    text = "a" * 40_000 + " inter-\nnational"
    assert _seconds(clean_sentence, text) < 3.0
    assert _seconds(hyphenated_compounds, text + " well-known") < 3.0
    assert hyphenated_compounds("b" * 10 + "-c well-known") == {"b" * 10 + "-c", "well-known"}
    result = highlight(text)
    check_result(text, result)


def test_text_without_whitespace_is_cut_into_bounded_sentences() -> None:
    """A 100 KB blob with no space or punctuation was one 100 KB bullet."""
    text = "x" * 100_000
    config = Config(max_sentence_words=40)
    document = segment(text, config)
    assert len(document.sentences) == 100
    assert all(s.end - s.start <= 25 * 40 for s in document.sentences)
    # A cut never separates a letter from its combining mark.
    accented = "e\u0301" * 5_000
    for sentence in segment(accented, config).sentences:
        assert not accented[sentence.start : sentence.end].startswith("\u0301")


@pytest.mark.parametrize("unit", ["\udca7", "\u0301", "\u200d", "e\u0301\u0302"])
def test_runs_of_combining_characters_are_cut_in_linear_time(unit: str) -> None:
    """Found by the hypothesis fuzzer in the first version of the character limit: a run of
    combining marks (or low surrogates) moved every cut back to one character after the
    previous one, scanning a whole window each time (20,000 characters took 8.5 s)."""
    text = unit * (40_000 // len(unit))
    assert _seconds(segment, text, Config(min_sentence_words=1)) < 3.0
    document = segment(text, Config(min_sentence_words=1, max_sentence_words=4))
    assert all(s.end - s.start <= 100 for s in document.sentences)


def test_cjk_text_is_split_at_its_full_stops() -> None:
    """Chinese and Japanese text (no spaces after 。！？) used to be one sentence."""
    text = "市议会周二批准了这项计划。居民们对此表示高兴！工程将于明年开始吗？「引用。」最后一句。"
    assert [s.text for s in segment(text).sentences] == [
        "市议会周二批准了这项计划。",
        "居民们对此表示高兴！",
        "工程将于明年开始吗？",
        "「引用。」",
        "最后一句。",
    ]
    assert segment("東京都は計画を承認した。住民は喜んだ。\n\n次の段落。").title_span is None


#: Found by atheris: markup-like garbage that the road detects as an HTML page.
MARKUP_GARBAGE = (
    "\x01\x07<p>Markup <è\x04\x00\x00\x00\x00\x00\x00scrÿÿÿÿÿÿÿÿi\x01\x01City council approves "
    "$1.2 billion flood defence plan afte\x84 \x01\x07<p>Markrecordup lion flood deFence plan "
    "afser \x01\x07N<p>M`rkrecpt>alerts2)</script> to\x9a\x87\x8bÑÃÐ\x8fÁ [x](javascriprdt"
    "\x01\x07<up \x01"
)


def test_garbage_detected_as_html_gives_spans_into_the_extracted_article() -> None:
    """The spans of an HTML page's highlights refer to the article extracted from it
    (``Highlighter.document(page).text``), not to the markup: the invariants hold there."""
    pytest.importorskip("trafilatura")
    result = run_highlight(MARKUP_GARBAGE)
    assert result is not None


def test_lists_of_links_are_boilerplate() -> None:
    """Lines of URLs or e-mail addresses (soft-wrapped into one 'sentence') became a bullet."""
    assert boilerplate_reason("https://a.com/1 https://a.com/2 www.b.org/x.") == "link"
    assert boilerplate_reason("desk@news.org, tips@news.org; a@b.co") == "link"
    assert boilerplate_reason("Write to desk@news.org for more.") is None
    with pytest.raises(Exception, match="no content"):
        highlight("\n".join(f"https://example.com/{i}" for i in range(50)))


def test_many_sentences_are_scored_in_bounded_memory() -> None:
    """The learned ranker walked all trees for all sentences at once: 64,000 sentences needed
    gigabytes and grew faster than linearly (8 s); it now works in blocks of rows."""
    import tracemalloc

    import numpy as np

    from summarizer.rankers.learned import FEATURE_NAMES, load_model

    model = load_model()
    rows = np.random.default_rng(0).random((20_000, len(FEATURE_NAMES)))
    model.predict(rows[:10])
    tracemalloc.start()
    try:
        scores = model.predict(rows)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert scores.shape == (20_000,) and np.isfinite(scores).all()
    assert peak < 32 * 2**20, f"{peak / 2**20:.0f} MB"  # was about 250 MB
    # Blocks give the same numbers as one row at a time.
    assert np.array_equal(
        scores[:50], np.concatenate([model.predict(rows[i : i + 1]) for i in range(50)])
    )


def test_near_duplicate_sentences_are_checked_in_constant_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Above 2,000 sentences each candidate was compared with every chosen sentence through a
    sparse row product; a document of near-duplicates (same content words, other stopwords)
    cost one such product per sentence. The near-duplicate mask is now updated once per chosen
    sentence, and candidates are checked against it."""
    from summarizer.features import Features

    calls = {"pair": 0, "column": 0}
    pair, column = Features.similarity, Features.similarities_to

    def count_pair(self: Features, i: int, j: int) -> float:
        calls["pair"] += 1
        return pair(self, i, j)

    def count_column(self: Features, j: int) -> object:
        calls["column"] += 1
        return column(self, j)

    monkeypatch.setattr(Features, "similarity", count_pair)
    monkeypatch.setattr(Features, "similarities_to", count_column)
    stop = ["the", "a", "this", "that", "it", "its", "our", "their", "his", "her"]
    lines = [
        f"{stop[i % 10]} {stop[i // 10 % 10]} {stop[i // 100 % 10]} {stop[i // 1000 % 10]} "
        "breaking news update arrived from the city desk today."
        for i in range(6_000)
    ]
    text = "\n\n".join(line.capitalize() for line in lines)
    result = highlight(text, ranker="lead", k=3)
    assert len(result) == 1  # every other sentence is a near-duplicate of the first
    assert calls == {"pair": 0, "column": 1}
