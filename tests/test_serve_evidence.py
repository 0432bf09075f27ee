"""``quoteaudit serve``: source material beside the draft.

The editor adds the mayor's interview transcript (``tests/data/evidence/transcripts/
interview-lopez.txt``) beside the budget story of ``test_report_evidence``; every later
audit of the draft is checked against it word for word, until the file is removed.
Through the JSON API with real audit workers, as the page uses it.
"""

from __future__ import annotations

import tempfile

import pytest
from selectolax.lexbor import LexborHTMLParser

from quoteaudit.gate.config import Config

from .test_report_evidence import DRAFT, TRANSCRIPT, TRANSCRIPT_NAME
from .test_serve_api import client, make_client, pool, tool  # noqa: F401 - fixtures

INTERVIEW = TRANSCRIPT.read_bytes()
#: the council meeting, for a second file in the set
COUNCIL = (TRANSCRIPT.parent / "council-meeting.txt").read_bytes()


def add(client, *files, to: str | None = None):  # noqa: F811
    return client.post("/api/evidence" + (f"/{to}" if to else ""), files=[("file", f) for f in files])


def audit(client, evidence: str | None = None, text: str = DRAFT):  # noqa: F811
    body = {"text": text, "id": "budget-story.txt", **({"evidence": evidence} if evidence else {})}
    return client.post("/api/audit", json=body)


def findings(answer) -> list[tuple[str, str]]:
    return [(f["rule"], f["message"]) for f in answer.json()["documents"][0]["findings"]]


@pytest.fixture
def interview(client):  # noqa: F811
    answer = add(client, (TRANSCRIPT_NAME, INTERVIEW, "text/plain"))
    assert answer.status_code == 201, answer.text
    yield answer.json()["id"]
    client.delete(f"/api/evidence/{answer.json()['id']}")


def test_the_set_lists_each_file_with_its_speakers(client, interview):  # noqa: F811
    listed = client.get(f"/api/evidence/{interview}").json()
    assert listed == {"id": interview, "files": [{
        "name": TRANSCRIPT_NAME, "bytes": len(INTERVIEW), "format": "text", "records": 1,
        "transcript": True, "speakers": ["DANA WHITFIELD", "MAYOR ANA LOPEZ"],
    }]}


def test_an_altered_quote_gives_qa105_with_the_word_diff(client, interview):  # noqa: F811
    answer = audit(client, interview)
    assert answer.status_code == 200, answer.text
    altered = [m for rule, m in findings(answer) if rule == "QA105"]
    assert altered == [
        "The quote's words differ from interview-lopez.txt, line 18: evidence says \u201ctonight\u201d, draft says \u201ctoday\u201d",
        "The quote's words differ from interview-lopez.txt, line 22: draft leaves out \u201csingle\u201d",
        "The quote's words differ from interview-lopez.txt, line 34: draft adds \u201cfull\u201d",
    ]
    quote = next(q for q in answer.json()["documents"][0]["quotes"] if "read it today" in q["text"])
    assert quote["evidence"]["status"] == "altered"
    assert (quote["evidence"]["file"], quote["evidence"]["line"], quote["evidence"]["speaker_label"]) == (TRANSCRIPT_NAME, 18, "MAYOR ANA LOPEZ")
    assert quote["evidence"]["diff"][-1] == {"op": "replace", "draft": "today", "evidence": "tonight"}
    # the kept report shows it on the quote's card: the source's word struck, the draft's added
    page = LexborHTMLParser(client.get(f"/reports/{answer.headers['X-Quoteaudit-Report']}.html").text)
    (card,) = [c for c in page.css(".card") if [d.text() for d in c.css("del")] == ["tonight"]]
    assert [i.text() for i in card.css("ins")] == ["today"]
    assert card.css_first(".ev-chip").attributes["aria-label"] == "Source check, error: Quote differs from source"


def test_words_nobody_said_give_qa106_and_the_interviewers_words_qa107(client, interview):  # noqa: F811
    by_rule = {}
    for rule, message in findings(audit(client, interview)):
        by_rule.setdefault(rule, []).append(message)
    assert by_rule["QA106"] == ['These words are not in the source material (interview-lopez.txt): "We will never cut a single police officer,"']
    assert by_rule["QA107"] == ['In interview-lopez.txt, line 28, DANA WHITFIELD says these words, not Ana Lopez: "Rents went up nine percent last year,"']


def test_the_same_files_sent_with_a_draft_upload_give_the_same_findings(client, interview):  # noqa: F811
    kept = findings(audit(client, interview))
    sent = client.post("/api/audit", files=[
        ("file", ("budget-story.txt", DRAFT.encode(), "text/plain")),
        ("evidence", (TRANSCRIPT_NAME, INTERVIEW, "text/plain")),
    ])
    assert sent.status_code == 200, sent.text
    assert findings(sent) == kept
    # or a draft upload naming the kept set in a form field
    named = client.post("/api/audit", files=[("file", ("budget-story.txt", DRAFT.encode(), "text/plain"))], data={"evidence": interview})
    assert findings(named) == kept


def test_removed_material_no_longer_checks_the_draft(client, interview):  # noqa: F811
    grown = add(client, ("council-meeting.txt", COUNCIL, "text/plain"), to=interview)
    assert [f["name"] for f in grown.json()["files"]] == [TRANSCRIPT_NAME, "council-meeting.txt"]
    left = client.delete(f"/api/evidence/{interview}/files/{TRANSCRIPT_NAME}")
    assert [f["name"] for f in left.json()["files"]] == ["council-meeting.txt"]
    # the council meeting holds none of the mayor's words: every quote is now not found
    rules = {rule for rule, _ in findings(audit(client, interview))}
    assert "QA105" not in rules and "QA107" not in rules and "QA106" in rules
    assert client.delete(f"/api/evidence/{interview}/files/{TRANSCRIPT_NAME}").status_code == 404
    client.delete(f"/api/evidence/{interview}/files/council-meeting.txt")
    quotes = audit(client, interview).json()["documents"][0]["quotes"]
    assert all(q["evidence"] is None for q in quotes)
    # a dropped set is refused by name, never silently ignored
    assert client.delete(f"/api/evidence/{interview}").status_code == 204
    gone = audit(client, interview)
    assert gone.status_code == 404 and gone.json()["error"].startswith("no such set of source material")


def test_a_file_added_again_replaces_the_first(client, interview):  # noqa: F811
    corrected = INTERVIEW.replace(b"Anyone can read it tonight.", b"Anyone can read it today.")
    again = add(client, (TRANSCRIPT_NAME, corrected, "text/plain"), to=interview)
    assert [(f["name"], f["bytes"]) for f in again.json()["files"]] == [(TRANSCRIPT_NAME, len(corrected))]
    assert [m for rule, m in findings(audit(client, interview)) if rule == "QA105" and "today" in m] == []


def test_a_file_that_cannot_be_used_is_refused_by_name_and_nothing_is_added(client, interview):  # noqa: F811
    broken = add(client, ("hearing.vtt", b"not captions at all", "text/vtt"), ("council-meeting.txt", COUNCIL, "text/plain"), to=interview)
    assert (broken.status_code, broken.json()) == (422, {"error": "hearing.vtt: is not a valid WebVTT file (Invalid format)"})
    binary = add(client, ("notes.txt", b"\x00\x01\x02" * 50, "text/plain"))
    assert binary.status_code == 422 and binary.json()["error"].startswith("notes.txt: ")
    unknown = add(client, ("scan.pdf", b"%PDF-1.7", "application/pdf"), to=interview)
    assert unknown.status_code == 415 and unknown.json()["error"].startswith("scan.pdf: cannot use .pdf as source material; add ")
    assert [f["name"] for f in client.get(f"/api/evidence/{interview}").json()["files"]] == [TRANSCRIPT_NAME]
    # the same checks for files sent with a draft
    sent = client.post("/api/audit", files=[("file", ("d.txt", DRAFT.encode(), "text/plain")), ("evidence", ("hearing.srt", b"1\nnonsense", "text/plain"))])
    assert sent.status_code == 422 and sent.json()["error"].startswith("hearing.srt: ")
    assert add(client, ("a.txt", b"x", "text/plain"), to="no-such-set").status_code == 404
    assert client.post("/api/evidence", json={"file": "x"}).status_code == 415
    assert client.post("/api/evidence", files=[("other", ("a.txt", b"x", "text/plain"))]).status_code == 400


def test_size_limits_are_the_drafts(pool, tool):  # noqa: F811
    with make_client(pool, tool, config=Config(max_bytes=2000)) as small:
        too_big = add(small, (TRANSCRIPT_NAME, INTERVIEW, "text/plain"))  # 2.5 kB against a 2 kB limit
        assert too_big.status_code == 413
        assert too_big.json()["error"] == f"{TRANSCRIPT_NAME}: is too large ({len(INTERVIEW):,} bytes); source material may be up to 2,000 bytes a file (max-bytes in the newsroom config)"
    with make_client(pool, tool) as c:
        created = add(c, *[(f"part-{i}.txt", b"SPEAKER: words", "text/plain") for i in range(20)])
        assert created.status_code == 201
        full = add(c, ("one-more.txt", b"SPEAKER: words", "text/plain"), to=created.json()["id"])
        assert full.status_code == 413 and full.json()["error"] == "a set of source material holds at most 20 files; remove some first"


def test_a_drafts_front_matter_cannot_make_the_server_read_its_files(client):  # noqa: F811
    draft = f"---\ntitle: Budget\nevidence: [{TRANSCRIPT}]\n---\n\n" + DRAFT
    answer = client.post("/api/audit", json={"text": draft, "format": "markdown"})
    assert answer.status_code == 200
    assert all(q["evidence"] is None for q in answer.json()["documents"][0]["quotes"])


def test_source_material_leaves_no_file_behind(client, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    created = add(client, (TRANSCRIPT_NAME, INTERVIEW, "text/plain"))
    client.post("/api/audit", files=[("file", ("d.txt", DRAFT.encode(), "text/plain")), ("evidence", (TRANSCRIPT_NAME, INTERVIEW, "text/plain"))])
    add(client, ("hearing.vtt", b"not captions", "text/vtt"), to=created.json()["id"])
    assert list(tmp_path.iterdir()) == []
    client.delete(f"/api/evidence/{created.json()['id']}")


def test_the_readme_curl_examples_with_source_material_work_as_written(tmp_path):
    from .serve_support import readme_curl_answers

    answers = readme_curl_answers("serve-evidence-curl-example", 2, tmp_path)
    rules = sorted(f["rule"] for f in answers[0]["documents"][0]["findings"] if f["rule"] in ("QA105", "QA106", "QA107"))
    assert rules == ["QA105", "QA105", "QA106", "QA106", "QA107", "QA107"]
    (kept,) = answers[1]["files"]
    assert (kept["name"], kept["transcript"], kept["speakers"]) == (
        "council-meeting.txt", True, ["Chair Maria Chen", "Councilman Ray Okafor", "Jill Brandt", "Public Speaker"])
