"""QA202 anonymous-without-reason."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Quote, Severity, Source
from ._helpers import is_anonymous_person, is_insider, is_vague_source, mention, mention_text
from .base import AuditContext, Hit, Rule, register


@register
class AnonymousWithoutReason(Rule):
    """An anonymous source whose anonymity the article never explains.

    What is wrong: the article quotes someone it does not name, and nowhere says why ("who
    spoke on condition of anonymity because the talks are private").

    Why it matters: AP's News Values and Principles require the story to explain why the
    source requested anonymity; the New York Times' Confidential News Sources Policy asks
    reporters to tell readers why the source demanded confidentiality and what their
    motive may be. Without a reason the reader cannot weigh why the source would not stand
    behind the words.

    How to fix: add the reason, specific to this source and this story ("because he was not
    authorized to discuss the investigation, which is continuing"), the first time the
    source appears, or find an on-the-record source.

    Only insiders are asked: officials, sources, aides, spokespeople, "people familiar
    with the talks" (``insider_nouns.txt`` and the role nouns of ``source_nouns.tsv``). A
    crowd of opinion ("critics", "experts", "Democrats"), members of the public
    ("residents", "protesters", ``public_nouns.txt``) and a definite description of one
    person ("the Republican nominee") were granted no anonymity; vague-anonymous-source
    covers the crowds. A source that rule flags ("Authorities said", "sources said",
    "officials said") is not flagged here as well: an editor would see one problem twice,
    and that rule's fix (say who they are, how they know and why they are not named)
    includes this one. What is left is the unnamed source the article does place ("a
    State Department official", "a spokesman", "people familiar with the negotiations")
    with no reason for the anonymity. Not a source inside another source's words
    ("Managers told staff to delete the messages, said an employee who spoke on condition
    of anonymity"): the managers are the employee's account, not the reporter's source,
    and the policies ask why the reporter's own sources are not named.
    """

    code = "QA202"
    name = "anonymous-without-reason"
    label = "Why anonymous?"
    severity = Severity.WARNING

    def check(self, ctx: AuditContext) -> Iterable[Hit]:
        first: dict[str, tuple[Quote, Source]] = {}
        for quote in ctx.quotes:
            source = ctx.source_of(quote)
            if source is None or not is_anonymous_person(source) or source.anonymity_reason:
                continue
            if quote.parent is not None:
                continue  # reported inside another source's words
            if is_vague_source(source):
                continue  # "Authorities said": vague-anonymous-source (QA201) already asks who they are
            if not is_insider(quote, source, ctx.article.text):
                continue
            if source.id not in first or mention(quote) < mention(first[source.id][0]):
                first[source.id] = (quote, source)
        for quote, source in first.values():
            who = mention_text(quote, source)
            yield Hit(*mention(quote), f"The article never says why “{who}” cannot be named.", quote=quote.id)
