"""Shared fixtures: the spaCy pipeline (loaded once per session), the test data paths, and
the end-of-run summary of what was skipped.

Everything the tests need ships in the repository: the reference article (seeds/), its
hand annotation (tests/data/gold/) and the official SARIF 2.1.0 schema (tests/data/sarif/).
Only the optional evaluation data, the PolNeAR articles in ``../shared/eval`` (their texts
belong to their publishers, so they are not copied here), is read from ``../shared`` beside
the checkout, or from ``$QUOTEAUDIT_SHARED``; the tests that need it skip without it, and
the run ends with a line naming them, so a green run says what it did not check.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"
SHARED = Path(os.environ.get("QUOTEAUDIT_SHARED", REPO.parent / "shared"))
#: the reference article and its hand annotation (copies of ../shared/gold, see tests/data/gold/README.md)
SEED_TXT = REPO / "seeds" / "tanf-2017-06-05.txt"
SEED_GOLD = DATA / "gold" / "seed-000.json"
#: the official OASIS SARIF 2.1.0 schema (see tests/data/sarif/NOTICE.md)
SARIF_SCHEMA = DATA / "sarif" / "sarif-schema-2.1.0.json"
#: optional evaluation data, never copied into the repository
POLNEAR_DEV = SHARED / "eval" / "polnear.dev.jsonl"
POLNEAR_TRAIN = SHARED / "eval" / "polnear.train.jsonl"


@pytest.fixture(scope="session")
def nlp():
    from quoteaudit import nlp as nlp_mod

    return nlp_mod.load()


@pytest.fixture(scope="session")
def audit_text(nlp):
    """Audit a plain-text article given as a string; returns the DocumentAudit."""
    from quoteaudit.gate.config import Config
    from quoteaudit.ingest import read_string
    from quoteaudit.pipeline import audit_article

    def run(text: str, fmt: str = "text", config: Config | None = None):
        (article,) = read_string(text, fmt, path="article.txt")
        return audit_article(article, nlp(article.text), config)

    return run


@pytest.fixture(autouse=True)
def _no_default_cache(monkeypatch, tmp_path_factory):
    """No audit cache unless a test asks for one with --cache-dir: tests monkeypatch the
    stages, and a cached audit would hide the patch. Nothing is written into the repository."""
    monkeypatch.setenv("QUOTEAUDIT_NO_CACHE", "1")
    monkeypatch.setenv("QUOTEAUDIT_CACHE_DIR", str(tmp_path_factory.mktemp("cache") / ".quoteaudit_cache"))


@pytest.fixture(scope="session")
def built_wheel(tmp_path_factory) -> Path:
    """The project's wheel, built once per session as ``pip install .`` would build it."""
    import subprocess
    import sys

    wheel_dir = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "--no-build-isolation", "-q", "-w", str(wheel_dir)],
        capture_output=True, text=True, timeout=300,
    )
    assert build.returncode == 0, build.stderr
    (wheel,) = wheel_dir.glob("quoteaudit-*.whl")
    return wheel


#: lines a test measured, printed at the end of the run (see report_figure)
FIGURES = pytest.StashKey[list]()


def report_figure(config, line: str) -> None:
    """Print ``line`` in the run's closing summary: a figure a test measured (the
    never-tuned sets' accuracy), so every run shows it, not only a failing one."""
    config.stash.setdefault(FIGURES, []).append(line)


def _skip_reason(report) -> str:
    longrepr = report.longrepr
    if isinstance(longrepr, tuple) and len(longrepr) == 3:
        return str(longrepr[2]).removeprefix("Skipped: ")
    return str(longrepr)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """Print what the run measured (see report_figure), then say what it did not check:
    the tests skipped for want of the evaluation data, by name, and every other skip
    grouped by its reason (one line each)."""
    figures = config.stash.get(FIGURES, [])
    if figures:
        terminalreporter.section("measured in this run", sep="-")
        for line in figures:
            terminalreporter.write_line(line)
    skipped = terminalreporter.stats.get("skipped", [])
    if not skipped:
        return
    evaluation: list[str] = []
    other: dict[str, list[str]] = {}
    for report in skipped:
        reason = _skip_reason(report)
        name = report.nodeid.split("::", 1)[-1] if "::" in report.nodeid else report.nodeid
        where = report.nodeid.split("::", 1)[0].removeprefix("tests/")
        if "../shared/eval" in reason:
            evaluation.append(f"{where}::{name}")
        else:
            other.setdefault(reason, []).append(where)
    write = terminalreporter.write_line
    terminalreporter.section("not checked in this run", sep="-")
    if evaluation:
        write(
            f"{len(evaluation)} evaluation test(s) skipped: no PolNeAR data at {SHARED / 'eval'} "
            "(optional; put ../shared beside the checkout or set QUOTEAUDIT_SHARED to run them):"
        )
        for nodeid in sorted(evaluation):
            write(f"  {nodeid}")
    for reason, files in sorted(other.items()):
        counted = ", ".join(f"{f} ×{files.count(f)}" if files.count(f) > 1 else f for f in sorted(set(files)))
        write(f"{len(files)} other skipped: {reason} [{counted}]")
