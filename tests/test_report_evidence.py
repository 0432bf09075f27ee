"""Quotes checked against the source material, as the reports show them.

A short budget story quoting the mayor's interview (``tests/data/evidence/transcripts/
interview-lopez.txt``), with one quote of each kind an editor meets: word for word, a word
changed ("tonight" made "today"), a word dropped ("every single day"), a word added ("full
responsibility"), an ellipsis, the editor's words in brackets, the interviewer's words
given to the mayor, and words the mayor never said. Each test asserts what the editor sees
for each quote: the status in words, the word diff, the file, line and speaker label.
"""

from __future__ import annotations

import re

import pytest
from selectolax.lexbor import LexborHTMLParser
from typer.testing import CliRunner

from quoteaudit.cli import app
from quoteaudit.gate.config import Config
from quoteaudit.model import DocumentAudit, EvidenceStatus, ToolInfo
from quoteaudit.report.html import DIFF_COLOURS, EVIDENCE_TONES, TEXT_COLOUR, BADGE_TEXT, contrast_ratio, render_article
from quoteaudit.report.model import article_report

from . import docxkit as kit
from .conftest import REPO

TRANSCRIPT = REPO / "tests" / "data" / "evidence" / "transcripts" / "interview-lopez.txt"
TRANSCRIPT_NAME = "interview-lopez.txt"

HEADLINE = "Mayor's budget holds the line"
PARAGRAPHS = (
    "Mayor Ana Lopez presented her budget on Thursday.",
    '"We will not raise property taxes this year," Lopez said.',
    '"Every line is online. Anyone can read it today," Lopez said.',
    '"I worry about it every day," she said of the pension fund.',
    '"Our permitting process is too slow, and I take full responsibility for it," Lopez said.',
    '"Honestly, I love our libraries ... Nobody is closing a library on my watch," Lopez said.',
    '"[Okafor] is entitled to his opinion," Lopez said.',
    '"Rents went up nine percent last year," Lopez said.',
    '"We will never cut a single police officer," Lopez said.',
    "Lopez said the budget would pass by June.",
)
DRAFT = "\n\n".join((HEADLINE, *PARAGRAPHS)) + "\n"

#: quote number (1-based, reading order) -> what the draft's quote is
VERBATIM, TODAY, EVERY_DAY, FULL, ELLIPSIS, BRACKETS, RENTS, POLICE, PARAPHRASE = range(1, 10)


def evidence_audit(nlp, config: Config | None = None) -> DocumentAudit:
    """The story audited against the interview, as ``--evidence`` or the web page's
    "add source material" would check it."""
    from quoteaudit.evidence import load_evidence
    from quoteaudit.ingest import read_string
    from quoteaudit.pipeline import audit_article

    (article,) = read_string(DRAFT, "text", path="budget-story.txt")
    evidence = load_evidence([(TRANSCRIPT_NAME, TRANSCRIPT.read_bytes())])
    return audit_article(article, nlp(article.text), config, evidence=evidence)


@pytest.fixture(scope="module")
def story(nlp) -> DocumentAudit:
    return evidence_audit(nlp)


@pytest.fixture(scope="module")
def page(story) -> LexborHTMLParser:
    from quoteaudit.gate.policy import failures

    return LexborHTMLParser(render_article(story, ToolInfo(), policy=failures(story, Config())))


def transcript_line(n: int) -> str:
    return TRANSCRIPT.read_text(encoding="utf-8").splitlines()[n - 1]


# --- the report model ---------------------------------------------------------------------


def test_every_direct_quote_has_its_status_in_words_and_its_tone(story):
    report = article_report(story, [])
    shown = {e.number: (e.status, e.tone, e.label) for e in report.evidence}
    assert shown == {
        VERBATIM: (EvidenceStatus.VERBATIM, "pass", "Word for word"),
        TODAY: (EvidenceStatus.ALTERED, "error", "Quote differs from source"),
        EVERY_DAY: (EvidenceStatus.ALTERED, "error", "Quote differs from source"),
        FULL: (EvidenceStatus.ALTERED, "error", "Quote differs from source"),
        ELLIPSIS: (EvidenceStatus.ELIDED, "pass", "Shortened with an ellipsis"),
        BRACKETS: (EvidenceStatus.BRACKETED, "pass", "Editor's words in brackets"),
        RENTS: (EvidenceStatus.WRONG_SPEAKER, "error", "Someone else said it"),
        POLICE: (EvidenceStatus.NOT_FOUND, "warning", "Quote not in source"),
    }
    assert report.evidence_for(story.quotes[PARAPHRASE - 1].id) is None  # a paraphrase is not checked
    assert report.counts.quotes_checked == 8
    assert report.counts.evidence_line() == "3 match; 3 differ, 1 said by someone else, 1 not found"


def test_the_evidence_names_the_file_line_and_speaker_label(story):
    report = article_report(story, [])
    today = report.evidence_for(story.quotes[TODAY - 1].id)
    assert (today.file, today.line, today.speaker_label) == (TRANSCRIPT_NAME, 18, "MAYOR ANA LOPEZ")
    assert today.place == "interview-lopez.txt, line 18"
    assert "Anyone can read it tonight." in transcript_line(18)
    rents = report.evidence_for(story.quotes[RENTS - 1].id)
    assert (rents.line, rents.speaker_label) == (28, "DANA WHITFIELD")
    assert transcript_line(28).startswith("DANA WHITFIELD: Let's talk about housing. Rents went up nine percent")
    assert rents.note == "The source gives these words to DANA WHITFIELD."
    police = report.evidence_for(story.quotes[POLICE - 1].id)
    assert (police.file, police.line, police.place) == (None, None, "")


def test_the_line_is_in_the_json_and_valid_against_the_schema(story):
    import json

    import jsonschema

    from quoteaudit.report.json import run_object

    schema = json.loads((REPO / "quoteaudit" / "schema" / "quoteaudit-2.schema.json").read_text(encoding="utf-8"))
    body = run_object(ToolInfo(), story)
    jsonschema.validate(body, schema)
    lines = [q["evidence"]["line"] for q in body["documents"][0]["quotes"] if q["evidence"]]
    assert lines == [6, 18, 22, 34, 14, 18, 28, None]
    # the offsets and the line agree: the passage starts on that line of the file
    text = TRANSCRIPT.read_text(encoding="utf-8")
    for quote in body["documents"][0]["quotes"]:
        evidence = quote["evidence"]
        if evidence and evidence["start"] is not None:
            assert text.count("\n", 0, evidence["start"]) + 1 == evidence["line"]


def test_a_status_takes_the_severity_the_newsroom_gives_its_rule(nlp):
    strict = evidence_audit(nlp, Config(severity={"QA106": "error"}))
    police = article_report(strict, []).evidence_for(strict.quotes[POLICE - 1].id)
    assert (police.tone, police.name) == ("error", "Source check, error: Quote not in source")


# --- the HTML page --------------------------------------------------------------------------


def chip(node) -> tuple[str, str]:
    """A status chip's accessible name and its visible words."""
    return node.attributes["aria-label"], " ".join(node.text().split())


def test_the_altered_quotes_card_shows_the_word_diff_with_del_and_ins(page):
    card = page.css_first(f"#card-q-{TODAY}")
    assert chip(card.css_first(".ev-chip")) == ("Source check, error: Quote differs from source", "\u2716 Quote differs from source")
    assert card.css_first(".ev-chip").attributes["role"] == "img"
    diff = card.css_first(".diff")
    assert [d.text() for d in diff.css("del")] == ["tonight"]
    assert [i.text() for i in diff.css("ins")] == ["today"]
    # a screen reader hears which words are whose, never only a colour or a strike
    assert " ".join(diff.text().split()) == "Words Every line is online. Anyone can read it the source says tonight where the draft says today"
    # a dropped word is struck through only, an added one marked as added only
    dropped = page.css_first(f"#card-q-{EVERY_DAY} .diff")
    assert ([d.text() for d in dropped.css("del")], dropped.css("ins")) == (["single"], [])
    assert "the draft leaves out single" in " ".join(dropped.text().split())
    added = page.css_first(f"#card-q-{FULL} .diff")
    assert (added.css("del"), [i.text() for i in added.css("ins")]) == ([], ["full"])
    assert "the draft adds full" in " ".join(added.text().split())


def test_the_card_names_the_file_line_and_speaker_label_next_to_the_source(page):
    card = page.css_first(f"#card-q-{TODAY}")
    rows = [" ".join(r.text().split()) for r in card.css(".card > span")]
    source = rows.index("Source Ana Lopez")
    assert rows[source + 1] == "In the source interview-lopez.txt, line 18, as \u201cMAYOR ANA LOPEZ\u201d"
    rents = [" ".join(r.text().split()) for r in page.css_first(f"#card-q-{RENTS}").css(".card > span")]
    assert "In the source interview-lopez.txt, line 28, as \u201cDANA WHITFIELD\u201d" in rents
    assert "Note The source gives these words to DANA WHITFIELD." in rents


def test_passes_are_quiet_with_their_note_and_problems_are_loud(page):
    elided = page.css_first(f"#card-q-{ELLIPSIS}")
    assert chip(elided.css_first(".ev-chip")) == ("Source check, passes: Shortened with an ellipsis", "\u2713 Shortened with an ellipsis")
    assert " ".join(elided.css_first(".ev-note").text().split()) == "Note The ellipsis leaves out 7 words (\u201cI grew up in the Eastside branch\u201d)"
    bracketed = page.css_first(f"#card-q-{BRACKETS}")
    assert chip(bracketed.css_first(".ev-chip"))[0] == "Source check, passes: Editor's words in brackets"
    assert bracketed.css_first(".ev-note").text() == "Note [Okafor] in place of the source's words before \u201cis\u201d"
    assert elided.css_first(".diff") is None and bracketed.css_first(".diff") is None
    classes = {n: page.css_first(f"#card-q-{n} .ev-chip").attributes["class"] for n in (VERBATIM, TODAY, RENTS, POLICE)}
    assert classes == {VERBATIM: "ev-chip ev-pass", TODAY: "ev-chip ev-error", RENTS: "ev-chip ev-error", POLICE: "ev-chip ev-warning"}
    # the card does not repeat the status's own finding under the chip; other findings stay
    assert page.css_first(f"#card-q-{TODAY} .card-finding") is None


def test_the_quotes_table_lists_every_checked_quotes_status(page):
    cells = {int(row.attributes["id"].rsplit("-", 1)[1]): row.css_first("td.ev-cell") for row in page.css("#quotes tbody tr")}
    assert {n: c.attributes["data-evidence"] for n, c in cells.items()} == {
        VERBATIM: "verbatim", TODAY: "altered", EVERY_DAY: "altered", FULL: "altered", ELLIPSIS: "elided",
        BRACKETS: "bracketed", RENTS: "wrong_speaker", POLICE: "not_found", PARAPHRASE: "none",
    }
    assert chip(cells[RENTS].css_first(".ev-chip"))[0] == "Source check, error: Someone else said it"
    assert [d.text() for d in cells[TODAY].css("del")] == ["tonight"]  # the diff is printed with the table
    assert " ".join(cells[PARAPHRASE].text().split()) == "not checked (a paraphrase)"
    headers = [th.text() for th in page.css("#quotes thead th")]
    assert headers == ["#", "Grade", "Quote", "Speaker and source", "Source check", "Why this grade"]
    counted = page.css_first("[data-count=evidence]")
    assert (counted.css_first("dt").text(), counted.css_first(".big").text(), counted.css_first("small").text()) == (
        "Against the source", "8", "3 match; 3 differ, 1 said by someone else, 1 not found")


def test_the_fix_first_list_shows_the_diff_under_the_altered_quote(page):
    group = page.css_first("#fix li.group[data-rule=QA105]")
    items = group.css("li[id^=finding-item-]")
    assert [[d.text() for d in i.css(".diff del")] for i in items] == [["tonight"], ["single"], []]
    assert [[d.text() for d in i.css(".diff ins")] for i in items] == [["today"], [], ["full"]]


def test_a_page_without_source_material_has_no_source_check(audit_text):
    plain = LexborHTMLParser(render_article(audit_text(DRAFT), ToolInfo(), policy=[]))
    assert plain.css(".ev-chip") == [] and plain.css("del, ins") == [] and plain.css_first("[data-count=evidence]") is None
    assert "Source check" not in [th.text() for th in plain.css("#quotes thead th")]


def test_diff_and_chip_colours_keep_text_readable():
    for background in DIFF_COLOURS.values():
        assert contrast_ratio(TEXT_COLOUR, background) >= 4.5
    colour, _glyph = EVIDENCE_TONES["pass"]
    assert contrast_ratio(colour, "#ffffff") >= 4.5  # an outlined chip: its colour on white
    for tone in ("error", "warning"):  # a filled chip: white words on its colour
        assert contrast_ratio(BADGE_TEXT, EVIDENCE_TONES[tone][0]) >= 4.5


# --- Word comments ------------------------------------------------------------------------


def test_word_comments_flag_only_what_the_source_does_not_bear_out(tmp_path):
    draft = kit.save(kit.new_document(*PARAGRAPHS, title=HEADLINE), tmp_path / "budget-story.docx")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["audit", str(draft), "--evidence", str(TRANSCRIPT), "--format", "docx", "--out", str(out), "--exit-zero"])
    assert result.exit_code == 0, result.output
    comments = kit.ours(out / "budget-story.audited.docx")
    anchored = [" ".join(c["anchored"].split()) for c in comments]
    # the passes (word for word, ellipsis, brackets) get no comment
    for passing in (PARAGRAPHS[1], PARAGRAPHS[5], PARAGRAPHS[6]):
        quoted = passing[: passing.rindex('"') + 1]
        assert not any(quoted in a or a in quoted for a in anchored[1:] if a), quoted
    by_quote = {a: c["text"] for a, c in zip(anchored, comments)}
    today = by_quote['"Every line is online. Anyone can read it today,"']
    label, message = today.splitlines()[:2]
    assert label == "Quote differs from source"
    assert re.fullmatch(r"The quote's words differ from \S*interview-lopez\.txt, line 18: evidence says \u201ctonight\u201d, draft says \u201ctoday\u201d", message), message
    assert "draft leaves out \u201csingle\u201d" in by_quote['"I worry about it every day,"']
    assert "draft adds \u201cfull\u201d" in by_quote['"Our permitting process is too slow, and I take full responsibility for it,"']
    summary = comments[0]["text"].splitlines()
    assert "Quotes checked against the source material: 8 (3 match; 3 differ, 1 said by someone else, 1 not found)." in summary

