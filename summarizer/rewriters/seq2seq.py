"""The ``seq2seq`` rewriter: a BART / PEGASUS / T5 checkpoint rewrites the highlights.

Two layers, so that everything but the model itself is plain Python and testable without torch:

* :class:`Seq2SeqRewriter` decides *what* to generate: in ``sentences`` mode one input per
  selected sentence; in ``document`` mode the whole article, in overlapping chunks of whole
  sentences when it is longer than the model's input limit, with the summary split into
  bullets that are each tied to their closest source sentence. It talks to a
  :class:`Generator`.
* :class:`TransformersGenerator` is that generator for a ``transformers`` checkpoint (a local
  directory or a hub id). It imports torch and transformers only when it first runs, loads
  the tokenizer and model once, picks the device (CUDA, MPS or CPU) and dtype, and calls
  ``model.generate`` in batches under ``torch.inference_mode()`` with greedy or beam search
  (never sampling), so the same input always gives the same output.

Inputs are never silently truncated: a sentence longer than the limit is kept as it is (with
the reason), and the result says when an article was split into chunks.
"""

from __future__ import annotations

import contextlib
import copy
import importlib.util
import os
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from ..errors import ConfigError, MissingExtraError, ModelError, require
from . import Draft, RewriteJob, Rewritten

if TYPE_CHECKING:
    from ..config import Config, RewriteOptions

#: Generated tokens per input when neither the options nor the model set a length.
DEFAULT_MAX_NEW_TOKENS = {"sentences": 64, "document": 128}
#: Input limit when the model does not state one.
FALLBACK_INPUT_TOKENS = 512
#: Model types whose checkpoints expect "summarize: " before the text.
T5_TYPES = frozenset({"t5"})

_EXTRA = "abstractive"
_FEATURE = "rewriting with a seq2seq model (rewrite=...)"
_HUB_ID = re.compile(r"[A-Za-z0-9][\w.-]{0,95}(?:/[A-Za-z0-9][\w.-]{0,95})?")
_WORD = re.compile(r"[^\W_]+")


class Generator(Protocol):
    """What :class:`Seq2SeqRewriter` needs from a model.

    Attributes:
        label: Shown in :attr:`Highlights.rewriter`.
    """

    label: str

    def max_input_tokens(self) -> int:
        """The longest input (in tokens, special tokens included) the model accepts."""
        ...

    def prefix(self) -> str:
        """Text to put before every input (e.g. ``"summarize: "``; may be empty)."""
        ...

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """The number of input tokens of each text, special tokens included."""
        ...

    def generate(self, texts: Sequence[str], mode: str) -> list[str]:
        """One output text per input text (which already carries the prefix)."""
        ...


# --- the rewriter (plain Python) -------------------------------------------------------------


class Seq2SeqRewriter:
    """Rewrite the highlights with a :class:`Generator`, in ``sentences`` or ``document`` mode.

    Args:
        generator: The model (or a stand-in with the same methods).
        config: ``rewrite_mode``, ``rewrite_options.chunk_overlap``, ``order`` and
            ``max_words`` are read.
        name: The registered name.
    """

    abstractive = True

    def __init__(self, generator: Generator, config: Config, name: str = "seq2seq") -> None:
        self.generator = generator
        self.config = config
        self.name = name
        self.label = generator.label

    def rewrite(self, jobs: Sequence[RewriteJob]) -> list[Rewritten]:
        """Rewrite the selection of every job (all inputs of all jobs batched together)."""
        if not jobs:
            return []
        if self.config.rewrite_mode == "document":
            return self._summarise_documents(jobs)
        return self._rewrite_sentences(jobs)

    # sentences mode

    def _rewrite_sentences(self, jobs: Sequence[RewriteJob]) -> list[Rewritten]:
        prefix = self.generator.prefix()
        limit = self.generator.max_input_tokens()
        inputs = [prefix + job.document.sentences[i].text for job in jobs for i in job.chosen]
        counts = self.generator.count_tokens(inputs) if inputs else []
        fits = [count <= limit for count in counts]
        to_generate = [text for text, ok in zip(inputs, fits, strict=True) if ok]
        outputs = iter(self.generator.generate(to_generate, "sentences"))
        position = 0
        results = []
        for job in jobs:
            drafts = []
            for i in job.chosen:
                if fits[position]:
                    drafts.append(Draft(next(outputs), (i,)))
                else:
                    reason = (
                        f"longer than the model's input limit ({counts[position]} > {limit} "
                        "tokens), so not rewritten"
                    )
                    drafts.append(Draft(job.document.sentences[i].text, (i,), kept=reason))
                position += 1
            results.append(Rewritten(tuple(drafts)))
        return results

    # document mode

    def _summarise_documents(self, jobs: Sequence[RewriteJob]) -> list[Rewritten]:
        plans = [self._plan(job) for job in jobs]
        inputs = [text for plan in plans for text in plan.inputs]
        outputs = iter(self.generator.generate(inputs, "document"))
        results = []
        for job, plan in zip(jobs, plans, strict=True):
            summaries = [next(outputs) for _ in plan.inputs]
            results.append(self._bullets(job, plan, summaries))
        return results

    def _plan(self, job: RewriteJob) -> _Plan:
        """Cut the article into chunks of whole sentences that fit the model's input."""
        prefix = self.generator.prefix()
        limit = self.generator.max_input_tokens()
        sentences = [s.text for s in job.document.sentences]
        base, prefixed = self.generator.count_tokens(["", prefix])
        budget = limit - prefixed
        if budget < 1:
            raise ModelError(
                f"the prefix {prefix!r} alone fills the model's input limit of {limit} tokens"
            )
        lengths = [n - base for n in self.generator.count_tokens(sentences)]
        units: list[tuple[int, str, int]] = []  # (sentence index, text, tokens)
        split = 0
        for index, (text, length) in enumerate(zip(sentences, lengths, strict=True)):
            if length <= budget:
                units.append((index, text, length))
                continue
            split += 1
            pieces = self._fit(text, limit, prefix)
            for piece, n in zip(pieces, self.generator.count_tokens(pieces), strict=True):
                units.append((index, piece, min(n - base, budget)))
        overlap = self.config.rewrite_options.chunk_overlap
        spans = plan_chunks([u[2] for u in units], budget, overlap)
        spans = self._verify(spans, units, limit, prefix)
        inputs = [prefix + " ".join(u[1] for u in units[a:b]) for a, b in spans]
        chunks = [tuple(dict.fromkeys(u[0] for u in units[a:b])) for a, b in spans]
        notes = []
        if len(spans) > 1:
            total = sum(lengths) + prefixed
            notes.append(
                f"the article (about {total:,} tokens) is longer than the model's input limit "
                f"of {limit:,} tokens: it was summarised in {len(spans)} overlapping chunks of "
                "whole sentences"
            )
        if split:
            notes.append(
                f"{split} sentence(s) longer than the model's input limit of {limit:,} tokens "
                "were split between words"
            )
        return _Plan(inputs, chunks, tuple(notes))

    def _fit(self, text: str, limit: int, prefix: str) -> list[str]:
        """Split ``text`` between words into pieces that fit the input limit."""
        if self.generator.count_tokens([prefix + text])[0] <= limit:
            return [text]
        words = text.split()
        if len(words) < 2:
            raise ModelError(
                f"a single word of {len(text)} characters is longer than the model's input "
                f"limit of {limit} tokens"
            )
        half = len(words) // 2
        return self._fit(" ".join(words[:half]), limit, prefix) + self._fit(
            " ".join(words[half:]), limit, prefix
        )

    def _verify(
        self,
        spans: list[tuple[int, int]],
        units: list[tuple[int, str, int]],
        limit: int,
        prefix: str,
    ) -> list[tuple[int, int]]:
        """Check the real token count of every chunk; halve any chunk that is over the limit.

        Token counts of sentences do not always add up exactly (a tokenizer may merge across
        the space between them), so the plan is checked on the joined text.
        """
        texts = [prefix + " ".join(u[1] for u in units[a:b]) for a, b in spans]
        counts = self.generator.count_tokens(texts)
        checked: list[tuple[int, int]] = []
        for (a, b), count in zip(spans, counts, strict=True):
            if count <= limit or b - a == 1:
                checked.append((a, b))
            else:
                middle = (a + b) // 2
                checked += self._verify([(a, middle), (middle, b)], units, limit, prefix)
        return checked

    def _bullets(self, job: RewriteJob, plan: _Plan, summaries: Sequence[str]) -> Rewritten:
        """Split the chunk summaries into bullets, tie each to a source sentence, pick some."""
        document = job.document
        candidates: list[tuple[str, int, int]] = []  # (text, source, position)
        for chunk, summary in zip(plan.chunks, summaries, strict=True):
            for bullet in split_bullets(summary):
                source = align(bullet, [(i, document.sentences[i].text) for i in chunk])
                candidates.append((bullet, source, len(candidates)))
        kept: list[tuple[str, int, int]] = []
        for candidate in candidates:
            if not any(_similar(candidate[0], other[0]) for other in kept):
                kept.append(candidate)
        if not kept:  # nothing usable: every extractive highlight is reverted, nothing lost
            return Rewritten(tuple(Draft("", (i,)) for i in job.chosen), plan.notes)
        ranked = sorted(kept, key=lambda c: (-job.scores[c[1]], c[2]))
        picked = _take(ranked, len(job.chosen), self.config.max_words)
        if self.config.order == "document":
            picked.sort(key=lambda c: (c[1], c[2]))
        return Rewritten(tuple(Draft(text, (source,)) for text, source, _ in picked), plan.notes)


@dataclass(frozen=True)
class _Plan:
    inputs: list[str]
    chunks: list[tuple[int, ...]]
    notes: tuple[str, ...]


def plan_chunks(lengths: Sequence[int], budget: int, overlap: int) -> list[tuple[int, int]]:
    """Group consecutive units (sentences) into chunks of at most ``budget`` tokens.

    Each chunk after the first starts with up to ``overlap`` units of the previous one (fewer
    when they would leave no room for a new unit), so no sentence loses its context at a cut.

    Args:
        lengths: Token count of each unit (each at most ``budget``).
        budget: Tokens per chunk.
        overlap: Units repeated at the start of the next chunk.

    Returns:
        ``(start, end)`` unit ranges covering every unit, in order.

    Example:
        >>> plan_chunks([4, 4, 4, 4], budget=8, overlap=1)
        [(0, 2), (1, 3), (2, 4)]
    """
    if any(n > budget for n in lengths):
        raise ValueError("every unit must fit the budget")
    chunks: list[tuple[int, int]] = []
    start, n = 0, len(lengths)
    while start < n:
        end, total = start, 0
        while end < n and total + lengths[end] <= budget:
            total += lengths[end]
            end += 1
        chunks.append((start, end))
        if end >= n:
            break
        start = max(end - overlap, start + 1)
        while start < end and sum(lengths[start : end + 1]) > budget:
            start += 1
    return chunks


def split_bullets(summary: str) -> list[str]:
    """Split a generated summary into bullet sentences.

    PEGASUS-style ``<n>`` markers and line breaks separate bullets; each line is then split
    into sentences by the library's own segmenter (so abbreviations are respected).
    """
    from ..config import Config
    from ..segment import segment

    config = Config(remove_boilerplate=False, min_sentence_words=1)
    bullets = []
    for line in summary.replace("<n>", "\n").splitlines():
        if not line.strip():
            continue
        document = segment(line, config)
        if document.title is not None:
            bullets.append(document.title)
        bullets += [s.text for s in document.sentences]
    return bullets


def align(bullet: str, sentences: Sequence[tuple[int, str]]) -> int:
    """The index of the sentence that ``bullet`` overlaps most (word F1; ties: earliest).

    Args:
        bullet: A generated bullet.
        sentences: ``(index, text)`` of the candidate source sentences (at least one).
    """
    mine = set(_WORD.findall(bullet.lower()))
    best, best_score = sentences[0][0], -1.0
    for index, text in sentences:
        theirs = set(_WORD.findall(text.lower()))
        common = len(mine & theirs)
        score = 2 * common / (len(mine) + len(theirs)) if common else 0.0
        if score > best_score:
            best, best_score = index, score
    return best


def _similar(a: str, b: str) -> bool:
    x, y = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
    return bool(x | y) and len(x & y) >= 0.6 * len(x | y)


def _take(
    ranked: list[tuple[str, int, int]], count: int, max_words: int | None
) -> list[tuple[str, int, int]]:
    picked: list[tuple[str, int, int]] = []
    words = 0
    for candidate in ranked:
        n = len(candidate[0].split())
        if picked and max_words is not None and words + n > max_words:
            continue
        picked.append(candidate)
        words += n
        if len(picked) == count:
            break
    return picked


# --- the transformers generator --------------------------------------------------------------


def seq2seq_factory(config: Config) -> Seq2SeqRewriter:
    """The registered ``seq2seq`` factory: a :class:`TransformersGenerator` for ``rewrite``.

    Raises:
        ConfigError: If ``config.rewrite`` is not set.
        ModelError: If ``config.rewrite`` looks like a local path that does not exist.
    """
    if config.rewrite is None:
        raise ConfigError("rewriter 'seq2seq' needs rewrite=MODEL (a model directory or hub id)")
    return Seq2SeqRewriter(TransformersGenerator(config.rewrite, config.rewrite_options), config)


def resolve_model(model: str) -> Path | None:
    """Check a ``rewrite`` value without importing anything heavy.

    Args:
        model: A local directory or a hub id.

    Returns:
        The directory, or ``None`` for a hub id (transformers resolves it when loading).

    Raises:
        ModelError: For a path that does not exist, a file, or a directory without
            ``config.json``; the message names the path and what to pass instead.
    """
    path = Path(os.path.expanduser(model))
    if path.exists():
        if not path.is_dir():
            raise ModelError(
                f"rewrite={model!r} is a file; pass the model directory that holds "
                "config.json, the weights and the tokenizer files"
            )
        if not (path / "config.json").is_file():
            raise ModelError(
                f"the model directory {model!r} has no config.json; pass a directory written "
                "by save_pretrained() (config.json, weights and tokenizer files) or a hub id "
                "such as 'facebook/bart-large-cnn'"
            )
        return path
    if _HUB_ID.fullmatch(model) and ".." not in model and not model.endswith("."):
        return None
    raise ModelError(
        f"no such model directory: {model!r}; pass rewrite= a local directory written by "
        "save_pretrained() or a hub id such as 'facebook/bart-large-cnn'"
    )


class TransformersGenerator:
    """A ``transformers`` seq2seq checkpoint, loaded on first use, once.

    Args:
        model: A local directory written by ``save_pretrained()`` or a hub id (downloaded by
            transformers into its cache on first use, unless ``HF_HUB_OFFLINE=1``).
        options: Device, dtype, batch size and generation settings.

    Raises:
        ModelError: At once for a local path that does not exist; when loading, for a model
            that cannot be loaded or is not a sequence-to-sequence model.
        MissingExtraError: When loading, if torch, transformers or sentencepiece is missing.
    """

    def __init__(self, model: str, options: RewriteOptions) -> None:
        self.model_id = model
        self.options = options
        self.path = resolve_model(model)
        self.label = f"seq2seq:{model}"
        self._loaded: _Loaded | None = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        """True once the model is in memory."""
        return self._loaded is not None

    def load(self) -> None:
        """Load the tokenizer and model now (otherwise the first call does)."""
        self._model()

    def max_input_tokens(self) -> int:
        """The input limit: the option, else the model's (tokenizer and position limits)."""
        return self._model().max_input_tokens

    def prefix(self) -> str:
        """The option, else the model's ``task_specific_params`` prefix, else T5's default."""
        return self._model().prefix

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Token counts (special tokens included), without truncation."""
        if not texts:
            return []
        encoded = self._model().tokenizer(list(texts), add_special_tokens=True, verbose=False)
        return [len(ids) for ids in encoded["input_ids"]]

    def generate(self, texts: Sequence[str], mode: str) -> list[str]:
        """Generate one text per input, ``options.batch_size`` inputs per ``generate`` call.

        Inputs are sorted by length before batching (less padding); outputs come back in
        input order. Raises :class:`ModelError` if generation fails (e.g. out of memory).
        """
        if not texts:
            return []
        loaded = self._model()
        counts = self.count_tokens(texts)
        if max(counts) > loaded.max_input_tokens:
            raise ModelError(
                f"an input of {max(counts)} tokens is over the model's limit of "
                f"{loaded.max_input_tokens}; inputs are never truncated"
            )
        settings = loaded.generation[mode]
        order = sorted(range(len(texts)), key=lambda i: counts[i])
        outputs = [""] * len(texts)
        size = self.options.batch_size
        for start in range(0, len(order), size):
            batch = order[start : start + size]
            decoded = loaded.run([texts[i] for i in batch], settings)
            for i, text in zip(batch, decoded, strict=True):
                outputs[i] = " ".join(text.split())
        return outputs

    def _model(self) -> _Loaded:
        if self._loaded is None:
            with self._lock:  # threads sharing a Highlighter (e.g. feeds) load it only once
                if self._loaded is None:
                    self._loaded = _load(self.model_id, self.path, self.options)
        return self._loaded


@dataclass
class _Loaded:
    tokenizer: Any
    model: Any
    device: str
    max_input_tokens: int
    prefix: str
    generation: dict[str, Any]
    run: Callable[[list[str], Any], list[str]]


def _load(model_id: str, path: Path | None, options: RewriteOptions) -> _Loaded:
    torch: Any = require("torch", _EXTRA, _FEATURE)
    transformers: Any = require("transformers", _EXTRA, _FEATURE)
    require("sentencepiece", _EXTRA, _FEATURE)
    source = str(path) if path is not None else model_id
    local = {"local_files_only": True} if path is not None else {}
    try:
        config = transformers.AutoConfig.from_pretrained(source, **local)
    except Exception as exc:  # transformers raises OSError, ValueError and hub errors
        raise ModelError(_cannot_load(model_id, path, exc)) from exc
    _check_seq2seq(model_id, config)
    if path is not None and _needs_protobuf(path) and not _has_module("google.protobuf"):
        feature = "a tokenizer given only as a sentencepiece model file (no tokenizer.json)"
        raise MissingExtraError("protobuf", _EXTRA, feature)
    device = _device(torch, options.device)
    dtype = _dtype(torch, options.dtype, device)
    major = int(str(transformers.__version__).split(".")[0])
    dtype_arg = {"dtype": dtype} if major >= 5 else {"torch_dtype": dtype}
    try:
        with _no_progress_bars(transformers):
            tokenizer = transformers.AutoTokenizer.from_pretrained(source, **local)
            model = transformers.AutoModelForSeq2SeqLM.from_pretrained(
                source, **dtype_arg, **local
            )
        model.to(device)
    except Exception as exc:
        raise ModelError(_cannot_load(model_id, path, exc)) from exc
    model.eval()
    limit = options.max_input_tokens or _input_limit(tokenizer, config)
    prefix = options.prefix if options.prefix is not None else _model_prefix(config)
    generation = {
        mode: _generation_config(model.generation_config, options, mode)
        for mode in DEFAULT_MAX_NEW_TOKENS
    }

    def run(texts: list[str], settings: Any) -> list[str]:
        batch = tokenizer(texts, return_tensors="pt", padding=True)
        inputs = {
            "input_ids": batch["input_ids"].to(device),
            "attention_mask": batch["attention_mask"].to(device),
        }
        try:
            with torch.inference_mode():
                ids = model.generate(**inputs, generation_config=settings)
        except (RuntimeError, ValueError, IndexError) as exc:
            raise ModelError(f"generation with {model_id!r} on {device} failed: {exc}") from exc
        decoded: list[str] = tokenizer.batch_decode(ids, skip_special_tokens=True)
        return decoded

    return _Loaded(tokenizer, model, device, limit, prefix, generation, run)


@contextlib.contextmanager
def _no_progress_bars(transformers: Any) -> Iterator[None]:
    """Load without the "Loading weights" progress bar (restored afterwards)."""
    logging = getattr(getattr(transformers, "utils", None), "logging", None)
    enabled = getattr(logging, "is_progress_bar_enabled", None)
    if logging is None or enabled is None or not enabled():
        yield
        return
    logging.disable_progress_bar()
    try:
        yield
    finally:
        logging.enable_progress_bar()


def _cannot_load(model_id: str, path: Path | None, exc: Exception) -> str:
    lines = str(exc).strip().splitlines()
    detail = lines[0].rstrip(".") if lines else type(exc).__name__
    if path is not None:
        return f"cannot load the model in {model_id!r}: {detail}"
    offline = " (HF_HUB_OFFLINE is set, so nothing is downloaded)" if _offline() else ""
    return (
        f"cannot load the model {model_id!r}: it is not a local directory and transformers "
        f"could not get it from the Hugging Face hub or its cache{offline}: {detail}. Pass "
        "rewrite= a local model directory, or a hub id that can be downloaded"
    )


def _offline() -> bool:
    return any(
        os.environ.get(name, "").lower() in {"1", "true", "yes", "on"}
        for name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")
    )


def _check_seq2seq(model_id: str, config: Any) -> None:
    model_type = getattr(config, "model_type", "") or ""
    try:
        from transformers.models.auto.modeling_auto import (
            MODEL_FOR_SEQ_TO_SEQ_CAUSAL_LM_MAPPING_NAMES as names,
        )

        ok = model_type in names
    except ImportError:  # pragma: no cover - layout of older or newer transformers
        ok = bool(getattr(config, "is_encoder_decoder", False))
    if not ok:
        raise ModelError(
            f"{model_id!r} holds a {model_type or 'unknown'!r} model "
            f"({type(config).__name__}), not a sequence-to-sequence model; pass a BART, "
            "PEGASUS or T5 summarisation checkpoint"
        )


def _needs_protobuf(path: Path) -> bool:
    """A tokenizer given only as a sentencepiece file is converted with protobuf's help."""
    if (path / "tokenizer.json").is_file():
        return False
    return any(path.glob("*.model"))


def _has_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def _device(torch: Any, name: str) -> str:
    mps = getattr(torch.backends, "mps", None)
    has_mps = mps is not None and mps.is_available()
    if name == "auto":
        if torch.cuda.is_available():
            return "cuda"
        return "mps" if has_mps else "cpu"
    if name.startswith("cuda") and not torch.cuda.is_available():
        raise ModelError(
            f"device {name!r} was asked for, but torch finds no CUDA device; "
            "pass device='auto' or 'cpu'"
        )
    if name == "mps" and not has_mps:
        raise ModelError(
            "device 'mps' was asked for, but torch finds no MPS device; "
            "pass device='auto' or 'cpu'"
        )
    return name


def _dtype(torch: Any, name: str, device: str) -> Any:
    if name == "auto":
        cuda_bf16 = device.startswith("cuda") and torch.cuda.is_bf16_supported()
        return torch.bfloat16 if cuda_bf16 else torch.float32
    return getattr(torch, name)


def _input_limit(tokenizer: Any, config: Any) -> int:
    limits = []
    tokenizer_limit = getattr(tokenizer, "model_max_length", None)
    if isinstance(tokenizer_limit, int) and 0 < tokenizer_limit < 1_000_000:
        limits.append(tokenizer_limit)
    for name in ("max_position_embeddings", "max_source_positions"):
        value = getattr(config, name, None)
        if isinstance(value, int) and value > 0:
            limits.append(value)
    return min(limits) if limits else FALLBACK_INPUT_TOKENS


def _model_prefix(config: Any) -> str:
    params = getattr(config, "task_specific_params", None) or {}
    summarization = params.get("summarization") if isinstance(params, dict) else None
    if isinstance(summarization, dict) and isinstance(summarization.get("prefix"), str):
        return str(summarization["prefix"])
    return "summarize: " if getattr(config, "model_type", "") in T5_TYPES else ""


def _generation_config(base: Any, options: RewriteOptions, mode: str) -> Any:
    """The model's generation config with the options on top, deterministic, for ``mode``."""
    settings = copy.deepcopy(base)
    settings.do_sample = False
    for name in ("num_beams", "no_repeat_ngram_size", "length_penalty"):
        value = getattr(options, name)
        if value is not None:
            setattr(settings, name, value)
    if options.max_new_tokens is not None:
        settings.max_new_tokens = options.max_new_tokens
    elif getattr(settings, "max_new_tokens", None) is None and getattr(
        settings, "max_length", None
    ) in (None, 20):  # 20 is transformers' own default, not the model's
        settings.max_new_tokens = DEFAULT_MAX_NEW_TOKENS[mode]
    if options.min_new_tokens is not None:
        settings.min_new_tokens = options.min_new_tokens
    elif mode == "sentences":  # a minimum tuned for whole summaries would pad a sentence
        settings.min_new_tokens = None
        settings.min_length = 0
    if settings.num_beams == 1:
        settings.early_stopping = False
        settings.length_penalty = 1.0
    return settings
