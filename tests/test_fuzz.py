"""Property tests: whatever text arrives (quote marks in any mix, any Unicode, any line
endings), the audit never raises, every offset is inside the text, the JSON is valid
against the schema, and the same input gives the same output.

Examples are derandomized so the suite is reproducible; for a deeper hunt run
``QUOTEAUDIT_FUZZ=500 python -m pytest tests/test_fuzz.py`` (random and 500 examples
per property).
"""

from __future__ import annotations

import json
import os
from importlib import resources

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from quoteaudit.gate.config import Config
from quoteaudit.ingest import Article, InputError, read_string
from quoteaudit.ingest.decode import decode_bytes
from quoteaudit.ingest.jsonl import parse_record
from quoteaudit.model import ToolInfo
from quoteaudit.pipeline import audit_article
from quoteaudit.report.json import run_object

DEEP = int(os.environ.get("QUOTEAUDIT_FUZZ", "0"))


def fuzz_settings(examples: int):
    return settings(
        max_examples=DEEP or examples,
        deadline=None,
        derandomize=not DEEP,
        database=None,  # nothing written into the working tree
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


QUOTE_MARKS = ["\u201c", "\u201d", "\u2018", "\u2019", '"', "'", "\u00ab", "\u00bb", "\u201e", "\u2033", "\u2032", "``", "''"]
WORDS = [
    "the", "mayor", "said", "Jane", "Doe", "told", "reporters", "We", "will", "rebuild", "the pier",
    "according to", "officials", "he", "she", "they", "sources", "say", "added", "Colonel Ryan Dillon",
    "a U.S. official", "who spoke on condition of anonymity", "It's", "don't", "1998", "$4 million",
]
SEPARATORS = [" ", " ", " ", ", ", ". ", "? ", "\n", "\n\n", "\r\n", "\r", "\r\n\r\n", " \u2014 ", ": ", "; ", "\t", "\u00a0"]

pieces = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(QUOTE_MARKS),
    st.sampled_from(SEPARATORS),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=4),
)
quote_heavy_text = st.lists(pieces, min_size=1, max_size=50).map("".join)


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(resources.files("quoteaudit").joinpath("schema/quoteaudit-2.schema.json").read_text("utf-8"))
    return Draft202012Validator(schema)


def assert_valid_json(validator, doc) -> None:
    obj = json.loads(json.dumps(run_object(ToolInfo(model="en_test", model_version="0"), doc), ensure_ascii=False))
    problems = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(obj)]
    assert problems == []


def check_offsets(doc) -> None:
    n = len(doc.text)
    previous_end = 0
    for p in doc.paragraphs:
        assert previous_end <= p.start < p.end <= n
        previous_end = p.end
    for q in doc.quotes:
        assert q.fragments, q
        for s, e in q.fragments:
            assert 0 <= s < e <= n, q
        assert all(a[1] <= b[0] for a, b in zip(q.fragments, q.fragments[1:])), q.fragments
        for span in (q.cue, q.speaker):
            if span is not None:
                assert 0 <= span.start <= span.end <= n and doc.text[span.start : span.end] == span.text
    for source in doc.sources:
        for s, e in source.mentions:
            assert 0 <= s <= e <= n
    for f in doc.findings:
        assert 0 <= f.start <= f.end <= n
        assert f.line >= 1 and f.column >= 1


@fuzz_settings(60)
@given(text=quote_heavy_text)
def test_audit_never_raises_and_every_offset_is_in_range(nlp, validator, text):
    (article,) = read_string(text, "text", path="fuzz.txt")
    if not article.text.strip():
        return
    first = audit_article(article, nlp(article.text), Config())
    check_offsets(first)
    assert_valid_json(validator, first)
    (again,) = read_string(text, "text", path="fuzz.txt")
    second = audit_article(again, nlp(again.text), Config())
    assert second.to_dict() == first.to_dict()


MARKUP = [
    "<p>", "</p>", "<div>", "</div>", "<h1>", "</h1>", "<blockquote>", "</blockquote>", "<br>", "<b>", "</i>",
    "<script>", "</script>", "<!--", "-->", "&ldquo;", "&rdquo;", "&amp", "&#8220;", "&#x0;", "<a href='",
    "# ", "> ", "- ", "**", "_", "`", "```\n", "[", "](", ")", "\\", "---\n", "title: x\n", "&nbsp;",
]
markup_text = st.lists(st.one_of(pieces, st.sampled_from(MARKUP)), min_size=1, max_size=60).map("".join)


@fuzz_settings(40)
@given(source=markup_text, fmt=st.sampled_from(["markdown", "html"]))
def test_audit_of_broken_markup_never_raises(nlp, validator, source, fmt):
    (article,) = read_string(source, fmt, path=f"fuzz.{'md' if fmt == 'markdown' else 'html'}")
    if not article.text.strip():
        return
    audited = audit_article(article, nlp(article.text), Config())
    check_offsets(audited)
    assert_valid_json(validator, audited)


def _lines(source: str) -> list[str]:
    return source.replace("\r\n", "\n").replace("\r", "\n").split("\n")


@fuzz_settings(300)
@given(source=markup_text, fmt=st.sampled_from(["text", "markdown", "html"]))
def test_readers_never_raise_and_map_every_offset_into_the_file(source, fmt):
    (article,) = read_string(source, fmt, path=f"fuzz.{fmt}")
    text = article.text
    previous_end = 0
    for p in article.paragraphs:
        assert previous_end <= p.start < p.end <= len(text)
        previous_end = p.end
    lines = _lines(source)
    for offset in range(len(text) + 1):
        line, column = article.line_col(offset)
        assert 1 <= line <= len(lines)
        assert 1 <= column <= len(lines[line - 1]) + 1


@fuzz_settings(300)
@given(text=quote_heavy_text)
def test_plain_text_line_column_points_at_the_same_character(text):
    (article,) = read_string(text, "text", path="fuzz.txt")
    lines = _lines(text)
    for offset, ch in enumerate(article.text):
        in_source = text[article.offsets.to_source(offset)]
        if in_source in "\r\n":
            # a line break, or the space that stands for it inside a hard-wrapped paragraph
            assert ch in (in_source, " ")
            continue
        line, column = article.line_col(offset)
        assert lines[line - 1][column - 1] == ch


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=12,
)


@fuzz_settings(300)
@given(record=st.dictionaries(st.sampled_from(["id", "text", "title", "extra", "x"]), json_values, max_size=5))
def test_any_json_record_is_an_article_or_one_input_error(record):
    line = json.dumps(record)
    result = parse_record(line, path="fuzz.jsonl", lineno=1, seen=set())
    assert isinstance(result, (Article, InputError))
    if isinstance(result, Article):
        json.dumps(result.metadata, allow_nan=False).encode("utf-8")  # writable as strict JSON


@fuzz_settings(300)
@given(data=st.binary(max_size=300))
def test_any_bytes_decode_or_give_one_input_error(data):
    try:
        text, encoding = decode_bytes(data, "fuzz.txt")
    except InputError as err:
        assert "\n" not in str(err)
    else:
        assert isinstance(text, str) and encoding
        text.encode("utf-8")  # never a lone surrogate
