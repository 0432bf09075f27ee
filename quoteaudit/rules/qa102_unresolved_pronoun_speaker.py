"""QA102 unresolved-pronoun-speaker."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Severity, SourceType
from ..speakers import FIRST_PERSON
from ._helpers import mention, mention_text, source_type
from .base import AuditContext, Hit, Rule, register


#: pronouns for the writer and the reader ("I think", "as you know"), which name nobody
#: the article could name
WRITER_AND_READER = FIRST_PERSON | {"you"}


@register
class UnresolvedPronounSpeaker(Rule):
    """A quote attributed to a pronoun ("he said") that refers to no one named before it.

    What is wrong: the speaker is "he", "she" or "they", but no person the pronoun could
    stand for has been named earlier in the article, so the reader cannot tell who is
    talking.

    Why it matters: the attribution looks complete but identifies no one, which is weaker
    than an honest anonymous source. AP's attribution standard and the Reuters Handbook
    both require the reader to know whose words they are reading, identified by name and
    position wherever possible.

    How to fix: name the speaker the first time they are quoted ("Col. Ryan Dillon, a
    coalition spokesman, said"), or move the quote after the paragraph that introduces
    them. If the words came from a document or an earlier quote, attribute them to that.

    "I", "we" and "you" outside quotation marks are the writer and the reader of a column
    or an essay, not an unnamed speaker, so they are not flagged.
    """

    code = "QA102"
    name = "unresolved-pronoun-speaker"
    label = "Who is speaking?"
    severity = Severity.WARNING

    def check(self, ctx: AuditContext) -> Iterable[Hit]:
        seen: set[tuple[int, int]] = set()
        for quote in ctx.quotes:
            source = ctx.source_of(quote)
            if source_type(source) is not SourceType.PRONOUN_UNRESOLVED:
                continue
            if quote.speaker is not None and quote.speaker.text.lower() in WRITER_AND_READER:
                continue
            where = mention(quote)
            if where in seen:
                continue
            seen.add(where)
            who = mention_text(quote, source)
            yield Hit(*where, f"“{who}” does not point to anyone named earlier in the article.", quote=quote.id, confidence=quote.confidence)
