"""Words, as the evidence check compares them.

A quote matches its source word for word, but case, curly against straight quotes and
apostrophes, punctuation, whitespace and line breaks do not count: both sides are cut
into words by one regular expression and each word is normalised the same way. A hyphen
or dash separates words ("long-term" is "long term"), an apostrophe inside a word does
not ("don't", "people’s"). Thousands separators are dropped ("20,000" is "20000") and
``%`` reads as "percent", ``&`` as "and", as AP style writes them.

The draft's side also knows the two marks an editor may put in a quote: an ellipsis
(``...``, ``…``, ``. . .``) for left-out words and square brackets for words the editor
put in (``[the mayor]``, or ``[T]he`` inside a word).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

# one alternative per kind of word; the number comes first so "1.5" stays one word
_WORD = r"\d+(?:,\d{3})*(?:\.\d+)?|[^\W_]+(?:['’][^\W_]+)*|[%&]"
WORD = re.compile(_WORD)
# a word that may carry an editor's brackets inside it ("[T]he", "call[ed]")
_BRACKETED_WORD = r"\d+(?:,\d{3})*(?:\.\d+)?|(?:[^\W_]|\[[^\W_\s]+\])+(?:['’](?:[^\W_]|\[[^\W_\s]+\])+)*|[%&]"

#: in the source material, square brackets standing alone are the transcriber's, never
#: the speaker's ("[inaudible]", "[crosstalk 00:12:03]"): skipped with their contents.
#: Brackets inside a word ("[W]e", quoted in an earlier article) are part of the word.
_EVIDENCE_TOKEN = re.compile(r"(?P<note>(?<![^\W_])\[[^\[\]\n]{0,80}\](?![^\W_]))|" + _BRACKETED_WORD)

_SYMBOLS = {"%": "percent", "&": "and"}


def normalise(token: str) -> str:
    """One word as it is compared: NFKC, case-folded, straight apostrophe."""
    word = unicodedata.normalize("NFKC", token).casefold().replace("’", "'")
    if word[:1].isdigit():
        return word.replace(",", "")
    return _SYMBOLS.get(word, word)


def evidence_words(text: str, start: int, end: int) -> Iterator[tuple[str, int, int]]:
    """``(word, start, end)`` for each word of ``text[start:end]``, bracketed notes left out."""
    for m in _EVIDENCE_TOKEN.finditer(text, start, end):
        if m.group("note") is None:
            yield normalise(m.group().replace("[", "").replace("]", "")), m.start(), m.end()


# --- the draft's side: words, ellipses and brackets ----------------------------------------

_ELLIPSIS = r"\.[ \t\u00a0]?\.[ \t\u00a0]?\.|…"
# an ellipsis, a bracket standing alone ("[the mayor]"), then a word: a number, or letters
# that may carry brackets inside ("[T]he", "call[ed]")
_QUOTE_TOKEN = re.compile(
    rf"(?P<gap>{_ELLIPSIS})"
    r"|(?P<bracket>\[[^\[\]]*\])(?![^\W_])"
    rf"|(?P<word>{_BRACKETED_WORD})"
)


@dataclass(frozen=True)
class Word:
    text: str  #: normalised
    start: int
    end: int
    #: the editor changed letters inside this word with brackets ("[T]he")
    bracketed: bool = False


@dataclass(frozen=True)
class Gap:
    """An ellipsis: words of the original were left out here."""

    start: int
    end: int


@dataclass(frozen=True)
class Bracket:
    """Words the editor put in, in square brackets, in place of some of the original's."""

    start: int
    end: int
    words: int  #: how many words the insertion has


Item = Word | Gap | Bracket


def quote_items(text: str, start: int, end: int) -> list[Item]:
    """The words, ellipses and brackets of ``text[start:end]``, in order."""
    items: list[Item] = []
    for m in _QUOTE_TOKEN.finditer(text, start, end):
        if m.group("gap"):
            items.append(Gap(m.start(), m.end()))
        elif m.group("bracket"):
            inner = m.group("bracket")[1:-1]
            items.append(Bracket(m.start(), m.end(), sum(1 for _ in WORD.finditer(inner))))
        else:
            raw = m.group("word")
            inside = "[" in raw
            items.append(Word(normalise(raw.replace("[", "").replace("]", "")), m.start(), m.end(), inside))
    return items


def number_words(text: str) -> int:
    return sum(1 for _ in WORD.finditer(text))
