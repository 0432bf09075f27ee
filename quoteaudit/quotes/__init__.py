"""Quote detection: direct, split, multi-paragraph, mixed and indirect quotes.

Public entry: :func:`detect_quotes`. It returns plain :class:`~quoteaudit.model.Quote`
values (content spans, kind, cue span and the raw speaker mention span) plus any stray
quote marks it recovered from. Resolving the mention to a source is the speakers stage.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import Quote, TextSpan

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from ..ingest import Article


@dataclass
class StrayMark:
    """A quote mark that opens or closes nothing; reported by rule QA105."""

    start: int
    end: int
    text: str
    reason: str


@dataclass
class QuoteDetection:
    quotes: list[Quote] = field(default_factory=list)
    stray_marks: list[StrayMark] = field(default_factory=list)


def detect_quotes(doc: Doc, article: Article) -> QuoteDetection:
    """Find every quote in ``doc`` (the parsed ``article.text``)."""
    return QuoteDetection()


__all__ = ["detect_quotes", "QuoteDetection", "StrayMark", "TextSpan"]
