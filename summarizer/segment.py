"""Paragraphs and sentences with character spans: the one place that builds the sentence list.

The splitter is rule based and needs no downloaded model. It handles two styles of input:

* raw text (news as published): abbreviations (U.S., Gen., Mr., Jan. 5, No. 10, a.m.),
  initials, decimals, ellipses, quotes closing after the full stop, hard-wrapped lines,
  headings and bullet lines;
* pre-tokenized text, as in the CNN/DailyMail benchmark files (lowercased, PTB-style
  `` `` ``/``''`` or plain ``"`` quotes, ``-lrb-``, split contractions): a sentence ends after
  a standalone ``.``/``!``/``?`` token plus any closing quote or bracket tokens.

Other scripts split at their own terminal punctuation: CJK ``。！？`` (no space needed after
them), Arabic ``؟``/``۔`` and Devanagari ``।``. Whatever the input, a sentence has at most
``Config.max_sentence_words`` words and ``CHARS_PER_WORD`` times as many characters: longer
runs (no punctuation, or no whitespace at all) are cut. Every step is linear in the input's
length.

Rankers, training and evaluation all take their sentences from :func:`segment`, so features at
training time are exactly the features at inference time.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator

from . import clean
from .config import Config
from .types import Document, Sentence

#: A piece of text longer than this many characters per allowed word
#: (``CHARS_PER_WORD * Config.max_sentence_words``) is cut even without whitespace.
CHARS_PER_WORD = 25

_LINE_BREAK = re.compile(r"\r\n|[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_PARAGRAPH_BREAKS = frozenset("\f\u2029")
_ENDS_WITH_PUNCT = re.compile(r"[.!?…:;,\"'’”)\]\-–—。！？｡؟۔।」』）]$")
_TITLE_END = re.compile(r"[.!?…:;,\"'’”。！？｡؟۔।」』）]$")
_OPENERS = "\"'‘“([«"

# Raw text: a run of terminal punctuation (Latin, Arabic, Devanagari) and closing quotes or
# brackets, then whitespace; or a run of CJK full stops, exclamation or question marks and
# closing brackets, with or without whitespace after it (CJK text has no spaces). Each run is
# matched from its first character only (the lookbehinds), so a long run of full stops with no
# whitespace after it costs linear, not quadratic, time.
_RAW_BOUNDARY = re.compile(
    r"(?<![.!?…؟۔।])[.!?…؟۔।]+[\"'’”)\]»]*(?=\s)"
    r"|(?<![。！？｡])[。！？｡]+[」』）〕】〉》\"'’”)\]»]*"
)
_WORD_BEFORE = re.compile(r"\S+$")
_NEXT_WORD = re.compile(r"\s+([\"'‘“(\[«]*)([^\s\"'’”.,;:!?)]*)")
_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")

# Tokenized text: a standalone terminal token.
_TOKEN_BOUNDARY = re.compile(r"(?<!\S)(?:\.|[!?]+)(?!\S)")
# After "? ''" or "! ''", these words continue the sentence: `` why ? '' he asked .
_ATTRIBUTION = frozenset(
    "he she they i we you it asked said says added replied shouted cried wrote told".split()
)
_NEXT_TOKEN = re.compile(r"\s+(\S+)")
_TRAILING_TOKEN = re.compile(r"\s+(''|'|\"|\)|-rrb-|’|”|[.!?]+)(?!\S)")
_PERIODS = re.compile(r"\.+")
_TOKEN_PERIODS = re.compile(r"(?<=\s)\.(?=\s|$)")
_COMMAS = re.compile(r",")
_TOKEN_COMMAS = re.compile(r"(?<=\s),(?=\s|$)")
_WORD = re.compile(r"\S+")
_UPPER = re.compile(r"[A-Z]")
_LOWER = re.compile(r"[a-z]")
_SOFT_BREAK_WORD = re.compile(r".*[,;:]$|--|—|–|-")

# Always followed by a name: never the end of a sentence.
_TITLES = frozenset(
    "mr mrs ms messrs mme mlle dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr cdr rev "
    "sen rep gov pres supt insp det hon fr st mt ft gens brig lieut spc pfc cpo".split()
)
# Followed by a number: "No. 10", "Jan. 5", "Vol. 3", "p. 12".
_BEFORE_NUMBERS = frozenset(
    "no nos vol vols pp p fig figs art ch sec para op jan feb mar apr jun jul aug sep sept "
    "oct nov dec".split()
)
# Often inside a sentence, but may end one: split only before a typical sentence opener.
_AMBIGUOUS = frozenset(
    "inc co corp ltd llc plc jr bros vs etc approx dept est al ave blvd rd univ assn govt mph "
    "kg km lb lbs oz ft yd mi min hr hrs sec cf ca e.g i.e".split()
)
_SENTENCE_OPENERS = frozenset(
    "the a an he she it they we i you his her their its our my this that these those there "
    "here but and or so yet in on at by for from with after before when while if as although "
    "though however meanwhile now then today yesterday last next one some many most all no "
    "not what who why how where also still".split()
)


def segment(text: str, config: Config | None = None) -> Document:
    """Clean and split an article into sentences with character spans.

    Args:
        text: The original input.
        config: Settings (``remove_boilerplate``, ``max_sentence_words``); defaults if None.

    Returns:
        The :class:`Document`: candidate sentences in order, each with ``text[start:end]``
        its source, plus the spans dropped as boilerplate.
    """
    config = config or Config()
    tokenized = looks_tokenized(text)
    caseless = is_caseless(text)
    compounds = clean.hyphenated_compounds(text) if "-\n" in text or "-\r" in text else frozenset()
    sentences: list[Sentence] = []
    removed: list[tuple[int, int, str]] = []
    title: tuple[int, int] | None = None
    first_block = len(text) - len(text.lstrip())
    for paragraph, blocks in enumerate(_paragraph_blocks(text)):
        first_in_paragraph = True
        for block_start, block_end in blocks:
            if block_start == first_block and _is_title(text, block_start, block_end):
                title = _trim(text, block_start, block_end)
                continue
            block_start += _bullet_length(text, block_start, block_end)
            spans = (
                _split_tokenized(text, block_start, block_end)
                if tokenized
                else _split_raw(text, block_start, block_end, caseless)
            )
            for start, end in spans:
                for piece_start, piece_end in _split_long(
                    text, start, end, config.max_sentence_words
                ):
                    span = _trim(text, piece_start, piece_end)
                    if config.remove_boilerplate:
                        span = _strip_prefixes(text, span, first_in_paragraph)
                    first_in_paragraph = False
                    if span[0] >= span[1]:
                        if piece_end > piece_start and text[piece_start:piece_end].strip():
                            removed.append((piece_start, piece_end, "furniture"))
                        continue
                    clean_text = clean.clean_sentence(text[span[0] : span[1]], compounds)
                    reason = clean.boilerplate_reason(clean_text)
                    if reason is not None and (config.remove_boilerplate or reason == "no-words"):
                        removed.append((span[0], span[1], reason))
                        continue
                    sentences.append(
                        Sentence(len(sentences), clean_text, span[0], span[1], paragraph)
                    )
    return Document(text, tuple(sentences), tuple(removed), tokenized, title)


def looks_tokenized(text: str) -> bool:
    """Guess whether ``text`` is pre-tokenized (full stops and commas as separate tokens).

    Args:
        text: The input.

    Returns:
        True when most full stops (at least two) and most commas stand alone between
        spaces, as in the CNN/DailyMail benchmark files; raw text almost never writes " , ".
    """
    sample = text[:20000]
    return _mostly_standalone(sample, _PERIODS, _TOKEN_PERIODS) and _mostly_standalone(
        sample, _COMMAS, _TOKEN_COMMAS, minimum=0
    )


def _mostly_standalone(
    sample: str, marks: re.Pattern[str], standalone: re.Pattern[str], minimum: int = 2
) -> bool:
    total = len(marks.findall(sample))
    return total >= minimum and len(standalone.findall(sample)) >= 0.5 * total


def is_caseless(text: str) -> bool:
    """True when the text (a sample of it) has almost no capital (ASCII) letters."""
    sample = text[:20000]
    upper = len(_UPPER.findall(sample))
    return upper <= 0.01 * (upper + len(_LOWER.findall(sample)))


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, separator)`` for each line (the separator is "" at the end)."""
    position = 0
    for match in _LINE_BREAK.finditer(text):
        yield position, match.start(), match.group()
        position = match.end()
    yield position, len(text), ""


def _paragraph_blocks(text: str) -> Iterator[list[tuple[int, int]]]:
    """Yield each paragraph as a list of blocks, spans inside which line breaks are soft.

    Paragraphs are separated by blank lines (or form feeds). Inside a paragraph, a line break
    is a hard boundary before a bullet line, and after a short line with no closing
    punctuation followed by a capitalised line (a heading, a caption, a footer); every other
    line break is a hard wrap inside a sentence and is left to the sentence splitter.
    """
    lines: list[tuple[int, int]] = []
    for start, end, separator in _lines(text):
        if text[start:end].strip():
            lines.append((start, end))
        elif lines:
            yield _blocks(text, lines)
            lines = []
        if separator in _PARAGRAPH_BREAKS and lines:
            yield _blocks(text, lines)
            lines = []
    if lines:
        yield _blocks(text, lines)


def _blocks(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if len(lines) == 1:
        return lines
    stripped = [text[start:end].strip() for start, end in lines]
    width = max(len(line) for line in stripped)
    blocks: list[tuple[int, int]] = []
    block_start = lines[0][0]
    for i in range(len(lines) - 1):
        current, following = stripped[i], stripped[i + 1]
        ends_sentence = bool(_ENDS_WITH_PUNCT.search(current))
        bullet = clean.BULLET.match(following)
        if bullet is not None and following[0].isdigit():
            hard = ends_sentence or i == 0 or bool(clean.BULLET.match(stripped[i]))
        elif bullet is not None:
            hard = True
        else:
            opener = following[0]
            capital = opener.isupper() or opener.isdigit() or opener in _OPENERS
            hard = not ends_sentence and capital and len(current) < 0.7 * width
        if hard:
            blocks.append((block_start, lines[i][1]))
            block_start = lines[i + 1][0]
    blocks.append((block_start, lines[-1][1]))
    return blocks


def _is_title(text: str, start: int, end: int) -> bool:
    """A first block is a title: one short line, no closing punctuation, more text after it."""
    line = text[start:end].strip()
    return (
        bool(line)
        and not _TITLE_END.search(line)
        and len(line.split()) <= 30
        and "\n" not in line
        and bool(text[end:].strip())
    )


def _bullet_length(text: str, start: int, end: int) -> int:
    match = clean.BULLET.match(text, start, end)
    return match.end() - start if match else 0


def _split_raw(text: str, start: int, end: int, caseless: bool) -> Iterator[tuple[int, int]]:
    """Split a block of raw text into sentence spans (whitespace not yet trimmed).

    In caseless text (all lowercase), a lowercase word after a full stop may start a sentence.
    """
    sentence_start = start
    for match in _RAW_BOUNDARY.finditer(text, start, end):
        if _is_raw_boundary(text, match, start, end, caseless):
            yield sentence_start, match.end()
            sentence_start = match.end()
    if sentence_start < end:
        yield sentence_start, end


def _is_raw_boundary(text: str, match: re.Match[str], start: int, end: int, caseless: bool) -> bool:
    following = _NEXT_WORD.match(text, match.end(), end)
    if following is None:
        return True
    opener, next_word = following.group(1), following.group(2)
    first = (opener or next_word)[:1]
    if not first:
        return True
    if first in "-–—,;:)]}" or (first.islower() and not caseless):
        return False
    punct = match.group().rstrip("\"'’”)]»")
    if punct != "." or len(match.group()) > len(punct):
        return True  # "!", "?", "...", or a quote/bracket closing after the full stop
    before = _WORD_BEFORE.search(text, max(start, match.start() - 40), match.start())
    word = before.group().lstrip(_OPENERS) if before else ""
    lowered = word.lower()
    if lowered in _TITLES:
        return False
    if lowered in _BEFORE_NUMBERS and first.isdigit():
        return False
    if (len(word) == 1 and word.isalpha()) or lowered in _AMBIGUOUS or _ACRONYM.fullmatch(word):
        return next_word.lower() in _SENTENCE_OPENERS
    return True


def _split_tokenized(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Split a block of tokenized text after standalone ``.``/``!``/``?`` tokens."""
    quotes: list[int] | None = None
    sentence_start = start
    for match in _TOKEN_BOUNDARY.finditer(text, start, end):
        if match.start() < sentence_start:
            continue
        boundary = match.end()
        while True:
            trailing = _TRAILING_TOKEN.match(text, boundary, end)
            if trailing is None:
                break
            if trailing.group(1) == '"':
                if quotes is None:
                    quotes = [i for i in range(start, end) if text[i] == '"']
                # A plain quote closes a quotation when an odd number came before it.
                if bisect.bisect_left(quotes, trailing.start(1)) % 2 == 0:
                    break
            boundary = trailing.end()
        if match.group() != "." and boundary > match.end():
            following = _NEXT_TOKEN.match(text, boundary, end)
            if following is not None and following.group(1) in _ATTRIBUTION:
                continue
        yield sentence_start, boundary
        sentence_start = boundary
    if sentence_start < end:
        yield sentence_start, end


def _split_long(text: str, start: int, end: int, max_words: int) -> Iterator[tuple[int, int]]:
    """Cut a span into pieces of at most ``max_words`` words and ``CHARS_PER_WORD * max_words``
    characters (a blob without spaces, or CJK text without punctuation, is cut too)."""
    limit = CHARS_PER_WORD * max_words
    for piece_start, piece_end in _split_words(text, start, end, max_words):
        yield from _split_chars(text, piece_start, piece_end, limit)


def _split_chars(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    """Cut a span longer than ``limit`` characters: at the last whitespace in the second half
    of each window, else at the limit, moved back before any combining marks that would be cut
    from their letter. Every piece keeps at least half a window, so the cost stays linear (a
    run of nothing but combining marks is cut at the limit)."""
    half = limit // 2
    while end - start > limit:
        cut = start + limit
        back = cut
        while back > start + half and not text[back - 1].isspace():
            back -= 1
        if back == start + half:  # no whitespace: keep combining marks with their letter
            back = cut
            while back > start + half and _continues(text[back]):
                back -= 1
        if back > start + half:
            cut = back
        yield start, cut
        start = cut
    yield start, end


def _continues(char: str) -> bool:
    """True for a character that belongs to the one before it (a combining mark, a joiner)."""
    return (
        bool(unicodedata.combining(char))
        or char in "\u200c\u200d\ufe0e\ufe0f"
        or ("\udc00" <= char <= "\udfff")
    )


def _split_words(text: str, start: int, end: int, max_words: int) -> Iterator[tuple[int, int]]:
    """Cut a span with more than ``max_words`` words into pieces of at most that many.

    Each cut goes after the last clause mark (comma, semicolon, colon, dash) in the second
    half of the window, or after ``max_words`` words when there is none.
    """
    if end - start < 2 * max_words or len(text[start:end].split()) <= max_words:
        yield start, end
        return
    piece_start = start
    count = 0
    soft_cut = -1
    for word in _WORD.finditer(text, start, end):
        count += 1
        if count > max_words:
            cut = soft_cut if soft_cut > piece_start else word.start()
            yield piece_start, cut
            piece_start = cut
            count = len(text[piece_start : word.end()].split())
            soft_cut = -1
        if count >= max_words // 2 and _SOFT_BREAK_WORD.fullmatch(word.group()):
            soft_cut = word.end()
    yield piece_start, end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _strip_prefixes(text: str, span: tuple[int, int], first: bool) -> tuple[int, int]:
    start, end = span
    if first:
        start += clean.dateline_length(text[start : min(end, start + 120)])
    start += clean.prefix_length(text[start : min(end, start + 40)])
    return _trim(text, start, end)
