"""Shared test set-up: offline hub access, a quiet thread pool and the dev-data location."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = Path(os.environ.get("NEWS_HIGHLIGHTS_DATA", ROOT.parent / "shared" / "data"))
EXAMPLE = ROOT / "examples" / "article.txt"


def load_jsonl(name: str, limit: int | None = None) -> list[dict[str, Any]]:
    """Rows of a dev-data file; skips the calling test when the data is absent."""
    path = DATA_DIR / name
    if not path.is_file():
        pytest.skip(f"{path} not found (set NEWS_HIGHLIGHTS_DATA to the shared data folder)")
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            rows.append(json.loads(line))
            if limit is not None and len(rows) == limit:
                break
    return rows


@pytest.fixture(scope="session")
def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")
