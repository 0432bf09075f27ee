"""QA206 weak-anonymity-reason."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Quote, Severity, Source
from ._helpers import is_anonymous_person, mention, mention_text
from .base import AuditContext, Hit, Rule, register


@register
class WeakAnonymityReason(Rule):
    """An anonymous source whose stated reason for anonymity is boilerplate.

    What is wrong: the article explains the anonymity only with a stock phrase ("because
    they were not authorized to speak publicly", "who asked not to be named") that fits
    every source and explains nothing about this one.

    Why it matters: AP and the New York Times ask reporters to explain why a source needed
    anonymity so readers can weigh the source's motives. The Times' 2016 guidance asks
    reporters to describe the reason as specifically as possible rather than rely on stock
    phrases. A boilerplate reason tells the reader only that the rule was followed.

    How to fix: say what is specific to this source: what they risk by being named, why
    the information could not be had on the record ("because the investigation is
    continuing", "for fear of reprisals from the militia").
    """

    code = "QA206"
    name = "weak-anonymity-reason"
    label = "Stock reason for anonymity"
    severity = Severity.SUGGESTION

    def check(self, ctx: AuditContext) -> Iterable[Hit]:
        first: dict[str, tuple[Quote, Source]] = {}
        for quote in ctx.quotes:
            source = ctx.source_of(quote)
            if source is None or not is_anonymous_person(source):
                continue
            if not (source.anonymity_reason and source.anonymity_reason_weak):
                continue
            if source.id not in first or mention(quote) < mention(first[source.id][0]):
                first[source.id] = (quote, source)
        for quote, source in first.values():
            who = mention_text(quote, source)
            yield Hit(*mention(quote), f"The reason given for not naming “{who}” ({source.anonymity_reason}) is a stock phrase that explains nothing.", quote=quote.id)
