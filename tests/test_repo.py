"""The newcomer path stays true: README commands, CI script and package metadata agree."""

from __future__ import annotations

import re
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parents[1]


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = re.search(r"^TEST_COMMAND='(.+)'$", ci, re.MULTILINE)
    assert command is not None
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"```bash\n{command.group(1)}\n```" in readme


def test_readme_main_command_uses_the_bundled_example() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "summarizer examples/article.txt\n```" in readme
    assert (ROOT / "examples" / "article.txt").is_file()


def test_package_metadata() -> None:
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert meta["name"] == "news-highlights"
    assert meta["scripts"]["summarizer"] == "summarizer.cli:run"
    assert {"abstractive", "eval", "feeds", "embeddings", "all", "test"} <= set(
        meta["optional-dependencies"]
    )
    assert not any(dep.startswith("torch") for dep in meta["dependencies"])
    assert (ROOT / "summarizer" / "py.typed").is_file()
    assert (ROOT / "evaluation" / "py.typed").is_file()


def test_importing_summarizer_stays_light() -> None:
    import subprocess
    import sys

    code = (
        "import sys, summarizer; summarizer.highlight('A short test sentence here.'); "
        "heavy = {'torch', 'transformers', 'datasets', 'pyspark', 'sklearn'} & set(sys.modules); "
        "print(sorted(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
