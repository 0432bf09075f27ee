"""One audit worker process: loads the spaCy pipeline once, then audits drafts for ever.

A worker talks to the server over one pipe: it sends ``("ready", pid)`` (or
``("failed", message)`` if the pipeline cannot be loaded), then answers each
:class:`AuditJob` with one :class:`JobResult`. It reads drafts with the same per-format
readers as ``quoteaudit audit`` (:func:`quoteaudit.ingest.read_bytes`) and audits them with
the engine's :func:`~quoteaudit.run.engine.audit_chunk`, so a draft audited here and the
same file audited on the command line give the same findings.
"""

from __future__ import annotations

import os
import signal
import time
from dataclasses import dataclass, field
from typing import Any

from ..gate.config import Config
from ..evidence import EvidenceDocument, EvidenceIndex
from ..ingest import Article, InputError
from ..model import DocumentAudit


@dataclass
class AuditJob:
    """A draft to audit: the bytes of an uploaded file or of pasted text, in ``fmt`` (by
    default the format ``name``'s extension says), and the source material its quotes are
    checked against, already read by the server (``evidence``; empty: none). A draft's own
    front matter never names material here: a draft cannot make the server read its files.
    """

    name: str
    data: bytes
    fmt: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    evidence: tuple[EvidenceDocument, ...] = ()


@dataclass
class JobResult:
    document: DocumentAudit | None = None
    #: the draft could not be read: one line naming it and the problem (HTTP 422)
    input_error: str | None = None
    #: seconds the worker spent reading, parsing and auditing (the Server-Timing header)
    seconds: float = 0.0


def read_job(job: AuditJob, max_bytes: int) -> Article | InputError:
    """The job's draft as one article, or why it cannot be read."""
    from ..ingest import read_bytes

    items = list(read_bytes(job.data, job.name, job.fmt, max_bytes=max_bytes))
    if len(items) != 1:
        return InputError(job.name, f"holds {len(items)} articles; send one draft at a time")
    item = items[0]
    if isinstance(item, Article):
        # the caller's metadata (a CMS's headline, byline) over what the file itself says
        item.metadata.update(job.metadata)
    return item


def run_job(nlp, job: AuditJob, config: Config) -> JobResult:
    from ..run.engine import audit_chunk

    started = time.perf_counter()
    item = read_job(job, config.max_bytes)
    if isinstance(item, InputError):
        return JobResult(input_error=str(item), seconds=time.perf_counter() - started)
    evidence = [EvidenceIndex(job.evidence)] if job.evidence else None
    (doc,) = audit_chunk(nlp, [item], config, evidence=evidence)
    return JobResult(document=doc, seconds=time.perf_counter() - started)


def main(conn, parent_pid: int, model: str | None, config: Config) -> None:
    """The worker process: exits with its parent, ignores Ctrl-C (the server decides when
    workers stop), and serves jobs until the server closes the pipe."""
    from .. import nlp as nlp_mod
    from ..run.orphans import exit_with_parent

    exit_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        nlp = nlp_mod.load(model)
    except nlp_mod.ModelError as exc:
        conn.send(("failed", str(exc)))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            reply = ("done", run_job(nlp, job, config))
        except Exception as exc:  # a quoteaudit bug costs this draft, never the worker
            reply = ("error", f"internal error ({type(exc).__name__}: {exc}); please report this as a quoteaudit bug")
        conn.send(reply)
