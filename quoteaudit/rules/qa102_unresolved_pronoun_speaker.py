"""QA102 unresolved-pronoun-speaker."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Severity, SourceType
from ._helpers import mention, mention_text, source_type
from .base import AuditContext, Hit, Rule, register


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
    """

    code = "QA102"
    name = "unresolved-pronoun-speaker"
    severity = Severity.WARNING

    def check(self, ctx: AuditContext) -> Iterable[Hit]:
        seen: set[tuple[int, int]] = set()
        for quote in ctx.quotes:
            source = ctx.source_of(quote)
            if source_type(source) is not SourceType.PRONOUN_UNRESOLVED:
                continue
            where = mention(quote)
            if where in seen:
                continue
            seen.add(where)
            who = mention_text(quote, source)
            yield Hit(*where, f"'{who}' refers to no one named earlier: name the speaker", quote=quote.id, confidence=quote.confidence)
