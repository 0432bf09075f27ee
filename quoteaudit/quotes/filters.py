"""Not speech: scare quotes, titles of works and so-called terms.

A quoted span on its own is speech when it reads like something said: a sentence (a
capital or a clause, several words, its own closing punctuation) or any span a cue
attaches to (``“Absolutely,” she said``). Short phrases with no cue are scare quotes
or partial quotes; they become part of a mixed quote when a paraphrase carries them and
are dropped otherwise. Title-cased names (``on “Saturday Night Live”``) and terms after
``so-called``/``dubbed``/``the phrase`` are never speech.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import load_list

SPEECH, FRAGMENT, TITLE, TERM = "speech", "fragment", "title", "term"
#: a sentence in headline case (‘Coal Isn’t the Villain.’): speech only when attributed
HEADLINE = "headline"

#: a quote this long (in words) is speech even without a capital or a cue
MIN_SENTENCE_WORDS = 4
#: title-cased phrases longer than this are sentences in headline case, not titles
MAX_TITLE_WORDS = 8


@lru_cache(maxsize=1)
def _markers() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(term markers, work nouns in apposition): entries ending in a comma are the second."""
    entries = [" ".join(e.lower().split()) for e in load_list("not_speech_cues.txt")]
    return tuple(e for e in entries if not e.endswith(",")), tuple(e for e in entries if e.endswith(","))


def _ends_with_marker(text: str, open_at: int, markers: tuple[str, ...]) -> bool:
    before = " ".join(text[max(0, open_at - 40) : open_at].lower().split())
    return any(before.endswith(m) and (len(before) == len(m) or not before[-len(m) - 1].isalnum()) for m in markers)


def preceded_by_term_marker(text: str, open_at: int) -> bool:
    """Is the quote opening at ``open_at`` introduced as a term (``the so-called “…”``)?"""
    return _ends_with_marker(text, open_at, _markers()[0])


#: ``“The Living Room to close,” by Times' Ben Sisario``: a headline with its byline
_STAGE_DIRECTION = re.compile(r"[(\[][^()\[\]]{1,40}[)\]]\.?")
_BYLINE = re.compile(r"\s*,?\s*by\s+(?:the\s+)?[A-Z]")


def classify(text: str, tokens, inner_text: str, open_at: int, embedded: bool = False, close_at: int | None = None) -> str:
    """SPEECH, FRAGMENT, TITLE or TERM for a quoted span whose inner tokens are ``tokens``
    (the span opens at ``open_at`` and closes at ``close_at``)."""
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    if not words:
        return TERM
    if preceded_by_term_marker(text, open_at):
        return TERM
    if close_at is not None and _BYLINE.match(text, close_at):
        return TITLE
    if _STAGE_DIRECTION.fullmatch(inner_text.strip()):
        return TERM  # a transcript's "(CROSSTALK.)", "[inaudible]": nobody's words
    content = [t for t in words if not t.is_stop and t.is_alpha]
    stripped = inner_text.strip()
    ends_sentence = stripped[-1:] in ".?!…" or stripped.endswith((".,", "?,", "!,"))
    alpha = [t for t in words if t.is_alpha]
    headline = len(content) >= 2 and all(t.is_title or t.is_upper for t in content)
    if not headline and ends_sentence and content and len(alpha) >= 2 and all(t.is_title or (t.is_upper and len(t) > 1) for t in alpha):
        headline = True  # every word capitalised: “So, That Happened.”, “Stronger Together.”
    if headline and len(words) <= MAX_TITLE_WORDS:
        # headline case: a title, unless it ends like a sentence and stands on its own
        # (“The Donald. Big Daddy.”, Warren: ‘You Should Be Criminally Investigated.’)
        if not (ends_sentence and not embedded):
            return TITLE
        if _ends_with_marker(text, open_at, _markers()[1]):
            return TITLE  # his 2012 book, “An American Son.”
        return HEADLINE
    if _ends_with_marker(text, open_at, _markers()[1]) and len(words) < MIN_SENTENCE_WORDS and not ends_sentence:
        return TITLE  # her podcast, “the breakdown,”
    has_clause = any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in words)
    first_upper = words[0].text[:1].isupper()
    if len(words) >= MIN_SENTENCE_WORDS and (has_clause or first_upper or ends_sentence):
        return SPEECH
    if len(words) >= 2 and first_upper and ends_sentence:
        return SPEECH
    return FRAGMENT
