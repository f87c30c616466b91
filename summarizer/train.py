"""Train the learned ranker: ``python -m summarizer.train --data train.jsonl``.

Each JSON Lines row needs an ``article`` and its reference ``highlights`` (sentences joined by
``"\\n"``). Articles are segmented with the library's own :func:`~summarizer.segment.segment`
and featurised with :func:`~summarizer.rankers.learned.sentence_features`, so the features at
training time are the features at inference time. A sentence is labelled 1 when the greedy
oracle picks it: sentences are added one at a time while ROUGE-1 + ROUGE-2 F1 against the
reference (lowercased word tokens, no stemming) improves, up to ``--oracle-size``. A LightGBM
binary classifier with a fixed seed is fitted and exported as flat numpy tree arrays.

LightGBM is a training-only dependency: ``pip install "news-highlights[train]"``.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
import zipfile
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from .config import Config
from .errors import MissingExtraError
from .features import Features, FloatArray
from .rankers.learned import FEATURE_NAMES, MODEL_FILE, TreeEnsemble, sentence_features
from .segment import segment

#: LightGBM settings of the shipped model (single-threaded and deterministic).
PARAMS: dict[str, Any] = {
    "objective": "binary",
    "learning_rate": 0.05,
    "num_leaves": 15,
    "min_data_in_leaf": 100,
    "feature_fraction": 0.9,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l2": 1.0,
    "use_missing": False,
    "num_threads": 1,
    "deterministic": True,
    "force_row_wise": True,
    "verbosity": -1,
}
ROUNDS = 300
DEFAULT_OUT = Path(__file__).resolve().parent / "data" / MODEL_FILE

Ngrams = Counter[tuple[str, ...]]

_TOKEN = re.compile(r"[^\W_]+")  # the word tokens of Features.tokens


def read_jsonl(path: str | Path, limit: int | None = None) -> list[tuple[str, str]]:
    """Read ``(article, highlights)`` pairs from a JSON Lines file.

    Args:
        path: The file; each line is an object with ``article`` and ``highlights`` strings.
        limit: Read at most this many rows.

    Returns:
        The pairs, in file order.

    Raises:
        ValueError: If a row lacks either field.
    """
    rows: list[tuple[str, str]] = []
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if limit is not None and len(rows) >= limit:
                break
            if not line.strip():
                continue
            row = json.loads(line)
            if not isinstance(row.get("article"), str) or not isinstance(
                row.get("highlights"), str
            ):
                raise ValueError(f"{path}:{number}: need string fields 'article' and 'highlights'")
            rows.append((row["article"], row["highlights"]))
    return rows


def _ngrams(words: Sequence[str], n: int) -> Ngrams:
    return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def _f1(overlap: int, candidate: int, reference: int) -> float:
    if overlap == 0:
        return 0.0
    return 2.0 * overlap / (candidate + reference)


def oracle_labels(
    sentences: Sequence[Sequence[str]], reference: Sequence[str], max_sentences: int = 3
) -> npt.NDArray[np.int64]:
    """Greedy oracle: the sentences that together maximise ROUGE-1 + ROUGE-2 F1.

    Args:
        sentences: Word tokens of each article sentence.
        reference: Word tokens of the whole reference summary.
        max_sentences: Stop after this many sentences.

    Returns:
        A 0/1 label per sentence (1 for the chosen ones).
    """
    ref = (_ngrams(reference, 1), _ngrams(reference, 2))
    ref_total = (sum(ref[0].values()), sum(ref[1].values()))
    grams = [(_ngrams(words, 1), _ngrams(words, 2)) for words in sentences]
    labels = np.zeros(len(sentences), dtype=np.int64)
    chosen: tuple[Ngrams, Ngrams] = (Counter(), Counter())
    best = 0.0
    for _ in range(min(max_sentences, len(sentences))):
        pick = -1
        for i, (one, two) in enumerate(grams):
            if labels[i]:
                continue
            score = 0.0
            for order, extra in enumerate((one, two)):
                union = chosen[order] + extra
                overlap = sum((union & ref[order]).values())
                score += _f1(overlap, sum(union.values()), ref_total[order])
            if score > best:
                best, pick = score, i
        if pick < 0:
            break
        labels[pick] = 1
        chosen = (chosen[0] + grams[pick][0], chosen[1] + grams[pick][1])
    return labels


def _progress(items: Sequence[tuple[str, str]], show: bool) -> Iterable[tuple[str, str]]:
    if not show:
        return items
    try:
        from tqdm import tqdm
    except ImportError:
        return items
    result: Iterable[tuple[str, str]] = tqdm(items, desc="featurising", unit="article")
    return result


def build_dataset(
    rows: Sequence[tuple[str, str]],
    config: Config | None = None,
    *,
    oracle_size: int = 3,
    progress: bool = False,
) -> tuple[FloatArray, npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Segment, featurise and label articles.

    Args:
        rows: ``(article, highlights)`` pairs.
        config: Segmentation settings (defaults if None).
        oracle_size: Most sentences the greedy oracle may pick per article.
        progress: Show a tqdm progress bar when tqdm is installed.

    Returns:
        ``(x, y, groups)``: features of every sentence, their 0/1 labels, and the number of
        sentences of each article that had any.
    """
    config = config or Config()
    blocks: list[FloatArray] = []
    labels: list[npt.NDArray[np.int64]] = []
    groups: list[int] = []
    for article, highlights in _progress(rows, progress):
        document = segment(article, config)
        if not document.sentences:
            continue
        features = Features(document)
        reference = _TOKEN.findall(highlights.lower())
        blocks.append(sentence_features(document, features))
        labels.append(oracle_labels(features.tokens, reference, oracle_size))
        groups.append(features.n)
    if not blocks:
        raise ValueError("no training article had any sentence")
    return (
        np.concatenate(blocks),
        np.concatenate(labels),
        np.asarray(groups, dtype=np.int64),
    )


def _lightgbm() -> Any:
    try:
        import lightgbm
    except ImportError as exc:
        raise MissingExtraError("lightgbm", "train", "training the learned ranker") from exc
    return lightgbm


def fit(x: FloatArray, y: npt.NDArray[np.int64], *, seed: int = 0, rounds: int = ROUNDS) -> Any:
    """Fit a LightGBM booster with :data:`PARAMS` and a fixed seed.

    Raises:
        MissingExtraError: If LightGBM is not installed.
    """
    lightgbm = _lightgbm()
    params = {**PARAMS, "seed": seed}
    dataset = lightgbm.Dataset(x, label=y, feature_name=list(FEATURE_NAMES), params=params)
    return lightgbm.train(params, dataset, num_boost_round=rounds)


def export_trees(booster: Any) -> TreeEnsemble:
    """Flatten a LightGBM booster (numerical splits only) into a :class:`TreeEnsemble`.

    Raises:
        ValueError: For a split that is not a plain ``<=`` test.
    """
    trees = [info["tree_structure"] for info in booster.dump_model()["tree_info"]]
    flat = [_flatten(tree) for tree in trees]
    width = max(len(nodes) for nodes, _ in flat)
    shape = (len(flat), width)
    feature = np.zeros(shape, dtype=np.int64)
    threshold = np.full(shape, np.inf)
    left = np.tile(np.arange(width, dtype=np.int64), (len(flat), 1))
    right = left.copy()
    value = np.zeros(shape)
    for t, (nodes, _) in enumerate(flat):
        for i, node in enumerate(nodes):
            feature[t, i], threshold[t, i], left[t, i], right[t, i], value[t, i] = node
    return TreeEnsemble(
        feature=feature,
        threshold=threshold,
        left=left,
        right=right,
        value=value,
        depth=max(depth for _, depth in flat),
        feature_names=FEATURE_NAMES,
    )


def _flatten(
    tree: dict[str, Any],
) -> tuple[list[tuple[int, float, int, int, float]], int]:
    """Number the nodes of a dumped tree breadth-first; leaves loop to themselves."""
    nodes: list[tuple[int, float, int, int, float]] = []
    queue: list[tuple[dict[str, Any], int]] = [(tree, 0)]
    depth = 0
    while queue:
        node, level = queue.pop(0)
        index = len(nodes)
        depth = max(depth, level)
        if "leaf_value" in node:
            nodes.append((0, float("inf"), index, index, float(node["leaf_value"])))
            continue
        if node.get("decision_type", "<=") != "<=":
            raise ValueError(f"unsupported split {node['decision_type']!r}")
        first_child = index + len(queue) + 1
        split = (int(node["split_feature"]), float(node["threshold"]))
        nodes.append((*split, first_child, first_child + 1, 0.0))
        queue.append((node["left_child"], level + 1))
        queue.append((node["right_child"], level + 1))
    return nodes, depth


def save_model(model: TreeEnsemble, path: str | Path) -> int:
    """Write a model as a compressed ``.npz`` with fixed timestamps (byte-for-byte reproducible).

    Returns:
        The file size in bytes.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, array in model.to_arrays().items():
            entry = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            data = io.BytesIO()
            np.lib.format.write_array(data, array, allow_pickle=False)
            archive.writestr(entry, data.getvalue())
    path.write_bytes(buffer.getvalue())
    return len(buffer.getvalue())


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m summarizer.train", description="Train the learned sentence ranker."
    )
    parser.add_argument("--data", required=True, help="JSON Lines with article and highlights")
    parser.add_argument("--limit", type=int, default=None, help="use the first N rows only")
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="model file to write")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--rounds", type=int, default=ROUNDS, help="boosting rounds")
    parser.add_argument(
        "--oracle-size", type=int, default=3, help="most oracle sentences per article"
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bar or summary")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parse(argv)
    try:
        _lightgbm()
    except MissingExtraError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    rows = read_jsonl(args.data, args.limit)
    x, y, groups = build_dataset(rows, oracle_size=args.oracle_size, progress=not args.quiet)
    booster = fit(x, y, seed=args.seed, rounds=args.rounds)
    size = save_model(export_trees(booster), args.out)
    if not args.quiet:
        print(
            f"trained on {len(groups)} articles, {len(y)} sentences ({int(y.sum())} positive); "
            f"wrote {args.out} ({size:,} bytes)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
