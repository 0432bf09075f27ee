"""Reading a Word draft as an editor sees it: body paragraphs and table cells in order,
tracked changes accepted, nothing from headers, footers or comments; every finding
placed by paragraph (and table cell)."""

from __future__ import annotations

import json

from docx.shared import Pt
from typer.testing import CliRunner

from quoteaudit.cli import app
from quoteaudit.ingest import InputError, discover, read_file

from . import docxkit as kit

runner = CliRunner()


def read(path, **kw):
    (item,) = list(read_file(str(path), **kw))
    assert not isinstance(item, InputError), item
    return item


def paragraph_texts(article):
    return [(article.text[p.start : p.end], p.kind) for p in article.paragraphs]


def test_body_paragraphs_in_order_with_headings_and_lists(tmp_path):
    document = kit.new_document(title="Council votes to close library")
    document.add_heading("What happens next", 1)
    document.add_paragraph("The branch closes in May, the mayor said.")
    document.add_paragraph("Story hours move to the main library", style="List Bullet")
    document.add_paragraph("“Libraries are not a luxury,” one parent said.", style="Quote")
    article = read(kit.save(document, tmp_path / "draft.docx"))
    assert article.format == "docx"
    assert paragraph_texts(article) == [
        ("Council votes to close library", "heading"),
        ("What happens next", "heading"),
        ("The branch closes in May, the mayor said.", "body"),
        ("Story hours move to the main library", "list"),
        ("“Libraries are not a luxury,” one parent said.", "blockquote"),
    ]


def test_headers_footers_footnote_area_and_comments_are_not_article_text(tmp_path):
    document = kit.new_document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "DRAFT - NOT FOR PUBLICATION - officials said"
    section.footer.paragraphs[0].text = "Page 1 of 3, sources say"
    p = kit.runs(document, "The mayor ", "resigned", " on Tuesday.")
    kit.comment_on(document, p, "resigned", "Sources say she was pushed. Check with the desk.")
    article = read(kit.save(document, tmp_path / "draft.docx"))
    assert article.text == "The mayor resigned on Tuesday."
    assert [(c.author, c.text, article.text[c.start : c.end]) for c in article.word_comments] == [
        ("Maria Editor", "Sources say she was pushed. Check with the desk.", "resigned")
    ]


def test_table_cells_are_read_row_by_row_and_located_by_cell(tmp_path):
    document = kit.new_document("The council published its vote.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Member"
    table.cell(0, 1).text = "Vote"
    table.cell(1, 0).text = "Ana Lopez"
    table.cell(1, 1).text = "Officials said the count was wrong."
    document.add_paragraph("The library closes in May.")
    path = kit.save(document, tmp_path / "vote.docx")
    article = read(path)
    assert [t for t, _ in paragraph_texts(article)] == [
        "The council published its vote.", "Member", "Vote", "Ana Lopez", "Officials said the count was wrong.", "The library closes in May.",
    ]
    officials = article.text.index("Officials")
    assert article.location_at(officials) == {"paragraph": 5, "table": 1, "row": 2, "cell": 2}
    assert article.location_at(article.text.index("library")) == {"paragraph": 6}
    assert article.line_col(officials + 4) == (5, 5)  # paragraph:character


def test_empty_paragraphs_count_as_word_shows_them(tmp_path):
    document = kit.new_document("The mayor resigned.", "", "", "Officials said the vote was rigged.")
    article = read(kit.save(document, tmp_path / "gaps.docx"))
    assert article.location_at(article.text.index("Officials")) == {"paragraph": 4}


def test_tracked_changes_read_as_if_accepted(tmp_path):
    document = kit.new_document()
    p = document.add_paragraph()
    kit.plain(p, "The council voted ")
    kit.tracked(p, "del", "4-3")
    kit.tracked(p, "ins", "5-2")
    kit.plain(p, " on Tuesday")
    kit.tracked(p, "moveFrom", " after midnight")
    kit.plain(p, ", officials said.")
    article = read(kit.save(document, tmp_path / "tracked.docx"))
    assert article.text == "The council voted 5-2 on Tuesday, officials said."
    assert article.line_col(article.text.index("officials")) == (1, 35)


def test_a_deleted_paragraph_mark_joins_the_paragraph_to_the_next(tmp_path):
    document = kit.new_document("The council voted on Tuesday", ", officials said.")
    first = document.paragraphs[0]._p
    ppr = first.get_or_add_pPr()
    rpr = ppr.makeelement(kit.q("rPr"), {})
    rpr.append(rpr.makeelement(kit.q("del"), {kit.q("id"): "7", kit.q("author"): "Desk", kit.q("date"): "2024-03-12T09:00:00Z"}))
    ppr.append(rpr)
    article = read(kit.save(document, tmp_path / "joined.docx"))
    assert paragraph_texts(article) == [("The council voted on Tuesday, officials said.", "body")]
    assert article.location_at(article.text.index("officials")) == {"paragraph": 2}


def test_hidden_text_is_not_article_text(tmp_path):
    document = kit.new_document()
    p = kit.runs(document, "The mayor resigned", " (check: sources say she was pushed)", ".")
    p.runs[1].font.hidden = True
    article = read(kit.save(document, tmp_path / "hidden.docx"))
    assert article.text == "The mayor resigned."


def test_core_properties_become_metadata_and_the_author_a_byline(tmp_path):
    document = kit.new_document("I asked the mayor why. She said nothing.", author="Dana Columnist")
    document.core_properties.title = "Why the library matters"
    article = read(kit.save(document, tmp_path / "column.docx"))
    assert article.metadata["title"] == "Why the library matters"
    assert article.metadata["author"] == "Dana Columnist"
    assert article.metadata["created"].startswith("20")


def test_a_word_processors_default_author_is_no_byline(tmp_path):
    document = kit.new_document("The mayor resigned.")
    document.core_properties.author = "python-docx"
    assert "author" not in read(kit.save(document, tmp_path / "a.docx")).metadata


def test_unicode_and_an_image_keep_offsets(tmp_path):
    document = kit.new_document()
    document.add_paragraph("Zoë Ångström, the città’s mayor, said: “Ça suffit” 🚒.")
    kit.add_image(document)
    p = document.add_paragraph("Officials said the fire was set.")
    p.runs[0].font.size = Pt(14)
    article = read(kit.save(document, tmp_path / "unicode.docx"))
    assert article.text.startswith("Zoë Ångström, the città’s mayor, said: “Ça suffit” 🚒.")
    officials = article.text.index("Officials")
    # the picture's paragraph has no text but is a paragraph
    assert article.location_at(officials) == {"paragraph": 3}
    assert article.text[officials : officials + 9] == "Officials"


def test_folders_and_globs_pick_up_docx_but_not_words_owner_files(tmp_path):
    kit.save(kit.new_document("The mayor resigned."), tmp_path / "draft.docx")
    (tmp_path / "~$draft.docx").write_bytes(b"\x0bMaria Editor" + b"\x00" * 150)  # Word's lock file
    assert list(discover([str(tmp_path)])) == [str(tmp_path / "draft.docx")]
    assert list(discover([str(tmp_path / "*.docx")])) == [str(tmp_path / "draft.docx")]


def test_json_and_sarif_and_text_give_the_paragraph_and_cell(tmp_path):
    document = kit.new_document("The mayor resigned on Tuesday.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 1).text = "Sources said the count was wrong."
    path = kit.save(document, tmp_path / "vote.docx")

    result = runner.invoke(app, ["audit", str(path), "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    doc = json.loads(result.stdout)["documents"][0]
    vague = next(f for f in doc["findings"] if f["rule"] == "QA201")
    assert vague["location"] == {"paragraph": 3, "table": 1, "row": 1, "cell": 2}
    assert (vague["line"], vague["column"]) == (3, 1)

    result = runner.invoke(app, ["audit", str(path)])
    assert f"{path}:paragraph 3 in table 1, row 1, cell 2: QA201 [warning]" in result.stdout

    out = tmp_path / "out"
    result = runner.invoke(app, ["audit", str(path), "--format", "junit", "--out", str(out)])
    assert f"{path}:paragraph 3 in table 1, row 1, cell 2: QA201 [warning] Vague source:" in (out / "quoteaudit.junit.xml").read_text("utf-8")

    result = runner.invoke(app, ["audit", str(path), "--format", "html", "--out", str(out)])
    page = (out / "vote.html").read_text("utf-8")
    assert "paragraph 3 in table 1, row 1, cell 2" in page and "line 3" not in page

    result = runner.invoke(app, ["audit", str(path), "--format", "sarif"])
    sarif = json.loads(result.stdout)
    res = next(r for r in sarif["runs"][0]["results"] if r["ruleId"] == "QA201")
    region = res["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["snippet"]["text"]) == (3, 1, "Sources")
    assert res["properties"]["wordLocation"] == {"paragraph": 3, "table": 1, "row": 1, "cell": 2}
