"""Config: frozen, validated, errors that name the field and the allowed values."""

from __future__ import annotations

import dataclasses

import pytest

from summarizer import Config, ConfigError, UnknownNameError
from summarizer.rankers import available


def test_defaults_are_valid_and_frozen() -> None:
    config = Config()
    assert config.k == 3
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.k = 4  # type: ignore[misc]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("k", 0, "k must be an integer from 1"),
        ("k", "3", "k must be an integer"),
        ("k", True, "k must be an integer"),
        ("max_words", 0, "max_words"),
        ("ratio", 0.0, r"ratio must be a number in \(0"),
        ("ratio", 1.5, "ratio"),
        ("ratio", float("nan"), "ratio"),
        ("redundancy", "bogus", "redundancy must be one of trigram, mmr, none"),
        ("order", "random", "order must be one of document, score"),
        ("language", "xx", "language must be one of en"),
        ("mmr_lambda", 2, "mmr_lambda"),
        ("min_sentence_words", 0, "min_sentence_words"),
        ("remove_boilerplate", "yes", "remove_boilerplate"),
    ],
)
def test_invalid_values_name_the_field(field: str, value: object, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        Config(**{field: value})


def test_min_max_sentence_words_consistent() -> None:
    with pytest.raises(ConfigError, match="max_sentence_words"):
        Config(min_sentence_words=10, max_sentence_words=5)


def test_unknown_ranker_lists_valid_names() -> None:
    with pytest.raises(UnknownNameError) as info:
        Config(ranker="nope")
    for name in available():
        assert name in str(info.value)
    assert isinstance(info.value, KeyError) and isinstance(info.value, ValueError)


def test_replace_validates_and_rejects_unknown_fields() -> None:
    assert Config().replace(k=5).k == 5
    with pytest.raises(ConfigError, match="valid fields are"):
        Config().replace(num=5)
    with pytest.raises(ConfigError, match="k must"):
        Config().replace(k=-1)


def test_missing_extra_names_the_install_command() -> None:
    from summarizer.errors import MissingExtraError, require

    with pytest.raises(MissingExtraError, match=r'pip install "news-highlights\[abstractive\]"'):
        require("surely_not_installed_pkg.sub", "abstractive", "rewriting")
    with pytest.raises(ImportError):
        require("surely_not_installed_pkg", "feeds", "feeds")
    assert require("json", "test", "json") is __import__("json")
