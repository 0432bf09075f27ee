"""Ingest: find article files and read each into an :class:`Article`.

One reader per format (``text``, ``markdown``, ``html``, ``jsonl``); :func:`iter_articles`
turns command-line paths (files, directories, globs) into a stream of articles and
:class:`InputError` values, never raising for a bad input so the rest still get audited.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator

from .base import Article, InputError, OffsetMap, TextBuilder, content_sha256, split_paragraphs
from .decode import decode_bytes
from .html import read_html
from .jsonl import iter_jsonl, parse_record
from .markdown import read_markdown
from .text import read_text

__all__ = [
    "Article", "InputError", "OffsetMap", "TextBuilder", "iter_articles", "read_file",
    "read_string", "discover", "split_paragraphs", "FORMATS",
]

#: file extension -> format name
FORMATS = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".mkd": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
}

#: files larger than this are refused before they are read (bytes); see ``max-bytes`` in config
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


def format_of(path: str) -> str | None:
    return FORMATS.get(os.path.splitext(path)[1].lower())


def read_string(source: str, fmt: str, *, path: str | None = None, article_id: str | None = None) -> list[Article | InputError]:
    """Read already-decoded text in ``fmt``; the entry point tests and the spaCy factory use."""
    article_id = article_id or path or "<string>"
    sha = content_sha256(source.encode("utf-8", "surrogatepass"))
    if fmt == "jsonl":
        return list(iter_jsonl(source, path=path or article_id))
    reader = {"text": read_text, "markdown": read_markdown, "html": read_html}[fmt]
    return [reader(source, path=path, article_id=article_id, sha256=sha)]


def read_file(path: str, fmt: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | InputError]:
    """Yield the article(s) in one file. Inputs are opened read-only and never written."""
    fmt = fmt or format_of(path)
    if fmt is None:
        ext = os.path.splitext(path)[1] or "(none)"
        yield InputError(path, f"has an unknown extension {ext}; use .txt, .md, .html or .jsonl")
        return
    try:
        size = os.path.getsize(path)
        if fmt != "jsonl" and size > max_bytes:
            yield InputError(path, f"is {size / 1048576:.1f} MB, over the {max_bytes / 1048576:.1f} MB article size limit (max-bytes); skipped")
            return
        if fmt == "jsonl":
            yield from _read_jsonl_file(path, max_bytes)
            return
        with open(path, "rb") as fh:
            data = fh.read()
    except IsADirectoryError:
        yield InputError(path, "is a directory, not an article file")
        return
    except PermissionError:
        yield InputError(path, "cannot be read (permission denied)")
        return
    except OSError as exc:
        yield InputError(path, f"cannot be read ({exc.strerror or exc})")
        return
    if not data.strip():
        yield InputError(path, "is empty")
        return
    try:
        source, _encoding = decode_bytes(data, path)
    except InputError as err:
        yield err
        return
    if not source.strip():
        yield InputError(path, "is empty (whitespace only)")
        return
    reader = {"text": read_text, "markdown": read_markdown, "html": read_html}[fmt]
    try:
        article = reader(source, path=path, article_id=path, sha256=content_sha256(data))
    except RecursionError:
        yield InputError(path, "is nested too deeply to read")
        return
    if not article.text.strip():
        yield InputError(path, "has no article text (only markup, front matter or code)")
        return
    yield article


def _read_jsonl_file(path: str, max_bytes: int) -> Iterator[Article | InputError]:
    """JSON Lines are streamed line by line so a 50,000-line file stays in bounded memory."""
    seen: set[str] = set()
    any_line = False
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            any_line = True
            if len(raw) > max_bytes:
                yield InputError(path, f"is {len(raw) / 1048576:.1f} MB, over the article size limit (max-bytes); skipped", record=f"line {lineno}")
                continue
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError:
                yield InputError(path, "is not UTF-8 (JSON Lines must be)", record=f"line {lineno}")
                continue
            yield parse_record(line, path=path, lineno=lineno, seen=seen)
    if not any_line:
        yield InputError(path, "is empty")


def discover(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Expand command-line paths into article files, in a stable order.

    Directories are walked recursively (hidden folders skipped, symlink loops detected);
    globs are expanded; a path or directory that yields nothing is an error.
    """
    for raw in paths:
        if any(ch in raw for ch in "*?[") and not os.path.exists(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            files = [m for m in matches if os.path.isfile(m) and format_of(m)]
            if not files:
                yield InputError(raw, "matches no article files")
            yield from files
            continue
        if os.path.isdir(raw):
            found = list(_walk(raw))
            if not found:
                yield InputError(raw, "is a directory with no articles (.txt, .md, .html, .jsonl)")
            yield from found
            continue
        if os.path.islink(raw) and not os.path.exists(raw):
            yield InputError(raw, "is a broken symbolic link")
            continue
        if not os.path.exists(raw):
            yield InputError(raw, "does not exist")
            continue
        yield raw


def _walk(root: str) -> Iterator[str]:
    seen: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        real = os.path.realpath(dirpath)
        if real in seen:
            dirnames[:] = []
            continue
        seen.add(real)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in ("node_modules", "__pycache__"))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            full = os.path.join(dirpath, name)
            if format_of(full) and os.path.exists(full):
                yield full


def iter_articles(paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | InputError]:
    for item in discover(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_file(item, max_bytes=max_bytes)
