"""Fuzz cleaning, segmentation and the whole road; print how many inputs were tried and what failed.

Usage:
    python benchmarks/fuzz.py [--engine auto|atheris|hypothesis] [--seconds 300] [--runs N]
        [--slow-seconds 2.0] [--artifacts DIR]

Every input is turned into text (any code point, lone surrogates and control characters
included; invalid UTF-8 decoded with ``surrogateescape``; Latin-1; or a mixture of news
furniture such as datelines, bullets, URLs, markup and line endings) and checked:

* ``segment`` (cleaning + sentence splitting) never raises, every sentence span lies inside
  the input in order, its text is clean (no control or surrogate character, whitespace
  collapsed) and has the letters and digits of its span, within the word and character limits;
* ``clean_sentence`` is idempotent and its output always encodes as UTF-8;
* every fourth input goes through ``highlight`` with a varying configuration: the result is
  valid (``tests/test_properties.check_result``) or the error is ``InputError``;
* every sixteenth input, and every short "unit" input, is repeated to about 20,000 characters
  and segmented: taking longer than ``--slow-seconds`` is reported as a failure (a regular
  expression that is quadratic on a run of one character, for one).

``--engine atheris`` (``pip install atheris``) runs coverage-guided libFuzzer over the
instrumented ``summarizer`` package; ``hypothesis`` (the fallback when atheris is missing)
draws from the property tests' strategies. Failures are grouped by kind; the shortest input of
each kind is printed and written to ``--artifacts`` (JSON lines) so it can become a
regression test in ``tests/test_fuzz_regressions.py``. The exit status is 1 when anything
failed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the invariants live with the property tests

MAX_SENTENCE_WORDS = (2, 5, 40, 120)
AMPLIFIED_CHARS = 20_000
#: Characters of the short units that the timing check repeats (punctuation-heavy on purpose).
UNIT_ALPHABET = list(".!?…-–—,;:\"'“”‘’()[]«»@/#*•&<>_|~ \n\r\t\f\v\u2028aA1é中。！؟\x00\x1b\u200b")


@dataclass
class Findings:
    """Inputs tried and failures seen, grouped by kind (the shortest input of each kept)."""

    tried: int = 0
    highlighted: int = 0
    amplified: int = 0
    started: float = field(default_factory=time.perf_counter)
    failures: dict[str, tuple[str, str]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def record(self, kind: str, text: str, detail: str) -> None:
        self.counts[kind] = self.counts.get(kind, 0) + 1
        if kind not in self.failures or len(text) < len(self.failures[kind][0]):
            self.failures[kind] = (text, detail)

    def report(self, engine: str, artifacts: Path | None) -> int:
        seconds = time.perf_counter() - self.started
        print(
            f"\nfuzz ({engine}): tried {self.tried:,} inputs in {seconds:.0f} s "
            f"({self.highlighted:,} through highlight(), {self.amplified:,} amplified to "
            f"{AMPLIFIED_CHARS:,} characters for timing); {len(self.failures)} kind(s) of failure"
        )
        for kind, (text, detail) in sorted(self.failures.items()):
            print(f"\nFAIL [{self.counts[kind]}x] {kind}\n  shortest input: {text[:300]!r}")
            print("  " + detail.strip().replace("\n", "\n  ")[-2000:])
        if artifacts is not None and self.failures:
            artifacts.mkdir(parents=True, exist_ok=True)
            path = artifacts / f"fuzz-{engine}-{int(time.time())}.jsonl"
            with path.open("w", encoding="utf-8") as handle:
                for kind, (text, detail) in sorted(self.failures.items()):
                    row = {"kind": kind, "input": text, "detail": detail}
                    handle.write(json.dumps(row, ensure_ascii=True) + "\n")
            print(f"\nfailing inputs written to {path}")
        sys.stdout.flush()
        return 1 if self.failures else 0


def make_checker(findings: Findings, slow_seconds: float) -> Callable[[str, int, bool], None]:
    """Return ``check(text, knob, amplify)``: every check on one text, recording failures."""
    from test_properties import check_result, fingerprint, is_clean

    from summarizer import Config, Highlighter, InputError, MissingExtraError
    from summarizer.clean import clean_sentence
    from summarizer.rankers import available
    from summarizer.segment import CHARS_PER_WORD, segment

    rankers = [name for name in available() if name != "default"]

    def fail(kind: str, text: str, error: BaseException | str) -> None:
        if isinstance(error, BaseException):
            frames = traceback.extract_tb(error.__traceback__)
            where = next(
                (
                    f"{Path(f.filename).name}:{f.lineno}"
                    for f in reversed(frames)
                    if "summarizer" in f.filename or "evaluation" in f.filename
                ),
                "?",
            )
            message = str(error).split("'")[0].split('"')[0][:40].strip()
            kind = f"{kind}: {type(error).__name__} at {where}" + (f" ({message})" * bool(message))
            detail = "".join(traceback.format_exception(error))
        else:
            detail = error
        findings.record(kind, text, detail)

    def check_segment(text: str, config: Any) -> None:
        document = segment(text, config)
        end = 0
        for sentence in document.sentences:
            source = text[sentence.start : sentence.end]
            assert end <= sentence.start < sentence.end <= len(text), "span out of order"
            end = sentence.end
            assert is_clean(sentence.text), f"unclean sentence {sentence.text!r}"
            assert fingerprint(sentence.text) == fingerprint(source), "letters changed"
            assert len(source.split()) <= config.max_sentence_words, "too many words"
            assert len(source) <= CHARS_PER_WORD * config.max_sentence_words, "too long"

    def check(text: str, knob: int, amplify: bool = False) -> None:
        findings.tried += 1
        config = Config(
            max_sentence_words=MAX_SENTENCE_WORDS[knob % 4],
            min_sentence_words=1 + (knob >> 2) % 2,
            remove_boilerplate=bool(knob & 8),
            ranker=rankers[(knob >> 4) % len(rankers)],
            k=1 + (knob >> 3) % 5,
            order="score" if knob & 64 else "document",
        )
        try:
            check_segment(text, config)
        except Exception as error:
            fail("segment", text, error)
        try:
            cleaned = clean_sentence(text)
            assert clean_sentence(cleaned) == cleaned, "clean_sentence is not idempotent"
            cleaned.encode("utf-8")
        except Exception as error:
            fail("clean_sentence", text, error)
        if findings.tried % 4 == 0:
            findings.highlighted += 1
            try:
                result = Highlighter(config).highlight(text)
            except (InputError, MissingExtraError):
                pass
            except Exception as error:
                fail("highlight", text, error)
            else:
                try:
                    check_result(text, result, config)
                except Exception as error:
                    fail("highlight result", text, error)
        if (amplify or findings.tried % 16 == 0) and text:
            findings.amplified += 1
            big = text * (AMPLIFIED_CHARS // len(text) + 1)
            start = time.perf_counter()
            try:
                segment(big, config)
            except Exception as error:
                fail("segment (amplified)", big, error)
            seconds = time.perf_counter() - start
            if seconds > slow_seconds:
                fail("slow segment", text, f"{len(big):,} characters took {seconds:.1f} s")

    return check


def run_atheris(args: argparse.Namespace, findings: Findings) -> int:
    import atheris

    with atheris.instrument_imports(include=["summarizer"]):  # before anything imports it
        import summarizer
        import summarizer.clean
        import summarizer.segment  # noqa: F401
    from test_properties import NOISE

    check = make_checker(findings, args.slow_seconds)
    deadline = time.perf_counter() + args.seconds

    def one_input(data: bytes) -> None:
        provider = atheris.FuzzedDataProvider(data)
        mode = provider.ConsumeIntInRange(0, 4)
        knob = provider.ConsumeIntInRange(0, 255)
        if mode == 0:
            text = provider.ConsumeUnicode(provider.remaining_bytes())
        elif mode == 1:
            text = provider.ConsumeBytes(provider.remaining_bytes()).decode(
                "utf-8", "surrogateescape"
            )
        elif mode == 2:
            text = provider.ConsumeBytes(provider.remaining_bytes()).decode("latin-1")
        elif mode == 3:
            picks = provider.ConsumeIntListInRange(provider.remaining_bytes(), 0, len(NOISE) - 1)
            text = "".join(NOISE[i] for i in picks)
        else:  # a short unit, repeated by the timing check: finds super-linear regexes
            picks = provider.ConsumeIntListInRange(
                min(6, provider.remaining_bytes()), 0, len(UNIT_ALPHABET) - 1
            )
            text = "".join(UNIT_ALPHABET[i] for i in picks)
        check(text, knob, mode == 4)
        done = args.runs is not None and findings.tried >= args.runs
        if done or time.perf_counter() > deadline:
            os._exit(findings.report("atheris", args.artifacts))

    if args.artifacts is not None:
        args.artifacts.mkdir(parents=True, exist_ok=True)
    corpus = Path(args.corpus)
    corpus.mkdir(parents=True, exist_ok=True)
    for index, seed in enumerate(_seeds()):
        (corpus / f"seed-{index}").write_bytes(bytes([1, index % 256]) + seed.encode("utf-8"))
    atheris.Setup(
        [
            sys.argv[0],
            str(corpus),
            f"-max_len={args.max_len}",
            "-rss_limit_mb=4096",
            f"-artifact_prefix={args.artifacts}/" if args.artifacts else "-artifact_prefix=/tmp/",
        ],
        one_input,
    )
    atheris.Fuzz()
    return findings.report("atheris", args.artifacts)  # not reached: one_input exits


def run_hypothesis(args: argparse.Namespace, findings: Findings) -> int:
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import strategies as st
    from test_properties import any_text, news_text, noisy_text

    check = make_checker(findings, args.slow_seconds)
    deadline = time.perf_counter() + args.seconds
    units = st.lists(st.sampled_from(UNIT_ALPHABET), min_size=1, max_size=6).map("".join)
    texts = st.one_of(
        any_text,
        noisy_text,
        news_text(),
        st.binary(max_size=600).map(lambda b: b.decode("utf-8", "surrogateescape")),
    )

    class Done(Exception):
        pass

    @settings(
        max_examples=args.runs or 10**9,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(
        text=texts,
        unit=units,
        knob=st.integers(0, 255),
        amplify=st.integers(0, 4).map(lambda i: i == 0),
    )
    def fuzz(text: str, unit: str, knob: int, amplify: bool) -> None:
        if time.perf_counter() > deadline:
            raise Done
        if amplify:  # 1 in 5: a short unit, repeated by the timing check
            check(unit, knob, True)
        else:
            check(text, knob)

    with contextlib.suppress(Done):
        fuzz()
    return findings.report("hypothesis", args.artifacts)


def _seeds() -> list[str]:
    article = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
    return [
        article,
        article.replace("\n", "\r\n"),
        "市议会周二批准了这项计划。居民们对此表示高兴！",
        "قال المجلس إنه وافق على الخطة. هل هذا صحيح؟",
        "the council approved the plan . it said , `` yes '' . -lrb- cnn -rrb- more .",
        "- First bullet item here.\n- Second bullet item here.\n1. Numbered One.\n",
        "inter-\nnational well-\nknown co-\noperation",
        "<p>Markup <script>alert(1)</script> text.</p> [x](javascript:y)",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=["auto", "atheris", "hypothesis"], default="auto")
    parser.add_argument("--seconds", type=float, default=300.0, help="time budget")
    parser.add_argument("--runs", type=int, default=None, help="stop after this many inputs")
    parser.add_argument("--slow-seconds", type=float, default=2.0, help="amplified-input limit")
    parser.add_argument("--max-len", type=int, default=2048, help="atheris: longest input")
    parser.add_argument("--corpus", default="/tmp/news-highlights-fuzz-corpus")
    parser.add_argument("--artifacts", type=Path, default=None, help="write failing inputs here")
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401

            engine = "atheris"
        except ImportError:
            engine = "hypothesis"
    findings = Findings()
    print(f"fuzzing with {engine} for up to {args.seconds:.0f} s", flush=True)
    if engine == "atheris":
        return run_atheris(args, findings)
    return run_hypothesis(args, findings)


if __name__ == "__main__":
    raise SystemExit(main())
