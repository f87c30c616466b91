"""Bounded cost: time of one ``highlight()`` call as the input doubles from 100 KB to 10 MB.

Usage:
    python benchmarks/bench_scaling.py [--kind news|nopunct|lines|cjk|articles] [--ranker NAME]
        [--start 100000] [--stop 10000000] [--repeat 1] [--check 2.0]

Each step doubles the input (the last step stops at ``--stop``) and prints the size, the
number of sentences, the best time of ``--repeat`` calls, the time ratio to the previous step
and that ratio divided by the size ratio: about 1.0 means linear time, 2.0 would mean the
time quadruples when the input doubles. The inputs are built with a fixed seed:

* ``news``: news-like paragraphs (capitalised sentences, quotes, numbers, abbreviations,
  hard-wrapped lines, datelines) made of the example article's words;
* ``nopunct``: words and spaces only, no punctuation and no line breaks (one huge "sentence");
* ``lines``: one word per line;
* ``cjk``: Chinese sentences ending in ``。`` with no spaces;
* ``articles``: CNN/DailyMail dev articles one after another (needs ``--data``).

Up to ``summarizer.features.DENSE_LIMIT`` (2,000) sentences, about 250 KB of news, the
rankers use a dense sentence-similarity matrix (quadratic, but bounded: about half a second at
the limit); above it a linear sparse operator. The step across the limit therefore shows one
ratio above 1 and the next one below; every step after it is linear.

With ``--check R`` the command fails (status 1) when a size-normalised ratio exceeds R. The
machine is shared, so single ratios are noisy; look at the whole row of ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

from summarizer import Highlighter, InputError

ROOT = Path(__file__).resolve().parents[1]

DEFAULT_DATA = Path(os.environ.get("NEWS_HIGHLIGHTS_DATA") or ROOT.parent / "shared" / "data")


def _vocabulary() -> list[str]:
    text = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
    words = sorted({w.strip(".,\"'():;-").lower() for w in text.split()} - {""})
    return [w for w in words if w.isalpha()]


def news(size: int, rng: random.Random) -> str:
    """News-like text: paragraphs of sentences, some hard-wrapped, quotes and numbers."""
    words = _vocabulary()
    parts: list[str] = []
    total = 0
    while total < size:
        sentences = []
        for _ in range(rng.randint(1, 4)):
            body = [rng.choice(words) for _ in range(rng.randint(6, 30))]
            if rng.random() < 0.3:
                body.insert(rng.randrange(len(body)), f"{rng.randint(2, 9999):,}")
            if rng.random() < 0.1:
                body.insert(rng.randrange(len(body)), rng.choice(["U.S.", "Dr.", "Gen.", "Jan."]))
            sentence = " ".join(body).capitalize() + rng.choice(".....?!")
            if rng.random() < 0.15:
                sentence = f'"{sentence}" said {rng.choice(words).capitalize()}.'
            sentences.append(sentence)
        paragraph = " ".join(sentences)
        if rng.random() < 0.1:
            paragraph = "LONDON (Reuters) -- " + paragraph
        if rng.random() < 0.3:  # hard-wrap at 72 columns
            lines, line = [], ""
            for word in paragraph.split():
                if line and len(line) + len(word) > 71:
                    lines.append(line)
                    line = word
                else:
                    line = f"{line} {word}" if line else word
            paragraph = "\n".join([*lines, line])
        parts.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(parts)[:size]


def nopunct(size: int, rng: random.Random) -> str:
    words = _vocabulary()
    out: list[str] = []
    total = 0
    while total < size:
        word = rng.choice(words)
        out.append(word)
        total += len(word) + 1
    return " ".join(out)[:size]


def lines(size: int, rng: random.Random) -> str:
    return nopunct(size, rng).replace(" ", "\n")


def cjk(size: int, rng: random.Random) -> str:
    chars = "市议会周二批准了这项计划居民们对此表示高兴政府官员说工程将于明年开始预计耗资十亿元"
    out: list[str] = []
    total = 0
    while total < size:
        sentence = "".join(rng.choice(chars) for _ in range(rng.randint(8, 40))) + "。"
        out.append(sentence)
        total += len(sentence)
    return "".join(out)[:size]


def articles_from(data: Path) -> Callable[[int, random.Random], str]:
    path = data if data.is_file() else data / "cnndm_raw_dev.jsonl"

    def build(size: int, rng: random.Random) -> str:
        with path.open(encoding="utf-8") as handle:
            texts = [json.loads(line)["article"] for line in handle]
        out: list[str] = []
        total = 0
        while total < size:
            text = rng.choice(texts)
            out.append(text)
            total += len(text) + 2
        return "\n\n".join(out)[:size]

    return build


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--kind", default="news", choices=["news", "nopunct", "lines", "cjk", "articles"]
    )
    parser.add_argument("--ranker", default="default", help="ranker name (default: default)")
    parser.add_argument("--start", type=int, default=100_000, help="first size in characters")
    parser.add_argument("--stop", type=int, default=10_000_000, help="last size in characters")
    parser.add_argument("--repeat", type=int, default=1, help="calls per size (best is kept)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="for --kind articles")
    parser.add_argument("--check", type=float, default=None, help="fail above this ratio")
    args = parser.parse_args()

    builders: dict[str, Callable[[int, random.Random], str]] = {
        "news": news,
        "nopunct": nopunct,
        "lines": lines,
        "cjk": cjk,
    }
    build = articles_from(args.data) if args.kind == "articles" else builders[args.kind]
    highlighter = Highlighter(ranker=args.ranker)
    highlighter.highlight("A warm-up sentence loads the model. A second one follows it.")

    sizes = []
    size = args.start
    while size < args.stop:
        sizes.append(size)
        size *= 2
    sizes.append(args.stop)

    print(f"kind={args.kind} ranker={highlighter.ranker.name} python={sys.version.split()[0]}")
    header = (
        f"{'size':>10} {'chars':>10} {'sentences':>9} {'seconds':>8} {'s/MB':>6} "
        f"{'ratio':>6} {'size x':>6} {'ratio/size':>10} {'max RSS MB':>10}"
    )
    print(header)
    print("-" * len(header))
    worst = 0.0
    previous: tuple[int, float] | None = None
    for size in sizes:
        text = build(size, random.Random(args.seed))
        best = float("inf")
        sentences = 0
        for _ in range(args.repeat):
            start = time.perf_counter()
            try:
                result = highlighter.highlight(text)
                sentences = result.n_sentences
            except InputError as error:  # e.g. nothing but punctuation
                print(f"  {size}: InputError: {error}")
            best = min(best, time.perf_counter() - start)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        ratio = size_ratio = normalised = float("nan")
        if previous is not None:
            ratio = best / previous[1]
            size_ratio = size / previous[0]
            normalised = ratio / size_ratio
            worst = max(worst, normalised)
        print(
            f"{size / 1e6:>8.1f}MB {len(text):>10,} {sentences:>9,} {best:>8.2f} "
            f"{best / (size / 1e6):>6.2f} {ratio:>6.2f} {size_ratio:>6.2f} {normalised:>10.2f} "
            f"{rss:>10.0f}",
            flush=True,
        )
        previous = (size, best)
    print(f"largest time ratio per size ratio: {worst:.2f} (1.0 = linear)")
    if args.check is not None and worst > args.check:
        print(f"FAIL: above --check {args.check}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
