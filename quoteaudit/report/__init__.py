"""Output formats. Each reporter streams: it is given documents one at a time, in order.

``json`` writes JSON Lines (one ``quoteaudit/2`` object per document); ``text`` is for a
terminal; ``html`` writes one self-contained page per article plus an index; ``sarif``,
``github``, ``junit`` and ``markdown`` are for CI (code scanning, pull-request
annotations, test dashboards, the job summary); ``docx`` writes the review as Word
comments in a copy of each document. Counts, verdicts and wording come from one report
model (:mod:`quoteaudit.report.model`), so no two formats can disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from ..model import DocumentAudit, ToolInfo
from .base import Reporter, atomic_write, slugify
from .docx import DocxReporter
from .github import GithubReporter
from .html import HtmlReporter
from .json import JsonReporter
from .junit import JunitReporter
from .sarif import SarifReporter
from .summary import MarkdownReporter
from .text import TextReporter

REPORTERS: dict[str, type[Reporter]] = {
    "text": TextReporter,
    "json": JsonReporter,
    "html": HtmlReporter,
    "sarif": SarifReporter,
    "github": GithubReporter,
    "junit": JunitReporter,
    "markdown": MarkdownReporter,
    "docx": DocxReporter,
}

#: formats that show the policy verdict per article, and so are given it
POLICY_AWARE = {"text", "html", "sarif", "github", "junit", "markdown", "docx"}
#: formats that only make sense on standard output
STDOUT_ONLY = {"github"}


def make_reporter(
    name: str,
    tool: ToolInfo,
    *,
    out_dir: str | None = None,
    stream: TextIO | None = None,
    policy: Callable[[DocumentAudit], list[str]] | None = None,
    color: bool = False,
) -> Reporter:
    """The reporter for format ``name``; most formats also get the per-article verdict,
    and the terminal's text format whether to colour it."""
    cls = REPORTERS[name]
    if name == "text":
        return cls(tool, out_dir=out_dir, stream=stream, policy=policy, color=color)
    if name in POLICY_AWARE:
        return cls(tool, out_dir=out_dir, stream=stream, policy=policy)
    return cls(tool, out_dir=out_dir, stream=stream)


__all__ = ["POLICY_AWARE", "REPORTERS", "STDOUT_ONLY", "Reporter", "atomic_write", "make_reporter", "slugify"]
