"""Build Word documents in tests (python-docx, and lxml for what python-docx cannot write:
tracked changes, comments on a passage) and read back what a word processor would show:
the text each comment is anchored on, found by walking the XML independently of
quoteaudit's reader."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def q(tag: str) -> str:
    return f"{{{W}}}{tag}"


def new_document(*paragraphs: str, title: str | None = None, author: str | None = None) -> docx.Document:
    """A document with an optional Title paragraph and body paragraphs."""
    document = docx.Document()
    if title:
        document.add_heading(title, 0)
    for text in paragraphs:
        document.add_paragraph(text)
    document.core_properties.author = author or ""
    return document


def save(document, path: Path) -> Path:
    """Save as Word would: python-docx writes ``<?xml version='1.0' ...?>\n``, Word writes
    double quotes and CRLF, so a part that python-docx re-serialised is told apart."""
    buffer = io.BytesIO()
    document.save(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename.endswith((".xml", ".rels")) and data.startswith(b"<?xml"):
                end = data.index(b"?>") + 2
                data = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' + data[end:].lstrip()
            zout.writestr(info, data)
    path.write_bytes(out.getvalue())
    return path


def _run(text: str, tag: str = "t"):
    r = OxmlElement("w:r")
    t = OxmlElement(f"w:{tag}")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(t)
    return r


def tracked(paragraph, kind: str, text: str, author: str = "Copy Desk"):
    """Append ``text`` to ``paragraph`` as a tracked insertion (``ins``), deletion (``del``)
    or move away (``moveFrom``), as Word writes them."""
    change = OxmlElement(f"w:{kind}", attrs={qn("w:id"): str(abs(hash((kind, text))) % 100000), qn("w:author"): author, qn("w:date"): "2024-03-12T09:00:00Z"})
    change.append(_run(text, "delText" if kind in ("del",) else "t"))
    paragraph._p.append(change)
    return change


def plain(paragraph, text: str) -> None:
    paragraph._p.append(_run(text))


def comment_on(document, paragraph, words: str, text: str, author: str = "Maria Editor") -> None:
    """A reviewer's comment on ``words`` in a paragraph whose runs are given so that
    ``words`` is exactly one run (split the paragraph into runs with :func:`runs`)."""
    run = next(r for r in paragraph.runs if r.text == words)
    document.add_comment(run, text=text, author=author, initials="ME")


def runs(document, *pieces: str):
    """A paragraph made of one run per piece."""
    p = document.add_paragraph()
    for piece in pieces:
        p.add_run(piece)
    return p


def disputed_vote() -> docx.Document:
    """A copy-edited story: a title, a paragraph with a tracked deletion and insertion (the
    anonymous source is in the inserted text), and a table whose cell names a vague source."""
    document = new_document(title="Vote count disputed")
    p = document.add_paragraph()
    plain(p, "The council voted ")
    tracked(p, "del", "4-3")
    tracked(p, "ins", "5-2 on Tuesday, officials")
    plain(p, " said.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Result"
    table.cell(0, 1).text = "Sources said the count was wrong."
    return document


def tiny_png() -> bytes:
    """A valid 2x2 red PNG, built here so no binary fixture is needed."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 2 for _ in range(2))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def add_image(document) -> None:
    document.add_picture(io.BytesIO(tiny_png()))


# -- reading back ------------------------------------------------------------------------------


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name) for name in z.namelist()}


def comments(path: Path) -> dict[str, dict]:
    """Every comment: ``{id: {"author", "text", "anchored"}}``. ``anchored`` is the text
    between the comment's range markers as shown with tracked changes accepted (inserted
    text in, deleted text out), paragraphs joined by a blank line."""
    files = parts(path)
    body = etree.fromstring(files["word/document.xml"])
    anchored: dict[str, list[str]] = {}
    open_ids: list[str] = []
    removed = 0  # depth inside w:del / w:moveFrom
    for event, el in etree.iterwalk(body, events=("start", "end")):
        tag = el.tag
        if tag in (q("del"), q("moveFrom")):
            removed += 1 if event == "start" else -1
        elif event == "start" and tag == q("commentRangeStart"):
            cid = el.get(q("id"))
            open_ids.append(cid)
            anchored.setdefault(cid, [])
        elif event == "start" and tag == q("commentRangeEnd"):
            cid = el.get(q("id"))
            if cid in open_ids:
                open_ids.remove(cid)
        elif event == "start" and tag == q("t") and not removed:
            for cid in open_ids:
                anchored[cid].append(el.text or "")
        elif event == "end" and tag == q("p"):
            for cid in open_ids:
                anchored[cid].append("\n\n")
    out = {}
    if "word/comments.xml" in files:
        for c in etree.fromstring(files["word/comments.xml"]).iter(q("comment")):
            cid = c.get(q("id"))
            text = "\n".join("".join(t.text or "" for t in p.iter(q("t"))) for p in c.iter(q("p")))
            out[cid] = {"author": c.get(q("author")), "text": text, "anchored": "".join(anchored.get(cid, [])).strip()}
    return out


def ours(path: Path) -> list[dict]:
    """The comments quoteaudit wrote, in id order."""
    return [c for _cid, c in sorted(comments(path).items(), key=lambda kv: int(kv[0])) if c["author"] == "quoteaudit"]


W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"


def reply_to(path: Path, comment_id: str, text: str, author: str) -> bytes:
    """The package at ``path`` with a reply to comment ``comment_id``, threaded as Word 2013+
    does: each comment's paragraph gets a ``w14:paraId`` and ``commentsExtended.xml`` says
    which comment the reply's paragraph answers. (The reply has no range of its own.)"""
    files = parts(path)
    comments_xml = etree.fromstring(files["word/comments.xml"])
    parent = next(c for c in comments_xml.iter(q("comment")) if c.get(q("id")) == comment_id)
    parent_para = list(parent.iter(q("p")))[-1]
    parent_para.set(f"{{{W14}}}paraId", "1A2B3C4D")
    reply = etree.SubElement(comments_xml, q("comment"), {q("id"): "900", q("author"): author, q("initials"): "ME"})
    p = etree.SubElement(reply, q("p"), {f"{{{W14}}}paraId": "5E6F7A8B"})
    etree.SubElement(etree.SubElement(p, q("r")), q("t")).text = text
    files["word/comments.xml"] = etree.tostring(comments_xml, xml_declaration=True, encoding="UTF-8", standalone=True)
    files["word/commentsExtended.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w15:commentsEx xmlns:w15="{W15}">'
        '<w15:commentEx w15:paraId="1A2B3C4D" w15:done="0"/>'
        '<w15:commentEx w15:paraId="5E6F7A8B" w15:paraIdParent="1A2B3C4D" w15:done="0"/></w15:commentsEx>'
    ).encode()
    types = files["[Content_Types].xml"].decode()
    override = '<Override PartName="/word/commentsExtended.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/>'
    files["[Content_Types].xml"] = types.replace("</Types>", override + "</Types>").encode()
    rels = files["word/_rels/document.xml.rels"].decode()
    rel = '<Relationship Id="rIdQa900" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/>'
    files["word/_rels/document.xml.rels"] = rels.replace("</Relationships>", rel + "</Relationships>").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return out.getvalue()
