"""The report model: one place that counts, orders and words what every rendering says."""

from __future__ import annotations

import re

import pytest

from quoteaudit.model import DocumentAudit, Finding, Paragraph, Severity, Source, SourceType
from quoteaudit.report.model import (
    RunTotals,
    article_report,
    by_severity,
    headline,
    item_line,
    score_steps,
)
from quoteaudit.rules import load_all

from .conftest import REPO
from .test_html_report import newsroom_audit

SEEDS = sorted((REPO / "seeds").iterdir())


@pytest.fixture(scope="module")
def seed_docs(nlp):
    """Every seed article audited in-process with the default config."""
    from quoteaudit.gate.config import Config
    from quoteaudit.ingest import iter_articles
    from quoteaudit.pipeline import audit_article

    return [audit_article(a, nlp(a.text), Config()) for a in iter_articles([str(p) for p in SEEDS])]


# --- the title -------------------------------------------------------------------------


def test_title_is_the_headline_from_front_matter_or_an_opening_heading_else_the_path():
    text = "Council backs bus plan\n\nThe council voted 7-2 on Tuesday."
    opening = [Paragraph(0, 22, "heading"), Paragraph(24, len(text), "body")]
    doc = DocumentAudit(id="news/bus.txt", path="news/bus.txt", sha256="0" * 64, text=text, paragraphs=opening)
    assert headline(doc) == "Council backs bus plan"
    doc.metadata = {"title": "  Council backs   the bus plan "}
    assert headline(doc) == "Council backs the bus plan"
    plain = DocumentAudit(id="news/bus.txt", path="news/bus.txt", sha256="0" * 64, text=text,
                          paragraphs=[Paragraph(0, len(text), "body")], metadata={"title": True})
    assert headline(plain) == "news/bus.txt"


# --- what to fix first -----------------------------------------------------------------


def test_fix_first_holds_errors_then_warnings_grouped_by_rule_with_the_rules_own_advice():
    doc = newsroom_audit()
    t = doc.text
    doc.findings.append(Finding("QA301", "unattributed-claim", Severity.WARNING, 0, 29, "Another claim.", line=1, column=1))
    report = article_report(doc)
    assert [(g.severity, g.code, len(g.items)) for g in report.fix_first] == [
        (Severity.ERROR, "QA101", 1), (Severity.WARNING, "QA301", 2)]
    # within a group, reading order
    assert [i.finding.start for i in report.fix_first[1].items] == [0, t.index("Ridership")]
    assert [(g.severity, g.code) for g in report.suggestions] == [(Severity.SUGGESTION, "QA203")]
    rules = load_all()
    group = report.fix_first[0]
    assert group.label == "Quote with no speaker" == rules["QA101"].label
    assert group.how_to_fix == rules["QA101"].how_to_fix()  # one source of truth with `explain`
    item = group.items[0]
    assert (item.anchor, item.item_anchor, item.number) == ("finding-1", "finding-item-1", 1)
    assert item.excerpt == "Nobody asked the riders."  # the quote's own marks are left to the rendering


def test_terminal_order_is_severity_then_position():
    doc = newsroom_audit()
    doc.findings.insert(0, Finding("QA103", "loaded-attribution-verb", Severity.SUGGESTION, 5, 9, "Loaded.", line=1, column=6))
    order = [(i.severity.value, i.code) for i in by_severity(article_report(doc).items)]
    assert order == [("error", "QA101"), ("warning", "QA301"), ("suggestion", "QA103"), ("suggestion", "QA203")]


def test_a_finding_line_names_place_code_severity_and_label_before_the_message():
    item = article_report(newsroom_audit()).items[0]
    assert item_line("news/transit-cuts.md", item) == (
        "news/transit-cuts.md:11:1: QA101 [error] Quote with no speaker: Direct quote with no speaker.")


def test_a_word_document_finding_is_placed_by_paragraph_and_table_cell():
    doc = newsroom_audit()
    doc.findings[0].location = {"paragraph": 4}
    doc.findings[1].location = {"paragraph": 1, "table": 2, "row": 3, "cell": 1}
    first, second, third = article_report(doc).items
    assert (first.where, second.where, third.where) == ("paragraph 4", "paragraph 1 in table 2, row 3, cell 1", "line 15")
    assert item_line("story.docx", second).startswith("story.docx:paragraph 1 in table 2, row 3, cell 1: QA301 [warning] No source: ")
    assert item_line("story.md", third).startswith("story.md:15:1: QA203 [suggestion] ")


def test_a_rule_missing_from_the_registry_still_gets_words():
    doc = newsroom_audit()
    doc.findings = [Finding("QA999", "retired-check", Severity.WARNING, 0, 4, "old finding from a baseline")]
    (item,) = article_report(doc).items
    assert (item.label, item.message, item.how_to_fix) == ("Retired check", "Old finding from a baseline.", "")


# --- one verdict, and the score beside it ----------------------------------------------


def test_the_verdict_is_the_policys_in_words():
    doc = newsroom_audit()
    assert article_report(doc).verdict is None  # no policy given: no verdict
    fails = article_report(doc, ["the attribution score 35 is below the newsroom's minimum of 60"]).verdict
    assert (fails.status, fails.headline, fails.reasons) == ("fails", "Fails the newsroom policy", ("the attribution score 35 is below the newsroom's minimum of 60",))
    work = article_report(doc, []).verdict
    assert (work.status, work.headline) == ("needs work", "Needs work")
    assert work.detail == "It passes the newsroom policy, but 1 error and 1 warning are worth fixing before publication."
    doc.findings = [f for f in doc.findings if f.severity is Severity.SUGGESTION]
    clean = article_report(doc, []).verdict
    assert (clean.status, clean.headline, clean.detail) == ("passes", "Passes the newsroom policy", "Only 1 suggestion to consider.")


def test_the_grade_is_worded_as_a_score_not_a_verdict():
    report = article_report(newsroom_audit(), [])
    assert report.score_line == "attribution score 61/100 (grade C, mixed sourcing)"
    assert "fail" not in report.score_line and "pass" not in report.score_line


def test_score_arithmetic_becomes_points_and_words():
    steps = score_steps(["+47.5 mean of 14 quote scores, weighted by length (286 words)",
                         "-15 3 unattributed claims (-5 each)", "= 28", "= 100 (kept within 0-100)", "a note"])
    assert [(s.points, s.text, s.total) for s in steps] == [
        ("+47.5", "mean of 14 quote scores, weighted by length (286 words)", False),
        ("-15", "3 unattributed claims (-5 each)", False),
        ("28", "score", True),
        ("100", "kept within 0-100", True),
        ("", "a note", False),
    ]


# --- counts ----------------------------------------------------------------------------


def test_named_sources_are_counted_one_way_for_quotes_and_sources():
    """The terminal once counted named people and organisations, the page also named
    documents: a named document is on the record for both now."""
    doc = newsroom_audit()
    doc.sources.append(Source("s6", "the 2023 city budget", SourceType.DOCUMENT, is_document=True))
    doc.quotes[7].source = "s6"
    c = article_report(doc).counts
    assert (c.sources, c.named_sources) == (6, 3)
    assert (c.quotes, c.quotes_named, c.quotes_anonymous, c.quotes_no_source) == (8, 5, 2, 1)
    assert c.sources_by_type["document"] == 1
    assert c.findings_line() == "1 error, 1 warning, 1 suggestion"


def test_run_totals_count_audited_articles_and_unreadable_inputs_apart():
    """One article audited and four inputs that could not be read: the closing line once
    said "5 article(s) audited, ... 4 input error(s)"."""
    totals = RunTotals()
    totals.add(article_report(newsroom_audit(), ["1 error: Quote with no speaker (QA101)"]))
    for n in range(4):
        totals.add(article_report(DocumentAudit(id=f"bad{n}.pdf", path=f"bad{n}.pdf", sha256="", text="", error="unknown extension")))
    assert totals.line() == "1 error, 1 warning, 1 suggestion in 1 article; 1 article fails the policy; 4 inputs could not be read"


def test_run_totals_say_when_every_article_passes_and_when_nothing_was_audited():
    totals = RunTotals()
    assert totals.line() == "no articles audited"
    for _ in range(2):
        totals.add(article_report(newsroom_audit(), []))
    assert totals.line() == "2 errors, 2 warnings, 2 suggestions in 2 articles; all pass the policy"


# --- the words of every finding on the seeds -------------------------------------------


def test_every_seed_finding_is_one_plain_sentence_that_does_not_repeat_its_label(seed_docs):
    rules = load_all()
    messages = [(f, article_report(doc).item_for(f).message) for doc in seed_docs for f in doc.findings]
    assert len(messages) > 10
    for finding, message in messages:
        rule = rules[finding.rule]
        assert re.match(r"^[A-Z\u201c]", message) and message.endswith("."), message
        own_words = re.sub(r"\u201c[^\u201d]*\u201d", "\u201c\u201d", message)  # the article's words aside
        assert not re.search(r"[.!?]\s+[A-Z]", own_words), message  # one sentence
        assert rule.name not in message and rule.name.replace("-", " ") not in message.lower(), message
        assert rule.label.lower().rstrip("?") not in message.lower(), message
        assert " \u2014 " not in message and "'said' is neutral" not in message, message
