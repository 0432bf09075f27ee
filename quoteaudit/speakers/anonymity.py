"""Why a source is anonymous, as the article explains it.

AP, Reuters and New York Times standards ask that a story say why a source was granted
anonymity, and the Times's standards editor singled out the stock reasons ("not authorized
to speak", "the sensitivity of the matter") as telling readers nothing. This module finds
the explanation and who it is about:

* a marker says anonymity was granted ("spoke on condition of anonymity", "asked not to be
  identified", "declined to be named"); the reason is the clause that follows it
  ("because ...", "to discuss ...", "for fear of ...");
* a reason can also stand alone ("a U.S. official who was not authorized to speak
  publicly");
* the holder is the noun the clause is about: the antecedent of a relative clause ("a U.S.
  official, who spoke ..."), else the subject of the clause ("The official spoke ...",
  "said on condition of anonymity"); a pronoun subject ("because he was not authorized")
  stands for the clause it hangs on.

The phrases, their weak/strong flags and the policy each comes from are in
``quoteaudit/data/anonymity_reasons.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import AnonymityPhrase, anonymity_phrases

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

#: words that open an explanation after a marker
REASON_MARKS = {"because", "since", "as", "given"}
#: nouns of "for fear of", "out of concern that"
FEAR_NOUNS = {"fear", "fears", "concern", "concerns", "worry", "worries"}
RELATIVE = {"who", "whom", "that", "which"}
#: dependents whose subtree is reported content, never an explanation
CONTENT_DEPS = {"ccomp", "parataxis"}


@dataclass(frozen=True)
class AnonymityNote:
    """One explanation (or bare grant) of anonymity in the text."""

    holder: int  #: token index of the noun (or pronoun) the explanation is about
    sentence: int  #: token index of the sentence start
    start: int  #: character offset of the marker or reason phrase
    reason: str | None  #: the explanation as written, or None for a bare marker
    weak: bool  #: the reason is one newsroom standards call uninformative


@lru_cache(maxsize=None)
def _by_first_word() -> dict[str, tuple[AnonymityPhrase, ...]]:
    table: dict[str, list[AnonymityPhrase]] = {}
    for phrase in anonymity_phrases():
        table.setdefault(phrase.words[0], []).append(phrase)
    # longest phrase first, so "not to be named" wins over "not be named" at one position
    return {k: tuple(sorted(v, key=lambda p: -len(p.words))) for k, v in table.items()}


def _matches(doc: Doc) -> list[tuple[int, int, AnonymityPhrase]]:
    """(first token, end token, phrase) for every phrase in the text; one pass."""
    table = _by_first_word()
    out = []
    n = len(doc)
    for i, tok in enumerate(doc):
        for phrase in table.get(tok.lower_, ()):
            k = len(phrase.words)
            if i + k <= n and all(doc[i + j].lower_ == w for j, w in enumerate(phrase.words)):
                out.append((i, i + k, phrase))
                break
    return out


def find_anonymity_notes(doc: Doc) -> list[AnonymityNote]:
    """Every anonymity explanation in ``doc``, in text order."""
    hits = _matches(doc)
    notes: list[AnonymityNote] = []
    used: set[int] = set()  # reason phrases already counted inside a marker's explanation
    weak_at = {i: h[2].strength for h in hits for i in range(h[0], h[1]) if h[2].strength != "marker"}
    for start, end, phrase in hits:
        if phrase.strength != "marker":
            continue
        root = _root(doc, start, end)
        verb = _clause_verb(root)
        reason_tokens = _explanation(verb, root, start, end)
        reason, weak = None, False
        if reason_tokens is not None:
            a, b = reason_tokens
            reason = doc[a:b].text
            strengths = {weak_at[i] for i in range(a, b) if i in weak_at}
            weak = "weak" in strengths and "strong" not in strengths
            used.update(range(a, b))
        notes.append(AnonymityNote(_holder(verb), doc[start].sent.start, doc[start].idx, reason, weak))
    for start, end, phrase in hits:
        if phrase.strength == "marker" or start in used:
            continue
        root = _root(doc, start, end)
        verb = _clause_verb(root)
        last = max(t.i for t in verb.subtree if not t.is_punct) + 1 if verb is not None else end
        last = _manner_adverbs(doc, max(last, end))
        # a stand-alone reason runs from its own first word to the end of its clause
        reason = doc[start:last].text
        weak = phrase.strength == "weak"
        used.update(range(start, last))
        notes.append(AnonymityNote(_holder(verb), doc[start].sent.start, doc[start].idx, reason, weak))
    notes.sort(key=lambda n: n.start)
    return notes


def _root(doc: Doc, start: int, end: int) -> Token:
    """The token of a matched phrase whose head lies outside it."""
    for tok in doc[start:end]:
        if not (start <= tok.head.i < end) or tok.head.i == tok.i:
            return tok
    return doc[start]


def _clause_verb(tok: Token) -> Token:
    """The verb of the clause a phrase sits in ("spoke" for "on condition of anonymity")."""
    cur = tok
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("aux", "auxpass"):
            return cur
        if cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


#: adverbs the parser hangs outside a stock reason's clause that still belong to it
#: ("not authorized to speak *publicly*")
MANNER_ADVERBS = {"publicly", "openly", "officially", "freely"}


def _manner_adverbs(doc: Doc, end: int) -> int:
    """``end`` moved past the manner adverbs that follow it ("... to speak publicly")."""
    while end < len(doc) and doc[end].lower_ in MANNER_ADVERBS:
        end += 1
    return end


def _explanation(verb: Token, marker_root: Token, marker_start: int, marker_end: int) -> tuple[int, int] | None:
    """The clause after a marker that says why: "because ...", "to discuss ...",
    "for fear of ...", "fearing ...". When the marker is the complement of another verb
    ("asked not to be named because ...", "requested anonymity to discuss ..."), the
    reason can hang on that verb ("asked that her name not be used because ...")."""
    pool = [verb, *(t for t in marker_root.subtree)]
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i:
        pool.append(verb.head)  # "asked not to be named because", "asked that her name not be used because"
    seen: set[int] = set()
    candidates: list[Token] = []
    for node in pool:
        for child in node.children:
            if child.i in seen or child.i < marker_end or child.dep_ in CONTENT_DEPS:
                continue
            seen.add(child.i)
            if _explains(child):
                candidates.append(child)
    if not candidates:
        return None
    best = min(candidates, key=lambda t: t.left_edge.i)
    toks = [t for t in best.subtree]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    a = max(toks[0].i, marker_start)
    return a, _manner_adverbs(verb.doc, toks[-1].i + 1)


def _explains(tok: Token) -> bool:
    marks = {c.lower_ for c in tok.children if c.dep_ in ("mark", "aux")}
    if tok.dep_ == "advcl" and (marks & REASON_MARKS or "to" in marks or tok.tag_ == "VBG"):
        return True
    if tok.dep_ == "xcomp" and "to" in marks:  # "requested anonymity to discuss the talks"
        return True
    if tok.dep_ in ("prep", "advmod") and tok.lower_ in ("because", "out"):
        return True
    if tok.dep_ == "prep" and tok.lower_ == "for" and any(c.lower_ in FEAR_NOUNS for c in tok.children):
        return True
    if tok.dep_ in ("xcomp", "acl") and tok.tag_ == "VBG" and tok.lemma_ == "fear":
        return True
    return False


#: verbs of a newsroom withholding a name ("is not naming her", "withheld his name")
WITHHOLDING = {"name", "identify", "withhold", "publish", "use", "give"}


def _withheld_name(verb: Token) -> Token | None:
    """The person whose name a clause withholds: the object pronoun of "not naming her",
    or the owner of "her name" ("asked that her name not be used", "withhold his name")."""
    if verb.lemma_.lower() not in WITHHOLDING:
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass", "nsubj") and child.lemma_.lower() in ("name", "identity"):
            return next((c for c in child.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if child.dep_ == "dobj" and child.pos_ == "PRON" and child.lower_ in ("her", "him", "them"):
            return child
    return None


def _holder(verb: Token | None) -> int:
    """The noun an explanation is about: up through clauses whose subject is a pronoun to a
    relative clause's antecedent or a noun subject."""
    if verb is None:
        return -1
    cur = verb
    pronoun: Token | None = None
    withheld: Token | None = None
    for _ in range(8):
        if cur.dep_ == "relcl":
            return cur.head.i
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        named = _withheld_name(cur)
        if named is not None:
            # "The Associated Press is not naming her", "asked that her name not be used":
            # the one whose name is withheld, not the newsroom or the name
            pronoun = withheld = named
        elif subj is not None:
            if subj.lower_ in RELATIVE and cur.dep_ == "relcl":
                return cur.head.i
            if subj.pos_ != "PRON":
                return withheld.i if withheld is not None else subj.i
            pronoun = pronoun or subj
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return pronoun.i if pronoun is not None else -1
