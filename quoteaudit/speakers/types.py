"""Source types: how identifiable a source is, for editors.

=====================  ==========================================================
``named_person``       a person by name: "Colonel Ryan Dillon", "Dillon", "he"
                       when "he" is Dillon
``named_organization`` an institution by name or as the institution itself: "The US
                       military says", "the Pentagon said", "police said"
``document``           an identifiable document: "a Reuters report", "court filings",
                       "the Pentagon's report"
``anonymous_specific`` unnamed, but the text gives a role or an affiliation: "a U.S.
                       official", "regional intelligence sources", "a spokesman", or
                       says how they know: "people familiar with the negotiations"
``anonymous_vague``    unnamed and unplaced: "sources", "critics", "some experts",
                       "officials"; also an unnamed document ("the report said", which
                       report never said), which also has ``is_document``
``pronoun_unresolved`` a pronoun with nobody in the text for it to be ("He said" with no
                       person before it)
``none``               nobody: a quote with no speaker (its ``source`` is empty)
=====================  ==========================================================
"""

from __future__ import annotations

from ..model import SourceType
from .roles import Descriptor, Kind


def source_type(desc: Descriptor) -> SourceType:
    """The type of a source whose merged description is ``desc``."""
    if desc.kind == Kind.PRONOUN:
        return SourceType.PRONOUN_UNRESOLVED
    if desc.kind == Kind.PERSON:
        return SourceType.NAMED_PERSON
    if desc.kind == Kind.ORGANIZATION:
        return SourceType.NAMED_ORGANIZATION
    if desc.kind == Kind.DOCUMENT:
        return SourceType.DOCUMENT if desc.identifiable else SourceType.ANONYMOUS_VAGUE
    if desc.role or desc.affiliation or desc.placed:
        return SourceType.ANONYMOUS_SPECIFIC
    return SourceType.ANONYMOUS_VAGUE


def is_anonymous(desc: Descriptor) -> bool:
    return desc.kind in (Kind.GROUP, Kind.PRONOUN) or (desc.kind == Kind.DOCUMENT and not desc.identifiable)
