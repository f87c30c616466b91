"""Faithfulness guard: a generated bullet may say less than its source, never something else.

Every draft of an abstractive rewriter is checked against the article (and against the
sentences it rewrites) before it becomes a highlight:

* **numbers**: each number in the bullet, with its currency, scale (million, bn...), percent
  sign and unit (metres, years...), must occur in the article with compatible markers:
  "$1.2 billion" passes against "$1.2 billion" or "1.2 billion dollars"; "1.2 billion" passes
  (it drops the currency); "$1.2 million", "1.3 billion" and "12%" (against "12 points") fail.
  Small number words count as numbers ("two" is 2).
* **names**: each capitalised word must occur in the article (case-insensitively, so a
  capitalised first word such as "Officials" passes), and a run of two or more capitalised
  words must share at least one adjacent pair with the article ("Boris Johnson" passes against
  "Prime Minister Boris Johnson", "Ivan Johnson" fails when only "Ivan Petrov" and "Boris
  Johnson" occur). At the start of a sentence, a word the article also writes in lower case
  ("Police", "Flooding") is a common word, not part of a name.
* **quotes**: text between quotation marks must occur in the article word for word (case and
  punctuation aside).
* **negation**: a bullet must not drop the negation of its source sentence ("not", "no",
  "never", "n't"...) from a word it keeps ("did not approve" -> "approved"), nor negate a
  word of a source that has no negation.
* **support**: a bullet must share at least one content word with its source sentence, and at
  least a third of its content words must occur in the article (a stem is enough, so
  "approves" matches "approved").

A bullet that fails any check is replaced by its extractive source sentence; the reason lists
every failed check. These are lexical checks for the obvious cases, not entailment: they
catch invented numbers, names and quotes and flipped negations, not every paraphrase error.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from ..features import STOPWORDS
from ..types import Document
from . import Draft

# --- numbers ---------------------------------------------------------------------------------

_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13",
    "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18",
    "nineteen": "19", "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50",
    "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
}  # fmt: skip

_CURRENCY_SYMBOLS = {"$": "$", "us$": "$", "£": "£", "€": "€", "¥": "¥"}

# Marker words after a number, each with the canonical meanings it may have.
_MARKERS: dict[str, frozenset[str]] = {}


def _marker(meanings: str, *words: str) -> None:
    for word in words:
        _MARKERS[word] = frozenset(meanings.split())


_marker("%", "%", "percent", "per cent", "pc")
_marker("pp", "percentage point", "percentage points", "points", "point")
_marker("thousand", "thousand", "k")
_marker("hundred", "hundred")
_marker("million", "million", "mn", "mln")
_marker("billion", "billion", "bn")
_marker("trillion", "trillion", "tn")
_marker("million metre", "m")
_marker("$", "dollar", "dollars", "usd")
_marker("£ lb", "pound", "pounds")
_marker("£", "gbp", "sterling")
_marker("€", "euro", "euros", "eur")
_marker("¥", "yen")
_marker("p", "pence", "p")
_marker("metre", "metre", "metres", "meter", "meters")
_marker("km", "km", "kilometre", "kilometres", "kilometer", "kilometers")
_marker("cm", "cm", "centimetre", "centimetres", "centimeter", "centimeters")
_marker("mm", "mm", "millimetre", "millimetres", "millimeter", "millimeters")
_marker("mile", "mile", "miles", "mi")
_marker("ft", "ft", "foot", "feet")
_marker("inch", "inch", "inches")
_marker("kg", "kg", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes")
_marker("g", "gram", "grams", "gramme", "grammes")
_marker("lb", "lb", "lbs")
_marker("tonne", "tonne", "tonnes", "ton", "tons")
_marker("litre", "litre", "litres", "liter", "liters")
_marker("mph", "mph")
_marker("kmh", "km/h", "kph")
_marker("degree", "degree", "degrees", "°", "°c", "°f")
_marker("acre", "acre", "acres")
_marker("hectare", "hectare", "hectares", "ha")
_marker("year", "year", "years", "yr", "yrs")
_marker("month", "month", "months")
_marker("week", "week", "weeks")
_marker("day", "day", "days")
_marker("hour", "hour", "hours", "hr", "hrs")
_marker("minute", "minute", "minutes", "min", "mins")
_marker("second", "second", "seconds", "sec", "secs")
_marker("am", "am", "a.m.")
_marker("pm", "pm", "p.m.")

_SCALES = frozenset({"thousand", "hundred", "million", "billion", "trillion"})
_MARKER_WORDS = sorted(_MARKERS, key=len, reverse=True)
_MARKER_AFTER = re.compile(
    r"\s?-?(" + "|".join(re.escape(w) for w in _MARKER_WORDS) + r")(?![^\W_])", re.IGNORECASE
)
_NUMBER = re.compile(
    r"(?<![\w.,])(?:(\d+(?:[.,:]\d+)*)(?:st|nd|rd|th)?|("
    + "|".join(_NUMBER_WORDS)
    + r")(?![\w-]))",
    re.IGNORECASE,
)
_CURRENCY_BEFORE = re.compile(r"(us\$|[$£€¥])\s?$", re.IGNORECASE)
_AMBIGUOUS_M = frozenset({"million", "metre"})
_YEAR = frozenset({"year"})
_OLD = re.compile(r"[\s-]old\b", re.IGNORECASE)
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number and the markers that qualify it.

    Attributes:
        value: The number, normalised (no thousands separators, no trailing decimal zeros;
            number words as digits).
        markers: For each currency, scale, percent sign or unit next to the number, the set of
            its possible meanings (``"m"`` may be million or metre).
        text: The number as written.
    """

    value: str
    markers: tuple[frozenset[str], ...]
    text: str

    def found_in(self, others: Iterable[Quantity]) -> bool:
        """True when some quantity has the same value and every marker of this one."""
        return any(
            other.value == self.value
            and all(any(mine & theirs for theirs in other.markers) for mine in self.markers)
            for other in others
        )


def quantities(text: str) -> list[Quantity]:
    """Every number in ``text`` with its currency, scale, percent and unit markers.

    Example:
        >>> [(q.value, sorted(map(sorted, q.markers))) for q in quantities("$1.2bn, 45%")]
        [('1.2', [['$'], ['billion']]), ('45', [['%']])]
    """
    found: list[Quantity] = []
    for match in _NUMBER.finditer(text):
        digits, word = match.group(1), match.group(2)
        markers: list[frozenset[str]] = []
        begin = match.start()
        currency = _CURRENCY_BEFORE.search(text[max(0, begin - 4) : begin]) if digits else None
        if currency:
            markers.append(frozenset({_CURRENCY_SYMBOLS[currency.group(1).lower()]}))
            begin -= len(currency.group())
        end = match.end()
        while len(markers) < 3:
            after = _MARKER_AFTER.match(text, end)
            if after is None:
                break
            meanings = _MARKERS[after.group(1).lower()]
            age = _OLD.match(text, after.end()) if meanings == _YEAR else None
            if age:  # "47-year-old" is an age, as in "Klopp, 47,"
                end = age.end()
                break
            if meanings == _AMBIGUOUS_M and currency:
                meanings = frozenset({"million"})  # "$5m"
            markers.append(meanings)
            end = after.end()
        if word:
            if word.lower() == "one" and not any(m & _SCALES for m in markers):
                continue  # "one of the...": a pronoun far more often than a number
            value = _NUMBER_WORDS[word.lower()]
        else:
            value = _normalise_number(digits)
        found.append(Quantity(value, tuple(markers), text[begin:end]))
    return found


def _normalise_number(digits: str) -> str:
    if _THOUSANDS.fullmatch(digits):
        digits = digits.replace(",", "")
    if re.fullmatch(r"\d+\.\d+", digits):
        digits = digits.rstrip("0").rstrip(".")
    if digits.isdigit():
        return digits.lstrip("0") or "0"
    return digits


# --- words, names, quotes, negation ----------------------------------------------------------

_TOKEN = re.compile(r"[^\W_](?:[\w'’&.-]*[^\W_])?\.?")
_WORD = re.compile(r"[^\W_]+")
_POSSESSIVE = re.compile(r"['’]s?$")
_TITLE_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st gen sen rep gov prof lt col capt sgt jr sr rev fr mt ft".split()
)
_QUOTES = (
    re.compile(r'"([^"]{1,1000})"'),
    re.compile(r"“([^”]{1,1000})”"),
    re.compile(r"``(.{1,1000}?)''"),
    re.compile(r"(?<![\w])‘([^’]{1,1000}?)’(?![\w])"),
)
_NEGATIONS = frozenset(
    "not no never none nobody nothing neither nor cannot nowhere without".split()
)
_NEGATED_VERB = re.compile(r"^\w+n['’]t$|^n['’]t$", re.IGNORECASE)
# Words skipped when looking for the word a negation applies to.
_NOT_HEADS = (
    STOPWORDS - {"over", "again", "enough", "less", "more", "most", "well", "said", "says", "say"}
) | frozenset("longer yet even ever been being get gets got".split()) | _NEGATIONS
_SENTENCE_BREAK = frozenset(".!?:;\"“”‘(")


def _norm_token(token: str) -> str:
    token = _POSSESSIVE.sub("", token.rstrip("."))
    return token.replace(".", "").lower()


def words(text: str) -> list[str]:
    """Lowercased word tokens (periods inside acronyms and possessive endings removed)."""
    return [t for t in (_norm_token(m.group()) for m in _TOKEN.finditer(text)) if t]


@dataclass(frozen=True, slots=True)
class NameRun:
    """Consecutive capitalised words: a candidate name.

    Attributes:
        words: The words, normalised (lowercased, possessive and acronym periods removed).
        text: The run as written.
        initial: True when the run starts a sentence (its first word may be a common word).
    """

    words: tuple[str, ...]
    text: str
    initial: bool


def name_runs(text: str) -> list[NameRun]:
    """Runs of consecutive capitalised words in ``text`` (its candidate names).

    A sentence-initial stopword ("The", "But") is left out, and so is the pronoun "I"; a run
    ends at punctuation other than the period of an abbreviation such as "Mr." or "U.S.".

    Example:
        >>> [run.text for run in name_runs("The plan, said Mr. Boris Johnson of the U.K., works.")]
        ['Mr. Boris Johnson', 'U.K.']
    """
    runs: list[NameRun] = []
    current: list[re.Match[str]] = []
    initial = False
    previous_end = 0
    sentence_start = True
    for match in _TOKEN.finditer(text):
        token = match.group()
        gap = text[previous_end : match.start()]
        if gap.strip() or "\n" in gap:
            sentence_start = sentence_start or "\n" in gap or any(c in _SENTENCE_BREAK for c in gap)
            _flush(text, current, initial, runs)
        bare = _norm_token(token)
        function_word = bare in STOPWORDS or bare in _NEGATIONS
        skip = token == "I" or (sentence_start and not current and function_word)
        if token[0].isupper() and bare and not skip:
            if not current:
                initial = sentence_start
            current.append(match)
        else:
            _flush(text, current, initial, runs)
        sentence_start = token.endswith(".") and not _is_abbreviation(token)
        if sentence_start:
            _flush(text, current, initial, runs)
        previous_end = match.end()
    _flush(text, current, initial, runs)
    return runs


def _flush(text: str, current: list[re.Match[str]], initial: bool, runs: list[NameRun]) -> None:
    if current:
        last = current[-1].group()
        end = current[-1].end() - (last.endswith(".") and not _is_abbreviation(last))
        span = text[current[0].start() : end]
        runs.append(NameRun(tuple(_norm_token(m.group()) for m in current), span, initial))
        current.clear()


def _is_abbreviation(token: str) -> bool:
    bare = token.rstrip(".").lower()
    return bare in _TITLE_ABBREVIATIONS or len(bare) == 1 or "." in bare


def quotes(text: str) -> list[str]:
    """The quoted passages of ``text``, as lowercased words joined by single spaces."""
    found = []
    for pattern in _QUOTES:
        for match in pattern.finditer(text):
            quoted = " ".join(_WORD.findall(match.group(1).lower()))
            if quoted:
                found.append(quoted)
    return found


def negations(text: str) -> list[tuple[str, str | None]]:
    """Negation cues in ``text`` with the word each one negates.

    The negated word is the first content word within four words after the cue (auxiliaries
    such as "be" or "have" are skipped): ``"did not approve the plan"`` gives
    ``("not", "approve")``. "Not only" and "No. 10" are not negations.

    Example:
        >>> negations("It isn't over; no one knows, and No. 10 said never again.")
        [("isn't", 'over'), ('no', 'knows'), ('never', 'again')]
    """
    tokens = [t.rstrip(".").lower() for t in _TOKEN.findall(text)]
    found: list[tuple[str, str | None]] = []
    for i, token in enumerate(tokens):
        if token not in _NEGATIONS and not _NEGATED_VERB.match(token):
            continue
        following = tokens[i + 1 : i + 5]
        if token == "no" and following and following[0][:1].isdigit():
            continue  # "No. 10"
        if token == "not" and following[:1] == ["only"]:
            continue  # "not only ... but also"
        head = next(
            (w for w in following if w not in _NOT_HEADS and not _NEGATED_VERB.match(w)), None
        )
        found.append((token, head))
    return found


def content_words(text: str) -> list[str]:
    """Lowercased words of four or more letters that are not stopwords."""
    return [w for w in _WORD.findall(text.lower()) if len(w) >= 4 and w not in STOPWORDS]


# --- the article and the check ---------------------------------------------------------------


class ArticleFacts:
    """What a bullet may mention: the numbers, words and text of one article.

    Args:
        texts: The article's text (the original input and its clean sentences).
    """

    def __init__(self, texts: Sequence[str]) -> None:
        joined = "\n\n".join(texts)
        self.quantities = tuple(q for text in texts for q in quantities(text))
        tokens = [w for text in texts for w in words(text)]
        plain = _WORD.findall(joined.lower())
        self.words = frozenset(tokens) | frozenset(plain)
        self.common = frozenset(
            _norm_token(m.group())
            for text in texts
            for m in _TOKEN.finditer(text)
            if m.group()[0].islower()
        )
        self.bigrams = frozenset(itertools.pairwise(tokens))
        self.stems = frozenset(_stem(w) for w in self.words)
        self.text = " " + " ".join(plain) + " "

    @classmethod
    def from_document(cls, document: Document) -> ArticleFacts:
        """The facts of a segmented article (its original text and its clean sentences)."""
        return cls([document.text, *(s.text for s in document.sentences)])

    def supports(self, word: str) -> bool:
        """True when ``word`` (lowercased) or a word with the same stem occurs."""
        return word in self.words or _stem(word) in self.stems


def _stem(word: str) -> str:
    """A crude stem: the first five letters of a long word, a short word without plural -s."""
    return word[:5] if len(word) > 5 else word.rstrip("s")


def check(bullet: str, source: str, facts: ArticleFacts) -> list[str]:
    """Return every reason ``bullet`` is not faithful (an empty list when it is).

    Args:
        bullet: The generated text.
        source: The text of the sentence(s) it rewrites.
        facts: The article's facts (see :class:`ArticleFacts`).

    Example:
        >>> source = "The council did not approve the $1.2 billion plan."
        >>> for problem in check("The council approved a $1.5 billion plan.", source,
        ...                      ArticleFacts([source])):
        ...     print(problem)
        number '$1.5 billion' is not in the article
        drops the negation ('not approve') of its source
    """
    problems = [
        f"number {q.text!r} is not in the article"
        for q in quantities(bullet)
        if not q.found_in(facts.quantities)
    ]
    problems += [f"name {name!r} is not in the article" for name in _invented_names(bullet, facts)]
    problems += [
        f"quote {quoted!r} is not in the article"
        for quoted in quotes(bullet)
        if f" {quoted} " not in facts.text
    ]
    problems += _negation_problems(bullet, source)
    problems += _support_problems(bullet, source, facts)
    return list(dict.fromkeys(problems))


def _invented_names(bullet: str, facts: ArticleFacts) -> Iterator[str]:
    for run in name_runs(bullet):
        known = [
            word in facts.words or (i == 0 and run.initial and facts.supports(word))
            for i, word in enumerate(run.words)
        ]
        if not all(known):
            pieces = run.text.split()
            if len(pieces) != len(known):
                yield run.text
                continue
            missing: list[str] = []
            for piece, ok in zip(pieces, known, strict=True):
                if not ok:
                    missing.append(piece)
                elif missing:
                    yield " ".join(missing)
                    missing = []
            if missing:
                yield " ".join(missing)
            continue
        names = run.words
        if run.initial and names[0] in facts.common:
            names = names[1:]  # "Police chief ..." at the start of a sentence
        if len(names) > 1 and not any(pair in facts.bigrams for pair in itertools.pairwise(names)):
            yield run.text


def _negation_problems(bullet: str, source: str) -> list[str]:
    """A negation of the source dropped in the bullet, or one the bullet adds.

    Only the obvious cases count: the negated word must be in both texts ("did not approve"
    against "approved"); a bullet that leaves out the negated clause altogether says less,
    which is fine.
    """
    mine, theirs = negations(bullet), negations(source)
    problems = []
    if theirs and not mine:
        stems = {_stem(w) for w in _WORD.findall(bullet.lower())}
        dropped = [f"{cue} {head}" for cue, head in theirs if head and _stem(head) in stems]
        if dropped:
            problems.append(f"drops the negation ({_listing(dropped)}) of its source")
    if mine and not theirs:
        stems = {_stem(w) for w in _WORD.findall(source.lower())}
        added = [f"{cue} {head}" for cue, head in mine if head and _stem(head) in stems]
        if added:
            problems.append(f"adds a negation ({_listing(added)}) that its source does not have")
    return problems


def _listing(cues: list[str]) -> str:
    return ", ".join(repr(cue) for cue in dict.fromkeys(cues))


def _support_problems(bullet: str, source: str, facts: ArticleFacts) -> list[str]:
    mine = content_words(bullet)
    if not mine:
        return [] if _WORD.search(bullet) else ["the model returned no words"]
    theirs = set(content_words(source))
    source_stems = {_stem(w) for w in theirs}
    if theirs and not any(w in theirs or _stem(w) in source_stems for w in mine):
        return ["shares no content word with its source"]
    unsupported = [w for w in mine if not facts.supports(w)]
    if len(mine) >= 3 and len(unsupported) * 3 > 2 * len(mine):
        return [f"most of its words are not in the article ({len(unsupported)} of {len(mine)})"]
    return []


# --- the verdict -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Verdict:
    """What becomes of one draft.

    Attributes:
        status: ``"rewritten"``, ``"kept"`` or ``"reverted"``.
        text: The bullet to show: the draft, or the source text.
        reason: Why it was kept or reverted.
        generated: The model's text when it is not shown.
    """

    status: str
    text: str
    reason: str | None = None
    generated: str | None = None


def review(draft: Draft, document: Document, facts: ArticleFacts) -> Verdict:
    """Accept a draft, or revert it to its source sentence(s) with the reasons.

    Args:
        draft: The rewriter's proposal.
        document: The article it was made from.
        facts: ``ArticleFacts.from_document(document)`` (computed once per article).

    Returns:
        ``"kept"`` when the rewriter kept the source on purpose or the model returned it
        unchanged, ``"reverted"`` when a check failed (or the model returned nothing), and
        ``"rewritten"`` otherwise.
    """
    source = " ".join(document.sentences[i].text for i in draft.sources)
    if draft.kept is not None:
        return Verdict("kept", source, draft.kept)
    generated = " ".join(draft.text.replace("<n>", " ").split())
    if not generated:
        return Verdict("reverted", source, "the model returned no text", draft.text)
    if _WORD.findall(generated.lower()) == _WORD.findall(source.lower()):
        return Verdict("kept", source, "the model returned the source unchanged")
    problems = check(generated, source, facts)
    if problems:
        return Verdict("reverted", source, "; ".join(problems), generated)
    return Verdict("rewritten", generated)
