"""The HTML report in a real browser: Debian's headless Chromium.

CI installs Chromium in ``.ci/run``; on a machine without it these tests fail with the
command to install it (``QUOTEAUDIT_NO_BROWSER=1`` skips them on purpose).
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from quoteaudit.model import ToolInfo
from quoteaudit.report.html import HtmlReporter, document_title

from .conftest import REPO
from .test_html_report import EXTERNAL, newsroom_audit

SEED = REPO / "seeds" / "tanf-2017-06-05.txt"
WIDTH, HEIGHT = 1200, 1800

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    # nothing the page (or the browser itself) asks for can resolve to a real host
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--no-first-run",
    "--no-default-browser-check",
    "--hide-scrollbars",
]


@pytest.fixture(scope="module")
def chromium() -> str:
    if os.environ.get("QUOTEAUDIT_NO_BROWSER") == "1":
        pytest.skip("QUOTEAUDIT_NO_BROWSER=1: browser tests skipped on request")
    path = shutil.which("chromium") or ("/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None)
    if path is None:
        pytest.fail(
            "Chromium is not installed, so the HTML report cannot be checked in a browser. "
            "Install it with `apt-get install -y chromium` (.ci/run does this in CI) "
            "or set QUOTEAUDIT_NO_BROWSER=1 to skip these tests.",
            pytrace=False,
        )
    return path


def run_chromium(chromium: str, *args: str) -> subprocess.CompletedProcess:
    """One headless run with a fresh profile, so no state leaks between runs."""
    with tempfile.TemporaryDirectory(prefix="quoteaudit-chromium-") as profile:
        proc = subprocess.run(
            [chromium, *FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL,
        )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc


def dump_dom(chromium: str, page: Path, *extra: str) -> LexborHTMLParser:
    proc = run_chromium(chromium, *extra, "--dump-dom", page.as_uri())
    assert "</html>" in proc.stdout
    return LexborHTMLParser(proc.stdout)


@pytest.fixture(scope="module")
def seed_run(nlp, tmp_path_factory):
    """The seed article audited in-process (for its quotes) and written as an HTML page."""
    from quoteaudit.gate.config import Config
    from quoteaudit.ingest import iter_articles
    from quoteaudit.pipeline import audit_article

    (article,) = list(iter_articles([str(SEED)]))
    doc = audit_article(article, nlp(article.text), Config())
    out = tmp_path_factory.mktemp("seed-report")
    reporter = HtmlReporter(ToolInfo(), out_dir=str(out), stream=open(os.devnull, "w"))
    reporter.document(doc)
    reporter.stream.close()
    return doc, out / "tanf-2017-06-05.html"


@pytest.fixture(scope="module")
def fixture_page(tmp_path_factory):
    out = tmp_path_factory.mktemp("fixture-report")
    reporter = HtmlReporter(ToolInfo(), out_dir=str(out), stream=open(os.devnull, "w"))
    doc = newsroom_audit()
    reporter.document(doc)
    reporter.stream.close()
    return doc, out / "transit-cuts.html"


def png_facts(data: bytes) -> tuple[int, int, int]:
    """Width, height and how many different byte values the decoded pixels hold."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, b""
    width = height = 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    pixels = zlib.decompress(idat)
    return width, height, len(set(pixels))


def test_seed_report_renders_to_a_non_empty_png(chromium, tmp_path):
    """The editor's path: the command line writes the report, the browser draws it."""
    out = tmp_path / "reports"
    audit = subprocess.run(
        # --exit-zero: the seed fails the default policy (an orphan quote), which is not
        # what this test is about
        [sys.executable, "-m", "quoteaudit", "audit", str(SEED), "--format", "html", "--out", str(out), "--exit-zero"],
        capture_output=True, text=True, cwd=REPO, timeout=300,
    )
    assert audit.returncode == 0, audit.stderr
    page = out / "tanf-2017-06-05.html"
    shot = tmp_path / "seed.png"
    run_chromium(chromium, f"--window-size={WIDTH},{HEIGHT}", f"--screenshot={shot}", page.as_uri())
    width, height, distinct = png_facts(shot.read_bytes())
    assert (width, height) == (WIDTH, HEIGHT)
    # a blank or single-colour page decodes to a handful of byte values; text and
    # highlights give hundreds
    assert distinct > 64


def test_every_quote_of_the_seed_is_highlighted_in_the_browser_dom(chromium, seed_run):
    doc, page = seed_run
    assert doc.quotes, "the seed article is full of quotes"
    dom = dump_dom(chromium, page)
    assert dom.css_first("h1").text() == document_title(doc)
    firsts = [m.attributes["data-quote"] for m in dom.css("mark.q[data-part='1']")]
    assert sorted(firsts) == sorted(q.id for q in doc.quotes)
    for number, _quote in enumerate(doc.quotes, 1):
        assert dom.css_first(f"#card-q-{number}").attributes["role"] == "tooltip"


def test_every_kind_of_quote_is_highlighted_in_the_browser_dom(chromium, fixture_page):
    doc, page = fixture_page
    dom = dump_dom(chromium, page)
    firsts = [m.attributes["data-quote"] for m in dom.css("mark.q[data-part='1']")]
    assert firsts == [q.id for q in doc.quotes]  # reading order, nested and split quotes included
    assert len(dom.css("mark.q[data-quote='q3']")) == 2
    focusable = dom.css("mark.q[tabindex='0']")
    assert len(focusable) == len(doc.quotes)
    for mark in focusable:
        assert dom.css_first("#" + mark.attributes["aria-describedby"]).attributes["role"] == "tooltip"


def page_requests(chromium: str, page: Path, tmp_path: Path) -> list[str]:
    """URLs the page itself asked the network for, from Chromium's own network log.

    The browser's background traffic (updates, accounts) is in the log too, but only
    requests made for the page carry the page's ``file://`` network isolation key.
    """
    log = tmp_path / f"{page.stem}.netlog.json"
    dump_dom(chromium, page, f"--log-net-log={log}")
    netlog = json.loads(log.read_text(encoding="utf-8"))
    start_job = netlog["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    return [
        event["params"]["url"]
        for event in netlog["events"]
        if event["type"] == start_job and "file://" in event.get("params", {}).get("network_isolation_key", "")
    ]


def test_report_pages_make_no_network_requests(chromium, seed_run, fixture_page, tmp_path):
    for _doc, page in (seed_run, fixture_page):
        html = page.read_text(encoding="utf-8")
        assert not EXTERNAL.search(html), page.name
        assert page_requests(chromium, page, tmp_path) == []
    # the check itself can fail: a page with an external image and stylesheet is caught
    leaky = tmp_path / "leaky.html"
    leaky.write_text('<!DOCTYPE html><link rel="stylesheet" href="https://cdn.example.invalid/a.css">'
                     '<img src="http://example.invalid/x.png" alt="">', encoding="utf-8")
    assert set(page_requests(chromium, leaky, tmp_path)) == {"http://example.invalid/x.png", "https://cdn.example.invalid/a.css"}
