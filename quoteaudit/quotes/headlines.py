"""Speaker lines: a paragraph that opens with a source's name and a colon.

Headlines and summaries put the source first: ``Clinton camp: Trump's rhetoric threatens
national security``, ``John McCain: Republican anger appeals to 'bad angels'``, ``Poll:
Sanders leads in New Hampshire``. The words after the colon are that source's (a
headline paraphrases; quoted words in it make it a mixed quote). Only a name of a
person, organisation or group, or a document that states findings, opens such a line,
and a statement follows (a verb, not an instruction to the reader): ``Iowa: Trump 28%``,
``Pledged: 781``, ``UPDATE:`` and ``Photo:`` are no sources (``transcript_labels.tsv``,
``promo_labels.txt``). A line that is all one quotation (``Warren: ‘You Should Be
Investigated.’``) is a direct quote the colon attributes; that is found elsewhere.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import load_table
from . import cues
from .context import Ctx, Draft

#: "Clinton camp: …", "McCain Challenger Kelli Ward: …": a short name, then a colon
SPEAKER_LINE = re.compile(r"[ \t]*([A-Z][^\n:!?\"“”‘’]{0,48}[\w)])[ \t]*:[ \t]+(?=\S)")
#: most words a source's name before the colon may have
MAX_NAME_WORDS = 6
#: fewest words after the colon for a statement (not "Pledged: 781")
MIN_STATEMENT_WORDS = 3


@lru_cache(maxsize=1)
def _labels() -> dict[str, str]:
    """Labels of transcripts and press releases that name no speaker, by kind."""
    return {label.lower(): kind for label, kind in load_table("transcript_labels.tsv", columns=2)}


def names_no_speaker(name: str) -> bool:
    """Is ``name`` a label that names nobody ("UPDATE", "Q", "Speaker 2") or words of a
    sentence ("What to know", "Here is why": a word of kind prose)?"""
    key = " ".join(re.sub(r"[\d.]", "", name.lower()).split())
    labels = _labels()
    return key in labels or any(labels.get(w) == "prose" for w in key.split())


def speaker_lines(ctx: Ctx, taken: list[tuple[int, int, int | None]]) -> list[Draft]:
    """Drafts for paragraphs of the form ``SOURCE: statement`` whose statement no other
    quote covers (``taken``: the character ranges of the quotes found so far, each with
    where its cue starts). A report made inside the statement (``LYLE: Some of your
    critics say the city found $4 million``, its cue after the colon) is the labelled
    speaker's words, nested in the line, and does not take the line's place."""
    out = []
    labelled = [(n, m, be) for n, (bs, be) in enumerate(ctx.blocks) if (m := SPEAKER_LINE.match(ctx.text, bs, be)) is not None]
    capital_labels = sum(1 for _, m, _ in labelled if m.group(1).isupper())
    for n, m, be in labelled:
        if _colon_dateline(ctx, m, n, capital_labels):
            continue
        d = _speaker_line(ctx, m.start(1), m.end(1), m.end(), be)
        if d is None:
            continue
        lo, hi = d.fragments[0][0], d.fragments[-1][1]
        if not any(s < hi and lo < e and not (cue is not None and lo <= cue < hi) for s, e, cue in taken):
            out.append(d)
    return out


#: how many paragraphs into a story its dateline may come (after a headline and a deck)
DATELINE_BLOCKS = 3


def _colon_dateline(ctx: Ctx, m: re.Match, block: int, capital_labels: int) -> bool:
    """``CHENNAI: The Greater Chennai Corporation will install …``: Indian and some
    British papers close the dateline with a colon, not a dash. A name in capitals before
    a colon near the top of the story, the only such line in it (``capital_labels``
    counts them), that the tagger does not take for a person or a body (``AP: Trump chair
    routed …`` is the agency's headline) and that names no person the story names
    elsewhere, is where the story was filed; a transcript's capitalised speaker labels
    ("LYLE: …", "PENCE: …") come many to a story."""
    name = m.group(1)
    if block >= DATELINE_BLOCKS or not name.isupper() or capital_labels != 1:
        return False
    tokens = ctx.doc[ctx.tok_at(m.start(1)) : ctx.tok_at(m.end(1))]
    if any(t.ent_type_ in ("PERSON", "ORG", "NORP") for t in tokens):
        return False
    people = {t.lower_ for e in ctx.doc.ents if e.label_ == "PERSON" for t in e}
    return not any(t.lower_ in people for t in tokens)  # "LYLE:" for the Josh Lyle the story names


def _named_elsewhere(ctx: Ctx, head) -> bool:
    """``Sanders: Brexit's message could draw Trump support``: the small model's entity
    tagger often misses a lone surname before a colon; the name is a source's when the
    article names that person or body elsewhere ("Senator Bernie Sanders said …")."""
    if not head.text[:1].isupper() or head.pos_ not in ("PROPN", "NOUN") or not head.is_alpha:
        return False
    return head.lower_ in ctx.entity_words


def _speaker_line(ctx: Ctx, ns: int, ne: int, cs: int, be: int) -> Draft | None:
    doc = ctx.doc
    name = [t for t in doc[ctx.tok_at(ns) : ctx.tok_at(ne)] if not t.is_space]
    if not name or sum(not t.is_punct for t in name) > MAX_NAME_WORDS or names_no_speaker(ctx.text[ns:ne]):
        return None
    if any(t.pos_ in ("VERB", "AUX") or t.text == "," for t in name):
        return None  # "Clinton fares only a bit better: …", "But beware, Republicans: …": a sentence
    head = name[-1]
    if not (any(t.ent_type_ in ("PERSON", "ORG", "NORP") for t in name) or head.lemma_.lower() in cues.finding_documents() or _named_elsewhere(ctx, head)):
        return None  # "Iowa: Trump 28%", "Bottom line: …", "Pier budget: see page 4"
    end = be
    while end > cs and ctx.text[end - 1] in " \t\r\n.":
        end -= 1
    statement = [t for t in doc[ctx.tok_at(cs) : ctx.tok_at(end)] if not t.is_punct and not t.is_space]
    if len(statement) < MIN_STATEMENT_WORDS or not any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in statement):
        return None  # "Iowa: Trump 28 percent, Cruz 25 percent": a list, not a statement
    if statement[0].tag_ == "VB" and ctx.outer[statement[0].i] < 0:
        return None  # "Budget: see page 4": an instruction to the reader
    inside = {ctx.outer[t.i] for t in statement}
    if -1 not in inside:
        return None  # all one quotation: a direct quote of its own
    colon = ctx.text.index(":", ne)
    return Draft(
        kind="mixed" if inside - {-1} else "indirect",
        fragments=[(cs, end)],
        cue_span=(colon, colon + 1),
        cue_lemma="colon",
        speaker=(ns, ne),
        cue_class=cues.SPEECH,
    )
