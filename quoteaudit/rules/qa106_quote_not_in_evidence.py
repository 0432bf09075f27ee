"""QA106 quote-not-in-evidence."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import EvidenceStatus, Severity
from ._helpers import full_stop, quotes_with_evidence, quoted_excerpt
from .base import AuditContext, Hit, Rule, register

#: evidence files named in one message; the rest are counted
_SHOWN = 3


@register
class QuoteNotInEvidence(Rule):
    """A direct quote that is nowhere in the source material given for the article.

    What is wrong: source material was given for this article (``--evidence``, or
    ``evidence`` in config or front matter), and no passage in it is close to the quote's
    words. Reported only for articles that have source material.

    Why it matters: a quote no one can find in the interview, the filing or the release
    may have been misremembered, paraphrased and then put in quotation marks, taken from
    another story, or invented (a risk with text generators). It is a warning, not an
    error, because the material may be incomplete: a second interview, a phone call, a
    statement that is not attached.

    How to fix: find the quote in the notes or recording and add that material as
    evidence; if it cannot be found, paraphrase without quotation marks or cut it.
    """

    code = "QA106"
    name = "quote-not-in-evidence"
    label = "Quote not in source"
    severity = Severity.WARNING

    def check(self, ctx: AuditContext) -> Iterable[Hit]:
        files = list(ctx.facts.get("evidence_files", []))
        shown = ", ".join(files[:_SHOWN]) + (f" and {len(files) - _SHOWN} more" if len(files) > _SHOWN else "")
        for quote, evidence in quotes_with_evidence(ctx.quotes, EvidenceStatus.NOT_FOUND):
            where = f" ({shown})" if shown else ""
            detail = f" ({evidence.note})" if evidence.note else ""
            yield Hit(quote.start, quote.end, full_stop(f"These words are not in the source material{where}: {quoted_excerpt(quote)}{detail}"),
                      quote=quote.id, confidence=quote.confidence)
