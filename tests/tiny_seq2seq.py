"""Build a tiny random T5 checkpoint offline, the way a real one is laid out on disk.

A sentencepiece unigram model is trained on a few KB of text, wrapped in transformers'
``T5Tokenizer`` and saved with ``save_pretrained`` next to a small random
``T5ForConditionalGeneration``; tests then load the directory through the public path users
take (``Highlighter(rewrite=directory)``). Needs torch, transformers and sentencepiece.
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

#: Extra text so the tokenizer sees more than one article's words.
EXTRA_TEXT = """\
The minister resigned on Friday after a week of pressure from her own party.
Officials said the new hospital would open in March and employ 1,200 staff.
Police arrested two men in connection with the robbery, a spokesman said.
The company reported a profit of $3.4 million, up 12% from a year earlier.
Rescue teams searched the river for a missing boy on Sunday night.
The court did not accept the appeal and the sentence of five years stands.
"""


def corpus() -> str:
    """A few KB of English news text for the tokenizer."""
    article = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
    return article + "\n" + EXTRA_TEXT


def train_sentencepiece(text: str, vocab_size: int = 300) -> bytes:
    """Train a sentencepiece unigram model (T5 layout: pad 0, eos 1, unk 2) in memory."""
    import sentencepiece as spm

    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter([line for line in text.splitlines() if line.strip()]),
        model_writer=model,
        vocab_size=vocab_size,
        model_type="unigram",
        pad_id=0,
        eos_id=1,
        unk_id=2,
        bos_id=-1,
        character_coverage=1.0,
        hard_vocab_limit=False,
        num_threads=1,
        minloglevel=2,
    )
    return model.getvalue()


def build_tiny_t5(
    directory: Path, *, max_length: int = 64, seed: int = 0, tokenizer_json: bool = True
) -> Path:
    """Write a tiny random T5 summarisation checkpoint to ``directory``.

    Args:
        directory: Where to save (created).
        max_length: The tokenizer's ``model_max_length``: the model's input limit.
        seed: Seed of the random weights.
        tokenizer_json: Save the tokenizer with ``save_pretrained`` (``tokenizer.json``);
            if False, only the sentencepiece file ``spiece.model`` is there, as in older
            checkpoints, and transformers converts it when loading.

    Returns:
        ``directory``.
    """
    import sentencepiece as spm
    import torch
    from transformers import T5Config, T5ForConditionalGeneration, T5Tokenizer

    directory.mkdir(parents=True, exist_ok=True)
    proto = train_sentencepiece(corpus())
    processor = spm.SentencePieceProcessor(model_proto=proto)
    vocab = [(processor.id_to_piece(i), processor.get_score(i)) for i in range(len(processor))]
    if tokenizer_json:
        tokenizer = T5Tokenizer(vocab=vocab, extra_ids=0, model_max_length=max_length)
        tokenizer.save_pretrained(directory)
    else:
        (directory / "spiece.model").write_bytes(proto)
        settings = {
            "model_max_length": max_length,
            "extra_ids": 0,
            "tokenizer_class": "T5Tokenizer",
        }
        (directory / "tokenizer_config.json").write_text(json.dumps(settings), encoding="utf-8")
    config: dict[str, Any] = {
        "vocab_size": len(vocab),
        "d_model": 32,
        "d_ff": 64,
        "d_kv": 16,
        "num_layers": 1,
        "num_decoder_layers": 1,
        "num_heads": 2,
        "decoder_start_token_id": 0,
        "pad_token_id": 0,
        "eos_token_id": 1,
        "initializer_factor": 10.0,  # large random weights: varied output, not one token
    }
    torch.manual_seed(seed)
    T5ForConditionalGeneration(T5Config(**config)).save_pretrained(directory)
    return directory


def save_non_seq2seq(directory: Path, kind: str = "bert") -> Path:
    """Write the config of a tiny model that is not seq2seq (``bert`` or ``gpt2``)."""
    from transformers import BertConfig, GPT2Config

    directory.mkdir(parents=True, exist_ok=True)
    if kind == "bert":
        BertConfig(
            vocab_size=100, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
            intermediate_size=32,
        ).save_pretrained(directory)  # fmt: skip
    else:
        GPT2Config(vocab_size=100, n_embd=16, n_layer=1, n_head=2).save_pretrained(directory)
    return directory


def copy_model(source: Path, target: Path) -> Path:
    """Copy a saved model directory."""
    shutil.copytree(source, target)
    return target
