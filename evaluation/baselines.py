"""Reference-free and reference-aware extractive baselines: LEAD-k, random-k and a greedy ORACLE.

Every baseline splits the document with :func:`split_sentences` (or a ``splitter`` you pass) and
returns the chosen sentences in document order. LEAD-k and random-k are callables
``text -> list[str]``; the ORACLE also needs the reference: ``oracle(text, reference)``.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from evaluation.rouge import Mode, RougeScorer

__all__ = ["Oracle", "Splitter", "lead_k", "random_k", "split_sentences"]

Splitter = Callable[[str], list[str]]

# A raw boundary: terminal punctuation, closing quotes/brackets, space, then a capital, digit or
# opening quote. A tokenized boundary: a standalone ".", "!" or "?" token with any closing
# quote/bracket tokens (PTB: '' ' ) -rrb-) after it.
_BOUNDARY = re.compile(
    r"""(?:(?<=\s)|^)[.!?](?:\s+(?:''|'|\)|-rrb-)(?=\s|$))*(?:\s+|$)"""
    r"""|(?<![.!?])[.!?]+["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9])"""
)
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr gen sen rep gov lt col capt sgt co corp inc ltd vs no u.s u.k"
    " jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


def _is_abbreviation(before: str) -> bool:
    """Whether the text before a period ends with an abbreviation or an initial."""
    words = before.split()
    if not words:
        return False
    word = words[-1].strip("\"'“‘(").rstrip(".")
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


def _split_line(line: str) -> list[str]:
    """Split one line at sentence boundaries."""
    sentences, start = [], 0
    for match in _BOUNDARY.finditer(line):
        if match.group().startswith(".") and _is_abbreviation(line[start : match.start()]):
            continue
        sentences.append(line[start : match.end()].strip())
        start = match.end()
    sentences.append(line[start:].strip())
    return [sentence for sentence in sentences if sentence]


def split_sentences(text: str) -> list[str]:
    """Split raw or PTB-tokenized text into sentences.

    Lines are split apart first. Within a line a sentence ends after ``.``, ``!`` or ``?`` (and
    any closing quotes or brackets) followed by whitespace and an uppercase letter, a digit or
    an opening quote, unless the period ends a common abbreviation or an initial; in tokenized
    text it ends after a standalone ``.``/``!``/``?`` token and its closing ``''``, ``'``, ``)``
    or ``-rrb-`` tokens.

    Example:
        >>> split_sentences("He left. She stayed! Did it rain? yes . it did .")
        ['He left.', 'She stayed!', 'Did it rain? yes .', 'it did .']
    """
    return [sentence for line in text.split("\n") for sentence in _split_line(line)]


def lead_k(k: int = 3, splitter: Splitter | None = None) -> Callable[[str], list[str]]:
    """Return LEAD-k: the first ``k`` sentences of a document.

    Raises:
        ValueError: If ``k`` is below 1.
    """
    _check_k(k)
    split = splitter or split_sentences

    def lead(text: str) -> list[str]:
        return split(text)[:k]

    lead.__name__ = f"lead_{k}"
    return lead


def random_k(
    k: int = 3, seed: int = 0, splitter: Splitter | None = None
) -> Callable[[str], list[str]]:
    """Return random-k: ``k`` random sentences of a document, in document order.

    The choice depends only on the seed and the text, never on call order.

    Raises:
        ValueError: If ``k`` is below 1.
    """
    _check_k(k)
    split = splitter or split_sentences

    def pick(text: str) -> list[str]:
        sentences = split(text)
        rng = random.Random(_seed(seed, text))
        chosen = sorted(rng.sample(range(len(sentences)), min(k, len(sentences))))
        return [sentences[i] for i in chosen]

    pick.__name__ = f"random_{k}"
    return pick


def _seed(seed: int, text: str) -> int:
    """The integer ``random.Random(f"{seed}:{text}")`` would use, for any text.

    Python seeds with a string by appending its SHA-512 to its UTF-8 bytes; doing that here
    with ``surrogatepass`` gives the same numbers and never fails on a lone surrogate.
    """
    data = f"{seed}:{text}".encode("utf-8", "surrogatepass")
    return int.from_bytes(data + hashlib.sha512(data).digest(), "big")


def _check_k(k: int) -> None:
    """Reject a number of sentences below 1."""
    if k < 1:
        raise ValueError(f"k must be at least 1, not {k}")


@dataclass(frozen=True)
class Oracle:
    """Greedy extractive ORACLE: the sentences that maximise ROUGE against the reference.

    Starting from nothing, it repeatedly adds the sentence that most increases the sum of the
    F1 of ``rouge_types`` (ROUGE-1 + ROUGE-2 by default) of the selection (in document order)
    against the reference, and stops when no sentence improves it or ``max_sentences`` are
    chosen. This is the usual extractive upper bound (Nallapati et al. 2017).

    Attributes:
        max_sentences: Most sentences to select; ``None`` for no limit.
        rouge_types: ROUGE types whose F1 values are summed into the objective.
        mode: Scoring mode of :class:`evaluation.rouge.RougeScorer`.
        splitter: Sentence splitter; :func:`split_sentences` by default.
    """

    max_sentences: int | None = None
    rouge_types: tuple[str, ...] = ("rouge1", "rouge2")
    mode: Mode = "rouge-score"
    splitter: Splitter = split_sentences
    uses_reference: bool = field(default=True, init=False)

    def objective(self, reference: str | Sequence[str], sentences: Sequence[str]) -> float:
        """Sum of the F1 of ``rouge_types`` of ``sentences`` against the reference."""
        scorer = RougeScorer(self.rouge_types, mode=self.mode)
        reference_text = reference if isinstance(reference, str) else "\n".join(reference)
        scores = scorer.score(reference_text, list(sentences))
        return sum(score.fmeasure for score in scores.values())

    def __call__(self, text: str, reference: str | Sequence[str]) -> list[str]:
        """Select oracle sentences of ``text`` for a reference (text or its sentences)."""
        sentences = self.splitter(text)
        limit = len(sentences) if self.max_sentences is None else self.max_sentences
        chosen: list[int] = []
        best = 0.0
        while len(chosen) < limit:
            candidates = [i for i in range(len(sentences)) if i not in chosen]
            gains = [
                (self.objective(reference, [sentences[j] for j in sorted([*chosen, i])]), i)
                for i in candidates
            ]
            if not gains:
                break
            value, index = max(gains, key=lambda pair: (pair[0], -pair[1]))
            if value <= best:
                break
            best, chosen = value, [*chosen, index]
        return [sentences[i] for i in sorted(chosen)]
