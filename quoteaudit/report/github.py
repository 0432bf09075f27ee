"""``--format github``: GitHub Actions workflow commands, one line per finding.

``::error file=news/a.md,line=3,col=5,endLine=3,endColumn=40,title=QA101 orphan-quote::...``
makes GitHub annotate the pull request's diff at that place. Severities map to
``error`` / ``warning`` / ``notice``; input errors and policy failures are annotations too.
Values are escaped as the Actions runner expects (``%``, CR and LF everywhere; ``:`` and
``,`` also inside properties), and ``file=`` names the file itself, even one whose name
holds a line break. Columns are sent only for a finding on one line, the only case in
which the runner accepts them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import DocumentAudit, Severity
from .base import Reporter, printable
from .location import disk_path, finding_region, repo_root
from .model import RunTotals, article_report

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.SUGGESTION: "notice"}


def escape_data(value: str) -> str:
    # line breaks are allowed (escaped below); any other control character from article
    # text, such as a hidden terminal escape, is shown escaped rather than sent to the log
    value = "".join(part if part in ("\r", "\n") else printable(part) for part in re.split(r"([\r\n])", value))
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(kind: str, message: str, **properties: object) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items() if value not in (None, ""))
    return f"::{kind}{' ' + props if props else ''}::{escape_data(message)}"


class GithubReporter(Reporter):
    def __init__(self, *args, policy: Callable[[DocumentAudit], list[str]] | None = None, root: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.policy = policy
        self.root = root or repo_root()
        self.totals = RunTotals()

    def document(self, doc: DocumentAudit) -> None:
        reasons = self.policy(doc) if self.policy and not doc.error else None
        report = article_report(doc, reasons)
        self.totals.add(report)
        file = disk_path(doc, self.root)
        if doc.error:
            self.stream.write(command("error", doc.error, file=file, title="quoteaudit input error") + "\n")
            self.stream.flush()
            return
        for item in report.items:
            f = item.finding
            region = finding_region(doc, f)
            # the editor's words, as in every other rendering: the label titles the
            # annotation, the one-sentence message is its text
            message = item.message if doc.id == doc.path else f"[{doc.id}] {item.message}"
            props: dict[str, object] = {"file": file}
            if region is not None:
                # the runner takes columns only on one line: with line != endLine it
                # drops them (and says so in the log), so a multi-line finding gets none
                one_line = region.end_line in (None, region.start_line)
                props.update(
                    line=region.start_line,
                    col=region.start_column if one_line else None,
                    endLine=region.end_line,
                    endColumn=region.end_column if one_line else None,
                )
            props["title"] = f"{item.label} ({f.rule})"
            self.stream.write(command(COMMANDS[Severity(f.severity)], message, **props) + "\n")
        if reasons:
            self.stream.write(command("error", "; ".join(reasons), file=file, title="quoteaudit policy failed") + "\n")
        self.stream.flush()

    def finish(self) -> None:
        self.stream.write(f"quoteaudit: {self.totals.line()}\n")
        self.stream.flush()
