"""The Dask engine on a real two-worker LocalCluster gives the local engine's output byte
for byte: same JSON Lines, same order, input errors in the same places."""

from __future__ import annotations

import io
import logging
import os

import pytest
from distributed import Client, LocalCluster
from typer.testing import CliRunner

from quoteaudit.cli import app
from quoteaudit.gate.config import Config
from quoteaudit.run.engine import audit_items, tool_info
from quoteaudit.run.dask_engine import audit_items_dask
from quoteaudit.ingest import iter_articles
from quoteaudit.report import REPORTERS

from .conftest import REPO


@pytest.fixture(scope="module")
def cluster():
    # the workers are new processes: make sure they import this checkout of quoteaudit
    saved = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), saved) if p)
    try:
        with LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
            dashboard_address=None, silence_logs=logging.ERROR,
        ) as local:
            yield local
    finally:
        if saved is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = saved


def inputs(tmp_path):
    broken = tmp_path / "wire.jsonl"
    broken.write_text(
        '{"id": "wire-1", "text": "The governor said the bridge would reopen Friday."}\n'
        "{not json\n"
        '{"id": "wire-3", "text": "Police said two people were hurt, according to a statement."}\n',
        encoding="utf-8",
    )
    return [str(REPO / "seeds"), str(broken), str(tmp_path / "missing.md")]


def json_lines(docs) -> str:
    out = io.StringIO()
    reporter = REPORTERS["json"](tool_info(None), stream=out)
    for doc in docs:
        reporter.document(doc)
    reporter.finish()
    return out.getvalue()


def test_dask_output_equals_the_local_engine_byte_for_byte(cluster, tmp_path):
    paths = inputs(tmp_path)
    local = json_lines(audit_items(iter_articles(paths), Config(), jobs=1))
    with Client(cluster, set_as_default=False) as client:
        # chunks of two articles, so both workers get several and finish out of order
        distributed = json_lines(audit_items_dask(iter_articles(paths), Config(), client=client, chunk_size=2))
    assert distributed == local
    ids = [line.split('"id": "', 1)[1].split('"', 1)[0] for line in local.splitlines()]
    assert ids[4:] == ["wire-1", f"{tmp_path / 'wire.jsonl'}:line 2", "wire-3", str(tmp_path / "missing.md")]


def test_cli_with_a_scheduler_address_matches_the_local_run(cluster):
    runner = CliRunner()
    args = ["audit", str(REPO / "seeds"), "--format", "json", "--no-cache", "--exit-zero"]
    local = runner.invoke(app, [*args, "--jobs", "1"])
    remote = runner.invoke(app, [*args, "--engine", "dask", "--scheduler", cluster.scheduler_address])
    assert local.exit_code == 0, local.output
    assert remote.exit_code == 0, remote.output
    assert len(local.stdout.splitlines()) == 4
    assert remote.stdout == local.stdout


def test_an_unreachable_scheduler_is_one_clear_line(monkeypatch):
    monkeypatch.setattr("quoteaudit.run.dask_engine.CONNECT_TIMEOUT", "1s")
    result = CliRunner().invoke(app, ["audit", str(REPO / "seeds"), "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2
    assert result.stderr.startswith("quoteaudit: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9 (")
    assert len(result.stderr.splitlines()) == 1
