"""Property tests on articles composed by a newsroom grammar (``tests/newsroom_grammar.py``):
named speakers with titles and appositives, cue verbs, quote marks of every style, split
and multi-paragraph quotes, pronoun follow-ups, anonymous sources and unrelated
paragraphs. Unlike ``tests/test_fuzz.py`` (random characters, which almost never make a
quote) these articles reach attribution and scoring, so the properties say something
about quotes and sources:

* every direct quote lies between matching marks, and is a span the writer put in marks;
* every quote's source, parent and ``continues`` id exist, and every source is used;
* a speaker mention (and the cue) lies outside its own quote;
* scores lie within 0-100, add up to their reasons, and the article's lies within its
  quotes' range less the claim penalties;
* the score is monotone in the rubric's terms: an anonymous speaker in place of a named
  one never raises it, a reason for anonymity, a title or an appositive never lowers it,
  a loaded verb in place of ``said`` never raises it;
* self-contained paragraphs give the same quotes, speakers and source types in any order.

Settings come from ``tests/hypothesis_profiles.py``: the fixed ``ci`` profile by default,
``HYPOTHESIS_PROFILE=deep`` for 1000 random articles per property.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

import pytest
from hypothesis import event, given, target
from hypothesis import strategies as st

from quoteaudit.gate.config import Config
from quoteaudit.ingest import read_string
from quoteaudit.model import DocumentAudit, Quote, QuoteKind, SourceType
from quoteaudit.pipeline import audit_article
from quoteaudit.scoring import DEFAULT_WEIGHTS, grade

from .hypothesis_profiles import grammar_settings
from .newsroom_grammar import (
    ANONYMITY_REASONS,
    CLAUSES,
    MARK_STYLES,
    PEOPLE,
    SENTENCES,
    Article,
    Block,
    Planted,
    Speaker,
    anonymous_speakers,
    articles,
    assemble,
    direct_quote,
    indirect_quote,
    named_speakers,
    self_contained_named_blocks,
)


def audit(nlp, text: str) -> DocumentAudit:
    (article,) = read_string(text, "text", path="article.txt")
    assert article.text == text  # planted offsets index the audited text
    return audit_article(article, nlp(text), Config())


def found(doc: DocumentAudit, plant: Planted) -> Quote | None:
    """The quote the audit made of a planted one: a direct quote with the planted segments
    among its fragments (a quote standing alone in its paragraph may join the quote before
    it); a paraphrase spanning the planted clause (give or take the period)."""
    for q in doc.quotes:
        if plant.kind == "direct":
            if q.kind == QuoteKind.DIRECT and set(plant.segments) <= set(q.fragments):
                return q
        elif q.kind != QuoteKind.DIRECT and q.continues is None:
            (s, e), = plant.segments
            if abs(q.start - s) <= 1 and abs(q.end - e) <= 1:
                return q
    return None


# --- direct quotes lie between matching marks -----------------------------------------------

#: opening mark -> the closing marks that match it
MATCHING = {
    "\u201c": ("\u201d",), '"': ('"',), "\u2018": ("\u2019",), "\u00ab": ("\u00bb",), "``": ("''",),
    "''": ("''",), "'": ("'",), "\u201e": ("\u201c", "\u201d"), "\u00bb": ("\u00ab",), "\u2033": ("\u2033",),
}


def opening_mark(text: str) -> str | None:
    for mark in sorted(MATCHING, key=len, reverse=True):
        if text.startswith(mark):
            return mark
    return None


def paragraph_end(doc: DocumentAudit, offset: int) -> int:
    return next(p.end for p in doc.paragraphs if p.start <= offset < p.end)


def check_marks(doc: DocumentAudit) -> None:
    """Each fragment of a direct quote opens with a mark and closes with the matching one,
    or, in a quote running over paragraphs, runs to the end of its paragraph and the next
    fragment opens the next paragraph with the same mark."""
    text = doc.text
    for q in doc.quotes:
        if q.kind != QuoteKind.DIRECT:
            continue
        assert q.text == " \u2026 ".join(text[s:e] for s, e in q.fragments), q
        for n, (s, e) in enumerate(q.fragments):
            fragment = text[s:e]
            mark = opening_mark(fragment)
            assert mark is not None, f"{q.id} fragment {fragment!r} does not open with a quote mark"
            if any(fragment.endswith(c) and len(fragment) > len(mark) + len(c) - 1 for c in MATCHING[mark]):
                continue
            # a paragraph of a multi-paragraph quote: no close, and the quote goes on
            assert n + 1 < len(q.fragments), f"{q.id} fragment {fragment!r} never closes"
            assert e == paragraph_end(doc, s), f"{q.id} fragment {fragment!r} stops inside its paragraph without a close"
            nxt = q.fragments[n + 1][0]
            assert any(p.start == nxt for p in doc.paragraphs), f"{q.id}: the quote goes on mid-paragraph at {nxt}"
            assert text[nxt:].startswith(mark), f"{q.id}: the next paragraph does not reopen with {mark!r}"


@grammar_settings()
@given(article=articles())
def test_direct_quotes_lie_between_matching_marks(nlp, article: Article):
    doc = audit(nlp, article.text)
    check_marks(doc)
    # and they are what the writer put in marks: no direct quote out of unquoted text,
    # no fragment running past a planted closing mark into the next quote
    planted = {seg for p in article.direct() for seg in p.segments}
    for q in doc.quotes:
        if q.kind == QuoteKind.DIRECT:
            for s, e in q.fragments:
                assert (s, e) in planted, f"{q.id} {doc.text[s:e]!r} is not a quoted segment of the article"
    event(f"direct quotes: {sum(q.kind == QuoteKind.DIRECT for q in doc.quotes)}")


# --- regressions the grammar found ----------------------------------------------------------

#: a bug the grammar finds that is not fixed yet (reported to the lead): the speaker
#: property skips exactly this construction, and its regression test is a strict xfail
KNOWN_ANONYMOUS_AFTER = (
    "not fixed: a paraphrase before an anonymous source whose reason for anonymity sits in a "
    "relative clause before the cue ('The bridge passed its inspections, a person familiar with "
    "the talks, who was not authorized to speak publicly, says.') takes in the source or is lost; "
    "the parse hangs the source on the paraphrase's last noun, and taking such appositions as "
    "speakers misattributed real quotes on PolNeAR's train split ('in Bangor, Maine, ...', "
    "'..., two respected speechwriters, ...'), so only a PERSON name there is taken"
)


def known_anonymous_after(plant: Planted) -> bool:
    return plant.construction == "after" and plant.speaker.kind.startswith("anonymous") and plant.speaker.reason is not None



def test_a_uk_style_quote_over_paragraphs_is_one_quote_of_its_speaker(audit_text):
    """Found by the speaker property: single marks opening each paragraph, only the last
    closing, were not read as one quote; "We" inside the quote became a speaker."""
    text = (
        "\u2018The bridge is safe,\u2019 Thomas Reilly said. \u2018We expect the first trains to run in March.\n\n"
        "\u2018This budget protects every library in the city.\u2019\n"
    )
    doc = audit_text(text)
    (q,) = doc.quotes
    assert q.kind == QuoteKind.DIRECT
    assert [doc.text[s:e] for s, e in q.fragments] == [
        "\u2018The bridge is safe,\u2019",
        "\u2018We expect the first trains to run in March.",
        "\u2018This budget protects every library in the city.\u2019",
    ]
    assert q.speaker.text == "Thomas Reilly"
    assert [(s.name, s.type) for s in doc.sources] == [("Thomas Reilly", SourceType.NAMED_PERSON)]


def test_a_paraphrase_before_a_speaker_with_an_appositive_leaves_the_speaker_out(audit_text):
    """Found by fuzzing with the grammar (the planted speaker was lost): the parse hangs
    "James Carter" on "inspections" as its apposition, and the paraphrase took in the
    speaker and his job (and "told reporters" made the reporters the source)."""
    for cue in ("said", "told reporters"):
        doc = audit_text(f"The bridge had passed its last two inspections, James Carter, a spokesman for the city, {cue}.\n")
        (q,) = doc.quotes
        assert (q.kind, q.text, q.speaker.text) == (QuoteKind.INDIRECT, "The bridge had passed its last two inspections", "James Carter")
        source = doc.source_by_id(q.source)
        assert (source.name, source.type, source.role, source.affiliation) == ("James Carter", SourceType.NAMED_PERSON, "spokesman", "the city")


@pytest.mark.xfail(strict=True, reason=KNOWN_ANONYMOUS_AFTER)
def test_a_paraphrase_before_an_anonymous_source_with_its_reason_keeps_the_source(audit_text):
    """Found by fuzzing with the grammar: with the reason for anonymity in a relative clause
    between the source and the cue, the paraphrase takes in the source (``says``) or is
    lost altogether (``wrote``, parsed as an adverbial clause of the paraphrase)."""
    doc = audit_text("The bridge had passed its last two inspections, a person familiar with the talks, who was not authorized to speak publicly, says.\n")
    (q,) = doc.quotes
    assert (q.text, q.speaker.text) == ("The bridge had passed its last two inspections", "a person")
    source = doc.source_by_id(q.source)
    assert (source.type, source.anonymity_reason_weak) == (SourceType.ANONYMOUS_SPECIFIC, True)
    doc = audit_text(
        "The shelter would stay open through the winter, a city hall aide, who spoke on condition of anonymity because the talks are private, wrote.\n"
    )
    (q,) = doc.quotes
    assert (q.kind, q.text, q.speaker.text, q.cue.text) == (QuoteKind.INDIRECT, "The shelter would stay open through the winter", "a city hall aide", "wrote")
    source = doc.source_by_id(q.source)
    assert source.type == SourceType.ANONYMOUS_SPECIFIC and source.anonymity_reason and not source.anonymity_reason_weak


def test_a_first_name_the_recogniser_left_out_is_part_of_the_name_not_an_affiliation(audit_text):
    """Found by fuzzing with the grammar (the source was named "Ortiz"): after a paragraph
    quoting "Labor Secretary David Morales", spaCy's small model recognises only "Ortiz" in
    "Ana Ortiz", and "Ana" became her affiliation, worth 10 points."""
    doc = audit_text(
        "\u2018We are not done,\u2019 Labor Secretary David Morales said, \u2018and we will not back down.\u2019\n\n"
        "Ana Ortiz told reporters the budget would protect the libraries.\n"
    )
    q = doc.quotes[-1]
    assert (q.text, q.speaker.text) == ("the budget would protect the libraries", "Ana Ortiz")
    source = doc.source_by_id(q.source)
    assert (source.name, source.type, source.affiliation, q.strength.score) == ("Ana Ortiz", SourceType.NAMED_PERSON, None, 70)


# --- sources exist ---------------------------------------------------------------------------


def check_references(doc: DocumentAudit) -> None:
    source_ids = [s.id for s in doc.sources]
    quote_ids = {q.id for q in doc.quotes}
    assert len(source_ids) == len(set(source_ids)), source_ids
    assert len(quote_ids) == len(doc.quotes)
    by_id = {s.id: s for s in doc.sources}
    for q in doc.quotes:
        assert q.source is None or q.source in by_id, f"{q.id} points at missing source {q.source}"
        assert q.parent is None or q.parent in quote_ids, f"{q.id} nested in missing quote {q.parent}"
        assert q.continues is None or q.continues in quote_ids, f"{q.id} continues missing quote {q.continues}"
        if q.source is not None and q.speaker is not None:
            # the speaker as written is one of its source's mentions
            mentions = by_id[q.source].mentions
            assert any(s < q.speaker.end and q.speaker.start < e for s, e in mentions), (
                f"{q.id}: speaker {q.speaker.text!r} is not a mention of {q.source} {by_id[q.source].name!r}"
            )
    used = {q.source for q in doc.quotes}
    for s in doc.sources:
        assert s.id in used, f"source {s.id} {s.name!r} is no quote's source"


@grammar_settings()
@given(article=articles())
def test_every_quote_source_points_at_a_source_that_exists(nlp, article: Article):
    doc = audit(nlp, article.text)
    check_references(doc)
    event(f"sources: {len(doc.sources)}")


# --- speakers outside their quotes ------------------------------------------------------------


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def check_speakers_outside(doc: DocumentAudit) -> None:
    for q in doc.quotes:
        for span, what in ((q.speaker, "speaker"), (q.cue, "cue")):
            if span is None or span.start == span.end:
                continue
            for frag in q.fragments:
                assert not overlaps((span.start, span.end), frag), (
                    f"{q.id}: {what} {span.text!r} lies inside its own quote {doc.text[frag[0]:frag[1]]!r}"
                )


@grammar_settings()
@given(article=articles())
def test_a_speaker_mention_lies_outside_its_quote(nlp, article: Article):
    doc = audit(nlp, article.text)
    check_speakers_outside(doc)
    # the grammar knows where its speakers are: no quote takes in a speaker's mention (with
    # its title or appositive), and no quote's speaker is a word inside quotation marks
    quoted = [seg for p in article.direct() for seg in p.segments]
    for plant in article.planted:
        if plant.speaker_span is None:
            continue
        if known_anonymous_after(plant):
            event("skipped: " + KNOWN_ANONYMOUS_AFTER[:60])
            continue
        who = doc.text[slice(*plant.speaker_span)]
        for q in doc.quotes:
            for frag in q.fragments:
                assert not overlaps(plant.speaker_span, frag), f"{q.id} {doc.text[slice(*frag)]!r} takes in the speaker {who!r}"
    for q in doc.quotes:
        if q.speaker is not None:
            for seg in quoted:
                assert not overlaps((q.speaker.start, q.speaker.end), seg), (
                    f"{q.id}: speaker {q.speaker.text!r} is a word of the quote {doc.text[slice(*seg)]!r}"
                )


# --- scores ----------------------------------------------------------------------------------

_POINTS = re.compile(r"^([+-]\d+(?:\.\d+)?) ")


def check_scores(doc: DocumentAudit) -> None:
    quote_scores = []
    for q in doc.quotes:
        s = q.strength
        assert s is not None and 0 <= s.score <= 100, (q.id, s)
        assert s.grade == grade(s.score, DEFAULT_WEIGHTS), (q.id, s)
        # every point is in the reasons: they add up to the score, kept within 0-100
        total = sum(float(m.group(1)) for r in s.reasons if (m := _POINTS.match(r)))
        assert s.score == int(round(min(100.0, max(0.0, total)))), (q.id, s.reasons)
        quote_scores.append(s.score)
    if quote_scores:
        assert doc.score is not None
    if doc.score is not None:
        assert 0 <= doc.score <= 100 and doc.grade == grade(doc.score, DEFAULT_WEIGHTS), (doc.score, doc.grade)
    if quote_scores:
        # a length-weighted mean of the quote scores less at most max-claim-penalty points
        cap = DEFAULT_WEIGHTS["max-claim-penalty"]
        assert max(0, min(quote_scores) - cap) <= doc.score <= max(quote_scores), (doc.score, quote_scores, doc.score_reasons)


@grammar_settings()
@given(article=articles())
def test_scores_are_within_0_100_and_add_up(nlp, article: Article):
    doc = audit(nlp, article.text)
    check_scores(doc)
    if doc.score is not None:
        target(float(len(doc.quotes)), label="quotes scored")


# --- the score is monotone in the rubric's terms ---------------------------------------------


@dataclass(frozen=True)
class Setup:
    """An article with a slot for the quote under test, and how that quote is written."""

    context: tuple[Block, ...]  #: named quotes and unrelated paragraphs around the slot
    slot: int
    kind: str  #: "direct" or "indirect"
    marks: str
    form: str
    cue: str
    content: str
    named: Speaker  #: a named speaker the context does not name

    def render(self, speaker: Speaker, cue: str | None = None) -> tuple[Article, Planted]:
        cue = cue or self.cue
        if self.kind == "direct":
            piece, plant = direct_quote(speaker, self.content, self.marks, self.form, cue)
        else:
            piece, plant = indirect_quote(speaker, self.content, self.form, cue)
        layout = list(self.context)
        layout.insert(self.slot, Block([piece], [plant], ()))
        article = assemble(layout)
        return article, article.planted[sum(len(b.plants) for b in self.context[: self.slot])]


@st.composite
def quote_in_context(draw) -> Setup:
    context = draw(self_contained_named_blocks(n_quotes=draw(st.integers(0, 2)), max_unrelated=2))
    taken = {n for b in context for n in b.named}
    words = " | ".join(d.words for b in context for d in b.plants)
    kind = draw(st.sampled_from(["direct", "indirect"]))
    if kind == "direct":
        form = draw(st.sampled_from(["cue-after", "inverted", "cue-before"]))
        cue = "said," if form == "cue-before" else "said"
        content = draw(st.sampled_from([c for c in SENTENCES if c not in words]))
    else:
        form = draw(st.sampled_from(["that", "bare", "after", "according-to"]))
        cue = "said"
        content = draw(st.sampled_from([c for c in CLAUSES if c not in words]))
    named = draw(named_speakers(people=[p for p in PEOPLE if f"{p[0]} {p[1]}" not in taken]))
    return Setup(tuple(context), draw(st.integers(0, len(context))), kind, draw(st.sampled_from(sorted(MARK_STYLES))), form, cue, content, named)


def scores(nlp, setup: Setup, *variants: tuple[Speaker, str | None]) -> list[int] | None:
    """The planted quote's score in each variant (speaker, cue) in turn; None when one of
    the articles does not yield the planted quote (the reach test counts how often)."""
    out = []
    for speaker, cue in variants:
        article, plant = setup.render(speaker, cue)
        q = found(audit(nlp, article.text), plant)
        if q is None:
            event(f"{setup.kind} {setup.form} quote not found with speaker {speaker.kind}")
            return None
        out.append(q.strength.score)
    event("compared")
    return out


def bare(named: Speaker) -> Speaker:
    return Speaker("named", named.name, named.name, named.later, named.pronoun)


@grammar_settings(scale=0.6)
@given(setup=quote_in_context(), anonymous=anonymous_speakers(explained=False))
def test_an_anonymous_speaker_in_place_of_a_named_one_never_raises_the_score(nlp, setup, anonymous):
    got = scores(nlp, setup, (setup.named, None), (anonymous, None))
    if got is not None:
        assert got[1] <= got[0], f"{anonymous.first_mention!r} scores {got[1]}, {setup.named.first_mention!r} {got[0]}"


def with_reason(anonymous: Speaker, reason: str) -> Speaker:
    pron = anonymous.pronoun
    text = reason.format(pron=pron, poss={"he": "his", "she": "her", "they": "their"}[pron])
    if pron == "they":
        text = text.replace("who was not", "who were not")
    return replace(anonymous, reason=text)


@grammar_settings(scale=0.6)
@given(setup=quote_in_context(), anonymous=anonymous_speakers(explained=False), reason=st.sampled_from([r for r, _ in ANONYMITY_REASONS]))
def test_a_reason_for_anonymity_never_lowers_the_score(nlp, setup, anonymous, reason):
    explained = with_reason(anonymous, reason)
    got = scores(nlp, setup, (anonymous, None), (explained, None))
    if got is not None:
        assert got[1] >= got[0], f"with ', {explained.reason},' the quote scores {got[1]}, without {got[0]}"


@grammar_settings(scale=0.6)
@given(setup=quote_in_context(), add=st.sampled_from(["title", "appositive", "both"]))
def test_a_title_or_appositive_never_lowers_the_score(nlp, setup, add):
    named = setup.named
    title = named.title or "Mayor"
    appositive = named.appositive or "the city's budget director"
    richer = replace(
        bare(named),
        first_mention=f"{title} {named.name}" if add in ("title", "both") else named.name,
        title=title if add in ("title", "both") else None,
        appositive=appositive if add in ("appositive", "both") else None,
    )
    got = scores(nlp, setup, (bare(named), None), (richer, None))
    if got is not None:
        assert got[1] >= got[0], f"{richer.first_mention!r} ({richer.appositive}) scores {got[1]}, {named.name!r} {got[0]}"


LOADED = ["claimed", "insisted", "admitted", "conceded", "alleged"]


@grammar_settings(scale=0.6)
@given(setup=quote_in_context(), loaded=st.sampled_from(LOADED))
def test_a_loaded_verb_in_place_of_said_never_raises_the_score(nlp, setup, loaded):
    got = scores(nlp, setup, (setup.named, None), (setup.named, setup.cue.replace("said", loaded)))
    if got is not None:
        assert got[1] <= got[0], f"'{loaded}' scores {got[1]}, 'said' {got[0]}"


# --- paragraph order --------------------------------------------------------------------------


def triples(doc: DocumentAudit) -> Counter:
    by_id = {s.id: s for s in doc.sources}
    out = Counter()
    for q in doc.quotes:
        source = by_id.get(q.source) if q.source else None
        out[(q.kind.value, q.text, source.name if source else None, source.type.value if source else None)] += 1
    return out


@grammar_settings(scale=0.6)
@given(parts=self_contained_named_blocks(n_quotes=2, max_unrelated=2), data=st.data())
def test_the_order_of_self_contained_paragraphs_does_not_change_quotes_or_sources(nlp, parts, data):
    order = data.draw(st.permutations(range(len(parts))), label="order")
    first = audit(nlp, assemble(parts).text)
    second = audit(nlp, assemble([parts[i] for i in order]).text)
    assert triples(second) == triples(first)


# --- reach -----------------------------------------------------------------------------------


def reach_of(doc: DocumentAudit, article: Article) -> Counter:
    """What one article reached: article-level flags (a direct quote, a paraphrase, a named
    source the grammar named) and, per planted quote by how its speaker is written, whether
    the audit found it and gave it the speaker the grammar meant."""
    named = article.named_people()
    by_id = {s.id: s for s in doc.sources}
    out = Counter(
        {
            "articles": 1,
            "with direct quote": any(q.kind == QuoteKind.DIRECT for q in doc.quotes),
            "with indirect quote": any(q.kind == QuoteKind.INDIRECT for q in doc.quotes),
            "with named source": any(s.type == SourceType.NAMED_PERSON and s.name in named for s in doc.sources),
            "with sourced quote": any(q.source for q in doc.quotes),
            "planting direct": bool(article.direct()),
            "planting indirect": any(p.kind == "indirect" for p in article.planted),
            "planting named": bool(named),
        }
    )
    for p in article.planted:
        q = found(doc, p)
        s = by_id.get(q.source) if q is not None and q.source else None
        key = f"{p.kind} by {p.speaker.kind}"
        out[f"planted {key}"] += 1
        out[f"found {key}"] += q is not None
        if p.speaker.kind in ("named", "pronoun", "floating", "return"):
            out[f"right speaker {key}"] += s is not None and s.name == p.speaker.name and s.type == SourceType.NAMED_PERSON
        else:
            out[f"right speaker {key}"] += s is not None and s.type in (SourceType.ANONYMOUS_SPECIFIC, SourceType.ANONYMOUS_VAGUE)
    return out


def _share(counts: Counter, part: str, whole: str) -> float:
    return counts[part] / max(1, counts[whole])


def test_the_grammar_reaches_quotes_and_named_sources(nlp):
    """Unlike random text, the grammar's articles yield quotes and named sources: over the
    profile's sample, most articles that plant a direct quote, a paraphrase or a named
    speaker get one from the audit, and most planted quotes are found with the speaker the
    grammar meant."""
    counts: Counter = Counter()

    @grammar_settings()
    @given(article=articles())
    def sample(article):
        counts.update(reach_of(audit(nlp, article.text), article))

    sample()
    n = counts["articles"]
    print(f"\nreach over {n} articles:")
    for key in sorted(counts):
        print(f"  {key}: {counts[key]}")
    assert n >= 10
    assert _share(counts, "with sourced quote", "articles") >= 0.85, counts
    assert _share(counts, "with direct quote", "planting direct") >= 0.9, counts
    assert _share(counts, "with indirect quote", "planting indirect") >= 0.8, counts
    assert _share(counts, "with named source", "planting named") >= 0.9, counts
    planted = sum(v for k, v in counts.items() if k.startswith("planted "))
    right = sum(v for k, v in counts.items() if k.startswith("right speaker "))
    assert right >= 0.8 * planted, counts
