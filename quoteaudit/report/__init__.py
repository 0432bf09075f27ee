"""Output formats. Each reporter streams: it is given documents one at a time, in order.

``json`` writes JSON Lines (one ``quoteaudit/1`` object per document); ``text`` is for a
terminal; ``html`` writes one self-contained page per article plus an index.
"""

from __future__ import annotations

from .base import Reporter, atomic_write, slugify
from .html import HtmlReporter
from .json import JsonReporter
from .text import TextReporter

REPORTERS: dict[str, type[Reporter]] = {
    "text": TextReporter,
    "json": JsonReporter,
    "html": HtmlReporter,
}

__all__ = ["REPORTERS", "Reporter", "atomic_write", "slugify"]
