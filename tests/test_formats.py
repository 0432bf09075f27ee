"""The CI formats: SARIF (validated against the official schema), GitHub annotations, JUnit."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from jsonschema import Draft4Validator

from quoteaudit.report.github import command

from .conftest import SARIF_SCHEMA
from .gate_helpers import ONLY_TEST_RULES, gate_rules, invoke, write_files  # noqa: F401

WARNING = "The contractor allegedly overbilled the city.\n"
ERROR = "The contractor reportedly overbilled the city.\n"


def load_sarif_validator() -> Draft4Validator:
    """The official SARIF 2.1.0 schema, shipped in tests/data/sarif (never skipped)."""
    schema = json.loads(SARIF_SCHEMA.read_text("utf-8"))
    Draft4Validator.check_schema(schema)
    return Draft4Validator(schema)


@pytest.fixture(scope="module")
def sarif_validator():
    return load_sarif_validator()


@pytest.fixture
def newsroom(tmp_path, monkeypatch, gate_rules):
    """A newsroom folder (not a Git repository, so it is its own root) as the current folder."""
    write_files(tmp_path, {"quoteaudit.toml": ONLY_TEST_RULES, "news/a.md": WARNING, "news/b.md": ERROR})
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_sarif_validates_and_points_at_the_finding(newsroom, sarif_validator):
    write_files(newsroom, {"news/café story.md": WARNING})
    result = invoke("audit", "news", "missing.md", "--format", "sarif")
    assert result.exit_code == 2
    sarif = json.loads(result.stdout)
    errors = sorted(sarif_validator.iter_errors(sarif), key=str)
    assert not errors, errors[0]
    assert sarif["version"] == "2.1.0"
    (run,) = sarif["runs"]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == newsroom.as_uri() + "/"
    assert run["columnKind"] == "unicodeCodePoints"
    located = [
        (r["ruleId"], r["level"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], r["locations"][0]["physicalLocation"]["region"])
        for r in run["results"]
    ]
    assert located == [
        ("QA098", "warning", "news/a.md", {"startLine": 1, "startColumn": 16, "endLine": 1, "endColumn": 25, "snippet": {"text": "allegedly"}}),
        ("QA099", "error", "news/b.md", {"startLine": 1, "startColumn": 16, "endLine": 1, "endColumn": 26, "snippet": {"text": "reportedly"}}),
        ("QA098", "warning", "news/caf%C3%A9%20story.md", {"startLine": 1, "startColumn": 16, "endLine": 1, "endColumn": 25, "snippet": {"text": "allegedly"}}),
    ]
    first = run["results"][0]
    assert first["message"]["text"] == "'allegedly': alleged by whom, and on what evidence?"
    assert first["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
    assert run["tool"]["driver"]["rules"][first["ruleIndex"]]["id"] == "QA098"
    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is False
    assert [n["message"]["text"] for n in invocation["toolExecutionNotifications"]] == ["missing.md: does not exist"]
    assert invocation["properties"]["policy"] == {
        "passed": False,
        "failures": [{"article": "news/b.md", "reasons": ["1 error: Reported by whom? (QA099)"]}],
    }


def test_sarif_shows_suppressed_findings_as_suppressed_with_the_reason(newsroom, sarif_validator):
    write_files(newsroom, {
        "news/a.md": "<!-- quoteaudit: ignore-next QA098 -- confirmed with two invoices -->\n" + WARNING,
        "news/old.md": ERROR,
    })
    written = invoke("audit", "news/old.md", "--write-baseline", "baseline.json")
    assert written.exit_code == 0, written.output
    result = invoke("audit", "news/a.md", "news/old.md", "--format", "sarif", "--baseline", "baseline.json")
    assert result.exit_code == 0, result.output  # suppressed errors fail nothing
    sarif = json.loads(result.stdout)
    errors = sorted(sarif_validator.iter_errors(sarif), key=str)
    assert not errors, errors[0]
    (run,) = sarif["runs"]
    suppressed = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: (r["ruleId"], r["suppressions"]) for r in run["results"] if "suppressions" in r
    }
    assert suppressed == {
        "news/a.md": ("QA098", [{"kind": "inSource", "status": "accepted", "justification": "confirmed with two invoices"}]),
        "news/old.md": ("QA099", [{"kind": "external", "status": "accepted", "justification": "accepted in the baseline baseline.json"}]),
    }
    assert [r["ruleId"] for r in run["results"] if "suppressions" not in r] == []
    assert run["invocations"][0]["properties"]["policy"] == {"passed": True, "failures": []}


def test_sarif_rules_carry_the_rule_docstrings(newsroom):
    result = invoke("audit", "news/a.md", "--format", "sarif")
    rules = {r["id"]: r for r in json.loads(result.stdout)["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["QA098"]["name"] == "flagged-allegedly"
    assert rules["QA098"]["shortDescription"]["text"] == 'Test rule: the word "allegedly" (a warning).'
    assert rules["QA098"]["fullDescription"]["text"].endswith("How to fix: say who alleges it.")
    assert rules["QA099"]["defaultConfiguration"]["level"] == "error"
    assert rules["QA002"]["name"] == "unused-suppression"
    assert rules["QA002"]["help"]["text"].startswith("A quoteaudit suppression comment suppresses nothing.")


def test_sarif_out_writes_one_file(newsroom, sarif_validator):
    result = invoke("audit", "news", "--format", "sarif", "--out", "reports")
    assert result.exit_code == 1
    assert result.stdout == f"wrote {newsroom / 'reports' / 'quoteaudit.sarif'}\n"
    sarif = json.loads((newsroom / "reports" / "quoteaudit.sarif").read_text("utf-8"))
    sarif_validator.validate(sarif)
    assert [r["ruleId"] for r in sarif["runs"][0]["results"]] == ["QA098", "QA099"]
    assert sarif["runs"][0]["invocations"][0]["executionSuccessful"] is True


def test_sarif_with_no_findings_is_still_valid(newsroom, sarif_validator):
    write_files(newsroom, {"clean.md": "The mayor said the budget would pass.\n"})
    result = invoke("audit", "clean.md", "--format", "sarif")
    assert result.exit_code == 0
    sarif = json.loads(result.stdout)
    sarif_validator.validate(sarif)
    assert sarif["runs"][0]["results"] == []


def test_github_annotations(newsroom):
    write_files(newsroom, {"news/quoteaudit.toml": ONLY_TEST_RULES + '[severity]\nQA098 = "suggestion"\n', "news/x,y.md": WARNING})
    result = invoke("audit", "news", "missing.md", "--format", "github")
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [
        "::notice file=news/a.md,line=1,col=16,endLine=1,endColumn=25,title=Alleged by whom? (QA098)::'allegedly': alleged by whom, and on what evidence?",
        "::error file=news/b.md,line=1,col=16,endLine=1,endColumn=26,title=Reported by whom? (QA099)::'reportedly': reported by whom?",
        "::error file=news/b.md,title=quoteaudit policy failed::1 error: Reported by whom? (QA099)",
        "::notice file=news/x%2Cy.md,line=1,col=16,endLine=1,endColumn=25,title=Alleged by whom? (QA098)::'allegedly': alleged by whom, and on what evidence?",
        "::error file=missing.md,title=quoteaudit input error::missing.md: does not exist",
        # three articles audited, one input that could not be read: counted apart
        "quoteaudit: 1 error, 0 warnings, 2 suggestions in 3 articles; 1 article fails the policy; 1 input could not be read",
    ]


def test_github_escaping():
    assert command("warning", "50% of\r\nfunds", file="a:b,c.md", line=3, title="QA1 x") == (
        "::warning file=a%3Ab%2Cc.md,line=3,title=QA1 x::50%25 of%0D%0Afunds"
    )


def test_junit_one_testcase_per_article(newsroom):
    (newsroom / "feed.jsonl").write_text(json.dumps({"id": "wire\u0001042", "text": WARNING}) + "\n", encoding="utf-8")
    result = invoke("audit", "news", "feed.jsonl", "missing.md", "--format", "junit")
    assert result.exit_code == 2
    root = ET.fromstring(result.stdout)
    (suite,) = root.findall("testsuite")
    assert {k: suite.get(k) for k in ("tests", "failures", "errors")} == {"tests": "4", "failures": "1", "errors": "1"}
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    assert sorted(cases) == ["feed.jsonl [wire\ufffd042]", "missing.md", "news/a.md", "news/b.md"]
    failure = cases["news/b.md"].find("failure")
    assert failure.get("message") == "1 error: Reported by whom? (QA099)"
    assert failure.text.splitlines() == [
        "1 error: Reported by whom? (QA099)",
        "news/b.md:1:16: QA099 [error] Reported by whom?: 'reportedly': reported by whom?",
    ]
    assert cases["news/a.md"].find("failure") is None
    # a passing article's findings: the terminal's summary line and finding lines
    assert cases["news/a.md"].find("system-out").text.splitlines() == [
        # "allegedly" makes its clause a report held by nobody: listed, never graded; so no
        # graded quotes: 50 to start, less 5 for the weasel "allegedly"
        "attribution score 45/100 (grade D, weakly sourced); 1 quote (0 from named sources, 1 held by nobody), 0 sources (0 named); 0 errors, 1 warning, 0 suggestions",
        "news/a.md:1:16: QA098 [warning] Alleged by whom?: 'allegedly': alleged by whom, and on what evidence?",
    ]
    assert cases["missing.md"].find("error").get("message") == "missing.md: does not exist"


def test_junit_policy_failure_without_error_findings(newsroom):
    write_files(newsroom, {"quoteaudit.toml": ONLY_TEST_RULES + "[max-findings]\nwarning = 0\n"})
    result = invoke("audit", "news/a.md", "--format", "junit", "--out", "ci")
    assert result.exit_code == 1
    suite = ET.parse(newsroom / "ci" / "quoteaudit.junit.xml").getroot().find("testsuite")
    (case,) = suite.findall("testcase")
    assert case.find("failure").get("message") == "1 warning, where the newsroom allows none"


def test_every_format_is_offered(newsroom):
    result = invoke("audit", "--help")
    for name in ("text", "json", "html", "sarif", "github", "junit"):
        assert f"{name}:" in result.stdout


def test_github_annotation_shows_a_hidden_terminal_escape_instead_of_sending_it():
    from quoteaudit.report.github import command

    line = command("warning", "quote by 'the \x1b[2Jsource'\nsecond line", file="news/a.md")
    assert line == "::warning file=news/a.md::quote by 'the \\x1b[2Jsource'%0Asecond line"
