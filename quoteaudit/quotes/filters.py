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
from . import cues

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


#: what may follow a quote closed by a comma and still be a speech tag ("…,” he wrote)
_TAG_STARTS = frozenset({"PRON", "PROPN", "DET", "NOUN"})


def _work_named_in_apposition(text: str, tokens, open_at: int, close_at: int | None) -> bool:
    """``Ouisa Davis' commentary, “Melania, tell your immigrant story,” is very
    thoughtful``, ``the documentary, “Citizen Carly,” in which Fiorina sits``: a quote
    set off by commas after a work noun, with the sentence going on after it (a verb, a
    relative, a preposition), is the work's name, however much it reads like a sentence.
    Words quoted from the work end their sentence (“his book, “I never wanted to run.””)
    or are followed by a tag (“…,” he wrote). In PolNeAR all ten such quotes are titles."""
    if close_at is None or not len(tokens) or not _ends_with_marker(text, open_at, _markers()[1]):
        return False
    doc = tokens[0].doc
    noun = doc[tokens[0].i - 1] if tokens[0].i > 0 else None
    while noun is not None and noun.i > 0 and (noun.is_punct or noun.is_space):
        noun = doc[noun.i - 1]
    if noun is not None and noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB" and noun.head.head.i < noun.i:
        return False  # "Mr. Trump said of the episode, “I don't like it,” adding …": the words said
    inner = text[open_at:close_at].rstrip().rstrip("”\"’'").rstrip()
    k = tokens[-1].i + 1
    while k < len(doc) and (doc[k].is_punct or doc[k].is_space):
        k += 1
    if k >= len(doc) or doc[k].idx < close_at:
        return False
    comma = inner.endswith(",") or text[close_at : doc[k].idx].lstrip("”\"’' ").startswith(",")
    return comma and doc[k].pos_ not in _TAG_STARTS and doc[k].text[:1].islower()


def _title_right_after_work_noun(text: str, words, inner_text: str, open_at: int) -> bool:
    """``She wrote in her memoir “Becoming” that …``, ``The film “Spotlight” shows …``: a
    work noun written right before the quote, with no comma, names the work it stands
    beside (a restrictive apposition); a capitalised quote there is the title even when
    it is one word, which the headline-case rule (two content words at least) leaves a
    fragment, and a fragment inside a paraphrase makes it a mixed quote. Words quoted
    from the work end their sentence or start in lower case (the report “found no
    evidence”), so neither is taken."""
    if not words or len(words) > MAX_TITLE_WORDS or inner_text.strip()[-1:] in ".?!…,":
        return False
    if not all(t.text[:1].isupper() or t.is_stop for t in words) or not words[0].text[:1].isupper():
        return False
    return _ends_with_marker(text, open_at, tuple(m[:-1] for m in _markers()[1]))


#: how far after a quote's closing mark its tag's verb may stand ("…,” said Rep. Jim
#: Clyburn (D-S.C.)" is further than the verb; "…,” the student said" is three words)
TAG_WORDS = 6


def _tag_follows(tokens, close_at: int | None) -> bool:
    """Is the quote closing at ``close_at`` followed by a speech tag (“…,” Trump said;
    “…,” said Smith): a verb of saying (``cue_verbs.tsv``) within :data:`TAG_WORDS`
    words, before the sentence ends or another quote opens, after only its speaker?"""
    if close_at is None or not len(tokens):
        return False
    doc = tokens[0].doc
    k = tokens[-1].i + 1
    while k < len(doc) and (doc[k].idx < close_at or doc[k].is_punct or doc[k].is_space):
        if doc[k].idx >= close_at and doc[k].is_punct and doc[k].text not in ("”", '"', "’", "'", "''", ","):
            return False
        k += 1
    for t in doc[k : k + TAG_WORDS]:
        if t.is_punct:
            return False
        if t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB"):
            return cues.cue_class(t) == cues.SPEECH
    return False


def _uttered_after(tokens) -> bool:
    """Does the quote come right after a verb of uttering aloud (the frame 'words' of
    ``cue_verbs.tsv``, class speech: chant, shout, yell, tweet), nothing but a comma or
    colon between (``The crowd chanted “U-S-A! U-S-A!”``, ``shouted “Lock Her Up!”``)?
    Then its capitals are the words chanted, not a title's, though the writer's sentence
    holds it. (A sign that "read" a slogan is left a title: nobody's document.)"""
    if not len(tokens):
        return False
    doc = tokens[0].doc
    k = tokens[0].i - 1
    while k >= 0 and (doc[k].is_space or doc[k].is_punct and (doc[k].is_quote or doc[k].text in (",", ":"))):
        k -= 1
    return k >= 0 and doc[k].pos_ in ("VERB", "AUX") and cues.utters_words(doc[k]) and cues.cue_class(doc[k]) == cues.SPEECH


def _single_quoted_subhead(text: str, open_at: int, close_at: int | None) -> bool:
    """``'A fight from start to finish.'``, ``'Totally pro-Israel.'``, ``'We're vetting VP
    candidates!'`` on a line of their own between paragraphs: a short quotation in
    single marks standing alone is a subheading (headline style sets quoted words in
    single marks), the section's title taken from a quote given in full in its body,
    never a quote of its own; run as one, it repeats that quote with nobody to attribute
    it to. Not a quote in double marks (a paragraph of speech whose speaker the next
    paragraph names), nor the two apostrophes of a transcribed double mark (''…''), nor
    a quote that a paragraph ending in a colon introduces (British style)."""
    if close_at is None or text[open_at : open_at + 1] not in ("'", "‘") or text[open_at + 1 : open_at + 2] in ("'", "‘"):
        return False
    line_start = text.rfind("\n", 0, open_at) + 1
    if text[line_start:open_at].strip() or line_start == 0 and open_at > 0 and text[:open_at].strip():
        return False
    if text[:line_start].rstrip().endswith(":"):
        return False  # "The minister said:\n\n‘We will not give up.’": the paragraph before introduces it
    line_end = text.find("\n", close_at)
    rest = text[close_at : len(text) if line_end < 0 else line_end]
    return not rest.strip(" \t.!?'’")


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
    if len(words) <= MAX_TITLE_WORDS and _single_quoted_subhead(text, open_at, close_at):
        return TITLE
    content = [t for t in words if not t.is_stop and t.is_alpha]
    stripped = inner_text.strip()
    ends_sentence = stripped[-1:] in ".?!…" or stripped.endswith((".,", "?,", "!,"))
    alpha = [t for t in words if t.is_alpha]
    headline = len(content) >= 2 and all(t.is_title or t.is_upper for t in content)
    if not headline and ends_sentence and content and len(alpha) >= 2 and all(t.is_title or (t.is_upper and len(t) > 1) for t in alpha):
        headline = True  # every word capitalised: “So, That Happened.”, “Stronger Together.”
    if headline and len(words) <= MAX_TITLE_WORDS:
        # headline case: a title, unless it ends like a sentence and stands on its own
        # (“The Donald. Big Daddy.”, Warren: ‘You Should Be Criminally Investigated.’), or
        # stands on its own and ends in a comma, a sentence its tag interrupts (“Like
        # Oakland. Or Ferguson,” Trump said; ''It's all Facebook, Instagram and
        # Snapchat,'' he said): a HEADLINE, speech only when a tag attributes it; and so
        # are words a verb of uttering runs into, however they end (chanting “Dump
        # Trump” outside the hotel): the capitals are the words chanted
        stands_alone = not embedded and (ends_sentence or stripped.endswith(",") and _tag_follows(tokens, close_at))
        if not stands_alone and not (embedded and _uttered_after(tokens)):
            return TITLE
        if _ends_with_marker(text, open_at, _markers()[1]):
            return TITLE  # his 2012 book, “An American Son.”
        return HEADLINE
    if _ends_with_marker(text, open_at, _markers()[1]) and len(words) < MIN_SENTENCE_WORDS and not ends_sentence:
        return TITLE  # her podcast, “the breakdown,”
    if _work_named_in_apposition(text, tokens, open_at, close_at):
        return TITLE
    if _title_right_after_work_noun(text, words, inner_text, open_at):
        return TITLE
    has_clause = any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in words)
    first_upper = words[0].text[:1].isupper()
    if len(words) >= MIN_SENTENCE_WORDS and (has_clause or first_upper or ends_sentence):
        return SPEECH
    if len(words) >= 2 and first_upper and ends_sentence:
        return SPEECH
    return FRAGMENT
