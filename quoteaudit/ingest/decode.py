"""Turn a file's bytes into text: BOMs first, then UTF-8, then charset-normalizer's guess."""

from __future__ import annotations

import codecs

from .base import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Leading bytes of formats that are never articles, whatever their file name says.
_BINARY_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"RIFF", "a RIFF media file"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
)


_WESTERN = ("cp1252", "latin_1", "iso8859_15", "iso8859_1")


def decode_bytes(data: bytes, path: str) -> tuple[str, str]:
    """Return ``(text, encoding)``. Raises :class:`InputError` for binary or undecodable data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding + " (BOM)"
            except UnicodeDecodeError as exc:
                raise InputError(path, f"has a {encoding} byte-order mark but is not valid {encoding} ({exc.reason})") from None
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise InputError(path, f"is {what}, not an article; skipped")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        if "\x00" in text[:8192]:
            raise InputError(path, "looks binary (contains NUL bytes), not an article; skipped")
        return text, "utf-8"
    if b"\x00" in data[:8192]:
        raise InputError(path, "looks binary (contains NUL bytes), not an article; skipped")
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a dependency
        raise InputError(path, "is not UTF-8 and charset-normalizer is not installed") from None
    matches = list(from_bytes(data))
    if not matches:
        raise InputError(path, "cannot be decoded as text in any known encoding; skipped")
    best = min(matches, key=lambda m: (m.chaos, -m.coherence))
    # Short Western text is ambiguous between many single-byte code pages; an English
    # newsroom's legacy files are cp1252 far more often than Baltic or DOS pages, so
    # cp1252 wins any tie (it is also the superset of latin-1 that has curly quotes).
    for match in matches:
        if match.encoding in _WESTERN and match.chaos <= best.chaos + 0.01:
            best = match
            break
    encoding = "cp1252" if best.encoding in _WESTERN else best.encoding
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        return str(best), best.encoding
