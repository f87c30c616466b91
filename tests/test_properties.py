"""Property-based tests: every input gets a clear error or a safe, valid result.

For any text (random Unicode with control characters and lone surrogates, noisy mixtures of
news furniture, or structured news-like articles) and any valid configuration:

* ``highlight`` returns a result or raises :class:`~summarizer.InputError`, nothing else;
* every highlight's span maps back to the input: the bullet is the cleaned text of
  ``text[start:end]`` (the same letters and digits, see :func:`fingerprint`) and equals the
  document sentence it names (for an HTML page, ``text`` is the article extracted from it:
  ``Highlighter.document(page).text``);
* the number of highlights respects the budget (``k``, ``ratio``, ``max_words``), bullets are
  unique, document order holds when requested, scores are finite;
* results are deterministic, and every renderer gives safe output (valid JSON that encodes as
  UTF-8, HTML whose only tags are the renderer's own, one Markdown list line per bullet);
* ROUGE scores stay in [0, 1] and ROUGE(x, x) = 1 for every x with at least one token.

The hypothesis profile is deterministic (``derandomize``) with a budget that keeps this file
at well under a minute on two cores; ``NEWS_HIGHLIGHTS_HYPOTHESIS=long`` runs ten times as
many examples with random seeds (``benchmarks/fuzz.py`` is the long fuzzing run).
"""

from __future__ import annotations

import json
import math
import os
import re
import unicodedata
from html.parser import HTMLParser
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evaluation.rouge import RougeScorer
from summarizer import (
    Config,
    Highlighter,
    Highlights,
    InputError,
    MissingExtraError,
    highlight,
)
from summarizer.clean import clean_sentence
from summarizer.rankers import available
from summarizer.segment import CHARS_PER_WORD, segment

settings.register_profile(
    "hostile-ci",
    max_examples=120,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "hostile-long",
    max_examples=1200,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PROFILE = settings.get_profile(
    "hostile-long" if os.environ.get("NEWS_HIGHLIGHTS_HYPOTHESIS") == "long" else "hostile-ci"
)

RANKERS = [name for name in available() if name != "default"]
_WORD = re.compile(r"[^\W_]+")
_NOT_ALNUM = re.compile(r"[\W_]+")
_INVISIBLE_IN_BULLETS = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")

# ---------------------------------------------------------------------------------------------
# Invariants, shared with test_hostile.py, test_fuzz_regressions.py and benchmarks/fuzz.py.


def fingerprint(text: str) -> str:
    """The letters and digits of ``text``, compatibility-decomposed (NFKD), in order.

    Cleaning only removes or changes characters that are not letters or digits (whitespace,
    line-end hyphens, control and invisible characters, lone surrogates), joins surrogate
    pairs and applies NFC, so a bullet and its source span have the same fingerprint.
    """
    joined = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return "".join(c for c in unicodedata.normalize("NFKD", joined) if c.isalnum())


def is_clean(text: str) -> bool:
    """One line of printable text: no control, format-invisible or surrogate characters, no
    leading, trailing or repeated whitespace."""
    return (
        bool(text)
        and text == " ".join(text.split())
        and not any(
            unicodedata.category(c) in ("Cc", "Cs") or c in _INVISIBLE_IN_BULLETS for c in text
        )
    )


class _HtmlCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[str] = []
        self.items: list[str] = []
        self._in_item = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += [name for name, _ in attrs]
        if tag == "li":
            self._in_item = True
            self.items.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "li":
            self._in_item = False

    def handle_data(self, data: str) -> None:
        if self._in_item:
            self.items[-1] += data


def check_renderers(result: Highlights) -> None:
    """Every format is safe: strict JSON, escaped HTML, structural Markdown, plain text."""
    data = json.loads(result.to_json())
    assert [h["text"] for h in data["highlights"]] == list(result.bullets)
    assert [h["spans"] for h in data["highlights"]] == [
        [list(span) for span in item.spans] for item in result
    ]
    assert json.loads(result.to_json(indent=None)) == data
    page = result.to_html()
    parser = _HtmlCollector()
    parser.feed(page)
    parser.close()
    assert set(parser.tags) <= {"section", "h1", "h2", "ol", "li", "p"}, parser.tags
    assert set(parser.attributes) <= {"class", "data-spans", "data-status", "title"}
    assert parser.items == list(result.bullets)
    markdown = result.to_markdown()
    listed = [line for line in markdown.splitlines() if re.match(r"\d+\. ", line)]
    assert len(listed) == len(result)
    text = str(result)
    assert all(bullet in text for bullet in result.bullets)
    if result.title is None or is_clean(result.title):
        for output in (result.to_json(), page, markdown, text):
            output.encode("utf-8")  # never a lone surrogate


def check_result(text: str, result: Highlights, config: Config | None = None) -> None:
    """Assert every invariant of a ``highlight(text, config)`` result (see module docstring)."""
    config = config or Config()
    document = Highlighter(config).document(text)
    if document.text != text:  # an HTML page: the spans refer to the article extracted from it
        assert "<" in text, "only markup is ever replaced by extracted text"
    text = document.text
    assert result.n_sentences == len(document.sentences) > 0
    assert 1 <= len(result) <= config.k
    if config.ratio is not None:
        assert len(result) <= max(1, math.ceil(config.ratio * result.n_sentences))
    if config.max_words is not None and len(result) > 1:
        assert sum(len(_WORD.findall(b.lower())) for b in result.bullets) <= config.max_words
    keys = [_NOT_ALNUM.sub(" ", b.lower()).strip() for b in result.bullets]
    assert len(set(keys)) == len(keys), result.bullets
    indices = [item.sentences[0] for item in result]
    if config.order == "document":
        assert indices == sorted(indices)
    assert len(set(indices)) == len(indices)
    for item in result:
        assert math.isfinite(item.score)
        assert len(item.sentences) == len(item.spans) == 1
        ((start, end),) = item.spans
        assert 0 <= start < end <= len(text)
        sentence = document.sentences[item.sentences[0]]
        assert (sentence.start, sentence.end) == (start, end)
        assert item.text == sentence.text
        source = text[start:end]
        assert fingerprint(item.text) == fingerprint(source), (item.text, source)
        assert is_clean(item.text), repr(item.text)
        assert len(source.split()) <= config.max_sentence_words
        assert len(source) <= CHARS_PER_WORD * config.max_sentence_words
    check_renderers(result)


def run_highlight(text: str, config: Config | None = None) -> Highlights | None:
    """``highlight`` whose only allowed failures are InputError and, for an HTML page without
    the ``feeds`` extra, MissingExtraError (returns None then)."""
    try:
        result = Highlighter(config or Config()).highlight(text)
    except (InputError, MissingExtraError) as error:
        assert str(error), "the error must say what is wrong"
        return None
    check_result(text, result, config)
    return result


# ---------------------------------------------------------------------------------------------
# Strategies.

#: Any code point, surrogates and control characters included.
any_char = st.characters(exclude_categories=())
any_text = st.text(any_char, max_size=300)

NOISE = [
    "a", "A", "word", "Words", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\t", "\f", "\v", ".", ". ",
    "!", "?", "…", "...", "-", "--", "—", '"', "'", "“", "”", "(", ")", "1", "2024", "3.5",
    "U.S.", "Mr.", "Gen.", "e.g.", "http://x.co/a?b=1", "www.x.org", "a@b.com", "(CNN) -- ",
    "LONDON (Reuters) - ", "By John Smith", "Read more: ", "Share this article", "- ", "* ",
    "• ", "1. ", "\x00", "\x1b[31m", "\x9b", "\x7f", "\ud800", "\udfff", "\ud83d\ude00", "😀",
    "中文", "。", "！", "مرحبا", "שלום", "؟", "\u202e", "\u200b", "\xad", "\xa0", "é",
    "e\u0301", "ﬁ", "İ", "ß", "inter-\nnational", "well-\nknown", "<script>", "&amp;", "`",
    "*", "_", "#", "[x](javascript:alert(1))", "<img src=x onerror=alert(1)>", "|",
]  # fmt: skip
noisy_text = st.lists(st.sampled_from(NOISE), max_size=120).map("".join)

WORDS = (
    "the council approved plan on tuesday after storms homes flooding city said officials "
    "police report minister year people water barrier sea wall work start finish cost rise "
    "business owners warned visitors residents families winter engineers agency government "
    "election vote court judge ruled company shares fell percent market bank interest rates"
).split()


@st.composite
def news_text(draw: st.DrawFn) -> str:
    """A news-like article: optional headline, byline and dateline, paragraphs of sentences
    (quotes, numbers, abbreviations), hard wraps, bullet lines, footers, any line ending."""
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    parts: list[str] = []
    if draw(st.booleans()):
        parts.append(" ".join(draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=9))))
    if draw(st.booleans()):
        parts.append("By " + draw(st.sampled_from(["John Smith", "Maria Alvarez, CNN"])))
    for index in range(draw(st.integers(1, 7))):
        sentences = []
        for _ in range(draw(st.integers(1, 4))):
            words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25))
            if draw(st.booleans()):
                words.insert(draw(st.integers(0, len(words))), str(draw(st.integers(0, 10**6))))
            if draw(st.integers(0, 5)) == 0:
                words.insert(0, draw(st.sampled_from(["U.S.", "Mr.", "Dr.", "Jan.", "No."])))
            sentence = " ".join(words)
            sentence = draw(st.sampled_from([sentence.capitalize(), sentence, sentence.upper()]))
            sentence += draw(st.sampled_from([".", ".", ".", "!", "?", "...", "", ":"]))
            if draw(st.integers(0, 5)) == 0:
                sentence = f'"{sentence}" he said.'
            sentences.append(sentence)
        paragraph = " ".join(sentences)
        if index == 0 and draw(st.booleans()):
            paragraph = draw(st.sampled_from(["LONDON (CNN) -- ", "(Reuters) - "])) + paragraph
        if draw(st.integers(0, 3)) == 0:  # hard-wrap, sometimes hyphenating a word
            width = draw(st.integers(20, 70))
            wrapped, line = [], ""
            for word in paragraph.split():
                if line and len(line) + len(word) >= width:
                    if draw(st.integers(0, 3)) == 0 and len(word) > 4:
                        wrapped.append(f"{line} {word[:2]}-")
                        line = word[2:]
                        continue
                    wrapped.append(line)
                    line = word
                else:
                    line = f"{line} {word}" if line else word
            paragraph = newline.join([*wrapped, line])
        if draw(st.integers(0, 4)) == 0:
            paragraph = newline.join(f"- {s}" for s in sentences)
        parts.append(paragraph)
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(["Read more: www.example.com", "Share this article"])))
    separator = draw(st.sampled_from([newline * 2, newline, "\f", newline + "\t" + newline]))
    return separator.join(parts)


@st.composite
def configs(draw: st.DrawFn) -> Config:
    max_sentence_words = draw(st.integers(2, 150))
    return Config(
        k=draw(st.integers(1, 6)),
        max_words=draw(st.none() | st.integers(1, 80)),
        ratio=draw(st.none() | st.floats(0.01, 1.0)),
        ranker=draw(st.sampled_from(RANKERS)),
        redundancy=draw(st.sampled_from(["mmr", "trigram", "none"])),
        order=draw(st.sampled_from(["document", "score"])),
        min_sentence_words=draw(st.integers(1, min(10, max_sentence_words))),
        max_sentence_words=max_sentence_words,
        remove_boilerplate=draw(st.booleans()),
    )


all_texts = st.one_of(any_text, noisy_text, news_text())

# ---------------------------------------------------------------------------------------------
# highlight() and the sentence list.


@PROFILE
@given(text=all_texts, config=configs())
def test_highlight_gives_a_valid_result_or_input_error(text: str, config: Config) -> None:
    run_highlight(text, config)


@PROFILE
@given(text=news_text(), config=configs())
def test_structured_news_always_gives_highlights(text: str, config: Config) -> None:
    assert run_highlight(text, config) is not None


@PROFILE
@given(text=st.one_of(noisy_text, news_text()), config=configs())
def test_results_are_deterministic(text: str, config: Config) -> None:
    try:
        first = highlight(text, config)
    except InputError:
        with pytest.raises(InputError):
            Highlighter(config).highlight(text)
        return
    again = Highlighter(config)
    assert again.highlight(text).to_json() == first.to_json()
    assert again.highlight(text).to_json() == first.to_json()


@PROFILE
@given(text=all_texts, max_words=st.integers(2, 60), remove=st.booleans())
def test_sentence_list_maps_back_to_the_input(text: str, max_words: int, remove: bool) -> None:
    config = Config(max_sentence_words=max_words, min_sentence_words=1, remove_boilerplate=remove)
    document = segment(text, config)
    assert document.text is text
    previous_end = 0
    for index, sentence in enumerate(document.sentences):
        assert sentence.index == index
        assert previous_end <= sentence.start < sentence.end <= len(text)
        previous_end = sentence.end
        source = text[sentence.start : sentence.end]
        assert source == source.strip()
        assert sentence.text == clean_sentence(source) or "-" in source
        assert fingerprint(sentence.text) == fingerprint(source)
        assert is_clean(sentence.text), repr(sentence.text)
        assert len(source.split()) <= max_words
        assert len(source) <= CHARS_PER_WORD * max_words
    for start, end, reason in document.removed:
        assert 0 <= start < end <= len(text) and reason
    if document.title_span is not None:
        start, end = document.title_span
        assert 0 <= start < end <= len(text)


@PROFILE
@given(text=st.one_of(any_text, noisy_text))
def test_clean_sentence_is_idempotent_and_safe(text: str) -> None:
    cleaned = clean_sentence(text)
    assert clean_sentence(cleaned) == cleaned
    assert cleaned == "" or is_clean(cleaned)
    cleaned.encode("utf-8")
    assert fingerprint(cleaned) == fingerprint(text)


# ---------------------------------------------------------------------------------------------
# ROUGE.

MODES = ("rouge-score", "rouge155")
TYPES = ("rouge1", "rouge2", "rougeL", "rougeLsum")
rouge_texts = st.one_of(any_text, noisy_text, news_text())


def n_tokens(text: str, mode: str) -> int:
    """Number of tokens of ``text`` in a scoring mode (see the evaluation.rouge docstring)."""
    if mode == "rouge-score":
        return len(re.findall("[a-z0-9]+", text.lower()))
    return len(re.findall("[A-Za-z0-9]+", text))


def _values(scores: dict[str, Any]) -> list[float]:
    return [v for s in scores.values() for v in (s.precision, s.recall, s.fmeasure)]


@PROFILE
@given(
    reference=rouge_texts,
    prediction=st.one_of(rouge_texts, st.lists(rouge_texts, max_size=4)),
    mode=st.sampled_from(MODES),
    stem=st.booleans(),
    multi=st.sampled_from(["max", "jackknife"]),
    extra_reference=st.none() | rouge_texts,
)
def test_rouge_scores_stay_in_unit_interval(
    reference: str,
    prediction: str | list[str],
    mode: Any,
    stem: bool,
    multi: Any,
    extra_reference: str | None,
) -> None:
    scorer = RougeScorer(TYPES, use_stemmer=stem, mode=mode, multi_ref=multi)
    references: str | list[str] = (
        reference if extra_reference is None else [reference, extra_reference]
    )
    for value in _values(scorer.score(references, prediction)):
        assert math.isfinite(value) and 0.0 <= value <= 1.0


@PROFILE
@given(text=rouge_texts, mode=st.sampled_from(MODES), multi=st.sampled_from(["max", "jackknife"]))
def test_rouge_of_a_text_with_itself_is_one(text: str, mode: Any, multi: Any) -> None:
    tokens = n_tokens(text, mode)
    scorer = RougeScorer(TYPES, mode=mode, multi_ref=multi)
    for references in (text, [text, text]):
        scores = scorer.score(references, text)
        for name, score in scores.items():
            values = (score.precision, score.recall, score.fmeasure)
            if tokens >= (2 if name == "rouge2" else 1):
                assert values == (1.0, 1.0, 1.0), (name, text)
            elif tokens == 0:
                assert values == (0.0, 0.0, 0.0), (name, text)
