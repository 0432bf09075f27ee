"""The reference article: every gold quote, handed over as the quotes stage would, gets the
gold speaker, source type, title, role and affiliation (tests/data/gold/seed-000.json, a copy of ../shared/gold)."""

from __future__ import annotations

import json

import pytest

from quoteaudit.ingest import read_file
from quoteaudit.model import Quote, QuoteKind, TextSpan
from quoteaudit.speakers import resolve_sources

from .conftest import SEED_GOLD, SEED_TXT


@pytest.fixture(scope="module")
def seed(nlp):
    gold = json.loads(SEED_GOLD.read_text("utf-8"))
    (article,) = read_file(str(SEED_TXT))
    shift = gold["text"].index(article.text[:60])
    quotes = []
    for n, g in enumerate(gold["quotes"], start=1):
        speaker = cue = None
        if g["speaker_span"]:
            s, e = (x - shift for x in g["speaker_span"])
            speaker = TextSpan(s, e, article.text[s:e])
            assert speaker.text == g["speaker"]
        if g["cue"]:
            near = speaker.start if speaker else g["start"] - shift
            at = article.text.find(g["cue"], max(0, near - 40))
            cue = TextSpan(at, at + len(g["cue"]), g["cue"])
        start, end = g["start"] - shift, g["end"] - shift
        quotes.append(Quote(f"q{n}", QuoteKind(g["kind"]), [(start, end)], article.text[start:end], cue=cue, speaker=speaker, cue_lemma=g["cue"]))
    sources = {s.id: s for s in resolve_sources(nlp(article.text), article, quotes)}
    return gold["quotes"], quotes, sources


def test_seed_every_quote_gets_the_gold_source(seed):
    gold, quotes, sources = seed
    got, want = [], []
    for g, q in zip(gold, quotes):
        src = sources.get(q.source)
        name = src.name if src else None
        gold_name = g["resolved_speaker"] or g["speaker"]
        got.append((name.split()[-1].lower() if name else None, src.type.value if src else "none", src.title if src else None, src.role if src else None, src.affiliation if src else None))
        want.append((gold_name.split()[-1].lower() if gold_name else None, g["source_type"], g["title"], g["role"], g["affiliation"]))
    assert got == want


def test_seed_dillon_is_one_source_with_every_mention(seed):
    gold, quotes, sources = seed
    dillon = [sources[q.source] for g, q in zip(gold, quotes) if g["resolved_speaker"] == "Ryan Dillon"]
    assert len(dillon) == 4 and len({s.id for s in dillon}) == 1
    assert (dillon[0].name, dillon[0].title, dillon[0].role, dillon[0].affiliation) == ("Ryan Dillon", "Colonel", "spokesman", "the coalition")
    assert len(dillon[0].mentions) == 4


def test_seed_orphan_quote_is_not_grabbed_by_the_floating_rule(seed):
    _, quotes, _ = seed
    assert quotes[-1].source is None
    assert quotes[-1].confidence == 1.0
