"""The rule registry as editors and CI see it: codes, names, docs, `rules` and `explain`."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from quoteaudit.cli import app
from quoteaudit.model import Severity
from quoteaudit.rules import load_all
from quoteaudit.rules.catalog import all_rules, find_rule, markdown_table

from .conftest import REPO

runner = CliRunner()
RULES = sorted(load_all().values(), key=lambda r: r.code)

REQUIRED = {
    "QA101": ("orphan-quote", Severity.ERROR),
    "QA102": ("unresolved-pronoun-speaker", Severity.WARNING),
    "QA103": ("loaded-attribution-verb", Severity.SUGGESTION),
    "QA104": ("stray-quote-mark", Severity.WARNING),
    "QA105": ("altered-quote", Severity.ERROR),
    "QA106": ("quote-not-in-evidence", Severity.WARNING),
    "QA107": ("wrong-speaker", Severity.ERROR),
    "QA201": ("vague-anonymous-source", Severity.WARNING),
    "QA202": ("anonymous-without-reason", Severity.WARNING),
    "QA203": ("anonymous-opinion", Severity.WARNING),
    "QA204": ("single-anonymous-source", Severity.WARNING),
    "QA205": ("unnamed-document", Severity.WARNING),
    "QA206": ("weak-anonymity-reason", Severity.SUGGESTION),
    "QA301": ("unattributed-claim", Severity.WARNING),
    "QA302": ("weasel-attribution", Severity.WARNING),
}


def test_every_required_rule_is_registered_with_its_code_name_and_severity():
    registry = load_all()
    for code, (name, severity) in REQUIRED.items():
        assert code in registry, code
        assert (registry[code].name, registry[code].severity) == (name, severity)


def test_names_are_kebab_case_and_unique():
    names = [r.name for r in RULES]
    assert len(set(names)) == len(names)
    for name in names:
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", name), name


def test_codes_are_in_the_right_family():
    families = {"1": "quote", "2": "source", "3": "claim"}
    for rule in RULES:
        if rule.code.startswith("QA0"):
            continue
        assert rule.code[2] in families, rule.code


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_each_docstring_tells_an_editor_what_why_and_how(rule):
    doc = rule.explanation()
    for part in ("What is wrong:", "Why it matters:", "How to fix:"):
        assert part in doc, f"{rule.code} docstring lacks {part!r}"


@pytest.mark.parametrize("code", ["QA103", "QA201", "QA202", "QA203", "QA204", "QA301"])
def test_standards_rules_cite_a_newsroom_standard(code):
    doc = load_all()[code].explanation()
    assert re.search(r"\bAP\b|Reuters|New York Times", doc), code


def test_rules_command_lists_every_rule():
    result = runner.invoke(app, ["rules"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == len(RULES)
    assert ["QA101", "orphan-quote", "error"] in [line.split()[:3] for line in lines]


def test_explain_prints_the_rule_by_code_or_name():
    by_code = runner.invoke(app, ["explain", "QA201"])
    by_name = runner.invoke(app, ["explain", "vague-anonymous-source"])
    assert by_code.exit_code == by_name.exit_code == 0
    assert by_code.stdout == by_name.stdout
    assert by_code.stdout.startswith("QA201 vague-anonymous-source (default severity: warning)\n")
    assert "How to fix:" in by_code.stdout


def test_explain_is_case_insensitive_on_codes():
    assert runner.invoke(app, ["explain", "qa301"]).exit_code == 0


def test_explain_unknown_rule_is_one_line_and_exit_2():
    result = runner.invoke(app, ["explain", "QA999"])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == ["quoteaudit: error: unknown rule 'QA999'; 'quoteaudit rules' lists them"]


def test_readme_rules_table_matches_the_registry():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    m = re.search(r"<!-- rules-table[^>]*-->\n(.*?)\n<!-- /rules-table -->", readme, re.S)
    assert m, "README has no rules-table block"
    assert m.group(1) == markdown_table(), "README rules table is stale: paste `quoteaudit rules --format markdown`"


def test_rules_markdown_format_is_the_readme_table():
    result = runner.invoke(app, ["rules", "--format", "markdown"])
    assert result.exit_code == 0
    assert result.stdout.rstrip("\n") == markdown_table()


def test_every_rule_has_a_short_plain_label_for_editors():
    # the chips in the report and the Word comments lead with these words, not the code
    labels = {rule.code: rule.label for rule in all_rules()}
    assert labels["QA301"] == "No source"
    assert labels["QA202"] == "Why anonymous?"
    assert labels["QA302"] == "Who believes this?"
    assert labels["QA101"] == "Quote with no speaker"
    assert len(set(labels.values())) == len(labels)
    for code, label in labels.items():
        assert 1 <= len(label.split()) <= 5 and "QA" not in label, (code, label)


def test_how_to_fix_is_the_docstring_paragraph_as_one_sentence_block():
    rule = find_rule("QA205")
    assert rule.how_to_fix().startswith("Name the document and its author and date")
    assert "\n" not in rule.how_to_fix()
    assert rule.why_it_matters() and not rule.why_it_matters().startswith("Why")
