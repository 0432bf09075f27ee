"""The command line an editor and a CI job see."""

from __future__ import annotations

import subprocess
import sys

from typer.testing import CliRunner

from quoteaudit import __version__
from quoteaudit.cli import app

from .conftest import REPO

runner = CliRunner()


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"quoteaudit {__version__}"


def test_python_dash_m_works():
    proc = subprocess.run([sys.executable, "-m", "quoteaudit", "--version"], capture_output=True, text=True, cwd=REPO)
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"quoteaudit {__version__}"


def test_help_speaks_to_editors():
    result = runner.invoke(app, ["audit", "--help"])
    assert result.exit_code == 0
    assert "Articles to check" in result.stdout


def test_text_format_summarises_each_article():
    result = runner.invoke(app, ["audit", str(REPO / "seeds" / "tanf-2017-06-05.txt")])
    # the reference article ends on an orphan quote, an error-severity finding: policy fails
    assert result.exit_code == 1, result.output
    assert "QA101 [error]" in result.stdout
    assert result.stdout.splitlines()[0].startswith(f"{REPO / 'seeds' / 'tanf-2017-06-05.txt'}: ")


def test_html_format_writes_one_page_per_article_and_an_index(tmp_path):
    result = runner.invoke(app, ["audit", str(REPO / "seeds"), "--format", "html", "--out", str(tmp_path), "--exit-zero"])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [
        "council-budget-2024-03-12.html",
        "harbor-dredging-2023-09-08.html",
        "index.html",
        "school-lunch-2025-01-21.html",
        "tanf-2017-06-05.html",
    ]
    # the seed's orphan quote is an error-severity finding: its page shows the failed policy
    tanf = (tmp_path / "tanf-2017-06-05.html").read_text(encoding="utf-8")
    assert "Fails the newsroom policy" in tanf and "1 error: Quote with no speaker (QA101)" in tanf
    # three warnings and no error: it passes the policy but needs work
    council = (tmp_path / "council-budget-2024-03-12.html").read_text(encoding="utf-8")
    assert "Needs work" in council and "It passes the newsroom policy, but 4 warnings are worth fixing" in council


def test_bad_input_is_one_line_and_exit_2_while_others_are_audited(tmp_path):
    (tmp_path / "good.txt").write_text("The mayor said the budget would pass.", encoding="utf-8")
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4")
    result = runner.invoke(app, ["audit", str(tmp_path / "good.txt"), str(tmp_path / "bad.pdf"), str(tmp_path / "missing.md")])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"quoteaudit: error: {tmp_path / 'bad.pdf'}: has an unknown extension .pdf; use .txt, .md, .html, .jsonl or .docx",
        f"quoteaudit: error: {tmp_path / 'missing.md'}: does not exist",
    ]
    assert f"{tmp_path / 'good.txt'}: " in result.stdout
    assert "Traceback" not in result.output


def test_unknown_model_is_a_clear_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text("The mayor said yes.", encoding="utf-8")
    result = runner.invoke(app, ["audit", str(tmp_path / "a.txt"), "--model", "xx_no_such_model"])
    assert result.exit_code == 2
    assert result.stderr.startswith("quoteaudit: error: cannot load spaCy pipeline 'xx_no_such_model'")


def test_a_finding_in_a_wire_story_points_at_the_storys_line_of_the_file(tmp_path, monkeypatch):
    """A JSON Lines feed holds one story per line: the terminal's ``path:line:col`` opens
    the story's line (as the GitHub annotation and SARIF do), and says where in the story."""
    import json

    story = "Council delays vote\n\nThe vote was delayed.\n\n“We need more time,” the clerk said. Officials said the budget was short."
    feed = tmp_path / "wire.jsonl"
    feed.write_text(json.dumps({"id": "wire-0411", "text": "The mayor said the pier would reopen in May."}) + "\n"
                    + json.dumps({"id": "wire-0412", "text": story}) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["audit", "wire.jsonl", "--exit-zero"])
    lines = [ln.strip() for ln in result.stdout.splitlines() if "QA201" in ln]
    assert lines == ["wire.jsonl:2:1: QA201 [warning] Vague source: “Officials” does not tell the reader who they are "
                     "or how they know. (line 5:38 of the story)"]
