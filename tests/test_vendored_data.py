"""The data the tests ship instead of reading ../shared: still the official SARIF schema,
still the project's hand annotation of the reference article, and actually the files the
tests use (so a fresh clone runs them instead of skipping)."""

from __future__ import annotations

import hashlib
import json

import pytest
from jsonschema import Draft4Validator

from . import test_formats
from .conftest import DATA, REPO, SARIF_SCHEMA, SEED_GOLD, SEED_TXT, SHARED

#: the OASIS SARIF 2.1.0 schema, errata 01 (see tests/data/sarif/NOTICE.md)
SARIF_ID = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SARIF_SHA256 = "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e"


def test_sarif_schema_is_the_official_oasis_file_kept_in_the_repository():
    assert SARIF_SCHEMA.is_relative_to(REPO / "tests" / "data")
    raw = SARIF_SCHEMA.read_bytes()
    assert hashlib.sha256(raw).hexdigest() == SARIF_SHA256
    schema = json.loads(raw)
    assert schema["id"] == SARIF_ID  # draft-04 names its $id "id"
    assert schema["$schema"] == "http://json-schema.org/draft-04/schema#"
    assert schema["properties"]["version"]["enum"] == ["2.1.0"]
    notice = (DATA / "sarif" / "NOTICE.md").read_text("utf-8")
    assert "Copyright © OASIS Open" in notice and SARIF_ID in notice and SARIF_SHA256 in notice


def test_sarif_tests_validate_against_the_vendored_schema():
    """The SARIF tests load the shipped schema, whatever $QUOTEAUDIT_SHARED says."""
    validator = test_formats.load_sarif_validator()
    assert isinstance(validator, Draft4Validator)
    assert validator.schema == json.loads(SARIF_SCHEMA.read_text("utf-8"))


def test_the_schema_catches_what_the_sarif_mutants_broke():
    """A result without a message and a fingerprint that is not a string are both invalid
    SARIF: the schema is strict enough to be worth shipping."""
    validator = Draft4Validator(json.loads(SARIF_SCHEMA.read_text("utf-8")))
    run = {"tool": {"driver": {"name": "quoteaudit"}}, "results": [{"ruleId": "QA101", "message": {"text": "Quote with no speaker"}}]}
    log = {"version": "2.1.0", "runs": [run]}
    assert not list(validator.iter_errors(log))
    run["results"][0]["partialFingerprints"] = {"quoteaudit/v1": 3}
    assert list(validator.iter_errors(log))
    del run["results"][0]["partialFingerprints"], run["results"][0]["message"]
    assert list(validator.iter_errors(log))


def test_seed_gold_is_the_hand_annotation_of_the_shipped_reference_article():
    gold = json.loads(SEED_GOLD.read_text("utf-8"))
    assert SEED_TXT == REPO / "seeds" / "tanf-2017-06-05.txt"
    assert gold["id"] == "seed-000"
    assert gold["text"] == SEED_TXT.read_text("utf-8")
    assert (len(gold["quotes"]), len(gold["unattributed_claims"])) == (14, 4)
    for quote in gold["quotes"]:
        assert gold["text"][quote["start"]:quote["end"]] == quote["content"]


def test_seed_gold_still_equals_the_shared_copy_when_there_is_one():
    shared = SHARED / "gold" / "seed-000.json"
    if not shared.is_file():
        pytest.skip(f"../shared/gold is not beside the repository (nothing to compare {SEED_GOLD.name} with)")
    assert SEED_GOLD.read_bytes() == shared.read_bytes()
    assert SEED_TXT.read_bytes() == (SHARED / "gold" / "seed-000.txt").read_bytes()
