"""Baselines: yesterday's accepted findings stay quiet, today's new ones are reported."""

from __future__ import annotations

import json
import re

from quoteaudit.model import Strength

from .gate_helpers import ONLY_TEST_RULES, audit_json, codes_at, gate_rules, invoke, write_files  # noqa: F401

OLD_STORY = """
The contractor reportedly overbilled the city.

The supplier allegedly knew.
"""


def test_baseline_round_trip(tmp_path, gate_rules, monkeypatch):
    write_files(tmp_path, {"quoteaudit.toml": ONLY_TEST_RULES, "archive/2019.md": OLD_STORY})
    monkeypatch.chdir(tmp_path)

    written = invoke("audit", "archive", "--write-baseline", "baseline.json")
    assert written.exit_code == 0, written.output
    assert written.stderr == "quoteaudit: wrote baseline baseline.json (2 finding(s))\n"
    data = json.loads((tmp_path / "baseline.json").read_text("utf-8"))
    assert data["schema"] == "quoteaudit-baseline/1"
    assert [(e["rule"], e["path"], e["count"]) for e in data["findings"]] == [
        ("QA098", "archive/2019.md", 1),
        ("QA099", "archive/2019.md", 1),
    ]
    assert all(len(e["fingerprint"]) == 20 for e in data["findings"])

    # the same findings, read through another spelling of the path: all accepted
    result, docs = audit_json(str(tmp_path / "archive"), "--baseline", "baseline.json")
    assert result.exit_code == 0, result.output
    assert docs[str(tmp_path / "archive" / "2019.md")]["findings"] == []

    # a new paragraph on top moves the old findings down; only the new one is reported
    story = tmp_path / "archive" / "2019.md"
    story.write_text("The treasurer reportedly resigned.\n\n" + story.read_text("utf-8"), encoding="utf-8")
    result, docs = audit_json("archive", "--baseline", "baseline.json")
    assert result.exit_code == 1
    assert codes_at(docs["archive/2019.md"]) == [("QA099", 1, 15)]


def test_a_second_copy_of_a_baselined_sentence_is_new(tmp_path, gate_rules, monkeypatch):
    write_files(tmp_path, {"quoteaudit.toml": ONLY_TEST_RULES, "a.md": "The supplier allegedly knew.\n"})
    monkeypatch.chdir(tmp_path)
    assert invoke("audit", "a.md", "--write-baseline", "bl.json").exit_code == 0
    (tmp_path / "a.md").write_text("The supplier allegedly knew.\n\nThe supplier allegedly knew.\n", encoding="utf-8")
    result, docs = audit_json("a.md", "--baseline", "bl.json")
    assert codes_at(docs["a.md"]) == [("QA098", 3, 14)]


def test_rewording_a_baselined_finding_brings_it_back(tmp_path, gate_rules, monkeypatch):
    write_files(tmp_path, {"quoteaudit.toml": ONLY_TEST_RULES, "a.md": "The supplier allegedly knew.\n"})
    monkeypatch.chdir(tmp_path)
    invoke("audit", "a.md", "--write-baseline", "bl.json")
    # same rule, same sentence, another file: not covered
    write_files(tmp_path, {"b.md": "The supplier allegedly knew.\n"})
    result, docs = audit_json("a.md", "b.md", "--baseline", "bl.json")
    assert codes_at(docs["a.md"]) == []
    assert codes_at(docs["b.md"]) == [("QA098", 1, 14)]


def test_a_baselined_low_score_is_a_floor_not_a_pass(tmp_path, gate_rules, monkeypatch):
    score = {"value": 48}
    monkeypatch.setattr("quoteaudit.pipeline.score_article", lambda ctx, weights=None: Strength(score["value"], "D"))
    write_files(tmp_path, {"quoteaudit.toml": ONLY_TEST_RULES + "fail-under = 60\n", "old.md": "The mayor spoke.\n"})
    monkeypatch.chdir(tmp_path)
    assert invoke("audit", "old.md").exit_code == 1
    assert invoke("audit", "old.md", "--write-baseline", "bl.json").exit_code == 0
    assert json.loads((tmp_path / "bl.json").read_text("utf-8"))["scores"] == {"old.md": 48}
    assert invoke("audit", "old.md", "--baseline", "bl.json").exit_code == 0
    score["value"] = 40
    result = invoke("audit", "old.md", "--baseline", "bl.json")
    assert result.exit_code == 1
    assert "the attribution score 40 is below the newsroom's minimum of 60, and below the 48 it had in the baseline" in result.stderr


def test_a_bad_baseline_is_a_usage_error(tmp_path, gate_rules):
    write_files(tmp_path, {"quoteaudit.toml": ONLY_TEST_RULES, "a.md": "The mayor spoke.\n", "bl.json": '{"schema": "other"}'})
    result = invoke("audit", tmp_path / "a.md", "--baseline", tmp_path / "bl.json", "--exit-zero")
    assert result.exit_code == 2
    assert result.stderr == f'quoteaudit: error: {tmp_path / "bl.json"}: is not a quoteaudit baseline (expected "schema": "quoteaudit-baseline/1")\n'
    result = invoke("audit", tmp_path / "a.md", "--baseline", tmp_path / "none.json")
    assert result.exit_code == 2
    assert "baseline file does not exist" in result.stderr


def test_write_baseline_cannot_be_combined_with_diff_base(tmp_path):
    result = invoke("audit", tmp_path, "--write-baseline", tmp_path / "bl.json", "--diff-base", "main")
    assert result.exit_code == 2
    assert result.stderr == "quoteaudit: error: --write-baseline records every finding, so it cannot be combined with --diff-base\n"


def test_fingerprint_is_the_sentence_not_the_place():
    from quoteaudit.ingest import read_string
    from quoteaudit.pipeline import fingerprint

    def key(text: str, word: str) -> str:
        (article,) = read_string(text, "text", path="a.txt")
        start = text.index(word)
        sentences = [(m.start(), m.end()) for m in re.finditer(r"\S[^.]*\.?", text)]
        return fingerprint(article, "QA098", start, start + len(word), sentences)

    original = key("The mayor spoke. The supplier allegedly knew.", "allegedly")
    assert key("A new lead. The mayor spoke.\n\nThe  Supplier allegedly knew.", "allegedly") == original
    assert key("The mayor spoke. The supplier allegedly knew it all.", "allegedly") != original
    assert key("He said ‘no’. Allegedly.", "Allegedly") == key("He said 'no'. Allegedly.", "Allegedly")
