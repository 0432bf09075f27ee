"""The HTML report in a real browser: Debian's headless Chromium, through its command
line and through Playwright (which drives the system Chromium; nothing is downloaded).

``scripts/test`` (the README's test command) installs Chromium when it is missing; on a
machine without it these tests fail with the command to install it
(``QUOTEAUDIT_NO_BROWSER=1`` skips them on purpose).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from quoteaudit.model import ToolInfo
from quoteaudit.report.html import HtmlReporter, document_title

from .conftest import REPO
from .test_html_report import EXTERNAL, newsroom_audit
from .test_report_evidence import TODAY, evidence_audit

SEED = REPO / "seeds" / "tanf-2017-06-05.txt"
WIDTH, HEIGHT = 1200, 1800

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    # nothing the page (or the browser itself) asks for can resolve to a real host
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--no-first-run",
    "--no-default-browser-check",
    "--hide-scrollbars",
]


@pytest.fixture(scope="module")
def chromium() -> str:
    if os.environ.get("QUOTEAUDIT_NO_BROWSER") == "1":
        pytest.skip("QUOTEAUDIT_NO_BROWSER=1: browser tests skipped on request")
    path = shutil.which("chromium") or ("/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None)
    if path is None:
        pytest.fail(
            "Chromium is not installed, so the HTML report cannot be checked in a browser. "
            "Install it with `apt-get install -y chromium` (scripts/test, the README's test command, does this) "
            "or set QUOTEAUDIT_NO_BROWSER=1 to skip these tests.",
            pytrace=False,
        )
    return path


def run_chromium(chromium: str, *args: str) -> subprocess.CompletedProcess:
    """One headless run with a fresh profile, so no state leaks between runs."""
    with tempfile.TemporaryDirectory(prefix="quoteaudit-chromium-") as profile:
        proc = subprocess.run(
            [chromium, *FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL,
        )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc


def dump_dom(chromium: str, page: Path, *extra: str) -> LexborHTMLParser:
    proc = run_chromium(chromium, *extra, "--dump-dom", page.as_uri())
    assert "</html>" in proc.stdout
    return LexborHTMLParser(proc.stdout)


@pytest.fixture(scope="module")
def seed_run(nlp, tmp_path_factory):
    """The seed article audited in-process (for its quotes) and written as an HTML page."""
    from quoteaudit.gate.config import Config
    from quoteaudit.ingest import iter_articles
    from quoteaudit.pipeline import audit_article

    (article,) = list(iter_articles([str(SEED)]))
    doc = audit_article(article, nlp(article.text), Config())
    out = tmp_path_factory.mktemp("seed-report")
    reporter = HtmlReporter(ToolInfo(), out_dir=str(out), stream=open(os.devnull, "w"))
    reporter.document(doc)
    reporter.stream.close()
    return doc, out / "tanf-2017-06-05.html"


@pytest.fixture(scope="module")
def fixture_page(tmp_path_factory):
    out = tmp_path_factory.mktemp("fixture-report")
    reporter = HtmlReporter(ToolInfo(), out_dir=str(out), stream=open(os.devnull, "w"))
    doc = newsroom_audit()
    reporter.document(doc)
    reporter.stream.close()
    return doc, out / "transit-cuts.html"


def png_facts(data: bytes) -> tuple[int, int, int]:
    """Width, height and how many different byte values the decoded pixels hold."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, b""
    width = height = 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    pixels = zlib.decompress(idat)
    return width, height, len(set(pixels))


def test_seed_report_renders_to_a_non_empty_png(chromium, tmp_path):
    """The editor's path: the command line writes the report, the browser draws it."""
    out = tmp_path / "reports"
    audit = subprocess.run(
        # --exit-zero: the seed fails the default policy (an orphan quote), which is not
        # what this test is about
        [sys.executable, "-m", "quoteaudit", "audit", str(SEED), "--format", "html", "--out", str(out), "--exit-zero"],
        capture_output=True, text=True, cwd=REPO, timeout=300,
    )
    assert audit.returncode == 0, audit.stderr
    page = out / "tanf-2017-06-05.html"
    shot = tmp_path / "seed.png"
    run_chromium(chromium, f"--window-size={WIDTH},{HEIGHT}", f"--screenshot={shot}", page.as_uri())
    width, height, distinct = png_facts(shot.read_bytes())
    assert (width, height) == (WIDTH, HEIGHT)
    # a blank or single-colour page decodes to a handful of byte values; text and
    # highlights give hundreds
    assert distinct > 64


def test_every_quote_of_the_seed_is_highlighted_in_the_browser_dom(chromium, seed_run):
    doc, page = seed_run
    assert doc.quotes, "the seed article is full of quotes"
    dom = dump_dom(chromium, page)
    assert dom.css_first("h1").text() == document_title(doc)
    firsts = [m.attributes["data-quote"] for m in dom.css("mark.q[data-part='1']")]
    assert sorted(firsts) == sorted(q.id for q in doc.quotes)
    for number, _quote in enumerate(doc.quotes, 1):
        assert dom.css_first(f"#card-q-{number}").attributes["role"] == "tooltip"


def test_every_kind_of_quote_is_highlighted_in_the_browser_dom(chromium, fixture_page):
    doc, page = fixture_page
    dom = dump_dom(chromium, page)
    firsts = [m.attributes["data-quote"] for m in dom.css("mark.q[data-part='1']")]
    assert firsts == [q.id for q in doc.quotes]  # reading order, nested and split quotes included
    assert len(dom.css("mark.q[data-quote='q3']")) == 2
    focusable = dom.css("mark.q[tabindex='0']")
    assert len(focusable) == len(doc.quotes)
    for mark in focusable:
        assert dom.css_first("#" + mark.attributes["aria-describedby"]).attributes["role"] == "tooltip"


def page_requests(chromium: str, page: Path, tmp_path: Path) -> list[str]:
    """URLs the page itself asked the network for, from Chromium's own network log.

    The browser's background traffic (updates, accounts) is in the log too, but only
    requests made for the page carry the page's ``file://`` network isolation key.
    """
    log = tmp_path / f"{page.stem}.netlog.json"
    dump_dom(chromium, page, f"--log-net-log={log}")
    netlog = json.loads(log.read_text(encoding="utf-8"))
    start_job = netlog["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    return [
        event["params"]["url"]
        for event in netlog["events"]
        if event["type"] == start_job and "file://" in event.get("params", {}).get("network_isolation_key", "")
    ]


def test_report_pages_make_no_network_requests(chromium, seed_run, fixture_page, tmp_path):
    for _doc, page in (seed_run, fixture_page):
        html = page.read_text(encoding="utf-8")
        assert not EXTERNAL.search(html), page.name
        assert page_requests(chromium, page, tmp_path) == []
    # the check itself can fail: a page with an external image and stylesheet is caught
    leaky = tmp_path / "leaky.html"
    leaky.write_text('<!DOCTYPE html><link rel="stylesheet" href="https://cdn.example.invalid/a.css">'
                     '<img src="http://example.invalid/x.png" alt="">', encoding="utf-8")
    assert set(page_requests(chromium, leaky, tmp_path)) == {"http://example.invalid/x.png", "https://cdn.example.invalid/a.css"}


# --- the editor's view, in Chromium driven by Playwright -------------------------------

SEEDS = REPO / "seeds"
DOCS = REPO / "docs"
#: widths of the README's screenshots: a laptop and a phone (iPhone 12-15: 390 CSS px)
DESKTOP, PHONE = 1280, 390


@pytest.fixture(scope="module")
def seed_pages(chromium, tmp_path_factory):
    """Every seed's page, written by the command line with the default policy."""
    out = tmp_path_factory.mktemp("seed-pages")
    audit = subprocess.run(
        # relative, so the pages (and the README's screenshots) name seeds/..., not this machine's folders
        [sys.executable, "-m", "quoteaudit", "audit", "seeds", "--format", "html", "--out", str(out), "--exit-zero", "--no-cache"],
        capture_output=True, text=True, cwd=REPO, timeout=300,
    )
    assert audit.returncode == 0, audit.stderr
    return {p.stem: p for p in out.glob("*.html") if p.name != "index.html"}


@pytest.fixture(scope="module")
def browser(chromium):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        # the system Chromium, never a downloaded one (no `playwright install`)
        b = p.chromium.launch(executable_path=chromium, args=[f for f in FLAGS if f != "--headless"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": DESKTOP, "height": 1000})
    tab = context.new_page()
    yield tab
    context.close()


def background(locator) -> str:
    return locator.evaluate("e => getComputedStyle(e).backgroundColor")


def test_fix_first_box_lists_errors_before_warnings_with_suggestions_folded(page, seed_pages):
    page.goto(seed_pages["tanf-2017-06-05"].as_uri())
    groups = page.locator("#fix li.group")
    severities = groups.evaluate_all("gs => gs.map(g => g.dataset.severity)")
    assert severities[0] == "error" and "warning" in severities
    assert severities == sorted(severities, key=["error", "warning", "suggestion"].index)
    # the box comes before the article, and its first line is the error
    assert page.locator("#fix").bounding_box()["y"] < page.locator("#article").bounding_box()["y"]
    assert page.locator("#fix li.group").first.inner_text().split("\n")[0].endswith("Quote with no speaker QA101")
    # suggestions are folded away until opened
    assert not page.locator("details.suggestions li.group").first.is_visible()
    page.locator("details.suggestions > summary").click()
    assert page.locator("details.suggestions li.group").first.is_visible()
    # each item links to its passage
    link = page.locator("#fix li[id^=finding-item-] a.where").first
    target = link.get_attribute("href")
    link.click()
    assert page.evaluate("location.hash") == target


def test_every_chip_has_an_accessible_name_in_words(page, seed_pages):
    from quoteaudit.rules import load_all

    labels = {r.label for r in load_all().values()}
    for stem, path in seed_pages.items():
        page.goto(path.as_uri())
        chips = page.locator(".article a.chip")
        assert chips.count() > 0, stem
        for i in range(chips.count()):
            chip = chips.nth(i)
            snapshot = chip.aria_snapshot()  # what a screen reader is given, e.g. - link "Warning: No source (QA301)"
            name = re.search(r'link "(.+?)"', snapshot).group(1)
            severity, rest = name.split(": ", 1)
            label, code = re.fullmatch(r"(.+) \((QA\d{3})\)", rest).groups()
            assert severity in ("Error", "Warning", "Suggestion") and label in labels, name
            # the message is the chip's tooltip: hidden until hovered or focused
            tip = page.locator("#" + chip.get_attribute("aria-describedby"))
            assert not tip.is_visible()
        chips.first.focus()
        tip = page.locator("#" + chips.first.get_attribute("aria-describedby"))
        assert tip.is_visible() and tip.inner_text().endswith(".")


def test_good_quotes_are_quiet_until_the_toggle_shows_every_grade(page, seed_pages):
    page.goto(seed_pages["tanf-2017-06-05"].as_uri())
    strong = page.locator("mark.q-first[data-grade='A']").first
    weak = page.locator("mark.q-first[data-grade='F']").first
    transparent = "rgba(0, 0, 0, 0)"
    assert background(strong) == transparent
    assert strong.evaluate("e => getComputedStyle(e).borderBottomWidth") == "1px"
    assert background(weak) != transparent  # a problem is loud by default
    assert weak.evaluate("e => getComputedStyle(e).borderBottomWidth") == "3px"
    page.get_by_label("Highlight every quote by grade").check()
    assert background(strong) == "rgb(211, 236, 217)"  # grade A's highlight
    assert strong.evaluate("e => getComputedStyle(e).borderBottomWidth") == "3px"
    page.get_by_label("Highlight every quote by grade").uncheck()
    assert background(strong) == transparent


def test_a_quote_inside_a_loud_quote_adds_no_second_colour(page, seed_pages):
    page.goto(seed_pages["tanf-2017-06-05"].as_uri())
    inner = page.locator("mark.q mark.q").first
    assert inner.count() == 1
    assert background(inner) == "rgba(0, 0, 0, 0)"


def test_the_title_is_the_headline_with_the_path_below_it(page, seed_pages):
    headlines = {
        "council-budget-2024-03-12": "Council approves $48 million transit budget after late-night vote",
        "harbor-dredging-2023-09-08": "Port authority delays harbor dredging after environmental review",
    }
    for stem, headline in headlines.items():
        page.goto(seed_pages[stem].as_uri())
        assert page.locator("h1").inner_text() == headline
        assert page.title() == f"{headline} \u2013 quoteaudit report"
        assert page.locator(".path").inner_text().endswith(stem + (".md" if stem.startswith("council") else ".html"))
    # a plain-text article whose first line is a headline
    page.goto(seed_pages["school-lunch-2025-01-21"].as_uri())
    first_line = (SEEDS / "school-lunch-2025-01-21.txt").read_text(encoding="utf-8").splitlines()[0].strip()
    assert page.locator("h1").inner_text() == first_line


def test_the_page_fits_a_phone_and_prints_the_folded_parts(browser, seed_pages):
    context = browser.new_context(viewport={"width": PHONE, "height": 844})
    tab = context.new_page()
    tab.goto(seed_pages["tanf-2017-06-05"].as_uri())
    assert tab.evaluate("document.documentElement.scrollWidth") <= PHONE  # no sideways scrolling
    tab.emulate_media(media="print")
    assert tab.locator("details.suggestions li.group").first.is_visible()
    assert tab.locator("details.how-score .steps").is_visible()
    assert not tab.locator(".toggle").is_visible() and not tab.locator("nav").is_visible()
    context.close()


def test_screenshots_at_desktop_and_phone_width(browser, seed_pages, tmp_path):
    """The README's screenshots. QUOTEAUDIT_WRITE_SCREENSHOTS=1 also writes them to docs/."""
    write = os.environ.get("QUOTEAUDIT_WRITE_SCREENSHOTS") == "1"
    for width, height, at, name in ((DESKTOP, 1500, None, "report.png"), (DESKTOP, 1100, "#article", "report-article.png"),
                                    (PHONE, 1700, None, "report-phone.png")):
        context = browser.new_context(viewport={"width": width, "height": height})
        tab = context.new_page()
        tab.goto(seed_pages["tanf-2017-06-05"].as_uri())
        if at:
            tab.locator(at).evaluate("e => window.scrollTo(0, e.getBoundingClientRect().top + window.scrollY - 8)")
        shot = tmp_path / name
        tab.screenshot(path=str(shot))
        context.close()
        got_width, _height, distinct = png_facts(shot.read_bytes())
        assert got_width == width and distinct > 64
        if write:
            shutil.copyfile(shot, DOCS / name)


# --- a draft checked against the interview it quotes ------------------------------------------


@pytest.fixture(scope="module")
def evidence_page(nlp, tmp_path_factory) -> Path:
    from quoteaudit.gate.config import Config
    from quoteaudit.gate.policy import failures

    doc = evidence_audit(nlp)
    out = tmp_path_factory.mktemp("evidence-report")
    reporter = HtmlReporter(ToolInfo(), out_dir=str(out), stream=open(os.devnull, "w"), policy=lambda d: failures(d, Config()))
    reporter.document(doc)
    reporter.stream.close()
    return out / "budget-story.html"


def test_the_altered_quotes_card_shows_the_word_diff(page, evidence_page, tmp_path):
    """Also the README's picture of it: QUOTEAUDIT_WRITE_SCREENSHOTS=1 writes
    docs/report-evidence.png."""
    page.goto(evidence_page.as_uri())
    quote = page.locator(f"#q-{TODAY}")
    card = page.locator(f"#card-q-{TODAY}")
    assert not card.is_visible()
    quote.focus()  # as a keyboard user reaches it
    assert card.is_visible()
    # the status chip is named in words, for a screen reader as for the eye
    chip = card.locator(".ev-chip")
    assert re.search(r'img "(.+?)"', chip.aria_snapshot()).group(1) == "Source check, error: Quote differs from source"
    assert chip.inner_text() == "\u2716 Quote differs from source"
    # the source's word struck through, the draft's marked as added, both on screen
    deleted, inserted = card.locator(".diff del"), card.locator(".diff ins")
    assert (deleted.inner_text(), inserted.inner_text()) == ("tonight", "today")
    assert deleted.is_visible() and inserted.is_visible()
    assert deleted.evaluate("e => getComputedStyle(e).textDecorationLine") == "line-through"
    assert inserted.evaluate("e => getComputedStyle(e).textDecorationLine") == "underline"
    snapshot = card.locator(".diff").aria_snapshot()
    assert "deletion: tonight" in snapshot and "insertion: today" in snapshot
    assert "the source says" in snapshot and "where the draft says" in snapshot
    # the file, its line and the transcript's label sit under the source's name
    assert " ".join(card.locator(".ev-place").inner_text().split()) == "In the source interview-lopez.txt, line 18, as \u201cMAYOR ANA LOPEZ\u201d"
    quote.evaluate("e => window.scrollTo(0, e.getBoundingClientRect().top + window.scrollY - 60)")
    page.set_viewport_size({"width": DESKTOP, "height": 640})
    shot = tmp_path / "report-evidence.png"
    page.screenshot(path=str(shot))
    width, _height, distinct = png_facts(shot.read_bytes())
    assert width == DESKTOP and distinct > 64
    if os.environ.get("QUOTEAUDIT_WRITE_SCREENSHOTS") == "1":
        shutil.copyfile(shot, DOCS / "report-evidence.png")


def test_the_source_check_fits_a_phone_and_prints(browser, evidence_page):
    context = browser.new_context(viewport={"width": PHONE, "height": 844})
    tab = context.new_page()
    tab.goto(evidence_page.as_uri())
    assert tab.evaluate("document.documentElement.scrollWidth") <= PHONE
    tab.locator(f"#q-{TODAY}").focus()
    box = tab.locator(f"#card-q-{TODAY}").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE
    assert tab.evaluate("document.documentElement.scrollWidth") <= PHONE
    # printed, the cards are gone but the Quotes table keeps every status and the diff
    tab.emulate_media(media="print")
    assert not tab.locator(f"#card-q-{TODAY}").is_visible()
    cell = tab.locator(f"#quote-row-{TODAY} td.ev-cell")
    assert cell.locator("del").is_visible() and cell.locator("ins").is_visible()
    statuses = tab.locator("#quotes td.ev-cell").evaluate_all("cells => cells.map(c => c.dataset.evidence)")
    assert statuses == ["verbatim", "altered", "altered", "altered", "elided", "bracketed", "wrong_speaker", "not_found", "none"]
    context.close()
