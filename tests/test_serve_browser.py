"""The editor's page in a real browser: Playwright for Python driving Debian's Chromium.

An editor pastes the reference article, reads the report, adds a sentence and sees the
report follow without losing their place, opens files, and nothing the page does reaches
any host but the server. Exact figures come from the JSON API; the browser checks look
for the report's section ids and visible text, not for details of its markup.

``QUOTEAUDIT_WRITE_DOCS=1`` also writes the screenshot to ``docs/serve.png`` (the README's).
"""

from __future__ import annotations

import io
import json
import os
import shutil
import time
import urllib.parse
import urllib.request

import pytest

from .conftest import REPO
from .serve_support import ServerProcess
from .test_report_evidence import DRAFT, TODAY, TRANSCRIPT
from .test_browser import chromium, png_facts  # noqa: F401 - the fixture: Chromium or a clear failure

SEED = REPO / "seeds" / "tanf-2017-06-05.txt"
NEW_CLAIM = "The Harbor Commission spent $4.2 million on the pier in 2023."
LAUNCH_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]
CURRENT_FRAME = "iframe.report-frame.current"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("newsroom")
    (folder / "quoteaudit.toml").write_text("# the newsroom's policy\nfail-under = 40\n", encoding="utf-8")
    proc = ServerProcess(["--workers", "1"], cwd=folder)
    try:
        proc.wait_ready()
        yield proc
    finally:
        proc.stop()


@pytest.fixture(scope="module")
def browser(chromium):  # noqa: F811
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=LAUNCH_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.requests = []  # every URL the page and its frames asked for
    page.dialogs = []
    page.on("request", lambda request: page.requests.append(request.url))
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(server.url)
    yield page
    context.close()


def api_audit(server, text: str, fmt: str = "text", name: str = "draft") -> dict:
    request = urllib.request.Request(
        server.base + "api/audit",
        data=json.dumps({"text": text, "format": fmt, "id": name}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.load(response)["documents"][0]


def wait_js(page, expression: str, timeout: float = 60.0) -> None:
    """Wait until ``expression`` is true in the page. Playwright's own wait_for_function
    evaluates strings with eval(), which the page's Content-Security-Policy forbids (and
    the tests keep that policy on)."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        assert time.monotonic() < deadline, f"timed out waiting for {expression}"
        page.wait_for_timeout(50)


def report_text(page, selector: str) -> str:
    """The text of a part of the report, folded parts (suggestions) included."""
    return page.frame_locator(CURRENT_FRAME).locator(selector).text_content()


def frame_scroll(page) -> float:
    return page.evaluate(f"document.querySelector('{CURRENT_FRAME}').contentWindow.scrollY")


def only_the_server(page, server) -> None:
    origin = urllib.parse.urlsplit(server.base).netloc
    hosts = {urllib.parse.urlsplit(url).netloc for url in page.requests if url.startswith(("http:", "https:", "ws:", "wss:"))}
    assert hosts == {origin}, page.requests
    assert all(url.startswith(("http:", "about:")) for url in page.requests), page.requests


def test_an_editor_pastes_a_draft_reads_the_report_and_keeps_editing(page, server, tmp_path):
    text = SEED.read_text(encoding="utf-8")
    expected = api_audit(server, text)
    rules = {r["code"]: r for r in json.load(urllib.request.urlopen(server.base + "api/rules", timeout=30))["rules"]}

    wait_js(page, "document.getElementById('config-path').textContent.endsWith('quoteaudit.toml')")
    page.fill("#draft", text)
    page.wait_for_selector("#verdict")
    # the grade and the verdict: the draft's orphan quote is an error, so the policy fails it
    assert page.inner_text("#grade") == f"Attribution grade {expected['grade']}"
    assert page.inner_text("#verdict") == "Fails the newsroom policy"
    assert page.inner_text("#finding-count") == f"{len(expected['findings'])} findings"
    # the quote highlights: every direct quote's opening words are inside a highlight
    marked = " ".join(page.frame_locator(CURRENT_FRAME).locator("#article mark").all_inner_texts())
    direct = [q for q in expected["quotes"] if q["kind"] == "direct"]
    assert direct
    for quote in direct:
        opening = " ".join(quote["text"].strip("\"“”' ").split()[:3])
        assert opening in " ".join(marked.split()), opening
    # the fix-first list names every finding's rule (suggestions folded inside it)
    findings = report_text(page, "#fix")
    for finding in expected["findings"]:
        assert finding["rule"] in findings

    # the editor scrolls down the report, then adds a sentence that rests on nobody
    page.evaluate("window.__sameDocument = true")
    page.evaluate(f"document.querySelector('{CURRENT_FRAME}').contentWindow.scrollTo(0, 900)")
    before = frame_scroll(page)
    assert before > 500
    page.click("#draft")
    page.keyboard.press("Control+End")
    page.keyboard.type("\n\n" + NEW_CLAIM)
    wait_js(page, f"document.getElementById('finding-count').textContent === '{len(expected['findings']) + 1} findings'")
    after = api_audit(server, page.input_value("#draft"))
    (new,) = [f for f in after["findings"] if after["text"][f["start"]:f["end"]] == NEW_CLAIM]
    assert new["rule"] == "QA301"
    assert new["message"] in " ".join(report_text(page, "#fix").split())
    assert page.evaluate("window.__sameDocument") is True  # updated in place, no reload
    assert abs(frame_scroll(page) - before) <= 2  # and the reader's place kept

    # clicking the flagged passage explains the finding and how to fix it
    page.frame_locator(CURRENT_FRAME).locator("#article").get_by_text(NEW_CLAIM).first.click()
    page.wait_for_selector("#finding", state="visible")
    assert page.inner_text("#finding-label").startswith(f"{rules['QA301']['label']} (QA301")
    assert page.inner_text("#finding-message") == new["message"]
    assert page.inner_text("#finding-fix") == rules["QA301"]["how_to_fix"]

    # the downloads are the kept report, as files
    href = page.get_attribute("#download-html", "href")
    assert href.startswith("/reports/") and href.endswith(".html?download=1")

    shot = tmp_path / "serve.png"
    page.screenshot(path=str(shot))
    width, height, distinct = png_facts(shot.read_bytes())
    assert (width, height) == (1400, 900) and distinct > 50
    if os.environ.get("QUOTEAUDIT_WRITE_DOCS") == "1":
        shutil.copyfile(shot, REPO / "docs" / "serve.png")
    only_the_server(page, server)
    assert page.dialogs == []


def test_an_editor_opens_and_drops_files(page, server):
    markdown = REPO / "seeds" / "council-budget-2024-03-12.md"
    page.set_input_files("#file", str(markdown))
    page.wait_for_selector("#verdict")
    expected = api_audit(server, markdown.read_text(encoding="utf-8"), "markdown", markdown.name)
    assert page.inner_text("#finding-count").startswith(str(len(expected["findings"])))
    assert "Council approves $48 million transit budget" in report_text(page, "body")
    # the file's text is in the editor, to go on editing as Markdown
    wait_js(page, "document.getElementById('format').value === 'markdown'")
    assert page.input_value("#draft") == markdown.read_text(encoding="utf-8")

    # dropped on the draft box
    lunch = (REPO / "seeds" / "school-lunch-2025-01-21.txt").read_text(encoding="utf-8")
    transfer = page.evaluate_handle(
        "(text) => { const t = new DataTransfer(); t.items.add(new File([text], 'lunch.txt', {type: 'text/plain'})); return t; }",
        lunch,
    )
    page.dispatch_event("#drop", "drop", {"dataTransfer": transfer})
    wait_js(page, "document.getElementById('draft').value.startsWith('School district expands free lunch')")
    wait_js(page, "document.getElementById('status').textContent.startsWith('Checked')")
    wait_js(
        page,
        "(() => { const f = document.querySelector('iframe.report-frame.current'); return f && f.contentDocument.body.innerText.includes('Karen Whitfield'); })()"
    )

    # a Word draft is audited as it is, and its review can be downloaded as Word comments
    import docx

    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph(NEW_CLAIM)
    document.save(buffer)
    page.set_input_files("#file", {"name": "pier.docx", "mimeType": "application/octet-stream", "buffer": buffer.getvalue()})
    wait_js(page, "document.getElementById('finding-count').textContent === '1 finding'")
    assert page.is_visible("#download-docx")
    only_the_server(page, server)


def test_markup_in_a_draft_or_a_file_name_never_runs(page, server):
    hostile = (
        'Budget vote\n\nThe mayor said <script>window.__xss = 1; alert("qa-xss")</script> the pier would open.\n\n'
        '"Delays are over"><img src=x onerror="window.__xss = 2; alert(2)">," said Mayor Jane Smith.\n'
    )
    page.fill("#draft", hostile)
    page.wait_for_selector("#verdict")
    assert "<script>window.__xss" in report_text(page, "#article")  # shown, as text
    page.set_input_files("#file", {"name": '"><img src=x onerror=alert(3)>.md', "mimeType": "text/markdown", "buffer": hostile.encode()})
    wait_js(page, "document.getElementById('draft').value.length > 0 && document.getElementById('format').value === 'markdown'")
    wait_js(
        page,
        "(() => { const f = document.querySelector('iframe.report-frame.current'); return f && f.contentDocument.body.innerText.includes('onerror=alert(3)'); })()"
    )
    # a refused upload's message names the file: as text too
    page.set_input_files("#file", {"name": '"><img src=x onerror=alert(4)>.docx', "mimeType": "application/octet-stream", "buffer": b"PK\x03\x04"})
    wait_js(page, "document.getElementById('status').textContent.includes('onerror=alert(4)>.docx')")
    assert page.locator("#status img").count() == 0
    frames_xss = page.evaluate("[window.__xss, ...Array.from(document.querySelectorAll('iframe')).map(f => f.contentWindow && f.contentWindow.__xss)]")
    assert all(v is None for v in frames_xss), frames_xss
    assert page.dialogs == []
    # the only images the page ever asked for are its own icon (the <img> tags are text)
    assert [u for u in page.requests if u.rstrip("/").endswith("x")] == []
    only_the_server(page, server)


def test_an_editor_adds_a_transcript_and_sees_the_altered_quote(page, server):
    page.fill("#draft", DRAFT)
    page.wait_for_selector("#verdict")
    wait_js(page, "document.getElementById('status').textContent.startsWith('Checked')")
    before = api_audit(server, DRAFT)
    assert page.inner_text("#evidence-list") == "None: quotes are not checked against a source."

    # the editor adds the interview the story quotes: it is listed, and the draft checked again
    page.set_input_files("#evidence-file", str(TRANSCRIPT))
    wait_js(page, "document.querySelectorAll('#evidence-list li .name').length === 1")
    assert page.inner_text("#evidence-list li .name") == TRANSCRIPT.name
    assert page.inner_text("#evidence-list li .what").startswith("transcript \u00b7 2 speakers \u00b7 2.5 kB")
    wait_js(page, "document.getElementById('status').textContent.endsWith('; quotes checked against 1 file of source material')")
    # three altered quotes, words nobody said and the interviewer's words given to the mayor
    assert page.inner_text("#finding-count") == f"{len(before['findings']) + 5} findings"

    # the altered quote's card: the source's word struck through, the draft's marked as added
    frame = page.frame_locator(CURRENT_FRAME)
    frame.locator(f"#q-{TODAY}").focus()
    card = frame.locator(f"#card-q-{TODAY}")
    assert card.is_visible()
    assert card.locator(".ev-chip").get_attribute("aria-label") == "Source check, error: Quote differs from source"
    assert (card.locator(".diff del").inner_text(), card.locator(".diff ins").inner_text()) == ("tonight", "today")
    assert " ".join(card.locator(".ev-place").inner_text().split()) == f"In the source {TRANSCRIPT.name}, line 18, as \u201cMAYOR ANA LOPEZ\u201d"
    # it keeps checking as the editor edits the draft
    page.fill("#draft", DRAFT.replace("read it today", "read it tonight"))
    wait_js(page, f"document.getElementById('finding-count').textContent === '{len(before['findings']) + 4} findings'")

    # removed, the transcript no longer checks the draft
    page.get_by_role("button", name=f"Remove {TRANSCRIPT.name}").click()
    wait_js(page, "document.querySelectorAll('#evidence-list li .name').length === 0")
    wait_js(page, f"document.getElementById('finding-count').textContent === '{len(before['findings'])} findings'")
    assert frame.locator(".ev-chip").count() == 0
    only_the_server(page, server)
    assert page.dialogs == []


def test_a_bad_transcript_is_refused_by_name(page, server):
    page.set_input_files("#evidence-file", {"name": "hearing.vtt", "mimeType": "text/vtt", "buffer": b"not captions"})
    wait_js(page, "document.getElementById('status').textContent.startsWith('hearing.vtt: ')")
    assert page.inner_text("#status") == "hearing.vtt: is not a valid WebVTT file (Invalid format)"
    assert page.inner_text("#evidence-list") == "None: quotes are not checked against a source."


def test_the_page_adds_its_source_material_again_if_the_server_dropped_it(page, server):
    sets = []
    page.on("response", lambda r: sets.append(r.json()["id"]) if r.url.endswith("/api/evidence") and r.status == 201 else None)
    page.fill("#draft", DRAFT)
    page.set_input_files("#evidence-file", str(TRANSCRIPT))
    wait_js(page, "document.getElementById('status').textContent.endsWith('; quotes checked against 1 file of source material')")
    expected = page.inner_text("#finding-count")
    # the server drops the page's set (as it does for the least recently used when it needs room)
    (first,) = sets
    urllib.request.urlopen(urllib.request.Request(server.base + f"api/evidence/{first}", method="DELETE"), timeout=30)
    page.fill("#draft", DRAFT + "\n")
    # the page sends its transcript again as a new set, and checks the draft against it
    deadline = time.monotonic() + 60
    while len(sets) < 2:
        assert time.monotonic() < deadline, "the page did not add its source material again"
        page.wait_for_timeout(50)
    assert sets[1] != first
    wait_js(page, "document.getElementById('status').textContent.endsWith('; quotes checked against 1 file of source material')")
    assert page.inner_text("#finding-count") == expected
    assert page.inner_text("#evidence-list li .name") == TRANSCRIPT.name
    assert page.dialogs == []
