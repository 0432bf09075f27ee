"""Exit codes and the newsroom policy: 0 clean, 1 policy failed, 2 usage or input error."""

from __future__ import annotations

import subprocess
import sys

import pytest

from quoteaudit.gate.config import Config
from quoteaudit.model import DocumentAudit, Finding, Quote, QuoteKind, Severity, Source, SourceType, Strength, TextSpan
from quoteaudit.gate.policy import apply_allowed_speakers, exit_code, failures, is_allowed_speaker

from .conftest import REPO
from .gate_helpers import ONLY_TEST_RULES, audit_json, gate_rules, invoke, write_files  # noqa: F401

CLEAN = "The mayor said the budget would pass on Tuesday.\n"
WARNING = "The contractor allegedly overbilled the city.\n"
ERROR = "The contractor reportedly overbilled the city.\n"


def test_clean_articles_exit_0(tmp_path, gate_rules):
    write_files(tmp_path, {"quoteaudit.toml": ONLY_TEST_RULES, "a.md": CLEAN})
    result = invoke("audit", tmp_path / "a.md")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""


def test_a_warning_alone_passes_the_default_policy(tmp_path, gate_rules):
    write_files(tmp_path, {"quoteaudit.toml": ONLY_TEST_RULES, "a.md": WARNING})
    result = invoke("audit", tmp_path / "a.md")
    assert result.exit_code == 0, result.output
    assert f"{tmp_path / 'a.md'}:1:16: QA098 [warning]" in result.stdout


def test_an_error_severity_finding_fails_the_policy_with_exit_1(tmp_path, gate_rules):
    write_files(tmp_path, {"quoteaudit.toml": ONLY_TEST_RULES, "a.md": ERROR})
    result = invoke("audit", tmp_path / "a.md")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"quoteaudit: policy failed: {tmp_path / 'a.md'}: 1 error: Reported by whom? (QA099)"
    ]


def test_max_findings_per_severity(tmp_path, gate_rules):
    three = "He allegedly lied. She allegedly knew. They allegedly paid.\n"
    write_files(
        tmp_path,
        {
            "quoteaudit.toml": ONLY_TEST_RULES + "[max-findings]\nwarning = 2\n",
            "three.md": three,
            "lenient/quoteaudit.toml": 'extend = "../quoteaudit.toml"\n[max-findings]\nwarning = 3\n',
            "lenient/three.md": three,
        },
    )
    result = invoke("audit", tmp_path)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"quoteaudit: policy failed: {tmp_path / 'three.md'}: more than 2 warnings (3)"
    ]


def test_max_findings_error_allows_some_errors(tmp_path, gate_rules):
    write_files(tmp_path, {"quoteaudit.toml": ONLY_TEST_RULES + "[max-findings]\nerror = 1\n", "a.md": ERROR})
    assert invoke("audit", tmp_path / "a.md").exit_code == 0


def test_score_under_fail_under_exits_1(tmp_path, gate_rules, monkeypatch):
    # scoring is built elsewhere; here every article scores 48 so the gate can be tested
    monkeypatch.setattr("quoteaudit.pipeline.score_article", lambda ctx, weights=None: Strength(48, "D"))
    write_files(
        tmp_path,
        {
            "quoteaudit.toml": ONLY_TEST_RULES + "fail-under = 60\n",
            "a.md": CLEAN,
            "blogs/quoteaudit.toml": ONLY_TEST_RULES + "fail-under = 40\n",
            "blogs/b.md": CLEAN,
        },
    )
    result = invoke("audit", tmp_path)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"quoteaudit: policy failed: {tmp_path / 'a.md'}: the attribution score 48 is below the newsroom's minimum of 60"]


def test_an_input_error_exits_2_and_wins_over_a_policy_failure(tmp_path, gate_rules):
    write_files(tmp_path, {"quoteaudit.toml": ONLY_TEST_RULES, "a.md": ERROR})
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    result = invoke("audit", tmp_path / "a.md", tmp_path / "notes.docx")
    assert result.exit_code == 2
    assert f"quoteaudit: error: {tmp_path / 'notes.docx'}: is damaged or incomplete (not a readable ZIP package" in result.stderr
    assert "quoteaudit: policy failed:" in result.stderr


def test_exit_zero_passes_policy_failures_and_input_errors(tmp_path, gate_rules):
    write_files(tmp_path, {"quoteaudit.toml": ONLY_TEST_RULES, "a.md": ERROR})
    result = invoke("audit", tmp_path / "a.md", tmp_path / "missing.md", "--exit-zero")
    assert result.exit_code == 0
    assert f"{tmp_path / 'a.md'}:1:16: QA099 [error]" in result.stdout


def test_exit_zero_still_exits_2_on_a_usage_error(tmp_path, gate_rules):
    write_files(tmp_path, {"quoteaudit.toml": "fail-under = 'high'\n", "a.md": ERROR})
    assert invoke("audit", tmp_path / "a.md", "--exit-zero").exit_code == 2
    assert invoke("audit", tmp_path / "a.md", "--format", "pdf", "--exit-zero").exit_code == 2


def test_usage_error_from_a_real_process_is_exit_2(tmp_path):
    (tmp_path / "a.md").write_text(CLEAN, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "quoteaudit", "audit", str(tmp_path / "a.md"), "--format", "github", "--out", str(tmp_path / "r")],
        capture_output=True, text=True, cwd=REPO,
    )
    assert proc.returncode == 2
    assert proc.stderr == "quoteaudit: error: --out does not apply to --format github, which writes to standard output\n"


@pytest.mark.parametrize(
    ("input_errors", "policy_failures", "exit_zero", "code"),
    [(0, 0, False, 0), (0, 3, False, 1), (1, 0, False, 2), (1, 3, False, 2), (1, 3, True, 0), (0, 3, True, 0)],
)
def test_exit_code_table(input_errors, policy_failures, exit_zero, code):
    assert exit_code(input_errors=input_errors, policy_failures=policy_failures, exit_zero=exit_zero) == code


def _doc(findings=(), score=None):
    return DocumentAudit(id="news/a.md", path="news/a.md", sha256="0" * 64, text="", findings=list(findings), score=score)


def _finding(severity):
    return Finding("QA101", "orphan-quote", severity, 0, 1, "no speaker")


def test_failures_lists_every_reason():
    doc = _doc([_finding(Severity.ERROR), _finding(Severity.WARNING), _finding(Severity.WARNING)], score=55)
    cfg = Config(fail_under=70, max_findings={"warning": 1})
    assert failures(doc, cfg) == [
        "1 error: Quote with no speaker (QA101)",
        "the attribution score 55 is below the newsroom's minimum of 70",
        "more than 1 warning (2)",
    ]


def test_the_reasons_are_plain_words_with_singular_and_plural():
    altered = Finding("QA105", "altered-quote", Severity.ERROR, 0, 1, "the quote's words differ")
    doc = _doc([_finding(Severity.ERROR), altered, _finding(Severity.ERROR)] + [_finding(Severity.WARNING)] * 7, score=48)
    # each kind of error once, by its editor label, however often it occurs
    assert failures(doc, Config(fail_under=60, max_findings={"warning": 5})) == [
        "3 errors: Quote with no speaker (QA101), Quote differs from source (QA105)",
        "the attribution score 48 is below the newsroom's minimum of 60",
        "more than 5 warnings (7)",
    ]
    # a newsroom that allows no warnings at all says so, and counts errors only once
    assert failures(doc, Config(max_findings={"error": 1, "warning": 0})) == ["more than 1 error (3)", "7 warnings, where the newsroom allows none"]
    assert failures(_doc([_finding(Severity.WARNING)], score=59.5), Config(fail_under=60, max_findings={"warning": 0})) == [
        "the attribution score 59.5 is below the newsroom's minimum of 60",
        "1 warning, where the newsroom allows none",
    ]


def test_a_baselined_score_is_the_articles_floor():
    cfg = Config(fail_under=70)
    assert failures(_doc(score=55), cfg, baseline_score=55) == []
    assert failures(_doc(score=50), cfg, baseline_score=55) == ["the attribution score 50 is below the newsroom's minimum of 70, and below the 55 it had in the baseline"]


def test_an_unscored_article_is_not_failed_for_its_score():
    assert failures(_doc(score=None), Config(fail_under=70)) == []


# -- allowed speakers --------------------------------------------------------------------------


def _quote(speaker: str, source: str | None, start: int = 40) -> Quote:
    return Quote(
        id="q1", kind=QuoteKind.DIRECT, fragments=[(1, 30)], text="The shelling stopped at dawn.",
        speaker=TextSpan(start, start + len(speaker), speaker), source=source,
    )


def test_an_allowed_speaker_counts_as_attributed():
    quote = _quote("our correspondent", "s1")
    sources = [Source("s1", "our correspondent", SourceType.ANONYMOUS_VAGUE, anonymity_reason="unnamed")]
    apply_allowed_speakers([quote], sources, ["Our Correspondent"])
    assert (sources[0].type, sources[0].anonymity_reason) == (SourceType.NAMED_PERSON, None)


def test_an_unresolved_allowed_speaker_gets_a_source():
    quote = _quote("our correspondent in Kyiv", None)
    sources = apply_allowed_speakers([quote], [], ["our correspondent"])
    assert [(s.id, s.name, s.type, s.mentions) for s in sources] == [
        ("allowed1", "our correspondent in Kyiv", SourceType.NAMED_PERSON, [(40, 65)])
    ]
    assert quote.source == "allowed1"


def test_other_anonymous_speakers_stay_anonymous():
    quote = _quote("a correspondent", "s1")
    sources = [Source("s1", "a correspondent", SourceType.ANONYMOUS_VAGUE)]
    apply_allowed_speakers([quote], sources, ["our correspondent"])
    assert sources[0].type is SourceType.ANONYMOUS_VAGUE
    assert not is_allowed_speaker("our correspondents' union", ["our correspondent"])


def test_allowed_speakers_from_the_config_reach_the_audit(tmp_path, gate_rules, monkeypatch):
    from quoteaudit.quotes import QuoteDetection

    text = '"The shelling stopped at dawn," our correspondent reported.\n'
    speaker = text.index("our correspondent")

    def one_quote(doc, article):
        return QuoteDetection([_quote("our correspondent", None, start=speaker)])

    # quote detection is built elsewhere; a stand-in finds the one quote of this story
    monkeypatch.setattr("quoteaudit.pipeline.detect_quotes", one_quote)
    write_files(tmp_path, {"quoteaudit.toml": ONLY_TEST_RULES + 'allowed-speakers = ["Our correspondent"]\n', "kyiv.txt": text})
    result, docs = audit_json(tmp_path / "kyiv.txt")
    assert result.exit_code == 0, result.output
    doc = docs[str(tmp_path / "kyiv.txt")]
    assert [(s["name"], s["type"]) for s in doc["sources"]] == [("our correspondent", "named_person")]
    assert doc["quotes"][0]["source"] == doc["sources"][0]["id"]
