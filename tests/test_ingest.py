"""Each reader returns one Article whose offsets map back to the original file."""

from __future__ import annotations

import codecs
import json

import pytest

from quoteaudit.ingest import InputError, iter_articles, read_file, read_string


def only(items):
    items = list(items)
    assert len(items) == 1, items
    return items[0]


def source_at(source: str, line: int, column: int) -> str:
    """The original file from line:column (1-based), with any line ending."""
    lines = source.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return lines[line - 1][column - 1 :]


# -- plain text -------------------------------------------------------------------------


def test_plain_text_date_header_becomes_metadata_not_text(tmp_path):
    path = tmp_path / "tanf.txt"
    path.write_text(" date 2017-06-05 The US military says it has bolstered its forces.\n\nDillon said so.\n", encoding="utf-8")
    article = only(read_file(str(path)))
    assert article.metadata["date"] == "2017-06-05"
    assert article.text.startswith("The US military says")
    assert "2017-06-05" not in article.text
    assert article.line_col(0) == (1, 18)
    assert [article.text[p.start : p.end] for p in article.paragraphs] == [
        "The US military says it has bolstered its forces.",
        "Dillon said so.",
    ]


def test_plain_text_headline_is_a_heading_paragraph():
    article = only(read_string("City budget passes\n\nThe council voted 7-2 on Tuesday.\n", "text"))
    assert [(article.text[p.start : p.end], p.kind) for p in article.paragraphs] == [
        ("City budget passes", "heading"),
        ("The council voted 7-2 on Tuesday.", "body"),
    ]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_plain_text_line_column_with_any_line_ending(tmp_path, newline):
    raw = newline.join(["Headline here", "", "First paragraph.", "", "Mayor Jane Doe said no."]) + newline
    path = tmp_path / "a.txt"
    path.write_bytes(raw.encode("utf-8"))
    article = only(read_file(str(path)))
    offset = article.text.index("Jane Doe")
    assert article.line_col(offset) == (5, 7)
    assert len(article.paragraphs) == 3


WRAPPED = (
    "Council approves budget\n"
    "\n"
    "The city council approved a $40 million budget on Tuesday after a\n"
    "three-hour debate, the clerk said.\n"
    "\n"
    "\u201cThis budget protects the services people depend on,\u201d said Mayor Ana\n"
    "Lopez, who had pushed for the plan since January.\n"
)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_hard_wrapped_plain_text_reads_as_whole_sentences_with_offsets_kept(tmp_path, newline):
    raw = WRAPPED.replace("\n", newline)
    path = tmp_path / "wrapped.txt"
    path.write_bytes(raw.encode("utf-8"))
    article = only(read_file(str(path)))
    assert "said Mayor Ana" + " " * len(newline) + "Lopez, who" in article.text
    assert "after a" + " " * len(newline) + "three-hour" in article.text
    assert len(article.text) == len(raw)
    assert article.text.startswith("Council approves budget" + newline)  # the headline keeps its line
    assert article.line_col(article.text.index("Lopez")) == (7, 1)
    assert [p.kind for p in article.paragraphs] == ["heading", "body", "body"]


def test_a_byline_keeps_its_line_in_wrapped_text():
    text = (
        "Senate passes budget\n\nBy Jane Doe\n"
        "WASHINGTON \u2014 The Senate passed the bill on a vote of 74 to 24 after\n"
        "a long night of debate, the clerk said.\n"
    )
    article = only(read_string(text, "text"))
    assert "By Jane Doe\nWASHINGTON" in article.text
    assert "74 to 24 after a long night" in article.text


def test_one_paragraph_per_line_keeps_every_line_break():
    text = (
        "Latino voters react\n"
        "\u201cHe represents our greatest shame.\u201d \u2015 Sonya Herridge, a nurse who has lived in Phoenix for thirty years and voted in every election\n"
        "\u201cHe is ignorant of our culture and lives, and he makes simple blanket statements about people he does not know.\u201d \u2015 Pamela Padilla\n"
    )
    article = only(read_string(text, "text"))
    assert article.text == text


def test_jsonl_hard_wrapped_text_keeps_offsets_and_line_numbers(tmp_path):
    path = tmp_path / "wrapped.jsonl"
    path.write_text(json.dumps({"id": "w1", "text": WRAPPED}) + "\n", encoding="utf-8")
    article = only(read_file(str(path)))
    assert len(article.text) == len(WRAPPED)
    assert "said Mayor Ana Lopez, who" in article.text
    assert article.line_col(article.text.index("Lopez")) == (7, 1)


@pytest.mark.parametrize(
    "encoding,bom",
    [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-8", codecs.BOM_UTF8)],
)
def test_byte_order_marks_are_decoded(tmp_path, encoding, bom):
    path = tmp_path / "bom.txt"
    path.write_bytes(bom + "“It’s done,” the mayor said.\n".encode(encoding))
    article = only(read_file(str(path)))
    assert article.text.startswith("“It’s done,”")


def test_cp1252_curly_quotes_are_detected(tmp_path):
    path = tmp_path / "legacy.txt"
    body = "\u201cWe will rebuild the pier,\u201d said Harbor Master Ana Lopes, who called the storm the worst since 1998. " * 3
    path.write_bytes(body.encode("cp1252"))
    article = only(read_file(str(path)))
    assert article.text.startswith("\u201cWe will rebuild")


def test_latin1_text_is_decoded(tmp_path):
    path = tmp_path / "latin.txt"
    body = "The café owner, José Núñez, said the façade would reopen. " * 4
    path.write_bytes(body.encode("latin-1"))
    article = only(read_file(str(path)))
    assert "José Núñez" in article.text


# -- Markdown ----------------------------------------------------------------------------

MARKDOWN = """---
title: Council approves budget
date: 2024-03-12
---

# Council approves budget

The council voted **7-2** on [Tuesday](https://example.org) to approve it.

```python
print("not article text")
```

> "We will hold the agency to every number," Alvarez told reporters
> after the vote.

- A list item with a claim.
"""


def test_markdown_front_matter_code_and_blockquotes(tmp_path):
    path = tmp_path / "budget.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    article = only(read_file(str(path)))
    assert article.metadata == {"title": "Council approves budget", "date": "2024-03-12"}
    assert "not article text" not in article.text
    assert "title:" not in article.text
    kinds = [(article.text[p.start : p.end], p.kind) for p in article.paragraphs]
    assert kinds == [
        ("Council approves budget", "heading"),
        ("The council voted 7-2 on Tuesday to approve it.", "body"),
        ('"We will hold the agency to every number," Alvarez told reporters after the vote.', "blockquote"),
        ("A list item with a claim.", "list"),
    ]


@pytest.mark.parametrize("needle", ["7-2", "Tuesday", "Alvarez told", "after the vote", "A list item"])
def test_markdown_offsets_map_to_line_and_column(tmp_path, needle):
    path = tmp_path / "budget.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    article = only(read_file(str(path)))
    line, column = article.line_col(article.text.index(needle))
    assert source_at(MARKDOWN, line, column).startswith(needle)


def test_markdown_bad_front_matter_is_noted_not_fatal():
    article = only(read_string("---\ntitle: [unclosed\n---\n\nThe mayor said yes.\n", "markdown"))
    assert article.text == "The mayor said yes."
    assert "front_matter_error" in article.metadata


# -- HTML --------------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html><head><title>Harbor delay</title>
<meta property="article:published_time" content="2023-09-08">
<script>var tracking = "not text";</script><style>p{}</style></head>
<body>
<nav><a href="/">Home</a></nav>
<article>
<h1>Port delays dredging</h1>
<p>&ldquo;We are not going to rush this,&rdquo; Port Director
   Linda Chen said.</p>
<figure><img src="x.jpg"><figcaption>Cranes at the harbor.</figcaption></figure>
<p>Samples showed lead near Pier&nbsp;9.</p>
</article>
</body></html>
"""


def test_html_skips_script_style_nav_and_captions(tmp_path):
    path = tmp_path / "harbor.html"
    path.write_text(HTML, encoding="utf-8")
    article = only(read_file(str(path)))
    assert article.metadata["title"] == "Harbor delay"
    assert article.metadata["date"] == "2023-09-08"
    paragraphs = [(article.text[p.start : p.end], p.kind) for p in article.paragraphs]
    assert paragraphs == [
        ("Port delays dredging", "heading"),
        ("\u201cWe are not going to rush this,\u201d Port Director Linda Chen said.", "body"),
        ("Samples showed lead near Pier\u00a09.", "body"),
    ]
    for skipped in ("tracking", "Home", "Cranes", "p{}"):
        assert skipped not in article.text


@pytest.mark.parametrize("needle", ["Linda Chen", "Port Director", "Samples showed", "Port delays"])
def test_html_offsets_map_to_line_and_column(tmp_path, needle):
    path = tmp_path / "harbor.html"
    path.write_text(HTML, encoding="utf-8")
    article = only(read_file(str(path)))
    line, column = article.line_col(article.text.index(needle))
    assert source_at(HTML, line, column).startswith(needle)


def test_html_without_closing_head_still_reads_body():
    article = only(read_string("<html><head><title>T</title><p>The mayor said yes.</p>", "html"))
    assert article.text == "The mayor said yes."


# -- JSON Lines ----------------------------------------------------------------------------


def test_jsonl_each_line_is_an_article_with_its_id(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(
        '{"id": "a1", "text": "The mayor said yes.", "extra": {"publisher": "Ledger"}}\n'
        "\n"
        '{"id": "a2", "text": "Officials said no.\\n\\nNothing else."}\n'
        '{"id": "a3"}\n'
        "not json\n",
        encoding="utf-8",
    )
    items = list(read_file(str(path)))
    a1, a2, missing, broken = items
    assert (a1.id, a1.text, a1.metadata["publisher"]) == ("a1", "The mayor said yes.", "Ledger")
    assert a2.id == "a2" and len(a2.paragraphs) == 2
    assert a2.line_col(a2.text.index("Nothing")) == (3, 1)
    assert isinstance(missing, InputError) and str(missing) == f'{path}:line 4: has no "text" field'
    assert isinstance(broken, InputError) and str(broken).startswith(f"{path}:line 5: is not valid JSON")


# -- bad input -----------------------------------------------------------------------------


def test_bad_inputs_each_get_one_error_line_and_others_still_read(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "good.txt").write_text("The mayor said yes.", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04....")
    (tmp_path / "photo.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR")
    (tmp_path / "undecodable.txt").write_bytes(b"\x00\xff\x00\xfe" * 50)
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    items = list(iter_articles([str(tmp_path / "empty.txt"), str(tmp_path / "good.txt"), str(tmp_path / "notes.docx"),
                                str(tmp_path / "photo.md"), str(tmp_path / "undecodable.txt"), str(empty_dir)]))
    errors = [str(i) for i in items if isinstance(i, InputError)]
    articles = [i for i in items if not isinstance(i, InputError)]
    assert [a.text for a in articles] == ["The mayor said yes."]
    assert errors == [
        f"{tmp_path / 'empty.txt'}: is empty",
        f"{tmp_path / 'notes.docx'}: is damaged or incomplete (not a readable ZIP package: File is not a zip file)",
        f"{tmp_path / 'photo.md'}: is a PNG image, not an article; skipped",
        f"{tmp_path / 'undecodable.txt'}: looks binary (contains NUL bytes), not an article; skipped",
        f"{empty_dir}: is a directory with no articles (.txt, .md, .html, .jsonl, .docx)",
    ]
    assert all("\n" not in e for e in errors)


def test_directories_and_globs_are_expanded_in_order(tmp_path):
    (tmp_path / "b.md").write_text("Second.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First.", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text("Hidden.", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path)
    by_dir = [a.text for a in iter_articles([str(tmp_path)])]
    assert by_dir == ["First.", "Second."]
    by_glob = [a.text for a in iter_articles([str(tmp_path / "*.md")])]
    assert by_glob == ["Second."]


def test_a_registered_binary_reader_gets_the_upload_bytes_and_its_failures_name_the_file(monkeypatch):
    # how the Word reader plugs in: files on disk and `serve` uploads both reach it
    import quoteaudit.ingest as ingest
    from quoteaudit.ingest import Article, InputError, read_bytes

    seen = []

    def read_binary(data: bytes, name: str, max_bytes: int) -> Article:
        seen.append((data, name))
        if data.startswith(b"BAD"):
            raise ValueError("broken archive")
        return Article(id=name, path=name, text="The mayor said yes.", paragraphs=[])

    monkeypatch.setitem(ingest.FORMATS, ".bin", "binary-test")
    monkeypatch.setitem(ingest.BINARY_READERS, "binary-test", read_binary)
    (article,) = read_bytes(b"PK\x03\x04 any bytes", "draft.bin")
    assert article.text == "The mayor said yes." and seen == [(b"PK\x03\x04 any bytes", "draft.bin")]
    (error,) = read_bytes(b"BAD", "other.bin")
    assert isinstance(error, InputError)
    assert str(error) == "other.bin: could not be read: quoteaudit failed on it (ValueError: broken archive); please report this"
