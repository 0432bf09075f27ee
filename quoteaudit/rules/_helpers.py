"""Small pieces several rules share. Plain data only, like the rules themselves."""

from __future__ import annotations

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
