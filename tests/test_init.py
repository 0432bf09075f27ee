"""``quoteaudit init`` and the pre-commit hook definition."""

from __future__ import annotations

import subprocess
import sys

import yaml

from quoteaudit.gate.config import load_config_file

from .conftest import REPO
from .gate_helpers import invoke


def test_init_writes_a_loadable_config_and_a_sarif_workflow(tmp_path):
    result = invoke("init", tmp_path, "--articles", "news")
    assert result.exit_code == 0, result.output
    config = tmp_path / "quoteaudit.toml"
    workflow = tmp_path / ".github" / "workflows" / "quoteaudit.yml"
    assert result.stdout.splitlines() == [f"wrote {config}", f"wrote {workflow}"]

    cfg = load_config_file(str(config))
    assert (cfg.fail_under, cfg.allowed_speakers, cfg.select, cfg.max_findings) == (0, [], [], {})
    assert config.read_text("utf-8").startswith("# quoteaudit settings for the articles in this folder")

    flow = yaml.safe_load(workflow.read_text("utf-8"))
    steps = flow["jobs"]["quoteaudit"]["steps"]
    assert steps[0] == {"uses": "actions/checkout@v4", "with": {"fetch-depth": 0}}
    audit_step = next(s for s in steps if s.get("name") == "Audit articles")
    assert 'quoteaudit audit "news" "$@" --format sarif --out quoteaudit-report' in audit_step["run"]
    upload = next(s for s in steps if "upload-sarif" in s.get("uses", ""))
    assert upload["uses"] == "github/codeql-action/upload-sarif@v3"
    assert upload["with"]["sarif_file"] == "quoteaudit-report/quoteaudit.sarif"
    assert flow["permissions"]["security-events"] == "write"


def test_init_never_overwrites_without_force(tmp_path):
    (tmp_path / "quoteaudit.toml").write_text('select = ["QA1"]\n', encoding="utf-8")
    result = invoke("init", tmp_path)
    assert result.exit_code == 2
    assert result.stderr == f"quoteaudit: error: {tmp_path / 'quoteaudit.toml'}: already exists; use --force to overwrite\n"
    assert (tmp_path / "quoteaudit.toml").read_text("utf-8") == 'select = ["QA1"]\n'
    assert not (tmp_path / ".github").exists()

    result = invoke("init", tmp_path, "--force")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == f"overwrote {tmp_path / 'quoteaudit.toml'}"
    assert (tmp_path / "quoteaudit.toml").read_text("utf-8").startswith("# quoteaudit settings")


def test_init_refuses_articles_that_would_break_the_workflow(tmp_path):
    result = invoke("init", tmp_path, "--articles", 'news"; rm -rf /')
    assert result.exit_code == 2
    assert not (tmp_path / "quoteaudit.toml").exists()


def test_init_runs_as_a_real_command(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "quoteaudit", "init", str(tmp_path)], capture_output=True, text=True, cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / ".github" / "workflows" / "quoteaudit.yml").is_file()


def test_pre_commit_hook_definition():
    (hook,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert hook["id"] == "quoteaudit"
    assert hook["entry"] == "quoteaudit audit"
    assert hook["language"] == "python"
    assert hook["types_or"] == ["markdown", "html", "plain-text"]
    assert hook["require_serial"] is True
