"""GitHub Actions annotations as the runner parses them: where the finding is, escaped so
that neither a file name nor article text can break or forge a workflow command."""

from __future__ import annotations

import os

import pytest

from quoteaudit.report.github import command, escape_data, escape_property

from .gate_helpers import ONLY_TEST_RULES, gate_rules, invoke, write_files  # noqa: F401


@pytest.fixture
def newsroom(tmp_path, monkeypatch, gate_rules):
    write_files(tmp_path, {"quoteaudit.toml": ONLY_TEST_RULES})
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_finding_over_two_lines_is_annotated_without_columns(newsroom):
    from quoteaudit.model import Finding, Severity

    # a paraphrase flagged from line 3, column 12, to line 4, column 20
    finding = Finding("QA098", "flagged-allegedly", Severity.WARNING, 40, 80, "'allegedly': alleged by whom?", line=3, column=12, end_line=4, end_column=20)
    doc = _doc(newsroom / "news" / "a.md", [finding])
    assert _annotate(doc, newsroom) == [
        "::warning file=news/a.md,line=3,endLine=4,title=Alleged by whom? (QA098)::'allegedly': alleged by whom?"
    ]


def test_a_finding_on_one_line_keeps_its_columns(newsroom):
    from quoteaudit.model import Finding, Severity

    finding = Finding("QA098", "flagged-allegedly", Severity.WARNING, 15, 24, "'allegedly': alleged by whom?", line=1, column=16, end_line=1, end_column=25)
    doc = _doc(newsroom / "news" / "a.md", [finding])
    assert _annotate(doc, newsroom) == [
        "::warning file=news/a.md,line=1,col=16,endLine=1,endColumn=25,title=Alleged by whom? (QA098)::'allegedly': alleged by whom?"
    ]


def test_a_file_name_with_a_line_break_is_escaped_not_shown(newsroom):
    name = "council\nvote.md"
    write_files(newsroom, {f"news/{name}": "The councillor allegedly moved the funds.\n"})
    result = invoke("audit", "news", "--format", "github", "--no-cache")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == (
        "::warning file=news/council%0Avote.md,line=1,col=16,endLine=1,endColumn=25,"
        "title=Alleged by whom? (QA098)::'allegedly': alleged by whom, and on what evidence?"
    )


def test_a_name_with_a_real_backslash_n_is_kept_as_it_is(newsroom):
    if os.sep == "\\":
        pytest.skip("a backslash separates folders on Windows")
    write_files(newsroom, {"news/council\\nvote.md": "The councillor allegedly moved the funds.\n"})
    result = invoke("audit", "news", "--format", "github", "--no-cache")
    assert result.stdout.splitlines()[0].startswith("::warning file=news/council\\nvote.md,line=1,")


@pytest.mark.parametrize(
    ("value", "escaped"),
    [
        ("50%", "50%25"),
        ("a\rb", "a%0Db"),
        ("a\nb", "a%0Ab"),
        ("news/a:b.md", "news/a%3Ab.md"),
        ("news/a,b.md", "news/a%2Cb.md"),
        ("%0A", "%250A"),  # already escaped-looking text is escaped again, never decoded
    ],
)
def test_property_values_escape_percent_line_breaks_colon_and_comma(value, escaped):
    assert escape_property(value) == escaped


@pytest.mark.parametrize(("value", "escaped"), [("50%", "50%25"), ("a\r\nb", "a%0D%0Ab"), ("a: b, c", "a: b, c")])
def test_message_text_escapes_only_percent_and_line_breaks(value, escaped):
    assert escape_data(value) == escaped


def test_a_message_cannot_start_a_second_command():
    line = command("warning", 'he said "no"\n::error::forged', file="news/a.md")
    assert line == '::warning file=news/a.md::he said "no"%0A::error::forged'
    assert len(line.splitlines()) == 1


def _doc(path, findings):
    from quoteaudit.model import DocumentAudit

    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("x\n" * 5, encoding="utf-8")
    return DocumentAudit(id=str(path), path=str(path), sha256="0", text="x\n" * 5, findings=findings)


def _annotate(doc, root):
    import io

    from quoteaudit.model import ToolInfo
    from quoteaudit.report.github import GithubReporter

    out = io.StringIO()
    reporter = GithubReporter(ToolInfo(), stream=out, root=str(root))
    reporter.document(doc)
    return out.getvalue().splitlines()
