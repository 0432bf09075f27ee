"""Run the audit over a stream of articles: in input order, in bounded memory, in parallel.

The parser is the expensive part, so the engine's job is to keep it busy and stay out of
its way. Articles are read lazily and grouped into chunks of consecutive articles; each
chunk is parsed with ``nlp.pipe`` and audited by a worker process that loaded the spaCy
pipeline once. Workers send back plain :class:`DocumentAudit` values (a spaCy ``Doc``
never crosses a process boundary) and the engine yields them in input order, with input
errors passed through in place as error documents. Only a few chunks are in flight at
once, so memory does not grow with the number of articles.

Cached audits (see :mod:`quoteaudit.run.cache`) are served without parsing; the pipeline is
loaded only when the first article misses the cache, so a fully warm run never imports it.
"""

from __future__ import annotations

import importlib.util
import json
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from .. import nlp as nlp_mod
from ..gate.config import Config
from ..ingest import Article, InputError
from ..model import DocumentAudit, ToolInfo

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

    from ..evidence import EvidenceIndex
    from ..evidence.library import EvidenceLibrary
    from .cache import AuditCache

#: articles per unit of work sent to a worker (also the ``nlp.pipe`` batch inside it);
#: small enough that two workers finish a short run together, large enough to batch well
CHUNK_SIZE = 16
#: a chunk is closed after this many articles even if they all hit the cache, so cached
#: results stream out instead of waiting for the next miss
MAX_CHUNK_ITEMS = 256


def default_jobs() -> int:
    """The number of CPUs this process may use (what ``--jobs`` defaults to)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


# --- which model, without loading it ---------------------------------------------------


def tool_info(model: str | None) -> ToolInfo:
    """Name and version of the pipeline ``model`` names, read from its ``meta.json``.

    Loading a pipeline takes seconds; its meta takes a millisecond, and a run whose every
    article is cached never needs more. A pipeline whose meta cannot be found is loaded
    instead, which raises :class:`~quoteaudit.nlp.ModelError` with a clear message.
    """
    name = model or nlp_mod.default_model()
    meta = _package_meta(name)
    if meta is None:
        nlp = nlp_mod.load(name)
        meta_name, version = nlp_mod.model_info(nlp)
        return ToolInfo(model=meta_name, model_version=version)
    return ToolInfo(model=f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}", model_version=str(meta.get("version", "0")))


def _package_meta(name: str) -> dict[str, Any] | None:
    """``meta.json`` of an installed pipeline package or a pipeline directory, if any."""
    candidates = []
    if os.path.isdir(name):
        candidates.append(os.path.join(name, "meta.json"))
    else:
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        if spec is None or not spec.submodule_search_locations:
            return None
        candidates.extend(os.path.join(loc, "meta.json") for loc in spec.submodule_search_locations)
    for path in candidates:
        try:
            with open(path, encoding="utf-8") as fh:
                meta = json.load(fh)
        except (OSError, ValueError):
            continue
        if isinstance(meta, dict):
            return meta
    return None


# --- auditing one chunk (in this process or in a worker) -------------------------------


def audit_chunk(nlp: Language, articles: list[Article], config: Config | list[Config],
                evidence: list[EvidenceIndex | None] | None = None) -> list[DocumentAudit]:
    """Parse ``articles`` in one ``nlp.pipe`` stream and audit each, in order.

    ``config`` is the run's configuration, or one already resolved per article (what a
    worker on another machine gets, since it cannot look for config files next to them).
    ``evidence`` is each article's source material (None: none for any).

    A failure inside one article's audit is a quoteaudit bug, but it must not cost the
    editor the other articles: that article becomes an error document naming the problem.
    """
    from ..pipeline import audit_article

    texts = [a.text for a in articles]
    try:
        docs = list(nlp_mod.parse(nlp, texts, batch_size=max(1, len(texts))))
    except Exception:
        # find the article the parser chokes on; the others still get parsed
        docs = []
        for text in texts:
            try:
                docs.append(nlp(text))
            except Exception as exc:
                docs.append(exc)
    configs = config if isinstance(config, list) else [config] * len(articles)
    material = evidence if evidence is not None else [None] * len(articles)
    out = []
    for article, doc, cfg, ev in zip(articles, docs, configs, material):
        if isinstance(doc, Exception):
            out.append(internal_error_document(article, doc))
            continue
        try:
            # the three-argument call when there is no material, as before evidence existed
            out.append(audit_article(article, doc, cfg) if ev is None else audit_article(article, doc, cfg, evidence=ev))
        except Exception as exc:
            out.append(internal_error_document(article, exc))
    return out


def internal_error_document(article: Article, exc: BaseException) -> DocumentAudit:
    where = article.path or article.id
    line = article.metadata.get("jsonl_line") if isinstance(article.metadata, dict) else None
    if line:
        where = f"{where}:line {line}"
    from ..pipeline import article_document

    return article_document(
        article,
        error=f"{where}: could not be audited: internal error ({type(exc).__name__}: {exc}); please report this as a quoteaudit bug",
    )


# worker-process state, set once by the pool initializer
_WORKER: dict[str, Any] = {}


def _init_worker(model: str | None, cache_root: str | None, parent_pid: int | None = None, evidence: tuple = ()) -> None:
    import signal

    from .orphans import exit_with_parent

    if parent_pid is not None:
        exit_with_parent(parent_pid)

    # The main process decides what an interrupt means (Ctrl-C reaches the whole process
    # group); a worker that raised on SIGINT could die holding the result queue's lock.
    # Set here as well as inherited, so it holds however the worker was started (spawn,
    # forkserver), not only with fork.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _WORKER["nlp"] = nlp_mod.load(model)  # with fork: already loaded in the parent, free
    _WORKER["cache_root"] = cache_root
    # the run's source material, given once per worker rather than with every chunk
    _WORKER["evidence"] = {d.key: d for d in evidence}


def _worker_audit(articles: list[Article], configs: list[Config], keys: list[str | None], evidence=None) -> list[DocumentAudit]:
    material = None
    if evidence is not None:
        from ..evidence import unpack

        material = unpack(evidence, _WORKER.get("evidence", {}))
    docs = audit_chunk(_WORKER["nlp"], articles, configs, material)
    root = _WORKER["cache_root"]
    if root:
        # written here, in parallel, rather than in the busy parent process
        from .cache import write_entry

        for key, doc in zip(keys, docs):
            if key and not doc.error:
                write_entry(root, key, doc)
    return docs


# --- the ordered, bounded stream -------------------------------------------------------


class Future(Protocol):
    def result(self) -> list[DocumentAudit]: ...


class Runner(Protocol):
    """Somewhere chunks of articles are audited: this process, a process pool, Dask."""

    #: chunks in flight before the engine waits for the oldest one
    window: int
    #: True if the runner stores results in the cache itself (workers sharing the disk)
    writes_cache: bool

    def submit(self, articles: list[Article], keys: list[str | None], last: bool) -> Future: ...

    def close(self, abort: bool = False) -> None: ...


@dataclass
class EngineStats:
    """What a run did; filled in as documents are yielded."""

    documents: int = 0
    cached: int = 0
    audited: int = 0
    errors: int = 0


@dataclass
class _Chunk:
    #: a finished document, or the index of an article in ``misses``
    entries: list[DocumentAudit | int] = field(default_factory=list)
    misses: list[Article] = field(default_factory=list)
    keys: list[str | None] = field(default_factory=list)
    future: Future | None = None


class GuardedFuture:
    """A chunk's result; if the worker running it was lost (killed, out of memory, a
    pipeline missing on a remote machine), each of its articles becomes an error
    document instead of ending the run."""

    def __init__(self, future, articles: list[Article]):
        self.future = future
        self.articles = articles

    def done(self) -> bool:
        return self.future.done()

    def result(self) -> list[DocumentAudit]:
        try:
            return self.future.result()
        except Exception as exc:
            return [internal_error_document(a, exc) for a in self.articles]


class _Done:
    def __init__(self, value: list[DocumentAudit]):
        self.value = value

    def result(self) -> list[DocumentAudit]:
        return self.value


def run_ordered(
    items: Iterable[Article | InputError],
    runner: Runner,
    *,
    cache: AuditCache | None = None,
    chunk_size: int = CHUNK_SIZE,
    stats: EngineStats | None = None,
) -> Iterator[DocumentAudit]:
    """Yield one document per item, in input order, auditing cache misses on ``runner``."""
    stats = stats if stats is not None else EngineStats()
    pending: deque[_Chunk] = deque()

    def finish(chunk: _Chunk) -> Iterator[DocumentAudit]:
        results = chunk.future.result() if chunk.future is not None else []
        if cache is not None and not runner.writes_cache:
            for key, doc in zip(chunk.keys, results):
                if key and not doc.error:
                    cache.put(key, doc)
        for entry in chunk.entries:
            doc = results[entry] if isinstance(entry, int) else entry
            stats.documents += 1
            stats.errors += bool(doc.error)
            yield doc

    def close(chunk: _Chunk, last: bool) -> None:
        if chunk.misses:
            chunk.future = runner.submit(chunk.misses, chunk.keys, last)
            stats.audited += len(chunk.misses)
        pending.append(chunk)

    current = _Chunk()
    for item in items:
        if isinstance(item, InputError):
            from ..pipeline import error_document  # here: a warm run need not import the stages

            current.entries.append(error_document(item))
        else:
            key = cache.key(item) if cache is not None else None
            hit = cache.get(key) if key is not None else None
            if hit is not None:
                stats.cached += 1
                current.entries.append(hit)
            else:
                current.entries.append(len(current.misses))
                current.misses.append(item)
                current.keys.append(key)
        if len(current.misses) >= chunk_size or len(current.entries) >= MAX_CHUNK_ITEMS:
            close(current, last=False)
            current = _Chunk()
            # wait only when the window is full; otherwise hand over whatever is ready
            while pending and (len(pending) > runner.window or _ready(pending[0])):
                yield from finish(pending.popleft())
    if current.entries:
        close(current, last=True)
    while pending:
        yield from finish(pending.popleft())


def _ready(chunk: _Chunk) -> bool:
    future = chunk.future
    if future is None:
        return True
    done = getattr(future, "done", None)
    return bool(done()) if callable(done) else True


class LocalRunner:
    """This process for ``jobs=1`` (or a run too small to be worth a pool), else a pool of
    ``jobs`` worker processes that each hold the loaded pipeline."""

    writes_cache = True

    def __init__(self, model: str | None, config: Config, jobs: int = 1, cache_root: str | None = None,
                 evidence: EvidenceLibrary | None = None):
        self.model = model
        self.config = config
        self.jobs = max(1, jobs)
        self.cache_root = cache_root
        self.window = 2 * self.jobs
        self.evidence = evidence
        self._pool = None
        #: keys of the evidence documents every worker was given when the pool started
        self._shared: set[str] = set()

    def _nlp(self) -> Language:
        return nlp_mod.load(self.model)

    def submit(self, articles: list[Article], keys: list[str | None], last: bool) -> Future:
        material = chunk_evidence(self.evidence, articles, self.config)
        if self._pool is None and (self.jobs == 1 or last):
            # one process, or the whole run is this one chunk: no pool to start
            docs = audit_chunk(self._nlp(), articles, self.config, material)
            if self.cache_root:
                from .cache import write_entry

                for key, doc in zip(keys, docs):
                    if key and not doc.error:
                        write_entry(self.cache_root, key, doc)
            return _Done(docs)
        if self._pool is None:
            self._pool = self._start_pool()
        configs = [self.config.for_path(a.path) for a in articles]  # resolved once, here
        packed = None
        if material is not None:
            from ..evidence import pack

            packed = pack(material, self._shared)
        return GuardedFuture(self._pool.submit(_worker_audit, articles, configs, keys, packed), articles)

    def _start_pool(self):
        from concurrent.futures import ProcessPoolExecutor

        method = multiprocessing.get_start_method(allow_none=False)
        if method == "fork":
            # load here so forked workers share the loaded pipeline instead of each
            # loading it again (and so a broken pipeline fails here with a clear message)
            self._nlp()
        shared = tuple(self.evidence.documents()) if self.evidence is not None else ()
        self._shared = {d.key for d in shared}
        return ProcessPoolExecutor(
            max_workers=self.jobs,
            mp_context=multiprocessing.get_context(method),
            initializer=_init_worker,
            initargs=(self.model, self.cache_root, os.getpid(), shared),
        )

    def close(self, abort: bool = False) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if not abort:
            pool.shutdown(wait=True)
            return
        # Ctrl-C reaches the workers too, but a worker that catches it moves on to the
        # next queued chunk: stop them now rather than after the queue drains
        workers = list(getattr(pool, "_processes", {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for proc in workers:
            proc.terminate()
        for proc in workers:
            proc.join(timeout=5)


def chunk_evidence(evidence: EvidenceLibrary | None, articles: list[Article], config: Config) -> list[EvidenceIndex | None] | None:
    """Each article's source material (the library has screened them: it cannot fail)."""
    if evidence is None:
        return None
    return [evidence.for_article(a, config.for_path(a.path)) for a in articles]


def audit_items(
    items: Iterable[Article | InputError],
    config: Config,
    *,
    model: str | None = None,
    jobs: int = 1,
    cache: AuditCache | None = None,
    chunk_size: int = CHUNK_SIZE,
    stats: EngineStats | None = None,
    evidence: EvidenceLibrary | None = None,
) -> Iterator[DocumentAudit]:
    """Audit articles (and pass input errors through as error documents), in order.

    ``jobs`` worker processes parse and audit; ``cache`` serves unchanged articles without
    parsing them and stores new audits; ``evidence`` is the run's source material (an
    article whose own material cannot be read becomes that input error).
    """
    runner = LocalRunner(model or config.model, config, jobs, cache_root=cache.root if cache is not None else None, evidence=evidence)
    if evidence is not None:
        items = evidence.screen(items, config)
    try:
        yield from run_ordered(items, runner, cache=cache, chunk_size=chunk_size, stats=stats)
    except BaseException:  # interrupted, or the caller stopped reading: drop queued work
        runner.close(abort=True)
        raise
    runner.close()

