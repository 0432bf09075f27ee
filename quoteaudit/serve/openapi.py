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
_EVIDENCE_ID = {
    "type": "string", "minLength": 1,
    "description": "The id of a set of source material (from POST /api/evidence): the draft's direct quotes are checked word for word against it (QA105-QA107, and an `evidence` object on each quote). A draft's own front matter never names files on the server.",
}
_SET = {"name": "set", "in": "path", "required": True, "schema": {"type": "string"}, "description": "The set's id, from POST /api/evidence."}
_EVIDENCE_UPLOAD = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "required": ["file"],
                "properties": {
                    "file": {
                        "type": "array", "minItems": 1,
                        "items": {"type": "string", "contentMediaType": "application/octet-stream"},
                        "description": "One or more files of source material (repeat the field): transcripts (.txt, .vtt, .srt), releases (.html, .md), Word (.docx), JSON Lines (.jsonl, one record per post or statement). A file named like one the set holds replaces it.",
                    },
                },
            },
        },
    },
}
_SET_ANSWER = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/EvidenceSet"}}}}
_EVIDENCE_ERRORS = {
    "400": _error("No file in the field `file`, or the upload cannot be read."),
    "401": _error("Token missing."),
    "413": _error("The upload is over the size limit (max-bytes in the newsroom config, per request and per file), or the set would hold more than its limit of files."),
    "415": _error("Not a multipart/form-data upload, or a file that cannot be source material by its extension."),
    "422": _error("A file cannot be read as source material (binary, undecodable, empty, malformed captions); the message names it. Nothing of the upload is added."),
}


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
                        "Send the draft as JSON (pasted text) or as a file upload (.txt, .md, .html, .docx). "
                        "The answer is the quoteaudit/2 document `--format json` prints for it. "
                        "To check its direct quotes against source material, name a kept set in `evidence` "
                        "(JSON or a form field), or, in a file upload, send the files themselves as repeated "
                        "`evidence` parts (the whole request within max-bytes). "
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
                                        "evidence": {
                                            "type": "array",
                                            "items": {"type": "string"},
                                            "description": "Repeatable. A file part is source material to check the draft's quotes against (the extensions of POST /api/evidence); a plain field is the id of a kept set (at most one).",
                                        },
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
                        "404": _error("The set of source material named in `evidence` is not kept (any more): add the files again."),
                        "413": _error("The draft is over the size limit (max-bytes in the newsroom config)."),
                        "415": _error("Not JSON or a file upload, or a file type quoteaudit cannot read."),
                        "422": _error("The draft cannot be read as an article (binary, empty, undecodable), or a file of source material sent with it cannot be read; the message names it."),
                        "500": _error("The audit failed (for example, its worker process died); the worker has been replaced."),
                        "503": _error("Every worker is busy and the queue is full.", {"Retry-After": {"description": "Seconds to wait before trying again.", "schema": {"type": "integer", "minimum": 1}}}),
                    },
                }
            },
            "/api/evidence": {
                "post": {
                    "operationId": "addEvidenceSet",
                    "summary": "Keep source material to check drafts' quotes against",
                    "description": (
                        "A new set of source material from the uploaded files, read now (a file that cannot be used is refused, "
                        "with its name) and kept in the server's memory only. Name the set's id in `evidence` when auditing a draft; "
                        "sets not used for a while may be dropped when the server needs room (audits then answer 404)."
                    ),
                    "requestBody": _EVIDENCE_UPLOAD,
                    "responses": {"201": {"description": "The new set.", **_SET_ANSWER}, **_EVIDENCE_ERRORS},
                }
            },
            "/api/evidence/{set}": {
                "parameters": [_SET],
                "get": {
                    "operationId": "getEvidenceSet",
                    "summary": "The files a set of source material holds",
                    "responses": {"200": {"description": "The set.", **_SET_ANSWER}, "401": _error("Token missing."), "404": _error("Not kept (any more).")},
                },
                "post": {
                    "operationId": "addEvidenceFiles",
                    "summary": "Add files to a set of source material",
                    "requestBody": _EVIDENCE_UPLOAD,
                    "responses": {"200": {"description": "The set, with the files added.", **_SET_ANSWER}, **_EVIDENCE_ERRORS, "404": _error("Not kept (any more).")},
                },
                "delete": {
                    "operationId": "deleteEvidenceSet",
                    "summary": "Drop a set of source material",
                    "responses": {"204": {"description": "Dropped."}, "401": _error("Token missing."), "404": _error("Not kept (any more).")},
                },
            },
            "/api/evidence/{set}/files/{name}": {
                "parameters": [_SET, {"name": "name", "in": "path", "required": True, "schema": {"type": "string"}, "description": "The file's name, as the set lists it."}],
                "delete": {
                    "operationId": "removeEvidenceFile",
                    "summary": "Remove one file from a set: later audits are no longer checked against it",
                    "responses": {"200": {"description": "The set, without the file.", **_SET_ANSWER}, "401": _error("Token missing."), "404": _error("The set is not kept, or holds no such file.")},
                },
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
                        "evidence": _EVIDENCE_ID,
                    },
                },
                "EvidenceSet": {
                    "type": "object",
                    "required": ["id", "files"],
                    "additionalProperties": False,
                    "properties": {
                        "id": {"type": "string", "description": "Name it in `evidence` when auditing a draft."},
                        "files": {"type": "array", "items": {"$ref": "#/components/schemas/EvidenceFile"}},
                    },
                },
                "EvidenceFile": {
                    "type": "object",
                    "required": ["name", "bytes", "format", "records", "transcript", "speakers"],
                    "additionalProperties": False,
                    "properties": {
                        "name": {"type": "string", "description": "The uploaded file's own name: the evidence file findings and the report name."},
                        "bytes": {"type": "integer", "minimum": 0},
                        "format": {"type": "string", "description": "How it was read: text, markdown, html, docx, jsonl, vtt or srt."},
                        "records": {"type": "integer", "minimum": 1, "description": "Documents read from it (a JSON Lines file: one per record)."},
                        "transcript": {"type": "boolean", "description": "It has speaker labels or timestamps, read as a transcript."},
                        "speakers": {"type": "array", "items": {"type": "string"}, "description": "The transcript's speaker labels, compared with each quote's source (QA107)."},
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
                    "required": ["status", "version", "schema", "model", "model_version", "config", "workers", "busy", "queued", "queue_limit", "restarts", "max_bytes", "upload_extensions", "evidence_extensions", "max_evidence_files", "downloads"],
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
                        "evidence_extensions": {"type": "array", "items": {"type": "string"}, "description": "What source material may be."},
                        "max_evidence_files": {"type": "integer", "minimum": 1, "description": "Files one set of source material may hold."},
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
