"""Progress on stderr while a long audit runs.

On a terminal: a ``rich`` bar with articles/s and the time left. Anywhere else (a pipe,
a log file, CI — the ``CI`` variable is set): a plain line every so often, and nothing at
all for a run shorter than that, so logs of quick runs hold only findings and errors.
Standard output is never touched: it carries the reports.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable
from typing import TextIO

#: seconds between plain progress lines (and before the first one)
PLAIN_EVERY = 15.0


def count_articles(entries: Iterable[object]) -> int | None:
    """How many articles the discovered ``entries`` (file paths and input errors) hold,
    cheaply, for the ETA: one per file or error, one per line of a JSON Lines file."""
    from ..ingest import format_of

    total = 0
    try:
        for entry in entries:
            if isinstance(entry, str) and format_of(entry) == "jsonl":
                with open(entry, "rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            else:
                total += 1
    except OSError:
        return None
    return total


def wants_bar(stream: TextIO) -> bool:
    if os.environ.get("CI"):
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # closed stream
        return False


class Progress:
    """``advance()`` once per document; ``message()`` for lines that must not garble the bar."""

    def __init__(self, total: int | None = None, *, stream: TextIO | None = None, bar: bool | None = None, stats=None):
        self.stream = stream or sys.stderr
        self.total = total
        #: the engine's EngineStats, for the number served from the cache
        self.stats = stats
        self.done = 0
        self.started = time.monotonic()
        self._last_plain = self.started
        self._printed_plain = False
        self._bar = None
        self._task = None
        self._last_refresh = 0.0
        self._closed = False
        if bar if bar is not None else wants_bar(self.stream):
            self._start_bar()

    def _start_bar(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress as RichProgress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        # auto_refresh=False: no background thread, so worker processes can be forked safely
        self._bar = RichProgress(
            TextColumn("auditing"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} articles/s"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(file=self.stream),
            auto_refresh=False,
            transient=True,
            redirect_stdout=False,
            redirect_stderr=False,
        )
        self._bar.start()
        self._task = self._bar.add_task("audit", total=self.total, rate="-")

    def advance(self) -> None:
        self.done += 1
        now = time.monotonic()
        if self._bar is not None:
            if now - self._last_refresh >= 0.1 or self.done == self.total:
                self._bar.update(self._task, completed=self.done, rate=f"{self.rate(now):.1f}")
                self._bar.refresh()
                self._last_refresh = now
        elif now - self._last_plain >= PLAIN_EVERY:
            self._last_plain = now
            self._printed_plain = True
            of = f"/{self.total}" if self.total else ""
            self.stream.write(f"quoteaudit: {self.done}{of} audited, {self.rate(now):.1f} articles/s\n")
            self.stream.flush()

    def rate(self, now: float | None = None) -> float:
        elapsed = (now or time.monotonic()) - self.started
        return self.done / elapsed if elapsed > 0 else 0.0

    def message(self, line: str) -> None:
        """Print a line on the progress stream (above the bar, if there is one)."""
        if self._bar is not None:
            self._bar.console.print(line, markup=False, highlight=False, soft_wrap=True)
            self._bar.refresh()
        else:
            self.stream.write(line + "\n")
            self.stream.flush()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
        elif self._printed_plain:
            elapsed = time.monotonic() - self.started
            self.stream.write(
                f"quoteaudit: {self.done} audited in {elapsed:.1f}s ({self.rate():.1f} articles/s, {getattr(self.stats, 'cached', 0)} from cache)\n"
            )
            self.stream.flush()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
