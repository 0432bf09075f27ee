"""Words, as the evidence check compares them.

A quote matches its source word for word, but case, curly against straight quotes and
apostrophes, punctuation, whitespace and line breaks do not count: both sides are cut
into words by one regular expression and each word is normalised the same way. A hyphen
or dash separates words ("long-term" is "long term"), an apostrophe inside a word does
not ("don't", "people’s"). Thousands separators are dropped ("20,000" is "20000") and
``%`` reads as "percent", ``&`` as "and", as AP style writes them. A number is the same
number however it is written (:func:`spelled_numbers`): a transcript's "thirty thousand"
is the draft's "30,000", "two million" its "2 million", as AP style prints figures in
quotes too.

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
_WORD = r"\d+(?:st|nd|rd|th)\b|\d+(?:,\d{3})*(?:\.\d+)?|[^\W_]+(?:['’][^\W_]+)*|[%&$£€]"
WORD = re.compile(_WORD)
# a word that may carry an editor's brackets inside it ("[T]he", "call[ed]")
_BRACKETED_WORD = r"\d+(?:st|nd|rd|th)\b|\d+(?:,\d{3})*(?:\.\d+)?|(?:[^\W_]|\[[^\W_\s]+\])+(?:['’](?:[^\W_]|\[[^\W_\s]+\])+)*|[%&$£€]"

#: in the source material, square brackets standing alone are the transcriber's, never
#: the speaker's ("[inaudible]", "[crosstalk 00:12:03]"): skipped with their contents.
#: Brackets inside a word ("[W]e", quoted in an earlier article) are part of the word.
_EVIDENCE_TOKEN = re.compile(r"(?P<note>(?<![^\W_])\[[^\[\]\n]{0,80}\](?![^\W_]))|" + _BRACKETED_WORD)

_SYMBOLS = {"%": "percent", "&": "and", "$": "dollars", "£": "pounds", "€": "euros"}
#: currency symbols, written before the amount and said after it ("$2 million", "two
#: million dollars")
_CURRENCY = frozenset({"dollars", "pounds", "euros"})


def normalise(token: str) -> str:
    """One word as it is compared: NFKC, case-folded, straight apostrophe."""
    word = unicodedata.normalize("NFKC", token).casefold().replace("’", "'")
    if word[:1].isdigit():
        return word.replace(",", "")
    return _SYMBOLS.get(word, word)


def evidence_words(text: str, start: int, end: int) -> Iterator[tuple[str, int, int]]:
    """``(word, start, end)`` for each word of ``text[start:end]``, bracketed notes left out."""
    words = [(normalise(m.group().replace("[", "").replace("]", "")), m.start(), m.end())
             for m in _EVIDENCE_TOKEN.finditer(text, start, end) if m.group("note") is None]
    yield from spelled_numbers(words)


# --- numbers, however they are written -----------------------------------------------------

_UNITS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                     "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * n for n, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}


def _figure(word: str) -> float | None:
    try:
        return float(word)
    except ValueError:
        return None


def spelled_numbers(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Each run of words that spells one number becomes that number in figures, over the
    run's whole span: "thirty thousand" and "30,000" are both "30000", "two million" and
    "2 million" both "2000000", "twenty-five" (cut at the hyphen) "25". Speech-to-text
    services and reporters write numbers either way, and AP style prints figures even
    inside quotation marks, so the difference is no misquote. A run only grows while it
    stays one number ("one two three" is three numbers), and words that are no number
    ("one of them") are left as they are. A currency symbol written before an amount is
    said after it ("$2 million" and "two million dollars" are both "2000000 dollars"), and
    a year read as two pairs ("nineteen ninety-five") is the year in figures; an ordinal
    from tenth on is one form ("21st", "twenty-first"); "per cent" is "percent"."""
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(words):
        if _currency_symbol(words[i]) and i + 1 < len(words):
            # "$2 million" is said "two million dollars": the symbol goes after the amount
            value, j = _number_at(words, i + 1)
            if j > i + 1:
                out.extend(spelled_numbers(words[i + 1 : j]))
                out.append(words[i])
                i = j
                continue
        if words[i][0] == "per" and i + 1 < len(words) and words[i + 1][0] == "cent":
            out.append(("percent", words[i][1], words[i + 1][2]))  # British "per cent"
            i += 2
            continue
        ordinal, j = _ordinal_at(words, i)
        if ordinal is not None:
            out.append((ordinal, words[i][1], words[j - 1][2]))
            i = j
            continue
        year, j = _spoken_year(words, i)
        if year is not None:
            out.append((str(year), words[i][1], words[j - 1][2]))
            i = j
            continue
        value, j = _number_at(words, i)
        if j > i + 1 or (j == i + 1 and value is not None and not words[i][0][:1].isdigit()):
            value = round(value, 6)  # "two point three million" and "2.3 million" alike
            number = int(value) if value == int(value) else value
            out.append((str(number), words[i][1], words[j - 1][2]))
            i = j
        else:
            out.append(words[i])
            i += 1
    return out


_ORDINALS = {w: n for n, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split(), start=1)}
_ORDINAL_TENS = {w: 10 * n for n, w in enumerate("twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split(), start=2)}
_ORDINAL_FIGURE = re.compile(r"(\d+)(?:st|nd|rd|th)")


def _ordinal_at(words: list[tuple[str, int, int]], i: int) -> tuple[str | None, int]:
    """"21st" and "twenty-first", "10th" and "tenth": an ordinal in figures or in words, as
    one word ("21." in both cases): AP prints figures from 10th on, a transcript spells
    them. "first" to "ninth" are words in AP copy too, and often no ordinal at all ("we fix
    the roads first", "wait a second"), so they stay words. Returns it and the index after
    it, or (None, ``i``)."""
    w = words[i][0]
    if (m := _ORDINAL_FIGURE.fullmatch(w)) is not None:
        return f"{int(m.group(1))}.", i + 1
    if _ORDINALS.get(w, 0) >= 10:
        return f"{_ORDINALS[w]}.", i + 1
    if w in _ORDINAL_TENS:
        return f"{_ORDINAL_TENS[w]}.", i + 1
    if w in _TENS and i + 1 < len(words) and words[i + 1][0] in _ORDINALS and _ORDINALS[words[i + 1][0]] <= 9:
        return f"{_TENS[w] + _ORDINALS[words[i + 1][0]]}.", i + 2
    return None, i


def _currency_symbol(word: tuple[str, int, int]) -> bool:
    """A "$", "£" or "€" as written (one character), not the word "dollars"."""
    return word[0] in _CURRENCY and word[2] - word[1] == 1


def _spoken_year(words: list[tuple[str, int, int]], i: int) -> tuple[int | None, int]:
    """"nineteen ninety-five", "twenty twenty-four", "nineteen oh five": a year read as two
    pairs of digits, as a transcript writes it and the draft prints "1995". Only a first
    pair from ten to twenty-nine spelled as one word, then "oh" and a digit or a number
    from ten to ninety-nine, one space apart; anything else stays numbers of their own. Returns the year
    and the index after it, or (None, ``i``)."""
    first = _UNITS.get(words[i][0], _TENS.get(words[i][0]))
    if first is None or not 10 <= first <= 29 or i + 1 >= len(words) or words[i + 1][1] - words[i][2] != 1:
        return None, i  # "fifteen, twenty people": a comma between makes two numbers
    if words[i + 1][0] == "oh" and i + 2 < len(words) and 1 <= _UNITS.get(words[i + 2][0], 0) <= 9:
        return first * 100 + _UNITS[words[i + 2][0]], i + 3
    if words[i + 1][0][:1].isdigit():
        return None, i
    second, j = _number_at(words, i + 1)
    if second is None or not 10 <= second <= 99 or second != int(second):
        return None, i
    return first * 100 + int(second), j


def _number_at(words: list[tuple[str, int, int]], i: int) -> tuple[float | None, int]:
    """The number spelled from ``words[i]`` on and the index after it (``i`` if none)."""
    total, current, last, j = 0.0, None, None, i
    while j < len(words):
        w = words[j][0]
        if w in _UNITS and last in (None, "tens", "hundred", "scale"):
            current, last = (current or 0) + _UNITS[w], "unit"
        elif w in _TENS and last in (None, "hundred", "scale"):
            current, last = (current or 0) + _TENS[w], "tens"
        elif w == "hundred" and last in ("unit",):
            current, last = current * 100, "hundred"
        elif w == "point" and last in ("unit", "tens") and j + 1 < len(words) and _UNITS.get(words[j + 1][0], 10) <= 9:
            # "four point five million": the digits after "point" are the decimals
            k, digits = j + 1, ""
            while k < len(words) and _UNITS.get(words[k][0], 10) <= 9:
                digits, k = digits + str(_UNITS[words[k][0]]), k + 1
            current, last, j = current + float("0." + digits), "decimal", k - 1
        elif w in _SCALES and last in ("unit", "tens", "hundred", "figure", "decimal"):
            total, current, last = total + current * _SCALES[w], None, "scale"
        elif last is None and (figure := _figure(w)) is not None:
            current, last = figure, "figure"
        elif w == "and" and last == "hundred" and j + 1 < len(words) and (words[j + 1][0] in _UNITS or words[j + 1][0] in _TENS):
            pass  # "one hundred and five"
        else:
            break
        j += 1
    if j == i:
        return None, i
    return total + (current or 0), j


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
    """The words, ellipses and brackets of ``text[start:end]``, in order; numbers in
    figures (:func:`spelled_numbers`)."""
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
    return _numbers_in_figures(items)


def _numbers_in_figures(items: list[Item]) -> list[Item]:
    """:func:`spelled_numbers` over each run of plain words between ellipses and brackets."""
    out: list[Item] = []
    run: list[Word] = []

    def flush():
        if run:
            out.extend(Word(t, s, e) for t, s, e in spelled_numbers([(w.text, w.start, w.end) for w in run]))
            run.clear()

    for item in items:
        if isinstance(item, Word) and not item.bracketed:
            run.append(item)
        else:
            flush()
            out.append(item)
    flush()
    return out


def number_words(text: str) -> int:
    return sum(1 for _ in WORD.finditer(text))
