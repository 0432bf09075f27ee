"""The text format in a terminal: colour by severity, grouped and sorted findings, a
totals line, and a progress bar that never leaves debris."""

from __future__ import annotations

import io
import json
import os
import pty
import re
import select
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from quoteaudit.cli import app
from quoteaudit.report.text import use_color
from quoteaudit.run import progress as progress_mod
from quoteaudit.run.progress import Progress

from .conftest import REPO

TANF = str(REPO / "seeds" / "tanf-2017-06-05.txt")
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")

runner = CliRunner()


def audit(*args: str, env: dict[str, str] | None = None):
    return runner.invoke(app, ["audit", *args, "--no-cache"], env=env)


# --- colour ----------------------------------------------------------------------------


def test_no_colour_codes_when_the_output_is_not_a_terminal():
    result = audit(TANF)
    assert result.exit_code == 1
    assert not ANSI.search(result.stdout)


def test_colour_always_colours_the_severity_and_the_verdict():
    result = audit(TANF, "--color", "always")
    lines = result.stdout.splitlines()
    assert lines[0] == f"{TANF}: \x1b[1;31mfails the newsroom policy\x1b[0m: 1 error: Quote with no speaker (QA101)"
    assert lines[2].startswith(f"  {TANF}:21:1: QA101 \x1b[1;31m[error]\x1b[0m Quote with no speaker: ")
    assert "QA301 \x1b[33m[warning]\x1b[0m No source: " in result.stdout
    assert "QA103 \x1b[36m[suggestion]\x1b[0m Loaded verb: " in result.stdout
    assert ANSI.sub("", result.stdout) == audit(TANF, "--color", "never").stdout


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_auto_colours_a_terminal_unless_no_color_is_set(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    assert use_color("auto", FakeTerminal()) is True
    assert use_color("auto", io.StringIO()) is False
    monkeypatch.setenv("NO_COLOR", "1")
    assert use_color("auto", FakeTerminal()) is False
    assert use_color("always", io.StringIO()) is True  # the option wins over the variable
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("TERM", "dumb")
    assert use_color("auto", FakeTerminal()) is False
    assert use_color("never", FakeTerminal()) is False


def test_an_unknown_colour_choice_is_a_usage_error():
    result = audit(TANF, "--color", "sometimes")
    assert result.exit_code == 2
    assert "sometimes" in result.output


# --- grouped, sorted, totalled ---------------------------------------------------------


def test_findings_are_grouped_per_article_and_sorted_by_severity_then_position():
    result = audit(str(REPO / "seeds"))
    articles: dict[str, list[tuple[str, int, int]]] = {}
    current = None
    for line in result.stdout.splitlines()[:-1]:
        if not line.startswith("  "):
            current = line.split(": ", 1)[0]
            articles[current] = []
        elif re.match(r"  \S+:\d+:\d+: QA\d{3} \[", line):
            place, rest = line.strip().split(": ", 1)
            _path, row, col = place.rsplit(":", 2)
            articles[current].append((re.search(r"\[(\w+)\]", rest).group(1), int(row), int(col)))
    assert sorted(articles) == sorted(str(p) for p in (REPO / "seeds").iterdir())
    rank = {"error": 0, "warning": 1, "suggestion": 2}
    for path, found in articles.items():
        assert found == sorted(found, key=lambda f: (rank[f[0]], f[1], f[2])), path
    assert [s for s, _r, _c in articles[TANF]][:2] == ["error", "warning"]


def test_each_article_opens_with_its_verdict_and_counts_and_the_run_ends_with_totals():
    result = audit(str(REPO / "seeds"))
    lines = result.stdout.splitlines()
    # the counts the terminal prints are the JSON output's, counted here independently
    docs = [json.loads(line)["documents"][0] for line in audit(str(REPO / "seeds"), "--format", "json").stdout.splitlines()]
    severities = [f["severity"] for d in docs for f in d["findings"]]
    council_doc = next(d for d in docs if d["path"].endswith("council-budget-2024-03-12.md"))
    warnings = sum(1 for f in council_doc["findings"] if f["severity"] == "warning")
    assert warnings and not any(f["severity"] == "error" for f in council_doc["findings"])
    council = str(REPO / "seeds" / "council-budget-2024-03-12.md")
    at = lines.index(f"{council}: needs work: {warnings} warnings")
    assert lines[at + 1].startswith(f"  attribution score {council_doc['score']}/100 (grade {council_doc['grade']}, ")
    assert lines[at + 1].endswith(f"; 0 errors, {warnings} warnings, 0 suggestions")

    def n(word: str) -> str:
        count = severities.count(word)
        return f"{count} {word}{'' if count == 1 else 's'}"

    assert lines[-1] == f"{n('error')}, {n('warning')}, {n('suggestion')} in 4 articles; 1 article fails the policy"


def test_audited_articles_and_unreadable_inputs_are_counted_apart(tmp_path):
    """One article audited and four inputs that could not be read once closed on
    "5 article(s) audited, 0 finding(s), 4 input error(s)"."""
    (tmp_path / "good.txt").write_text("The mayor said the budget would pass.", encoding="utf-8")
    bad = []
    for name in ("a.pdf", "b.docx2", "c.rtf"):
        (tmp_path / name).write_bytes(b"%PDF-1.4")
        bad.append(str(tmp_path / name))
    result = audit(str(tmp_path / "good.txt"), *bad, str(tmp_path / "missing.md"))
    assert result.exit_code == 2
    assert result.stdout.splitlines()[-1] == "0 errors, 0 warnings, 0 suggestions in 1 article; it passes the policy; 4 inputs could not be read"


# --- the progress bar ------------------------------------------------------------------


def screen(raw: str) -> list[str]:
    """The lines a terminal shows for ``raw``: a carriage return goes back to column 1,
    ``ESC[2K`` erases the line, newline moves down; other escape codes are dropped."""
    lines, line, col = [], [], 0
    for token in re.findall(r"\x1b\[[0-9;]*[A-Za-z]|\r\n|\r|\n|[^\x1b\r\n]", raw):
        if token in ("\n", "\r\n"):
            lines.append("".join(line).rstrip())
            line, col = [], 0
        elif token == "\r":
            col = 0
        elif token == "\x1b[2K":
            line = [" "] * len(line)
        elif token.startswith("\x1b"):
            continue
        else:
            if col < len(line):
                line[col] = token
            else:
                line.append(token)
            col += 1
    if "".join(line).strip():
        lines.append("".join(line).rstrip())
    return lines


def test_the_screen_model_matches_what_a_terminal_does():
    assert screen("auditing 3/12\r\x1b[2Kfirst line\nsecond") == ["first line", "second"]
    assert screen("auditing 3/12first line\n") == ["auditing 3/12first line"]  # the debris this prevents


def test_no_bar_for_a_run_of_a_few_articles(monkeypatch):
    monkeypatch.setattr(progress_mod, "BAR_DELAY", 0.0)
    out = FakeTerminal()
    with Progress(progress_mod.BAR_MIN_ARTICLES - 1, stream=out, bar=True) as bar:
        for _ in range(progress_mod.BAR_MIN_ARTICLES - 1):
            bar.advance()
    assert out.getvalue() == ""


def test_the_bar_is_erased_before_other_output_and_fits_the_terminal(monkeypatch):
    monkeypatch.setattr(progress_mod, "BAR_DELAY", 0.0)
    monkeypatch.setattr(progress_mod, "BAR_REFRESH", 0.0)
    out = FakeTerminal()
    with Progress(12, stream=out, bar=True, width=60) as bar:
        bar.advance()
        assert "auditing [" in out.getvalue() and "1/12" in out.getvalue()
        assert all(len(line) < 60 for line in screen(out.getvalue()))
        bar.message("quoteaudit: error: bad.pdf: has an unknown extension .pdf")
        bar.clear()
        out.write("news/a.md: passes the newsroom policy\n")
        bar.advance()
    assert screen(out.getvalue()) == ["quoteaudit: error: bad.pdf: has an unknown extension .pdf", "news/a.md: passes the newsroom policy"]


def test_in_a_real_terminal_no_report_line_starts_after_the_bar(tmp_path):
    """Twelve articles through the command line on a pseudo-terminal, where the bar and
    the report share one screen."""
    for n in range(12):
        (tmp_path / f"story-{n:02d}.txt").write_text(f"Officials said the bridge would reopen in {n + 2} weeks.\n", encoding="utf-8")
    leader, follower = pty.openpty()
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "100"}
    env.pop("CI", None)
    env.pop("NO_COLOR", None)
    # the bar waits BAR_DELAY (1 s) before it draws: twelve short articles can finish
    # sooner on a quiet machine, so this run draws at once, or the test would depend on speed
    start = "import sys; import quoteaudit.run.progress as p; p.BAR_DELAY = 0.0; from quoteaudit.cli import main; sys.exit(main())"
    proc = subprocess.Popen([sys.executable, "-c", start, "audit", str(tmp_path), "--no-cache", "--jobs", "1"],
                            stdin=subprocess.DEVNULL, stdout=follower, stderr=follower, cwd=REPO, env=env)
    os.close(follower)
    raw = b""
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 1.0)
        if ready:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            raw += chunk
        elif proc.poll() is not None:
            break
    proc.wait(timeout=30)
    os.close(leader)
    text = raw.decode("utf-8", "replace")
    assert "auditing" in text, "the bar was drawn on a terminal for twelve articles"
    shown = screen(text)
    assert not any("auditing" in line for line in shown), shown
    assert len([line for line in shown if line.startswith(str(tmp_path))]) == 12
    assert re.fullmatch(r"\d+ errors?, \d+ warnings?, \d+ suggestions? in 12 articles; .*", shown[-1]), shown[-1]
    # coloured, since this is a terminal and NO_COLOR is not set
    assert re.search(r"\x1b\[1;3[123]m(fails|needs work|passes)", text)


@pytest.mark.parametrize("total", [None, 3])
def test_no_bar_without_a_known_large_total(monkeypatch, total):
    monkeypatch.setattr(progress_mod, "BAR_DELAY", 0.0)
    out = FakeTerminal()
    with Progress(total, stream=out, bar=True) as bar:
        bar.advance()
    assert out.getvalue() == ""
