"""``--format sarif``: SARIF 2.1.0 for code-scanning dashboards (GitHub, GitLab, Azure).

One run with quoteaudit as the driver and every registered rule's metadata (code, name,
and the rule's editor-facing docstring as description and help). Each finding is a result
whose location is the article file, relative to the repository root, with a 1-based
line/column region (columns count Unicode code points); in a Word document the region's
line is the paragraph number and its column the character in that paragraph, and the
table cell, if any, is in the result's ``wordLocation`` property. Articles that could not be read
are tool execution notifications, so a dashboard shows them instead of a silent gap.

Results are written as they arrive; only the short invocation record waits for the end.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from typing import Any

from ..model import DocumentAudit, Finding, Severity
from ..project import repository_url
from .base import Reporter, atomic_write, safe_join
from .location import artifact_uri, finding_region, repo_root, root_uri

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SRCROOT = "%SRCROOT%"
FILE_NAME = "quoteaudit.sarif"

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.SUGGESTION: "note"}


def rule_descriptors() -> list[dict[str, Any]]:
    """Every registered rule as a SARIF reportingDescriptor, in code order."""
    from ..rules import load_all

    out = []
    for code, rule in sorted(load_all().items()):
        full = rule.explanation()
        out.append(
            {
                "id": code,
                "name": rule.name,
                "shortDescription": {"text": rule.summary()},
                "fullDescription": {"text": full},
                "help": {"text": full, "markdown": full},
                "defaultConfiguration": {"level": LEVELS[Severity(rule.severity)]},
                "properties": {"tags": ["quoteaudit", _family(code)]},
            }
        )
    return out


def _family(code: str) -> str:
    return {"0": "input", "1": "quotes", "2": "sources", "3": "claims"}.get(code[2:3], "other")


class SarifReporter(Reporter):
    def __init__(self, *args, policy: Callable[[DocumentAudit], list[str]] | None = None, root: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.policy = policy
        self.root = root or repo_root()
        self.rules = rule_descriptors()
        self.rule_index = {r["id"]: i for i, r in enumerate(self.rules)}
        self.notifications: list[dict[str, Any]] = []
        self.policy_failures: list[dict[str, Any]] = []
        self.out = io.StringIO() if self.out_dir else self.stream
        self.first = True
        self._write_head()

    def _write_head(self) -> None:
        driver: dict[str, Any] = {
            "name": self.tool.name,
            "version": self.tool.version,
            "semanticVersion": self.tool.version,
        }
        # where quoteaudit lives: pyproject.toml [project.urls], the one place that says
        url = repository_url()
        if url:
            driver["informationUri"] = url
        driver["rules"] = self.rules
        if self.tool.model:
            driver["properties"] = {"model": self.tool.model, "modelVersion": self.tool.model_version}
        run_head = {
            "tool": {"driver": driver},
            "originalUriBaseIds": {SRCROOT: {"uri": root_uri(self.root)}},
            "columnKind": "unicodeCodePoints",
        }
        head = json.dumps({"$schema": SARIF_SCHEMA_URI, "version": SARIF_VERSION}, ensure_ascii=False)[:-1]
        self.out.write(head + ', "runs": [' + json.dumps(run_head, ensure_ascii=False)[:-1] + ', "results": [\n')

    def _location(self, path: str) -> dict[str, Any]:
        uri, relative = artifact_uri(path, self.root)
        location: dict[str, Any] = {"uri": uri}
        if relative:
            location["uriBaseId"] = SRCROOT
        return location

    def document(self, doc: DocumentAudit) -> None:
        path = doc.path or doc.id
        if doc.error:
            self.notifications.append(
                {
                    "level": "error",
                    "message": {"text": doc.error},
                    "locations": [{"physicalLocation": {"artifactLocation": self._location(path)}}],
                }
            )
            return
        for finding in doc.findings:
            self._emit(self._result(doc, path, finding))
        # suppressed findings are results too, marked so: code scanning shows them as
        # dismissed with the reason instead of not at all
        for finding in doc.suppressed:
            result = self._result(doc, path, finding)
            why = finding.suppression or {"kind": "inSource", "justification": ""}
            result["suppressions"] = [{"kind": why["kind"], "status": "accepted", "justification": why["justification"]}]
            self._emit(result)
        if self.policy:
            reasons = self.policy(doc)
            if reasons:
                self.policy_failures.append({"article": doc.id, "reasons": reasons})
        if not self.out_dir:
            self.out.flush()

    def _result(self, doc: DocumentAudit, path: str, f: Finding) -> dict[str, Any]:
        physical: dict[str, Any] = {"artifactLocation": self._location(path)}
        region = finding_region(doc, f)
        if region is not None:
            r: dict[str, Any] = {"startLine": region.start_line}
            if region.start_column:
                r["startColumn"] = region.start_column
            if region.end_line:
                r["endLine"] = region.end_line
            if region.end_column:
                r["endColumn"] = region.end_column
            if f.end > f.start and doc.text:
                r["snippet"] = {"text": doc.text[f.start:f.end]}
            physical["region"] = r
        message = f.message if doc.id == doc.path else f"[{doc.id}] {f.message}"
        result: dict[str, Any] = {
            "ruleId": f.rule,
            "level": LEVELS[Severity(f.severity)],
            "message": {"text": message},
            "locations": [{"physicalLocation": physical}],
            "properties": {"name": f.name, "confidence": round(f.confidence, 3), "article": doc.id},
        }
        if f.rule in self.rule_index:
            result["ruleIndex"] = self.rule_index[f.rule]
        if f.fingerprint:
            # a repeat of the same flagged words gets its number, so code scanning keeps
            # two identical sentences as two alerts; the first keeps the bare fingerprint
            value = f.fingerprint if f.occurrence <= 1 else f"{f.fingerprint}:{f.occurrence}"
            result["partialFingerprints"] = {"quoteaudit/v1": value}
        if f.location:  # a Word document: the region's lines are its paragraphs
            result["properties"]["wordLocation"] = {k: v for k, v in f.location.items() if v is not None}
        return result

    def _emit(self, result: dict[str, Any]) -> None:
        self.out.write(("" if self.first else ",\n") + json.dumps(result, ensure_ascii=False))
        self.first = False

    def finish(self) -> None:
        invocation: dict[str, Any] = {
            "executionSuccessful": not self.notifications,
            "toolExecutionNotifications": self.notifications,
        }
        if self.policy:
            invocation["properties"] = {"policy": {"passed": not self.policy_failures, "failures": self.policy_failures}}
        self.out.write("\n], " + '"invocations": [' + json.dumps(invocation, ensure_ascii=False) + "]}]}\n")
        if self.out_dir:
            target = safe_join(self.out_dir, FILE_NAME)
            atomic_write(target, self.out.getvalue())
            self.stream.write(f"wrote {target}\n")
        self.stream.flush()
