"""The ``Article`` every reader returns, and the offset map back to the original file."""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field
from typing import Any

from ..model import Paragraph


class InputError(Exception):
    """An input that cannot be audited. ``str(err)`` is one line naming the file and problem."""

    def __init__(self, path: str, problem: str, *, record: str | None = None):
        self.path = path
        self.problem = problem
        self.record = record
        where = f"{path}:{record}" if record else path
        super().__init__(f"{where}: {problem}")


@dataclass
class _Segment:
    text_start: int
    source_start: int
    length: int
    exact: bool  # False: every text position maps to source_start (entities, separators)


class OffsetMap:
    """Maps offsets in the analysed article text to offsets in the decoded original file.

    Readers build it piece by piece with :class:`TextBuilder`. Lookups are ``O(log n)``.
    """

    def __init__(self, segments: list[_Segment], source: str):
        self._segments = segments
        self._starts = [s.text_start for s in segments]
        self._source_starts = [s.source_start for s in segments]
        self.source = source
        self._line_starts = _line_starts(source)

    @classmethod
    def identity(cls, text: str, source: str | None = None, shift: int = 0) -> OffsetMap:
        return cls([_Segment(0, shift, len(text), True)], text if source is None else source)

    def to_source(self, offset: int) -> int:
        """Source offset of the character at text ``offset``."""
        if not self._segments:
            return 0
        i = max(0, bisect.bisect_right(self._starts, offset) - 1)
        seg = self._segments[i]
        if not seg.exact:
            return seg.source_start
        return seg.source_start + min(max(offset - seg.text_start, 0), seg.length)

    def to_text(self, source_offset: int) -> int:
        """Text offset of the first text character at or after ``source_offset``."""
        if not self._segments:
            return 0
        i = max(0, bisect.bisect_right(self._source_starts, source_offset) - 1)
        seg = self._segments[i]
        if seg.exact and source_offset <= seg.source_start + seg.length:
            return seg.text_start + max(0, source_offset - seg.source_start)
        if seg.source_start >= source_offset:
            return seg.text_start
        if i + 1 < len(self._segments):
            return self._segments[i + 1].text_start
        return seg.text_start + seg.length

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column in the original file of text ``offset``."""
        src = self.to_source(offset)
        line = bisect.bisect_right(self._line_starts, src)
        return line, src - self._line_starts[line - 1] + 1


def _line_starts(source: str) -> list[int]:
    """Offsets where lines start; ``\\n``, ``\\r\\n`` and a lone ``\\r`` all end a line."""
    starts = [0]
    i, n = 0, len(source)
    find_n, find_r = source.find, source.find
    while i < n:
        a = find_n("\n", i)
        b = find_r("\r", i)
        if a < 0 and b < 0:
            break
        if b >= 0 and (a < 0 or b < a):
            i = b + 2 if b + 1 < n and source[b + 1] == "\n" else b + 1
        else:
            i = a + 1
        starts.append(i)
    return starts


class TextBuilder:
    """Assembles article text from pieces of the source while recording where each came from."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._segments: list[_Segment] = []
        self._len = 0
        self.paragraphs: list[Paragraph] = []
        self._para_start: int | None = None

    def __len__(self) -> int:
        return self._len

    @property
    def tail(self) -> str:
        return self._parts[-1][-1:] if self._parts else ""

    def add(self, piece: str, source_start: int) -> None:
        """Append ``piece``, which is ``source[source_start:source_start+len(piece)]`` (or
        a same-length rewrite of it, such as whitespace normalised to spaces)."""
        if piece:
            self._segments.append(_Segment(self._len, source_start, len(piece), True))
            self._parts.append(piece)
            self._len += len(piece)

    def add_synthetic(self, piece: str, source_pos: int) -> None:
        """Append text with no one-to-one source (a decoded entity, a separator)."""
        if piece:
            self._segments.append(_Segment(self._len, source_pos, len(piece), False))
            self._parts.append(piece)
            self._len += len(piece)

    def open_paragraph(self) -> None:
        self._para_start = self._len

    def close_paragraph(self, kind: str = "body", source_pos: int = 0) -> None:
        start = self._para_start
        self._para_start = None
        if start is None:
            return
        text = "".join(self._parts)
        end = len(text.rstrip())
        while start < end and text[start].isspace():
            start += 1
        if end <= start:
            return
        self.paragraphs.append(Paragraph(start, end, kind))

    def separate(self, source_pos: int) -> None:
        """Put a paragraph break between blocks (only between them, never leading)."""
        if self._len and not "".join(self._parts[-2:]).endswith("\n\n"):
            self.add_synthetic("\n\n", source_pos)

    def build(self) -> tuple[str, list[_Segment]]:
        return "".join(self._parts), self._segments


@dataclass
class Article:
    """One article as quoteaudit analyses it.

    ``text`` is the prose only (no front matter, markup or code); ``paragraphs`` are spans
    of it; ``offsets`` maps any text offset back to the original file for line:column.
    """

    id: str
    path: str | None
    text: str
    paragraphs: list[Paragraph]
    metadata: dict[str, Any] = field(default_factory=dict)
    offsets: OffsetMap | None = None
    sha256: str = ""
    format: str = "text"

    def __post_init__(self) -> None:
        if self.offsets is None:
            self.offsets = OffsetMap.identity(self.text)
        if not self.sha256:
            self.sha256 = hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()

    def line_col(self, offset: int) -> tuple[int, int]:
        assert self.offsets is not None
        return self.offsets.line_col(offset)


def split_paragraphs(text: str, base: int = 0) -> list[Paragraph]:
    """Paragraphs of plain text: runs of non-blank lines (any line ending)."""
    paragraphs: list[Paragraph] = []
    n = len(text)
    i = 0
    while i < n:
        while i < n and text[i] in " \t\r\n\f\v\u00a0":
            i += 1
        if i >= n:
            break
        start = i
        end = n
        j = i
        while j < n:
            k = j
            # a blank line: newline, optional spaces, newline
            if text[k] in "\r\n":
                k += 2 if text[k] == "\r" and k + 1 < n and text[k + 1] == "\n" else 1
                m = k
                while m < n and text[m] in " \t\f\v\u00a0":
                    m += 1
                if m < n and text[m] in "\r\n":
                    end = j
                    break
                j = k
            else:
                j += 1
        else:
            end = n
        stop = end
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        paragraphs.append(Paragraph(base + start, base + stop, "body"))
        i = end
    return paragraphs


def content_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
