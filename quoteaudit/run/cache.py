"""The audit cache: an unchanged article is not parsed again.

Each entry is one article's :meth:`DocumentAudit.to_dict` JSON, stored under a key that
covers everything the audit depends on:

- the article: its content hash (of the file's bytes, so line:column in findings stay
  right; of the ``text`` field for JSON Lines), id, path, format and metadata;
- quoteaudit: its version and a hash of its own code and data files, so an upgrade or
  an edited lexicon never serves stale findings;
- the spaCy pipeline: package name, meta name and version;
- the settings that apply to the article: ``config.for_path(path).digest()``;
- the source material the article's quotes are checked against (``--evidence``, config,
  front matter): the content digest of every file, so an audit made with other material,
  or none, is never served.

Entries are written atomically (temporary file, then rename). An entry that cannot be
read or does not match its key is ignored and rebuilt; the cache never fails a run.
The folder (``.quoteaudit_cache/`` by default) carries a ``CACHEDIR.TAG`` and a
``.gitignore`` of its own so backups and Git leave it alone.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import __version__
from ..model import DocumentAudit

if TYPE_CHECKING:  # pragma: no cover
    from ..evidence.library import EvidenceLibrary
    from ..gate.config import Config
    from ..ingest import Article
    from ..model import ToolInfo

DEFAULT_DIR = ".quoteaudit_cache"
#: bump when the entry layout changes
LAYOUT = "v1"
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# This is a quoteaudit cache folder (https://bford.info/cachedir/).\n"


class CacheError(Exception):
    """The cache folder cannot be used or removed; the message names it."""


def default_dir() -> str:
    """``$QUOTEAUDIT_CACHE_DIR``, else ``.quoteaudit_cache`` in the current folder."""
    return os.environ.get("QUOTEAUDIT_CACHE_DIR") or DEFAULT_DIR


def disabled_by_env() -> bool:
    """``QUOTEAUDIT_NO_CACHE`` set (and not ``0``): no cache unless a folder is given."""
    return os.environ.get("QUOTEAUDIT_NO_CACHE", "") not in ("", "0")


def code_files() -> Iterator[tuple[str, str]]:
    """Every code and data file of the quoteaudit package, as (path relative to the
    package, full path), in a fixed order: the whole package, not just this folder."""
    import quoteaudit

    root = os.path.dirname(os.path.abspath(quoteaudit.__file__))
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__" and not d.startswith("."))
        for name in sorted(filenames):
            if name.endswith((".pyc", ".pyo")) or name.startswith("."):
                continue
            full = os.path.join(dirpath, name)
            yield os.path.relpath(full, root).replace(os.sep, "/"), full


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of quoteaudit's own code and data files (by content, not modification time,
    so a fresh checkout of the same code still hits a cache restored in CI)."""
    digest = hashlib.sha256(__version__.encode())
    for relative, full in code_files():
        try:
            with open(full, "rb") as fh:
                data = fh.read()
        except OSError:
            continue
        digest.update(relative.encode())
        digest.update(b"\0")
        digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()[:24]


class AuditCache:
    """Lookup and storage of audits for one run (one model, one configuration)."""

    def __init__(self, root: str, *, model: str | None, tool: ToolInfo, config: Config, evidence: EvidenceLibrary | None = None):
        self.root = root
        self.evidence = evidence
        self.hits = 0
        self.misses = 0
        self.corrupt = 0
        self.config = config
        self._run_key = json.dumps([LAYOUT, __version__, code_fingerprint(), model, tool.model, tool.model_version])
        self._digests: dict[int, tuple[Config, str]] = {}

    @classmethod
    def open(cls, root: str, *, model: str | None, tool: ToolInfo, config: Config, evidence: EvidenceLibrary | None = None) -> AuditCache:
        """Create the folder (with its markers) if needed; :class:`CacheError` if it cannot be."""
        from ..report.base import atomic_write

        try:
            os.makedirs(os.path.join(root, LAYOUT), exist_ok=True)
            tag = os.path.join(root, "CACHEDIR.TAG")
            if not os.path.exists(tag):
                atomic_write(tag, _TAG.encode())
                atomic_write(os.path.join(root, ".gitignore"), b"# created by quoteaudit\n*\n")
        except OSError as exc:
            raise CacheError(f"{root}: cannot be used as the cache folder ({exc.strerror or exc})") from None
        return cls(root, model=model, tool=tool, config=config, evidence=evidence)

    def config_digest(self, path: str | None) -> str:
        """The digest of the settings that apply to the article at ``path``."""
        cfg = self.config.for_path(path)
        known = self._digests.get(id(cfg))
        if known is None or known[0] is not cfg:
            # per-file-ignores globs are relative to the config file's folder
            digest = cfg.digest() + (f"@{cfg.root}" if cfg.per_file_ignores else "")
            known = self._digests[id(cfg)] = (cfg, digest)
        return known[1]

    def key(self, article: Article) -> str:
        meta = json.dumps(article.metadata, sort_keys=True, default=str, ensure_ascii=False)
        fields = [self._run_key, self.config_digest(article.path), article.sha256, article.id, article.path or "", article.format, meta]
        if self.evidence is not None:
            material = self.evidence.digest(article, self.config.for_path(article.path))
            if material:
                fields.append("evidence:" + material)
        parts = "\0".join(fields)
        return hashlib.sha256(parts.encode("utf-8", "surrogatepass")).hexdigest()

    def get(self, key: str) -> DocumentAudit | None:
        doc = read_entry(self.root, key)
        if doc is None:
            self.misses += 1
        elif doc is _CORRUPT:
            self.misses += 1
            self.corrupt += 1
            return None
        else:
            self.hits += 1
        return doc  # type: ignore[return-value]

    def put(self, key: str, doc: DocumentAudit) -> None:
        write_entry(self.root, key, doc)


_CORRUPT = object()


def entry_path(root: str, key: str) -> str:
    return os.path.join(root, LAYOUT, key[:2], key + ".json")


def read_entry(root: str, key: str):
    """The cached audit, ``None`` if there is none, ``_CORRUPT`` if it is unusable."""
    try:
        with open(entry_path(root, key), "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        return None
    except OSError:
        return _CORRUPT
    try:
        entry = json.loads(data)
        if entry.get("key") != key:
            return _CORRUPT
        return DocumentAudit.from_dict(entry["document"])
    except Exception:  # any damage at all: rebuild rather than fail the run
        return _CORRUPT


def write_entry(root: str, key: str, doc: DocumentAudit) -> bool:
    """Store ``doc`` under ``key``; False (and no exception) if the disk refuses."""
    path = entry_path(root, key)
    data = json.dumps({"key": key, "document": doc.to_dict()}, ensure_ascii=False).encode("utf-8", "surrogatepass")
    from ..report.base import ReportWriteError, atomic_write

    try:
        atomic_write(path, data)
    except ReportWriteError:
        return False
    return True


def clear(root: str) -> int:
    """Remove the cache folder; returns how many entries it held.

    Refuses a folder that is not a quoteaudit cache, so a mistyped ``--cache-dir`` can
    never delete anything else.
    """
    if not os.path.lexists(root):
        return 0
    if not os.path.isdir(root) or os.path.islink(root):
        raise CacheError(f"{root}: is not a quoteaudit cache folder; not removing it")
    try:
        with open(os.path.join(root, "CACHEDIR.TAG"), encoding="utf-8") as fh:
            ours = "quoteaudit" in fh.read()
    except OSError:
        ours = False
    if not ours:
        raise CacheError(f"{root}: is not a quoteaudit cache folder (no quoteaudit CACHEDIR.TAG); not removing it")
    count = sum(1 for _dir, _sub, files in os.walk(root) for name in files if name.endswith(".json"))
    try:
        shutil.rmtree(root)
    except OSError as exc:
        raise CacheError(f"{root}: cannot be removed ({exc.strerror or exc})") from None
    return count
