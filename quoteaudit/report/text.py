"""``--format text``: what an editor reads in a terminal.

Per article: a first line with the path and the newsroom policy's verdict, a second with
the score and the counts, then one line per finding, most serious first and in reading
order within a severity::

    seeds/tanf.txt: fails the newsroom policy: 1 error: Quote with no speaker (QA101)
      attribution score 28/100 (grade F, poorly sourced); 14 quotes (6 from named sources), ...
      seeds/tanf.txt:21:1: QA101 [error] Quote with no speaker: Nobody is named as saying ...

Finding lines keep the ``path:line:col: CODE [severity]`` shape that editors' tools and CI
logs turn into links. A closing line totals the run ("3 errors, 12 warnings, 2 suggestions
in 4 articles; 1 article fails the policy"). Every count and word comes from the report
model (:mod:`quoteaudit.report.model`), as in the HTML page.

Colour: the severity and the verdict are coloured when the output is a terminal, unless
``NO_COLOR`` is set (https://no-color.org); ``--color always`` / ``never`` decide instead.
"""

from __future__ import annotations

import os
from dataclasses import replace
from collections.abc import Callable
from typing import TextIO

from ..model import DocumentAudit
from .base import Reporter, printable
from .model import ArticleReport, RunTotals, article_report, by_severity, item_line

COLOR_CHOICES = ("auto", "always", "never")

#: SGR codes: bold red, yellow, cyan for the severities; green for a pass
_SGR = {
    "error": "1;31",
    "warning": "33",
    "suggestion": "36",
    "fails": "1;31",
    "needs work": "1;33",
    "passes": "1;32",
    "dim": "2",
}


def use_color(choice: str, stream: TextIO) -> bool:
    """Whether to colour ``stream``: ``always``/``never`` decide; ``auto`` colours a
    terminal unless ``NO_COLOR`` is set to anything or ``TERM`` is ``dumb``."""
    if choice == "always":
        return True
    if choice == "never":
        return False
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


class TextReporter(Reporter):
    def __init__(self, *args, policy: Callable[[DocumentAudit], list[str]] | None = None, color: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.policy = policy
        self.color = color
        self.totals = RunTotals()

    def paint(self, text: str, style: str) -> str:
        return f"\x1b[{_SGR[style]}m{text}\x1b[0m" if self.color and style in _SGR else text

    def document(self, doc: DocumentAudit) -> None:
        # article text (in messages) and JSON Lines ids can hold anything; printable()
        # keeps each report line one line and free of terminal escape sequences
        where = printable(doc.path or doc.id)
        if doc.path and doc.id != doc.path:
            where = printable(f"{doc.path} [{doc.id}]")
        report = article_report(doc, self.policy(doc) if self.policy and not doc.error else None)
        self.totals.add(report)
        if doc.error:
            self.stream.write(f"{self.paint('error', 'error')}: {printable(doc.error)}\n")
            self.stream.flush()
            return
        self.stream.write(f"{where}: {self._verdict(report)}\n")
        self.stream.write(f"  {printable(report.stats_line())}\n")
        if report.counts.quotes_checked:
            # the same count and words as the HTML report's "Against the source" box and
            # the Word summary comment, so a terminal user sees the check ran, not only its failures
            n = report.counts.quotes_checked
            self.stream.write(f"  checked against the source material: {n} {'quote' if n == 1 else 'quotes'} ({report.counts.evidence_line()})\n")
        path = printable(doc.path or doc.id)
        for item in by_severity(report.items):
            severity = self.paint(f"[{item.severity.value}]", item.severity.value)
            safe = replace(item, label=printable(item.label), message=printable(item.message))
            self.stream.write(f"  {item_line(path, safe, severity)}\n")
        self.stream.flush()

    def _verdict(self, report: ArticleReport) -> str:
        v = report.verdict
        if v is None:
            c = report.counts
            return "no errors or warnings" if not (c.errors or c.warnings) else c.to_fix_line()
        words = self.paint(v.headline[:1].lower() + v.headline[1:], v.status)
        if v.reasons:
            return f"{words}: {printable('; '.join(v.reasons))}"
        if v.status == "needs work":
            return f"{words}: {report.counts.to_fix_line()}"
        return words

    def finish(self) -> None:
        self.stream.write(self.totals.line() + "\n")
        self.stream.flush()


__all__ = ["COLOR_CHOICES", "TextReporter", "use_color"]
