"""What an editor sees in the HTML report, measured in a real browser (Playwright driving
Debian's Chromium). Each check returns the list of problems it found, in words, so a test
can assert that the real report has none and that a report with broken CSS has some.

The flagged passages are the article's ``.finding`` spans (a severity underline and tint)
and its loud quotes (``mark.q.loud``: grade D or F, or no source, on a tint with a thick
underline). The quote cards (``.card``) are hidden until a quote is hovered, focused or
linked to; the fix-first box is ``#fix``.
"""

from __future__ import annotations

import os

import pytest

CHROMIUM = "/usr/bin/chromium"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
FLAGGED = ".article .finding, .article mark.q.loud"

# JavaScript run in the page. ``painted(el)`` says whether anything marks the element out
# from the text around it: a background colour, a bottom border or a text decoration that
# is drawn (width above zero, colour not transparent).
_JS_HELPERS = """
const alpha = (colour) => {
  if (!colour || colour === 'transparent') return 0;
  const m = colour.match(/rgba?\\(([^)]+)\\)/);
  if (!m) return 1;
  const parts = m[1].split(/[ ,\\/]+/).filter(Boolean);
  return parts.length > 3 ? parseFloat(parts[3]) : 1;
};
const painted = (el) => {
  const s = getComputedStyle(el);
  const ways = [];
  if (alpha(s.backgroundColor) > 0) ways.push('background ' + s.backgroundColor);
  if (parseFloat(s.borderBottomWidth) > 0 && s.borderBottomStyle !== 'none' && s.borderBottomStyle !== 'hidden' && alpha(s.borderBottomColor) > 0)
    ways.push('bottom border ' + s.borderBottomWidth + ' ' + s.borderBottomStyle);
  if (s.textDecorationLine.includes('underline') && alpha(s.textDecorationColor) > 0 && s.textDecorationThickness !== '0px')
    ways.push('underline ' + s.textDecorationStyle);
  return ways;
};
const shown = (el) => {
  const s = getComputedStyle(el);
  return s.display !== 'none' && s.visibility !== 'hidden' && parseFloat(s.opacity) > 0 && el.getClientRects().length > 0;
};
const label = (el) => (el.dataset.rule || el.dataset.grade || el.className) + ' "' + el.textContent.trim().slice(0, 40) + '"';
"""

_FLAGGED_JS = _JS_HELPERS + """
(selector) => {
  const problems = [];
  const found = [...document.querySelectorAll(selector)];
  for (const el of found) {
    el.scrollIntoView({block: 'center', inline: 'nearest'});
    const rects = [...el.getClientRects()].filter(r => r.width > 0 && r.height > 0);
    if (!shown(el) || rects.length === 0) { problems.push(label(el) + ': no visible box'); continue; }
    if (painted(el).length === 0) problems.push(label(el) + ': not marked out (no background, underline or border drawn)');
    const s = getComputedStyle(el);
    if (alpha(s.color) === 0) problems.push(label(el) + ': its text is transparent');
    for (const r of rects) {
      const x = r.left + r.width / 2, y = r.top + r.height / 2;
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) { problems.push(label(el) + ': off screen'); break; }
      const top = document.elementFromPoint(x, y);
      if (!top || !(el === top || el.contains(top))) {
        problems.push(label(el) + ': covered at its centre by ' + (top ? top.tagName.toLowerCase() + '.' + top.className : 'nothing'));
        break;
      }
    }
  }
  window.scrollTo(0, 0);
  return {count: found.length, problems};
}
"""

_OVERLAP_JS = """
const overlap = (a, b) => a.left < b.right - 1 && b.left + 1 < a.right && a.top < b.bottom - 1 && b.top + 1 < a.bottom;
"""

_CARDS_AT_REST_JS = _JS_HELPERS + _OVERLAP_JS + """
() => {
  const problems = [];
  const blocks = [...document.querySelectorAll('.article p, .article blockquote, .article .hed')];
  const cards = [...document.querySelectorAll('.card')].filter(shown);
  // look with the article's start at the top of the window, then with each open card in view
  const views = [() => blocks.length && blocks[0].scrollIntoView({block: 'start'}), ...cards.map(c => () => c.scrollIntoView({block: 'center'}))];
  for (const view of views) {
    view();
    const text = blocks.flatMap(b => [...b.getClientRects()]);
    for (const card of cards) {
      const covered = [...card.getClientRects()].some(c => text.some(t => overlap(c, t)));
      if (covered && !problems.some(p => p.includes(card.id))) problems.push('card ' + card.id + ' is open over the article text without being asked for');
    }
  }
  window.scrollTo(0, 0);
  return problems;
}
"""

_CARD_OPEN_JS = _JS_HELPERS + _OVERLAP_JS + """
(anchor) => {
  const mark = document.getElementById(anchor);
  const card = document.getElementById('card-' + anchor);
  if (!card) return ['quote ' + anchor + ' has no card'];
  if (!shown(card)) return ['card ' + card.id + ' does not open when its quote has focus'];
  const problems = [];
  // the quote's own words at the top of the window, then in its middle
  for (const block of ['start', 'center']) {
    mark.scrollIntoView({block});
    const own = [];
    const walker = document.createTreeWalker(mark, NodeFilter.SHOW_TEXT, {acceptNode: n => card.contains(n) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT});
    while (walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(walker.currentNode);
      own.push(...[...range.getClientRects()].filter(r => r.width > 0 && r.height > 0));
    }
    if ([...card.getClientRects()].some(c => own.some(t => overlap(c, t)))) {
      problems.push('card ' + card.id + ' covers the words of its own quote');
      break;
    }
  }
  const r = card.getBoundingClientRect();
  if (r.left < -1 || r.right > document.documentElement.clientWidth + 1) problems.push('card ' + card.id + ' runs off the side of the page');
  return problems;
}
"""


def launch(playwright):
    if os.environ.get("QUOTEAUDIT_NO_BROWSER") == "1":
        pytest.skip("QUOTEAUDIT_NO_BROWSER=1: browser tests skipped on request")
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(
            f"Chromium is not at {CHROMIUM}, so the report cannot be looked at in a browser. "
            "Install it with `apt-get install -y chromium`, or set QUOTEAUDIT_NO_BROWSER=1 to skip these tests.",
            pytrace=False,
        )
    return playwright.chromium.launch(
        executable_path=CHROMIUM,
        args=["--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND", "--hide-scrollbars"],
    )


def flagged_problems(page) -> tuple[int, list[str]]:
    """How many flagged passages the article has, and each one an editor could miss: no
    box, nothing drawn to mark it, transparent text, or another element over its centre."""
    result = page.evaluate(_FLAGGED_JS, FLAGGED)
    return result["count"], result["problems"]


def fix_box_problems(page) -> list[str]:
    """The fix-first box must start above the fold: its heading and its first item inside
    the window as the page opens."""
    page.evaluate("window.scrollTo(0, 0)")
    facts = page.evaluate(
        """() => {
          const box = document.getElementById('fix');
          if (!box) return null;
          const first = box.querySelector('h2 + *') || box.querySelector('h2');
          return {top: box.getBoundingClientRect().top, heading: box.querySelector('h2').getBoundingClientRect().bottom,
                  first: first.getBoundingClientRect().bottom, height: innerHeight,
                  visible: getComputedStyle(box).display !== 'none' && getComputedStyle(box).visibility !== 'hidden'}
        }"""
    )
    if facts is None:
        return ["the report has no fix-first box"]
    problems = []
    if not facts["visible"]:
        problems.append("the fix-first box is hidden")
    if facts["top"] < 0 or facts["heading"] > facts["height"]:
        problems.append(f"the fix-first heading ends at {facts['heading']:.0f}px, below the fold at {facts['height']}px")
    elif facts["first"] > facts["height"]:
        problems.append(f"the fix-first box's first line ends at {facts['first']:.0f}px, below the fold at {facts['height']}px")
    return problems


def card_problems(page) -> list[str]:
    """Quote cards stay shut until asked for; opened (by keyboard focus on the quote, as an
    editor tabbing through would), each stays on the page and off its own quote's words."""
    page.evaluate("window.scrollTo(0, 0)")
    problems = page.evaluate(_CARDS_AT_REST_JS)
    anchors = page.eval_on_selector_all(".article mark.q-first[id]", "ms => ms.map(m => m.id)")
    for anchor in anchors:
        page.focus(f"#{anchor}")
        problems += page.evaluate(_CARD_OPEN_JS, anchor)
    page.evaluate("document.activeElement && document.activeElement.blur()")
    return problems


def sideways_scroll(page) -> list[str]:
    """At phone width the page must not scroll sideways."""
    width, client = page.evaluate("[document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]")
    return [f"the page is {width}px wide in a {client}px window: it scrolls sideways"] if width > client else []


def popup_problems(page) -> list[str]:
    """Open every quote card and every label's tip in turn (keyboard focus, as an editor
    tabbing through would): each must open, stay within the page's width, and not make the
    page scroll sideways."""
    problems = []
    for selector, popup in ((".article mark.q-first[id]", ":scope > .card"), (".article a.chip", ".tip")):
        openers = page.locator(selector)
        for i in range(openers.count()):
            opener = openers.nth(i)
            opener.focus()
            facts = opener.evaluate(
                """(el, popup) => {
                  const box = el.querySelector(popup);
                  const r = box ? box.getBoundingClientRect() : null;
                  const page = document.scrollingElement;
                  return {shown: !!box && getComputedStyle(box).display !== 'none' && r.width > 0,
                          left: r && r.left + page.scrollLeft, right: r && r.right + page.scrollLeft,
                          width: page.scrollWidth, client: page.clientWidth, name: box ? box.id : el.id}
                }""",
                popup,
            )
            name = facts["name"]
            if not facts["shown"]:
                problems.append(f"{name} does not open on focus")
                continue
            if facts["left"] < -1 or facts["right"] > facts["client"] + 1:
                problems.append(f"{name} opens past the edge of the page ({facts['left']:.0f}px to {facts['right']:.0f}px of {facts['client']}px)")
            if facts["width"] > facts["client"]:
                problems.append(f"opening {name} makes the page scroll sideways ({facts['width']}px in {facts['client']}px)")
    page.evaluate("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)")
    return problems
