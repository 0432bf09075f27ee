"""Speakers and sources: who said each quote, in what capacity, how identifiable.

Public entry: :func:`resolve_sources`. For each quote it confirms the speaker mention
(:mod:`.mentions`), describes it — name, title, role, affiliation (:mod:`.roles`) — links
it to the other mentions of the same source with a deterministic sieve (:mod:`.coref`),
attributes floating quotes, finds why anonymous sources are anonymous
(:mod:`.anonymity`), types each source (:mod:`.types`), sets ``quote.source`` and
returns the merged sources table.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Paragraph, Quote, QuoteKind, Source, TextSpan
from .anonymity import AnonymityNote, find_anonymity_notes
from .coref import DESCRIPTION_WINDOW, Entity, Sieve, attribute_floating, inside_quoted_content
from .lexicon import byline_placeholders
from .mentions import Layout, Mention, find_mention, holder_unnamed, put_to_someone
from .roles import Kind
from .types import is_anonymous, source_type

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from ..ingest import Article


def resolve_sources(doc: Doc, article: Article, quotes: list[Quote]) -> list[Source]:
    """Resolve every quote's speaker; sets ``quote.source`` in place and returns the
    sources, numbered ``s1``, ``s2``, ... in order of first mention."""
    paragraphs = list(article.paragraphs) or [Paragraph(0, len(article.text))]
    layout = Layout(doc, paragraphs)
    sieve = Sieve(doc, layout)
    # words inside quotation marks: a name someone utters is no one an epithet points to
    sieve.in_content = inside_quoted_content([q for q in quotes if q.kind == QuoteKind.DIRECT])

    mentioned: list[tuple[Mention, Quote]] = []
    floating: list[Quote] = []
    for quote in quotes:
        if holder_unnamed(quote):
            continue  # a view a raising verb or hearsay adverb leaves unheld: its subject is the report's own
        mention = find_mention(doc, quote, layout)
        if mention is not None:
            mentioned.append((mention, quote))
        elif quote.speaker is None and not put_to_someone(doc, quote):
            floating.append(quote)  # a question put to someone, its asker unnamed, has no speaker

    entity_of: dict[str, Entity] = {}
    for mention, quote in sorted(mentioned, key=lambda mq: (mq[0].start, mq[1].start)):
        entity_of[quote.id] = sieve.resolve(mention).entity
        if quote.speaker is None or (quote.speaker.start, quote.speaker.end) != (mention.start, mention.end):
            # found through the cue's subject, or the parse put the speaker elsewhere than
            # the phrase the quotes stage wrote ("a statement that said": who issued it)
            quote.speaker = TextSpan(mention.start, mention.end, mention.text)

    floating_by_id = {q.id: q for q in floating}
    for quote_id, (entity, confidence) in attribute_floating(quotes, entity_of, floating, layout, sieve).items():
        entity_of[quote_id] = entity
        quote = floating_by_id[quote_id]
        quote.confidence = min(quote.confidence, confidence)

    author = byline_author(article.metadata)
    if author:
        for entity in {id(e): e for e in entity_of.values()}.values():
            if entity.desc.kind == Kind.PRONOUN and entity.desc.pronoun in FIRST_PERSON:
                # "I have argued that ..." outside quotation marks: the writer, named in the byline
                entity.desc = replace(entity.desc, kind=Kind.PERSON, name=author, role="author", pronoun=None, plural=False)

    reasons = _anonymity_reasons(doc, layout, sieve.entities, find_anonymity_notes(doc))

    used = {id(e): e for e in entity_of.values()}
    ordered = sorted(used.values(), key=lambda e: e.first)
    ids = {id(e): f"s{n}" for n, e in enumerate(ordered, start=1)}
    for quote in quotes:
        entity = entity_of.get(quote.id)
        quote.source = ids[id(entity)] if entity is not None else None
    return [_source(ids[id(e)], e, reasons.get(id(e))) for e in ordered]


#: pronouns that, as a speaker outside quotation marks, are the article's writer
FIRST_PERSON = frozenset({"i", "me", "we", "us"})
#: metadata keys that hold the writer's name, in the order they are trusted
_BYLINE_KEYS = ("author", "byline", "authors")


def byline_author(metadata: dict) -> str | None:
    """The one writer named in the article's metadata (front matter ``author``, an HTML
    ``<meta name="author">``, a plain-text ``byline:`` line), without a leading "By";
    None when there is none, when it names no one ("Staff reporter") or when it names two
    writers, for whom "I" cannot stand."""
    for key in _BYLINE_KEYS:
        value = metadata.get(key)
        if isinstance(value, list) and len(value) == 1 and isinstance(value[0], str):
            value = value[0]
        if not isinstance(value, str):
            continue
        name = value.strip()
        if name.lower().startswith("by "):
            name = name[3:].strip()
        name = name.split(",")[0].strip()
        if re.search(r"\s(?:and|&)\s|;", name, re.IGNORECASE):
            return None  # two writers: "I" cannot be both
        first_word = name.split()[0].lower() if name else ""
        if name and first_word not in byline_placeholders() and any(c.isupper() for c in name):
            return name[:120]
    return None


def _source(source_id: str, entity: Entity, reason: tuple[str, bool] | None) -> Source:
    d = entity.desc
    spans = sorted({(m.start, m.end) for m in entity.mentions})
    return Source(
        id=source_id,
        name=d.name,
        type=source_type(d),
        title=d.title,
        role=d.role,
        affiliation=d.affiliation,
        mentions=spans,
        anonymity_reason=reason[0] if reason else None,
        anonymity_reason_weak=reason[1] if reason else False,
        is_document=d.kind == Kind.DOCUMENT,
    )


def _anonymity_reasons(doc: Doc, layout: Layout, entities: list[Entity], notes: list[AnonymityNote]) -> dict[int, tuple[str, bool]]:
    """Attach each explanation to the anonymous source it is about: the source with a
    mention headed by the explanation's holder, else the most recent anonymous source
    with that head noun nearby ("The officials spoke on condition of anonymity ..."),
    else the nearest anonymous source in the same or the previous sentence."""
    anonymous = [e for e in entities if is_anonymous(e.desc)]
    if not notes or not anonymous:
        return {}
    by_head = {m.head: e for e in anonymous for m in e.mentions}
    timeline = _Timeline(layout, anonymous)
    out: dict[int, tuple[str, bool]] = {}
    for note in notes:
        if note.reason is None:
            continue
        entity = by_head.get(note.holder)
        if entity is None:
            entity = _nearby(doc, layout, note, timeline)
        if entity is not None and id(entity) not in out:
            out[id(entity)] = (note.reason, note.weak)
    return out


def _introduces(noun) -> bool:
    """Does the noun phrase bring in someone new ("a second official", "another aide",
    "two officials"; not "the two officials")?"""
    if any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "these", "those", "both") for c in noun.children):
        return False
    return any(
        (c.dep_ == "det" and c.lower_ in ("a", "an", "another")) or c.dep_ == "nummod" or c.lower_ in ("second", "third", "other")
        for c in noun.children
    )


#: how many sentences after an explained source its quoted mention may come
EXPLAINED_AHEAD = 2


def _described_later(doc: Doc, layout: Layout, holder, timeline: "_Timeline") -> Entity | None:
    """An explanation given where the source is introduced, before it is quoted: "A State
    Department official, who requested anonymity to discuss the talks, described the
    meeting as tense. The official said ...": the next mention with the same noun in the
    same paragraph, within :data:`EXPLAINED_AHEAD` sentences."""
    lemma = holder.lemma_.lower()
    para = layout.paragraph_of(holder.idx)
    last_sentence = layout.sentence_index(holder.i) + EXPLAINED_AHEAD
    i = bisect.bisect_right(timeline.starts, holder.idx)
    while i < len(timeline.rows):
        start, head, paragraph, entity = timeline.rows[i]
        if paragraph != para or timeline.sentences[i] > last_sentence:
            return None
        if doc[head].lemma_.lower() == lemma:
            return entity
        i += 1
    return None


class _Timeline:
    """Every mention of an anonymous source in text order, searchable by character offset
    and by sentence number, so that each explanation looks only at its own neighbourhood
    (a long article can hold thousands of both)."""

    def __init__(self, layout: Layout, anonymous: list[Entity]):
        self.rows = sorted(((m.start, m.head, m.paragraph, e) for e in anonymous for m in e.mentions), key=lambda r: r[0])
        self.starts = [r[0] for r in self.rows]
        # mentions are in text order, so their sentence numbers never decrease
        self.sentences = [layout.sentence_index(r[1]) for r in self.rows]


def _nearby(doc: Doc, layout: Layout, note: AnonymityNote, timeline: _Timeline) -> Entity | None:
    holder = doc[note.holder] if note.holder >= 0 else None
    sentence_index = layout.sentence_index(note.sentence)
    para = layout.paragraph_of(note.start)
    rows = timeline.rows
    if holder is not None and holder.pos_ in ("NOUN", "PROPN"):
        lemma = holder.lemma_.lower()
        # "A second official, who requested anonymity": someone new, never one quoted before
        i = 0 if _introduces(holder) else bisect.bisect_right(timeline.starts, holder.idx)
        while i > 0:
            i -= 1
            _, head, paragraph, entity = rows[i]
            if para - paragraph > DESCRIPTION_WINDOW:
                break
            if doc[head].lemma_.lower() == lemma:
                return entity
        later = _described_later(doc, layout, holder, timeline)
        if later is not None:
            return later
    best = None
    lo = bisect.bisect_left(timeline.sentences, sentence_index - 1)
    hi = bisect.bisect_right(timeline.sentences, sentence_index)
    for i in range(lo, hi):
        start, _, _, entity = rows[i]
        distance = sentence_index - timeline.sentences[i]
        if distance == 0 or (distance == 1 and (holder is None or holder.pos_ == "PRON")):
            if best is None or distance < best[0] or (distance == best[0] and abs(start - note.start) < best[1]):
                best = (distance, abs(start - note.start), entity)
    return best[2] if best else None


__all__ = ["FIRST_PERSON", "byline_author", "resolve_sources"]
