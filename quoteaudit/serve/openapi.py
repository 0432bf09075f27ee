"""The OpenAPI 3.1 description of the server's API, served at ``/openapi.json``.

The audit response is described by the ``quoteaudit/2`` JSON Schema itself
(``quoteaudit/schema/quoteaudit-2.schema.json``), its ``$defs`` moved into
``components/schemas``, so the API and ``--format json`` share one contract.
"""

from __future__ import annotations

import copy
import json
import os
from functools import lru_cache
from typing import Any

from .. import __version__

SCHEMA_FILE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "schema", "quoteaudit-2.schema.json")


@lru_cache(maxsize=1)
def _contract() -> tuple[dict[str, Any], dict[str, Any]]:
    """The quoteaudit/2 schema as (run schema, its definitions), references pointing
    into ``components/schemas``."""
    with open(SCHEMA_FILE, encoding="utf-8") as fh:
        text = fh.read()
    schema = json.loads(text.replace('"#/$defs/', '"#/components/schemas/'))
    defs = schema.pop("$defs", {})
    for key in ("$schema", "$id"):
        schema.pop(key, None)
    return schema, defs


def _error(description: str, headers: dict[str, Any] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }
    if headers:
        out["headers"] = headers
    return out


_FORMAT = {"type": "string", "enum": ["text", "markdown", "html"], "default": "text", "description": "How to read the text: plain text, Markdown (front matter becomes metadata) or HTML."}
_METADATA = {"type": "object", "description": "Article metadata (headline, byline, url, ...); it overrides what the draft's own front matter says. Used by the rules, e.g. a byline."}


def openapi_document(settings) -> dict[str, Any]:
    run, defs = _contract()
    token = bool(getattr(settings, "token", None))
    doc: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {
            "title": "quoteaudit",
            "version": __version__,
            "summary": "Audit a news draft's quotes, sources and unattributed claims.",
            "description": (
                "The same audit as `quoteaudit audit --format json`, over HTTP. With the server "
                "started with --token (or QUOTEAUDIT_TOKEN), every request must carry "
                "`Authorization: Bearer <token>`."
            ),
            "license": {"name": "MIT", "identifier": "MIT"},
        },
        "paths": {
            "/api/audit": {
                "post": {
                    "operationId": "audit",
                    "summary": "Audit one draft",
                    "description": (
                        "Send the draft as JSON (pasted text) or as a file upload (.txt, .md, .html). "
                        "The answer is the quoteaudit/2 document `--format json` prints for it. "
                        "Beyond the queue's capacity the server answers 503 with Retry-After."
                    ),
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/AuditRequest"}},
                            "multipart/form-data": {
                                "schema": {
                                    "type": "object",
                                    "required": ["file"],
                                    "properties": {
                                        "file": {"type": "string", "contentMediaType": "application/octet-stream", "description": "The draft; its extension says its format unless `format` is given."},
                                        "format": _FORMAT,
                                        "metadata": {"type": "string", "contentMediaType": "application/json", "description": "A JSON object of article metadata."},
                                    },
                                },
                                "encoding": {"file": {"contentType": "application/octet-stream, text/plain, text/markdown, text/html"}},
                            },
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "The audit.",
                            "headers": {
                                "X-Quoteaudit-Report": {"description": "Id of the kept report: GET /reports/{id}.html or .json.", "schema": {"type": "string"}},
                                "X-Quoteaudit-Policy": {"description": "The newsroom policy's verdict on the draft.", "schema": {"type": "string", "enum": ["passes", "fails"]}},
                                "X-Quoteaudit-Verdict": {"description": "The verdict the report shows: the policy's, and 'needs work' when it passes with errors or warnings left.", "schema": {"type": "string", "enum": ["passes", "needs work", "fails"]}},
                                "X-Quoteaudit-Verdict-Text": {"description": "That verdict in the report's words (\"Needs work\").", "schema": {"type": "string"}},
                                "Server-Timing": {"description": "`audit;dur=MS` (the worker reading, parsing and auditing the draft) and `wait;dur=MS` (the rest of the server's time: waiting for a free worker, handing the draft over and back).", "schema": {"type": "string"}},
                            },
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/QuoteauditRun"}}},
                        },
                        "400": _error("The request cannot be read (not JSON, not UTF-8, a missing field, an empty body)."),
                        "401": _error("The server has a token and the request did not carry it."),
                        "413": _error("The draft is over the size limit (max-bytes in the newsroom config)."),
                        "415": _error("Not JSON or a file upload, or a file type quoteaudit cannot read."),
                        "422": _error("The draft cannot be read as an article (binary, empty, undecodable)."),
                        "500": _error("The audit failed (for example, its worker process died); the worker has been replaced."),
                        "503": _error("Every worker is busy and the queue is full.", {"Retry-After": {"description": "Seconds to wait before trying again.", "schema": {"type": "integer", "minimum": 1}}}),
                    },
                }
            },
            "/api/rules": {
                "get": {
                    "operationId": "rules",
                    "summary": "The checks, with the severity the newsroom config gives each",
                    "responses": {"200": {"description": "Every rule.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Rules"}}}}, "401": _error("Token missing.")},
                }
            },
            "/api/health": {
                "get": {
                    "operationId": "health",
                    "summary": "Whether the server is up, its workers and the config in force",
                    "responses": {"200": {"description": "The server's state.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}}, "401": _error("Token missing.")},
                }
            },
            "/reports/{file}": {
                "get": {
                    "operationId": "report",
                    "summary": "A kept audit as the HTML report page or the JSON document",
                    "parameters": [
                        {"name": "file", "in": "path", "required": True, "schema": {"type": "string", "pattern": "^[A-Za-z0-9_-]+\\.(html|json)$"}, "description": "`{id}.html` or `{id}.json`, the id from X-Quoteaudit-Report."},
                        {"name": "download", "in": "query", "required": False, "schema": {"type": "string"}, "description": "Any value: send it as a file to save."},
                    ],
                    "responses": {
                        "200": {"description": "The report.", "content": {"text/html": {"schema": {"type": "string"}}, "application/json": {"schema": {"$ref": "#/components/schemas/QuoteauditRun"}}}},
                        "404": _error("Not kept (only the last audits are kept, in memory)."),
                    },
                }
            },
            "/openapi.json": {
                "get": {
                    "operationId": "openapi",
                    "summary": "This description",
                    "responses": {"200": {"description": "OpenAPI 3.1.", "content": {"application/json": {"schema": {"type": "object"}}}}},
                }
            },
        },
        "components": {
            "schemas": {
                **copy.deepcopy(defs),
                "QuoteauditRun": copy.deepcopy(run),
                "AuditRequest": {
                    "type": "object",
                    "required": ["text"],
                    "additionalProperties": False,
                    "properties": {
                        "text": {"type": "string", "description": "The draft."},
                        "format": _FORMAT,
                        "metadata": _METADATA,
                        "id": {"type": "string", "minLength": 1, "default": "draft", "description": "A name for the draft, shown as the document's id and path."},
                    },
                },
                "Error": {
                    "type": "object",
                    "required": ["error"],
                    "additionalProperties": False,
                    "properties": {"error": {"type": "string", "description": "One line saying what is wrong."}},
                },
                "Rules": {
                    "type": "object",
                    "required": ["rules"],
                    "additionalProperties": False,
                    "properties": {"rules": {"type": "array", "items": {"$ref": "#/components/schemas/Rule"}}},
                },
                "Rule": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["code", "name", "label", "severity", "default_severity", "enabled", "summary", "why_it_matters", "how_to_fix"],
                    "properties": {
                        "code": {"type": "string", "pattern": "^QA[0-9]{3}$"},
                        "name": {"type": "string"},
                        "label": {"type": "string", "description": "The editor's words for it."},
                        "severity": {"$ref": "#/components/schemas/Severity"},
                        "default_severity": {"$ref": "#/components/schemas/Severity"},
                        "enabled": {"type": "boolean", "description": "False when the newsroom config switches it off."},
                        "summary": {"type": "string"},
                        "why_it_matters": {"type": "string"},
                        "how_to_fix": {"type": "string"},
                    },
                },
                "Severity": {"type": "string", "enum": ["error", "warning", "suggestion"]},
                "Health": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["status", "version", "schema", "model", "model_version", "config", "workers", "busy", "queued", "queue_limit", "restarts", "max_bytes", "upload_extensions", "downloads"],
                    "properties": {
                        "status": {"const": "ok"},
                        "version": {"type": "string"},
                        "schema": {"type": "string"},
                        "model": {"type": ["string", "null"]},
                        "model_version": {"type": ["string", "null"]},
                        "config": {"type": ["string", "null"], "description": "The newsroom config file in force; null: built-in defaults."},
                        "workers": {"type": "integer", "minimum": 1},
                        "busy": {"type": "integer", "minimum": 0},
                        "queued": {"type": "integer", "minimum": 0},
                        "queue_limit": {"type": "integer", "minimum": 0},
                        "restarts": {"type": "integer", "minimum": 0, "description": "Workers replaced after dying or hanging."},
                        "max_bytes": {"type": "integer", "minimum": 1},
                        "upload_extensions": {"type": "array", "items": {"type": "string"}},
                        "downloads": {"type": "array", "items": {"type": "string"}},
                    },
                },
            },
            "securitySchemes": {
                "bearerAuth": {"type": "http", "scheme": "bearer", "description": "The server's --token."},
            },
        },
    }
    if token:
        doc["security"] = [{"bearerAuth": []}]
    return doc
