"""Plain-text articles: paragraphs separated by blank lines (or one per line, when the
text has long lines ending their sentences and no blank lines), optional ``date``
header."""

from __future__ import annotations

import re

from .base import Article, OffsetMap, byline_in_the_opening_lines, line_paragraphs, split_paragraphs, unwrap_lines

# A leading "date 2017-06-05" (or "date: 2017-06-05") header, on its own line or inline
# before the first sentence, as newsroom exports and the reference article have it.
_DATE_HEADER = re.compile(r"\A\s*date\s*:?\s*(\d{4}-\d{2}-\d{2})\b[ \t]*(?:\r\n|\r|\n)?[ \t]*", re.IGNORECASE)
# Other "key: value" header lines some exports put first (title:, byline:, slug:).
_FIELD_HEADER = re.compile(r"\A(?:[ \t]*(title|byline|author|slug|section|source)[ \t]*:[ \t]*([^\r\n]*)(?:\r\n|\r|\n))", re.IGNORECASE)


def read_text(source: str, *, path: str | None, article_id: str, sha256: str) -> Article:
    metadata: dict[str, str] = {}
    start = 0
    while True:
        m = _DATE_HEADER.match(source[start:])
        if m:
            metadata["date"] = m.group(1)
            start += m.end()
            continue
        f = _FIELD_HEADER.match(source[start:])
        if f:
            metadata[f.group(1).lower()] = f.group(2).strip()
            start += f.end()
            continue
        break
    text = unwrap_lines(source[start:])
    paragraphs = line_paragraphs(text) or split_paragraphs(text)
    paragraphs = _mark_headline(text, paragraphs)
    if "byline" not in metadata and (byline := byline_in_the_opening_lines(text, paragraphs)):
        metadata["byline"] = byline
    return Article(
        id=article_id,
        path=path,
        text=text,
        paragraphs=paragraphs,
        metadata=metadata,
        offsets=OffsetMap.identity(text, source, shift=start),
        sha256=sha256,
        format="text",
    )


def _mark_headline(text: str, paragraphs):
    """A short first line with no sentence-final punctuation is the headline."""
    from ..model import Paragraph

    if len(paragraphs) < 2:
        return paragraphs
    first = paragraphs[0]
    line = text[first.start : first.end]
    if "\n" in line or "\r" in line or len(line.split()) > 20:
        return paragraphs
    if line.rstrip()[-1:] in ".!?\"”'’:;,":
        return paragraphs
    return [Paragraph(first.start, first.end, "heading"), *paragraphs[1:]]
