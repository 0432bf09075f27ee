"""QA101 orphan-quote."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import QuoteKind, Severity, SourceType
from ._helpers import excerpt, source_type
from .base import AuditContext, Hit, Rule, register


@register
class OrphanQuote(Rule):
    """A direct quote with no speaker anywhere in reach.

    What is wrong: words in quotation marks that nobody in the sentence or paragraph is said
    to have spoken. The reader cannot tell whose words they are, or whether they are the
    same speaker as the last quote.

    Why it matters: a quote is only as credible as the person who said it. The Reuters
    Handbook asks that the source of a quote be identified as quickly as possible, usually
    after its first sentence, and that quotes from different speakers never run together;
    AP's attribution standard puts the attribution in the same sentence as the information,
    just before or just after it.

    How to fix: add the attribution ("..., Dillon said.") in the quote's sentence or next to
    it. If the words are the previous speaker's, say so again; if no one can be named for
    them, cut the quote.
    """

    code = "QA101"
    name = "orphan-quote"
    label = "Quote with no speaker"
    severity = Severity.ERROR

    def check(self, ctx: AuditContext) -> Iterable[Hit]:
        for quote in ctx.quotes:
            if QuoteKind(quote.kind) is QuoteKind.INDIRECT or quote.speaker is not None:
                continue
            if source_type(ctx.source_of(quote)) is not SourceType.NONE:
                continue
            yield Hit(
                quote.start,
                quote.end,
                f"Nobody is named as saying {excerpt(quote.text)}.",
                quote=quote.id,
                confidence=quote.confidence,
            )
