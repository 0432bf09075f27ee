"""Real news as a regression net: the PolNeAR dev ratchet (see tests/polnear_lock.py).

Each test fails when a change loses something the annotators marked and quoteaudit found:
a quote, its speaker, a direct quote called direct, or when an article gains quotes the
annotators did not mark. The message names the article and the annotators' span, so the
construction that broke can be read in ``../shared/eval/polnear.dev.jsonl``. Skips (and
the run's summary says so) without the PolNeAR data beside the checkout.
"""

from __future__ import annotations

import json

import pytest

from .conftest import POLNEAR_DEV
from .polnear_lock import LOCK, losses, measure


@pytest.fixture(scope="module")
def lost(nlp):
    if not POLNEAR_DEV.is_file():
        pytest.skip("no PolNeAR dev data at ../shared/eval")
    lock = json.loads(LOCK.read_text())["articles"]
    text = {json.loads(line)["id"]: json.loads(line)["text"] for line in POLNEAR_DEV.read_text().splitlines() if line}
    assert set(lock) == set(text), "the lock and ../shared/eval/polnear.dev.jsonl name different articles"
    return losses(lock, measure(str(POLNEAR_DEV), nlp)), text


def _listing(items, text) -> str:
    rows = []
    for art, span in items[:12]:
        if isinstance(span, tuple) and len(span) == 2 and isinstance(span[0], int) and span[1] > span[0] and span[1] <= len(text[art]):
            rows.append(f"  {art} {span[0]}-{span[1]}: {text[art][span[0]:span[1]][:90]!r}")
        else:
            rows.append(f"  {art}: {span}")
    more = f"\n  … and {len(items) - 12} more" if len(items) > 12 else ""
    return "\n".join(rows) + more


def test_every_annotated_quote_found_in_the_dev_news_is_still_found(lost):
    gone, text = lost
    assert not gone["found"], f"{len(gone['found'])} annotated quote(s) no longer found:\n" + _listing(gone["found"], text)


def test_every_speaker_named_right_in_the_dev_news_is_still_right(lost):
    gone, text = lost
    assert not gone["speaker"], f"{len(gone['speaker'])} quote(s) lost their right speaker:\n" + _listing(gone["speaker"], text)


def test_every_direct_quote_called_direct_in_the_dev_news_still_is(lost):
    gone, text = lost
    assert not gone["direct"], f"{len(gone['direct'])} direct quote(s) no longer called direct:\n" + _listing(gone["direct"], text)


def test_no_dev_article_gains_quotes_the_annotators_did_not_mark(lost):
    gone, text = lost
    assert not gone["unmatched"], (
        "articles with more quotes the annotators did not mark than locked:\n" + _listing(gone["unmatched"], text))
