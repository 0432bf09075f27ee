"""Evidence: check every direct quote word for word against the source material.

An editor gives quoteaudit the interview transcript, the press release, the court filing
or the earlier article a draft quotes (``--evidence PATH``, ``evidence = [...]`` in
config, or ``evidence:`` in the draft's front matter). Each direct quote, and each quoted
fragment of a mixed quote, then gets a :class:`~quoteaudit.model.QuoteEvidence`: verbatim,
elided, bracketed (passes), altered (QA105), not found (QA106) or wrong speaker (QA107).

* :mod:`.documents` reads the material (every format quoteaudit reads articles in, plus
  WebVTT and SubRip captions), :mod:`.transcript` finds speaker labels and timestamps;
* :mod:`.index` builds each document's word index once per process;
* :mod:`.align` finds each quote's passage and word diff (rapidfuzz);
* :mod:`.names` says whether a speaker label is the quote's source;
* :mod:`.check` is the pipeline stage (imported by the pipeline only when an article has
  material: the aligner loads rapidfuzz); :mod:`.library` says which material goes with
  which article in a run.

:func:`load_evidence` is the entry point for callers with their own files or uploads
(``quoteaudit serve``): pass its result to :func:`quoteaudit.pipeline.audit_article`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass

from ..ingest import InputError
from ..ingest.base import display_path
from .documents import EvidenceDocument, content_digest, evidence_format, read_evidence, read_evidence_bytes
from .index import DocumentIndex, index_of

__all__ = [
    "DEFAULT_MAX_GAP", "EvidenceDocument", "EvidenceIndex", "InputError", "discover_evidence",
    "evidence_format", "load_evidence", "pack", "unpack",
]

#: words an ellipsis may leave out (``evidence-max-gap`` in config)
DEFAULT_MAX_GAP = 100
#: what ``max-bytes`` defaults to for articles, and so for evidence files
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
SUFFIXES = ".txt, .md, .html, .jsonl, .vtt, .srt"


@dataclass(frozen=True)
class EvidenceIndex:
    """The source material one article is checked against: what the pipeline accepts.

    Holds documents only (it pickles small and cheap); the word index of each document is
    built on first use in each process and kept (:func:`quoteaudit.evidence.index.index_of`).
    """

    documents: tuple[EvidenceDocument, ...]

    def __bool__(self) -> bool:
        return bool(self.documents)

    @property
    def names(self) -> list[str]:
        """The files, in the order given, each once."""
        return list(dict.fromkeys(d.name for d in self.documents))

    def indexes(self) -> list[DocumentIndex]:
        return [index_of(d) for d in self.documents]

    def digest(self) -> str:
        """Changes whenever any document's content (or the set of documents) does."""
        return content_digest(list(self.documents))


def load_evidence(items: Iterable[str | os.PathLike | tuple[str, bytes]], *, max_bytes: int = DEFAULT_MAX_BYTES) -> EvidenceIndex:
    """Read source material: paths (files, or folders searched for source material) and
    ``(name, bytes)`` pairs (an upload). Raises :class:`InputError` naming the first file
    that cannot be used, with the same checks as articles (size, encoding, binary)."""
    documents: list[EvidenceDocument] = []
    for item in items:
        if isinstance(item, tuple):
            name, data = item
            documents.extend(read_evidence_bytes(name, data, max_bytes=max_bytes))
            continue
        for path in discover_evidence(os.fspath(item)):
            documents.extend(read_evidence(path, max_bytes=max_bytes))
    return EvidenceIndex(tuple(documents))


def discover_evidence(path: str, *, shown: str | None = None) -> list[str]:
    """``path`` itself, or the source material in the folder ``path`` (recursively, hidden
    folders skipped, in name order). A folder with none is an :class:`InputError`."""
    shown = shown or display_path(path)
    if not os.path.isdir(path):
        if not os.path.lexists(path):
            raise InputError(shown, "does not exist")
        if os.path.islink(path) and not os.path.exists(path):
            raise InputError(shown, "is a broken symbolic link")
        return [path]
    found = []
    for folder, subfolders, files in os.walk(path, onerror=_folder_error(shown)):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        found.extend(os.path.join(folder, f) for f in sorted(files) if not f.startswith(".") and evidence_format(f))
    if not found:
        raise InputError(shown, f"is a folder with no source material ({SUFFIXES})")
    return found


def _folder_error(shown: str):
    def fail(exc: OSError) -> None:
        raise InputError(display_path(exc.filename or shown), f"is a folder that cannot be read ({exc.strerror or exc})")

    return fail


# --- sending evidence to worker processes ------------------------------------------------


def pack(evidence: list[EvidenceIndex | None], shared: set[str]) -> tuple[list[tuple[str, ...] | None], dict[str, EvidenceDocument]]:
    """What a worker needs to rebuild ``evidence``: each article's document keys, and the
    documents it does not hold already (``shared`` keys were given to every worker once,
    when the pool started)."""
    keys: list[tuple[str, ...] | None] = []
    documents: dict[str, EvidenceDocument] = {}
    for item in evidence:
        if item is None:
            keys.append(None)
            continue
        keys.append(tuple(d.key for d in item.documents))
        for d in item.documents:
            if d.key not in shared:
                documents[d.key] = d
    return keys, documents


def unpack(packed: tuple[list[tuple[str, ...] | None], dict[str, EvidenceDocument]], held: dict[str, EvidenceDocument]) -> list[EvidenceIndex | None]:
    keys, documents = packed
    lookup = {**held, **documents}
    return [None if k is None else EvidenceIndex(tuple(lookup[key] for key in k)) for k in keys]
