"""Quote detection: direct, split, multi-paragraph, mixed and indirect quotes.

Public entry: :func:`detect_quotes`. It returns plain :class:`~quoteaudit.model.Quote`
values (content spans, kind, cue span and the raw speaker mention span) plus any stray
quote marks it recovered from. Resolving the mention to a source is the speakers stage.

How the pieces fit (one module each):

* :mod:`.marks` pairs quote marks into quoted spans (characters only, never fails);
* :mod:`.filters` tells speech from scare quotes, titles and so-called terms;
* :mod:`.indirect` finds reported speech in the dependency parse (cue verb + clause,
  ``according to``);
* a paraphrase that carries quoted words becomes one ``mixed`` quote; a cue whose whole
  clause is a quoted span attributes that direct quote instead;
* :mod:`.direct` attributes the remaining quoted spans (cue after, dash sign-off, cue or
  colon before) and groups split and multi-paragraph quotes;
* nested attribution (``sources say X, the report said``) keeps both layers; the inner
  quote's ``parent`` is the outer quote's id.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..model import AttributionType, Quote, QuoteKind, TextSpan
from . import context, cues, direct, filters, headlines, indirect
from .marks import LABEL_ARTICLES, StrayMark, pair_marks

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from ..ingest import Article

#: words of a paraphrase outside its quoted spans at or below which the paraphrase is just
#: the direct quote itself (``he said that “…”``)
DIRECT_SLACK = 1
#: the longest opening phrase read as a topic before a direct quote (:func:`_topic_before_words`)
TOPIC_WORDS = 8


@dataclass
class QuoteDetection:
    quotes: list[Quote] = field(default_factory=list)
    stray_marks: list[StrayMark] = field(default_factory=list)


def detect_quotes(doc: Doc, article: Article) -> QuoteDetection:
    """Find every quote in ``doc`` (the parsed ``article.text``)."""
    text = article.text
    scan = pair_marks(text, article.paragraphs)
    ctx = context.build(doc, text, scan.spans, article.paragraphs)
    ctx.classes = [_classify(ctx, k) for k in range(len(scan.spans))]

    top = [k for k, q in enumerate(scan.spans) if q.parent is None]
    attributions: dict[int, direct.Attribution] = {}
    consumed: set[int] = set()
    drafts: list[context.Draft] = []

    # paraphrases first: they decide which quoted spans are fragments of a mixed quote
    for d in indirect.find_indirect(ctx):
        if d.label is not None:
            # “reckless”, as the mayor called the plan: the quoted label is the quote, a
            # mixed one (:func:`_naming_kind`)
            q = scan.spans[d.label]
            d.kind, d.fragments, d.spans = _naming_kind(d, ctx, q.start), [(q.start, q.end)], [d.label]
            consumed.add(d.label)
            drafts.append(d)
            continue
        inside = sorted({ctx.outer[t] for a, b in d.runs for t in range(a, b) if ctx.outer[t] >= 0})
        if not inside:
            drafts.append(d)
            continue
        quoted_toks = set()
        for k in inside:
            quoted_toks.update(range(*ctx.span_all[k]))
        free_toks = [
            t for a, b in d.runs for t in range(a, b)
            if t not in quoted_toks and not doc[t].is_punct and not doc[t].is_space and doc[t].lower_ not in ("that",)
        ]
        free = len(free_toks)
        last_close = max(ctx.span_all[k][1] for k in inside)
        if free and d.cue_tok is not None and d.speaker is not None and all(
            last_close <= t < d.cue_tok and doc[t].idx >= d.speaker[0] for t in free_toks
        ):
            # “…,” Flynn, a top Trump surrogate, said: the words between the speaker and
            # the cue describe the speaker, whatever the parse hangs them on
            free = 0
        if free and len(inside) == 1 and direct.description_before_the_speaker(ctx, d, inside[0], free_toks):
            free = 0
        if free and len(inside) == 1 and _setting_after_words(ctx, d, inside[0], free_toks):
            free = 0
        if free and len(inside) == 1 and _topic_before_words(ctx, d, inside[0], free_toks):
            free = 0
        if free > DIRECT_SLACK and d.speaker is None and all(
            direct._attributing_cue(doc[t]) for t in free_toks if doc[t].pos_ in ("VERB", "AUX")
        ):
            # the parse swallowed the speaker ("“…,” Tulsa police Chief Chuck Jordan
            # said"): no paraphrase here; the direct quote finds its own attribution
            continue
        if free <= DIRECT_SLACK and all(ctx.classes[k] != filters.TERM for k in inside):
            # the clause is the quote: this cue attributes the direct quote — unless the
            # quote runs on from the writer's words ("says that “…”", "The “animosity …,”
            # he told"): then the clause is one mixed quote, built below
            att = direct.Attribution(d.cue_span, d.cue_lemma, d.cue_tok, d.speaker, (d.cue_span[0], d.cue_span[1]), "content")
            if not any(direct._embedded(ctx, k) and not direct.run_in_direct(ctx, k, att) for k in inside):
                for k in inside:
                    attributions.setdefault(k, att)
                continue
        # a paraphrase carrying quoted words: one mixed quote, marks included
        frags = []
        for (s, e), (a, b) in zip(d.fragments, d.runs):
            for k in {ctx.outer[t] for t in range(a, b) if ctx.outer[t] >= 0}:
                s, e = min(s, ctx.spans[k].start), max(e, ctx.spans[k].end)
            frags.append((s, e))
        d.fragments = _merge(frags)
        if free and all(doc[t].pos_ == "CCONJ" or doc[t].lower_ in LABEL_ARTICLES for t in free_toks) and _only_quotes(ctx, d):
            # "chanted “A” or “B”" (direct.coordinated_words), "called him a “nasty guy,” an
            # “anchor baby” and “sick”" (indirect._label_run): quoted words joined, one quote
            d.kind = _naming_kind(d)
        elif any(ctx.classes[k] not in (filters.TITLE, filters.TERM) for k in inside):
            d.kind = "mixed"
        d.spans = inside
        consumed.update(inside)
        drafts.append(d)

    candidates = []
    for k in top:
        if k in consumed:
            continue
        q = scan.spans[k]
        if q.prev_part is not None and q.prev_part in consumed:
            # the paragraph before ended inside a partial quote that a paraphrase took:
            # the mark was most likely never closed there, so this quote stands alone
            q.prev_part = None
        if k not in attributions or attributions[k].speaker is None:
            # the parse may give the cue no subject ("“…,” added a South Carolina
            # Democrat" as an object): the quote's own attribution window names it
            att = direct.attribute(ctx, k)
            if att is not None and (k not in attributions or att.speaker is not None):
                attributions[k] = att
        candidates.append(k)
    drafts.extend(direct.group_direct(ctx, candidates, attributions, [d for d in drafts if d.kind != "direct"]))
    # "Clinton camp: Trump's rhetoric threatens national security": a line the source opens
    drafts.extend(headlines.speaker_lines(ctx, [(d.fragments[0][0], d.fragments[-1][1], d.cue_span[0] if d.cue_span else None) for d in drafts]))

    drafts = [piece for d in drafts for piece in quoted_words_beside_a_mid_tag(ctx, d)]
    quotes = _finish(ctx, _off_promo_lines(ctx, drafts))
    return QuoteDetection(quotes=quotes, stray_marks=scan.strays)


def quoted_words_beside_a_mid_tag(ctx: context.Ctx, d: context.Draft) -> list[context.Draft]:
    """``If the levy fails, the mayor said, “we will have to close two libraries.”``,
    ``“Not this year,” she said, pointing to the budget``: a tag in the middle splits the
    sentence into the writer's words on one side and the speaker's quoted words, whole
    between their marks, on the other. The quoted piece is the speaker's own wording, a
    direct quote; the unquoted piece is the writer's paraphrase, an indirect one, both
    from the same cue and speaker. Kept as one mixed quote, the verbatim words would be
    read as reworded. (PolNeAR marks the pieces as fragments of one attribution and reads
    each by its own marks: train 22 such quoted pieces direct, 2 mixed.) A fragment that
    mixes the writer's words with quoted ones keeps the whole quote mixed, and so does a
    sentence the two sides build together (:func:`_one_clause_across_the_tag`)."""
    if d.kind != "mixed" or len(d.fragments) < 2:
        return [d]
    whole = {(ctx.spans[k].start, ctx.spans[k].end) for k in d.spans}
    quoted = [f for f in d.fragments if f in whole]
    plain = [f for f in d.fragments if f not in whole]
    if not quoted or not plain:
        return [d]
    if any(q.start < e and s < q.end for s, e in plain for q in ctx.spans):
        return [d]
    if _one_clause_across_the_tag(ctx, quoted, plain):
        return [d]
    words = replace(d, kind="direct", fragments=quoted)
    paraphrase = replace(d, kind="indirect", fragments=plain, spans=[])
    return [words, paraphrase]


#: what the writer's words may be to the quoted verb, or the quoted words to the writer's
#: verb, for the two to make one clause
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
_COMPLEMENTS = ("attr", "acomp", "dobj", "oprd", "xcomp", "ccomp")


def _one_clause_across_the_tag(ctx: context.Ctx, quoted: list[tuple[int, int]], plain: list[tuple[int, int]]) -> bool:
    """``An economic downturn, he said, “could be a good time to borrow”``, ``There was,
    she said, “an implicit bargain.”``: the writer's words are the subject of the quoted
    verb, or the quoted words the complement of the writer's: one sentence said in part
    in the speaker's words, a mixed quote, not a paraphrase beside a quotation."""
    def inside(t, frags):
        return any(s <= t.idx < e for s, e in frags)

    for s, e in plain:
        for t in ctx.doc.char_span(s, e, alignment_mode="expand") or ():
            if t.dep_ in _SUBJECTS and inside(t.head, quoted):
                return True
    for s, e in quoted:
        for t in ctx.doc.char_span(s, e, alignment_mode="expand") or ():
            if t.dep_ in _COMPLEMENTS and inside(t.head, plain):
                return True
    return False


def _setting_after_words(ctx: context.Ctx, d: context.Draft, k: int, free_toks: list[int]) -> bool:
    """``The mayor said “We will rebuild” at a news conference on Tuesday``, ``she wrote
    “the best is yet to come” in her memoir``: the parse hangs the verb's setting on the
    quoted words, so the clause looks like quote plus writer's words. After a verb of
    uttering, a quote it introduces directly (:func:`direct.uttered_words`) followed only
    by a setting (a preposition's phrase) is a direct quote: the setting is the
    writer's, not part of what was said."""
    if d.cue_tok is None or not all(t >= ctx.span_all[k][1] for t in free_toks):
        return False
    if ctx.doc[free_toks[0]].pos_ != "ADP":
        return False  # "said “we will win” because …": a reason may be the speaker's
    return direct.uttered_words(ctx, k, d.cue_tok)


def _naming_kind(d: context.Draft, ctx: context.Ctx | None = None, start: int | None = None) -> str:
    """A quoted label ("called the plan “reckless”", "dubbed it “the rain tax”", a run
    "a “nasty guy,” an “anchor baby” and “sick”") is a mixed quote: the speaker's words
    are worked into the writer's own sentence as the name of a thing the writer chose,
    not given as a statement standing on its own. That is the mixed quotation of the
    literature (a quoted fragment used in the reporter's syntax), what the issue allows
    ("a mixed or direct quote of that person"), and how PolNeAR's kind derivation sees
    these units (it marks the object with the label, "called [the plan “reckless”]",
    so the unit is mixed by its marks). Words uttered in a pair ("chanted “Build the
    wall!” and “Lock her up!”") are statements on their own: direct, and so is a label
    the verb gives to no object of its own ("what critics dub “the rain tax”",
    :func:`_label_named_nothing`), where the marks hold the whole unit."""
    if d.naming and ctx is not None and start is not None and _label_named_nothing(ctx, d, start):
        return "direct"
    return "mixed" if d.naming else "direct"


#: words that may stand between a verb of naming and the label it gives no object
_NAMING_LINKS = frozenset({"as", "to", "like"})


def _label_named_nothing(ctx: context.Ctx, d: context.Draft, start: int) -> bool:
    """``described as “an act of vandalism by paperwork”``, ``what the judge called ‘a
    sustained and cynical failure’``, ``likened the rules to “burning the Constitution”``:
    with no object between the verb and the label the speaker's words are not worked
    into a phrase of the writer's naming a thing; the quote is the words alone, all
    inside the marks: direct, as the protocol's derivation calls such a unit. (With an
    object, "called the plan “reckless”", the label stays mixed.)"""
    if d.cue_tok is None:
        return False
    label = ctx.tok_at(start)
    if label <= d.cue_tok:
        return False
    between = [t for t in ctx.doc[d.cue_tok + 1 : label] if not t.is_punct and not t.is_space]
    return all(t.lower_ in _NAMING_LINKS for t in between)


def _only_quotes(ctx: context.Ctx, d: context.Draft) -> bool:
    """Does each of the draft's fragments open and close with a quotation mark?"""
    return all(
        ctx.outer[ctx.tok_at(s)] >= 0 and ctx.outer[ctx.tok_at(max(s, e - 1))] >= 0 for s, e in d.fragments
    )


def _topic_before_words(ctx: context.Ctx, d: context.Draft, k: int, free_toks: list[int]) -> bool:
    """``On Israel, “we will stand with our ally,” the senator said``, ``As for the
    deadline, “we will not meet it,” Smith said``: a sentence opening with a phrase that
    names the topic (a preposition's phrase, no verb), then a comma, then the quote and its
    tag after it. The topic is the writer's way into the quote, not a paraphrase of the
    speaker: the quote is direct, the topic stays outside it. A clause before the quote
    (``If he wins, “we're done,” she said``) may be the speaker's and keeps the quote
    mixed, and so does a long opening phrase (``After the victories of Gardner in
    Colorado, Ernst in Iowa and Tillis in North Carolina, “there is …”``): past
    :data:`TOPIC_WORDS` words it reports circumstances, not a topic."""
    open_tok, close_tok = ctx.span_all[k]
    if d.cue_tok is None or d.cue_tok < close_tok or not all(t < open_tok for t in free_toks):
        return False
    doc = ctx.doc
    first = doc[free_toks[0]]
    if not first.is_sent_start or first.pos_ not in ("ADP", "SCONJ"):
        return False
    if len(free_toks) > TOPIC_WORDS or any(doc[t].pos_ in ("VERB", "AUX") for t in free_toks):
        return False
    before = next((t for t in reversed(doc[free_toks[0] : open_tok]) if not t.is_space), None)
    return before is not None and before.text == ","


def _off_promo_lines(ctx: context.Ctx, drafts: list[context.Draft]) -> list[context.Draft]:
    """Drop quotes on navigation, promo, caption and byline lines ("READ MORE: …")."""
    lines = ctx.promo_lines
    if not lines:
        return drafts
    return [d for d in drafts if not any(s <= d.fragments[0][0] < e for s, e in lines)]


def _merge(frags: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(frags):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _classify(ctx: context.Ctx, k: int) -> str:
    lo, hi = ctx.span_toks[k]
    q = ctx.spans[k]
    return filters.classify(ctx.text, ctx.doc[lo:hi], ctx.text[q.inner_start : q.inner_end], q.start, direct._embedded(ctx, k), q.end)


def _finish(ctx: context.Ctx, drafts: list[context.Draft]) -> list[Quote]:
    text = ctx.text
    seen: set[tuple] = set()
    unique = []
    for d in sorted(drafts, key=lambda d: (d.fragments[0][0], -d.fragments[-1][1])):
        key = tuple(d.fragments)
        if key in seen:
            continue
        seen.add(key)
        unique.append(d)
    quotes: list[Quote] = []
    for n, d in enumerate(unique, start=1):
        # sorted and disjoint whatever the marks did (‘The mayor said yes“’ pairs the same
        # characters twice)
        frags = _merge([(s, e) for s, e in d.fragments if e > s])
        quotes.append(
            Quote(
                id=f"q{n}",
                kind=QuoteKind(d.kind),
                fragments=frags,
                text=" … ".join(text[s:e] for s, e in frags),
                cue=TextSpan(d.cue_span[0], d.cue_span[1], text[d.cue_span[0] : d.cue_span[1]]) if d.cue_span else None,
                cue_lemma=d.cue_lemma,
                speaker=TextSpan(d.speaker[0], d.speaker[1], text[d.speaker[0] : d.speaker[1]]) if d.speaker else None,
                confidence=d.confidence,
                attribution_type=_attribution_type(ctx, d),
                no_holder=d.no_holder,
            )
        )
    _set_parents(quotes, unique, ctx)
    by_id = {q.id: q for q in quotes}
    labels = {q.id for q, d in zip(quotes, unique) if q.parent is not None and label_in_its_speakers_report(ctx, d, q, by_id[q.parent])}
    return _drop_nested_views(quotes, labels)


#: pronouns a label's tag uses for the speaker of the report around it
_SAME_SPEAKER_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})


def label_in_its_speakers_report(ctx: context.Ctx, d: context.Draft, q: Quote, outer: Quote) -> bool:
    """``The minister condemned what he called a “brazen breach” of U.N. resolutions``,
    ``Clinton contrasted her plan with what she calls his “self-centred message”``: the
    speaker's label for a thing, tagged inside the speaker's own report, is part of that
    report; the report already carries the quoted words and their speaker, and a second
    quote of them would count the words twice. Only when the label's tag names the same
    speaker (a pronoun, or a name sharing a word with the report's speaker): ``what
    Prime Minister Turnbull called …`` inside another leader's report is Turnbull's.
    (PolNeAR marks the outer report only: dev 7 such inner labels, none annotated.)"""
    if q.kind not in (QuoteKind.MIXED, QuoteKind.DIRECT) or q.speaker is None or outer.speaker is None or outer.kind == QuoteKind.DIRECT:
        return False
    if not (d.naming or d.cue_tok is not None and cues.names_a_label(ctx.doc[d.cue_tok])):
        return False
    mine = q.speaker.text.lower().split()
    if len(mine) == 1 and mine[0] in _SAME_SPEAKER_PRONOUNS:
        return True
    theirs = {w for w in outer.speaker.text.split() if w[:1].isupper()}
    return bool(theirs & {w for w in q.speaker.text.split() if w[:1].isupper()})


#: attribution types that report what someone thinks, perceives or holds rather than says
_VIEWS = (AttributionType.THOUGHT, AttributionType.PERCEPTION_STANCE, AttributionType.NOUN)
#: the inner attributions that stay in their outer report only
_NESTED_AWAY = (*_VIEWS, AttributionType.DOCUMENT)


def _drop_nested_views(quotes: list[Quote], labels: frozenset[str] | set[str] = frozenset()) -> list[Quote]:
    """``Stein said she plans to join the protest``: a belief, plan or stance reported
    inside someone's paraphrase is part of what they said, not an attribution the writer
    makes; it stays in the outer quote only. So does what a document shows inside it
    (``According to the state, samples taken in July showed lead levels …``): the state
    vouches for the samples, and the samples are no second source whose owner the writer
    failed to name (PolNeAR train: 38 such inner quotes unannotated, 3 annotated).
    (Nested speech in a document, ``sources say X, the report said``, keeps both layers;
    so does a view inside a report with no speaker. Another person's words retold in a
    speaker's paraphrase stay in it: :func:`_someone_elses_words_retold`.) So do the ids
    in ``labels``, quoted labels their speaker's own report carries
    (:func:`label_in_its_speakers_report`). Ids are renumbered in order."""
    by_id = {q.id: q for q in quotes}
    # a view inside a report nobody is given for ("Sanders, who sees himself as …, doesn't
    # appear ready") is no one's words: the inner attribution is the writer's and stays
    kept = [
        q for q in quotes
        if not (q.parent is not None and AttributionType(q.attribution_type) in _NESTED_AWAY and by_id[q.parent].speaker is not None)
        and not (q.parent is not None and _someone_elses_words_retold(q, _reporting_layer(by_id[q.parent], by_id)))
        and not _a_recording_of_someone_speaking(q, quotes)
        and q.id not in labels
    ]
    if len(kept) == len(quotes):
        return quotes
    renumber = {q.id: f"q{n}" for n, q in enumerate(kept, start=1)}
    for q in kept:
        q.id = renumber[q.id]
        q.parent = renumber.get(q.parent) if q.parent else None
    return kept


def _reporting_layer(outer: Quote, by_id: dict[str, Quote]) -> Quote:
    """The report a nested quote sits in, past the views that stay in it themselves
    ("Nkemelu said the union opposes any route cuts, which he said would …": the
    opposing is a view inside Nkemelu's report, and the "he said" is Nkemelu's)."""
    while outer.parent is not None and AttributionType(outer.attribution_type) in _NESTED_AWAY:
        outer = by_id[outer.parent]
    return outer


def _someone_elses_words_retold(q: Quote, outer: Quote) -> bool:
    """``A crew leader told him to stay off the roof, he said``, ``Alvarez said a guard
    warned her the gate was locked``: a third person's words that the speaker retells in
    paraphrase are the speaker's account, not a report the writer makes of that person;
    the writer has only the outer speaker's word for them, so they stay in the outer quote
    (PolNeAR train: 96 such inner reports unannotated against 14 annotated). So are the
    speaker's own earlier words retold, with their quoted words too (``He said he had
    told his players to “stop waiting …”``: train 44 unannotated against 7); a third
    person's quoted words stay theirs. Only speech paraphrased inside speech: a direct
    quote, a document or a colon or dash lead-in keeps both layers, and so does an inner report
    whose speaker shares a capitalised word with the outer one ("Senator Mills" inside
    "Mills said"), which the writer names again as a source of their own."""
    if outer.kind == QuoteKind.DIRECT or outer.speaker is None or outer.cue_lemma in ("colon", "dash"):
        return False
    if AttributionType(q.attribution_type) != AttributionType.SPEECH or AttributionType(outer.attribution_type) != AttributionType.SPEECH:
        return False
    if q.speaker is None:
        # "He said the crew was told … that it would be paid 30 cents a tray": told by
        # nobody named, inside his account
        return q.kind == QuoteKind.INDIRECT
    if q.kind != QuoteKind.INDIRECT and not (q.kind == QuoteKind.MIXED and q.speaker.text.lower() in _SAME_SPEAKER_PRONOUNS):
        return False  # a third person's own quoted words are theirs
    theirs = {w for w in outer.speaker.text.split() if w[:1].isupper()}
    return not theirs & {w for w in q.speaker.text.split() if w[:1].isupper()}


def _a_recording_of_someone_speaking(q: Quote, quotes: list[Quote]) -> bool:
    """``Video shows the officer telling the driver, “Get out of the car now.”``: what the
    recording shows is a person speaking, and the person's words follow as their own quote;
    "the officer telling the driver" says nothing a reader could check, so the recording's
    layer is the medium of that quote, not a report of its own. Dropped when another
    quote's speaker and cue both lie in this one's content and its words all come after."""
    if q.kind != QuoteKind.INDIRECT or AttributionType(q.attribution_type) not in (AttributionType.DOCUMENT, AttributionType.PERCEPTION_STANCE):
        return False
    return any(
        o is not q and o.speaker is not None and o.cue is not None
        and q.start <= o.speaker.start and o.speaker.end <= q.end
        and q.start <= o.cue.start and o.cue.end <= q.end
        and o.start >= q.end
        for o in quotes
    )


def _attribution_type(ctx: context.Ctx, d: context.Draft) -> AttributionType:
    """The kind of attribution: the cue's class (a sign-off, colon or transcript label is
    speech), made ``noun`` when a speech cue's content is a bare noun phrase and
    ``document`` when a speech cue's speaker is a document ("the report said")."""
    cls = d.cue_class
    if cls is None and d.cue_tok is not None and d.cue_lemma not in ("dash", "colon"):
        cls = cues.cue_class(ctx.doc[d.cue_tok])
    speaker = ctx.doc.char_span(d.speaker[0], d.speaker[1], alignment_mode="expand") if d.speaker else None
    return cues.attribution_type(cls or cues.SPEECH, nominal=d.nominal, document_source=cues.document_head(speaker))


def _set_parents(quotes: list[Quote], drafts: list[context.Draft], ctx: context.Ctx) -> None:
    """An attribution whose cue sits inside another paraphrase's content is nested in it:
    ``regional intelligence sources say X, the report said``. Quotes are in text order, so
    a stack of open paraphrases finds the innermost enclosing one in linear time."""
    stack: list[int] = []
    for i, (q, d) in enumerate(zip(quotes, drafts)):
        while stack and quotes[stack[-1]].end <= q.start:
            stack.pop()
        if d.cue_span is not None:
            for j in reversed(stack):
                outer = quotes[j]
                if outer.kind != QuoteKind.DIRECT and outer.start <= d.cue_span[0] < outer.end and outer.end >= q.end:
                    q.parent = outer.id
                    break
        if q.kind != QuoteKind.DIRECT:
            stack.append(i)


__all__ = ["detect_quotes", "QuoteDetection", "StrayMark", "TextSpan"]
