"""Benchmark every ranker on the CNN/DailyMail dev files: speed and ROUGE next to LEAD-3.

Usage:
    python benchmarks/bench_rankers.py [--data ../shared/data] [--limit N] [--rankers a,b]
        [--sumy]

For each file and ranker it times the whole ``highlight()`` call over all articles in one
process (articles/s), then scores the bullets against the ``highlights`` references with
ROUGE-1/2/Lsum F1 (``evaluation.rouge``, identical to the ``rouge-score`` package: stemming
on, Lsum over "\\n"-joined sentences), with the paired bootstrap difference to LEAD-3 and
its p-value (``evaluation.stats.paired_test``, seed 0). LEAD-3 is the first three sentences,
nothing else (no redundancy filter).
With ``--sumy`` (``pip install sumy``) sumy's LexRank runs on the same articles; it is given
our sentence splits and a regex word tokenizer, because its own tokenizer needs NLTK data
that cannot be downloaded offline, so its time is a lower bound.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from evaluation.rouge import RougeScorer
from evaluation.stats import paired_test
from summarizer import Highlighter
from summarizer.rankers import available
from summarizer.segment import segment

TYPES = ("rouge1", "rouge2", "rougeLsum")
FILES = ("cnndm_raw_dev.jsonl", "cnndm_test_dev.jsonl")
DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def load(path: Path, limit: int | None) -> list[dict[str, Any]]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            rows.append(json.loads(line))
            if limit and len(rows) >= limit:
                break
    return rows


class SumyLexRank:
    """sumy's LexRankSummarizer behind the ``highlight(text).bullets`` interface."""

    def __init__(self) -> None:
        from sumy.nlp.stemmers import Stemmer
        from sumy.summarizers.lex_rank import LexRankSummarizer

        self.summarizer = LexRankSummarizer(Stemmer("english"))
        self.language = "english"

    def to_words(self, sentence: str) -> list[str]:
        return re.findall(r"[^\W_]+", sentence)

    def highlight(self, text: str) -> Any:
        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

        sentences = [Sentence(s.text, self) for s in segment(text).sentences]
        chosen = self.summarizer(ObjectDocumentModel([Paragraph(sentences)]), 3)
        return SimpleNamespace(bullets=tuple(str(s) for s in chosen))


def systems(names: list[str], sumy: bool) -> dict[str, Any]:
    result: dict[str, Any] = {
        "LEAD-3": Highlighter(ranker="lead", redundancy="none", min_sentence_words=1)
    }
    for name in names:
        label = f"{name} (default)" if name == "default" else name
        result[label] = Highlighter(ranker=name)
    if sumy:
        result["sumy LexRank"] = SumyLexRank()
    return result


def run(
    rows: list[dict[str, Any]], highlighter: Any, scorer: RougeScorer
) -> tuple[dict[str, list[float]], float]:
    """Return per-document F1 for each ROUGE type and the articles/s of the whole call."""
    start = time.perf_counter()
    predictions = [highlighter.highlight(row["article"]).bullets for row in rows]
    rate = len(rows) / (time.perf_counter() - start)
    scores = [
        scorer.score(row["highlights"], "\n".join(bullets))
        for row, bullets in zip(rows, predictions, strict=True)
    ]
    return {key: [s[key].fmeasure for s in scores] for key in TYPES}, rate


def cell(values: list[float], baseline: list[float] | None) -> str:
    """Mean F1 x 100, and the paired difference to LEAD-3 with its p-value."""
    text = f"{100 * statistics.fmean(values):.2f}"
    if baseline is None:
        return text
    comparison = paired_test(values, baseline, seed=0)
    return f"{text} ({100 * comparison.difference:+.2f}, p={comparison.p_value:.3f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="articles per file")
    parser.add_argument("--rankers", default=",".join(available()))
    parser.add_argument("--sumy", action="store_true", help="also run sumy's LexRank")
    args = parser.parse_args()
    scorer = RougeScorer(TYPES, use_stemmer=True)
    print("| file | system | R-1 (vs LEAD-3) | R-2 (vs LEAD-3) | R-Lsum (vs LEAD-3) | articles/s |")
    print("|---|---|---|---|---|---|")
    for name in FILES:
        path = args.data / name
        if not path.is_file():
            raise SystemExit(f"{path} not found: pass --data DIR")
        rows = load(path, args.limit)
        lead: dict[str, list[float]] | None = None
        for label, highlighter in systems(args.rankers.split(","), args.sumy).items():
            scores, rate = run(rows, highlighter, scorer)
            cells = " | ".join(cell(scores[key], lead[key] if lead else None) for key in TYPES)
            print(f"| {name} ({len(rows)}) | {label} | {cells} | {rate:.0f} |", flush=True)
            lead = lead or scores


if __name__ == "__main__":
    main()
