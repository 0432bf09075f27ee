"""A real ``quoteaudit serve`` process for the tests that need one (CLI, signals, browser)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from .conftest import REPO
from .test_partial_failure import _alive, _children

READY = re.compile(r"ready at (http://\S+)")


class ServerProcess:
    """``python -m quoteaudit serve ARGS`` in ``cwd``, in its own process group."""

    def __init__(self, args: list[str], cwd: Path, env: dict[str, str] | None = None):
        full_env = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "quoteaudit", "serve", "--port", "0", *args],
            cwd=cwd, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            start_new_session=True,
        )
        self.lines: list[str] = []
        self.url = ""

    def wait_ready(self, timeout: float = 180) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                raise AssertionError(f"the server exited ({self.proc.wait()}): {self.proc.stderr.read()}")
            self.lines.append(line)
            found = READY.search(line)
            if found:
                self.url = found.group(1)
                return self.url
        raise AssertionError("the server did not get ready: " + "".join(self.lines))

    @property
    def base(self) -> str:
        """The URL without a token query."""
        return self.url.split("?", 1)[0]

    def stop(self) -> None:
        """Make sure nothing of the server is left, whatever the test did."""
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except OSError:
                pass
        self.proc.wait(timeout=30)
        for stream in (self.proc.stdout, self.proc.stderr):
            stream.close()


def workers_of(pid: int) -> list[int]:
    """The server's audit workers (spawned: their command line names multiprocessing)."""
    found = []
    for child in _children(pid):
        try:
            with open(f"/proc/{child}/cmdline", "rb") as fh:
                cmdline = fh.read()
        except OSError:
            continue
        if b"spawn_main" in cmdline and _alive(child):
            found.append(child)
    return found


def readme_curl_answers(marker: str, count: int, cwd: Path) -> list[dict]:
    """Run the README's curl commands between ``<!-- MARKER -->`` and ``<!-- /MARKER -->``
    (one per paragraph) against a fresh server, from the repository, and return each JSON
    answer. Fails clearly when curl is not installed."""
    import json
    import shutil

    import pytest

    if shutil.which("curl") is None:
        pytest.fail("curl is not installed, so the README's curl example cannot be checked (apt-get install -y curl)", pytrace=False)
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(rf"<!-- {marker} -->\n```\n(.*?)```\n<!-- /{marker} -->", readme, re.S).group(1)
    commands = [c.strip() for c in block.replace("\\\n", " ").split("\n\n") if c.strip()]
    assert len(commands) == count and all(c.startswith("curl ") for c in commands)
    server = ServerProcess([], cwd=cwd)
    try:
        server.wait_ready()
        answers = []
        for command in commands:
            command = command.replace("http://127.0.0.1:8765/", server.base)
            done = subprocess.run(["bash", "-c", command], cwd=REPO, capture_output=True, text=True, timeout=120)
            assert done.returncode == 0, done.stderr
            answers.append(json.loads(done.stdout))
        return answers
    finally:
        server.stop()
