"""The never-tuned quote set: short newsroom articles annotated in the eval's gold format
(``tests/data/quotes_untuned.jsonl``), written before the code was run on them and never
edited to fit it (``quotes_untuned.lock`` holds each article's fingerprint). It measures
quote detection and speakers on copy the rules were not tuned on, by the same protocol
as ``quoteaudit eval`` (README, "Measuring accuracy"); ``quoteaudit eval
tests/data/quotes_untuned.jsonl`` prints the figures and writes the misses with
``--errors``.

Batch qs34, as first measured (2026-12-05): direct P 1.000 R 0.857 F1 0.923; all quotes
P 0.959 R 0.959 F1 0.959; speaker 0.915 (0.957 once one gold speaker span, which the set's
builder had pointed at the "he" inside "the", was corrected; that was the only edit).
After the fixes its misses guided (a label after an article outside the marks; a quote
paragraph after "Hurley was blunt"): all quotes P 0.960 R 0.980 F1 0.970, speaker 0.979.

Batch qs34b (30 articles, 33 units, written after those fixes), as first measured: direct
P 1.000 R 0.875 F1 0.933; all quotes P 0.943 R 0.943 F1 0.943; speaker 1.000. After its
one fix (a closing tag read as an apposition, "…, its director announced on Monday"):
all quotes P 0.944 R 0.971 F1 0.958. Both batches, 70 articles: direct F1 0.927, all
quotes P 0.953 R 0.976 F1 0.965, speaker 0.988.

Session 35 added three batches written by helpers from a committed spec
(``tests/data/quotes_untuned_specs/``, built by ``tests/build_untuned_quotes.py``) before
the code was run on them. As first measured: qs35 (45 articles, 167 units) direct F1
0.966, all P 0.894 R 0.910 F1 0.902, speaker 0.993; qs35L (16 long articles, 283 units)
direct F1 0.972, all P 0.900 R 0.958 F1 0.928, speaker 1.000, floating 1.000; qs35b (30
articles, 161 units, written after qs35 and qs35L were fixed) direct F1 0.962, all P 0.941
R 0.988 F1 0.964, speaker 0.981, floating 0.958. Their annotators count fewer readings
than PolNeAR does (no belief nested in a report, no "Asked whether …", no plan or order
with a noun object), so their precision is lower than their recall by convention as much
as by error. After the session's fixes, all 161 articles: direct P 0.967 R 0.963 F1
0.965, all quotes P 0.916 R 0.960 F1 0.937, speaker 0.999, floating 1.000. Batch qs35c
(26 articles, 170 units, written after qs35b was fixed), as first measured: direct F1
0.970, all P 0.883 R 0.976 F1 0.927, speaker 1.000. All 187 articles with it: direct F1
0.969, all quotes P 0.909 R 0.963 F1 0.935, speaker 0.999. Session 36 added qs36a (25
articles, 171 units; first measured direct F1 0.929, all P 0.851 R 0.965 F1 0.904, speaker
0.994) and qs36b (12 long articles, 314 units; first measured direct F1 0.960, all P 0.910
R 0.968 F1 0.938, speaker 0.997). After the session's fixes, all 224 articles: direct F1
0.962, all quotes P 0.909 R 0.973 F1 0.940, speaker 0.999.

Session 37 added six batches (1,669 units), each first measured before any fix it guided:
qs37a (25 articles, 227 units) direct F1 0.939, all P 0.881 R 0.947 F1 0.913, speaker
0.986; qs37b (12 long, 341) 0.977, 0.876 / 0.950 / 0.911, 0.988; qs37c (25, 212) 0.961,
0.901 / 0.948 / 0.924, 0.990; qs37d (12 long, 351) 0.962, 0.878 / 0.940 / 0.908, 0.988;
qs37e (25, 220) 0.950, 0.877 / 0.936 / 0.905, 0.990; qs37f (10 long, 318) 0.920, 0.865 /
0.950 / 0.906, 0.993. They are harder than the earlier batches and pulled the set's
precision down: after the session's fixes, all 333 articles: direct F1 0.958, all
quotes P 0.901 R 0.962 F1 0.930, speaker 0.996, floating 0.992. Most of the precision gap
is convention (PolNeAR counts "Asked whether …", "is expected to", "declined to say
whether …", "citing …" and "which he said …" as units of their own; these annotators do
not), and 37 of the 52 direct false positives are paragraphs of a multi-paragraph quote
left open, which the eval's kind derivation calls mixed. The floors sit just under the
session's end figures.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from quoteaudit.evaluate import evaluate, read_gold

DATA = Path(__file__).parent / "data"
SET = DATA / "quotes_untuned.jsonl"
LOCK = DATA / "quotes_untuned.lock"


def fingerprint(article: dict) -> str:
    return hashlib.sha256(json.dumps(article, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def test_never_tuned_quote_articles_are_never_edited_nor_dropped():
    articles = [json.loads(line) for line in SET.read_text("utf-8").splitlines() if line.strip()]
    lock = dict(line.split() for line in LOCK.read_text("utf-8").splitlines() if line.strip() and not line.startswith("#"))
    assert sorted(lock) == sorted(a["id"] for a in articles)
    assert [a["id"] for a in articles if lock[a["id"]] != fingerprint(a)] == []


@pytest.fixture(scope="module")
def report():
    articles = read_gold(str(SET))
    return evaluate(articles)


def test_never_tuned_quotes_hold_their_floors(report):
    figures = report.systems["quoteaudit"].to_dict()
    print(f"\nnever-tuned quotes: direct F1 {figures['direct']['f1']:.3f}, all P {figures['all']['precision']:.3f} "
          f"R {figures['all']['recall']:.3f} F1 {figures['all']['f1']:.3f}, speaker {figures['speaker_accuracy']:.3f}")
    assert figures["direct"]["f1"] >= 0.95
    assert figures["all"]["precision"] >= 0.895
    assert figures["all"]["recall"] >= 0.955
    assert figures["speaker_accuracy"] >= 0.99
    assert figures["error_articles"] == 0


def test_the_set_covers_every_attribution_type_and_text_with_no_quote():
    articles = [json.loads(line) for line in SET.read_text("utf-8").splitlines() if line.strip()]
    assert {q["attribution_type"] for a in articles for q in a["quotes"]} == {"speech", "document", "thought", "perception_stance", "noun"}
    assert sum(1 for a in articles if not a["quotes"]) >= 6  # a scare quote, a title, a hypothetical, a refusal to comment, an unsaid number, a Related: line
