"""Real news as a regression net: the PolNeAR ratchets (see tests/polnear_lock.py).

Each test fails when a change loses something the annotators marked and quoteaudit found,
in the dev part (84 articles) or the train part (840): a quote, its speaker, a direct quote
called direct; or when an article gains quotes the annotators did not mark. The message
names the article and the annotators' span, so the construction that broke can be read in
``../shared/eval/polnear.*.jsonl``. Skips (and the run's summary says so) without the
PolNeAR data beside the checkout. The first run parses the articles (about 2 minutes for
both parts) and caches the parse; later runs cost the pipeline's time.
"""

from __future__ import annotations

import json

import pytest

from quoteaudit.evaluate import read_gold

from .conftest import POLNEAR_DEV, POLNEAR_TRAIN
from .polnear_lock import LOCKS, losses, measure

PARTS = {"dev": POLNEAR_DEV, "train": POLNEAR_TRAIN}


@pytest.fixture(scope="module", params=sorted(PARTS))
def lost(request, nlp):
    path = PARTS[request.param]
    if not path.is_file():
        pytest.skip(f"no PolNeAR {request.param} data at ../shared/eval")
    lock = json.loads(LOCKS[request.param].read_text())["articles"]
    articles = read_gold(str(path))
    text = {a.id: a.text for a in articles}
    assert set(lock) == set(text), f"the lock and {path.name} name different articles"
    return losses(lock, measure(articles, nlp, request.param)), text


def _listing(items, text) -> str:
    rows = []
    for art, span in items[:12]:
        if isinstance(span, tuple):
            rows.append(f"  {art} {span[0]}-{span[1]}: {text[art][span[0]:span[1]][:90]!r}")
        else:
            rows.append(f"  {art}: {span}")
    more = f"\n  … and {len(items) - 12} more" if len(items) > 12 else ""
    return "\n".join(rows) + more


def test_every_annotated_quote_found_in_the_news_is_still_found(lost):
    gone, text = lost
    assert not gone["found"], f"{len(gone['found'])} annotated quote(s) no longer found:\n" + _listing(gone["found"], text)


def test_every_speaker_named_right_in_the_news_is_still_right(lost):
    gone, text = lost
    assert not gone["speaker"], f"{len(gone['speaker'])} quote(s) lost their right speaker:\n" + _listing(gone["speaker"], text)


def test_every_direct_quote_called_direct_in_the_news_still_is(lost):
    gone, text = lost
    assert not gone["direct"], f"{len(gone['direct'])} direct quote(s) no longer called direct:\n" + _listing(gone["direct"], text)


def test_no_article_gains_quotes_the_annotators_did_not_mark(lost):
    gone, text = lost
    assert not gone["unmatched"], (
        "articles with more quotes the annotators did not mark than locked:\n" + _listing(gone["unmatched"], text))
