"""The ``Article`` every reader returns, and the offset map back to the original file."""

from __future__ import annotations

import bisect
import hashlib
import re
from array import array
from itertools import chain
from dataclasses import dataclass, field
from typing import Any

from ..model import Paragraph


class InputError(Exception):
    """An input that cannot be audited. ``str(err)`` is one line naming the file and problem."""

    def __init__(self, path: str, problem: str, *, record: str | None = None):
        problem = " ".join(problem.split())  # one line, whatever an exception message held
        self.path = path
        self.problem = problem
        self.record = record
        where = f"{path}:{record}" if record else path
        super().__init__(f"{where}: {problem}")


@dataclass(slots=True)
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
        if 0 < src < len(self.source) and self.source[src] == "\n" and self.source[src - 1] == "\r":
            src -= 1  # the LF of a CRLF is the same line end as its CR
        line = bisect.bisect_right(self._line_starts, src)
        return line, src - self._line_starts[line - 1] + 1


_NEWLINE = re.compile(r"\r\n|\r|\n")


def _line_starts(source: str) -> array:
    """Offsets where lines start; ``\\n``, ``\\r\\n`` and a lone ``\\r`` all end a line.

    One regex pass into a compact array: a 20 MB article has hundreds of thousands of
    lines, and a list of Python ints would cost ten times the memory.
    """
    starts = array("q", [0])
    starts.extend(m.end() for m in _NEWLINE.finditer(source))
    return starts


class TextBuilder:
    """Assembles article text from pieces of the source while recording where each came from.

    Everything is incremental (no re-joining of the text built so far), so building is
    linear in the size of the article however many paragraphs or pieces it has, and
    adjacent pieces that are adjacent in the source share one offset segment.
    """

    #: pieces are joined into blocks of this many so a huge article does not keep
    #: millions of one-word strings alive
    _BLOCK = 4096

    def __init__(self) -> None:
        self._blocks: list[str] = []
        self._parts: list[str] = []
        self._segments: list[_Segment] = []
        self._len = 0
        self._tail = ""  # the last two characters of the text so far
        self.paragraphs: list[Paragraph] = []
        self._para_start: int | None = None
        self._first: int | None = None  # first non-space offset in the open paragraph
        self._last: int | None = None  # end of the last non-space run in the open paragraph

    def __len__(self) -> int:
        return self._len

    @property
    def tail(self) -> str:
        return self._tail[-1:]

    def _append(self, piece: str, source_pos: int, exact: bool) -> None:
        last = self._segments[-1] if self._segments else None
        if exact and last is not None and last.exact and last.source_start + last.length == source_pos:
            last.length += len(piece)
        else:
            self._segments.append(_Segment(self._len, source_pos, len(piece), exact))
        if self._para_start is not None:
            lstripped = piece.lstrip()
            if lstripped:
                if self._first is None:
                    self._first = self._len + len(piece) - len(lstripped)
                self._last = self._len + len(piece.rstrip())
        self._parts.append(piece)
        if len(self._parts) >= self._BLOCK:
            self._blocks.append("".join(self._parts))
            self._parts = []
        self._len += len(piece)
        self._tail = (self._tail + piece[-2:])[-2:]

    def add(self, piece: str, source_start: int) -> None:
        """Append ``piece``, which is ``source[source_start:source_start+len(piece)]`` (or
        a same-length rewrite of it, such as whitespace normalised to spaces)."""
        if piece:
            self._append(piece, source_start, True)

    def add_synthetic(self, piece: str, source_pos: int) -> None:
        """Append text with no one-to-one source (a decoded entity, a separator)."""
        if piece:
            self._append(piece, source_pos, False)

    def open_paragraph(self) -> None:
        self._para_start = self._len
        self._first = self._last = None

    def close_paragraph(self, kind: str = "body", source_pos: int = 0) -> None:
        start, first, last = self._para_start, self._first, self._last
        self._para_start = self._first = self._last = None
        if start is None or first is None or last is None or last <= first:
            return
        self.paragraphs.append(Paragraph(first, last, kind))

    def separate(self, source_pos: int) -> None:
        """Put a paragraph break between blocks (only between them, never leading)."""
        if self._len and not self._tail.endswith("\n\n"):
            self.add_synthetic("\n\n", source_pos)

    def build(self) -> tuple[str, list[_Segment]]:
        return "".join(self._blocks + self._parts), self._segments


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


# A blank line: a line ending, optional horizontal space, another line ending. ``\r\n`` is
# one ending (the lookahead stops a lone ``\r`` from pairing with its own ``\n``).
_BLANK_LINE = re.compile(r"(?:\r\n|\r(?!\n)|\n)[ \t\f\v\u00a0]*[\r\n]")
_LEADING_SPACE = re.compile(r"[ \t\r\n\f\v\u00a0]*")


def split_paragraphs(text: str, base: int = 0) -> list[Paragraph]:
    """Paragraphs of plain text: runs of non-blank lines (any line ending)."""
    paragraphs: list[Paragraph] = []
    pos = 0
    n = len(text)
    ends = chain((m.start() for m in _BLANK_LINE.finditer(text)), (n,))
    for end in ends:
        start = _LEADING_SPACE.match(text, pos, end).end() if pos < end else end
        if start < end:
            stop = start + len(text[start:end].rstrip())
            if stop > start:
                paragraphs.append(Paragraph(base + start, base + stop, "body"))
        pos = end
    return paragraphs


def line_paragraphs(text: str, base: int = 0) -> list[Paragraph] | None:
    """One paragraph per line, for plain text that puts each paragraph on a line of its
    own with no blank lines between (a common CMS export), or None for any other text.

    Read so when the text has no blank line, at least two lines, lines too long to be
    hard-wrapped (the test of :func:`unwrap_lines`), and most lines ending their sentence
    (:data:`_SENTENCE_FINAL`). Otherwise the whole text would be one paragraph, and every
    paragraph rule (continued quotes, floating speakers, a claim's context) would be off."""
    if _BLANK_LINE.search(text):
        return None
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\r\n]+", text) if text[m.start() : m.end()].strip()]
    if len(lines) < 2:
        return None
    lengths = sorted(len(text[a:b].strip()) for a, b in lines)
    if lengths[(len(lengths) - 1) * 9 // 10] <= WRAP_WIDTH:
        return None  # wrapped text: lines are pieces of paragraphs
    ending = sum(1 for a, b in lines if text[a:b].rstrip()[-1:] in _SENTENCE_FINAL)
    if ending * 2 <= len(lines):
        return None
    out = []
    for a, b in lines:
        start = _LEADING_SPACE.match(text, a, b).end()
        stop = start + len(text[start:b].rstrip())
        if stop > start:
            out.append(Paragraph(base + start, base + stop, "body"))
    return out


# A line break inside a paragraph: text before it on its line, text after it on the next.
_LINE_BREAK_IN_PARAGRAPH = re.compile(r"(?<=\S)([ \t\u00a0]*)(\r\n|\r|\n)(?=[ \t\u00a0]*\S)")
#: a line ending in one of these ends its sentence, so the break after it may be a
#: paragraph break in text that uses one line per paragraph
_SENTENCE_FINAL = frozenset(".!?:;\"”’'»)")


#: the widest column plain text is hard-wrapped at (email and wire copy wrap at 65-80)
WRAP_WIDTH = 100
#: a wrapped line runs close to the width it is wrapped at; a line shorter than this ends
#: where the writer ended it
MIN_WRAPPED_LINE = 40
_NEWLINE_SPLIT = re.compile(r"\r\n|\r|\n")


def unwrap_lines(text: str) -> str:
    """``text`` with the line breaks of hard-wrapped paragraphs turned into spaces, one space
    per character, so that every offset stays the same.

    Plain text is often wrapped at a fixed width ("said Mayor Ana\nLopez"), and a line break
    inside a sentence cuts the sentence, the name and the quote in two for the parser. A
    break is unwrapped only when the line before it stops mid-sentence (no full stop,
    closing quote or colon at its end), is not the first line (the headline) nor a short
    line (a byline), and only in text that is wrapped at all: nine lines in ten no longer than :data:`WRAP_WIDTH`.
    Text that puts a paragraph on each line has long lines, and keeps every break (a
    sign-off "― Sonya Herridge" ends its line with no punctuation).
    """
    lengths = sorted(len(line.strip()) for line in _NEWLINE_SPLIT.split(text) if line.strip())
    if len(lengths) < 2 or lengths[(len(lengths) - 1) * 9 // 10] > WRAP_WIDTH:
        return text
    first_break = text.find("\n")
    first_cr = text.find("\r")
    first_line_end = min(i for i in (first_break, first_cr, len(text)) if i >= 0)
    head = len(text) - len(text.lstrip())
    if head:  # leading blank lines: the headline is the first line with text
        nl = [i for i in (text.find("\n", head), text.find("\r", head)) if i >= 0]
        first_line_end = min(nl) if nl else len(text)

    def soften(m: re.Match[str]) -> str:
        if m.start() <= first_line_end or text[m.start() - 1] in _SENTENCE_FINAL:
            return m.group(0)
        line_start = max(text.rfind("\n", 0, m.start()), text.rfind("\r", 0, m.start())) + 1
        if m.start() - line_start < MIN_WRAPPED_LINE:
            return m.group(0)  # a short line ("By Jane Doe", "WASHINGTON") ends where it means to
        return m.group(1) + " " * len(m.group(2))

    return _LINE_BREAK_IN_PARAGRAPH.sub(soften, text)


#: "By Jane Doe and John Roe, Associated Press": a byline on a line of its own
BYLINE_LINE = re.compile(r"[ \t]*by\s+[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|&|de|van|von))*\s*(?:[,|]\s*[^\n]{0,60})?[ \t]*$", re.IGNORECASE)
#: how many opening paragraphs (headline, dek, byline) a byline line may be among
_BYLINE_PARAGRAPHS = 3


def byline_in_the_opening_lines(text: str, paragraphs: list[Paragraph]) -> str | None:
    """``By Daniel Okafor`` as a line of its own under the headline: plain text pasted
    from a CMS carries the byline in the article, not in a ``byline:`` header, and a
    column's "I" is its writer. The line as written (``byline_author`` drops the "By"
    and any outlet after a comma), from one of the first paragraphs, or None."""
    for para in paragraphs[:_BYLINE_PARAGRAPHS]:
        line = text[para.start : para.end].strip()
        if "\n" not in line and is_byline_line(line):
            return line
    return None


def is_byline_line(line: str) -> bool:
    """A line that is only a byline: "By", then capitalised names (joined by "and", "&"
    or a particle) and at most an outlet after a comma. "By March the council had voted"
    is a sentence."""
    if len(line) > 80 or not BYLINE_LINE.match(line):
        return False
    names = line.strip()[2:].split(",")[0].split("|")[0].split()
    return line.strip()[:2].lower() == "by" and all(w[:1].isupper() or w in ("and", "&", "de", "van", "von") for w in names)


def content_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


_SURROGATE = re.compile("[\ud800-\udfff]")


def scrub(text: str) -> str:
    """Replace lone surrogates (from ``"\\ud800"`` in JSON or YAML, or undecodable file
    names) with U+FFFD. Same length, so offsets are unchanged; without this, writing the
    report would fail with an encoding error."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def display_path(path: str) -> str:
    """A file name as it can be printed on one line and written as UTF-8: undecodable
    bytes (surrogate escapes) become U+FFFD and control characters (a newline, a terminal
    escape) are shown escaped, as ``\\n`` or ``\\x1b``."""
    path = scrub(path)
    if _CONTROL.search(path):
        path = _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), path)
    return path


class DataTooComplex(ValueError):
    """Metadata nested too deeply, too large, or referring to itself."""


#: metadata (front matter, JSON Lines fields) deeper or bigger than this is refused
MAX_METADATA_DEPTH = 32
MAX_METADATA_NODES = 20_000


def plain_data(value: Any) -> Any:
    """Metadata as JSON-safe, deterministic plain data.

    YAML dates become ISO strings, sets sorted lists, lone surrogates U+FFFD. Raises
    :class:`DataTooComplex` for data deeper than ``MAX_METADATA_DEPTH`` or with more than
    ``MAX_METADATA_NODES`` values: YAML aliases can make a few lines expand to billions
    of values ("billion laughs") or refer to themselves.
    """
    budget = [MAX_METADATA_NODES]

    def walk(v: Any, depth: int) -> Any:
        budget[0] -= 1
        if budget[0] < 0:
            raise DataTooComplex(f"has more than {MAX_METADATA_NODES} values")
        if depth > MAX_METADATA_DEPTH:
            raise DataTooComplex(f"is nested more than {MAX_METADATA_DEPTH} levels deep")
        if isinstance(v, str):
            return scrub(v)
        if isinstance(v, bool) or v is None or isinstance(v, int):
            return v
        if isinstance(v, float):
            return v if v == v and v not in (float("inf"), float("-inf")) else str(v)
        if isinstance(v, dict):
            return {scrub(str(k)): walk(x, depth + 1) for k, x in v.items()}
        if isinstance(v, (list, tuple)):
            return [walk(x, depth + 1) for x in v]
        if isinstance(v, (set, frozenset)):
            return sorted((walk(x, depth + 1) for x in v), key=repr)
        if isinstance(v, (bytes, bytearray)):
            return scrub(bytes(v).decode("utf-8", "replace"))
        if hasattr(v, "isoformat"):
            return v.isoformat()
        return scrub(str(v))

    return walk(value, 0)
