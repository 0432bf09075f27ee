"""The reference article: all 14 hand-annotated quotes, with their kinds and cues."""

import json

from tests.conftest import SEED_GOLD, SEED_TXT
from tests._quotes import detect


def _overlap(a, b):
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return max(inter, 0) / max(a[1] - a[0], b[1] - b[0])


def test_seed_article_yields_every_gold_quote_with_kind_and_cue(nlp):
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    text, det = detect(nlp, SEED_TXT.read_text(encoding="utf-8"))
    assert len(det.quotes) == len(gold["quotes"]) == 14
    for g in gold["quotes"]:
        at = text.index(g["content"])
        want = (at, at + len(g["content"]))
        best = max(det.quotes, key=lambda q: max(_overlap(want, f) for f in q.fragments))
        assert max(_overlap(want, f) for f in best.fragments) >= 0.9, g["content"]
        assert best.kind.value == g["kind"], g["content"]
        assert (best.cue.text if best.cue else None) == g["cue"], g["content"]
        if g["speaker"]:
            assert best.speaker is not None and best.speaker.text == g["speaker"], g["content"]
        else:
            assert best.speaker is None


def test_seed_nested_report_is_the_parent(nlp):
    text, det = detect(nlp, SEED_TXT.read_text(encoding="utf-8"))
    by_cue = {(q.cue.text if q.cue else None, q.speaker.text if q.speaker else None): q for q in det.quotes}
    outer = by_cue[("said", "the report")]
    inner = by_cue[("say", "regional intelligence sources")]
    assert inner.parent == outer.id


def test_seed_orphan_quote_has_no_speaker(nlp):
    text, det = detect(nlp, SEED_TXT.read_text(encoding="utf-8"))
    last = det.quotes[-1]
    assert last.text == "“We have not established a deadline for them [to leave]”"
    assert last.kind.value == "direct" and last.speaker is None and last.cue is None
