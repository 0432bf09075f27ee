"""The reference article: the findings an editor must get on it, and none on the record.

Gold: tests/data/gold/seed-000.json (a copy of ../shared/gold). quoteaudit strips the "date 2017-06-05" header, so
gold offsets are shifted onto the analysed text first.
"""

from __future__ import annotations

import json

import pytest

from quoteaudit.claims import find_claims
from quoteaudit.ingest import read_string

from .conftest import SEED_GOLD, SEED_TXT


def overlap(a, b) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inter / max(a[1] - a[0], b[1] - b[0], 1)


@pytest.fixture(scope="module")
def gold():
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed(nlp, gold):
    source = SEED_TXT.read_text(encoding="utf-8")
    (article,) = read_string(source, "text", path=str(SEED_TXT))
    shift = gold["text"].index(article.text[:80])
    return article, nlp(article.text), shift


def _on_the_record(gold, shift):
    """Spans of Colonel Ryan Dillon's quotes and of his mentions as their speaker."""
    spans = []
    for q in gold["quotes"]:
        if q.get("resolved_speaker") == "Ryan Dillon":
            spans.append((q["start"] - shift, q["end"] - shift))
            spans.append((q["speaker_span"][0] - shift, q["speaker_span"][1] - shift))
    return spans


def test_claims_alone_flag_all_four_gold_claims_and_nothing_of_dillons(seed, gold):
    # Needs no quote detector: the claim finder's own attribution checks keep quotes out.
    article, doc, shift = seed
    flagged = [c for c in find_claims(doc, article, []) if c.flagged]
    for g in gold["unattributed_claims"]:
        span = (g["start"] - shift, g["end"] - shift)
        assert any(overlap(span, (c.start, c.end)) >= 0.5 for c in flagged), g["text"]
    assert len(flagged) == 4
    for c in flagged:
        assert not any(overlap((c.start, c.end), s) > 0 for s in _on_the_record(gold, shift)), c.text


@pytest.fixture(scope="module")
def audit(seed):
    from quoteaudit.pipeline import audit_article

    article, doc, _ = seed
    result = audit_article(article, doc)
    assert len(result.quotes) == 14, "the seed must yield all 14 gold quotes"
    return result


def _gold_quote(gold, speaker):
    return next(q for q in gold["quotes"] if q["speaker"] == speaker)


def _findings(audit, code):
    return [f for f in audit.findings if f.rule == code]


def test_the_orphan_quote_is_an_error(audit, gold, seed):
    shift = seed[2]
    orphan = _gold_quote(gold, None)
    span = (orphan["start"] - shift, orphan["end"] - shift)
    assert any(overlap(span, (f.start, f.end)) >= 0.5 for f in _findings(audit, "QA101"))


@pytest.mark.parametrize(
    "code, speaker",
    [("QA102", "He"), ("QA205", "the report"), ("QA201", "The sources")],
    ids=["unresolved-he", "unnamed-report", "vague-sources"],
)
def test_the_weak_speakers_are_flagged_at_their_mention(audit, gold, seed, code, speaker):
    shift = seed[2]
    start, end = _gold_quote(gold, speaker)["speaker_span"]
    assert (start - shift, end - shift) in [(f.start, f.end) for f in _findings(audit, code)]


@pytest.mark.parametrize("index, code", [(0, "QA301"), (1, "QA301"), (2, "QA302"), (3, "QA301")])
def test_each_gold_unattributed_claim_is_flagged(audit, gold, seed, index, code):
    shift = seed[2]
    g = gold["unattributed_claims"][index]
    span = (g["start"] - shift, g["end"] - shift)
    assert any(overlap(span, (f.start, f.end)) >= 0.5 for f in _findings(audit, code)), g["text"]


def test_nothing_is_flagged_on_dillons_on_record_quotes(audit, gold, seed):
    record = _on_the_record(gold, seed[2])
    hits = [f for f in audit.findings if any(overlap((f.start, f.end), s) > 0 for s in record)]
    assert hits == []
