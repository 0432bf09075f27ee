"""Ingest: find article files and read each into an :class:`Article`.

One reader per format (``text``, ``markdown``, ``html``, ``jsonl``, ``docx``); :func:`iter_articles`
turns command-line paths (files, directories, globs) into a stream of articles and
:class:`InputError` values, never raising for a bad input so the rest still get audited.
"""

from __future__ import annotations

import errno
import glob
import os
import stat
from collections.abc import Callable, Iterable, Iterator

from .base import Article, InputError, OffsetMap, TextBuilder, content_sha256, display_path, split_paragraphs
from .decode import decode_bytes
from .jsonl import iter_jsonl, parse_record
from .text import read_text

__all__ = [
    "Article", "InputError", "OffsetMap", "TextBuilder", "iter_articles", "read_file",
    "read_string", "read_bytes", "discover", "split_paragraphs", "FORMATS", "word_location",
]

#: file extension -> format name
FORMATS = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".mkd": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".docx": "docx",
}

#: extensions of files people try to audit that quoteaudit cannot read, and what to do
_CONVERT_FIRST = {
    ".doc": "is an old Word .doc file; open it in Word and save it as Word Document (.docx)",
    ".odt": "is an OpenDocument file; open it and save it as Word Document (.docx)",
    ".rtf": "is a Rich Text file; open it and save it as Word Document (.docx)",
    ".pages": "is an Apple Pages file; export it as Word (.docx)",
}

#: formats read from the file's bytes rather than from decoded text (a Word document is a
#: zip archive): format name -> ``reader(data, name, max_bytes) -> Article`` (raising
#: InputError for a bad file). A reader registers here and its extensions in ``FORMATS``;
#: :func:`read_bytes` (files and ``serve`` uploads alike) then dispatches to it.
BINARY_READERS: dict[str, Callable[[bytes, str, int], Article]] = {}

#: files larger than this are refused before they are read (bytes); see ``max-bytes`` in config
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


def format_of(path: str) -> str | None:
    return FORMATS.get(os.path.splitext(path)[1].lower())


def _reader(fmt: str):
    """The reader for a whole-file format. Markdown and HTML readers are imported on first
    use: a run over plain text or JSON Lines (or a warm-cache run) need not load them."""
    if fmt == "markdown":
        from .markdown import read_markdown

        return read_markdown
    if fmt == "html":
        from .html import read_html

        return read_html
    return read_text


def word_location(article: Article, offset: int) -> dict | None:
    """Paragraph (and table cell) of text ``offset`` in a Word document; None for formats
    that have lines."""
    locate = getattr(article, "location_at", None)
    return locate(offset) if locate is not None else None


def read_string(source: str, fmt: str, *, path: str | None = None, article_id: str | None = None) -> list[Article | InputError]:
    """Read already-decoded text in ``fmt``; the entry point tests and the spaCy factory use."""
    article_id = article_id or path or "<string>"
    sha = content_sha256(source.encode("utf-8", "surrogatepass"))
    if fmt == "jsonl":
        return list(iter_jsonl(source, path=path or article_id))
    reader = _reader(fmt)
    return [reader(source, path=path, article_id=article_id, sha256=sha)]


def read_file(path: str, fmt: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | InputError]:
    """Yield the article(s) in one file, or one :class:`InputError` per problem; never raise.

    Inputs are opened read-only and never written. At most ``max_bytes`` (plus one) are
    read, so a huge or growing file cannot exhaust memory, and only regular files are
    opened, so a FIFO or device named ``x.txt`` cannot hang the run.
    """
    shown = display_path(path)
    fmt = fmt or format_of(path)
    if fmt is None:
        yield _unknown_extension(path)
        return
    try:
        if fmt == "jsonl":
            yield from _read_jsonl_file(path, shown, max_bytes)
            return
        with _open_regular(path, shown) as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > max_bytes:
                yield InputError(shown, _too_big(size, max_bytes))
                return
            data = fh.read(max_bytes + 1)  # more than max_bytes if it grew while we looked
    except InputError as err:
        yield err
        return
    except OSError as exc:
        yield InputError(shown, _os_problem(exc))
        return
    yield from read_bytes(data, shown, fmt, max_bytes=max_bytes)


def read_bytes(data: bytes, name: str, fmt: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | InputError]:
    """Yield the article(s) in a file's bytes, or one :class:`InputError` per problem;
    never raise. ``name`` is the file name shown in messages (and the article's id);
    ``fmt`` defaults to the one its extension names.

    The per-format dispatch for any bytes that did not come from a path: ``read_file``
    after it has read a file, and ``quoteaudit serve`` for an upload. Bytes over
    ``max_bytes`` are refused with the same message as a file that is too large.
    """
    fmt = fmt or format_of(name)
    if fmt is None:
        yield _unknown_extension(name)
        return
    if len(data) > max_bytes:
        yield InputError(name, _too_big(len(data), max_bytes))
        return
    if not data.strip():
        yield InputError(name, "is empty")
        return
    if fmt in BINARY_READERS:
        binary = BINARY_READERS[fmt]
        yield _checked_read(lambda: binary(data, name, max_bytes), name, empty="has no article text (the body is empty)")
        return
    try:
        source, _encoding = decode_bytes(data, name)
    except InputError as err:
        yield err
        return
    if fmt == "jsonl":
        yield from iter_jsonl(source, path=name)
        return
    sha256 = content_sha256(data)
    del data  # a 10 MB article need not be held twice
    if not source.strip():
        yield InputError(name, "is empty (whitespace only)")
        return
    reader = _reader(fmt)
    yield _checked_read(lambda: reader(source, path=name, article_id=name, sha256=sha256), name)


def _checked_read(read: Callable[[], Article], name: str, empty: str = "has no article text (only markup, front matter or code)") -> Article | InputError:
    """``read()``'s article, with a reader's failure or an article without text turned into
    one :class:`InputError` naming the file."""
    try:
        article = read()
    except InputError as err:
        return err
    except RecursionError:
        return InputError(name, "is nested too deeply to read")
    except MemoryError:
        return InputError(name, "is too large to read; refused")
    except Exception as exc:  # a reader bug must cost one file, never the run
        return InputError(name, f"could not be read: quoteaudit failed on it ({type(exc).__name__}: {exc}); please report this")
    if not article.text.strip():
        return InputError(name, empty)
    return article


def _unknown_extension(name: str) -> InputError:
    ext = display_path(os.path.splitext(name)[1]) or "(none)"
    if ext.lower() in _CONVERT_FIRST:
        return InputError(display_path(name), _CONVERT_FIRST[ext.lower()])
    return InputError(display_path(name), f"has an unknown extension {ext}; use .txt, .md, .html, .jsonl or .docx")


def _read_docx(data: bytes, name: str, max_bytes: int) -> Article:
    """A Word document, from its bytes (see :mod:`quoteaudit.ingest.docx`)."""
    from .docx import read_docx

    return read_docx(data, path=name, article_id=name, sha256=content_sha256(data), max_bytes=max_bytes)


BINARY_READERS["docx"] = _read_docx


def _too_big(size: int, max_bytes: int) -> str:
    return (
        f"is {_megabytes(size)}, over the {_megabytes(max_bytes)} article size limit; skipped "
        "(raise max-bytes in the config to audit it)"
    )


def _megabytes(n: int) -> str:
    return f"{n / 1048576:.1f} MB" if n >= 104858 else f"{n:,} bytes"


def _os_problem(exc: OSError) -> str:
    if isinstance(exc, IsADirectoryError):
        return "is a directory, not an article file"
    if isinstance(exc, PermissionError):
        return "cannot be read (permission denied)"
    if isinstance(exc, FileNotFoundError):
        return "does not exist (it was removed during the run)"
    if exc.errno == errno.ELOOP:
        return "is a symbolic link loop"
    return f"cannot be read ({exc.strerror or exc})"


def _open_regular(path: str, shown: str):
    """Open ``path`` for reading, binary, refusing anything but a regular file."""
    # O_NONBLOCK: opening a FIFO would otherwise block until a writer appears
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "is a directory")
        if not stat.S_ISREG(mode):
            raise InputError(shown, "is not a regular file (a device, pipe or socket); skipped")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _read_jsonl_file(path: str, shown: str, max_bytes: int) -> Iterator[Article | InputError]:
    """JSON Lines are streamed line by line, each line read with a size cap, so a
    50,000-line file or a single enormous line stays in bounded memory."""
    seen: set[str] = set()
    any_line = False
    with _open_regular(path, shown) as fh:
        lineno = 0
        while True:
            raw = fh.readline(max_bytes + 1)
            if not raw:
                break
            lineno += 1
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                size = len(raw)
                while raw and not raw.endswith(b"\n"):  # skip the rest of the line
                    raw = fh.readline(1 << 20)
                    size += len(raw)
                any_line = True
                yield InputError(shown, _too_big(size, max_bytes), record=f"line {lineno}")
                continue
            if not raw.strip():
                continue
            any_line = True
            if b"\x00" in raw:
                yield InputError(shown, "looks binary (contains NUL bytes), not JSON Lines; skipped", record=f"line {lineno}")
                continue
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError:
                yield InputError(shown, "is not UTF-8 (JSON Lines must be)", record=f"line {lineno}")
                continue
            yield parse_record(line, path=shown, lineno=lineno, seen=seen)
    if not any_line:
        yield InputError(shown, "is empty")


def discover(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Expand command-line paths into article files, in a stable order.

    Directories are walked recursively (hidden folders skipped, symlink loops and folders
    reached twice walked once, unreadable folders and broken links reported); globs are
    expanded (the same file reached through a symlink loop only once); a path, glob or
    directory that yields nothing is an error.
    """
    for raw in paths:
        shown = display_path(raw)
        if any(ch in raw for ch in "*?[") and not os.path.lexists(raw):
            files: list[str] = []
            seen: set[str] = set()
            for match in sorted(glob.glob(raw, recursive=True)):
                if not (format_of(match) and os.path.isfile(match)):
                    continue
                if os.path.basename(match).startswith("~$"):
                    continue  # the owner file Word keeps beside an open document
                real = os.path.realpath(match)
                if real not in seen:
                    seen.add(real)
                    files.append(match)
            if not files:
                yield InputError(shown, "matches no article files")
            yield from files
            continue
        if os.path.isdir(raw):
            found = False
            for item in _walk(raw):
                found = True
                yield item
            if not found:
                yield InputError(shown, "is a directory with no articles (.txt, .md, .html, .jsonl, .docx)")
            continue
        if os.path.islink(raw) and not os.path.exists(raw):
            yield InputError(shown, "is a broken symbolic link (or a symbolic link loop)")
            continue
        if not os.path.exists(raw):
            yield InputError(shown, "does not exist")
            continue
        yield raw


_SKIP_DIRS = {"node_modules", "__pycache__"}


def _walk(root: str) -> Iterator[str | InputError]:
    """Article files under ``root``: each folder's files by name, then its subfolders.

    Folders are identified by device and inode, so a symlink loop (or a second link to a
    folder already searched) is walked once. Iterative, so deep trees cannot overflow
    the stack.
    """
    seen: set[tuple[int, int]] = set()
    pending = [root]
    while pending:
        directory = pending.pop()
        shown = display_path(directory)
        try:
            st = os.stat(directory)
            key = (st.st_dev, st.st_ino)
            if key in seen:
                continue
            seen.add(key)
            with os.scandir(directory) as it:
                entries = sorted(it, key=lambda e: e.name)
        except PermissionError:
            yield InputError(shown, "is a folder that cannot be read (permission denied); its articles were not audited")
            continue
        except OSError as exc:
            yield InputError(shown, f"is a folder that cannot be read ({exc.strerror or exc}); its articles were not audited")
            continue
        subdirs = []
        for entry in entries:
            if entry.name.startswith((".", "~$")):
                continue  # hidden, or the owner file Word keeps beside an open document
            full = os.path.join(directory, entry.name)
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                if entry.name not in _SKIP_DIRS:
                    subdirs.append(full)
                continue
            if not format_of(full):
                continue
            if entry.is_symlink() and not os.path.exists(full):
                yield InputError(display_path(full), "is a broken symbolic link (or a symbolic link loop)")
                continue
            yield full
        pending.extend(reversed(subdirs))


def iter_articles(paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | InputError]:
    for item in discover(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_file(item, max_bytes=max_bytes)
