"""Markdown articles (CommonMark, via markdown-it-py) with optional YAML front matter.

Front matter becomes metadata; code blocks, raw HTML blocks, tables and images are not
article text; headings, paragraphs, list items and blockquotes are. Each inline text piece
is located in the source so every offset maps back to its line and column.
"""

from __future__ import annotations

import re
from typing import Any

from markdown_it import MarkdownIt

from .base import Article, OffsetMap, TextBuilder, _line_starts

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*(?:\r\n|\r|\n)(.*?)(?:\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|\Z)", re.DOTALL)

_md = MarkdownIt("commonmark").enable("table")


def parse_front_matter(source: str) -> tuple[dict[str, Any], int, str | None]:
    """Return ``(metadata, body_start, error)``. YAML is loaded with ``safe_load``: data only."""
    m = _FRONT_MATTER.match(source)
    if not m:
        return {}, 0, None
    import yaml

    try:
        data = yaml.safe_load(m.group(1))
    except yaml.YAMLError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else "invalid YAML"
        return {}, m.end(), f"front matter is not valid YAML ({first}); ignored"
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return {}, m.end(), "front matter is not a mapping of fields; ignored"
    return {str(k): _plain(v) for k, v in data.items()}, m.end(), None


def _plain(value: Any) -> Any:
    """Front-matter values as JSON-safe data (YAML dates become ISO strings)."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def read_markdown(source: str, *, path: str | None, article_id: str, sha256: str) -> Article:
    metadata, body_start, fm_error = parse_front_matter(source)
    if fm_error:
        metadata["front_matter_error"] = fm_error
    body = source[body_start:]
    tokens = _md.parse(body)
    line_starts = [body_start + s for s in _line_starts(body)] + [len(source)]
    builder = TextBuilder()
    stack: list[str] = []
    for i, tok in enumerate(tokens):
        if tok.nesting == 1:
            stack.append(tok.type)
        elif tok.nesting == -1:
            if stack:
                stack.pop()
        if tok.type != "inline" or not tok.children:
            continue
        if any(t in ("table_open", "thead_open", "tbody_open") for t in stack):
            continue
        if "heading_open" in stack:
            kind = "heading"
        elif "blockquote_open" in stack:
            kind = "blockquote"
        elif "bullet_list_open" in stack or "ordered_list_open" in stack:
            kind = "list"
        else:
            kind = "body"
        lb, le = tok.map or (0, 0)
        cursor = line_starts[min(lb, len(line_starts) - 1)]
        region_end = line_starts[min(le, len(line_starts) - 1)]
        builder.separate(cursor)
        builder.open_paragraph()
        for child in tok.children:
            if child.type in ("text", "code_inline"):
                piece = child.content
                if not piece:
                    continue
                at = source.find(piece, cursor, region_end)
                if at < 0:
                    builder.add_synthetic(piece, cursor)
                else:
                    builder.add(piece, at)
                    cursor = at + len(piece)
            elif child.type in ("softbreak", "hardbreak"):
                if builder.tail not in ("", " "):
                    builder.add_synthetic(" ", cursor)
            # link/emphasis markers, images and inline HTML carry no article text
        builder.close_paragraph(kind, cursor)
    text, segments = builder.build()
    return Article(
        id=article_id,
        path=path,
        text=text,
        paragraphs=builder.paragraphs,
        metadata=metadata,
        offsets=OffsetMap(segments, source),
        sha256=sha256,
        format="markdown",
    )
