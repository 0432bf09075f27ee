"""Unattributed claims: checkable assertions on nobody's word, and weasel attributions.

Public entry: :func:`find_claims`, run on the parsed article after quotes are known so that
sentences inside a quote or attribution are never flagged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .model import Quote

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from .ingest import Article


@dataclass
class Claim:
    """A sentence (or clause) that asserts something checkable with no source."""

    start: int
    end: int
    text: str
    kind: str  #: "unsourced" (checkable fact) or "weasel" (vague/agentless attribution)
    reason: str  #: e.g. "event with date, no source"
    confidence: float = 1.0
    cue: str | None = None


def find_claims(doc: Doc, article: Article, quotes: list[Quote]) -> list[Claim]:
    return []
