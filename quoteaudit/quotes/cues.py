"""Cues: the words that introduce an attribution (``said``, ``told``, ``according to``,
``believes``, ``supports``, ``the claim that``).

The lexicon is data (``quoteaudit/data/cue_verbs.tsv``, ``cue_phrases.txt`` and
``cue_nouns.tsv``); this module only answers "is this token a cue, and of what kind", and
which attribution type (``model.AttributionType``) a cue and its content make.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicons import load_list, load_set, load_table
from ..model import AttributionType

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

SPEECH, DOCUMENT, THOUGHT, STANCE = "speech", "document", "thought", "perception_stance"
#: the class name version 1 of cue_verbs.tsv gave thoughts
BELIEF = THOUGHT
#: classes whose cues report what someone said or wrote
QUOTING = frozenset({SPEECH, DOCUMENT})
#: classes whose cues make an attribution quote: speech and documents, and beliefs,
#: perceptions and stances ("he fears that …", "she supports …"), typed as such
ATTRIBUTING = frozenset({SPEECH, DOCUMENT, THOUGHT, STANCE})


@lru_cache(maxsize=1)
def verb_classes() -> dict[str, str]:
    """lemma -> class, from ``cue_verbs.tsv``."""
    return {row[0].lower(): row[1] for row in load_table("cue_verbs.tsv", columns=5)}


@lru_cache(maxsize=1)
def raising_verbs() -> dict[str, tuple[str, str]]:
    """lemma -> (voice, class), from ``raising_verbs.tsv``: verbs whose subject is the
    reported clause's ("Turnout is expected to be high", "she seems to know")."""
    return {row[0].lower(): (row[1], row[2]) for row in load_table("raising_verbs.tsv", columns=4)}


@lru_cache(maxsize=1)
def hearsay_adverbs() -> frozenset[str]:
    """Adverbs that attribute their clause to unnamed others ("reportedly", "allegedly"),
    from ``hedges.tsv`` (kind ``adverb``), which the claims stage reads as weasels too."""
    return frozenset(row[0].lower() for row in load_table("hedges.tsv", columns=3) if row[1] == "adverb")


@lru_cache(maxsize=None)
def remark_times(role: str) -> frozenset[str]:
    """``remark_times.tsv``: the words of one role: "time" (nouns of time a remark is dated
    by), "event" (occasions besides ``occasion_nouns.txt``) or "forward" (words that put
    the time in the future, making it the content's own: "said next week the plant would
    close")."""
    return frozenset(word.lower() for word, r in load_table("remark_times.tsv", columns=2) if r == role)


def raising_cue(tok: Token) -> tuple[str, str] | None:
    """(voice, class) when ``tok`` is a raising verb in the voice that raises ("seems",
    "is expected"), else None: "appeared on TV" is active, "is expected" passive, and
    "expects" (active) is an ordinary verb of thought with a holder of its own."""
    entry = raising_verbs().get(lemma_of(tok))
    if entry is None or not tok.tag_.startswith("VB"):
        return None
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    return entry if (entry[0] == "passive") == passive else None


@lru_cache(maxsize=1)
def phrases() -> tuple[tuple[str, ...], ...]:
    """Multi-word prepositional cues as lower-cased word tuples, longest first."""
    items = [tuple(p.lower().split()) for p in load_list("cue_phrases.txt")]
    return tuple(sorted(items, key=len, reverse=True))


def candidate_hashes(strings) -> frozenset[int]:
    """Hashes (in ``strings``, a spaCy StringStore) of every lemma and word that can start
    a cue, so a detector can skip all other tokens without building Token objects."""
    words = set(verb_classes()) | set(raising_verbs()) | set(hearsay_adverbs()) | {p[0] for p in phrases()} | {"according"} | {lemma for lemma, _ in _LEMMA_FIXES} | set(noun_cues()) | set(stance_adjectives())
    words |= {w[:-3] + "ise" for w in verb_classes() if w.endswith("ize")}  # British spellings (lemma_of)
    words.add("in")  # "in a new poll, …": finding_documents()
    # the nouns of the noun constructions of indirect.py, some beyond cue_nouns.tsv ("in favor of")
    words |= {row[0].lower() for name in ("received_stance.tsv", "given_stance.tsv") for row in load_table(name)}
    words |= load_set("stance_phrase_nouns.txt") | load_set("viewpoint_nouns.txt")
    return frozenset(strings.add(w) for w in words)


#: lemmas the small English model gets wrong for cue verbs: "hoping", "hopes" -> "hop"
_LEMMA_FIXES = {("hop", "hope"), ("hop", "hopes"), ("hop", "hoped"), ("hop", "hoping")}


def lemma_of(tok: Token) -> str:
    """``tok``'s lemma, lower-cased, with the model's known cue-verb slips mended and
    British spellings read as the lexicon's ("criticised", "recognises": criticize,
    recognize)."""
    lemma = tok.lemma_.lower()
    if (lemma, tok.lower_) in _LEMMA_FIXES:
        return "hope"
    if lemma.endswith("ise") and lemma not in verb_classes() and lemma[:-3] + "ize" in verb_classes():
        return lemma[:-3] + "ize"
    return lemma


def cue_class(tok: Token) -> str | None:
    """The class of ``tok`` as a cue verb, or None. Needs a verb reading: "a say in it",
    "the report" are nouns and no cue."""
    if tok.pos_ not in ("VERB", "AUX") and not (tok.tag_.startswith("VB")):
        return None
    lemma = lemma_of(tok)
    cls = verb_classes().get(lemma)
    if cls is None:
        return None
    if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" or c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        return None  # "pointed out that …", "pointed to her record"; not "pointed the way"
    if lemma in ("fire", "shoot") and not any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in tok.children):
        return None  # "fired back", "shot back"; not "fired the director"
    if lemma == "rule" and any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out" for c in tok.children):
        return None  # "the goal was ruled out", "did not rule out a run": excluded, nothing ruled
    if lacks_its_infinitive(tok):
        return None  # "sales declined 3 percent", "voted in Iowa"; not "declined to answer"
    if lemma == "go" and not _going_on_speaking(tok):
        return None  # "“…,” he went on"; not "went on to win", "went to Iowa"
    if (
        lemma == "call" and tok.tag_ == "VBN"
        and (tok.dep_ in ("acl", "amod") or any(c.dep_ == "auxpass" for c in tok.children))
        and not any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in tok.children)
        and sum(1 for c in tok.rights if c.dep_ in ("oprd", "dobj", "xcomp")) < 2
    ):
        # "a company called Harmony Enterprises", "is called the Mistake on the Lake": a
        # name, not words (a misparsed "the doctor called Oz a quack" keeps both objects)
        return None
    if lemma == "call" and not any(
        (c.dep_ == "oprd" and any(g.text in _OPENING_MARKS for g in c.subtree)) or (c.dep_ == "dobj" and quoted_apposition(c) is not None)
        or _quoted_object_head(c)
        for c in tok.children
    ) and not any(
        (c.dep_ == "prep" and c.lower_ in ("for", "on")) or c.dep_ in ("oprd", "ccomp") or _demand_clause(tok, c)
        or (c.dep_ == "xcomp" and c.i > tok.i and not any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))
        for c in tok.children
    ):
        return None  # "called the police", "called Tuesday": no report of words
    return cls


def lacks_its_infinitive(tok: Token) -> bool:
    """``declined to answer``, ``voted to repeal the law``, ``refused, saying that …``: a
    verb whose only frame is an infinitive (decline, refuse, vote) is a cue only with an
    infinitive or a clause after it; "sales declined 3 percent", "refused the offer" and
    "voted in Iowa" report nothing held. True for such a verb without one."""
    if _frames().get(lemma_of(tok)) != frozenset({"infinitive"}) or verb_classes().get(lemma_of(tok)) == SPEECH:
        return False
    return not any(c.i > tok.i and c.dep_ in ("xcomp", "ccomp") for c in tok.children)


def _going_on_speaking(tok: Token) -> bool:
    """“It is over,” he went on: "went on" with nothing after it that makes it a journey or
    a career ("went on to win the seat", "went to Iowa", "went on a tour"). Only what
    follows the verb counts: the quote before it, which the parser often hangs on "went"
    as its ccomp, is the words said, not a reason to read no cue."""
    return any(c.dep_ in ("prt", "advmod") and c.lower_ == "on" for c in tok.children) and not any(
        c.i > tok.i and (c.dep_ in ("xcomp", "prep", "dobj", "ccomp") or (c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)))
        for c in tok.children
    )


_OPENING_MARKS = ("“", '"', "‘", "''", "``")


def _quoted_object_head(obj: Token) -> bool:
    """``He calls people “losers” and “sad”``: the parser may make the quoted label the
    object and the thing named its modifier. The object's own word is then inside quote
    marks (an odd number of marks in its phrase before it); not in ``called the “Gang of
    Eight” senators``, where the marks close before the object's word (an apostrophe,
    "the Republicans' bluff", is no mark), and only with the thing named before the label
    (``called a “special session”`` convenes one)."""
    if obj.dep_ != "dobj":
        return False
    marks = [g for g in obj.subtree if g.i < obj.i and g.is_quote and g.text not in ("'", "’")]
    # the thing named stands before the label: "called a “special session”" convenes one
    return len(marks) % 2 == 1 and any(g.i < marks[-1].i and g.pos_ in ("NOUN", "PROPN", "PRON") for g in obj.subtree)


def quoted_apposition(obj: Token) -> Token | None:
    """``called the plan “a mess”``, ``branded the owner “a traitor”``: the small parser
    often reads the quoted second complement of a verb of naming as an apposition of the
    object. The apposition, when it opens right after a quotation mark that follows the
    object; else None. An article may stand outside the marks ("dubbed the measure the
    “bathroom bill”"): the label is still the words quoted."""
    for c in obj.children:
        if c.dep_ == "appos" and c.i > obj.i:
            first = c.left_edge
            if first.i > 0 and first.doc[first.i - 1].text in _OPENING_MARKS:
                return c
            if first.dep_ == "det" and first.i + 1 < c.i and first.doc[first.i + 1].text in _OPENING_MARKS:
                return c
    return None


def _demand_clause(tok: Token, c: Token) -> bool:
    """``called for the coach to be fired``: a for-clause right after "called", which the
    parser reads as an adverbial clause with "for" as its marker."""
    first = c.left_edge
    return c.dep_ == "advcl" and first.lower_ == "for" and first.dep_ == "mark" and first.i == tok.i + 1


def demand_clause(tok: Token) -> Token | None:
    """The for-clause of ``called for X to Y`` as the parser misreads it, or None."""
    return next((c for c in tok.rights if _demand_clause(tok, c)), None)


def verb_object(tok: Token) -> bool:
    """Does this cue's object carry what was said ("denied the allegations", "urged
    Congress to act")? Not for say/tell/ask/write, whose objects are addressees or
    pronouns ("told reporters", "said nothing")."""
    return lemma_of(tok) in _OBJECT_CUES()


@lru_cache(maxsize=1)
def _frames() -> dict[str, frozenset[str]]:
    """lemma -> the frames of ``cue_verbs.tsv``'s object column ('object', prepositions)."""
    return {row[0].lower(): frozenset(f.strip() for f in row[2].split(",") if f.strip() not in ("", "-")) for row in load_table("cue_verbs.tsv", columns=5)}


@lru_cache(maxsize=1)
def _OBJECT_CUES() -> frozenset[str]:
    return frozenset(lemma for lemma, frames in _frames().items() if "object" in frames)


def takes_infinitive(tok: Token) -> bool:
    """Does this cue report its infinitive but not its object ("declined to comment",
    "voted to repeal the law", "threatened to sue"; not "voted Republican", "threatened
    the reporter")? The frame 'infinitive' of ``cue_verbs.tsv``."""
    return "infinitive" in _frames().get(lemma_of(tok), frozenset())


def verb_prepositions(tok: Token) -> frozenset[str]:
    """Prepositions whose object is what this cue reports ("warned of", "argued for")."""
    return _frames().get(lemma_of(tok), frozenset()) - {"object", "label", "words", "infinitive"}


#: verbs of naming whose quoted complement is the speaker's label for a thing
_NAMING = frozenset({"call", "describe", "characterize"})


def names_a_label(tok: Token) -> bool:
    """Can this cue attribute a quoted label ("called the plan “reckless”", "dubbed it
    “the rain tax”", "described the ruling as “a travesty”")?"""
    lemma = lemma_of(tok)
    return lemma in _NAMING or "label" in _frames().get(lemma, frozenset())


def utters_words(tok: Token) -> bool:
    """Is this a verb of uttering aloud or posting words as written (say, chant, yell,
    read, tweet: the frame 'words'), whose quoted object is the words themselves?"""
    return "words" in _frames().get(lemma_of(tok), frozenset())


def label_only(tok: Token) -> bool:
    """Does this cue attribute nothing but a quoted label (dub, brand, nickname)?"""
    return "label" in _frames().get(lemma_of(tok), frozenset())


def is_quoting_cue(tok: Token) -> bool:
    return cue_class(tok) in QUOTING


def attribution_type(cls: str | None, *, nominal: bool = False, document_source: bool = False) -> AttributionType:
    """The attribution type of a quote whose cue has class ``cls``.

    A speech cue whose content is only a noun phrase (``denied the allegations``,
    ``announced a plan``) reports no words: its content is nominal, so the type is
    ``noun``, like a noun cue's (``the allegation that …``). A speech cue whose source is
    a document (``the report said``) is a ``document`` attribution."""
    if cls == THOUGHT:
        return AttributionType.THOUGHT
    if cls == STANCE:
        return AttributionType.PERCEPTION_STANCE
    if cls == "noun":
        return AttributionType.NOUN
    if cls == DOCUMENT:
        return AttributionType.DOCUMENT
    if nominal:
        return AttributionType.NOUN
    return AttributionType.DOCUMENT if document_source else AttributionType.SPEECH




def nominal_content(tokens) -> bool:
    """Content headed by a noun, with no quotation mark: a noun phrase ("the allegations",
    "a plan to rebuild the port", "a coming storm"), not a clause of reported words."""
    tokens = list(tokens)
    toks = [t for t in tokens if not t.is_space and not t.is_punct]
    # a quotation mark is a token of its own; a possessive's apostrophe ("Clinton’s
    # leadership", "Sanders’ plan") or a contraction's is no quotation mark
    if not toks or any(t.is_quote and t.tag_ != "POS" for t in tokens):
        return False
    inside = {t.i for t in toks}
    roots = [t for t in toks if t.head.i not in inside or t.head.i == t.i]
    return not any(t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB") for t in roots)


def predicated_content(tokens) -> bool:
    """``Warren called [Trump a fascist]``, ``Christie called [him divisive]``: content with
    no verb that still says something of someone. A thing and what the cue's subject
    calls it (a small clause: "Trump is a fascist", she says) reports words, as the
    detector types a verb of naming (speech); it is not a noun phrase named as a topic
    ("denied [the charges]"). Both the object and its name must be in the content: "a
    group called [the Legacy Fund]" names nobody's words. Read by :func:`type_of_cue`:
    the gold side of a --types run."""
    toks = [t for t in tokens if not t.is_space and not t.is_punct]
    inside = {t.i for t in toks}
    roots = [t for t in toks if t.head.i not in inside or t.head.i == t.i]
    return any(p.dep_ == "oprd" and any(o.dep_ == "dobj" and o.head.i == p.head.i for o in roots) for p in roots)


def document_head(span) -> bool:
    """Is the head of the noun phrase ``span`` a document noun ("the report", "court
    filings", "a statement")?"""
    if span is None or not len(span):
        return False
    return is_document_noun(span.root)


def is_document_noun(tok) -> bool:
    """Is ``tok`` a document or data noun ("survey", "data", "filing", "census")?"""
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in _document_nouns()


@lru_cache(maxsize=1)
def _document_nouns() -> frozenset[str]:
    return frozenset(row[0].lower().split()[-1] for row in load_table("document_nouns.tsv", columns=2))


@lru_cache(maxsize=1)
def noun_cues() -> dict[str, frozenset[str]]:
    """noun lemma -> its frames ("that", "to", or a preposition), from ``cue_nouns.tsv``."""
    return {row[0].lower(): frozenset(f.strip() for f in row[1].split(",") if f.strip()) for row in load_table("cue_nouns.tsv", columns=4)}


@lru_cache(maxsize=1)
def agent_nouns() -> frozenset[str]:
    """Nouns of ``cue_nouns.tsv`` that name the holder of a stance ("supporter", "critic":
    note column 'agent: …'): the person the noun describes holds it."""
    return frozenset(row[0].lower() for row in load_table("cue_nouns.tsv", columns=4) if row[3].startswith("agent"))


@lru_cache(maxsize=1)
def finding_documents() -> frozenset[str]:
    """Documents whose findings an "in" phrase attributes ("in a new poll, …")."""
    return load_set("finding_documents.txt")


@lru_cache(maxsize=1)
def talking_verbs() -> frozenset[str]:
    """Verbs of talking whose content is never a clause ("As the minister spoke, …")."""
    return load_set("talking_verbs.txt")


@lru_cache(maxsize=1)
def judged_as_verbs() -> frozenset[str]:
    """Verbs whose passive with an "as" phrase reports a view of their subject ("is seen
    as the favourite", "was regarded as a victory"), from ``judged_as_verbs.txt``."""
    return load_set("judged_as_verbs.txt")


@lru_cache(maxsize=1)
def stance_adjectives() -> dict[str, tuple[frozenset[str], str]]:
    """word -> (frames, class) of the adjectives of belief and stance whose complement is
    what their subject holds ("confident that …", "critical of …"), from
    ``stance_adjectives.tsv``."""
    return {row[0].lower(): (frozenset(f.strip() for f in row[1].split(",")), row[2]) for row in load_table("stance_adjectives.tsv", columns=3)}


@lru_cache(maxsize=1)
def judging_verbs() -> frozenset[str]:
    """Verbs of judging someone aloud whose one-name object is content ("criticised Trump")."""
    return load_set("judging_verbs.txt")


@lru_cache(maxsize=1)
def addressee_verbs() -> frozenset[str]:
    """Verbs whose passive subject is the one spoken to ("was asked by reporters")."""
    return load_set("addressee_verbs.txt")


@lru_cache(maxsize=1)
def noun_holder_verbs() -> frozenset[str]:
    """Verbs whose subject holds their object's attribution ("made the claim that")."""
    return load_set("cue_noun_verbs.txt")


def type_of_cue(cue: Span, content: Span | None = None, speaker: Span | None = None) -> AttributionType:
    """The attribution type of an annotated cue (a gold file's), by the same lexicons and
    rules the detectors use: the last cue verb in it decides (``has said``: say); a noun
    cue (``claim``, ``allegations of``) is ``noun``; another verb is a stance or act
    (``endorsed``, ``attacked``: ``perception_stance``); punctuation or a preposition
    (``:``, ``in a statement``, ``according to``) is speech."""
    cls = None
    words = [t for t in cue if not t.is_punct and not t.is_space]
    if any(t.lower_ == "according" for t in words) or (words and words[0].pos_ == "ADP"):
        cls = SPEECH  # "according to", "in a statement", "in an interview": where it was said
    else:
        verbs = [t for t in words if (t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB")) and verb_classes().get(lemma_of(t), "other") != "other"]
        if verbs:
            cls = verb_classes()[lemma_of(verbs[-1])]
        elif (held := stance_of_adjective(words)) is not None:
            cls = held
        elif any(t.pos_ == "NOUN" and t.lemma_.lower() in noun_cues() for t in words):
            cls = "noun"
        elif any(t.pos_ == "VERB" for t in words):
            cls = STANCE
        elif any(t.pos_ == "NOUN" for t in words):
            cls = "noun"
        else:
            cls = SPEECH
    nominal = content is not None and nominal_content(content) and not predicated_content(content)  # any tokens: a Span or a list
    return attribution_type(cls, nominal=nominal, document_source=document_head(speaker))


def stance_of_adjective(words) -> str | None:
    """``Democrats are concerned that …``, ``The senator is eager to leave``, ``Aides were
    hopeful that …``: a cue made of "be" (or "remain", "grow" …) and an adjective of
    belief, feeling or stance attributes a view, not words: its class is the adjective's
    in ``stance_adjectives.tsv``, the lexicon the detector reads the same frame with
    (``indirect._predicative_stance``), so a gold cue "are worried about" and the
    detector's "worried" get one type. The class of the last such adjective, or None."""
    classes = [stance_adjectives()[t.lower_][1] for t in words if t.lower_ in stance_adjectives()]
    return classes[-1] if classes else None


def cue_lemma(tok: Token) -> str:
    lemma = lemma_of(tok)
    if lemma == "point":
        return "point out"
    if lemma in ("fire", "shoot"):
        return f"{lemma} back"
    if lemma == "go":
        return "go on"
    if lemma == "call":
        prep = next((c.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "on")), None)
        return f"call {prep}" if prep else "call"
    return lemma


def phrase_at(doc, i: int) -> tuple[str, int] | None:
    """A cue phrase starting at token ``i``: ``(phrase, end token index)``."""
    first = doc[i].lower_
    for words in phrases():
        if words[0] != first or i + len(words) > len(doc):
            continue
        if all(doc[i + k].lower_ == w for k, w in enumerate(words)):
            return " ".join(words), i + len(words)
    return None
