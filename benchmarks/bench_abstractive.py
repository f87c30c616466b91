"""Benchmark the abstractive path: ms/article and peak RSS on CPU, both modes, batch 1 and 8.

Usage:
    python benchmarks/bench_abstractive.py [--data ../shared/data] [--limit 16]
        [--model DIR] [--modes sentences document] [--batch-sizes 1 8]
        [--sentence-tokens 48] [--document-tokens 128] [--threads N]

Without ``--model`` it builds a t5-small-sized checkpoint with random weights (the t5-small
configuration: 6+6 layers, d_model 512, 8 heads) and a 32k sentencepiece tokenizer trained
on the articles, saved with ``save_pretrained`` under ``--workdir`` and reused by later runs;
timing does not depend on the weights. Random weights rarely emit end-of-sequence, so every
input is decoded to exactly ``--sentence-tokens`` / ``--document-tokens`` new tokens
(``min_new_tokens = max_new_tokens``): the numbers are for outputs of that length. A real
checkpoint (``--model``) runs with the same fixed lengths.

Each (mode, batch size) runs in a fresh process, so its peak RSS is its own; the time is the
whole ``Highlighter.highlight_many`` call over the articles (model already loaded; one
warm-up article first), divided by the number of articles. The extractive road alone is timed
too, for scale. Needs ``news-highlights[abstractive]``.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

DEFAULT_DATA = Path(
    os.environ.get("NEWS_HIGHLIGHTS_DATA")
    or Path(__file__).resolve().parents[1].parent / "shared" / "data"
)
DEFAULT_WORKDIR = Path(tempfile.gettempdir()) / "news-highlights-bench"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="data folder or file")
    parser.add_argument("--limit", type=int, default=16, help="articles to time (16)")
    parser.add_argument("--model", type=Path, help="a saved seq2seq model (default: build one)")
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR, help="model cache")
    parser.add_argument("--modes", nargs="+", default=["sentences", "document"])
    parser.add_argument("--batch-sizes", nargs="+", type=int, default=[1, 8])
    parser.add_argument("--sentence-tokens", type=int, default=48, help="new tokens/sentence")
    parser.add_argument("--document-tokens", type=int, default=128, help="new tokens/chunk")
    parser.add_argument("--threads", type=int, help="torch threads (default: torch's choice)")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--mode", help=argparse.SUPPRESS)
    parser.add_argument("--batch-size", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    path = args.data if args.data.is_file() else args.data / "cnndm_raw_dev.jsonl"
    if not path.is_file():
        sys.exit(f"no data at {path}: pass --data (a folder with cnndm_raw_dev.jsonl, or a file)")
    if args.worker:
        print(json.dumps(_worker(args, path)))
        return
    model = args.model or _build_t5_small(args.workdir / "t5-small-random", path)
    print(f"model: {model}")
    print(f"data: {args.limit} articles of {path.name}; new tokens per input: "
          f"{args.sentence_tokens} (sentences), {args.document_tokens} (document)")  # fmt: skip
    rows = []
    for mode in args.modes:
        for batch_size in args.batch_sizes:
            command = [
                sys.executable, __file__, "--worker", "--model", str(model), "--data", str(path),
                "--limit", str(args.limit), "--mode", mode, "--batch-size", str(batch_size),
                "--sentence-tokens", str(args.sentence_tokens),
                "--document-tokens", str(args.document_tokens),
            ]  # fmt: skip
            if args.threads:
                command += ["--threads", str(args.threads)]
            done = subprocess.run(command, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                sys.exit(f"worker failed ({mode}, batch {batch_size}):\n{done.stderr}")
            rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
            print(f"  done: {mode}, batch {batch_size}", file=sys.stderr)
    _print_table(rows)


def _print_table(rows: list[dict[str, Any]]) -> None:
    header = (
        "| mode | batch | ms/article | model inputs | chunked articles | load s | peak RSS MiB "
        "| extractive ms/article | torch threads |"
    )
    print()
    print(header)
    print("|" + "---|" * header.count(" | ") + "---|")
    for row in rows:
        print(
            f"| {row['mode']} | {row['batch_size']} | {row['ms_per_article']:,.0f} | "
            f"{row['inputs']} | {row['chunked']} | {row['load_s']:.1f} | "
            f"{row['peak_rss_mib']:,.0f} | {row['extractive_ms']:.1f} | {row['threads']} |"
        )


def _worker(args: argparse.Namespace, path: Path) -> dict[str, Any]:
    import torch

    from summarizer import Highlighter

    if args.threads:
        torch.set_num_threads(args.threads)
    texts = _articles(path, args.limit + 1)
    warm_up, texts = texts[0], texts[1:]
    tokens = args.sentence_tokens if args.mode == "sentences" else args.document_tokens
    options = {
        "device": "cpu",
        "batch_size": args.batch_size,
        "max_new_tokens": tokens,
        "min_new_tokens": tokens,
    }
    highlighter = Highlighter(
        rewrite=str(args.model), rewrite_mode=args.mode, rewrite_options=options
    )
    generator = highlighter.rewriter.generator  # type: ignore[attr-defined]
    start = time.perf_counter()
    generator.load()
    load_s = time.perf_counter() - start
    highlighter.highlight(warm_up)
    inputs: list[int] = []
    original = generator.generate

    def counting(batch: list[str], mode: str) -> list[str]:
        inputs.append(len(batch))
        outputs: list[str] = original(batch, mode)
        return outputs

    generator.generate = counting
    start = time.perf_counter()
    results = highlighter.highlight_many(texts)
    seconds = time.perf_counter() - start
    extractive = Highlighter()
    start = time.perf_counter()
    extractive.highlight_many(texts)
    extractive_s = time.perf_counter() - start
    return {
        "mode": args.mode,
        "batch_size": args.batch_size,
        "ms_per_article": 1000 * seconds / len(texts),
        "inputs": sum(inputs),
        "chunked": sum(1 for r in results if any("chunks" in n for n in r.notes)),
        "load_s": load_s,
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "extractive_ms": 1000 * extractive_s / len(texts),
        "threads": torch.get_num_threads(),
    }


def _articles(path: Path, limit: int) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            texts.append(json.loads(line)["article"])
            if len(texts) == limit:
                break
    return texts


def _build_t5_small(directory: Path, data: Path) -> Path:
    """A t5-small-sized T5 with random weights and a 32k sentencepiece tokenizer (cached)."""
    if (directory / "config.json").is_file():
        return directory
    import sentencepiece as spm
    import torch
    from transformers import T5Config, T5ForConditionalGeneration, T5Tokenizer

    print(f"building a random t5-small-sized model in {directory} ...", file=sys.stderr)
    lines = [line for text in _articles(data, 10_000) for line in text.splitlines() if line]
    proto = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines), model_writer=proto, vocab_size=32_000,
        model_type="unigram", pad_id=0, eos_id=1, unk_id=2, bos_id=-1,
        hard_vocab_limit=False, minloglevel=2,
    )  # fmt: skip
    processor = spm.SentencePieceProcessor(model_proto=proto.getvalue())
    vocab = [(processor.id_to_piece(i), processor.get_score(i)) for i in range(len(processor))]
    tokenizer = T5Tokenizer(vocab=vocab, extra_ids=100, model_max_length=512)
    settings: dict[str, Any] = {  # t5-small, with this tokenizer's vocabulary
        "vocab_size": len(tokenizer), "d_model": 512, "d_ff": 2048, "d_kv": 64,
        "num_layers": 6, "num_decoder_layers": 6, "num_heads": 8,
        "decoder_start_token_id": 0, "pad_token_id": 0, "eos_token_id": 1,
    }  # fmt: skip
    torch.manual_seed(0)
    model = T5ForConditionalGeneration(T5Config(**settings))
    directory.mkdir(parents=True, exist_ok=True)
    tokenizer.save_pretrained(directory)
    model.save_pretrained(directory)
    return directory


if __name__ == "__main__":
    main()
