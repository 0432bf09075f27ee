"""Source material an editor adds beside a draft on the web page (or through the API).

An editor adds the interview transcript, the press release or the filing a draft quotes;
every later audit of the draft that names the set is checked against it, word for word,
until the files are removed. A set lives in the server's memory only: each file is read
once when it is added (through :func:`quoteaudit.evidence.load_evidence`, in a private
temporary folder it removes at once), so a file that cannot be used is refused then, with
its name, and never at audit time; the audit job carries the documents already read to a
worker, which builds each one's word index once and keeps it.

Sets are kept by unguessable id, at most :data:`KEEP_SETS` of them and :data:`KEEP_CHARS`
characters in all; the set used least recently is dropped first (the page adds its files
again when that happens). A set holds at most :data:`MAX_FILES` files; a file added under a
name the set already holds replaces it (a corrected transcript).
"""

from __future__ import annotations

import os
import secrets
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from ..evidence import EvidenceDocument, EvidenceIndex, evidence_format, load_evidence
from ..evidence.documents import CAPTIONS
from ..ingest import FORMATS

#: files one set may hold
MAX_FILES = 20
#: sets kept, and characters of source material in all of them
KEEP_SETS = 64
KEEP_CHARS = 64 * 1024 * 1024


def evidence_extensions() -> list[str]:
    """The extensions source material may have: every format articles are read in, and
    WebVTT and SubRip captions."""
    return sorted({*FORMATS, *CAPTIONS})


def unsupported_evidence(name: str) -> str | None:
    """Why ``name`` cannot be source material (its extension), or None when it can."""
    if evidence_format(name):
        return None
    ext = os.path.splitext(name)[1].lower()
    return f"{name}: cannot use {ext or 'a file without an extension'} as source material; add {', '.join(evidence_extensions())}"


@dataclass(frozen=True)
class EvidenceFile:
    """One file of a set: its name, size and the documents read from it (one, or one per
    record of a JSON Lines file)."""

    name: str
    size: int
    documents: tuple[EvidenceDocument, ...]

    @property
    def chars(self) -> int:
        return sum(len(d.text) for d in self.documents)

    def describe(self) -> dict[str, Any]:
        """What the page lists: the name, the size, what kind of material it is, and the
        transcript's speaker labels (what a quote's speaker is compared with)."""
        speakers = list(dict.fromkeys(s for d in self.documents for s in d.speakers if s))
        return {
            "name": self.name,
            "bytes": self.size,
            "format": evidence_format(self.name),
            "records": len(self.documents),
            "transcript": any(d.transcript for d in self.documents),
            "speakers": speakers,
        }


def read_files(uploads: list[tuple[str, bytes]], max_bytes: int) -> list[EvidenceFile]:
    """Each upload read as source material; :class:`quoteaudit.ingest.InputError` naming
    the first that cannot be used (the same checks as ``--evidence``: size, encoding,
    binary, malformed captions)."""
    files = []
    for name, data in uploads:
        index = load_evidence([(name, data)], max_bytes=max_bytes)
        files.append(EvidenceFile(name, len(data), index.documents))
    return files


@dataclass
class EvidenceSet:
    files: OrderedDict[str, EvidenceFile] = field(default_factory=OrderedDict)

    @property
    def chars(self) -> int:
        return sum(f.chars for f in self.files.values())

    def index(self) -> EvidenceIndex:
        return EvidenceIndex(tuple(d for f in self.files.values() for d in f.documents))

    def describe(self, key: str) -> dict[str, Any]:
        return {"id": key, "files": [f.describe() for f in self.files.values()]}


class TooManyFiles(Exception):
    """Adding these files would take the set over :data:`MAX_FILES`."""


class EvidenceStore:
    """The sets of source material, by unguessable id, in memory only."""

    def __init__(self, limit: int = KEEP_SETS, max_chars: int = KEEP_CHARS, max_files: int = MAX_FILES):
        self.limit = limit
        self.max_chars = max_chars
        self.max_files = max_files
        self._sets: OrderedDict[str, EvidenceSet] = OrderedDict()

    def create(self) -> str:
        key = secrets.token_urlsafe(16)
        self._sets[key] = EvidenceSet()
        return key

    def get(self, key: str) -> EvidenceSet | None:
        """The set (now the most recently used), or None when it is not kept."""
        found = self._sets.get(key)
        if found is not None:
            self._sets.move_to_end(key)
        return found

    def add(self, key: str, files: list[EvidenceFile]) -> EvidenceSet:
        """Add ``files`` to the set ``key`` (a name it holds already is replaced)."""
        target = self._sets[key]
        names = set(target.files) | {f.name for f in files}
        if len(names) > self.max_files:
            raise TooManyFiles(f"a set of source material holds at most {self.max_files} files; remove some first")
        for f in files:
            target.files.pop(f.name, None)
            target.files[f.name] = f
        self._sets.move_to_end(key)
        self._trim(keep=key)
        return target

    def remove(self, key: str, name: str) -> bool:
        found = self._sets.get(key)
        return found is not None and found.files.pop(name, None) is not None

    def delete(self, key: str) -> bool:
        return self._sets.pop(key, None) is not None

    def _trim(self, keep: str) -> None:
        """Drop the least recently used sets beyond the limits; never ``keep``."""
        total = sum(s.chars for s in self._sets.values())
        for key in list(self._sets):
            if len(self._sets) <= self.limit and total <= self.max_chars:
                break
            if key != keep:
                total -= self._sets.pop(key).chars
