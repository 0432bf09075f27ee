"""A green run says what it did not check: the closing summary that tests/conftest.py adds
names every test skipped for want of the evaluation data, groups the other skips by reason,
and prints the figures the tests measured."""

from __future__ import annotations

import os
import subprocess
import sys

from .conftest import REPO

SUITE = '''
import pytest

from tests.conftest import report_figure


def test_reads_polnear():
    pytest.skip("../shared/eval is not beside the repository")


@pytest.mark.skipif(True, reason="slow; set QUOTEAUDIT_SLOW=1 to run")
def test_slow_one():
    pass


@pytest.mark.skipif(True, reason="slow; set QUOTEAUDIT_SLOW=1 to run")
def test_slow_two():
    pass


def test_measures(request):
    report_figure(request.config, "source types: never-tuned 9/10 (90.0%)")
'''


def test_a_green_run_names_what_it_skipped_and_what_it_measured(tmp_path):
    (tmp_path / "conftest.py").write_text("from tests.conftest import pytest_terminal_summary  # noqa: F401\n", encoding="utf-8")
    (tmp_path / "test_newsroom.py").write_text(SUITE, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO), "QUOTEAUDIT_SHARED": str(tmp_path / "nowhere")}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly", str(tmp_path)],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    out = run.stdout
    assert "measured in this run" in out and "source types: never-tuned 9/10 (90.0%)" in out
    assert "not checked in this run" in out
    assert f"1 evaluation test(s) skipped: no PolNeAR data at {tmp_path / 'nowhere' / 'eval'}" in out
    assert "\n  test_newsroom.py::test_reads_polnear\n" in out
    assert "2 other skipped: slow; set QUOTEAUDIT_SLOW=1 to run [test_newsroom.py ×2]" in out
    assert "1 passed, 3 skipped" in out
