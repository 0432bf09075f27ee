"""One bad file among many: every good article is still reported, the bad one gets an
error entry in every output format, and the exit code is 2. An interrupted run leaves
only complete reports behind and says so in one line."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

import pytest
from selectolax.lexbor import LexborHTMLParser
from typer.testing import CliRunner

from quoteaudit.cli import app
from quoteaudit.report import REPORTERS

from .conftest import REPO

runner = CliRunner()

BROKEN_LINE = '{"id": "wire-2", "text": "unterminated'
BROKEN_COLUMN = BROKEN_LINE.rindex('"') + 1  # where the string that never ends opens
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"


@pytest.fixture()
def newsroom(tmp_path):
    """Four good articles in four formats, a picture saved as .md, an empty file and a
    JSON Lines file with one broken line between two good ones."""
    news = tmp_path / "news"
    news.mkdir()
    seeds = REPO / "seeds"
    for name in ("council-budget-2024-03-12.md", "harbor-dredging-2023-09-08.html", "tanf-2017-06-05.txt"):
        (news / name).write_bytes((seeds / name).read_bytes())
    (news / "photo.md").write_bytes(PNG)
    (news / "empty.txt").write_bytes(b"")
    (news / "wire.jsonl").write_text(
        json.dumps({"id": "wire-1", "text": "The mayor said the budget would pass."}) + "\n"
        + BROKEN_LINE + "\n"
        + json.dumps({"id": "wire-3", "text": "Officials said the pier would reopen."}) + "\n",
        encoding="utf-8",
    )
    good = {
        str(news / "council-budget-2024-03-12.md"),
        str(news / "harbor-dredging-2023-09-08.html"),
        str(news / "tanf-2017-06-05.txt"),
        "wire-1",
        "wire-3",
    }
    errors = {
        f"{news / 'photo.md'}": "is a PNG image, not an article; skipped",
        f"{news / 'empty.txt'}": "is empty",
        f"{news / 'wire.jsonl'}:line 2": f"is not valid JSON (Unterminated string starting at column {BROKEN_COLUMN})",
    }
    return news, good, errors


def test_text_format_reports_every_good_article_and_each_error(newsroom):
    news, good, errors = newsroom
    result = runner.invoke(app, ["audit", str(news), "--format", "text"])
    assert result.exit_code == 2
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("quoteaudit: error: ")]
    assert sorted(error_lines) == sorted(f"quoteaudit: error: {where}: {problem}" for where, problem in errors.items())
    for where, problem in errors.items():
        assert f"error: {where}: {problem}" in result.stdout
    for article in good:
        assert any(line.startswith(article) or f"[{article}]" in line for line in result.stdout.splitlines()), article


def test_json_format_has_one_document_per_input_with_errors_set(newsroom):
    news, good, errors = newsroom
    result = runner.invoke(app, ["audit", str(news), "--format", "json"])
    assert result.exit_code == 2
    docs = [json.loads(line)["documents"][0] for line in result.stdout.splitlines()]
    assert {d["id"] for d in docs if d["error"] is None} == good
    assert {d["id"]: d["error"] for d in docs if d["error"] is not None} == {w: f"{w}: {p}" for w, p in errors.items()}


def test_html_format_writes_a_page_for_every_input_and_lists_errors_in_the_index(newsroom, tmp_path):
    news, good, errors = newsroom
    out = tmp_path / "reports"
    result = runner.invoke(app, ["audit", str(news), "--format", "html", "--out", str(out)])
    assert result.exit_code == 2
    pages = {p.name: p.read_text("utf-8") for p in out.glob("*.html")}
    assert len(pages) == len(good) + len(errors) + 1
    shown = "\n".join(LexborHTMLParser(page).body.text() for name, page in pages.items() if name != "index.html")
    for where, problem in errors.items():
        assert f"{where}: {problem}" in shown
    index = LexborHTMLParser(pages["index.html"]).body.text()
    for doc_id in [*good, *errors]:
        assert doc_id in index


def _errors_reported(fmt: str, stdout: str, out) -> set[str]:
    """The input-error messages a report in ``fmt`` carries."""
    if fmt == "sarif":
        run = json.loads((out / "quoteaudit.sarif").read_text("utf-8"))["runs"][0]
        return {n["message"]["text"] for inv in run["invocations"] for n in inv.get("toolExecutionNotifications", []) if n["level"] == "error"}
    if fmt == "junit":
        root = ET.fromstring((out / "quoteaudit.junit.xml").read_bytes())
        return {e.get("message") for e in root.iter("error")}
    if fmt == "github":
        unescape = lambda v: v.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")  # noqa: E731
        return {unescape(line.split("::", 2)[2]) for line in stdout.splitlines() if line.startswith("::error ") and "title=quoteaudit input error" in line}
    if fmt == "markdown":
        from markdown_it import MarkdownIt

        page = LexborHTMLParser(MarkdownIt("commonmark").enable("table").render((out / "quoteaudit.md").read_text("utf-8")))
        verdicts = [row.css("td")[2].text() for row in page.css("tbody tr")]
        return {v.split("not audited: ", 1)[1] for v in verdicts if "not audited: " in v}
    if fmt == "docx":  # no document to comment on: the list of files written says why
        return {line.removeprefix("error: ") for line in stdout.splitlines() if line.startswith("error: ")}
    raise AssertionError(f"add a reader for --format {fmt} to this test")


@pytest.mark.parametrize("fmt", sorted(set(REPORTERS) - {"text", "json", "html"}))
def test_every_other_format_reports_the_errors_too(newsroom, tmp_path, fmt):
    """SARIF, GitHub annotations, JUnit and any later format: exit 2, and one error entry
    per bad input with the same one-line message the terminal shows."""
    from quoteaudit.report import STDOUT_ONLY

    news, good, errors = newsroom
    out = tmp_path / "out"
    result = runner.invoke(app, ["audit", str(news), "--format", fmt, *([] if fmt in STDOUT_ONLY else ["--out", str(out)])])
    assert result.exit_code == 2, result.output
    assert _errors_reported(fmt, result.stdout, out) == {f"{w}: {p}" for w, p in errors.items()}


def test_a_crash_in_one_articles_stages_costs_only_that_article(tmp_path, monkeypatch):
    """A bug that raises on one article must not lose the rest of the run."""
    import quoteaudit.pipeline as pipeline

    real = pipeline.detect_quotes

    def explode_on_marker(doc, article):
        if "EXPLODE" in article.text:
            raise RuntimeError("simulated bug in a stage")
        return real(doc, article)

    monkeypatch.setattr(pipeline, "detect_quotes", explode_on_marker)
    (tmp_path / "a.txt").write_text("The mayor said the budget would pass.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("EXPLODE said the mayor.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Officials said the pier would reopen.", encoding="utf-8")
    result = runner.invoke(app, ["audit", str(tmp_path), "--format", "json", "--jobs", "1", "--no-cache"])
    assert result.exit_code == 2, result.output
    docs = [json.loads(line)["documents"][0] for line in result.stdout.splitlines()]
    assert [d["id"] for d in docs] == [str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt")]
    assert docs[0]["error"] is None and docs[2]["error"] is None
    assert "simulated bug in a stage" in docs[1]["error"]


# -- interrupts -----------------------------------------------------------------------------


def _start(args, cwd):
    env = {**os.environ, "PYTHONPATH": str(REPO)}

    def child_setup():
        # a shell may start background jobs with SIGINT ignored; the CLI rightly keeps an
        # ignored signal ignored, so give the child the default an editor's terminal has,
        # and its own process group, as a terminal gives a foreground job
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.setpgrp()

    return subprocess.Popen(
        [sys.executable, "-m", "quoteaudit", "audit", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=cwd,
        env=env,
        preexec_fn=child_setup,
    )


@pytest.fixture(scope="module")
def many_articles(tmp_path_factory):
    news = tmp_path_factory.mktemp("many")
    body = "Harbor vote {n}\n\n\u201cWe will rebuild the pier,\u201d said Harbor Master Ana Lopes on Tuesday. The council agreed, officials said.\n"
    for n in range(400):
        (news / f"story-{n:03d}.txt").write_text(body.format(n=n), encoding="utf-8")
    return news


@pytest.mark.parametrize(
    "fmt,ext,sig,code,jobs,whole_group",
    [
        ("html", ".html", signal.SIGINT, 130, 1, False),
        ("json", ".json", signal.SIGINT, 130, 1, False),
        ("html", ".html", signal.SIGTERM, 143, 1, False),
        # Ctrl-C in a terminal and a cancelled CI job signal every process of the job,
        # worker processes included
        ("html", ".html", signal.SIGINT, 130, 2, True),
        ("html", ".html", signal.SIGTERM, 143, 2, True),
    ],
    ids=["sigint-html", "sigint-json", "sigterm", "ctrl-c-with-workers", "ci-cancel-with-workers"],
)
def test_interrupt_leaves_only_complete_reports_and_one_line(many_articles, tmp_path, fmt, ext, sig, code, jobs, whole_group):
    out = tmp_path / "out"
    proc = _start([str(many_articles), "--format", fmt, "--out", str(out), "--jobs", str(jobs), "--no-cache"], tmp_path)
    try:
        first = proc.stdout.readline() if fmt == "html" else ""
        if fmt == "json":
            while not (out.exists() and any(p.suffix == ".json" for p in out.iterdir())):
                if proc.poll() is not None:
                    break
                time.sleep(0.02)
            first = "a report is on disk"
        assert first, proc.stderr.read()
        if whole_group:
            os.killpg(proc.pid, sig)
        else:
            proc.send_signal(sig)
        try:
            _, stderr = proc.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            pytest.fail("the run hung after the signal")
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == code, stderr
    assert stderr.splitlines() == ["quoteaudit: interrupted; reports already written are complete"]
    names = sorted(p.name for p in out.iterdir())
    assert names and all(name.endswith(ext) for name in names), names  # no .tmp leftovers
    assert len(names) < 400  # it really was interrupted
    for name in names:
        text = (out / name).read_text("utf-8")
        if ext == ".json":
            json.loads(text)
        else:
            assert text.rstrip().endswith("</html>")
            assert LexborHTMLParser(text).css_first("h1") is not None


def _children(pid: int) -> list[int]:
    """Processes whose parent is ``pid``, read from /proc."""
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                out.append(int(entry))
    return out


def _alive(pid: int) -> bool:
    """Running, not merely a zombie waiting for a (container) init to reap it."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads the process table from /proc")
def test_workers_exit_when_the_run_is_killed_with_sigkill(many_articles, tmp_path):
    # A CI job's hard timeout or the OOM killer sends SIGKILL, which the run cannot catch:
    # its workers used to live on for good, reparented to init, ~150 MB each.
    out = tmp_path / "out"
    proc = _start([str(many_articles), "--format", "html", "--out", str(out), "--jobs", "2", "--no-cache"], tmp_path)
    workers: list[int] = []
    try:
        assert proc.stdout.readline(), proc.stderr.read()  # workers are auditing
        workers = [pid for pid in _children(proc.pid) if _alive(pid)]
        assert len(workers) >= 2, workers
        proc.kill()
        proc.wait()
        deadline = time.monotonic() + 10
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [pid for pid in workers if _alive(pid)], "workers outlived the killed run"
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        for pid in workers:  # never leave them behind, even when the assertion failed
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
