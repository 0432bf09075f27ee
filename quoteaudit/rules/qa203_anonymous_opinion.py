"""QA203 anonymous-opinion."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Severity
from ._helpers import is_anonymous_person, is_insider, mention_text
from .base import AuditContext, Hit, Rule, register


@register
class AnonymousOpinion(Rule):
    """An anonymous source giving opinion or characterisation rather than information.

    What is wrong: an unnamed source is quoted passing judgment ("reckless", "a disgrace",
    "should resign") or saying what they think, not reporting something they know.

    Why it matters: AP's News Values and Principles allow material from an anonymous source
    only if it is information and not opinion or speculation. The New York Times' policy
    does not let anonymity be used as cover for a personal or partisan attack, and the
    Reuters Handbook does not let sources make allegations or attacks behind a cloak of
    anonymity. A verdict from someone the reader cannot identify cannot be weighed.

    How to fix: cut the characterisation, or get it on the record from a named source.
    Keep from the anonymous source only the facts they are in a position to know.

    Only insiders count as anonymous sources here, as for anonymous-without-reason:
    officials, sources, aides, "people familiar with ..."; not a crowd, a poll share or a
    definite description of a known person ("the Democratic nominee").
    """

    code = "QA203"
    name = "anonymous-opinion"
    label = "Anonymous opinion"
    severity = Severity.WARNING

    def check(self, ctx: AuditContext) -> Iterable[Hit]:
        quotes = {q.id: q for q in ctx.quotes}
        for claim in ctx.claims:
            if claim.kind != "quoted" or not claim.opinion or claim.quote not in quotes:
                continue
            quote = quotes[claim.quote]
            source = ctx.source_of(quote)
            if not is_anonymous_person(source) or not is_insider(quote, source, ctx.article.text):
                continue  # opinion from a crowd or a poll share is QA201's or nobody's business
            who = mention_text(quote, source)
            yield Hit(quote.start, quote.end, f"“{who}”, who is not named, gives an opinion ({claim.opinion}) rather than information.", quote=quote.id, confidence=claim.confidence)
