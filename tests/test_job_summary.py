"""``--format markdown``: the job summary a CI maintainer and the desk read on the run's
page. Checked the way GitHub shows it: rendered as Markdown (tables on, HTML allowed), then
read cell by cell."""

from __future__ import annotations

import io

import pytest
from markdown_it import MarkdownIt
from selectolax.lexbor import LexborHTMLParser

from quoteaudit.model import DocumentAudit, Finding, Severity, ToolInfo
from quoteaudit.report.summary import MAX_ROWS, MarkdownReporter

from .gate_helpers import ONLY_TEST_RULES, audit_json, gate_rules, invoke, write_files  # noqa: F401

WARNING = "The contractor allegedly overbilled the city.\n"
ERROR = "The contractor reportedly overbilled the city.\n"


def rendered(markdown: str) -> LexborHTMLParser:
    return LexborHTMLParser(MarkdownIt("commonmark").enable("table").render(markdown))


def table(markdown: str) -> list[list[str]]:
    page = rendered(markdown)
    return [[cell.text() for cell in row.css("td")] for row in page.css("tbody tr")]


@pytest.fixture
def newsroom(tmp_path, monkeypatch, gate_rules):
    write_files(tmp_path, {"quoteaudit.toml": ONLY_TEST_RULES, "news/a.md": WARNING, "news/b.md": ERROR})
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_failing_and_unreadable_articles_come_first_with_their_verdict(newsroom):
    result = invoke("audit", "news", "missing.md", "--format", "markdown")
    assert result.exit_code == 2
    page = rendered(result.stdout)
    assert page.css_first("h2").text() == "quoteaudit: 1 of 3 articles failed the policy, 1 could not be read"
    assert page.css_first("p").text() == "2 articles audited: 1 failed, 1 passed; 1 error, 1 warning, 0 suggestions in 2 articles; 1 article fails the policy; 1 input could not be read."
    assert [c.text() for c in page.css("thead th")] == ["Article", "Grade", "Verdict", "Top findings"]
    # the grade is the one every other format gives the article
    grades = {path: f"{d['grade']} ({d['score']})" for path, d in audit_json("news")[1].items()}
    assert table(result.stdout) == [
        ["news/b.md", grades["news/b.md"], "\u274c fails: 1 error: Reported by whom? (QA099)", "Reported by whom? QA099 (error, line 1): 'reportedly': reported by whom?"],
        ["missing.md", "\u2014", "\u26a0\ufe0f not audited: missing.md: does not exist", "\u2014"],
        ["news/a.md", grades["news/a.md"], "\u26a0\ufe0f needs work", "Alleged by whom? QA098 (warning, line 1): 'allegedly': alleged by whom, and on what evidence?"],
    ]


def test_every_article_passing_says_so(newsroom):
    result = invoke("audit", "news/a.md", "--format", "markdown")
    assert result.exit_code == 0
    assert rendered(result.stdout).css_first("h2").text() == "quoteaudit: the article passes"


def test_out_writes_quoteaudit_md(newsroom):
    result = invoke("audit", "news", "--format", "markdown", "--out", "ci")
    assert result.exit_code == 1
    assert result.stdout == f"wrote {newsroom / 'ci' / 'quoteaudit.md'}\n"
    assert (newsroom / "ci" / "quoteaudit.md").read_text("utf-8").startswith("## quoteaudit: 1 of 2 articles failed the policy")


def test_an_article_cannot_add_markup_or_cells_to_the_page(newsroom):
    name = "news/<img src=x onerror=alert(1)> *draft* | [link](x.html) @desk.md"
    write_files(newsroom, {name: WARNING})
    result = invoke("audit", name, "--format", "markdown")
    page = rendered(result.stdout)
    assert page.css("img") == [] and page.css("a") == [] and page.css("em") == []
    ((article, *rest),) = table(result.stdout)
    assert article == name
    assert len(rest) == 3


def test_top_findings_are_the_most_severe_three_and_the_rest_counted():
    doc = DocumentAudit(
        id="news/a.md",
        path="news/a.md",
        sha256="0",
        text="",
        score=48,
        grade="D",
        findings=[
            Finding("QA098", "flagged-allegedly", Severity.SUGGESTION, 10, 11, "a suggestion", line=1, column=1),
            Finding("QA098", "flagged-allegedly", Severity.WARNING, 90, 91, "a later warning", line=9, column=1),
            Finding("QA098", "flagged-allegedly", Severity.WARNING, 20, 21, "an earlier warning", line=2, column=1),
            Finding("QA099", "flagged-reportedly", Severity.ERROR, 120, 121, "x" * 300, line=12, column=1),
            Finding("QA098", "flagged-allegedly", Severity.SUGGESTION, 30, 31, "another suggestion", line=3, column=1),
        ],
    )
    out = io.StringIO()
    reporter = MarkdownReporter(ToolInfo(), stream=out, root=".", policy=lambda d: ["the attribution score 48 is below the newsroom's minimum of 60"])
    reporter.document(doc)
    reporter.finish()
    page = rendered(out.getvalue())
    (row,) = page.css("tbody tr")
    grade, verdict, top = (c for c in row.css("td")[1:])
    assert (grade.text(), verdict.text()) == ("D (48)", "\u274c fails: the attribution score 48 is below the newsroom's minimum of 60")
    lines = top.html.removeprefix("<td>").removesuffix("</td>").split("<br>")
    assert [LexborHTMLParser(line).text() for line in lines] == [
        "Flagged reportedly QA099 (error, line 12): X" + "x" * 198 + "\u2026",
        "Flagged allegedly QA098 (warning, line 2): An earlier warning.",
        "Flagged allegedly QA098 (warning, line 9): A later warning.",
        "and 2 more: 2 suggestions",
    ]


def test_a_huge_run_lists_the_first_rows_and_counts_the_rest():
    out = io.StringIO()
    reporter = MarkdownReporter(ToolInfo(), stream=out, root=".", policy=lambda d: [])
    for n in range(MAX_ROWS + 5):
        reporter.document(DocumentAudit(id=f"news/{n}.md", path=f"news/{n}.md", sha256="0", text="", score=90, grade="A"))
    reporter.finish()
    assert len(table(out.getvalue())) == MAX_ROWS
    assert rendered(out.getvalue()).css_first("h2").text() == f"quoteaudit: all {MAX_ROWS + 5} articles pass"
    assert out.getvalue().strip().splitlines()[-1].startswith("5 more articles not listed here")
