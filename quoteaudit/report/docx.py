"""``--format docx``: the audit as Word review comments, in a copy of the editor's document.

For each ``.docx`` input, ``OUT/<name>.audited.docx`` (never the input itself) gets one
comment per finding, anchored on exactly the flagged characters and authored
"quoteaudit"; one per weak quote (grade D or F) with its grade and reasons; and a first
comment on the first paragraph with the article's grade and the newsroom policy verdict
(and, when the quotes were checked against the source material, how many the source bears
out). A quote that passes that check (word for word, shortened with an ellipsis, the
editor's words in brackets) gets no comment; one that does not is a finding (QA105-QA107)
whose message gives the word diff in words.
Any other input is written as a new ``.docx`` (one Word paragraph per article paragraph)
with the same comments, so an editor working from Markdown gets the same review.

Anchoring. A Word comment spans whole runs, so the runs at the finding's first and last
character are split there, each half keeping the run's formatting; the comment range
markers go around the runs in between. The paragraphs and runs are walked with the same
functions the reader used (``quoteaudit.ingest.docx``), so the characters are the ones the
audit saw: tracked insertions count, deletions and hidden text do not.

The rest of the package is copied byte for byte: only the body part, the comments part, the
body's relationships and ``[Content_Types].xml`` are written by python-docx.
"""

from __future__ import annotations

import bisect
import copy
import io
import os
import re
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass

from ..ingest.docx import W_NS, BodyParagraph, body_paragraphs, paragraph_items, run_piece, w
from ..model import DocumentAudit, Paragraph
from .base import Reporter, ReportWriteError, atomic_write, printable, safe_join
from .junit import xml_text
from .model import ArticleReport, article_report, sentence

DEFAULT_OUT = "reports"
SUFFIX = ".audited.docx"
AUTHOR = "quoteaudit"
INITIALS = "QA"

_R, _T, _RPR, _P, _PPR = w("r"), w("t"), w("rPr"), w("p"), w("pPr")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
#: containers a comment's reference mark is moved out of: inside a tracked insertion it
#: would be a tracked insertion itself, inside a field it would be part of the field result
_HOIST_FROM = frozenset(w(t) for t in ("ins", "moveTo", "del", "moveFrom", "fldSimple"))


# -- what the comments say ------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewComment:
    """One Word comment: the article text span it is anchored on, and its text (lines
    become the comment's paragraphs)."""

    start: int
    end: int
    text: str


def review_comments(doc: DocumentAudit, policy: list[str] | None = None) -> list[ReviewComment]:
    """Every comment the audit of ``doc`` puts in the document, with its wording.

    The words, counts and verdict are the shared report model's
    (:func:`quoteaudit.report.model.article_report`), the same as the HTML page and the
    terminal say; this only lays them out as comments. ``policy`` is why the article
    fails the newsroom policy (empty: it passes; None: no verdict is given).
    """
    report = article_report(doc, policy)
    comments: list[ReviewComment] = []
    if doc.paragraphs:
        first = doc.paragraphs[0]
        comments.append(ReviewComment(first.start, first.end, _summary_text(report)))
    for item in report.items:
        lines = [item.label, item.message]
        if item.how_to_fix:
            lines.append(f"How to fix: {item.how_to_fix}")
        lines.append(f"{item.code} {item.finding.name} ({item.severity_word})")
        comments.append(ReviewComment(item.finding.start, item.finding.end, "\n".join(lines)))
    quotes = {q.id: q for q in doc.quotes}
    for weak in report.weak_quotes:
        quote = quotes[weak.id]
        lines = [f"Weak quote: grade {weak.grade} (score {weak.score})"]
        if quote.strength and quote.strength.reasons:
            lines.append("Why: " + "; ".join(quote.strength.reasons))
        comments.append(ReviewComment(quote.start, quote.end, "\n".join(lines)))
    return comments


def _summary_text(report: ArticleReport) -> str:
    """The first comment: the verdict in words, then the score as a score, then counts."""
    lines = []
    if report.verdict is not None:
        verdict = report.verdict
        lines.append(f"quoteaudit review: {verdict.headline}. " + (sentence("; ".join(verdict.reasons)) if verdict.reasons else verdict.detail))
    else:
        lines.append("quoteaudit review.")
    lines.append(report.score_line[:1].upper() + report.score_line[1:] + ".")
    lines.append(report.counts_line()[:1].upper() + report.counts_line()[1:] + ".")
    if report.counts.quotes_checked:
        lines.append(f"Quotes checked against the source material: {report.counts.quotes_checked} ({report.counts.evidence_line()}).")
    return "\n".join(lines)


# -- the reporter ---------------------------------------------------------------------------


class DocxReporter(Reporter):
    needs_out_dir = True

    def __init__(self, *args, policy: Callable[[DocumentAudit], list[str]] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.policy = policy
        self.out_dir = self.out_dir or DEFAULT_OUT
        #: documents that could not be written (the CLI exits 2 when there are any)
        self.write_errors: list[str] = []

    def document(self, doc: DocumentAudit) -> None:
        if doc.error:
            # no document to comment on: the list of what was written says why, in the
            # line the terminal shows (as the text report does)
            self.stream.write(f"error: {printable(doc.error)}\n")
            return
        target = safe_join(self.out_dir, self.unique_slug(doc) + SUFFIX)
        verdict = self.policy(doc) if self.policy else None
        try:
            data = write_reviewed(doc, review_comments(doc, verdict))
        except DocxWriteError as exc:
            self.write_errors.append(str(exc))
            print(f"quoteaudit: error: {exc}", file=sys.stderr, flush=True)
            return
        atomic_write(target, data)
        self.stream.write(f"wrote {target}\n")
        self.stream.flush()


class DocxWriteError(ReportWriteError):
    """A document whose review could not be written; the message names it and says why."""


def write_reviewed(doc: DocumentAudit, comments: list[ReviewComment], original: bytes | None = None, *, reread: bool = True) -> bytes:
    """The reviewed ``.docx`` for ``doc``: a copy of its Word file, or a new document.

    ``original`` is the Word file's bytes when the caller holds them (an upload to
    ``serve``); otherwise a ``.docx`` input is read again from its path, unless ``reread``
    is False (a server must never open a path an upload named).
    """
    if original is not None:
        return _annotate_word_file(doc, comments, original)
    if reread and doc.path and doc.path.lower().endswith(".docx") and doc.id == doc.path:
        return _annotate_word_file(doc, comments)
    return _new_document(doc, comments)


def reviewed_docx(doc: DocumentAudit, policy: list[str] | None = None, original: bytes | None = None, *, reread: bool = True) -> bytes:
    """``doc``'s draft as a ``.docx`` carrying its review comments (see :func:`write_reviewed`)."""
    return write_reviewed(doc, review_comments(doc, policy), original, reread=reread)


# -- a Word input: comment a copy ---------------------------------------------------------------

#: the writer re-reads the input; a file that grew past this since it was audited is refused
_REREAD_LIMIT = 1 << 30


def _annotate_word_file(doc: DocumentAudit, comments: list[ReviewComment], original: bytes | None = None) -> bytes:
    from ..ingest.base import InputError, content_sha256
    from ..ingest.docx import article_from_document, open_document

    path = doc.path or doc.id
    if original is None:
        try:
            with open(path, "rb") as fh:
                original = fh.read(_REREAD_LIMIT)
        except OSError as exc:
            raise DocxWriteError(f"{path}: cannot be read again to add the comments ({exc.strerror or exc})") from None
    if content_sha256(original) != doc.sha256:
        raise DocxWriteError(f"{path}: changed while it was being audited; no reviewed copy written (audit it again)")
    try:
        document = open_document(original, path, _REREAD_LIMIT)  # it passed the size checks when read
    except InputError as exc:
        raise DocxWriteError(str(exc)) from None
    article = article_from_document(document, path=path, article_id=doc.id, sha256=doc.sha256)
    if article.text != doc.text:  # cannot happen unless the reader changed under a cached audit
        raise DocxWriteError(f"{path}: its text no longer matches the audit (a stale cache?); run again with --no-cache")
    drop_earlier_review(document)
    paragraphs = body_paragraphs(document.element.body)

    def place(offset: int, end: bool) -> tuple[BodyParagraph, int]:
        if end:
            line, column = article.line_col(max(offset - 1, 0))
        else:
            line, column = article.line_col(offset)
        char = column if end else column - 1
        return paragraphs[line - 1], char

    _add_comments(document, doc.text, comments, place)
    rewritten = io.BytesIO()
    document.save(rewritten)
    main = document.part
    replaced = {_zip_name(main.partname), _zip_name(main.partname.rels_uri), "[Content_Types].xml"}
    comments_part = _comments_part(document)
    if comments_part is not None:
        replaced.add(_zip_name(comments_part.partname))
    return _compose(original, rewritten.getvalue(), replaced)


#: Word 2012+ keeps reply threads in commentsExtended.xml: ``w15:commentEx`` with ``paraId``
#: (the last paragraph of a comment) and ``paraIdParent`` (the comment it replies to)
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
_COMMENTS_EXTENDED = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"


def drop_earlier_review(document) -> int:
    """Take out the comments an earlier quoteaudit run wrote (author "quoteaudit"), with
    their range and reference marks, so that auditing an ``.audited.docx`` again gives
    one current review instead of the old one plus the new one. Why: an editor fixes a
    draft in the reviewed copy and audits it again; stale comments on passages that were
    fixed would read as open problems. A quoteaudit comment someone replied to stays (the
    reply would lose its thread), and every comment by a person stays. Returns how many
    were taken out."""
    part = _comments_part(document)
    if part is None:
        return 0
    replied_to = _replied_to_paragraphs(document)
    drop: set[str] = set()
    for element in list(part.element.iterchildren(w("comment"))):
        if element.get(w("author"), "") != AUTHOR:
            continue
        para_ids = {p.get(f"{{{_W14}}}paraId") for p in element.iter(_P)}
        if para_ids & replied_to:
            continue
        drop.add(element.get(w("id"), ""))
        part.element.remove(element)
    if not drop:
        return 0
    body = document.element.body
    for tag in ("commentRangeStart", "commentRangeEnd", "commentReference"):
        for mark in list(body.iter(w(tag))):
            if mark.get(w("id")) not in drop:
                continue
            parent = mark.getparent()
            parent.remove(mark)
            # the reference run quoteaudit wrote holds only its style and the reference
            if tag == "commentReference" and parent.tag == _R and all(c.tag == _RPR for c in parent):
                parent.getparent().remove(parent)
    return len(drop)


def _replied_to_paragraphs(document) -> set[str]:
    """The paraIds of comments that have a reply (from commentsExtended.xml, if any)."""
    from lxml import etree

    for rel in document.part.rels.values():
        if rel.reltype == _COMMENTS_EXTENDED and not rel.is_external:
            root = etree.fromstring(rel.target_part.blob)
            return {e.get(f"{{{_W15}}}paraIdParent") for e in root.iter(f"{{{_W15}}}commentEx")} - {None}
    return set()


def _zip_name(partname: str) -> str:
    return str(partname).lstrip("/")


def _comments_part(document):
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        return document.part.part_related_by(RT.COMMENTS)
    except KeyError:
        return None


def _compose(original: bytes, rewritten: bytes, replaced: set[str]) -> bytes:
    """The original package with the ``replaced`` parts (and any new ones) taken from
    python-docx's output. Every other part keeps its exact bytes: python-docx re-serialises
    every XML part it loaded, and styles, settings, headers or the people who commented
    have no reason to change."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(original)) as zin, zipfile.ZipFile(io.BytesIO(rewritten)) as znew:
        new_names = set(znew.namelist())
        old_names = set(zin.namelist())
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                data = znew.read(info.filename) if info.filename in replaced and info.filename in new_names else zin.read(info.filename)
                zout.writestr(_entry(info), data)
            for info in znew.infolist():
                if info.filename not in old_names:
                    zout.writestr(_entry(info), znew.read(info.filename))
    return out.getvalue()


def _entry(info: zipfile.ZipInfo) -> zipfile.ZipInfo:
    entry = zipfile.ZipInfo(info.filename, date_time=info.date_time)
    entry.compress_type = info.compress_type if info.compress_type in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) else zipfile.ZIP_DEFLATED
    entry.external_attr = info.external_attr
    return entry


# -- any other input: a new document --------------------------------------------------------------

_LINE_ENDS = re.compile("[\r\n]")
_STYLES = {"heading": "Heading 1", "blockquote": "Quote", "list": "List Bullet"}


def _new_document(doc: DocumentAudit, comments: list[ReviewComment]) -> bytes:
    import docx

    document = docx.Document()
    core = document.core_properties
    core.author = str(doc.metadata.get("author") or "") if isinstance(doc.metadata, dict) else ""
    title = doc.metadata.get("title") if isinstance(doc.metadata, dict) else None
    core.title = str(title) if title else ""
    body = document.element.body
    for p in list(body.iterchildren(_P)):  # the template's empty first paragraph, if any
        body.remove(p)
    spans = doc.paragraphs or ([Paragraph(0, len(doc.text))] if doc.text.strip() else [])
    for span in spans:
        # one character for one: line ends become spaces, characters XML cannot hold U+FFFD
        text = xml_text(_LINE_ENDS.sub(" ", doc.text[span.start : span.end]))
        document.add_paragraph(text, _STYLES.get(span.kind))
    paragraphs = body_paragraphs(body)
    starts = [s.start for s in spans]

    def place(offset: int, end: bool) -> tuple[BodyParagraph, int]:
        i = max(0, bisect.bisect_right(starts, offset - 1 if end else offset) - 1)
        span = spans[i]
        return paragraphs[i], min(max(offset - span.start, 0), span.end - span.start)

    if spans:
        _add_comments(document, doc.text, comments, place)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# -- anchoring ------------------------------------------------------------------------------------

Place = Callable[[int, bool], tuple[BodyParagraph, int]]


def _add_comments(document, text: str, comments: list[ReviewComment], place: Place) -> None:
    for c in comments:
        start, end = anchor_span(text, c.start, c.end)
        if end <= start:
            continue
        comment = document.comments.add_comment(text=xml_text(c.text), author=AUTHOR, initials=INITIALS)
        (p_start, char_start), (p_end, char_end) = place(start, False), place(end, True)
        mark_range(p_start.element, char_start, p_end.element, char_end, comment.comment_id)


def anchor_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span a comment is anchored on: the flagged span without surrounding white space;
    a point (an empty span) is widened to the word there, since Word cannot anchor a
    comment on nothing in a way every word processor shows."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        return start, end
    m = re.compile(r"\S+").search(text, start)
    return (m.start(), m.end()) if m else (start, start)


def _units(p) -> list[tuple[object, int, int]]:
    """``(run, start, end)`` of the runs with text in paragraph ``p``, in characters of the
    paragraph as the reader saw it."""
    out = []
    pos = 0
    for element, piece in paragraph_items(p):
        if element.tag == _R and piece:
            out.append((element, pos, pos + len(piece)))
            pos += len(piece)
    return out


def mark_range(p_start, char_start: int, p_end, char_end: int, comment_id: int) -> None:
    """Put comment ``comment_id``'s range markers around characters ``char_start`` of
    paragraph ``p_start`` to ``char_end`` of ``p_end`` (exclusive), splitting the runs
    there, and its reference mark after the end."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    start_mark = OxmlElement("w:commentRangeStart", attrs={qn("w:id"): str(comment_id)})
    end_mark = OxmlElement("w:commentRangeEnd", attrs={qn("w:id"): str(comment_id)})
    units = _split_at(p_start, char_start)
    first = next((r for r, s, _e in units if s >= char_start), None)
    if first is not None:
        first.addprevious(start_mark)
    else:
        p_start.append(start_mark)
    units = _split_at(p_end, char_end)
    last = next((r for r, _s, e in reversed(units) if e <= char_end), None)
    if last is not None:
        last.addnext(end_mark)
        after = last
        while after.getparent() is not None and after.getparent().tag in _HOIST_FROM:
            after = after.getparent()
        anchor = end_mark if after is last else after
    else:
        ppr = p_end.find(_PPR)
        if ppr is not None:
            ppr.addnext(end_mark)
        else:
            p_end.insert(0, end_mark)
        anchor = end_mark
    anchor.addnext(_reference_run(comment_id))


def _reference_run(comment_id: int):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rpr.append(OxmlElement("w:rStyle", attrs={qn("w:val"): "CommentReference"}))
    r.append(rpr)
    r.append(OxmlElement("w:commentReference", attrs={qn("w:id"): str(comment_id)}))
    return r


def _split_at(p, char: int) -> list[tuple[object, int, int]]:
    """Make a run boundary at character ``char`` of paragraph ``p``; the runs after."""
    units = _units(p)
    for run, start, end in units:
        if start < char < end:
            _split_run(run, char - start)
            return _units(p)
    return units


def _split_run(r, k: int) -> None:
    """Split run ``r`` after its ``k``-th character into two runs with the same properties."""
    from docx.oxml import OxmlElement

    right = OxmlElement("w:r")
    for name, value in r.attrib.items():
        right.set(name, value)
    rpr = r.find(_RPR)
    if rpr is not None:
        right.append(copy.deepcopy(rpr))
    pos = 0
    moving = False
    for child in [c for c in r if c.tag != _RPR]:
        if moving:
            right.append(child)  # moves it
            continue
        n = len(run_piece(child))
        if pos + n <= k:
            pos += n
            moving = pos == k and n > 0
            continue
        # the split falls inside this child, which only a w:t can be
        cut = k - pos
        tail = OxmlElement("w:t")
        tail.text = child.text[cut:]
        tail.set(_XML_SPACE, "preserve")
        child.text = child.text[:cut]
        child.set(_XML_SPACE, "preserve")
        right.append(tail)
        moving = True
    r.addnext(right)


__all__ = ["AUTHOR", "DocxReporter", "ReviewComment", "W_NS", "anchor_span", "drop_earlier_review", "review_comments", "write_reviewed"]
