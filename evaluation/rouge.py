"""ROUGE-N, ROUGE-L and ROUGE-Lsum, fast and identical to reference implementations.

Two modes are offered:

``"rouge-score"`` (default)
    Gives the numbers of Google's ``rouge-score`` package (``RougeScorer(types,
    use_stemmer=...).score`` and, for several references, ``score_multi``). Text is lower-cased
    with :meth:`str.lower` and every character outside ``[a-z0-9]`` separates tokens, so
    non-ASCII letters are dropped and split the word they sit in (``"café"`` gives ``caf``,
    ``"Zürich"`` gives ``z`` and ``rich``, CJK text gives no token at all). Tokens longer than
    three characters are stemmed with NLTK's Porter stemmer in its default mode, as
    ``rouge-score`` does.

``"rouge155"``
    Follows the ROUGE-1.5.5 Perl script as run with ``-c 95 -m -n 2 -a`` on
    one-sentence-per-line files. Only ASCII ``A-Z`` are lower-cased and every other character,
    so every non-ASCII character, separates tokens (``"café"`` gives ``caf``, ``"Zürich"`` gives
    ``z`` and ``rich``). Tokens longer than three characters are stemmed with the script's
    WordNet exception list and its own Porter stemmer. Per document, recall and precision are
    rounded to five decimals and F is computed from the rounded values with alpha = 0.5 and
    rounded again, as the script does; :func:`corpus_scores` then averages documents the way
    the script does. What the script prints as ``ROUGE-L`` is ``rougeLsum`` here.

In both modes ``rougeLsum`` is the summary-level (union) LCS over sentences, and sentences are
the lines of the text: it is split on ``"\\n"`` only and no sentence splitter is ever run, so
put one sentence per line (or pass a list of sentences). ``rougeL`` is the LCS of the whole
texts. ``rouge1`` to ``rouge9`` count clipped n-gram overlaps across line breaks.

Empty texts, texts without any token and empty reference lists all give 0 for precision,
recall and F; no score is ever NaN.
"""

from __future__ import annotations

import math
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import cache
from typing import Literal

from nltk.stem.porter import PorterStemmer

from evaluation._porter import morph_stem

__all__ = [
    "DEFAULT_ROUGE_TYPES",
    "Mode",
    "MultiRef",
    "RougeScorer",
    "Score",
    "Text",
    "UnknownRougeTypeError",
    "corpus_scores",
]

Mode = Literal["rouge-score", "rouge155"]
MultiRef = Literal["max", "jackknife"]
Text = str | Sequence[str]
"""A text, or (for predictions) its sentences, which are joined with ``"\\n"``."""

DEFAULT_ROUGE_TYPES = ("rouge1", "rouge2", "rougeL", "rougeLsum")
_NGRAM_TYPE = re.compile(r"rouge([1-9])")
_VALID_TYPES = "rouge1 ... rouge9, rougeL, rougeLsum"
_MODES = ("rouge-score", "rouge155")
_MULTI_REFS = ("max", "jackknife")
_MAX_CACHED_TOKENS = 1 << 20
_Counts = tuple[int, int, int]  # (hits, reference total, prediction total)
_Gram = str | tuple[str, ...]


class UnknownRougeTypeError(ValueError):
    """Raised for a ROUGE type name that is not supported."""

    def __init__(self, name: str) -> None:
        super().__init__(f"unknown ROUGE type {name!r}; valid types are {_VALID_TYPES}")


@dataclass(frozen=True)
class Score:
    """Precision, recall and F-measure of one ROUGE type, each in [0, 1]."""

    precision: float
    recall: float
    fmeasure: float


class _TokenMap(dict[str, str]):
    """Maps a raw token to its final (lower-cased, stemmed) form, computing each one once."""

    def __init__(self, transform: Callable[[str], str]) -> None:
        super().__init__()
        self._transform = transform

    def __missing__(self, token: str) -> str:
        if len(self) >= _MAX_CACHED_TOKENS:
            self.clear()
        value = self[token] = self._transform(token)
        return value


@dataclass(frozen=True)
class _Tokenizer:
    """Splits one line of text into final tokens."""

    pattern: re.Pattern[str]
    lower_first: bool
    token_map: _TokenMap | None

    def __call__(self, line: str) -> list[str]:
        raw = self.pattern.findall(line.lower() if self.lower_first else line)
        return raw if self.token_map is None else list(map(self.token_map.__getitem__, raw))


def _nltk_stem(stemmer: PorterStemmer) -> Callable[[str], str]:
    """Return rouge-score's token stemming: NLTK Porter on tokens longer than 3 characters."""
    # For [a-z0-9]+ input NLTK's stem is again a non-empty [a-z0-9]+ token, so rouge-score's
    # final validity filter never drops a stemmed token and is not needed here.
    return lambda token: stemmer.stem(token) if len(token) > 3 else token


def _perl_stem(token: str) -> str:
    """Return ROUGE-1.5.5's token form with ``-m``: lower-cased, stemmed if over 3 characters."""
    token = token.lower()
    return morph_stem(token) if len(token) > 3 else token


@cache
def _tokenizer(mode: Mode, use_stemmer: bool) -> _Tokenizer:
    """Return the (process-wide, caching) tokenizer of a mode."""
    if mode == "rouge-score":
        token_map = _TokenMap(_nltk_stem(PorterStemmer())) if use_stemmer else None
        return _Tokenizer(re.compile("[a-z0-9]+"), True, token_map)
    return _Tokenizer(
        re.compile("[A-Za-z0-9]+"), False, _TokenMap(_perl_stem if use_stemmer else str.lower)
    )


class _Doc:
    """A tokenised text: its non-empty sentences, all tokens and lazily built n-gram counts."""

    __slots__ = ("_grams", "sentences", "tokens")

    def __init__(self, text: str, tokenize: _Tokenizer) -> None:
        tokenized = (tokenize(line) for line in text.split("\n") if line)
        self.sentences = [tokens for tokens in tokenized if tokens]
        self.tokens = [token for sentence in self.sentences for token in sentence]
        self._grams: dict[int, Counter[_Gram]] = {}

    def grams(self, n: int) -> Counter[_Gram]:
        """Return the n-gram counts (tokens themselves for n = 1, tuples otherwise)."""
        if n not in self._grams:
            grams = (
                self.tokens if n == 1 else zip(*(self.tokens[i:] for i in range(n)), strict=False)
            )
            self._grams[n] = Counter(grams)
        return self._grams[n]


def _ngram_counts(ref: _Doc, pred: _Doc, n: int) -> _Counts:
    """Clipped n-gram overlap and n-gram totals of a reference and a prediction."""
    small, large = sorted((ref.grams(n), pred.grams(n)), key=len)
    hits = sum(min(count, large.get(gram, 0)) for gram, count in small.items())
    return hits, max(len(ref.tokens) - n + 1, 0), max(len(pred.tokens) - n + 1, 0)


def _match_masks(tokens: Sequence[str]) -> dict[str, int]:
    """Bit masks of the positions of each distinct token (bit i = position i)."""
    masks: dict[str, int] = {}
    for position, token in enumerate(tokens):
        masks[token] = masks.get(token, 0) | (1 << position)
    return masks


def _lcs_length(ref: Sequence[str], pred: Sequence[str]) -> int:
    """Length of the longest common subsequence, with Hyyrö's bit-parallel algorithm."""
    masks = _match_masks(ref)
    full = (1 << len(ref)) - 1
    row = full
    for token in pred:
        if matched := row & masks.get(token, 0):
            row = ((row + matched) | (row - matched)) & full
    return len(ref) - row.bit_count()


def _lcs_positions(ref: Sequence[str], masks: dict[str, int], pred: Sequence[str]) -> list[int]:
    """Positions in ``ref`` of the LCS that rouge-score's and ROUGE-1.5.5's back-trace select.

    Column j of the LCS table is kept as a bit vector whose bit i is set when row i + 1 adds
    one to the column, so ``table[i][j]`` is the number of set bits below bit i. The back-trace
    walks from the bottom-right corner, goes diagonally on equal tokens, left when the cell on
    the left is strictly larger than the one above, and up otherwise.
    """
    full = (1 << len(ref)) - 1
    row = full
    columns = [0]
    for token in pred:
        if matched := row & masks.get(token, 0):
            row = ((row + matched) | (row - matched)) & full
        columns.append(full ^ row)
    positions: list[int] = []
    remaining = columns[-1].bit_count()
    i, j = len(ref), len(pred)
    while remaining:
        if ref[i - 1] == pred[j - 1]:
            i -= 1
            j -= 1
            positions.append(i)
            remaining -= 1
            continue
        left = (columns[j - 1] & ((1 << i) - 1)).bit_count()
        up = (columns[j] & ((1 << (i - 1)) - 1)).bit_count()
        if left > up:
            j -= 1
        else:
            i -= 1
    return positions


def _summary_lcs_hits(ref: _Doc, pred: _Doc) -> int:
    """Summary-level LCS hits: union LCS per reference sentence, clipped by token counts."""
    if not ref.tokens or not pred.tokens:
        return 0
    ref_left = dict(ref.grams(1))
    pred_left = dict(pred.grams(1))
    hits = 0
    for sentence in ref.sentences:
        masks = _match_masks(sentence)
        union = {i for cand in pred.sentences for i in _lcs_positions(sentence, masks, cand)}
        for position in sorted(union):
            token = sentence[position]
            if ref_left[token] > 0 and pred_left[token] > 0:
                hits += 1
                ref_left[token] -= 1
                pred_left[token] -= 1
    return hits


def _counts(rouge_type: str, ref: _Doc, pred: _Doc) -> _Counts:
    """Hits and totals of one (validated) ROUGE type."""
    if rouge_type == "rougeL":
        return _lcs_length(ref.tokens, pred.tokens), len(ref.tokens), len(pred.tokens)
    if rouge_type == "rougeLsum":
        return _summary_lcs_hits(ref, pred), len(ref.tokens), len(pred.tokens)
    return _ngram_counts(ref, pred, int(rouge_type[5:]))


def _fmeasure(precision: float, recall: float) -> float:
    """Harmonic mean as rouge-score computes it (0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0


def _rouge_score_score(counts: _Counts) -> Score:
    """Score of rouge-score from hits and totals."""
    hits, ref_total, pred_total = counts
    precision = hits / max(pred_total, 1)
    recall = hits / max(ref_total, 1)
    return Score(precision, recall, _fmeasure(precision, recall))


def _round5(value: float) -> float:
    """Round like Perl's ``sprintf("%7.5f")``."""
    return float(f"{value:.5f}")


def _rouge155_score(counts: _Counts) -> Score:
    """Per-document score of ROUGE-1.5.5: rounded R and P, F (alpha 0.5) from the rounded ones."""
    hits, ref_total, pred_total = counts
    recall = _round5(hits / ref_total) if ref_total else 0.0
    precision = _round5(hits / pred_total) if pred_total else 0.0
    denominator = 0.5 * precision + 0.5 * recall
    fmeasure = _round5(precision * recall / denominator) if denominator > 0 else 0.0
    return Score(precision, recall, fmeasure)


def _mean_score(scores: Sequence[Score]) -> Score:
    """Component-wise mean of scores (all zero for none)."""
    n = max(len(scores), 1)
    return Score(
        math.fsum(s.precision for s in scores) / n,
        math.fsum(s.recall for s in scores) / n,
        math.fsum(s.fmeasure for s in scores) / n,
    )


def _best(per_ref: Sequence[Mapping[str, Score]], types: Sequence[str]) -> dict[str, Score]:
    """Per type, the score of the first reference with the highest F (rouge-score's rule)."""
    return {t: max(per_ref, key=lambda scores: scores[t].fmeasure)[t] for t in types}


def _jackknife(per_ref: Sequence[Mapping[str, Score]], types: Sequence[str]) -> dict[str, Score]:
    """Mean over leave-one-reference-out subsets of the best score (ROUGE's jackknife)."""
    if len(per_ref) == 1:
        return _best(per_ref, types)
    subsets = [_best([*per_ref[:k], *per_ref[k + 1 :]], types) for k in range(len(per_ref))]
    return {t: _mean_score([subset[t] for subset in subsets]) for t in types}


def _validate_type(name: str) -> str:
    """Return ``name`` if it is a supported ROUGE type, else raise UnknownRougeTypeError."""
    if name in ("rougeL", "rougeLsum") or _NGRAM_TYPE.fullmatch(name):
        return name
    raise UnknownRougeTypeError(name)


def _as_text(text: Text, what: str = "prediction") -> str:
    """Join a list of sentences with newlines; return a string unchanged.

    Raises:
        TypeError: If ``text`` is neither a string nor a sequence of strings.
    """
    return text if isinstance(text, str) else "\n".join(_strings(text, what))


def _strings(value: object, what: str) -> list[str]:
    """The strings of a sequence, or a TypeError that says what was expected instead."""
    expected = f"{what} must be a str or a sequence of str"
    if isinstance(value, (bytes, bytearray, memoryview)):
        raise TypeError(f"{expected}, got {type(value).__name__}: decode it first")
    if isinstance(value, Mapping) or not isinstance(value, Iterable):
        raise TypeError(f"{expected}, got {type(value).__name__}")
    items = list(value)
    for index, item in enumerate(items):
        if not isinstance(item, str):
            raise TypeError(f"{expected}; item {index} is {type(item).__name__}")
    return items


class RougeScorer:
    """Computes ROUGE scores of predictions against one or more references.

    Example:
        >>> scorer = RougeScorer(("rouge1", "rougeL"))
        >>> scorer.score("the cat sat on the mat", "the cat lay on the mat")["rouge1"].fmeasure
        0.8333333333333334

    Args:
        rouge_types: Any of ``rouge1`` ... ``rouge9``, ``rougeL`` and ``rougeLsum``.
        use_stemmer: Stem tokens longer than three characters (see the module docstring).
        mode: ``"rouge-score"`` for the numbers of the ``rouge-score`` package, ``"rouge155"``
            for those of the ROUGE-1.5.5 Perl script.
        multi_ref: With several references, ``"max"`` keeps per type the reference with the
            highest F (ties: the first), as ``rouge-score``'s ``score_multi``; ``"jackknife"``
            averages precision, recall and F of that choice over the subsets that leave one
            reference out (ROUGE's jackknifing; a single reference is scored as is). Both apply
            in either mode; ROUGE-1.5.5's own multi-reference formulas (``-f A``, ``-f B``) are
            not reproduced.

    Raises:
        UnknownRougeTypeError: For an unsupported ROUGE type.
        ValueError: For an unknown mode or multi_ref, or no ROUGE type at all.
    """

    def __init__(
        self,
        rouge_types: Sequence[str] = DEFAULT_ROUGE_TYPES,
        *,
        use_stemmer: bool = True,
        mode: Mode = "rouge-score",
        multi_ref: MultiRef = "max",
    ) -> None:
        if isinstance(rouge_types, str):
            rouge_types = (rouge_types,)
        if not rouge_types:
            raise ValueError(f"no ROUGE type given; valid types are {_VALID_TYPES}")
        if mode not in _MODES:
            raise ValueError(f"unknown mode {mode!r}; expected one of {_MODES}")
        if multi_ref not in _MULTI_REFS:
            raise ValueError(f"unknown multi_ref {multi_ref!r}; expected one of {_MULTI_REFS}")
        self.rouge_types = tuple(_validate_type(name) for name in rouge_types)
        self.use_stemmer = use_stemmer
        self.mode: Mode = mode
        self.multi_ref: MultiRef = multi_ref

    def score(self, reference: Text, prediction: Text) -> dict[str, Score]:
        """Score one prediction.

        Args:
            reference: The reference text (sentences on separate lines), or a list of
                reference texts for multi-reference scoring (an empty list scores 0).
            prediction: The predicted text (sentences on separate lines) or its sentences.

        Returns:
            A :class:`Score` per ROUGE type, in the order of ``rouge_types``.

        Raises:
            TypeError: If the reference or the prediction is not a string or a sequence of
                strings (``bytes`` must be decoded first).
        """
        references = (
            [reference] if isinstance(reference, str) else _strings(reference, "reference") or [""]
        )
        tokenize = _tokenizer(self.mode, self.use_stemmer)
        pred = _Doc(_as_text(prediction), tokenize)
        to_score = _rouge_score_score if self.mode == "rouge-score" else _rouge155_score
        per_ref = [
            {t: to_score(_counts(t, ref, pred)) for t in self.rouge_types}
            for ref in (_Doc(text, tokenize) for text in references)
        ]
        combine = _best if self.multi_ref == "max" else _jackknife
        return combine(per_ref, self.rouge_types)

    def _score_pair(self, reference: Text, prediction: Text) -> dict[str, Score]:
        """Score one pair (a picklable callable for worker processes)."""
        return self.score(reference, prediction)

    def score_many(
        self, references: Sequence[Text], predictions: Sequence[Text], n_jobs: int = 1
    ) -> list[dict[str, Score]]:
        """Score many predictions, optionally in several processes.

        Args:
            references: One entry per document, each as accepted by :meth:`score`.
            predictions: One entry per document, each as accepted by :meth:`score`.
            n_jobs: Number of worker processes; 1 scores in this process, -1 uses every CPU.

        Returns:
            One dict of scores per document, in input order.

        Raises:
            ValueError: If the sequences differ in length or n_jobs is 0 or below -1.
        """
        if len(references) != len(predictions):
            raise ValueError(f"{len(references)} references but {len(predictions)} predictions")
        if n_jobs == 0 or n_jobs < -1:
            raise ValueError(f"n_jobs must be -1 or at least 1, not {n_jobs}")
        workers = min((os.cpu_count() or 1) if n_jobs == -1 else n_jobs, len(predictions))
        if workers <= 1:
            return [self.score(r, p) for r, p in zip(references, predictions, strict=True)]
        chunksize = max(1, len(predictions) // (4 * workers))
        with ProcessPoolExecutor(workers) as pool:
            return list(pool.map(self._score_pair, references, predictions, chunksize=chunksize))


def corpus_scores(per_document: Sequence[Mapping[str, Score]]) -> dict[str, Score]:
    """Average per-document scores, per ROUGE type.

    This is the corpus score of both ``rouge-score`` users and the ROUGE-1.5.5 script: the
    mean of per-document precision, recall and F (the script reports the mean of its bootstrap
    resample means, which differs from this mean by less than 1e-4 for a few hundred documents
    or more). Use :func:`evaluation.stats.bootstrap_ci` for confidence intervals.

    Args:
        per_document: Scores as returned by :meth:`RougeScorer.score_many`.

    Returns:
        The mean :class:`Score` per ROUGE type of the first document; empty for no documents.
    """
    if not per_document:
        return {}
    return {t: _mean_score([doc[t] for doc in per_document]) for t in per_document[0]}
