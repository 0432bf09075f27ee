"""HTML articles.

The body is walked with the standard library's tolerant ``html.parser`` tokenizer because
it reports the source position of every tag, text run and entity, which is what lets a
finding point at the right line and column of the original file (selectolax and lxml
build a better tree but do not keep source offsets). ``<head>`` metadata (``<title>`` and
``<meta>`` tags) is collected in the same pass.

Skipped: script, style, nav, header/footer chrome, aside, figure and figcaption, forms,
iframes, SVG and anything ``hidden``. Block elements become paragraphs.
"""

from __future__ import annotations

import html
import re
from array import array
from collections import Counter
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
_UNTERMINATED = re.compile(r"<[A-Za-z!?/]")
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")
#: open tags that make the text inside them a paragraph of another kind
_KIND = {**{h: "heading" for h in _HEADINGS}, "blockquote": "blockquote", "li": "list"}


class _Walker(HTMLParser):
    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self.source = source
        # html.parser counts lines by "\n" alone, so these starts must too
        self._line_starts = array("q", [0])
        self._line_starts.extend(m.end() for m in re.finditer("\n", source))
        self.builder = TextBuilder()
        self.stack: list[str] = []
        # How many of each tag are open, and the open headings/blockquotes/list items
        # innermost last: malformed pages can leave hundreds of thousands of tags open,
        # and scanning the stack for every tag would make reading them quadratic.
        self.open_count: Counter[str] = Counter()
        self.kind_stack: list[str] = []
        self.skip_depth = 0
        self.in_paragraph = False
        # <head> metadata, read in the same single pass (a second HTML5 parse costs
        # quadratic time on deeply nested pages)
        self.title: str | None = None
        self._title_parts: list[str] | None = None
        self.metas: list[dict[str, str | None]] = []

    # -- positions -------------------------------------------------------------------------
    def _pos(self) -> int:
        line, col = self.getpos()
        return self._line_starts[line - 1] + col

    # -- structure -------------------------------------------------------------------------
    def _kind(self) -> str:
        return _KIND[self.kind_stack[-1]] if self.kind_stack else "body"

    def _push(self, tag: str) -> None:
        self.stack.append(tag)
        self.open_count[tag] += 1
        if tag in _KIND:
            self.kind_stack.append(tag)

    def _pop(self) -> str:
        top = self.stack.pop()
        self.open_count[top] -= 1
        if top in _KIND:
            self.kind_stack.pop()
        return top

    def _break(self) -> None:
        if self.in_paragraph:
            self.builder.close_paragraph(self._para_kind, self._pos())
            self.in_paragraph = False

    def _head_tag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self.metas.append(dict(attrs))
        elif tag == "title" and self.title is None and self._title_parts is None:
            if not (self.open_count["svg"] or self.open_count["math"]):
                self._title_parts = []

    def _end_title(self) -> None:
        if self._title_parts is not None:
            self.title = " ".join("".join(self._title_parts).split())
            self._title_parts = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._head_tag(tag, attrs)
        hidden = any(k == "hidden" or (k == "aria-hidden" and v == "true") for k, v in attrs)
        if self.open_count["head"] and (tag == "body" or (tag in _BLOCK and tag != "html")):
            # body content with no </head>: browsers close the head here, and so do we
            while self.stack:
                top = self._pop()
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
            self._push(tag)
            return
        if tag in _BLOCK:
            self._break()
        self._push(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._head_tag(tag, attrs)
        if tag in ("br", "hr") and not self.skip_depth:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._end_title()
        if tag in _VOID:
            return
        if not self.open_count[tag]:
            return  # a stray end tag: ignore it, as browsers do
        while self.stack:
            top = self._pop()
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
            pos = 0
            for m in _HTML_SPACE.finditer(piece):
                if m.start() > pos:
                    self.builder.add(piece[pos : m.start()], at + pos)
                if self.builder.tail not in (" ", "\n", ""):
                    self.builder.add(" ", at + m.start())
                pos = m.end()
            if pos < len(piece):
                self.builder.add(piece[pos:], at + pos)
        else:
            self.builder.add_synthetic(piece, at)

    def handle_data(self, data: str) -> None:
        if self._title_parts is not None:
            self._title_parts.append(data)
        self._emit(data, self._pos(), True)

    def handle_entityref(self, name: str) -> None:
        decoded = html.unescape(f"&{name};")
        if self._title_parts is not None:
            self._title_parts.append(decoded)
        self._emit(decoded, self._pos(), False)

    def handle_charref(self, name: str) -> None:
        decoded = html.unescape(f"&#{name};")
        if self._title_parts is not None:
            self._title_parts.append(decoded)
        self._emit(decoded, self._pos(), False)

    def finish(self) -> None:
        # What html.parser could not finish is an unterminated comment or tag ("<!-- ..."
        # or "<p class='..." to the end of the file). Browsers read it as markup, not
        # text; html.parser would hand it to us as text.
        if _UNTERMINATED.match(self.rawdata):
            self.rawdata = ""
        self.close()
        self._break()
        self._end_title()


def _head_metadata(walker: _Walker) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    if walker.title:
        meta["title"] = walker.title
    for attrs in walker.metas:
        key = attrs.get("property") or attrs.get("name") or ""
        value = attrs.get("content")
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
        metadata=_head_metadata(walker),
        offsets=OffsetMap(segments, source),
        sha256=sha256,
        format="html",
    )
