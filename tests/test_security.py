"""Security promises: article text, metadata, file names and config values never become
markup or script in a report; reports make no network requests; writes are atomic and
stay inside ``--out``; inputs are never written; config and front matter are data."""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat

import pytest
from selectolax.lexbor import LexborHTMLParser
from typer.testing import CliRunner

from quoteaudit.cli import app
from quoteaudit.report.base import ReportWriteError, atomic_write, safe_join, slugify

from .conftest import REPO

runner = CliRunner()

MARKER = "qa-xss"

PAYLOAD_MD = """---
title: '</title><script>alert("qa-xss-title")</script>'
author: '"><img src=x onerror=alert("qa-xss-author")>'
description: 'javascript:alert("qa-xss-description")'
slug: ../../escaped-slug
---

# Council budget <script>alert("qa-xss-heading")</script>

The mayor said <img src=x onerror=alert("qa-xss-inline")> the budget would pass on Tuesday.
"""

PAYLOAD_TXT = """<script>alert("qa-xss-text")</script>

"><img src=x onerror=alert("qa-xss-attr")> said the mayor, pointing to javascript:alert("qa-xss-js").

\u201cWe will </textarea></style></script><svg onload=alert("qa-xss-svg")> rebuild,\u201d said Jane <b onmouseover=alert("qa-xss-name")>Doe</b>.
"""

PAYLOAD_HTML = """<html><head><title>&lt;script&gt;alert("qa-xss-htmltitle")&lt;/script&gt;</title>
<meta name="author" content="&quot;&gt;&lt;img src=x onerror=alert(&quot;qa-xss-meta&quot;)&gt;"></head>
<body><p>&lt;script&gt;alert("qa-xss-entity")&lt;/script&gt; the mayor said.</p>
<p><a href="javascript:alert('qa-xss-href')">Click here</a>, the council said. <img src="https://tracker.example/pixel.png"></p>
</body></html>
"""

PAYLOAD_JSONL = "\n".join(
    json.dumps(record)
    for record in [
        {"id": '"><script>alert("qa-xss-id")</script>', "text": "The mayor said yes.", "title": '<script>alert("qa-xss-jsonl-title")</script>'},
        {"id": "javascript:alert('qa-xss-id2')", "text": "Officials said no.", "byline": "<img src=x onerror=alert('qa-xss-byline')>"},
    ]
) + "\n"

FILENAME = '<img src=x onerror=alert("qa-xss-file")>.txt'


@pytest.fixture(scope="module")
def payload_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("payloads")
    (folder / "front-matter.md").write_text(PAYLOAD_MD, encoding="utf-8")
    (folder / "body.txt").write_text(PAYLOAD_TXT, encoding="utf-8")
    (folder / "page.html").write_text(PAYLOAD_HTML, encoding="utf-8")
    (folder / "wire.jsonl").write_text(PAYLOAD_JSONL, encoding="utf-8")
    (folder / FILENAME).write_text("The mayor said the pier would reopen.", encoding="utf-8")
    config = folder / "quoteaudit.toml"
    config.write_text('allowed-speakers = ["<script>alert(\\"qa-xss-config\\")</script>"]\n', encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def payload_reports(payload_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    result = runner.invoke(app, ["audit", str(payload_dir), "--format", "html", "--out", str(out), "--config", str(payload_dir / "quoteaudit.toml")])
    assert result.exit_code in (0, 1), result.output
    pages = sorted(out.glob("*.html"))
    assert len(pages) == 7  # six articles and the index
    return {p.name: p.read_text("utf-8") for p in pages}


URL_ATTRIBUTES = {
    "href", "src", "srcset", "action", "formaction", "poster", "data", "background", "cite",
    "longdesc", "ping", "manifest", "icon", "codebase", "archive", "xlink:href", "lowsrc",
}
DATA_SCRIPT_TYPES = {"application/json", "application/ld+json"}


def _scheme(url: str) -> str | None:
    # browsers ignore whitespace and control characters inside a scheme ("java\nscript:")
    cleaned = re.sub(r"[\x00-\x20]", "", url).lower()
    m = re.match(r"([a-z][a-z0-9+.-]*):", cleaned)
    return m.group(1) if m else ("//" if cleaned.startswith("//") else None)


def injection_problems(page: str) -> list[str]:
    """Every way input could have become active content in ``page``."""
    tree = LexborHTMLParser(page)
    problems = []
    for node in tree.css("script"):
        kind = (node.attributes.get("type") or "").strip().lower()
        if MARKER in (node.text() or "") and kind not in DATA_SCRIPT_TYPES:
            problems.append(f"input inside an executable <script>: {node.html[:120]}")
    for node in tree.css("*"):
        for name, value in node.attributes.items():
            name = name.lower()
            value = value or ""
            if name.startswith("on") and MARKER in value:
                problems.append(f"input became an event handler: <{node.tag} {name}={value[:80]!r}>")
            if name in URL_ATTRIBUTES and _scheme(value) in ("javascript", "vbscript"):
                problems.append(f"script URL: <{node.tag} {name}={value[:80]!r}>")
            if name == "srcdoc" and MARKER in value:
                problems.append(f"input inside srcdoc: <{node.tag}>")
            if name == "src" and value == "x":
                problems.append(f"an input <{node.tag} src=x> became an element")
        if node.tag == "meta" and (node.attributes.get("http-equiv") or "").lower() == "refresh":
            problems.append("a meta refresh")
    return problems


def test_payloads_never_become_script_in_the_html_report(payload_reports):
    for name, page in payload_reports.items():
        assert injection_problems(page) == [], name


def _reading_text(page: str) -> str:
    """The page's text as read in order, without tooltip pop-ups spliced into it."""
    tree = LexborHTMLParser(page)
    for node in tree.css("[role=tooltip]"):
        node.decompose()
    return tree.body.text()


def test_payloads_are_shown_as_text(payload_reports):
    visible = "\n".join(_reading_text(page) for page in payload_reports.values())
    for shown in [
        '<script>alert("qa-xss-text")</script>',
        '"><img src=x onerror=alert("qa-xss-attr")>',
        'javascript:alert("qa-xss-js")',
        '<script>alert("qa-xss-entity")</script>',
        '<svg onload=alert("qa-xss-svg")>',
    ]:
        assert shown in visible, shown
    titles = [LexborHTMLParser(page).css_first("title").text() for page in payload_reports.values()]
    assert any('</title><script>alert("qa-xss-title")</script>' in t for t in titles), titles


def test_the_injection_check_catches_real_injection():
    """The checker itself must fail on the mistakes it is there to catch."""
    assert injection_problems('<p>x</p><script>alert("qa-xss-1")</script>')
    assert injection_problems('<img src=x onerror=alert("qa-xss-2")>')
    assert injection_problems('<a href=" java\tscript:alert(1)">x</a>')
    assert injection_problems('<script type="application/json">{"t": "</script><img src=x onerror=alert(\\"qa-xss-3\\")>"}</script>')
    assert not injection_problems('<script type="application/json">{"t": "\\u003cscript>alert(\\"qa-xss-4\\")"}</script>')
    assert not injection_problems('<p>&lt;script&gt;alert("qa-xss-5")&lt;/script&gt;</p>')


# -- no network requests -------------------------------------------------------------------

_CSS_URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)", re.IGNORECASE | re.DOTALL)
_CSS_IMPORT = re.compile(r"@import\s+(?:url\()?\s*['\"]?([^'\")\s;]+)", re.IGNORECASE)


def external_urls(page: str) -> list[str]:
    """URLs in ``page`` a browser would fetch from (or navigate to on) another host."""
    tree = LexborHTMLParser(page)
    found = []

    def check(url: str, where: str) -> None:
        url = url.strip()
        if url and _scheme(url) not in (None, "data"):
            found.append(f"{where}: {url[:100]}")

    for node in tree.css("*"):
        for name, value in node.attributes.items():
            if not value:
                continue
            name = name.lower()
            if name == "srcset":
                for candidate in value.split(","):
                    check(candidate.strip().split(" ")[0], f"<{node.tag} srcset>")
            elif name in URL_ATTRIBUTES:
                check(value, f"<{node.tag} {name}>")
            elif name == "style":
                for m in _CSS_URL.finditer(value):
                    check(m.group(2), f"<{node.tag} style> url()")
    for node in tree.css("style"):
        css = node.text() or ""
        for m in _CSS_URL.finditer(css):
            check(m.group(2), "<style> url()")
        for m in _CSS_IMPORT.finditer(css):
            found.append(f"<style> @import {m.group(1)}")
    return found


@pytest.fixture(scope="module")
def seed_reports(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed-reports")
    result = runner.invoke(app, ["audit", str(REPO / "seeds"), "--format", "html", "--out", str(out)])
    assert result.exit_code in (0, 1), result.output
    return {p.name: p.read_text("utf-8") for p in sorted(out.glob("*.html"))}


def test_reports_reference_no_external_url(seed_reports, payload_reports):
    for name, page in {**seed_reports, **payload_reports}.items():
        assert external_urls(page) == [], name


def test_the_external_url_check_catches_real_references():
    assert external_urls('<img src="https://tracker.example/p.png">')
    assert external_urls('<link rel="stylesheet" href="//cdn.example/x.css">')
    assert external_urls("<style>@import 'https://fonts.example/a.css'; body{}</style>")
    assert external_urls('<div style="background: url(http://x.example/a.png)"></div>')
    assert external_urls('<img srcset="a.png 1x, https://x.example/b.png 2x">')
    assert not external_urls('<a href="#q1">q</a><a href="tanf-2017-06-05.html">t</a><img src="data:image/png;base64,AAAA">')


# -- safe writes ---------------------------------------------------------------------------


def test_atomic_write_failure_keeps_the_old_report_and_leaves_no_temp_file(tmp_path, monkeypatch):
    import quoteaudit.report.base as base

    target = tmp_path / "tanf.html"
    target.write_text("old, complete report", encoding="utf-8")

    def fail(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(base.os, "replace", fail)
    with pytest.raises(ReportWriteError) as err:
        atomic_write(str(target), "new report")
    assert str(err.value) == f"cannot write {target} (No space left on device)"
    assert target.read_text("utf-8") == "old, complete report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tanf.html"]


def test_atomic_write_interrupted_leaves_no_temp_file(tmp_path, monkeypatch):
    import quoteaudit.report.base as base

    def interrupt(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(base.os, "replace", interrupt)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(str(tmp_path / "a.json"), "{}")
    assert list(tmp_path.iterdir()) == []


def test_atomic_write_replaces_a_symlink_instead_of_writing_through_it(tmp_path):
    victim = tmp_path / "outside.txt"
    victim.write_text("precious", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "story.html").symlink_to(victim)
    atomic_write(safe_join(str(out), "story.html"), "<p>report</p>")
    assert victim.read_text("utf-8") == "precious"
    assert not (out / "story.html").is_symlink()
    assert (out / "story.html").read_text("utf-8") == "<p>report</p>"


def test_written_reports_get_normal_file_permissions(tmp_path):
    atomic_write(str(tmp_path / "a.html"), "x")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE((tmp_path / "a.html").stat().st_mode) == 0o666 & ~mask


@pytest.mark.parametrize("name", ["../x.html", "/etc/passwd", "a/../../b.html", "", ".", "a\0b.html", "sub//x.html", "..\\..\\x.html"])
def test_safe_join_refuses_names_that_leave_the_folder(tmp_path, name):
    with pytest.raises(ValueError):
        safe_join(str(tmp_path), name)


def test_safe_join_refuses_a_subfolder_symlinked_outside(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "assets").symlink_to(tmp_path)
    with pytest.raises(ValueError):
        safe_join(str(out), "assets/app.js")
    assert safe_join(str(out), "story.html") == str(out.resolve() / "story.html")


@pytest.mark.parametrize(
    "article_id,slug",
    [("../../etc/passwd", "passwd"), ("..", None), ("/", None), ("C:\\news\\..\\evil.md", "evil"), ("con", "con-article"), ("Caf\u00e9 \u201cx\u201d.md", "Cafe-x")],
)
def test_slugify_is_a_plain_file_name(article_id, slug):
    name = slugify(article_id)
    assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", name), name
    assert ".." not in name
    if slug:
        assert name == slug


def _files_under(root):
    return sorted(os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(root) for f in fs)


@pytest.mark.parametrize("fmt,ext", [("html", ".html"), ("json", ".json")])
def test_report_names_from_ids_and_slugs_cannot_escape_out(tmp_path, fmt, ext):
    inputs = tmp_path / "in" / "deep" / "er"
    inputs.mkdir(parents=True)
    ids = ["../../etc/passwd-qa", "/tmp/absolute-qa", "..\\..\\windows-qa", "..", "index", "INDEX", "Index.md", "con"]
    (inputs / "wire.jsonl").write_text(
        "".join(json.dumps({"id": i, "text": f"The mayor said yes, story {n}."}) + "\n" for n, i in enumerate(ids)),
        encoding="utf-8",
    )
    (inputs / "slug.md").write_text("---\nslug: ../../../escaped-slug\ntitle: ../../t\n---\n\nThe mayor said yes.\n", encoding="utf-8")
    out = tmp_path / "in" / "out"
    before = _files_under(tmp_path)
    result = runner.invoke(app, ["audit", str(inputs), "--format", fmt, "--out", str(out)])
    assert result.exit_code in (0, 1), result.output
    after = _files_under(tmp_path)
    outside = [f for f in after if f not in before and not f.startswith("in/out/")]
    assert outside == []
    written = [f for f in os.listdir(out) if f.endswith(ext) and f != "index.html"]
    assert len(written) == len(ids) + 1  # every article its own file: none overwrote another
    assert all(f.startswith(".tmp") is False for f in os.listdir(out))
    if fmt == "html":
        index = LexborHTMLParser((out / "index.html").read_text("utf-8"))
        hrefs = sorted(a.attributes["href"] for a in index.css("a"))
        assert hrefs == sorted(written)


def _cache_files(root):
    return sorted(os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(root) for f in fs)


def test_cache_entries_are_written_whole_or_not_at_all(tmp_path, monkeypatch):
    import quoteaudit.run.cache as cache

    cache_dir = tmp_path / "cache"
    args = ["audit", str(REPO / "seeds"), "--format", "json", "--jobs", "1", "--cache-dir", str(cache_dir)]
    first = runner.invoke(app, args)
    assert first.exit_code in (0, 1), first.output
    entries = [f for f in _cache_files(cache_dir) if f.endswith(".json")]
    assert len(entries) == 4
    for name in entries:
        entry = json.loads((cache_dir / name).read_text("utf-8"))
        assert set(entry) == {"key", "document"}
    assert not [f for f in _cache_files(cache_dir) if ".tmp" in f]

    # a write that fails half-way (disk full, Ctrl-C) leaves no entry and no temporary file
    broken = tmp_path / "broken-cache"

    def fail(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache.os, "replace", fail)
    second = runner.invoke(app, [*args[:-1], str(broken)])
    assert second.exit_code == first.exit_code, second.output
    assert second.stdout == first.stdout  # the run itself lost nothing
    assert [f for f in _cache_files(broken) if f.endswith(".json") or ".tmp" in f] == []


def test_a_damaged_cache_entry_is_rebuilt_not_served(tmp_path):
    cache_dir = tmp_path / "cache"
    args = ["audit", str(REPO / "seeds" / "tanf-2017-06-05.txt"), "--format", "json", "--jobs", "1", "--cache-dir", str(cache_dir)]
    fresh = runner.invoke(app, args)
    (entry,) = [cache_dir / f for f in _cache_files(cache_dir) if f.endswith(".json")]
    entry.write_bytes(entry.read_bytes()[: entry.stat().st_size // 2])  # a torn write from another tool
    again = runner.invoke(app, args)
    assert again.exit_code == fresh.exit_code
    assert again.stdout == fresh.stdout
    json.loads(entry.read_text("utf-8"))  # and the entry is whole again


# -- inputs are read-only --------------------------------------------------------------------


def _snapshot(root):
    snap = {}
    for d, dirs, files in os.walk(root):
        for name in dirs + files:
            p = os.path.join(d, name)
            st = os.lstat(p)
            digest = hashlib.sha256(open(p, "rb").read()).hexdigest() if stat.S_ISREG(st.st_mode) else None
            snap[os.path.relpath(p, root)] = (st.st_mode, st.st_mtime_ns, st.st_size, digest)
    return snap


def test_inputs_are_never_written(tmp_path, payload_dir, monkeypatch):
    news = tmp_path / "news"
    news.mkdir()
    for src in [*sorted((REPO / "seeds").iterdir()), *sorted(payload_dir.iterdir())]:
        (news / src.name).write_bytes(src.read_bytes())
    (news / "quoteaudit.toml").write_text("max-bytes = 100000\n", encoding="utf-8")
    for p in news.iterdir():
        p.chmod(0o444)
    news.chmod(0o555)
    work = tmp_path / "elsewhere"
    work.mkdir()
    monkeypatch.chdir(work)
    before = _snapshot(news)
    try:
        for fmt in ("text", "json", "html"):
            result = runner.invoke(app, ["audit", str(news), "--format", fmt, "--out", str(tmp_path / f"out-{fmt}")])
            assert result.exit_code in (0, 1, 2), result.output
            assert "Traceback" not in result.output
    finally:
        news.chmod(0o755)
    assert _snapshot(news) == before


# -- config and front matter are data --------------------------------------------------------


@pytest.mark.parametrize(
    "config_text",
    [
        'model = "__import__(\'os\').system(\'touch {pwned}\')"\n',
        "model = !!python/object/apply:os.system ['touch {pwned}']\n",
        "import os; os.system('touch {pwned}')\n",
        'select = "!!python/object/apply:os.system [\'touch {pwned}\']"\n',
        "[tool.quoteaudit]\nmodel = {{ __class__ = \"os.system\" }}\n",
    ],
)
def test_a_config_file_cannot_run_code(tmp_path, config_text):
    pwned = tmp_path / "PWNED"
    config = tmp_path / "quoteaudit.toml"
    config.write_text(config_text.format(pwned=pwned), encoding="utf-8")
    (tmp_path / "a.txt").write_text("The mayor said yes.", encoding="utf-8")
    result = runner.invoke(app, ["audit", str(tmp_path / "a.txt"), "--config", str(config)])
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("quoteaudit: error: ")
    assert not pwned.exists()


@pytest.mark.parametrize(
    "tag",
    ["!!python/object/apply:os.system ['touch {pwned}']", "!!python/name:os.system", "!!python/object/new:os.system ['touch {pwned}']"],
)
def test_front_matter_python_tags_are_inert(tmp_path, tag):
    pwned = tmp_path / "PWNED"
    story = tmp_path / "story.md"
    story.write_text(f"---\ntitle: {tag.format(pwned=pwned)}\n---\n\nThe mayor said yes.\n", encoding="utf-8")
    result = runner.invoke(app, ["audit", str(story), "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    (doc,) = json.loads(result.stdout)["documents"]
    assert doc["text"] == "The mayor said yes."
    assert doc["metadata"]["front_matter_error"].startswith("front matter is not valid YAML (could not determine a constructor")
    assert not pwned.exists()


# -- terminal output -------------------------------------------------------------------------


def test_text_output_carries_no_terminal_escape_sequences_from_input(tmp_path):
    story = tmp_path / "esc\x1b[2J.txt"
    story.write_text("The council met on Tuesday.\n\n\u201cWe will rebuild \x1b[31m the pier \x1b]0;owned\x07 now.\u201d\n", encoding="utf-8")
    (tmp_path / "wire.jsonl").write_text(json.dumps({"id": "wire\x1b[2J\nfake: line", "text": "The mayor said yes."}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["audit", str(tmp_path), "--format", "text"])
    assert result.exit_code in (0, 1), result.output
    assert "QA101" in result.stdout and "\\x1b[31m" in result.stdout  # the orphan quote is reported, escape shown inert
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "\x1b" not in result.stderr
    assert not any(line.startswith("fake: line") for line in result.stdout.splitlines())


def test_an_unwritable_out_folder_is_one_error_line_not_a_traceback(tmp_path):
    import subprocess
    import sys

    blocker = tmp_path / "reports"
    blocker.write_text("a file where the report folder should be", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    story = REPO / "seeds" / "tanf-2017-06-05.txt"
    proc = subprocess.run(
        [sys.executable, "-m", "quoteaudit", "audit", str(story), "--format", "html", "--out", str(blocker / "html")],
        capture_output=True, text=True, env=env, cwd=tmp_path,
    )
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [
        f"quoteaudit: error: cannot write {blocker / 'html' / 'tanf-2017-06-05.html'} ({blocker} is a file, not a folder)"
    ]
    assert blocker.read_text("utf-8") == "a file where the report folder should be"
