"""The public road: highlight(), Highlighter, Highlights, bad input."""

from __future__ import annotations

import time

import pytest

from summarizer import (
    Config,
    Highlighter,
    Highlights,
    InputError,
    SummarizerError,
    highlight,
)

ARTICLE = (
    "The city council approved a flood defence plan on Tuesday after record storms. "
    "The plan will raise the sea wall by 1.5 metres and build two tidal barriers. "
    "Work is due to start next year and finish by 2031, officials said. "
    "Business owners warned that years of construction would drive visitors away. "
    "The storms in December damaged more than 2,300 properties across the region. "
    "Insurers estimate the total bill at about 310 million dollars so far."
)


def test_example_article_highlights_are_clean(example_text: str) -> None:
    result = highlight(example_text)
    assert 3 <= len(result) <= 5
    for item in result:
        assert item.text[0].isupper() or item.text[0] in "\"'‘“"
        assert item.text.rstrip("\"'’”")[-1] in ".!?"
        assert "\n" not in item.text
        for phrase in ("Read more", "Latest News", "contributed to", "PUBLISHED", "(CNN)"):
            assert phrase not in item.text
    assert len(set(result.bullets)) == len(result.bullets)
    assert result.title is not None


def test_spans_give_the_source_back(example_text: str) -> None:
    for item in highlight(example_text, k=5):
        ((start, end),) = item.spans
        source = example_text[start:end]
        assert " ".join(source.split()).replace("construc- tion", "construction") == item.text


def test_highlight_fields() -> None:
    result = highlight(ARTICLE)
    assert isinstance(result, Highlights)
    assert result.n_sentences == 6
    assert result.bullets == tuple(item.text for item in result.items)
    first = result[0]
    assert first.ranker == "learned"
    assert first.sentences == (0,)
    assert isinstance(first.score, float)


def test_budgets() -> None:
    assert len(highlight(ARTICLE, k=1)) == 1
    assert len(highlight(ARTICLE, k=5)) == 5
    assert len(highlight(ARTICLE, k=5, ratio=0.5)) == 3
    by_words = highlight(ARTICLE, k=5, max_words=30)
    assert sum(len(b.split()) for b in by_words.bullets) <= 30
    # The word budget never returns nothing.
    assert len(highlight(ARTICLE, max_words=1)) == 1


def test_orders() -> None:
    in_document = highlight(ARTICLE, k=4, ranker="centroid")
    indices = [item.sentences[0] for item in in_document]
    assert indices == sorted(indices)
    by_score = highlight(ARTICLE, k=4, ranker="centroid", order="score")
    scores = [item.score for item in by_score]
    assert scores == sorted(scores, reverse=True)


def test_deterministic() -> None:
    assert highlight(ARTICLE).to_json() == highlight(ARTICLE).to_json()


def test_highlighter_reuse_matches_function() -> None:
    highlighter = Highlighter(Config(k=2), ranker="lexrank")
    assert highlighter.config.k == 2
    assert (
        highlighter.highlight(ARTICLE).bullets == highlight(ARTICLE, k=2, ranker="lexrank").bullets
    )


def test_one_sentence_gives_one_highlight() -> None:
    assert highlight("Only one sentence is here.").bullets == ("Only one sentence is here.",)


def test_duplicated_paragraphs_never_give_duplicate_bullets() -> None:
    paragraph = (
        "The minister resigned on Friday after a week of pressure. "
        "She said she had lost the confidence of colleagues."
    )
    text = "\n\n".join([paragraph] * 5 + ["A new minister will be named on Monday, aides said."])
    result = highlight(text, k=5, redundancy="none")
    assert len(set(result.bullets)) == len(result.bullets) == 3


def test_near_duplicates_are_dropped() -> None:
    text = (
        "The minister resigned on Friday after a week of intense pressure. "
        "The minister resigned on Friday after a week of intense pressure, aides said. "
        "Her deputy will take over the department until a new minister is named."
    )
    result = highlight(text, k=3, redundancy="none")
    assert len(result) == 2


@pytest.mark.parametrize("value", [None, 42, 3.5, ["a list"], {"a": 1}])
def test_non_text_input_raises_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="expected"):
        highlight(value)  # type: ignore[arg-type]


def test_bytes_need_an_encoding() -> None:
    data = ARTICLE.encode("utf-8")
    with pytest.raises(TypeError, match="decode"):
        highlight(data)
    assert highlight(data, encoding="utf-8").bullets == highlight(ARTICLE).bullets
    with pytest.raises(InputError, match="decode"):
        highlight(b"\xff\xfe\xfa", encoding="utf-8")


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t  \r\n"])
def test_empty_input_raises_input_error(text: str) -> None:
    with pytest.raises(InputError, match="empty"):
        highlight(text)


def test_only_punctuation_or_boilerplate_raises_input_error() -> None:
    with pytest.raises(InputError, match="no content"):
        highlight("... !!! ???")
    with pytest.raises(InputError, match="remove_boilerplate"):
        highlight("Read more: www.example.com\n\nShare this article")
    assert len(highlight("Share this article", remove_boilerplate=False)) == 1


def test_input_over_max_chars() -> None:
    with pytest.raises(InputError, match="max_chars"):
        highlight(ARTICLE, max_chars=100)


def test_errors_share_a_base_class() -> None:
    with pytest.raises(SummarizerError):
        highlight("")


def test_no_punctuation_yields_bounded_highlights() -> None:
    text = " ".join(["word"] * 3000)
    result = highlight(text, max_sentence_words=40)
    assert 1 <= len(result) <= 3
    assert all(len(b.split()) <= 40 for b in result.bullets)


def test_large_input_is_roughly_linear() -> None:
    """Doubling the input about doubles the time (ratio < 3 allows timing noise)."""
    unit = "\n\n".join(
        f"Paragraph {i} reports that event number {i} happened today. "
        f"Witnesses counted {i * 7} people at the scene."
        for i in range(200)
    )
    small, large = unit * 5, unit * 10  # about 0.5 MB and 1 MB
    timings = []
    for text in (small, large):
        start = time.perf_counter()
        highlight(text)
        timings.append(time.perf_counter() - start)
    assert timings[1] / timings[0] < 3.0


def test_run_on_captions_do_not_become_highlights_unless_nothing_else_does() -> None:
    """Over 60 words is run-on captions in raw news (see Config.max_highlight_words)."""
    run_on = " ".join(["Mayor Jane Doe opens the new bridge on Monday morning"] * 8) + "."
    normal = [
        "The city opened its new harbour bridge to traffic on Monday after eight months.",
        "Engineers replaced hundreds of steel cables and resurfaced the whole deck.",
        "Thousands of drivers will save twenty minutes on their daily commute.",
    ]
    text = " ".join([normal[0], run_on, *normal[1:]])
    assert highlight(text, k=4).bullets == tuple(normal)
    assert run_on in highlight(text, k=4, max_highlight_words=100).bullets
    assert highlight(run_on, k=1).bullets == (run_on,)  # nothing else: still a result
