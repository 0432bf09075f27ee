"""Word files that are not what their name says, damaged, or built to hurt the reader:
each is one clear line naming the file, exit 2, and the other articles are still audited.
Zip bombs and absurd XML are refused before they are inflated or parsed."""

from __future__ import annotations

import io
import time
import tracemalloc
import zipfile

import pytest
from typer.testing import CliRunner

from quoteaudit.cli import app
from quoteaudit.ingest import InputError, read_file

from . import docxkit as kit

runner = CliRunner()


def problem(path, **kw) -> str:
    (item,) = list(read_file(str(path), **kw))
    assert isinstance(item, InputError), item
    assert item.path == str(path)
    return item.problem


def good_docx() -> bytes:
    out = io.BytesIO()
    kit.new_document("The mayor resigned on Tuesday, officials said.").save(out)
    return out.getvalue()


def rezip(data: bytes, replace: dict[str, bytes] | None = None, add: dict[str, bytes] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            zout.writestr(name, (replace or {}).get(name, zin.read(name)))
        for name, body in (add or {}).items():
            zout.writestr(name, body)
    return out.getvalue()


def cfb(*stream_names: str) -> bytes:
    """The start of an OLE compound file (what old .doc files and password-protected .docx
    files are), with directory entries naming its streams."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    entries = b"".join(name.encode("utf-16-le").ljust(64, b"\x00") + b"\x00" * 64 for name in stream_names)
    return header + entries + b"\x00" * 1024


CASES = [
    ("locked.docx", cfb("Root Entry", "EncryptionInfo", "EncryptedPackage"), "is password-protected (encrypted); remove the password in Word (File > Info > Protect Document) and save a copy to audit"),
    ("old.docx", cfb("Root Entry", "WordDocument", "1Table"), "is an old Word .doc (binary) file, not a .docx; open it in Word and save it as Word Document (.docx)"),
    ("notes.docx", b"The mayor resigned, officials said.\n", "is not a Word .docx file (a .docx is a ZIP package; this is not one)"),
    ("letter.docx", b"{\\rtf1\\ansi The mayor resigned.}", "is a Rich Text (RTF) file named .docx; save it as Word Document (.docx)"),
]


@pytest.mark.parametrize("name,data,expected", CASES, ids=[c[0] for c in CASES])
def test_not_a_docx_is_named_for_what_it_is(tmp_path, name, data, expected):
    path = tmp_path / name
    path.write_bytes(data)
    assert problem(path) == expected


def test_truncated_docx_is_damaged(tmp_path):
    path = tmp_path / "cut.docx"
    path.write_bytes(good_docx()[:3000])
    assert problem(path).startswith("is damaged or incomplete (not a readable ZIP package: ")


def test_odt_renamed_docx(tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<office:document-content/>")
    path = tmp_path / "draft.docx"
    path.write_bytes(out.getvalue())
    assert problem(path) == "is an OpenDocument (.odt) file named .docx; open it and save it as Word Document (.docx)"


def test_a_zip_that_is_not_word(tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("photos/1.txt", "not a document")
    path = tmp_path / "archive.docx"
    path.write_bytes(out.getvalue())
    assert problem(path) == "is a ZIP archive but not a Word document (it has no [Content_Types].xml)"


def test_a_corrupted_part_is_damaged_not_a_traceback(tmp_path):
    data = bytearray(good_docx())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        info = z.getinfo("word/document.xml")
    at = info.header_offset + 30 + len(info.filename) + len(info.extra) + 10
    data[at : at + 8] = b"\x00\xff" * 4  # scribble on the compressed body
    path = tmp_path / "scribbled.docx"
    path.write_bytes(bytes(data))
    assert problem(path).startswith("is damaged or incomplete (part word/document.xml cannot be unpacked: ")


def test_old_doc_and_odt_extensions_say_to_save_as_docx(tmp_path):
    (tmp_path / "a.doc").write_bytes(cfb("Root Entry", "WordDocument"))
    assert problem(tmp_path / "a.doc") == "is an old Word .doc file; open it in Word and save it as Word Document (.docx)"


def test_macro_enabled_document_renamed(tmp_path):
    data = good_docx()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        types = z.read("[Content_Types].xml").replace(
            b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            b"application/vnd.ms-word.document.macroEnabled.main+xml",
        )
    path = tmp_path / "macros.docx"
    path.write_bytes(rezip(data, {"[Content_Types].xml": types}))
    assert problem(path) == "is a macro-enabled Word document (.docm) named .docx; save it as Word Document (.docx)"


def test_an_empty_body_is_no_article(tmp_path):
    path = kit.save(kit.new_document("", "   "), tmp_path / "blank.docx")
    assert problem(path) == "has no article text (the body is empty)"


# -- hostile packages ---------------------------------------------------------------------------


def test_zip_bomb_is_refused_without_inflating_it(tmp_path):
    """A 200 MB body that deflates 1000 to one: refused from the ZIP directory alone, in
    well under a second and little memory (reading any input reserves a max-bytes buffer,
    10 MB, for an instant; inflating the bomb would take 200 MB)."""
    big = b"<w:p/>" * (200 * 1024 * 1024 // 6)
    bomb = rezip(good_docx(), add={"word/media/bomb.xml": big})
    del big
    path = tmp_path / "bomb.docx"
    path.write_bytes(bomb)
    assert len(bomb) < 1024 * 1024
    tracemalloc.start()
    began = time.perf_counter()
    got = problem(path)
    elapsed = time.perf_counter() - began
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert got.startswith("has a 200.0 MB XML part (word/media/bomb.xml), over 4 times the article size limit; refused")
    assert peak < 16 * 1024 * 1024, peak
    assert elapsed < 2, elapsed


def test_high_compression_ratio_is_a_zip_bomb_even_under_the_size_caps(tmp_path):
    payload = b"\x00" * (30 * 1024 * 1024)  # a binary part: no XML cap applies, the ratio does
    path = tmp_path / "ratio.docx"
    path.write_bytes(rezip(good_docx(), add={"word/media/image1.png": payload}))
    assert problem(path).startswith("looks like a zip bomb: word/media/image1.png would inflate ")


def test_too_many_parts_is_refused(tmp_path):
    path = tmp_path / "parts.docx"
    path.write_bytes(rezip(good_docx(), add={f"customXml/item{i}.bin": b"" for i in range(10_001)}))
    assert problem(path).startswith("has 10,0")


def test_entity_expansion_is_refused(tmp_path):
    data = good_docx()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        body = z.read("word/document.xml").decode("utf-8")
    lol = '<!DOCTYPE w:document [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
    head, _, rest = body.partition("?>")
    path = tmp_path / "lol.docx"
    path.write_bytes(rezip(data, {"word/document.xml": (head + "?>" + lol + rest.replace("officials", "&c;")).encode()}))
    assert problem(path) == "has a DTD in word/document.xml, which Word never writes; refused"


def test_absurdly_nested_xml_is_refused_quickly(tmp_path):
    data = good_docx()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        body = z.read("word/document.xml").decode("utf-8")
    deep = "<w:sdt><w:sdtContent>" * 5_000 + "</w:sdtContent></w:sdt>" * 5_000
    path = tmp_path / "deep.docx"
    path.write_bytes(rezip(data, {"word/document.xml": body.replace("<w:body>", "<w:body>" + deep).encode()}))
    began = time.perf_counter()
    assert problem(path) == "has XML nested too deeply to read; refused"
    assert time.perf_counter() - began < 5


def test_a_tight_max_bytes_applies_to_the_file_and_its_parts(tmp_path):
    path = tmp_path / "draft.docx"
    path.write_bytes(good_docx())
    size = path.stat().st_size
    assert problem(path, max_bytes=size - 1).startswith(f"is {size:,} bytes, over the {size - 1:,} bytes article size limit")
    # the file fits, but Word's 0.3 MB styles part is over four times a 40 kB limit
    assert problem(path, max_bytes=size + 100).startswith("has a 0.3 MB XML part (word/styles.xml), over 4 times the article size limit")


def test_cli_one_line_per_bad_file_exit_2_and_the_rest_audited(tmp_path):
    kit.save(kit.new_document("The mayor resigned on Tuesday, officials said."), tmp_path / "good.docx")
    (tmp_path / "locked.docx").write_bytes(cfb("Root Entry", "EncryptedPackage"))
    (tmp_path / "cut.docx").write_bytes(good_docx()[:2000])
    (tmp_path / "story.txt").write_text("The mayor resigned, officials said.\n", encoding="utf-8")
    result = runner.invoke(app, ["audit", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("quoteaudit: error:")]
    assert len(errors) == 2 and str(tmp_path / "locked.docx") in errors[1] and str(tmp_path / "cut.docx") in errors[0]
    # each audited article opens with "path: verdict" (the text report's first line)
    audited = [line for line in result.stdout.splitlines() if line.startswith(str(tmp_path))]
    assert [line.split(":")[0] for line in audited] == [str(tmp_path / "good.docx"), str(tmp_path / "story.txt")]
