"""Audit worker processes for the server: warm, bounded, and replaced when they die.

Each worker is a process that loaded the spaCy pipeline once (:mod:`.worker`) and one
thread here that feeds it one draft at a time over its own pipe. Why not
``concurrent.futures.ProcessPoolExecutor``: when one of its workers dies, the whole pool
is broken and every request in flight on the *other* workers fails too. Here a worker
that dies (out of memory, killed, a crash in a C extension) costs only the request it was
auditing, which gets a clear error, and its thread starts a replacement.

Admission is bounded: at most ``workers + queue`` requests are accepted at once, and
:meth:`WorkerPool.submit` raises :class:`QueueFull` beyond that (the server answers 503
with ``Retry-After``) instead of letting a backlog grow without limit.

The pool is thread-based and has no event loop of its own, so any number of ASGI event
loops (a test client's, uvicorn's) can share it through :func:`asyncio.wrap_future`.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import queue
import threading
import time
from collections import deque
from concurrent.futures import Future
from dataclasses import dataclass

from ..gate.config import Config
from . import worker as worker_mod

#: seconds to wait for a worker to load the pipeline before giving up on it
START_TIMEOUT = 180.0


class PoolError(Exception):
    """The workers cannot be started (the spaCy pipeline does not load)."""


class QueueFull(Exception):
    """Every worker is busy and the queue is full; ``retry_after`` is a guess in seconds."""

    def __init__(self, retry_after: int):
        super().__init__(f"every worker is busy and {retry_after} s of work is queued")
        self.retry_after = retry_after


class WorkerCrashed(Exception):
    """The worker auditing this request died or hung; it has been replaced."""


class AuditFailed(Exception):
    """The worker is fine but auditing this draft raised (a quoteaudit bug)."""


@dataclass
class PoolStatus:
    workers: int
    busy: int
    queued: int
    queue_limit: int
    restarts: int


class _Worker:
    """One worker process and the pipe to it."""

    def __init__(self, ctx, model: str | None, config: Config):
        parent, child = ctx.Pipe(duplex=True)
        self.process = ctx.Process(
            target=worker_mod.main,
            args=(child, os.getpid(), model, config),
            name="quoteaudit-serve-worker",
            daemon=True,
        )
        self.process.start()
        # only the worker holds its end now, so its death reads as end-of-file here
        child.close()
        self.conn = parent

    def wait_ready(self, timeout: float) -> None:
        if not self.conn.poll(timeout):
            self.kill()
            raise PoolError(f"a worker did not load the spaCy pipeline within {timeout:.0f} s")
        try:
            kind, value = self.conn.recv()
        except (EOFError, OSError):
            self.kill()
            raise PoolError(f"a worker died while loading the spaCy pipeline (exit code {self.process.exitcode})") from None
        if kind != "ready":
            self.kill()
            raise PoolError(str(value))

    @property
    def pid(self) -> int | None:
        return self.process.pid

    def kill(self) -> None:
        try:
            self.conn.close()
        except OSError:
            pass
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)

    def ask_to_stop(self) -> None:
        """The worker exits after the draft it is auditing (see ``worker.main``)."""
        try:
            self.conn.send(None)
        except (OSError, ValueError):
            pass


@dataclass
class _Task:
    job: worker_mod.AuditJob
    future: Future


class WorkerPool:
    """``workers`` audit processes and a bounded queue in front of them.

    ``timeout`` (seconds) bounds one audit: a worker that takes longer is treated as hung,
    killed and replaced, and its request fails.
    """

    def __init__(
        self,
        config: Config,
        *,
        workers: int = 1,
        queue_limit: int = 8,
        model: str | None = None,
        timeout: float = 120.0,
        start_method: str = "spawn",
    ):
        self.config = config
        self.size = max(1, workers)
        self.queue_limit = max(0, queue_limit)
        self.model = model
        self.timeout = timeout
        # spawn: a replacement is started from a server that runs threads, where fork is unsafe
        self._ctx = multiprocessing.get_context(start_method)
        self._tasks: queue.Queue[_Task | None] = queue.Queue()
        self._lock = threading.Lock()
        self._accepted = 0  # queued or being audited
        self._busy = 0
        self._restarts = 0
        self._durations: deque[float] = deque(maxlen=20)
        self._workers: list[_Worker | None] = []
        self._threads: list[threading.Thread] = []
        self._closed = False

    # --- life cycle ----------------------------------------------------------------------

    def start(self) -> None:
        """Start every worker and wait until each has loaded the pipeline (in parallel)."""
        workers = [_Worker(self._ctx, self.model, self.config) for _ in range(self.size)]
        try:
            for w in workers:
                w.wait_ready(START_TIMEOUT)
        except PoolError:
            for w in workers:
                w.kill()
            raise
        self._workers = list(workers)
        for slot in range(self.size):
            thread = threading.Thread(target=self._serve, args=(slot,), name=f"quoteaudit-serve-slot-{slot}", daemon=True)
            thread.start()
            self._threads.append(thread)

    def close(self, timeout: float = 5.0) -> None:
        """Stop accepting work, fail what is queued, and stop the workers."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        while True:
            try:
                task = self._tasks.get_nowait()
            except queue.Empty:
                break
            if task is not None and task.future.set_running_or_notify_cancel():
                task.future.set_exception(WorkerCrashed("the server is shutting down"))
        for _ in self._threads:
            self._tasks.put(None)
        workers = [w for w in self._workers if w is not None]
        for w in workers:  # each finishes the draft it is auditing, then exits
            w.ask_to_stop()
        deadline = time.monotonic() + timeout
        for w in workers:
            w.process.join(timeout=max(0.0, deadline - time.monotonic()))
            w.kill()
        for thread in self._threads:
            thread.join(timeout=1)

    # --- work ----------------------------------------------------------------------------

    def submit(self, job: worker_mod.AuditJob) -> Future:
        """Queue ``job``; its future gives a :class:`~.worker.JobResult` or raises
        :class:`WorkerCrashed` / :class:`AuditFailed`. Raises :class:`QueueFull` at once
        when the pool already holds as much work as it accepts."""
        with self._lock:
            if self._closed:
                raise WorkerCrashed("the server is shutting down")
            if self._accepted >= self.size + self.queue_limit:
                raise QueueFull(self._retry_after())
            self._accepted += 1
        future: Future = Future()
        future.add_done_callback(self._release)
        self._tasks.put(_Task(job, future))
        return future

    def _release(self, _future: Future) -> None:
        with self._lock:
            self._accepted -= 1

    def _retry_after(self) -> int:
        """Seconds until a place is likely free: the queue's work spread over the workers."""
        mean = sum(self._durations) / len(self._durations) if self._durations else 1.0
        return max(1, math.ceil(mean * (self._accepted - self.size + 1) / self.size))

    def status(self) -> PoolStatus:
        with self._lock:
            return PoolStatus(
                workers=self.size,
                busy=self._busy,
                queued=max(0, self._accepted - self._busy),
                queue_limit=self.queue_limit,
                restarts=self._restarts,
            )

    def pids(self) -> list[int]:
        return [w.pid for w in self._workers if w is not None and w.pid is not None]

    def _serve(self, slot: int) -> None:
        """One slot's loop: take a task, hand it to this slot's worker, wait for the answer.
        A worker that died or hung is replaced after its request has had its answer."""
        while True:
            task = self._tasks.get()
            if task is None:
                return
            if not task.future.set_running_or_notify_cancel():
                continue  # the client went away while it waited
            with self._lock:
                self._busy += 1
            started = time.monotonic()
            outcome, broken = self._run(slot, task.job)
            with self._lock:
                self._busy -= 1
                if not isinstance(outcome, BaseException):
                    self._durations.append(time.monotonic() - started)
            if isinstance(outcome, BaseException):
                task.future.set_exception(outcome)
            else:
                task.future.set_result(outcome)
            if broken and not self._closed:
                try:
                    self._replace(slot)
                except PoolError:
                    pass  # the slot stays empty; its next task tries again and says why

    def _run(self, slot: int, job: worker_mod.AuditJob) -> tuple[object, bool]:
        """The job's result or the exception for its request, and whether the slot's
        worker is gone (dead or killed here for hanging) and must be replaced."""
        worker = self._workers[slot]
        if worker is None or not worker.process.is_alive():
            try:
                worker = self._replace(slot)
            except PoolError as exc:
                return WorkerCrashed(f"no audit worker could be started: {exc}"), False
        try:
            worker.conn.send(job)
            if not worker.conn.poll(self.timeout):
                worker.kill()
                return WorkerCrashed(f"auditing this draft took longer than {self.timeout:g} s; the worker was stopped and is being replaced"), True
            kind, value = worker.conn.recv()
        except (EOFError, OSError):
            worker.process.join(timeout=1)
            code = worker.process.exitcode
            worker.kill()
            how = f"was killed by signal {-code}" if code is not None and code < 0 else f"exited (code {code})"
            return WorkerCrashed(f"the audit worker {how} while auditing this draft; it is being replaced, so send the draft again"), True
        if kind == "error":
            return AuditFailed(value), False
        return value, False

    def _replace(self, slot: int) -> _Worker:
        """Start a fresh worker in ``slot`` (the old one is already dead or killed)."""
        self._workers[slot] = None
        with self._lock:
            self._restarts += 1
        fresh = _Worker(self._ctx, self.model, self.config)
        fresh.wait_ready(START_TIMEOUT)
        self._workers[slot] = fresh
        return fresh
