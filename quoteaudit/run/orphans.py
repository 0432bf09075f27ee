"""Worker processes never outlive the process that started them.

A CI job's hard timeout, the OOM killer or a supervisor restarting ``quoteaudit serve``
can SIGKILL the parent, which then gets no chance to stop its workers: they are
reparented to init and block for ever on their task queue, each holding a loaded spaCy
pipeline (about 150 MB). Each worker therefore watches its parent from a daemon thread
and exits as soon as the parent is gone.

Why a thread that polls ``getppid()`` and not Linux's ``PR_SET_PDEATHSIG``: that signal
fires when the *thread* that forked the worker exits, and pools start workers from
whatever thread submits work (a web server's short-lived threadpool threads among them),
so it would kill healthy workers. Polling costs one system call per interval and works
on every POSIX system.
"""

from __future__ import annotations

import os
import threading

#: seconds between checks; a worker outlives its parent by at most about this long
INTERVAL = 0.5


def exit_with_parent(parent_pid: int, interval: float = INTERVAL) -> None:
    """Start watching ``parent_pid``; exit this process at once when it is gone.

    Call it first thing in a worker. ``os._exit`` skips cleanup on purpose: a worker whose
    parent is dead has nobody to report to, and its queues' locks may be held.
    """
    if os.getppid() != parent_pid:  # the parent died before we got here
        os._exit(1)

    def watch() -> None:
        stop = threading.Event()
        while not stop.wait(interval):
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, name="quoteaudit-parent-watch", daemon=True).start()
