"""QA204 single-anonymous-source."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Severity
from ._helpers import is_anonymous_person, is_insider, mention_text, plain_reason
from .base import AuditContext, Hit, Rule, register


@register
class SingleAnonymousSource(Rule):
    """A checkable factual claim that rests on one unnamed source.

    What is wrong: a specific fact (a number, a dated event, something a named party did)
    is reported on the word of a single source the article does not name ("a U.S. official
    said"), and no other source in the article carries it.

    Why it matters: the Reuters Handbook calls anonymous sources the weakest sources and
    says two or more sources are better than one; AP seeks more than one source for
    anonymous information; since 2016 the New York Times has required one of its top
    editors to review any article that hinges on a central fact from an unnamed source.
    If the one source is wrong, nothing in the story catches it.

    How to fix: confirm the fact with a second source, or with a document or an on-the-record
    source, and say so ("..., according to two officials and a Pentagon statement"). If it
    cannot be confirmed, say that it could not be independently verified.

    Only insiders count as anonymous sources here, as for anonymous-without-reason:
    officials, sources, aides, "people familiar with ..."; not a crowd, a poll share or a
    definite description of a known person ("the Democratic nominee").
    """

    code = "QA204"
    name = "single-anonymous-source"
    label = "Rests on one unnamed source"
    severity = Severity.WARNING

    def check(self, ctx: AuditContext) -> Iterable[Hit]:
        quotes = {q.id: q for q in ctx.quotes}
        for claim in ctx.claims:
            if claim.kind != "quoted" or not claim.checkable or claim.single_speaker is not True:
                continue
            quote = quotes.get(claim.quote or "")
            if quote is None:
                continue
            source = ctx.source_of(quote)
            if not is_anonymous_person(source) or not is_insider(quote, source, ctx.article.text):
                continue
            # nested attribution ("a source said X, the Reuters report said"): the outer layer
            # carries the fact too, unless it is itself anonymous
            parent = quotes.get(quote.parent or "")
            if parent is not None and not is_anonymous_person(ctx.source_of(parent)):
                continue
            if _corroborated(ctx, quote):
                continue
            who = mention_text(quote, source)
            yield Hit(quote.start, quote.end, f"Only “{who}”, who is not named, vouches for a fact a reader could check ({plain_reason(claim.checkable)}).", quote=quote.id, confidence=claim.confidence)


def _corroborated(ctx: AuditContext, quote) -> bool:
    """Another quote, from another source, over the same words (the same fact, attributed twice)."""
    for other in ctx.quotes:
        if other.id == quote.id or other.source == quote.source:
            continue
        if other.id == quote.parent or other.parent == quote.id:
            continue
        if any(s < e2 and s2 < e for s, e in quote.fragments for s2, e2 in other.fragments):
            return True
    return False
