"""QA103 loaded-attribution-verb."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Severity
from ..scoring import cue_verb_class, loaded_verb_meaning
from .base import AuditContext, Hit, Rule, register


@register
class LoadedAttributionVerb(Rule):
    """A loaded cue verb ("claimed", "admitted", "insisted") where "said" is neutral.

    What is wrong: the verb introducing the quote tells the reader what to think of the
    words. "Claimed" suggests they are doubtful, "admitted" that the speaker owned up to a
    fault, "insisted" that the point is disputed, "revealed" that a true secret came out.

    Why it matters: the AP Stylebook's entry on "said" calls it the most serviceable,
    neutral word of attribution and warns that substitutes carry connotations the reporter
    must be able to stand behind; Wikipedia's Manual of Style (MOS:SAID) gives the same
    advice. An unearned "claimed" or "admitted" is an editorial judgment slipped into a
    news sentence.

    How to fix: use "said" (or "says"), unless the stronger verb is a fact you can support:
    "admitted" only for an admission, "alleged" only for an allegation, and then say
    whose.
    """

    code = "QA103"
    name = "loaded-attribution-verb"
    label = "Loaded verb"
    severity = Severity.SUGGESTION

    def check(self, ctx: AuditContext) -> Iterable[Hit]:
        seen: set[tuple[int, int]] = set()
        for quote in ctx.quotes:
            if cue_verb_class(quote) != "loaded":
                continue
            where = (quote.cue.start, quote.cue.end) if quote.cue else (quote.start, quote.end)
            if where in seen:
                continue
            seen.add(where)
            verb = quote.cue.text if quote.cue else quote.cue_lemma
            meaning = loaded_verb_meaning(quote) or "more than that words were spoken"
            yield Hit(*where, f"“{verb}” tells the reader {meaning}, where “said” would be neutral.", quote=quote.id)
