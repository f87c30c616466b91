"""Systems for a benchmark, by name: baselines, plug-ins, data columns, files and imports.

A ``--systems`` list is a comma-separated list of specs, each optionally ``LABEL=SPEC``:

``lead3`` (``leadN``), ``oracle``, ``random3`` (``randomN``)
    The baselines of :mod:`evaluation.baselines` (LEAD-N, the greedy ORACLE, seeded random-N).
``column:PATH``
    Precomputed predictions from a data column or dotted path, e.g. ``column:systems.simcls``.
``file:PATH``
    Precomputed predictions from a file (one per line, or one per JSONL/CSV/JSON/Parquet row).
``MODULE:FUNCTION``
    Any importable callable ``text -> list[str]``.
a plug-in name
    Systems that installed packages offer through the ``evaluation.systems`` entry-point group.
    An entry point names a function that returns ``{name: factory}``, where ``factory()``
    builds a callable ``text -> list[str]``. news-highlights registers every summarizer ranker
    this way (``default``, ``learned``, ``textrank``, ...), so this package never imports
    ``summarizer`` itself.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

from evaluation.baselines import Oracle, lead_k, random_k
from evaluation.benchmark import System
from evaluation.data import DataError, Example, Row, column_values, read_predictions

__all__ = [
    "ENTRY_POINT_GROUP",
    "Factory",
    "import_callable",
    "plugin_systems",
    "resolve_systems",
    "split_label",
    "valid_names",
]

#: Entry-point group through which installed packages offer systems.
ENTRY_POINT_GROUP = "evaluation.systems"
Factory = Callable[[], Callable[[str], Sequence[str]]]
_LEAD = re.compile(r"lead(\d+)")
_RANDOM = re.compile(r"random(\d+)")


def import_callable(path: str) -> Callable[..., Any]:
    """Import ``module:attribute`` (the attribute may be dotted) and check it is callable.

    Raises:
        DataError: For a malformed path, a missing module or attribute, or a non-callable.
    """
    module_name, sep, attribute = path.partition(":")
    if not sep or not module_name or not attribute:
        raise DataError(f"expected MODULE:FUNCTION, not {path!r}")
    try:
        target: Any = importlib.import_module(module_name)
    except ImportError as error:
        raise DataError(f"cannot import module {module_name!r}: {error}") from None
    for part in attribute.split("."):
        if not hasattr(target, part):
            raise DataError(f"module {module_name!r} has no attribute {attribute!r}")
        target = getattr(target, part)
    if not callable(target):
        raise DataError(f"{path} is not callable")
    return target  # type: ignore[no-any-return]


@cache
def plugin_systems() -> Mapping[str, Factory]:
    """Factories of the systems that installed packages register (see the module docstring).

    A plug-in that fails to load is skipped with a warning on stderr, so one broken package
    cannot stop a benchmark of the others.
    """
    found: dict[str, Factory] = {}
    for point in entry_points(group=ENTRY_POINT_GROUP):
        try:
            offered = point.load()()
        except Exception as error:  # a third-party plug-in may fail in any way
            print(f"warning: skipping systems plug-in {point.name!r}: {error}", file=sys.stderr)
            continue
        for name, factory in dict(offered).items():
            found.setdefault(str(name), factory)
    return found


def valid_names() -> list[str]:
    """Every spec form and plug-in name, for error messages (this loads the plug-ins)."""
    return [
        "lead3 (leadN)",
        "oracle",
        "random3 (randomN)",
        *sorted(plugin_systems()),
        "column:PATH",
        "file:PATH",
        "MODULE:FUNCTION",
    ]


def split_label(spec: str) -> tuple[str | None, str]:
    """Split ``LABEL=SPEC`` into its parts.

    Args:
        spec: A spec, optionally prefixed with ``LABEL=``.

    Returns:
        The label (``None`` when there is no ``=`` before any ``:``) and the spec proper.
    """
    label, sep, value = spec.partition("=")
    if sep and label and ":" not in label:
        return label, value
    return None, spec


def _one(
    spec: str, rows: Sequence[Row], examples: Sequence[Example], seed: int
) -> tuple[str, System]:
    """The default label and the system of one spec."""
    if match := _LEAD.fullmatch(spec):
        return f"LEAD-{match[1]}", lead_k(int(match[1]))
    if match := _RANDOM.fullmatch(spec):
        return f"random-{match[1]}", random_k(int(match[1]), seed)
    if spec == "oracle":
        return "ORACLE", Oracle()
    kind, sep, value = spec.partition(":")
    if sep and kind == "column":
        return value.rpartition(".")[2], column_values([rows[e.index] for e in examples], value)
    if sep and kind == "file":
        every = read_predictions(value)
        needed = max((e.index for e in examples), default=-1) + 1
        if len(every) < needed:
            raise DataError(
                f"{value}: {len(every)} predictions, but the data has at least {needed} rows"
            )
        return Path(value).stem, [every[e.index] for e in examples]
    if sep:
        return value.rpartition(".")[2], import_callable(spec)
    factory = plugin_systems().get(spec)
    if factory is None:
        raise DataError(f"unknown system {spec!r}; valid: {', '.join(valid_names())}")
    return spec, factory()


def resolve_systems(
    specs: str | Sequence[str],
    rows: Sequence[Row],
    examples: Sequence[Example],
    seed: int = 0,
) -> dict[str, System]:
    """Build the systems of a ``--systems`` list (see the module docstring), in order.

    Args:
        specs: Comma-separated specs, or a list of them.
        rows: The data rows (for ``column:`` systems).
        examples: The examples to be scored (their ``index`` selects rows and file lines).
        seed: Seed of random baselines.

    Returns:
        Label to system.

    Raises:
        DataError: For an unknown system (listing the valid ones), a missing column or file,
            a file with too few predictions, or two systems with the same label.
    """
    items = [s.strip() for s in specs.split(",")] if isinstance(specs, str) else list(specs)
    systems: dict[str, System] = {}
    for item in filter(None, items):
        label, spec = split_label(item)
        default_label, system = _one(spec, rows, examples, seed)
        name = label or default_label
        if name in systems:
            raise DataError(f"two systems are named {name!r}; label one with LABEL={spec}")
        systems[name] = system
    if not systems:
        raise DataError(f"no system given; valid: {', '.join(valid_names())}")
    return systems
