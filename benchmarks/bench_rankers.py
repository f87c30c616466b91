"""Benchmark every ranker and baseline on the CNN/DailyMail dev files; write docs/benchmarks.md.

Usage:
    python benchmarks/bench_rankers.py [--data ../shared/data] [--limit N] [--sumy]
        [--doc docs/benchmarks.md]

For each dev file it runs, through the evaluation harness (``evaluation.benchmark.evaluate``):
LEAD-3 (the first three sentences of our splitter, nothing else: the baseline of the paired
tests), LEAD-3 with the harness's own regex splitter, the greedy ORACLE, seeded random-3,
every registered summarizer ranker (``default`` is the learned one) and, with ``--sumy``,
sumy's LexRank. Each system's time is the whole ``highlight()`` call over all articles in one
process (articles/s); ROUGE-1/2/Lsum F1 is scored against the ``highlights`` references in
rouge-score mode, with 95% bootstrap intervals and the paired bootstrap test against LEAD-3
(1000 resamples, seed 0). A second part reproduces the published tables: the system outputs
shipped with the data (``systems.*``) scored against ``highlights_tokenized`` in both ROUGE
modes. With ``--doc`` it writes the Markdown report and one PNG plot per file next to it.

sumy's LexRank is given our sentence splits and a regex word tokenizer, because its own
tokenizer needs NLTK data that cannot be downloaded offline, so its time is a lower bound.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from evaluation.baselines import Oracle, lead_k, random_k
from evaluation.benchmark import Report, System, evaluate
from evaluation.data import examples_from_rows, load_rows, select_rows
from evaluation.plot import plot_report
from evaluation.rouge import RougeScorer
from evaluation.systems import resolve_systems
from summarizer.evaluation_systems import ranker_system
from summarizer.rankers import DEFAULT_RANKER, available
from summarizer.segment import segment

TYPES = ("rouge1", "rouge2", "rougeLsum")
FILES = ("cnndm_raw_dev.jsonl", "cnndm_test_dev.jsonl")
#: Published full-test-set ROUGE-1/2/L F1 (ROUGE-1.5.5), from ../shared/data/README.md.
PAPERS = {
    "LEAD-3": (40.34, 17.70, 36.57),
    "see_baseline": (31.33, 11.81, 28.83),
    "see_pointer_gen": (36.44, 15.66, 33.42),
    "see_pointer_gen_cov": (39.53, 17.28, 36.38),
    "simcls": (46.67, 22.15, 43.54),
}
PUBLISHED = {
    "cnndm_test_dev.jsonl": "lead3,column:systems.see_baseline,column:systems.see_pointer_gen,"
    "column:systems.see_pointer_gen_cov,column:systems.simcls",
    "cnndm_raw_dev.jsonl": "lead3,column:systems.s2s,column:systems.pgn,column:systems.bus,"
    "column:systems.bert_sum,column:systems.bart",
}
DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
COMMAND = "python benchmarks/bench_rankers.py --data ../shared/data --sumy --doc docs/benchmarks.md"


def sumy_lexrank() -> Any:
    """sumy's LexRankSummarizer as a callable ``text -> sentences`` (3 sentences)."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer

    summarizer = LexRankSummarizer(Stemmer("english"))

    class Tokenizer:
        language = "english"

        def to_words(self, sentence: str) -> list[str]:
            return re.findall(r"[^\W_]+", sentence)

    tokenizer = Tokenizer()

    def summarize(text: str) -> list[str]:
        sentences = [Sentence(s.text, tokenizer) for s in segment(text).sentences]
        document = ObjectDocumentModel([Paragraph(sentences)])
        return [str(s) for s in summarizer(document, 3)]

    return summarize


def systems(with_sumy: bool) -> dict[str, System]:
    """Every system of the ranker benchmark, LEAD-3 first (the paired tests' baseline)."""
    result: dict[str, System] = {
        "LEAD-3": ranker_system(
            "lead", redundancy="none", min_sentence_words=1, max_highlight_words=10**6
        ),
        "LEAD-3 (regex split)": lead_k(3),
        "ORACLE": Oracle(),
        "random-3": random_k(3, seed=0),
    }
    for name in available():
        if name != "default":
            result[f"{name} (default)" if name == DEFAULT_RANKER else name] = ranker_system(name)
    if with_sumy:
        result["sumy LexRank"] = sumy_lexrank()
    return result


def load(path: Path, limit: int | None, reference: str) -> tuple[list[Any], list[Any]]:
    """Rows and examples of one file (the first ``limit`` rows)."""
    rows = load_rows(path)
    examples = examples_from_rows(rows, select_rows(len(rows), limit), reference=reference)
    return rows, examples


def ranker_report(path: Path, limit: int | None, with_sumy: bool) -> Report:
    """The ranker benchmark of one file, scored against ``highlights``."""
    _, examples = load(path, limit, "highlights")
    return evaluate(systems(with_sumy), examples, TYPES, seed=0, baseline="LEAD-3", progress=False)


def published_reports(path: Path, limit: int | None) -> dict[str, Report]:
    """The shipped system outputs against ``highlights_tokenized``, in both ROUGE modes."""
    rows, examples = load(path, limit, "highlights_tokenized")
    chosen = resolve_systems(PUBLISHED[path.name], rows, examples)
    return {
        mode: evaluate(
            chosen,
            examples,
            TYPES,
            seed=0,
            baseline="LEAD-3",
            scorer=RougeScorer(TYPES, mode=mode),
            progress=False,
        )
        for mode in ("rouge-score", "rouge155")
    }


def document(
    ranker_reports: dict[str, Report], published: dict[str, dict[str, Report]], seconds: float
) -> str:
    """The Markdown of docs/benchmarks.md."""
    lines = [
        "# Benchmarks",
        "",
        "<!-- Generated by benchmarks/bench_rankers.py; do not edit by hand. -->",
        "",
        f"Regenerate (about {max(1, round(seconds / 60))} min on this machine): `{COMMAND}`",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}; one process, one thread (`OMP_NUM_THREADS=1`).",
        "",
        "## Rankers and baselines",
        "",
        "Each system's summary is scored against the `highlights` reference with ROUGE F1 x 100 "
        "(rouge-score mode: identical to Google's `rouge-score` with stemming; Lsum over "
        "sentences on lines), mean with its 95% bootstrap interval, and the paired bootstrap "
        "difference to LEAD-3 with its p-value (1000 resamples, seed 0). articles/s is the "
        "whole `highlight()` call (cleaning, segmentation, ranking, selection) over all "
        "articles. LEAD-3 is the first three sentences of our splitter; `LEAD-3 (regex "
        "split)` uses the evaluation harness's own splitter; `default` is the `learned` ranker.",
        "",
    ]
    for name, report in ranker_reports.items():
        lines += [f"### {name}", "", report.to_markdown(), "", f"![ROUGE]({_png(name)})", ""]
    lines += [
        "## Published outputs: reproducing the papers' tables",
        "",
        "The system outputs that ship with the data (`systems.*`) scored against "
        "`highlights_tokenized` in both modes. The published full-test-set numbers (ROUGE-1.5.5,"
        " 11,490 articles; R-L is the summary-level LCS, Lsum here) are LEAD-3 40.34/17.70/36.57"
        ", See baseline 31.33/11.81/28.83, pointer-generator 36.44/15.66/33.42, pointer-gen + "
        "coverage 39.53/17.28/36.38, SimCLS 46.67/22.15/43.54 (see ../shared/data/README.md); "
        "these files are slices of that test set.",
        "",
    ]
    test_dev = published.get("cnndm_test_dev.jsonl")
    if test_dev is not None:
        lines += ["### Summary: cnndm_test_dev against the papers", "", *_paper_table(test_dev), ""]
    for name, reports in published.items():
        for mode, report in reports.items():
            lines += [f"### {name}, {mode} mode", "", report.to_markdown(), ""]
    return "\n".join(lines)


def _paper_table(reports: dict[str, Report]) -> list[str]:
    """Published numbers next to ours in both modes (R-1 / R-2 / R-L or Lsum)."""
    lines = [
        "| system | published (full test set) | rouge155 mode | Δ | rouge-score mode |",
        "|---|---|---|---|---|",
    ]
    for name, paper in PAPERS.items():
        ours = {
            mode: next((r for r in report.systems if r.name == name), None)
            for mode, report in reports.items()
        }
        if ours["rouge155"] is None or ours["rouge-score"] is None:
            continue
        perl = [100 * ours["rouge155"].intervals[t].mean for t in TYPES]
        python = [100 * ours["rouge-score"].intervals[t].mean for t in TYPES]
        delta = [f"{b - a:+.2f}" for a, b in zip(paper, perl, strict=True)]
        lines.append(
            f"| {name} | {'/'.join(f'{v:.2f}' for v in paper)} | "
            f"{'/'.join(f'{v:.2f}' for v in perl)} | {'/'.join(delta)} | "
            f"{'/'.join(f'{v:.2f}' for v in python)} |"
        )
    return lines


def _png(file_name: str) -> str:
    return f"benchmarks-{Path(file_name).stem}.png"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="articles per file")
    parser.add_argument("--sumy", action="store_true", help="also run sumy's LexRank")
    parser.add_argument("--doc", type=Path, help="write the Markdown report (and PNGs) here")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    ranker_reports: dict[str, Report] = {}
    published: dict[str, dict[str, Report]] = {}
    for name in FILES:
        path = args.data / name
        if not path.is_file():
            raise SystemExit(f"{path} not found: pass --data DIR")
        print(f"{name}: rankers and baselines ...", file=sys.stderr, flush=True)
        ranker_reports[name] = ranker_report(path, args.limit, args.sumy)
        print(f"\n## {name}\n{ranker_reports[name].to_text()}", flush=True)
        published[name] = published_reports(path, args.limit)
        for mode, report in published[name].items():
            print(f"\n## {name}: published outputs, {mode} mode\n{report.to_text()}", flush=True)
    if args.doc is not None:
        args.doc.parent.mkdir(parents=True, exist_ok=True)
        for name, report in ranker_reports.items():
            plot_report(report, args.doc.parent / _png(name), f"{name}: ROUGE F1 x 100, 95% CI")
        text = document(ranker_reports, published, time.perf_counter() - start)
        args.doc.write_text(text + "\n", encoding="utf-8")
        print(f"\nwrote {args.doc}", file=sys.stderr)


if __name__ == "__main__":
    main()
