"""Build gold lines of the never-tuned quote set from a readable spec.

A batch of ``tests/data/quotes_untuned.jsonl`` is written as a spec, a small Python file
(``tests/data/quotes_untuned_specs/qs35.py``) that holds each article's text and, per
quote, the strings an annotator marks: the content fragments, the speaker mention, the
cue and the attribution type. This module turns the spec into gold lines with computed
character offsets, and fails loudly when a string is not found exactly where the spec
means it, so the offsets never point at the wrong words (batch qs34's hand-run builder
once matched the speaker "he" inside "the").

A spec defines ``BATCH``, ``WRITTEN`` and ``ARTICLES``, built with :func:`article`,
:func:`quote` and :func:`paragraphs`::

    from tests.build_untuned_quotes import article, paragraphs, quote

    BATCH, WRITTEN = "qs35", "2026-12-05, before the code was run on it"
    ARTICLES = [
        article("q071", "local", paragraphs(
            "The fire chief said crews had contained the blaze.",
            "“It could have been worse,” he said, “if the wind had shifted.”",
        ),
            quote("crews had contained the blaze", speaker="The fire chief", cue="said"),
            quote("“It could have been worse,”", "“if the wind had shifted.”",
                  speaker=("he", "” he said"), cue="said"),
        ),
    ]

How a string is located (a fragment, or the speaker):

* ``"words"``: the string must occur exactly once in the article;
* ``("words", n)``: its ``n``-th occurrence (1-based);
* ``("words", "anchor")``: the anchor must occur exactly once in the article, and the
  string exactly once inside the anchor (so ``("he", "” he said")`` is the ``he`` of
  that tag).

Every occurrence is matched on word boundaries: a string that begins (ends) with a
letter or digit never matches right after (before) another letter or digit, so "he" is
never found inside "the". A quote's fragments must come in order and not overlap; the
speaker mention must lie outside the quote's own fragments; ``speaker=None`` marks an
orphan (no speaker anywhere). ``cue=None`` marks a quote with no cue (a continued quote
paragraph with no tag); any other cue must occur as a word within 200 characters of the
content (the reach the eval uses to find it).

``kind`` is derived from the quotation marks, as the annotation guide says: a fragment
that opens with a quotation mark and closes with one (trailing punctuation aside) is
direct, and so is a paragraph of a multi-paragraph quote that opens with a mark and runs
to the end of its paragraph without closing (the newsroom convention), and so is a quote in
single marks (UK style) whatever double marks it nests; a fragment with a double mark
elsewhere in it is mixed; none, indirect (single marks inside text are read as apostrophes,
as the eval reads them). A quote's fragments must agree.

Run from the repository root::

    python -m tests.build_untuned_quotes SPEC.py            # print the gold lines
    python -m tests.build_untuned_quotes SPEC.py --lock     # print the lock lines
    python -m tests.build_untuned_quotes SPEC.py --append   # append both to the set
    python -m tests.build_untuned_quotes SPEC.py --check    # the set holds exactly these lines

``--append`` refuses ids the set already holds; ``--check`` is how a committed batch is
reviewed against its spec (``tests/test_build_untuned_quotes.py`` runs it).
"""

from __future__ import annotations

import argparse
import json
import re
import runpy
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Union

DATA = Path(__file__).parent / "data"
SET = DATA / "quotes_untuned.jsonl"
LOCK = DATA / "quotes_untuned.lock"
TYPES = ("speech", "document", "thought", "perception_stance", "noun")
CUE_REACH = 200  # as quoteaudit.evaluate finds a gold cue

#: a located string: the words, their n-th occurrence, or the words inside an anchor
Where = Union[str, tuple[str, int], tuple[str, str]]

_OPEN = ("“", '"', "‘", "„", "«")
_CLOSE = ("”", '"', "’", "»")
_DOUBLE = re.compile(r"[\"“”„‟«»]")
_TRAIL = " \t\r\n.,;:!?…)"


class SpecError(ValueError):
    """A spec string is not where the spec says, or an annotation breaks a convention."""


@dataclass(frozen=True)
class Quote:
    fragments: tuple[Where, ...]
    speaker: Where | None
    cue: str | None
    type: str


@dataclass(frozen=True)
class Article:
    id: str
    genre: str
    text: str
    quotes: tuple[Quote, ...]


def paragraphs(*paras: str) -> str:
    """An article's text: its paragraphs joined by a blank line."""
    for p in paras:
        if p != p.strip() or "\n" in p:
            raise SpecError(f"a paragraph has stray whitespace or a line break: {p[:60]!r}")
    return "\n\n".join(paras)


def quote(*fragments: Where, speaker: Where | None, cue: str | None, type: str = "speech") -> Quote:
    """One quote: its content fragments in order, the speaker mention, the cue, the type."""
    if not fragments:
        raise SpecError("a quote needs at least one content fragment")
    return Quote(tuple(fragments), speaker, cue, type)


def article(id: str, genre: str, text: str, *quotes: Quote) -> Article:
    return Article(id, genre, text, tuple(quotes))


# ---------------------------------------------------------------- locating


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def occurrences(text: str, needle: str, lo: int = 0, hi: int | None = None) -> list[int]:
    """Start offsets of ``needle`` in ``text[lo:hi]`` on word boundaries."""
    hi = len(text) if hi is None else hi
    found = []
    i = text.find(needle, lo, hi)
    while i != -1:
        j = i + len(needle)
        left_ok = not (_is_word(needle[0]) and i > 0 and _is_word(text[i - 1]))
        right_ok = not (_is_word(needle[-1]) and j < len(text) and _is_word(text[j]))
        if left_ok and right_ok:
            found.append(i)
        i = text.find(needle, i + 1, hi)
    return found


def locate(text: str, where: Where, what: str) -> tuple[int, int]:
    """The span of a located string (see the module's docstring); SpecError otherwise."""
    if isinstance(where, str):
        needle, hits = where, occurrences(text, where)
        if len(hits) != 1:
            raise SpecError(f"{what} {needle!r} occurs {len(hits)} times; give an occurrence or an anchor")
        return hits[0], hits[0] + len(needle)
    needle, pin = where
    if not needle:
        raise SpecError(f"{what}: empty string")
    if isinstance(pin, int):
        hits = occurrences(text, needle)
        if not 1 <= pin <= len(hits):
            raise SpecError(f"{what} {needle!r}: occurrence {pin} asked, {len(hits)} found")
        return hits[pin - 1], hits[pin - 1] + len(needle)
    anchors = [m.start() for m in re.finditer(re.escape(pin), text)]
    if len(anchors) != 1:
        raise SpecError(f"{what} {needle!r}: anchor {pin!r} occurs {len(anchors)} times")
    a = anchors[0]
    hits = occurrences(text, needle, a, a + len(pin))
    if len(hits) != 1:
        raise SpecError(f"{what} {needle!r} occurs {len(hits)} times inside its anchor {pin!r}")
    return hits[0], hits[0] + len(needle)


# ---------------------------------------------------------------- kinds


def fragment_kind(text: str, start: int, end: int) -> str:
    """direct, mixed or indirect, by the fragment's quotation marks (module docstring)."""
    frag = text[start:end]
    body = frag.rstrip(_TRAIL)
    if body.startswith(_OPEN):
        closes = body.endswith(_CLOSE) and len(body) > 2
        para_end = end == len(text) or text.startswith("\n", end)
        inner = body[1:-1] if closes else body[1:]
        if (closes or para_end) and not _DOUBLE.search(inner):
            return "direct"
        # a UK-style quote in single marks may nest double ones (‘He wrote, “We know”,’):
        # still direct, as quoteaudit.evaluate.derive_kind reads it
        if body[0] in "‘'" and (para_end or (body[-1] in "’'" and len(body) > 2)):
            return "direct"
    if _DOUBLE.search(frag):
        return "mixed"
    return "indirect"


# ---------------------------------------------------------------- building


def build_article(art: Article, batch: str, written: str) -> dict:
    text = art.text
    if not re.fullmatch(r"q\d{3}", art.id):
        raise SpecError(f"{art.id}: ids look like q071")
    out = []
    for n, q in enumerate(art.quotes, start=1):
        what = f"{art.id} quote {n}"
        if q.type not in TYPES:
            raise SpecError(f"{what}: attribution type {q.type!r} is not one of {TYPES}")
        spans = [locate(text, f, f"{what} fragment") for f in q.fragments]
        for (s0, e0), (s1, e1) in zip(spans, spans[1:]):
            if s1 < e0:
                raise SpecError(f"{what}: fragments out of order or overlapping")
        for s, e in spans:
            if text[s:e] != text[s:e].strip():
                raise SpecError(f"{what}: fragment {text[s:e]!r} has outer whitespace")
        kinds = {fragment_kind(text, s, e) for s, e in spans}
        if len(kinds) != 1:
            raise SpecError(f"{what}: fragments disagree on the kind ({sorted(kinds)})")
        kind = kinds.pop()
        if q.speaker is None:
            sp = None
            speaker = None
        else:
            sp = locate(text, q.speaker, f"{what} speaker")
            speaker = text[sp[0] : sp[1]]
            if any(s < sp[1] and sp[0] < e for s, e in spans):
                raise SpecError(f"{what}: speaker {speaker!r} lies inside the quote's content")
        if q.cue is not None:
            lo, hi = spans[0][0], spans[-1][1]
            near = [i for i in occurrences(text, q.cue, max(0, lo - CUE_REACH), min(len(text), hi + CUE_REACH))
                    if not any(s <= i < e for s, e in spans)]
            if not near:
                raise SpecError(f"{what}: cue {q.cue!r} not found as a word within {CUE_REACH} characters of the content")
        out.append({
            "start": spans[0][0],
            "end": spans[-1][1],
            "kind": kind,
            "speaker": speaker,
            "speaker_start": sp[0] if sp else None,
            "speaker_end": sp[1] if sp else None,
            "cue": q.cue,
            "attribution_type": q.type,
            "extra": {"content_spans": [[s, e] for s, e in spans], "content": [text[s:e] for s, e in spans]},
        })
    return {"id": art.id, "text": text, "quotes": out, "extra": {"genre": art.genre, "batch": batch, "written": written}}


def load_spec(path: str | Path) -> tuple[str, str, list[Article]]:
    ns = runpy.run_path(str(path))
    try:
        return ns["BATCH"], ns["WRITTEN"], list(ns["ARTICLES"])
    except KeyError as exc:
        raise SpecError(f"{path}: a spec defines BATCH, WRITTEN and ARTICLES (missing {exc})") from None


def build(path: str | Path) -> list[dict]:
    batch, written, articles = load_spec(path)
    ids = [a.id for a in articles]
    if len(set(ids)) != len(ids):
        raise SpecError(f"{path}: an id repeats")
    return [build_article(a, batch, written) for a in articles]


def line(article_: dict) -> str:
    return json.dumps(article_, ensure_ascii=False)


def lock_line(article_: dict) -> str:
    from tests.test_untuned_quotes import fingerprint

    return f"{article_['id']} {fingerprint(article_)}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.build_untuned_quotes", description=__doc__.splitlines()[0])
    ap.add_argument("spec")
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--lock", action="store_true", help="print the lock lines")
    mode.add_argument("--append", action="store_true", help="append the gold and lock lines to the set")
    mode.add_argument("--check", action="store_true", help="the set holds exactly these lines, locked")
    args = ap.parse_args(argv)
    try:
        built = build(args.spec)
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    held = {json.loads(x)["id"]: x for x in SET.read_text("utf-8").splitlines() if x.strip()}
    if args.check:
        locked = dict(x.split() for x in LOCK.read_text("utf-8").splitlines() if x.strip() and not x.startswith("#"))
        bad = [a["id"] for a in built if held.get(a["id"]) != line(a) or f"{a['id']} {locked.get(a['id'])}" != lock_line(a)]
        if bad:
            print(f"error: the set differs from the spec for {', '.join(bad)}", file=sys.stderr)
            return 1
        print(f"{len(built)} articles match the spec and the lock")
        return 0
    if args.append:
        clash = [a["id"] for a in built if a["id"] in held]
        if clash:
            print(f"error: the set already holds {', '.join(clash)}", file=sys.stderr)
            return 1
        with SET.open("a", encoding="utf-8") as fh:
            fh.writelines(line(a) + "\n" for a in built)
        with LOCK.open("a", encoding="utf-8") as fh:
            fh.writelines(lock_line(a) + "\n" for a in built)
        print(f"appended {len(built)} articles to {SET.name} and {LOCK.name}")
        return 0
    for a in built:
        print(lock_line(a) if args.lock else line(a))
    return 0


if __name__ == "__main__":
    sys.exit(main())
