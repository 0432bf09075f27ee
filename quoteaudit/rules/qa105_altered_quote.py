"""QA105 altered-quote."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import DiffOp, EvidenceStatus, Severity
from ._helpers import excerpt, full_stop, quotes_with_evidence
from .base import AuditContext, Hit, Rule, register

#: changes spelled out in one message; the rest are counted
_SHOWN = 3


@register
class AlteredQuote(Rule):
    """A direct quote whose words differ from the source material.

    What is wrong: the source material given for the article (``--evidence``, or
    ``evidence`` in config or front matter) has a passage close to the quote, but its
    words are not the quote's: a word changed, added or dropped without an ellipsis or
    brackets, words in another order, or sentences joined from different places. The
    finding shows the word diff: what the evidence says against what the draft says.

    Why it matters: quotation marks promise the speaker's exact words. AP and Reuters allow
    no change inside them beyond an ellipsis for left-out words and brackets for the
    editor's own; newsrooms correct and retract stories over quotes that were tidied up,
    merged or misremembered, and a quote generated or "cleaned" by software is exactly
    this kind of change.

    How to fix: restore the source's words, mark a cut with an ellipsis or an insertion
    with brackets, or take the quotation marks off and paraphrase. If the quote is right
    and the material is an older or partial transcript, add the material it comes from.
    """

    code = "QA105"
    name = "altered-quote"
    label = "Quote differs from source"
    severity = Severity.ERROR

    def check(self, ctx: AuditContext) -> Iterable[Hit]:
        where = ctx.facts.get("evidence_where", {})
        for quote, evidence in quotes_with_evidence(ctx.quotes, EvidenceStatus.ALTERED):
            place = where.get(quote.id) or evidence.file or "the source material"
            changes = describe_changes(evidence.diff)
            detail = "; ".join(x for x in (changes, evidence.note) if x) or "its words differ from the source"
            yield Hit(quote.start, quote.end, full_stop(f"The quote's words differ from {place}: {detail}"), quote=quote.id, confidence=quote.confidence)


def describe_changes(diff: list[DiffOp]) -> str:
    """The word diff in an editor's words: evidence says X, draft says Y."""
    parts = []
    for op in diff:
        if op.op == "replace":
            parts.append(f"evidence says “{excerpt(op.evidence, 40)}”, draft says “{excerpt(op.draft, 40)}”")
        elif op.op == "insert":
            parts.append(f"draft adds “{excerpt(op.draft, 40)}”")
        elif op.op == "delete":
            parts.append(f"draft leaves out “{excerpt(op.evidence, 40)}”")
    if len(parts) > _SHOWN:
        parts = [*parts[:_SHOWN], f"and {len(parts) - _SHOWN} more change(s)"]
    return "; ".join(parts)
