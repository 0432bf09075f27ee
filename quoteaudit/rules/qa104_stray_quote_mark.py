"""QA104 stray-quote-mark."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Severity
from .base import AuditContext, Hit, Rule, register


@register
class StrayQuoteMark(Rule):
    """A quotation mark that opens or closes nothing.

    What is wrong: an opening mark with no closing mark (or the reverse), so the reader
    cannot tell where the speaker's words end and the reporter's begin.

    Why it matters: quotation marks promise the reader the speaker's exact words. A stray
    mark either puts the reporter's words in someone's mouth or leaves a quote without
    clear bounds, and it may also hide a quote from the other checks.

    How to fix: close the quote where the speaker's words end, or delete the stray mark.
    A quote that runs over several paragraphs opens each paragraph with a mark and closes
    only the last one.
    """

    code = "QA104"
    name = "stray-quote-mark"
    label = "Stray quotation mark"
    severity = Severity.WARNING

    def check(self, ctx: AuditContext) -> Iterable[Hit]:
        for mark in ctx.stray_marks:
            why = f" ({mark.reason})" if mark.reason else ""
            yield Hit(mark.start, mark.end, f"This {mark.text} opens or closes no quote{why}.")
