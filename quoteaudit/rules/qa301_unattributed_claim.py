"""QA301 unattributed-claim."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Severity
from ._helpers import plain_reason
from .base import AuditContext, Hit, Rule, register


@register
class UnattributedClaim(Rule):
    """A checkable claim stated on nobody's word.

    What is wrong: a sentence outside every quote asserts something a reader could check
    (an event with a date, a figure, a motive or cause, a superlative, something a named
    person, organisation or country did) and gives no source for it.

    Why it matters: AP's standard is to attribute any disputable fact the reporter did not
    witness, gather or confirm first-hand, in the same sentence or next to it. The Reuters
    Handbook asks that every statement be sourced unless it is an established fact, in the
    public record, or witnessed by the reporter. Unsourced specifics are where errors and
    spin slip into a story unnoticed.

    How to fix: say where the fact comes from ("..., according to Pentagon figures", "...,
    the coalition said in a statement"). If the reporter witnessed it or it is public
    record, make that clear; if it cannot be sourced, cut or soften it.
    """

    code = "QA301"
    name = "unattributed-claim"
    label = "No source"
    severity = Severity.WARNING

    def check(self, ctx: AuditContext) -> Iterable[Hit]:
        for claim in ctx.claims:
            if claim.kind == "unsourced":
                yield Hit(claim.start, claim.end, f"Nobody is given as the source of this checkable claim ({plain_reason(claim.reason)}).", confidence=claim.confidence)

