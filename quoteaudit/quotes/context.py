"""Shared per-article state for the quote detectors: tokens ↔ characters, which quoted
span each token is in, block (paragraph) boundaries. Built once, in linear time."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from ..lexicons import load_set
from . import promo
from .datelines import ends_capital_label, ends_dateline
from .marks import QuotedSpan, _blocks

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token


@dataclass
class Draft:
    """A quote under construction (token-level), turned into a model ``Quote`` at the end."""

    kind: str
    fragments: list[tuple[int, int]]
    cue_span: tuple[int, int] | None = None
    cue_lemma: str | None = None
    cue_tok: int | None = None
    speaker: tuple[int, int] | None = None
    spans: list[int] = field(default_factory=list)  # quoted spans it is made of
    content: tuple[int, int] | None = None  # token range [lo, hi) of a paraphrase
    runs: list[tuple[int, int]] = field(default_factory=list)  # its token runs
    confidence: float = 1.0
    #: the cue's class (``cues.SPEECH``, ``THOUGHT``, ..., ``"noun"``); None: the cue token's
    cue_class: str | None = None
    #: the content is only a noun phrase ("denied the allegations"): no words reported
    nominal: bool = False
    #: the quoted span that is the whole content: a label ("called the plan “reckless”")
    label: int | None = None
    #: the content is the speaker's quoted name for a thing, one label or a run of them
    #: ("called the plan “reckless”"): quoted words worked into the writer's sentence
    naming: bool = False
    #: a view its construction gives no holder ("Turnout is expected to be high", "is
    #: reportedly", "is widely seen as"): nobody is to be found for it later
    no_holder: bool = False


#: entity labels that mark a word as a name ("Trump on Twitter:" read against the article)
NAME_LABELS = ("PERSON", "ORG", "NORP", "GPE")


@dataclass
class Ctx:
    doc: Doc
    text: str
    spans: list[QuotedSpan]
    tok_starts: list[int]
    #: per token: index of the outermost quoted span it is in, or -1
    outer: list[int]
    #: per quoted span: token range [lo, hi) of its inner tokens (marks excluded)
    span_toks: list[tuple[int, int]]
    #: per quoted span: token range [lo, hi) including the marks
    span_all: list[tuple[int, int]]
    blocks: list[tuple[int, int]]
    block_starts: list[int]
    classes: list[str] = field(default_factory=list)
    #: per token: sentence number, counting only boundaries outside quote marks
    sent_id: list[int] = field(default_factory=list)

    def tok_at(self, char: int) -> int:
        """Index of the first token starting at or after ``char``."""
        return bisect.bisect_left(self.tok_starts, char)

    def block_of(self, char: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.block_starts, char) - 1
        if k < 0:
            return (0, len(self.text))
        return self.blocks[k]

    def block_index(self, char: int) -> int:
        return bisect.bisect_right(self.block_starts, char) - 1

    def tok_end(self, tok: Token) -> int:
        return tok.idx + len(tok.text)

    @cached_property
    def promo_lines(self) -> list[tuple[int, int]]:
        """The article's navigation, promotion, caption and byline lines
        (:func:`promo.promo_lines`), read once for every stage that skips them."""
        return promo.promo_lines(self.text)

    @cached_property
    def names_written(self) -> frozenset[str]:
        """Words the article writes as a name somewhere (a proper noun or part of a named
        entity, away from a sentence's start)."""
        return frozenset(t.text for t in self.doc if not t.is_sent_start and (t.pos_ == "PROPN" or t.ent_type_ in NAME_LABELS))

    @cached_property
    def entity_words(self) -> frozenset[str]:
        """Lower-case capitalised words of the article's PERSON and ORG entities, for a
        name the tagger missed in one place but found in another."""
        return frozenset(t.lower_ for e in self.doc.ents if e.label_ in ("PERSON", "ORG") for t in e if t.is_alpha and t.text[:1].isupper())


def build(doc: Doc, text: str, spans: list[QuotedSpan], paragraphs) -> Ctx:
    tok_starts = doc.to_array("IDX").tolist() if len(doc) else []
    n = len(doc)
    outer = [-1] * n
    span_toks: list[tuple[int, int]] = []
    span_all: list[tuple[int, int]] = []
    for k, q in enumerate(spans):
        lo = bisect.bisect_left(tok_starts, q.start)
        hi = bisect.bisect_left(tok_starts, q.end)
        ilo = bisect.bisect_left(tok_starts, q.inner_start)
        ihi = bisect.bisect_left(tok_starts, q.inner_end)
        span_all.append((lo, hi))
        span_toks.append((ilo, max(ilo, ihi)))
        if q.parent is None:
            for t in range(lo, hi):
                if outer[t] < 0:
                    outer[t] = k
    blocks = _blocks(text, paragraphs)
    ctx = Ctx(doc, text, spans, tok_starts, outer, span_toks, span_all, blocks, [b[0] for b in blocks])
    ctx.sent_id = _sentences(ctx)
    return ctx


_ENDS = {".", "?", "!", "…"}
_DASHES = {"—", "–", "--", "-"}


def _abbreviation_ending_a_sentence(prev_text: str, word: str) -> bool:
    """``… a 71-move endgame that ended shortly before 9 p.m. His coach, Grandmaster Elena
    Borisova-Platt, said …``: an abbreviation's full stop also ends the sentence ("p.m.",
    "U.S.", "Inc."); the tokenizer keeps the stop in the abbreviation, so no "." token
    marks the end. A capitalised function word after it ("His", "The", "But") opens a new
    sentence (a name or a day after it, "9 p.m. Tuesday", "Dr. Smith", does not)."""
    return (
        len(prev_text) > 1 and prev_text.endswith(".") and word[:1].isupper() and not word.isupper()
        and word.lower() in load_set("english_function_words.txt")
    )


def _opens_a_quoted_sentence(ctx: Ctx, k: int) -> bool:
    """Does quoted span ``k`` read as a sentence of its own (a capital first, more than a
    couple of words), as after an abbreviation that ends the sentence before it? A term in
    quotes after an abbreviation ("the U.S. “strategic patience” policy") is not."""
    q = ctx.spans[k]
    inner = ctx.text[q.inner_start : q.inner_end].strip()
    return inner[:1].isupper() and len(inner.split()) >= 4


def _comma_opening_a_sentence(first: str, prev_text: str) -> bool:
    """``… because of unusually warm weather, the province says.``: the small parser
    sometimes starts a sentence at the comma before a closing tag of a long sentence (a
    dateline ahead of it makes this likelier), which would cut the tag from its content.
    No sentence opens on a comma, semicolon or colon after words."""
    return first in (",", ";") and prev_text not in _ENDS


def _sentences(ctx: Ctx) -> list[int]:
    """Sentence numbers that never split a quote and always split where a quote ends a
    sentence (``…sting like bees.''  ''We're America,'' he said`` is two sentences even
    when the parser ran them together). Works on token arrays: no Token objects."""
    doc = ctx.doc
    n = len(doc)
    if not n:
        return []
    text = ctx.text
    outer = ctx.outer
    starts = ctx.tok_starts
    lengths = doc.to_array("LENGTH").tolist()
    sent_starts = doc.to_array("SENT_START").tolist() if doc.has_annotation("SENT_START") else [0] * n
    out = [0] * n
    sid = 0
    for i in range(1, n):
        here, before = outer[i], outer[i - 1]
        if not (here >= 0 and here == before):
            s0 = starts[i]
            ps, pe = starts[i - 1], starts[i - 1] + lengths[i - 1]
            starts_upper = text[s0 : s0 + 1].isupper() or (here >= 0 and ctx.span_all[here][0] == i)
            prev_text = text[ps:pe]
            if "\n" in text[ps:s0]:
                sid += 1
            elif prev_text in _ENDS and before < 0 and starts_upper:
                sid += 1
            elif before < 0 and here < 0 and _abbreviation_ending_a_sentence(prev_text, text[s0 : s0 + lengths[i]]):
                sid += 1
            elif before < 0 and here >= 0 and ctx.span_all[here][0] == i and len(prev_text) > 1 and prev_text.endswith(".") and _opens_a_quoted_sentence(ctx, here):
                sid += 1  # "… identified only as Individual B. “Whoever gets it, I want the boat,” Delisle says"
            elif before >= 0 and ctx.span_all[before][1] == i and starts_upper:
                q = ctx.spans[before]
                if text[q.inner_start : q.inner_end].rstrip()[-1:] in _ENDS:
                    sid += 1
            elif here < 0 and before < 0 and sent_starts[i] == 1 and not _comma_opening_a_sentence(text[s0:s0 + 1], prev_text):
                sid += 1
            elif prev_text in _DASHES and ends_dateline(text, ps, pe):
                sid += 1  # "LONDON (Reuters) - Donald Trump said": the place is no subject
            elif prev_text == ":" and ends_capital_label(text, ps):
                sid += 1  # "CHENNAI: The city will …", "PENCE: Well, …": the line's name is no subject
        out[i] = sid
    return out
