"""The JSON contract: real output validates against the versioned schema in the package."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from quoteaudit import SCHEMA_ID
from quoteaudit.cli import app

from .conftest import POLNEAR_DEV, REPO


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(resources.files("quoteaudit").joinpath("schema/quoteaudit-2.schema.json").read_text("utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def run_json(args):
    result = CliRunner().invoke(app, ["audit", *args, "--format", "json"])
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result, lines


def test_seed_articles_output_validates(validator):
    result, lines = run_json([str(REPO / "seeds"), "--exit-zero"])
    assert result.exit_code == 0, result.output
    assert len(lines) == 4
    for obj in lines:
        validator.validate(obj)
        assert obj["schema"] == SCHEMA_ID
        (doc,) = obj["documents"]
        for quote in doc["quotes"]:
            for s, e in quote["fragments"]:
                assert 0 <= s < e <= len(doc["text"])
        for finding in doc["findings"]:
            assert 0 <= finding["start"] <= finding["end"] <= len(doc["text"])


def test_polnear_jsonl_gives_one_document_per_line_with_its_id(validator):
    if not POLNEAR_DEV.exists():
        pytest.skip("../shared/eval is not beside the repository")
    ids = [json.loads(line)["id"] for line in POLNEAR_DEV.read_text("utf-8").splitlines()[:5]]
    sample = POLNEAR_DEV.read_text("utf-8").splitlines()[:5]
    import tempfile, os

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "dev5.jsonl")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(sample) + "\n")
        result, lines = run_json([path])
    assert result.exit_code == 0, result.output
    assert [obj["documents"][0]["id"] for obj in lines] == ids
    for obj in lines:
        validator.validate(obj)


def test_input_error_documents_validate_too(validator, tmp_path):
    (tmp_path / "empty.md").write_text("", encoding="utf-8")
    result, lines = run_json([str(tmp_path / "empty.md")])
    assert result.exit_code == 2
    (obj,) = lines
    validator.validate(obj)
    assert obj["documents"][0]["error"] == f"{tmp_path / 'empty.md'}: is empty"
