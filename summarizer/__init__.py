"""news-highlights: turn a news article into a short list of key highlights.

>>> from summarizer import highlight
>>> print(highlight(article))  # doctest: +SKIP
"""

from __future__ import annotations

from .api import Highlighter, highlight
from .config import Config, RewriteOptions
from .errors import (
    ConfigError,
    InputError,
    MissingExtraError,
    ModelError,
    SummarizerError,
    UnknownNameError,
)
from .types import Document, Highlight, Highlights, Sentence

__version__ = "0.1.0"

__all__ = [
    "Config",
    "ConfigError",
    "Document",
    "Highlight",
    "Highlighter",
    "Highlights",
    "InputError",
    "MissingExtraError",
    "ModelError",
    "RewriteOptions",
    "Sentence",
    "SummarizerError",
    "UnknownNameError",
    "__version__",
    "highlight",
]
