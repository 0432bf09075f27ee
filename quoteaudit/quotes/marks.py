"""Quote marks: find them, tell them from apostrophes and primes, and pair them.

Works on characters only (no parse), in one left-to-right pass per block of text, so it
is linear in the article length and never fails: a mark that opens or closes nothing is
recovered from locally and reported as a :class:`StrayMark`, and the rest of the block
(and article) keeps its quotes.

Direction comes from the mark's surroundings first (a mark with a space before it and a
letter after it opens, whatever its glyph), and from the glyph only when the context
says nothing: that is what makes mismatched marks (``“A,“``), German ``„A“``, reversed
guillemets and straight quotes all pair the same way.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ..lexicons import load_set

OPEN, CLOSE, EITHER = "open", "close", "either"

#: words a writer puts between quoted pieces said or given in one breath: "chanted “A” and
#: “B”", "called him a “liar,” an “egotist” and “a fraud”" (one quote: direct.coordinated_words,
#: indirect._label_run; checked piece by piece against the source: evidence.check)
QUOTE_JOINERS = frozenset({"and", "or"})
#: articles a run of quoted labels may carry between its labels ("a “nasty guy,” an “anchor baby”")
LABEL_ARTICLES = frozenset({"a", "an", "the"})

#: double marks and the direction their glyph suggests
DOUBLE_GLYPHS = {
    '"': EITHER, "“": OPEN, "”": CLOSE, "„": OPEN, "‟": OPEN, "«": OPEN, "»": CLOSE,
    "″": EITHER, "〝": OPEN, "〞": CLOSE, "＂": EITHER,
}
#: single marks; ’ and ' are also apostrophes, ′ also a prime (feet, minutes)
SINGLE_GLYPHS = {"'": EITHER, "‘": OPEN, "’": CLOSE, "‚": OPEN, "‛": OPEN, "‹": OPEN, "›": CLOSE, "′": EITHER}
#: two-character double marks of typewriter and wire copy (``like this'')
DIGRAPHS = {"``": OPEN, "''": EITHER, "‘‘": OPEN, "’’": CLOSE, ",,": OPEN}

#: glyph families: a mark of another family inside an open quote is a nested quote
#: (Breitbart-style "outer “inner” outer"), not a mismatched close
_FAMILY = {'"': "straight", "″": "straight", "＂": "straight", "''": "straight", "``": "straight",
           "“": "curly", "”": "curly", "„": "curly", "‟": "curly", "〝": "curly", "〞": "curly",
           "‘‘": "curly", "’’": "curly", ",,": "curly", "«": "angle", "»": "angle"}

_OPENERS_BEFORE = set("([{<—–―-/\u00a0") | set(DOUBLE_GLYPHS) | set(SINGLE_GLYPHS)
_CLOSERS_AFTER = set(".,;:!?)]}>—–―-…/") | set(DOUBLE_GLYPHS) | set(SINGLE_GLYPHS)
_SENTENCE_END = ".?!…"


@dataclass
class StrayMark:
    """A quote mark that opens or closes nothing; reported by a rule."""

    start: int
    end: int
    text: str
    reason: str


@dataclass
class Mark:
    start: int
    end: int
    text: str
    double: bool
    role: str  # OPEN, CLOSE or EITHER after looking at the context


@dataclass
class QuotedSpan:
    """Text between a pair of quote marks, marks included.

    ``start``/``end`` cover the marks; a span recovered from a missing mark starts (or
    ends) where the quote most plausibly did. ``inner_start``/``inner_end`` exclude the
    marks. ``parent`` is the index of the double-quoted span a single-quoted one sits in;
    ``next_part`` links the pieces of a quote that runs over several paragraphs.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    double: bool = True
    parent: int | None = None
    next_part: int | None = None
    prev_part: int | None = None
    recovered: bool = False

    @property
    def continued(self) -> bool:
        return self.next_part is not None or self.prev_part is not None


@dataclass
class MarkScan:
    spans: list[QuotedSpan] = field(default_factory=list)
    strays: list[StrayMark] = field(default_factory=list)


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _context_role(text: str, start: int, end: int) -> str | None:
    """OPEN or CLOSE when the surroundings say so; EITHER when the mark stands between
    spaces (spaced typesetting: the pairing state decides, not the glyph); None when the
    context says nothing and the glyph decides."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if _is_space(before) and _is_space(after):
        return EITHER
    left = _is_space(before) or before in _OPENERS_BEFORE
    right = _is_space(after) or after in _CLOSERS_AFTER
    if left and not right:
        return OPEN
    if right and not left:
        return CLOSE
    return None


def _is_apostrophe(text: str, i: int, ch: str) -> bool:
    """``don’t``, ``O’Brien``, ``’90s``, ``’em``, ``5′``: not quote marks."""
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if before.isalnum() and after.isalnum():
        return True
    if ch in "′'" and before.isdigit():  # 5′ 10″, 6' tall
        return True
    if after.isdigit() and not before.isalnum() and ch in "’'‘":
        # ’90s, '16 — but not ‘2020 was a hard year,’ (a digit that starts a quote is
        # rare; the year/decade elision is common)
        j = i + 1
        while j < len(text) and text[j].isdigit():
            j += 1
        return j - i - 1 == 2
    if after.isalpha() and not before.isalnum():
        j = i + 1
        while j < len(text) and text[j].isalpha():
            j += 1
        if text[i + 1 : j].lower() in load_set("elisions.txt") and (j >= len(text) or not text[j].isalpha()):
            return True
    return False


_CANDIDATE = re.compile("|".join(re.escape(d) for d in DIGRAPHS) + "|[" + re.escape("".join(DOUBLE_GLYPHS) + "".join(SINGLE_GLYPHS)) + "]")


#: what follows the closing mark of a markup attribute's value: another attribute or the
#: end of the tag (``author="…" date="…">``)
_AFTER_VALUE = re.compile(r"""\s+[\w:-]+=["']|\s*/?>""")
#: the longest attribute value looked through for that end; past it, the first mark closes
MARKUP_VALUE = 1200


def markup_value_end(text: str, i: int, ch: str, end: int) -> int:
    """``<tweet author="…" date="that in an apples-to-apples comparison, … so we rate it
    Mostly True.">``: a mark right after ``=`` opens the value of an attribute of markup
    left in the text, and the value runs to the mark followed by the next attribute or
    the tag's end, however long (an embed may copy a whole paragraph of the story into
    it). Its marks are markup, not quotation: read as one, the value's end closes a quote
    nobody opened and the story's next quote pairs with the wrong mark. A value with no
    such end closes at its first mark within 200 characters, as a short ``author="…"``
    does. Returns the closing mark's offset, or -1."""
    j = text.find(ch, i + 1, min(end, i + MARKUP_VALUE))
    while j > 0:
        if _AFTER_VALUE.match(text, j + 1):
            return j
        j = text.find(ch, j + 1, min(end, i + MARKUP_VALUE))
    return text.find(ch, i + 1, min(end, i + 200))


#: past every offset, for bisecting spans by their start
_FAR = 1 << 62
#: a tag of markup left in the text whose attributes carry quoted values, which may run
#: over line breaks: ``<tweet author="…" date="…\n— …">``
_MARKUP_TAG = re.compile(r"""<[A-Za-z][\w-]*(?:\s+[\w:-]+=(?:"[^"<>]{0,3000}"|'[^'<>]{0,3000}'))+\s*/?>""")


def markup_tags(text: str) -> list[tuple[int, int]]:
    """``<tweet tweet-author="…" tweet-date="\n— Reduce regulations.\n— Continue
    fracking.">``: the spans of markup tags with quoted attribute values, found over the
    whole text, since a value copied from the story may hold its line breaks. Their marks
    are markup, never quotation (:func:`markup_value_end` does the same within a line):
    a value's closing mark two paragraphs down would close a quote nobody opened."""
    return [m.span() for m in _MARKUP_TAG.finditer(text)] if "=" in text else []


def scan_marks(text: str, start: int, end: int) -> list[Mark]:
    """Every quote mark in ``text[start:end]`` with its direction from context and glyph."""
    marks: list[Mark] = []
    skip_to = start
    for m in _CANDIDATE.finditer(text, start, end):
        i = m.start()
        if i < skip_to:
            continue
        two = m.group()
        if len(two) == 2:
            ctx = _context_role(text, i, i + 2)
            marks.append(Mark(i, i + 2, two, True, ctx or DIGRAPHS[two]))
            continue
        ch = two
        if ch in DOUBLE_GLYPHS:
            if ch == "″" and i > 0 and text[i - 1].isdigit():
                continue  # 6′3″ tall
            if i > 0 and text[i - 1] == "=":
                # author="…": markup left in the text, not a quotation; skip the value
                close = markup_value_end(text, i, ch, end)
                skip_to = close + 1 if close > 0 else i + 1
                continue
            ctx = _context_role(text, i, i + 1)
            marks.append(Mark(i, i + 1, ch, True, ctx or DOUBLE_GLYPHS[ch]))
        elif not _is_apostrophe(text, i, ch):
            ctx = _context_role(text, i, i + 1)
            marks.append(Mark(i, i + 1, ch, False, ctx or SINGLE_GLYPHS[ch]))
    return marks


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    """Is offset ``at`` inside one of the sorted, disjoint ``spans``?"""
    i = bisect_right(spans, (at, _FAR)) - 1 if spans else -1
    return i >= 0 and spans[i][0] <= at < spans[i][1]


def _blocks(text: str, paragraphs) -> list[tuple[int, int]]:
    """Paragraph spans, each cut further at line breaks (single newlines matter for
    continuation; wrapped lines are re-joined by the pairing below)."""
    spans = [(p.start, p.end) for p in paragraphs] or [(0, len(text))]
    blocks: list[tuple[int, int]] = []
    for s, e in spans:
        i = s
        while i < e:
            j = text.find("\n", i, e)
            if j < 0:
                j = e
            if text[i:j].strip():
                blocks.append((i, j))
            i = j + 1
    return blocks


def _trim_back(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


def _sentence_start_before(text: str, lo: int, pos: int) -> int:
    """Start of the sentence that ``pos`` is in, not before ``lo``."""
    i = pos - 1
    while i > lo:
        if text[i - 1] in _SENTENCE_END and text[i].isspace():
            break
        i -= 1
    while i < pos and text[i].isspace():
        i += 1
    return max(i, lo)


def _sentence_end_after(text: str, pos: int, hi: int) -> int:
    i = pos
    while i < hi:
        if text[i] in _SENTENCE_END and (i + 1 >= hi or text[i + 1].isspace()):
            return i + 1
        i += 1
    return _trim_back(text, pos, hi)


def pair_marks(text: str, paragraphs) -> MarkScan:
    """Pair the double quote marks of every block, then single marks inside and outside
    them. Returns the quoted spans in text order and the stray marks."""
    scan = MarkScan()
    blocks = _blocks(text, paragraphs)
    tags = markup_tags(text)
    doubles: list[QuotedSpan] = []
    singles_marks: list[Mark] = []
    nested: list[QuotedSpan] = []
    nested_open: Mark | None = None
    open_mark: Mark | None = None
    open_from: int | None = None  # recovered start for a continuation piece
    last_piece: int | None = None  # index of the previous piece of a multi-block quote

    def emit(s: int, e: int, inner_s: int, inner_e: int, recovered: bool = False) -> int:
        doubles.append(QuotedSpan(s, e, inner_s, inner_e, True, recovered=recovered))
        return len(doubles) - 1

    for bi, (bs, be) in enumerate(blocks):
        marks = [m for m in scan_marks(text, bs, be) if not _inside(tags, m.start)]
        singles_marks.extend(m for m in marks if not m.double)
        dmarks = [m for m in marks if m.double]
        block_start_for_close = bs  # where a quote with a lost opening mark may start
        last_pair_end = bs  # where the last properly paired quote of this block closed
        nested_open = _nested_left_open(scan, nested_open)
        if open_mark is not None or open_from is not None:
            # an unclosed quote runs into this block: a paragraph that opens with a quote
            # mark continues it; a wrapped line just goes on
            first = dmarks[0] if dmarks else None
            opens_here = (
                first is not None and first.start == _skip_space(text, bs) and first.role != CLOSE
                and (open_mark is None or _FAMILY.get(first.text) == _FAMILY.get(open_mark.text))
            )
            if not opens_here and not _blank_line_between(text, blocks[bi - 1][1], bs):
                pass  # wrapped line: keep looking for the close in this block
            elif opens_here:
                # close the previous piece at the end of the previous block, link the pieces
                pe = blocks[bi - 1][1]
                s = open_mark.start if open_mark else open_from
                inner = open_mark.end if open_mark else open_from
                idx = emit(s, _trim_back(text, s, pe), inner, _trim_back(text, s, pe))
                if last_piece is not None:
                    doubles[last_piece].next_part = idx
                    doubles[idx].prev_part = last_piece
                last_piece = idx
                open_mark, open_from = first, None
                dmarks = dmarks[1:]
            else:
                _unclosed(text, open_mark, open_from, blocks[bi - 1][1], scan, emit, doubles, last_piece)
                open_mark, open_from, last_piece = None, None, None
        for mi, m in enumerate(dmarks):
            if open_mark is None and open_from is None:
                if m.role == CLOSE and m.start > 0 and text[m.start - 1].isdigit() and m.text in '"″':
                    continue  # 6'3" tall: inches, not a quote mark
                if m.role == CLOSE:
                    if _adjacent_after(text, doubles, m):
                        scan.strays.append(StrayMark(m.start, m.end, m.text, "doubled closing quote mark"))
                        doubles[-1].end = m.end
                        continue
                    # a closing mark with nothing open: the quote lost its opening mark;
                    # recover it from the start of its sentence
                    s = _sentence_start_before(text, max(block_start_for_close, bs), m.start)
                    scan.strays.append(StrayMark(m.start, m.end, m.text, "closing quote mark with no opening mark"))
                    # “…,” Earnest said." — a stray mark in the sentence of a quote that
                    # closed already ends that quote's attribution, not a quote of its own
                    same_sentence = last_pair_end > bs and _sentence_start_before(text, bs, m.start) < last_pair_end
                    if s < m.start and text[s:m.start].strip() and not same_sentence:
                        emit(s, m.end, s, m.start, recovered=True)
                    block_start_for_close = m.end
                else:
                    open_mark = m
                continue
            # something is open
            fam = _FAMILY.get(m.text)
            if nested_open is not None:
                if fam == _FAMILY.get(nested_open.text):
                    if m.role != OPEN:
                        nested.append(QuotedSpan(nested_open.start, m.end, nested_open.end, m.start, True))
                        nested_open = None
                        continue
                    scan.strays.append(StrayMark(nested_open.start, nested_open.end, nested_open.text, "opening quote mark never closed"))
                    nested_open = m
                    continue
                scan.strays.append(StrayMark(nested_open.start, nested_open.end, nested_open.text, "opening quote mark never closed"))
                nested_open = None
            elif open_mark is not None and m.role == OPEN and fam != _FAMILY.get(open_mark.text) and m.start != open_mark.end:
                nested_open = m
                continue
            elif open_mark is not None and m.role == OPEN and m.start != open_mark.end and nested_in_same_marks(dmarks, mi):
                nested_open = m
                continue
            if m.role == OPEN:
                if open_mark is not None and m.start == open_mark.end:
                    scan.strays.append(StrayMark(m.start, m.end, m.text, "doubled opening quote mark"))
                    open_mark = Mark(open_mark.start, m.end, open_mark.text + m.text, True, OPEN)
                    continue
                # the open quote never closed: end it at its sentence end, start afresh
                s = open_mark.start if open_mark else open_from
                inner = open_mark.end if open_mark else open_from
                e = min(_sentence_end_after(text, inner, m.start), _trim_back(text, inner, m.start))
                if open_mark is not None:
                    scan.strays.append(StrayMark(open_mark.start, open_mark.end, open_mark.text, "opening quote mark never closed"))
                if e > inner and text[inner:e].strip():
                    idx = emit(s, e, inner, e, recovered=True)
                    _link(doubles, last_piece, idx)
                last_piece = None
                open_mark, open_from = m, None
                continue
            # CLOSE or EITHER closes
            s = open_mark.start if open_mark else open_from
            inner = open_mark.end if open_mark else open_from
            idx = emit(s, m.end, inner, m.start)
            _link(doubles, last_piece, idx)
            last_piece = None
            open_mark, open_from = None, None
            block_start_for_close = last_pair_end = m.end
    _nested_left_open(scan, nested_open)
    if open_mark is not None or open_from is not None:
        _unclosed(text, open_mark, open_from, blocks[-1][1] if blocks else len(text), scan, emit, doubles, last_piece)

    # emission order is text order: every span starts after the previous one ended
    singles = _pair_singles(text, singles_marks, doubles, blocks)
    k = 0
    for q in nested:
        while k < len(doubles) and doubles[k].end <= q.start:
            k += 1
        if k < len(doubles) and doubles[k].start <= q.start and q.end <= doubles[k].end:
            q.parent = k
    nested = [q for q in nested if q.parent is not None]
    base = len(doubles) + len(nested)
    for q in singles:  # their pieces were linked by index among the singles
        q.next_part = None if q.next_part is None else q.next_part + base
        q.prev_part = None if q.prev_part is None else q.prev_part + base
    spans = doubles + nested + singles
    order = sorted(range(len(spans)), key=lambda k: (spans[k].start, -spans[k].end))
    remap = {old: new for new, old in enumerate(order)}
    out = []
    for old in order:
        q = spans[old]
        if q.parent is not None:
            q.parent = remap[q.parent]
        if q.next_part is not None:
            q.next_part = remap[q.next_part]
        if q.prev_part is not None:
            q.prev_part = remap[q.prev_part]
        out.append(q)
    scan.spans = out
    scan.strays.sort(key=lambda s: s.start)
    return scan


def nested_in_same_marks(dmarks: list[Mark], i: int) -> bool:
    """``tweeted: “People behind the candidate wearing “Settle For Hillary” shirts at her
    event. Ouch.”``, ``“I'd rather live in what he calls “hell” than live in a world where
    he is president.”``: a quote inside a quote set in the same marks as the outer one
    (tweets and statements quoted whole keep their own marks). An opening mark while a
    quote is open, followed in the paragraph by two closing marks before any other
    opening one, opens a nested quote: the first close ends it and the second ends the
    outer quote. Read the usual way (the open quote never closed, a new one starts), the
    outer quote stopped at the inner mark and its end came back as a stray quote."""
    after = dmarks[i + 1 : i + 3]
    return len(after) == 2 and all(m.role != OPEN for m in after)


def _nested_left_open(scan: MarkScan, nested_open: Mark | None) -> None:
    """A nested quote's opening mark still open where its paragraph ends (or the article
    ends: '"The sign read “Closed for good, she said.'): it closes nothing, so it is a stray
    mark wherever the text stops, not only when another paragraph follows. Returns None,
    the state after reporting it."""
    if nested_open is not None:
        scan.strays.append(StrayMark(nested_open.start, nested_open.end, nested_open.text, "opening quote mark never closed"))
    return None


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _blank_line_between(text: str, a: int, b: int) -> bool:
    return text.count("\n", a, b) >= 2


def _adjacent_after(text: str, doubles: list[QuotedSpan], m: Mark) -> bool:
    return bool(doubles) and doubles[-1].end == m.start


def _link(doubles: list[QuotedSpan], prev: int | None, idx: int) -> None:
    if prev is not None:
        doubles[prev].next_part = idx
        doubles[idx].prev_part = prev


def _unclosed(text, open_mark, open_from, block_end, scan, emit, doubles, last_piece) -> None:
    """A quote still open at the end of its paragraph, with no continuation: keep it as a
    quote running to the end of the paragraph (the close was most likely forgotten there)."""
    s = open_mark.start if open_mark else open_from
    inner = open_mark.end if open_mark else open_from
    e = _trim_back(text, inner, block_end)
    if open_mark is not None:
        scan.strays.append(StrayMark(open_mark.start, open_mark.end, open_mark.text, "opening quote mark never closed"))
    if e > inner and text[inner:e].strip():
        idx = emit(s, e, inner, e, recovered=True)
        _link(doubles, last_piece, idx)


def _pair_singles(text: str, marks: list[Mark], doubles: list[QuotedSpan], blocks) -> list[QuotedSpan]:
    """Single quote marks: inner quotes inside double ones, and UK-style outer quotes.

    Apostrophes were already set aside; a closing candidate that may still be a plural
    possessive (``parents’ money``) closes only when nothing better does.
    """
    out: list[QuotedSpan] = []
    if not marks:
        return out
    # which double span (if any) holds each mark; both lists are in text order
    container: list[int | None] = []
    k = 0
    for m in marks:
        while k < len(doubles) and doubles[k].end <= m.start:
            k += 1
        inside = k < len(doubles) and doubles[k].start < m.start and m.end <= doubles[k].end
        container.append(k if inside else None)
    block_of = []
    b = 0
    for m in marks:
        while b < len(blocks) and blocks[b][1] <= m.start:
            b += 1
        block_of.append(b)
    i = 0
    n = len(marks)
    pending: tuple[int, int] | None = None  # (unclosed piece in out, the mark that continues it)
    while i < n:
        m = marks[i]
        if m.role != OPEN:
            i += 1
            continue
        prev = pending[0] if pending is not None and pending[1] == i else None
        pending = None
        best = None
        fallback = None
        for j in range(i + 1, n):
            c = marks[j]
            if container[j] != container[i] or block_of[j] != block_of[i]:
                break
            if c.role == OPEN:
                break
            before = text[c.start - 1] if c.start > 0 else ""
            after = text[c.end] if c.end < len(text) else ""
            possessive = before in "sSzZ" and c.text in "’'" and (after.isspace() and text[c.end + 1 : c.end + 2].isalpha())
            if not possessive:
                best = j
                break
            if fallback is None:
                fallback = j
        j = best if best is not None else fallback
        if j is None:
            nxt = _continued_single(text, marks, container, block_of, blocks, i)
            if nxt is not None:
                # ‘A,’ he said. ‘B. / ‘C.’: a UK-style quote running over paragraphs
                end = _trim_back(text, m.end, blocks[block_of[i]][1])
                out.append(QuotedSpan(m.start, end, m.end, end, False))
                _link(out, prev, len(out) - 1)
                pending = (len(out) - 1, nxt)
            i += 1
            continue
        c = marks[j]
        out.append(QuotedSpan(m.start, c.end, m.end, c.start, False, parent=container[i]))
        _link(out, prev, len(out) - 1)
        i = j + 1
    return out


def _continued_single(text: str, marks: list[Mark], container: list[int | None], block_of: list[int], blocks, i: int) -> int | None:
    """The index of the mark that carries on the unclosed single quote opened by
    ``marks[i]``: the same glyph opening the next paragraph (after a blank line), both
    outside any double quote; None when the quote does not go on."""
    m = marks[i]
    b = block_of[i]
    if container[i] is not None or i + 1 >= len(marks) or b + 1 >= len(blocks):
        return None
    nxt = marks[i + 1]
    if block_of[i + 1] != b + 1 or container[i + 1] is not None or nxt.role != OPEN or nxt.text != m.text:
        return None
    if nxt.start != _skip_space(text, blocks[b + 1][0]) or not _blank_line_between(text, blocks[b][1], blocks[b + 1][0]):
        return None
    return i + 1
