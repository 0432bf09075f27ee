"""Progress on stderr while a long audit runs.

On a terminal, for a run of more than a few articles (:data:`BAR_MIN_ARTICLES`) that
lasts more than a moment (:data:`BAR_DELAY`): one line with a bar, the count, articles/s
and the time left, redrawn in place. It is erased before anything else is written to the
terminal (``clear()``; the CLI calls it before each report line, and ``message()`` does it
for error lines) and drawn again after, so report lines never start after the bar's text.
The line is cut to the terminal's width, so it never wraps into debris.

Anywhere else (a pipe, a log file, CI — the ``CI`` variable is set): a plain line every
so often, and nothing at all for a run shorter than that, so logs of quick runs hold only
findings and errors. Standard output is never touched: it carries the reports.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable
from typing import TextIO

#: seconds between plain progress lines (and before the first one)
PLAIN_EVERY = 15.0
#: a run of fewer articles than this gets no bar: it is over before the bar says anything
BAR_MIN_ARTICLES = 10
#: seconds before the bar is first drawn (a run served from the cache ends before that)
BAR_DELAY = 1.0
#: seconds between redraws
BAR_REFRESH = 0.1
#: the narrowest bar worth drawing, in columns
BAR_MIN_WIDTH = 10
#: and the widest
BAR_MAX_WIDTH = 40

_ERASE = "\r\x1b[2K"


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
    """A terminal that is not a CI log and can move its cursor."""
    if os.environ.get("CI") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # closed stream
        return False


def _clock(seconds: float) -> str:
    seconds = int(max(0, seconds))
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


class Progress:
    """``advance()`` once per document; ``clear()`` before writing to the terminal;
    ``message()`` for lines that must not garble the bar."""

    def __init__(self, total: int | None = None, *, stream: TextIO | None = None, bar: bool | None = None, stats=None, width: int | None = None):
        self.stream = stream or sys.stderr
        self.total = total
        #: the engine's EngineStats, for the number served from the cache
        self.stats = stats
        self.done = 0
        self.started = time.monotonic()
        self._last_plain = self.started
        self._printed_plain = False
        wanted = bar if bar is not None else wants_bar(self.stream)
        self._bar = bool(wanted and total is not None and total >= BAR_MIN_ARTICLES)
        self._width = width
        self._drawn = False
        self._last_draw = 0.0
        self._closed = False

    # -- the bar ------------------------------------------------------------------------

    def line(self, now: float | None = None) -> str:
        """The bar's text, cut to the terminal's width (one column spare, so the cursor
        never wraps to a new line)."""
        now = now if now is not None else time.monotonic()
        width = (self._width or self._columns()) - 1
        total = self.total or 0
        rate = self.rate(now)
        parts = [f"{self.done}/{total}", f"{rate:.1f} articles/s", _clock(now - self.started)]
        if rate > 0 and total > self.done:
            parts.append(f"about {_clock((total - self.done) / rate)} left")
        # the bar keeps at least BAR_MIN_WIDTH columns; the least useful facts go first
        while parts:
            counts = "  ".join(parts)
            room = width - len("auditing [] ") - len(counts)
            if room >= BAR_MIN_WIDTH or len(parts) == 1:
                break
            parts.pop()
        room = min(room, BAR_MAX_WIDTH)
        if room >= BAR_MIN_WIDTH:
            filled = int(room * self.done / total) if total else 0
            text = f"auditing [{'#' * filled}{'-' * (room - filled)}] {counts}"
        else:
            text = f"auditing {counts}"
        return text[:width]

    def _columns(self) -> int:
        """The width of the terminal the bar is drawn on: ``COLUMNS``, else stderr's (stdout
        may be a pipe), else 80 (a new pseudo-terminal says 0)."""
        try:
            columns = int(os.environ.get("COLUMNS", "0")) or os.get_terminal_size(self.stream.fileno()).columns
        except (AttributeError, OSError, ValueError):
            columns = 0
        return columns if columns > 0 else 80

    def _draw(self, now: float) -> None:
        self.stream.write(_ERASE + self.line(now))
        self.stream.flush()
        self._drawn = True
        self._last_draw = now

    def clear(self) -> None:
        """Erase the bar, if it is on screen, so the next line starts at column 1."""
        if self._drawn:
            self.stream.write(_ERASE)
            self.stream.flush()
            self._drawn = False

    def _redraw(self, force: bool = False) -> None:
        now = time.monotonic()
        if now - self.started < BAR_DELAY:
            return
        if force or not self._drawn or now - self._last_draw >= BAR_REFRESH:
            self._draw(now)

    # -- progress -----------------------------------------------------------------------

    def advance(self) -> None:
        self.done += 1
        if self._closed:
            return
        if self._bar:
            self._redraw()
            return
        now = time.monotonic()
        if now - self._last_plain >= PLAIN_EVERY:
            self._last_plain = now
            self._printed_plain = True
            of = f"/{self.total}" if self.total else ""
            self.stream.write(f"quoteaudit: {self.done}{of} audited, {self.rate(now):.1f} articles/s\n")
            self.stream.flush()

    def rate(self, now: float | None = None) -> float:
        elapsed = (now or time.monotonic()) - self.started
        return self.done / elapsed if elapsed > 0 else 0.0

    def message(self, line: str) -> None:
        """Print a line on the progress stream (the bar, if drawn, is erased first and
        comes back with the next article)."""
        self.clear()
        self.stream.write(line + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._bar:
            self.clear()
        elif self._printed_plain:
            elapsed = time.monotonic() - self.started
            self.stream.write(
                f"quoteaudit: {self.done} audited in {elapsed:.1f}s ({self.rate():.1f} articles/s, {getattr(self.stats, 'cached', 0)} from cache)\n"
            )
            self.stream.flush()

    @property
    def shows_bar(self) -> bool:
        return self._bar

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
