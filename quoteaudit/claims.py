"""Unattributed claims: checkable assertions on nobody's word, and weasel attributions.

Public entry: :func:`find_claims`, run on the parsed article after quotes are known so that
nothing inside a quote or its attribution is ever flagged. It returns three kinds of
:class:`Claim`:

* ``unsourced``: a sentence outside every quote and attribution that asserts something a
  reader could check (an event with a date, a number, a motive or cause, a superlative, in a
  clause where a named person, organisation or place does something), with no source in
  the sentence. Flagged by QA301.
* ``weasel``: a vague or agentless attribution ("it is believed that", "is seen as",
  "critics say", "reportedly") outside every quote. Flagged by QA302.
* ``quoted``: what the rules need to know about a quote's own words (whether they are
  opinion, whether they carry a checkable fact), since rules never see the parse. Used by
  QA203 and QA204; never flagged by itself.

Precision beats recall: an editor must be able to trust every flag, so a sentence that
shows any sign of attribution (a verb of saying or showing, "according to", "in a
statement", quotation marks) is left alone, and so are questions, headings, datelines,
modal and future statements. Every cue comes from a data file in ``quoteaudit/data/``.
Everything here is one pass over the tokens of the document: linear in its length.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .lexicons import load_set, load_table
from .model import AttributionType, Quote, QuoteKind, TextSpan

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

    from .ingest import Article

UNSOURCED, WEASEL, QUOTED = "unsourced", "weasel", "quoted"

#: entity labels that name someone or something that can act or be acted on
NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
NUMBER_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@dataclass
class Claim:
    """An assertion the article makes, with what makes it worth an editor's look."""

    start: int
    end: int
    text: str
    kind: str  #: "unsourced" (checkable fact), "weasel" (vague/agentless attribution) or "quoted"
    reason: str  #: e.g. "event with date ('May 18'), no source"
    confidence: float = 1.0
    cue: str | None = None  #: the words that triggered the claim ("is seen as", "reportedly")
    #: for kind "weasel": which construction ("it-passive", "np-passive-to", "np-passive-as",
    #: "vague-subject", "hedge"; see quoteaudit/data/weasel_cues.tsv)
    construction: str | None = None
    #: for kind "quoted": the id of the quote whose words these are
    quote: str | None = None
    #: for kind "quoted": the opinion or characterisation cue in the quote's words, if any
    opinion: str | None = None
    #: why the words are checkable ("number ('90,000')"), if they are
    checkable: str | None = None
    #: for kind "quoted": True when the speaker mention is one person or thing ("a U.S.
    #: official", "the official"), False when several ("officials", "two sources")
    single_speaker: bool | None = None
    #: an unsourced claim whose only evidence is figures (which a cited document may carry)
    figures_only: bool = False

    @property
    def flagged(self) -> bool:
        """True for the kinds an editor is told about (unsourced and weasel)."""
        return self.kind in (UNSOURCED, WEASEL)


# --------------------------------------------------------------------------- lexicons


@dataclass(frozen=True)
class _Lexicon:
    it_passive: frozenset[str]
    np_passive_to: frozenset[str]
    np_passive_as: frozenset[str]
    vague_quantifier: frozenset[str]
    vague_group: frozenset[str]
    vague_evidence: frozenset[str]
    hedge_adverb: frozenset[str]
    attribution_verb: frozenset[str]
    attribution_verb_clausal: frozenset[str]
    attribution_phrase: tuple[tuple[str, ...], ...]
    attribution_noun: frozenset[str]
    cause_phrase: tuple[tuple[str, ...], ...]
    cause_verb: frozenset[str]
    vague_date: frozenset[str]
    time_unit: frozenset[str]
    time_anchor: frozenset[str]
    condition: frozenset[str]
    public_record_body: frozenset[str]
    stative_verb: frozenset[str]
    public_record_act: frozenset[str]
    opinion: dict[str, str]
    trend_verb: frozenset[str]
    record_verb: frozenset[str]
    period_phrase: tuple[tuple[str, ...], ...]
    ranking_phrase: tuple[tuple[str, ...], ...]
    #: observed_cues.tsv: what the reporter saw for themselves
    game_verb: frozenset[str]
    game_unit: frozenset[str]
    market_noun: frozenset[str]
    market_name: frozenset[str]
    market_verb: frozenset[str]
    researcher_noun: frozenset[str]
    study_noun: frozenset[str]
    meeting_noun: frozenset[str]
    meeting_verb: frozenset[str]
    geography_noun: frozenset[str]
    method_noun: frozenset[str]
    law_noun: frozenset[str]
    shift_marker: tuple[tuple[str, ...], ...]


def _by_class(rows: Iterable[tuple[str, ...]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for row in rows:
        out.setdefault(row[1], []).append(row[0].lower())
    return out


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    weasel = _by_class(load_table("weasel_cues.tsv", 3))
    hedges = _by_class(load_table("hedges.tsv", 3))
    cues = _by_class(load_table("claim_cues.tsv", 2))
    seen = _by_class(load_table("observed_cues.tsv", 2))
    return _Lexicon(
        it_passive=frozenset(weasel["it-passive"]),
        np_passive_to=frozenset(weasel["np-passive-to"]),
        np_passive_as=frozenset(weasel["np-passive-as"]),
        vague_quantifier=frozenset(weasel["vague-quantifier"]),
        vague_group=frozenset(weasel["vague-group"]),
        vague_evidence=frozenset(weasel["vague-evidence"]),
        hedge_adverb=frozenset(hedges["adverb"]),
        attribution_verb=frozenset(cues["attribution-verb"]),
        attribution_verb_clausal=frozenset(cues["attribution-verb-clausal"]),
        attribution_phrase=tuple(tuple(p.split()) for p in cues["attribution-phrase"]),
        attribution_noun=frozenset(cues["attribution-noun"]),
        cause_phrase=tuple(tuple(p.split()) for p in cues["cause-phrase"]),
        cause_verb=frozenset(cues["cause-verb"]),
        vague_date=frozenset(cues["vague-date"]),
        time_unit=frozenset(cues["time-unit"]),
        time_anchor=frozenset(cues["time-anchor"]),
        condition=frozenset(cues["condition"]),
        public_record_body=frozenset(cues["public-record-body"]),
        stative_verb=frozenset(cues["stative-verb"]),
        public_record_act=frozenset(cues["public-record-act"]),
        opinion={row[0].lower(): row[1] for row in load_table("opinion_cues.tsv", 2)},
        trend_verb=frozenset(cues["trend-verb"]),
        record_verb=frozenset(cues["record-verb"]),
        period_phrase=tuple(tuple(p.split()) for p in cues["period-phrase"]),
        ranking_phrase=tuple(tuple(p.split()) for p in cues["ranking-phrase"]),
        game_verb=frozenset(seen["game-verb"]),
        game_unit=frozenset(seen["game-unit"]),
        market_noun=frozenset(seen["market-noun"]),
        market_name=frozenset(seen["market-name"]),
        market_verb=frozenset(seen["market-verb"]),
        researcher_noun=frozenset(seen["researcher-noun"]),
        study_noun=frozenset(seen["study-noun"]),
        meeting_noun=frozenset(seen["meeting-noun"]),
        meeting_verb=frozenset(seen["meeting-verb"]),
        geography_noun=frozenset(seen["geography-noun"]),
        method_noun=frozenset(seen["method-noun"]),
        law_noun=frozenset(seen["law-noun"]),
        shift_marker=tuple(tuple(p.split()) for p in seen["shift-marker"]),
    )


# --------------------------------------------------------------------------- spans


class _Spans:
    """Sorted, merged character intervals with O(log n) overlap tests."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        merged: list[list[int]] = []
        for s, e in sorted((s, e) for s, e in spans if e > s):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self._ends, start + 1)
        return i < len(self._starts) and self._starts[i] < end


def attribution_spans(quotes: Sequence[Quote]) -> list[tuple[int, int]]:
    """Every span a quote owns: its content fragments, its cue and its speaker mention.
    A paraphrase or view with nobody behind it ("The suspect is believed to have fled",
    "Turnout is expected to be high") owns nothing: the sentence is the article's own
    and is checked like any other (a weasel passive stays a weasel)."""
    spans: list[tuple[int, int]] = []
    for q in quotes:
        if q.held_by_nobody:
            continue
        spans.extend(q.fragments)
        for part in (q.cue, q.speaker):
            if part is not None:
                spans.append((part.start, part.end))
    return spans


# A dateline opening a paragraph: "WASHINGTON (AP) — ", "HEMPSTEAD, N.Y., Sept. 26 (UPI) — ".
# It is the article's framing, never a claim; its place and date are not evidence.
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+)*"  # the city, in capitals
    r"(?:, ?[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*)*"  # ", N.Y."
    r"(?:, ?[A-Z][a-z]{2,4}\.? \d{1,2})?"  # ", Sept. 26"
    r"(?: ?\([^)\n]{1,40}\))?"  # "(AP)"
    r" ?(?:—|–|--|-) ?"
)
_DOUBLE_QUOTES = re.compile("[\"“”„«»‘]")


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def framing_spans(article: Article) -> list[tuple[int, int]]:
    """Headings, the title and datelines: the article's own framing, which makes no claims."""
    spans = []
    text = article.text
    title = article.metadata.get("title") if isinstance(article.metadata, dict) else None
    title_words = _words(title) if isinstance(title, str) else []
    for i, p in enumerate(article.paragraphs):
        if p.kind == "heading":
            spans.append((p.start, p.end))
            continue
        # a record whose text opens with its own title ("extra.title" in JSON Lines)
        if i == 0 and title_words and _words(text[p.start : p.end])[: len(title_words)] == title_words:
            spans.append((p.start, p.end))
            continue
        m = _DATELINE.match(text, p.start, p.end)
        if m and m.end() - p.start >= 4:
            spans.append((p.start, m.end()))
        elif _title_case_line(text[p.start : p.end]):
            spans.append((p.start, p.end))
    return spans


#: words a headline in title case may leave in lower case
_HEADLINE_SMALL_WORDS = {"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "as", "vs", "from"}


def _title_case_line(line: str) -> bool:
    """A headline left in the body ("Only 24 Percent of Hillary Clinton's Contributors Are
    Small Donors."): one short line whose words are all capitalised."""
    if "\n" in line.strip():
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    if not 4 <= len(words) <= 20:
        return False
    content = [w for w in words if w.lower() not in _HEADLINE_SMALL_WORDS]
    return len(content) >= 4 and all(w[:1].isupper() for w in content)


# --------------------------------------------------------------------------- entry point


#: the reporter's own accounts (``observed_cues.tsv``), which need no source: the news event
#: the article reports, told as its first sentence ("A union endorsed Clinton on Thursday"),
#: a game's play-by-play, a market move, a named study's method, what happened at a public meeting,
#: what a law says (public record), a ranking of places (common knowledge), a columnist's
#: own life ("My father spent ...")
OBSERVED_ACCOUNTS = ("news", "game", "market", "study", "meeting", "record", "place", "writer")
#: how far an attribution covers the sentences around it
COVERAGE = ("paragraph", "sentence")


@dataclass(frozen=True)
class ClaimLine:
    """Where a newsroom draws the line for unattributed claims (``[claims]`` in
    quoteaudit.toml). The default follows wire-service practice: AP attributes a disputable
    fact "in the same sentence or next to it", and the Reuters Handbook needs no source for
    what the reporter witnessed."""

    #: the reporter's own accounts left unflagged (any of :data:`OBSERVED_ACCOUNTS`)
    observed: frozenset[str] = frozenset(OBSERVED_ACCOUNTS)
    #: "paragraph": an attribution in the paragraph covers its other sentences, unless one
    #: brings in a new named actor or opens with "Meanwhile"; "sentence": only the sentence's
    #: own attribution and the sentences that continue an attributed account
    covered_by: str = "paragraph"


def claim_line(settings: Any = None) -> ClaimLine:
    """The line a ``[claims]`` table draws (keys ``observed``, ``covered-by``); a
    ValueError saying which key is wrong otherwise."""
    if settings is None:
        return ClaimLine()
    if isinstance(settings, ClaimLine):
        return settings
    if not isinstance(settings, dict):
        raise ValueError("claims: expected a table with observed and covered-by")
    unknown = sorted(set(settings) - {"observed", "covered-by"})
    if unknown:
        raise ValueError(f"claims: unknown setting {unknown[0]!r} (known: observed, covered-by)")
    line = ClaimLine()
    if "observed" in settings:
        observed = settings["observed"]
        if not isinstance(observed, list) or any(o not in OBSERVED_ACCOUNTS for o in observed):
            raise ValueError(f"claims: observed must be a list of {', '.join(OBSERVED_ACCOUNTS)}")
        line = ClaimLine(frozenset(observed), line.covered_by)
    if "covered-by" in settings:
        if settings["covered-by"] not in COVERAGE:
            raise ValueError(f"claims: covered-by must be one of {', '.join(COVERAGE)}")
        line = ClaimLine(line.observed, settings["covered-by"])
    return line


@dataclass
class _Sentence:
    """One sentence and what the claim check needs to know about its neighbours."""

    tokens: list[Token]
    paragraph: int
    #: an indirect or document attribution, an "according to", a verb of saying outside
    #: quotation marks: something a sentence beside it can rest on
    informs: bool
    #: lower-cased words of the sentence, for "is this actor new?"
    words: frozenset[str]


def find_claims(doc: Doc, article: Article, quotes: list[Quote], settings: Any = None) -> list[Claim]:
    """Unsourced and weasel claims in ``doc`` (the parsed ``article.text``), in text order,
    followed by one ``quoted`` claim per quote whose words are opinion or checkable.
    ``settings`` is the newsroom's ``[claims]`` table (see :class:`ClaimLine`)."""
    line = claim_line(settings)
    lex = lexicon()
    # Words inside quotation marks are someone's words even when the quote detector missed
    # them (a quote running over several sentences): never the article's own claims.
    attributed = _Spans(attribution_spans(quotes) + quotation_mark_spans(article))
    framing = _Spans(framing_spans(article))
    sentences = _described_sentences(doc, article, quotes, lex)
    claims: list[Claim] = []
    # After "according to a new poll", the figures that follow are the poll's: a run of
    # sentences with numbers after a document is cited is attributed by context (AP: restate
    # the attribution unless it is perfectly clear from the context).
    document_context = False
    study_named = False
    # the first sentence of an article's body, when there is a body after it to report on
    body = [k for k, s in enumerate(sentences) if not framing.overlaps(s.tokens[0].idx, s.tokens[-1].idx + 1)]
    lede = body[0] if body and len({sentences[k].paragraph for k in body}) > 1 else -1
    for k, sentence in enumerate(sentences):
        tokens = sentence.tokens
        study_named = study_named or any(t.lemma_.lower() in lex.study_noun and t.pos_ == "NOUN" for t in tokens)
        claim = _sentence_claim(tokens, article.text, lex, attributed, framing)
        has_number = any(_is_number(t) for t in tokens)
        if claim is not None and claim.kind == UNSOURCED:
            observed = "news" if k == lede and _only_an_event(claim) else _observed(tokens, lex, study_named, claim.reason)
            if document_context and claim.figures_only:
                claim = None
            elif observed in line.observed:
                claim = None  # the reporter's own account: play-by-play, a market move ...
            elif _covered(sentences, k, line, lex):
                claim = None
        if claim is not None:
            claims.append(claim)
        if _cites_document(tokens, lex):
            document_context = True
        elif not has_number:
            document_context = False
    for quote in quotes:
        claim = _quoted_claim(doc, quote, lex)
        if claim is not None:
            claims.append(claim)
    return claims


#: confidence of a follow-on attribution: its source is the previous sentence's, by context
FOLLOW_ON_CONFIDENCE = 0.6
#: the most sentences that carry on one attributed account
FOLLOW_ON_RUN = 3
#: subjects that show the reporter talking about the speaker ("She took office in 2019"), or
#: a writer or reader: never the speaker's own account carried on
_NOT_CARRIED = {"he", "she", "i", "we", "you", "him", "her", "me", "us"}


def follow_on_quotes(doc: Doc, article: Article, quotes: list[Quote]) -> list[Quote]:
    """The sentences that carry on the previous sentence's attributed account in the same
    paragraph, as quotes of the same source with :attr:`Quote.continues` set: the next
    figure from the same poll ("... according to a Marist poll. Forty-five percent said
    ..."), the rest of an argument in reported speech ("Unemployment rose to 4.2 percent,
    the Labor Department said. Employers added 150,000 jobs ...").

    Conservative, as AP asks attribution to be restated unless it is clear from context:
    the account must be indirect speech or a document's, the sentence must carry a figure
    or a reported argument ("would", "could"), and it ends at a new paragraph, a quote, a
    verb of saying, "Meanwhile", a new named actor or a sentence about the speaker ("She
    took office in 2019")."""
    lex = lexicon()
    attributed = _Spans(attribution_spans(quotes) + quotation_mark_spans(article))
    framing = _Spans(framing_spans(article))
    starts = [p.start for p in article.paragraphs]
    ordered = sorted((q for q in quotes if q.fragments), key=lambda q: q.start)
    next_id = max((int(q.id[1:]) for q in quotes if q.id[:1] == "q" and q.id[1:].isdigit()), default=len(quotes))
    units = [(tokens, bisect_left(starts, tokens[0].idx + 1) - 1) for tokens in _sentences(doc, article)]
    spans = [(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)) for tokens, _ in units]
    quoted = _quotes_by_sentence(ordered, spans)
    out: list[Quote] = []
    carrier: Quote | None = None
    known: frozenset[str] = frozenset()
    run = paragraph = 0
    for k, (tokens, here_paragraph) in enumerate(units):
        start, end = spans[k]
        if here_paragraph != paragraph:
            carrier, paragraph = None, here_paragraph
        if quoted[k]:
            last = quoted[k][-1]
            carries = last.source and not last.own_words_only and AttributionType(last.attribution_type) in (AttributionType.SPEECH, AttributionType.DOCUMENT)
            carrier = last if carries else None
            known, run = frozenset(t.lower_ for t in tokens), 0
            continue
        if carrier is None or run >= FOLLOW_ON_RUN or not _carries_on(tokens, article.text, lex, attributed, framing, known):
            carrier = None
            continue
        if k + 1 < len(units) and units[k + 1][1] == here_paragraph and any(q.source != carrier.source for q in quoted[k + 1]):
            # "... a year. Bonuses were $500, The Wall Street Journal reports.": the figures
            # before another source's attribution may well be that source's
            carrier = None
            continue
        run += 1
        next_id += 1
        stop = end
        while stop > start and article.text[stop - 1] in ".!…":
            stop -= 1
        out.append(
            Quote(
                id=f"q{next_id}",
                kind=QuoteKind.INDIRECT,
                fragments=[(start, stop)],
                text=article.text[start:stop],
                speaker=_standing_for_source(tokens),
                source=carrier.source,
                confidence=min(carrier.confidence, FOLLOW_ON_CONFIDENCE),
                attribution_type=carrier.attribution_type,
                continues=carrier.id,
            )
        )
    return out


def _standing_for_source(tokens: list[Token]) -> TextSpan | None:
    """"It edged up its forecast ...": an "it" or "they" subject carrying on an
    institution's account stands for that source; it is the quote's speaker mention."""
    for tok in tokens:
        if tok.dep_ in SUBJECTS and tok.lower_ in ("it", "they") and tok.head.dep_ == "ROOT":
            return TextSpan(tok.idx, tok.idx + len(tok.text), tok.text)
    return None


def _carries_on(tokens: list[Token], text: str, lex: _Lexicon, attributed: _Spans, framing: _Spans, known: frozenset[str]) -> bool:
    """Does this sentence carry on the account of the sentence before (see
    :func:`follow_on_quotes`)?"""
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    if framing.overlaps(start, end) or attributed.overlaps(start, end) or _DOUBLE_QUOTES.search(text[start:end]):
        return False
    if sum(1 for t in tokens if not t.is_punct) < 5 or text[start:end].rstrip("”’\"')]").rstrip()[-1:] in "?:":
        return False
    if _is_attributed(tokens, lex) or _shifts(tokens, lex.shift_marker) or _new_actor(tokens, known):
        return False
    if any(t.dep_ in SUBJECTS and t.lower_ in _NOT_CARRIED for t in tokens) or tokens[0].text in "([":
        return False
    # "That surpasses the $846.8 million ...", "That was enough to ...": the reporter
    # weighing the figure just reported, not the source going on
    if any(t.dep_ in SUBJECTS and t.lower_ in ("that", "this") and t.head.dep_ == "ROOT" for t in tokens):
        return False
    if _weighs_what_was_reported(tokens) or _reporters_inquiry(tokens) or _new_event_narrated(tokens, known):
        return False
    # the modals of reported speech ("the plan would ..."), not the reporter's "will"
    reported = any(t.tag_ == "MD" and t.lower_ in ("would", "could", "might") for t in tokens)
    return reported or any(_is_number(t) for t in tokens) or _checkable(tokens, lex) is not None


#: determiners of a subject that points back at what was just reported ("That outcome",
#: "Such a maneuver", "This figure"); not "those", which as often picks out people of
#: the source's own account ("those workers would see a 50 percent increase")
_POINTING_BACK = frozenset({"that", "this", "such"})


def _weighs_what_was_reported(tokens: Sequence[Token]) -> bool:
    """``That outcome would be a stunning surprise``, ``Such a maneuver would go against the
    popular vote``, ``That result includes 64 percent of independents``: a subject that
    points back at what was just reported is the reporter weighing it, as a bare "That
    was enough …" is; the source does not talk of its own account as "that result"."""
    for t in tokens:
        if t.dep_ in SUBJECTS and t.head.dep_ == "ROOT" and t.pos_ in ("NOUN", "PROPN"):
            if any(c.dep_ in ("det", "predet", "amod") and c.lower_ in _POINTING_BACK for c in t.children):
                return True
    return False


@lru_cache(maxsize=1)
def _inquiry_verbs() -> frozenset[str]:
    return load_set("inquiry_verbs.txt")


def _reporters_inquiry(tokens: Sequence[Token]) -> bool:
    """``Pittman could not immediately be contacted for comment``, ``Camizci could not be
    reached at the school``, ``The campaign declined to comment``: the reporter telling of
    a request that went unanswered (``inquiry_verbs.txt``) narrates the reporting itself;
    it carries on nobody's account, and a person who could not be reached said nothing."""
    for t in tokens:
        if t.pos_ != "VERB" or t.lemma_.lower() not in _inquiry_verbs():
            continue
        if any(c.dep_ == "neg" for c in t.children) or t.head.lemma_.lower() in ("decline", "refuse", "fail") and t.dep_ == "xcomp":
            return True
    return False


def _new_event_narrated(tokens: Sequence[Token], known: frozenset[str]) -> bool:
    """``Three people were killed and more than 260 were injured as a result``, ``Beruff
    lost by 54 points``, ``The museum also waived its $23.50 admission fee``: a sentence
    whose main verb tells, in the past tense, of an act or event that names nothing the
    attributed sentence named is the reporter narrating what happened next, not the source
    going on. The next figure of the same account shares its subject or its time with it
    ("Unemployment rose to 4.2 percent in May, the Labor Department said. Employers added
    150,000 jobs in May"); a reported argument speaks in "would" or "could" (not past)."""
    root = next((t for t in tokens if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX") or root.lemma_.lower() in ("be", "have"):
        return False
    aux = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in aux):
        return False
    past = root.tag_ == "VBD" or root.tag_ == "VBN" and any(c.tag_ == "VBD" for c in aux)
    if not past:
        return False
    # a name is shared whatever the stop list says of it ("May" is also the modal)
    return not any((t.pos_ == "PROPN" or t.pos_ == "NOUN" and not t.is_stop) and t.lower_ in known for t in tokens)


def _only_an_event(claim: Claim) -> bool:
    """A claim that is only something named happening on a day ("A union representing flight
    attendants endorsed Hillary Clinton on Thursday"): no figure, ranking or motive."""
    reasons = claim.reason.removesuffix(", no source").split(", ")
    return all(r.startswith(("'", "event with date")) for r in reasons)


def _quotes_by_sentence(quotes: list[Quote], spans: list[tuple[int, int]]) -> list[list[Quote]]:
    """For each sentence span (in text order), the quotes with a fragment in it, in text
    order; one sweep over the sorted fragments, so long articles stay linear."""
    out: list[list[Quote]] = [[] for _ in spans]
    starts = [a for a, _ in spans]
    for quote in sorted(quotes, key=lambda q: q.start):
        for a, b in quote.fragments:
            k = max(0, bisect_left(starts, a + 1) - 1)
            while k < len(spans) and spans[k][0] < b:
                if a < spans[k][1] and all(x is not quote for x in out[k]):
                    out[k].append(quote)
                k += 1
    return out


def _described_sentences(doc: Doc, article: Article, quotes: list[Quote], lex: _Lexicon) -> list[_Sentence]:
    starts = [p.start for p in article.paragraphs]
    units = list(_sentences(doc, article))
    spans = [(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)) for tokens in units]
    out = []
    for tokens, (start, end), quoted in zip(units, spans, _quotes_by_sentence(quotes, spans)):
        here = [q for q in quoted if q.source]
        direct_only = bool(here) and all(q.own_words_only and q.attribution_type != "document" for q in here)
        informs = any(not q.own_words_only or q.attribution_type == "document" for q in here) or (
            not direct_only and not _DOUBLE_QUOTES.search(article.text[start:end]) and (_is_attributed(tokens, lex) or _cites_document(tokens, lex))
        )
        out.append(_Sentence(tokens, bisect_left(starts, start + 1) - 1, informs, frozenset(t.lower_ for t in tokens)))
    return out


def _covered(sentences: list[_Sentence], k: int, line: ClaimLine, lex: _Lexicon) -> bool:
    """Does an attribution next to sentence ``k`` cover it? In "sentence" mode only the run
    of sentences right after an attributed one, in the same paragraph; in "paragraph" mode
    any attributed sentence of the paragraph. Never a sentence that moves on ("Meanwhile,
    ...") or brings in an actor the attribution did not name ("Rival Globex cut ...")."""
    here = sentences[k]
    if _shifts(here.tokens, lex.shift_marker):
        return False
    if line.covered_by == "sentence":
        cover = []
        j = k - 1
        while j >= 0 and sentences[j].paragraph == here.paragraph:
            cover.append(sentences[j])
            if sentences[j].informs:
                break
            j -= 1
        cover = cover if cover and cover[-1].informs else []
    else:
        # sentences of one paragraph are consecutive: walk out from k both ways
        cover = []
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(sentences) and sentences[j].paragraph == here.paragraph:
                if sentences[j].informs:
                    cover.append(sentences[j])
                j += step
    if not cover:
        return False
    known = frozenset().union(*(s.words for s in cover))
    return not _new_actor(here.tokens, known)


def _shifts(tokens: Sequence[Token], markers: tuple[tuple[str, ...], ...]) -> bool:
    """"Meanwhile, ...", "Separately, ...": the sentence turns to another account."""
    words = [t.lower_ for t in tokens if not t.is_punct][:4]
    return any(tuple(words[: len(m)]) == m for m in markers)


def _new_actor(tokens: Sequence[Token], known: frozenset[str]) -> bool:
    """Does the sentence bring in a named person, organisation or place that the covering
    sentences never mention ("Rival Globex cut 1,500 jobs", "... between Russian
    Federation, which is supporting Assad, and the coalition")?"""
    for tok in tokens:
        if tok.ent_iob_ != "B" and not (tok.pos_ == "PROPN" and tok.ent_iob_ == "O"):
            continue
        if tok.ent_iob_ == "B" and tok.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP", "FAC"):
            continue
        a, b = tok.i, tok.i + 1
        while b < len(tok.doc) and tok.doc[b].ent_iob_ == "I":
            b += 1
        words = [t.lower_ for t in tok.doc[a:b] if not t.is_punct and not t.is_stop]
        if words and not any(w in known for w in words):
            return True
    return False


_TERMINAL = re.compile(r"[.!?…][\"”’')\]]*$")


def _sentences(doc: Doc, article: Article) -> Iterable[list[Token]]:
    """The parser's sentences, rejoined where it split one in the middle ("... 44 percent back
    Trump, | while 5 percent prefer ...") and cut wherever a paragraph ends."""
    starts = [p.start for p in article.paragraphs]
    unit: list[Token] = []
    unit_para = -1
    for sent in doc.sents:
        closed = not unit or bool(_TERMINAL.search("".join(t.text for t in unit[-2:])))
        for tok in sent:
            if tok.is_space:
                continue
            para = bisect_left(starts, tok.idx + 1) - 1
            if unit and (para != unit_para or closed):
                yield unit
                unit = []
            closed = False
            if not unit:
                unit_para = para
            unit.append(tok)
    if unit:
        yield unit


def quotation_mark_spans(article: Article) -> list[tuple[int, int]]:
    """Text between double quotation marks, paragraph by paragraph. An opening mark left open
    at the end of a paragraph runs to its end (the convention for multi-paragraph quotes)."""
    spans = []
    text = article.text
    for p in article.paragraphs:
        opened = -1
        for i in range(p.start, p.end):
            ch = text[i]
            if ch == "“" or (ch == '"' and opened < 0):
                opened = i if opened < 0 else opened
            elif (ch == "”" or ch == '"') and opened >= 0:
                spans.append((opened, i + 1))
                opened = -1
        if opened >= 0:
            spans.append((opened, p.end))
    return spans


def _sentence_claim(tokens: list[Token], article_text: str, lex: _Lexicon, attributed: _Spans, framing: _Spans) -> Claim | None:
    tokens = [t for t in tokens if not framing.overlaps(t.idx, t.idx + len(t.text))]
    words = [t for t in tokens if not t.is_punct]
    if len(words) < 5:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = article_text[start:end]  # never doc.text: it rebuilds the whole text on each call
    last = text.rstrip("”’\"')]").rstrip()[-1:]
    if last in "?:":  # a question asserts nothing; a lead-in ("The Latest:") is framing
        return None
    weasel = _weasel(tokens, lex, attributed)
    if weasel is not None:
        cue, reason, confidence, construction = weasel
        return Claim(start, end, text, WEASEL, reason, confidence, cue, construction=construction)
    if attributed.overlaps(start, end) or _DOUBLE_QUOTES.search(text):
        return None
    if _is_attributed(tokens, lex):
        return None
    checkable = _checkable(tokens, lex)
    if checkable is None:
        return None
    reasons, confidence = checkable
    claim = Claim(start, end, text, UNSOURCED, f"{', '.join(reasons)}, no source", confidence)
    claim.figures_only = all(r.startswith(FIGURE_REASONS) for r in reasons)
    return claim


#: reasons that are figures a cited document may carry
FIGURE_REASONS = ("number", "'", "amount", "rate or trend", "count over a period", "official record")


def _is_number(tok: Token) -> bool:
    return tok.ent_type_ in NUMBER_LABELS or (tok.ent_type_ == "CARDINAL" and any(ch.isdigit() for ch in tok.text))


def _cites_document(tokens: Sequence[Token], lex: _Lexicon) -> bool:
    """The sentence gives a document as its source: "according to a new poll", "the survey
    found", "in a report"."""
    for tok in tokens:
        if tok.lemma_.lower() not in lex.attribution_noun or tok.pos_ != "NOUN":
            continue
        head = tok.head
        if tok.dep_ == "nsubj" and head.pos_ == "VERB" and _is_attribution_lemma(head, lex):
            return True
        if tok.dep_ == "pobj" and head.lower_ in ("to", "in", "per", "from"):
            return True
    return False


# --------------------------------------------------------------------------- weasels


def _outside(token: Token, attributed: _Spans) -> bool:
    return not attributed.overlaps(token.idx, token.idx + len(token.text))


def _is_passive(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _agent(verb: Token) -> Token | None:
    """The noun of a "by ..." phrase naming who does a passive verb, however it attached."""
    for tok in verb.subtree:
        if tok.lower_ == "by" and tok.dep_ in ("agent", "prep"):
            for child in tok.children:
                if child.dep_ == "pobj":
                    return child
    return None


def _phrase(first: Token, last: Token) -> str:
    doc = first.doc
    return doc[min(first.i, last.i) : max(first.i, last.i) + 1].text


def _weasel(tokens: Sequence[Token], lex: _Lexicon, attributed: _Spans) -> tuple[str, str, float, str] | None:
    """The first vague or agentless attribution among ``tokens`` outside every quote, as
    ``(cue, reason, confidence, construction)``."""
    named_source = _has_attribution_phrase(tokens, lex)
    for tok in tokens:
        if not _outside(tok, attributed):
            continue
        head = tok.head
        # "It is believed that ...": an expletive subject and a passive verb of saying
        if tok.dep_ == "nsubjpass" and tok.lower_ == "it" and head.lemma_.lower() in lex.it_passive:
            if _agent(head) is None and any(c.dep_ in ("ccomp", "xcomp") for c in head.children):
                cue = _phrase(tok, head)
                return cue, f"agentless attribution ('{cue}'): {head.text} by whom?", 0.9, "it-passive"
        # "He is said to have fled": the subject is real, the sayer is missing
        if tok.dep_ == "nsubjpass" and head.lemma_.lower() in lex.np_passive_to and _agent(head) is None:
            if any(c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children) for c in head.children):
                cue = _phrase(_aux_start(head), head) + " to"
                return cue, f"agentless attribution ('{cue}'): {head.text} by whom?", 0.85, "np-passive-to"
        # "This force is seen as a threat": a view with no one holding it
        if tok.tag_ == "VBN" and tok.lemma_.lower() in lex.np_passive_as and _is_passive(tok):
            as_phrase = next(
                (c for c in tok.children if c.lower_ == "as" and c.dep_ == "prep" and any(p.dep_ == "pobj" for p in c.children)),
                None,
            )  # "seen as a threat", not "seen, as The New Yorker put it, ..."
            if as_phrase is None and tok.lemma_.lower() == "consider":
                as_phrase = next((c for c in tok.children if c.dep_ in ("oprd", "attr")), None)
            if as_phrase is not None:
                agent = _agent(tok)
                if agent is not None and agent.ent_type_ == "PERSON":
                    continue  # "is seen as a threat by Defense Secretary Jim Mattis": attributed
                cue = _phrase(_aux_start(tok), tok) + (" as" if as_phrase.lower_ == "as" else "")
                if agent is None:
                    return cue, f"agentless view ('{cue}'): whose assessment, on whose word?", 0.85, "np-passive-as"
                group = " ".join(t.text for t in agent.subtree)
                return cue, f"view ('{cue}') credited to '{group}' as a whole, with no one on record", 0.75, "np-passive-as"
        # "Critics say ...", "Some argue ...", "Studies show ...": a subject that names nobody
        if tok.dep_ == "nsubj" and head.pos_ == "VERB" and _is_attribution_lemma(head, lex):
            if _is_vague_subject(tok, lex):
                cue = " ".join(t.text for t in tok.subtree) + " " + head.text
                return cue, f"vague attribution ('{cue}'): who exactly, named where?", 0.8, "vague-subject"
        # "Trump reportedly told aides ...": a hedge that stands in for a source
        if tok.pos_ == "ADV" and tok.lower_ in lex.hedge_adverb and not named_source:
            return tok.text, f"'{tok.text}' with no source: says who?", 0.8, "hedge"
    return None


def _aux_start(verb: Token) -> Token:
    """The first auxiliary of a verb group ("has been" in "has been described")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    return min(auxes, key=lambda t: t.i) if auxes else verb


def _is_vague_subject(subj: Token, lex: _Lexicon) -> bool:
    lemma = subj.lemma_.lower()
    lower = subj.lower_
    subtree = list(subj.subtree)
    if any(t.ent_type_ in ("PERSON", "ORG", "GPE", "FAC") for t in subtree):
        return False
    if any(c.dep_ in ("prep", "relcl", "acl", "appos", "nummod", "poss", "compound") for c in subj.children):
        return False  # "critics of the plan", "experts at Yale", "two analysts": placed
    dets = [c for c in subj.children if c.dep_ in ("det", "amod", "predet")]
    quantified = any(d.lower_ in lex.vague_quantifier for d in dets)
    other_det = any(d.dep_ == "det" and d.lower_ not in lex.vague_quantifier for d in dets)
    if lower in lex.vague_quantifier and subj.pos_ in ("PRON", "DET", "ADJ", "NOUN"):
        # "Some say", "Many believe", "Others argue"; a plural subject never takes "calls"
        # (that is "some calls" misread as a verb)
        return subj.tag_ != "NNP" and subj.head.tag_ != "VBZ"
    if lemma in lex.vague_group and subj.tag_ == "NNS":
        return not other_det  # bare "critics say" or "many experts believe", not "the critics"
    if quantified and not other_det and subj.tag_ in ("NNS", "NNPS"):
        return True  # "some Democrats question", "many residents say"
    if lemma in lex.vague_evidence:
        return not other_det and (quantified or not dets or subj.tag_ in ("NNS", "NN"))
    return False


def _has_attribution_phrase(tokens: Sequence[Token], lex: _Lexicon) -> bool:
    """"according to ...", "in a statement", "per the report": the sentence names its source."""
    lowers = [t.lower_ for t in tokens]
    for phrase in lex.attribution_phrase:
        n = len(phrase)
        if any(tuple(lowers[i : i + n]) == phrase for i in range(len(lowers) - n + 1)):
            return True
    for tok in tokens:
        # "per the McKinley plan", "per Reuters": not "per cent", "per year", "per capita"
        if tok.lower_ == "per" and any(c.dep_ == "pobj" and (c.pos_ == "PROPN" or any(d.dep_ in ("det", "poss") for d in c.children)) for c in tok.children):
            return True
        if tok.lemma_.lower() in lex.attribution_noun and tok.pos_ == "NOUN":
            if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "per", "from"):
                return True
            # "a New York Times report that Trump had a net loss ...": the fact is the report's
            if any(c.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in tok.children):
                return True
        # "it increased its British growth forecast": the subject's own estimate (the tagger
        # may call "forecast" a verb)
        if tok.lemma_.lower() in lex.attribution_noun and tok.dep_ == "dobj":
            if any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her") for c in tok.children):
                return True
    return False


def _is_attribution_lemma(verb: Token, lex: _Lexicon) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in lex.attribution_verb or lemma in lex.attribution_verb_clausal


def _attributes(verb: Token, lex: _Lexicon) -> bool:
    """``verb`` reports someone's words or view: "said", or "found that ..." (not "found
    the body", "agreed upon")."""
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if lemma in lex.attribution_verb:
        return True
    if lemma == "make":  # "Trump made the pledge at a conference": the act of saying it
        return any(c.dep_ == "dobj" and c.lemma_.lower() in lex.attribution_noun for c in verb.children)
    if lemma not in lex.attribution_verb_clausal:
        return False
    # "found that ...", or a document as the subject: "A USA TODAY analysis ... shows X"
    return any(
        c.dep_ in ("ccomp", "parataxis") or (c.dep_ == "nsubj" and c.lemma_.lower() in lex.attribution_noun)
        for c in verb.children
    )


def _is_attributed(tokens: Sequence[Token], lex: _Lexicon) -> bool:
    """Any sign the sentence rests on someone's word, even one the quote detector missed."""
    if any(_attributes(t, lex) for t in tokens):
        return True
    return _has_attribution_phrase(tokens, lex) or _trailing_attribution(tokens, lex) or _says_that(tokens, lex)


def _says_that(tokens: Sequence[Token], lex: _Lexicon) -> bool:
    """"Trump charges that ...", "The group claims that ...": a verb of saying right before
    "that", even when the tagger read it as a noun."""
    for a, b in zip(tokens, tokens[1:]):
        if b.lower_ == "that" and b.dep_ == "mark" and a.tag_ in ("VBZ", "VBD", "VBP", "NNS") and a.i > tokens[0].i:
            lemma = a.lemma_.lower()
            if lemma in lex.attribution_verb or lemma in lex.attribution_verb_clausal:
                return True
    return False


def _trailing_attribution(tokens: Sequence[Token], lex: _Lexicon) -> bool:
    """", Treasury data show.", ", officials say.": a verb of saying or showing in the last
    words after the sentence's last comma, whatever the parser made of it ("show" read as
    a noun)."""
    words = [t for t in tokens if not t.is_punct]
    commas = [i for i, t in enumerate(tokens) if t.text == ","]
    if not commas or not words:
        return False
    tail = [t for t in tokens[commas[-1] + 1 :] if not t.is_punct]
    if not 1 < len(tail) <= 5:
        return False
    last = tail[-1]
    lemma = last.lemma_.lower()
    verbish = lemma in lex.attribution_verb or lemma in lex.attribution_verb_clausal or last.lower_ in ("show", "shows", "showed", "suggest", "suggests")
    return verbish and any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in tail[:-1])


# --------------------------------------------------------------------------- checkable


def _is_named(tok: Token, lex: _Lexicon | None = None) -> bool:
    """A named person, organisation or place, directly or as the head of "the US military".
    A document ("the Washington Post/ABC News poll") is a source, not an actor."""
    if lex is not None and tok.lemma_.lower() in lex.attribution_noun:
        return False
    if tok.ent_type_ in NAMED:
        return True
    return any(c.dep_ in ("compound", "nmod", "poss", "amod") and c.ent_type_ in NAMED and c.ent_type_ != "NORP" for c in tok.children) and tok.pos_ in ("NOUN", "PROPN")


def _participants(verb: Token) -> list[Token]:
    """Who does or undergoes ``verb``: subjects, objects, agents, "between X and Y"."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative"):
            out.append(c)
            if c.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                out.append(verb.head)  # "Russian Federation, which is supporting Assad"
        elif c.dep_ in ("agent",) or (c.dep_ == "prep" and c.lower_ in ("between", "by", "against")):
            for p in c.children:
                if p.dep_ == "pobj":
                    out.append(p)
                    out.extend(x for x in p.children if x.dep_ == "conj")
    if not any(c.dep_ in SUBJECTS for c in verb.children) and verb.dep_ == "conj":
        out.extend(c for c in verb.head.children if c.dep_ in SUBJECTS)  # "X attacked and seized"
    return out


def _is_modal(verb: Token, lex: _Lexicon) -> bool:
    """Future, conditional or hedged: "will vote", "could decide to attack", "unless Congress acts"."""
    tok = verb
    for _ in range(4):
        if any(c.tag_ == "MD" or (c.dep_ == "mark" and c.lower_ in lex.condition) for c in tok.children):
            return True
        if tok.dep_ in ("xcomp", "conj", "dep") and tok.head.i != tok.i:
            tok = tok.head
            continue
        return False
    return False


def _event_verbs(tokens: Sequence[Token], lex: _Lexicon) -> list[Token]:
    """Verbs asserting that something named did or underwent something, as fact."""
    out = []
    for tok in tokens:
        if tok.pos_ != "VERB" or _COPULA.match(tok.lower_) or tok.lemma_ == "be" or tok.lemma_.lower() in lex.stative_verb:
            continue
        if not _is_finite(tok):
            continue  # "the huzzahs coming out of her headquarters": a participle asserts nothing
        if _attributes(tok, lex) or _is_modal(tok, lex) or _is_public_record(tok, lex):
            continue
        if any(_is_named(p, lex) for p in _participants(tok)):
            out.append(tok)
    return out


_COPULA = re.compile(r"^['’](s|re|m)$")


def _is_finite(verb: Token) -> bool:
    """A verb that makes an assertion: tensed ("attacked", "says") or with an auxiliary ("is
    supporting", "are created"), or conjoined to one ("attacked and seized")."""
    tok = verb
    for _ in range(6):
        if tok.tag_ in ("VBD", "VBZ", "VBP"):
            return True
        if any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in tok.children):
            return True
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _is_public_record(verb: Token, lex: _Lexicon) -> bool:
    """An institution acting on the record: "the court ruled", "the committee voted"."""
    if verb.lemma_.lower() not in lex.public_record_act:
        return False
    return any(c.dep_ in SUBJECTS and c.lemma_.lower() in lex.public_record_body for c in verb.children)


def _verb_of(tok: Token) -> Token | None:
    """The verb a date or adverbial phrase modifies ("attacked May 18", "On May 18, ... dropped")."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif tok.dep_ not in ("npadvmod", "tmod", "advmod", "prep", "pobj", "nmod"):
        return None
    return head if head.pos_ in ("VERB", "AUX") else None


def _checkable(tokens: Sequence[Token], lex: _Lexicon) -> tuple[list[str], float] | None:
    """Why the words make a checkable assertion, or None: an event (something named doing
    something, as fact) with a date, a number, a cause or a superlative; or, with no named
    actor, a figure that rests on someone's count (a rate or trend, an amount, a count over
    a period, an official record) or a ranking, asserted as fact."""
    if not tokens:
        return None
    events = _event_verbs(tokens, lex)
    reasons: list[str] = []
    sent_ents = _entities(tokens)
    if events:
        for ent in sent_ents:
            if ent.label_ in ("DATE", "TIME"):
                words = {t.lower_ for t in ent}
                if not re.search(r"\d", ent.text) and words & lex.vague_date:
                    continue
                if _duration(ent, lex):
                    continue
                verb = _verb_of(ent.root)
                if verb is not None and _is_finite(verb) and not _is_modal(verb, lex):
                    reasons.append(f"event with date ('{ent.text}')")
                    break
    figure = _figure(tokens, sent_ents, lex)
    if figure is not None:
        reasons.append(figure)
    elif events:
        for ent in sent_ents:
            if ent.label_ in NUMBER_LABELS or (ent.label_ == "CARDINAL" and re.search(r"\d", ent.text)):
                reasons.append(f"number ('{ent.text}')")
                break
    if events:
        cause = _cause(tokens, lex)
        if cause:
            reasons.append(cause)
    ranking = _ranking(tokens, lex, predicate_only=not events)
    if ranking:
        reasons.append(ranking)
    if not reasons:
        return None
    if not events and not _asserts(tokens, lex):
        return None
    if events and not any(r.startswith("event") for r in reasons):
        who = next(p for v in events for p in _participants(v) if _is_named(p, lex))
        verb = next(v for v in events if who in _participants(v))
        reasons.insert(0, f"'{_np_text(who)}' in an event ('{verb.text}')")
    return reasons, min(0.95, 0.55 + 0.1 * len(reasons))


def _asserts(tokens: Sequence[Token], lex: _Lexicon) -> bool:
    """A finite verb or copula stating something as fact (not "could", "will", "if")."""
    for tok in tokens:
        if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("aux", "auxpass"):
            continue
        if (tok.tag_ in ("VBD", "VBZ", "VBP") or _is_finite(tok)) and not _is_modal(tok, lex) and not _attributes(tok, lex):
            return True
    return False


def _clause_verb(tok: Token) -> Token | None:
    """The verb whose clause ``tok`` is in."""
    cur = tok
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("aux", "auxpass", "amod"):
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _asserted(tok: Token, lex: _Lexicon) -> bool:
    verb = _clause_verb(tok)
    return verb is not None and _is_finite(verb) and not _is_modal(verb, lex)


def _has_phrase(tokens: Sequence[Token], phrases: tuple[tuple[str, ...], ...]) -> tuple[int, tuple[str, ...]] | None:
    lowers = [t.lower_ for t in tokens]
    for phrase in phrases:
        n = len(phrase)
        for i in range(len(lowers) - n + 1):
            if tuple(lowers[i : i + n]) == phrase:
                return i, phrase
    return None


#: words that make a DATE a stretch of time a count runs over ("in 2023", "last summer")
_PERIOD_WORDS = {"year", "years", "month", "months", "quarter", "season", "summer", "winter", "spring", "autumn", "decade", "fall"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
           "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


def _period(tokens: Sequence[Token], ents: list[Span], lex: _Lexicon) -> bool:
    """Does the sentence count over a stretch of time ("since March", "this year", "in
    2023", "in the second quarter", "a year")? A day ("on Tuesday", "May 18") is a date,
    not a period."""
    if _has_phrase(tokens, lex.period_phrase):
        return True
    for ent in ents:
        if ent.label_ != "DATE":
            continue
        words = [t.lower_ for t in ent if not t.is_punct]
        if any(w.isdigit() and len(w) <= 2 for w in words):
            continue  # "July 6, 2011", "May 18": a day, the date of an event
        if any(w in _PERIOD_WORDS for w in words) and not _duration(ent, lex):
            return True
        if any(re.fullmatch(r"(19|20)\d\d", w) or w in _MONTHS for w in words):
            return True
    return False


def _figure(tokens: Sequence[Token], ents: list[Span], lex: _Lexicon) -> str | None:
    """The figure that makes a sentence rest on someone's count: an amount ("$2.1
    billion"), a rate or trend ("18 per cent", "has tripled since 2019"), a
    count over a period ("31 overdoses since March") or an official record ("was fined
    three times in 2023")."""
    period = _period(tokens, ents, lex)
    for ent in ents:
        if ent.label_ == "MONEY" and re.search(r"\bper\s*cent\b", ent.text, re.IGNORECASE) and _asserted(ent.root, lex):
            return f"rate or trend ('{ent.text}')"  # "18 per cent", which the recogniser calls money
        if ent.label_ == "MONEY" and _asserted(ent.root, lex):
            return f"amount ('{ent.text}')"
        if ent.label_ == "PERCENT" and _asserted(ent.root, lex):
            return f"rate or trend ('{ent.text}')"
    # a count is in figures ("31 overdoses"), or a number of times ("three times");
    # "several hundred guests", "millions of asylum seekers", "nine elections" are not counts
    counts = [ent for ent in ents if ent.label_ == "CARDINAL" and not _SCORE.fullmatch(ent.text) and _exact_count(ent)]
    for tok in tokens:
        if tok.pos_ != "VERB" or not _is_finite(tok) or _is_modal(tok, lex):
            continue
        lemma = _verb_lemma(tok, lex.trend_verb | lex.record_verb)
        # "have risen by 18 per cent", "has doubled its workforce"; not "dropped leaflets",
        # not "fell apart"
        moved = not any(c.dep_ in ("dobj", "prt") or c.lower_ in _PARTICLES for c in tok.children) or lemma in ("double", "triple", "quadruple", "halve")
        if lemma in lex.trend_verb and moved and (period or counts):
            return f"rate or trend ('{tok.text}')"
        # "was fined three times", "has been cited 42 times", "fined the owner twice"; not
        # "cited the figure", "was investigating"
        times = next((c for c in tok.subtree if c.lower_ in ("times", "twice")), None)
        if lemma in lex.record_verb and (times is not None or (_is_passive(tok) and (period or counts))):
            said = f"{tok.text} {_phrase(next(times.lefts, times), times)}" if times is not None else tok.text
            return f"official record ('{said}')"
    if period:
        for ent in counts:
            counted = _counted(ent)
            if (counted.tag_ in ("NNS", "NNPS") or counted.lower_ == "times") and _asserted(counted, lex):
                return f"count over a period ('{ent.text} {counted.text}')" if counted is not ent.root else f"count over a period ('{ent.text}')"
    return None


#: number words that give no count ("several hundred guests", "millions of asylum seekers")
_VAGUE_NUMBERS = {"several", "hundreds", "thousands", "millions", "billions", "dozens", "dozen", "scores", "few", "many", "numerous"}


def _exact_count(ent: Span) -> bool:
    """A count someone made: "31 overdoses", "three new schools", "three times"; not
    "several hundred guests" or "millions of people", and not the span of a period ("in the
    past nine elections")."""
    if any(t.lower_ in _VAGUE_NUMBERS for t in ent):
        return False
    counted = _counted(ent)
    if counted.dep_ == "pobj" and any(c.lower_ in ("past", "last", "previous") for c in counted.children):
        return False
    return True


#: particles that make a verb of change mean something else ("fell apart", "fell through")
_PARTICLES = {"apart", "through", "short", "behind", "back", "off", "out"}


def _verb_lemma(tok: Token, words: frozenset[str]) -> str:
    """The verb's lemma, mended where the lemmatiser trips over a listed verb ("fined" ->
    "fin"): the written form less "d" or "ed" when that is listed."""
    lemma = tok.lemma_.lower()
    if lemma in words:
        return lemma
    for stem in (tok.lower_[:-1], tok.lower_[:-2]) if tok.lower_.endswith("ed") else ():
        if stem in words:
            return stem
    return lemma


def _counted(ent: Span) -> Token:
    """What a number counts: "overdoses" in "31 overdoses", "times" in "three times"."""
    return ent.root.head if ent.root.dep_ in ("nummod", "quantmod") else ent.root


_SCORE = re.compile(r"\d{1,3}\s*[-–]\s*\d{1,3}")


def _ranking(tokens: Sequence[Token], lex: _Lexicon, predicate_only: bool = False) -> str | None:
    """A superlative or ranking asserted, not used to describe someone ("the region's
    oldest bakery", "more ... than any other street"; not "the highest-ranking prosecutor,
    Lynch, said"). With ``predicate_only`` (no named actor doing anything) the superlative
    must be what the sentence says of its subject ("is the region's oldest bakery", "the
    longest streak in franchise history"), not a word on the way ("in this newest
    outpost", "gives the wealthiest people influence")."""
    for tok in tokens:
        if tok.tag_ in ("JJS", "RBS") and tok.lower_ not in ("most", "least", "best", "worst", "latest") and not _descriptive(tok):
            if predicate_only and not _predicated(tok):
                continue
            return f"superlative ('{tok.text}')"
    found = _has_phrase(tokens, lex.ranking_phrase)
    if found is not None:
        i, phrase = found
        return f"ranking ('{' '.join(t.text for t in tokens[i : i + len(phrase)])}')"
    return None


def _predicated(superlative: Token) -> bool:
    """Is the superlative's noun what the clause says of its subject: the complement of
    "be", "become" or "have" ("are the largest source", "is now one of the largest
    producers", "have the longest streak"), or a comment on a figure ("41 straight games,
    the longest streak")?"""
    noun = superlative
    for _ in range(4):
        if noun.dep_ not in ("amod", "advmod", "compound", "npadvmod") or noun.head.i == noun.i:
            break
        if noun.head.pos_ in ("VERB", "AUX") and noun.head.dep_ != "amod":
            break  # "longest" in "the longest-serving member" climbs through "serving"
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        noun = noun.head.head  # "one of the largest producers"
    if noun.dep_ in ("attr", "acomp", "oprd"):
        return True
    if noun.dep_ == "dobj" and noun.head.lemma_ in ("have", "hold", "set", "break"):
        return True
    return noun.dep_ in ("appos", "npadvmod") and noun.head.ent_type_ not in ("PERSON", "ORG", "GPE") and noun.head.pos_ != "PROPN"


def _observed(tokens: Sequence[Token], lex: _Lexicon, study_named: bool, reason: str) -> str | None:
    """Which of the reporter's own accounts the sentence is, if any: a game's play-by-play
    ("Cole struck out 11 ... the Yankees beat the Red Sox 5-2"), a market move ("Shares of
    Acme closed 3 percent lower"), the method of a study the article names ("The study
    followed 12,000 adults"), a public meeting ("The council voted 5-2", "About 150 people
    attended the meeting"), a ranking of places ("the second-longest river"). A record
    ("the longest streak in franchise history") is never play-by-play."""
    ranked = "superlative" in reason or "ranking" in reason
    subjects = [t for t in tokens if t.dep_ in SUBJECTS]
    if not ranked and _game(tokens, lex):
        return "game"
    if any(t.lower_ in ("i", "my", "me", "mine") and (t.dep_ in SUBJECTS or t.dep_ == "poss" and t.head.dep_ in SUBJECTS) for t in tokens):
        return "writer"  # "My father spent the entire $30,000 profit ...": a columnist's own life
    if study_named and any(t.lemma_.lower() in lex.method_noun and t.pos_ == "NOUN" for t in tokens):
        return "study"  # "It has a margin of error of 4 percent"
    for subj in subjects:
        verb = subj.head
        names = {t.lower_ for t in subj.subtree}
        if subj.lemma_.lower() in lex.law_noun and not ranked:
            return "record"  # "state law requires a registration for charities that ..."
        if verb.lemma_.lower() in lex.market_verb and (subj.lemma_.lower() in lex.market_noun or names & lex.market_name):
            return "market"
        if study_named and not ranked and (subj.lemma_.lower() in lex.study_noun or subj.lemma_.lower() in lex.researcher_noun):
            return "study"
    for tok in tokens:
        if tok.pos_ == "VERB" and (_is_public_record(tok, lex) or (tok.lemma_.lower() in lex.meeting_verb and any(t.lemma_.lower() in lex.meeting_noun for t in tok.subtree))):
            return "meeting"
    if ranked and _place_ranked(subjects, lex):
        return "place"
    return None


def _place_ranked(subjects: list[Token], lex: _Lexicon) -> bool:
    """"The Mississippi River is the second-longest river in North America": a named place
    that *is* the biggest of its kind of place, as atlases say (not "Texas became the
    largest producer of wind power", a ranking someone measured)."""
    for subj in subjects:
        verb = subj.head
        if subj.ent_type_ not in ("GPE", "LOC", "FAC") or verb.lemma_ != "be":
            continue
        if any(c.dep_ == "attr" and c.lemma_.lower() in lex.geography_noun for c in verb.children):
            return True
    return False


def _game(tokens: Sequence[Token], lex: _Lexicon) -> bool:
    """A game told as it happened: a verb of play in the simple past with a score or a
    unit of play ("scored 34 points", "threw for 320 yards", "beat the Lakers 118-109")."""
    verbs = [t for t in tokens if t.pos_ == "VERB" and t.lemma_.lower() in lex.game_verb and t.tag_ == "VBD"]
    if not verbs or any(t.ent_type_ in ("MONEY", "PERCENT") for t in tokens):
        return False  # "The airline lost $340 million in the second quarter" is a result, not a game
    text = " ".join(t.text for t in tokens)
    return bool(_SCORE.search(text)) or any(_counted_play(t, lex) for t in tokens)


def _counted_play(tok: Token, lex: _Lexicon) -> bool:
    """A unit of play with its count: "34 points", "seven innings", "the 23rd minute"."""
    if tok.pos_ != "NOUN" or not (tok.lemma_.lower() in lex.game_unit or tok.lower_ in lex.game_unit):
        return False
    return any(c.dep_ in ("nummod", "amod", "quantmod") and (c.like_num or c.ent_type_ in ("CARDINAL", "ORDINAL")) for c in tok.children)


def _duration(ent: Span, lex: _Lexicon) -> bool:
    """A length of time ("31 years", "three decades", "for two weeks"), not a point in
    time: nothing to date an event by. "Two years ago" and "10 days later" do date one."""
    words = [t for t in ent if not t.is_punct]
    if len(words) < 2 or words[-1].lemma_.lower() not in lex.time_unit:
        return False
    if any(t.lower_ in lex.time_anchor for t in ent.doc[ent.start : min(ent.end + 1, len(ent.doc))]):
        return False
    return words[0].like_num or words[0].pos_ == "NUM"


def _entities(tokens: Sequence[Token]) -> list[Span]:
    """The named entities that start among ``tokens``, found from the tokens' IOB tags so the
    cost is linear in the sentence, not in the document."""
    from spacy.tokens import Span

    doc = tokens[0].doc
    out = []
    for tok in tokens:
        if tok.ent_iob_ != "B":
            continue
        end = tok.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        out.append(Span(doc, tok.i, end, label=tok.ent_type_))
    return out


def _descriptive(tok: Token) -> bool:
    """Part of how someone is described ("Now the highest-ranking prosecutor in the United
    States, Lynch ...": an appositive, a modifier, the subject), not of what the clause
    asserts about them ("is the highest in the developed world", "became the largest")."""
    for _ in range(8):
        if (tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "compound")) or tok.head.i == tok.i:
            return False
        if tok.dep_ == "appos":
            # about a person ("Lynch, the highest-ranking prosecutor"), not about a thing or
            # a figure ("41 straight home games, the longest streak in franchise history")
            return tok.head.ent_type_ == "PERSON" or tok.head.pos_ == "PRON" or tok.ent_type_ == "PERSON"
        if tok.dep_ == "npadvmod" and tok.head.pos_ in ("VERB", "AUX"):
            return False  # "fell to 3.1 percent, the lowest level in two decades"
        if tok.dep_ in ("npadvmod", "acl", "nsubj", "nsubjpass"):
            return True
        tok = tok.head
    return False


def _np_text(tok: Token) -> str:
    left = [c for c in tok.lefts if c.dep_ in ("compound", "det", "amod", "nmod", "poss")]
    start = min([tok.i] + [c.left_edge.i for c in left])
    return tok.doc[start : tok.i + 1].text


def _cause(tokens: Sequence[Token], lex: _Lexicon) -> str | None:
    lowers = [t.lower_ for t in tokens]
    for phrase in lex.cause_phrase:
        n = len(phrase)
        for i in range(len(lowers) - n + 1):
            if tuple(lowers[i : i + n]) == phrase:
                return f"cause or motive ('{' '.join(t.text for t in tokens[i : i + n])}')"
    for tok in tokens:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in lex.cause_verb and _is_finite(tok):
            return f"cause ('{tok.text}')"
        # "attacked ... for moving too close": a motive
        if tok.lower_ == "for" and tok.dep_ == "prep" and tok.head.pos_ == "VERB" and _is_finite(tok.head):
            gerund = next((c for c in tok.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
            if gerund is not None:
                return f"motive ('for {gerund.text}')"
        # "are created to stop ...": a purpose assigned by nobody
        if tok.dep_ == "advcl" and tok.head.pos_ == "VERB" and _is_passive(tok.head) and _is_finite(tok.head):
            if any(c.tag_ == "TO" for c in tok.children):
                return f"purpose ('{tok.head.text} to {tok.text}')"
    return None


# --------------------------------------------------------------------------- quotes


def _quoted_claim(doc: Doc, quote: Quote, lex: _Lexicon) -> Claim | None:
    tokens: list[Token] = []
    for start, end in quote.fragments:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            tokens.extend(t for t in span if not t.is_space)
    if not tokens:
        return None
    opinion = _opinion(tokens, lex)
    checkable = _checkable(tokens, lex)
    if opinion is None and checkable is None:
        return None
    parts = []
    if opinion:
        parts.append(f"opinion ({opinion})")
    if checkable:
        parts.append(f"checkable ({', '.join(checkable[0])})")
    return Claim(
        quote.start,
        quote.end,
        quote.text,
        QUOTED,
        "; ".join(parts),
        checkable[1] if checkable else 0.7,
        quote=quote.id,
        opinion=opinion,
        checkable=", ".join(checkable[0]) if checkable else None,
        single_speaker=_single_speaker(doc, quote),
    )


def _single_speaker(doc: Doc, quote: Quote) -> bool | None:
    """Whether the speaker mention is grammatically singular ("a U.S. official") or not."""
    if quote.speaker is None:
        return None
    span = doc.char_span(quote.speaker.start, quote.speaker.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    if root.pos_ == "PRON":
        number = root.morph.get("Number")
        return number == ["Sing"] if number else None
    if any(c.dep_ == "nummod" for c in root.children) or any(c.dep_ == "conj" for c in root.children):
        return False
    return root.tag_ in ("NN", "NNP")


def _opinion(tokens: Sequence[Token], lex: _Lexicon) -> str | None:
    """The first word that makes the quoted words a judgment rather than information."""
    for tok in tokens:
        cls = lex.opinion.get(tok.lemma_.lower()) or lex.opinion.get(tok.lower_)
        if cls is None:
            continue
        if cls == "prescribe" and tok.tag_ == "MD":
            return f"'{tok.text}'"
        if cls == "stance" and tok.pos_ == "VERB":
            if any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in tok.children):
                subj = next(c for c in tok.children if c.dep_ == "nsubj")
                return f"'{subj.text} {tok.text}'"
        if cls in ("judgment", "label") and tok.pos_ in ("ADJ", "NOUN", "ADV"):
            return f"'{tok.text}'"
    return None


__all__ = ["Claim", "ClaimLine", "claim_line", "follow_on_quotes", "find_claims", "attribution_spans", "framing_spans", "lexicon", "UNSOURCED", "WEASEL", "QUOTED"]
