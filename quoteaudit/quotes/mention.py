"""The speaker mention: the noun phrase that says who spoke, as written.

Kept to the core noun phrase — determiners, titles, names, adjectives, a short
prepositional tail ("a spokesman for the Pentagon") — and cut before appositives,
relative clauses and anything after a comma ("Nicky Driscoll, 24, who ..., said" gives
"Nicky Driscoll"). Resolving pronouns and linking mentions is the speakers stage's job.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicons import load_set, load_table
from . import cues

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

#: dependents that belong to the noun phrase when they sit before the head
_LEFT = {"det", "predet", "compound", "amod", "poss", "nmod", "nummod", "quantmod", "case", "nn", "advmod", "neg", "npadvmod", "punct"}
#: dependents after the head kept when no comma separates them ("officials familiar
#: with the matter", "a spokesman for the Pentagon", "Smith and Jones")
_RIGHT = {"compound", "flat", "nummod", "amod", "prep", "cc", "conj", "case", "punct"}
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")


def subject_of(verb: Token) -> Token | None:
    """The nominal subject of ``verb``, inheriting it through participles, conjoined verbs
    and auxiliaries ("X said A and added B", "X says ..., warning that ...")."""
    seen = 0
    tok = verb
    while seen < 6:
        subjects = _the_subject_next_to_the_verb(tok, _not_the_time_beside_the_subject(_one_hyphenated_name(
            [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")])))
        if subjects:
            child = subjects[0]
            cleft = _subject_of_a_cleft(tok, child)
            if cleft is not None:
                return cleft
            return _name_before_its_day(child) if child.lower_ in _WEEKDAYS else _name_before_its_time(child)
        if seen == 0 and (doer := doer_right_before_the_gerund(tok)) is not None:
            return doer
        age = age_epithet_hung_on_the_verb(tok)
        if age is not None:
            return age
        if tok.dep_ == "xcomp" and tok.head.i != tok.i:
            controller = _object_that_is_made_to(tok)
            if controller is not None:
                return controller
        reporter = conjunct_of_the_reporting_verb(tok)
        if reporter is not None:
            tok = reporter
            seen += 1
            continue
        if tok.dep_ in ("conj", "advcl", "xcomp", "acl", "pcomp") and tok.head.i != tok.i:
            if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
                noun = tok.head
                if tok.i < noun.i:
                    return None
                issued = noun.dep_ == "dobj" and noun.head.lemma_.lower() in _authorship_verbs()
                medium = noun.dep_ == "pobj" and noun.head.lower_ in ("in", "with", "through", "via") and _could_speak(noun)
                if not _infinitive(tok) and not issued and not medium and _could_speak(noun):
                    # "footage of Trump saying ...", "a source saying ...": the noun speaks
                    return noun
                # "took pains to say ...", "issued a statement saying ...", "said in a
                # statement saying ...", "a gesture intended to highlight ...": who took,
                # who issued, who said — or, with nobody there, a noun that can speak
                governor = noun.head.head if noun.dep_ == "pobj" else noun.head
                found = subject_of(governor) if governor.i != noun.i and governor.pos_ in ("VERB", "AUX") else None
                return found if found is not None else (noun if _could_speak(noun) and not _infinitive(tok) else None)
            tok = tok.head
            seen += 1
            continue
        return None
    return None


def doer_right_before_the_gerund(verb: Token) -> Token | None:
    """``Police released audio of the caller saying, “He has a gun.”``, ``a clip of
    Hillary Clinton asking, “Why aren't I 50 points ahead?”``: a gerund of saying right
    after a person named by a recording's "of" (``recording_nouns.txt``), with no comma
    between, is what that person does; the small parser often hangs the gerund on the
    main verb (an adverbial clause of "released") or makes it the object of "of" with the
    name as its compound, and the subject of "released" would then take the words ("The
    ad opens with footage of Trump saying …" is Trump's, not the ad's). With a comma
    ("Trump walked onto the stage, chanting …") the participle is the clause subject's
    doing."""
    if verb.tag_ != "VBG" or verb.i == 0:
        return None
    noun = verb.nbor(-1)
    if not (noun.pos_ == "PROPN" or noun.pos_ == "NOUN" and is_person_like(noun)):
        return None  # "issued a statement saying …": the statement is what the issuer said
    hung_on_it = noun.head.i == verb.i and noun.dep_ == "compound"  # "of [Trump saying]"
    anchor = verb if hung_on_it else noun
    of = anchor.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" else None
    if of is None or of.head.lemma_.lower() not in load_set("recording_nouns.txt"):
        return None  # "a letter to the board of directors urging them": the letter urges
    return noun if hung_on_it or verb.dep_ in ("advcl", "acl", "pcomp", "xcomp", "ccomp") else None


def age_epithet_hung_on_the_verb(verb: Token) -> Token | None:
    """"“I still enjoy every minute,” the 37-year-old said": the small parser reads "old"
    as an adjective of the verb and leaves the verb with no subject, though sport and local
    news call a person just named by their age all the time. "old" with its "year" and its
    "the", right before a verb that has no subject, is that verb's subject."""
    for child in verb.children:
        if (
            child.dep_ == "amod"
            and child.lower_ == "old"
            and child.i == verb.i - 1
            and any(c.lower_ in ("year", "years") for c in child.children)
            and child.left_edge.i > 0
            and child.doc[child.left_edge.i - 1].dep_ == "det"
        ):
            return child
    return None


_SPEAKING_LABELS = {"PERSON", "ORG", "NORP", "GPE"}

#: finite verb tags: a past, a present third person, a present other person
_FINITE = ("VBD", "VBZ", "VBP")


def conjunct_of_the_reporting_verb(verb: Token) -> Token | None:
    """``May said the country would leave the bloc by March and suggested that it would
    quit the single market``: the parse often hangs a second reporting verb on the last
    verb of the reported clause ("would leave"), whose subject ("the country") did not
    suggest anything. When the conjunct's tense matches the reporting verb ("said …
    suggested", both past) and not the verb of the reported clause (a modal "would
    leave", a present "she admires …"), it goes with the reporting verb: May suggested.
    Same tenses ("said Clinton lied and attacked …") and a perfect that may share its
    auxiliary ("noted that Sanders has criticized Obama and called him weak") stay as
    parsed."""
    if verb.dep_ != "conj" or verb.tag_ not in _FINITE or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    clause = verb.head
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return None
    reporting = clause.head
    if reporting.pos_ != "VERB" or reporting.tag_ != verb.tag_ or cues.lemma_of(reporting) not in cues.verb_classes():
        return None
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
    present = clause.tag_ in ("VBZ", "VBP") and verb.tag_ == "VBD"
    return reporting if modal or present else None


def _object_that_is_made_to(infinitive: Token) -> Token | None:
    """``The abrupt announcement led some to speculate that ...``: after a verb of causing
    (``object_control_verbs.txt``) the object, not the subject, does what the infinitive
    says, so "some" speculate — an announcement or a timing never speaks. Only an object
    that can speak, before the infinitive, counts."""
    verb = infinitive.head
    if verb.lemma_.lower() not in load_set("object_control_verbs.txt") or not _infinitive(infinitive):
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and child.i < infinitive.i and _could_speak(child):
            return child
    return None


#: days a wire story writes between a name and its verb ("Trump Wednesday said …")
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _subject_of_a_cleft(verb: Token, subject: Token) -> Token | None:
    """``It was at the conference that Swanson delivered his tirade, pointing to …``: a
    cleft sentence fronts a phrase with "it was … that"; the parse makes "It" the subject
    of "was" and hangs the clause ("that Swanson delivered") on the fronted phrase. The
    one who delivered, and pointed, is that clause's subject (a name or a person), not
    "It"."""
    if subject.lower_ != "it" or verb.lemma_ != "be":
        return None
    for tok in verb.subtree:
        if tok.dep_ != "relcl" or tok.i < verb.i or tok.head.i == verb.i:
            continue
        opener = tok.doc[tok.left_edge.i]
        if opener.lower_ not in ("that", "who"):
            continue
        names = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != opener.i and (c.pos_ == "PROPN" or is_person_like(c))]
        if names:
            return names[0]
    return None


def _name_before_its_day(subject: Token) -> Token:
    """``Trump Wednesday said the race was rigged``: the parse makes the day the subject
    and the name its compound; the name is the subject, the day says when."""
    if subject.lower_ not in _WEEKDAYS:
        return subject
    names = [c for c in subject.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < subject.i]
    return names[-1] if names else subject


@lru_cache(maxsize=1)
def _time_nouns() -> frozenset[str]:
    """Nouns of time: the "time" rows of ``remark_times.tsv`` and ``time_subjects.txt``."""
    return cues.remark_times("time") | load_set("time_subjects.txt")


def _is_time(noun: Token) -> bool:
    return noun.pos_ != "PROPN" and noun.ent_type_ not in _SPEAKING_LABELS and noun.lemma_.lower() in _time_nouns()


HYPHENS = ("-", "‐")


def _hyphen_prefix(prefix: Token, hyphen: Token, head: Token) -> bool:
    """``prefix`` and ``hyphen`` open the word ``head`` ends: "al-Rashid", "Jean-Luc",
    "ex-wife", written with no space. In a name the prefix is capitalised or a name
    particle ("al", "el"); in a common noun any word ("ex", "co")."""
    if hyphen.text not in HYPHENS or hyphen.whitespace_ or prefix.whitespace_ or not prefix.is_alpha:
        return False
    if head.pos_ == "PROPN":
        return prefix.is_title or prefix.lower_ in load_set("name_particles.txt")
    return head.pos_ == "NOUN"


def _one_hyphenated_name(subjects: list[Token]) -> list[Token]:
    """``“…,” al-Rashid said``: the tokenizer splits a hyphenated name and the parse may
    make each piece a subject of its own ("al", "-", "Rashid"); pieces written with no
    space between them are one name, headed by its last word."""
    if len(subjects) < 2:
        return subjects
    doc = subjects[0].doc
    first, last = min(s.i for s in subjects), max(s.i for s in subjects)
    ids = {s.i for s in subjects}
    if any(doc[k].whitespace_ or (k not in ids and doc[k].text not in HYPHENS) for k in range(first, last)):
        return subjects
    return [doc[last]]


def _not_the_time_beside_the_subject(subjects: list[Token]) -> list[Token]:
    """``The day before, at a rally in Beaumont, Tex., Mr. Trump was just as blunt,
    claiming …``: the parse gives the verb two subjects, the fronted time ("The day
    before") and the name; a time says nothing, so the other subject comes first."""
    if len(subjects) > 1 and _is_time(subjects[0]):
        return [s for s in subjects if not _is_time(s)] + [s for s in subjects if _is_time(s)]
    return subjects


#: entity labels of a place or a time that can end a fronted phrase
_PLACES_AND_TIMES = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def _the_subject_next_to_the_verb(verb: Token, subjects: list[Token]) -> list[Token]:
    """``Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling
    him …``, ``His promises notwithstanding, independent analyses agree …``: the parse
    gives the verb two subjects, the end of the fronted phrase ("New Hampshire", "His
    promises") and the subject. The one right before the verb, after a comma, is the
    subject (an appositive set off by commas on both sides, "Ban Ki-moon, the secretary
    general, vowed", is not). ``Of Carson, Levine, who gave to Rubio, said``: a
    preposition the parse made the subject stands for its object (Levine)."""
    words = [s for s in subjects if any(ch.isalnum() for ch in s.text)]
    if words and len(words) < len(subjects):
        # "… made public ― Trump boasted": a dash the parse made a second subject
        return [*words, *(s for s in subjects if not any(ch.isalnum() for ch in s.text))]
    if len(subjects) > 1 and all(s.i < verb.i for s in subjects):
        last = max(subjects, key=lambda s: s.i)
        earlier = [s for s in subjects if s.i != last.i]
        doc = verb.doc
        next_to_it = not any(doc[k].is_punct for k in range(last.i + 1, verb.i))
        set_off = all(any(doc[k].text == "," for k in range(s.right_edge.i + 1, last.left_edge.i)) for s in earlier)
        # not the end of a list ("A coalition of groups, lawyers and the administration
        # has …") nor a place ("of the University of California, Berkeley suggest")
        listed = any(c.dep_ in ("cc", "conj") for c in last.children)
        if any(s.ent_type_ == "PERSON" for s in earlier) and not is_person_like(last):
            return subjects  # "Cohen of the University of California, Berkeley suggest": the person
        if next_to_it and set_off and not listed and last.ent_type_ not in _PLACES_AND_TIMES and last.pos_ in ("PROPN", "NOUN", "PRON"):
            return [last, *earlier]
    if subjects and subjects[0].ent_type_ in _PLACES_AND_TIMES:
        # "Salem, New Hampshire, Donald Trump went": the name parsed as the place's appositive
        names = [c for c in subjects[0].rights if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.right_edge.i == verb.i - 1]
        if names:
            return [names[0], *subjects[1:]]
    if subjects and subjects[0].pos_ == "ADP":
        objects = [c for c in subjects[0].children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN", "PRON")]
        if objects:
            return [objects[0], *subjects[1:]]
    return subjects


def _name_before_its_time(subject: Token) -> Token:
    """``Broaddrick Sunday night said …``: as with a bare day (``_name_before_its_day``),
    the parse makes the time ("night", "week", ``remark_times.tsv`` and
    ``time_subjects.txt``) the subject and the name a compound inside it; the name is the
    subject, the time says when. A name ("Time" magazine, "Kristen Day") stays whole."""
    if not _is_time(subject):
        return subject
    names = [c for c in subject.subtree if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < subject.i and c.ent_type_ not in ("DATE", "TIME")]
    return names[0] if names else subject


def _could_speak(noun: Token) -> bool:
    """Can this noun say something: a name, a pronoun, a person or body ("officials",
    "the committee") or a document ("a statement", "a report")? Not "a gesture", "pressure"."""
    if noun.pos_ in ("PROPN", "PRON") or noun.ent_type_ in _SPEAKING_LABELS:
        return True
    lemma = noun.lemma_.lower()
    return lemma in _speaking_nouns() or noun.lower_ in _speaking_nouns()


#: pronouns that stand for people, never for a document
_PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "me", "us", "him", "her", "them"})


def is_person_like(noun: Token) -> bool:
    """Is this noun a person or group of people ("officers", "Smith", "she"), not a
    document or an institution? Documents find and show things by what they say
    ("the audit found waste"); people find things by looking ("officers found the
    victims")."""
    if noun.ent_type_ == "PERSON" or noun.lower_ in _PERSONAL_PRONOUNS:
        return True
    lemma = noun.lemma_.lower()
    return lemma in _people_nouns() or noun.lower_ in _people_nouns()


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    """Head nouns for people, from the speakers' ``source_nouns.tsv``."""
    return frozenset(row[0].lower() for row in load_table("source_nouns.tsv", columns=4))


@lru_cache(maxsize=1)
def _speaking_nouns() -> frozenset[str]:
    """Head nouns of sources, organisations and documents, from the speakers' lexicons."""
    words = set(_people_nouns())
    words |= {w.lower() for w in load_set("organization_nouns.txt")}
    words |= {row[0].lower().split()[-1] for row in load_table("document_nouns.tsv", columns=2)}
    return frozenset(words)


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


@lru_cache(maxsize=1)
def _authorship_verbs() -> frozenset[str]:
    return load_set("authorship_verbs.txt")


def agent_of(verb: Token) -> Token | None:
    """``by X`` of a passive cue ("it was announced by the ministry")."""
    for child in verb.children:
        if child.dep_ == "agent":
            for g in child.children:
                if g.dep_ == "pobj":
                    return g
    return None


#: a party-and-state label after a lawmaker's name: "(D-NY)", "(R-Texas)", "(D-N.Y.)",
#: "(I-Vt.)" — the party initial, a dash and the state's name or abbreviation
_PARTY_LABEL = re.compile(r"\((?:D|R|I|Dem|Rep|Ind)\.?\s?[-–]\s?[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\)")


def _party_labels(doc, head: Token) -> list[tuple[int, int]]:
    """Token ranges ``[a, b]`` of the party labels ("(R-Ohio)") right after ``head`` and
    after each name coordinated with it. A label is part of how a lawmaker is named, not
    an apposition or aside that ends the name: "Sen. Ted Cruz (R-Texas) and Sen. Mike Lee
    (R-Utah) said" names both senators as the speakers."""
    out = []
    heads = [head, *(c for c in head.rights if c.dep_ == "conj")]
    for h in heads:
        k = h.i + 1
        if k >= len(doc) or doc[k].text != "(":
            continue
        for j in range(k + 1, min(k + 8, len(doc))):
            if doc[j].text == ")":
                if _PARTY_LABEL.fullmatch(doc[k : j + 1].text):
                    out.append((k, j))
                break
    return out


def focusing_adverb(tok: Token) -> bool:
    """"Even China, Pyongyang's only ally, said": a focusing adverb stresses the speaker
    and is no part of the mention or its name ("China", not "Even China";
    ``focusing_adverbs.txt``)."""
    return tok.dep_ == "advmod" and tok.lower_ in load_set("focusing_adverbs.txt")


def noun_phrase(head: Token) -> tuple[int, int]:
    """Character span of the core noun phrase headed by ``head``."""
    doc = head.doc
    lo = head.i
    # left: walk back over the head's own left dependents, stopping at a comma
    for child in reversed(list(head.lefts)):
        if child.dep_ not in _LEFT or child.is_punct and child.text not in ("-", "–", ".", "'") or focusing_adverb(child):
            break
        left = child.left_edge.i
        if any(doc[k].text in (",", ";", ":", "(", "—", "“", '"', "”") for k in range(left, lo)):
            break
        lo = left
    # "al-Rashid said", "the ex-wife of …": a word the tokenizer split at a bare hyphen,
    # its first part hung elsewhere by the parse (:func:`_one_hyphenated_name`); with its
    # own article or possessive ("His ex-wife"). A dash between words ("controls–the
    # Daily News") is no hyphen.
    while lo >= 2 and _hyphen_prefix(doc[lo - 2], doc[lo - 1], head):
        lo -= 2
        lo = min([lo, *(c.left_edge.i for c in doc[lo].lefts if c.dep_ in ("det", "poss") and c.i >= lo - 2)])
    hi = head.i
    labels = _party_labels(doc, head)
    for child in head.rights:
        if any(a <= child.i <= b for a, b in labels):
            continue  # "Rep. Jim Jordan (R-Ohio) and Rep. Adam Schiff": the label is no break
        if child.dep_ not in _RIGHT:
            break
        if child.is_punct and child.text not in ("-", "–", ".", "'", ")"):
            break
        right = child.right_edge.i
        span = [t for t in doc[hi + 1 : right + 1] if not any(a <= t.i <= b for a, b in labels)]
        if any(t.text in (",", ";", ":", "—", "“", '"', "”") or t.dep_ in ("relcl", "appos") for t in span):
            break
        if child.dep_ == "prep" and (right - child.i > 6 or any(t.pos_ in ("VERB", "AUX") for t in span)):
            break
        if child.dep_ == "cc" and not any(c.dep_ == "conj" for c in head.rights):
            break
        hi = right
    # strip a trailing party label whole ("… and Rep. Adam Schiff (D-Calif.)"), then a
    # trailing possessive or dangling punctuation
    for a, b in labels:
        if a <= hi <= b and a > lo:
            hi = a - 1
    while hi > lo and (doc[hi].is_punct or doc[hi].dep_ == "cc"):
        hi -= 1
    while lo < hi and doc[lo].is_punct:
        lo += 1
    start = doc[lo].idx
    end = doc[hi].idx + len(doc[hi].text)
    return start, end
