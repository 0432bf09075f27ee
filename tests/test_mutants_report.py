"""What a code-scanning dashboard shows for a wire file and a desk file, written against
the mutants that survived the older suite (benchmarks/mutation.md). No schema and no
../shared: every expected value is spelled out."""

from __future__ import annotations

import json
import re

import pytest

from .gate_helpers import invoke, write_files

WIRE = (
    '{"id": "wire-0412", "text": "“We will not close the pier,” the harbour master said.\\n\\nIt is believed that the council will vote in June."}\n'
    # two findings in one story: "Officials" is vague (QA201); the placed spokesman owes a
    # reason for his anonymity (QA202)
    '{"id": "wire-0413", "text": "Officials say the ferry will run again by Friday. A port spokesman said the repairs were done."}\n'
)
DESK = "It is believed that the council will vote in June.\n"


@pytest.fixture
def desk(tmp_path, monkeypatch):
    write_files(tmp_path, {"wire.jsonl": WIRE, "desk.txt": DESK})
    monkeypatch.chdir(tmp_path)
    return tmp_path


def sarif_results(*paths):
    result = invoke("audit", *paths, "--format", "sarif", "--no-cache")
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["runs"][0]["results"]


def test_a_finding_in_a_wire_file_names_its_story_and_a_desk_file_needs_no_name(desk):
    results = sarif_results("wire.jsonl", "desk.txt")
    assert [(r["ruleId"], r["message"]["text"]) for r in results] == [
        ("QA302", "[wire-0412] “It is believed” does not say who is behind it."),
        ("QA201", "[wire-0413] “Officials” does not tell the reader who they are or how they know."),
        ("QA202", "[wire-0413] The article never says why “A port spokesman” cannot be named."),
        ("QA302", "“It is believed” does not say who is behind it."),
    ]
    assert [r["properties"]["article"] for r in results] == ["wire-0412", "wire-0413", "wire-0413", "desk.txt"]
    assert [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results] == ["wire.jsonl"] * 3 + ["desk.txt"]


def test_every_result_carries_a_fingerprint_for_code_scanning(desk):
    results = sarif_results("wire.jsonl", "desk.txt")
    prints = [r["partialFingerprints"]["quoteaudit/v1"] for r in results]
    assert all(re.fullmatch(r"[0-9a-f]{20}", p) for p in prints), prints
    # the story's two findings are two alerts, not one
    assert prints[1] != prints[2]
    # the same weasel sentence is the same alert wherever it stands
    assert prints[0] == prints[3]


# --- the seed-21 survivors (benchmarks/mutation-out, issue 19) ---------------------------


def test_an_unreadable_file_is_marked_error_in_the_terminals_red(desk):
    # what an editor sees in a coloured terminal: the word "error" in bold red, then why
    result = invoke("audit", "missing.md", "--color", "always", "--no-cache")
    assert result.exit_code == 2
    assert result.stdout.splitlines()[0] == "\x1b[1;31merror\x1b[0m: missing.md: does not exist"


def test_code_scanning_tags_every_rule_quoteaudit_and_its_family(desk):
    result = invoke("audit", "desk.txt", "--format", "sarif", "--no-cache")
    rules = {r["id"]: r for r in json.loads(result.stdout)["runs"][0]["tool"]["driver"]["rules"]}
    # GitHub lists these tags under each alert; lower case, as the tool is spelled
    assert rules["QA101"]["properties"]["tags"] == ["quoteaudit", "quotes"]
    assert rules["QA201"]["properties"]["tags"] == ["quoteaudit", "sources"]
    assert rules["QA302"]["properties"]["tags"] == ["quoteaudit", "claims"]


def test_the_job_summary_says_not_scored_for_a_story_without_quotes_or_claims(desk):
    (desk / "notice.md").write_text("The council met on Tuesday at the town hall.\n", encoding="utf-8")
    result = invoke("audit", "notice.md", "--format", "markdown", "--no-cache")
    assert result.exit_code == 0
    assert "| notice.md | not scored | \u2705 passes | none |" in result.stdout.splitlines()


def test_a_github_annotation_names_the_file_from_the_repository_root_not_the_desk_folder(tmp_path, monkeypatch):
    # a CI job that audits from the newsroom's sub-folder: GitHub places annotations by
    # the path from the repository's root, so "desk.txt" alone would land on no file
    import subprocess

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    write_files(tmp_path, {"news/desk.txt": DESK})
    monkeypatch.chdir(tmp_path / "news")
    result = invoke("audit", "desk.txt", "--format", "github", "--no-cache")
    assert result.stdout.splitlines()[0] == (
        "::warning file=news/desk.txt,line=1,col=1,endLine=1,endColumn=51,title=Who believes this? (QA302)"
        "::\u201cIt is believed\u201d does not say who is behind it."
    )


def test_the_html_index_lists_an_unreadable_feed_before_a_failing_story_that_scored_zero(tmp_path):
    # an input error needs fixing before anything else, even before a story at 0/100
    # whose name sorts earlier
    from .test_html_report import error_doc, newsroom_audit, parse, write_run

    zero = newsroom_audit(doc_id="news/anonymous.md", metadata={"title": "Anonymous story"})
    zero.score, zero.grade = 0, "F"
    reasons = ["1 error: Quote with no speaker (QA101)", "the attribution score 0 is below the newsroom's minimum of 60"]
    out = write_run(tmp_path, [zero, error_doc("wire/feed.jsonl:3")], policy=lambda doc: reasons)
    rows = parse((out / "index.html").read_text(encoding="utf-8")).css("tbody tr")
    assert [r.css_first("a").attributes["href"] for r in rows] == ["feed.jsonl-3.html", "anonymous.html"]
    assert "could not be audited" in rows[0].text()
    assert rows[1].text().startswith("Fails the newsroom policy")


# --- the training sample's survivors (seed 100, issue 19) --------------------------------


def test_a_story_whose_id_has_no_latin_letters_gets_a_page_named_by_ten_hex_digits():
    from quoteaudit.report.base import slugify

    # a JSON Lines story with the id "東京": sha256 of its UTF-8 begins 130016b2599b…,
    # and the page keeps ten digits
    assert slugify("東京") == "article-130016b259"


def test_a_feed_id_cut_in_the_middle_of_an_emoji_still_gets_a_page_name():
    from quoteaudit.report.base import slugify

    # a JSON Lines id "\ud83d" (half of a surrogate pair) is a lone surrogate in Python;
    # its UTF-8 bytes with surrogatepass are ed a0 bd, whose sha256 begins 7586f70fb8
    assert slugify("\ud83d") == "article-7586f70fb8"


def test_a_comment_on_words_before_a_tab_in_the_same_run_leaves_the_paragraph_as_written(tmp_path):
    # Word keeps "said,<tab>the plan" in one run; anchoring the comment on "officials"
    # splits that run, and everything after the split, tab included, must follow in order
    from typer.testing import CliRunner

    from quoteaudit.cli import app

    from . import docxkit as kit

    document = kit.new_document()
    document.add_paragraph().add_run("Two years ago, officials said,\tthe plan was dropped.")
    path = kit.save(document, tmp_path / "tab.docx")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["audit", str(path), "--format", "docx", "--out", str(out), "--exit-zero", "--no-cache"])
    assert result.exit_code == 0, result.output
    written = out / "tab.audited.docx"
    assert "officials" in [c["anchored"] for c in kit.ours(written)]
    import docx

    assert [p.text for p in docx.Document(str(written)).paragraphs] == ["Two years ago, officials said,\tthe plan was dropped."]


def test_a_point_at_the_very_end_of_the_article_anchors_no_comment():
    from quoteaudit.report.docx import anchor_span

    # a finding about the whole story can sit at its last offset; after trailing white
    # space there is no word to anchor on, so no comment (and no crash)
    text = "Critics say the vote was rushed. "
    assert anchor_span(text, len(text), len(text)) == (len(text), len(text))
    assert anchor_span(text, len(text) - 1, len(text)) == (len(text), len(text))
    assert anchor_span(text, 0, 7) == (0, 7)


def test_a_draft_changed_during_the_audit_is_reported_on_stderr_not_in_the_list_of_written_files(tmp_path, capsys):
    import io

    from quoteaudit.model import DocumentAudit, ToolInfo
    from quoteaudit.report.docx import DocxReporter

    from . import docxkit as kit

    path = kit.save(kit.new_document("Critics say the vote was rushed."), tmp_path / "vote.docx")
    listing = io.StringIO()
    reporter = DocxReporter(ToolInfo(), out_dir=str(tmp_path / "out"), stream=listing)
    # the audit saw other bytes than the file now holds (someone saved the draft meanwhile)
    reporter.document(DocumentAudit(id=str(path), path=str(path), sha256="0" * 64, text="Critics say the vote was rushed."))
    message = f"{path}: changed while it was being audited; no reviewed copy written (audit it again)"
    assert reporter.write_errors == [message]
    assert listing.getvalue() == ""
    assert capsys.readouterr() == ("", f"quoteaudit: error: {message}\n")


def test_an_article_page_and_the_index_colour_a_grade_d_story_alike(tmp_path):
    from .test_html_report import newsroom_audit, parse, write_run

    weak = newsroom_audit(doc_id="news/weak.md", metadata={"title": "Weak story"})
    weak.score, weak.grade = 35, "D"
    strong = newsroom_audit(doc_id="news/strong.md", metadata={"title": "Strong story"})
    strong.score, strong.grade = 88, "A"
    out = write_run(tmp_path, [strong, weak])
    page_badge = parse((out / "weak.html").read_text(encoding="utf-8")).css_first("p.score .badge")
    rows = parse((out / "index.html").read_text(encoding="utf-8")).css("tbody tr")
    (index_badge,) = [r.css_first(".badge") for r in rows if r.css_first("a").attributes["href"] == "weak.html"]
    assert page_badge.attributes["class"] == index_badge.attributes["class"] == "badge g-d"
    assert page_badge.text() == index_badge.text() == "D"


def test_from_a_sub_folder_every_ci_format_names_the_article_from_the_repository_root(tmp_path, monkeypatch):
    import subprocess

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    write_files(tmp_path, {"news/desk.txt": DESK})
    monkeypatch.chdir(tmp_path / "news")
    summary = invoke("audit", "desk.txt", "--format", "markdown", "--no-cache").stdout
    rows = [line for line in summary.splitlines() if line.startswith("| news/")]
    assert len(rows) == 1 and rows[0].startswith("| news/desk.txt | ")
    assert rows[0].endswith(" | \u26a0\ufe0f needs work | **Who believes this?** QA302 (warning, line 1): \u201cIt is believed\u201d does not say who is behind it. |")
    sarif = json.loads(invoke("audit", "desk.txt", "--format", "sarif", "--no-cache").stdout)
    assert [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]] == ["news/desk.txt"]


def test_the_terminal_heads_each_wire_story_with_its_file_and_its_id(desk):
    lines = invoke("audit", "wire.jsonl", "--no-cache").stdout.splitlines()
    heads = [line for line in lines if not line.startswith(" ") and line.startswith("wire.jsonl")]
    assert heads == ["wire.jsonl [wire-0412]: needs work: 1 warning", "wire.jsonl [wire-0413]: needs work: 2 warnings"]


def test_code_scanning_gives_each_finding_the_rule_name_confidence_and_story_the_json_gives(desk):
    docs = [json.loads(line)["documents"][0] for line in invoke("audit", "wire.jsonl", "--format", "json", "--no-cache").stdout.splitlines()]
    expected = [{"name": f["name"], "confidence": round(f["confidence"], 3), "article": d["id"]} for d in docs for f in d["findings"]]
    assert [e["name"] for e in expected] == ["weasel-attribution", "vague-anonymous-source", "anonymous-without-reason"]
    assert [r["properties"] for r in sarif_results("wire.jsonl")] == expected


# --- the seed-22 measurement's survivors, killed after the score was recorded (biased) -----


def test_the_job_summary_with_an_unreadable_input_lists_every_row_and_says_nothing_is_left_out(desk):
    result = invoke("audit", "desk.txt", "missing.md", "--format", "markdown", "--no-cache")
    assert result.exit_code == 2
    lines = result.stdout.rstrip("\n").splitlines()
    assert [line.split(" | ")[0] for line in lines if line.startswith("| ") and not line.startswith("| ---")] == ["| Article", "| missing.md", "| desk.txt"]
    assert lines[-1].startswith("| desk.txt | ")
    assert "not listed here" not in result.stdout


def test_code_scanning_gives_a_findings_confidence_to_three_decimals(tmp_path):
    import io

    from quoteaudit.model import DocumentAudit, Finding, Severity, ToolInfo
    from quoteaudit.report.sarif import SarifReporter

    text = "Officials say the ferry will run again by Friday."
    finding = Finding(rule="QA201", name="vague-anonymous-source", severity=Severity.WARNING, start=0, end=9,
                      message="\u201cOfficials\u201d does not tell the reader who they are or how they know.", line=1, column=1,
                      confidence=0.87654)
    out = io.StringIO()
    reporter = SarifReporter(ToolInfo(), stream=out)
    reporter.document(DocumentAudit(id="ferry.txt", path="ferry.txt", sha256="2" * 64, text=text, findings=[finding]))
    reporter.finish()
    (result,) = json.loads(out.getvalue())["runs"][0]["results"]
    assert result["properties"] == {"name": "vague-anonymous-source", "confidence": 0.877, "article": "ferry.txt"}


def test_a_brand_colour_written_in_capitals_is_the_same_colour():
    from quoteaudit.report.html import contrast_ratio, relative_luminance

    # designers write "#1A5FB4" as often as "#1a5fb4"
    assert relative_luminance("#1A5FB4") == relative_luminance("#1a5fb4")
    assert contrast_ratio("#FFFFFF", "#000000") == pytest.approx(21.0)
    with pytest.raises(ValueError):
        relative_luminance("#1A5FBG")


def test_report_files_are_never_written_under_an_empty_folder_name(tmp_path):
    from quoteaudit.report.base import safe_join

    out = str(tmp_path / "reports")
    assert safe_join(out, "index.html") == str(tmp_path / "reports" / "index.html")
    for name in ("", "desk//index.html", "desk/", "./index.html", "../index.html"):
        with pytest.raises(ValueError):
            safe_join(out, name)


def test_an_uploaded_word_draft_gets_the_same_comments_as_the_command_line_gives_it(tmp_path):
    from typer.testing import CliRunner

    from quoteaudit.cli import app
    from quoteaudit.model import DocumentAudit
    from quoteaudit.report.docx import reviewed_docx

    from . import docxkit as kit

    path = kit.save(kit.new_document("Critics say the vote was rushed.", title="Council vote"), tmp_path / "vote.docx")
    runner = CliRunner()
    audited = runner.invoke(app, ["audit", str(path), "--format", "json", "--exit-zero", "--no-cache"])
    doc = DocumentAudit.from_dict(json.loads(audited.stdout)["documents"][0])
    result = runner.invoke(app, ["audit", str(path), "--format", "docx", "--out", str(tmp_path / "out"), "--exit-zero", "--no-cache"])
    assert result.exit_code == 0, result.output
    from_cli = kit.ours(tmp_path / "out" / "vote.audited.docx")
    # serve hands over the upload's bytes and never reopens a path
    uploaded = tmp_path / "upload.docx"
    uploaded.write_bytes(reviewed_docx(doc, [], path.read_bytes(), reread=False))
    # the summary on the title, then at least the vague "Critics"
    assert from_cli[0]["anchored"] == "Council vote" and "Critics" in [c["anchored"] for c in from_cli[1:]]
    assert [(c["anchored"], c["text"]) for c in kit.ours(uploaded)] == [(c["anchored"], c["text"]) for c in from_cli]
