"""Markdown articles (CommonMark, via markdown-it-py) with optional YAML front matter.

Front matter becomes metadata; code blocks, raw HTML blocks, tables and images are not
article text; headings, paragraphs, list items and blockquotes are. Each inline text piece
is located in the source so every offset maps back to its line and column.
"""

from __future__ import annotations

import html
import re
from typing import Any

from markdown_it import MarkdownIt

from .base import Article, DataTooComplex, OffsetMap, TextBuilder, _line_starts, plain_data, scrub

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*(?:\r\n|\r|\n)(.*?)(?:\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|\Z)", re.DOTALL)

_md = MarkdownIt("commonmark").enable("table")


def parse_front_matter(source: str) -> tuple[dict[str, Any], int, str | None]:
    """Return ``(metadata, body_start, error)``.

    YAML is loaded with ``safe_load``: data only, so ``!!python/object`` tags are an error,
    never code. A bad block is reported in ``front_matter_error`` and otherwise ignored.
    """
    m = _FRONT_MATTER.match(source)
    if not m:
        return {}, 0, None
    import yaml

    try:
        data = yaml.safe_load(m.group(1))
    except yaml.YAMLError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else "invalid YAML"
        return {}, m.end(), f"front matter is not valid YAML ({scrub(first)}); ignored"
    except RecursionError:
        return {}, m.end(), "front matter is nested too deeply; ignored"
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return {}, m.end(), "front matter is not a mapping of fields; ignored"
    try:
        return plain_data(data), m.end(), None
    except DataTooComplex as exc:
        return {}, m.end(), f"front matter {exc}; ignored"


# A character reference as CommonMark reads one (named, decimal or hex).
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# How far ahead a character markdown-it kept may sit behind markup it dropped.
_LOOKAHEAD = 64


def _place(builder: TextBuilder, piece: str, source: str, cursor: int, end: int) -> int:
    """Add one inline text piece, mapped to where it is in ``source[cursor:end]``.

    Usually the piece is verbatim in the source, right after the markup before it. When
    markdown-it decoded something (``&ldquo;`` → “, ``\\*`` → *, NUL → U+FFFD) the piece is
    aligned character by character instead, so the words after an entity keep their own
    line:column (a verbatim match further on would be the same words somewhere else).
    """
    at = source.find(piece, cursor, end)
    if at >= 0:
        gap = source[cursor:at]
        if piece[0] not in gap and "&" not in gap and "\\" not in gap:
            builder.add(piece, at)
            return at + len(piece)
    ops, clean, after = _align(piece, source, cursor, end)
    if at >= 0 and (not clean or ops[0][1] >= at):
        builder.add(piece, at)
        return at + len(piece)
    for text, pos, exact in ops:
        (builder.add if exact else builder.add_synthetic)(text, pos)
    return after


def _align(piece: str, source: str, cursor: int, end: int) -> tuple[list[tuple[str, int, bool]], bool, int]:
    """Character-by-character alignment of ``piece`` to the source after ``cursor``.

    Returns ``(ops, clean, after)``: ``ops`` are ``(text, source_pos, exact)`` pieces covering
    the whole of ``piece``; ``clean`` is False if some character was found nowhere; ``after``
    is the source offset just past the piece. Each step
    moves forward by at most ``_LOOKAHEAD`` source characters, so this stays linear.
    """
    ops: list[tuple[str, int, bool]] = []
    clean = True
    i, j, n = 0, cursor, len(piece)
    while i < n:
        if j < end and source[j] == piece[i]:
            i0, j0 = i, j
            while i < n and j < end and source[j] == piece[i]:
                i += 1
                j += 1
            ops.append((piece[i0:i], j0, True))
            continue
        if j < end and source[j] == "&":
            m = _ENTITY.match(source, j, end)
            decoded = html.unescape(m.group()) if m else ""
            if m and decoded and piece.startswith(decoded, i):
                ops.append((decoded, j, False))
                i += len(decoded)
                j = m.end()
                continue
        if j + 1 < end and source[j] == "\\" and source[j + 1] == piece[i]:
            j += 1  # a backslash escape: the escaped character follows
            continue
        k = source.find(piece[i], j, min(end, j + _LOOKAHEAD))
        if k > j:
            j = k
            continue
        ops.append((piece[i], j, False))  # a character with no source (U+FFFD for NUL)
        clean = False
        i += 1
    return ops, clean, j


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
                cursor = _place(builder, piece, source, cursor, region_end)
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
