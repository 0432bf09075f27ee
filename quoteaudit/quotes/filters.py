"""Not speech: scare quotes, titles of works and so-called terms.

A quoted span on its own is speech when it reads like something said: a sentence (a
capital or a clause, several words, its own closing punctuation) or any span a cue
attaches to (``“Absolutely,” she said``). Short phrases with no cue are scare quotes
or partial quotes; they become part of a mixed quote when a paraphrase carries them and
are dropped otherwise. Title-cased names (``on “Saturday Night Live”``) and terms after
``so-called``/``dubbed``/``the phrase`` are never speech.
"""

from __future__ import annotations

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
def _term_markers() -> tuple[str, ...]:
    return tuple(" ".join(e.lower().split()) for e in load_list("not_speech_cues.txt"))


def preceded_by_term_marker(text: str, open_at: int) -> bool:
    """Is the quote opening at ``open_at`` introduced as a term (``the so-called “…”``)?"""
    before = " ".join(text[max(0, open_at - 40) : open_at].lower().split())
    return any(before.endswith(m) and (len(before) == len(m) or not before[-len(m) - 1].isalnum()) for m in _term_markers())


def classify(text: str, tokens, inner_text: str, open_at: int, embedded: bool = False) -> str:
    """SPEECH, FRAGMENT, TITLE or TERM for a quoted span whose inner tokens are ``tokens``."""
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    if not words:
        return TERM
    if preceded_by_term_marker(text, open_at):
        return TERM
    content = [t for t in words if not t.is_stop and t.is_alpha]
    stripped = inner_text.strip()
    ends_sentence = stripped[-1:] in ".?!…" or stripped.endswith((".,", "?,", "!,"))
    if len(content) >= 2 and len(words) <= MAX_TITLE_WORDS and all(t.is_title or t.is_upper for t in content):
        # headline case: a title, unless it ends like a sentence and stands on its own
        # (“The Donald. Big Daddy.”, Warren: ‘You Should Be Criminally Investigated.’)
        if not (ends_sentence and not embedded):
            return TITLE
        return HEADLINE
    has_clause = any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in words)
    first_upper = words[0].text[:1].isupper()
    if len(words) >= MIN_SENTENCE_WORDS and (has_clause or first_upper or ends_sentence):
        return SPEECH
    if len(words) >= 2 and first_upper and ends_sentence:
        return SPEECH
    return FRAGMENT
