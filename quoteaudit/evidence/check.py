"""The evidence stage: give each direct quote (and each quoted fragment of a mixed quote)
its :class:`~quoteaudit.model.QuoteEvidence`.

Runs after the speakers stage, because a transcript's speaker label is compared with the
quote's resolved source, and before the rules, which turn the statuses into findings
(QA105 altered-quote, QA106 quote-not-in-evidence, QA107 wrong-speaker).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import EvidenceStatus, Quote, QuoteEvidence, QuoteKind, Source, SourceType
from ..quotes.marks import QUOTE_JOINERS, QuotedSpan, pair_marks
from .align import Alignment, Quoted, align
from .names import same_speaker
from .transcript import is_unnamed
from .words import quote_items

if TYPE_CHECKING:  # pragma: no cover
    from ..ingest import Article
    from . import EvidenceIndex

#: the status a quote gets when its pieces differ: the worst of them, in this order
_WORST_FIRST = (
    EvidenceStatus.ALTERED,
    EvidenceStatus.WRONG_SPEAKER,
    EvidenceStatus.NOT_FOUND,
    EvidenceStatus.BRACKETED,
    EvidenceStatus.ELIDED,
    EvidenceStatus.VERBATIM,
)


def check_quotes(evidence: EvidenceIndex, article: Article, quotes: list[Quote], sources: list[Source], *, max_gap: int) -> dict[str, str]:
    """Set ``quote.evidence`` on every quote that carries someone's exact words.

    Returns, for each quote matched to a passage, where that passage is for a message
    ("transcripts/mayor.txt, line 12").
    """
    where: dict[str, str] = {}
    indexes = evidence.indexes()
    if not indexes:
        return where
    text = article.text
    spans = [s for s in pair_marks(text, article.paragraphs).spans if s.parent is None]
    by_id = {s.id: s for s in sources}
    for quote in quotes:
        if QuoteKind(quote.kind) is QuoteKind.INDIRECT:
            continue
        units = quoted_units(quote, spans, text)
        source = by_id.get(quote.source) if quote.source else None
        results = []
        for unit in units:
            quoted = Quoted([item for lo, hi in unit for item in quote_items(text, lo, hi)], text)
            if quoted.words:
                results.append((unit, align(quoted, indexes, source, max_gap)))
        if results and all(r.status is EvidenceStatus.NOT_FOUND for _, r in results) and _not_a_speaker_of_the_material(source, indexes):
            continue  # an interview with the mayor says nothing of what the bakery owner told us
        if results:
            quote.evidence, place = _evidence(results, text, several=len(results) > 1)
            if place:
                where[quote.id] = place
    return where


def _not_a_speaker_of_the_material(source: Source | None, indexes) -> bool:
    """The material is transcripts whose every turn is labelled with a name, and the
    quote's source is a document ("a state report rated the deck “poor”") or a named
    person none of those labels is ("“It's about time,” said Louise Carter"), checked
    against the council meeting's transcript. Words not found
    there were said somewhere else, not misquoted, so the quote is left unchecked rather
    than reported as missing from the material (QA106). Words that are found (given to
    someone else, QA107) or nearly found (QA105) are still reported."""
    if source is None or not indexes:
        return False
    if SourceType(source.type) not in (SourceType.NAMED_PERSON, SourceType.DOCUMENT):
        return False
    labels = set()
    for idx in indexes:
        spoken = [idx.doc.speakers[turn] for turn in set(idx.turns)]  # turns that hold words
        if not idx.doc.transcript or not spoken or any(not label or is_unnamed(label) for label in spoken):
            return False
        labels.update(spoken)
    if SourceType(source.type) is SourceType.DOCUMENT:
        return True  # a transcript's speakers are people
    return all(same_speaker(label, source) is False for label in labels)


def quoted_units(quote: Quote, spans: list[QuotedSpan], text: str) -> list[list[tuple[int, int]]]:
    """The stretches of the speaker's own words in ``quote``, each a list of inner spans
    checked as one run of words.

    A direct quote split by its attribution (``"We are proud," she said, "of what we
    did."``) is one run while the sentence goes on, and a new one after a sentence ends
    (the next sentence may come from elsewhere in the interview, as quotes do). Each quoted
    fragment of a mixed quote is its own run: the reporter's words sit between them.
    """
    inner = []
    for lo, hi in quote.fragments:
        inside = [s for s in spans if s.start >= lo and s.end <= hi]
        inner.extend((s.inner_start, s.inner_end) for s in inside)
        if not inside and QuoteKind(quote.kind) is QuoteKind.DIRECT:
            inner.append((lo, hi))  # a direct quote without marks (a transcript-style line)
    units: list[list[tuple[int, int]]] = []
    for lo, hi in inner:
        if units and QuoteKind(quote.kind) is QuoteKind.DIRECT and _same_sentence(text, units[-1][-1], lo):
            units[-1].append((lo, hi))
        else:
            units.append([(lo, hi)])
    return units


def _same_sentence(text: str, previous: tuple[int, int], start: int) -> bool:
    """Does the quoted span starting at ``start`` continue the sentence of ``previous``?
    Not when that one ended a sentence ("...this year.") or the attribution between them
    did (``"...," Lopez said. "``); yes when it goes on (``"...," she said, "``)."""
    inner = text[previous[0] : previous[1]].rstrip(" \t\r\n\"'”’")
    if inner.endswith((".", "?", "!")) and not inner.endswith(("...", ". . .")):
        return False
    between = text[previous[1] : start]
    joiners = between.replace(",", " ").strip(" \t\"'“”‘’").lower().split()
    if joiners and all(w in QUOTE_JOINERS for w in joiners):
        # "chanted “Get out” and “Be nice”": things said apart, joined by the writer; each
        # is checked alone (a run of labels, "a “nasty guy,” an “anchor baby”", is a mixed
        # quote, whose quoted pieces are each checked alone anyway)
        return False
    return not any(c in between for c in ".?!")


def _evidence(results: list[tuple[list[tuple[int, int]], Alignment]], text: str, several: bool) -> tuple[QuoteEvidence, str | None]:
    unit, worst = min(results, key=lambda r: _WORST_FIRST.index(r[1].status))
    note = worst.note
    if several and worst.status is not EvidenceStatus.VERBATIM:
        words = " ".join(text[unit[0][0] : unit[-1][1]].split())
        where = f"in “{words if len(words) <= 50 else words[:49].rstrip() + '…'}”"
        note = f"{where}: {note}" if note else where
    evidence = QuoteEvidence(status=worst.status, similarity=worst.similarity, diff=list(worst.diff), note=note,
                             speaker_label=worst.speaker_label)
    idx = worst.index
    place = None
    if idx is not None and worst.hi > worst.lo and worst.status is not EvidenceStatus.NOT_FOUND:
        doc = idx.doc
        place = doc.where(idx.starts[worst.lo])
        evidence.file = doc.name
        evidence.start = doc.file_offset(idx.starts[worst.lo])
        evidence.end = doc.file_offset(idx.ends[worst.hi - 1] - 1) + 1
        if not doc.record:  # a record's own lines mean nothing to the editor; the note names it
            evidence.line = doc.line(idx.starts[worst.lo])
        if doc.record:
            evidence.note = f"{doc.record}; {evidence.note}" if evidence.note else doc.record
    return evidence, place
