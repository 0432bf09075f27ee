"""``--format html``: one self-contained page per article, plus ``index.html``.

The page is what an editor reads before publication: the article with every quote
highlighted in its grade's colour, the cue and speaker marked, unattributed claims
underlined with their rule code, and the sources, quotes and findings as tables.

Everything the page needs is inline (CSS, no scripts, no fonts or images) so a report
can be mailed, archived or opened offline; a Content-Security-Policy forbids the page
from loading anything at all. Rendering is jinja2 with autoescape on: article text,
front matter, speaker names and messages are always text, never markup.

Templates live in ``templates/`` in the repository and ship inside the wheel as
``quoteaudit/templates``.
"""

from __future__ import annotations

import heapq
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ..model import DocumentAudit, Finding, Quote, QuoteKind, Severity, Source, SourceType
from .base import Reporter, atomic_write, safe_join
from .location import place_in_file

DEFAULT_OUT = "reports"
INDEX_NAME = "index"


# --- colours ---------------------------------------------------------------------------
# Highlights are pale so body text (TEXT_COLOUR) stays at WCAG AA contrast on them; each
# grade also has a dark badge colour (white letter on it) and its own underline style so
# a reader who cannot tell the colours apart still sees the grade.

TEXT_COLOUR = "#1a1a1a"
PAGE_BACKGROUND = "#ffffff"
BADGE_TEXT = "#ffffff"


@dataclass(frozen=True)
class GradeStyle:
    letter: str
    label: str
    meaning: str
    background: str  #: highlight behind quote text
    badge: str  #: badge background and underline colour
    line: str  #: CSS border style of the underline, so grades differ without colour


#: meanings are typical cases; the grade itself is a band of the quote's 0-100 score
#: (see quoteaudit.scoring), and each card lists the points behind it
GRADES: tuple[GradeStyle, ...] = (
    GradeStyle("A", "strong", "typically a named person with title or affiliation, in their own words", "#d3ecd9", "#1e6b34", "solid"),
    GradeStyle("B", "good", "typically a named source with less said about who they are", "#dbe8fb", "#1d4ed8", "solid"),
    GradeStyle("C", "fair", "typically a named organisation, or an anonymous source placed by job, with a reason for anonymity", "#fcf0c4", "#7a5a00", "dashed"),
    GradeStyle("D", "weak", "typically an anonymous source with little to place them, or an unnamed document", "#fde0c6", "#9a3c00", "dotted"),
    GradeStyle("F", "unattributed", "nobody, a pronoun that points at no one, or a vague source (\u201ccritics say\u201d)", "#f9d4d4", "#b42318", "double"),
)
UNGRADED = GradeStyle("?", "not graded", "no strength was computed", "#e8eaed", "#4b5563", "solid")

SEVERITY_COLOURS = {
    Severity.ERROR: ("#b42318", "wavy", "\u2716"),
    Severity.WARNING: ("#8a5300", "dashed", "\u25b2"),
    Severity.SUGGESTION: ("#1d4ed8", "dotted", "\u25cf"),
}

_GRADES_BY_LETTER = {g.letter: g for g in GRADES}


def grade_style(grade: str | None) -> GradeStyle:
    """The style for a grade letter ("B", "b+", "B-" all use B's); unknown grades are grey."""
    if not grade:
        return UNGRADED
    return _GRADES_BY_LETTER.get(grade.strip()[:1].upper(), UNGRADED)


def grade_class(grade: str | None) -> str:
    style = grade_style(grade)
    return "g-none" if style is UNGRADED else "g-" + style.letter.lower()


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of a ``#rrggbb`` (or ``#rgb``) colour."""
    hex_digits = colour.lstrip("#")
    if len(hex_digits) == 3:
        hex_digits = "".join(ch * 2 for ch in hex_digits)
    if not re.fullmatch(r"[0-9a-fA-F]{6}", hex_digits):
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    r, g, b = (int(hex_digits[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio, 1 to 21. AA asks 4.5 for body text, 3 for large text and UI marks."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


# --- labels ----------------------------------------------------------------------------

SOURCE_TYPE_LABELS = {
    SourceType.NAMED_PERSON: "named person",
    SourceType.NAMED_ORGANIZATION: "named organisation",
    SourceType.DOCUMENT: "document",
    SourceType.ANONYMOUS_SPECIFIC: "anonymous, specific",
    SourceType.ANONYMOUS_VAGUE: "anonymous, vague",
    SourceType.PRONOUN_UNRESOLVED: "unresolved pronoun",
    SourceType.NONE: "no source",
}

KIND_LABELS = {
    QuoteKind.DIRECT: "direct quote",
    QuoteKind.INDIRECT: "indirect quote (paraphrase)",
    QuoteKind.MIXED: "mixed quote",
}

#: how a quote's source counts in the summary's named/anonymous share
NAMED_TYPES = {SourceType.NAMED_PERSON, SourceType.NAMED_ORGANIZATION, SourceType.DOCUMENT}
ANONYMOUS_TYPES = {SourceType.ANONYMOUS_SPECIFIC, SourceType.ANONYMOUS_VAGUE}


def source_type_label(value: SourceType | str | None, is_document: bool = False) -> str:
    if value is None:
        return SOURCE_TYPE_LABELS[SourceType.NONE]
    try:
        kind = SourceType(value)
    except ValueError:
        return str(value)
    label = SOURCE_TYPE_LABELS[kind]
    if is_document and kind is not SourceType.DOCUMENT:
        label += " (unnamed document)"
    return label


def attribution_share(doc: DocumentAudit) -> dict[str, int]:
    """How many quotes rest on a named source, an anonymous one, or on nobody."""
    by_id = {s.id: s for s in doc.sources}
    counts = {"named": 0, "anonymous": 0, "unattributed": 0}
    for quote in doc.quotes:
        source = by_id.get(quote.source) if quote.source else None
        if source is not None and source.type in NAMED_TYPES:
            counts["named"] += 1
        elif source is not None and source.type in ANONYMOUS_TYPES:
            counts["anonymous"] += 1
        else:
            counts["unattributed"] += 1
    return counts


def percent(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


def count(n: int, noun: str) -> str:
    """``1 error``, ``2 errors``."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


# --- the article as a tree of marked spans ---------------------------------------------
# Quotes nest (an inner quote has a ``parent``), have several fragments, and findings can
# cross quote edges. HTML elements must nest properly, so overlapping spans are split:
# an outer span is opened first and any span crossing its end is cut there and continued
# after it. Each piece knows whether it starts or ends its span, so the quote's card sits
# on its first piece and a finding's rule code on its last.

#: among spans with the same extent, the lower rank is the outer element
_RANK = {"quote": 0, "finding": 1, "speaker": 2, "cue": 3}


@dataclass
class Span:
    start: int
    end: int
    kind: str  #: "quote", "finding", "speaker" or "cue"
    ref: Any  #: the QuoteView / FindingView (or list of QuoteViews for cue and speaker)
    rank: int = 0
    first: bool = True  #: this piece starts the span
    last: bool = True  #: this piece ends the span
    part: int = 1  #: 1-based piece number across the whole span (for quotes: across fragments)

    def sort_key(self) -> tuple[int, int, int]:
        return (self.start, -self.end, self.rank)


@dataclass
class Node:
    """Plain text (``span`` is None) or an element holding child nodes."""

    text: str = ""
    span: Span | None = None
    children: list[Node] = field(default_factory=list)

    def plain_text(self) -> str:
        if self.span is None:
            return self.text
        return "".join(child.plain_text() for child in self.children)


def build_tree(text: str, spans: list[Span], start: int, end: int) -> list[Node]:
    """Nodes covering ``text[start:end]`` exactly once, with ``spans`` properly nested.

    ``spans`` must already be clipped to ``[start, end]``. A span that crosses the end of
    an enclosing one is split into two pieces (``last``/``first`` flags set accordingly).
    """
    # a heap in (start, longest first, rank) order: popping gives the next outermost span
    heap = [(span.sort_key(), i, span) for i, span in enumerate(spans)]
    heapq.heapify(heap)
    tiebreak = len(heap)
    nodes: list[Node] = []
    pos = start
    while heap:
        outer = heapq.heappop(heap)[2]
        if outer.start > pos:
            nodes.append(Node(text=text[pos : outer.start]))
        inside: list[Span] = []
        while heap and heap[0][2].start < outer.end:
            other = heapq.heappop(heap)[2]
            if other.end <= outer.end:
                inside.append(other)
                continue
            inside.append(Span(other.start, outer.end, other.kind, other.ref, other.rank, other.first, False, other.part))
            tail = Span(outer.end, other.end, other.kind, other.ref, other.rank, False, other.last, other.part + 1)
            heapq.heappush(heap, (tail.sort_key(), tiebreak, tail))
            tiebreak += 1
        nodes.append(Node(span=outer, children=build_tree(text, inside, outer.start, outer.end)))
        pos = max(pos, outer.end)
    if pos < end:
        nodes.append(Node(text=text[pos:end]))
    return nodes


# --- view models: what the templates show ----------------------------------------------


@dataclass
class QuoteView:
    number: int
    anchor: str
    quote: Quote
    source: Source | None
    style: GradeStyle
    css: str
    parent: QuoteView | None = None
    findings: list[FindingView] = field(default_factory=list)
    placed: bool = False

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(QuoteKind(self.quote.kind), str(self.quote.kind))

    @property
    def source_label(self) -> str:
        if self.source is None:
            return source_type_label(None)
        return source_type_label(self.source.type, self.source.is_document)

    @property
    def grade(self) -> str:
        return self.quote.strength.grade if self.quote.strength else "\u2013"

    @property
    def score(self) -> int | None:
        return self.quote.strength.score if self.quote.strength else None

    @property
    def reasons(self) -> list[str]:
        return list(self.quote.strength.reasons) if self.quote.strength else []

    @property
    def who(self) -> str:
        """One line naming the source, for a native tooltip on continued quote pieces."""
        name = self.source.name if self.source else (self.quote.speaker.text if self.quote.speaker else "no source")
        return f"Quote {self.number}: {name}; {self.source_label}; grade {self.grade}"


@dataclass
class FindingView:
    number: int
    anchor: str
    item_anchor: str
    finding: Finding
    colour: str
    glyph: str
    quote: QuoteView | None = None
    placed: bool = False

    @property
    def severity(self) -> str:
        return Severity(self.finding.severity).value


@dataclass
class SourceView:
    number: int
    anchor: str
    source: Source
    quotes: list[QuoteView]

    @property
    def type_label(self) -> str:
        return source_type_label(self.source.type, self.source.is_document)


@dataclass
class Block:
    """One paragraph of the article: its HTML element and its nodes."""

    kind: str
    nodes: list[Node]


def _paragraph_ranges(doc: DocumentAudit) -> list[tuple[int, int, str]]:
    if doc.paragraphs:
        return [(p.start, p.end, p.kind) for p in doc.paragraphs]
    # hand-built or legacy documents without paragraphs: blank lines separate them
    ranges = []
    for match in re.finditer(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*\Z)", doc.text, flags=re.DOTALL):
        ranges.append((match.start(), match.end(), "body"))
    return ranges


def metadata_items(metadata: dict[str, Any], limit: int = 12) -> list[tuple[str, str]]:
    """Front-matter fields worth showing, as text (lists joined, nested tables skipped)."""
    items = []
    for key, value in metadata.items():
        if key == "title":
            continue
        if isinstance(value, (list, tuple)) and all(isinstance(v, (str, int, float)) for v in value):
            shown = ", ".join(str(v) for v in value)
        elif isinstance(value, (str, int, float, date, datetime)) and not isinstance(value, bool):
            shown = str(value)
        else:
            continue
        if shown:
            items.append((str(key), shown))
        if len(items) >= limit:
            break
    return items


def document_title(doc: DocumentAudit) -> str:
    title = doc.metadata.get("title") if doc.metadata else None
    return str(title).strip() if isinstance(title, (str, int, float)) and str(title).strip() else doc.id


@dataclass
class ArticlePage:
    doc: DocumentAudit
    title: str
    quotes: list[QuoteView]
    sources: list[SourceView]
    unsourced_quotes: list[QuoteView]
    findings: list[FindingView]
    blocks: list[Block]
    share: dict[str, int]
    severity_counts: dict[str, int]
    kind_counts: dict[str, int]
    metadata: list[tuple[str, str]]
    style: GradeStyle
    css: str

    @property
    def named_sources(self) -> int:
        return sum(1 for s in self.sources if s.source.type in NAMED_TYPES)


def article_page(doc: DocumentAudit) -> ArticlePage:
    """Everything the article template shows, computed once and in plain Python."""
    sources_by_id = {s.id: s for s in doc.sources}
    quotes: list[QuoteView] = []
    by_quote_id: dict[str, QuoteView] = {}
    for i, quote in enumerate(doc.quotes, 1):
        grade = quote.strength.grade if quote.strength else None
        view = QuoteView(
            number=i,
            anchor=f"q-{i}",
            quote=quote,
            source=sources_by_id.get(quote.source) if quote.source else None,
            style=grade_style(grade),
            css=grade_class(grade),
        )
        quotes.append(view)
        by_quote_id.setdefault(quote.id, view)
    for view in quotes:
        if view.quote.parent:
            view.parent = by_quote_id.get(view.quote.parent)

    findings: list[FindingView] = []
    for i, finding in enumerate(doc.findings, 1):
        colour, _line, glyph = SEVERITY_COLOURS[Severity(finding.severity)]
        view = FindingView(i, f"finding-{i}", f"finding-item-{i}", finding, colour, glyph)
        if finding.quote is not None and finding.quote in by_quote_id:
            view.quote = by_quote_id[finding.quote]
            view.quote.findings.append(view)
        findings.append(view)

    said_by: dict[str, list[QuoteView]] = {}
    for view in quotes:
        if view.quote.source is not None:
            said_by.setdefault(view.quote.source, []).append(view)
    sources = [SourceView(i, f"source-{i}", s, said_by.get(s.id, [])) for i, s in enumerate(doc.sources, 1)]

    blocks = _blocks(doc, quotes, findings)

    severity_counts = {s.value: 0 for s in Severity}
    for finding in doc.findings:
        severity_counts[Severity(finding.severity).value] += 1
    kind_counts = {k.value: 0 for k in QuoteKind}
    for quote in doc.quotes:
        kind_counts[QuoteKind(quote.kind).value] += 1

    return ArticlePage(
        doc=doc,
        title=document_title(doc),
        quotes=quotes,
        sources=sources,
        unsourced_quotes=[q for q in quotes if q.source is None],
        findings=findings,
        blocks=blocks,
        share=attribution_share(doc),
        severity_counts=severity_counts,
        kind_counts=kind_counts,
        metadata=metadata_items(doc.metadata or {}),
        style=grade_style(doc.grade),
        css=grade_class(doc.grade),
    )


def _blocks(doc: DocumentAudit, quotes: list[QuoteView], findings: list[FindingView]) -> list[Block]:
    spans: list[Span] = []
    for view in quotes:
        for s, e in view.quote.fragments:
            if e > s:
                spans.append(Span(s, e, "quote", view, _RANK["quote"]))
    # cue and speaker spans shared by several quotes ("he said A and B") become one mark
    shared: dict[tuple[int, int, str], list[QuoteView]] = {}
    for view in quotes:
        for kind, mention in (("speaker", view.quote.speaker), ("cue", view.quote.cue)):
            if mention is not None and mention.end > mention.start:
                shared.setdefault((mention.start, mention.end, kind), []).append(view)
    for (s, e, kind), owners in shared.items():
        spans.append(Span(s, e, kind, owners, _RANK[kind]))
    for view in findings:
        spans.append(Span(view.finding.start, max(view.finding.start, view.finding.end), "finding", view, _RANK["finding"]))

    # sweep paragraphs and spans together, both in text order, so a long article with
    # many quotes costs O(n log n) rather than paragraphs x spans
    spans.sort(key=Span.sort_key)
    blocks: list[Block] = []
    waiting = 0
    open_spans: list[Span] = []
    for p_start, p_end, kind in sorted(_paragraph_ranges(doc)):
        while waiting < len(spans) and spans[waiting].start <= p_end:
            open_spans.append(spans[waiting])
            waiting += 1
        open_spans = [sp for sp in open_spans if sp.end > p_start or (sp.start == sp.end and sp.start >= p_start)]
        clipped = []
        for span in open_spans:
            inside = span.start < p_end and span.end > p_start
            point = span.start == span.end and p_start <= span.start <= p_end and span.kind == "finding"
            if not (inside or point):
                continue
            if point and span.ref.placed:
                continue  # a point between two paragraphs goes in the first one only
            clipped.append(Span(max(span.start, p_start), min(span.end, p_end), span.kind, span.ref, span.rank))
            if span.kind in ("quote", "finding"):
                span.ref.placed = True
        blocks.append(Block(kind, build_tree(doc.text, clipped, p_start, p_end)))
    _number_parts(blocks)
    return blocks


def _number_parts(blocks: list[Block]) -> None:
    """Mark each quote's first piece in reading order as the one carrying its card and each
    finding's first and last piece, once splitting across fragments and paragraphs is done."""
    seen_quote: dict[int, int] = {}
    finding_pieces: dict[int, list[Span]] = {}

    def walk(nodes: list[Node]) -> None:
        for node in nodes:
            if node.span is None:
                continue
            span = node.span
            if span.kind == "quote":
                key = id(span.ref)
                seen_quote[key] = seen_quote.get(key, 0) + 1
                span.part = seen_quote[key]
                span.first = span.part == 1
            elif span.kind == "finding":
                finding_pieces.setdefault(id(span.ref), []).append(span)
            walk(node.children)

    for block in blocks:
        walk(block.nodes)
    for pieces in finding_pieces.values():
        for i, piece in enumerate(pieces):
            piece.first = i == 0
            piece.last = i == len(pieces) - 1


# --- index -----------------------------------------------------------------------------


@dataclass
class IndexRow:
    id: str
    title: str
    href: str
    score: int | None
    grade: str | None
    css: str
    style: GradeStyle
    error: str | None
    quotes: int
    sources: int
    named: int
    findings: dict[str, int]
    #: why the article fails the newsroom policy; empty when it passes, None when the
    #: page was rendered without a policy
    policy: list[str] | None = None

    def sort_key(self) -> tuple[int, int, str]:
        # input errors first (they need fixing before anything else), then the weakest
        # attribution, then articles that could not be scored
        if self.error:
            return (0, 0, self.id)
        if self.score is None:
            return (2, 0, self.id)
        return (1, self.score, self.id)


def index_row(doc: DocumentAudit, href: str, policy: list[str] | None = None) -> IndexRow:
    share = attribution_share(doc)
    severity_counts = {s.value: 0 for s in Severity}
    for finding in doc.findings:
        severity_counts[Severity(finding.severity).value] += 1
    return IndexRow(
        id=doc.id,
        title=document_title(doc),
        href=href,
        score=doc.score,
        grade=doc.grade,
        css=grade_class(doc.grade),
        style=grade_style(doc.grade),
        error=doc.error,
        quotes=len(doc.quotes),
        sources=len(doc.sources),
        named=percent(share["named"], len(doc.quotes)),
        findings=severity_counts,
        policy=policy,
    )


# --- rendering -------------------------------------------------------------------------


def templates_dir() -> str:
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    installed = os.path.join(here, "templates")
    if os.path.isdir(installed):
        return installed
    return os.path.join(os.path.dirname(here), "templates")


def environment():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    env = Environment(
        loader=FileSystemLoader(templates_dir()),
        autoescape=select_autoescape(enabled_extensions=("html", "j2"), default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        GRADES=GRADES,
        UNGRADED=UNGRADED,
        SEVERITY_COLOURS={s.value: v for s, v in SEVERITY_COLOURS.items()},
        TEXT_COLOUR=TEXT_COLOUR,
        PAGE_BACKGROUND=PAGE_BACKGROUND,
        BADGE_TEXT=BADGE_TEXT,
        percent=percent,
        count=count,
        place_in_file=place_in_file,
    )
    return env


def render_article(doc: DocumentAudit, tool, env=None, policy: list[str] | None = None) -> str:
    """The article's page. ``policy`` is why it fails the newsroom policy (empty: it
    passes); None leaves the verdict off the page."""
    env = env or environment()
    page = None if doc.error else article_page(doc)
    return env.get_template("article.html.j2").render(doc=doc, page=page, title=document_title(doc), tool=tool, policy=policy)


def render_index(rows: list[IndexRow], tool, env=None) -> str:
    env = env or environment()
    ordered = sorted(rows, key=IndexRow.sort_key)
    return env.get_template("index.html.j2").render(rows=ordered, tool=tool)


class HtmlReporter(Reporter):
    needs_out_dir = True

    def __init__(self, *args, policy: Callable[[DocumentAudit], list[str]] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.policy = policy
        self.out_dir = self.out_dir or DEFAULT_OUT
        self.env = environment()
        self.index: list[IndexRow] = []
        # an article called "index" must not overwrite the index page
        self._slugs.add(INDEX_NAME)

    def document(self, doc: DocumentAudit) -> None:
        slug = self.unique_slug(doc)
        verdict = self.policy(doc) if self.policy and not doc.error else None
        page = render_article(doc, self.tool, self.env, policy=verdict)
        target = safe_join(self.out_dir, slug + ".html")
        atomic_write(target, page)
        self.index.append(index_row(doc, slug + ".html", verdict))
        self.stream.write(f"wrote {target}\n")

    def finish(self) -> None:
        if len(self.index) > 1:
            target = safe_join(self.out_dir, INDEX_NAME + ".html")
            atomic_write(target, render_index(self.index, self.tool, self.env))
            self.stream.write(f"wrote {target}\n")
