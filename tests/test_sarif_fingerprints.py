"""SARIF partialFingerprints as code scanning uses them: one alert per flagged sentence,
the same alert from run to run, even when the same sentence is flagged twice."""

from __future__ import annotations

import json

import pytest

from .gate_helpers import ONLY_TEST_RULES, gate_rules, invoke, write_files  # noqa: F401
from .test_diff_base import git

REPEATED = "The councillor allegedly moved the funds."
OTHER = "The treasurer allegedly signed off."


@pytest.fixture
def newsroom(tmp_path, monkeypatch, gate_rules):
    write_files(tmp_path, {"quoteaudit.toml": ONLY_TEST_RULES})
    monkeypatch.chdir(tmp_path)
    return tmp_path


def fingerprints(*args):
    result = invoke("audit", *args, "--format", "sarif", "--no-cache")
    assert result.exit_code in (0, 1), result.output
    return [(r["locations"][0]["physicalLocation"]["region"]["startLine"], r["partialFingerprints"]["quoteaudit/v1"]) for r in json.loads(result.stdout)["runs"][0]["results"]]


def test_two_identical_flagged_sentences_are_two_alerts(newsroom):
    write_files(newsroom, {"a.md": f"{REPEATED}\n\n{OTHER}\n\n{REPEATED}\n"})
    (first, fp1), (_, other), (third, fp3) = fingerprints("a.md")
    assert (first, third) == (1, 5)
    assert len({fp1, other, fp3}) == 3
    # the first keeps the bare fingerprint the baseline uses; the repeat is numbered
    assert fp3 == f"{fp1}:2"


def test_repeat_fingerprints_survive_edits_elsewhere_in_the_article(newsroom):
    write_files(newsroom, {"a.md": f"{REPEATED}\n\n{OTHER}\n\n{REPEATED}\n"})
    before = [fp for _, fp in fingerprints("a.md")]
    write_files(newsroom, {"a.md": f"A new lede.\n\n{REPEATED}\n\nMore detail here.\n\n{OTHER}\n\n{REPEATED}\n"})
    after = [fp for _, fp in fingerprints("a.md")]
    assert after == before


def test_a_suppressed_copy_still_counts_so_the_other_keeps_its_number(newsroom):
    write_files(newsroom, {"a.md": f"{REPEATED}\n\n{REPEATED}\n"})
    unsuppressed = [fp for _, fp in fingerprints("a.md")]
    write_files(newsroom, {"a.md": f"<!-- quoteaudit: ignore-next QA098 -- checked with the clerk -->\n{REPEATED}\n\n{REPEATED}\n"})
    result = invoke("audit", "a.md", "--format", "sarif", "--no-cache")
    results = json.loads(result.stdout)["runs"][0]["results"]
    by_state = {("suppressed" if r.get("suppressions") else "open"): r["partialFingerprints"]["quoteaudit/v1"] for r in results}
    assert by_state == {"open": unsuppressed[1], "suppressed": unsuppressed[0]}


def test_a_repeat_added_on_a_branch_keeps_its_number_under_diff_base(newsroom):
    write_files(newsroom, {"a.md": f"{REPEATED}\n"})
    git(newsroom, "init", "-q", "-b", "main")
    git(newsroom, "add", "-A")
    git(newsroom, "commit", "-q", "-m", "published")
    full_before = fingerprints("a.md")
    write_files(newsroom, {"a.md": f"{REPEATED}\n\n{REPEATED}\n"})
    # only the added copy is reported; it must not take the published copy's fingerprint,
    # or code scanning would treat the new problem as the old, already-known alert
    assert fingerprints("a.md", "--diff-base", "main") == [(3, f"{full_before[0][1]}:2")]


def test_a_file_name_with_a_line_break_is_a_percent_encoded_uri(newsroom):
    write_files(newsroom, {"desk\nnotes.md": f"{REPEATED}\n"})
    result = invoke("audit", ".", "--format", "sarif", "--no-cache")
    (res,) = json.loads(result.stdout)["runs"][0]["results"]
    assert res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "desk%0Anotes.md"


def test_the_number_comes_back_from_the_cache(newsroom):
    write_files(newsroom, {"a.md": f"{REPEATED}\n\n{REPEATED}\n"})
    runs = []
    for _ in range(2):  # the first run fills the cache, the second reads it
        result = invoke("audit", "a.md", "--format", "sarif", "--cache-dir", str(newsroom / "cache"))
        runs.append([r["partialFingerprints"]["quoteaudit/v1"] for r in json.loads(result.stdout)["runs"][0]["results"]])
    assert runs[0] == runs[1] == [fp for _, fp in fingerprints("a.md")]
    assert runs[1][1] == f"{runs[1][0]}:2"
