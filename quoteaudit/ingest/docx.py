"""Word documents (``.docx``), read with python-docx.

The article is the document body as Word shows it with every tracked change accepted:
paragraphs in order, table cells' paragraphs row by row, inserted text in, deleted and
moved-away text out, hidden text out. Headers, footers, footnotes, text boxes and
comments are not article text. Core properties (title, author, created) become metadata.

Offsets. A Word document has no lines, so the offset map points into a stand-in source
with one line per Word paragraph (every ``w:p`` of the body in document order, empty ones
and table cells' included). ``line:column`` of a finding is then *paragraph:character*,
and :meth:`DocxArticle.location_at` adds the table cell. The ``.docx`` writer
(``quoteaudit.report.docx``) walks the same paragraphs and runs with the same functions,
so a comment lands on exactly the characters the audit flagged.

Bad input never reaches the XML parser: the ZIP's declared sizes, compression ratios and
entry count are checked first (a zip bomb is refused before anything is inflated, and
zipfile never inflates past a declared size), and XML parts with a DTD are refused (Word
never writes one; it is how entity-expansion attacks start). python-docx's own parser
does not resolve entities and keeps libxml2's depth and text-size limits.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..model import Paragraph
from .base import Article, InputError, OffsetMap, TextBuilder, plain_data, scrub

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(tag: str) -> str:
    """Clark name of a WordprocessingML element: ``w("p")`` is ``{...main}p``."""
    return f"{{{W_NS}}}{tag}"


_P, _R, _T, _TBL, _TR, _TC = w("p"), w("r"), w("t"), w("tbl"), w("tr"), w("tc")
_PPR, _RPR, _TRPR = w("pPr"), w("rPr"), w("trPr")
_DEL, _INS, _MOVE_FROM, _MOVE_TO = w("del"), w("ins"), w("moveFrom"), w("moveTo")
_COMMENT_START, _COMMENT_END = w("commentRangeStart"), w("commentRangeEnd")

# -- limits: the ZIP is checked against these before anything is inflated -----------------

#: an XML part may inflate to this many times ``max-bytes`` (a 300-page draft's body is a
#: few MB; Word's own styles part is about 0.3 MB)
XML_PART_FACTOR = 4
#: all parts together may inflate to this many times ``max-bytes``
TOTAL_FACTOR = 8
#: a part over ``RATIO_FLOOR`` bytes that inflates more than this is a zip bomb, not a draft
#: (Word's XML deflates 5-30 to one; a zip bomb's parts 1000 to one)
MAX_RATIO = 100
RATIO_FLOOR = 1 << 20
#: a Word package has a few dozen parts; tens of thousands is an attack on the reader
MAX_ENTRIES = 10_000

#: python-docx, LibreOffice and Word write these as the author of a document nobody named;
#: they are no byline
_MACHINE_AUTHORS = frozenset({"python-docx", "microsoft office user", "windows user", "user", "author", "unknown", "administrator"})

_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# the stream an encrypted OOXML package is kept in, as a CFB directory entry (UTF-16LE)
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


@dataclass
class WordComment:
    """A comment already in the document, with the article text it is anchored on."""

    id: str
    author: str
    text: str
    #: the anchored passage in the article text (start == end for a comment on a point)
    start: int
    end: int
    #: the same in the stand-in source (paragraph lines), for line:column
    source_start: int
    source_end: int


@dataclass
class DocxArticle(Article):
    """An :class:`Article` read from a Word document."""

    #: comments in the document (suppression directives are read from them)
    word_comments: list[WordComment] = field(default_factory=list)
    #: paragraph number -> (table, row, cell), for paragraphs in a table
    cells: dict[int, tuple[int, int, int]] = field(default_factory=dict)

    def location_at(self, offset: int) -> dict[str, int | None]:
        """Where text ``offset`` is, as an editor finds it in Word: the paragraph and, in a
        table, the table, row and cell (all 1-based)."""
        paragraph, _column = self.line_col(offset)
        where: dict[str, int | None] = {"paragraph": paragraph}
        if paragraph in self.cells:
            where["table"], where["row"], where["cell"] = self.cells[paragraph]
        return where


# -- the body, in document order ------------------------------------------------------------


@dataclass
class BodyParagraph:
    """One ``w:p`` of the body, numbered as the article's paragraph lines are."""

    element: object
    number: int
    cell: tuple[int, int, int] | None = None
    #: in a table row deleted as a tracked change: no article text
    deleted: bool = False


def body_paragraphs(body) -> list[BodyParagraph]:
    """Every paragraph of the body in document order, table cells' paragraphs included,
    numbered from 1. Content controls and custom XML wrappers are looked through; text
    boxes and other drawings are not body paragraphs (their text is not the article's)."""
    out: list[BodyParagraph] = []
    tables = [0]

    def blocks(parent, cell, deleted) -> None:
        for child in parent:
            tag = child.tag
            if tag == _P:
                out.append(BodyParagraph(child, len(out) + 1, cell, deleted))
            elif tag == _TBL:
                tables[0] += 1
                table(child, tables[0], deleted)
            elif tag in _BLOCK_WRAPPERS:
                blocks(child, cell, deleted)

    def table(tbl, number, deleted) -> None:
        for r, tr in enumerate(_children(tbl, _TR), 1):
            trpr = tr.find(_TRPR)
            row_deleted = deleted or (trpr is not None and trpr.find(_DEL) is not None)
            for c, tc in enumerate(_children(tr, _TC), 1):
                blocks(tc, (number, r, c), row_deleted)

    blocks(body, None, False)
    return out


#: elements that only wrap blocks, rows or cells: content controls, custom XML
_BLOCK_WRAPPERS = frozenset({w("sdt"), w("sdtContent"), w("customXml")})


def _children(parent, tag: str) -> Iterator:
    """``tag`` children of ``parent``, looking through content controls and custom XML."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in _BLOCK_WRAPPERS:
            yield from _children(child, tag)


# -- runs and their text ----------------------------------------------------------------------

#: inline containers whose runs are part of the paragraph as accepted: insertions, moved-in
#: text, hyperlinks, smart tags, content controls, simple fields, bidi wrappers
_INLINE_WRAPPERS = frozenset(
    w(t) for t in ("ins", "moveTo", "hyperlink", "smartTag", "sdt", "sdtContent", "customXml", "fldSimple", "dir", "bdo")
)
#: inline containers whose text is gone once changes are accepted
_REMOVED = frozenset({_DEL, _MOVE_FROM})


def run_piece(child) -> str:
    """The text one child of a ``w:r`` contributes to its paragraph.

    Breaks become a space (Markdown's soft break does the same) so a paragraph stays one
    line; a non-breaking hyphen is a hyphen; a soft hyphen, a field code (``w:instrText``),
    a drawing or a symbol-font character contribute nothing. Line ends inside ``w:t`` (rare,
    shown by Word as spaces) become spaces, one for one."""
    tag = child.tag
    if tag == _T:
        text = child.text or ""
        return text.replace("\r", " ").replace("\n", " ") if ("\n" in text or "\r" in text) else text
    return _PIECES.get(tag, "")


_PIECES = {w("tab"): "\t", w("ptab"): "\t", w("br"): " ", w("cr"): " ", w("noBreakHyphen"): "-"}


def run_text(r) -> str:
    if _hidden(r):
        return ""
    return "".join(run_piece(child) for child in r if child.tag != _RPR)


def _hidden(r) -> bool:
    """A run formatted as hidden text (``w:vanish``): Word does not show or print it."""
    rpr = r.find(_RPR)
    if rpr is None:
        return False
    vanish = rpr.find(w("vanish"))
    return vanish is not None and vanish.get(w("val"), "true").lower() not in ("0", "false", "off")


def paragraph_items(p) -> Iterator[tuple[object, str]]:
    """``(element, text)`` in document order for every run of paragraph ``p`` that is part of
    the accepted text (text may be empty), and ``(element, "")`` for each comment range
    marker, so readers can place them."""

    def walk(parent) -> Iterator[tuple[object, str]]:
        for child in parent:
            tag = child.tag
            if tag == _R:
                yield child, run_text(child)
            elif tag in _INLINE_WRAPPERS:
                yield from walk(child)
            elif tag in (_COMMENT_START, _COMMENT_END):
                yield child, ""
            # w:del and w:moveFrom (text gone once accepted), w:pPr, bookmarks, proofing
            # marks and math carry no article text

    return walk(p)


def paragraph_text(p) -> str:
    return "".join(text for _el, text in paragraph_items(p))


def mark_deleted(p) -> bool:
    """The paragraph mark itself is a tracked deletion: once accepted, the paragraph runs
    on into the next one."""
    ppr = p.find(_PPR)
    rpr = ppr.find(_RPR) if ppr is not None else None
    return rpr is not None and (rpr.find(_DEL) is not None or rpr.find(_MOVE_FROM) is not None)


# -- paragraph kinds --------------------------------------------------------------------------


def _style_names(document) -> dict[str, str]:
    """Paragraph style id -> lower-case style name (``Heading1`` -> ``heading 1``)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    # looked up, not document.styles: that would add a default styles part to a document
    # without one, and the writer would then save it
    try:
        styles = document.part.part_related_by(RT.STYLES).element
    except KeyError:
        return {}
    names = {}
    for style in styles.iterchildren(w("style")):
        sid = style.get(w("styleId"))
        name = style.find(w("name"))
        if sid:
            names[sid] = (name.get(w("val")) if name is not None else sid).lower()
    return names


def paragraph_kind(p, style_names: dict[str, str]) -> str:
    """``heading`` for Title, Subtitle and Heading N styles (or an outline level), ``list``
    for numbered or bulleted paragraphs, ``blockquote`` for the Quote styles, else ``body``."""
    ppr = p.find(_PPR)
    if ppr is None:
        return "body"
    style = ppr.find(w("pStyle"))
    sid = style.get(w("val")) if style is not None else None
    name = style_names.get(sid, (sid or "").lower()) if sid else ""
    if name in ("title", "subtitle") or name.startswith("heading") or ppr.find(w("outlineLvl")) is not None:
        return "heading"
    if name in ("quote", "intense quote", "block text"):
        return "blockquote"
    if ppr.find(w("numPr")) is not None or name.startswith("list"):
        return "list"
    return "body"


# -- the package ------------------------------------------------------------------------------


def check_package(data: bytes, shown: str, max_bytes: int) -> zipfile.ZipFile:
    """The ZIP of a Word file, after the checks that need no inflating; raises
    :class:`InputError` with one line saying what the file is instead."""
    if data.startswith(_CFB_MAGIC):
        if _ENCRYPTED in data:
            raise InputError(shown, "is password-protected (encrypted); remove the password in Word (File > Info > Protect Document) and save a copy to audit")
        raise InputError(shown, "is an old Word .doc (binary) file, not a .docx; open it in Word and save it as Word Document (.docx)")
    if data.startswith(b"{\\rtf"):
        raise InputError(shown, "is a Rich Text (RTF) file named .docx; save it as Word Document (.docx)")
    if not data.startswith(b"PK"):
        raise InputError(shown, "is not a Word .docx file (a .docx is a ZIP package; this is not one)")
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        infos = package.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        raise InputError(shown, f"is damaged or incomplete (not a readable ZIP package: {exc})") from None
    if len(infos) > MAX_ENTRIES:
        raise InputError(shown, f"has {len(infos):,} parts, more than any Word document ({MAX_ENTRIES:,}); refused")
    names = {i.filename for i in infos}
    if "mimetype" in names and "[Content_Types].xml" not in names:
        kind = _zip_member(package, "mimetype", 200, shown).decode("ascii", "replace").strip()
        what = "an OpenDocument (.odt) file" if "opendocument" in kind else "an OpenDocument or EPUB package"
        raise InputError(shown, f"is {what} named .docx; open it and save it as Word Document (.docx)")
    if "[Content_Types].xml" not in names:
        raise InputError(shown, "is a ZIP archive but not a Word document (it has no [Content_Types].xml)")
    total = 0
    for info in infos:
        total += info.file_size
        xml = info.filename.endswith((".xml", ".rels"))
        if xml and info.file_size > XML_PART_FACTOR * max_bytes:
            raise InputError(shown, f"has a {info.file_size / 1048576:.1f} MB XML part ({scrub(info.filename)}), over {XML_PART_FACTOR} times the article size limit; refused (raise max-bytes in the config to audit it)")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise InputError(shown, f"looks like a zip bomb: {scrub(info.filename)} would inflate {info.file_size // max(info.compress_size, 1):,} times; refused")
    if total > TOTAL_FACTOR * max_bytes:
        raise InputError(shown, f"would inflate to {total / 1048576:.1f} MB, over {TOTAL_FACTOR} times the article size limit; refused (raise max-bytes in the config to audit it)")
    for info in infos:
        if info.filename.endswith((".xml", ".rels")) and info.file_size:
            if _DOCTYPE.search(_zip_member(package, info.filename, info.file_size, shown)):
                raise InputError(shown, f"has a DTD in {scrub(info.filename)}, which Word never writes; refused")
    return package


def _zip_member(package: zipfile.ZipFile, name: str, limit: int, shown: str) -> bytes:
    """At most ``limit`` bytes of one part (zipfile never inflates past the declared size)."""
    try:
        with package.open(name) as fh:
            return fh.read(limit)
    except Exception as exc:  # BadZipFile (CRC), zlib.error, EOFError, an encrypted entry: all damage
        raise InputError(shown, f"is damaged or incomplete (part {scrub(name)} cannot be unpacked: {scrub(str(exc))})") from None


def open_document(data: bytes, shown: str, max_bytes: int):
    """The python-docx ``Document`` for a Word file's bytes, after :func:`check_package`;
    raises :class:`InputError` for anything python-docx or the ZIP cannot read."""
    import docx
    from lxml import etree

    check_package(data, shown, max_bytes)
    try:
        return docx.Document(io.BytesIO(data))
    except etree.XMLSyntaxError as exc:
        message = str(exc)
        if "depth" in message.lower():
            raise InputError(shown, "has XML nested too deeply to read; refused") from None
        raise InputError(shown, f"is damaged (its XML cannot be parsed: {scrub(message)})") from None
    except ValueError as exc:
        message = str(exc)
        if "content type is" in message:
            kind = message.rsplit("content type is", 1)[1].strip(" '\"")
            if "macroEnabled" in kind:
                raise InputError(shown, "is a macro-enabled Word document (.docm) named .docx; save it as Word Document (.docx)") from None
            if "template" in kind:
                raise InputError(shown, "is a Word template (.dotx) named .docx; save it as Word Document (.docx)") from None
            raise InputError(shown, f"is not a Word document (its main part is {scrub(kind)})") from None
        raise InputError(shown, f"is not a Word document python-docx can read ({scrub(message)})") from None
    except (KeyError, zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
        raise InputError(shown, f"is damaged or not a standard Word document ({type(exc).__name__}: {scrub(str(exc))})") from None


# -- the reader -------------------------------------------------------------------------------


@dataclass
class _Mark:
    comment_id: str
    is_start: bool
    source: int  # stand-in source offset
    text: int  # article text offset


def read_docx(data: bytes, *, path: str | None, article_id: str, sha256: str, max_bytes: int) -> DocxArticle:
    """Read a Word file's bytes into an article; raises :class:`InputError` for a file that
    is not a readable Word document."""
    shown = path or article_id
    document = open_document(data, shown, max_bytes)
    return article_from_document(document, path=path, article_id=article_id, sha256=sha256)


def article_from_document(document, *, path: str | None, article_id: str, sha256: str) -> DocxArticle:
    style_names = _style_names(document)
    builder = TextBuilder()
    lines: list[str] = []
    source_len = 0
    cells: dict[int, tuple[int, int, int]] = {}
    marks: list[_Mark] = []
    merging = False  # the previous paragraph's mark was deleted: this one continues it
    paragraphs = body_paragraphs(document.element.body)
    for para in paragraphs:
        line_start = source_len
        if para.cell:
            cells[para.number] = para.cell
        pos = line_start
        pieces: list[str] = []
        if not merging:
            builder.separate(line_start)
            builder.open_paragraph()
        for element, text in ([] if para.deleted else paragraph_items(para.element)):
            tag = element.tag
            if tag == _R:
                if text:
                    builder.add(text, pos)
                    pieces.append(text)
                    pos += len(text)
            else:
                marks.append(_Mark(element.get(w("id"), ""), tag == _COMMENT_START, pos, len(builder)))
        line = "".join(pieces)
        lines.append(line)
        source_len += len(line) + 1
        merging = not para.deleted and mark_deleted(para.element) and para.number < len(paragraphs)
        if not merging:
            builder.close_paragraph(paragraph_kind(para.element, style_names), line_start)
    text, segments = builder.build()
    source = "\n".join(lines)
    return DocxArticle(
        id=article_id,
        path=path,
        text=scrub(text),
        paragraphs=builder.paragraphs,
        metadata=_metadata(document),
        offsets=OffsetMap(segments, source),
        sha256=sha256,
        format="docx",
        word_comments=_comments(document, marks),
        cells=cells,
    )


def _metadata(document) -> dict:
    """Title, author and creation time from the core properties, when they say something."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    # python-docx makes a default core-properties part (author "python-docx") when asked
    # for a document's properties and it has none: ask only when it has them
    if not any(rel.reltype == RT.CORE_PROPERTIES for rel in document.part.package.rels.values()):
        return {}
    try:
        core = document.core_properties
        title, author, created = core.title, core.author, core.created
    except Exception:  # a malformed core-properties part costs the metadata, not the article
        return {}
    meta: dict = {}
    if title and title.strip():
        meta["title"] = title.strip()
    if author and author.strip() and author.strip().lower() not in _MACHINE_AUTHORS:
        meta["author"] = author.strip()
    if created is not None:
        meta["created"] = created.isoformat()
    return plain_data(meta)


def _comments(document, marks: list[_Mark]) -> list[WordComment]:
    """The document's comments with the article text each is anchored on. A comment whose
    range markers are missing (Word keeps them; other tools may not) has no anchor and is
    left out."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        part = document.part.part_related_by(RT.COMMENTS)
    except KeyError:
        return []
    starts = {m.comment_id: m for m in marks if m.is_start}
    ends = {m.comment_id: m for m in marks if not m.is_start}
    out = []
    for element in part.element.iterchildren(w("comment")):
        cid = element.get(w("id"), "")
        start, end = starts.get(cid), ends.get(cid)
        if start is None or end is None:
            continue
        text = "\n".join(paragraph_text(p) for p in element.iter(_P))
        out.append(
            WordComment(
                id=cid,
                author=element.get(w("author"), ""),
                text=scrub(text),
                start=start.text,
                end=max(start.text, end.text),
                source_start=start.source,
                source_end=max(start.source, end.source),
            )
        )
    return out
