"""A real word processor opens the reviewed document: LibreOffice converts it to PDF,
with the review comments as PDF notes, one per comment, saying what quoteaudit wrote.

CI installs LibreOffice (``.ci/run``: ``libreoffice-writer-nogui``); a machine without it
fails here with the command to install it, rather than skipping the only check that a
word processor accepts what python-docx and quoteaudit wrote."""

from __future__ import annotations

import binascii
import os
import re
import shutil
import subprocess

import pytest
from typer.testing import CliRunner

from quoteaudit.cli import app

from . import docxkit as kit

runner = CliRunner()


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        pytest.fail("LibreOffice is not installed (no soffice on PATH): apt-get install -y libreoffice-writer-nogui")
    return found


def pdf_notes(pdf: bytes) -> list[str]:
    """The text of every note (``/Subtype /Text`` annotation) in a PDF LibreOffice wrote."""
    notes = []
    for m in re.finditer(rb"/Subtype\s*/Text\b.*?/Contents\s*<([0-9A-Fa-f]+)>", pdf, re.DOTALL):
        raw = binascii.unhexlify(m.group(1))
        notes.append(raw.decode("utf-16-be").lstrip("\ufeff") if raw.startswith(b"\xfe\xff") else raw.decode("latin-1"))
    return notes


def test_libreoffice_opens_the_reviewed_document_and_shows_every_comment(tmp_path):
    binary = soffice()
    document = kit.disputed_vote()
    kit.add_image(document)
    q = kit.runs(document, "“We had no choice,” said ", "Mayor Ana Lopez", ".")
    kit.comment_on(document, q, "Mayor Ana Lopez", "Check her title with the clerk.")
    path = kit.save(document, tmp_path / "disputed.docx")
    out = tmp_path / "out"
    result = runner.invoke(app, ["audit", str(path), "--format", "docx", "--out", str(out), "--exit-zero"])
    assert result.exit_code == 0, result.output
    reviewed = out / "disputed.audited.docx"
    comments = kit.comments(reviewed)
    assert len([c for c in comments.values() if c["author"] == "quoteaudit"]) >= 4

    profile = tmp_path / "lo-profile"  # a private profile: other soffice runs cannot interfere
    proc = subprocess.run(
        [binary, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
         'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}', "--outdir", str(tmp_path / "pdf"), str(reviewed)],
        capture_output=True, text=True, timeout=300, env={**os.environ, "HOME": str(tmp_path)},
    )
    pdf_path = tmp_path / "pdf" / "disputed.audited.pdf"
    assert proc.returncode == 0 and pdf_path.exists(), proc.stdout + proc.stderr
    pdf = pdf_path.read_bytes()
    assert pdf.startswith(b"%PDF-")
    notes = pdf_notes(pdf)
    assert len(notes) == len(comments), (notes, comments)
    for c in comments.values():
        assert any(note.split("\n")[0].strip() == c["text"].split("\n")[0].strip() for note in notes), (c, notes)
