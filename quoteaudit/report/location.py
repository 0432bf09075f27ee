"""Where a finding is, for formats that point into files (SARIF, GitHub, JUnit, text).

Paths are given relative to the repository root (``git rev-parse --show-toplevel``, or the
current folder outside Git), with ``/`` separators, as code-scanning tools expect.

A Word document has no lines: its findings carry a ``location`` (paragraph, and table
cell), and their line:column is paragraph:character, so SARIF's ``startLine`` is the
paragraph number.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote as url_quote

from ..model import DocumentAudit, Finding


def repo_root(cwd: str | None = None) -> str:
    """The Git work tree containing ``cwd`` (default: the current folder), else ``cwd``."""
    return _repo_root(os.path.abspath(cwd or os.getcwd()))


@lru_cache(maxsize=8)
def _repo_root(here: str) -> str:
    try:
        proc = subprocess.run(
            ["git", "rev-parse", "--show-toplevel"], cwd=here, capture_output=True, text=True, timeout=30
        )
    except (OSError, subprocess.SubprocessError):
        return here
    top = proc.stdout.strip()
    return os.path.abspath(top) if proc.returncode == 0 and top else here


def relative_path(path: str | None, root: str) -> str | None:
    """``path`` relative to ``root`` with ``/`` separators; None when it lies outside."""
    if not path:
        return None
    absolute = os.path.abspath(path)
    try:
        rel = os.path.relpath(absolute, root)
    except ValueError:  # another drive on Windows
        return None
    if rel == os.pardir or rel.startswith(os.pardir + os.sep):
        return None
    return rel.replace(os.sep, "/")


# what ingest.display_path makes of a control character: \t, \n, \r or \xNN
_SHOWN_CONTROL = re.compile(r"\\(?:([tnr])|x([0-9a-f]{2}))")
_SHOWN = {"t": "\t", "n": "\n", "r": "\r"}


def file_on_disk(path: str) -> str:
    """The real name of the file an article was read from.

    Ingest names an article by its path with control characters shown escaped (a newline
    as ``\\n``) so that every report line stays one line; GitHub annotations and SARIF
    must name the file itself, or the finding lands on no file. When the name as given
    does not exist but its unescaped form does, that is the file (a name with a real
    backslash followed by ``n`` exists as given, and is kept).
    """
    if "\\" not in path or os.path.lexists(path):
        return path
    real = _SHOWN_CONTROL.sub(lambda m: _SHOWN[m.group(1)] if m.group(1) else chr(int(m.group(2), 16)), path)
    return real if real != path and os.path.lexists(real) else path


def display_path(doc: DocumentAudit, root: str) -> str:
    """The article's file as a CI log shows it: relative to the root when inside it."""
    return relative_path(doc.path, root) or doc.path or doc.id


def disk_path(doc: DocumentAudit, root: str) -> str:
    """The article's file as a tool that opens it needs it (GitHub's ``file=``): its real
    name, relative to the root when inside it."""
    if not doc.path:
        return doc.id
    path = file_on_disk(doc.path)
    return relative_path(path, root) or path


def artifact_uri(path: str, root: str) -> tuple[str, bool]:
    """``(uri, relative)``: a percent-encoded relative URI, or an absolute ``file:`` URI,
    for the file's real name (:func:`file_on_disk`)."""
    path = file_on_disk(path)
    rel = relative_path(path, root)
    if rel is not None:
        return url_quote(rel, safe="/"), True
    return Path(os.path.abspath(path)).as_uri(), False


def root_uri(root: str) -> str:
    uri = Path(root).as_uri()
    return uri if uri.endswith("/") else uri + "/"


@dataclass(frozen=True)
class Region:
    start_line: int
    start_column: int | None = None
    end_line: int | None = None
    end_column: int | None = None


def finding_region(doc: DocumentAudit, finding: Finding) -> Region | None:
    """The finding's place in its file (None when unknown).

    A JSON Lines record has no line map back into the file beyond its own line, so its
    findings point at that line.
    """
    jsonl_line = doc.metadata.get("jsonl_line") if doc.metadata else None
    if isinstance(jsonl_line, int) and jsonl_line > 0:
        return Region(jsonl_line)
    if finding.line <= 0:
        return None
    column = finding.column if finding.column > 0 else None
    end_line = finding.end_line if finding.end_line >= finding.line else None
    end_column = finding.end_column if end_line and finding.end_column > 0 and column else None
    if end_line == finding.line and end_column is not None and column is not None and end_column < column:
        end_column = column
    return Region(finding.line, column, end_line, end_column)

