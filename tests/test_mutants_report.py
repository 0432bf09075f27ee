"""What a code-scanning dashboard shows for a wire file and a desk file, written against
the mutants that survived the older suite (benchmarks/mutation.md). No schema and no
../shared: every expected value is spelled out."""

from __future__ import annotations

import json
import re

import pytest

from .gate_helpers import invoke, write_files

WIRE = (
    '{"id": "wire-0412", "text": "“We will not close the pier,” the harbour master said.\\n\\nIt is believed that the council will vote in June."}\n'
    '{"id": "wire-0413", "text": "Officials say the ferry will run again by Friday."}\n'
)
DESK = "It is believed that the council will vote in June.\n"


@pytest.fixture
def desk(tmp_path, monkeypatch):
    write_files(tmp_path, {"wire.jsonl": WIRE, "desk.txt": DESK})
    monkeypatch.chdir(tmp_path)
    return tmp_path


def sarif_results(*paths):
    result = invoke("audit", *paths, "--format", "sarif", "--no-cache")
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["runs"][0]["results"]


def test_a_finding_in_a_wire_file_names_its_story_and_a_desk_file_needs_no_name(desk):
    results = sarif_results("wire.jsonl", "desk.txt")
    assert [(r["ruleId"], r["message"]["text"]) for r in results] == [
        ("QA302", "[wire-0412] “It is believed” does not say who is behind it."),
        ("QA201", "[wire-0413] “Officials” does not tell the reader who they are or how they know."),
        ("QA202", "[wire-0413] The article never says why “Officials” cannot be named."),
        ("QA302", "“It is believed” does not say who is behind it."),
    ]
    assert [r["properties"]["article"] for r in results] == ["wire-0412", "wire-0413", "wire-0413", "desk.txt"]
    assert [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results] == ["wire.jsonl"] * 3 + ["desk.txt"]


def test_every_result_carries_a_fingerprint_for_code_scanning(desk):
    results = sarif_results("wire.jsonl", "desk.txt")
    prints = [r["partialFingerprints"]["quoteaudit/v1"] for r in results]
    assert all(re.fullmatch(r"[0-9a-f]{20}", p) for p in prints), prints
    # the two stories' findings about "Officials" are two alerts, not one
    assert prints[1] != prints[2]
    # the same weasel sentence is the same alert wherever it stands
    assert prints[0] == prints[3]
