"""``--format junit``: JUnit XML, which Jenkins, GitLab, Azure and most CI systems show.

One ``<testsuite>`` per run and one ``<testcase>`` per article. An article *fails* when it
has ``error``-severity findings or the newsroom policy fails for it (score under
``fail-under``, too many findings); the failure text lists the reasons and every finding.
An article that could not be read is an ``<error>``. The findings of a passing article
(warnings, suggestions) go to its ``<system-out>``, under the same one-line summary and in
the same words as the terminal's text format (both read the report model).

Test cases are kept until the end because a suite's counts open the document; each is a
few lines, so memory stays small on large runs.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable

from ..model import DocumentAudit
from .base import Reporter, atomic_write, safe_join
from .location import display_path, repo_root
from .model import article_report, by_severity, item_line

FILE_NAME = "quoteaudit.junit.xml"

# characters XML 1.0 cannot carry, even escaped
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(value: str) -> str:
    return _NOT_XML.sub("\ufffd", value)


class JunitReporter(Reporter):
    def __init__(self, *args, policy: Callable[[DocumentAudit], list[str]] | None = None, root: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.policy = policy
        self.root = root or repo_root()
        self.cases: list[ET.Element] = []
        self.failures = 0
        self.errors = 0

    def document(self, doc: DocumentAudit) -> None:
        path = display_path(doc, self.root)
        name = path if doc.id == doc.path else f"{path} [{doc.id}]"
        case = ET.Element("testcase", {"classname": "quoteaudit", "name": xml_text(name), "file": xml_text(path)})
        if doc.error:
            self.errors += 1
            error = ET.SubElement(case, "error", {"type": "input-error", "message": xml_text(doc.error)})
            error.text = xml_text(doc.error)
            self.cases.append(case)
            return
        reasons = self.policy(doc) if self.policy else []
        report = article_report(doc, reasons)
        if report.counts.errors and not reasons:
            from ..gate.policy import errors_reason  # the policy's own words for them

            reasons = [errors_reason(doc.findings)]
        listed = [item_line(path, item) for item in by_severity(report.items)]
        if reasons:
            self.failures += 1
            failure = ET.SubElement(case, "failure", {"type": "quoteaudit-policy", "message": xml_text("; ".join(reasons))})
            failure.text = xml_text("\n".join([*reasons, *listed]))
            listed = []
        out = ET.SubElement(case, "system-out")
        out.text = xml_text("\n".join([report.stats_line(), *listed]))
        self.cases.append(case)

    def finish(self) -> None:
        counts = {"tests": str(len(self.cases)), "failures": str(self.failures), "errors": str(self.errors), "skipped": "0"}
        suites = ET.Element("testsuites", {"name": "quoteaudit", **counts})
        suite = ET.SubElement(suites, "testsuite", {"name": "quoteaudit", **counts, "time": "0"})
        props = ET.SubElement(suite, "properties")
        for key, value in (("quoteaudit.version", self.tool.version), ("quoteaudit.model", self.tool.model or "")):
            ET.SubElement(props, "property", {"name": key, "value": value})
        suite.extend(self.cases)
        ET.indent(suites)
        xml = '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
        if self.out_dir:
            target = safe_join(self.out_dir, FILE_NAME)
            atomic_write(target, xml)
            self.stream.write(f"wrote {target}\n")
        else:
            self.stream.write(xml)
        self.stream.flush()
