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
from typing import TYPE_CHECKING

from .lexicons import load_table
from .model import Quote

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
    """Every span a quote owns: its content fragments, its cue and its speaker mention."""
    spans: list[tuple[int, int]] = []
    for q in quotes:
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
    return spans


# --------------------------------------------------------------------------- entry point


def find_claims(doc: Doc, article: Article, quotes: list[Quote]) -> list[Claim]:
    """Unsourced and weasel claims in ``doc`` (the parsed ``article.text``), in text order,
    followed by one ``quoted`` claim per quote whose words are opinion or checkable."""
    lex = lexicon()
    # Words inside quotation marks are someone's words even when the quote detector missed
    # them (a quote running over several sentences): never the article's own claims.
    attributed = _Spans(attribution_spans(quotes) + quotation_mark_spans(article))
    framing = _Spans(framing_spans(article))
    claims: list[Claim] = []
    # After "according to a new poll", the figures that follow are the poll's: a run of
    # sentences with numbers after a document is cited is attributed by context (AP: restate
    # the attribution unless it is perfectly clear from the context).
    document_context = False
    for tokens in _sentences(doc, article):
        claim = _sentence_claim(tokens, article.text, lex, attributed, framing)
        has_number = any(_is_number(t) for t in tokens)
        if claim is not None and claim.kind == UNSOURCED and document_context and claim.figures_only:
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
    claim.figures_only = all(r.startswith(("number", "'")) for r in reasons)
    return claim


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
        if tok.lemma_.lower() in lex.attribution_noun and tok.pos_ == "NOUN":
            if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "per", "from"):
                return True
            # "a New York Times report that Trump had a net loss ...": the fact is the report's
            if any(c.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in tok.children):
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
    return _has_attribution_phrase(tokens, lex)


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
        if tok.dep_ in ("xcomp", "conj", "dep") and tok.head is not tok:
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
        if tok.dep_ != "conj" or tok.head is tok:
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
    """Why the words make a checkable assertion, or None. Needs an event (something named
    doing something, as fact) plus one specific: a date, a number, a cause, a superlative."""
    if not tokens:
        return None
    events = _event_verbs(tokens, lex)
    if not events:
        return None
    reasons: list[str] = []
    sent_ents = _entities(tokens)
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
    for ent in sent_ents:
        if ent.label_ in NUMBER_LABELS or (ent.label_ == "CARDINAL" and re.search(r"\d", ent.text)):
            reasons.append(f"number ('{ent.text}')")
            break
    cause = _cause(tokens, lex)
    if cause:
        reasons.append(cause)
    for tok in tokens:
        if tok.tag_ in ("JJS", "RBS") and tok.lower_ not in ("most", "least", "best", "worst", "latest") and not _descriptive(tok):
            reasons.append(f"superlative ('{tok.text}')")
            break
    if not reasons:
        return None
    if not any(r.startswith("event") for r in reasons):
        who = next(p for v in events for p in _participants(v) if _is_named(p, lex))
        verb = next(v for v in events if who in _participants(v))
        reasons.insert(0, f"'{_np_text(who)}' in an event ('{verb.text}')")
    return reasons, min(0.95, 0.55 + 0.1 * len(reasons))


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
        if (tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "compound")) or tok.head is tok:
            return False
        if tok.dep_ in ("appos", "npadvmod", "acl", "nsubj", "nsubjpass"):
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


__all__ = ["Claim", "find_claims", "attribution_spans", "framing_spans", "lexicon", "UNSOURCED", "WEASEL", "QUOTED"]
