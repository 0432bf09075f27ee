"""``quoteaudit init``, the pre-commit hook definition, and the one place that says where
quoteaudit lives (``pyproject.toml`` ``[project.urls]``), which every example follows."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib

import pytest
import yaml

from quoteaudit import __version__
from quoteaudit.gate.config import load_config_file
from quoteaudit.gate.scaffold import workflow
from quoteaudit.project import action_name, release_tag, repository_url

from .conftest import REPO
from .gate_helpers import invoke

PYPROJECT_URL = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]["urls"]["Repository"]
ACTION = "/".join(PYPROJECT_URL.rstrip("/").split("/")[-2:])
TAG = f"v{__version__}"


def test_init_writes_a_loadable_config_and_a_workflow_that_uses_the_action(tmp_path):
    result = invoke("init", tmp_path, "--articles", "news")
    assert result.exit_code == 0, result.output
    config = tmp_path / "quoteaudit.toml"
    workflow_file = tmp_path / ".github" / "workflows" / "quoteaudit.yml"
    assert result.stdout.splitlines() == [f"wrote {config}", f"wrote {workflow_file}"]

    cfg = load_config_file(str(config))
    assert (cfg.fail_under, cfg.allowed_speakers, cfg.select, cfg.max_findings) == (0, [], [], {})
    assert config.read_text("utf-8").startswith("# quoteaudit settings for the articles in this folder")

    flow = yaml.safe_load(workflow_file.read_text("utf-8"))
    checkout, audit = flow["jobs"]["quoteaudit"]["steps"]
    assert checkout == {"uses": "actions/checkout@v4", "with": {"fetch-depth": 0}}
    # quoteaudit's own action, pinned to this version's release tag; no package index
    assert audit == {"uses": f"{ACTION}@{TAG}", "with": {"paths": "news"}}
    assert "pip install" not in workflow_file.read_text("utf-8")
    assert flow["permissions"] == {"contents": "read"}


def test_init_adds_a_missing_workflow_and_keeps_the_existing_config(tmp_path):
    (tmp_path / "quoteaudit.toml").write_text('select = ["QA1"]\n', encoding="utf-8")
    result = invoke("init", tmp_path)
    assert result.exit_code == 0, result.output
    workflow_file = tmp_path / ".github" / "workflows" / "quoteaudit.yml"
    assert result.stdout.splitlines() == [
        f"kept {tmp_path / 'quoteaudit.toml'} (it exists; --force overwrites it)",
        f"wrote {workflow_file}",
    ]
    assert (tmp_path / "quoteaudit.toml").read_text("utf-8") == 'select = ["QA1"]\n'
    assert workflow_file.is_file()


def test_init_adds_a_missing_config_and_keeps_the_existing_workflow(tmp_path):
    workflow_file = tmp_path / ".github" / "workflows" / "quoteaudit.yml"
    workflow_file.parent.mkdir(parents=True)
    workflow_file.write_text("name: our own\n", encoding="utf-8")
    result = invoke("init", tmp_path)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [f"wrote {tmp_path / 'quoteaudit.toml'}", f"kept {workflow_file} (it exists; --force overwrites it)"]
    assert workflow_file.read_text("utf-8") == "name: our own\n"


def test_init_force_overwrites_both(tmp_path):
    (tmp_path / "quoteaudit.toml").write_text('select = ["QA1"]\n', encoding="utf-8")
    result = invoke("init", tmp_path, "--force")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        f"overwrote {tmp_path / 'quoteaudit.toml'}",
        f"wrote {tmp_path / '.github' / 'workflows' / 'quoteaudit.yml'}",
    ]
    assert (tmp_path / "quoteaudit.toml").read_text("utf-8").startswith("# quoteaudit settings")


def test_init_pins_a_commit_when_asked(tmp_path):
    sha = "0123456789abcdef0123456789abcdef01234567"
    assert invoke("init", tmp_path, "--ref", sha).exit_code == 0
    flow = yaml.safe_load((tmp_path / ".github" / "workflows" / "quoteaudit.yml").read_text("utf-8"))
    assert flow["jobs"]["quoteaudit"]["steps"][1]["uses"] == f"{ACTION}@{sha}"


@pytest.mark.parametrize(
    ("option", "value", "problem"),
    [
        ("--articles", 'news"; rm -rf /', "--articles 'news\"; rm -rf /': give a plain folder or glob"),
        ("--articles", "${{ secrets.TOKEN }}", "give a plain folder or glob"),
        ("--ref", "v1 && curl evil", "--ref 'v1 && curl evil': give a tag, a branch or a commit SHA"),
    ],
)
def test_init_refuses_values_that_would_break_the_workflow(tmp_path, option, value, problem):
    result = invoke("init", tmp_path, option, value)
    assert result.exit_code == 2
    assert problem in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_init_says_the_repository_is_a_placeholder_while_it_is_one(tmp_path):
    result = invoke("init", tmp_path)
    placeholder = "PLACEHOLDER" in PYPROJECT_URL
    assert ("quoteaudit: note: the workflow uses" in result.stderr) is placeholder
    # a second run writes no workflow, so there is nothing to warn about
    assert "note" not in invoke("init", tmp_path).stderr


def test_the_written_workflow_is_valid_against_the_published_schema(tmp_path):
    assert invoke("init", tmp_path, "--articles", "news").exit_code == 0
    proc = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows", str(tmp_path / ".github" / "workflows" / "quoteaudit.yml")],
        capture_output=True, text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


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


# -- one place says where quoteaudit lives --------------------------------------------------------


def test_the_code_reads_the_repository_from_pyproject():
    assert repository_url() == PYPROJECT_URL
    assert action_name() == ACTION
    assert release_tag() == TAG


@pytest.mark.parametrize("name", ["README.md", ".pre-commit-hooks.yaml", "action.yml", "workflow"])
def test_every_example_names_the_repository_and_the_release_tag_from_one_place(name):
    text = workflow("news") if name == "workflow" else (REPO / name).read_text("utf-8")
    urls = re.findall(r"https?://[^\s\"'`)<>]*quoteaudit[^\s\"'`)<>]*", text)
    for url in urls:
        assert url == PYPROJECT_URL or url.startswith(f"git+{PYPROJECT_URL}@") or url.startswith(PYPROJECT_URL + "@"), url
    # a `uses:` of the action and a pip git URL name the action and the tag
    for repo, ref in re.findall(r"([\w.-]+/quoteaudit)@([\w.-]+)", text):
        assert repo == ACTION, repo
        assert ref == TAG, ref
    for ref in re.findall(r"^\s*rev:\s*(\S+)", text, re.MULTILINE):
        assert ref == TAG, ref
    if name != "action.yml":
        assert urls or re.search(rf"{re.escape(ACTION)}@", text), f"{name} names no repository"


def test_the_readme_shows_the_workflow_init_writes():
    assert "```yaml\n" + workflow("news") + "```" in (REPO / "README.md").read_text("utf-8")


def test_sarif_says_where_quoteaudit_lives(tmp_path, monkeypatch):
    import json

    (tmp_path / "a.md").write_text("The mayor said yes.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = invoke("audit", "a.md", "--format", "sarif")
    assert json.loads(result.stdout)["runs"][0]["tool"]["driver"]["informationUri"] == PYPROJECT_URL
