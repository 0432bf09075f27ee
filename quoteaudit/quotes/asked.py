"""Questions and words put to someone: who is asked, who asks.

``She was asked by reporters whether …``, ``Asked whether she would run, the mayor said
…``, ``The mayor, asked whether …, said …``: with a verb of speaking to someone
(``addressee_verbs.txt``: ask, tell, urge, warn …) in the passive, the one asked or told
is its subject, and the speaker is the "by" phrase or nobody the sentence names. The
quotes stage uses these to give such a quote its speaker; the speakers stage, to keep the
one asked from being resolved as the source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import cues

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


def passive_subject(subject: Token, cue: Token) -> bool:
    """``She was asked by reporters whether she would run``, ``He was told that the vote
    would fail``: the passive subject of a verb whose object is the one spoken to is the
    addressee; the speaker is the "by" phrase, or nobody the sentence names — never the
    one asked or told."""
    return subject.dep_ == "nsubjpass" and subject.head.i == cue.i and cues.lemma_of(cue) in cues.addressee_verbs()


def participle(cue: Token) -> bool:
    """``Asked whether she would run again, the mayor said …``, ``When asked if the plant
    would close, the spokesman …``: a passive participle of a verb of speaking to someone,
    with no subject or auxiliary of its own, stands for the one asked — the subject of
    the clause it hangs on; the asker is its "by" phrase or nobody named."""
    return (
        (cue.tag_ == "VBN" or _fronted_past_form(cue)) and cues.lemma_of(cue) in cues.addressee_verbs() and cue.dep_ in ("advcl", "acl", "conj", "xcomp")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in cue.children)
    )


def _fronted_past_form(cue: Token) -> bool:
    """``Told that the vote had failed, the senator said …``: "told", "warned", "urged"
    have one form for the past tense and the participle, and the tagger often reads a
    fronted one as a past tense. In an adverbial clause with no subject of its own it can
    only be the participle: the one told is the subject of the clause it hangs on."""
    return cue.tag_ == "VBD" and cue.dep_ == "advcl" and cue.head.i > cue.i


def set_off(cue: Token) -> Token | None:
    """``The mayor, asked whether she would run again, said she had not decided``: the
    parse reads the participle set off by commas as a finite "asked" whose subject is the
    speaker before the comma, and leaves "said" with none. A verb of speaking to someone
    with no auxiliary, right after a comma that follows its own subject, hung as a
    complement on a later verb, is that participle: its subject is the one asked (and the
    speaker of the verb it hangs on). Returns that subject, or None."""
    if cue.tag_ not in ("VBD", "VBN") or cues.lemma_of(cue) not in cues.addressee_verbs() or cue.i < 2:
        return None
    doc = cue.doc
    if doc[cue.i - 1].text != "," or any(c.dep_ in ("aux", "auxpass") for c in cue.children):
        return None
    subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.right_edge.i in (cue.i - 2, cue.i - 1)), None)
    if subj is None:
        return None
    if answer_hung_on_question(cue) is not None:
        return subj
    if cue.dep_ not in ("ccomp", "advcl") or cue.head.i < cue.i or cue.head.lemma_ == "be":
        return None
    return subj


def answer_hung_on_question(cue: Token) -> Token | None:
    """The other parse of ``The mayor, asked whether the bridge would open, said it
    would``: "asked" read as the main verb, with the real one ("said"), after a comma and
    with no subject of its own, hung on it as a complement. Returns that verb, or None."""
    doc = cue.doc
    for c in cue.rights:
        if c.dep_ not in ("ccomp", "conj") or cues.cue_class(c) not in cues.QUOTING or c.left_edge.i < 1:
            continue
        if doc[c.left_edge.i - 1].text == "," and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children):
            return c
    return None


def asked_above(verb: Token) -> Token | None:
    """The one asked, when ``verb`` is the answer the parse hung on a question set off
    after its subject (``The mayor, asked whether …, said it would``, with "said" under
    "asked"): the answer is theirs. None for any other verb."""
    question = verb.head
    if question.i >= verb.i or getattr(answer_hung_on_question(question), "i", None) != verb.i:
        return None
    return set_off(question)
