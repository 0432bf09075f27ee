"""QA302 weasel-attribution."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Severity, SourceType
from ._helpers import source_type
from .base import AuditContext, Hit, Rule, register

_NAMED = (SourceType.NAMED_PERSON, SourceType.NAMED_ORGANIZATION, SourceType.DOCUMENT)


@register
class WeaselAttribution(Rule):
    """A vague or agentless attribution ("it is believed", "is seen as", "some say", "reportedly").

    What is wrong: the sentence borrows the authority of a source without naming one: a
    passive with no one doing the believing or reporting ("it is widely reported that", "is
    seen as a threat"), a vague crowd ("some say", "many experts", "critics argue", "studies
    show") or a hedge standing in for a source ("reportedly", "allegedly").

    Why it matters: Wikipedia's Manual of Style calls these weasel words (MOS:WEASEL): they
    look like support but deny the reader any way to judge it, and can pass off the
    writer's own view as a consensus. AP's "allege" entry asks that an allegation be
    credited to whoever makes it, and AP's attribution standard asks for a source on any
    disputable fact.

    How to fix: name who believes, reports or sees it ("Pentagon officials see the force
    as a threat", "a 2021 Gallup poll found"), or state the fact on the reporter's own
    authority if it has been confirmed, or cut it.

    A vague crowd opening a paragraph ("Some parents questioned the timing.") is not flagged
    when the same paragraph goes on to quote a named person or organisation: as
    MOS:WEASEL notes, the rest of the paragraph can supply the attribution.
    """

    code = "QA302"
    name = "weasel-attribution"
    label = "Who believes this?"
    severity = Severity.WARNING

    def check(self, ctx: AuditContext) -> Iterable[Hit]:
        for claim in ctx.claims:
            if claim.kind != "weasel":
                continue
            if claim.construction == "vague-subject" and _named_later_in_paragraph(ctx, claim.start):
                continue
            yield Hit(claim.start, claim.end, _message(claim), confidence=claim.confidence)


def _message(claim) -> str:
    """One plain sentence for each weasel construction (see quoteaudit/data/weasel_cues.tsv)."""
    cue = f"\u201c{claim.cue}\u201d" if claim.cue else "This attribution"
    group = re.search(r"credited to '(.+)' as a whole", claim.reason or "")
    if claim.construction == "np-passive-as" and group:
        return f"{cue} credits the view to {group.group(1)} as a whole, with no one on record."
    return {
        "it-passive": f"{cue} does not say who is behind it.",
        "np-passive-to": f"{cue} does not say who is behind it.",
        "np-passive-as": f"{cue} gives a view without saying whose it is.",
        "vague-subject": f"{cue} does not say who exactly, or where they said it.",
        "hedge": f"{cue} stands in for a source without naming one.",
    }.get(claim.construction or "", f"{cue} does not say who is behind it.")


def _named_later_in_paragraph(ctx: AuditContext, offset: int) -> bool:
    """A quote from a named source after ``offset`` in the same paragraph."""
    para = next((p for p in ctx.article.paragraphs if p.start <= offset < p.end), None)
    if para is None:
        return False
    return any(
        offset < q.start < para.end and source_type(ctx.source_of(q)) in _NAMED
        for q in ctx.quotes
    )
