"""The editor's desk as an ASGI application (Starlette): the page, the JSON API, the reports.

Routes (the OpenAPI description in :mod:`.openapi` documents the API ones):

* ``GET /`` and ``/static/...``: the page, its script and its stylesheet, shipped in the
  package (``quoteaudit/serve/static``); nothing is loaded from anywhere else.
* ``POST /api/audit``: a draft (JSON or a file upload) in, the ``quoteaudit/2`` document
  out, the same as ``quoteaudit audit --format json`` prints for it. Its quotes are
  checked against source material when the request names a set of it (``evidence``) or,
  as a file upload, carries the files themselves (repeatable ``evidence`` parts).
* ``POST /api/evidence``, ``GET``/``POST``/``DELETE /api/evidence/{set}``, ``DELETE
  /api/evidence/{set}/files/{name}``: the source material the editor added beside the
  draft ("Add source material" on the page), kept in memory by :mod:`.evidence`.
* ``GET /api/rules``, ``GET /api/health``, ``GET /openapi.json``.
* ``GET /reports/{id}.html`` / ``.json``: the last audits, kept in memory only (a bounded
  number), so the page can show a report in a frame and offer it as a download. The HTML
  is the standalone report page of ``--format html``, rendered by
  :func:`quoteaudit.report.html.render_article` from the same templates.

Security: every response carries a strict Content-Security-Policy (the page runs only its
own static script and may connect only to this server); with a token, every request must
carry it; the ``Host`` header must name this server (no DNS rebinding); uploads are
parsed in memory; source material is read through a private temporary folder removed at
once (the same readers as ``--evidence``), and kept in memory only.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import os
import secrets
import time
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..gate.config import Config
from ..ingest import FORMATS, InputError
from ..ingest.base import DataTooComplex, display_path, plain_data, scrub
from ..model import DocumentAudit, ToolInfo
from ..report.model import article_report
from .evidence import MAX_FILES, EvidenceStore, TooManyFiles, evidence_extensions, read_files, unsupported_evidence
from .pool import AuditFailed, QueueFull, WorkerCrashed, WorkerPool
from .worker import AuditJob

STATIC_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "static")

#: formats a pasted draft may be in (the JSON API's ``format``)
PASTE_FORMATS = ("text", "markdown", "html")
#: audits kept for the page's report frame and downloads (oldest dropped first)
KEEP_REPORTS = 64
KEEP_CHARS = 32 * 1024 * 1024
#: room for the JSON or multipart envelope around an article of ``max-bytes``
ENVELOPE = 64 * 1024
TOKEN_COOKIE = "quoteaudit_token"

#: the page: its own script and styles only, talks only to this server, frames only reports
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
#: a report: the standalone page's own policy (inline styles, nothing else), framed only here
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'"
#: anything else (JSON): nothing at all
API_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")


@dataclass
class ServeSettings:
    """What the server was started with."""

    config: Config
    tool: ToolInfo
    #: required on every request when set (``--token`` / ``QUOTEAUDIT_TOKEN``)
    token: str | None = None
    #: ``Host`` header values accepted; None accepts any (a token guards the server then)
    allowed_hosts: tuple[str, ...] | None = LOOPBACK_HOSTS

    @property
    def max_body(self) -> int:
        return self.config.max_bytes + ENVELOPE


class RequestError(Exception):
    """A request the API refuses: HTTP ``status`` and one line saying why."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


# --- the audits kept for the page ---------------------------------------------------------


@dataclass
class StoredAudit:
    doc: DocumentAudit
    #: why the draft fails the newsroom policy (empty: it passes)
    reasons: list[str] = field(default_factory=list)
    #: the uploaded Word file, so the .docx download comments a copy of the editor's own
    #: document (styles, tables, earlier comments kept); None for any other draft
    original: bytes | None = None

    @property
    def size(self) -> int:
        """What keeping it costs, in characters and bytes."""
        return len(self.doc.text) + len(self.original or b"")


class ReportStore:
    """The last ``limit`` audits by unguessable id, in memory only, and no more than
    ``max_chars`` of article text in all (a few 10 MB drafts must not pile up); the
    newest is always kept."""

    def __init__(self, limit: int = KEEP_REPORTS, max_chars: int = KEEP_CHARS):
        self.limit = limit
        self.max_chars = max_chars
        self._items: OrderedDict[str, StoredAudit] = OrderedDict()
        self._chars = 0

    def add(self, item: StoredAudit) -> str:
        key = secrets.token_urlsafe(16)
        self._items[key] = item
        self._chars += item.size
        while len(self._items) > 1 and (len(self._items) > self.limit or self._chars > self.max_chars):
            _, dropped = self._items.popitem(last=False)
            self._chars -= dropped.size
        return key

    def get(self, key: str) -> StoredAudit | None:
        return self._items.get(key)


# --- security: host, token, headers ---------------------------------------------------------


class Guard:
    """ASGI middleware in front of every route: the ``Host`` check, the token, and the
    security headers on every response (errors included)."""

    def __init__(self, app, settings: ServeSettings):
        self.app = app
        self.settings = settings

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        refusal = self._refusal(request)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                for name, value in _SECURITY_HEADERS:
                    if name not in names:
                        headers.append((name, value))
                message = {**message, "headers": headers}
            await send(message)

        if refusal is not None:
            await refusal(scope, receive, send_with_headers)
            return
        await self.app(scope, receive, send_with_headers)

    def _refusal(self, request: Request) -> Response | None:
        allowed = self.settings.allowed_hosts
        host = (request.headers.get("host") or "").lower()
        hostname = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        if allowed is not None and hostname not in allowed:
            return error_response(400, f"this quoteaudit server answers only to {', '.join(allowed)}, not to Host {display_path(host)!r}")
        token = self.settings.token
        if not token:
            return None
        offered = _offered_token(request)
        if offered is not None and hmac.compare_digest(offered.encode(), token.encode()):
            return None
        link = request.query_params.get("token")
        if request.method == "GET" and request.url.path == "/" and link is not None:
            if hmac.compare_digest(link.encode(), token.encode()):
                # the link printed at start: keep the token in a cookie, drop it from the URL
                response = RedirectResponse("/", status_code=303)
                response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict", path="/")
                return response
        return error_response(
            401,
            "this quoteaudit server needs its token: open the link it printed at start, "
            "or send the header 'Authorization: Bearer <token>'",
            {"WWW-Authenticate": 'Bearer realm="quoteaudit"'},
        )


def _offered_token(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip()
    return request.cookies.get(TOKEN_COOKIE)


_SECURITY_HEADERS = [
    (b"content-security-policy", API_CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    # drafts are unpublished work: never kept in a shared or browser cache
    (b"cache-control", b"no-store"),
]


# --- reading a request into an audit job ------------------------------------------------------


async def read_body(request: Request, limit: int, what: str = "the draft") -> bytes:
    """The request body, refused with 413 as soon as it is over ``limit`` bytes."""
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit:
        raise _too_large(int(length), limit, what)
    chunks = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(size, limit, what)
        chunks.append(chunk)
    return b"".join(chunks)


def _amount(size: int) -> str:
    """``2.5 MB``, or ``2,567 bytes`` under a tenth of a megabyte."""
    return f"{size / 1048576:.1f} MB" if size >= 104858 else f"{size:,} bytes"


def _too_large(size: int, limit: int, what: str = "the draft") -> RequestError:
    per = "per draft" if what == "the draft" else "per upload"
    return RequestError(
        413,
        f"{what} is too large ({_amount(size)}); this server accepts up to {(limit - ENVELOPE) / 1048576:.1f} MB "
        f"{per} (max-bytes in the newsroom config)",
    )


@dataclass
class AuditRequest:
    """What a request to audit asks: the draft, and the source material to check its
    quotes against: a kept set (``evidence_set``) and files sent with it (``evidence``)."""

    job: AuditJob
    evidence_set: str | None = None
    evidence: list[tuple[str, bytes]] = field(default_factory=list)


async def job_from_request(request: Request, max_body: int) -> AuditRequest:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await read_body(request, max_body)
    if not body.strip():
        raise RequestError(400, 'the request is empty: send JSON {"text": "...", "format": "text"} or upload a file (multipart/form-data, field "file")')
    if kind == "application/json":
        return _job_from_json(body)
    if kind == "multipart/form-data":
        return await _job_from_upload(request, body, max_body)
    raise RequestError(415, f"cannot read a {display_path(kind) or 'request without a Content-Type'}: send application/json or a multipart/form-data file upload")


def _evidence_set(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise RequestError(400, '"evidence" must be the id of a set of source material (from POST /api/evidence)')
    return value.strip()


def _job_from_json(body: bytes) -> AuditRequest:
    try:
        data = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError:
        raise RequestError(400, "the request body is not UTF-8; JSON must be sent as UTF-8") from None
    except ValueError as exc:
        raise RequestError(400, f"the request body is not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise RequestError(400, 'the request must be a JSON object: {"text": "...", "format": "text"}')
    unknown = sorted(set(data) - {"text", "format", "metadata", "id", "evidence"})
    if unknown:
        raise RequestError(400, f"unknown field(s) {', '.join(map(repr, unknown))}; send text, format, metadata, id and evidence")
    text = data.get("text")
    if not isinstance(text, str):
        raise RequestError(400, '"text" is required and must be a string: the draft to audit')
    fmt = _format(data.get("format", "text"))
    name = data.get("id", "draft")
    if not isinstance(name, str) or not name.strip():
        raise RequestError(400, '"id" must be a non-empty string')
    job = AuditJob(name=display_path(name), data=scrub(text).encode("utf-8"), fmt=fmt, metadata=_metadata(data.get("metadata")))
    return AuditRequest(job, _evidence_set(data.get("evidence")))


def _format(value: Any) -> str:
    if value not in PASTE_FORMATS:
        raise RequestError(400, f'"format" must be one of {", ".join(PASTE_FORMATS)}, not {display_path(str(value))!r}')
    return value


def _metadata(value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise RequestError(400, '"metadata" must be a JSON object, like {"byline": "Jane Doe"}')
    try:
        return plain_data(value)
    except DataTooComplex as exc:
        raise RequestError(400, f'"metadata" {exc}') from None


async def parse_form_in_memory(request: Request, body: bytes, max_files: int = 1 + MAX_FILES):
    """Starlette's multipart parser, keeping every part in memory: the body is already
    bounded, and an upload must never be written to disk."""
    from starlette.formparsers import MultiPartException, MultiPartParser

    async def stream():
        yield body

    parser = MultiPartParser(request.headers, stream(), max_files=max_files, max_fields=5, max_part_size=len(body) + 1)
    parser.spool_max_size = len(body) + 1  # never rolls over to a temporary file
    try:
        return await parser.parse()
    except MultiPartException as exc:
        raise RequestError(400, f"the upload cannot be read: {exc.message}") from None


async def _job_from_upload(request: Request, body: bytes, max_body: int) -> AuditRequest:
    form = await parse_form_in_memory(request, body)
    try:
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise RequestError(400, 'the upload has no file: send it in the form field "file"')
        # "evidence": source material files sent with the draft, or the id of a kept set
        sets = [v for v in form.getlist("evidence") if isinstance(v, str)]
        if len(sets) > 1:
            raise RequestError(400, 'name at most one set of source material in "evidence"')
        evidence = await _evidence_uploads([v for v in form.getlist("evidence") if not isinstance(v, str)], max_body - ENVELOPE)
        name = upload_name(upload.filename)
        data = await upload.read()
        fmt = form.get("format")
        if fmt is not None:
            fmt = _format(fmt)
        elif _extension(name) not in FORMATS or FORMATS[_extension(name)] == "jsonl":
            raise RequestError(415, _unsupported_upload(name))
        meta = form.get("metadata")
        try:
            metadata = _metadata(json.loads(meta) if isinstance(meta, str) and meta.strip() else None)
        except ValueError:
            raise RequestError(400, '"metadata" must be a JSON object') from None
        return AuditRequest(AuditJob(name=name, data=data, fmt=fmt, metadata=metadata), _evidence_set(sets[0] if sets else None), evidence)
    finally:
        await form.close()


async def _evidence_uploads(uploads, max_bytes: int) -> list[tuple[str, bytes]]:
    """Each uploaded file of source material as (its own name, its bytes); 415 for a file
    that cannot be source material by its extension, 413 for one over ``max_bytes``."""
    files = []
    for upload in uploads:
        name = upload_name(upload.filename)
        problem = unsupported_evidence(name)
        if problem:
            raise RequestError(415, problem)
        data = await upload.read()
        if len(data) > max_bytes:
            raise RequestError(413, f"{name}: is too large ({_amount(len(data))}); source material may be up to {_amount(max_bytes)} a file (max-bytes in the newsroom config)")
        files.append((name, data))
    return files


async def read_evidence_files(uploads: list[tuple[str, bytes]], max_bytes: int):
    """The uploads read as source material, off the event loop; 422 naming a file that
    cannot be used (undecodable, binary, malformed captions, empty)."""
    try:
        return await run_in_threadpool(read_files, uploads, max_bytes)
    except InputError as exc:
        raise RequestError(422, str(exc)) from None


_NO_SUCH_SET = (
    "no such set of source material: sets are kept in memory, and the least recently used "
    "is dropped when the server needs room; add the files again"
)


def upload_name(filename: str | None) -> str:
    """The uploaded file's own name, never a path, printable on one line."""
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    return display_path(name) or "upload"


def _extension(name: str) -> str:
    return os.path.splitext(name)[1].lower()


def _unsupported_upload(name: str) -> str:
    ext = _extension(name)
    if ext in (".jsonl", ".ndjson"):
        return f"{name}: JSON Lines hold many articles; upload one draft, or run 'quoteaudit audit {name}'"
    return f"{name}: cannot read {display_path(ext) or 'a file without an extension'}; upload .txt, .md, .html or .docx"


def upload_extensions() -> list[str]:
    """The extensions the page's file picker offers: every single-article format."""
    return sorted(ext for ext, fmt in FORMATS.items() if fmt != "jsonl")


# --- the application -------------------------------------------------------------------------


def create_app(pool: WorkerPool, settings: ServeSettings) -> Starlette:
    """The ASGI app. ``pool`` is started and closed by the caller (``quoteaudit serve``
    or a test), so one pool can serve several apps."""
    from .. import SCHEMA_ID
    from ..gate.policy import failures
    from ..report.json import run_object
    from .openapi import openapi_document

    store = ReportStore()
    evidence_sets = EvidenceStore()
    config = settings.config

    async def page(request: Request) -> Response:
        return FileResponse(os.path.join(STATIC_DIR, "index.html"), headers={"Content-Security-Policy": PAGE_CSP})

    async def with_evidence(asked: AuditRequest) -> AuditJob:
        """The job with the source material its request names or carries."""
        documents = []
        if asked.evidence_set is not None:
            kept = evidence_sets.get(asked.evidence_set)
            if kept is None:
                raise RequestError(404, _NO_SUCH_SET)
            documents.extend(kept.index().documents)
        if asked.evidence:
            files = await read_evidence_files(asked.evidence, config.max_bytes)
            documents.extend(d for f in files for d in f.documents)
        return replace(asked.job, evidence=tuple(documents)) if documents else asked.job

    async def audit(request: Request) -> Response:
        try:
            job = await with_evidence(await job_from_request(request, settings.max_body))
            received = time.perf_counter()
            try:
                future = pool.submit(job)
            except QueueFull as exc:
                raise RequestError(
                    503,
                    f"every audit worker is busy and the queue is full; try again in {exc.retry_after} s",
                    {"Retry-After": str(exc.retry_after)},
                ) from None
            except WorkerCrashed as exc:  # the server is stopping
                raise RequestError(503, str(exc), {"Retry-After": "5"}) from None
            try:
                result = await asyncio.wrap_future(future)
            except asyncio.CancelledError:
                future.cancel()  # the client went away: do not audit a draft nobody awaits
                raise
            except (WorkerCrashed, AuditFailed) as exc:
                raise RequestError(500, f"{job.name}: could not be audited: {exc}") from None
        except RequestError as exc:
            return error_response(exc.status, exc.message, exc.headers)
        if result.input_error:
            return error_response(422, result.input_error)
        doc = result.document
        if doc.error:
            return error_response(500, doc.error)
        reasons = failures(doc, config)
        # the one verdict every rendering shows (passes / needs work / fails), from the
        # report model, so the page's summary line never disagrees with its report
        verdict = article_report(doc, reasons).verdict
        is_word = (job.fmt or FORMATS.get(_extension(job.name))) == "docx"
        key = store.add(StoredAudit(doc, reasons, job.data if is_word else None))
        body = json.dumps(run_object(settings.tool, doc), ensure_ascii=False)
        # where the time went: the worker's read + parse + audit, and the rest (waiting
        # for a worker, passing the draft and the result between processes)
        total = time.perf_counter() - received
        timing = f"audit;dur={result.seconds * 1000:.1f}, wait;dur={max(0.0, total - result.seconds) * 1000:.1f}"
        return Response(
            body,
            media_type="application/json",
            headers={
                "X-Quoteaudit-Report": key,
                "X-Quoteaudit-Policy": "fails" if reasons else "passes",
                "X-Quoteaudit-Verdict": verdict.status,
                "X-Quoteaudit-Verdict-Text": verdict.headline,
                "Server-Timing": timing,
            },
        )

    async def rules(request: Request) -> Response:
        from ..rules.base import enabled_rules, severity_for
        from ..rules.catalog import all_rules

        enabled = {r.code for r in enabled_rules(config)}
        return JSONResponse({"rules": [
            {
                "code": r.code,
                "name": r.name,
                "label": r.label,
                "severity": severity_for(r, config).value,
                "default_severity": r.severity.value,
                "enabled": r.code in enabled,
                "summary": r.summary(),
                "why_it_matters": r.why_it_matters(),
                "how_to_fix": r.how_to_fix(),
            }
            for r in all_rules()
        ]})

    async def health(request: Request) -> Response:
        status = pool.status()
        return JSONResponse({
            "status": "ok",
            "version": settings.tool.version,
            "schema": SCHEMA_ID,
            "model": settings.tool.model,
            "model_version": settings.tool.model_version,
            "config": config.path,
            "workers": status.workers,
            "busy": status.busy,
            "queued": status.queued,
            "queue_limit": status.queue_limit,
            "restarts": status.restarts,
            "max_bytes": config.max_bytes,
            "upload_extensions": upload_extensions(),
            "evidence_extensions": evidence_extensions(),
            "max_evidence_files": MAX_FILES,
            "downloads": sorted(DOWNLOADS),
        })

    # --- source material beside the draft -----------------------------------------------

    async def evidence_add(request: Request) -> Response:
        """POST /api/evidence (a new set) and POST /api/evidence/{set} (add to one)."""
        key = request.path_params.get("set")
        try:
            if key is not None and evidence_sets.get(key) is None:
                raise RequestError(404, _NO_SUCH_SET)
            kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if kind != "multipart/form-data":
                raise RequestError(415, 'send source material as a multipart/form-data upload, one or more files in the field "file"')
            body = await read_body(request, settings.max_body, "the source material")
            form = await parse_form_in_memory(request, body, max_files=MAX_FILES)
            try:
                uploads = [v for v in form.getlist("file") if not isinstance(v, str)]
                if not uploads:
                    raise RequestError(400, 'the upload has no file: send source material in the form field "file"')
                pairs = await _evidence_uploads(uploads, config.max_bytes)
            finally:
                await form.close()
            files = await read_evidence_files(pairs, config.max_bytes)
            created = key is None
            if created:
                key = evidence_sets.create()
            elif evidence_sets.get(key) is None:  # dropped while the files were read
                raise RequestError(404, _NO_SUCH_SET)
            try:
                kept = evidence_sets.add(key, files)
            except TooManyFiles as exc:
                if created:
                    evidence_sets.delete(key)
                raise RequestError(413, str(exc)) from None
        except RequestError as exc:
            return error_response(exc.status, exc.message, exc.headers)
        return JSONResponse(kept.describe(key), status_code=201 if created else 200)

    async def evidence_set(request: Request) -> Response:
        """GET /api/evidence/{set} (what it holds) and DELETE (drop it)."""
        key = request.path_params["set"]
        if request.method == "DELETE":
            return Response(status_code=204) if evidence_sets.delete(key) else error_response(404, _NO_SUCH_SET)
        kept = evidence_sets.get(key)
        return JSONResponse(kept.describe(key)) if kept is not None else error_response(404, _NO_SUCH_SET)

    async def evidence_remove(request: Request) -> Response:
        """DELETE /api/evidence/{set}/files/{name}: later audits are no longer checked against it."""
        key, name = request.path_params["set"], request.path_params["name"]
        kept = evidence_sets.get(key)
        if kept is None:
            return error_response(404, _NO_SUCH_SET)
        if not evidence_sets.remove(key, name):
            return error_response(404, f"{display_path(name)}: is not in this set of source material")
        return JSONResponse(kept.describe(key))

    async def openapi(request: Request) -> Response:
        return JSONResponse(openapi_document(settings))

    async def report(request: Request) -> Response:
        key, _, ext = request.path_params["file"].rpartition(".")
        item = store.get(key)
        if item is None or ext not in DOWNLOADS:
            return error_response(404, "no such report: reports are kept in memory for the last audits only; audit the draft again")
        render = DOWNLOADS[ext]
        body, media_type = await run_in_threadpool(render, item, settings.tool)
        headers = {"Content-Security-Policy": REPORT_CSP} if ext == "html" else {}
        if request.query_params.get("download"):
            from ..report.base import slugify

            headers["Content-Disposition"] = f'attachment; filename="{slugify(item.doc.id) or "draft"}.quoteaudit.{ext}"'
        return Response(body, media_type=media_type, headers=headers)

    def _json(item: StoredAudit, tool: ToolInfo) -> tuple[str, str]:
        return json.dumps(run_object(tool, item.doc), ensure_ascii=False, indent=2), "application/json"

    def _html(item: StoredAudit, tool: ToolInfo) -> tuple[str, str]:
        from ..report.html import render_article

        return render_article(item.doc, tool, policy=item.reasons), "text/html; charset=utf-8"

    def _docx(item: StoredAudit, tool: ToolInfo) -> tuple[bytes, str]:
        from ..report.docx import reviewed_docx

        # an uploaded Word file is commented in a copy of its own bytes; a pasted or other
        # draft becomes a new document; never is a file opened by the name an upload gave
        body = reviewed_docx(item.doc, item.reasons, item.original, reread=False)
        return body, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

    # What the page offers as downloads; the page shows a button for each that
    # /api/health lists.
    DOWNLOADS = {"html": _html, "json": _json, "docx": _docx}

    routes = [
        Route("/", page, methods=["GET"]),
        Route("/api/audit", audit, methods=["POST"]),
        Route("/api/evidence", evidence_add, methods=["POST"]),
        Route("/api/evidence/{set}", evidence_add, methods=["POST"]),
        Route("/api/evidence/{set}", evidence_set, methods=["GET", "DELETE"]),
        Route("/api/evidence/{set}/files/{name}", evidence_remove, methods=["DELETE"]),
        Route("/api/rules", rules, methods=["GET"]),
        Route("/api/health", health, methods=["GET"]),
        Route("/openapi.json", openapi, methods=["GET"]),
        Route("/reports/{file}", report, methods=["GET"]),
        Mount("/static", app=StaticFiles(directory=STATIC_DIR), name="static"),
    ]
    app = Starlette(routes=routes, middleware=[Middleware(Guard, settings=settings)])
    app.state.pool = pool
    app.state.settings = settings
    app.state.reports = store
    app.state.evidence = evidence_sets
    return app
