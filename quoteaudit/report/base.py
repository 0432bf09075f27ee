"""What every reporter shares: the streaming interface, safe file names, atomic writes."""

from __future__ import annotations

import hashlib
import os
import re
import sys
import tempfile
import unicodedata
from typing import TextIO

from ..model import DocumentAudit, ToolInfo


class Reporter:
    #: True when the format needs an output folder (html); False when it can stream to stdout
    needs_out_dir = False

    def __init__(self, tool: ToolInfo, out_dir: str | None = None, stream: TextIO | None = None):
        self.tool = tool
        self.out_dir = out_dir
        self.stream = stream or sys.stdout
        self._slugs: set[str] = set()

    def document(self, doc: DocumentAudit) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def finish(self) -> None:
        """Called once after the last document."""

    def unique_slug(self, doc: DocumentAudit) -> str:
        slug = slugify(doc.id)
        if slug in self._slugs:
            slug = f"{slug}-{hashlib.sha256(doc.id.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"
        self._slugs.add(slug)
        return slug


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_KNOWN_EXT = re.compile(r"\.(txt|text|md|markdown|mdown|mkd|html?|xhtml|jsonl|ndjson)$", re.IGNORECASE)


def slugify(article_id: str, max_len: int = 80) -> str:
    """A file name for an article's report that can never leave the output folder.

    Only the last path component is used, unsafe characters become ``-``, leading dots
    are dropped, so ``../../etc/passwd`` becomes ``passwd``.
    """
    name = article_id.replace("\\", "/").rstrip("/").split("/")[-1]
    name = _KNOWN_EXT.sub("", name)
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    name = _UNSAFE.sub("-", name).strip("-.")
    if len(name) > max_len:
        name = name[:max_len].rstrip("-.")
    if not name:
        name = "article-" + hashlib.sha256(article_id.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return name


def atomic_write(path: str, data: str) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename, so an interrupted
    run never leaves a half-written report."""
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=os.path.basename(path)[-20:], dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(data)
            # mkstemp makes the file private (0600); a report is meant to be shared, so
            # give it the mode a plain open() would (or keep the mode of the file it replaces)
            os.fchmod(fh.fileno(), _target_mode(path))
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _target_mode(path: str) -> int:
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def safe_join(out_dir: str, name: str) -> str:
    """Join and check that the result stays inside ``out_dir``."""
    root = os.path.realpath(out_dir)
    full = os.path.realpath(os.path.join(root, name))
    if os.path.commonpath([root, full]) != root:
        raise ValueError(f"refusing to write outside {out_dir}: {name}")
    return full
