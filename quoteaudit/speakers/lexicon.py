"""The speaker stage's word lists, read once from ``quoteaudit/data/``.

Each accessor turns one data file into the lookup the stage needs (a dict or a set keyed
the way the stage matches). The files say where their words came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import first_name_genders, load_set, load_table


def title_key(text: str) -> str:
    """How titles are matched: case and full stops ignored, spaces collapsed
    ("Lt. Gen." -> "lt gen", "Col ." -> "col")."""
    return " ".join(text.replace(".", " ").lower().split())


@dataclass(frozen=True)
class Title:
    title: str
    gender: str | None
    kind: str


@lru_cache(maxsize=None)
def titles() -> dict[str, Title]:
    """``titles.tsv``: title_key(form) -> Title."""
    out: dict[str, Title] = {}
    for form, full, gender, kind in load_table("titles.tsv", columns=4):
        out[title_key(form)] = Title(full, gender if gender in ("m", "f") else None, kind)
    return out


@lru_cache(maxsize=None)
def longest_title_words() -> int:
    return max(len(k.split()) for k in titles())


@dataclass(frozen=True)
class SourceNoun:
    cls: str  # "generic" or "role"
    gender: str | None
    government: bool


@lru_cache(maxsize=None)
def source_nouns() -> dict[str, SourceNoun]:
    """``source_nouns.tsv``: lemma -> SourceNoun."""
    out: dict[str, SourceNoun] = {}
    for noun, cls, gender, gov in load_table("source_nouns.tsv", columns=4):
        out[noun.lower()] = SourceNoun(cls, gender if gender in ("m", "f") else None, gov == "yes")
    return out


@lru_cache(maxsize=None)
def byline_placeholders() -> frozenset[str]:
    """``byline_placeholders.txt``: first words of bylines that name no one."""
    return load_set("byline_placeholders.txt")


@lru_cache(maxsize=None)
def document_nouns() -> dict[tuple[str, ...], bool]:
    """``document_nouns.tsv``: phrase as a tuple of lower-case words -> identifiable alone."""
    return {tuple(p.lower().split()): ident == "yes" for p, ident in load_table("document_nouns.tsv", columns=2)}


@lru_cache(maxsize=None)
def organization_nouns() -> frozenset[str]:
    return load_set("organization_nouns.txt")


@lru_cache(maxsize=None)
def organization_name_ends() -> dict[str, bool]:
    """``organization_name_ends.tsv``: last word of an organisation's name ("united",
    "rovers", "inc") -> whether it also stands alone for something else, a common surname
    ("villa") or a day ("wednesday"), so that it ends an organisation's name only after
    another word."""
    return {word.lower(): note in ("surname", "day") for word, _kind, note in load_table("organization_name_ends.tsv", columns=3)}


@lru_cache(maxsize=None)
def institution_adjectives() -> frozenset[str]:
    return load_set("institution_adjectives.txt")


@lru_cache(maxsize=None)
def authorship_verbs() -> frozenset[str]:
    return load_set("authorship_verbs.txt")


@lru_cache(maxsize=None)
def title_portfolios() -> frozenset[str]:
    """``title_portfolios.txt``: capitalised words that join a title ("Labor Secretary")."""
    return load_set("title_portfolios.txt")


@lru_cache(maxsize=None)
def provenance_verbs() -> frozenset[str]:
    return load_set("provenance_verbs.txt")


@lru_cache(maxsize=None)
def empty_it_verbs() -> frozenset[str]:
    """``empty_it_verbs.txt``: verbs whose subject "it" is usually no one ("it was time")."""
    return load_set("empty_it_verbs.txt")


@lru_cache(maxsize=None)
def name_particles() -> frozenset[str]:
    """``name_particles.txt``: lower-case particles inside a surname ("ten", "von", "da")."""
    return load_set("name_particles.txt")


@lru_cache(maxsize=None)
def government_seats() -> frozenset[str]:
    """``government_seats.txt``: places that stand for a government ("downing street")."""
    return load_set("government_seats.txt")


@lru_cache(maxsize=None)
def vague_modifiers() -> frozenset[str]:
    return load_set("vague_modifiers.txt")


@lru_cache(maxsize=None)
def public_nouns() -> frozenset[str]:
    """``public_nouns.txt``: members of the public ("residents", "parents", "voters")."""
    return load_set("public_nouns.txt")


@lru_cache(maxsize=None)
def knowledge_phrases() -> tuple[tuple[str, ...], ...]:
    """``knowledge_phrases.txt``: how an unnamed source knows ("familiar with"), as word tuples."""
    return tuple(tuple(p.split()) for p in load_set("knowledge_phrases.txt") if not p.startswith("-"))


@lru_cache(maxsize=None)
def boilerplate_knowledge() -> frozenset[str]:
    """``knowledge_phrases.txt``, lines "- word": objects that say nothing ("the matter")."""
    return frozenset(p[1:].strip() for p in load_set("knowledge_phrases.txt") if p.startswith("-"))


@lru_cache(maxsize=None)
def government_affiliations() -> dict[str, str]:
    """``affiliations.tsv``: country or demonym as written -> the government it stands for."""
    return {form: aff for form, aff in load_table("affiliations.tsv", columns=2)}


@dataclass(frozen=True)
class AnonymityPhrase:
    words: tuple[str, ...]
    strength: str  # marker, weak or strong
    policy: str


@lru_cache(maxsize=None)
def anonymity_phrases() -> tuple[AnonymityPhrase, ...]:
    return tuple(
        AnonymityPhrase(tuple(p.lower().split()), strength, policy)
        for p, strength, policy in load_table("anonymity_reasons.tsv", columns=3)
    )
