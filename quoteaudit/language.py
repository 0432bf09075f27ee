"""Is this article in English? quoteaudit's cue verbs, titles, pronouns and parser are
English, so an article in another language would give garbage quotes; it gets one clear
finding (rule QA001) instead, and the quote, speaker and claim stages are skipped.

Two cheap, explainable signals, no model:

* the script: an article whose letters are mostly not Latin (Cyrillic, Arabic, CJK...)
  is not English;
* English function words: in English news prose about 30% of the running words are
  from ``data/english_function_words.txt`` (the, that, with, would, their...); in the
  924 PolNeAR articles the lowest share is 11%. In German, French, Spanish, Italian,
  Portuguese, Dutch, Danish, Swedish, Polish, Turkish or Indonesian news it is 0-4%.
  The cut-off, 8%, sits between the two.

Short texts are given the benefit of the doubt: a headline (under 20 words) always, and a
brief under 40 words unless another language's function words make up a tenth of it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .lexicons import load_set

#: fewer words than this is too little evidence to call an article non-English
MIN_WORDS = 20
#: below this many words, few English function words are not enough: a two-sentence
#: English brief of 21 words ("… arrived in Washington on Monday. Cho said Seoul wanted a
#: firm answer on tariffs.") can hold none of them; the text must also be made of
#: another language's function words (``foreign_function_words.txt``)
SHORT_WORDS = 40
#: share of another language's function words that marks a short text as not English
MIN_FOREIGN_SHARE = 0.10
#: fewer letters than this is too little evidence to judge the script
MIN_LETTERS = 40
#: share of English function words below which an article is not English
MIN_FUNCTION_SHARE = 0.08
#: share of Latin-script letters below which an article is not English
MIN_LATIN_SHARE = 0.5
#: characters sampled from a long article (start, middle, end)
SAMPLE_CHARS = 60_000

_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class LanguageCheck:
    """What the check found. ``supported`` is False when quoteaudit cannot audit it."""

    supported: bool
    words: int
    function_share: float
    latin_share: float
    script: str | None = None  #: the main non-Latin script, e.g. "Cyrillic", when that decided

    def explain(self) -> str:
        if self.supported:
            return "English"
        if self.script:
            return f"it is written mostly in {self.script} script, not the Latin alphabet"
        return (
            f"only {self.function_share:.0%} of its {self.words} words are common English words "
            "such as \u201cthe\u201d, \u201cthat\u201d or \u201cwith\u201d, against about 30% in English news"
        )


def _sample(text: str) -> str:
    if len(text) <= SAMPLE_CHARS:
        return text
    third = SAMPLE_CHARS // 3
    middle = len(text) // 2 - third // 2
    return " ".join((text[:third], text[middle : middle + third], text[-third:]))


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "unknown"
    first = name.split(" ", 1)[0]
    if first in ("CJK", "HIRAGANA", "KATAKANA"):
        return "Chinese/Japanese"
    if first == "HANGUL":
        return "Korean"
    return first.capitalize()


def _foreign_share(words: list[str]) -> float:
    """The share of ``words`` that are function words of another Latin-script language."""
    foreign = load_set("foreign_function_words.txt")
    return sum(1 for w in words if w in foreign) / len(words) if words else 0.0


def check_language(text: str) -> LanguageCheck:
    """Decide whether ``text`` is English enough to audit."""
    sample = _sample(text)
    letters = [ch for ch in sample if ch.isalpha()]
    # an ASCII letter is Latin: only the others need their Unicode name (the profile of
    # the audit stages had this loop at a tenth of the audit's time)
    latin = sum(1 for ch in letters if ch.isascii() or _script(ch) == "Latin")
    latin_share = latin / len(letters) if letters else 1.0
    words = [w.lower() for w in _WORD.findall(sample)]
    function_words = load_set("english_function_words.txt")
    hits = sum(1 for w in words if w in function_words)
    share = hits / len(words) if words else 0.0
    if len(letters) >= MIN_LETTERS and latin_share < MIN_LATIN_SHARE:
        scripts = Counter(_script(ch) for ch in letters if _script(ch) != "Latin")
        script = scripts.most_common(1)[0][0] if scripts else "non-Latin"
        return LanguageCheck(False, len(words), share, latin_share, script)
    if len(words) >= MIN_WORDS and share < MIN_FUNCTION_SHARE and (len(words) >= SHORT_WORDS or _foreign_share(words) >= MIN_FOREIGN_SHARE):
        return LanguageCheck(False, len(words), share, latin_share)
    return LanguageCheck(True, len(words), share, latin_share)
