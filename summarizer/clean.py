"""Cleaning rules: boilerplate, datelines, bullet markers and text normalisation.

Nothing here changes the input string: the functions find spans to drop or trim, and build the
clean text of one sentence from its source span, so every sentence keeps exact offsets into the
original input (see :mod:`summarizer.segment`, the one place that builds the sentence list).
"""

from __future__ import annotations

import re
import unicodedata

# A whole sentence that is site furniture, not news. Matched against the clean sentence text.
_BOILERPLATE = re.compile(
    r"""^(?:
        (?:read|see)\s+more\b | click\s+here\b | share\s+(?:this|or\s+comment)\b
      | scroll\s+down\b | latest\s+news\b | follow\s+(?:us|@|him|her|them|\w+\s+on\s+twitter)\b
      | sign\s+up\b | subscribe\b | advertisement\b | related\s*(?:articles?|stories|links?)?\s*:
      | see\s+also\s*: | watch\s*: | video\s*: | more\s+from\b | don'?t\s+miss\b
      | (?:photos?|images?|pictures?|credits?|captions?|sources?|graphics?)\s*(?:credit)?\s*:
      | (?:reporting|writing|editing|additional\s+reporting)\s+by\b
      | copyright\b | © | all\s+rights\s+reserved\b
      | (?:last\s+)?(?:published|updated)\b[\s.:]*(?:(?:at|on)\s+)?(?:\d|$)
      | by\s*\.?\s*$
      | \d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?\s*,?\s*
        (?:\d{1,2}\s+[a-z]+|[a-z]+\s+\d{1,2}),?\s+\d{4}\s*\.?\s*$
      | (?:daily\s+mail|mailonline|associated\s+press|press\s+association)\s+reporters?\s*\.?\s*$
      | by\s*\.?\s*(?:daily\s+mail|mailonline)\b
      | [|]
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_BOILERPLATE_ANYWHERE = re.compile(
    r"contributed\s+to\s+this\s+(?:report|story|article)"
    r"|(?:getty\s+images|ap\s+photo|afp/getty|photograph\s*:)\s*\.?\s*$"
    r"|^\(?(?:photo|image|picture)s?\s*(?:credit)?\s*:?\s*[^)]{0,80}\)\s*\.?$",
    re.IGNORECASE,
)
# "By John Smith", "By John Smith, CNN", "By . Jane Doe ." (a byline as its own sentence).
_BYLINE = re.compile(
    r"^by\s*\.?\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|van|von))*"
    r"\s*(?:,\s*[\w .'-]{0,40})?\s*\.?$",
    re.IGNORECASE,
)
_ONLY_LINK = re.compile(r"^(?:(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*\.?$")
# One word that is a link or an e-mail address (checked word by word: no backtracking).
_LINK_WORD = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HAS_ALNUM = re.compile(r"[^\W_]")

# Dateline at the start of a paragraph: "LONDON, England (CNN) -- ", "(Reuters) - ",
# "WASHINGTON (AP) — ", "NEW YORK -- ", tokenized "new delhi ( cnn ) ".
_AGENCY = r"(?:CNN|Reuters|AP|AFP|UPI|Bloomberg|EFE|dpa|CNN\s*Money)"
_DATELINE = re.compile(
    r"^(?:[A-Z][\w.,'’ -]{0,60}?\s*)?"
    r"(?:\(\s*" + _AGENCY + r"[^)]{0,20}\)|-lrb-\s*" + _AGENCY + r"\s*-rrb-)"
    r"\s*(?:--|—|–|-(?=\s))?\s*"
    r"|^[A-Z][A-Z.,' ]{2,40}\s(?:--|—|–)\s+",
    re.IGNORECASE,
)
_DATELINE_CAPS_ONLY = re.compile(r"^[A-Z][A-Z.,' ]{2,40}\s(?:--|—|–)\s+")
_INLINE_PREFIX = re.compile(r"^(?:scroll\s+down\s+for\s+video|advertisement)\s*:?\s*", re.I)

# A bullet marker at the start of a line: "- ", "* ", "• ", "1. " / "2) " before a capital.
BULLET = re.compile(r"[ \t]*(?:[-*•·–—▪►‣◦]\s+|\(?\d{1,2}[.)]\s+(?=[\"'‘“(A-Z]))")

_WHITESPACE = re.compile(r"\s+")
# Invisible and control characters (C0 and C1, except those Python counts as whitespace, which
# become spaces): none may reach a bullet, where they could drive a terminal (ESC, CSI).
_INVISIBLE = re.compile(
    "[\u00ad\u200b\u200c\u200d\u2060\ufeff\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]"
)
_SURROGATE = re.compile("[\ud800-\udfff]")
# Starts at the first letter of a word (the lookbehind): one scan per word, never quadratic.
_LINE_END_HYPHEN = re.compile(r"(?<![^\W\d_])([^\W\d_]+)-[ \t]*(?:\r\n|\r|\n)[ \t]*([a-z]+)")
_COMPOUND = re.compile(r"(?<![^\W\d_])[^\W\d_]+-[^\W\d_]+")
_KEEP_HYPHEN_PREFIXES = frozenset(
    "self well ex all half non anti pro post pre co multi cross long short high low semi mid "
    "over under so".split()
)


def boilerplate_reason(sentence: str) -> str | None:
    """Say why a sentence is boilerplate, or return None if it is content.

    Args:
        sentence: Clean sentence text (whitespace collapsed).

    Returns:
        A short rule name (``"furniture"``, ``"byline"``, ``"link"``, ``"no-words"``) or None.
    """
    if not _HAS_ALNUM.search(sentence):
        return "no-words"
    if _BOILERPLATE.match(sentence) or _BOILERPLATE_ANYWHERE.search(sentence):
        return "furniture"
    if len(sentence) < 80 and _BYLINE.match(sentence):
        return "byline"
    if _ONLY_LINK.match(sentence) or _only_links(sentence):
        return "link"
    return None


def _only_links(sentence: str) -> bool:
    """True when every word is a link or an e-mail address (a list of URLs is no sentence)."""
    words = sentence.split()
    return len(words) > 1 and all(
        _LINK_WORD.fullmatch(word.rstrip(".,;:|")) is not None for word in words
    )


def dateline_length(text: str) -> int:
    """Return how many leading characters of a paragraph's first sentence are a dateline.

    Args:
        text: Source text starting at the sentence.

    Returns:
        Length of the dateline prefix, 0 if there is none.
    """
    match = _DATELINE.match(text)
    if match is None:
        return 0
    # An all-caps place before "--" must really be caps (the regex above is case-insensitive).
    bracketed = "(" in match.group(0) or "-lrb-" in match.group(0).lower()
    if not bracketed and not _DATELINE_CAPS_ONLY.match(text):
        return 0
    return match.end()


def prefix_length(text: str) -> int:
    """Return the length of a leading "Scroll down for video"-style prefix (0 if none)."""
    match = _INLINE_PREFIX.match(text)
    return match.end() if match else 0


def hyphenated_compounds(text: str) -> frozenset[str]:
    """Return the hyphenated compounds ("well-known") written on one line in ``text``."""
    return frozenset(_COMPOUND.findall(text))


def clean_sentence(source: str, compounds: frozenset[str] = frozenset()) -> str:
    """Build the clean text of one sentence from its source span.

    Repairs words hyphenated at a line end ("inter-\\nnational" -> "international", but
    "well-\\nknown" keeps its hyphen, as does any compound written with a hyphen elsewhere in
    the document), drops invisible and control characters (C0 and C1 controls, zero-width
    characters, soft hyphens, byte-order marks), joins surrogate pairs and replaces lone
    surrogates with U+FFFD (so the result always encodes as UTF-8), collapses whitespace (NBSP
    and the information separators U+001C to U+001F too) and applies Unicode NFC.

    Args:
        source: ``document[start:end]`` of the sentence.
        compounds: Hyphenated compounds of the document (:func:`hyphenated_compounds`), the
            evidence that a hyphen at a line end belongs to the word.

    Returns:
        The clean sentence text.
    """
    if "-" in source and ("\n" in source or "\r" in source):
        source = _LINE_END_HYPHEN.sub(lambda m: _join_hyphenated(m, compounds), source)
    if not source.isascii():
        if _SURROGATE.search(source):
            source = _fix_surrogates(source)
        source = unicodedata.normalize("NFC", _INVISIBLE.sub("", source))
    elif _INVISIBLE.search(source):
        source = _INVISIBLE.sub("", source)
    return _WHITESPACE.sub(" ", source).strip()


def _fix_surrogates(text: str) -> str:
    """Join surrogate pairs into their characters; replace lone surrogates with U+FFFD."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _join_hyphenated(match: re.Match[str], compounds: frozenset[str]) -> str:
    head, tail = match.group(1), match.group(2)
    compound = f"{head}-{tail}"
    if head.lower() in _KEEP_HYPHEN_PREFIXES or compound in compounds:
        return compound
    return head + tail
