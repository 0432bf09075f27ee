"""Helpers for the CI-gate tests: two test-only rules and a newsroom folder builder.

The real rules are built elsewhere and change; the gate's tests must not depend on what
they find. So each test registers two tiny rules that flag one word each, selects only
them in its config, and checks the gate's behaviour on their findings.
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Iterable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quoteaudit.model import Severity
from quoteaudit.rules.base import REGISTRY, Hit, Rule, register


class FlaggedAllegedly(Rule):
    """Test rule: the word "allegedly" (a warning).

    It stands in for a real rule in the CI-gate tests.

    How to fix: say who alleges it.
    """

    code = "QA098"
    name = "flagged-allegedly"
    label = "Alleged by whom?"
    severity = Severity.WARNING

    def check(self, ctx) -> Iterable[Hit]:
        for m in re.finditer(r"\ballegedly\b", ctx.article.text, re.IGNORECASE):
            yield Hit(m.start(), m.end(), "'allegedly': alleged by whom, and on what evidence?")


class FlaggedReportedly(Rule):
    """Test rule: the word "reportedly" (an error).

    It stands in for a real rule in the CI-gate tests.

    How to fix: say who reported it.
    """

    code = "QA099"
    name = "flagged-reportedly"
    label = "Reported by whom?"
    severity = Severity.ERROR

    def check(self, ctx) -> Iterable[Hit]:
        for m in re.finditer(r"\breportedly\b", ctx.article.text, re.IGNORECASE):
            yield Hit(m.start(), m.end(), "'reportedly': reported by whom?")


TEST_RULES = (FlaggedAllegedly, FlaggedReportedly)

#: a config that runs only the test rules and the unused-suppression rule
ONLY_TEST_RULES = 'select = ["QA098", "QA099", "QA002"]\n'


@pytest.fixture
def gate_rules():
    from quoteaudit.rules import load_all

    load_all()
    for cls in TEST_RULES:
        register(cls)
    yield TEST_RULES
    for cls in TEST_RULES:
        REGISTRY.pop(cls.code, None)


def write_files(root: Path, files: dict[str, str]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(content).lstrip("\n"), encoding="utf-8")


def invoke(*args: str):
    from quoteaudit.cli import app

    return CliRunner().invoke(app, [str(a) for a in args])


def audit_json(*args: str):
    """Run ``audit --format json``; returns (result, {path or id: document})."""
    result = invoke("audit", *args, "--format", "json")
    docs = {}
    for line in result.stdout.splitlines():
        if line.strip():
            (doc,) = json.loads(line)["documents"]
            docs[doc["id"]] = doc
    return result, docs


def codes_at(doc: dict) -> list[tuple[str, int, int]]:
    """``(rule, line, column)`` of each finding of a JSON document."""
    return [(f["rule"], f["line"], f["column"]) for f in doc["findings"]]
