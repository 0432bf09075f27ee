"""JSON Lines: one article per line, ``{"id": ..., "text": ..., ...}``.

Offsets are into the ``text`` field exactly; line:column are positions inside that text.
Every other field becomes metadata (``extra`` is flattened one level). A bad line is one
error naming the file and line; the other lines are still read.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator

from .base import Article, DataTooComplex, InputError, OffsetMap, plain_data, scrub, split_paragraphs, unwrap_lines

# Gold-annotation fields that are not article metadata (eval files carry them).
_NOT_METADATA = {"id", "text", "quotes", "unattributed_claims", "extra"}


def parse_record(line: str, *, path: str, lineno: int, seen: set[str] | None = None) -> Article | InputError:
    where = f"line {lineno}"
    try:
        record = json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as exc:
        return InputError(path, f"is not valid JSON ({exc.msg.removesuffix(' at')} at column {exc.colno})", record=where)
    except RecursionError:
        return InputError(path, "is JSON nested too deeply to read", record=where)
    if not isinstance(record, dict):
        return InputError(path, "is not a JSON object", record=where)
    text = record.get("text")
    if not isinstance(text, str):
        problem = 'has no "text" field' if "text" not in record else 'has a "text" field that is not a string'
        return InputError(path, problem, record=where)
    if not text.strip():
        return InputError(path, 'has an empty "text" field', record=where)
    # "\ud800" is valid JSON but not text that can be written out again; U+FFFD keeps offsets
    text = scrub(text)
    raw_id = record.get("id")
    if isinstance(raw_id, (dict, list)):
        return InputError(path, 'has an "id" that is not a string or number', record=where)
    article_id = scrub(str(raw_id)) if raw_id not in (None, "") else f"{path}:{lineno}"
    if seen is not None:
        if article_id in seen:
            article_id = f"{article_id}#line{lineno}"
        seen.add(article_id)
    metadata = {k: v for k, v in record.items() if k not in _NOT_METADATA}
    extra = record.get("extra")
    if isinstance(extra, dict):
        for k, v in extra.items():
            metadata.setdefault(k, v)
    try:
        metadata = plain_data(metadata)
    except DataTooComplex as exc:
        return InputError(path, f"has metadata that {exc}", record=where)
    metadata["jsonl_line"] = lineno
    # line breaks inside hard-wrapped paragraphs become spaces, one for one: offsets into
    # the "text" field are unchanged, and line:column still count the field's own lines
    unwrapped = unwrap_lines(text)
    return Article(
        id=article_id,
        path=path,
        text=unwrapped,
        paragraphs=split_paragraphs(unwrapped),
        metadata=metadata,
        offsets=OffsetMap.identity(unwrapped, text),
        sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        format="jsonl",
    )


def iter_jsonl(source: str, *, path: str) -> Iterator[Article | InputError]:
    seen: set[str] = set()
    for lineno, line in enumerate(source.splitlines(), start=1):
        if line.strip():
            yield parse_record(line, path=path, lineno=lineno, seen=seen)
