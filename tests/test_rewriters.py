"""Abstractive rewriting: registry, faithfulness guard, chunking, and a tiny real T5 offline.

The guard and the plain-Python parts run with a stub generator and need no torch. The model
tests build a tiny random T5 checkpoint once per module (a sentencepiece tokenizer trained on
a few KB of text, saved with ``save_pretrained``) and load it the way users do; they are
skipped when the ``abstractive`` extra is not installed.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer import (
    Config,
    ConfigError,
    Highlighter,
    MissingExtraError,
    ModelError,
    RewriteOptions,
    UnknownNameError,
    highlight,
)
from summarizer.cli import main
from summarizer.rewriters import (
    Draft,
    RewriteJob,
    Rewriter,
    available,
    get_rewriter,
    register,
    unregister,
)
from summarizer.rewriters.guard import (
    ArticleFacts,
    check,
    name_runs,
    negations,
    quantities,
    quotes,
)
from summarizer.rewriters.seq2seq import (
    Seq2SeqRewriter,
    align,
    plan_chunks,
    resolve_model,
    split_bullets,
)

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "article.txt"

# Six sentences, each rewritten by the stub below in one way.
SOURCES = (
    "The city council approved a $1.2 billion flood defence plan on Tuesday after record storms.",
    "Mayor Anna Berg said the sea wall would rise by 1.5 metres over the next four years.",
    "The council did not approve a proposal to move 300 families away from the coast.",
    "Insurers estimate the damage at about 310 million dollars so far, officials said.",
    'Residents called the plan "a lifeline for the old town" at a public meeting on Monday.',
    "Work on two tidal barriers is due to start next year and finish by 2031.",
)
ARTICLE = " ".join(SOURCES)
REWRITES = {
    SOURCES[0]: "The council approved a $4.5 billion flood plan after record storms.",  # number
    SOURCES[1]: "Mayor John Smith said the sea wall would rise by 1.5 metres.",  # name
    SOURCES[2]: "The council approved a proposal to move 300 families from the coast.",  # negation
    SOURCES[3]: "Insurers put the damage at about $310 million so far.",  # faithful
    SOURCES[4]: 'Residents called the plan "a gift from heaven" at a meeting.',  # quote
    SOURCES[5]: "Work on two tidal barriers will finish by 2031.",  # faithful
}
INVENTED = {0: "number", 1: "name", 2: "negation", 4: "quote"}


class StubGenerator:
    """Stands in for a model: rewrites by table, records every call. No torch."""

    label = "stub"

    def __init__(self, limit: int = 10_000, prefix: str = "") -> None:
        self.limit = limit
        self._prefix = prefix
        self.calls: list[tuple[str, list[str]]] = []

    def max_input_tokens(self) -> int:
        return self.limit

    def prefix(self) -> str:
        return self._prefix

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return [len(text.split()) + 1 for text in texts]  # words + end-of-sequence

    def generate(self, texts: Sequence[str], mode: str) -> list[str]:
        self.calls.append((mode, list(texts)))
        outputs = []
        for text in texts:
            body = text[len(self._prefix) :]
            if mode == "sentences":
                outputs.append(REWRITES.get(body, body))
            else:  # a "summary": the rewrites of the chunk's sentences, on separate lines
                outputs.append("\n".join(REWRITES[s] for s in SOURCES if s in body))
        return outputs


@pytest.fixture
def stub() -> Iterator[StubGenerator]:
    """A stub generator registered as the rewriter ``stub`` (removed afterwards)."""
    generator = StubGenerator()
    register("stub", lambda config: Seq2SeqRewriter(generator, config, name="stub"))
    yield generator
    unregister("stub")


# --- registry and configuration ---------------------------------------------------------------


def test_registry_has_identity_and_seq2seq() -> None:
    assert {"default", "none", "seq2seq"} <= set(available())
    with pytest.raises(UnknownNameError) as info:
        get_rewriter("nope")
    for name in available():
        assert name in str(info.value)
    with pytest.raises(UnknownNameError, match="valid names are"):
        Config(rewriter="nope")
    with pytest.raises(ValueError, match="already registered"):
        register("none", lambda config: get_rewriter("none")(config))


def test_default_is_extractive_and_explains_itself() -> None:
    result = highlight(ARTICLE, k=2)
    assert result.rewriter is None and result.notes == ()
    for item in result:
        assert item.status == "extracted" and item.reason is None
        data = item.to_dict()
        assert data["source_text"] == item.text and data["status"] == "extracted"
    assert "rewriter" not in result.to_dict() and "notes" not in result.to_dict()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"rewrite_mode": "paragraphs"}, "rewrite_mode must be one of sentences, document"),
        ({"rewriter": "seq2seq"}, "needs rewrite=MODEL"),
        ({"rewriter": "none", "rewrite": "t5-small"}, "no effect with rewriter='none'"),
        ({"rewrite_options": {"num_beams": 2}}, "no effect without rewrite"),
        ({"rewrite": ""}, "rewrite must be a model directory or hub id"),
        ({"rewrite": "m", "rewrite_options": {"beams": 2}}, "unknown rewrite option"),
        ({"rewrite": "m", "rewrite_options": {"device": "gpu"}}, "device must be"),
        ({"rewrite": "m", "rewrite_options": {"dtype": "int8"}}, "dtype must be one of"),
        ({"rewrite": "m", "rewrite_options": {"batch_size": 0}}, "batch_size"),
        ({"rewrite": "m", "rewrite_options": 3}, "rewrite_options must be"),
        (
            {"rewrite": "m", "rewrite_options": {"min_new_tokens": 9, "max_new_tokens": 3}},
            "min_new_tokens",
        ),
    ],
)
def test_rewrite_config_is_validated(fields: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        Config(**fields)


def test_rewrite_options_from_a_mapping() -> None:
    options = {"num_beams": 4, "device": "cpu"}  # a mapping is converted when validated
    config = Config(rewrite="some/model", rewrite_options=options)  # type: ignore[arg-type]
    assert config.rewrite_options == RewriteOptions(num_beams=4, device="cpu")
    assert config.rewriter_name == "seq2seq"
    path = Path("models/t5")  # a path is accepted at run time
    assert Config(rewrite=path).rewrite == str(path)  # type: ignore[arg-type]
    assert config.replace(rewrite_options={"batch_size": 2}).rewrite_options.batch_size == 2
    assert RewriteOptions().replace(num_beams=3).num_beams == 3
    with pytest.raises(ConfigError, match="valid names are"):
        RewriteOptions().replace(beam=3)


# --- a bad model path fails at once, without heavy imports -------------------------------------


def test_bad_local_path_names_the_path(tmp_path: Path) -> None:
    missing = str(tmp_path / "no-such-model")
    with pytest.raises(ModelError, match="no such model directory") as info:
        Highlighter(rewrite=missing)
    assert missing in str(info.value) and "hub id" in str(info.value)
    with pytest.raises(ModelError, match=r"no config\.json"):
        Highlighter(rewrite=str(tmp_path))
    (tmp_path / "weights.bin").write_bytes(b"x")
    with pytest.raises(ModelError, match="is a file"):
        Highlighter(rewrite=str(tmp_path / "weights.bin"))
    assert resolve_model("facebook/bart-large-cnn") is None  # a hub id: resolved when loading
    assert resolve_model("t5-small") is None
    for path in ("./missing", "/no/such/dir", "~/nope/model", "a/b/c"):
        with pytest.raises(ModelError, match="no such model directory"):
            resolve_model(path)


def test_cli_bad_model_is_one_line_with_status_7(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--rewrite", "/no/such/model", str(EXAMPLE)]) == 7
    err = capsys.readouterr().err
    assert "/no/such/model" in err and err.count("\n") == 1


def _fake_model_dir(tmp_path: Path) -> Path:
    (tmp_path / "config.json").write_text('{"model_type": "t5"}', encoding="utf-8")
    return tmp_path


def test_missing_extra_names_the_install_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Simulated absence: an import of torch or transformers fails, whatever is installed."""
    for name in ("torch", "transformers", "sentencepiece"):
        monkeypatch.setitem(sys.modules, name, None)
    model = str(_fake_model_dir(tmp_path))
    highlighter = Highlighter(rewrite=model)  # cheap: nothing is imported or loaded yet
    with pytest.raises(MissingExtraError, match=r"news-highlights\[abstractive\]") as info:
        highlighter.highlight(ARTICLE)
    assert isinstance(info.value, ImportError)
    assert main(["--rewrite", model, str(EXAMPLE)]) == 8
    assert 'pip install "news-highlights[abstractive]"' in capsys.readouterr().err


def test_importing_and_configuring_stays_light(tmp_path: Path) -> None:
    model = _fake_model_dir(tmp_path)
    code = (
        "import sys, summarizer, summarizer.rewriters.seq2seq, summarizer.rewriters.guard; "
        f"h = summarizer.Highlighter(rewrite={str(model)!r}, rewrite_mode='document'); "
        "summarizer.highlight('A short test sentence here.'); "
        "heavy = {'torch', 'transformers', 'sentencepiece', 'tokenizers'} & set(sys.modules); "
        "print(sorted(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- the faithfulness guard ---------------------------------------------------------------------


def test_quantities_keep_units_and_normalise() -> None:
    found = {q.text: (q.value, [sorted(m) for m in q.markers]) for q in quantities(
        "It cost $1.2bn, or 45 per cent more, for two walls 1.5 metres high and 2,300 homes; "
        "one of them was hit by one million litres in 2031."
    )}  # fmt: skip
    assert found == {
        "$1.2bn": ("1.2", [["$"], ["billion"]]),
        "45 per cent": ("45", [["%"]]),
        "two": ("2", []),
        "1.5 metres": ("1.5", [["metre"]]),
        "2,300": ("2300", []),
        "one million litres": ("1", [["million"], ["litre"]]),
        "2031": ("2031", []),
    }


@pytest.mark.parametrize(
    ("bullet", "problem"),
    [
        ("The council approved a $1.2 billion plan for 2,300 homes.", None),
        ("The council approved a 1.2 billion dollar plan.", None),  # same, other words
        ("The council approved a $1.2bn plan.", None),
        ("The plan costs 1.2 billion.", None),  # drops the currency: says less, fine
        ("The council approved a $1.2 million plan.", "number '$1.2 million'"),
        ("The council approved a $1.3 billion plan.", "number '$1.3 billion'"),
        ("Prices rose 12% in the city.", "number '12%'"),  # 12 points, not percent
        ("Two walls will rise by 1.5 metres.", None),
        ("Three walls will rise by 1.5 metres.", "number 'Three'"),
        ("Walls will rise by 1.5 feet.", "number '1.5 feet'"),
        ("Mayor Anna Berg approved the plan.", None),
        ("Berg approved the plan.", None),
        ("Anna Smith approved the plan.", "name 'Smith'"),
        ("Anna Petrov approved the plan.", "name 'Anna Petrov'"),  # both exist, never together
        ("Council officials approved the plan.", None),  # sentence-initial common word
        ('Berg called it "a lifeline for the old town".', None),
        ('Berg called it "a gift from heaven".', "quote 'a gift from heaven'"),
        ("The council did not approve the plan.", "adds a negation"),
    ],
)
def test_check(bullet: str, problem: str | None) -> None:
    source = (
        "Mayor Anna Berg said the council approved a $1.2 billion plan for 2,300 homes, with "
        "two walls 1.5 metres high; she called it \"a lifeline for the old town\". Prices rose "
        "12 points. Viktor Petrov, a council official, agreed."
    )
    problems = check(bullet, source, ArticleFacts([source]))
    if problem is None:
        assert problems == []
    else:
        assert any(problem in p for p in problems), problems


def test_check_negation_and_support() -> None:
    source = "The council did not approve the plan for new homes."
    facts = ArticleFacts([source])
    assert check("The council rejected the plan, it did not approve it.", source, facts) == []
    assert check("The council approved the plan for new homes.", source, facts) == [
        "drops the negation ('not approve') of its source"
    ]
    # Leaving the negated clause out says less, and is fine.
    assert check("The council discussed the new homes.", source, facts) == []
    # A negation in the bullet only counts when it negates a word of the source.
    assert check("The council approved the plan.", "The plan was approved.", facts) == []
    assert check("The plan was not approved.", "The plan was approved.", facts) == [
        "adds a negation ('not approved') that its source does not have"
    ]
    other = "No one was hurt."
    assert check("Nobody was hurt.", other, ArticleFacts([other])) == []
    assert "shares no content word" in check("Banana orchestra tomorrow.", source, facts)[-1]
    assert "the model returned no words" in check("... !!!", source, facts)


def test_guard_helpers() -> None:
    runs = name_runs("But Mr. Boris Johnson of the U.K. met Ivan. Police Chief Ann Lee spoke.")
    assert [(run.text, run.initial) for run in runs] == [
        ("Mr. Boris Johnson", False),
        ("U.K.", False),
        ("Ivan", False),
        ("Police Chief Ann Lee", True),
    ]
    assert quotes('He said "no way" and ``it is over .\'\' then “fine”.') == [
        "no way",
        "fine",
        "it is over",
    ]
    assert negations("It isn't over, no one knows; No. 10 said never. Not only that.") == [
        ("isn't", "over"),
        ("no", "knows"),
        ("never", None),
    ]
    assert negations("They did n't approve it and will no longer wait.") == [
        ("n't", "approve"),
        ("no", "wait"),
    ]


def test_guard_reverts_every_invented_fact_and_loses_nothing(stub: StubGenerator) -> None:
    extractive = highlight(ARTICLE, k=6)
    result = highlight(ARTICLE, k=6, rewriter="stub")
    assert stub.calls and stub.calls[0][0] == "sentences"
    assert result.rewriter == "stub"
    assert [item.source_text for item in result] == list(extractive.bullets)  # nothing lost
    assert [item.sentences for item in result] == [item.sentences for item in extractive]
    assert [item.spans for item in result] == [item.spans for item in extractive]
    for index, item in enumerate(result):
        if index in INVENTED:
            assert item.status == "reverted", item
            assert item.text == SOURCES[index]
            assert INVENTED[index] in (item.reason or "")
            assert item.generated == REWRITES[SOURCES[index]]
        else:
            assert item.status == "rewritten" and item.reason is None
            assert item.text == REWRITES[SOURCES[index]]
    data = json.loads(result.to_json())
    assert [h["status"] for h in data["highlights"]] == [
        "reverted", "reverted", "reverted", "rewritten", "reverted", "rewritten"
    ]  # fmt: skip
    assert data["rewriter"] == "stub"


def test_unchanged_output_is_kept(stub: StubGenerator) -> None:
    text = ARTICLE + " The new barriers will protect the harbour from the highest tides."
    result = highlight(text, k=7, rewriter="stub")
    kept = [item for item in result if item.status == "kept"]
    assert len(kept) == 1 and kept[0].reason == "the model returned the source unchanged"


def test_empty_output_reverts_to_the_sources(stub: StubGenerator) -> None:
    class Silent(StubGenerator):
        def generate(self, texts: Sequence[str], mode: str) -> list[str]:
            return ["" for _ in texts]

    for mode in ("sentences", "document"):
        rewriter = Seq2SeqRewriter(Silent(), Config(rewriter="stub", rewrite_mode=mode))
        highlighter = Highlighter(k=3, rewriter="stub")
        highlighter.rewriter = rewriter
        result = highlighter.highlight(ARTICLE)
        assert len(result) == 3
        assert all(item.status == "reverted" for item in result)
        assert result.bullets == highlight(ARTICLE, k=3).bullets


def test_too_long_sentence_is_kept_not_truncated() -> None:
    generator = StubGenerator(limit=12)
    register("short", lambda config: Seq2SeqRewriter(generator, config, name="short"))
    try:
        result = highlight(ARTICLE, k=6, rewriter="short")
    finally:
        unregister("short")
    long_ones = [i for i, s in enumerate(SOURCES) if len(s.split()) + 1 > 12]
    assert long_ones
    for index in long_ones:
        assert result[index].status == "kept"
        assert "longer than the model's input limit" in (result[index].reason or "")
    for _, inputs in generator.calls:
        assert all(len(text.split()) + 1 <= 12 for text in inputs)


# --- document mode: chunks and bullets --------------------------------------------------------


def test_plan_chunks_example() -> None:
    assert plan_chunks([4, 4, 4, 4], budget=8, overlap=1) == [(0, 2), (1, 3), (2, 4)]
    assert plan_chunks([4, 4, 4, 4], budget=8, overlap=0) == [(0, 2), (2, 4)]
    assert plan_chunks([3, 6, 3], budget=8, overlap=1) == [(0, 1), (1, 2), (2, 3)]
    assert plan_chunks([], budget=8, overlap=1) == []
    with pytest.raises(ValueError):
        plan_chunks([9], budget=8, overlap=1)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(1, 20), min_size=1, max_size=40),
    st.integers(20, 60),
    st.integers(0, 3),
)
def test_plan_chunks_cover_everything_within_budget(
    lengths: list[int], budget: int, overlap: int
) -> None:
    chunks = plan_chunks(lengths, budget, overlap)
    assert chunks[0][0] == 0 and chunks[-1][1] == len(lengths)
    for (_, end), (next_start, next_end) in itertools.pairwise(chunks):
        assert next_start <= end < next_end  # no gap, always progress
        assert end - next_start <= overlap  # overlap at most as asked
    for start, end in chunks:
        assert end > start and sum(lengths[start:end]) <= budget


def test_split_bullets_and_align() -> None:
    assert split_bullets("First point is here. Second one too.<n>Third, after a marker.\n") == [
        "First point is here.",
        "Second one too.",
        "Third, after a marker.",
    ]
    assert split_bullets("  \n") == []
    sentences = [(3, "The cat sat on the mat."), (7, "Dogs bark at night in the city.")]
    assert align("At night the dogs bark.", sentences) == 7
    assert align("Nothing shared here.", sentences) == 3  # no overlap: the first candidate


def test_document_mode_chunks_long_articles_and_says_so() -> None:
    generator = StubGenerator(limit=40, prefix="summarize: ")
    register("chunky", lambda config: Seq2SeqRewriter(generator, config, name="chunky"))
    try:
        result = highlight(ARTICLE, k=3, rewriter="chunky", rewrite_mode="document")
    finally:
        unregister("chunky")
    ((mode, inputs),) = generator.calls
    assert mode == "document" and len(inputs) > 1
    assert all(generator.count_tokens([text])[0] <= 40 for text in inputs)
    assert all(text.startswith("summarize: ") for text in inputs)
    for sentence in SOURCES:  # every sentence is in some chunk, whole
        assert any(sentence in text for text in inputs)
    for before, after in itertools.pairwise(inputs):  # one sentence of overlap
        assert any(s in before and s in after for s in SOURCES)
    assert len(result.notes) == 1 and "overlapping chunks" in result.notes[0]
    assert "Note: " in str(result) and "overlapping chunks" in result.to_json()
    # Bullets tie to their closest sentence; the invented ones are reverted to it.
    assert len(result) == 3
    for item in result:
        (index,) = item.sentences
        assert item.source_text == SOURCES[index]
        assert item.status == ("reverted" if index in INVENTED else "rewritten")


def test_document_mode_without_chunking(stub: StubGenerator) -> None:
    result = highlight(ARTICLE, k=2, rewriter="stub", rewrite_mode="document")
    ((mode, inputs),) = stub.calls
    assert mode == "document" and inputs == [ARTICLE]
    assert result.notes == ()
    assert len(result) == 2
    order = [item.sentences[0] for item in result]
    assert order == sorted(order)


def test_highlight_many_batches_across_articles(stub: StubGenerator) -> None:
    texts = [ARTICLE, " ".join(SOURCES[3:]), " ".join(SOURCES[:3])]
    highlighter = Highlighter(k=2, rewriter="stub")
    many = highlighter.highlight_many(texts)
    assert len(stub.calls) == 1 and len(stub.calls[0][1]) == 6  # one call for everything
    assert [h.to_dict() for h in many] == [highlighter.highlight(t).to_dict() for t in texts]


@pytest.mark.parametrize("name", ["none", "stub"])
def test_rewriter_contract(name: str, stub: StubGenerator) -> None:
    """Every rewriter: one result per job, drafts tied to real sentences."""
    rewriter: Rewriter = get_rewriter(name)(Config(rewriter=name))
    assert isinstance(rewriter, Rewriter)
    document = Highlighter().document(ARTICLE)
    jobs = [RewriteJob(document, (0, 2), tuple(0.0 for _ in document.sentences))] * 2
    results = rewriter.rewrite(jobs)
    assert len(results) == 2
    for result in results:
        assert all(isinstance(draft, Draft) for draft in result.drafts)
        assert all(0 <= i < len(document.sentences) for d in result.drafts for i in d.sources)
    assert rewriter.rewrite([]) == []


def test_renderers_show_status_and_notes() -> None:
    generator = StubGenerator(limit=40)
    register("notes", lambda config: Seq2SeqRewriter(generator, config, name="notes"))
    try:
        result = highlight(ARTICLE, k=3, rewriter="notes", rewrite_mode="document")
    finally:
        unregister("notes")
    page = result.to_html()
    assert 'data-status="reverted"' in page and 'class="note"' in page
    assert "title=" in page  # the reason of a reverted item
    assert "_Note: " in result.to_markdown()
    assert str(result).rstrip().splitlines()[-1].startswith("Note: the article")


# --- a tiny real T5 checkpoint -------------------------------------------------------------------


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny random T5 with a trained sentencepiece tokenizer, saved with save_pretrained."""
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    pytest.importorskip("sentencepiece")
    from tiny_seq2seq import build_tiny_t5

    return build_tiny_t5(tmp_path_factory.mktemp("tiny-t5"), max_length=128)


def _long_article() -> str:
    paragraphs = [EXAMPLE.read_text(encoding="utf-8"), *SOURCES]
    return "\n\n".join(paragraphs + [s.replace("council", "board") for s in SOURCES])


def test_loads_from_a_directory_once(tiny_model: Path) -> None:
    highlighter = Highlighter(rewrite=str(tiny_model), rewrite_options={"max_new_tokens": 8})
    generator = highlighter.rewriter.generator  # type: ignore[attr-defined]
    assert not generator.loaded  # lazily: nothing happens before the first article
    first = highlighter.highlight(EXAMPLE.read_text(encoding="utf-8"))
    model = generator._loaded.model
    second = highlighter.highlight(ARTICLE)
    assert generator._loaded.model is model  # loaded once per Highlighter
    assert not model.training and generator._loaded.device == "cpu"
    assert generator.prefix() == "summarize: " and generator.max_input_tokens() == 128
    for result in (first, second):
        assert result.rewriter == f"seq2seq:{tiny_model}"
        assert {item.status for item in result} <= {"rewritten", "kept", "reverted"}
        for item in result:
            assert item.source_text is not None
            if item.status == "reverted":
                assert item.text == item.source_text and item.reason


def test_sentencepiece_only_tokenizer(tmp_path: Path) -> None:
    """Older checkpoints ship only spiece.model: transformers converts it (needs protobuf)."""
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    pytest.importorskip("sentencepiece")
    pytest.importorskip("google.protobuf")
    from tiny_seq2seq import build_tiny_t5

    model = build_tiny_t5(tmp_path / "sp", max_length=128, tokenizer_json=False)
    assert not (model / "tokenizer.json").exists() and (model / "spiece.model").exists()
    result = highlight(ARTICLE, rewrite=str(model), rewrite_options={"max_new_tokens": 4})
    assert len(result) == 3 and result.rewriter is not None


@pytest.mark.parametrize("kind", ["bert", "gpt2"])
def test_non_seq2seq_model_is_a_clear_error(kind: str, tmp_path: Path) -> None:
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    pytest.importorskip("sentencepiece")
    from tiny_seq2seq import save_non_seq2seq

    model = save_non_seq2seq(tmp_path / kind, kind)
    with pytest.raises(ModelError, match="not a sequence-to-sequence model") as info:
        highlight(ARTICLE, rewrite=str(model))
    assert f"'{kind}'" in str(info.value) and str(model) in str(info.value)


def test_unknown_hub_id_offline_fails_fast(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    pytest.importorskip("sentencepiece")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    start = time.perf_counter()
    with pytest.raises(ModelError, match="no-such-user/no-such-model") as info:
        highlight(ARTICLE, rewrite="no-such-user/no-such-model")
    assert time.perf_counter() - start < 20
    assert "local model directory" in str(info.value)


def test_missing_cuda_is_a_clear_error(tiny_model: Path) -> None:
    import torch

    if torch.cuda.is_available():
        pytest.skip("this machine has CUDA")
    with pytest.raises(ModelError, match="no CUDA device"):
        highlight(ARTICLE, rewrite=str(tiny_model), rewrite_options={"device": "cuda"})


def test_document_mode_chunks_with_the_real_tokenizer(tiny_model: Path) -> None:
    text = _long_article()
    highlighter = Highlighter(
        rewrite=str(tiny_model), rewrite_mode="document", rewrite_options={"max_new_tokens": 12}
    )
    generator = highlighter.rewriter.generator  # type: ignore[attr-defined]
    seen: list[str] = []
    original = generator.generate

    def spy(texts: Sequence[str], mode: str) -> list[str]:
        seen.extend(texts)
        outputs: list[str] = original(texts, mode)
        return outputs

    generator.generate = spy
    result = highlighter.highlight(text)
    document = highlighter.document(text)
    counts = generator.count_tokens(seen)
    assert len(seen) > 1 and max(counts) <= 128  # never truncated: every chunk fits
    assert sum(counts) > 128
    for sentence in document.sentences:
        assert any(sentence.text in chunk for chunk in seen)
    assert any("overlapping chunks" in note and "128 tokens" in note for note in result.notes)
    assert 1 <= len(result) <= 3


def test_batching_gives_the_same_output_as_one_by_one(tiny_model: Path) -> None:
    texts = [EXAMPLE.read_text(encoding="utf-8"), ARTICLE, " ".join(SOURCES[2:])]
    for mode in ("sentences", "document"):
        options = {"max_new_tokens": 10, "batch_size": 8}
        batched = Highlighter(rewrite=str(tiny_model), rewrite_mode=mode, rewrite_options=options)
        single = Highlighter(
            rewrite=str(tiny_model), rewrite_mode=mode, rewrite_options={**options, "batch_size": 1}
        )
        many = [h.to_dict() for h in batched.highlight_many(texts)]
        assert many == [single.highlight(text).to_dict() for text in texts]
    generator = batched.rewriter.generator  # type: ignore[attr-defined]
    inputs = ["summarize: " + s for s in SOURCES]
    together = generator.generate(inputs, "sentences")
    assert together == [generator.generate([text], "sentences")[0] for text in inputs]
    assert any(together)  # the tiny model does say something


def test_greedy_decoding_is_deterministic(tiny_model: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    for options in ({"max_new_tokens": 10}, {"max_new_tokens": 10, "num_beams": 2}):
        runs = [
            highlight(text, rewrite=str(tiny_model), rewrite_options=options).to_json()
            for _ in range(2)
        ]
        assert runs[0] == runs[1]


def test_generation_settings_are_applied(tiny_model: Path) -> None:
    highlighter = Highlighter(
        rewrite=str(tiny_model),
        rewrite_options={"max_new_tokens": 3, "num_beams": 2, "no_repeat_ngram_size": 2},
    )
    generator = highlighter.rewriter.generator  # type: ignore[attr-defined]
    outputs = generator.generate(["summarize: " + s for s in SOURCES], "sentences")
    settings_ = generator._loaded.generation["sentences"]
    assert settings_.num_beams == 2 and settings_.no_repeat_ngram_size == 2
    assert settings_.do_sample is False and settings_.min_length == 0
    assert all(len(output.split()) <= 3 for output in outputs)  # 3 tokens: 3 words at most
    defaults = Highlighter(rewrite=str(tiny_model)).rewriter.generator  # type: ignore[attr-defined]
    defaults.load()
    assert defaults._loaded.generation["sentences"].max_new_tokens == 64
    assert defaults._loaded.generation["document"].max_new_tokens == 128


def test_cli_with_a_local_model(tiny_model: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--rewrite", str(tiny_model), "--max-new-tokens", "6", "--format", "json"]
    assert main([*args, str(EXAMPLE)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["rewriter"] == f"seq2seq:{tiny_model}"
    assert all(h["status"] in {"rewritten", "kept", "reverted"} for h in data["highlights"])
    assert main([*args, "--rewrite-mode", "document", "--device", "cpu", str(EXAMPLE)]) == 0
    assert json.loads(capsys.readouterr().out)["highlights"]
    assert main([*args, "--rewrite-mode", "words", str(EXAMPLE)]) == 2
    assert "rewrite_mode must be one of" in capsys.readouterr().err


def test_docstring_examples() -> None:
    import doctest

    from summarizer.rewriters import guard, seq2seq

    for module in (guard, seq2seq):
        result = doctest.testmod(module)
        assert result.failed == 0 and result.attempted > 0
