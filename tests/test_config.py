"""Config discovery and precedence, as a newsroom with several desks would set it up."""

from __future__ import annotations

import subprocess
import sys

import pytest

from quoteaudit.gate.checks import check_config
from quoteaudit.gate.config import ArticleConfigs, Config, ConfigError, find_config, load_config_file

from .conftest import REPO
from .gate_helpers import ONLY_TEST_RULES, audit_json, codes_at, gate_rules, invoke, write_files  # noqa: F401

ALLEGEDLY = "The councillor allegedly moved the funds in March.\n"


def test_closest_config_to_each_article_wins(tmp_path, gate_rules):
    write_files(
        tmp_path,
        {
            "quoteaudit.toml": ONLY_TEST_RULES,
            # the opinion desk does not run the "allegedly" rule
            "opinion/quoteaudit.toml": 'select = ["QA099"]\n',
            "news/council.md": ALLEGEDLY,
            "opinion/column.md": ALLEGEDLY,
        },
    )
    result, docs = audit_json(tmp_path)
    assert result.exit_code == 0, result.output
    assert codes_at(docs[str(tmp_path / "news" / "council.md")]) == [("QA098", 1, 16)]
    assert codes_at(docs[str(tmp_path / "opinion" / "column.md")]) == []


def test_extend_inherits_and_the_extending_file_wins(tmp_path, gate_rules):
    write_files(
        tmp_path,
        {
            "base.toml": ONLY_TEST_RULES + '[severity]\nQA098 = "error"\nQA099 = "suggestion"\n',
            "desk/quoteaudit.toml": 'extend = "../base.toml"\n[severity]\nQA099 = "warning"\n',
        },
    )
    cfg = load_config_file(str(tmp_path / "desk" / "quoteaudit.toml"))
    assert cfg.select == ["QA098", "QA099", "QA002"]
    assert cfg.severity == {"QA098": "error", "QA099": "warning"}


def test_extend_select_and_ignore_add_to_what_is_inherited(tmp_path, gate_rules):
    write_files(
        tmp_path,
        {
            "base.toml": 'select = ["QA098"]\nignore = ["QA002"]\n',
            "quoteaudit.toml": 'extend = "base.toml"\nextend-select = ["QA099"]\nextend-ignore = ["flagged-reportedly"]\n',
        },
    )
    cfg = load_config_file(str(tmp_path / "quoteaudit.toml"))
    assert cfg.select == ["QA098", "QA099"]
    assert cfg.ignore == ["QA002", "flagged-reportedly"]


def test_an_extend_cycle_is_one_clear_error(tmp_path, gate_rules):
    write_files(
        tmp_path,
        {
            "a.toml": 'extend = "b.toml"\n',
            "b.toml": 'extend = "a.toml"\n',
            "quoteaudit.toml": 'extend = "a.toml"\n',
            "story.md": ALLEGEDLY,
        },
    )
    result = invoke("audit", tmp_path / "story.md")
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"quoteaudit: error: {tmp_path / 'a.toml'}: 'extend' makes a cycle (")
    assert result.stdout == ""


def test_quoteaudit_toml_beats_pyproject_in_the_same_folder(tmp_path, gate_rules):
    write_files(
        tmp_path,
        {
            "pyproject.toml": '[tool.quoteaudit]\nselect = ["QA099"]\n',
            "quoteaudit.toml": 'select = ["QA098"]\n',
        },
    )
    assert find_config(str(tmp_path / "story.md")) == str(tmp_path / "quoteaudit.toml")


def test_pyproject_without_a_quoteaudit_table_is_passed_over(tmp_path, gate_rules):
    write_files(
        tmp_path,
        {
            "quoteaudit.toml": 'select = ["QA098"]\n',
            "site/pyproject.toml": '[project]\nname = "newsroom-site"\n',
            "site/news/story.md": ALLEGEDLY,
        },
    )
    assert find_config(str(tmp_path / "site" / "news" / "story.md")) == str(tmp_path / "quoteaudit.toml")


def test_pyproject_tool_table_is_read(tmp_path, gate_rules):
    write_files(
        tmp_path,
        {
            "pyproject.toml": '[project]\nname = "x"\n\n[tool.quoteaudit]\nselect = ["QA098"]\nfail-under = 60\nallowed-speakers = ["our correspondent"]\n\n[tool.quoteaudit.scoring]\nnamed-person = 90\n',
        },
    )
    cfg = load_config_file(str(tmp_path / "pyproject.toml"))
    assert (cfg.select, cfg.fail_under, cfg.allowed_speakers, cfg.scoring) == (
        ["QA098"], 60, ["our correspondent"], {"named-person": 90}
    )


def test_explicit_config_applies_to_every_article(tmp_path, gate_rules):
    write_files(
        tmp_path,
        {
            "opinion/quoteaudit.toml": 'select = ["QA099"]\n',
            "opinion/column.md": ALLEGEDLY,
            "strict.toml": ONLY_TEST_RULES,
        },
    )
    result, docs = audit_json(tmp_path / "opinion", "--config", tmp_path / "strict.toml")
    assert result.exit_code == 0, result.output
    assert codes_at(docs[str(tmp_path / "opinion" / "column.md")]) == [("QA098", 1, 16)]


def test_per_file_ignores_are_relative_to_the_config_folder(tmp_path, gate_rules):
    write_files(
        tmp_path,
        {
            "quoteaudit.toml": ONLY_TEST_RULES + '[per-file-ignores]\n"archive/*.md" = ["QA098"]\n',
            "archive/2019.md": ALLEGEDLY,
            "news/archive.md": ALLEGEDLY,
        },
    )
    result, docs = audit_json(tmp_path)
    assert codes_at(docs[str(tmp_path / "archive" / "2019.md")]) == []
    assert codes_at(docs[str(tmp_path / "news" / "archive.md")]) == [("QA098", 1, 16)]


def test_severity_override_makes_a_warning_block(tmp_path, gate_rules):
    write_files(tmp_path, {"quoteaudit.toml": ONLY_TEST_RULES + '[severity]\nflagged-allegedly = "error"\n', "a.md": ALLEGEDLY})
    result, docs = audit_json(tmp_path / "a.md")
    assert result.exit_code == 1
    assert [f["severity"] for f in docs[str(tmp_path / "a.md")]["findings"]] == ["error"]


def test_max_bytes_refuses_a_larger_article(tmp_path, gate_rules):
    write_files(tmp_path, {"quoteaudit.toml": ONLY_TEST_RULES + "max-bytes = 20\n", "long.md": ALLEGEDLY})
    result = invoke("audit", tmp_path / "long.md")
    assert result.exit_code == 2
    assert "over the 20 bytes article size limit; skipped (raise max-bytes in the config to audit it)" in result.stderr


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('fail-undr = 60\n', "unknown setting 'fail-undr'"),
        ('fail-under = "high"\n', "'fail-under' must be a whole-number score from 0 to 100, not 'high'"),
        ("fail-under = 120\n", "'fail-under' must be a whole-number score from 0 to 100, not 120"),
        # scores are whole numbers: 60.5 is refused, not rounded one way or the other
        ("fail-under = 60.5\n", "'fail-under' must be a whole-number score from 0 to 100, not 60.5"),
        ("fail-under = nan\n", "'fail-under' must be a whole-number score from 0 to 100, not nan"),
        ("max-bytes = 0\n", "'max-bytes' must be a whole number of bytes from 1 to 1073741824 (1 GiB), not 0"),
        ("max-bytes = 9223372036854775807\n", "'max-bytes' must be a whole number of bytes from 1 to 1073741824 (1 GiB), not 9223372036854775807"),
        ("max-bytes = 1e6\n", "'max-bytes' must be a whole number of bytes from 1 to 1073741824 (1 GiB), not 1000000.0"),
        ("[scoring]\nnamed-person = 500\n", "scoring weight 'named-person' must be from 0 to 100 (a base score), not 500"),
        ("[scoring]\nanonymous-vague = -15\n", "scoring weight 'anonymous-vague' must be from 0 to 100 (a base score), not -15"),
        ("[scoring]\naffiliation = 500\n", "scoring weight 'affiliation' must be from -100 to 100 (points added or taken off), not 500"),
        ("[scoring]\nloaded-verb = -inf\n", "scoring weight 'loaded-verb' must be from -100 to 100 (points added or taken off), not -inf"),
        ("[scoring]\nfloating-below = 60\n", "scoring weight 'floating-below' must be from 0 to 1 (a confidence), not 60"),
        ("[scoring]\ngrade-a = 101\n", "scoring weight 'grade-a' must be from 0 to 100 (a score), not 101"),
        ("[scoring]\nmax-claim-penalty = 1000\n", "scoring weight 'max-claim-penalty' must be from 0 to 100 (points), not 1000"),
        ('select = "QA098"\n', "'select' must be a list of rule codes"),
        ('select = ["QA9"]\n', "no rule has code 'QA9'"),
        ('ignore = ["orphan-quotes-typo"]\n', "'orphan-quotes-typo' is not a rule code or name"),
        ('[severity]\nQA098 = "fatal"\n', "'severity.QA098' must be one of \"error\", \"warning\", \"suggestion\", not 'fatal'"),
        ('[max-findings]\nwarnings = 3\n', "'max-findings' has unknown severity 'warnings'"),
        ('[max-findings]\nwarning = -1\n', "'max-findings.warning' must be a whole number of findings, 0 or more, not -1"),
        ("select = [\n", "is not valid TOML"),
        ('extend = "missing.toml"\n', "'extend' names 'missing.toml', which is not a file"),
    ],
)
def test_a_bad_config_is_one_line_naming_the_file_and_exit_2(tmp_path, gate_rules, content, problem):
    write_files(tmp_path, {"quoteaudit.toml": content, "a.md": ALLEGEDLY})
    result = invoke("audit", tmp_path / "a.md")
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"quoteaudit: error: {tmp_path / 'quoteaudit.toml'}: ")
    assert problem in line
    assert "Traceback" not in result.output


def test_a_bad_config_deeper_in_the_tree_stops_the_run_before_any_report(tmp_path, gate_rules):
    write_files(
        tmp_path,
        {"quoteaudit.toml": ONLY_TEST_RULES, "a.md": ALLEGEDLY, "desk/quoteaudit.toml": "fail-under = -5\n", "desk/b.md": ALLEGEDLY},
    )
    result = invoke("audit", tmp_path, "--format", "json")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"quoteaudit: error: {tmp_path / 'desk' / 'quoteaudit.toml'}: 'fail-under'")


def test_config_is_data_and_never_runs_code(tmp_path):
    marker = tmp_path / "pwned"
    write_files(
        tmp_path,
        {
            "evil.py": f"open({str(marker)!r}, 'w').write('ran')\n",
            "quoteaudit.toml": 'extend = "evil.py"\n',
            "a.md": ALLEGEDLY,
        },
    )
    proc = subprocess.run(
        [sys.executable, "-m", "quoteaudit", "audit", str(tmp_path / "a.md")],
        capture_output=True, text=True, cwd=REPO, env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"quoteaudit: error: {tmp_path / 'evil.py'}: is not valid TOML")
    assert not marker.exists()


def test_articles_without_any_config_get_the_defaults(tmp_path):
    if find_config(str(tmp_path)) is not None:
        pytest.skip("a config file sits above the temporary folder")
    configs = ArticleConfigs(None, start=str(tmp_path))
    assert configs.for_path(str(tmp_path / "a.md")) == Config()


def test_config_errors_name_unknown_keys():
    from quoteaudit.gate.config import config_from_mapping

    with pytest.raises(ConfigError, match=r"^newsroom.toml: unknown setting 'colour'"):
        config_from_mapping({"colour": "blue"}, "newsroom.toml")


def test_config_loads_without_the_rule_registry_or_the_scoring_stage():
    # The gate depends on the stages, never the reverse: reading a newsroom's config must
    # not import the rules or the scoring weights (it used to, in a circle).
    code = (
        "import sys, quoteaudit.gate.config as c; c.load_config(None, '.');"
        "print(sorted(m for m in sys.modules if m.startswith('quoteaudit.')))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = proc.stdout.strip()
    assert "quoteaudit.rules" not in loaded and "quoteaudit.scoring" not in loaded, loaded


def test_unknown_rule_code_in_config_is_still_an_error_naming_the_file(tmp_path):
    (tmp_path / "quoteaudit.toml").write_text('ignore = ["QA999"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"quoteaudit.toml: 'ignore': no rule has code 'QA999'"):
        ArticleConfigs(None, start=str(tmp_path), check=check_config)


def test_a_whole_fail_under_written_as_a_decimal_is_that_score(tmp_path):
    write_files(tmp_path, {"quoteaudit.toml": "fail-under = 60.0\n"})
    assert load_config_file(str(tmp_path / "quoteaudit.toml")).fail_under == 60
