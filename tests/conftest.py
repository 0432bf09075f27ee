"""Shared fixtures: the spaCy pipeline (loaded once per session) and paths to ../shared."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("QUOTEAUDIT_SHARED", REPO.parent / "shared"))
SEED_TXT = SHARED / "gold" / "seed-000.txt"
SEED_GOLD = SHARED / "gold" / "seed-000.json"
POLNEAR_DEV = SHARED / "eval" / "polnear.dev.jsonl"
SARIF_SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"


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
