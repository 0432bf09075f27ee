"""Build quotes by hand for the speaker tests, as the quotes stage would hand them over.

A quote is given by its content, its raw speaker mention and its cue, as written; offsets
come from ``str.index`` (when words repeat: the occurrence in the content's paragraph, nearest
the content).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quoteaudit.ingest import read_string
from quoteaudit.ingest.base import Article, split_paragraphs
from quoteaudit.model import Quote, QuoteKind, Source, SourceType, TextSpan
from quoteaudit.pipeline import audit_article
from quoteaudit.speakers import resolve_sources


@dataclass
class Q:
    content: str
    speaker: str | None = None
    cue: str | None = None
    kind: str = "indirect"
    #: which occurrence of ``content`` (0 = first) when the same words repeat
    nth: int = 0


def _occurrences(text: str, needle: str) -> list[int]:
    return [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text)]


def _nearest(text: str, needle: str, start: int, end: int) -> TextSpan:
    hits = _occurrences(text, needle)
    assert hits, f"{needle!r} is not in the text"

    def same_paragraph(h: int) -> bool:
        a, b = sorted((h, start))
        return "\n\n" not in text[a:b] and "\n\n" not in text[min(h + len(needle), end) : max(h + len(needle), end)]

    best = min(hits, key=lambda h: (not same_paragraph(h), min(abs(h - end), abs(h + len(needle) - start))))
    return TextSpan(best, best + len(needle), needle)


def build_quotes(text: str, specs: list[Q]) -> list[Quote]:
    quotes = []
    for n, spec in enumerate(specs, start=1):
        starts = _occurrences(text, spec.content) if spec.content[:1].isalnum() else [
            i for i in range(len(text)) if text.startswith(spec.content, i)
        ]
        assert len(starts) > spec.nth, f"{spec.content!r} is not in the text"
        start = starts[spec.nth]
        end = start + len(spec.content)
        speaker = _nearest(text, spec.speaker, start, end) if spec.speaker else None
        cue = None
        if spec.cue:
            near_start, near_end = (speaker.start, speaker.end) if speaker else (start, end)
            cue = _nearest(text, spec.cue, near_start, near_end)
        quotes.append(
            Quote(
                id=f"q{n}",
                kind=QuoteKind(spec.kind),
                fragments=[(start, end)],
                text=spec.content,
                cue=cue,
                speaker=speaker,
                cue_lemma=spec.cue.lower() if spec.cue else None,
            )
        )
    return quotes


def article_of(text: str, metadata: dict | None = None) -> Article:
    return Article(id="test", path="test.txt", text=text, paragraphs=split_paragraphs(text), metadata=dict(metadata or {}))


def resolve(nlp, text: str, specs: list[Q], metadata: dict | None = None) -> tuple[list[Quote], list[Source]]:
    """Parse ``text``, build its quotes and resolve their sources (``metadata``: the
    article's front matter, for the byline)."""
    quotes = build_quotes(text, specs)
    sources = resolve_sources(nlp(text), article_of(text, metadata), quotes)
    return quotes, sources


def source_of(quote: Quote, sources: list[Source]) -> Source | None:
    return next((s for s in sources if s.id == quote.source), None)


def quotes_with_speakers(nlp, text: str) -> list[tuple[str, str | None, str | None, SourceType | None]]:
    """The whole pipeline on ``text``: each quote as (content, speaker mention, source name,
    source type), in text order."""
    article = read_string(text, "txt")[0]
    audit = audit_article(article, nlp(article.text))
    sources = {s.id: s for s in audit.sources}
    rows = []
    for q in audit.quotes:
        s = sources.get(q.source) if q.source else None
        rows.append((q.text, q.speaker.text if q.speaker else None, s.name if s else None, s.type if s else None))
    return rows
