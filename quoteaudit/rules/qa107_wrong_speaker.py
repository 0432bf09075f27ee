"""QA107 wrong-speaker."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import EvidenceStatus, Severity
from ._helpers import full_stop, quotes_with_evidence, quoted_excerpt
from .base import AuditContext, Hit, Rule, register


@register
class WrongSpeaker(Rule):
    """A quote found word for word in a transcript, but said by someone else there.

    What is wrong: the quote's words are in the source material, but the transcript's
    speaker label for them names another person than the one the draft says spoke them:
    the interviewer's question given to the mayor, one council member's line given to
    another. Names agree when the label and the source share a surname or the label is
    the source's title and surname; labels that name nobody ("Speaker 2") never disagree.

    Why it matters: the right words from the wrong person is a misquote, and the kind a
    speaker notices first. It usually comes from a transcript read across a change of
    speaker, or from notes that lost who said what.

    How to fix: check the recording and attribute the words to the person the transcript
    names, or fix the transcript's label if it is the one that is wrong.
    """

    code = "QA107"
    name = "wrong-speaker"
    label = "Someone else said it"
    severity = Severity.ERROR

    def check(self, ctx: AuditContext) -> Iterable[Hit]:
        where = ctx.facts.get("evidence_where", {})
        for quote, evidence in quotes_with_evidence(ctx.quotes, EvidenceStatus.WRONG_SPEAKER):
            source = ctx.source_of(quote)
            drafted = source.name if source is not None else "the quoted source"
            place = where.get(quote.id) or evidence.file or "the source material"
            yield Hit(
                quote.start, quote.end,
                full_stop(f"In {place}, {evidence.speaker_label} says these words, not {drafted}: {quoted_excerpt(quote)}"),
                quote=quote.id, confidence=quote.confidence,
            )
