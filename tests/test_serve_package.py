"""The page's files ship inside the wheel: ``pip install quoteaudit`` is enough for serve."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile


STATIC = ("index.html", "desk.js", "desk.css", "favicon.svg")


def test_the_wheel_carries_the_page_and_serves_it_from_outside_the_repository(built_wheel, tmp_path):
    with zipfile.ZipFile(built_wheel) as zf:
        names = set(zf.namelist())
        assert {f"quoteaudit/serve/static/{name}" for name in STATIC} <= names
        zf.extractall(tmp_path / "site")
    # the page's own files, read through the app's static route from the unpacked wheel
    script = (
        "import quoteaudit\n"
        "from starlette.testclient import TestClient\n"
        "from quoteaudit.gate.config import Config\n"
        "from quoteaudit.model import ToolInfo\n"
        "from quoteaudit.serve.app import ServeSettings, create_app\n"
        f"assert quoteaudit.__file__.startswith({str(tmp_path / 'site')!r}), quoteaudit.__file__\n"
        "app = create_app(None, ServeSettings(config=Config(), tool=ToolInfo(), allowed_hosts=('testserver',)))\n"
        "client = TestClient(app)\n"
        f"for name in {STATIC!r}:\n"
        "    response = client.get('/static/' + name)\n"
        "    assert response.status_code == 200 and response.content, name\n"
        "print(client.get('/').text.splitlines()[0])\n"
    )
    env = dict(os.environ, PYTHONPATH=str(tmp_path / "site"))
    run = subprocess.run([sys.executable, "-W", "ignore", "-c", script], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "<!doctype html>"
