"""Which source material goes with which article, in a run over many articles.

An article is checked against the union of:

* ``--evidence PATH`` on the command line (every article of the run);
* ``evidence = [...]`` in the config that applies to it (paths relative to the config file);
* ``evidence:`` in its own front matter or JSON Lines record (paths relative to the article).

Each file is read once per run whichever articles name it. Command-line and config
material is read by :meth:`EvidenceLibrary.check` before the first article is audited, so
a missing or unreadable file stops the run before any report is written; material named
by one article is read when that article is, and a problem with it is that article's
input error (the other articles are still audited).

Config objects are used by duck typing (``evidence``, ``max_bytes``, ``path``), so this
stage does not import the CI gate.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any

from ..ingest import Article, InputError
from ..ingest.base import display_path
from . import DEFAULT_MAX_BYTES, EvidenceIndex, discover_evidence
from .documents import EvidenceDocument, read_evidence

#: the front matter (or JSON Lines) field naming an article's own source material
FIELD = "evidence"


class EvidenceLibrary:
    """The source material of one run."""

    def __init__(self, paths: Iterable[str] = (), *, max_bytes: int = DEFAULT_MAX_BYTES):
        self._paths = list(paths)
        self._max_bytes = max_bytes
        self._files: dict[str, tuple[EvidenceDocument, ...]] = {}
        self._run_wide: tuple[EvidenceDocument, ...] | None = None
        self._by_config: dict[int, tuple[Any, tuple[EvidenceDocument, ...]]] = {}
        self._sets: dict[tuple[str, ...], EvidenceIndex] = {}

    # -- reading -----------------------------------------------------------------------------

    def check(self, configs: Iterable[Any] = ()) -> None:
        """Read the command line's material and that of each config in ``configs``;
        :class:`InputError` naming the first file that cannot be used."""
        self.run_wide()
        for config in configs:
            self.for_config(config)

    def run_wide(self) -> tuple[EvidenceDocument, ...]:
        if self._run_wide is None:
            self._run_wide = self._load(self._paths, None, self._max_bytes)
        return self._run_wide

    def for_config(self, config: Any) -> tuple[EvidenceDocument, ...]:
        if config is None or not getattr(config, "evidence", None):
            return ()
        known = self._by_config.get(id(config))
        if known is None or known[0] is not config:
            path = getattr(config, "path", None)
            base = os.path.dirname(os.path.abspath(path)) if path else None
            try:
                documents = self._load(config.evidence, base, config.max_bytes)
            except InputError as err:
                raise InputError(err.path, f"{err.problem} (named by 'evidence' in {display_path(path or 'the config')})", record=err.record) from None
            known = self._by_config[id(config)] = (config, documents)
        return known[1]

    def _load(self, paths: Iterable[str], base: str | None, max_bytes: int) -> tuple[EvidenceDocument, ...]:
        documents: list[EvidenceDocument] = []
        for raw in paths:
            full = os.path.expanduser(raw)
            if base is not None and not os.path.isabs(full):
                full = os.path.normpath(os.path.join(base, full))
            for path in discover_evidence(full, shown=_shown(full)):
                real = os.path.realpath(path)
                if real not in self._files:
                    self._files[real] = tuple(read_evidence(path, name=_shown(path), max_bytes=max_bytes))
                documents.extend(self._files[real])
        return tuple(documents)

    def documents(self) -> list[EvidenceDocument]:
        """Every document read so far (what a worker pool is given when it starts)."""
        return [d for docs in self._files.values() for d in docs]

    # -- per article -------------------------------------------------------------------------

    def for_article(self, article: Article, config: Any = None) -> EvidenceIndex | None:
        """The material ``article`` is checked against, or None when it has none.
        :class:`InputError` for a front matter field that is not a path or list of paths,
        or names a file that cannot be used (the message names both)."""
        own = _front_matter_paths(article)
        max_bytes = getattr(config, "max_bytes", self._max_bytes)
        mine: tuple[EvidenceDocument, ...] = ()
        if own:
            base = os.path.dirname(os.path.abspath(article.path)) if article.path else os.getcwd()
            try:
                mine = self._load(own, base, max_bytes)
            except InputError as err:
                raise InputError(article.path or article.id, f"its evidence file {err}", record=_record(article)) from None
        documents = _unique((*self.run_wide(), *self.for_config(config), *mine))
        if not documents:
            return None
        key = tuple(d.key for d in documents)
        found = self._sets.get(key)
        if found is None:
            found = self._sets[key] = EvidenceIndex(documents)
        return found

    def screen(self, items: Iterable[Article | InputError], config: Any = None) -> Iterator[Article | InputError]:
        """``items`` with each article whose own evidence cannot be used turned into that
        input error (so it is reported, not audited without its material)."""
        for item in items:
            if isinstance(item, Article):
                try:
                    self.for_article(item, config.for_path(item.path) if config is not None else None)
                except InputError as err:
                    yield err
                    continue
            yield item

    def digest(self, article: Article, config: Any = None) -> str:
        """For the audit cache key: changes with the content of any file the article's
        check reads (empty when it has no material)."""
        try:
            index = self.for_article(article, config)
        except InputError:
            return "unreadable"
        return index.digest() if index else ""


def _front_matter_paths(article: Article) -> list[str]:
    value = article.metadata.get(FIELD) if isinstance(article.metadata, dict) else None
    if value is None:
        return []
    if isinstance(value, str) and value.strip():
        return [value.strip()]
    if isinstance(value, list) and value and all(isinstance(v, str) and v.strip() for v in value):
        return [v.strip() for v in value]
    raise InputError(article.path or article.id, f"its {FIELD!r} field must be a file path or a list of file paths, not {value!r}",
                     record=_record(article))


def _record(article: Article) -> str | None:
    line = article.metadata.get("jsonl_line") if isinstance(article.metadata, dict) else None
    return f"line {line}" if line else None


def _unique(documents: Iterable[EvidenceDocument]) -> tuple[EvidenceDocument, ...]:
    seen: dict[str, EvidenceDocument] = {}
    for d in documents:
        seen.setdefault(d.key, d)
    return tuple(seen.values())


def _shown(path: str) -> str:
    """A path as messages show it: relative to the current folder when inside it."""
    if os.path.isabs(path):
        relative = os.path.relpath(path)
        if not relative.startswith(".."):
            path = relative
    return display_path(os.path.normpath(path))
