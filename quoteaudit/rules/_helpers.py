"""Small pieces several rules share. Plain data only, like the rules themselves."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..lexicons import load_set
from ..model import EvidenceStatus, Quote, QuoteEvidence, QuoteKind, Source, SourceType
from ..speakers.lexicon import public_nouns, source_nouns
from ..speakers.mentions import RELATIVE_PRONOUNS
from ..speakers.roles import OPINION_QUANTIFIERS

ANONYMOUS = (SourceType.ANONYMOUS_SPECIFIC, SourceType.ANONYMOUS_VAGUE)


def source_type(source: Source | None) -> SourceType:
    return SourceType(source.type) if source is not None else SourceType.NONE


def is_anonymous_person(source: Source | None) -> bool:
    """An unnamed person or group ("a U.S. official", "sources"); unnamed documents are
    a different problem (unnamed-document)."""
    return source is not None and source_type(source) in ANONYMOUS and not source.is_document


def mention(quote: Quote) -> tuple[int, int]:
    """Where to point an editor for a quote's source: the speaker mention, else the quote."""
    if quote.speaker is not None:
        return quote.speaker.start, quote.speaker.end
    return quote.start, quote.end


def mention_text(quote: Quote, source: Source | None) -> str:
    # a mention that is only a relative pronoun ("residents who said") tells the editor
    # nothing; the message names the source it stands for instead
    if quote.speaker is not None and quote.speaker.text and quote.speaker.text.lower() not in RELATIVE_PRONOUNS:
        return quote.speaker.text
    return source.name if source is not None and source.name else "the source"


def excerpt(text: str, limit: int = 60) -> str:
    """A quote shortened for a one-line message."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def full_stop(text: str) -> str:
    """``text`` ending as a sentence: a full stop, unless it already ends in one or in a
    closing quotation mark (a quoted excerpt carries its own punctuation)."""
    return text if text and text[-1] in ".?!\u2026\u201d\u2019\"')" else text + "."


def quotes_with_evidence(quotes: list[Quote], status: EvidenceStatus) -> Iterator[tuple[Quote, QuoteEvidence]]:
    """Quotes the evidence stage gave ``status``, with their evidence (QA105-QA107)."""
    for quote in quotes:
        if quote.evidence is not None and EvidenceStatus(quote.evidence.status) is status:
            yield quote, quote.evidence


_MARKS = "\"“”‘’'«»„"


def quoted_excerpt(quote: Quote, limit: int = 60) -> str:
    """The speaker's own words of a quote for a message: a mixed quote's quoted part
    (``"a disaster"``), not the reporter's paraphrase around it."""
    text = quote.text
    if QuoteKind(quote.kind) is QuoteKind.MIXED:
        # an apostrophe inside a word ("the bridge's deck") is no quotation mark
        marks = [i for i, c in enumerate(text) if c in _MARKS and not (0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum())]
        if len(marks) > 1:
            text = text[marks[0] : marks[-1] + 1]
    return excerpt(text, limit)


@lru_cache(maxsize=1)
def _insider_nouns() -> frozenset[str]:
    roles = {noun for noun, info in source_nouns().items() if info.cls == "role"}
    return frozenset((roles - public_nouns()) | load_set("insider_nouns.txt"))


@lru_cache(maxsize=1)
def _crowd_nouns() -> frozenset[str]:
    return frozenset(noun for noun, info in source_nouns().items() if info.cls == "generic")


#: words that open the description after an unnamed source's noun ("people *familiar
#: with* the talks", "officials *in* the governor's office"): the noun is the word before
_DESCRIPTION_OPENERS = frozenset(
    {"with", "of", "in", "at", "for", "from", "to", "on", "about", "inside", "within", "close", "familiar",
     "knowledgeable", "briefed", "involved", "aware", "privy", "present", "directly", "who", "that", "which"}
)


def _head_noun(name: str, vocabulary: frozenset[str]) -> str:
    """The noun of a source's name (its last word before any description: "people" in
    "three people familiar with the talks"), made singular when the singular is in
    ``vocabulary`` ("officials", "spokesmen", "authorities"; "people" stays "people")."""
    words = name.lower().replace("’", "'").split()
    cut = next((i for i, w in enumerate(words) if i and w in _DESCRIPTION_OPENERS), len(words))
    words = words[:cut]
    if not words:
        return ""
    word = words[-1]
    for singular in (word[:-3] + "man" if word.endswith("men") else None, word[:-3] + "y" if word.endswith("ies") else None, word[:-1] if word.endswith("s") else None):
        if singular and singular in vocabulary:
            return singular
    return word


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    return frozenset(source_nouns())


@lru_cache(maxsize=1)
def _public_crowd_nouns() -> frozenset[str]:
    return public_nouns() | frozenset(p + "s" for p in public_nouns())


def is_vague_crowd(source: Source) -> bool:
    """Is this unnamed source a person or crowd named only by a generic noun ("sources",
    "critics", "some experts", "others") or a crowd of the public ("some parents",
    "residents"), as opposed to a thing the parse made a speaker ("a slide", "the
    problem"), a share of a poll ("63 percent") or a name?"""
    head = _head_noun(source.name, _crowd_nouns())
    if head in _crowd_nouns() or (head in _public_crowd_nouns() and head not in public_nouns()):
        return True
    # "some councillors", "many economists": people in any role, made a crowd by the
    # quantifier (the speakers stage typed them vague for the same reason)
    words = source.name.lower().split()
    return len(words) > 1 and words[0] in OPINION_QUANTIFIERS and _head_noun(source.name, _people_nouns()) in _people_nouns()


def is_vague_source(source: Source | None) -> bool:
    """Is this a source vague-anonymous-source (QA201) flags: an unnamed person or crowd
    typed ``anonymous_vague`` and named only by a generic noun or as a crowd ("sources",
    "authorities", "officials", "critics")? That rule owns such a source: its fix (say who
    they are, how they know and why they are not named) covers the missing reason too, so
    anonymous-without-reason (QA202) does not flag the same mention again."""
    if source is None or source.is_document or source_type(source) is not SourceType.ANONYMOUS_VAGUE:
        return False
    return is_vague_crowd(source)


def is_insider(quote: Quote, source: Source, text: str = "") -> bool:
    """Is this unnamed source someone a story would have granted anonymity: an official, a
    source, an aide, "people familiar with" (whose anonymity must be explained)? Not a
    crowd of opinion ("critics", "experts", "Democrats"), not a thing ("a slide"), and not
    a definite description of one person ("the Republican nominee", "the judge"), which
    in news is another way of naming someone the reader already knows."""
    head = _head_noun(source.name, _insider_nouns())
    if head not in _insider_nouns():
        return False
    # judged by how the article first names the source, not by a later "she"
    first = source.mentions[0] if text and source.mentions else None
    said = (text[first[0] : first[1]] if first else mention_text(quote, source)).lower()
    definite = said.startswith("the ") or "'s " in said.replace("’", "'")
    singular = _head_noun(source.name, frozenset()) == head and head != "people"
    return not (definite and singular)


def plain_reason(reason: str) -> str:
    """The claims stage's reason ("event with date ('May 18'), number ('31 percent'), no
    source") as an editor reads it in a finding: what makes the claim checkable, with the
    article's words in curly quotes and no trailing "no source"."""
    reason = re.sub(r",?\s*no source$", "", reason.strip())
    reason = re.sub(r"\('(.*?)'\)", "\u201c\\1\u201d", reason)
    return re.sub(r"^'(.*?)' in an event", "\u201c\\1\u201d in an event", reason)
