"""``--diff-base``: on a pull request, audit the changed articles and report added lines only."""

from __future__ import annotations

import os
import subprocess

import pytest

from quoteaudit.gate.gitdiff import parse_added_lines, unquote_path

from .gate_helpers import ONLY_TEST_RULES, audit_json, codes_at, gate_rules, invoke, write_files  # noqa: F401

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Desk Editor", "GIT_AUTHOR_EMAIL": "desk@example.org",
    "GIT_COMMITTER_NAME": "Desk Editor", "GIT_COMMITTER_EMAIL": "desk@example.org",
    "GIT_CONFIG_NOSYSTEM": "1", "HOME": "/nonexistent",
}


def git(repo, *args):
    env = {**os.environ, **GIT_ENV}
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True, env=env).stdout


@pytest.fixture
def newsroom_repo(tmp_path, monkeypatch, gate_rules):
    """main: two published stories with old findings; branch 'edits' changes them."""
    repo = tmp_path / "newsroom"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    write_files(
        repo,
        {
            "quoteaudit.toml": ONLY_TEST_RULES,
            "news/council.md": "The councillor allegedly moved the funds.\n\nThe vote is on Tuesday.\n",
            "news/harbor.md": "The dredging firm reportedly cut corners.\n",
            "news/schools.md": "The district allegedly hid the audit.\n",
        },
    )
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "published stories")
    git(repo, "checkout", "-q", "-b", "edits")
    # an added paragraph in the middle of an old story
    write_files(repo, {"news/council.md": "The councillor allegedly moved the funds.\n\nThe treasurer allegedly signed off.\n\nThe vote is on Tuesday.\n"})
    # a story moved to the archive, unchanged
    (repo / "archive").mkdir()
    git(repo, "mv", "news/harbor.md", "archive/harbor.md")
    # a new story
    write_files(repo, {"news/budget.md": "The budget reportedly doubled.\n"})
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "edits")
    monkeypatch.chdir(repo)
    return repo


def test_only_changed_files_and_added_lines_are_reported(newsroom_repo):
    result, docs = audit_json(".", "--diff-base", "main")
    assert result.exit_code == 1, result.output
    # schools.md did not change: not audited at all
    assert sorted(docs) == ["./archive/harbor.md", "./news/budget.md", "./news/council.md"]
    assert codes_at(docs["./news/council.md"]) == [("QA098", 3, 15)]
    assert codes_at(docs["./news/budget.md"]) == [("QA099", 1, 12)]
    # a pure rename adds no lines, so its old finding stays quiet
    assert codes_at(docs["./archive/harbor.md"]) == []


def test_uncommitted_and_untracked_work_counts(newsroom_repo):
    write_files(newsroom_repo, {"news/schools.md": "The district allegedly hid the audit.\nIts head reportedly knew.\n", "news/draft.md": "A source allegedly said so.\n"})
    result, docs = audit_json("news", "--diff-base", "main")
    assert codes_at(docs["news/schools.md"]) == [("QA099", 2, 10)]
    assert codes_at(docs["news/draft.md"]) == [("QA098", 1, 10)]


def test_diff_base_with_an_explicit_unchanged_file_audits_nothing(newsroom_repo):
    result = invoke("audit", "news/schools.md", "--diff-base", "main")
    assert result.exit_code == 0, result.output
    assert result.stdout == "no articles audited\n"


def test_an_unknown_ref_is_a_usage_error(newsroom_repo):
    result = invoke("audit", ".", "--diff-base", "origin/main", "--exit-zero")
    assert result.exit_code == 2
    assert result.stderr.startswith("quoteaudit: error: --diff-base 'origin/main' is not a commit here (in CI, fetch it first")
    assert result.stdout == ""


def test_outside_a_git_repository_is_a_usage_error(tmp_path, gate_rules, monkeypatch):
    write_files(tmp_path, {"a.md": "The mayor spoke.\n"})
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    result = invoke("audit", tmp_path / "a.md", "--diff-base", "main")
    assert result.exit_code == 2
    assert result.stderr == f"quoteaudit: error: --diff-base needs a Git repository, and {tmp_path} is not in one\n"


def test_parse_added_lines_reads_hunk_headers_only():
    patch = "\n".join(
        [
            "diff --git a/news/a.md b/news/a.md",
            "--- a/news/a.md",
            "+++ b/news/a.md",
            "@@ -3,0 +4,2 @@ The vote",
            "+New paragraph.",
            "+++ this added line only looks like a header",
            "@@ -10 +12 @@",
            "-old",
            "+new",
            'diff --git "a/news/caf\\303\\251.md" "b/news/caf\\303\\251.md"',
            "new file mode 100644",
            "--- /dev/null",
            '+++ "b/news/caf\\303\\251.md"',
            "@@ -0,0 +1 @@",
            "+Hello.",
            "diff --git a/gone.md b/gone.md",
            "+++ /dev/null",
            "@@ -1,2 +0,0 @@",
            "-a",
            "-b",
            "",
        ]
    )
    assert parse_added_lines(patch) == {"news/a.md": {4, 5, 12}, "news/café.md": {1}}


def test_unquote_path():
    assert unquote_path('"b/tab\\there.md"') == "b/tab\there.md"
    assert unquote_path("b/plain.md") == "b/plain.md"
