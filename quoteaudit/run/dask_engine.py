"""``--engine dask``: the same audit, spread over a Dask cluster.

Work goes out as chunks of consecutive articles (whole files, or runs of JSON Lines
records), so workers need quoteaudit and the spaCy pipeline installed but no access to
the articles' disk. Each worker process loads the pipeline once, on its first chunk, and
keeps it. Results come back as plain :class:`DocumentAudit` values and are yielded in
input order, exactly as the local engine yields them; the cache stays on this machine.

With no scheduler address a :class:`distributed.LocalCluster` of ``jobs`` single-threaded
worker processes is started on the loopback interface and stopped afterwards.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..gate.config import Config
from .engine import CHUNK_SIZE, EngineStats, GuardedFuture, audit_chunk, chunk_evidence, default_jobs, run_ordered
from ..ingest import Article, InputError
from ..model import DocumentAudit

if TYPE_CHECKING:  # pragma: no cover
    from ..evidence.library import EvidenceLibrary
    from .cache import AuditCache


#: how long to keep trying a scheduler address before giving up
CONNECT_TIMEOUT = "10s"


class DaskError(Exception):
    """The Dask engine cannot run (extra not installed, scheduler unreachable)."""


# One worker process may run several tasks at once if it has several threads; a spaCy
# pipeline is not meant to be shared by concurrent pipe() calls, so they take turns.
_PARSE_LOCK = threading.Lock()


def _dask_audit(articles: list[Article], model: str | None, config: list[Config], evidence=None) -> list[DocumentAudit]:
    """Runs on a worker: the pipeline is loaded on the first call and kept (nlp.load caches
    it), and so is each evidence document's word index."""
    from .. import nlp as nlp_mod

    material = None
    if evidence is not None:
        from ..evidence import unpack

        material = unpack(evidence, {})
    with _PARSE_LOCK:
        return audit_chunk(nlp_mod.load(model), articles, config, material)


class DaskRunner:
    writes_cache = False  # workers may be on other machines; the cache is local

    def __init__(self, client, model: str | None, config: Config, evidence: EvidenceLibrary | None = None):
        self.client = client
        self.model = model
        self.config = config
        self.evidence = evidence
        threads = sum(client.nthreads().values()) or 1
        self.window = 2 * threads

    def submit(self, articles: list[Article], keys: list[str | None], last: bool) -> GuardedFuture:
        # each article's own settings, resolved here: workers cannot see the config files
        configs = [self.config.for_path(a.path) for a in articles]
        material = chunk_evidence(self.evidence, articles, self.config)
        packed = None
        if material is not None:
            from ..evidence import pack

            # workers may be on other machines: the chunk carries the material it needs
            packed = pack(material, set())
        future = self.client.submit(_dask_audit, articles, self.model, configs, packed, pure=False)
        return GuardedFuture(future, articles)

    def close(self, abort: bool = False) -> None:
        pass


def connect(scheduler: str | None = None, jobs: int | None = None):
    """A ``(client, cluster)`` pair; ``cluster`` is None when connecting to a scheduler."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise DaskError("the Dask engine needs the dask extra: pip install 'quoteaudit[dask]'") from None
    if scheduler:
        try:
            return Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False), None
        except (OSError, TimeoutError, ValueError) as exc:
            raise DaskError(f"cannot reach the Dask scheduler at {scheduler} ({type(exc).__name__}: {exc})") from None
    cluster = LocalCluster(
        n_workers=jobs or default_jobs(),
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=logging.ERROR,
    )
    return Client(cluster, set_as_default=False), cluster


def audit_items_dask(
    items: Iterable[Article | InputError],
    config: Config,
    *,
    model: str | None = None,
    jobs: int | None = None,
    scheduler: str | None = None,
    cache: AuditCache | None = None,
    chunk_size: int = CHUNK_SIZE,
    stats: EngineStats | None = None,
    client=None,
    evidence: EvidenceLibrary | None = None,
) -> Iterator[DocumentAudit]:
    """Like :func:`quoteaudit.run.engine.audit_items`, on a Dask cluster.

    Pass ``client`` to use a cluster you manage; otherwise one is connected to
    ``scheduler`` or a LocalCluster of ``jobs`` workers is started, and closed at the end.
    """
    own_client = client is None
    cluster = None
    if own_client:
        client, cluster = connect(scheduler, jobs)
    try:
        runner = DaskRunner(client, model or config.model, config, evidence)
        if evidence is not None:
            items = evidence.screen(items, config)
        yield from run_ordered(items, runner, cache=cache, chunk_size=chunk_size, stats=stats)
    finally:
        if own_client:
            client.close()
            if cluster is not None:
                cluster.close()
