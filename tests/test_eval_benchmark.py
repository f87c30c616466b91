"""Tests of evaluation.benchmark reports and the ``python -m evaluation`` command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from evaluation.baselines import Oracle, lead_k
from evaluation.benchmark import evaluate
from evaluation.data import Example

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = [
    Example(
        str(i),
        f"Team {i} won the final. Fans cheered loudly. The weather was cold. Tickets sold out.",
        (f"Team {i} won the final.", "Fans cheered."),
        i,
    )
    for i in range(12)
]


def first_sentence(text: str) -> list[str]:
    return lead_k(1)(text)


def without_timings(report_json: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(report_json)
    for system in data["systems"]:
        system.pop("seconds")
        system.pop("articles_per_second")
    return data


def test_report_is_deterministic_and_complete() -> None:
    systems = {"lead1": first_sentence, "fixed": ["The weather was cold."] * 12}
    first = evaluate(systems, EXAMPLES, ("rouge1", "rougeLsum"), n_resamples=200, baseline="fixed")
    again = evaluate(systems, EXAMPLES, ("rouge1", "rougeLsum"), n_resamples=200, baseline="fixed")
    assert without_timings(first.to_json()) == without_timings(again.to_json())
    lead, fixed = first.systems
    assert lead.seconds is not None and lead.articles_per_second is not None
    assert fixed.seconds is None and fixed.comparison is None
    for interval in lead.intervals.values():
        assert interval.low <= interval.mean <= interval.high
    assert lead.comparison is not None
    assert lead.comparison["rouge1"].difference > 0
    assert lead.comparison["rouge1"].p_value < 0.05
    assert "lead1" in first.to_text() and "| lead1 |" in first.to_markdown()
    assert (
        len(json.loads(first.to_json(per_document=True))["systems"][0]["per_document"]["rouge1"])
        == 12
    )


def test_oracle_system_and_errors() -> None:
    report = evaluate({"oracle": Oracle(), "lead": lead_k(3)}, EXAMPLES, n_resamples=50)
    assert report.systems[0].intervals["rouge1"].mean >= report.systems[1].intervals["rouge1"].mean
    with pytest.raises(ValueError, match="unknown baseline"):
        evaluate({"lead": lead_k(3)}, EXAMPLES, baseline="other")
    with pytest.raises(ValueError, match="2 predictions for 12 examples"):
        evaluate({"short": ["a", "b"]}, EXAMPLES)


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "evaluation", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


@pytest.fixture
def data_file(tmp_path: Path) -> Path:
    rows = [
        {
            "id": e.id,
            "article": e.document,
            "highlights": e.reference_text,
            "systems": {"lead1": first_sentence(e.document)[0]},
        }
        for e in EXAMPLES
    ]
    path = tmp_path / "data.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_cli_score_column_file_and_system(data_file: Path, tmp_path: Path) -> None:
    predictions = tmp_path / "mine.txt"
    predictions.write_text("Fans cheered loudly.\n" * 12, encoding="utf-8")
    result = cli(
        "score", "--data", str(data_file), "--predictions", "systems.lead1",
        "--predictions", str(predictions), "--system", "lead=evaluation.baselines:split_sentences",
        "--baseline", "lead1", "--format", "json", "--resamples", "100", "--limit", "10",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert [s["name"] for s in report["systems"]] == ["lead1", "mine", "lead"]
    assert report["n_documents"] == 10


def test_cli_baselines(data_file: Path) -> None:
    result = cli("baselines", "--data", str(data_file), "--format", "markdown", "--resamples", "50")
    assert result.returncode == 0, result.stderr
    assert "| ORACLE |" in result.stdout and "| random-3 |" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--data", "missing.jsonl", "--baselines"], "no such file"),
        (["--predictions", "systems.other"], "available columns: lead1"),
        (["--system", "no_such_module_xyz:f"], "cannot import module"),
        (["--system", "evaluation.baselines"], "MODULE:FUNCTION"),
        ([], "nothing to score"),
    ],
)
def test_cli_user_errors(data_file: Path, args: list[str], message: str) -> None:
    full = ["score", *args] if "--data" in args else ["score", "--data", str(data_file), *args]
    result = cli(*full)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_cli_help_has_examples() -> None:
    result = cli("score", "--help")
    assert result.returncode == 0 and "examples:" in result.stdout


def test_cli_closed_stdout_pipe_is_quiet(tmp_path: Path) -> None:
    """Writing to a closed pipe (`... | head`) ends quietly with status 141 (regression test)."""
    data = tmp_path / "tiny.jsonl"
    rows = [
        {
            "id": str(i),
            "article": f"Event {i} happened today. Police said {i} people came. The mayor spoke.",
            "highlights": f"Event {i} happened.\nPolice spoke.",
        }
        for i in range(5)
    ]
    data.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    read_end, write_end = os.pipe()
    os.close(read_end)  # every write to stdout now fails with EPIPE
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "evaluation", "baselines", "--data", str(data)],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write_end)
    assert proc.returncode == 141
    assert proc.stderr == ""
