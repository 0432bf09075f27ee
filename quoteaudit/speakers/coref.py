"""Coreference as a deterministic sieve: which mentions are the same real-world source.

Mentions are taken in text order. Each one goes through the steps below in order; the
first step that finds an earlier source links it, and a mention no step links starts a new
source. Every lookup is a dict or a short backwards walk inside a window of paragraphs, so
the work grows with the number of mentions, not with quotes × mentions.

1. **Exact name.** The same name, title and determiner aside: "Ryan Dillon" and
   "Colonel Ryan Dillon"; "the US military" and "The US military". Unnamed sources link
   on exact words only when not indefinite and inside the description window ("a U.S.
   official" twice is two officials).
2. **Surname.** A bare surname links to the most recent earlier full name with that
   surname: "Dillon" -> "Colonel Ryan Dillon", also when the full name appeared outside
   any quote ("Ryan Dillon briefed reporters. ... Dillon said").
3. **Title and surname.** "Col. Dillon" links like a surname when the titles agree (or
   one is a courtesy title, Mr./Ms.).
4. **Pronoun.** "he", "she", "they", "it" link to the most recent compatible speaker, or
   person in subject position, within :data:`PRONOUN_WINDOW` paragraphs: number, gender
   (from titles, "spokeswoman", earlier pronouns, first names in ``first_names.tsv``)
   and kind ("it" for organisations and documents) must agree. "They" may also be a
   plural subject of the two sentences before, and "he"/"she" with no person to fit a
   singular role noun subject ("The mayor disagrees. She said ...")
   (:meth:`Sieve._subject_noun`). A possessive on what its clause's subject voices
   ("Woods shared her belief") is that subject (:meth:`Sieve._holder_of_own_attribution`),
   and a speaker of unknown gender yields to a person of the pronoun's gender named in a
   nearer sentence (:meth:`Sieve._gendered_person_nearer`). A
   pronoun with no antecedent stays a source of its own, typed
   ``pronoun_unresolved``; it is never guessed.
5. **Definite description.** "The sources", "the spokesman", "the official", "the report",
   "the military" link to the most recent earlier source with that head noun (or that
   role or title) and number, within :data:`DESCRIPTION_WINDOW` paragraphs; failing
   that, a title or role used as a description ("the mayor", "the spokesman") links to
   the one person named with exactly that title or role in the window, quoted or not
   (:meth:`Sieve._titled_person`).
6. **Floating quote.** A quote with no speaker in its own sentence takes the speaker of a
   run it sits inside, or of the paragraph before when that ends with a quoted person
   speaking ("Trump spoke only in bromides. / “…”"), with lower confidence (see
   :func:`attribute_floating`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

from ..lexicons import first_name_genders, load_set, load_table
from ..model import Quote
from ..quotes.cues import noun_holder_verbs, verb_classes
from ..quotes.mention import age_epithet_hung_on_the_verb
from .lexicon import organization_nouns, source_nouns, title_key, titles
from .mentions import Layout, Mention, mention_from_head
from .roles import Descriptor, Kind, built_like_a_personal_name, describe, hyphenated_surname, in_a_headline_case_line, surname_behind_particles

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

#: how many paragraphs back a pronoun may find its antecedent (newswire paragraphs are
#: one or two sentences; three covers "X said ... [background] ... he said")
PRONOUN_WINDOW = 3
#: how many paragraphs back "the sources" / "the spokesman" may find theirs
DESCRIPTION_WINDOW = 4
#: confidence of floating attributions: same paragraph, between two paragraphs of the
#: same speaker, a direct quote continuing the previous paragraph's direct quote
FLOATING_SAME_PARAGRAPH = 0.8
FLOATING_BETWEEN = 0.7
FLOATING_CONTINUED = 0.6

COURTESY = {"Mr.", "Mrs.", "Ms.", "Miss", "Mx.", "Messrs."}
SUBJECT_DEPS = ("nsubj", "nsubjpass")


def name_key(name: str) -> str:
    """Names compare without case, full stops or a leading "the"."""
    words = name.replace(".", "").lower().split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@dataclass
class Entity:
    """A source being assembled: its merged description and every mention of it."""

    number: int
    desc: Descriptor
    mentions: list[Mention] = field(default_factory=list)
    #: kept up to date by :meth:`add`, so that a source mentioned thousands of times in a
    #: long article costs nothing extra per lookup
    first: int = -1
    last_paragraph: int = -1

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        if self.first < 0 or mention.start < self.first:
            self.first = mention.start
        self.last_paragraph = max(self.last_paragraph, mention.paragraph)

    def absorb(self, desc: Descriptor) -> None:
        """Fill what the entity does not know yet from another mention of it."""
        d = self.desc
        if desc.kind == Kind.PRONOUN:
            if d.gender is None and desc.gender is not None and d.kind in (Kind.PERSON, Kind.GROUP):
                d.gender = desc.gender
            return
        if d.kind == Kind.PERSON and desc.kind == Kind.PERSON and len(desc.name.split()) > len(d.name.split()):
            d.name = desc.name
        for attr in ("title", "role", "role_head", "affiliation", "gender", "surname"):
            if getattr(d, attr) is None and getattr(desc, attr) is not None:
                setattr(d, attr, getattr(desc, attr))
        d.identifiable = d.identifiable or desc.identifiable
        d.placed = d.placed or desc.placed
        d.aliases |= desc.aliases


@dataclass(frozen=True)
class Resolution:
    entity: Entity
    #: which sieve step linked the mention: exact-name, surname, title-surname, pronoun,
    #: partitive, description, new, unresolved-pronoun, same-mention
    step: str


@dataclass(frozen=True)
class _Person:
    """A PERSON entity anywhere in the text: a possible antecedent for surnames and pronouns."""

    start: int
    head: int
    paragraph: int
    sentence: int
    subject: bool
    surname: str
    words: int
    #: the name's first word: a family name where it is written first ("Wang Wenbin")
    first: str = ""


#: entity labels that say a capitalised run is not a person's name
_NOT_PEOPLE = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "DATE", "TIME"})


def _named_people(doc: Doc) -> list:
    """The recogniser's PERSON entities, the names it took for organisations though they
    are built like a person's ("Carly Fiorina": a listed first name and a surname, see
    :func:`~.roles.built_like_a_personal_name`), and the names it missed: a listed first name
    (``first_names.tsv``) opening a run of proper nouns ("Grant's chief of staff, Ana
    Ruiz, disputed that", where the small model tags nothing). Without them a pronoun
    after such a name went to the last person the recogniser did see."""
    courtesy = _surnames_given_a_courtesy_title(doc)
    people = [ent for ent in doc.ents if ent.label_ == "PERSON" or ent.label_ == "ORG" and (
        built_like_a_personal_name(ent) or _full_name_of_a_titled_surname(ent, courtesy))]
    covered = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    genders = first_name_genders()
    k = 0
    while k < len(doc):
        t = doc[k]
        if k in covered or t.pos_ != "PROPN" or not t.text[:1].isupper() or t.lower_ not in genders or t.ent_type_ in _NOT_PEOPLE:
            k += 1
            continue
        e = k + 1
        while e < len(doc) and e not in covered and doc[e].pos_ == "PROPN" and doc[e].text[:1].isupper() and doc[e].ent_type_ not in _NOT_PEOPLE:
            e += 1
        if e - k >= 2:
            people.append(doc[k:e])
        k = e
    return sorted(people, key=lambda span: span.start)


class PeopleIndex:
    """Every person the entity recogniser found, by position and by surname."""

    def __init__(self, doc: Doc, layout: Layout):
        self.people: list[_Person] = []
        for ent in _named_people(doc):
            words = [t for t in ent if not t.is_punct and t.tag_ != "POS"]
            if not words:
                continue
            head = ent.root
            self.people.append(
                _Person(
                    ent.start_char,
                    head.i,
                    layout.paragraph_of(ent.start_char),
                    layout.sentence_of(head.i),
                    # "Park's neighbor, Jim Olsen, wasn't convinced": the name in
                    # apposition to a subject is in subject position too
                    head.dep_ in SUBJECT_DEPS or (head.dep_ == "appos" and head.head.dep_ in SUBJECT_DEPS),
                    hyphenated_surname(words).lower(),
                    len(ent.text.split()),
                    words[0].lower_,
                )
            )
        self.starts = [p.start for p in self.people]
        self.by_surname: dict[str, list[_Person]] = {}
        for p in self.people:
            self.by_surname.setdefault(p.surname, []).append(p)
        self.surnames = frozenset(self.by_surname)

    def before(self, pos: int) -> int:
        """Index just past the last person starting before ``pos``."""
        return bisect.bisect_left(self.starts, pos)

    def full_name_before(self, surname: str, pos: int) -> _Person | None:
        return next(self.full_names_before(surname, pos), None)

    def full_names_before(self, surname: str, pos: int):
        """The people named in full with this surname before ``pos``, nearest first."""
        found = [p for p in self.by_surname.get(surname.lower(), ()) if p.start < pos and p.words > 1]
        return reversed(found)


#: entity labels that make a run of capitalised words no person's name
_NOT_A_NAME = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "LANGUAGE"})


def _initials(name: str) -> str:
    """The initials of a name's capitalised words, without "the", "of", "and" …: "World
    Health Organization" -> "WHO", "Federal Bureau of Investigation" -> "FBI"."""
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    if words and words[0].lower() == "the":
        words = words[1:]
    return "".join(w[0] for w in words if w[:1].isupper())


def _surnames_given_a_courtesy_title(doc: Doc) -> frozenset[str]:
    """Surnames the article writes after "Mr.", "Ms.", "Dr." …: the article itself says
    they are people's."""
    return frozenset(
        doc[k + 1].lower_ for k in range(len(doc) - 1)
        if doc[k + 1].pos_ == "PROPN" and (k + 2 >= len(doc) or doc[k + 2].pos_ != "PROPN")
        and title_key(doc[k].text) != "miss"  # "Miss Universe", "Miss Piggy"
        and (t := titles().get(title_key(doc[k].text))) is not None and t.kind == "courtesy"
    )


def _full_name_of_a_titled_surname(ent, courtesy: frozenset[str]) -> bool:
    """"Chioma Okafor opened her bakery in 2019. … Ms. Okafor said": the small recogniser
    calls many names it has not seen organisations, and "Chioma" is no listed first name;
    two or three capitalised proper nouns ending in a surname the article gives a courtesy
    title are that person's full name."""
    words = [t for t in ent if not t.is_punct]
    return 2 <= len(words) <= 3 and words[-1].lower_ in courtesy and all(t.pos_ == "PROPN" and t.is_title for t in words)


def _surname_read_as_a_modal(head) -> Descriptor:
    """A speaker mention headed by a modal is a surname the parse read as one ("“…,” Will
    wrote", "May said"; see :func:`.mentions.name_read_as_a_modal`): a person, linked to
    the full name ("George Will", "Theresa May") like any surname."""
    return Descriptor(Kind.PERSON, head.text, head=head.lower_, surname=head.text)


class Sieve:
    """Links mentions to sources, one mention at a time, in text order."""

    def __init__(self, doc: Doc, layout: Layout, people: PeopleIndex | None = None):
        self.doc = doc
        self.layout = layout
        self.people = people or PeopleIndex(doc, layout)
        self.entities: list[Entity] = []
        self._by_span: dict[tuple[int, int], Entity] = {}
        self._by_name: dict[str, Entity] = {}
        self._by_surname: dict[str, list[Entity]] = {}
        #: organisations named in more than one word, by their last word ("united")
        self._by_short_name: dict[str, Entity] = {}
        #: every linked mention in text order: (start, paragraph, sentence, entity, mention)
        self._timeline: list[tuple[int, int, int, int, Entity]] = []
        self._by_head: dict[str, list[tuple[int, int, Entity]]] = {}
        #: descriptions worked out with context before their mention is resolved
        self._described: dict[tuple[int, int], Descriptor] = {}
        #: the entity of each head token already linked
        self._by_head_token: dict[int, Entity] = {}
        #: is a character offset inside a quote's content (set by the caller once the quotes
        #: are known; epithets never point into what someone said)
        self.in_content = None

    @property
    def known_people(self) -> frozenset[str]:
        return self.people.surnames | frozenset(self._by_surname)

    def describe(self, mention: Mention) -> Descriptor:
        head = self.doc[mention.head]
        if head.tag_ == "MD":
            return _surname_read_as_a_modal(head)
        return describe(head, self.known_people)

    # -- the steps ------------------------------------------------------------------

    def resolve(self, mention: Mention, desc: Descriptor | None = None) -> Resolution:
        """Link ``mention`` to an earlier source or start a new one."""
        key = (mention.start, mention.end)
        if key in self._by_span:
            return Resolution(self._by_span[key], "same-mention")
        if mention.head in self._by_head_token:
            # "a worker who asked ...": "who" stands for the very noun already resolved
            return self._link(self._by_head_token[mention.head], mention, self.describe(mention), "same-mention")
        desc = desc or self._described.pop(key, None) or self.describe(mention)
        if desc.partitive:
            entity = self._group_named_before(mention, desc)
            if entity is None and not desc.head:
                entity = self._pair_named_before(mention, desc)
            if entity is not None:
                return self._link(entity, mention, desc, "partitive")
            desc = replace(desc, partitive=False)
        if desc.kind == Kind.GROUP and desc.plural and _both_of(self.doc[mention.head]):
            entity = self._pair_named_before(mention, desc)
            if entity is not None:
                return self._link(entity, mention, desc, "partitive")
        if desc.kind == Kind.PRONOUN:
            entity = self._pronoun(mention, desc)
            if entity is None:
                return self._link(self._new(desc), mention, desc, "unresolved-pronoun")
            return self._link(entity, mention, desc, "pronoun")
        entity = self._exact_name(mention, desc)
        if entity is not None:
            return self._link(entity, mention, desc, "exact-name")
        entity = self._label_by_surname(desc)
        if entity is not None:
            return self._link(entity, mention, desc, "label-surname")
        if desc.kind == Kind.ORGANIZATION and len(desc.name.split()) == 1:
            entity = self._short_name(mention, desc) or self._acronym_of_a_name_given_before(mention, desc)
            if entity is not None:
                return self._link(entity, mention, desc, "short-name")
        if desc.kind == Kind.PERSON and (len(desc.name.split()) == 1 or surname_behind_particles(desc.name)):
            entity = self._surname(mention, desc)
            if entity is not None:
                return self._link(entity, mention, desc, "title-surname" if desc.title else "surname")
        if desc.kind == Kind.PERSON and len(desc.name.split()) == 2:
            entity = self._last_names_of_a_full_name(mention, desc)
            if entity is not None:
                return self._link(entity, mention, desc, "surname")
        if desc.kind in (Kind.PERSON, Kind.ORGANIZATION) and desc.named and len(desc.name.split()) == 1:
            entity = self._family_name_written_first(mention, desc)
            if entity is not None:
                return self._link(entity, mention, desc, "surname")
        # "Police said": the bare collective is as definite as "the police"
        bare_police = desc.kind == Kind.ORGANIZATION and name_key(desc.name) in _COLLECTIVE_CLASS_NOUNS
        if (desc.definite or bare_police) and desc.kind in (Kind.GROUP, Kind.DOCUMENT, Kind.ORGANIZATION):
            entity = self._description(mention, desc)
            if entity is None and desc.kind == Kind.GROUP:
                entity = self._titled_person(mention, desc)
            if entity is None and desc.kind == Kind.ORGANIZATION:
                entity = self._organisation_by_its_class(mention, desc)
            if entity is None and desc.kind == Kind.DOCUMENT:
                entity = self._the_one_document_in_reach(mention, desc)
            if entity is not None:
                return self._link(entity, mention, desc, "description")
        # "The Dane said": the recogniser's nationality makes a one-word epithet an organisation
        one_word_org = desc.kind == Kind.ORGANIZATION and len(desc.name.split()) == 1
        if (desc.kind == Kind.GROUP or one_word_org) and (entity := self._epithet(mention, desc)) is not None:
            # its own "the" decides: the parse heads "the 52-year-old" with an adjective
            return self._link(entity, mention, desc, "epithet")
        return self._link(self._new(desc), mention, desc, "new")

    def _exact_name(self, mention: Mention, desc: Descriptor) -> Entity | None:
        """Step 1."""
        entity = self._by_name.get(self._name_index_key(desc))
        if entity is None:
            return None
        if desc.named:
            # "Mr. Clinton … Mrs. Clinton": the same name, not the same person
            return entity if entity.desc.kind == desc.kind and _genders_agree(entity.desc, desc) else None
        if desc.indefinite:
            return None
        return entity if mention.paragraph - entity.last_paragraph <= DESCRIPTION_WINDOW else None

    def _label_by_surname(self, desc: Descriptor) -> Entity | None:
        """``Clinton: I support D.C. statehood. / Hillary Clinton wants …``: a headline or
        transcript label gives the surname before the story gives the full name; the full
        name is the label's person (who then goes by it), not a second source. Only a
        one-word person first met as a label (a name and a colon opening the line)."""
        if desc.kind != Kind.PERSON or not desc.surname or len(desc.name.split()) < 2:
            return None
        entity = self._by_name.get(f"{Kind.PERSON.value}:{name_key(desc.surname)}")
        if entity is None or len(entity.desc.name.split()) != 1 or not entity.mentions:
            return None
        head = self.doc[entity.mentions[0].head]
        return entity if head.i + 1 < len(self.doc) and self.doc[head.i + 1].text == ":" else None

    def _surname(self, mention: Mention, desc: Descriptor) -> Entity | None:
        """Steps 2 and 3: a bare or titled surname to the most recent full name."""
        surname = name_key(surname_behind_particles(desc.name) or desc.name)
        for entity in reversed(self._by_surname.get(surname, [])):
            if entity.first < mention.start and _titles_agree(entity.desc.title, desc.title) and _genders_agree(entity.desc, desc):
                return entity
        people = list(self.people.full_names_before(surname, mention.start))
        if not people:
            return self._full_name_the_recogniser_missed(mention, surname)
        # "Bill Clinton … Hillary Clinton … Mr. Clinton said": the nearest full name of
        # the surname whose title and gender agree, not merely the nearest
        for person in people:
            earlier = mention_from_head(self.doc[person.head], self.layout)
            if earlier.start >= mention.start:
                # the entity's head is this very word ("Howard Dean Tells" in a headline):
                # no earlier name to link to, and resolving it would recurse forever
                return None
            entity = self.resolve(earlier).entity
            if entity.desc.coordinated:
                entity = self._one_of_coordinated_names(earlier)
            if entity is None or not _titles_agree(entity.desc.title, desc.title):
                return None
            if _genders_agree(entity.desc, desc):
                return entity
        return None

    def _last_names_of_a_full_name(self, mention: Mention, desc: Descriptor) -> Entity | None:
        """"Andrés Manuel López Obrador … López Obrador said", "Gabriel García Márquez …
        García Márquez": Spanish and Portuguese names carry two surnames and news style
        repeats both. A two-word name that ends one person's longer full name given
        before is that person; not when its first word is a listed first name ("Hillary
        Clinton" is a first name and a surname, whatever longer name came before)."""
        words = name_key(desc.name).split()
        if words[0] in first_name_genders():
            return None
        found = [
            p for p in self.people.by_surname.get(words[-1], ())
            if p.start < mention.start and p.words > 2 and self._as_written(p).replace(".", "").endswith(" " + " ".join(words))
        ]
        return self._the_one_person_of(found, mention)

    def _family_name_written_first(self, mention: Mention, desc: Descriptor) -> Entity | None:
        """"Chinese Foreign Ministry spokesman Wang Wenbin said … Wang said": Chinese,
        Korean and Vietnamese names put the family name first, and news style gives it
        alone on second reference (AP Stylebook, "Chinese names", "Korean names"), where
        the surname step looks for the name's last word. A one-word name that opens one
        person's full name given before, that is nobody's last word and not a listed
        first name ("Hillary" stays out), is that person. The recogniser often calls the
        lone word an organisation, so either kind is taken."""
        word = name_key(desc.name)
        if not word.isalpha() or word in first_name_genders() or self.people.full_name_before(word, mention.start) is not None:
            return None
        found = [p for p in self.people.people if p.start < mention.start and p.words > 1 and p.first == word]
        return self._the_one_person_of(found, mention)

    def _as_written(self, person: _Person) -> str:
        """A person's name as the article writes it, lower-cased ("george w. bush")."""
        return self.layout.text[person.start : self.doc[person.head].idx + len(self.doc[person.head])].lower()

    def _the_one_person_of(self, found: list[_Person], mention: Mention) -> Entity | None:
        """The source of the people ``found`` before ``mention`` when they are all one name
        as written (two different names: nobody can tell which); one of a pair when the name
        was written in one ("President Xi Jinping and Secretary of State John Kerry … Mr.
        Xi")."""
        if len({self._as_written(p) for p in found}) != 1:
            return None
        earlier = mention_from_head(self.doc[found[-1].head], self.layout)
        if earlier.start >= mention.start:
            return None
        entity = self.resolve(earlier).entity
        return self._one_of_coordinated_names(earlier) if entity.desc.coordinated else entity

    def _full_name_the_recogniser_missed(self, mention: Mention, surname: str) -> Entity | None:
        """"Coach Dawn Staley watched as Kamilla Cardoso scored 22 points. … Cardoso said she
        …": a person speaking by surname was named in full before (AP Stylebook, "names"),
        even when the recogniser saw no person there (it calls many unseen names
        organisations, or nothing). The nearest run before the mention of two or three
        capitalised proper nouns ending in the surname, with no title, place, date or
        "the" about it ("the Cardoso Foundation"), is that person's full name."""
        doc = self.doc
        for k in range(mention.first - 1, 0, -1):
            if doc[k].lower_ != surname or doc[k].pos_ != "PROPN":
                continue
            run = [k]
            j = k - 1
            while j >= 0 and len(run) < 3 and doc[j].pos_ == "PROPN" and doc[j].is_title and title_key(doc[j].text) not in titles():
                run.insert(0, j)
                j -= 1
            if len(run) < 2 or (j >= 0 and doc[j].lower_ == "the"):
                continue
            if any(doc[i].ent_type_ in _NOT_A_NAME for i in run) or doc[run[0]].lower_ in organization_nouns():
                continue
            if in_a_headline_case_line(doc[run[0]]) or (j >= 0 and doc[j].text in ("“", '"', "‘", "'", "``")):
                continue  # "Let’s Talk Bernie", a “Talk Bernie to Me” tote bag: a headline's or a title's capitals
            earlier = mention_from_head(doc[k], self.layout)
            if earlier.start >= mention.start:
                return None
            entity = self.resolve(earlier, describe(doc[k], self.known_people | {surname})).entity
            if entity.desc.coordinated:
                entity = self._one_of_coordinated_names(earlier)  # "Novak Djokovic and Andy Murray"
            return entity if entity.desc.kind == Kind.PERSON else None
        return None

    def _one_of_coordinated_names(self, earlier: Mention) -> Entity:
        """"The two candidates, Maria Lopez and Tom Becker, disagreed. ... Lopez said": a
        surname whose full name was first written in a pair is that one person, not the
        pair that spoke together; she becomes a source of her own, with her full name."""
        desc = describe(self.doc[earlier.head], self.known_people, alone=True)
        for entity in self._by_surname.get((desc.surname or "").lower(), []):
            if name_key(entity.desc.name) == name_key(desc.name):
                return entity
        return self._new(desc)

    def _short_name(self, mention: Mention, desc: Descriptor) -> Entity | None:
        """"Manchester United said ... United said": sports and business pages shorten an
        organisation's name to its last word once it has been named in full; the bare word
        is the most recent organisation whose name ends in it."""
        entity = self._by_short_name.get(name_key(desc.name))
        return entity if entity is not None and entity.first < mention.start else None

    def _acronym_of_a_name_given_before(self, mention: Mention, desc: Descriptor) -> Entity | None:
        """"The World Health Organization said … The WHO said", "The National Oceanic and
        Atmospheric Administration issued the forecast. NOAA said": news style spells an
        organisation out first and uses its acronym after (AP Stylebook, "abbreviations
        and acronyms"), often with no "(WHO)" to say so. An acronym is the most recent
        organisation named before whose capitalised words' initials spell it."""
        acronym = desc.name.replace(".", "")
        if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
            return None
        for ent in reversed([e for e in self.doc.ents if e.label_ == "ORG" and e.end_char <= mention.start]):
            # "the Centers for Disease Control and Prevention": the CDC, named before "and
            # Prevention" joined the agency's name
            if acronym not in (_initials(ent.text), _initials(ent.text.rsplit(" and ", 1)[0])):
                continue
            earlier = mention_from_head(ent.root, self.layout)
            if earlier.start >= mention.start:
                return None
            entity = self.resolve(earlier).entity
            return entity if entity.desc.kind == Kind.ORGANIZATION else None
        return None

    def _pronoun(self, mention: Mention, desc: Descriptor) -> Entity | None:
        """Step 4: the most recent compatible speaker, or person in subject position."""
        holder = self._holder_of_own_attribution(mention, desc)
        if holder is not None:
            return holder
        oldest = mention.paragraph - PRONOUN_WINDOW
        candidates: list[tuple[int, Entity | _Person]] = []
        for start, _, sentence, head, entity in self._linked_before(mention, PRONOUN_WINDOW):
            if sentence == mention.sentence and not self._other_clause(head, mention.head):
                continue
            if _labels_the_turn(self.doc, head, mention.start):
                continue
            candidates.append((start, sentence, _in_subject_position(self.doc[head]), entity))
        j = self.people.before(mention.start)
        fallback: list[tuple[int, int, bool, _Person]] = []
        while j > 0:
            j -= 1
            person = self.people.people[j]
            if person.paragraph < oldest:
                break
            if person.sentence == mention.sentence and not self._other_clause(person.head, mention.head):
                continue
            asked = person.sentence == mention.sentence and _object_of_a_fronted_clause(self.doc[person.head], self.doc[mention.head]) and not (
                self.in_content and self.in_content(person.start)
            )  # not in words quoted: "“If the Americans choose Trump, …,” he said"
            (candidates if person.subject or asked else fallback).append((person.start, person.sentence, person.subject, person))
        # "they" takes the nearest plural subject, speaker or not; "he" and "she" take a
        # role noun ("The mayor disagrees. She said") only when no person fits, since a
        # person is named nearby far more often than not
        group = self._subject_noun(mention, desc) if desc.plural else None
        for pool in (candidates, fallback):
            # the nearest sentence first and, within it, its subject before the others
            # ("Clinton answered moderator Lester Holt’s question. She said …": Clinton)
            for start, sentence, _, cand in sorted(pool, key=lambda c: (-c[1], not c[2], -c[0])):
                if group is not None and group.start > start:
                    break  # the plural subject is nearer than any speaker left
                entity = cand if isinstance(cand, Entity) else self._person_entity(cand)
                if entity is not None and _pronoun_fits(desc, entity.desc):
                    if entity.desc.gender is None and desc.gender is not None:
                        nearer = self._gendered_person_nearer(fallback, sentence, desc)
                        if nearer is not None:
                            return nearer
                    return entity
        if group is None and desc.pronoun in ("he", "she"):
            group = self._subject_noun(mention, desc)
        return self.resolve(group).entity if group is not None else None

    def _holder_of_own_attribution(self, mention: Mention, desc: Descriptor) -> Entity | None:
        """"Woods shared her belief that none of it was beyond the pale", "Sanders
        reiterated his belief that ...": a possessive pronoun on the object of a verb
        whose subject holds what that object says (``cue_noun_verbs.txt``: share, voice,
        repeat, reiterate, offer ...) is that subject, who shares or repeats their own
        belief; even when the recogniser tags no person there (Woods) or an organisation
        (Sanders), which left the pronoun to the last person it did see. The subject must
        come before the pronoun and agree with it; a verb of meeting someone else's claim
        ("Clinton dismissed his claim") is not in the list, and its pronoun is free."""
        pron = self.doc[mention.head]
        noun = pron.head
        if pron.dep_ != "poss" or pron.tag_ != "PRP$" or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in noun_holder_verbs():
            return None
        verb = noun.head
        for _ in range(3):  # "would have to voice her concern", "shared and repeated his view"
            subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if subj is not None or verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
                break
            verb = verb.head
        # a name or a personal pronoun: a description ("the front-runner", "Both") has its
        # own steps, which link it to the name it varies
        if subj is None or subj.i > pron.i or not (subj.pos_ == "PROPN" or subj.lower_ in _HOLDER_PRONOUNS):
            return None
        candidate = mention_from_head(subj, self.layout)
        known = self._by_span.get((candidate.start, candidate.end))
        if known is not None:
            found = known.desc
        elif subj.tag_ == "NNP" and subj.ent_type_ in ("", "ORG", "PERSON") and subj.lemma_.lower() not in organization_nouns():
            # a lone surname the recogniser missed or called an organisation
            found = describe(subj, self.known_people | {subj.lower_})
        else:
            found = self.describe(candidate)
        if not _pronoun_fits(desc, found):
            return None
        if known is None and subj.pos_ == "PROPN":
            self._described[(candidate.start, candidate.end)] = found
        return self.resolve(candidate, found).entity

    def _gendered_person_nearer(self, fallback: list, sentence: int, desc: Descriptor) -> Entity | None:
        """"Is President Obama going to act? ... posed a contrast to the conventional one of
        Hillary Clinton. She first tweeted ...": a speaker whose gender the article never
        gave (President Obama) is not who "she" means when a person named in a nearer
        sentence, though not as its subject, is known by her first name or title to be a
        woman. The nearest such person of the pronoun's gender, in a sentence after
        ``sentence``; None when there is none."""
        for start, cand_sentence, _, person in sorted(fallback, key=lambda c: (-c[1], -c[0])):
            if cand_sentence <= sentence:
                return None
            found = self.describe(mention_from_head(self.doc[person.head], self.layout))
            if found.kind == Kind.PERSON and found.gender == desc.gender:
                entity = self._person_entity(person)
                if entity is not None and _pronoun_fits(desc, entity.desc):
                    return entity
        return None

    def _linked_before(self, mention: Mention, window: int):
        """Every mention linked before ``mention``, nearest first, back to ``window``
        paragraphs before its own: ``(start, paragraph, sentence, head, entity)``."""
        oldest = mention.paragraph - window
        i = bisect.bisect_left(self._timeline, mention.start, key=lambda r: r[0])
        while i > 0:
            i -= 1
            row = self._timeline[i]
            if row[1] < oldest:
                return
            yield row

    def _group_named_before(self, mention: Mention, desc: Descriptor) -> Entity | None:
        """Step 4b: "One of the people said", "one said", "Both asked": the most recent
        unnamed group of several (of that noun, when one is given) within
        :data:`PRONOUN_WINDOW` paragraphs."""
        for *_, entity in self._linked_before(mention, PRONOUN_WINDOW):
            d = entity.desc
            if d.coordinated and not desc.head:
                # "Smith and Jones clashed ... Both said": the names that spoke together
                return entity
            if d.kind != Kind.GROUP or not d.plural or d.partitive:
                continue
            if desc.head and desc.head not in {d.head, d.role_head, *d.aliases}:
                continue
            return entity
        return None

    def _pair_named_before(self, mention: Mention, desc: Descriptor) -> Entity | None:
        """"Leeds United and Everton were each fined ... Both clubs said", "Smith and Jones
        clashed at the meeting. Both said": "both" (alone, or before a plural noun) as the
        subject is the names coordinated as the subject of one of the two sentences
        before, nearest first; a noun for organisations ("clubs", ``organization_nouns.txt``)
        takes organisations, a noun for people's roles ("candidates") takes people."""
        doc = self.doc
        k = self.layout.sentence_index(mention.head)
        oldest = mention.paragraph - PRONOUN_WINDOW
        noun = doc[mention.head]
        wants = None
        if noun.pos_ == "NOUN":
            lemma = noun.lemma_.lower()
            wants = Kind.ORGANIZATION if lemma in organization_nouns() else Kind.PERSON if lemma in _person_roles() else None
        for index in range(k, max(-1, k - 3), -1):
            lo, hi = self.layout.sentence_tokens(index)
            if self.layout.paragraph_of(doc[lo].idx) < oldest:
                break
            for i in range(min(hi, mention.first) - 1, lo - 1, -1):
                tok = doc[i]
                if tok.dep_ not in SUBJECT_DEPS or tok.pos_ != "PROPN" or not any(c.dep_ == "conj" for c in tok.children):
                    continue
                candidate = mention_from_head(tok, self.layout)
                found = self._by_span.get((candidate.start, candidate.end))
                found_desc = found.desc if found is not None else self.describe(candidate)
                if not found_desc.coordinated or (wants is not None and found_desc.kind != wants):
                    continue
                return found if found is not None else self.resolve(candidate, found_desc).entity
        return None

    def _subject_noun(self, mention: Mention, desc: Descriptor) -> Mention | None:
        """The people named by a common noun as the subject of another clause before the
        pronoun in its sentence, or of one of the two sentences before, nearest first: "Voting rights advocates have expressed concern. They cite
        ...", "The mayor disagrees. She said ...". "They" takes a plural noun for people or
        institutions (``source_nouns.tsv``, ``organization_nouns.txt``) or a nationality or
        party ("Democrats"); "he" and "she" a singular noun for a person's role
        (``source_nouns.tsv`` role nouns). A pronoun is never a thing here."""
        doc = self.doc
        k = self.layout.sentence_index(mention.head)
        oldest = mention.paragraph - PRONOUN_WINDOW
        for index in range(k, max(-1, k - 3), -1):
            lo, hi = self.layout.sentence_tokens(index)
            if self.layout.paragraph_of(doc[lo].idx) < oldest:
                break
            if index == k:
                # "Republicans blocked the bill over what they called a “gimmick”": the
                # subject of another clause before the pronoun, in its own sentence
                hi = mention.head
            for i in range(hi - 1, lo - 1, -1):
                tok = doc[i]
                if tok.dep_ not in SUBJECT_DEPS or index == k and not self._other_clause(i, mention.head):
                    continue
                named = False
                if desc.plural:
                    if tok.tag_ not in ("NNS", "NNPS") or not (tok.ent_type_ == "NORP" or tok.lemma_.lower() in _people_or_institutions()):
                        continue
                elif tok.tag_ == "NNP" and tok.ent_type_ in ("", "ORG", "PERSON") and tok.lemma_.lower() not in organization_nouns():
                    named = True  # "Burton explained from a podium. ... he said"
                elif tok.tag_ != "NN" or tok.lemma_.lower() not in _person_roles():
                    continue
                candidate = mention_from_head(tok, self.layout)
                if candidate.start >= mention.start:
                    continue
                known = self._by_span.get((candidate.start, candidate.end))
                if known is not None:
                    found = known.desc
                elif named:
                    # a lone surname the recogniser missed or called an organisation: the
                    # subject of a sentence just before "he said" is a person
                    found = describe(self.doc[candidate.head], self.known_people | {tok.lower_})
                else:
                    found = self.describe(candidate)
                if named and found.kind != Kind.PERSON:
                    continue
                if _pronoun_fits(desc, found):
                    if named and known is None:
                        self._described[(candidate.start, candidate.end)] = found
                    return candidate
        return None

    def subject_person_between(self, since: int, before: int, paragraph: int, in_content) -> Entity | None:
        """The most recent person named as a subject in ``paragraph`` after ``since`` and
        before ``before``, outside any quote's words."""
        j = self.people.before(before)
        while j > 0:
            j -= 1
            person = self.people.people[j]
            if person.start <= since or person.paragraph != paragraph:
                return None
            if person.subject and not in_content(person.start):
                return self._person_entity(person)
        return None

    def speaker_closing_paragraph(self, paragraph: int, in_content) -> Entity | None:
        """"Trump spoke only in evasive bromides during the interview. / “We have to do
        something.”": the last subject in ``paragraph``, outside any quote's words, when
        it is a name or "he"/"she" and its verb is a verb of speech (``cue_verbs.tsv``:
        spoke, said, told, talked ...) and it stands for a person; None when the last
        subject is anything else ("... Rep. Hale disagreed.")."""
        tok = self._last_subject_of_paragraph(paragraph, in_content)
        if tok is None or not (tok.pos_ == "PROPN" or tok.lower_ in ("he", "she")) or verb_classes().get(tok.head.lemma_.lower()) != "speech":
            return None
        entity = self.resolve(mention_from_head(tok, self.layout)).entity
        return entity if entity.desc.kind == Kind.PERSON else None

    def _last_subject_of_paragraph(self, paragraph: int, in_content):
        """The last subject in ``paragraph`` outside any quote's words, or None."""
        start = self.layout._para_starts[paragraph] if paragraph < len(self.layout._para_starts) else 0
        span = self.doc.char_span(start, self.layout.paragraph_end(paragraph), alignment_mode="contract")
        if span is None:
            return None
        return next((tok for tok in reversed(span) if tok.dep_ in SUBJECT_DEPS and not in_content(tok.idx)), None)

    def subject_said_to_speak_so(self, paragraph: int, in_content) -> Entity | None:
        """"Coach Dan Hurley was blunt after the loss. / “We didn't compete.”": the last
        subject in ``paragraph``, outside any quote's words, is a person's name or
        "he"/"she" said with "be" to be blunt, candid, defiant … (``speaking_manner_adjectives.txt``,
        or "blunter", "more direct"): the paragraph introduces the words that show it. The
        person, or None when the last subject is anything else."""
        tok = self._last_subject_of_paragraph(paragraph, in_content)
        if tok is None:
            return None
        verb = tok.head
        adj = next((c for c in verb.children if c.dep_ == "acomp" and c.i > verb.i), None)
        if not (tok.pos_ == "PROPN" or tok.lower_ in ("he", "she")) or verb.lemma_ != "be" or adj is None:
            return None
        manners = load_set("speaking_manner_adjectives.txt")
        base = adj.lemma_.lower()
        if base not in manners and not (base.endswith("er") and base[:-2] in manners):
            return None
        entity = self.resolve(mention_from_head(tok, self.layout)).entity
        return entity if entity.desc.kind == Kind.PERSON else None

    def _person_entity(self, person: _Person) -> Entity | None:
        head = self.doc[person.head]
        # a capitalised name the tagger reads as a common noun is still a name when the
        # recogniser calls it a person ("Sanders laughed": "Sanders" tagged NNS)
        if head.pos_ != "PROPN" and not (
            head.ent_type_ == "PERSON" and head.is_title and (not head.is_sent_start or self.people.full_name_before(head.lower_, person.start) is not None)
        ):
            return None
        return self.resolve(mention_from_head(head, self.layout)).entity

    def _other_clause(self, candidate_head: int, pronoun_head: int) -> bool:
        """A candidate in the pronoun's own sentence counts only as the subject of another
        verb ("Dillon arrived and he said"), never inside the pronoun's clause ("Asked
        about Assad, he said")."""
        cand = self.doc[candidate_head]
        pron = self.doc[pronoun_head]
        if self.in_content and self.in_content(cand.idx) and _object_of_a_fronted_clause(cand, pron):
            return False
        return cand.dep_ in SUBJECT_DEPS and cand.head.i != pron.head.i and cand.i < pron.i or _object_of_a_fronted_clause(cand, pron)

    def _description(self, mention: Mention, desc: Descriptor) -> Entity | None:
        """Step 5: "the sources", "the spokesman", "the report" to an earlier source."""
        oldest = mention.paragraph - DESCRIPTION_WINDOW
        for start, paragraph, entity in reversed(self._by_head.get(desc.head, [])):
            if start >= mention.start:
                continue
            if paragraph < oldest:
                break
            if entity.desc.kind == Kind.PRONOUN:
                continue
            if desc.kind == Kind.DOCUMENT and entity.desc.kind != Kind.DOCUMENT:
                continue
            if desc.plural != entity.desc.plural and entity.desc.kind in (Kind.GROUP, Kind.DOCUMENT):
                continue
            if entity.desc.kind == Kind.PERSON and desc.plural:
                continue
            if desc.plural and entity.desc.kind == Kind.ORGANIZATION and not entity.desc.plural:
                continue  # "the Chicago Teachers Union … The national unions said": not one union
            return entity
        return None

    def _the_one_document_in_reach(self, mention: Mention, desc: Descriptor) -> Entity | None:
        """"A study published in Nature found … The paper said", "A report released by the
        GAO found … The analysis said": a definite document named by another noun is the
        document the story has named, when it has named one only within
        :data:`DESCRIPTION_WINDOW` paragraphs and that one is identifiable; with two, or
        with the plural ("the records"), no one can tell."""
        if desc.plural or desc.identifiable:
            return None
        found = {id(entity): entity for *_, entity in self._linked_before(mention, DESCRIPTION_WINDOW) if entity.desc.kind == Kind.DOCUMENT}
        if len(found) != 1:
            return None
        (entity,) = found.values()
        return entity if entity.desc.identifiable and not entity.desc.plural else None

    def _organisation_by_its_class(self, mention: Mention, desc: Descriptor) -> Entity | None:
        """Step 5b: "Boeing said the jets were safe. ... The company said it would
        cooperate", "the State Department ... the agency said", "the Orlando Sentinel ...
        the newspaper reported": news names an organisation once and then calls it by its
        class; no reader takes "the company" for a second source. The class noun
        (``organization_classes.tsv``) takes the most recent organisation named within
        :data:`DESCRIPTION_WINDOW` paragraphs whose name fits it (:func:`_name_fits_class`).
        A bare class noun with no such name before it stays its own source."""
        kind = _class_noun_kinds().get(desc.head)
        if kind is None or desc.plural and desc.head not in _COLLECTIVE_CLASS_NOUNS or self._capitalised_beyond_the_sentence_start(mention, desc):
            return None
        for *_, entity in self._linked_before(mention, DESCRIPTION_WINDOW):
            d = entity.desc
            if d.kind == Kind.ORGANIZATION and not d.coordinated and _capitalised_words(d.name) and _name_fits_class(d.name, desc.head, kind):
                return entity
        return self._organisation_named_in_the_narrative(mention, desc.head, kind)

    def _capitalised_beyond_the_sentence_start(self, mention: Mention, desc: Descriptor) -> bool:
        """A class noun written with a capital is a name ("the Company"), unless the
        capital is only the sentence's first letter ("Police said …")."""
        words = _capitalised_words(desc.name)
        first = self.doc[mention.first]
        if words and first.is_sent_start and desc.name.split()[0] == words[0]:
            words = words[1:]
        return bool(words)

    def _organisation_named_in_the_narrative(self, mention: Mention, noun: str, kind: str) -> Entity | None:
        """Step 5b, when no source so far fits: "Shares of Lumen Foods fell 6 percent. The
        company said …", "The Defense Intelligence Agency briefed lawmakers. The agency
        said …": the organisation is usually named first as what the story is about, not as
        a source. The recogniser's organisations before the mention, within
        :data:`DESCRIPTION_WINDOW` paragraphs, in the narrative (a name inside someone's
        quote is not the story's topic), nearest sentence first and its subject first; one
        whose name fits the class noun. Two fitting names in that sentence and neither the
        subject: nobody can tell which, so none. Not for "the group" (any organisation
        fits) nor for a noun an organisation's own name ends in ("the court": "the Supreme
        Court" and "the appeals court" are both in the story and both end so), nor for the nouns that mean the country's own institutions
        (:data:`_THE_COUNTRYS_OWN`: "the administration" after "the EPA" is still the White
        House), nor for a class noun its own clause restricts ("the company that designs
        her clothes", "the government in Riyadh"): that introduces a new one."""
        if kind in ("any", "own") or noun in _THE_COUNTRYS_OWN and noun not in _COLLECTIVE_CLASS_NOUNS or _restricted(self.doc[mention.head]):
            return None
        oldest = mention.paragraph - DESCRIPTION_WINDOW
        quoted = self.in_content or (lambda pos: False)
        by_sentence: dict[int, list] = {}
        for ent in self.doc.ents:
            if ent.end_char > mention.start:
                break
            if ent.label_ != "ORG" or quoted(ent.start_char) or self.layout.paragraph_of(ent.start_char) < oldest:
                continue
            name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
            if built_like_a_personal_name(ent) or name.lower().strip(". ") == noun or not _capitalised_words(name) or not _name_fits_class(name, noun, kind):
                continue
            by_sentence.setdefault(self.layout.sentence_index(ent.root.i), []).append(ent)
        if not by_sentence:
            return None
        fitting = by_sentence[max(by_sentence)]
        subjects = [ent for ent in fitting if ent.root.dep_ in SUBJECT_DEPS]
        if len({e.text for e in fitting}) > 1 and len(subjects) != 1:
            return None
        ent = subjects[0] if subjects else fitting[0]
        entity = self.resolve(mention_from_head(ent.root, self.layout)).entity
        # a name the sieve took for a person ("Valeant", "the Daily News") is not "the company"
        return entity if entity is not None and entity.desc.kind == Kind.ORGANIZATION else None

    def _epithet(self, mention: Mention, desc: Descriptor) -> Entity | None:
        """Step 5c: "Coach Maria Lopez praised the team. The 52-year-old said …", "Donald
        Trump spoke in Ohio. The real estate mogul said …": news names a person once and
        then varies the reference with an epithet, a definite description no reader takes
        for someone new. Only epithets that never introduce anyone count (:func:`_epithet_word`:
        an age, or a describing noun that is no source noun, like "mogul"; "the mayor" may
        well be someone else), in subject position, for the subject named in one of the
        two sentences before it (the nearest), within the paragraph before."""
        head = _epithet_head(self.doc[mention.head])
        former = _former_post(head)
        if desc.plural or not _in_subject_position(head) or not (former or _epithet_word(head)):
            return None
        k = self.layout.sentence_index(mention.head)
        if former and not self._one_person_in_reach(mention, k):
            return None
        people = self.people.people
        quoted = self.in_content or (lambda pos: False)
        found: list[Entity] = []
        nearest: list[Entity] = []
        for j in range(self.people.before(mention.start) - 1, -1, -1):
            person = people[j]
            here = self.layout.sentence_index(person.head)
            if person.paragraph < mention.paragraph - 1 or here < k - 2:
                break
            if here == k or not person.subject or quoted(person.start):
                continue  # a name inside what someone said is no one the narrative is about
            entity = self._person_entity(person)
            if entity is None or entity.desc.kind != Kind.PERSON or entity.desc.coordinated or entity in found:
                continue  # "Newsom and Cruz spoke. The California Democrat said": one of them
            if desc.gender and entity.desc.gender and desc.gender != entity.desc.gender:
                continue
            if head.pos_ == "NOUN" and not _identity_epithet(head) and _holds_another_post(entity.desc, head):
                continue  # "… said Trump spokesman Sean Coit. The candidate sees …": not the spokesman
            found.append(entity)
            if here == k - 1 and person.paragraph == mention.paragraph:
                nearest.append(entity)
        # the one subject of the sentence right before in its paragraph ("Coach Tom Reyes
        # praised the council. The 52-year-old said …"), else the one person in reach: with
        # two the epithet could be either ("Clinton leads Sanders … but the self-described
        # democratic socialist")
        if len(nearest) == 1:
            return nearest[0]
        return found[0] if len(found) == 1 else None

    def _one_person_in_reach(self, mention: Mention, k: int) -> bool:
        """Whether the two sentences before sentence ``k`` (within the paragraph before)
        name one person only, in any position, outside quotes: "Jeb Bush … brought his
        older brother, George W. Bush, … the former president told a crowd" names three,
        and any of them could have held the post."""
        quoted = self.in_content or (lambda pos: False)
        seen: set[str] = set()
        for j in range(self.people.before(mention.start) - 1, -1, -1):
            person = self.people.people[j]
            here = self.layout.sentence_index(person.head)
            if person.paragraph < mention.paragraph - 1 or here < k - 2:
                break
            if here < k and not quoted(person.start):
                # the name as written: "George W. Bush" and "Jeb Bush" share a surname
                seen.add(self._as_written(person))
        return len(seen) == 1

    def _titled_person(self, mention: Mention, desc: Descriptor) -> Entity | None:
        """Step 5, for a person named only outside quotes: "the president said" to
        "President Joe Biden visited the plant" earlier, "the spokesman said" to "Pentagon
        spokesman Jeff Davis briefed reporters" (or later in the same paragraph:
        "The president tweeted ... President Biden will sign it"). The person's title must
        be the description's words, and only one person in reach may hold it."""
        if desc.plural or not desc.head:
            return None
        oldest = mention.paragraph - DESCRIPTION_WINDOW
        people = self.people.people
        j = self.people.before(mention.start)
        candidates: list[_Person] = []
        for k in range(j - 1, -1, -1):
            if people[k].paragraph < oldest:
                break
            candidates.append(people[k])
        for k in range(j, len(people)):
            if people[k].paragraph != mention.paragraph:
                break
            candidates.append(people[k])
        wanted = title_key(desc.role or desc.name)
        matches: dict[str, Mention] = {}
        for person in candidates:
            head = self.doc[person.head]
            if head.pos_ != "PROPN" or person.surname in matches:
                continue
            candidate = mention_from_head(head, self.layout)
            if candidate.start <= mention.start < candidate.end:
                continue
            found = self.describe(candidate)
            # the whole title or role, not its last word: "the foreign minister" is not
            # Prime Minister Theresa May
            held = [found.title, found.role]
            if any(h is not None and title_key(h) == wanted for h in held):
                matches[person.surname] = candidate
        if len(matches) != 1:
            return None  # nobody, or two generals: "the general" could be either
        (candidate,) = matches.values()
        return self.resolve(candidate).entity

    # -- bookkeeping ----------------------------------------------------------------

    def _new(self, desc: Descriptor) -> Entity:
        entity = Entity(len(self.entities), replace(desc, aliases=set(desc.aliases)))
        self.entities.append(entity)
        return entity

    def _name_index_key(self, desc: Descriptor) -> str:
        return f"{desc.kind.value}:{name_key(desc.name)}"

    def _link(self, entity: Entity, mention: Mention, desc: Descriptor, step: str) -> Resolution:
        if entity.mentions:
            entity.absorb(desc)
        entity.add(mention)
        self._by_span[(mention.start, mention.end)] = entity
        if desc.kind != Kind.PRONOUN:
            self._by_head_token.setdefault(mention.head, entity)
        if desc.kind != Kind.PRONOUN:
            self._by_name.setdefault(self._name_index_key(desc), entity)
            if entity.desc.kind == Kind.GROUP or entity.desc.kind == Kind.DOCUMENT:
                self._by_name[self._name_index_key(desc)] = entity  # the most recent group by that name
        if entity.desc.kind == Kind.ORGANIZATION and desc.kind == Kind.ORGANIZATION and len(name_key(desc.name).split()) > 1 and not desc.coordinated:
            self._by_short_name[name_key(desc.name).split()[-1]] = entity
        if entity.desc.kind == Kind.PERSON and entity.desc.surname:
            bucket = self._by_surname.setdefault(entity.desc.surname.lower(), [])
            if entity in bucket:
                bucket.remove(entity)
            bucket.append(entity)
        row = (mention.start, mention.paragraph, mention.sentence, mention.head, entity)
        bisect.insort(self._timeline, row, key=lambda r: r[0])
        for head in {desc.head, entity.desc.head, *(h for h in (entity.desc.role_head,) if h), *entity.desc.aliases}:
            if head:
                bisect.insort(self._by_head.setdefault(head, []), (mention.start, mention.paragraph, entity), key=lambda r: r[0])
        return Resolution(entity, step)


@lru_cache(maxsize=1)
def _person_roles() -> frozenset[str]:
    return frozenset(noun for noun, info in source_nouns().items() if info.cls == "role")


@lru_cache(maxsize=1)
def _class_noun_kinds() -> dict[str, str]:
    """``organization_classes.tsv``: "company" -> "company", "agency" -> "government"."""
    return {word: kind for word, kind, use in load_table("organization_classes.tsv", columns=3) if use in ("noun", "both")}


@lru_cache(maxsize=1)
def _name_end_kinds() -> dict[tuple[str, ...], str]:
    """``organization_classes.tsv``: the closing words that put a name in a kind ("inc",
    "times", "white house")."""
    return {tuple(word.split()): kind for word, kind, use in load_table("organization_classes.tsv", columns=3) if use in ("end", "both")}


def _capitalised_words(name: str) -> list[str]:
    """The words of a name written with a capital, "the" aside: none in "company"."""
    return [w for w in name.split() if w[:1].isupper() and w.lower() != "the"]


#: class nouns that, unnamed, mean the country's own institution rather than one the
#: story named: "the administration", "the government", "the military", "police"
_THE_COUNTRYS_OWN = frozenset({"government", "administration", "military", "army", "navy", "police", "office", "embassy"})


#: class nouns that are one institution though the tagger calls them plural, and whose
#: named force a story names before them is the one meant ("The Denver Police Department
#: arrested two teenagers. Police said …"): only a name with the word itself in it fits
_COLLECTIVE_CLASS_NOUNS = frozenset({"police"})


def _restricted(head) -> bool:
    """"the company that designs her clothing line", "the government in Riyadh": a class
    noun with a relative clause or a modifying phrase of its own picks out something new."""
    return any(c.dep_ in ("relcl", "acl", "prep") for c in head.children if c.i > head.i)


def _name_fits_class(name: str, noun: str, kind: str) -> bool:
    """Whether "the ``noun``" (of ``kind``) can be the organisation called ``name``: a name
    ending in the noun itself always fits ("the Clinton campaign", "the campaign"), and so
    does one opening with it before "of" ("the Department of Transportation");
    otherwise the kind its closing words give it must agree ("the newspaper" is "the
    Orlando Sentinel", "the agency" the "State Department"). A name with no telling ending
    ("Boeing", "Twitter") is "the company" or "the group"; one written as an acronym
    ("FDA", "CBS") is never "the company" but may be "the agency"."""
    if "'s" in name.replace("’", "'"):
        return False  # "New Republic's Jeet Heer" is someone at the organisation
    words = tuple(w.strip(".,").lower() for w in name.split())
    if words and words[-1] == noun:
        return True
    if noun in _COLLECTIVE_CLASS_NOUNS:
        return noun in words  # "the Denver Police Department", never "the FBI"
    if len(words) > 2 and words[0] == noun and words[1] == "of" and kind != "own":
        return True  # "the Department of Transportation", "the Bank of England": the class, then "of"
    if kind == "own":
        return False
    ends = _name_end_kinds()
    # "Sun-Times" ends like "Times"
    tails = (words[-2:], words[-1:], (words[-1].rsplit("-", 1)[-1],) if words else ())
    own = next((ends[tail] for tail in tails if tail in ends), None)
    if kind == "any":
        return own not in ("government", "newspaper") and not name.strip(".").isupper()
    if kind == "trade":
        return own == "company"
    if own is not None:
        return own == kind
    if kind == "company":
        return not name.strip(".").isupper()
    return kind == "government" and len(words) == 1 and name.strip(".").isupper() and len(name) > 1


@lru_cache(maxsize=1)
def _people_or_institutions() -> frozenset[str]:
    return frozenset(source_nouns()) | organization_nouns()


def _both_of(noun) -> bool:
    """"Both clubs", "both men": a plural noun after "both"."""
    return any(c.dep_ in ("det", "predet", "nummod") and c.lower_ == "both" for c in noun.children)


def _titles_agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b or a in COURTESY or b in COURTESY


def _genders_agree(a: Descriptor, b: Descriptor) -> bool:
    """"Bill Clinton … Mrs. Clinton said": a surname whose courtesy title or first name
    gives a gender is not the person of that surname known to be of the other."""
    return a.gender is None or b.gender is None or a.gender == b.gender


def _object_of_a_fronted_clause(cand, pron) -> bool:
    """"When I asked Bernie Sanders if he would endorse her, he looked into the camera":
    the object of a clause with a subject of its own, fronted before the pronoun's clause,
    is who the pronoun may mean. Not an object in a clause with no subject ("Asked about
    Assad, he said": the pronoun is the one asked)."""
    if cand.dep_ not in ("dobj", "dative") or cand.i > pron.i:
        return False
    clause = cand.head
    if clause.dep_ != "advcl" or clause.head.i != pron.head.i or clause.i > pron.i:
        return False
    return any(c.dep_ in SUBJECT_DEPS for c in clause.children)


def _epithet_head(head):
    """The word an epithet's article hangs on: "old" in "the 52-year-old", which the parse
    heads with "old" while the mention's head is "year"; any other head as it is."""
    if head.lower_ in ("year", "years") and head.head.lower_ == "old":
        return head.head
    return head


def _epithet_word(head) -> bool:
    """The head of a definite description that varies a name already given and never
    introduces anyone: an age ("the 52-year-old"), a party or nationality
    (:func:`_identity_epithet`), or a noun of ``epithet_nouns.txt`` ("the mogul", "the
    neurosurgeon", "the candidate"; "the spokesman", "the mayor", "the official" may well be
    someone new)."""
    head = _epithet_head(head)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) and not _age_on_the_verb(head):
        return False
    if head.lower_ == "old" and any(c.lower_ in ("year", "years") for c in head.children):
        return True
    if _plural_noun(head):
        return False
    if _identity_epithet(head) or _parent_of_so_many(head):
        return True
    return head.pos_ == "NOUN" and head.lemma_.lower() in load_set("epithet_nouns.txt")


#: kin nouns that, with a count of children, describe someone just named
_PARENTS = frozenset({"mother", "father", "grandmother", "grandfather", "mom", "dad"})


def _parent_of_so_many(head) -> bool:
    """""Keisha Brown has waited eight months for a repair. “…,” the mother of two said":
    a parent by the number of their children is how features and local news vary the name
    of someone just introduced; "the mother" alone may be someone new (a victim's mother),
    so only with the count."""
    return head.lemma_.lower() in _PARENTS and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.like_num for o in c.children) for c in head.children
    )


def _former_post(head) -> bool:
    """"Donald Trump spoke for 90 minutes. The former president said …", "The former
    secretary of state said": a post held before varies a name just given; someone new
    would be named, or be "a former official". Only when one person is in reach
    (:meth:`Sieve._one_person_in_reach`): a story naming several people could mean any of
    them, whatever they once were."""
    return head.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in ("former", "ex") for c in head.children) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in head.children
    )


def _identity_epithet(head) -> bool:
    """A noun for who someone is, not a post (``identity_epithets.txt``): "the Florida
    Republican", "the Dane"; the tagger often calls them proper nouns."""
    return head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in load_set("identity_epithets.txt")


def _holds_another_post(person: Descriptor, epithet) -> bool:
    """A person the article gave a title or a role other than the epithet's noun ("FBI
    Director James B. Comey", "campaign chairman Paul Manafort") is not who "the
    Democratic presidential nominee" means."""
    held = [h for h in (person.title, person.role) if h]
    return bool(held) and not any(title_key(h).split()[-1:] == [epithet.lemma_.lower()] for h in held)


def _plural_noun(tok) -> bool:
    return tok.tag_ in ("NNS", "NNPS")


def _age_on_the_verb(tok) -> bool:
    """"the 37-year-old said", parsed as an adjective of "said" (:func:`~..quotes.mention.age_epithet_hung_on_the_verb`)."""
    age = age_epithet_hung_on_the_verb(tok.head)
    return age is not None and age.i == tok.i


def _in_subject_position(tok) -> bool:
    """A mention's head is its clause's subject, or a name in apposition to one."""
    return tok.dep_ in SUBJECT_DEPS or (tok.dep_ == "appos" and tok.head.dep_ in SUBJECT_DEPS) or _age_on_the_verb(tok)


def _labels_the_turn(doc, head: int, pronoun_start: int) -> bool:
    """``FALLIN: I think he is trying to campaign as a racial healer … he talked about
    Dallas``: the name labelling a transcript turn or headline (a name and a colon opening
    the line, see :func:`.mentions.label_of_the_line`) speaks the line as "I"; a "he" or
    "she" in the same line is someone else."""
    tok = doc[head]
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ":":
        return False
    text = doc.text
    line_start = text.rfind("\n", 0, tok.idx) + 1
    label_words = len(text[line_start : tok.idx].split()) + 1
    return label_words <= _MAX_LABEL_WORDS and "\n" not in text[tok.idx : pronoun_start]


#: most words of a name labelling a line ("Gov. Mary Fallin:"), as in ``headlines.py``
_MAX_LABEL_WORDS = 6


def _pronoun_fits(pronoun: Descriptor, desc: Descriptor) -> bool:
    """Number, gender and kind agreement between a pronoun and a candidate source."""
    p = pronoun.pronoun or ""
    if p in ("he", "him", "his", "himself", "she", "her", "hers", "herself"):
        if desc.kind not in (Kind.PERSON, Kind.GROUP, Kind.PRONOUN) or desc.plural:
            return False
        if desc.kind == Kind.PRONOUN and desc.pronoun not in (p,) and desc.gender != pronoun.gender:
            return False
        return desc.gender is None or desc.gender == pronoun.gender
    if p in ("they", "them", "their", "themselves"):
        return desc.plural and desc.kind in (Kind.GROUP, Kind.PRONOUN, Kind.DOCUMENT)
    if p in ("it", "its", "itself"):
        return not desc.plural and desc.kind in (Kind.ORGANIZATION, Kind.DOCUMENT)
    return False


#: pronouns that may hold an attribution their clause's possessive refers back to
_HOLDER_PRONOUNS = frozenset({"he", "she", "they", "it"})

#: how many paragraphs back a paragraph that is only a quote looks for its speaker
CONTINUED_WINDOW = 2


def inside_quoted_content(quotes) -> Callable[[int], bool]:
    """A test of whether a character offset lies inside one of ``quotes``' content."""
    contents = sorted(fr for q in quotes for fr in q.fragments)
    starts = [a for a, _ in contents]

    def in_content(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and contents[i][0] <= pos < contents[i][1]

    return in_content


def _continued_quote_paragraph(q, here, para, by_paragraph, entity_of, layout, sieve, in_content) -> Entity | None:
    """A paragraph that is nothing but a quote, with no tag, continues the speaker of the
    nearest attribution in the paragraph(s) before it, direct or indirect — the
    newsroom convention for continued quotes ("Coach Lopez said the team would appeal. /
    “We are not done.”") — unless another person is named as a subject in between
    ("… Rep. Hale disagreed. / “It will die.”" stays an orphan: whose words is unclear).
    A group ("The sources further said …", "officials said …") speaks no one quote: a
    quote after it stays an orphan too."""
    if q.kind != "direct" or not here or here[0] is not q or not _only_quotes(layout, para, here):
        return None
    for back in range(1, CONTINUED_WINDOW + 1):
        prev_q = next((x for x in reversed(by_paragraph.get(para - back, [])) if x.id in entity_of), None)
        if prev_q is None:
            continue
        prev = entity_of[prev_q.id]
        if prev.desc.kind == Kind.PRONOUN or prev.desc.plural:
            return None
        if sieve is not None:
            for p in range(para - back, para):
                since = prev_q.end if p == para - back else -1
                other = sieve.subject_person_between(since, layout.paragraph_end(p), p, in_content)
                if other is not None and other is not prev:
                    return None
        return prev
    return None


def _quote_after_a_speaking_subject(q, here, para, by_paragraph, entity_of, layout, sieve, in_content) -> Entity | None:
    """"Trump spoke only in evasive bromides during the interview. / “We have to do
    something and it's the only way you stop it.” / “We have to be a lot tougher.”": a
    paragraph that is nothing but a direct quote, after a paragraph with no attributed
    quote whose last person named as a subject is speaking (spoke, said, told), is that
    person's, when the article quotes that person elsewhere; the quotes run on in that
    paragraph take it too. Not when someone else is the last subject named ("... Rep.
    Hale disagreed with the plan. / “It will die.”": a newcomer, or a last subject not
    speaking, leaves the quote an orphan, as before)."""
    if sieve is None or q.kind != "direct" or not here or here[0] is not q or not _only_quotes(layout, para, here):
        return None
    back = para - 1
    # a run of paragraphs of nothing but unattributed quotes leads back to the introduction
    while back >= 0 and by_paragraph.get(back) and all(x.id not in entity_of for x in by_paragraph[back]) and _only_quotes(layout, back, by_paragraph[back]):
        back -= 1
    if back < 0 or any(x.id in entity_of for x in by_paragraph.get(back, [])):
        return None
    entity = sieve.speaker_closing_paragraph(back, in_content)
    if entity is None or entity.desc.kind != Kind.PERSON or all(e is not entity for e in entity_of.values()):
        # only someone the article quotes elsewhere: a newcomer's words are unclear, unless
        # the paragraph says how the newcomer spoke ("Hurley was blunt after the loss.")
        return sieve.subject_said_to_speak_so(back, in_content)
    return entity


def _only_quotes(layout: Layout, para: int, quotes) -> bool:
    """Is the paragraph nothing but these quotes' words (and punctuation)?"""
    start = layout._para_starts[para] if para < len(layout._para_starts) else 0
    end = layout.paragraph_end(para)
    text = layout.text
    pos = start
    rest = []
    for q in quotes:
        for a, b in q.fragments:
            rest.append(text[pos:a])
            pos = max(pos, b)
    rest.append(text[pos:end])
    return not any(ch.isalnum() for chunk in rest for ch in chunk)


def attribute_floating(
    quotes: list[Quote], entity_of: dict[str, Entity], floating: list[Quote], layout: Layout, sieve: Sieve | None = None
) -> dict[str, tuple[Entity, float]]:
    """Step 6: quotes with no speaker in their own sentence, inside a run of one speaker.

    * a person introduced as a subject earlier in the paragraph, after its last attributed
      quote ("Sen. Bernie Sanders ... identified young voters' exhaustion as a reason.
      "The younger people are ..."): that person;
    * an attributed quote earlier (or else later) in the same paragraph: that speaker;
    * the previous paragraph ends and the next one begins with quotes of the same speaker:
      that speaker;
    * a direct quote opening its paragraph right after a paragraph that ends with a direct
      quote of a named source: that source (the newswire continuation).

    Anything else stays an orphan (the seed's last quote: its previous paragraph is
    reported speech of "The sources", its paragraph has no speaker).
    Returns quote id -> (entity, confidence).
    """
    ordered = sorted((q for q in quotes if q.fragments), key=lambda q: q.start)
    by_paragraph: dict[int, list[Quote]] = {}
    for q in ordered:
        by_paragraph.setdefault(layout.paragraph_of(q.start), []).append(q)
    in_content = inside_quoted_content(ordered)

    out: dict[str, tuple[Entity, float]] = {}
    for q in floating:
        if not q.fragments:
            continue
        para = layout.paragraph_of(q.start)
        here = by_paragraph.get(para, [])
        before = [x for x in here if x.start < q.start and x.id in entity_of]
        after = [x for x in here if x.start > q.start and x.id in entity_of]
        if sieve is not None:
            since = before[-1].end if before else -1
            introduced = sieve.subject_person_between(since, q.start, para, in_content)
            if introduced is not None:
                out[q.id] = (introduced, FLOATING_SAME_PARAGRAPH)
                continue
        if before:
            out[q.id] = (entity_of[before[-1].id], FLOATING_SAME_PARAGRAPH)
            continue
        if after:
            out[q.id] = (entity_of[after[0].id], FLOATING_SAME_PARAGRAPH)
            continue
        # a quote run on in a paragraph of quotes whose first one was just attributed
        # ("Trump spoke ... / “We have to do something.” “We have to be tougher.”")
        run = [x for x in here if x.start < q.start]
        if run and run[0].id in out and run[0].id not in entity_of and _only_quotes(layout, para, here):
            out[q.id] = out[run[0].id]
            continue
        prev_q = next((x for x in reversed(by_paragraph.get(para - 1, [])) if x.id in entity_of), None)
        next_q = next((x for x in by_paragraph.get(para + 1, []) if x.id in entity_of), None)
        continued = _continued_quote_paragraph(q, here, para, by_paragraph, entity_of, layout, sieve, in_content)
        if continued is not None:
            out[q.id] = (continued, FLOATING_CONTINUED)
            continue
        introduced = _quote_after_a_speaking_subject(q, here, para, by_paragraph, entity_of, layout, sieve, in_content)
        if introduced is not None:
            out[q.id] = (introduced, FLOATING_CONTINUED)
            continue
        if prev_q is None:
            continue
        prev = entity_of[prev_q.id]
        if prev.desc.kind == Kind.PRONOUN:
            continue
        if next_q is not None and entity_of[next_q.id] is prev:
            out[q.id] = (prev, FLOATING_BETWEEN)
        elif q.kind == "direct" and prev_q.kind == "direct" and prev.desc.named and here and here[0] is q:
            out[q.id] = (prev, FLOATING_CONTINUED)
        elif q.kind == "direct" and here and here[0] is q and (closing := _attribution_closing_paragraph(by_paragraph.get(para - 1, []), entity_of)) is not None:
            out[q.id] = (closing, FLOATING_CONTINUED)
    return out


def _attribution_closing_paragraph(quotes: list[Quote], entity_of: dict[str, Entity]) -> Entity | None:
    """``Her liberal friends have mocked Trump, calling him “an orange buffoon,” Susan
    said as she turned around. / “But he’s our orange buffoon!”``: a direct quote opening
    its paragraph continues the paragraph before when that paragraph ends with a named
    person's attribution ("…, Susan said …"), whatever the kind of the quote it closes:
    nothing is quoted after the speaker is named. The newswire continuation rule above
    asks the last quote to be direct; here the speaker written last decides."""
    said = [x for x in quotes if x.id in entity_of and x.speaker is not None]
    if not said:
        return None
    last = max(said, key=lambda x: x.speaker.start)
    entity = entity_of[last.id]
    if entity.desc.kind != Kind.PERSON or any(b > last.speaker.start for x in quotes for _, b in x.fragments):
        return None
    return entity
