"""The never-tuned newsroom sets, audited end to end (see tests/untuned_support.py).

The sets are written before the code they measure is changed and are never edited to fit
it (the lock file holds each case's fingerprint). New source cases go there first; only a
miss that has since been fixed may be copied into the tuned set (tests/data/source_types.jsonl,
which therefore scores 100%), naming the never-tuned case it came from. Both figures, the
tuned and the never-tuned, are printed at the end of every run; the floors below sit just
under the never-tuned figures as measured, by batch (issue #17's first 86 source cases,
issue #19's 22 wire, local, sports and business cases in UK and US spelling, and issue
#19's second batch of 22, written after the first batch's misses were read and before the
code was changed for them: other wording of the same constructions), so that a later
change cannot quietly lose them. ``python -m tests.untuned_support`` prints every miss.
"""

from __future__ import annotations

import pytest

from .conftest import report_figure
from .untuned_support import (
    CLAIMS_SET,
    SOURCES_SET,
    TUNED_BEFORE_THE_RULE,
    TUNED_SET,
    batch,
    fingerprint,
    load,
    measure,
    read_lock,
    report,
    tuned_accuracy,
)

#: never-tuned source figures as measured (cases passed / cases; type right / typed), and
#: their floors, one case under. Measured 2026-12-02 after the crowd, police-rank, official
#: figures and affiliation fixes (before them: issue17 80/86, type 80/85; issue19 14/22, type
#: 17/22; issue19b 14/22, type 17/22): issue17 80/86 cases, type 80/85; issue19 19/22, type
#: 19/22 (biased: its misses guided the fixes); issue19b 19/22, type 20/22; all 118/130,
#: type 119/129. Batch s32 (session 32, 30 cases written before the code was run on them):
#: 23/30 cases, type 26/30, name 19/23 as first measured; 27/30, type 28/30, name 23/23 after
#: the fixes its misses guided (so biased like issue19). Batch s32b (written after s32 was
#: fixed, before the code was run on it): 24/30, type 25/30, name 19/22 first; 28/30, type
#: 28/30, name 22/22 after its fixes. Batch s32c (written after s32b was fixed): 28/30, type
#: 29/30, name 19/19 first; 30/30, type 30/30 after. Batch s32d (20 multi-sentence stories,
#: written after s32c's fix): 20/20, type 21/21, name 15/15 as first measured. All 240: 224
#: cases, type 227/240. Batch s33 (session 33, 30 cases from desks the sets had not had:
#: world, politics, courts, health, tech): 20/30, type 27/35, name 23/29 as first measured;
#: 27/30, type 32/35, name 27/29 after the fixes its misses guided. Batch s33b (25 cases,
#: written after s33's fixes, before the code was run on them): 20/25, type 22/25, name
#: 14/19 as first measured; 25/25 after its fixes. Batch s33c (25 cases, written after
#: s33b's fixes): 19/25, type 25/27, name 16/19 as first measured; 23/25, type 26/27, name
#: 18/19 after its fixes. Batch s33d (20 cases probing this session's constructions in
#: other wording, written after s33c's fixes): 17/20, type 19/20, name 16/18 as first
#: measured; 20/20, type 20/20, name 18/18 after its fixes. Batch s34 (session 34, 25
#: cases on new constructions, written after s33d's fixes): 24/25, type 27/27, name 19/20
#: as first measured; 25/25 after its fix (a hyphenated double surname). Batch s34b (20
#: cases, written after s34's fix): 18/20, type 21/22, name 16/18 as first measured;
#: 20/20 after its fixes (a statement a name issues; bare "Police"). All 385: 365 cases,
#: type 380/396.
FLOORS = {
    "issue17": {"cases": 0.90, "type": 0.92, "name": 0.92},
    "issue19": {"cases": 0.81, "type": 0.81, "name": 0.90},
    "issue19b": {"cases": 0.81, "type": 0.86, "name": 0.90},
    "s32": {"cases": 0.86, "type": 0.89, "name": 0.95},
    "s32b": {"cases": 0.86, "type": 0.86, "name": 0.90},
    "s32c": {"cases": 0.96, "type": 0.96, "name": 0.94},
    "s32d": {"cases": 0.95, "type": 0.95, "name": 0.93},
    "s33": {"cases": 0.83, "type": 0.85, "name": 0.89},
    "s33b": {"cases": 0.96, "type": 0.96, "name": 0.94},
    "s33c": {"cases": 0.80, "type": 0.92, "name": 0.84},
    "s33d": {"cases": 0.95, "type": 0.95, "name": 0.94},
    "s34": {"cases": 0.96, "type": 0.96, "name": 0.95},
    "s34b": {"cases": 0.95, "type": 0.95, "name": 0.94},
    "all": {"cases": 0.90, "type": 0.91, "name": 0.95},
}


@pytest.fixture(scope="module")
def sources(nlp):
    return {"all": measure(nlp, SOURCES_SET)} | {b: measure(nlp, SOURCES_SET, only=b) for b in ("issue17", "issue19", "issue19b", "s32", "s32b", "s32c", "s32d", "s33", "s33b", "s33c", "s33d", "s34", "s34b")}


@pytest.fixture(scope="module")
def claims_score(nlp):
    return measure(nlp, CLAIMS_SET)


def test_the_sets_cover_every_desk_with_enough_cases():
    cases = load(SOURCES_SET) + load(CLAIMS_SET)
    assert len(cases) >= 100
    # batch s33 added desks of its own (world, politics, courts, national, health, tech)
    assert {c["genre"] for c in cases} == {"wire", "local", "sports", "business", "science", "natsec", "column",
                                           "world", "politics", "courts", "national", "health", "tech"}
    assert {batch(c) for c in load(SOURCES_SET)} == set(FLOORS) - {"all"}


def test_never_tuned_cases_are_never_edited_nor_dropped():
    lock = read_lock()
    cases = load(SOURCES_SET) + load(CLAIMS_SET)
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids))
    assert sorted(lock) == sorted(ids), "every never-tuned case has one line in tests/data/untuned.lock, and no case is removed"
    edited = [c["id"] for c in cases if lock[c["id"]] != fingerprint(c)]
    assert edited == [], f"never-tuned cases changed after they were written: {edited}"


def test_tuned_cases_added_since_the_rule_come_from_the_never_tuned_set():
    tuned = load(TUNED_SET)
    never_tuned = {c["id"]: c for c in load(SOURCES_SET)}
    assert len(tuned) >= TUNED_BEFORE_THE_RULE
    for case in tuned[TUNED_BEFORE_THE_RULE:]:
        origin = never_tuned.get(case.get("untuned", ""))
        assert origin is not None, f"tuned case {case['text'][:50]!r} names no never-tuned case (\"untuned\": \"srcNNN\")"
        assert case["text"] == origin["text"]


@pytest.mark.parametrize("which", ["issue17", "issue19", "issue19b", "s32", "s32b", "s32c", "s32d", "s33", "s33b", "s33c", "s33d", "s34", "s34b", "all"])
def test_sources_are_named_and_typed_as_an_editor_reads_them(sources, which):
    score, floor = sources[which], FLOORS[which]
    assert score.case_rate() >= floor["cases"], report(f"sources ({which})", score)
    assert score.rate("type") >= floor["type"], report(f"sources ({which})", score)
    assert score.rate("name") >= floor["name"], report(f"sources ({which})", score)
    assert score.rate("reason~") == 1.0, report(f"sources ({which})", score)
    assert score.rate("absent") == 1.0, report(f"sources ({which})", score)


def test_source_type_accuracy_is_reported_on_the_tuned_and_the_never_tuned_set(request, nlp, sources, record_property):
    right, total = tuned_accuracy(nlp)
    line = f"source types: tuned set {right}/{total} ({right / total:.1%}, cases the code was fixed on); never-tuned " + ", ".join(
        f"{which} {sources[which].passed['type']}/{sources[which].checked['type']} ({sources[which].rate('type'):.1%})"
        for which in ("all", "issue17", "issue19", "issue19b", "s32", "s32b", "s32c", "s32d", "s33", "s33b", "s33c", "s33d", "s34", "s34b")
    ) + f"; never-tuned cases passing every field {sum(sources['all'].cases_passed.values())}/{sum(sources['all'].cases.values())}"
    report_figure(request.config, line)
    record_property("source_types_tuned", f"{right}/{total}")
    record_property("source_types_never_tuned", f"{sources['all'].passed['type']}/{sources['all'].checked['type']}")
    print(line)
    # the tuned set is, by construction, all fixed (tests/test_speakers_types.py checks each case)
    assert right == total, line
    assert sources["all"].checked["type"] >= 100


def test_planted_problems_are_caught_and_clean_copy_is_left_alone(claims_score):
    assert claims_score.rate("planted caught") >= 0.90, report("claims", claims_score)
    assert claims_score.rate("clean") == 1.0, report("claims", claims_score)
