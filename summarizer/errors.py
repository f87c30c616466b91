"""Exceptions raised by :mod:`summarizer`.

Every error a user can cause is a :class:`SummarizerError`, so a pipeline can catch one type.
The subclasses also inherit the closest built-in exception (``ValueError``, ``ImportError``,
``KeyError``) so that generic handlers keep working.
"""

from __future__ import annotations

from collections.abc import Iterable


class SummarizerError(Exception):
    """Base class of every error raised on purpose by this library."""


class InputError(SummarizerError, ValueError):
    """The input text cannot be summarised (empty, whitespace only, too large, ...)."""


class NotFoundError(InputError):
    """A named input (a file to read, a feed file) does not exist."""


class ConfigError(SummarizerError, ValueError):
    """A configuration value is invalid; the message names the field and the allowed values."""


class ModelError(SummarizerError, RuntimeError):
    """A model could not be loaded or run."""


class UnknownNameError(ConfigError, KeyError):
    """A plug-in name (ranker, renderer, ...) is not registered."""

    def __init__(self, kind: str, name: str, valid: Iterable[str]) -> None:
        self.kind = kind
        self.name = name
        self.valid = tuple(sorted(valid))
        super().__init__(f"unknown {kind} {name!r}; valid names are: {', '.join(self.valid)}")

    def __str__(self) -> str:  # KeyError would quote the whole message otherwise
        return str(self.args[0])

    def __reduce__(self) -> tuple[type[UnknownNameError], tuple[str, str, tuple[str, ...]]]:
        return (type(self), (self.kind, self.name, self.valid))  # picklable for worker pools


class MissingExtraError(SummarizerError, ImportError):
    """An optional dependency is missing; the message names the extra to install."""

    def __init__(self, package: str, extra: str, feature: str) -> None:
        self.package = package
        self.extra = extra
        self.feature = feature
        super().__init__(
            f"{feature} needs the optional package {package!r}; install it with: "
            f'pip install "news-highlights[{extra}]"'
        )


    def __reduce__(self) -> tuple[type[MissingExtraError], tuple[str, str, str]]:
        return (type(self), (self.package, self.extra, self.feature))  # picklable for pools


def require(module: str, extra: str, feature: str) -> object:
    """Import an optional module or raise :class:`MissingExtraError`.

    Args:
        module: Dotted module name to import, e.g. ``"transformers"``.
        extra: Name of the ``news-highlights`` extra that provides it.
        feature: Human description of what needs it, used in the message.

    Returns:
        The imported module.

    Raises:
        MissingExtraError: If the module cannot be imported.
    """
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtraError(module.split(".")[0], extra, feature) from exc
