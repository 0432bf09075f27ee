"""Cues: the words that introduce reported speech (``said``, ``told``, ``according to``).

The lexicon is data (``quoteaudit/data/cue_verbs.tsv`` and ``cue_phrases.txt``); this
module only answers "is this token a cue, and of what kind".
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicons import load_list, load_table

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

SPEECH, DOCUMENT, BELIEF = "speech", "document", "belief"
#: classes whose cues make quotes; beliefs ("he thinks") are attribution but not speech
QUOTING = frozenset({SPEECH, DOCUMENT})


@lru_cache(maxsize=1)
def verb_classes() -> dict[str, str]:
    """lemma -> class, from ``cue_verbs.tsv``."""
    return {row[0].lower(): row[1] for row in load_table("cue_verbs.tsv", columns=5)}


@lru_cache(maxsize=1)
def phrases() -> tuple[tuple[str, ...], ...]:
    """Multi-word prepositional cues as lower-cased word tuples, longest first."""
    items = [tuple(p.lower().split()) for p in load_list("cue_phrases.txt")]
    return tuple(sorted(items, key=len, reverse=True))


def candidate_hashes(strings) -> frozenset[int]:
    """Hashes (in ``strings``, a spaCy StringStore) of every lemma and word that can start
    a cue, so a detector can skip all other tokens without building Token objects."""
    words = set(verb_classes()) | {p[0] for p in phrases()} | {"according"}
    return frozenset(strings.add(w) for w in words)


def cue_class(tok: Token) -> str | None:
    """The class of ``tok`` as a cue verb, or None. Needs a verb reading: "a say in it",
    "the report" are nouns and no cue."""
    if tok.pos_ not in ("VERB", "AUX") and not (tok.tag_.startswith("VB")):
        return None
    lemma = tok.lemma_.lower()
    cls = verb_classes().get(lemma)
    if cls is None:
        return None
    if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
        return None
    if lemma in ("fire", "shoot") and not any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in tok.children):
        return None  # "fired back", "shot back"; not "fired the director"
    if lemma == "go" and not (
        any(c.dep_ in ("prt", "advmod") and c.lower_ == "on" for c in tok.children)
        and not any(c.dep_ in ("xcomp", "prep", "dobj", "ccomp") for c in tok.children)
    ):
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
        (c.dep_ == "prep" and c.lower_ in ("for", "on")) or c.dep_ in ("oprd", "ccomp")
        or (c.dep_ == "xcomp" and c.i > tok.i and not any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))
        for c in tok.children
    ):
        return None  # "called the police", "called Tuesday": no report of words
    return cls


def verb_object(tok: Token) -> bool:
    """Does this cue's object carry what was said ("denied the allegations", "urged
    Congress to act")? Not for say/tell/ask/write, whose objects are addressees or
    pronouns ("told reporters", "said nothing")."""
    return tok.lemma_.lower() in _OBJECT_CUES()


@lru_cache(maxsize=1)
def _OBJECT_CUES() -> frozenset[str]:
    return frozenset(row[0].lower() for row in load_table("cue_verbs.tsv", columns=5) if row[2] == "object")


def is_quoting_cue(tok: Token) -> bool:
    return cue_class(tok) in QUOTING


def cue_lemma(tok: Token) -> str:
    lemma = tok.lemma_.lower()
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
