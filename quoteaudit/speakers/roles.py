"""Who a mention says the speaker is: name, title, role and affiliation.

A mention is split the way newsroom style builds it:

* a formal title before the name (AP capitalises it): ``Colonel``, ``Col.``, ``Sen.``,
  ``Defense Secretary`` — from ``titles.tsv``, reported in full ("Col." -> "Colonel");
* a lower-case job description before the name is the role (``press secretary``,
  ``foreign minister``); an organisation or country before that is the affiliation
  (``White House``, ``Russia's``);
* an appositive gives role and affiliation (``, spokesman for the coalition in Baghdad,``
  -> role "spokesman", affiliation "the coalition"; ``, a professor at Harvard,``);
* an unnamed source's own words place it (``a U.S. official`` -> "U.S. government";
  ``regional intelligence sources`` -> "regional intelligence"; ``U.S. military
  spokesmen`` -> role "spokesmen", affiliation "U.S. military"); seniority and number
  (``two senior officials``) never count as placing a source.

Entity labels (PERSON, ORG, GPE, NORP) decide whether a proper name is a person or an
organisation, and whether a modifier is an affiliation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import TYPE_CHECKING

from .lexicon import (
    SourceNoun,
    authorship_verbs,
    boilerplate_knowledge,
    document_nouns,
    empty_it_verbs,
    first_name_genders,
    government_affiliations,
    government_seats,
    institution_adjectives,
    knowledge_phrases,
    longest_title_words,
    name_particles,
    organization_name_ends,
    organization_nouns,
    provenance_verbs,
    public_nouns,
    source_nouns,
    title_key,
    title_portfolios,
    titles,
    vague_modifiers,
)
from .mentions import noun_phrase

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

ORG_LABELS = {"ORG", "GPE", "FAC", "LOC", "NORP"}
#: entity labels that never name a source or its affiliation ("said Tuesday", "10:25 p.m.")
NOT_SOURCES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
#: prepositions whose object places a source: "spokesman for", "professor at",
#: "official with", "sources close to", "officials in the administration"
AFFILIATION_PREPS = {"for", "of", "at", "with", "from", "in", "to", "inside", "within"}
DEFINITE = {"the", "this", "that", "these", "those"}
INDEFINITE = {"a", "an", "another", "one", "any"}
NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
PERSONAL_PRONOUNS = {
    "he": ("m", False), "him": ("m", False), "his": ("m", False), "himself": ("m", False),
    "she": ("f", False), "her": ("f", False), "hers": ("f", False), "herself": ("f", False),
    "they": (None, True), "them": (None, True), "their": (None, True), "themselves": (None, True),
    "it": (None, False), "its": (None, False), "itself": (None, False),
    "i": (None, False), "me": (None, False), "we": (None, True), "us": (None, True),
    "you": (None, False),
}  # fmt: skip


class Kind(str, Enum):
    """What a mention refers to, before the sieve merges mentions."""

    PRONOUN = "pronoun"
    PERSON = "person"  #: a named person
    ORGANIZATION = "organization"  #: a named or definite institution
    DOCUMENT = "document"
    GROUP = "group"  #: unnamed people: "a U.S. official", "sources", "critics"


@dataclass
class Descriptor:
    """Everything one mention says about its speaker."""

    kind: Kind
    name: str
    title: str | None = None
    role: str | None = None
    affiliation: str | None = None
    gender: str | None = None
    plural: bool = False
    #: lower-case lemma of the head noun ("source", "official", "military", "dillon")
    head: str = ""
    #: lower-case lemma of the role's head noun ("spokesman"), for "the spokesman said"
    role_head: str | None = None
    surname: str | None = None
    definite: bool = False
    indefinite: bool = False
    #: documents: identifiable ("a Reuters report", "court filings")
    identifiable: bool = False
    #: pronouns: the pronoun, lower-cased
    pronoun: str | None = None
    #: other heads this descriptor answers to in "the X said" (title, role words)
    aliases: set[str] = field(default_factory=set)
    #: unnamed sources: the description says how they know ("people familiar with the talks")
    placed: bool = False
    #: "one of the people", "one": members of a group named before (``head`` is its noun)
    partitive: bool = False
    #: several names speaking together: "Smith and Jones", "Amazon, Meta and Google"
    coordinated: bool = False

    @property
    def named(self) -> bool:
        return self.kind in (Kind.PERSON, Kind.ORGANIZATION)


def text_of(tokens: list[Token]) -> str:
    """The tokens' text as written, with the document's own spacing."""
    if not tokens:
        return ""
    # never doc.text: spaCy rebuilds the whole text on every access
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text


def entity_bounds(tok: Token) -> tuple[int, int]:
    """Token range of the named entity ``tok`` is in (walks the IOB tags; ``doc.ents`` would
    cost a pass over the whole document per call)."""
    doc = tok.doc
    a = tok.i
    while a > 0 and doc[a].ent_iob_ == "I":
        a -= 1
    b = tok.i + 1
    while b < len(doc) and doc[b].ent_iob_ == "I":
        b += 1
    return a, b


def _without_possessive_ending(tokens: list[Token]) -> list[Token]:
    """``Trump's claim that …``, ``In the mayor's view``: a holder written as a possessor
    ends in the possessive marker, which is no part of the holder's name ("Trump", not
    "Trump's")."""
    if len(tokens) > 1 and tokens[-1].dep_ == "case" and tokens[-1].tag_ == "POS":
        return tokens[:-1]
    return tokens


def describe(head: Token, known_people: set[str] | frozenset[str] = frozenset(), alone: bool = False) -> Descriptor:
    """Describe the speaker a mention headed by ``head`` refers to.

    ``known_people`` holds lower-cased surnames of people named earlier, so that a bare
    "Dillon" the entity recogniser took for an organisation is still a person. With
    ``alone`` a name is described without the names coordinated with it ("Maria Lopez"
    of "Maria Lopez and Tom Becker"), for a later "Lopez" that means her alone.
    """
    lower = head.lower_
    partitive = _partitive(head)
    if partitive is not None:
        return partitive
    if head.tag_ in ("PRP", "PRP$") or (head.pos_ == "PRON" and lower in PERSONAL_PRONOUNS):
        gender, plural = PERSONAL_PRONOUNS.get(lower, (None, head.tag_ in ("NNS",)))
        return Descriptor(Kind.PRONOUN, head.text, gender=gender, plural=plural, head=lower, pronoun=lower)
    first, last = noun_phrase(head)
    tokens = _without_possessive_ending([head.doc[i] for i in range(first, last + 1)])
    named_body = _organization_named_after_its_noun(head)
    if named_body is not None:
        return named_body
    titled = _title_before_a_name_in_apposition(head)
    if titled is not None:
        person = describe(titled, known_people)
        if person.kind == Kind.PERSON:
            return _with_title_from(person, head)
    shared = _titles_coordinated_before_one_name(head)
    if shared is not None:
        person = describe(shared, known_people)
        if person.kind == Kind.PERSON:
            return _with_both_jobs(person, head, shared)
    if (head.pos_ in ("NOUN", "PRON", "NUM", "ADJ") or _position_word(head)) and not _plural(head):
        # "The coalition spokesman, Col. Ryan Dillon,", "Former Hewlett-Packard CEO Carly
        # Fiorina" (the job word tagged as a name, the name as its appositive); a plural
        # ("four senators, Joe Manchin, ...") is a list of people, not one of them
        named = _appositive_name(head) or _name_a_person_role_gives(head)
        if named is not None:
            person = describe(named, known_people)
            if person.kind == Kind.ORGANIZATION and _name_a_person_role_gives(head) is not None:
                person = replace(person, kind=Kind.PERSON, affiliation=None if person.affiliation == person.name else person.affiliation)
            if person.kind == Kind.PERSON:
                return _with_role_from(person, head)
    seat = _seat_of_government(head, tokens)
    if seat is not None:
        return _organization(head, seat)
    if head.ent_type_ in NOT_SOURCES and not _titled_or_known_name(head, tokens, known_people) and not _named_like_an_organization(head, tokens):
        # a date or number the parse made a subject ("said Tuesday"): nobody identifiable
        return Descriptor(Kind.GROUP, _strip_det(tokens), head=lower, plural=_plural(head))
    named = _name_with_a_capitalised_preposition(head, tokens) or _advocacy_name(head, tokens)
    if named is not None:
        return named
    issuer = _issuer_speaking_through_a_statement(head)
    if issuer is not None:
        issued = describe(issuer, known_people)
        if issued.kind in (Kind.PERSON, Kind.ORGANIZATION):
            return issued
    document = _document(head, tokens)
    if document is not None:
        return document
    if head.ent_type_ == "NORP" and (_plural(head) or _determiner(tokens) is not None or head.lower_ not in known_people and not head.is_title):
        # "Republicans said", "the Wisconsin Republican says": people placed by party or
        # nationality, not an organisation
        placed = _strip_det(tokens)
        return Descriptor(Kind.GROUP, placed, affiliation=placed, plural=_plural(head), head=head.lemma_.lower(), definite=_determiner(tokens) in DEFINITE)
    counted = _counted_members(head, tokens)
    if counted is not None:
        return counted
    if _role_noun_as_name(head, tokens) or _capitalised_only_as_first_word(head):
        return _group(head, tokens)
    if _capitalised_by_headline_case(head):
        # "Mayor Says Budget Will Not Balance": the mayor, not someone named Mayor
        return _as_a_common_noun(_common(head, tokens), head)
    if _common_noun_opening_the_sentence(head, tokens):
        return _common(head, tokens)
    if _is_proper(head) or (head.is_title and lower in known_people) or _name_tagged_as_a_common_noun(head, tokens):
        if _is_person(head, tokens, known_people):
            return _person(head, tokens, alone)
        return _organization(head, tokens, alone)
    return _common(head, tokens)


def _common(head: Token, tokens: list[Token]) -> Descriptor:
    """A source a common noun heads: an institution ("the military", "police", "the Trump
    campaign"; not "a company", "shipping companies") or unnamed people."""
    if head.lemma_.lower() in organization_nouns() or head.lower_ in organization_nouns():
        det = _determiner(tokens)
        if det in DEFINITE or (det is None and (_collective(head) or _has_proper_modifier(tokens, head))):
            return _organization(head, tokens)
    return _group(head, tokens)


def _as_a_common_noun(desc: Descriptor, head: Token) -> Descriptor:
    """The description with the headline's capital taken off its noun ("Mayor" -> "mayor"),
    as the article's own sentences write it."""
    capitalised = _case_of_words(head.doc)[1]
    # a word the recogniser labels is a name's ("Obama Aide Says ...")
    named = {t.text for t in head.sent if t.ent_type_ or t.lower_ in capitalised}

    def uncapitalised(text: str | None) -> str | None:
        if text is None:
            return None
        return " ".join(w if w in named else w.lower() for w in text.split(" "))

    desc.name = uncapitalised(desc.name) or desc.name
    desc.affiliation = uncapitalised(desc.affiliation)
    return desc


#: words that pick members out of a group named before: "One of the people said", "one
#: said", "Both asked not to be named"
PARTITIVES = {"one", "another", "both", "each", "neither", "either", "two", "three", "four", "some", "several", "all", "most"}
#: of those, the ones that stand alone for members of the group just quoted
BARE_PARTITIVES = {"one", "another", "both", "each", "neither"}


def _partitive(head: Token) -> Descriptor | None:
    """"One of the people", "two of them", "one" (as a subject, alone): some of a group the
    article has already named. ``head`` is the noun of the group ("people"), or empty for
    "one"/"of them"; the sieve links the mention to that group."""
    lower = head.lower_
    if lower not in PARTITIVES or head.pos_ not in ("NUM", "PRON", "DET", "NOUN", "ADJ"):
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = None
    if of is not None:
        group = next((c for c in of.children if c.dep_ == "pobj"), None)
        if group is None:
            return None
        definite = group.lower_ in ("them", "those", "these") or any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE | {"their"} for c in group.children)
        if not definite or not (_plural(group) or group.lower_ in ("them", "those", "these")):
            return None  # "one of six children", "some of the money": no group named before
    elif lower not in BARE_PARTITIVES or any(c.dep_ in ("compound", "amod", "det") for c in head.children):
        return None
    noun = "" if group is None or group.pos_ == "PRON" else group.lemma_.lower()
    return Descriptor(Kind.GROUP, head.text, head=noun, plural=lower != "one" and lower != "another", partitive=True, definite=True)


#: words that count or quantify the people a proper noun names ("one Democrat", "many
#: Millennials", "several Republicans")
COUNTING_WORDS = frozenset({"one", "another", "each", "some", "many", "most", "several", "few", "numerous", "various", "other", "both", "all"})


def _counted_members(head: Token, tokens: list[Token]) -> Descriptor | None:
    """"one senior Democrat said", "One New Hampshire Democrat said", "one kind-hearted
    Canadian", "Many Millennials say": a party, nationality or generation word that is
    counted or quantified names unnamed members of it, never an organisation (the
    recogniser's capital and NORP label made "one Democrat" a named organisation). A
    party's or nation's proper words are the affiliation ("New Hampshire Democrat"); a
    generation's are none."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper():
        return None
    if head.ent_type_ != "NORP" and not (_plural(head) and not head.ent_type_ and head.lower_.endswith("s")):
        return None
    before = [t for t in tokens if t.i < head.i]
    if not any(t.lower_ in COUNTING_WORDS or t.dep_ == "nummod" for t in before):
        return None
    if any(t.pos_ == "PROPN" and t.ent_type_ in ("ORG", "PERSON") for t in before):
        return None  # "several Acme Republicans"? an organisation's or a person's name: left alone
    proper = [t for t in before if t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP")]
    affiliation = text_of([*proper, head]) if not proper or proper[-1].i == head.i - 1 else head.text
    if head.ent_type_ != "NORP":
        affiliation = None  # "Many Millennials": a generation places no one
    determiner = _determiner(tokens)
    return Descriptor(
        Kind.GROUP, _strip_det(tokens), affiliation=affiliation, plural=_plural(head), head=_source_noun_lemma(head),
        definite=determiner in DEFINITE, indefinite=determiner in INDEFINITE or any(t.dep_ == "nummod" for t in before),
    )


def _role_noun_as_name(head: Token, tokens: list[Token]) -> bool:
    """"The CFO said", "the company's CEO told investors", "The Coach said": a word for a
    person's job, capitalised or an acronym that the tagger took for a proper name, after
    an article or an owner: one unnamed person in a role, never an organisation."""
    info = source_nouns().get(head.lower_) or source_nouns().get(head.lemma_.lower())
    if info is None or info.cls != "role" or _plural(head):
        return False
    if any(t.pos_ == "PROPN" and t.i != head.i and t.dep_ in ("compound", "flat") for t in tokens):
        return False  # "Coach Dan Miller" is a name
    return any(t.dep_ in ("det", "poss") for t in tokens if t.i < head.i)


def _capitalised_only_as_first_word(head: Token) -> bool:
    """"Neighbors said they heard explosions", "Aides said": a plural noun for people
    (``source_nouns.tsv``) capitalised only because it opens the sentence is a crowd of
    people even when the tagger takes it for a name or the recogniser labels it an
    organisation;
    not when a capitalised name follows it ("Citizens for Tax Justice")."""
    if head.pos_ not in ("NOUN", "PROPN") or not head.is_sent_start:
        return False
    if not _plural(head) and not (head.pos_ == "PROPN" and _source_noun_lemma(head) != head.lower_):
        return False
    if any(
        c.dep_ == "prep" and any(o.dep_ == "pobj" and o.text[:1].isupper() and o.ent_type_ not in ("PERSON", "GPE") for o in c.children)
        for c in head.rights
    ):
        return False  # "Citizens for Tax Justice said": a name with a lower-case preposition; not "Attorneys for Clinton"
    lemma = _source_noun_lemma(head)
    return lemma in source_nouns() and lemma not in organization_nouns()


#: words a headline in title case may leave in lower case
HEADLINE_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "as", "vs", "from", "into", "over"})
#: fewest words a line needs before its capitals can be headline case
MIN_HEADLINE_WORDS = 4


def _capitalised_by_headline_case(head: Token) -> bool:
    """"Mayor Says Budget Will Not Balance", "Band Says It Will Tour Again": in a line
    written in title case every word is capitalised, so a capital says nothing about a
    name. The word is a common noun when the article writes it in lower case elsewhere
    ("the mayor said") or it is a listed word for a person or an institution
    (``source_nouns.tsv``, ``organization_nouns.txt``), and the article never capitalises
    it inside a sentence on its own ("Target said" makes Target a name; "Mayor Ana Ortiz"
    is a title before a name and does not count)."""
    if not head.is_title or head.pos_ not in ("PROPN", "NOUN") or head.ent_type_ in ("GPE", "NORP"):
        return False
    lower, capitalised, headline_tokens = _case_of_words(head.doc)
    if head.i not in headline_tokens or head.lower_ in capitalised:
        return False
    lemma = _source_noun_lemma(head)
    listed = lemma in source_nouns() or lemma in organization_nouns()
    # the recogniser reads "Obama Aide" as one person: only a listed word is taken back
    return listed or (head.lower_ in lower and head.ent_type_ != "PERSON")


def _common_noun_opening_the_sentence(head: Token, tokens: list[Token]) -> bool:
    """"Judge rejects request to unseal divorce file" (a headline in sentence case),
    "Groups said …": a listed word for people, an institution or a document
    (``source_nouns.tsv``, ``organization_nouns.txt``, ``document_nouns.tsv``) capitalised
    only because it opens the sentence, which the article writes in lower case elsewhere
    ("a judge on Thursday") and never capitalised inside a sentence, is a common noun, not
    a one-word name. A surname is safe: news style gives the full name first ("Tom
    Price"), which capitalises it inside a sentence; a company named by a word that is not
    listed ("Target said") stays a name."""
    if not head.is_sent_start or not head.is_title or head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ == "PERSON":
        return False
    if len(tokens) != 1 or head.lower_ in first_name_genders():
        return False
    lemma = _source_noun_lemma(head)
    if lemma not in source_nouns() and lemma not in organization_nouns() and (lemma,) not in document_nouns():
        return False  # "Target said …, missing its own sales target": a company named by a common word
    lower, _, headline = _case_of_words(head.doc)
    if head.lower_ not in lower:
        return False
    return not any(t.lower_ == head.lower_ and t.is_title and not t.is_sent_start and t.i not in headline for t in head.doc)


def in_a_headline_case_line(tok: Token) -> bool:
    """Is ``tok`` in a line written in title case ("Let’s Talk Bernie"), where a capital
    says nothing about a name?"""
    return tok.i in _case_of_words(tok.doc)[2]


def _case_of_words(doc) -> tuple[frozenset[str], frozenset[str], frozenset[int]]:
    """The article's words written in lower case, those capitalised inside a sentence
    outside headline-case lines and not before another capitalised word (a name's or a
    title's use), and the token indices of the lines in headline case. Worked out once per
    document."""
    cached = doc.user_data.get("quoteaudit_case_of_words")
    if cached is not None:
        return cached
    lower: set[str] = set()
    capitalised: set[str] = set()
    headline: set[int] = set()
    line: list = []
    for tok in [*doc, None]:
        if tok is not None and not tok.is_space:
            line.append(tok)
        if tok is not None and "\n" not in tok.whitespace_ and "\n" not in tok.text:
            continue
        # words, and names with an apostrophe or hyphen inside ("D’Souza", "Seitz-Wald");
        # not a clitic ("n’t" of "Doesn’t")
        words = [t for t in line if t.is_alpha or (t.text[:1].isupper() and not t.like_num)]
        content = [t for t in words if t.lower_ not in HEADLINE_SMALL_WORDS]
        title_case = len(words) >= MIN_HEADLINE_WORDS and len(content) >= 3 and all(t.text[:1].isupper() for t in content)
        if title_case:
            headline.update(t.i for t in line)
        else:
            for t in words:
                if t.is_lower:
                    lower.add(t.lower_)
                elif t.is_title and not (t.i + 1 < len(doc) and doc[t.i + 1].is_title) and (not t.is_sent_start or _bare_name_subject(t)):
                    capitalised.add(t.lower_)
        line = []
    found = (frozenset(lower), frozenset(capitalised), frozenset(headline))
    doc.user_data["quoteaudit_case_of_words"] = found
    return found


def _name_tagged_as_a_common_noun(head: Token, tokens: list[Token]) -> bool:
    """"the Senate," Hannity said", "D’Souza told Beck": the small tagger reads some
    surnames as common nouns (words ending like "-ity", names with an apostrophe). A
    capitalised word with no determiner that the article writes capitalised inside its
    sentences (outside headlines) and never in lower case, and that is no listed word for
    people, institutions or documents, is a name, as a reader takes it."""
    if head.pos_ != "NOUN" or not head.is_title or _plural(head) or _determiner(tokens) is not None:
        return False
    lower, capitalised, _ = _case_of_words(head.doc)
    if head.lower_ in lower or head.lower_ not in capitalised or head.lower_ not in _last_words_of_full_names(head.doc):
        return False
    lemma = head.lemma_.lower()
    return not any(w in source_nouns() or w in organization_nouns() or (w,) in document_nouns() for w in (lemma, head.lower_))


def _last_words_of_full_names(doc) -> frozenset[str]:
    """Lower-cased words the article writes as the last word of a person's full name,
    whatever the tagger made of them: right after a capitalised word that is no title and
    no institution's or place's name ("Sean Hannity", "Dinesh D’Souza"), with no
    capitalised word after them ("Pew Research Center" is no one's name). Worked out once
    per document."""
    cached = doc.user_data.get("quoteaudit_last_words_of_full_names")
    if cached is not None:
        return cached
    found = set()
    for tok in doc:
        if tok.i == 0 or not tok.is_title:
            continue
        prev = doc[tok.i - 1]
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if not prev.is_title or prev.whitespace_ != " " or prev.pos_ not in ("PROPN", "NOUN") or prev.ent_type_ in ORG_LABELS:
            continue
        if title_key(prev.text) in titles() or _position_word(prev) or (after is not None and after.is_title):
            continue
        found.add(tok.lower_)
    result = frozenset(found)
    doc.user_data["quoteaudit_last_words_of_full_names"] = result
    return result


def _bare_name_subject(tok: Token) -> bool:
    """"Target said holiday sales fell": a capitalised word opening a sentence as its
    subject, with no determiner, that is no listed word for people or an institution
    ("Police said", "Residents said" open sentences as common nouns): a name."""
    lemma = _source_noun_lemma(tok)
    return tok.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ in ("det", "poss") for c in tok.children) and lemma not in source_nouns() and lemma not in organization_nouns()


def _source_noun_lemma(tok: Token) -> str:
    """The word's lemma as ``source_nouns.tsv`` lists it; the tagger's lemma of a word it
    took for a name is the word itself ("Aides", "Attorneys"), so a plural is cut back."""
    if tok.pos_ != "PROPN":
        return tok.lemma_.lower()
    lower = tok.lower_
    if lower in source_nouns() or not lower.endswith("s"):
        return lower
    return lower[:-1]


# -- people --------------------------------------------------------------------------------


def _is_proper(head: Token) -> bool:
    if head.pos_ in ("ADV", "VERB", "ADJ", "X", "INTJ") and head.is_title and not head.is_stop:
        if not head.is_sent_start or _label_read_as_a_verb(head):
            return True  # a capitalised name the tagger misread ("said Skelly" as an adverb)
    return head.pos_ == "PROPN" or head.tag_ in ("NNP", "NNPS") or head.ent_type_ in ("PERSON", *ORG_LABELS)


def _label_read_as_a_verb(head: Token) -> bool:
    """"Trump on Twitter: “…”", "Trump in Ohio: “…”": a one-word name opening the line
    that introduces a quote with a colon, which the tagger reads as an imperative verb.
    Only a name, alone or with a prepositional phrase saying where the words were said,
    stands before such a colon; a verb opening a sentence there has an object ("Read the
    statement: …")."""
    if head.pos_ != "VERB" or head.i + 1 >= len(head.doc):
        return False
    doc = head.doc
    end = head.i + 1
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.i != end:
            break
        end = prep.right_edge.i + 1
    return end < len(doc) and doc[end].text == ":" and all("\n" not in t.whitespace_ for t in doc[head.i : end])


def _titled_or_known_name(head: Token, tokens: list[Token], known_people: set[str] | frozenset[str]) -> bool:
    """A proper noun after a person's title, or the surname of someone named earlier, is a
    person even when the entity recogniser calls it a date or a number (it reads "Mr
    Thune", written without the full stop, as a DATE)."""
    if head.pos_ != "PROPN":
        return False
    if head.lower_ in known_people:
        return True
    pre = [t for t in tokens if t.i < head.i]
    return bool(pre) and _match_title(pre)[0] is not None


def _is_person(head: Token, tokens: list[Token], known_people: set[str] | frozenset[str]) -> bool:
    if _named_like_an_organization(head, tokens) or _described_as_an_organization(head, tokens) or _seat_of_government(head, tokens) is not None:
        return False
    if _lone_name_never_given_in_full(head, tokens, known_people) or _the_before_a_name(head, tokens):
        return False
    if len(tokens) == 1 and head.lower_ in _names_that_speak_of_themselves_as_it(head.doc):
        return False
    if head.ent_type_ == "PERSON":
        return True
    if head.lower_ in known_people:
        return True
    pre = [t for t in tokens if t.i < head.i]
    if pre and _match_title(pre)[0] is not None:
        return True
    if head.ent_type_ in ORG_LABELS:
        return (
            _personal_name(head, tokens) or _described_as_a_person(head) or _reports_as_he_or_she(head)
            or _role_noun_before_the_name(head, tokens) or head.lower_ in _surnames_of_people_named_in_full(head.doc)
            or head.lower_ in _names_given_a_job_between_commas(head.doc) or _named_after_an_owner(head, tokens)
            or len(tokens) == 1 and head.lower_ in _last_words_of_unlabelled_full_names(head.doc)
        )
    if head.lemma_.lower() in organization_nouns():
        return False
    if any(a.pos_ == "NOUN" and a.lemma_.lower() in organization_nouns() for a in _appositives(head)):
        return False  # "Acme, the largest employer in town, said"
    return not _plural(head)


def _organization_named_after_its_noun(head: Token) -> Descriptor | None:
    """"The band Pink Floyd said", "the Championship club Sheffield Wednesday said": a
    singular word for an institution (``organization_nouns.txt``) with a proper name
    written right after it names that institution, whatever the recogniser calls the
    name (the small model reads "Pink Floyd" as a person and "Wednesday" as a date, and
    the parse may make the noun the phrase's head). The name is kept whole."""
    if head.pos_ != "NOUN" or _plural(head) or head.lemma_.lower() not in organization_nouns():
        return None
    doc = head.doc
    k = head.i + 1
    if k >= len(doc) or doc[k].pos_ != "PROPN" or not doc[k].is_title or not (doc[k].head.i == head.i or head.head.i >= k):
        return None
    if title_key(doc[k].text) in titles() or _position_word(doc[k]):
        return None  # "the club Chairman Dan Miller": a person
    end = k
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and (doc[end + 1].is_title or doc[end + 1].is_upper):
        end += 1
    if doc[k].ent_type_ == "PERSON" and _personal_name(doc[end], [doc[i] for i in range(k, end + 1)]):
        return None  # "the club's Dan Miller": a person
    name = text_of([doc[i] for i in range(k, end + 1)])
    return Descriptor(Kind.ORGANIZATION, name, affiliation=name, head=doc[end].lower_, definite=True, aliases={head.lemma_.lower()})


def _name_after_its_noun(head: Token, tokens: list[Token]) -> int | None:
    """Index of the first word of the proper name ending at ``head`` when a word for an
    institution stands right before it ("rock band Pink Floyd"), else None."""
    doc = head.doc
    k = head.i
    while k > tokens[0].i and doc[k - 1].pos_ == "PROPN" and doc[k - 1].is_title:
        k -= 1
    if any(title_key(t.text) in titles() or _position_word(t) for t in doc[k : head.i + 1]):
        return None  # "police Chief Chuck Jordan": a title makes a person
    before = doc[k - 1] if k > tokens[0].i else None
    if before is None or before.pos_ != "NOUN" or _plural(before) or before.lemma_.lower() not in organization_nouns():
        return None
    # the noun describes the name ("band" in "rock band Pink Floyd"), not something in a
    # job ("state" in "secretary of state Hillary Clinton")
    return k if before.dep_ in ("compound", "nmod", "appos", "nsubj") and k <= before.head.i <= head.i else None


def _after_its_noun(head: Token, tokens: list[Token]) -> list[Token]:
    """"Rock band Pink Floyd" -> "Pink Floyd": the words for the institution describe the
    name and are not part of it. Not for a name the recogniser knows for an
    organisation's, which the word may be part of ("the state Department of
    Environmental Protection")."""
    k = _name_after_its_noun(head, tokens)
    return tokens if k is None or head.ent_type_ in ORG_LABELS else [t for t in tokens if t.i >= k]


def _described_as_an_organization(head: Token, tokens: list[Token]) -> bool:
    """"Rock band Pink Floyd said", "Pink Floyd, the band behind “The Wall,” said": a name
    right after a word for an institution (``organization_nouns.txt``) or with one in
    apposition is the institution's, even when the recogniser labels the name a person's
    (it reads most two-word band and club names as PERSON). A job word in between
    ("club captain John Terry") makes a person."""
    if _personal_name(head, tokens):
        return False  # "Former secretary of state Hillary Rodham Clinton": a first name
    pre = [t for t in tokens if t.i < head.i and not (t.is_punct and t.text != ".")]
    if pre and _match_title(pre)[0] is not None:
        return False  # "Ms. Arnold"
    if _name_after_its_noun(head, tokens) is not None:
        return True
    # the appositive right after the name's comma: "Pink Floyd, the band behind ...",
    # not one further along ("Arnold, who founded EDGE, an environmental group")
    doc = head.doc
    return any(
        a.pos_ == "NOUN" and not _plural(a) and a.lemma_.lower() in organization_nouns() and any(c.dep_ == "det" for c in a.children)
        and a.left_edge.i == head.i + 2 and doc[head.i + 1].text == ","
        for a in _appositives(head)
    )


def _seat_of_government(head: Token, tokens: list[Token]) -> list[Token] | None:
    """"Downing Street said", "the Elysee said", "Number 10 said": a place that stands for
    the government sitting there (``government_seats.txt``) speaks as an institution,
    whatever the recogniser calls the name (the small model reads "Downing Street" as a
    person's and "Number 10" as a number). The name's words, or None."""
    words = [t for t in tokens if not t.is_punct and not (t.dep_ == "det" and t.lower_ == "the")]
    if not words:
        return None
    # "Number 10": the number hangs right of the head, outside the name's phrase
    words += [c for c in head.rights if c.dep_ == "nummod" and c.i == words[-1].i + 1]
    return words if " ".join(t.lower_ for t in words) in government_seats() else None


def _named_like_an_organization(head: Token, tokens: list[Token]) -> bool:
    """"Manchester United", "Blackburn Rovers", "Human Rights Watch", "Acme Holdings": a
    proper name that ends in a word organisations' names end in
    (``organization_name_ends.tsv``) is an organisation, even when the recogniser labels
    it a person (the small model reads most two-word club names as PERSON). A title
    before it keeps a person ("Mr. Villa"); so does a listed first name right before a
    word that is also a surname ("David Villa", against "Aston Villa"). A word that is
    also a surname ends an organisation's name only after another word ("Villa said"
    alone is whoever Villa was)."""
    ends = organization_name_ends()
    word = head.lower_.rstrip(".")
    if word not in ends or not head.text[:1].isupper() or head.pos_ not in ("PROPN", "NOUN"):
        return False
    # the words before the name's proper-noun run: "Sen." in "Sen. Tom Union"
    k = head.i
    while k > tokens[0].i and head.doc[k - 1].pos_ == "PROPN" and title_key(head.doc[k - 1].text) not in titles():
        k -= 1
    pre = [t for t in tokens if t.i < k and not (t.is_punct and t.text != ".")]
    if pre and _match_title(pre)[0] is not None:
        # "General Motors": a title word with no name between it and the end of an
        # organisation's name is the name's first word, not a person's title
        return k == head.i and not ends[word] and not head.doc[k - 1].text.endswith(".")
    if not ends[word]:
        return True
    before = head.doc[head.i - 1] if head.i > tokens[0].i else None
    if before is not None and head.ent_type_ == "DATE" and (before.ent_type_ == "PERSON" or before.lower_ in _names_known_as(head.doc)[1]):
        return False  # "Trump Wednesday said": a person named in full elsewhere, and the day he said it
    return before is not None and before.pos_ == "PROPN" and before.lower_ not in first_name_genders()


def _lone_name_never_given_in_full(head: Token, tokens: list[Token], known_people: set[str] | frozenset[str] = frozenset()) -> bool:
    """"Arsenal said", "Everton said it would appeal", "Sheffield Wednesday said": a
    speaker named in one word, with no title, no first name and no job or age beside it,
    that the article never writes as a person's name, is an organisation: news style
    names a person in full before using the surname alone (AP Stylebook, "names"), while
    clubs, bands and companies go by one word.

    A person's name is the last word of a longer proper name ("Colonel Ryan Dillon" ...
    "Dillon") or a word after a title ("Mr. Dillon"); a speaker who reports himself or
    herself as "he" or "she" is a person ("Addams said she was bored"). Short of those,
    a name listed with an organisation's ("Leeds United and Everton were fined") or a
    speaker that reports itself as "it" doing something ("Ryanair said it had cancelled
    400 flights") is an organisation, whatever the recogniser called it (the small model
    calls "Everton" and "Ryanair" PERSONs); otherwise a word the recogniser calls a
    PERSON anywhere in the article ("Trump" in the headline), one listed with such a
    word ("Smith and Jones") or a surname the caller knows (``known_people``: "Burton
    explained ... he said") stays a person's."""
    if not head.text[:1].isupper() or not (head.pos_ == "PROPN" or head.pos_ == "NOUN" and head.ent_type_ in ("ORG", "PERSON")):
        return False
    if any(t.i != head.i and not (t.dep_ in ("det", "predet") or t.is_punct) for t in tokens):
        return False  # "Mr. Dillon", "striker Kane", "Ryan Dillon", "Acme's Dillon"
    if head.lower_ in first_name_genders() or _described_as_a_person(head):
        return False
    if title_key(head.text) in titles() or _source_noun_lemma(head) in source_nouns():
        return False  # "President said", "Judge ruled", "Attorneys for Clinton": a job word, not a club's name
    organizations, in_full, labelled = _names_known_as(head.doc)
    if head.lower_ in in_full or _reports_as_he_or_she(head) or head.lower_ in _names_given_a_job_between_commas(head.doc):
        return False
    if head.lower_ in organizations or _reports_as_it(head):
        return True
    return head.lower_ not in labelled and head.lower_ not in known_people


def _the_before_a_name(head: Token, tokens: list[Token]) -> bool:
    """"The Louvre said", "The Washington Post reported": "the" right before a proper
    name makes it an institution's, a place's or a publication's; English never puts
    "the" before a person's bare name ("the Rev. Al Sharpton", "the late John Lewis"
    have a title or a word between). The recogniser's PERSON label does not matter
    here."""
    doc = head.doc
    first = head.i
    while first > tokens[0].i and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper():
        if doc[first - 1].text in _POSSESSIVE_MARKS:
            break  # "The New Republic’s Jeet Heer": "the" is the owner's
        if head.ent_type_ == "PERSON" and first < head.i and doc[first].ent_type_ == "PERSON" and doc[first - 1].ent_type_ != "PERSON":
            break  # "Speaker of the House Paul Ryan": a full name; "the" belongs to the title's "House"
        first -= 1
    if first - 1 < tokens[0].i or doc[first - 1].lower_ != "the":
        return False
    run = [doc[i] for i in range(first, head.i + 1)]
    if any(title_key(t.text) in titles() or _position_word(t) for t in run):
        return False
    return not _plural(head) and head.pos_ == "PROPN"


def _reported_subjects(head: Token) -> list[Token]:
    """Subjects of the clauses the speaker's verb reports ("it" in "Ryanair said it had
    cancelled")."""
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.i == head.i:
        return []
    return [
        c for clause in verb.children if clause.dep_ in ("ccomp", "xcomp") and clause.i > verb.i
        for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
    ]


def _reports_as_he_or_she(head: Token) -> bool:
    """"Addams said she was bored", "Trump said he would win": the clause the speaker's
    verb reports has "he" or "she" for its subject, the speaker talking about himself or
    herself, which an organisation cannot. Not when the verb has someone to be "he"
    instead ("Microsoft promised Mr. Weiner that he could run LinkedIn") or is "report",
    which a publication does about other people ("BuzzFeed reported that he was
    writing a book")."""
    verb = head.head
    if verb.lemma_.lower() == "report" or any(c.dep_ in ("dobj", "dative", "iobj") for c in verb.children):
        return False
    return any(s.lower_ in ("he", "she") for s in _reported_subjects(head))


def _reports_as_it(head: Token) -> bool:
    """"Ryanair said it had cancelled 400 flights", "Everton said it would review the
    footage": the reported clause's subject is "it", doing something (not "it was time",
    "it would take years": ``empty_it_verbs.txt``), the speaker talking about itself as
    only an organisation does."""
    for subj in _reported_subjects(head):
        if subj.lower_ == "it" and subj.dep_ == "nsubj" and subj.head.pos_ == "VERB" and subj.head.lemma_.lower() not in empty_it_verbs():
            return True
    return False


def _names_that_speak_of_themselves_as_it(doc) -> frozenset[str]:
    """Lower-cased one-word names the article has speak of themselves as "it" ("Twitter
    said it had suspended 125,000 accounts", "Twitter has positioned itself as ...") and
    never as "he" or "she", and never writes as a person's (a title before them, a first
    name, a person's job between commas): an organisation's, in every sentence, though
    the recogniser calls some of them a person's. Worked out once per document."""
    cached = doc.user_data.get("quoteaudit_names_speaking_as_it")
    if cached is not None:
        return cached
    as_it: set[str] = set()
    as_person: set[str] = set()
    for tok in doc:
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        verb = tok.head
        itself = any(c.lower_ == "itself" and c.dep_ in ("dobj", "pobj", "npadvmod") for c in verb.children)
        if _reports_as_he_or_she(tok) or any(c.lower_ in ("himself", "herself") for c in verb.children):
            as_person.add(tok.lower_)
        elif itself or _reports_as_it(tok):
            as_it.add(tok.lower_)
    if not as_it:
        doc.user_data["quoteaudit_names_speaking_as_it"] = frozenset()
        return frozenset()
    people = set(_surnames_of_people_named_in_full(doc) | _names_given_a_job_between_commas(doc))
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].lower_ in as_it:
            people.add(ent[-1].lower_)  # "Jeb Bush", "Richard Trumka": a person named in full
    for tok in doc:
        if tok.lower_ in as_it and tok.i > 0:
            k = tok.i - 1
            while k > 0 and doc[k].pos_ == "PROPN" and title_key(doc[k].text) not in titles():
                k -= 1
            if title_key(doc[k].text) in titles():
                people.add(tok.lower_)  # "Gov. Jeb Bush", "Mr. Bush"
    result = frozenset(as_it - as_person - people - first_name_genders().keys())
    doc.user_data["quoteaudit_names_speaking_as_it"] = result
    return result


def _names_known_as(doc) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Lower-cased one-word names the article shows to be an organisation's (listed with
    a name built like an organisation's, ``organization_name_ends.tsv``: "Everton" in
    "Leeds United and Everton"); words it gives as people's names in full: last words of
    longer proper names and names after a title ("dillon" for "Colonel Ryan Dillon" or
    "Col. Dillon", "hag" for "Erik ten Hag"); and words the recogniser labels PERSON or
    lists with one. Worked out once per document."""
    cached = doc.user_data.get("quoteaudit_names_known_as")
    if cached is not None:
        return cached
    organizations: set[str] = set()
    in_full: set[str] = set()
    labelled: set[str] = set()
    run = 0
    for tok in doc:
        if tok.pos_ == "PROPN" and tok.text[:1].isupper():
            if run >= 1 or _first_name_before_a_nickname(tok) is not None:
                in_full.add(tok.lower_)
            if tok.ent_type_ == "PERSON":
                labelled.add(tok.lower_)
            run += 1
        elif not (tok.text == "." and run) and not (run and _name_particle(tok)):
            run = 0
        if tok.dep_ == "conj" and tok.pos_ == "PROPN":
            members = [m for m in (tok.head, *tok.head.conjuncts) if m.pos_ == "PROPN"]
            if any(_named_like_an_organization(m, _np_tokens(m)) for m in members):
                organizations.update(m.lower_ for m in members)
            elif any(m.ent_type_ == "PERSON" for m in members):
                labelled.update(m.lower_ for m in members)
    found = (frozenset(organizations - in_full), frozenset(in_full), frozenset(labelled))
    doc.user_data["quoteaudit_names_known_as"] = found
    return found


def _last_words_of_unlabelled_full_names(doc) -> frozenset[str]:
    """"Erling Haaland scored twice … Haaland said": the small recogniser sees nothing in
    a name it has not met and calls the lone surname later an organisation. The last
    words of runs of two or three capitalised proper nouns it left unlabelled (none of
    their words an entity's), with no title, "the" or opening quotation mark before them
    and not in a headline-case line, are written as people's names in full. Worked out
    once per document."""
    cached = doc.user_data.get("quoteaudit_unlabelled_full_names")
    if cached is not None:
        return cached
    found = set()
    k = 0
    while k < len(doc):
        if not (doc[k].pos_ == "PROPN" and doc[k].is_title and not doc[k].ent_type_):
            k += 1
            continue
        e = k
        while e + 1 < len(doc) and doc[e + 1].pos_ == "PROPN" and doc[e + 1].is_title and not doc[e + 1].ent_type_:
            e += 1
        before = doc[k - 1] if k > 0 else None
        fenced = before is not None and (before.lower_ == "the" or before.text in _OPENING_MARKS or title_key(before.text) in titles())
        if 2 <= e - k + 1 <= 3 and not fenced and title_key(doc[k].text) not in titles() and not in_a_headline_case_line(doc[k]):
            found.add(doc[e].lower_)
        k = e + 1
    result = frozenset(found)
    doc.user_data["quoteaudit_unlabelled_full_names"] = result
    return result


def _surnames_of_people_named_in_full(doc) -> frozenset[str]:
    """Lower-cased last words of names the article writes in full as a person's, built
    like one (:func:`_personal_name`: a listed first name or initials before it):
    "reynolds" once the article has "Deborah Jordan Reynolds". The recogniser may call
    every later bare "Reynolds says" an organisation, but news style gives a person's
    full name first and the surname after (AP Stylebook, "names"). Worked out once per
    document."""
    cached = doc.user_data.get("quoteaudit_surnames_named_in_full")
    if cached is not None:
        return cached
    found = set()
    for tok in doc:
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.i == 0:
            continue
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if after is not None and after.pos_ == "PROPN" and after.text[:1].isupper():
            continue  # not the last word of the name
        nickname = _first_name_before_a_nickname(tok)  # "John “Tig” Tiegen"
        start = tok.i - 3 if nickname is None else nickname - 1
        if _personal_name(tok, [doc[i] for i in range(max(0, start), tok.i + 1)]):
            found.add(tok.lower_)
    result = frozenset(found)
    doc.user_data["quoteaudit_surnames_named_in_full"] = result
    return result


#: words a job noun may have before it between a name's commas ("a", "the company's",
#: "chief", "former")
_JOB_LEAD_POS = frozenset({"DET", "ADJ", "PROPN", "PART", "NOUN"})


def _names_given_a_job_between_commas(doc) -> frozenset[str]:
    """Lower-cased one-word names the article follows with a person's job between commas
    ("Tanden, head of the Center for American Progress, recounted ...", "Ruiz, a
    spokesman for the council,"): only a person holds a job, so every later "Tanden
    wrote" is hers, whatever the recogniser called the name (it reads "Neera Tanden" as a
    building and "Tanden" as a place). Read by position, since the parse often hangs such
    an appositive on another noun. The job is a singular role noun (``source_nouns.tsv``)
    within four words of the comma. Worked out once per document."""
    cached = doc.user_data.get("quoteaudit_names_given_a_job")
    if cached is not None:
        return cached
    found = set()
    for tok in doc:
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.i + 2 >= len(doc) or doc[tok.i + 1].text != ",":
            continue
        if tok.ent_type_ in NOT_SOURCES:
            continue
        for k in range(tok.i + 2, min(len(doc), tok.i + 6)):
            word = doc[k]
            info = source_nouns().get(word.lemma_.lower())
            if word.pos_ == "NOUN" and info is not None and info.cls == "role" and not _plural(word) and word.text[:1].islower():
                if _closes_before_a_verb(word):
                    found.add(tok.lower_)
                break
            if word.pos_ not in _JOB_LEAD_POS or word.is_punct or _plural(word) and word.pos_ == "NOUN":
                break
    result = frozenset(found)
    doc.user_data["quoteaudit_names_given_a_job"] = result
    return result


def _closes_before_a_verb(word: Token) -> bool:
    """Does the phrase ``word`` is in end at a comma or a full stop before any verb, as an
    appositive does ("Tanden, head of the Center for American Progress, recounted"), not
    run on into the sentence's own verb ("As reported by Western Journalism, the former
    secretary of state was made aware ...")?"""
    doc = word.doc
    for k in range(word.i + 1, min(len(doc), word.i + 14)):
        if doc[k].text in (",", ".", ";") or "\n" in doc[k - 1].whitespace_:
            return True
        if doc[k].pos_ in ("VERB", "AUX"):
            return False
    return False


_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$|^[A-Z]{2}$|^[A-Z]\.?[A-Z]\.?$")


def _personal_name(head: Token, tokens: list[Token]) -> bool:
    """A name the entity recogniser took for an organisation that is built like a person's:
    initials or a listed first name (``first_names.tsv``) before a surname ("AJ Brown",
    "C.J. Stroud", "Maria Gonzalez"), with no word of an institution in it."""
    # the proper nouns written right before the head: "Sean Hannity" of "Fox News host
    # Sean Hannity", whose affiliation is no part of the name
    run = [head] if head.pos_ == "PROPN" else []
    while run and run[0].i > tokens[0].i:
        if head.doc[run[0].i - 1].pos_ == "PROPN":
            run.insert(0, head.doc[run[0].i - 1])
            continue
        # "John “Tig” Tiegen": the nickname stands between the first name and the
        # surname, so the word before it is the first name ("Marine" before that is a job)
        first = _first_name_before_a_nickname(run[0])
        if first is not None and first >= tokens[0].i:
            run.insert(0, head.doc[first])
        break
    before = head.doc[run[0].i - 1] if run and run[0].i > 0 else None
    hyphenated = before is not None and before.text in ("-", "–") and not before.whitespace_
    if hyphenated and not _hyphenated_first_name(before):
        return False  # "Wealth-X": the run starts inside a hyphenated word
    while run and run[0].i != head.i and (title_key(run[0].text) in titles() or _position_word(run[0])):
        run = run[1:]
    if not 2 <= len(run) <= 3 or run[-1].i != head.i:
        return False
    ends = organization_name_ends()
    # a word that is also a surname ("Villa") does not make "David Villa" a club
    if any(ends.get(t.lower_.rstrip(".")) is False or t.lemma_.lower() in organization_nouns() for t in run):
        return False
    if hyphenated:
        return True  # "Eva-Maria Schultheis", "Edward-Isaac Dovere"
    first = run[0].text
    return bool(_INITIALS.match(first)) or first.lower() in first_name_genders() or _middle_initial(run)


_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def _named_after_an_owner(head: Token, tokens: list[Token]) -> bool:
    """"The Washington Post’s Ishaan Tharoor wrote", "The New Republic’s Jeet Heer
    said": a name of two or three capitalised words right after an organisation's
    possessive is one of its people (its writer, its spokesman), whatever the recogniser
    called the name; an organisation's own products and units are not quoted speaking.
    Not a name built like an organisation's ("Alphabet’s Google Cloud Platform")."""
    doc = head.doc
    k = head.i
    while k - 1 >= tokens[0].i and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper() and doc[k - 1].text not in _POSSESSIVE_MARKS:
        k -= 1
    run = doc[k : head.i + 1]
    if not 2 <= len(run) <= 3 or k - 2 < tokens[0].i or doc[k - 1].text not in _POSSESSIVE_MARKS:
        return False
    if any(t.lemma_.lower() in organization_nouns() or t.lower_.rstrip(".") in organization_name_ends() or title_key(t.text) in titles() or not t.is_alpha for t in run):
        return False
    owner = doc[k - 2]
    return owner.pos_ == "PROPN" and (owner.ent_type_ in ORG_LABELS or _named_like_an_organization(owner, [owner]))


def _hyphenated_first_name(hyphen: Token) -> bool:
    """"Eva-Maria Schultheis", "Edward-Isaac Dovere": the capitalised word joined by the
    bare hyphen before the name's run is a listed first name (``first_names.tsv``), so the
    run is the rest of a hyphenated first name and a surname; "Wealth-X" is not."""
    doc = hyphen.doc
    if hyphen.i == 0 or doc[hyphen.i - 1].whitespace_:
        return False
    first = doc[hyphen.i - 1]
    return first.is_alpha and first.is_title and first.lower_ in first_name_genders()


def _middle_initial(run: list[Token]) -> bool:
    """"Channing D. Phillips", "Harry S. Truman": a capitalised word, one initial and a
    capitalised word are a person's name, whatever the first name (the list of first
    names holds only names that tell a gender)."""
    return (
        len(run) == 3 and re.fullmatch(r"[A-Z]\.", run[1].text) is not None
        and run[0].is_alpha and run[0].is_title and run[2].text[:1].isupper() and len(run[2].text) > 1
    )


def built_like_a_personal_name(span) -> bool:
    """An entity span that is a person's name by its build whatever the recogniser called
    it (:func:`_personal_name`): the small model labels "Carly Fiorina" an organisation,
    and every later "Fiorina said" went with it."""
    words = [t for t in span if t.tag_ != "POS"]
    # the whole entity, not a name at its end ("Lehigh, Bruce Turry": a college, a comma
    # and a person the recogniser ran into one organisation)
    return bool(words) and all(t.pos_ == "PROPN" and not t.is_punct for t in words) and _personal_name(words[-1], words)


def _role_noun_before_the_name(head: Token, tokens: list[Token]) -> bool:
    """"moderator Lester Holt’s question", "spokesman John Kirby": a person's job written
    in lower case right before the proper name (``source_nouns.tsv`` role nouns) says the
    name is a person's, whatever the recogniser called it; an institution's word before a
    name ("the company Acme") is no role."""
    k = head.i
    while k - 1 >= tokens[0].i and head.doc[k - 1].pos_ == "PROPN":
        k -= 1
    if k == head.i and head.pos_ != "PROPN" or k - 1 < tokens[0].i:
        return False
    before = head.doc[k - 1]
    info = source_nouns().get(before.lemma_.lower())
    return before.pos_ == "NOUN" and before.text[:1].islower() and info is not None and info.cls == "role" and before.tag_ == "NN"


def _described_as_a_person(head: Token) -> bool:
    """"Smith, the company's chief executive, said", "Alvarez, 41, said": a name with a
    person's job or an age in apposition is a person, whatever the recogniser called it."""
    for appos in _appositives(head):
        if appos.like_num or appos.ent_type_ in ("CARDINAL", "DATE") and appos.text.isdigit():
            return True
        info = source_nouns().get(appos.lemma_.lower())
        if appos.pos_ == "NOUN" and info is not None and info.cls == "role" and not _plural(appos):
            return True
    return any(_age_between_commas(c) for c in head.rights)


def _age_between_commas(tok: Token) -> bool:
    """", 54," right after a name, whatever the parse calls it (an appositive, or a
    number modifying the name as in "Reyes, 54, told reporters"): a person's age."""
    doc = tok.doc
    return (
        tok.text.isdigit() and 0 < int(tok.text) < 120 and 0 < tok.i < len(doc) - 1
        and doc[tok.i - 1].text == "," and doc[tok.i + 1].text == ","
    )


def _name_tokens(head: Token, tokens: list[Token]) -> list[Token]:
    """The proper name inside the phrase: the PERSON entity around the head, else the run
    of proper nouns that ends at the head."""
    if head.ent_type_ == "PERSON":
        a, b = entity_bounds(head)
        ent = head.doc[a:b]
        if len(ent):
            name = [t for t in ent if tokens[0].i <= t.i <= tokens[-1].i and not t.is_punct and t.tag_ != "POS"]
            # a title or position the recogniser swallowed ("Col. Ryan Dillon", "Striker
            # Jay Rodriguez" as one entity)
            while len(name) > 1 and (title_key(name[0].text) in titles() or _position_word(name[0])):
                name = name[1:]
            name = _after_a_swallowed_job_word(name)
            # "Ana Ortiz" with only "Ortiz" recognised: a listed first name right before the
            # entity is part of the name, not an affiliation
            k = name[0].i - 1 if name else -1
            if k >= tokens[0].i and head.doc[k].pos_ == "PROPN" and not head.doc[k].ent_type_ and head.doc[k].lower_ in first_name_genders():
                name = [head.doc[k], *name]
            if name:
                return _with_surname_after_a_nickname(_with_nickname(_over_name_particles(_with_hyphenated_first_part(name, tokens), tokens), tokens))
    run = [head]
    i = head.i - 1
    while i >= tokens[0].i:
        tok = head.doc[i]
        if _hyphen_inside_a_name(tok, tokens):
            run.insert(0, tok)
            i -= 1
            continue
        if tok.pos_ != "PROPN" or tok.ent_type_ in ORG_LABELS and tok.ent_type_ != head.ent_type_:
            break
        if title_key(tok.text) in titles() and not tok.ent_type_ == "PERSON":
            break
        if tok.is_punct or tok.text in _POSSESSIVE_MARKS:
            break  # "The Washington Post’s Ishaan Tharoor": the owner is no part of the name
        run.insert(0, tok)
        i -= 1
    # a trailing name part right of the head ("Kerry" when the head is "John")
    j = head.i + 1
    while j <= tokens[-1].i and head.doc[j].pos_ == "PROPN":
        run.append(head.doc[j])
        j += 1
    return _with_nickname(_over_name_particles(_with_hyphenated_first_part(_after_a_swallowed_job_word(run), tokens), tokens), tokens)


def _hyphen_inside_a_name(tok: Token, tokens: list[Token]) -> bool:
    """"Anne-Marie Laurent-Petit", which the small recogniser may call an organisation:
    a bare hyphen between two proper nouns joins the pieces of one word of the name, and
    the run of the name goes on past it (it used to stop there and keep only
    "Laurent-Petit")."""
    doc = tok.doc
    return (
        tok.text in _HYPHENS and not tok.whitespace_ and tok.i - 1 >= tokens[0].i
        and not doc[tok.i - 1].whitespace_ and doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i + 1].pos_ == "PROPN"
    )


def _after_a_swallowed_job_word(name: list[Token]) -> list[Token]:
    """"Former Hewlett-Packard CEO Carly Fiorina": the recogniser runs the employer and
    the job word into the person's name ("Packard CEO Carly Fiorina"); the name starts
    after the last title or position word inside it, the rest is role and affiliation."""
    for k in range(len(name) - 2, -1, -1):
        if title_key(name[k].text) in titles() or _position_word(name[k]):
            rest = name[k + 1 :]
            personal = len(rest) >= 2 or (rest and rest[0].ent_type_ == "PERSON")  # not "EU Member States"
            return rest if personal and rest[0].pos_ == "PROPN" and rest[0].text[:1].isupper() else name
    return name


_HYPHENS = frozenset({"-", "‐", "–"})


def _with_hyphenated_first_part(name: list[Token], tokens: list[Token]) -> list[Token]:
    """"Eva-Maria Schultheis", "Edward-Isaac Dovere", "Jean-Luc Mélenchon": the tokenizer
    splits a hyphenated first name and the recogniser often starts the name after the
    hyphen; the capitalised word joined to it by a bare hyphen is part of the name."""
    doc = name[0].doc
    k = name[0].i
    if k - 2 < tokens[0].i or doc[k - 1].text not in _HYPHENS or doc[k - 1].whitespace_ or doc[k - 2].whitespace_:
        return name
    first = doc[k - 2]
    if not (first.is_alpha and first.is_title) or title_key(first.text) in titles():
        return name
    return [first, doc[k - 1], *name]


def _name_particle(tok: Token) -> bool:
    """"ten" in "Erik ten Hag", "von der" in "Ursula von der Leyen": a lower-case particle
    (``name_particles.txt``) with a capitalised proper name before it."""
    doc = tok.doc
    return tok.text.islower() and tok.lower_ in name_particles() and tok.i > 0 and (
        doc[tok.i - 1].lower_ in name_particles() and doc[tok.i - 1].text.islower() or doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i - 1].text[:1].isupper()
    )


def _over_name_particles(name: list[Token], tokens: list[Token]) -> list[Token]:
    """"Erik ten Hag", "Robin van Persie": a surname's lower-case particles and the first
    name before them are part of the name, not an affiliation ("Erik") and a number
    ("ten"); the parse may hang the first name anywhere, so the words are taken as
    written, within the mention."""
    doc = name[0].doc
    k = name[0].i - 1
    particles = 0
    while k >= tokens[0].i and _name_particle(doc[k]):
        particles += 1
        k -= 1
    if not particles:
        return name
    out = [doc[i] for i in range(k + 1, name[0].i)] + name
    while k >= tokens[0].i and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and title_key(doc[k].text) not in titles() and not _position_word(doc[k]):
        out.insert(0, doc[k])
        k -= 1
    return out


_OPENING_MARKS = {"“", '"', "‘", "'"}
_CLOSING_MARKS = {"”", '"', "’", "'"}


def _first_name_before_a_nickname(tok: Token) -> int | None:
    """Index of the first name in "John “Tig” Tiegen", "Dwayne “The Rock” Johnson" when
    ``tok`` is the surname right after a nickname in quote marks, else None."""
    doc = tok.doc
    close = tok.i - 1
    if close < 2 or doc[close].text not in _CLOSING_MARKS:
        return None
    open_ = next((k for k in range(close - 1, max(0, close - 5), -1) if doc[k].text in _OPENING_MARKS), None)
    if open_ is None or open_ == close - 1 or open_ < 1 or not doc[open_ + 1].text[:1].isupper():
        return None
    first = doc[open_ - 1]
    if first.pos_ != "PROPN" or not first.text[:1].isupper():
        return None
    return first.i


def _with_surname_after_a_nickname(name: list[Token]) -> list[Token]:
    """"Marine John “Tig” Tiegen": the recogniser may end the person's name at the first
    name or inside the nickname, so that a "he" meant for Tiegen finds "John"; a first
    name followed by a nickname in quote marks and a capitalised surname is the whole
    name. A service word the recogniser took in before the first name ("Marine") is the
    person's job, not part of the name."""
    doc = name[0].doc
    for k in range(name[-1].i + 1, min(len(doc), name[-1].i + 7)):
        first = _first_name_before_a_nickname(doc[k]) if doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() else None
        if first is None:
            continue
        if first != name[-1].i and not (first in {t.i for t in name} and doc[name[-1].i + 1].text in _CLOSING_MARKS):
            return name
        kept = [t for t in name if t.i >= first or not (t.lower_ in title_portfolios() and t.lower_ not in first_name_genders())]
        return [*kept, *doc[name[-1].i + 1 : k + 1]]
    return name


def _with_nickname(name: list[Token], tokens: list[Token]) -> list[Token]:
    """"Dwayne “The Rock” Johnson", "Joaquín “El Chapo” Guzmán": a nickname in quote
    marks between the first name and the surname is part of the name, not an
    affiliation, and the first name before it is the person's."""
    doc = name[0].doc
    close = name[0].i - 1
    if close <= tokens[0].i or doc[close].text not in _CLOSING_MARKS:
        return name
    open_ = next((k for k in range(close - 1, max(tokens[0].i, close - 6) - 1, -1) if doc[k].text in _OPENING_MARKS), None)
    if open_ is None or open_ == close - 1 or open_ - 1 < tokens[0].i:
        return name
    first = doc[open_ - 1]
    if first.pos_ != "PROPN" or not first.text[:1].isupper():
        return name
    return [doc[k] for k in range(open_ - 1, close + 1)] + name


def hyphenated_surname(names: list[Token]) -> str:
    """"Jean-Pierre Dubois-Martin … Dubois-Martin said": the tokenizer splits a
    hyphenated double surname at its hyphen, so its last word alone ("Martin") was taken
    for the surname and the repeated "Dubois-Martin" matched no one. The surname is the
    whole hyphen-joined word, unless every part before the last is a particle
    (``name_particles.txt``: "al-Rashid" goes by "Rashid", as the particle rule has it)."""
    last = names[-1]
    k = last.i
    doc = last.doc
    while k >= 2 and doc[k - 1].text in ("-", "‐") and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_ and doc[k - 2].is_alpha:
        k -= 2
    parts = [t.text for t in doc[k:last.i + 1] if t.is_alpha]
    if len(parts) < 2 or surname_behind_particles("-".join(parts)) is not None:
        return last.text
    return "-".join(parts)


def surname_behind_particles(name: str) -> str | None:
    """"Pieter van der Berg … Van der Berg said", "Ahmed al-Rashid … al-Rashid said": a
    surname with its particles (``name_particles.txt``), capitalised at the start of a
    sentence or joined by a hyphen, is indexed by its last word, like the full name it
    repeats. The last word, when every word before it is a particle; else None ("Seitz-Wald"
    is a double surname, "Jean-Luc" a first name)."""
    parts = [p for p in re.split(r"[\s\-‐–]+", name) if p]
    if len(parts) < 2 or not all(p.lower() in name_particles() for p in parts[:-1]):
        return None
    return parts[-1]


def _person(head: Token, tokens: list[Token], alone: bool = False) -> Descriptor:
    leading, tokens = _name_coordinated_before(head, tokens)
    name_toks = _name_tokens(head, tokens)
    name_start = name_toks[0].i
    poss_tokens = _possessor_tokens(tokens)
    pre = [
        t for t in tokens
        if t.i < name_start and t.dep_ not in ("det", "predet", "case") and t.i not in poss_tokens
        and not (t.is_punct and t.text != ".") and not t.is_space and t.ent_type_ not in NOT_SOURCES and t.tag_ != "PRP$"
    ]
    # "Col ." tokenised apart: keep the full stop with its abbreviation
    pre = [t for t in pre if not (t.text == "." and (not pre or t is pre[0]))]
    first_job = _two_jobs_before_the_name(pre)
    title, title_gender, pre = (None, None, pre) if first_job is not None else _match_title(pre)
    affiliation_toks: list[Token] = []
    role_toks: list[Token] = []
    if first_job is not None:
        # "former Ohio Gov. and Transit Authority Chairman Ted Walsh": both jobs are the role
        role_toks, affiliation_toks = _jobs_and_owner(pre, first_job)
    elif title is not None:
        # "Defense Secretary", "Foreign Minister": capitalised words before a title join it,
        # unless they name a country or organisation ("Russian Foreign Minister")
        while pre and _joins_title(pre[-1]):
            title = f"{pre[-1].text} {title}"
            pre = pre[:-1]
        # "Republican presidential hopeful Sen. Ted Cruz"
        role_toks, affiliation_toks = _split_role(pre)
    else:
        role_toks, affiliation_toks = _split_role(pre)
        if _job_word_opening_the_sentence(affiliation_toks, role_toks, name_start):
            role_toks, affiliation_toks = affiliation_toks, []
    names = [t for t in name_toks if t.lower_ not in NAME_SUFFIXES] or name_toks
    desc = Descriptor(
        Kind.PERSON,
        _without_a_sign_off_dash(text_of(name_toks)),
        title=title,
        gender=title_gender,
        head=names[-1].lower_,
        surname=hyphenated_surname(names),
    )
    if role_toks:
        desc.role = text_of(role_toks)
        desc.role_head = role_toks[-1].lemma_.lower()
        desc.gender = desc.gender or _noun_gender(role_toks[-1])
    if desc.gender is None and len(text_of(names).split()) > 1:
        # "Keir Starmer" says nothing, "Nancy Pelosi" does: "she" can be her, not him (the
        # "Mark" of the surname "Mark-Viverito" is no first name)
        desc.gender = first_name_genders().get(names[0].lower_)
    affiliation = _possessor_text(tokens, poss_tokens) or _affiliation_text(affiliation_toks, government=bool(title)) or _employer(head)
    party = _party_and_state(name_toks[-1])
    desc.affiliation = affiliation or party
    for appos in _appositives(head):
        if appos.pos_ == "PROPN" and appos.ent_type_ in ("NORP", "ORG") and not desc.affiliation:
            job = _job_the_tagger_hung_on_the_employer(appos)
            desc.affiliation = _strip_det([t for t in _np_tokens(appos) if job is None or t.i != job.i])
            if job is not None and not desc.role:
                desc.role, desc.role_head = job.text, job.lower_
        elif appos.pos_ in ("NOUN", "ADJ") or _lower_case_job_tagged_a_name(appos):
            desc = _with_role_from(desc, appos)
    if title:
        desc.aliases.add(title.split()[-1].lower())
    if leading and not alone:
        # "Ortiz and council member Dan Reyes": the job and the title are Reyes's alone
        desc.name = _joined([*leading, desc.name])
        desc.title = desc.role = desc.role_head = desc.affiliation = desc.surname = desc.gender = None
        desc.plural, desc.coordinated, desc.aliases = True, True, set()
        return desc
    partners = [] if alone else _coordinated_names(head)
    if partners:
        # "reply Burton and Nick", "said Kim Lee and Dana Scott": two people speaking
        # together are one source, both named; neither alone is a later "Burton"
        desc.name = _joined([desc.name, *partners])
        desc.plural, desc.surname, desc.gender, desc.coordinated = True, None, None, True
        if not _title_shared(desc.title, head):
            desc.title, desc.aliases = None, set()
        if desc.affiliation is not None and desc.affiliation == party:
            desc.affiliation = None  # the first legislator's party and state, not the pair's
    return desc


_SIGN_OFF_DASH = re.compile(r"^[-–—]+(?=[A-Z])")


def _without_a_sign_off_dash(name: str) -> str:
    """"-Craig Fehrman", "—Philip Bump": a newsletter signs a quoted item off with a dash
    the tokenizer glues to the first name; the dash is no part of the name."""
    return _SIGN_OFF_DASH.sub("", name)


def _name_coordinated_before(head: Token, tokens: list[Token]) -> tuple[list[str], list[Token]]:
    """"Ortiz and council member Dan Reyes voted ...": the small model hangs a name and
    the "and" that follows it on the head of the second name, as if "Ortiz and council
    member" described Reyes; the name before the "and" is a second speaker, coordinated
    with the head's name, not an affiliation. Returns the leading names as written
    (titles left off) and the head's own phrase, from the word after the "and"; no names
    and the phrase unchanged otherwise."""
    for tok in tokens:
        if tok.i >= head.i or tok.pos_ != "PROPN" or tok.ent_type_ in NOT_SOURCES:
            continue
        cc = next((c for c in tok.children if c.dep_ == "cc" and c.lower_ in ("and", "&")), None)
        conj = next((c for c in tok.children if c.dep_ == "conj" and c.i < head.i), None)
        if cc is None or conj is None or not cc.i < conj.i or any(t.is_punct and t.text != "." for t in tokens if tok.i < t.i < cc.i):
            continue
        own = [t for t in tokens if t.i <= tok.i]
        leading = _name_tokens(tok, own)
        while len(leading) > 1 and title_key(leading[0].text) in titles():
            leading = leading[1:]
        return [text_of(leading)], [t for t in tokens if t.i > cc.i]
    return [], tokens


def _title_shared(title: str | None, head: Token) -> bool:
    """Does the first name's title belong to every name coordinated with it? "Sens.
    Elizabeth Warren and Bernie Sanders", "Sen. Marco Rubio and Sen. Chris Murphy",
    "Councillors Smith and Jones": yes; "Mayor Eric Adams and Gov. Kathy Hochul": no, a
    pair with two titles has none of its own."""
    for conj in head.conjuncts:
        if conj.i < head.i:
            continue
        if _name_after_a_job_word(conj) is not conj:
            return False  # "Mayor Ana Ortiz and council member Dan Reyes": a job of its own
        first, last = noun_phrase(conj)
        name_start = _name_tokens(conj, [conj.doc[i] for i in range(first, last + 1)])[0].i
        pre = [conj.doc[i] for i in range(first, name_start) if not conj.doc[i].is_punct or conj.doc[i].text == "."]
        own = _match_title(pre)[0] if pre else None
        if own is not None and own != title:
            return False
    return title is not None


def _joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


_PARTY_AND_STATE = re.compile(
    r"\s*\((?:[DRI]|Ind|Dem|Rep)\s?-\s?[A-Z][A-Za-z.]{0,6}(?: [A-Z][A-Za-z.]{0,6})?\)"
    r"|,\s[DRI]-[A-Z][A-Za-z.]{0,6}(?: [A-Z][A-Za-z.]{0,6})?(?=,)"
)


def _party_and_state(last: Token) -> str | None:
    """"Sen. Elizabeth Warren (D-Mass.)", "Rep. Patrick McHenry (R-N.C.)": the party and
    state US newsrooms put in brackets or between commas right after a legislator's name
    ("House Speaker Mike Johnson, R-La., said"; AP Stylebook, "party affiliation") say
    whom the person answers to; written as printed, brackets off ("D-Mass.")."""
    doc = last.doc
    # the 24 characters after the name, from its next tokens (never doc.text: spaCy
    # rebuilds the whole text on every access, which made this stage quadratic)
    tail = (last.whitespace_ + "".join(t.text_with_ws for t in doc[last.i + 1 : last.i + 13]))[:24]
    found = _PARTY_AND_STATE.match(tail)
    if found is None:
        return None
    text = found.group(0).strip()
    return text[1:-1] if text.startswith("(") else text[1:].strip()


def _job_word_opening_the_sentence(affiliation: list[Token], role: list[Token], name_start: int) -> bool:
    """"Curator Sophie Martin said", "Historian Ann Lee said": one capitalised word that
    opens the sentence right before a name, names nothing (no entity) and is no listed
    job word is still the person's job, not an affiliation: an affiliation comes before
    a job ("Louvre curator Sophie Martin"), never alone before a name."""
    if role or len(affiliation) != 1:
        return False
    tok = affiliation[0]
    return (
        tok.is_sent_start and tok.i == name_start - 1 and tok.is_title and not tok.ent_type_
        and tok.lower_ not in organization_nouns() and not _named_like_an_organization(tok, [tok])
    )


def _coordinated_names(head: Token, after: int | None = None) -> list[str]:
    """The other names in "Burton and Nick", "Kim Lee and Dana Scott", "Sen. Marco Rubio
    (R-Fla.) and Sen. Chris Murphy", "Amazon, Meta and Google": every proper noun
    coordinated with the head by "and" (the parse hangs a list's "and" on its last
    member or its first), each as its own name, titles left off; only those after token
    ``after`` (the end of the head's own name) when given."""
    conjuncts = [c for c in head.conjuncts if c.i > (head.i if after is None else after)]
    if not conjuncts or not any(c.dep_ == "cc" and c.lower_ in ("and", "&") for t in (head, *conjuncts) for c in t.children):
        return []
    out = []
    for conj in conjuncts:
        conj = _name_after_a_job_word(conj)
        if conj.pos_ != "PROPN" or conj.ent_type_ in NOT_SOURCES or _described_not_named(conj):
            return out if out else []
        first, last = noun_phrase(conj)
        toks = [head.doc[i] for i in range(first, last + 1)]
        if conj.ent_type_ in ORG_LABELS and conj.ent_type_ != "NORP" and not _personal_name(conj, toks):
            # "The State Department and the Department of Homeland Security": an
            # institution's whole name, not its head word
            out.append(_strip_det(_whole_name(conj, toks)))
        else:
            out.append(text_of(_name_tokens(conj, toks)))
    return out


def _described_not_named(conj: Token) -> bool:
    """"said Steve Bell, senior director at the center, and a Republican who headed the
    committee staff": a name after "a" (a party, a nationality) describes the person
    named before it; it is no second speaker."""
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in conj.children)


def _name_after_a_job_word(conj: Token) -> Token:
    """"Mayor Ana Ortiz and council member Dan Reyes said", "Mayor Ana Ortiz and Police
    Chief Dan Reyes said": the parse may make the job words (or the capitalised title) the
    conjunct and hang the name after them elsewhere (in apposition to the first name); the
    conjunct is the person the job word introduces, the name right after it."""
    info = source_nouns().get(conj.lemma_.lower())
    job = conj.pos_ == "NOUN" and info is not None and info.cls == "role"
    title = conj.pos_ == "PROPN" and conj.ent_type_ != "PERSON" and (title_key(conj.text) in titles() or _position_word(conj))
    if not (job or title) or _plural(conj):
        return conj
    doc = conj.doc
    k = conj.i + 1
    if k >= len(doc) or doc[k].pos_ != "PROPN" or doc[k].ent_type_ != "PERSON":
        return conj
    a, b = entity_bounds(doc[k])
    return doc[b - 1] if a == k else conj


def _employer(head: Token) -> str | None:
    """"Prof. Anna Lee of Stanford University", "Jane Doe at Google": an organisation right
    after the name; a town there is where the person lives ("Tran Nguyen of Garden Grove")."""
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "at", "with", "from"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and (obj.ent_type_ == "ORG" or obj.lemma_.lower() in organization_nouns()):
                    return _object_phrase(obj)
    return None


def _joins_title(tok: Token) -> bool:
    """"Defense" in "Defense Secretary", "Press" in "Press Secretary", "Chief Executive" in
    "Chief Executive Officer": a capitalised portfolio or rank word
    (``title_portfolios.txt``), not a place, a nationality, an acronym ("FBI Director") or
    a name ("Acme Chief Executive Officer": Acme is the affiliation)."""
    if not tok.is_title or tok.is_upper or tok.pos_ not in ("PROPN", "NOUN", "ADJ"):
        return False
    if tok.ent_type_ in ("GPE", "NORP", "LOC", "PERSON") or tok.lower_ not in title_portfolios():
        return False
    if tok.ent_type_ and tok.ent_type_ != "WORK_OF_ART":
        # part of a longer name: "House" in "White House" is not a portfolio. The small
        # model's "work of art" over a run of capitals before a name ("Halvern Chief
        # Executive" Officer Priya Raman) is no name at all
        a, b = entity_bounds(tok)
        return all(t.lower_ in title_portfolios() for t in tok.doc[a:b])
    return True


def _match_title(pre: list[Token]) -> tuple[str | None, str | None, list[Token]]:
    """The longest formal title ending right before the name, written capitalised or
    abbreviated as AP writes formal titles; returns it in full with the words left before it."""
    table = titles()
    # +2: abbreviations the tokenizer splits ("Lt . Gen .")
    for n in range(min(len(pre), longest_title_words() + 2), 0, -1):
        words = pre[-n:]
        if not (words[0].text[:1].isupper() or words[0].text[:1].isdigit()):
            continue
        key = title_key(text_of(words))
        entry = table.get(key)
        if entry is not None:
            return entry.title, entry.gender, pre[:-n]
    return None, None, pre


def _split_role(pre: list[Token], seniority: bool = False) -> tuple[list[Token], list[Token]]:
    """Split words before a name into role and affiliation: "White House | press
    secretary", "Trump campaign | manager", "coalition | spokesman". Seniority words
    ("senior", "former") are dropped from an unnamed source's role, where they place no
    one ("a senior official"), and kept with ``seniority`` for a named person's job
    ("Sarah House, senior economist at Wells Fargo")."""
    role: list[Token] = []
    i = len(pre)
    while i > 0 and _role_word(pre[i - 1]):
        i -= 1
    role = pre[i:]
    affiliation = pre[:i]
    # an organisation word inside the lower-case run belongs to the affiliation
    last_org = max((k for k, t in enumerate(role) if t.lemma_.lower() in organization_nouns()), default=-1)
    if last_org >= 0:
        affiliation = affiliation + role[: last_org + 1]
        role = role[last_org + 1 :]
    if not seniority:
        role = [t for t in role if t.lower_ not in vague_modifiers()]
    return role, affiliation


def _position_word(tok: Token) -> bool:
    """A capitalised position the recogniser took for part of a name ("Striker" in
    "Striker Jay Rodriguez"): a role noun from the source list, not a title."""
    info = source_nouns().get(tok.lower_)
    return info is not None and info.cls == "role" and tok.text[:1].isupper()


def _role_word(tok: Token) -> bool:
    """A word of a job description before a name: lower-case ("press secretary"), or a
    capitalised source noun that is no entity ("Reporter Jomana Karadsheh") or that the
    recogniser put inside the name ("Striker Jay Rodriguez")."""
    if tok.ent_type_ == "PERSON" and _position_word(tok):
        return True
    if tok.ent_type_:
        return False
    if tok.pos_ in ("NOUN", "ADJ") and tok.text[:1].islower():
        return True
    if tok.pos_ == "ADJ" and tok.is_sent_start:
        return True  # "Local residents said", "Angry parents said": capitalised only as the first word
    return tok.lemma_.lower() in source_nouns() or tok.lower_ in source_nouns()


def _with_role_from(desc: Descriptor, noun: Token) -> Descriptor:
    """Take role and affiliation from a common-noun phrase about the person: an appositive
    (", spokesman for the coalition in Baghdad,") or the noun a name is in apposition to
    ("The coalition spokesman, Col. Ryan Dillon,")."""
    role, role_head, affiliation = role_and_affiliation(noun, of_person=True)
    out = replace(desc, aliases=set(desc.aliases))
    if role and not out.role:
        out.role, out.role_head = role, role_head
        out.aliases.add(role_head or "")
        out.gender = out.gender or _noun_gender(noun)
    if affiliation and not out.affiliation:
        out.affiliation = affiliation
    return out


def _title_before_a_name_in_apposition(head: Token) -> Token | None:
    """"Police Chief Chuck Jordan said": the parse may make the capitalised title the
    subject and hang the name on it as an appositive; the speaker is the named person
    written right after the title, not someone called "Police Chief"."""
    if head.pos_ != "PROPN" or title_key(head.text) not in titles() or head.ent_type_ == "PERSON":
        return None
    name = next((a for a in _appositives(head) if a.pos_ == "PROPN" and a.ent_type_ == "PERSON"), None)
    if name is None or name.left_edge.i != head.i + 1:
        return None
    return name


def _titles_coordinated_before_one_name(head: Token) -> Token | None:
    """"Fox News Vice President and Washington Managing Editor Bill Sammon", "former
    Pennsylvania Gov. and DNC Chairman Ed Rendell", "Sirius XM Vice President for news
    and talk Dave Gorab": two jobs, or one job's two portfolios, joined by "and" before
    one name. The parse makes the first title the head and the name its conjunct, which
    read as a pair of speakers, one of them called "Vice President". A capitalised title
    with no name of its own (AP capitalises a title only before a name) coordinated with
    a name that has its own title or job word right before it, or after a portfolio the
    "and" is inside, is that person's; "the mayor and Police Chief Dan Reyes" (lower
    case) stays two people. Returns the name's head."""
    if head.pos_ != "PROPN" or head.ent_type_ == "PERSON" or not head.text[:1].isupper():
        return None
    if title_key(head.text) not in titles() and not _position_word(head):
        return None
    doc = head.doc
    if head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "PROPN" and doc[head.i + 1].text[:1].isupper():
        return None  # a name of its own after the title
    for conj in head.children:
        if conj.dep_ != "conj" or conj.i < head.i or conj.pos_ != "PROPN" or conj.ent_type_ != "PERSON":
            continue
        a, _ = entity_bounds(conj)
        between = doc[head.i + 1 : a]
        if not any(t.lower_ in ("and", "&") for t in between) or any(t.is_punct and t.text != "." for t in between):
            return None
        portfolio = between[0].dep_ == "prep" and between[0].head.i == head.i and between[0].lower_ in ("for", "of")
        if between[0].lower_ not in ("and", "&") and not portfolio:
            return None
        before_name = between[-1]
        if not (title_key(before_name.text) in titles() or _position_word(before_name) or portfolio and before_name.text.islower()):
            return None
        return conj
    return None


def _with_both_jobs(desc: Descriptor, head: Token, name: Token) -> Descriptor:
    """The person of :func:`_titles_coordinated_before_one_name` with the jobs as the
    role, as written, and their owner as the affiliation (:func:`_jobs_and_owner`)."""
    doc = head.doc
    first, _ = noun_phrase(head)
    a, _ = entity_bounds(name)
    words = [t for t in doc[first:a] if t.dep_ not in ("det", "predet")]
    role, owner = _jobs_and_owner(words, head)
    if not role:
        return desc
    out = replace(desc, aliases=set(desc.aliases) | {head.lower_.rstrip(".")})
    out.title, out.role, out.role_head = None, text_of(role), role[-1].lemma_.lower()
    out.affiliation = text_of(owner) if owner else desc.affiliation
    return out


def _jobs_and_owner(words: list[Token], first_job: Token) -> tuple[list[Token], list[Token]]:
    """Split the words before a name that hold two jobs into the jobs, as written ("Vice
    President and Washington Managing Editor"), and the organisation that opens the
    phrase right before the first job's title ("Fox News", "Sirius XM"). When the phrase
    opens otherwise ("former Pennsylvania Gov. and ..."), it is all jobs."""
    upto = [t for t in words if t.i <= first_job.i]
    title, _, rest = _match_title(upto)
    if title is not None and rest and len(rest) == len([t for t in rest if t.pos_ == "PROPN" or t.ent_type_ in ORG_LABELS]):
        return [t for t in words if t.i > rest[-1].i], rest
    return words, []


def _two_jobs_before_the_name(pre: list[Token]) -> Token | None:
    """"former Ohio Gov. and Transit Authority Chairman Ted Walsh", parsed with the name
    as the head: the last word of the first of two jobs joined by "and" before one name
    (a title or position word right before the "and", another right before the name),
    else None."""
    if len(pre) < 3 or any(t.is_punct and t.text != "." for t in pre):
        return None
    if not _job_title_word(pre[-1]):
        return None
    for k, tok in enumerate(pre[1:-1], start=1):
        if tok.lower_ in ("and", "&"):
            before = pre[k - 1]
            return before if before.text[:1].isupper() and _job_title_word(before) else None
    return None


def _job_title_word(tok: Token) -> bool:
    """A title or position word that names a job ("Gov.", "Chairman", "Editor"), not a
    courtesy title ("Mr. and Mrs. Smith" are two people's)."""
    entry = titles().get(title_key(tok.text))
    return (entry is not None and entry.kind != "courtesy") or (entry is None and _position_word(tok))


def _with_title_from(desc: Descriptor, head: Token) -> Descriptor:
    """The person with the title (and the words joined to it: "Police Chief") written
    before the name, as :func:`_person` would have read it."""
    first, _ = noun_phrase(head)
    pre = [head.doc[i] for i in range(first, head.i + 1) if not head.doc[i].is_punct or head.doc[i].text == "."]
    title, gender, rest = _match_title(pre)
    if title is None or desc.title is not None:
        return desc
    while rest and _joins_title(rest[-1]):
        title = f"{rest[-1].text} {title}"
        rest = rest[:-1]
    out = replace(desc, aliases=set(desc.aliases) | {title.split()[-1].lower()})
    out.title, out.gender = title, out.gender or gender
    return out


def _appositive_name(noun: Token) -> Token | None:
    """"The coalition spokesman, Col. Ryan Dillon": the name in apposition to a role noun."""
    for appos in _appositives(noun):
        if appos.pos_ == "PROPN" and (appos.ent_type_ not in ORG_LABELS or _personal_name(appos, _np_tokens(appos))):
            return appos  # "Former Hewlett-Packard CEO Carly Fiorina": the recogniser calls her an ORG
    return _name_hung_on_the_employer(noun)


def _name_a_person_role_gives(noun: Token) -> Token | None:
    """"Obama's former chief of staff, Rahm Emanuel, said …": the small recogniser calls
    many names it has not seen organisations ("Rahm Emanuel": ORG), but a name set in
    apposition to a job only a person holds (a role noun of ``source_nouns.tsv``: chief of
    staff, spokeswoman, coach) is that person. Only a run of two or three capitalised
    proper nouns with no word organisations' names end in ("the team's owner, Acme
    Holdings," stays an organisation)."""
    info = source_nouns().get(noun.lemma_.lower())
    if info is None or info.cls != "role":
        return None
    for appos in _appositives(noun):
        words = [noun.doc[i] for i in range(appos.left_edge.i, appos.i + 1)]
        if (
            appos.pos_ == "PROPN"
            and appos.ent_type_ in ORG_LABELS
            and 2 <= len(words) <= 3
            and all(w.pos_ == "PROPN" and w.text[:1].isupper() for w in words)
            and not _named_like_an_organization(appos, words)
        ):
            return appos
    return None


def _name_hung_on_the_employer(noun: Token) -> Token | None:
    """"A spokeswoman for Valley Health, Renee Ortiz, said …", "said a spokesman for the
    agency, Tom Reyes": the parse hangs the name on
    the last noun of the role's phrase (the employer) instead of the role. A person's name
    in apposition to an organisation is the role's holder; the speaker is named, not an
    unnamed spokeswoman (which would raise "never says why … cannot be named")."""
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            # a common noun only when it is an institution's ("a spokeswoman for the
            # agency, Maria Lopez"): after "a spokeswoman for the mayor," the name may be
            # the mayor's
            if obj.ent_type_ == "PERSON":
                name = _second_full_name_beside_a_full_name(obj)
                if name is not None:
                    return name
                continue
            if obj.pos_ != "PROPN" and obj.lemma_.lower() not in organization_nouns():
                continue
            name = next((a for a in obj.children if a.dep_ == "appos" and a.pos_ == "PROPN" and (a.ent_type_ == "PERSON" or _built_like_a_name_alone(a))), None)
            if name is not None:
                return name
    return None


def _second_full_name_beside_a_full_name(obj: Token) -> Token | None:
    """"A spokesman for Gov. Kathy Hochul, Avi Small, said": the parse hangs the
    spokesman's name on his employer's; one person has one full name, so a full name in
    apposition to another full name is not hers but the role's holder. Only full names
    (two words or more each): after "a spokeswoman for the mayor," a name may be the
    mayor's."""
    if not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in obj.children):
        return None
    return next(
        (a for a in obj.children if a.dep_ == "appos" and a.pos_ == "PROPN" and a.ent_type_ == "PERSON"
         and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in a.children)),
        None,
    )


def _built_like_a_name_alone(tok: Token) -> bool:
    """"his best friend at Lehigh, Bruce Turry": the recogniser ran the college and the
    name into one organisation; the words of the appositive alone are built like a
    person's name (:func:`_personal_name`)."""
    words = [tok.doc[i] for i in range(tok.left_edge.i, tok.i + 1)]
    return all(t.pos_ == "PROPN" for t in words) and _personal_name(tok, words)


def _appositives(head: Token) -> list[Token]:
    found = [c for c in head.children if c.dep_ == "appos"]
    # the parser sometimes hangs the appositive on the name's first word
    for child in head.children:
        if child.dep_ == "compound":
            found.extend(c for c in child.children if c.dep_ == "appos")
    return found


def role_and_affiliation(noun: Token, of_person: bool = False) -> tuple[str | None, str | None, str | None]:
    """Role and affiliation from a common-noun phrase: "spokesman for the coalition"
    -> (spokesman, the coalition); "Russia's foreign minister" -> (foreign minister, Russia);
    "a professor at Harvard University" -> (professor, Harvard University). With
    ``of_person`` the phrase describes a named person (an appositive: "Priya Raman, an
    astrophysicist at ...", "Omar Haddad, chief economist at ..."), so whatever its noun,
    it is the person's role."""
    tokens = _np_tokens(noun)
    poss_tokens = _possessor_tokens(tokens)
    pre = [t for t in tokens if t.i < noun.i and t.dep_ not in ("det", "predet", "case", "nummod", "quantmod") and t.i not in poss_tokens and not t.is_punct]
    pre = [t for t in pre if t.tag_ != "PRP$" and t.ent_type_ not in NOT_SOURCES]
    noun_info = source_nouns().get(noun.lemma_.lower()) or source_nouns().get(noun.lower_)
    role = field = None
    if of_person and noun.pos_ == "NOUN" and noun.lemma_.lower() not in organization_nouns() and not _plural(noun):
        noun_info = SourceNoun("role", None, False)
    if (noun_info is not None and noun_info.cls == "generic") or noun.lemma_.lower() in organization_nouns():
        # "regional intelligence sources", "shipping companies": a generic noun has no
        # role; its words place it, when one of them names something ("political experts"
        # are not placed, "military officials" are)
        role_mods = []
        affiliation_mods = pre if any(_places(t) for t in pre) else []
    elif noun_info is None:
        # not a word for a person ("the ad", "early results"): only a name places it
        role_mods, affiliation_mods = [], [t for t in pre if _org_like(t)]
    else:
        role_mods, affiliation_mods = _split_role(pre, seniority=of_person)
        role = text_of([*role_mods, noun]) if role_mods and role_mods[-1].i == noun.i - 1 else noun.text
        if (field := _field_of_a_role(noun)) is not None:
            role = f"{role} {field}"
    affiliation = (
        _possessor_text(tokens, poss_tokens)
        or _affiliation_text(affiliation_mods, government=False)
        # the "of" phrase that is the job's field or portfolio is no employer
        or _prepositional_affiliation(noun, AFFILIATION_PREPS - {"of"} if field else AFFILIATION_PREPS)
    )
    return role, (noun.lemma_.lower() if role else None), affiliation


def _job_the_tagger_hung_on_the_employer(employer: Token) -> Token | None:
    """"said Marta Vieira, the Orlando Pride forward": the tagger reads the position as an
    adverb of the club's name, so the appositive looks like the club alone. A lower-case
    role word (``source_nouns.tsv``) ending the appositive is the person's job."""
    last = employer.doc[employer.right_edge.i]
    if last.i == employer.i or not last.text[:1].islower() or last.head.i != employer.i:
        return None
    info = source_nouns().get(last.lower_)
    return last if info is not None and info.cls == "role" else None


def _lower_case_job_tagged_a_name(tok: Token) -> bool:
    """"Lloyd Austin, the secretary of defense, said": the tagger calls a lower-case job
    after a name a proper noun; written in lower case it is no name, and a job from the
    source list is the person's role."""
    info = source_nouns().get(tok.lower_)
    return tok.pos_ == "PROPN" and tok.text[:1].islower() and info is not None and info.cls == "role"


def _portfolio_of_a_post(noun: Token, obj: Token) -> bool:
    """"secretary of state", "minister of defence", "secretary of health": the "of" after
    a post names its portfolio (``title_portfolios.txt``), part of the job, though the
    recogniser often takes "State" for an organisation. The portfolio word alone: "mayor
    of New York City", "chief executive of Private Jet Services" name where the job is."""
    return obj.lower_ in title_portfolios() and not list(obj.children) and noun.lemma_.lower() in source_nouns()


def _field_of_a_role(noun: Token) -> str | None:
    """"head of commodity strategy", "director of communications", "a professor of
    economics": an "of" phrase naming a field, not an institution, is part of the job ("at
    RBC Capital Markets" stays the affiliation; "director of the FBI" is the FBI's). A
    field is a bare common noun phrase: no determiner, no proper noun, no institution."""
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if prep is None or prep.i != noun.i + 1:
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is not None and _portfolio_of_a_post(noun, obj):
        return text_of([prep, obj])
    if obj is None or obj.pos_ != "NOUN" or _plural(obj) and obj.lemma_.lower() in source_nouns():
        return None  # "a group of officials": people, not a field
    first, last = noun_phrase(obj)
    words = list(noun.doc[first : last + 1])
    if any(t.pos_ in ("PROPN", "DET", "PRON", "NUM") or t.tag_ == "PRP$" or t.ent_type_ or t.is_punct for t in words):
        return None
    if any(t.lemma_.lower() in organization_nouns() for t in words):
        return None
    return text_of([prep, *words])


def _noun_gender(noun: Token) -> str | None:
    info = source_nouns().get(noun.lemma_.lower())
    return info.gender if info else None


# -- organisations, documents, groups -----------------------------------------------------


def _organization(head: Token, tokens: list[Token], alone: bool = False) -> Descriptor:
    tokens = _after_its_noun(head, tokens)
    whole = _without_epithets_before_the_name(_whole_name(head, tokens))
    name = _strip_det(whole)
    # "Procter and Gamble said": a conjunct inside the organisation's own name is no partner
    partners = [] if alone or not _is_proper(head) else _coordinated_names(head, after=max([head.i, *(t.i for t in whole)]))
    desc = Descriptor(
        Kind.ORGANIZATION,
        _joined([name, *partners]),
        affiliation=_joined([name, *partners]),
        head=head.lemma_.lower(),
        # "Amazon, Meta and Google said": several organisations, speaking as one source
        plural=bool(partners) or (_plural(head) and head.pos_ != "PROPN"),
        definite=_determiner(tokens) in DEFINITE,
        coordinated=bool(partners),
    )
    return desc


def _whole_name(head: Token, tokens: list[Token]) -> list[Token]:
    """An organisation's name runs on past its head: over its entity ("the Center for
    Strategic and International Studies") and a proper "of" phrase ("the state Department
    of Environmental Protection")."""
    doc = head.doc
    first, last = tokens[0].i, tokens[-1].i
    if head.ent_type_ in ORG_LABELS:
        a, b = entity_bounds(head)
        if a >= first:
            # an entity the recogniser ran across a comma ("According to Opta, City had
            # ...") ends at the comma
            end = next((i for i in range(head.i + 1, b) if doc[i].is_punct and doc[i].text in ",;:"), b)
            while end - 1 > head.i and doc[end - 1].tag_ == "POS":
                end -= 1  # "Lester Holt’s question": the recogniser keeps the possessive in the entity
            last = max(last, end - 1)
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if objs and objs[0].pos_ == "PROPN":
                last = max(last, objs[0].i)
    return [doc[i] for i in range(first, last + 1)]


def _name_with_a_capitalised_preposition(head: Token, tokens: list[Token]) -> Descriptor | None:
    """"Reporters Without Borders said", "Mothers Against Drunk Driving said": common
    nouns run into one proper name by a preposition written with a capital inside the
    sentence, as only a name's words are; the name is an organisation's, not a crowd of
    reporters. "Officials from the ministry" keeps its lower-case preposition and stays a
    group; a preposition capitalised as the first word of a sentence, or in a headline
    written in title case ("General Who Called For Internment Of ..."), says nothing."""
    if not head.is_title or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(t.is_alpha and t.is_lower and len(t) > 3 for t in head.sent):
        return None  # a title-case headline capitalises every preposition
    prep = next((c for c in head.rights if c.dep_ == "prep"), None)
    if prep is None or prep.i != head.i + 1 or not prep.is_title or prep.is_sent_start:
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or not (obj.is_title or obj.is_upper) or any(t.is_punct for t in head.doc[prep.i : obj.right_edge.i + 1]):
        return None
    name = _strip_det([*tokens, *head.doc[tokens[-1].i + 1 : obj.right_edge.i + 1]])
    return Descriptor(Kind.ORGANIZATION, name, affiliation=name, head=head.lemma_.lower(), definite=_determiner(tokens) in DEFINITE)


#: prepositions that join an advocacy group's name ("Democracy for America", "Mothers
#: Against Drunk Driving", "Doctors Without Borders")
ADVOCACY_PREPS = frozenset({"for", "against", "without"})


def _advocacy_name(head: Token, tokens: list[Token]) -> Descriptor | None:
    """"Democracy for America urged ...", "Physicians for Human Rights said",
    "Americans for Prosperity said": a capitalised noun, "for", "against" or "without" in
    lower case, and a capitalised name is an advocacy group's name, an organisation, not
    a crowd of physicians nor someone called Democracy. Not when the name after the
    preposition is a person's ("Attorneys for Clinton said": lawyers, unnamed) or the
    noun is one person's job ("Spokesman for Acme said" in a headline)."""
    if not head.text[:1].isupper() or head.pos_ not in ("NOUN", "PROPN") or head.ent_type_:
        return None  # a name the recogniser knows is read whole ("Centers for Disease Control and Prevention")
    prep = next((c for c in head.rights if c.dep_ == "prep"), None)
    if prep is None or prep.i != head.i + 1 or prep.lower_ not in ADVOCACY_PREPS:
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or not (obj.is_title or obj.is_upper) or obj.ent_type_ == "PERSON" or obj.pos_ != "PROPN":
        return None
    if any(t.is_punct or not (t.text[:1].isupper() or t.is_stop) for t in head.doc[prep.i + 1 : obj.i + 1]):
        return None  # "Attorneys for the plaintiffs", "Sources for this article"
    info = source_nouns().get(_source_noun_lemma(head))
    if info is not None and (not _plural(head) and head.lower_ == _source_noun_lemma(head) or obj.ent_type_ in ("ORG", "GPE") or _named_like_an_organization(obj, _np_tokens(obj))):
        return None  # "Officials for Acme Corp. said", "Lawyers for Ohio": people who work for it
    if obj.lower_ in _names_known_as(head.doc)[2]:
        return None  # "Lawyers for Trump": a person the recogniser names elsewhere
    start = tokens[0].i if tokens[0].i <= head.i else head.i
    name = _strip_det([head.doc[i] for i in range(start, obj.i + 1)])
    return Descriptor(Kind.ORGANIZATION, name, affiliation=name, head=head.lemma_.lower(), definite=_determiner(tokens) in DEFINITE)


def _collective(head: Token) -> bool:
    """"police", "military": plural or not, one institution; "companies" are several."""
    return not _plural(head) or head.lemma_.lower() == head.lower_


def _document(head: Token, tokens: list[Token]) -> Descriptor | None:
    words = [t.lemma_.lower() for t in tokens if t.i <= head.i]
    nouns = document_nouns()
    match = None
    for n in range(min(3, len(words)), 0, -1):
        key = tuple(words[-n:])
        if key in nouns:
            match = key
            break
    if match is None:
        # the lemmatiser may change a listed surface form ("minutes" -> "minute")
        surface = tuple(t.lower_ for t in tokens if t.i <= head.i)[-1:]
        if surface in nouns:
            match = surface
        else:
            return None
    poss_tokens = {i for i in _possessor_tokens(tokens) if head.doc[i].ent_type_ not in NOT_SOURCES}
    owner = _possessor_text(tokens, poss_tokens)
    if owner is None:
        # "a Reuters report", "a district budget memo": a name or an institution before it
        phrase_start = head.i - len(match) + 1  # "court" in "court filings" names no owner
        owners = [
            t for t in tokens
            if t.i < phrase_start and t.dep_ not in ("det", "predet") and t.ent_type_ not in NOT_SOURCES
            and (
                t.ent_type_ in ("ORG", "GPE", "NORP", "PERSON", "FAC")
                or (t.pos_ == "PROPN" and not t.is_sent_start)
                or t.lemma_.lower() in organization_nouns()
            )
        ]
        if owners:
            owner = text_of(owners)
    if owner is None:
        owner = (_prepositional_affiliation(head, preps=("by", "from", "of", "for"), any_proper=True) or _agent_owner(head) or _filer(head)
                 or _authors_at_an_institution(head) or _published_in(head))
    # "its earnings report", "his tax returns": the owner is whoever the pronoun stands for
    owned = any(t.tag_ == "PRP$" and t.head.i == head.i for t in tokens)
    identifiable = nouns[match] or owner is not None or owned or _dated_or_traced(head)
    name = _strip_det(tokens)
    return Descriptor(
        Kind.DOCUMENT,
        name,
        affiliation=owner,
        head=head.lemma_.lower(),
        plural=_plural(head),
        identifiable=identifiable,
        definite=_determiner(tokens) in DEFINITE,
        indefinite=_determiner(tokens) in INDEFINITE,
    )


#: documents in which their issuer speaks on the record, as "X said in a statement" does
_STATEMENT_NOUNS = frozenset({"statement", "release"})


def _issuer_speaking_through_a_statement(head: Token) -> Token | None:
    """"According to a statement from Tesla", "a White House statement said", "Tesla's
    statement said": a statement or press release is its issuer speaking on the record,
    as in "Tesla said in a statement" (and "issued a statement that said", where the
    issuer is already the speaker). When a name issues it (from/by it, its possessor or a
    name before the noun), the source is that person or organisation, not a document
    called "statement". A report, a study or a letter stays a document; an unnamed
    issuer ("a statement from the campaign") leaves the statement the source."""
    if head.lemma_.lower() not in _STATEMENT_NOUNS or _plural(head):
        return None

    def named(tok: Token) -> bool:
        return tok.pos_ == "PROPN" and tok.ent_type_ not in NOT_SOURCES

    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and named(obj):
                return obj
        if child.dep_ in ("poss", "compound") and child.i < head.i and named(child):
            return child
    return None


def _authors_at_an_institution(head: Token) -> str | None:
    """"A study by researchers at MIT", "an analysis by economists at the Federal Reserve":
    the document's authors are unnamed but placed at a named institution, which makes the
    document one a reader can find (as "a Reuters report" is). The institution, or None."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "by"):
        for authors in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in source_nouns()):
            for at in (c for c in authors.children if c.dep_ == "prep" and c.lower_ in ("at", "from", "with")):
                place = next((c for c in at.children if c.dep_ == "pobj" and (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "GPE", "FAC"))), None)
                if place is not None:
                    return text_of([head.doc[i] for i in range(place.left_edge.i, place.right_edge.i + 1)])
    return None


def _group(head: Token, tokens: list[Token]) -> Descriptor:
    role, role_head, affiliation = role_and_affiliation(head)
    info = source_nouns().get(head.lemma_.lower())
    if affiliation and info is not None and info.government:
        affiliation = _government(head, tokens) or affiliation
    det = _determiner(tokens)
    tail = description_tail(head) if tokens and tokens[-1].i == head.i else []
    if role and _public_crowd(head, tokens, affiliation, tail):
        role = role_head = None
    desc = Descriptor(
        Kind.GROUP,
        _strip_det(tokens + tail),
        role=role,
        role_head=role_head,
        affiliation=affiliation,
        gender=info.gender if info else None,
        plural=_plural(head),
        head=head.lemma_.lower(),
        definite=det in DEFINITE,
        indefinite=det in INDEFINITE or any(t.dep_ == "nummod" for t in head.children),
        placed=_says_how_it_knows(tail),
    )
    return desc


def _public_crowd(head: Token, tokens: list[Token], affiliation: str | None, tail: list[Token]) -> bool:
    """"Residents say", "some parents say", "some councillors privately say": a plural
    placed by nothing (no affiliation, no description, no count, no "the") is a crowd of
    opinion, not people in a role, so the source is vague (QA201 asks who they are).

    Members of the public (``public_nouns.txt``) are a crowd bare or with a quantifier or
    a plain adjective ("local residents"): nothing says which residents. Any other role
    noun is a crowd only after a quantifier of opinion ("some teachers", "many
    economists"): bare, "prosecutors said" and "investigators said" in a story mean the
    ones on the case, and "several employees" are counted insiders."""
    if not _plural(head) or affiliation or tail:
        return False
    before = [t for t in tokens if t.i < head.i and not t.is_punct]
    if any(t.like_num or t.dep_ in ("nummod", "poss") or t.lower_ in DEFINITE for t in before):
        return False
    plain = all(t.lower_ in vague_modifiers() or t.pos_ in ("DET", "ADJ") and not t.ent_type_ for t in before)
    if head.lemma_.lower() in public_nouns():
        return plain and (not before or before[0].lower_ in CROWD_QUANTIFIERS or before[0].pos_ == "ADJ")
    return plain and bool(before) and before[0].lower_ in OPINION_QUANTIFIERS


#: quantifiers that make a plural of the public a crowd ("some parents", "many voters")
CROWD_QUANTIFIERS = {"some", "many", "several", "other", "others", "few", "numerous", "various", "most"}
#: quantifiers that make any plural of people a crowd of opinion, whatever their role
#: ("some councillors say", "many economists say"): the "some people say" of Wikipedia's
#: Manual of Style ("Words to watch: unsupported attributions"). Not "several" or "few",
#: which count.
OPINION_QUANTIFIERS = frozenset({"some", "many", "most", "numerous", "various"})


#: dependents right of an unnamed source's noun that can describe it
_TAIL_DEPS = {"amod", "prep", "acl"}
_TAIL_STOP = {"who", "whom", "whose", "which", "that"}


def description_tail(head: Token) -> list[Token]:
    """The words right of an unnamed source's noun that say who the source is or how it
    knows, kept as part of its description: "three people *familiar with the
    negotiations*", "a person *briefed on the investigation*", "two people *with knowledge
    of the matter*", "officials *in the governor's office*". The words run on without a
    break: a comma, a relative clause ("who spoke on condition of anonymity") or a date
    ends them, since those are the article's comment on the source, not its description."""
    doc = head.doc
    last = head.i
    for child in head.rights:
        if child.dep_ not in _TAIL_DEPS or child.left_edge.i != last + 1:
            break
        if child.dep_ == "amod" and not any(c.dep_ == "prep" for c in child.children):
            break  # a stray adjective, not "familiar with ..."
        if child.dep_ == "acl" and child.tag_ != "VBN":
            break  # "officials speaking on condition of anonymity": comment, not description
        if child.dep_ == "prep" and child.lower_ not in AFFILIATION_PREPS | {"on", "about", "inside"}:
            break
        end = child.right_edge.i
        for i in range(child.i, end + 1):
            tok = doc[i]
            if tok.is_punct or tok.lower_ in _TAIL_STOP or tok.dep_ == "relcl" or tok.ent_type_ in ("DATE", "TIME") or "\n" in tok.whitespace_:
                end = i - 1
                break
        if end < child.i or end - head.i > 12:
            break
        last = end
        if end < child.right_edge.i:
            break
    return [doc[i] for i in range(head.i + 1, last + 1)]


def _says_how_it_knows(tail: list[Token]) -> bool:
    """Does the description say how the source knows ("familiar with", "briefed on",
    ``knowledge_phrases.txt``)? Leading adverbs ("directly involved in") are skipped."""
    words = [t.lower_ for t in tail]
    while words and tail[len(tail) - len(words)].pos_ == "ADV":
        words = words[1:]
    if not any(tuple(words[: len(p)]) == p for p in knowledge_phrases()):
        return False
    # "familiar with the matter" says nothing about what the source knows
    return not (words and words[-1] in boilerplate_knowledge())


def _government(head: Token, tokens: list[Token]) -> str | None:
    """"a U.S. official" -> U.S. government: a bare country before a government noun."""
    mods = [t for t in tokens if t.i < head.i and t.dep_ not in ("det", "predet", "nummod", "quantmod") and t.lower_ not in vague_modifiers() and not t.is_punct]
    if not mods or any(not t.ent_type_ for t in mods):
        return None
    text = text_of(mods)
    table = government_affiliations()
    if text in table:
        return table[text]
    if all(t.ent_type_ == "GPE" for t in mods):
        return f"{text} government"
    return None


# -- shared helpers ---------------------------------------------------------------------


def _np_tokens(head: Token) -> list[Token]:
    first, last = noun_phrase(head)
    return [head.doc[i] for i in range(first, last + 1)]


def _plural(head: Token) -> bool:
    return head.tag_ in ("NNS", "NNPS") or "Plur" in head.morph.get("Number")


def _determiner(tokens: list[Token]) -> str | None:
    for t in tokens:
        if t.dep_ in ("det", "predet"):
            return t.lower_
        if t.dep_ == "poss":
            return "the"  # "the Pentagon's report" is as definite as "the report"
    return None


def _without_epithets_before_the_name(tokens: list[Token]) -> list[Token]:
    """"the official Xinhua news agency", "the nonpartisan Congressional Budget Office",
    "the conservative Heritage Foundation": lower-case adjectives before an organisation's
    proper name describe it and are no part of its name. The name starts at its first
    capitalised word when only such adjectives (and the article) come before it."""
    first = next((k for k, t in enumerate(tokens) if t.pos_ == "PROPN" and t.text[:1].isupper()), None)
    if not first or tokens[first].ent_iob_ != "B" or tokens[first].ent_type_ != "ORG" or len(tokens) - first < 2:
        return tokens  # "super PAC", "the 6th Circuit": the word before is part of the name
    before = tokens[:first]
    # lower-case words only ("state-run" is three tokens); no digit ("the 6th Circuit")
    if not all(t.dep_ in ("det", "predet") or t.text == "-" or t.text.islower() and t.is_alpha for t in before):
        return tokens
    if not any(t.pos_ in ("ADJ", "VERB") for t in before):
        return tokens
    return tokens[first:]


def _strip_det(tokens: list[Token]) -> str:
    toks = list(tokens)
    while toks and (toks[0].dep_ in ("det", "predet") and toks[0].lower_ in DEFINITE | INDEFINITE or toks[0].is_punct):
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    return text_of(toks) if toks else text_of(tokens)


def _has_proper_modifier(tokens: list[Token], head: Token) -> bool:
    return any(t.i < head.i and (t.pos_ == "PROPN" or t.ent_type_) for t in tokens)


def _possessor_tokens(tokens: list[Token]) -> set[int]:
    """Tokens of a possessor inside the phrase ("Russia's" in "Russia's foreign minister");
    never the phrase's own head ("Sanders" in "Sanders' plan" when Sanders is the mention)."""
    if not tokens:
        return set()
    first, last = tokens[0].i, tokens[-1].i
    out: set[int] = set()
    for t in tokens:
        if t.dep_ == "poss" and t.tag_ != "PRP$" and first <= t.head.i <= last:
            out.update(s.i for s in t.subtree)
    return out


def _possessor_text(tokens: list[Token], poss_tokens: set[int]) -> str | None:
    toks = [t for t in tokens if t.i in poss_tokens and t.tag_ != "POS" and t.dep_ != "case"]
    if not toks:
        return None
    return _strip_det(toks)


def _affiliation_text(mods: list[Token], government: bool) -> str | None:
    """Affiliation from the words before a head noun: seniority and number dropped."""
    mods = [t for t in mods if t.lower_ not in vague_modifiers() and t.dep_ not in ("det", "predet", "nummod", "quantmod") and not t.is_punct]
    if not mods:
        return None
    if government:
        text = text_of(mods)
        return government_affiliations().get(text, text)
    return text_of(mods)


def _places(tok: Token) -> bool:
    """A modifier that says where a source works: a noun, a name, an institution word or an
    institutional adjective ("federal", "congressional"); not "political", "local"."""
    if tok.lower_ in vague_modifiers():
        return False
    return tok.pos_ in ("NOUN", "PROPN") or bool(tok.ent_type_) or _org_like(tok) or tok.lower_ in institution_adjectives()


def _org_like(tok: Token) -> bool:
    return tok.ent_type_ in ORG_LABELS or tok.pos_ == "PROPN" or tok.lemma_.lower() in organization_nouns()


def _prepositional_affiliation(noun: Token, preps: tuple[str, ...] | set[str] = AFFILIATION_PREPS, any_proper: bool = False) -> str | None:
    """"spokesman for the coalition in Baghdad" -> "the coalition"; "sources close to the
    Kremlin" -> "the Kremlin". Only organisations and places count, not "the matter"."""
    candidates = [c for c in noun.children if c.dep_ == "prep"]
    for mod in noun.children:  # "sources close to", "people familiar with": on the adjective
        if mod.dep_ == "amod" and (mod.i > noun.i or mod.lower_ == "close"):
            candidates.extend(c for c in mod.children if c.dep_ == "prep")
    for prep in candidates:
        if prep.lower_ not in preps:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if _org_like(obj) or (any_proper and obj.pos_ == "PROPN"):
                if prep.lower_ == "in" and obj.ent_type_ in ("GPE", "LOC") and obj.lemma_.lower() not in organization_nouns():
                    continue  # "an official in Baghdad" says where, not for whom
                return _object_phrase(obj)
    return None


def _object_phrase(obj: Token) -> str:
    """The organisation a prepositional object names: its noun phrase with the
    determiner as written, extended over a multiword entity ("the Center for Strategic and
    International Studies") but not over a place ("the coalition in Baghdad")."""
    first, last = noun_phrase(obj)
    doc = obj.doc
    if obj.ent_type_:
        a, b = entity_bounds(obj)
        first = min(first, a)
        last = max(last, b - 1)
    toks = [doc[i] for i in range(first, last + 1)]
    # the small model sometimes runs an organisation's entity on over a preposition
    # ("Barclays in" of "an economist at Barclays in London"): a name never ends in one
    while toks and (toks[-1].is_punct or toks[-1].pos_ in ("ADP", "CCONJ", "DET")):
        toks = toks[:-1]
    return text_of(toks)


def _filer(head: Token) -> str | None:
    """"a notice the firm filed with the state environmental agency", "the letter the
    mayor sent": a clause on the document whose subject wrote, filed or sent it."""
    for clause in head.children:
        if clause.dep_ not in ("relcl", "acl") or clause.lemma_.lower() not in authorship_verbs():
            continue
        for subj in clause.children:
            if subj.dep_ == "nsubj" and subj.lower_ not in _TAIL_STOP and subj.pos_ in ("NOUN", "PROPN"):
                if subj.pos_ == "PROPN" or _org_like(subj) or any(c.dep_ in ("det", "poss") for c in subj.children):
                    return _object_phrase(subj)
    return None


def _published_in(head: Token) -> str | None:
    """"An article in The Lancet said", "a story in The Wall Street Journal": the
    publication a document appeared in names it as well as an author would; not a place
    or a time ("a report in Texas", "a study in March")."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.ent_type_ in ("ORG", "WORK_OF_ART") or (obj.pos_ == "PROPN" and not obj.ent_type_):
                return _strip_det([obj.doc[i] for i in range(obj.left_edge.i, obj.right_edge.i + 1)])
    return None


def _dated_or_traced(head: Token) -> bool:
    """A document pinned by a date or by how it was obtained: "a state census released
    last spring", "a report sent to Congress last week", "new data obtained by the
    newspaper" (``provenance_verbs.txt``). A reader can find it even with no author named."""
    for clause in head.children:
        if clause.dep_ not in ("relcl", "acl") or clause.pos_ != "VERB":
            continue
        lemma = clause.lemma_.lower()
        if lemma in provenance_verbs() and any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in clause.children):
            return True
        if lemma in authorship_verbs() and any(t.ent_type_ in ("DATE", "TIME") for t in clause.subtree if t.i != clause.i):
            return True
    return False


def _agent_owner(head: Token) -> str | None:
    """"a report released Tuesday by the Government Accountability Office", "a study
    published in The Lancet"."""
    for acl in head.children:
        # "released by the GAO" names the author; "obtained by the Ledger" does not
        if acl.dep_ != "acl" or acl.lemma_.lower() not in authorship_verbs():
            continue
        for link in acl.children:
            if link.dep_ == "agent" or (link.dep_ == "prep" and link.lower_ in ("by", "in", "from")):
                for obj in link.children:
                    if obj.dep_ == "pobj" and (_org_like(obj) or any(t.pos_ == "PROPN" for t in obj.subtree)):
                        return _object_phrase(obj)
    return None
