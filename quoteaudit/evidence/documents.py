"""Read source material into :class:`EvidenceDocument` values.

Every file goes through :mod:`quoteaudit.ingest`, with the guarantees articles have: only
regular files, at most ``max-bytes`` read, bytes decoded by byte-order mark, UTF-8 or
charset-normalizer, binaries refused, every problem one :class:`InputError` naming the file.
Formats the article readers know (plain text, Markdown, HTML, JSON Lines, and any format
added to ``quoteaudit.ingest`` later, such as ``.docx``) are read by them. Captions are
decoded the same way and then parsed by webvtt-py (WebVTT, and SubRip through its SRT
reader). Plain text is kept exactly as decoded, so that transcript lines keep their
breaks and evidence offsets are offsets into the file.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field

from ..ingest import Article, InputError, format_of, read_file
from ..ingest.base import OffsetMap, display_path
from .transcript import DASH_TURN, Turns, plain_turns, read_lines

#: caption formats read here; every other extension is the article readers'
CAPTIONS = {".vtt": "vtt", ".srt": "srt"}


@dataclass
class EvidenceDocument:
    """One piece of source material: a file, or one record of a JSON Lines file.

    ``runs`` are the spans of ``text`` whose words count, each in a numbered turn;
    ``speakers[turn]`` is the label the transcript gives that turn (None: unlabelled).
    Timestamps, labels, caption timings and markup are outside every run.
    """

    name: str  #: the file as shown to the editor
    sha256: str  #: of the file's bytes (of the record's text for JSON Lines)
    text: str
    runs: list[tuple[int, int, int]]
    speakers: list[str | None] = field(default_factory=lambda: [None])
    #: text offsets -> offsets in the decoded file (None: the same)
    offsets: OffsetMap | None = None
    #: JSON Lines: which record ("line 3")
    record: str | None = None
    transcript: bool = False
    #: what its lines are called: a Word document's "lines" are its paragraphs
    unit: str = "line"

    @property
    def key(self) -> str:
        """Identity within a run: the name, the record and the content."""
        return f"{self.name}\x00{self.record or ''}\x00{self.sha256}"

    def file_offset(self, offset: int) -> int:
        return self.offsets.to_source(offset) if self.offsets is not None else offset

    def line(self, offset: int) -> int:
        if self.offsets is not None:
            return self.offsets.line_col(offset)[0]
        return self.text.count("\n", 0, offset) + 1

    def where(self, offset: int, *, named: bool = True) -> str:
        """``name, line N`` (``name (record r, line N)`` for JSON Lines) for a message;
        without the name when ``named`` is false."""
        if self.record:
            return f"{self.name} ({self.record})" if named else self.record
        place = f"{self.unit} {self.line(offset)}"
        return f"{self.name}, {place}" if named else place


def evidence_format(path: str) -> str | None:
    """The format of an evidence file by extension, None when it cannot be read."""
    ext = os.path.splitext(path)[1].lower()
    return CAPTIONS.get(ext) or format_of(path)


def read_evidence(path: str, *, name: str | None = None, max_bytes: int) -> list[EvidenceDocument]:
    """The documents in one evidence file; :class:`InputError` naming the file if it cannot
    be read (missing, not a regular file, too big, binary, undecodable, malformed)."""
    shown = name or display_path(path)
    ext = os.path.splitext(path)[1].lower()
    fmt = evidence_format(path)
    if fmt is None:
        raise InputError(shown, f"has an unknown extension {ext or '(none)'} for source material; use .txt, .md, .html, .docx, .jsonl, .vtt or .srt")
    if not os.path.lexists(path):
        raise InputError(shown, "does not exist")
    if fmt in ("vtt", "srt"):
        article = _one(read_file(path, "text", max_bytes=max_bytes), shown)
        return [read_captions(article.offsets.source, fmt, name=shown, sha256=article.sha256)]
    docs = []
    for item in read_file(path, fmt, max_bytes=max_bytes):
        if isinstance(item, InputError):
            raise _as_evidence(item, shown)
        docs.append(from_article(item, name=shown))
    return docs


def read_evidence_bytes(name: str, data: bytes, *, max_bytes: int) -> list[EvidenceDocument]:
    """Source material uploaded rather than read from disk (``quoteaudit serve``): the bytes
    go through a temporary read-only copy so every reader and every guarantee is the same."""
    import tempfile

    suffix = os.path.splitext(name)[1]
    with tempfile.TemporaryDirectory(prefix="quoteaudit-evidence-") as folder:
        path = os.path.join(folder, "upload" + suffix)
        with open(path, "wb") as fh:
            fh.write(data)
        return read_evidence(path, name=name, max_bytes=max_bytes)


def _one(items, shown: str) -> Article:
    for item in items:
        if isinstance(item, InputError):
            raise _as_evidence(item, shown)
        return item
    raise InputError(shown, "is empty")  # pragma: no cover - read_file always yields


# The article readers word their problems for articles; the same problem in source
# material is not "skipped" (the run stops) and is not about an "article".
_ARTICLE_WORDS = (
    (re.compile(r";? ?skipped(?: \(raise max-bytes in the config to audit it\))?"), ""),
    (re.compile(r" article size limit"), " size limit (max-bytes in the config)"),
    (re.compile(r"not an article file"), "not a file"),
    (re.compile(r"not an article"), "not text"),
    (re.compile(r"has no article text"), "has no text"),
)


def _as_evidence(err: InputError, shown: str) -> InputError:
    problem = err.problem
    for pattern, replacement in _ARTICLE_WORDS:
        problem = pattern.sub(replacement, problem)
    return InputError(shown, problem, record=err.record)


# --- whole-file formats, through the article readers ------------------------------------


def from_article(article: Article, *, name: str) -> EvidenceDocument:
    """An article reader's output as source material.

    Plain text is taken as decoded (line breaks and all, no header lines dropped);
    Markdown, HTML and other formats as their reader extracted it, each paragraph a line.
    A JSON Lines record's ``speaker`` field labels its words.
    """
    if article.format == "text" and article.offsets is not None:
        text, offsets, starts = article.offsets.source, None, None
    else:
        text, offsets, starts = article.text, article.offsets, [p.start for p in article.paragraphs]
    speaker = article.metadata.get("speaker") if article.format == "jsonl" else None
    speaker = speaker.strip() or None if isinstance(speaker, str) else None
    turns, transcript = plain_turns(text, speaker=speaker, line_starts=starts)
    record = None
    sha = article.sha256
    if article.format == "jsonl":
        line = article.metadata.get("jsonl_line")
        record = f"record {article.id}, line {line}" if line else f"record {article.id}"
    return EvidenceDocument(
        name=name, sha256=sha, text=text, runs=turns.runs, speakers=turns.speakers, offsets=offsets,
        record=record, transcript=transcript or turns.labelled,
        unit="paragraph" if article.format == "docx" else "line",
    )


# --- captions: WebVTT and SubRip via webvtt-py --------------------------------------------

_TAG = re.compile(r"<[^>]*>")
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?[ \t]+([^>]+)>")


def read_captions(source: str, fmt: str, *, name: str, sha256: str) -> EvidenceDocument:
    """Captions as source material: the words of every cue, in order, with the speaker of
    each (a voice tag, a label at the start of a caption line, or the previous cue's).

    webvtt-py parses the file (header, NOTE, STYLE and REGION blocks, cue timings and
    settings); each cue's lines are then found in the decoded file so that offsets point
    into it. Cue timings, identifiers and tags are not words.
    """
    import webvtt
    from webvtt.errors import MalformedFileError

    lines = source.splitlines()
    try:
        captions = webvtt.from_buffer(lines, format="srt").captions if fmt == "srt" else webvtt.from_string(source).captions
    except MalformedFileError as exc:
        kind = "SubRip" if fmt == "srt" else "WebVTT"
        raise InputError(name, f"is not a valid {kind} file ({exc or 'malformed'})") from None
    except Exception as exc:  # a parser bug must be one clear error, never a traceback
        raise InputError(name, f"could not be read as captions ({type(exc).__name__}: {exc})") from None
    turns = Turns()
    caption_lines: list[tuple[int, int]] = []
    cursor = 0
    for caption in captions:
        for raw in caption.lines:
            found = source.find(raw, cursor)
            if found < 0:
                raise InputError(name, f"has a caption line quoteaudit could not place in the file ({raw[:40]!r}); please report this")
            cursor = found + len(raw)
            caption_lines.append((found, cursor))
    # labels inside captions follow the plain-transcript rules (ALL CAPS, or used twice)
    untagged = _TAG.sub(lambda m: " " * len(m.group()), source)  # same length: offsets hold
    for (start, end), (words_from, _end, label, _timed) in zip(caption_lines, read_lines(untagged, caption_lines)):
        voice = _VOICE.search(source, start, end)
        dash = DASH_TURN.match(source, start, end)
        if voice:
            turns.speaker(voice.group(1).strip())
        elif label:
            turns.speaker(label)
        elif dash:
            turns.speaker(None, always_new=True)
            words_from = dash.end()
        pos = words_from
        for tag in _TAG.finditer(source, words_from, end):
            turns.add(pos, tag.start())
            pos = tag.end()
        turns.add(pos, end)
    return EvidenceDocument(name=name, sha256=sha256, text=source, runs=turns.runs, speakers=turns.speakers, transcript=True)


def content_digest(documents: list[EvidenceDocument]) -> str:
    """One digest of several documents (for the audit cache key)."""
    digest = hashlib.sha256()
    for key in sorted(d.key for d in documents):
        digest.update(key.encode("utf-8", "surrogatepass"))
        digest.update(b"\x01")
    return digest.hexdigest()
