"""QA201 vague-anonymous-source."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Severity
from ._helpers import is_vague_source, mention, mention_text
from .base import AuditContext, Hit, Rule, register


@register
class VagueAnonymousSource(Rule):
    """An unnamed source described so vaguely it could be anyone ("sources said", "critics say").

    What is wrong: the source is neither named nor placed. "Sources", "critics", "some
    observers" tell the reader nothing about who is speaking, what they are in a position
    to know, or what stake they have.

    Why it matters: AP's standards allow anonymous material only from a source in a
    position to have direct knowledge, and ask that the source be described as precisely
    as possible: "a source" alone is not acceptable. The Reuters Handbook calls anonymous
    sources the weakest sources and forbids citing sources in the plural when there is
    only one. The New York Times' policy asks reporters to tell readers why an unnamed
    source is authoritative and what their point of view is.

    How to fix: name the source. If that is impossible, say who they are as precisely as
    safety allows ("a State Department official involved in the talks", "two regional
    intelligence officers"), how they know, and why they were not named.

    The rule looks at sources named only by a generic noun of ``source_nouns.tsv``
    ("sources", "officials", "critics", "experts", "some", "others"); a poll share ("63
    percent said") or a thing the sentence makes speak is not a source it judges. It owns
    the sources it flags: anonymous-without-reason (QA202) does not ask again why
    "authorities" or "sources" are not named, since naming or placing them is the fix.
    """

    code = "QA201"
    name = "vague-anonymous-source"
    label = "Vague source"
    severity = Severity.WARNING

    def check(self, ctx: AuditContext) -> Iterable[Hit]:
        seen: set[tuple[int, int]] = set()
        for quote in ctx.quotes:
            source = ctx.source_of(quote)
            if not is_vague_source(source):
                continue  # named, placed, a document, or a thing or a poll share the parse made a speaker
            where = mention(quote)
            if where in seen:
                continue
            seen.add(where)
            who = mention_text(quote, source)
            yield Hit(*where, f"“{who}” does not tell the reader who they are or how they know.", quote=quote.id, confidence=quote.confidence)
