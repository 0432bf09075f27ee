"""Source types on a typed set of newsroom-style sentences (tests/data/source_types.jsonl).

Each line is one short article: its quotes as the quotes stage would hand them over
(content, raw speaker, cue, kind) and, for the last quote, the expected source: name, type,
title, role, affiliation (and ``is_document`` and ``anonymity_reason`` where they matter).
An unnamed source's name is its whole description ("three people familiar with the
negotiations"). Add a case whenever a miss is fixed.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from quoteaudit.model import SourceType

from .speakers_support import Q, resolve, source_of

TYPED_SET = Path(__file__).parent / "data" / "source_types.jsonl"
CASES = [json.loads(line) for line in TYPED_SET.read_text("utf-8").splitlines() if line.strip()]


def _id(case: dict) -> str:
    return f"{case['expect']['type']}:{case['text'][:40]}"


def resolved(nlp, case: dict):
    specs = [Q(q["content"], q["speaker"], q["cue"], q["kind"]) for q in case["quotes"]]
    quotes, sources = resolve(nlp, case["text"], specs)
    return source_of(quotes[-1], sources)


def test_typed_set_covers_every_source_type_with_forty_cases():
    counts = Counter(c["expect"]["type"] for c in CASES)
    assert set(counts) == {t.value for t in SourceType}
    assert len(CASES) >= 40


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_typed_set_case(nlp, case):
    want = case["expect"]
    src = resolved(nlp, case)
    if want["type"] == SourceType.NONE.value:
        assert src is None
        return
    got = {"name": src.name, "type": src.type.value, "title": src.title, "role": src.role, "affiliation": src.affiliation}
    if "is_document" in want:
        got["is_document"] = src.is_document
    if "anonymity_reason" in want:
        got["anonymity_reason"] = src.anonymity_reason
    assert got == want
