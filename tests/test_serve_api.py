"""``quoteaudit serve``'s JSON API through an ASGI test client, with real audit workers.

One pool of one worker (spawned, with the spaCy pipeline loaded) serves every app built
here; apps differ only in their settings (token, size limit, config).
"""

from __future__ import annotations

import io
import json
import os
import re
import signal
import threading
import time

import jsonschema
import pytest
from selectolax.lexbor import LexborHTMLParser
from starlette.testclient import TestClient

from quoteaudit.gate.config import Config
from quoteaudit.ingest import FORMATS
from quoteaudit.model import ToolInfo
from quoteaudit.run.engine import tool_info
from quoteaudit.serve.app import API_CSP, PAGE_CSP, REPORT_CSP, ServeSettings, create_app
from quoteaudit.serve.pool import WorkerPool

from .conftest import REPO

SEED = REPO / "seeds" / "tanf-2017-06-05.txt"
SCHEMA = json.loads((REPO / "quoteaudit" / "schema" / "quoteaudit-2.schema.json").read_text(encoding="utf-8"))

SHORT = (
    "Harbor plan approved\n\n"
    "The Harbor Commission spent $4.2 million on the pier in 2023.\n\n"
    '"We will finish it by June," said Mayor Jane Smith, who chairs the commission.\n'
)


@pytest.fixture(scope="module")
def pool():
    pool = WorkerPool(Config(), workers=1, queue_limit=1, timeout=300)
    pool.start()
    yield pool
    pool.close()


@pytest.fixture(scope="module")
def tool() -> ToolInfo:
    return tool_info(None)


def make_client(pool, tool, **settings) -> TestClient:
    settings.setdefault("config", Config())
    settings.setdefault("allowed_hosts", ("testserver",))
    return TestClient(create_app(pool, ServeSettings(tool=tool, **settings)))


@pytest.fixture(scope="module")
def client(pool, tool):
    with make_client(pool, tool) as c:
        yield c


def audit(client, text: str, fmt: str = "text", **extra):
    return client.post("/api/audit", json={"text": text, "format": fmt, **extra})


def wait_for(predicate, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


# --- the audit: the same document as the command line ------------------------------------


def test_pasted_article_gives_the_schema_valid_document_of_the_command_line(client, audit_text):
    text = SEED.read_text(encoding="utf-8")
    response = audit(client, text)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    jsonschema.validate(body, SCHEMA)
    (doc,) = body["documents"]
    local = audit_text(text).to_dict()
    # what `quoteaudit audit` finds in the same text, audited in this process
    assert [(q["start"], q["end"], q["speaker"]) for q in doc["quotes"]] == [(q["start"], q["end"], q["speaker"]) for q in local["quotes"]]
    assert [(f["rule"], f["start"], f["end"]) for f in doc["findings"]] == [(f["rule"], f["start"], f["end"]) for f in local["findings"]]
    assert doc["grade"] == local["grade"] and doc["id"] == "draft"
    # the reference article ends on an orphan quote, an error: the default policy fails it
    assert response.headers["x-quoteaudit-policy"] == "fails"
    assert re.fullmatch(r"audit;dur=\d+\.\d, wait;dur=\d+\.\d", response.headers["server-timing"])


def test_the_unattributed_claim_is_found_with_its_span(client):
    doc = audit(client, SHORT).json()["documents"][0]
    claim = "The Harbor Commission spent $4.2 million on the pier in 2023."
    (finding,) = [f for f in doc["findings"] if f["rule"] == "QA301"]
    assert doc["text"][finding["start"]:finding["end"]] == claim
    (quote,) = doc["quotes"]
    assert quote["speaker"]["text"] == "Mayor Jane Smith"


def test_markdown_front_matter_is_metadata_and_the_request_metadata_wins(client):
    text = "---\ntitle: Pier costs\nbyline: Old Name\n---\n\n" + SHORT
    response = audit(client, text, "markdown", metadata={"byline": "Ana Ruiz", "desk": "metro"}, id="pier.md")
    doc = response.json()["documents"][0]
    assert doc["metadata"]["title"] == "Pier costs"
    assert doc["metadata"]["byline"] == "Ana Ruiz" and doc["metadata"]["desk"] == "metro"
    assert doc["id"] == "pier.md"
    assert "---" not in doc["text"]


def test_an_uploaded_markdown_file_is_read_by_its_extension(client):
    data = ("---\ntitle: Pier costs\n---\n\n" + SHORT).encode("utf-8")
    response = client.post("/api/audit", files={"file": ("pier.md", data, "text/markdown")})
    assert response.status_code == 200, response.text
    doc = response.json()["documents"][0]
    assert doc["id"] == "pier.md" and doc["metadata"]["title"] == "Pier costs"
    assert [f["rule"] for f in doc["findings"]] == ["QA301"]


def test_an_upload_in_windows_1252_is_decoded_like_a_file_on_disk(client):
    data = "The café on Main Street closed in March, said owner Luc Benoît.\n".encode("cp1252")
    response = client.post("/api/audit", files={"file": ("cafe.txt", data)})
    assert response.status_code == 200, response.text
    assert "café" in response.json()["documents"][0]["text"]


# --- what the API refuses, and how it says so ------------------------------------------------


def test_a_json_body_that_is_not_utf8_is_refused_with_400(client):
    response = client.post("/api/audit", content=b'{"text": "caf\xe9"}', headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json() == {"error": "the request body is not UTF-8; JSON must be sent as UTF-8"}


def test_an_empty_body_is_refused_with_400(client):
    response = client.post("/api/audit", content=b"", headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["error"].startswith("the request is empty")


def test_an_empty_draft_is_refused_with_422(client):
    response = audit(client, "  \n\n ")
    assert response.status_code == 422
    assert response.json() == {"error": "draft: is empty"}


def test_a_binary_upload_named_md_is_refused_with_422(client):
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    response = client.post("/api/audit", files={"file": ("chart.md", png, "text/markdown")})
    assert response.status_code == 422
    assert response.json() == {"error": "chart.md: is a PNG image, not an article; skipped"}


def test_a_word_upload_is_audited_and_comes_back_as_the_same_document_with_comments(client, tmp_path, monkeypatch):
    import docx

    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Harbor vote", "Heading 1")
    for paragraph in SHORT.split("\n\n"):
        document.add_paragraph(paragraph.strip())
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "Pier budget: see page 4"
    document.save(buffer)
    response = client.post("/api/audit", files={"file": ("pier.docx", buffer.getvalue())})
    assert response.status_code == 200, response.text
    assert [f["rule"] for f in response.json()["documents"][0]["findings"]] == ["QA301"]
    # the download is the editor's own document (heading, table) with the review added; the
    # server never opens a file by the name an upload gave, so none is needed on disk
    monkeypatch.chdir(tmp_path)
    key = response.headers["x-quoteaudit-report"]
    reviewed = docx.Document(io.BytesIO(client.get(f"/reports/{key}.docx").content))
    assert reviewed.paragraphs[0].style.name == "Heading 1"
    assert reviewed.tables[0].cell(0, 0).text == "Pier budget: see page 4"
    assert [c.text.splitlines()[0] for c in reviewed.comments][1:] == ["No source"]


@pytest.mark.parametrize(
    "body, problem",
    [
        ({"format": "text"}, '"text" is required'),
        ({"text": "x", "format": "docx"}, '"format" must be one of text, markdown, html'),
        ({"text": "x", "metadata": ["a"]}, '"metadata" must be a JSON object'),
        ({"text": "x", "colour": "red"}, "unknown field(s) 'colour'"),
        (["text"], "the request must be a JSON object"),
    ],
)
def test_malformed_requests_say_what_is_wrong(client, body, problem):
    response = client.post("/api/audit", json=body)
    assert response.status_code == 400
    assert problem in response.json()["error"]


def test_other_content_types_get_415(client):
    response = client.post("/api/audit", content=b"text=hello", headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 415
    assert "send application/json or a multipart/form-data file upload" in response.json()["error"]


def test_a_body_over_the_limit_gets_413_with_or_without_content_length(pool, tool):
    with make_client(pool, tool, config=Config(max_bytes=1000)) as small:
        big = {"text": "The council met on Monday. " * 4000}
        response = small.post("/api/audit", json=big)
        assert response.status_code == 413
        assert "this server accepts up to" in response.json()["error"]

        def chunks():  # no Content-Length: the limit is counted as the body streams in
            for _ in range(200):
                yield b"x" * 1024

        response = small.post("/api/audit", content=chunks(), headers={"Content-Type": "application/json"})
        assert response.status_code == 413
        # within the limit (the envelope allows for JSON around an article of max-bytes)
        assert small.post("/api/audit", json={"text": SHORT}).status_code == 200


def test_a_long_upload_is_parsed_in_memory_never_in_a_temporary_file(client, monkeypatch, tmp_path):
    import tempfile

    def no_disk(*args, **kwargs):
        raise AssertionError("an upload was written to a temporary file")

    for name in ("TemporaryFile", "NamedTemporaryFile", "mkstemp", "mkdtemp"):
        monkeypatch.setattr(tempfile, name, no_disk)
    monkeypatch.chdir(tmp_path)
    # over the 1 MB at which Starlette's own parser would spill the file to disk; an image
    # named .txt, so the worker refuses it at once after the server has parsed the upload
    data = b"\x89PNG\r\n\x1a\n" + b"\x00" * 1_200_000
    response = client.post("/api/audit", files={"file": ("long.txt", data)})
    assert response.status_code == 422, response.text[:300]
    assert response.json() == {"error": "long.txt: is a PNG image, not an article; skipped"}
    assert list(tmp_path.iterdir()) == []


# --- many editors at once: the bounded queue and crashed workers --------------------------------


def _long_article() -> str:
    return "\n\n".join([SEED.read_text(encoding="utf-8")] * 12)


def test_beyond_the_queue_requests_get_503_with_retry_after(client, pool):
    # one worker and a queue of one: a third draft at the same time is turned away
    answers: dict[str, int] = {}

    def post(key: str, text: str) -> None:
        answers[key] = audit(client, text).status_code

    first = threading.Thread(target=post, args=("first", _long_article()))
    first.start()
    wait_for(lambda: pool.status().busy == 1)
    second = threading.Thread(target=post, args=("second", SHORT))
    second.start()
    wait_for(lambda: pool.status().queued == 1)
    response = audit(client, SHORT)
    assert response.status_code == 503
    assert int(response.headers["retry-after"]) >= 1
    assert "every audit worker is busy" in response.json()["error"]
    first.join()
    second.join()
    assert answers == {"first": 200, "second": 200}


def test_a_worker_killed_mid_audit_costs_only_its_request_and_is_replaced(client, pool):
    answers = {}

    def post() -> None:
        answers["crashed"] = audit(client, _long_article())

    restarts = pool.status().restarts
    thread = threading.Thread(target=post)
    thread.start()
    wait_for(lambda: pool.status().busy == 1)
    (victim,) = pool.pids()
    os.kill(victim, signal.SIGKILL)  # as the OOM killer would
    thread.join(timeout=60)
    response = answers["crashed"]
    assert response.status_code == 500
    assert response.json()["error"] == (
        "draft: could not be audited: the audit worker was killed by signal 9 while auditing "
        "this draft; it is being replaced, so send the draft again"
    )
    # the next draft is audited by the replacement
    assert audit(client, SHORT).status_code == 200
    assert pool.status().restarts == restarts + 1
    assert victim not in pool.pids()


# --- security ---------------------------------------------------------------------------------


def test_with_a_token_every_request_must_carry_it(pool, tool):
    with make_client(pool, tool, token="s3cret-Token") as c:
        for method, path in [("get", "/"), ("get", "/api/health"), ("get", "/static/desk.js"), ("get", "/openapi.json"), ("post", "/api/audit")]:
            response = getattr(c, method)(path)
            assert response.status_code == 401, path
            assert "needs its token" in response.json()["error"]
            assert response.headers["www-authenticate"].startswith("Bearer")
        assert c.get("/api/health", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.get("/api/health", headers={"Authorization": "Bearer s3cret-Token"}).status_code == 200
        assert c.get("/?token=wrong").status_code == 401
        # the link printed at start: the token moves into a strict cookie and out of the URL
        link = c.get("/?token=s3cret-Token", follow_redirects=False)
        assert link.status_code == 303 and link.headers["location"] == "/"
        cookie = link.headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=strict" in cookie
        assert c.get("/").status_code == 200  # the client kept the cookie
        assert audit(c, SHORT).status_code == 200


def test_a_host_header_naming_another_site_is_refused(pool, tool):
    # a DNS-rebinding page reaches 127.0.0.1 under its own name; the server does not answer it
    with make_client(pool, tool, allowed_hosts=("127.0.0.1", "localhost")) as c:
        assert c.get("/api/health", headers={"Host": "127.0.0.1:8765"}).status_code == 200
        response = c.get("/api/health", headers={"Host": "attacker.example:8765"})
        assert response.status_code == 400
        assert "answers only to 127.0.0.1, localhost" in response.json()["error"]


XSS_TEXT = (
    'Budget vote\n\nThe mayor said <script>alert("qa-xss-1")</script> the pier would open.\n\n'
    '"Delays are over"><img src=x onerror=alert("qa-xss-2")>," said Mayor Jane Smith.\n'
)


def _no_markup_from_the_draft(html: str, shown: str) -> None:
    tree = LexborHTMLParser(html)
    assert tree.css("script") == []
    assert tree.css("img") == []
    assert not [n for n in tree.css("*") if any(a.startswith("on") for a in n.attributes)]
    assert shown in tree.body.text()  # shown as text, not dropped


def test_pasted_markup_and_a_hostile_file_name_never_become_markup(client):
    response = audit(client, XSS_TEXT, metadata={"title": '"><img src=x onerror=alert("qa-xss-3")>'})
    key = response.headers["x-quoteaudit-report"]
    page = client.get(f"/reports/{key}.html")
    assert page.headers["content-security-policy"] == REPORT_CSP
    _no_markup_from_the_draft(page.text, "<script>alert(")

    name = '"><img src=x onerror=alert(1)>.md'
    upload = client.post("/api/audit", files={"file": (name, XSS_TEXT.encode(), "text/markdown")})
    assert upload.status_code == 200, upload.text
    # (a client sends the quote mark as %22, as browsers do in multipart file names)
    assert upload.json()["documents"][0]["id"].endswith("><img src=x onerror=alert(1)>.md")
    _no_markup_from_the_draft(client.get(f"/reports/{upload.headers['x-quoteaudit-report']}.html").text, "><img src=x onerror=alert(1)>.md")
    # a name with a path is reduced to its last part
    upload = client.post("/api/audit", files={"file": ("../../etc/<script>x.md", XSS_TEXT.encode())})
    assert upload.json()["documents"][0]["id"] == "<script>x.md"


def test_every_response_carries_a_strict_content_security_policy(client):
    page = client.get("/")
    assert page.headers["content-security-policy"] == PAGE_CSP
    assert "connect-src 'self'" in PAGE_CSP and "script-src 'self';" in PAGE_CSP
    assert "unsafe-inline" not in PAGE_CSP and "unsafe-eval" not in PAGE_CSP
    for path in ("/api/health", "/api/rules", "/static/desk.js"):
        response = client.get(path)
        assert response.headers["content-security-policy"] == API_CSP, path
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["cache-control"] == "no-store"
    # the page has no inline script, no inline style and no handler attributes to allow
    tree = LexborHTMLParser(page.text)
    assert [s.attributes.get("src") for s in tree.css("script")] == ["/static/desk.js"]
    assert all(not (s.text() or "").strip() for s in tree.css("script"))
    assert tree.css("style") == [] and tree.css("[style]") == []
    assert not [n for n in tree.css("*") if any(a.startswith("on") for a in n.attributes)]
    for node in tree.css("[src], [href]"):
        url = node.attributes.get("src") or node.attributes.get("href")
        assert url.startswith("/"), url  # nothing from another host


def test_the_page_script_never_writes_html():
    script = (REPO / "quoteaudit" / "serve" / "static" / "desk.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "srcdoc"):
        assert sink not in script, sink


# --- rules, health, reports ----------------------------------------------------------------


def test_rules_show_the_severity_the_newsroom_config_gives(pool, tool):
    from quoteaudit.rules.catalog import all_rules

    config = Config(severity={"QA301": "error"}, ignore=["QA104"], path="/newsroom/quoteaudit.toml")
    with make_client(pool, tool, config=config) as c:
        rules = {r["code"]: r for r in c.get("/api/rules").json()["rules"]}
        assert set(rules) == {r.code for r in all_rules()}
        assert rules["QA301"]["severity"] == "error" and rules["QA301"]["default_severity"] == "warning"
        assert rules["QA301"]["label"] == "No source"
        assert rules["QA104"]["enabled"] is False and rules["QA301"]["enabled"] is True
        assert rules["QA202"]["how_to_fix"] == next(r for r in all_rules() if r.code == "QA202").how_to_fix()
        health = c.get("/api/health").json()
        assert health["config"] == "/newsroom/quoteaudit.toml"


def test_health_reports_workers_and_the_built_in_config(client):
    health = client.get("/api/health").json()
    assert health["status"] == "ok" and health["workers"] == 1 and health["config"] is None
    assert ".md" in health["upload_extensions"] and ".jsonl" not in health["upload_extensions"]
    assert health["downloads"] == ["docx", "html", "json"]


def test_kept_reports_download_as_html_and_json(client):
    response = audit(client, SHORT, id="pier-story.txt")
    key = response.headers["x-quoteaudit-report"]
    as_json = client.get(f"/reports/{key}.json?download=1")
    assert as_json.headers["content-disposition"] == 'attachment; filename="pier-story.quoteaudit.json"'
    assert as_json.json() == response.json()
    html = client.get(f"/reports/{key}.html")
    assert html.headers["content-type"] == "text/html; charset=utf-8"
    assert "content-disposition" not in html.headers
    tree = LexborHTMLParser(html.text)
    assert tree.css_first("#fix") is not None and "QA301" in tree.css_first("#fix").text()
    # the draft as a Word document, its finding a review comment on the flagged words
    as_docx = client.get(f"/reports/{key}.docx?download=1")
    assert as_docx.headers["content-disposition"] == 'attachment; filename="pier-story.quoteaudit.docx"'
    import docx

    document = docx.Document(io.BytesIO(as_docx.content))
    assert any("QA301" in c.text for c in document.comments)
    assert client.get(f"/reports/{key}.pdf").status_code == 404
    assert client.get("/reports/not-a-report.html").status_code == 404


def test_a_hung_worker_is_stopped_after_the_timeout_and_replaced(tool):
    # a draft that takes far longer than the limit stands in for a worker that hangs
    slow = WorkerPool(Config(), workers=1, queue_limit=0, timeout=0.5)
    slow.start()
    try:
        (first,) = slow.pids()
        with make_client(slow, tool) as c:
            response = audit(c, "\n\n".join([SEED.read_text(encoding="utf-8")] * 40))
            assert response.status_code == 500
            assert response.json()["error"] == (
                "draft: could not be audited: auditing this draft took longer than 0.5 s; "
                "the worker was stopped and is being replaced"
            )
            wait_for(lambda: slow.status().restarts == 1 and slow.pids() != [])
            assert slow.pids() != [first]
            with pytest.raises(ProcessLookupError):
                os.kill(first, 0)
    finally:
        slow.close()


def test_kept_reports_are_bounded_by_count_and_by_text_size():
    from quoteaudit.model import DocumentAudit
    from quoteaudit.serve.app import ReportStore, StoredAudit

    def doc(size: int) -> StoredAudit:
        return StoredAudit(DocumentAudit(id="d", path=None, sha256="0", text="x" * size))

    store = ReportStore(limit=3, max_chars=1000)
    keys = [store.add(doc(10)) for _ in range(4)]
    assert store.get(keys[0]) is None and all(store.get(k) for k in keys[1:])
    big = store.add(doc(900))  # over the text budget with the others: the oldest go first
    assert store.get(keys[1]) is None and store.get(big) is not None
    huge = store.add(doc(5000))  # alone over the budget: still kept, as the newest
    assert store.get(huge) is not None and store.get(big) is None
