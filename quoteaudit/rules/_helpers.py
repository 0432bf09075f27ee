"""Small pieces several rules share. Plain data only, like the rules themselves."""

from __future__ import annotations

from functools import lru_cache

from ..lexicons import load_set, load_table
from ..model import Quote, Source, SourceType

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


#: a speaker mention that is only a relative pronoun ("residents who said") tells the
#: editor nothing; the message names the source it stands for instead
_RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})


def mention_text(quote: Quote, source: Source | None) -> str:
    if quote.speaker is not None and quote.speaker.text and quote.speaker.text.lower() not in _RELATIVE_PRONOUNS:
        return quote.speaker.text
    return source.name if source is not None and source.name else "the source"


def excerpt(text: str, limit: int = 60) -> str:
    """A quote shortened for a one-line message."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@lru_cache(maxsize=1)
def _insider_nouns() -> frozenset[str]:
    roles = {row[0].lower() for row in load_table("source_nouns.tsv", columns=4) if row[1] == "role"}
    return frozenset((roles - load_set("public_nouns.txt")) | load_set("insider_nouns.txt"))


def _singular(word: str) -> str:
    """A plural noun's singular, as far as source nouns need it ("officials", "spokesmen",
    "people" stays "people")."""
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and word[:-1] in _insider_nouns():
        return word[:-1]
    return word


def is_insider(quote: Quote, source: Source) -> bool:
    """Is this unnamed source someone a story would have granted anonymity: an official, a
    source, an aide, "people familiar with" (whose anonymity must be explained)? Not a
    crowd of opinion ("critics", "experts", "Democrats"), not a thing ("a slide"), and not
    a definite description of one person ("the Republican nominee", "the judge"), which
    in news is another way of naming someone the reader already knows."""
    words = source.name.lower().replace("’", "'").split()
    if not words or _singular(words[-1]) not in _insider_nouns():
        return False
    said = mention_text(quote, source).lower()
    definite = said.startswith("the ") or "'s " in said.replace("’", "'")
    return not (definite and _singular(words[-1]) == words[-1] and words[-1] != "people")
