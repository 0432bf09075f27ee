"""QA205 unnamed-document."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Quote, Severity, SourceType
from ._helpers import mention, mention_text, source_type
from .base import AuditContext, Hit, Rule, register


@register
class UnnamedDocument(Rule):
    """A document cited without saying which one ("the report said", "a study found").

    What is wrong: the source is a report, study, memo or filing, but the article never
    says whose, which or when, so no reader can look it up.

    Why it matters: a document is usually the strongest kind of source because anyone can
    check it, and only if it is identified. AP's attribution standard asks that information
    from another organisation's report be credited to it by name; the Reuters Handbook
    asks for sourcing specific enough for readers to judge how close the source is to the
    information. An unnamed "report" is as weak as "sources say".

    How to fix: name the document and its author and date ("a Reuters report on Monday",
    "the Pentagon's 2017 budget request"), and link it where you can. If it is
    confidential, say who wrote it and how the reporter obtained it.
    """

    code = "QA205"
    name = "unnamed-document"
    label = "Which document?"
    severity = Severity.WARNING

    def check(self, ctx: AuditContext) -> Iterable[Hit]:
        # once per document, where the article first cites it: a later "it" or "the
        # report" is the same unnamed document, and naming it once fixes every mention
        first: dict[str, Quote] = {}
        for quote in ctx.quotes:
            source = ctx.source_of(quote)
            if source is None or not source.is_document:
                continue
            if source_type(source) not in (SourceType.ANONYMOUS_VAGUE, SourceType.ANONYMOUS_SPECIFIC):
                continue
            if source.id not in first or mention(quote) < mention(first[source.id]):
                first[source.id] = quote
        for quote in sorted(first.values(), key=mention):
            what = mention_text(quote, ctx.source_of(quote))
            yield Hit(*mention(quote), f"The article never says whose document “{what}” is, which one or when it was written.", quote=quote.id, confidence=quote.confidence)
