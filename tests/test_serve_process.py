"""``quoteaudit serve`` as a process: how it starts, refuses to start, stops and dies."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request

import pytest

from .conftest import REPO
from .test_serve_api import SEED
from .serve_support import ServerProcess, readme_curl_answers, workers_of
from .test_partial_failure import _alive

pytestmark = pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads the process table from /proc")


def run_cli(*args: str, cwd, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "quoteaudit", "serve", *args],
        cwd=cwd, env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )


def get_json(url: str, token: str | None = None):
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"} if token else {})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def test_another_interface_without_a_token_is_refused(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "QUOTEAUDIT_TOKEN"}
    proc = subprocess.run(
        [sys.executable, "-m", "quoteaudit", "serve", "--host", "0.0.0.0", "--port", "0"],
        cwd=tmp_path, env={**env, "PYTHONPATH": str(REPO)}, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith("quoteaudit: error: --host 0.0.0.0 lets other machines reach the server; give it a token")
    assert "Traceback" not in proc.stderr


def test_a_port_in_use_is_one_clear_line(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        proc = run_cli("--port", str(port), cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"quoteaudit: error: cannot listen on 127.0.0.1:{port}: Address already in use; pick another --port"


def test_a_broken_config_file_is_named(tmp_path):
    (tmp_path / "quoteaudit.toml").write_text("fail-under = 'high'\n", encoding="utf-8")
    proc = run_cli("--port", "0", cwd=tmp_path)
    assert proc.returncode == 2
    assert "quoteaudit.toml" in proc.stderr and "fail-under" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_the_config_in_force_is_found_from_the_working_folder_and_shown(tmp_path):
    (tmp_path / "quoteaudit.toml").write_text('fail-under = 95\n[severity]\nQA301 = "error"\n', encoding="utf-8")
    server = ServerProcess([], cwd=tmp_path, env={"QUOTEAUDIT_TOKEN": "tok-123"})
    try:
        url = server.wait_ready()
        assert url.endswith("/?token=tok-123")
        assert f"newsroom config: {tmp_path / 'quoteaudit.toml'}" in "".join(server.lines)
        health = get_json(server.base + "api/health", "tok-123")
        assert health["config"] == str(tmp_path / "quoteaudit.toml")
        request = urllib.request.Request(
            server.base + "api/audit",
            data=json.dumps({"text": "The Harbor Commission spent $4.2 million on the pier in 2023."}).encode(),
            headers={"Content-Type": "application/json", "Authorization": "Bearer tok-123"},
        )
        with urllib.request.urlopen(request, timeout=120) as response:
            doc = json.load(response)["documents"][0]
            assert response.headers["X-Quoteaudit-Policy"] == "fails"
        assert [(f["rule"], f["severity"]) for f in doc["findings"]] == [("QA301", "error")]
        # nothing was written next to the server
        assert sorted(p.name for p in tmp_path.iterdir()) == ["quoteaudit.toml"]
    finally:
        server.stop()


def test_sigterm_stops_the_server_and_its_workers(tmp_path):
    server = ServerProcess(["--workers", "2"], cwd=tmp_path)
    try:
        server.wait_ready()
        workers = workers_of(server.proc.pid)
        assert len(workers) == 2, workers
        server.proc.send_signal(signal.SIGTERM)
        assert server.proc.wait(timeout=30) == 0
        assert "quoteaudit serve: stopped" in server.proc.stdout.read()
        assert not [pid for pid in workers if _alive(pid)]
    finally:
        server.stop()


def _post_in_background(url: str, text: str) -> threading.Thread:
    def post() -> None:
        request = urllib.request.Request(url, data=json.dumps({"text": text}).encode(), headers={"Content-Type": "application/json"})
        try:
            urllib.request.urlopen(request, timeout=120).read()
        except OSError:
            pass  # the server is killed under it

    thread = threading.Thread(target=post, daemon=True)
    thread.start()
    return thread


def test_no_worker_outlives_a_server_killed_with_sigkill_mid_audit(tmp_path):
    # a supervisor's restart or the OOM killer: the server gets no chance to stop its
    # workers, which are busy auditing (so not waiting on their pipe to notice)
    server = ServerProcess(["--workers", "2"], cwd=tmp_path)
    workers: list[int] = []
    try:
        server.wait_ready()
        workers = workers_of(server.proc.pid)
        assert len(workers) == 2, workers
        long_article = "\n\n".join([SEED.read_text(encoding="utf-8")] * 40)  # ~16,000 words
        for _ in workers:
            _post_in_background(server.base + "api/audit", long_article)
        deadline = time.monotonic() + 60
        while get_json(server.base + "api/health")["busy"] < 2:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        server.proc.kill()
        server.proc.wait()
        deadline = time.monotonic() + 5
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [pid for pid in workers if _alive(pid)], "workers outlived the killed server"
    finally:
        server.stop()
        for pid in workers:  # never leave them behind, even when the assertion failed
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass


def test_the_readme_curl_examples_work_as_written(tmp_path):
    import jsonschema

    answers = readme_curl_answers("serve-curl-example", 2, tmp_path)
    schema = json.loads((REPO / "quoteaudit" / "schema" / "quoteaudit-2.schema.json").read_text(encoding="utf-8"))
    for answer in answers:
        jsonschema.validate(answer, schema)
    assert [f["rule"] for f in answers[0]["documents"][0]["findings"]] == ["QA301"]
    assert answers[1]["documents"][0]["id"] == "council-budget-2024-03-12.md"
