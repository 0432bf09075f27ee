"""What every reporter shares: the streaming interface, safe file names, atomic writes."""

from __future__ import annotations

import hashlib
import contextlib
import os
import signal
import re
import sys
import tempfile
import unicodedata
from typing import TextIO

from ..model import DocumentAudit, ToolInfo


class Reporter:
    #: True when the format needs an output folder (html); False when it can stream to stdout
    needs_out_dir = False

    #: file names (without extension) a reporter writes itself, never used for an article
    reserved_slugs: frozenset[str] = frozenset({"index"})

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
        """A file name for ``doc`` unique in this run, compared case-insensitively (macOS and
        Windows file systems are) and never one the reporter itself writes (``index``), so
        one article's report can never overwrite another's."""
        slug = slugify(doc.id)
        digest = hashlib.sha256(doc.id.encode("utf-8", "surrogatepass")).hexdigest()
        n = 8
        while slug.casefold() in self._slugs or slug.casefold() in self.reserved_slugs:
            slug = f"{slugify(doc.id)}-{digest[:n]}"
            n += 1
        self._slugs.add(slug.casefold())
        return slug


_LINE_BREAKS = re.compile(r"[\t\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` as one safe terminal line: line breaks and tabs become a space, other
    control characters (a terminal escape sequence hidden in an article) are shown
    escaped as ``\\x1b``, so input can neither split a report line nor drive the terminal."""
    text = _LINE_BREAKS.sub(" ", text)
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_KNOWN_EXT = re.compile(r"\.(txt|text|md|markdown|mdown|mkd|html?|xhtml|jsonl|ndjson|docx)$", re.IGNORECASE)
# Names Windows will not create a file under, whatever the extension.
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


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
    if name.split(".")[0].lower() in _WINDOWS_RESERVED:
        name = f"{name}-article"
    if not name:
        name = "article-" + hashlib.sha256(article_id.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return name


class ReportWriteError(OSError):
    """A report or cache file could not be written; the message names the file and why."""

    def __init__(self, message: str, errno_: int | None = None):
        super().__init__(errno_, message)
        self.message = message

    def __str__(self) -> str:
        return self.message


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# the mode open() gives a new file (read once: os.umask can only be read by setting it,
# which is not safe to do while other threads create files)
_FILE_MODE = 0o666 & ~_umask()


def atomic_write(path: str, data: str | bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a
    rename, so an interrupted or failed run never leaves a half-written report: readers
    see the old file or the new one, never a mix. A symbolic link at ``path`` is replaced,
    not followed. Raises :class:`ReportWriteError` (one clear line) when writing fails."""
    with _interrupts_deferred():
        _atomic_write(path, data)


_CRITICAL: dict[str, int | None] = {"depth": 0, "pending": None}


def defer_signal(signum: int) -> bool:
    """Called by the CLI's signal handler: inside a report write, note the signal and
    return True (it is delivered again as soon as the write is complete or cleaned up)."""
    if _CRITICAL["depth"]:
        _CRITICAL["pending"] = signum
        return True
    return False


@contextlib.contextmanager
def _interrupts_deferred():
    """Hold Ctrl-C / SIGTERM until the write is done or cleaned up.

    Python runs a signal handler between any two bytecodes, including between
    ``mkstemp`` creating the temporary file and our noting its name, where no ``finally``
    could remove it. So the handler only notes a signal that arrives during a write, and
    it is raised again right after, when nothing is half-written."""
    _CRITICAL["depth"] = (_CRITICAL["depth"] or 0) + 1
    try:
        yield
    finally:
        _CRITICAL["depth"] = (_CRITICAL["depth"] or 1) - 1
        pending = _CRITICAL["pending"]
        if not _CRITICAL["depth"] and pending is not None:
            _CRITICAL["pending"] = None
            signal.raise_signal(pending)


def _atomic_write(path: str, data: str | bytes) -> None:
    directory = os.path.dirname(os.path.abspath(path))
    tmp = None
    try:
        os.makedirs(directory, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".part", dir=directory)
        if isinstance(data, str):
            fh = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        else:
            fh = os.fdopen(fd, "wb")
        with fh:
            fh.write(data)
            # mkstemp makes the file private (0600); a report is meant to be shared, so
            # give it the mode a plain open() would (or keep the mode of the file it replaces)
            os.fchmod(fh.fileno(), _target_mode(path))
        os.replace(tmp, path)
        tmp = None
    except (FileExistsError, NotADirectoryError) as exc:
        if tmp is None:  # the folder could not be made: something in its path is a file
            raise ReportWriteError(f"cannot write {path} ({_blocking_file(directory)} is a file, not a folder)", exc.errno) from None
        raise ReportWriteError(f"cannot write {path} ({exc.strerror or exc})", exc.errno) from None
    except OSError as exc:
        raise ReportWriteError(f"cannot write {path} ({exc.strerror or exc})", exc.errno) from None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _blocking_file(directory: str) -> str:
    """The first existing non-folder on the way to ``directory``."""
    probe = directory
    while probe and not os.path.exists(probe):
        probe = os.path.dirname(probe)
    return probe or directory


def _target_mode(path: str) -> int:
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        return _FILE_MODE


def safe_join(out_dir: str, name: str) -> str:
    """``out_dir/name``, refusing any ``name`` that could land outside ``out_dir``:
    absolute paths, ``..``, empty or NUL-bearing components, or a subfolder that is a
    symbolic link leading out. The last component is not resolved: :func:`atomic_write`
    replaces a symbolic link there instead of writing through it."""
    parts = name.replace("\\", "/").split("/")
    if os.path.isabs(name) or any(p in ("", ".", "..") or "\0" in p for p in parts):
        raise ValueError(f"refusing to write outside {out_dir}: {name!r}")
    root = os.path.realpath(out_dir)
    full = os.path.join(root, *parts)
    parent = os.path.realpath(os.path.dirname(full))
    if os.path.commonpath([root, parent]) != root:
        raise ValueError(f"refusing to write outside {out_dir}: {name!r}")
    return full
