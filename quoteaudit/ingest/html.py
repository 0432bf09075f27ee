"""HTML articles.

The body is walked with the standard library's tolerant ``html.parser`` tokenizer because
it reports the source position of every tag, text run and entity, which is what lets a
finding point at the right line and column of the original file (selectolax and lxml
build a better tree but do not keep source offsets). ``<head>`` metadata (title, meta
tags, JSON-LD dates) is read with selectolax.

Skipped: script, style, nav, header/footer chrome, aside, figure and figcaption, forms,
iframes, SVG and anything ``hidden``. Block elements become paragraphs.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser
from typing import Any

from .base import Article, OffsetMap, TextBuilder

_SKIP = {
    "script", "style", "nav", "noscript", "template", "iframe", "svg", "math", "figure",
    "figcaption", "aside", "form", "button", "select", "textarea", "head", "footer", "object",
    "canvas", "video", "audio", "picture", "map",
}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
_BLOCK = {
    "p", "div", "section", "article", "main", "blockquote", "li", "ul", "ol", "dl", "dt", "dd",
    "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "tr", "td", "th", "body", "html",
    "header", "address", "center", "hgroup", "details", "summary", "br", "hr",
}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


class _Walker(HTMLParser):
    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self.source = source
        self._line_starts = [0]
        for i, ch in enumerate(source):
            if ch == "\n":
                self._line_starts.append(i + 1)
        self.builder = TextBuilder()
        self.stack: list[str] = []
        self.skip_depth = 0
        self.kind_stack: list[str] = []
        self.in_paragraph = False

    # -- positions -------------------------------------------------------------------------
    def _pos(self) -> int:
        line, col = self.getpos()
        return self._line_starts[line - 1] + col

    # -- structure -------------------------------------------------------------------------
    def _kind(self) -> str:
        for tag in reversed(self.stack):
            if tag in _HEADINGS:
                return "heading"
            if tag == "blockquote":
                return "blockquote"
            if tag == "li":
                return "list"
        return "body"

    def _break(self) -> None:
        if self.in_paragraph:
            self.builder.close_paragraph(self._para_kind, self._pos())
            self.in_paragraph = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        hidden = any(k == "hidden" or (k == "aria-hidden" and v == "true") for k, v in attrs)
        if "head" in self.stack and (tag == "body" or (tag in _BLOCK and tag != "html")):
            # body content with no </head>: browsers close the head here, and so do we
            while self.stack:
                top = self.stack.pop()
                if self.skip_depth:
                    self.skip_depth -= 1
                if top == "head":
                    break
        if tag in _VOID:
            if tag in ("br", "hr") and not self.skip_depth:
                self._break()
            return
        if self.skip_depth or tag in _SKIP or hidden:
            self.skip_depth += 1
            self.stack.append(tag)
            return
        if tag in _BLOCK:
            self._break()
        self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr") and not self.skip_depth:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if tag not in self.stack:
            return  # a stray end tag: ignore it, as browsers do
        while self.stack:
            top = self.stack.pop()
            if self.skip_depth:
                self.skip_depth -= 1
            elif top in _BLOCK:
                self._break()
            if top == tag:
                break

    # -- text --------------------------------------------------------------------------------
    def _emit(self, piece: str, at: int, exact: bool) -> None:
        if self.skip_depth or not piece:
            return
        if not self.in_paragraph:
            if not piece.strip():
                return
            self.builder.separate(at)
            self.builder.open_paragraph()
            self._para_kind = self._kind()
            self.in_paragraph = True
        if exact:
            # collapse HTML whitespace runs to one space, keeping a one-to-one map
            out_start = None
            i = 0
            n = len(piece)
            while i < n:
                if piece[i] in " \t\r\n\f":
                    j = i
                    while j < n and piece[j] in " \t\r\n\f":
                        j += 1
                    if out_start is not None:
                        self.builder.add(piece[out_start:i], at + out_start)
                        out_start = None
                    if self.builder.tail not in (" ", "\n", ""):
                        self.builder.add(" ", at + i)
                    i = j
                else:
                    if out_start is None:
                        out_start = i
                    i += 1
            if out_start is not None:
                self.builder.add(piece[out_start:], at + out_start)
        else:
            self.builder.add_synthetic(piece, at)

    def handle_data(self, data: str) -> None:
        self._emit(data, self._pos(), True)

    def handle_entityref(self, name: str) -> None:
        self._emit(html.unescape(f"&{name};"), self._pos(), False)

    def handle_charref(self, name: str) -> None:
        self._emit(html.unescape(f"&#{name};"), self._pos(), False)

    def finish(self) -> None:
        self.close()
        self._break()


def _head_metadata(source: str) -> dict[str, Any]:
    from selectolax.lexbor import LexborHTMLParser as Lexbor

    tree = Lexbor(source)
    meta: dict[str, Any] = {}
    title = tree.css_first("title")
    if title is not None and title.text(strip=True):
        meta["title"] = title.text(strip=True)
    for node in tree.css("meta"):
        key = node.attributes.get("property") or node.attributes.get("name") or ""
        value = node.attributes.get("content")
        if not value:
            continue
        key = key.lower()
        if key in ("og:title", "twitter:title") and "title" not in meta:
            meta["title"] = value
        elif key in ("author", "article:author", "byl"):
            meta.setdefault("author", value)
        elif key in ("article:published_time", "date", "pubdate", "dc.date"):
            meta.setdefault("date", value)
        elif key in ("description", "og:description"):
            meta.setdefault("description", value)
    return meta


def read_html(source: str, *, path: str | None, article_id: str, sha256: str) -> Article:
    walker = _Walker(source)
    walker.feed(source)
    walker.finish()
    text, segments = walker.builder.build()
    return Article(
        id=article_id,
        path=path,
        text=text,
        paragraphs=walker.builder.paragraphs,
        metadata=_head_metadata(source),
        offsets=OffsetMap(segments, source),
        sha256=sha256,
        format="html",
    )
