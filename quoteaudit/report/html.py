"""``--format html``: one self-contained page per article, plus ``index.html``.

The page is what an editor reads before publication, problems first: the newsroom
policy's verdict in words (the attribution grade beside it as a score), a "Fix before
publication" box listing errors then warnings grouped by what is wrong, each with the
rule's own "How to fix" and a link to its passage, then the article. In the article,
what needs attention is loud (D and F quotes, quotes with no source, flagged passages
with a chip naming the problem in words) and good work is quiet (A, B and C quotes get a
thin underline and a small letter; a checkbox highlights every quote by grade). A quote
checked against the source material shows the check on its card and in the Quotes table:
the status in words on a chip (a pass quiet, with its note; an altered quote or words
given to the wrong speaker loud, as errors; words not found a warning), the evidence file,
line and the transcript's speaker label, and the word diff (the source's words in
``<del>``, the draft's in ``<ins>``, each introduced in words for screen readers). Counts,
verdict and wording come from the report model (:mod:`quoteaudit.report.model`); this
module only lays the article out as marked-up text.

Everything the page needs is inline (CSS, no scripts, no fonts or images) so a report
can be mailed, archived or opened offline; a Content-Security-Policy forbids the page
from loading anything at all. The grade toggle is a checkbox read by CSS (``:has``), so
no script is needed. Rendering is jinja2 with autoescape on: article text, front matter,
speaker names and messages are always text, never markup.

``render_article(doc, tool, policy=..., report=...)`` renders one standalone page (the
web page and other callers use it too).

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
from .model import (
    KIND_WORDS,
    SCORE_NOTE,
    WEAK_GRADES,
    ArticleReport,
    Counts,
    EvidenceView,
    FixItem,
    ScoreStep,
    Verdict,
    article_report,
    headline,
    plural,
    score_steps,
)

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
#: a paraphrase or view held by nobody ("is expected to", "reportedly"): the article's own
#: framing, shown quietly and never graded; a weasel among them is a flagged passage
FRAMING = GradeStyle("\u2013", "held by nobody", "a view or report the article gives no one for (\u201cis expected to\u201d, \u201creportedly\u201d): its own framing, not graded", "#e8eaed", "#4b5563", "dotted")

SEVERITY_COLOURS = {
    Severity.ERROR: ("#b42318", "wavy", "\u2716"),
    Severity.WARNING: ("#8a5300", "dashed", "\u25b2"),
    Severity.SUGGESTION: ("#1d4ed8", "dotted", "\u25cf"),
}

_GRADES_BY_LETTER = {g.letter: g for g in GRADES}

#: a quote against its source material: the chip's colour and glyph per tone (a pass is
#: quiet; an error or a warning uses its severity's), and the word diff's backgrounds:
#: the source's words struck through on red, the draft's underlined on green (the
#: strike and underline, and words for screen readers, carry it without colour)
EVIDENCE_TONES = {
    "pass": ("#1a7f37", "\u2713"),
    **{s.value: (colour, glyph) for s, (colour, _line, glyph) in SEVERITY_COLOURS.items()},
}
DIFF_COLOURS = {"del": "#fbdcdc", "ins": "#d3f0da"}


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

#: grades that need an editor's attention: highlighted strongly by default
LOUD_GRADES = frozenset(WEAK_GRADES)


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
    #: the quote checked against the source material (None: not checked)
    evidence: EvidenceView | None = None

    @property
    def kind_label(self) -> str:
        return KIND_WORDS.get(QuoteKind(self.quote.kind), str(self.quote.kind))

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
    def steps(self) -> list[ScoreStep]:
        return score_steps(list(self.quote.strength.reasons)) if self.quote.strength else []

    @property
    def loud(self) -> bool:
        """Needs attention, so highlighted strongly by default: a weak (D/F) grade, no
        grade at all, or nobody behind the quote. A/B/C quotes are marked quietly."""
        if self.style is FRAMING:
            return False  # the article's own framing; a weasel among it is flagged on its own
        return self.style is UNGRADED or self.style.letter in LOUD_GRADES or self.source is None

    @property
    def who(self) -> str:
        """One line naming the source, for a native tooltip on continued quote pieces."""
        name = self.source.name if self.source else (self.quote.speaker.text if self.quote.speaker else "no source")
        return f"Quote {self.number}: {name}; {self.source_label}; grade {self.grade}"


@dataclass
class FindingView:
    item: FixItem
    colour: str
    glyph: str
    quote: QuoteView | None = None
    placed: bool = False

    @property
    def finding(self) -> Finding:
        return self.item.finding

    @property
    def severity(self) -> str:
        return self.item.severity.value

    @property
    def name(self) -> str:
        """The chip's accessible name, in words: severity, label, then the code."""
        return f"{self.item.severity_word.capitalize()}: {self.item.label} ({self.item.code})"


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
    """The page's title: the article's headline when it has one (see ``model.headline``)."""
    return headline(doc)


@dataclass
class ArticlePage:
    report: ArticleReport
    quotes: list[QuoteView]
    sources: list[SourceView]
    unsourced_quotes: list[QuoteView]
    findings: list[FindingView]
    blocks: list[Block]
    metadata: list[tuple[str, str]]
    style: GradeStyle
    css: str

    def finding_view(self, item: FixItem) -> FindingView:
        return self.findings[item.number - 1]


def article_page(doc: DocumentAudit, report: ArticleReport | None = None) -> ArticlePage:
    """Everything the article template shows, computed once and in plain Python; counts
    and wording come from the report model (``report``, built here when not given)."""
    report = report or article_report(doc)
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
            style=FRAMING if quote.held_by_nobody else grade_style(grade),
            css=grade_class(grade),
        )
        quotes.append(view)
        by_quote_id.setdefault(quote.id, view)
    for view in quotes:
        if view.quote.parent:
            view.parent = by_quote_id.get(view.quote.parent)
    for evidence in report.evidence:
        quotes[evidence.number - 1].evidence = evidence

    findings: list[FindingView] = []
    for item in report.items:
        colour, _line, glyph = SEVERITY_COLOURS[item.severity]
        view = FindingView(item, colour, glyph)
        if item.quote is not None and item.quote in by_quote_id:
            view.quote = by_quote_id[item.quote]
            view.quote.findings.append(view)
        findings.append(view)

    said_by: dict[str, list[QuoteView]] = {}
    for view in quotes:
        if view.quote.source is not None:
            said_by.setdefault(view.quote.source, []).append(view)
    sources = [SourceView(i, f"source-{i}", s, said_by.get(s.id, [])) for i, s in enumerate(doc.sources, 1)]

    blocks = _blocks(doc, quotes, findings)

    return ArticlePage(
        report=report,
        quotes=quotes,
        sources=sources,
        unsourced_quotes=[q for q in quotes if q.source is None],
        findings=findings,
        blocks=blocks,
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
    """One article on the index page: only its summary, so a run of thousands of articles
    does not keep every article's text until the index is written."""

    id: str
    title: str
    href: str
    score: int | None
    grade: str | None
    css: str
    style: GradeStyle
    error: str | None
    counts: Counts
    verdict: Verdict | None
    grade_words: str = ""

    def sort_key(self) -> tuple[int, int, int, str]:
        # input errors first (they need fixing before anything else), then articles that
        # fail the policy, then those that need work, then the rest; weakest score first
        if self.error:
            return (0, 0, 0, self.id)
        status = {"fails": 1, "needs work": 2}.get(self.verdict.status if self.verdict else "", 3)
        return (status, 0 if self.score is not None else 1, self.score if self.score is not None else 0, self.id)


def index_row(doc: DocumentAudit, href: str, policy: list[str] | None = None, report: ArticleReport | None = None) -> IndexRow:
    report = report or article_report(doc, policy)
    return IndexRow(
        id=doc.id,
        title=report.title,
        href=href,
        score=report.score,
        grade=report.grade,
        css=grade_class(doc.grade),
        style=grade_style(doc.grade),
        error=report.error,
        counts=report.counts,
        verdict=report.verdict,
        grade_words=report.grade_words,
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
        FRAMING=FRAMING,
        SEVERITY_COLOURS={s.value: v for s, v in SEVERITY_COLOURS.items()},
        EVIDENCE_TONES=EVIDENCE_TONES,
        DIFF_COLOURS=DIFF_COLOURS,
        TEXT_COLOUR=TEXT_COLOUR,
        PAGE_BACKGROUND=PAGE_BACKGROUND,
        BADGE_TEXT=BADGE_TEXT,
        plural=plural,
        SCORE_NOTE=SCORE_NOTE,
    )
    return env


def render_article(doc: DocumentAudit, tool, env=None, policy: list[str] | None = None, report: ArticleReport | None = None) -> str:
    """The article's standalone page. ``policy`` is why it fails the newsroom policy
    (empty: it passes); None leaves the verdict off the page. ``report`` is the article's
    report model when the caller already built it (``article_report(doc, policy)``)."""
    env = env or environment()
    report = report or article_report(doc, policy)
    page = None if doc.error else article_page(doc, report)
    return env.get_template("article.html.j2").render(doc=doc, page=page, report=report, title=report.title, tool=tool)


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
        report = article_report(doc, verdict)
        page = render_article(doc, self.tool, self.env, report=report)
        target = safe_join(self.out_dir, slug + ".html")
        atomic_write(target, page)
        self.index.append(index_row(doc, slug + ".html", report=report))
        self.stream.write(f"wrote {target}\n")

    def finish(self) -> None:
        if len(self.index) > 1:
            target = safe_join(self.out_dir, INDEX_NAME + ".html")
            atomic_write(target, render_index(self.index, self.tool, self.env))
            self.stream.write(f"wrote {target}\n")
