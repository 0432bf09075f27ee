"""Direct quotes: attribute quoted spans to a cue and speaker, and group the pieces of one
quote (``“A,” he said. “B.”``, multi-paragraph quotes) into one.

Attribution is looked for, in this order:

1. after the closing mark, in the same sentence: ``“…,” X said`` / ``“…,” said X`` /
   ``“…,” Colonel X, spokesman for Y, told reporters`` — a cue verb whose own clause is
   not a new paraphrase;
2. a dash sign-off: ``“…” — Mayor Jane Doe``;
3. before the opening mark, in the same sentence: ``X said, “…”``, ``X told reporters
   “…”``, ``Cruz continued: “…”`` (also from a paragraph ending in a colon), and the bare
   colon introduction ``Trump on Twitter: “…”``.

Tags the cue lexicon cannot see have a function each: phrasal verbs of speaking
(``“…,” went on the mayor``, ``Smith chimed in: “…”``), ``came the reply from X``, a
fronted ``Said Smith:``, ``put it this way:`` and a speaker said to be blunt (``was
blunter:``).

Windows stop at sentence ends, paragraph ends and other quotes, so each span looks at a
bounded number of tokens: linear in the article.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import load_list, load_set
from . import cues
from .context import NAME_LABELS, Ctx, Draft
from .edges import subordinate_cue
from .filters import FRAGMENT, HEADLINE, SPEECH, TERM, TITLE
from .marks import QUOTE_JOINERS
from .mention import _could_speak, is_person_like, noun_phrase, subject_of

#: longest attribution window looked at, in tokens
WINDOW = 30
#: words allowed between a cue and the opening mark it introduces ("told reporters on Tuesday")
MAX_GAP = 7
_SENT_END = {".", "?", "!", "…"}
_DASHES = ("—", "–", "―", "--", "-", "—-")
_DASH_CHARS = "—–―"


@dataclass
class Attribution:
    cue_span: tuple[int, int] | None
    cue_lemma: str | None
    cue_tok: int | None
    speaker: tuple[int, int] | None
    window: tuple[int, int]  # character range of the attribution text
    where: str  # "after", "before", "dash", "colon", "content"


def _attributing_cue(tok) -> bool:
    """Can ``tok`` attribute a quote's words? Verbs of saying, writing and thinking
    ("“…,” he thinks"), and "agreed"; not a verb of seeing or supporting ("“…” This force
    is seen as a threat"), nor a passive with no agent (its subject is what is said of)."""
    cls = cues.cue_class(tok)
    if cls is None or cls == "other":
        return False
    if cls == cues.STANCE and cues.lemma_of(tok) != "agree":
        return False
    return not (any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children))


def _outside(ctx: Ctx, tok) -> bool:
    return ctx.outer[tok.i] < 0


_STOP_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}


def title_in_tag(ctx: Ctx, o: int) -> bool:
    """``The book "Tell Me No Lies" says: "…"``, ``She wrote in her memoir “Becoming”:
    “…”``: a title or term in quotation marks belongs to the writer's sentence that
    introduces the quote, so the window looked at before the quote runs through it (the
    window after a quote already does); any other quote ends the window."""
    return ctx.classes[o] in (TITLE, TERM)


def _speaker_for(ctx: Ctx, cue, lo: int, hi: int) -> tuple[int, int] | None:
    """The speaker mention for ``cue`` as a character span.

    The parse's subject when it stands outside quotes; when the parse lost it (quote
    marks confuse parsers), the words between the quote and the cue (``“…,” Tulsa
    police Chief Chuck Jordan said``), or after an inverted cue (``said Mr. Kamin``),
    cut at the first comma, preposition or verb."""
    subj = subject_of(cue)
    if subj is not None and _in_a_dash_aside_before(ctx, subj.i, cue.i):
        subj = _subject_beyond_the_aside(ctx, cue)
    if subj is not None and _outside(ctx, subj) and (lo <= subj.i < hi or subj.pos_ == "PRON"):
        return noun_phrase(subj)
    if lo < cue.i:
        run = _name_run(ctx, range(lo, cue.i))
        if run:
            return run
    if cue.lemma_ != "tell":
        run = _name_run(ctx, range(cue.i + 1, hi))
        if run:
            return run
    if subj is not None and _outside(ctx, subj):
        return noun_phrase(subj)
    return None


def _in_a_dash_aside_before(ctx: Ctx, i: int, cue_i: int) -> bool:
    """Is token ``i`` inside a pair of dashes that closes before the cue ("looping the
    streets around the stadium - where the Panthers played the Vikings - while chanting,
    “…”")? The parse may hang the cue on the aside's verb, whose subject is no speaker."""
    if not i < cue_i:
        return False
    sid = ctx.sent_id[cue_i]
    before = [k for k in range(i - 1, -1, -1) if ctx.sent_id[k] == sid and ctx.doc[k].text in _DASHES and ctx.outer[k] < 0]
    after = [k for k in range(i + 1, cue_i) if ctx.doc[k].text in _DASHES and ctx.outer[k] < 0]
    return len(before) % 2 == 1 and bool(after)


def _subject_beyond_the_aside(ctx: Ctx, cue):
    """The subject of the nearest verb above ``cue`` that stands outside the dash aside."""
    for anc in cue.ancestors:
        if anc.pos_ in ("VERB", "AUX") and not _in_a_dash_aside_before(ctx, anc.i, cue.i):
            subj = subject_of(anc)
            if subj is not None and not _in_a_dash_aside_before(ctx, subj.i, cue.i):
                return subj
    return None


def _name_run(ctx: Ctx, idxs) -> tuple[int, int] | None:
    """The first run of noun-phrase words in ``idxs``, stopping at punctuation (except a
    title's period), prepositions, verbs and dates."""
    doc = ctx.doc
    start = end = None
    for k in idxs:
        t = doc[k]
        if ctx.outer[k] >= 0 or t.is_space:
            if start is None:
                continue
            break
        if t.is_punct and start is None:
            continue
        stop = (t.is_punct and t.text not in ("-", "'", "’")) or t.pos_ in ("ADP", "VERB", "AUX", "SCONJ", "CCONJ") or t.ent_type_ in _STOP_ENTS
        if stop:
            if start is None and t.pos_ in ("ADP",):
                return None  # "said in an interview": no name after the cue
            if start is not None:
                break
            continue
        if t.pos_ not in ("PROPN", "NOUN", "PRON", "DET", "ADJ", "PART", "NUM", "X") and start is None:
            if not (t.is_title and not t.is_stop and not t.is_sent_start):
                return None  # a capitalised name the tagger misread ("said Skelly" as an adverb) is kept
        if start is None:
            start = k
        end = k
    if start is None or not any(doc[k].pos_ in ("PROPN", "NOUN", "PRON") or doc[k].is_title for k in range(start, end + 1)):
        return None
    return doc[start].idx, ctx.tok_end(doc[end])


def _own_content(ctx: Ctx, cue, lo: int, hi: int) -> bool:
    """Does ``cue`` introduce a paraphrase of its own, outside quotes (then it is not
    attributing the quote next to it)?"""
    for child in cue.children:
        if child.dep_ == "ccomp" and _outside(ctx, child) and lo <= child.i < hi:
            words = sum(1 for t in child.subtree if not t.is_punct and _outside(ctx, t))
            if words >= 3:
                return True
    return False


def after(ctx: Ctx, k: int) -> Attribution | None:
    doc = ctx.doc
    q = ctx.spans[k]
    _, block_end = ctx.block_of(q.start)
    j = ctx.span_all[k][1]
    lo = j
    while j < len(doc) and j - lo < WINDOW:
        t = doc[j]
        if t.idx >= block_end:
            break
        o = ctx.outer[j]
        if o >= 0 and o != k and ctx.classes[o] in (SPEECH, HEADLINE):
            break  # the next quote
        if t.text in _SENT_END and o < 0:
            break
        j += 1  # a nickname or title in quote marks is part of the attribution
    hi = j
    lo = _past_spacing(doc, lo, hi)
    if hi <= lo:
        return None
    first = doc[lo]
    win_chars = (first.idx, ctx.tok_end(doc[hi - 1]))
    gap = ctx.text[q.end : first.idx]
    if first.text in _DASHES or any(c in _DASH_CHARS for c in gap):
        # a sign-off: “…” — Mayor Jane Doe (nothing but a name after the dash)
        if any(t.pos_ in ("VERB", "AUX") for t in doc[lo + 1 : hi]):
            return None
        run = _name_run(ctx, range(lo, hi))
        if run is None:
            return None
        dash_at = next((q.end + i for i, c in enumerate(gap) if c in _DASH_CHARS), first.idx)
        return Attribution((dash_at, dash_at + 1), "dash", first.i, run, win_chars, "dash")
    closed = _ends_clause(ctx, k)
    pointer = pointed_back_at(ctx, k, lo, hi) if closed else None
    if pointer is not None:
        # before any cue further on ("… That was the message from X, who spoke at …")
        cue_span, spk = pointer
        return Attribution(cue_span, "be", lo, spk, win_chars, "after")
    for t in doc[lo:hi]:
        if not _attributing_cue(t):
            continue
        if subordinate_cue(t):
            continue  # "“That makes me smart,” when Clinton blasted him": a clause of its own, no tag
        # a cue right after the quote (only its speaker between) attributes it, whatever
        # else the parse hangs on it; a later one may be starting a paraphrase of its own
        adjacent = t.i - lo <= 1 or not any(x.pos_ in ("VERB", "AUX") for x in doc[lo : t.i])
        if not closed and (not adjacent or ctx.classes[k] == FRAGMENT):
            # the writer's sentence runs on through the quoted words (“Daily Show” host
            # Trevor Noah showed, “Spanish” should only be used to describe): no quote
            return None
        if (not adjacent or _next_sentence_after_the_quote(ctx, k, first)) and _own_content(ctx, t, lo, hi):
            # a new sentence whose cue reports words of its own (“The water was cold.” A
            # neighbor says he heard …) is the next report, not this quote's tag
            return None
        if not adjacent and _next_sentence_after_the_quote(ctx, k, first):
            return None
        spk = _speaker_for(ctx, t, lo, hi)
        if spk is None:
            continue
        return Attribution((t.idx, ctx.tok_end(t)), cues.cue_lemma(t), t.i, spk, win_chars, "after")
    if closed:
        reply = came_the_reply(ctx, lo, hi)
        if reply is not None:
            cue_span, spk = reply
            return Attribution(cue_span, "come", lo, spk, win_chars, "after")

        tag = phrasal_tag_after(ctx, lo, hi)
        if tag is not None:
            verb, particle, spk = tag
            return Attribution((verb.idx, ctx.tok_end(particle)), f"{cues.lemma_of(verb)} {particle.lower_}", verb.i, spk, win_chars, "after")
    return None


def _next_sentence_after_the_quote(ctx: Ctx, k: int, first) -> bool:
    """``Trump tweeted, "Reporting that the killer shouted "Allahu Akbar!" as he fired."
    This appeared to be a version of a tweet sent by a TV contributor, which did not cite a
    source.``: a quote whose words end their sentence inside the marks, followed by a
    capitalised word, is followed by a new sentence of the writer's; a cue further on in
    it (``cite``) is that sentence's, not the quote's tag. (A tag right after the quote,
    ``“We won.” Smith said.``, is still read: only a cue with other verbs before it is
    refused.)"""
    q = ctx.spans[k]
    return ctx.text[q.inner_start : q.inner_end].rstrip()[-1:] in (".", "!", "?") and first.text[:1].isupper()


def phrasal_tag_before(ctx: Ctx, lo: int, last: int):
    """``Smith chimed in: “Me too.”``, ``The senator weighed in, “The bill is dead.”``: a
    phrasal verb of speaking (``phrasal_speech_verbs.txt``) ending the words before the
    quote, with only a colon or comma after its particle. The verb alone is no cue
    ("chime", "weigh"), so the cue lexicon finds no tag. The speaker is the verb's
    subject, or the name run before the verb. Returns (verb, particle, speaker span) or
    None."""
    doc = ctx.doc
    end = last if doc[last].text in (":", ",") else last + 1
    i = end - 2
    if i < lo or not _phrasal_speech_verb(doc, i):
        return None
    subj = subject_of(doc[i])
    if subj is not None and _outside(ctx, subj) and lo <= subj.i < i:
        return doc[i], doc[i + 1], noun_phrase(subj)
    spk = _name_run(ctx, range(lo, i))
    return (doc[i], doc[i + 1], spk) if spk is not None else None


def came_the_reply(ctx: Ctx, lo: int, hi: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``“Absolutely not,” came the reply from the White House``: an inverted tag whose
    subject is the answer itself (``reply_nouns.txt``) and whose speaker is the object of
    its "from". "Came" is no verb of saying, so no cue is found, and the parse gives the
    quote no subject that speaks. Returns (cue span "came the reply", speaker span) or
    None."""
    doc = ctx.doc
    verb = doc[lo]
    if verb.lemma_.lower() != "come" or verb.pos_ not in ("VERB", "AUX"):
        return None
    k = lo + 1
    if k < hi and doc[k].pos_ == "DET":
        k += 1
    if k + 2 >= hi or doc[k].lemma_.lower() not in load_set("reply_nouns.txt") or doc[k + 1].lower_ != "from":
        return None
    obj = next((c for c in doc[k + 1].children if c.dep_ == "pobj" and c.i < hi and _outside(ctx, c)), None)
    if obj is None:
        return None
    return (verb.idx, ctx.tok_end(doc[k])), noun_phrase(obj)


#: the words that point back at the quote before them
_POINTERS = frozenset({"that", "this", "those", "these", "such"})


def pointed_back_at(ctx: Ctx, k: int, lo: int, hi: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``“Sell the land and build the houses.” That was the message from Harold Brevik,
    81, who has farmed the valley since 1968.``: a sentence right after a quote that ends
    its own sentence, pointing back at it ("That was", "Those were", "Such was") and
    naming it with a noun of ``pointer_nouns.txt`` with a "from" or "of", names its
    speaker: the object of that preposition. Returns (cue span "That was the message",
    speaker span) or None."""
    doc = ctx.doc
    q = ctx.spans[k]
    if ctx.text[q.inner_start : q.inner_end].rstrip()[-1:] not in (".", "!", "?"):
        return None
    if doc[lo].lower_ not in _POINTERS or lo + 3 >= hi or doc[lo + 1].lemma_ != "be":
        return None
    j = lo + 2
    while j < hi and doc[j].pos_ in ("DET", "ADJ", "PRON") and doc[j].lower_ not in ("from", "of"):
        j += 1  # "the", "their", "a blunt"
    if j + 1 >= hi or doc[j].lemma_.lower() not in load_set("pointer_nouns.txt") or doc[j + 1].lower_ not in ("from", "of"):
        return None
    obj = next((c for c in doc[j + 1].children if c.dep_ == "pobj" and c.i < hi and _outside(ctx, c)), None)
    if obj is None:
        return None
    return (doc[lo].idx, ctx.tok_end(doc[j])), noun_phrase(obj)


@lru_cache(maxsize=1)
def _phrasal_speech_verbs() -> frozenset[tuple[str, str]]:
    return frozenset(tuple(e.lower().split()) for e in load_list("phrasal_speech_verbs.txt"))


def _phrasal_speech_verb(doc, i: int) -> bool:
    """Is token ``i`` a verb of ``phrasal_speech_verbs.txt`` with its particle right after it?"""
    v = doc[i]
    if i + 1 >= len(doc) or not (v.pos_ in ("VERB", "AUX") or v.tag_.startswith("VB")):
        return False
    particle = doc[i + 1].lower_
    return any(p == particle and (verb == cues.lemma_of(v) or v.lower_ in _regular_forms(verb)) for verb, p in _phrasal_speech_verbs())


def _regular_forms(verb: str) -> tuple[str, ...]:
    """The regular forms of ``verb`` ("pipe": pipes, piped, piping): the lemmatizer slips on
    a few of these verbs ("piped" as "pip")."""
    stem = verb[:-1] if verb.endswith("e") else verb
    return (verb, verb + "s", stem + "ed", stem + "ing")


def phrasal_tag_after(ctx: Ctx, lo: int, hi: int):
    """``“We will win,” went on the mayor``, ``“Me too,” Smith chimed in``, ``“That is
    false,” shot back the senator``: a tag made of a phrasal verb of speaking. The parser
    reads the particle of the inverted tag as a preposition or an adverb and the speaker
    as its object ("on the mayor"), and most of these verbs say nothing alone ("cut",
    "chime"), so the cue lexicon finds no tag and the speaker is lost. The pair is matched
    as written (``phrasal_speech_verbs.txt``), as the first verb after the quote, with the
    speaker before it (a noun phrase, perhaps with a name in apposition, and nothing
    else) or right after the particle.
    Returns (verb, particle, speaker span) or None."""
    doc = ctx.doc
    for i in range(lo, hi - 1):
        t = doc[i]
        if not _phrasal_speech_verb(doc, i):
            if t.pos_ in ("VERB", "AUX"):
                return None  # the first verb after the quote is some other verb
            continue
        particle = doc[i + 1]
        words = [x for x in doc[lo:i] if not x.is_punct and not x.is_space]
        if words:
            spk = _name_run(ctx, range(lo, i))
            # the speaker must be all there is between the quote and the verb, or open
            # it with a name in apposition after it ("his neighbor, Ruth Perez, chimed in")
            if spk is None or spk[0] > words[0].idx:
                return None
            rest = [x for x in words if x.idx >= spk[1]]
            if rest and not all(x.pos_ == "PROPN" for x in rest):
                return None
        else:
            spk = _name_run(ctx, range(i + 2, hi))
        nxt = doc[i + 2] if i + 2 < hi else None
        if spk is None or (nxt is not None and nxt.lower_ == "to" and words):
            return None  # "he went on to win": a career, not a tag
        return t, particle, spk
    return None


def _past_spacing(doc, lo: int, hi: int) -> int:
    """The first token from ``lo`` that is not spacing. ``…low?”\u00a0― Jacklyn Ashley``: a
    non-breaking space after the closing mark is a token of its own, and the sign-off's
    dash, looked for right after the quote, was then hidden behind it."""
    while lo < hi and doc[lo].is_space:
        lo += 1
    return lo


_CLAUSE_END = ",;:.?!…—–-"


def _ends_clause(ctx: Ctx, k: int) -> bool:
    """Does the quoted span end a clause, as an attributed quote does: punctuation just
    inside or just outside its closing mark (“…,” she said / “…”, she said)?"""
    q = ctx.spans[k]
    inner = ctx.text[q.inner_start : q.inner_end].rstrip()
    if inner[-1:] in _CLAUSE_END or inner[-1:] in "'’\"”":
        return True
    after = ctx.text[q.end : q.end + 3].lstrip()
    return after[:1] in _CLAUSE_END or after == ""


def before(ctx: Ctx, k: int) -> Attribution | None:
    doc = ctx.doc
    q = ctx.spans[k]
    block_start, _ = ctx.block_of(q.start)
    hi = ctx.span_all[k][0]
    j = hi - 1
    while j >= 0 and hi - j <= WINDOW:
        t = doc[j]
        if t.idx < block_start or (ctx.outer[j] >= 0 and ctx.outer[j] != k and not title_in_tag(ctx, ctx.outer[j])):
            break
        if t.text in _SENT_END:
            break
        j -= 1
    lo = j + 1
    if lo >= hi:
        # a quote opening its paragraph, after a paragraph ending in a colon
        b = ctx.block_index(q.start)
        if b <= 0 or ctx.text[: ctx.blocks[b - 1][1]].rstrip()[-1:] != ":":
            return None
        hi = ctx.tok_at(ctx.blocks[b - 1][1]) 
        while hi > 0 and doc[hi - 1].is_space:
            hi -= 1
        j = hi - 1
        pstart = ctx.blocks[b - 1][0]
        while j >= 0 and hi - j <= WINDOW and doc[j].idx >= pstart and doc[j].text not in _SENT_END and ctx.outer[j] < 0:
            j -= 1
        lo = j + 1
        if lo >= hi:
            return None
    win_chars = (doc[lo].idx, ctx.tok_end(doc[hi - 1]))
    last = hi - 1
    while last >= lo and doc[last].is_space:
        last -= 1
    if doc[last].text == ":" and ctx.classes[k] == FRAGMENT and not ctx.text[q.inner_start : q.inner_start + 1].isupper():
        # "can add a new title to his resume: “song anthropologist.”": a phrase, not words
        # said (words said after a colon start a sentence: "responded: “Okay!”")
        return None
    tag = phrasal_tag_before(ctx, lo, last)
    if tag is not None:
        verb, particle, spk = tag
        return Attribution((verb.idx, ctx.tok_end(particle)), f"{cues.lemma_of(verb)} {particle.lower_}", verb.i, spk, win_chars, "before")
    for c in range(last, lo - 1, -1):
        t = doc[c]
        if not _attributing_cue(t):
            if t.pos_ == "VERB" and c < last:
                break  # another clause sits between the cue and the quote
            continue
        gap = [x for x in doc[c + 1 : last + 1] if not x.is_punct]
        if len(gap) > MAX_GAP:
            break
        if _own_content(ctx, t, lo, hi):
            return None
        spk = _speaker_for(ctx, t, lo, last + 1)
        if spk is None:
            return None
        return Attribution((t.idx, ctx.tok_end(t)), cues.cue_lemma(t), t.i, spk, win_chars, "before")
    if doc[last].text == ":" and last - lo <= 8:
        # "Trump on Twitter: “…”": the noun phrase before the colon is the speaker
        fronted = fronted_tag_before_colon(ctx, lo, last)
        if fronted is not None:
            verb, lemma, spk = fronted
            return Attribution((verb.idx, ctx.tok_end(verb)), lemma, verb.i, spk, win_chars, "before")
        label = name_before_topic(ctx, lo, last)
        if label is not None:
            colon = doc[last]
            return Attribution((colon.idx, ctx.tok_end(colon)), "colon", colon.i, label, win_chars, "colon")
        named = _named_before_colon(ctx, lo, last)
        # never a date or a time ("Then, on Tuesday: “…”" says when, not who)
        who = [t for t in doc[lo:last] if t.ent_type_ not in ("DATE", "TIME")]
        # a common noun must be able to speak ("The bottom line: “…”" names nobody); a
        # capitalised one is a name the tagger took for a noun ("Trump: ‘…’")
        cand = next((t for t in who if t.dep_ in ("nsubj", "ROOT") and (
            t.pos_ in ("PROPN", "PRON") or t.pos_ == "NOUN" and (_could_speak(t) or t.text[:1].isupper()))), None)
        if cand is None:
            # never past the topic's preposition: "Sanders on Twitter:" is not said by Twitter
            cand = next((t for t in who if t.pos_ in ("PROPN", "PRON") and not any(
                x.lower_ in _TOPIC_PREPS for x in doc[lo:t.i])), None)
        if cand is None:
            cand = _person_before_topic(who)
        if (named or cand) is not None and not any(t.pos_ == "VERB" for t in doc[lo:last]) and not _copula_clause(doc, lo, last):
            colon = doc[last]
            return Attribution((colon.idx, ctx.tok_end(colon)), "colon", colon.i, named or _label_before_topic(ctx, cand, last), win_chars, "colon")
    if doc[last].text == "," and any(c.lower_ == "as" and c.dep_ == "mark" for t in doc[lo:last] if t.lemma_.lower() == "put" for c in t.children):
        # "As the mayor put it, “We are broke.”": the same "put it" set off by "as"
        put = put_it_before_colon(ctx, lo, last)
        if put is not None:
            verb, spk = put
            return Attribution((verb.idx, ctx.tok_end(verb.doc[verb.i + 1])), "put it", verb.i, spk, win_chars, "before")
    if doc[last].text == ":":
        put = put_it_before_colon(ctx, lo, last)
        if put is not None:
            verb, spk = put
            return Attribution((verb.idx, ctx.tok_end(verb.doc[verb.i + 1])), "put it", verb.i, spk, win_chars, "before")
        spk = manner_copula_before_colon(ctx, lo, last)
        if spk is not None:
            colon = doc[last]
            return Attribution((colon.idx, ctx.tok_end(colon)), "colon", colon.i, spk, win_chars, "colon")
    if doc[last].text == ":":
        # "Sanders made the following comment:" — a named subject introducing the quote
        root = _verb_before_colon(doc, lo, last)
        subj = subject_of(root) if root is not None else None
        if subj is not None and (subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or subj.pos_ == "PRON") and subj.lower_ not in ("it", "this", "that"):
            colon = doc[last]
            return Attribution((colon.idx, ctx.tok_end(colon)), "colon", colon.i, noun_phrase(subj), win_chars, "colon")
    return None


#: past and present forms of the speech verbs a writer fronts before a name and a colon
#: ("Said Smith:"), whose lemma the tagger loses when it reads the verb as part of the name
_FRONTED_FORMS = {"said": "say", "says": "say", "wrote": "write", "writes": "write"}


def fronted_tag_before_colon(ctx: Ctx, lo: int, last: int):
    """``Said Smith: “We won.”``, ``Says the mayor: “…”``, ``Added Jones: “…”``: a verb of
    saying fronted before its speaker, closed by a colon. The tagger and the entity
    recogniser often take the capitalised verb for a first name ("Said Smith" as one
    PERSON), and the colon label then named "Said Smith". The verb is the cue; the name
    run after it, the speaker. Returns (verb token, its lemma, speaker span) or None."""
    doc = ctx.doc
    first = doc[lo]
    word = first.lower_
    lemma = _FRONTED_FORMS.get(word) or (cues.lemma_of(first) if first.pos_ == "VERB" else None)
    if lemma is None and word.endswith("ed"):
        lemma = next((c for c in (word[:-1], word[:-2]) if c in cues.verb_classes()), None)  # "Added", "Noted"
    if lemma is None or cues.verb_classes().get(lemma) not in (cues.SPEECH, cues.DOCUMENT) or not first.text[:1].isupper():
        return None
    spk = _name_run(ctx, range(lo + 1, last))
    if spk is None or ctx.tok_end(doc[last - 1]) != spk[1]:
        return None  # the name must run up to the colon
    return first, lemma, spk


#: the prepositions that open a colon label's topic ("Trump on Twitter:", "Warren about the bill:")
_TOPIC_PREPS = ("on", "about")


def name_before_topic(ctx: Ctx, lo: int, last: int) -> tuple[int, int] | None:
    """``Trump on Twitter: “The election is rigged.”``, ``Sanders on the vote: “…”``: a
    colon label of the form NAME on MEDIUM-or-TOPIC names its speaker with the
    capitalised words before the topic's preposition. With no verb and no article around
    it the tagger often misreads the name: "Trump" as a verb, "Sanders" as a common noun
    (and the proper noun after "on", "Twitter", then looked like the speaker). The words
    must read as a name (:func:`_reads_as_name`); "Focus on jobs:" is a label with no
    speaker. (A capitalised common noun, "Reaction on Twitter:", is left to the label
    rules below, which take a sentence-initial capital for a name's: the tagger gives
    "Pelosi" and "Reaction" the same reading, and only a word list could part them.)"""
    doc = ctx.doc
    words = [t for t in doc[lo:last] if not t.is_space]
    p = next((n for n, t in enumerate(words) if t.lower_ in _TOPIC_PREPS), None)
    if not p or p > 4 or p + 1 >= len(words):
        return None
    name, topic = words[:p], words[p + 1 :]
    if not all(t.text[:1].isupper() for t in name) or any(t.pos_ in ("VERB", "AUX") for t in topic):
        return None
    if not any(_reads_as_name(ctx, t, topic) for t in name):
        return None
    return name[0].idx, ctx.tok_end(name[-1])


def _reads_as_name(ctx: Ctx, tok, topic: list) -> bool:
    """Is the capitalised ``tok`` opening a colon label a name? Tagged or recognised as
    one; or written as a name elsewhere in the article (the story names its speaker
    before a label quotes them); or tagged as a verb before a named topic ("Trump on
    Twitter", "Trump on Iran"): a label has no verb, and an imperative ("Focus on jobs")
    takes a common noun."""
    if tok.is_stop or tok.pos_ in ("DET", "ADP", "PRON", "ADV"):
        return False
    if tok.pos_ == "PROPN" or tok.ent_type_ in NAME_LABELS:
        return True
    if tok.pos_ == "VERB" and topic[0].pos_ == "PROPN":
        return True
    return _named_elsewhere(ctx, tok)


def _named_elsewhere(ctx: Ctx, tok) -> bool:
    """Is ``tok``'s word written as a name somewhere else in the article (a proper noun or
    part of a named entity, away from a sentence's start)? (``tok`` itself is among them
    only when it reads as a name already.)"""
    return tok.text in ctx.names_written


def _person_before_topic(who: list):
    """``The mayor on the budget: “…”``: a label of the form PERSON on TOPIC names its
    speaker with a role noun the parser often leaves without a subject's label. Only a
    noun for a person ("the mayor", "protesters"), and only before the topic's
    preposition: "Key points:" or "The bottom line:" name nobody."""
    for t in who:
        if t.pos_ == "ADP":
            return None
        if t.pos_ == "NOUN" and is_person_like(t):
            return t
    return None


def put_it_before_colon(ctx: Ctx, lo: int, last: int):
    """``The mayor put it this way: “…”``, ``One voter put it simply: “…”``: "put it" with
    only a manner after it (an adverb, "this way", "best") is a verb of saying, though
    "put" alone is none; the colon rules that want a named subject left "the mayor"
    out. Not "put it on the table" (a place is no manner). Returns (the verb "put", the
    speaker span) or None."""
    doc = ctx.doc
    for t in doc[lo:last]:
        if t.lemma_.lower() != "put" or t.pos_ != "VERB" or t.i + 1 >= last or doc[t.i + 1].lower_ != "it":
            continue
        manner = [x for x in doc[t.i + 2 : last] if not x.is_punct]
        if any(x.pos_ in ("ADP", "VERB", "AUX") for x in manner) or len(manner) > 3:
            return None
        subj = subject_of(t)
        if subj is None or not lo <= subj.i < t.i or not _outside(ctx, subj):
            return None
        if not (subj.pos_ in ("PROPN", "PRON") or _could_speak(subj) or is_person_like(subj)) or subj.lower_ in ("it", "this", "that"):
            return None
        return t, noun_phrase(subj)
    return None


def manner_copula_before_colon(ctx: Ctx, lo: int, last: int) -> tuple[int, int] | None:
    """``His star guard, Jalen Brooks, was more direct: “We earned this.”``, ``The union
    was blunter: “…”``: a subject said to be blunt, direct or brief, with a colon, introduces
    the words that show it. The clause's verb is a copula, which the colon rules that look
    for a verb of saying pass over. Only a copula with an adjective right before the colon,
    and a subject that can speak (a name, a pronoun, a person or body): "The result was
    clear:" is the writer's own lead-in when nobody speaks."""
    doc = ctx.doc
    adj = doc[last - 1] if last - 1 >= lo else None
    if adj is None or adj.dep_ not in ("acomp", "attr"):
        return None
    if adj.pos_ != "ADJ" and not (adj.tag_ in ("JJR", "JJS") or (adj.lower_.endswith("er") and not any(c.dep_ == "det" for c in adj.children))):
        return None  # "blunter", often tagged a noun; not "a disaster"
    cop = adj.head
    if cop.lemma_ != "be" or not (lo <= cop.i < adj.i) or any(t.pos_ == "VERB" for t in doc[cop.i : last]):
        return None
    subj = next((c for c in cop.children if c.dep_ == "nsubj" and c.i >= lo and _outside(ctx, c)), None)
    if subj is None or subj.lower_ in ("it", "this", "that") or not (_could_speak(subj) or is_person_like(subj)):
        return None
    if cues.document_head(doc[subj.i : subj.i + 1]):
        return None  # "The result was clear:", "The report was blunt:": no one said to be blunt
    return noun_phrase(subj)


def _copula_clause(doc, lo: int, last: int) -> bool:
    """``The result was clear: “We lost.”``: words before a colon that make a clause with
    "be" are the writer's lead-in, not a label naming a speaker (a label has no verb);
    the speaker said to be blunt or direct is :func:`manner_copula_before_colon`'s. An
    answer as the subject ("Clinton’s response was:", ``reply_nouns.txt``) is a label."""
    for t in doc[lo:last]:
        if t.lemma_ == "be" and t.pos_ == "AUX" and t.dep_ in ("ROOT", "ccomp", "advcl"):
            # "Clinton’s response was: “…”": the answer itself is the subject, its
            # possessor the speaker, as in a label
            return not any(c.dep_ == "nsubj" and c.lemma_.lower() in load_set("reply_nouns.txt") for c in t.children)
    return False


def _verb_before_colon(doc, lo: int, last: int):
    """The verb of "Senator Warren made the following comment: “…”": the window's root
    verb, or, when the parser hangs that verb off the quoted sentence after the colon
    ("made" as a ccomp of "rigged"), the window's verb whose head lies beyond the colon."""
    verbs = [t for t in doc[lo:last] if t.pos_ == "VERB"]
    root = next((t for t in verbs if t.dep_ == "ROOT"), None)
    if root is None:
        root = next((t for t in verbs if t.head.i > last), None)
    return root


def _named_before_colon(ctx: Ctx, lo: int, last: int) -> tuple[int, int] | None:
    """"Senator Warren on the bill: “…”", "Warren on the tax bill: “…”": in a colon
    label the speaker is the name, with a title written before it, never the topic after
    it nor the title alone (the parse often hangs the name off its title or the topic)."""
    doc = ctx.doc
    ent = next((e for e in doc.ents if lo <= e.start and e.end <= last and e.label_ in ("PERSON", "ORG", "NORP", "GPE")), None)
    if ent is None:
        return None
    start = ent.start
    while start > lo and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i in range(ent.start, ent.end) and doc[start - 1].text[:1].isupper():
        start -= 1  # "Senator", "Gov." before the name
    if any(doc[k].pos_ != "DET" for k in range(lo, start)):
        return None  # "The mayor on Ukraine:": a name after the speaker is the topic
    return doc[start].idx, ctx.tok_end(doc[ent.end - 1])


def _label_before_topic(ctx: Ctx, cand, last: int) -> tuple[int, int]:
    """"The mayor on the budget: “…”": the speaker's noun phrase ends where the topic
    begins (the label's "on" or "about")."""
    start, end = noun_phrase(cand)
    doc = ctx.doc
    topic = next((t for t in doc[cand.i + 1 : last] if t.lower_ in ("on", "about") and t.pos_ == "ADP"), None)
    if topic is not None and topic.idx < end:
        end = ctx.tok_end(doc[topic.i - 1])
    return start, end


#: a transcript speaker label opening a quoted paragraph: "PENCE: Well, look, ..."
_LABEL = re.compile(r"([A-Z][A-Z.'’\- ]{1,40}[A-Z.]):\s")


def transcript_label(ctx: Ctx, k: int) -> Attribution | None:
    q = ctx.spans[k]
    m = _LABEL.match(ctx.text, q.inner_start, min(q.inner_end, q.inner_start + 45))
    if m is None or not any(c.isalpha() for c in m.group(1)):
        return None
    colon = m.end(1)
    return Attribution((colon, colon + 1), "colon", None, (m.start(1), m.end(1)), (m.start(1), colon + 1), "label")


#: a bare name line under a pull quote or tweet: "— Mayor Jane Doe", "Paul Ryan
#: (@SpeakerRyan) July 5, 2016", "Sen. Ann Lee, D-Ohio"
_NAME_LINE = re.compile(
    r"[ \t]*(?:[—–―-]{1,2}[ \t]*)?((?:[A-Z][\w.'’-]*\.?[ \t]+){0,5}[A-Z][\w'’-]+)"
    r"(?:[ \t]*\(@\w+\))?(?:[ \t]*@\w+)?(?:[ \t,]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4})?"
    r"(?:[ \t]*,[ \t]*[^\n]{0,40})?[ \t]*\.?[ \t]*$"
)


def _words_after_label(ctx: Ctx, att: Attribution | None) -> int | None:
    """``"PENCE: Well, look, …``: in a quoted transcript the label names the speaker and
    is not among the words spoken, so a turn's content starts after the label's colon
    (the opening mark before the label stays outside, as the label does)."""
    if att is None or att.where != "label":
        return None
    at = att.window[1]
    while at < len(ctx.text) and ctx.text[at] in " \t\u00a0":
        at += 1
    return at


def name_line(ctx: Ctx, k: int) -> Attribution | None:
    """A pull quote or tweet standing as its own paragraph, followed by a paragraph that
    is only a name (``— Mayor Jane Doe``, ``Paul Ryan (@SpeakerRyan) July 5, 2016``):
    the name is the speaker."""
    q = ctx.spans[k]
    b = ctx.block_index(q.start)
    if b < 0 or b + 1 >= len(ctx.blocks):
        return None
    bs, be = ctx.blocks[b]
    if ctx.text[bs:q.start].strip(" \t\u00a0—–-") or ctx.text[q.end:be].strip(" \t\u00a0.,;:"):
        return None
    ns, ne = ctx.blocks[b + 1]
    line = ctx.text[ns:ne].rstrip()
    if "\n" in line.strip() or len(line) > 90:
        return None
    m = _NAME_LINE.match(line)
    if m is None:
        return None
    start, end = ns + m.start(1), ns + m.end(1)
    toks = [t for t in ctx.doc[ctx.tok_at(start) : ctx.tok_at(end)] if not t.is_space]
    if not toks or not any(t.pos_ == "PROPN" for t in toks) or any(t.pos_ in ("VERB", "AUX") for t in toks):
        return None
    return Attribution(None, None, None, (start, end), (ns, ne), "name line")


def attribute(ctx: Ctx, k: int) -> Attribution | None:
    label = transcript_label(ctx, k)
    if label is not None:
        return label
    embedded = _embedded(ctx, k)
    lead = before(ctx, k) if embedded else None
    if lead is not None and lead.cue_tok is not None and uttered_words(ctx, k, lead.cue_tok):
        # "Supporters chanted “Build the wall!” Then the mayor spoke.": words a verb of
        # uttering runs straight into are that verb's, whatever verb follows them
        return lead
    att = after(ctx, k)
    if att is not None:
        return att
    # the tag before is read only when no tag after the quote claims it
    return (lead if embedded else before(ctx, k)) or name_line(ctx, k)


def group_direct(ctx: Ctx, candidates: list[int], attributions: dict[int, Attribution], others: list[Draft] | None = None) -> list[Draft]:
    """Group attributed and speech-like quoted spans into direct quotes.

    A quote with no attribution of its own that follows, in the same paragraph, nothing
    but the attribution of the quote before it (``“A,” X said. “B.”``, ``CLAUSE, X said.
    “B.”``) is that speaker's too: joined to a direct quote, or given the paraphrase's cue
    and speaker."""
    others = sorted(others or [], key=lambda d: d.fragments[-1][1])
    oi = 0
    last_other: Draft | None = None
    drafts: list[Draft] = []
    last_group: Draft | None = None
    last_span: int | None = None
    last_attr: Attribution | None = None
    last_coordinated = False
    group_of: dict[int, Draft] = {}
    #: the cue nearest the end of each group: a later piece may bring its own ("“A …
    #: B,” he continued. “C.”"), and what follows it carries on from there
    latest_cue: dict[int, tuple[int, int]] = {}
    promo_at = ctx.promo_lines
    for k in candidates:
        q = ctx.spans[k]
        att = attributions.get(k)
        cls = ctx.classes[k]
        if promo_at and on_promo_line(promo_at, q.start):
            continue
        while oi < len(others) and others[oi].fragments[-1][1] <= q.start:
            last_other = others[oi]
            oi += 1
        if q.prev_part is not None and q.prev_part in group_of and cls == TERM:
            group_of[k] = group_of[q.prev_part]  # "(CROSSTALK.)" inside a transcript: skipped, the run goes on
            continue
        if q.prev_part is not None and q.prev_part in group_of and another_speakers_tag(ctx, group_of[q.prev_part], att, q.end):
            q.prev_part = None  # a new speaker's quote: the paragraph before was closed carelessly
        if q.prev_part is not None and q.prev_part in group_of and not (att is not None and att.where == "label"):
            # (a paragraph opening with its own transcript label, "PENCE: …", starts anew)
            g = group_of[q.prev_part]
            g.fragments.append((q.start, q.end))
            g.spans.append(k)
            group_of[k] = g
            if g.speaker is None and att is not None:
                _apply(g, att)
            if att is not None and att.cue_span is not None and att.cue_span[0] >= q.end:
                latest_cue[id(g)] = att.cue_span
            last_span, last_group = k, g
            continue
        if cls in (TERM, TITLE):
            continue
        if att is None and last_group is not None and last_span is not None and coordinated_words(ctx, k, last_span, last_attr, last_coordinated):
            # "chanted “A” and “B”": one quote of the two, with the writer's "and" between
            last_group.fragments[-1] = (last_group.fragments[-1][0], q.end)
            last_group.spans.append(k)
            group_of[k] = last_group
            last_span, last_coordinated = k, True
            continue
        last_coordinated = False
        if _embedded(ctx, k) and not (att is not None and run_in_direct(ctx, k, att)):
            continue  # a phrase quoted inside the writer's own sentence: not a direct quote
        join = False
        if last_group is not None and last_span is not None:
            same_block = ctx.block_index(ctx.spans[last_span].start) == ctx.block_index(q.start)
            if att is not None and last_attr is not None and att.cue_tok is not None and att.cue_tok == last_attr.cue_tok:
                join = True
            elif att is None and same_block:
                between = ctx.text[ctx.spans[last_span].end : q.start]
                covered = last_attr is not None and last_attr.window[0] >= ctx.spans[last_span].end and last_attr.window[1] <= q.start
                if not between.strip(" \t,.;:—–-") or (covered and not nearer_report(ctx, last_other, last_group, q.start)):
                    join = True
        if not join and att is None and last_other is not None and quote_after_a_dash_or_colon_ends_the_report(ctx, k, last_other, last_group):
            # "asked the crowd to welcome the governor — “my new best friend.”": more of the
            # report, the widest one ending there ("asked …", not "welcome …" inside it)
            report = min((o for o in others[:oi] if o.fragments[-1][1] == last_other.fragments[-1][1]), key=lambda o: o.fragments[0][0])
            report.fragments[-1] = (report.fragments[-1][0], q.end)
            report.kind = "mixed"
            report.spans.append(k)
            continue
        if not join and att is None and nearer_report(ctx, last_other, last_group, q.start):
            att = Attribution(last_other.cue_span, last_other.cue_lemma, last_other.cue_tok, last_other.speaker, last_other.cue_span, "previous")
        elif not join and att is None and last_group is not None and last_group.cue_span is not None and last_span is not None:
            # “A,” he said. “B.”  — and the same across a paragraph break when the new
            # paragraph is only more of the quote (the speaker would be named otherwise)
            cue_span = latest_cue.get(id(last_group), last_group.cue_span)
            if _follows_attribution(ctx, last_group.fragments[-1][1], cue_span, q.start, next_paragraph=_quote_paragraph(ctx, k)):
                join = True
        if att is None and not join and (cls != SPEECH or (q.recovered and not q.continued)):
            continue  # unattributed: only a whole, properly marked sentence is a quote
        if join:
            assert last_group is not None
            last_group.fragments.append((q.start, q.end))
            last_group.spans.append(k)
            if last_group.speaker is None and att is not None:
                _apply(last_group, att)
            group_of[k] = last_group
            last_span = k
            continue
        g = Draft(kind="direct", fragments=[(_words_after_label(ctx, att) or q.start, q.end)], spans=[k])
        if att is not None:
            _apply(g, att)
            that = complement_of_that(ctx, k, att)
            if that is None:
                that = fronted_phrase_of_the_quote(ctx, k, att)
            if that is None:
                that = object_named_before_the_quote(ctx, k, att)
            if that is not None:
                g.kind, g.fragments = "mixed", [(that, q.end)]
        if q.recovered or cls == FRAGMENT:
            g.confidence = 0.7
        drafts.append(g)
        group_of[k] = g
        last_group, last_span, last_attr = g, k, att
    return [piece for g in drafts for piece in _words_after_that_clause(g)]


def complement_of_that(ctx: Ctx, k: int, att: Attribution) -> int | None:
    """``Trump tweeted that, “For those few people …”``, ``She added that “the plan is
    dead.”``, ``her comment that “…”``: a quote that is the complement of "that" (a comma
    may follow it), after the cue that attributes it, is the content of the writer's
    clause "X said that …". The frame is the reporter's syntax, so the report is one mixed
    quote from "that" on, not a direct quote standing on its own. (PolNeAR marks these
    units from "that" on: train 90 gold units open with "that “", all mixed.) Returns
    where the mixed quote starts ("that"), or None. Only right after the cue's clause: not
    "that" as a determiner of a quoted term (titles and terms are never quotes here)."""
    if att.cue_tok is None or att.where not in ("before", "content"):
        return None
    open_tok = ctx.span_all[k][0]
    if att.cue_tok >= open_tok:
        return None
    j = open_tok - 1
    while j > att.cue_tok and (ctx.doc[j].is_space or ctx.doc[j].text == ","):
        j -= 1
    that = ctx.doc[j]
    if j <= att.cue_tok or that.lower_ != "that" or ctx.outer[j] >= 0:
        return None
    if ctx.block_index(that.idx) != ctx.block_index(ctx.spans[k].start):
        return None
    return that.idx


def object_named_before_the_quote(ctx: Ctx, k: int, att: Attribution) -> int | None:
    """``She still says things such as, “We're not all meant to be equal.”``, ``she added
    the words, “Hillary Clinton.”``: the cue's own object, written by the writer, runs up
    to the quote, which stands in apposition to it: the object and the quoted words are
    one mixed quote, from the object on. Not an addressee (``told reporters, “…”``,
    ``asked the crowd, “…”``: verbs of ``addressee_verbs.txt``), nor a colon's label, and
    only a finite verb's object: a participle's (``in a memo explaining the deal, “…”``)
    sets the scene for a quote the sentence gives on its own. Returns where the mixed
    quote starts, or None."""
    if att.cue_tok is None or att.where != "before":
        return None
    doc = ctx.doc
    open_tok = ctx.span_all[k][0]
    cue = doc[att.cue_tok]
    if att.cue_tok >= open_tok or cues.lemma_of(cue) in cues.addressee_verbs():
        return None
    if cue.tag_ not in ("VBD", "VBZ", "VBP"):
        return None  # "in his memo explaining the deal, “…”": a participle's object is no lead-in
    j = open_tok - 1
    while j > att.cue_tok and doc[j].is_space:
        j -= 1
    if doc[j].text == ",":
        j -= 1
    if j <= att.cue_tok or doc[j].is_punct:
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj" and att.cue_tok < c.i < open_tok), None)
    if obj is None or not (obj.left_edge.i <= j <= obj.right_edge.i) or obj.left_edge.i <= att.cue_tok:
        return None
    if obj.pos_ in ("PRON", "PROPN") or is_person_like(obj):
        return None  # "greeted him, “…”", "thanked the volunteers, “…”": someone spoken to
    return doc[obj.left_edge.i].idx


#: prepositions that name what a quote is about ("On Israel, “we will …,” she said"): the
#: topic is the writer's way into the quote, which stays direct
_TOPIC_OPENERS = frozenset({"on", "about", "regarding", "concerning", "of", "as", "asked", "re"})
#: the longest fronted phrase read as part of the quoted sentence, in words
FRONTED_WORDS = 12


def fronted_phrase_of_the_quote(ctx: Ctx, k: int, att: Attribution) -> int | None:
    """``In past campaigns, “we felt we could reach everyone,” he said``, ``Unless rivals
    quit, “it is hard to see how he is stopped,” she said``: a sentence that opens with the
    writer's phrase (a preposition's phrase or a clause, then a comma) and runs on into the
    quote, which starts in lower case and is tagged after it, is one sentence: the phrase
    is the frame of the speaker's statement, and the report is one mixed quote from the
    sentence's start. Only a topic keeps the quote outside as a direct one (``On Israel,
    “we will stand with our ally,” he said``, ``As for the deadline, …``): it says what
    the quote is about, not part of what was said. Not when the phrase holds the tag
    itself ("As the mayor put it, “…”", "According to X, “…”"): the cue must come after
    the quote. Returns where the mixed quote starts, or None."""
    if att.cue_tok is None or att.where not in ("after", "content") or att.cue_tok < ctx.span_all[k][1]:
        return None
    q = ctx.spans[k]
    if not ctx.text[q.inner_start : q.inner_start + 1].islower():
        return None
    doc = ctx.doc
    open_tok = ctx.span_all[k][0]
    j = open_tok - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 0 or doc[j].text != "," or ctx.outer[j] >= 0:
        return None
    bs, _ = ctx.block_of(q.start)
    i = j - 1
    while i >= 0 and doc[i].idx >= bs and not doc[i].is_sent_start and doc[i].text not in _SENT_END and ctx.outer[i] < 0:
        i -= 1
    if i < 0 or doc[i].idx < bs or ctx.outer[i] >= 0 or doc[i].text in _SENT_END:
        i += 1
    if i >= j:
        return None
    first = doc[i]
    if not (first.is_sent_start or i == 0 or doc[i - 1].text in _SENT_END or doc[i - 1].idx < bs):
        return None
    words = [t for t in doc[i:j] if not t.is_punct and not t.is_space]
    if not words or len(words) > FRONTED_WORDS or first.pos_ not in ("ADP", "SCONJ") or first.lower_ in _TOPIC_OPENERS:
        return None
    if any(_attributing_cue(t) for t in doc[i:j]):
        return None  # "Speaking to reporters, “…”": the phrase may hold a tag of its own
    return first.idx


def _words_after_that_clause(g: Draft) -> list[Draft]:
    """``Trump said that “A.” “B.”``: the mixed "that" quote (:func:`complement_of_that`)
    is only its first piece; the quoted sentences after it that carry on the speaker's
    words are direct, with the same cue and speaker."""
    if g.kind != "mixed" or len(g.fragments) < 2:
        return [g]
    rest = Draft(kind="direct", fragments=g.fragments[1:], spans=g.spans[1:], cue_span=g.cue_span,
                 cue_lemma=g.cue_lemma, cue_tok=g.cue_tok, speaker=g.speaker, confidence=g.confidence)
    return [Draft(**{**g.__dict__, "fragments": g.fragments[:1], "spans": g.spans[:1]}), rest]


def nearer_report(ctx: Ctx, other: Draft | None, group: Draft | None, start: int) -> bool:
    """``"We are not united," Renzi said after the meeting. The summit accomplished "too
    little," he added on Twitter. "Without changes, Europe risks a lot."``: a quote with
    no tag of its own that follows a paraphrase's tag (``other``) is more of that report
    when the report comes after the last direct quote (``group``) and nothing but its tag
    stands between them (:func:`_follows_attribution`). The nearest report is the one the
    reader carries on from; the direct quote's tag further back, though it lies between
    that quote and this one, belongs to an earlier statement. So does a report tagged
    before its words that ends right before the quote, a sentence of its own opened by
    its speaker (``… said Samuel Whitehorse. He said he and his wife drove to high
    ground. “We didn't wait.”``)."""
    if other is None or other.cue_span is None or not (group is None or other.fragments[-1][1] > group.fragments[-1][1]):
        return False
    if _follows_attribution(ctx, other.fragments[-1][1], other.cue_span, start):
        return True
    end = other.fragments[-1][1]
    if other.cue_tok is None or other.speaker is None or not other.cue_span[1] <= other.fragments[0][0]:
        return False
    first = other.cue_tok
    while first > 0 and ctx.sent_id[first - 1] == ctx.sent_id[other.cue_tok]:
        first -= 1
    if not other.speaker[0] <= ctx.tok_starts[first] < other.speaker[1]:
        return False  # the report sits inside a sentence of the writer's, not opening it
    # a sentence of its own, not a participle or clause of the last quote's tag sentence
    # ("“A,” Clinton said, referencing a super PAC …. “B.”" stays Clinton's quote)
    last = bisect_right(ctx.tok_starts, group.fragments[-1][1] - 1) - 1 if group is not None else -1
    return (
        (last < 0 or ctx.sent_id[other.cue_tok] != ctx.sent_id[last])
        and ctx.block_index(end) == ctx.block_index(start)
        and not ctx.text[end:start].strip(" \t.,;:")
    )


def quote_after_a_dash_or_colon_ends_the_report(ctx: Ctx, k: int, other: Draft, group: Draft | None) -> bool:
    """``Scott asked the crowd to welcome the governor — “my new best friend.”``, ``Mr.
    Obama said the museum would tell the stories of Americans often overlooked -- “the
    president but also the slave …”``, ``She said she has the quality the job needs:
    “Steadiness.”``: a quote with no tag of its own set off by a dash or a colon right
    after a paraphrase's content, and ending the sentence, says in the speaker's words
    what the paraphrase just said: it is the end of that report, which becomes one mixed
    quote, not an unattributed direct quote beside it. (A colon after a tag, "Smith
    said:", is no paraphrase's content: that quote has its tag and stays direct.) Only the nearest report (no
    direct quote between) and a dash with nothing else between; a quote closed by another
    dash or running on into the writer's words (“the best in the state” - and stressed …)
    is a parenthesis, left as it is, and so is a report set off by dashes itself."""
    if other.kind not in ("indirect", "mixed") or other.speaker is None or not other.fragments:
        return False
    end = other.fragments[-1][1]
    if group is not None and group.fragments[-1][1] > end:
        return False
    q = ctx.spans[k]
    between = ctx.text[end:q.start]
    if between.strip(" \t\u00a0.,") not in _DASHES + (":",) or "\n" in between:
        return False
    if ctx.text[: other.fragments[-1][0]].rstrip(" \t\u00a0")[-1:] in _DASH_CHARS + "-":
        return False  # "in the early days -- when he would not be worried -- “what would you pick?”": the report is the parenthesis
    _, block_end = ctx.block_of(q.start)
    rest = ctx.text[q.end:block_end].lstrip()
    return rest[:1] in ("", ".") or (ctx.text[q.inner_start : q.inner_end].rstrip()[-1:] in (".", "?", "!") and rest[:1].isupper())


def another_speakers_tag(ctx: Ctx, g: Draft, att: Attribution | None, end: int) -> bool:
    """``“… if you’re an African-American.`` / ``“I have been doing a lot of thinking …,”
    added Rep. Jim Clyburn``: a paragraph left open, by the convention of multi-paragraph
    quotes, runs on into the next quoted paragraph; but when that paragraph's own tag
    names someone else (a name sharing no word with the quote's speaker, not a pronoun
    that could be the same person), the writer left the mark out and a new speaker's
    quote begins. Without this the second speaker's words were the first's."""
    if att is None or att.cue_span is None or att.cue_span[0] < end or att.speaker is None or g.speaker is None:
        return False  # only a tag after the quote (ending at ``end``) names its speaker
    mine, theirs = _name_words(ctx, g.speaker), _name_words(ctx, att.speaker)
    return bool(mine) and bool(theirs) and not (mine & theirs)


def _name_words(ctx: Ctx, span: tuple[int, int]) -> set[str]:
    """The proper nouns of a speaker mention, titles ("Rep.", "Gov.") left out."""
    toks = ctx.doc.char_span(span[0], span[1], alignment_mode="expand")
    if toks is None or any(t.pos_ == "PRON" for t in toks):
        return set()
    return {t.text for t in toks if t.pos_ == "PROPN" and not t.text.endswith(".")}


def on_promo_line(lines: list[tuple[int, int]], start: int) -> bool:
    """``"Follow Pam Key on Twitter @pamkeyNEN."`` closing a transcript whose every
    paragraph opens with a quotation mark: a promo line in quotation marks is no piece of
    the quote before it, though the marks make it look like the next paragraph of a
    multi-paragraph quote (the promo filter drops only quotes that start on such a line,
    not the last piece of one that started above it). ``lines`` are
    :func:`promo.promo_lines`, in text order."""
    i = bisect_right(lines, (start, float("inf"))) - 1
    return i >= 0 and lines[i][0] <= start < lines[i][1]


#: most words between a quote and the next one for the attribution between them to carry over
MAX_CARRY_WORDS = 24


def _follows_attribution(ctx: Ctx, prev_end: int, cue_span: tuple[int, int], start: int, next_paragraph: bool = False) -> bool:
    """Is the text between a quote ending at ``prev_end`` and one starting at ``start``
    just the first quote's attribution (``, Mr. Burman said. ``), in one paragraph — or,
    with ``next_paragraph``, ending one paragraph when the next opens with the quote?"""
    if not (prev_end <= cue_span[0] < start):
        return False
    gap = ctx.block_index(start) - ctx.block_index(prev_end)
    if gap != 0 and not (next_paragraph and gap == 1 and ctx.blocks[ctx.block_index(start)][0] == start):
        return False
    between = ctx.text[prev_end:start]
    return len(between.split()) <= MAX_CARRY_WORDS and between.rstrip()[-1:] in (".", ":", ",", ";", "")


#: what may join two quotes uttered by one verb ("chanted “A” and “B”", "“A,” “B” or
#: “C”": nothing when the comma is inside the marks)
_COORDINATORS = frozenset({"", ","} | QUOTE_JOINERS | {f", {j}" for j in QUOTE_JOINERS})


def coordinated_words(ctx: Ctx, k: int, prev: int, prev_att: Attribution | None, prev_coordinated: bool = False) -> bool:
    """``Supporters chanted “Build the wall!” and “Lock her up!”``, ``a sign reading “No
    justice” and another “No peace”`` (not this one): a quote joined by "and", "or" or a
    comma to the words a verb of uttering introduces (:func:`uttered_words`), or to a quote
    joined so before it, is more of what was uttered, by the same speaker. The two make
    one direct quote, the writer's "and" between them, as annotators mark them (PolNeAR's
    49 such pairs are one unit each, direct by the evaluation's reading: it opens and
    closes with a mark); so does the paraphrase path when the parse hangs both on the
    verb. Nothing but the coordinator may stand between them, and no space at all only
    after a comma inside the marks."""
    if prev_att is None or prev_att.cue_tok is None or ctx.classes[k] not in (FRAGMENT, SPEECH, HEADLINE):
        return False
    if ctx.block_index(ctx.spans[prev].start) != ctx.block_index(ctx.spans[k].start):
        return False
    between = " ".join(ctx.text[ctx.spans[prev].end : ctx.spans[k].start].split()).replace(" ,", ",")
    if between.lower() not in _COORDINATORS:
        return False
    if not between and not ctx.text[ctx.spans[prev].inner_start : ctx.spans[prev].inner_end].rstrip().endswith(","):
        return False
    return prev_coordinated or uttered_words(ctx, prev, prev_att.cue_tok)


def _quote_paragraph(ctx: Ctx, k: int) -> bool:
    """Does span ``k`` open its paragraph and is the paragraph nothing but quotes?"""
    q = ctx.spans[k]
    bs, be = ctx.block_of(q.start)
    if bs != q.start:
        return False
    rest = ctx.text[q.end : be]
    return not rest.strip(" \t\u00a0.,;:")


def _embedded(ctx: Ctx, k: int) -> bool:
    """Is the quoted span a phrase inside a sentence (``as “a lifetime politician”``,
    ``that “this is not who we are”``) rather than a quote standing on its own?"""
    q = ctx.spans[k]
    bs, _ = ctx.block_of(q.start)
    i = q.start - 1
    while i >= bs and ctx.text[i].isspace():
        i -= 1
    if i < bs:
        return False
    if ctx.text[i] in "’'" and _sentence_closed_by_quote(ctx, i + 1):
        return False
    return ctx.text[i].isalnum() or ctx.text[i] in "%$’'"


def _sentence_closed_by_quote(ctx: Ctx, end: int) -> bool:
    """``Mr. Trump said on NBC's ''Meet the Press.'' ''She lies …''``: a quotation (a title,
    say) whose closing mark, at ``end``, has a full stop, question or exclamation mark
    just inside it ends the writer's sentence there, so the quote after it opens a new
    sentence; it is not a phrase run into the writer's words, though typewriter quotes
    and curly single ones close with the apostrophe's character."""
    tok = bisect_right(ctx.tok_starts, end - 1) - 1  # the token holding the closing mark
    k = ctx.outer[tok] if 0 <= tok < len(ctx.outer) else -1
    if k < 0 or ctx.spans[k].end != end:
        return False
    q = ctx.spans[k]
    return ctx.text[q.inner_start : q.inner_end].rstrip()[-1:] in (".", "?", "!")


def run_in_direct(ctx: Ctx, k: int, att: Attribution) -> bool:
    """Is a quote that runs on from the writer's words (``He says “it’s …”``) still a
    direct quote of ``att``'s speaker? Only a sentence-like quote whose cue introduces it,
    or the words right after a verb of uttering (:func:`uttered_words`)."""
    if att.where not in ("before", "content"):
        return False
    return (ctx.classes[k] == SPEECH and _cue_adjacent(ctx, k, att)) or uttered_words(ctx, k, att.cue_tok)


#: what may follow the closing mark of uttered words: the end of the clause, or the
#: verb's setting ("chanted “Lock him up” outside the courthouse", "as the clock ran down")
_SETTING_POS = ("ADP", "SCONJ", "CCONJ", "ADV")


def uttered_words(ctx: Ctx, k: int, cue_i: int | None) -> bool:
    """``protesters chanting “no contract, no peace”``, ``a sign that read “Fund our
    schools”``, ``yelling “eminent domain!”``, ``by saying “Too many.”``: a quote right
    after a verb of uttering (the frame 'words' of ``cue_verbs.tsv``: say, chant, yell,
    read, tweet) is the words uttered, whatever their shape: no scare quote, since no
    writer's phrase holds it. Not after a verb that takes its content as an object
    (``denied “any wrongdoing”``, ``explains “the advantages …”``), nor a title or term;
    and the writer's sentence must not run on through the quote (``say “reform” means
    cuts``, ``testified “thousands” of emails``)."""
    if cue_i is None or ctx.classes[k] not in (FRAGMENT, SPEECH, HEADLINE):
        return False
    if not cues.utters_words(ctx.doc[cue_i]):
        return False
    open_tok, close_tok = ctx.span_all[k]
    if not (cue_i < open_tok) or any(not t.is_punct or t.text not in (",", ":") for t in ctx.doc[cue_i + 1 : open_tok]):
        return False
    if _closes_inside_marks(ctx, k):
        return True
    nxt = next((t for t in ctx.doc[close_tok:] if not t.is_space), None)
    # "testified “thousands” of emails": an "of" carries the writer's noun phrase on
    return nxt is None or nxt.is_punct or (nxt.pos_ in _SETTING_POS and nxt.lower_ != "of")


#: parts of speech of a description set before the speaker's name in a tag (``another
#: friend, Mariam Emara``, ``a longtime neighbor, Joe Park``)
_DESCRIPTION_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"})
#: the longest such description, in words
DESCRIPTION_WORDS = 6


def description_before_the_speaker(ctx: Ctx, d: Draft, k: int, free_toks: list[int]) -> bool:
    """``“She raised three boys,” another friend, Mariam Emara told CNN``, ``“…,” a
    longtime neighbor Joe Park said``: the words left between a quote's closing mark
    and the speaker of the tag after it describe the speaker (a comma missing, the parse
    hangs the description on the quoted verb), they are no paraphrase running into the
    quote: the quote is direct. Only a short noun phrase (no verb or conjunction, a
    preposition only inside it, :data:`DESCRIPTION_WORDS` words at most) right after a
    quote that closes its own clause ("…,” or a comma after the mark), and after the
    speaker's name at most another one ("Tom Hale, 62,") before the cue. "“Jail time” for bankers, she said" and "“…,” he told advisers,
    according to X" say more than who spoke."""
    if d.cue_tok is None or d.speaker is None or not free_toks:
        return False
    doc = ctx.doc
    close = ctx.span_all[k][1]
    first = next((t for t in doc[close:] if not t.is_space), None)
    if first is None or not (_closes_inside_marks(ctx, k) or first.text == ","):
        return False
    if not all(close <= t < d.cue_tok for t in free_toks):
        return False
    before = _words(doc[close : ctx.tok_at(d.speaker[0])])
    after = _words(doc[ctx.tok_at(d.speaker[1] - 1) + 1 : d.cue_tok])
    return _a_description(before) and _a_description(after)


def _words(toks) -> list:
    return [t for t in toks if not (t.is_punct or t.is_space)]


def _a_description(words: list) -> bool:
    """Are ``words`` (none at all, or) a short noun phrase: "another friend", "one of the
    workers", "62", "a retired teacher"? No verb, and a preposition only inside it."""
    if len(words) > DESCRIPTION_WORDS:
        return False
    return all(t.pos_ in _DESCRIPTION_POS or (n and t.pos_ == "ADP") for n, t in enumerate(words))


def _closes_inside_marks(ctx: Ctx, k: int) -> bool:
    """``held up a sign saying “Jews Against Trump.” She is 57.``, ``chanting “No
    justice, no peace,” marchers crossed the bridge``: quoted words that end in a full
    stop, question or exclamation mark or comma of their own close the writer's clause
    there, so whatever follows the closing mark is a new clause or sentence, not the
    writer's phrase running on through the quote."""
    q = ctx.spans[k]
    return ctx.text[q.inner_start : q.inner_end].rstrip()[-1:] in (".", "!", "?", ",", "…")


def _cue_adjacent(ctx: Ctx, k: int, att: Attribution) -> bool:
    """``X said “…”``: nothing but the cue (and, before a capital, "that" or an addressee)
    before the opening mark. A quote opening in lower case is the speaker's whole clause
    only right after the cue (``He says “it’s interesting …”``, ``saying “we faced …”``,
    ``“A,” he said, but “when …”``);
    after "that" or a subject of the writer's (``says that “when you …”``, ``says Obama
    “knows …”``) the writer's words and the quoted ones make one mixed quote."""
    if att.cue_tok is None:
        return False
    if cues.cue_class(ctx.doc[att.cue_tok]) == cues.BELIEF:
        return False  # she believes “…”: not a report of words
    q = ctx.spans[k]
    open_tok = ctx.span_all[k][0]
    between = [t for t in ctx.doc[att.cue_tok + 1 : open_tok] if not t.is_punct]
    if not ctx.text[q.inner_start : q.inner_start + 1].isupper():
        # “A,” he said, but “b …”: a coordinator carries on the speaker's words
        return att.cue_tok < open_tok and all(t.pos_ == "CCONJ" for t in between)
    return len(between) <= 1 and all(t.lower_ == "that" or t.pos_ in ("PRON", "PROPN", "NOUN") for t in between)


def _apply(g: Draft, att: Attribution) -> None:
    g.cue_span = att.cue_span
    g.cue_lemma = att.cue_lemma
    g.cue_tok = att.cue_tok
    g.speaker = att.speaker
