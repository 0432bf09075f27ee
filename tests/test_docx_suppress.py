"""Suppressions written as Word review comments: ``quoteaudit: ignore QA202 <reason>`` on
a passage excuses that finding there, as the inline comments do in Markdown and HTML."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from quoteaudit.cli import app

from . import docxkit as kit

runner = CliRunner()


def audit(path, *extra):
    result = runner.invoke(app, ["audit", str(path), "--format", "json", "--exit-zero", *extra])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["documents"][0]


def found(doc, key="findings"):
    return [(f["rule"], doc["text"][f["start"] : f["end"]]) for f in doc[key]]


def story(tmp_path, comment: str, on: str = "officials", name: str = "story.docx"):
    document = kit.new_document("The council voted to close the library.")
    p = kit.runs(document, "The branch will close in May, ", "officials", " said.")
    if on == "sentence":
        p = kit.runs(document, "Critics say the vote was rushed.")
        on = "Critics say the vote was rushed."
    kit.comment_on(document, p, on, comment)
    return kit.save(document, tmp_path / name)


def test_ignore_with_a_code_and_a_reason_suppresses_that_finding_on_the_passage(tmp_path):
    # "officials" has one finding (QA201, vague; QA202 stands down for a source QA201 owns)
    path = story(tmp_path, "quoteaudit: ignore QA201 the library board spoke through its clerk, approved by the desk")
    doc = audit(path)
    assert ("QA201", "officials") not in found(doc)
    (suppressed,) = doc["suppressed"]
    assert (suppressed["rule"], suppressed["suppression"]) == (
        "QA201", {"kind": "inSource", "justification": "the library board spoke through its clerk, approved by the desk"}
    )


def test_ignore_without_codes_covers_every_finding_overlapping_the_passage(tmp_path):
    path = story(tmp_path, "quoteaudit: ignore -- opinion piece, labelled as such", on="sentence")
    before = audit(kit.save(kit.new_document("The council voted to close the library.", "Critics say the vote was rushed."), tmp_path / "plain.docx"))
    assert ("QA201", "Critics") in found(before)
    doc = audit(path)
    assert not [f for f in found(doc) if f[1] == "Critics" or "rushed" in f[1]]
    assert {s["suppression"]["justification"] for s in doc["suppressed"]} == {"opinion piece, labelled as such"}


def test_an_ignore_that_suppresses_nothing_is_qa002_at_its_paragraph(tmp_path):
    path = story(tmp_path, "quoteaudit: ignore QA301 not a claim")
    doc = audit(path)
    (unused,) = [f for f in doc["findings"] if f["rule"] == "QA002"]
    assert unused["message"] == "'ignore QA301' suppresses no finding; remove it"
    assert unused["location"] == {"paragraph": 2}


def test_a_misspelt_code_is_qa002_not_a_silent_reason(tmp_path):
    doc = audit(story(tmp_path, "quoteaudit: ignore QA2O1 background"))
    (unused,) = [f for f in doc["findings"] if f["rule"] == "QA002"]
    assert unused["message"] == "suppression comment not understood: 'QA2O1' is not a rule code or name (see `quoteaudit rules`); it suppresses nothing"
    assert ("QA201", "officials") in found(doc)


def test_ordinary_comments_and_quoteaudits_own_are_not_directives(tmp_path):
    """Auditing an audited copy again: its quoteaudit comments neither suppress nor count
    as unused suppressions, and a reviewer's note is just a note."""
    path = story(tmp_path, "Which officials? Ask the clerk.")
    first = audit(path)
    out = tmp_path / "out"
    result = runner.invoke(app, ["audit", str(path), "--format", "docx", "--out", str(out), "--exit-zero"])
    assert result.exit_code == 0, result.output
    again = audit(out / "story.audited.docx")
    assert found(again) == found(first)
    assert not again["suppressed"]
