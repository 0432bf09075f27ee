"""Counts agree across every format: the seeds audited once per format, each output read
back with its own parser, every per-article count compared with the JSON contract's: the
terminal text, HTML, SARIF, JUnit, GitHub annotations, the Markdown job summary and the
Word review comments.

The issue this guards against: the terminal and the HTML page once gave different counts
of named sources for the same article.
"""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from selectolax.lexbor import LexborHTMLParser
from typer.testing import CliRunner

from quoteaudit.cli import app

from . import docxkit
from .conftest import REPO

SEVERITIES = ("error", "warning", "suggestion")
#: a named document is on the record: the JSON contract's source types that count as named
NAMED = {"named_person", "named_organization", "document"}


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    """stdout of each format for ``audit seeds`` (html, docx: the folder it wrote)."""
    runner = CliRunner()
    out = {}
    cwd = Path.cwd()
    os.chdir(REPO)  # SARIF and JUnit name files relative to the repository
    try:
        for fmt in ("json", "text", "sarif", "junit", "github", "markdown"):
            result = runner.invoke(app, ["audit", "seeds", "--format", fmt, "--no-cache", "--color", "never"])
            assert result.exit_code == 1, result.output  # the reference article fails the policy
            out[fmt] = result.stdout
        for fmt in ("html", "docx"):
            out[fmt] = tmp_path_factory.mktemp(fmt)
            result = runner.invoke(app, ["audit", "seeds", "--format", fmt, "--out", str(out[fmt]), "--no-cache"])
            assert result.exit_code == 1, result.output
    finally:
        os.chdir(cwd)
    return out


@pytest.fixture(scope="module")
def truth(outputs):
    """Per article, from the JSON contract: severities, quotes, named quotes, sources,
    named sources."""
    counts = {}
    for line in outputs["json"].splitlines():
        doc = json.loads(line)["documents"][0]
        types = {s["id"]: s["type"] for s in doc["sources"]}
        severities = Counter(f["severity"] for f in doc["findings"])
        counts[doc["path"]] = {
            **{s: severities[s] for s in SEVERITIES},
            "quotes": len(doc["quotes"]),
            "quotes_named": sum(1 for q in doc["quotes"] if types.get(q["source"]) in NAMED),
            # a paraphrase or view held by nobody: no source, no speaker, no quotation marks
            "held": sum(1 for q in doc["quotes"] if q["source"] is None and q["speaker"] is None and q["kind"] == "indirect"),
            "sources": len(doc["sources"]),
            "named_sources": sum(1 for t in types.values() if t in NAMED),
        }
    assert len(counts) == 4
    return counts


def test_text_counts_match_the_json(outputs, truth):
    lines = outputs["text"].splitlines()
    seen = {}
    for i, line in enumerate(lines):
        path = line.split(": ", 1)[0]
        if path not in truth:
            continue
        stats = re.fullmatch(
            r"  attribution score \d+/100 \(grade \w, [\w ]+\); (\d+) quotes? \((\d+) from named sources(?:, (\d+) held by nobody)?\), "
            r"(\d+) sources? \((\d+) named\); (\d+) errors?, (\d+) warnings?, (\d+) suggestions?",
            lines[i + 1],
        )
        assert stats, lines[i + 1]
        quotes, named, held, sources, named_sources, e, w, s = (int(g or 0) for g in stats.groups())
        listed = Counter(re.search(r" QA\d{3} \[(\w+)\] ", f).group(1) for f in lines[i + 2 :] if f.startswith(f"  {path}:"))
        assert {"error": e, "warning": w, "suggestion": s} == {k: listed[k] for k in SEVERITIES}
        seen[path] = {"error": e, "warning": w, "suggestion": s, "quotes": quotes, "quotes_named": named, "held": held,
                      "sources": sources, "named_sources": named_sources}
    assert seen == truth
    totals = re.fullmatch(r"(\d+) errors?, (\d+) warnings?, (\d+) suggestions? in 4 articles; 1 article fails the policy", lines[-1])
    assert totals and tuple(map(int, totals.groups())) == tuple(sum(t[s] for t in truth.values()) for s in SEVERITIES)


def test_html_counts_match_the_json(outputs, truth):
    seen = {}
    for page in sorted(outputs["html"].glob("*.html")):
        if page.name == "index.html":
            continue
        tree = LexborHTMLParser(page.read_text(encoding="utf-8"))
        path = tree.css_first("footer").text().rsplit("line numbers refer to ", 1)[1].strip()
        dd = {d.attributes["data-count"]: " ".join(d.css_first("dd").text().split()) for d in tree.css(".counts > div")}
        quotes = int(dd["quotes"].split()[0])
        named = re.match(r"(\d+) of (\d+) quotes?", dd["named"])
        sources = re.match(r"(\d+) (\d+) named", dd["sources"])
        # the fix-first box and its folded suggestions list every finding once
        listed = Counter(li.parent.parent.attributes["data-severity"] for li in tree.css("#fix li[id^=finding-item-]"))
        chips = Counter(c.attributes["class"].split()[-1].removeprefix("sev-") for c in tree.css(".article a.chip"))
        assert chips == listed  # every seed finding has a place in the text, so a chip
        assert int(named.group(2)) == quotes
        held = re.search(r"\((\d+) held by nobody\)", dd["named"])
        seen[path] = {**{s: listed[s] for s in SEVERITIES}, "quotes": quotes, "quotes_named": int(named.group(1)),
                      "held": int(held.group(1)) if held else 0,
                      "sources": int(sources.group(1)), "named_sources": int(sources.group(2))}
    assert seen == truth
    index = LexborHTMLParser((outputs["html"] / "index.html").read_text(encoding="utf-8"))
    for row in index.css("tbody tr"):
        path = row.css_first("a").attributes["href"]
        doc = next(p for p in truth if Path(p).stem == Path(path).stem)
        found = re.fullmatch(r"(\d+) (\d+) errors?, (\d+) warnings?, (\d+) suggestions?", " ".join(row.css("td")[2].text().split()))
        assert tuple(map(int, found.groups()[1:])) == tuple(truth[doc][s] for s in SEVERITIES)
        assert int(row.css("td")[4].text()) == truth[doc]["quotes"]


def test_sarif_counts_match_the_json(outputs, truth):
    run = json.loads(outputs["sarif"])["runs"][0]
    levels = {"error": "error", "warning": "warning", "note": "suggestion"}
    seen = {p: Counter() for p in truth}
    for result in run["results"]:
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        seen[uri][levels[result.get("level", "warning")]] += 1
    assert {p: {s: c[s] for s in SEVERITIES} for p, c in seen.items()} == {p: {s: t[s] for s in SEVERITIES} for p, t in truth.items()}


def test_junit_counts_match_the_json(outputs, truth):
    suite = ET.fromstring(outputs["junit"]).find("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("4", "1", "0")
    for case in suite.findall("testcase"):
        path = case.get("file")
        text = "\n".join(filter(None, [(case.find("failure").text if case.find("failure") is not None else ""), case.find("system-out").text]))
        listed = Counter(re.search(r" QA\d{3} \[(\w+)\] ", line).group(1) for line in text.splitlines() if line.startswith(f"{path}:"))
        assert {s: listed[s] for s in SEVERITIES} == {s: truth[path][s] for s in SEVERITIES}, path
        stats = case.find("system-out").text.splitlines()[0]
        t = truth[path]
        held = f", {t['held']} held by nobody" if t["held"] else ""
        assert f"{t['quotes']} quotes ({t['quotes_named']} from named sources{held}), {t['sources']} sources ({t['named_sources']} named)" in stats


def test_github_counts_match_the_json(outputs, truth):
    commands = {"error": "error", "warning": "warning", "notice": "suggestion"}
    seen = {p: Counter() for p in truth}
    for line in outputs["github"].splitlines():
        match = re.match(r"::(\w+) file=([^,:]+),line=", line)
        if match:
            seen[match.group(2)][commands[match.group(1)]] += 1
    assert {p: {s: c[s] for s in SEVERITIES} for p, c in seen.items()} == {p: {s: t[s] for s in SEVERITIES} for p, t in truth.items()}
    total = tuple(sum(t[s] for t in truth.values()) for s in SEVERITIES)
    words = ", ".join(f"{n} {s if n == 1 else s + 's'}" for n, s in zip(total, SEVERITIES))
    assert outputs["github"].splitlines()[-1] == f"quoteaudit: {words} in 4 articles; 1 article fails the policy"


def _severity_counts(found: list[str]) -> dict[str, int]:
    counted = Counter(found)
    return {s: counted[s] for s in SEVERITIES}


def test_markdown_job_summary_counts_match_the_json(outputs, truth):
    page = LexborHTMLParser(MarkdownIt("commonmark").enable("table").render(outputs["markdown"]))
    scores = {}
    for line in outputs["json"].splitlines():
        doc = json.loads(line)["documents"][0]
        scores[doc["path"]] = f"{doc['grade']} ({doc['score']})"
    seen = {}
    for row in page.css("tbody tr"):
        article, grade, verdict, top = (" ".join(c.text().split()) for c in row.css("td"))
        assert grade == scores[article]
        assert verdict.startswith("\u274c fails") == (truth[article]["error"] > 0), verdict
        # the top findings by severity, then the rest counted by severity
        cell = row.css("td")[3].html.removeprefix("<td>").removesuffix("</td>").split("<br>")
        lines = [" ".join(LexborHTMLParser(line).text().split()) for line in cell]
        found = [re.search(r" QA\d{3} \((\w+)[,)]", line).group(1) for line in lines if not line.startswith("and ")]
        counted = _severity_counts(found)
        if lines[-1].startswith("and "):
            more = re.fullmatch(r"and (\d+) more: (.+)", lines[-1])
            rest = {re.sub("s$", "", part.split()[1]): int(part.split()[0]) for part in more.group(2).split(", ")}
            assert sum(rest.values()) == int(more.group(1))
            counted = {s: counted[s] + rest.get(s, 0) for s in SEVERITIES}
        seen[article] = counted
    assert seen == {p: {s: t[s] for s in SEVERITIES} for p, t in truth.items()}
    total = tuple(sum(t[s] for t in truth.values()) for s in SEVERITIES)
    words = ", ".join(f"{n} {s if n == 1 else s + 's'}" for n, s in zip(total, SEVERITIES))
    assert page.css_first("p").text() == f"4 articles audited: 1 failed, 3 passed; {words} in 4 articles; 1 article fails the policy."


def test_word_comments_match_the_json(outputs, truth):
    weak = {}
    for line in outputs["json"].splitlines():
        doc = json.loads(line)["documents"][0]
        weak[doc["path"]] = sum(1 for q in doc["quotes"] if q["strength"] and q["strength"]["grade"][:1] in "DF")
    by_stem = {Path(p).stem: p for p in truth}
    seen = {}
    files = sorted(outputs["docx"].glob("*.audited.docx"))
    assert len(files) == 4
    for path in files:
        article = by_stem[path.name.removesuffix(".audited.docx")]
        summary, *comments = docxkit.ours(path)
        # the first comment: the verdict, the score, then the counts line every format shares
        stats = re.search(
            r"^(\d+) quotes? \((\d+) from named sources(?:, (\d+) held by nobody)?\), (\d+) sources? \((\d+) named\); "
            r"(\d+) errors?, (\d+) warnings?, (\d+) suggestions?\.$",
            summary["text"], re.MULTILINE,
        )
        assert stats, summary["text"]
        quotes, named, held, sources, named_sources, e, w, s = (int(g or 0) for g in stats.groups())
        # one comment per finding (its last line: code, name, severity), one per weak quote
        found = [re.fullmatch(r"QA\d{3} [\w-]+ \((\w+)\)", c["text"].splitlines()[-1]) for c in comments]
        findings = _severity_counts([m.group(1) for m in found if m])
        weak_comments = [c for c in comments if c["text"].startswith("Weak quote: grade ")]
        assert len(comments) == sum(findings.values()) + len(weak_comments)
        assert len(weak_comments) == weak[article]
        assert findings == {"error": e, "warning": w, "suggestion": s}
        seen[article] = {**findings, "quotes": quotes, "quotes_named": named, "held": held, "sources": sources, "named_sources": named_sources}
    assert seen == truth
