"""``/openapi.json`` is a valid OpenAPI 3.1 document that tells the truth about the API:
every route is in it, and real answers validate against the schemas it gives them."""

from __future__ import annotations

import jsonschema
import pytest
from openapi_spec_validator import validate
from referencing import Registry
from referencing.jsonschema import DRAFT202012
from starlette.routing import Route

from .test_serve_api import SHORT, client, make_client, pool, tool  # noqa: F401 - fixtures


@pytest.fixture(scope="module")
def spec(client):  # noqa: F811
    return client.get("/openapi.json").json()


def _validator(spec: dict, name: str) -> jsonschema.protocols.Validator:
    """A JSON Schema 2020-12 validator for ``components/schemas/<name>``, resolving its
    references inside the OpenAPI document, as an API client's generator would."""
    registry = Registry().with_resource("urn:openapi", DRAFT202012.create_resource(spec))
    return jsonschema.Draft202012Validator({"$ref": f"urn:openapi#/components/schemas/{name}"}, registry=registry)


def test_the_document_is_valid_openapi_3_1(spec):
    validate(spec)
    assert spec["openapi"] == "3.1.0"


def test_every_route_of_the_api_is_described(client, spec):  # noqa: F811
    app = client.app
    paths = {r.path for r in app.routes if isinstance(r, Route) and r.path != "/"}
    assert paths == set(spec["paths"])


def test_real_answers_validate_against_the_described_schemas(client, spec):  # noqa: F811
    audit = client.post("/api/audit", json={"text": SHORT})
    _validator(spec, "QuoteauditRun").validate(audit.json())
    _validator(spec, "Rules").validate(client.get("/api/rules").json())
    _validator(spec, "Health").validate(client.get("/api/health").json())
    material = client.post("/api/evidence", files=[("file", ("mayor.txt", b"MAYOR ANA LOPEZ: We will not raise taxes.", "text/plain"))])
    _validator(spec, "EvidenceSet").validate(material.json())
    _validator(spec, "AuditRequest").validate({"text": SHORT, "evidence": material.json()["id"]})
    assert str(material.status_code) in spec["paths"]["/api/evidence"]["post"]["responses"]
    _validator(spec, "AuditRequest").validate({"text": SHORT, "format": "markdown", "metadata": {"byline": "A"}})
    error = client.post("/api/audit", json={"format": "text"})
    _validator(spec, "Error").validate(error.json())
    described = spec["paths"]["/api/audit"]["post"]["responses"]
    for status in (200, 400, 404, 413, 415, 422, 500, 503):
        assert str(status) in described


def test_the_embedded_contract_rejects_what_the_json_schema_rejects(client, spec):  # noqa: F811
    # the quoteaudit/2 schema moved into components must keep its teeth
    body = client.post("/api/audit", json={"text": SHORT}).json()
    body["documents"][0]["findings"][0]["severity"] = "catastrophic"
    with pytest.raises(jsonschema.ValidationError):
        _validator(spec, "QuoteauditRun").validate(body)


def test_a_token_server_says_so_in_its_description(pool, tool):  # noqa: F811
    with make_client(pool, tool, token="abc") as c:
        spec = c.get("/openapi.json", headers={"Authorization": "Bearer abc"}).json()
    validate(spec)
    assert spec["security"] == [{"bearerAuth": []}]
