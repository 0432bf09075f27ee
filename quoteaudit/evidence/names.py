"""Is a transcript's speaker label the person the draft says spoke?

The rule editors apply: a label and a source are the same person when they share a
surname ("MAYOR ANA LOPEZ", "Lopez", "A. LOPEZ" and "Ana Lopez" all are), or when the
label is the source's title and surname ("SEN. WELLS"). A label that is only a title
("THE MAYOR") is the source when it is the source's own title. Only a named person can be
compared: an anonymous source, an organisation or an unresolved "he" is never contradicted
by a label, and neither is a label that names nobody ("Speaker 2", "Unidentified Male").
"""

from __future__ import annotations

import unicodedata

from ..model import Source, SourceType
from ..speakers.lexicon import title_key, titles
from .transcript import is_unnamed

#: generational suffixes, never a surname
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "esq", "phd", "md"})


def _words(name: str) -> list[str]:
    """Lower case, no accents, no full stops or possessive: "López's" -> ["lopez"]."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower().replace("’", "'")
    out = []
    for word in plain.replace(".", " ").replace(",", " ").split():
        word = word.removesuffix("'s").strip("'\"()[]")
        if word:
            out.append(word)
    return out


def _surname(words: list[str]) -> str | None:
    names = [w for w in words if w not in _SUFFIXES]
    return names[-1] if names else None


def _title_of(words: list[str]) -> str | None:
    """The full title ``words`` spell ("sen" -> "senator"), if they are one."""
    found = titles().get(title_key(" ".join(words)))
    return found.title.lower() if found else None


def same_speaker(label: str | None, source: Source | None) -> bool | None:
    """True: the label is the source. False: someone else. None: cannot tell."""
    if not label or is_unnamed(label):
        return None
    if source is None or SourceType(source.type) is not SourceType.NAMED_PERSON or not source.name:
        return None
    label_words = _words(label)
    name_words = _words(source.name)
    surname = _surname(name_words)
    if surname and surname in label_words:
        return True
    label_surname = _surname(label_words)
    if label_surname and label_surname in name_words and len(label_surname) > 1:
        return True
    # a title alone: "THE MAYOR" is Mayor Ana Lopez, "SENATOR" is Sen. Patricia Wells
    bare = [w for w in label_words if w != "the"]
    label_title = _title_of(bare) or (" ".join(bare) if bare else None)
    if label_title:
        for own in (source.title, source.role):
            if own and set(label_title.split()) <= set((_title_of(_words(own)) or " ".join(_words(own))).split()):
                return True
    return False
