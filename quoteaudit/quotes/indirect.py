"""Reported speech from the dependency parse.

Patterns (each a test in ``tests/test_quotes_indirect.py``):

* ``X said (that) CLAUSE`` / ``CLAUSE, X said`` / ``CLAUSE, said X`` — a cue verb and its
  clausal complement (``ccomp``), or the clause the cue hangs off as a parenthetical;
* ``X told Y (that) CLAUSE`` — the addressee is never the speaker;
* ``..., warning that CLAUSE`` / ``..., adding CLAUSE`` — a participial or conjoined cue
  inherits its subject from the verb it depends on;
* ``according to X, CLAUSE`` / ``CLAUSE, according to X`` — the clause the phrase modifies.

One pass over the tokens; each cue looks only at its own subtree and its head.
"""

from __future__ import annotations

from functools import lru_cache

from ..lexicons import load_set, load_table
from . import asked, cues, edges
from .context import Ctx, Draft
from .marks import LABEL_ARTICLES, QUOTE_JOINERS
from .mention import _could_speak, _infinitive, agent_of, doer_right_before_the_gerund, is_person_like, noun_phrase, subject_of

#: a paraphrase shorter than this (in words) is not a quote ("he said so")
MIN_CONTENT_WORDS = 3
#: a naming cue needs only its object and the name it gives ("called them rapists")
MIN_NAMING_WORDS = 2
_COMPLEMENTIZERS = {"that", "whether", "if"}


def find_indirect(ctx: Ctx) -> list[Draft]:
    doc = ctx.doc
    drafts: list[Draft] = []
    # look only at tokens whose lemma or word can start a cue (arrays, no Token objects)
    wanted = cues.candidate_hashes(doc.vocab.strings)
    lemmas = doc.to_array("LEMMA").tolist() if len(doc) else []
    lowers = doc.to_array("LOWER").tolist() if len(doc) else []
    for i in range(len(doc)):
        if lemmas[i] not in wanted and lowers[i] not in wanted:
            continue
        tok = doc[i]
        if ctx.outer[tok.i] >= 0 and ctx.classes[ctx.outer[tok.i]] in ("speech", "title"):
            continue  # words inside a direct quote are the speaker's, and a title's are nobody's report
        if tok.lower_ == "according":
            d = _according_to(ctx, tok)
            if d:
                drafts.append(d)
            continue
        if tok.lower_ in ("in", "as") and (phrase := cues.phrase_at(doc, tok.i)):
            # "in the words of", "as reported by" (cue_phrases.txt), before "in a statement"
            d = _phrase_cue(ctx, tok, phrase)
            if d:
                drafts.append(d)
            continue
        if tok.lower_ == "in":
            d = _in_a_document(ctx, tok)
            if d:
                drafts.append(d)
            continue
        if tok.pos_ == "NOUN":
            d = next((d for frame in _NOUN_FRAMES if (d := frame(ctx, tok)) is not None), None)
            if d:
                drafts.append(d)
            continue
        phrase = cues.phrase_at(doc, tok.i) if tok.pos_ == "ADP" else None
        if phrase:
            d = _phrase_cue(ctx, tok, phrase)
            if d:
                drafts.append(d)
            continue
        if tok.lower_ in cues.hearsay_adverbs():
            d = _hearsay_adverb(ctx, tok)
            if d:
                drafts.append(d)
            continue
        own = next((d for frame in _FRAMES_OF_THEIR_OWN if (d := frame(ctx, tok)) is not None), None)
        if own is not None:
            # these constructions name their holder when there is one ("seems to analysts",
            # "Critics are skeptical"); with none named, nobody is to be found for it later
            own.no_holder = own.speaker is None
            drafts.append(own)
            continue
        if cues.cue_class(tok) not in cues.ATTRIBUTING or tok.head.lemma_ == "let":
            continue  # "let's say ...": a hypothetical, nobody's words
        d = _verb_cue(ctx, tok)
        if d:
            drafts.append(d)
    return drafts


def _raised_subject_report(ctx: Ctx, tok) -> Draft | None:
    """``Turnout is expected to be high``, ``The mayor seems to have changed her mind``,
    ``Pigs are considered unclean by many Muslims``, ``It appears that …``: a raising verb
    (``raising_verbs.tsv``) takes the reported clause's subject as its own, so the
    attribution's content is that subject and the verb's complement, two fragments around
    the cue. Its holder is whoever a "by" (passive) or "to" (seem, appear) phrase names,
    and nobody otherwise: a view the article gives no one for. Not a raising verb inside
    another report ("the storm is expected to hit, forecasters said"), where it is part
    of what was said, nor one around an attribution of its subject's ("Rubio seemed to
    urge …")."""
    entry = cues.raising_cue(tok)
    # in an adverbial clause it is still a view ("… because it appeared to undercut her
    # argument": 15 of 27 new units right on PolNeAR train); in a relative or complement
    # clause it was mostly not an annotated one (26 of 57, 8 of 22), so those stay out
    if entry is None or ctx.outer[tok.i] >= 0 or tok.dep_ in ("amod", "acl", "xcomp", "ccomp", "pcomp"):
        return None
    if tok.dep_ == "relcl" and not _expected_of_a_relative_pronoun(tok):
        return None
    voice, cls = entry
    if _inside_a_report(tok):
        return None
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None) or _shared_subject(tok)
    clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
    if subject is not None and subject.lower_ == "it" and clause is not None:
        parts = [clause]  # "it seems that …": the clause is the whole content
    else:
        complement = next(
            (c for c in tok.children if c.i > tok.i and (
                c.dep_ == "xcomp" and (_infinitive(c) or _participle_as_adjective(c)) or c.dep_ in ("oprd", "acomp", "attr") or _seems_like(tok, c)
            )), None
        )
        if subject is None or complement is None or _raised_onto_a_report(ctx, complement):
            # "Rubio seemed to urge the opposite tactic": the subject holds the inner
            # attribution, which says more than the impression around it
            return None
        parts = [subject, complement]
    holder_phrase = _raised_holder_phrase(tok, parts[-1], voice)
    holder = next((g for g in holder_phrase.children if g.dep_ == "pobj"), None) if holder_phrase is not None else None
    cut = [(holder_phrase.i, holder_phrase.right_edge.i + 1)] if holder_phrase is not None else []
    runs = []
    for part in parts:
        runs += _content_runs(ctx, part, cut, tok.i)
    if len(runs) < len(parts) or sum(_words(ctx, a, b) for a, b in runs) < (MIN_NAMING_WORDS if len(parts) == 2 else MIN_CONTENT_WORDS):
        return None
    d = _draft(ctx, runs, (tok.idx, ctx.tok_end(tok)), cues.lemma_of(tok), tok.i, holder)
    d.cue_class = cls
    return d


def _shared_subject(tok):
    """``She is moving to Los Angeles but is expected to continue on the show``: a
    raising verb coordinated with the verb before it shares that verb's subject, which is
    the reported clause's (not the holder: read as the holder, "She" was the one
    expecting). None when ``tok`` is no such conjunct."""
    if tok.dep_ != "conj" or tok.left_edge.i == 0 or tok.doc[tok.left_edge.i - 1].dep_ != "cc":
        return None  # only right after "and"/"but": a comma list may be a misattached clause's
    return next((c for c in _first_conjunct(tok).children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _expected_of_a_relative_pronoun(tok) -> bool:
    """``Mitt Romney, who is expected to deliver a forceful indictment of Trump``, ``the
    final, which is expected to draw a large Latino audience``: "expected" in the passive
    in a relative clause whose subject is the relative pronoun is still a forecast of
    the noun it stands for, held by nobody; PolNeAR marks the pronoun and the
    infinitive. Other raising verbs in relative clauses mostly were not annotated (see
    :func:`_raised_subject_report`), so only this one."""
    if cues.lemma_of(tok) != "expect" or tok.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    return subject is not None and subject.lower_ in ("who", "which", "that") and subject.i < tok.i


def _raised_onto_a_report(ctx: Ctx, complement) -> bool:
    """``Rubio seemed to urge the opposite tactic``, ``The group is expected to report
    that it raised more``: the raising verb's complement is an attribution of its own,
    held by the subject, which says more than the impression around it. Only when that
    verb reports something: "candidates are expected to speak at the gala" or "to vote
    on Tuesday" names an event, and the expectation is the one view there is (PolNeAR
    train marks it: issue 16, round 16)."""
    if complement.pos_ not in ("VERB", "AUX") or cues.verb_classes().get(cues.lemma_of(complement)) not in cues.ATTRIBUTING:
        return False
    if cues.lacks_its_infinitive(complement):
        return False
    return _verb_cue(ctx, complement) is not None


def _seems_like(tok, prep) -> bool:
    """``It seemed like an impossible task``, ``The 757 might seem like an odd choice``:
    "like" and its noun right after seem, look or sound is the impression, as an adjective
    would be."""
    return prep.dep_ == "prep" and prep.lower_ == "like" and prep.i == tok.i + 1 and any(c.dep_ == "pobj" for c in prep.children)


def _participle_as_adjective(comp) -> bool:
    """``The Trump team appeared paralyzed``, ``The mayor seemed stunned``: a participle
    after a raising verb, with no "to" and no auxiliary, says what the subject seemed like,
    as an adjective does ("seemed relieved" is parsed as one)."""
    return comp.tag_ in ("VBN", "JJ") and not any(c.dep_ in ("aux", "auxpass", "mark") for c in comp.children)


def _adjective_read_as_passive(tok):
    """``Residents were concerned about the smell``, ``Aides were convinced that he would
    win``: the parse reads an adjective of stance that looks like a participle as a
    passive verb; its subject is the one who holds the view. Not a real passive with its
    agent ("the plan is opposed by most Democrats", the verb's own frame)."""
    if tok.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in tok.children) or any(c.dep_ == "agent" for c in tok.children):
        return None
    holder = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
    if holder is None or holder.lower_ == "it":
        return None
    return holder


def _passive_judged_as(ctx: Ctx, tok) -> Draft | None:
    """``Sanders is seen as the stronger candidate``, ``The ruling was widely regarded as
    a victory for unions``, ``Wisconsin, a state seen as critical for the movement``: a
    verb of judging in the passive with an "as" phrase (``judged_as_verbs.txt``) reports
    a view of its subject, as a raising verb does: the content is the subject (or the
    noun the participle describes) and what the "as" phrase says it is, two fragments
    around the cue, held by nobody (the claims stage judges the missing source, as for
    "is expected to"). Not with a "by" phrase (below), not inside another report
    ("analysts said he is seen as …"), whose words it is, nor in the active voice ("she
    sees him as an ally"), which the verb's own frame reports with its holder."""
    if cues.lemma_of(tok) not in cues.judged_as_verbs() or tok.tag_ != "VBN" or ctx.outer[tok.i] >= 0:
        return None
    as_phrase = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "as"), None)
    if as_phrase is None or as_phrase.right_edge.i <= as_phrase.i or _inside_a_report(tok):
        return None
    subject_runs = _judged_subject_runs(ctx, tok)
    if subject_runs is None:
        return None
    if any(c.dep_ in ("agent", "prep") and c.lower_ == "by" for t in (tok, *as_phrase.subtree) for c in t.children):
        # "This force is seen as a threat by the coalition": a view the writer ascribes to
        # a named group without saying how it was learned is the writer's claim, which the
        # claims stage must flag (the seed article's fourth claim), not the group's words
        return None
    judged = _content_runs_span(ctx, as_phrase.i + 1, as_phrase.right_edge.i + 1, tok)
    if not subject_runs or not judged or sum(_words(ctx, a, b) for a, b in subject_runs + judged) < MIN_NAMING_WORDS:
        return None
    d = _draft(ctx, subject_runs + judged, (tok.idx, ctx.tok_end(tok)), cues.lemma_of(tok), tok.i, None)
    d.cue_class = cues.verb_classes().get(cues.lemma_of(tok), cues.STANCE)
    return d


#: verbs of accusing and blaming and the preposition that names the deed in the passive
#: ("was accused of …", "has been blamed for …", "were criticized for …")
_ACCUSING = {"accuse": "of", "blame": "for", "criticize": "for", "criticise": "for", "fault": "for"}


def _passive_accusation(ctx: Ctx, tok) -> Draft | None:
    """``Mr. Quiros was accused of using $50 million for personal expenses``,
    ``Peacekeepers have been blamed for introducing cholera to Haiti``: an accusation in
    the passive reports what someone charged the subject with, as the active "accused
    the mayor of taking bribes" does; the content is the subject and the deed, two
    fragments around the cue (PolNeAR marks them so: train, 9 of 15 passives of accuse,
    blame and criticize), held by the "by" phrase when there is one and by nobody
    otherwise, which the claims stage judges. Not inside another report, whose words it
    is."""
    prep_word = _ACCUSING.get(cues.lemma_of(tok))
    if prep_word is None or tok.tag_ != "VBN" or ctx.outer[tok.i] >= 0 or not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    deed = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == prep_word), None)
    if deed is None or deed.right_edge.i <= deed.i or _inside_a_report(tok):
        return None
    verb_start = min([tok.i] + [c.i for c in tok.children if c.dep_ in ("aux", "auxpass", "neg")])
    # the subject ends where the verb begins, whatever the parse hangs on it ("He was
    # accused of lying, a charge that …": the charge read as the subject's apposition)
    subject_runs = [(a, min(b, verb_start)) for a, b in _judged_subject_runs(ctx, tok) or [] if a < verb_start]
    if not subject_runs:
        return None
    agent = next((c for c in tok.children if c.dep_ == "agent" and c.lower_ == "by"), None)
    holder = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    charged = _content_runs_span(ctx, deed.i + 1, deed.right_edge.i + 1, tok)
    if not charged or sum(_words(ctx, a, b) for a, b in subject_runs + charged) < MIN_NAMING_WORDS:
        return None
    d = _draft(ctx, subject_runs + charged, (tok.idx, ctx.tok_end(tok)), cues.lemma_of(tok), tok.i, holder)
    d.cue_class = cues.verb_classes().get(cues.lemma_of(tok), cues.SPEECH)
    return d


def _judged_subject_runs(ctx: Ctx, tok) -> list[tuple[int, int]] | None:
    """What a passive participle of judging says something of: its subject ("The plan is
    seen as …", "Ginsburg is known for …"), or the noun it describes ("a state seen as
    critical", "a city known for its parks"). None when it has neither."""
    if any(c.dep_ == "auxpass" for c in tok.children):
        subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subject is None or subject.i > tok.i:
            return None
        return _content_runs(ctx, subject, [], tok.i)
    if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i < tok.i:
        return _described_noun_runs(ctx, tok.head, tok)
    return None


def _described_noun_runs(ctx: Ctx, noun, tok):
    """The noun a participle describes, up to the participle: "a state known for …" is "a
    state". Words set off between them ("The resort, now known as Trump National Doral")
    are the writer's, not the noun's: the run stops before the comma."""
    hi = tok.i
    while hi - 1 > noun.i and (ctx.doc[hi - 1].dep_ in ("advmod", "punct") and ctx.doc[hi - 1].head.i == tok.i or ctx.doc[hi - 1].is_punct):
        hi -= 1
    return _content_runs_span(ctx, _collection_of(noun).left_edge.i, hi, tok)


def _collection_of(noun):
    """``the string of contests known as Super Tuesday``, ``the group of contests known as
    …``: the parse hangs the participle on the last noun, but what bears the name is the
    collection that noun's "of" phrase fills; the described noun is the whole phrase
    ("the string of contests"), not its last word. Only a noun that names a collection
    ("string", "group", "series": ``collection_nouns.txt``): in "members of the group
    known as ISIS" the group is the one named."""
    while (noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ == "of"
           and noun.head.head.i < noun.i and noun.head.head.lemma_.lower() in load_set("collection_nouns.txt")):
        noun = noun.head.head
    return noun


#: participles of a label one gives oneself: "self-described", "self-proclaimed", "self-styled"
_SELF_LABELS = frozenset({"describe", "proclaim", "style"})


def _self_described(ctx: Ctx, tok) -> Draft | None:
    """``Bernie Sanders, a self-described democratic socialist``, ``He is a self-described
    democratic socialist``: the label is the person's own word for themselves, a report
    of what they say they are; the content is the label, and its holder the person the
    noun describes (the noun it stands in apposition to, or the subject of "is"). Not
    "the self-described democratic socialist said …", where the label is the writer's way
    of naming the speaker (PolNeAR train annotates the appositive and predicative uses,
    and none of those with "the"; issue 16, round 16: 3 of 3 new units matched)."""
    doc = ctx.doc
    if cues.lemma_of(tok) not in _SELF_LABELS or tok.tag_ != "VBN" or tok.i < 2 or ctx.outer[tok.i] >= 0:
        return None
    if doc[tok.i - 2].lower_ != "self" or doc[tok.i - 1].text not in ("-", "–"):
        return None
    noun = tok.head
    if tok.dep_ != "amod" or noun.i <= tok.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ == "det" and c.lower_ not in ("a", "an") for c in noun.children):
        return None
    anchor = noun
    while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
        anchor = anchor.head  # "an independent and self-described democratic socialist"
    if anchor.dep_ == "appos" and anchor.head.pos_ in ("PROPN", "NOUN", "PRON"):
        holder = anchor.head
    elif anchor.dep_ == "attr" and anchor.head.lemma_ == "be":
        holder = subject_of(anchor.head)
    else:
        return None
    if holder is None or ctx.sent_id[holder.i] != ctx.sent_id[tok.i]:
        return None
    runs = _content_runs_span(ctx, tok.i + 1, noun.i + 1, tok)
    if not runs:
        return None
    d = _draft(ctx, runs, (doc[tok.i - 2].idx, ctx.tok_end(tok)), cues.lemma_of(tok), tok.i, holder)
    d.cue_class = cues.SPEECH
    return d


#: one-word answers a verb of saying reports ("said yes", "said no"); "said so" points
#: back at words already reported and is left out (test_quotes_round6: "The mayor said so")
_SHORT_ANSWERS = frozenset({"yes", "no"})


def _said_a_short_answer(ctx: Ctx, tok) -> Draft | None:
    """``75 percent of Democrats said yes``, ``the candidate said no``, ``He said no to
    the Iraq war``, ``26 percent said the same of Sanders``: "say" with a one-word answer,
    or "the same" and what it is said of, reports a view as fully as a clause would (a
    poll's respondents, a candidate's refusal), though its content is too short for the
    verb frame. PolNeAR train annotates 26 of the 36 uses of "said/says yes, no, so, the
    same" (the others are in direct quotes, which are the speaker's words anyway); issue
    16, round 16: 11 of 13 new units matched). Only with a subject before the verb, which
    holds the answer."""
    if cues.lemma_of(tok) != "say" or ctx.outer[tok.i] >= 0 or tok.i + 1 >= len(ctx.doc):
        return None
    doc = ctx.doc
    nxt = doc[tok.i + 1]
    if nxt.lower_ in _SHORT_ANSWERS and nxt.head.i == tok.i and nxt.dep_ in ("intj", "advmod", "dobj", "ccomp", "acomp"):
        lo, hi = nxt.i, nxt.i + 1
        if hi < len(doc) and doc[hi].lower_ == "to" and doc[hi].dep_ == "prep" and doc[hi].right_edge.i > hi:
            hi = doc[hi].right_edge.i + 1  # "He said no to the Iraq war": what was refused
    elif nxt.lower_ == "the" and tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ == "same" and doc[tok.i + 2].head.i == tok.i:
        same = doc[tok.i + 2]
        lo, hi = nxt.i, max(same.right_edge.i, same.i) + 1
    else:
        return None
    if hi < len(doc) and ctx.sent_id[hi - 1] != ctx.sent_id[tok.i]:
        return None
    holder = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
    if holder is None or _inside_a_report(tok):
        return None
    runs = _content_runs_span(ctx, lo, hi, tok)
    if not runs:
        return None
    d = _draft(ctx, runs, (tok.idx, ctx.tok_end(tok)), "say", tok.i, holder)
    d.cue_class = cues.SPEECH
    return d


#: participles of a reputation: "is known for", "will be remembered for"
_REPUTED = frozenset({"know", "remember"})


def _known_for(ctx: Ctx, tok) -> Draft | None:
    """``Ginsburg is known for speaking her mind``, ``a state known for rewarding more
    moderate types``, ``Nancy Reagan will be remembered for her devotion``: a reputation
    is a view people at large hold of its subject, as "is seen as" is; the content is the
    subject (or the noun the participle describes) and what it is known for, held by
    nobody. PolNeAR train annotates 17 of its 26 "known for" and "remembered for" (the
    other two of the nine are "whom he has known for years", an active verb, not this);
    issue 16, round 16. Not inside another report, whose words it is, nor with a "by"
    phrase ("known for it by his neighbours": a view of a named group, left to the claims
    stage as for "is seen as")."""
    if cues.lemma_of(tok) not in _REPUTED or tok.tag_ != "VBN" or ctx.outer[tok.i] >= 0:
        return None
    for_phrase = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "for"), None)
    if for_phrase is None or not any(c.dep_ in ("pobj", "pcomp") for c in for_phrase.children) or _inside_a_report(tok):
        return None
    if any(c.dep_ in ("agent", "prep") and c.lower_ == "by" for c in tok.children):
        return None
    subject_runs = _judged_subject_runs(ctx, tok)
    if subject_runs is None:
        return None
    reputation = _content_runs_span(ctx, for_phrase.i + 1, for_phrase.right_edge.i + 1, tok)
    if not subject_runs or not reputation or sum(_words(ctx, a, b) for a, b in subject_runs + reputation) < MIN_NAMING_WORDS:
        return None
    d = _draft(ctx, subject_runs + reputation, (tok.idx, ctx.tok_end(tok)), cues.lemma_of(tok), tok.i, None)
    d.cue_class = cues.THOUGHT
    return d


#: verbs that link a subject to an adjective of stance ("is confident", "remain skeptical")
_LINKING = frozenset({"be", "remain", "seem", "feel", "become", "grow", "stay", "appear", "sound"})


def _predicative_stance(ctx: Ctx, tok) -> Draft | None:
    """``The mayor is confident that the budget will pass``, ``Republicans have been
    critical of her record``, ``The senator is eager to leave Washington``: an adjective
    of belief or stance (``stance_adjectives.tsv``) said of a subject through "be",
    "remain", "seem" attributes to that subject what its complement says: the
    that-clause, the infinitive or the object of the preposition the lexicon gives it.
    Only with a subject named as its holder ("it is clear that …" names nobody), in a
    frame the lexicon gives ("the bill is sure to anger conservatives" is the writer's
    forecast, "critical for the party" means crucial), and not inside another report,
    whose words it is."""
    entry = cues.stance_adjectives().get(tok.lower_)
    if entry is None or ctx.outer[tok.i] >= 0:
        return None
    frames, cls = entry
    if tok.dep_ == "acomp" and tok.head.lemma_.lower() in _LINKING:
        verb = tok.head
        holder = subject_of(verb)
        if not _holder_named(verb, holder):
            return None
    elif (held := _adjective_read_as_passive(tok)) is not None:
        verb, holder = tok, held  # "Residents were concerned about the smell"
    else:
        return None
    if _inside_a_report(verb):
        return None
    if any(g.lower_ in ("so", "too") for c in tok.lefts if c.dep_ == "advmod" for g in c.subtree):
        return None  # "so opposed to Trump that they endorse Clinton": a degree and its result, not a view's content
    if _generic_hypothetical_or_negated(verb, holder, cls):
        return None
    runs = None
    for c in list(tok.rights) + [c for c in verb.rights if c.i > tok.i]:
        if ctx.sent_id[c.i] != ctx.sent_id[tok.i]:
            break
        if c.dep_ == "ccomp" and "that" in frames and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children):
            runs = _content_runs(ctx, c, [], tok.i)  # "confident (that) the budget will pass"
        elif c.dep_ == "xcomp" and "to" in frames and _infinitive(c) and c.head.i == tok.i:
            if cues.cue_class(c) in cues.ATTRIBUTING:
                return None  # "eager to endorse Trump": the inner cue reports what is at issue
            runs = _content_runs_span(ctx, c.left_edge.i, c.right_edge.i + 1, tok)  # "eager to leave"
        elif c.dep_ == "prep" and c.lower_ in frames and c.head.i == tok.i:
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                runs = _content_runs_span(ctx, obj.left_edge.i, obj.right_edge.i + 1, tok)  # "critical of her record"
        if runs is not None:
            break
    if not runs or sum(_words(ctx, a, b) for a, b in runs) < 1:
        return None
    if any(a <= holder.i < b for a, b in runs):
        return None
    d = _draft(ctx, runs, (tok.idx, ctx.tok_end(tok)), tok.lower_, tok.i, holder)
    d.cue_class = cls
    return d


def _hearsay_adverb(ctx: Ctx, tok) -> Draft | None:
    """``The club is reportedly spending $1.5 million``, ``He allegedly took bribes``: a
    hearsay adverb (``hedges.tsv``, kind adverb) attributes its clause to unnamed others.
    The content is the clause without the adverb, in fragments around it, held by nobody.
    Not inside another report ("Officials said he allegedly …"), whose words it is."""
    verb = tok.head
    if tok.dep_ != "advmod" or verb.pos_ not in ("VERB", "AUX") or ctx.outer[tok.i] >= 0:
        return None
    if any(cues.cue_class(a) in cues.ATTRIBUTING for a in (verb, *verb.ancestors)):
        return None
    # the subordinator opening the clause ("after he allegedly brandished …") is the
    # writer's link, not part of what is alleged
    cut = [(tok.i, tok.i + 1)] + [(c.i, c.i + 1) for c in verb.children if c.dep_ == "mark" and c.i == verb.left_edge.i]
    runs = _content_runs(ctx, verb, cut, tok.i)
    if sum(_words(ctx, a, b) for a, b in runs) < MIN_CONTENT_WORDS:
        return None
    d = _draft(ctx, runs, (tok.idx, ctx.tok_end(tok)), tok.lower_, tok.i, None)
    d.cue_class = cues.SPEECH
    d.no_holder = True
    return d


def _inside_a_report(tok) -> bool:
    """Is ``tok`` part of what an attribution above it reports? Its ancestors through
    coordination are its equals, not its reporters ("The council is expected to vote,
    and the mayor seems to have softened": two views, neither inside the other)."""
    first = _first_conjunct(tok)
    return any(
        cues.cue_class(a) in cues.ATTRIBUTING and not _writers_comparison(a) and not _outside_its_preposition(a, first)
        for a in first.ancestors
    )


def _outside_its_preposition(verb, tok) -> bool:
    """``He campaigned in a state known for rewarding moderates``: a verb of stance that
    takes only a preposition's object (:func:`_stance_on_a_preposition`) reports nothing
    outside that phrase ("in a state" is where, not what he campaigned for)."""
    if not _stance_on_a_preposition(verb):
        return False
    preps = cues.verb_prepositions(verb)
    return not any(c.dep_ == "prep" and c.lower_ in preps and c.left_edge.i <= tok.i <= c.right_edge.i for c in verb.children)


def _writers_comparison(tok) -> bool:
    """``raised $16 million ― compared with $103 million for Right to Rise``, ``(as)
    compared to last year``: the participle "compared" with no subject or auxiliary of
    its own, followed by "with" or "to", is the writer's preposition, not someone's
    stance ("Rubio compared the deal to Munich" is one)."""
    if cues.lemma_of(tok) != "compare" or tok.tag_ != "VBN":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in tok.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("with", "to") for c in tok.children)


def _first_conjunct(tok):
    """The first verb of the coordination ``tok`` is in ("struck … and refused": struck),
    which carries the coordination's own dependency; ``tok`` itself when it is none."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _raised_holder_phrase(tok, complement, voice: str):
    """The phrase naming who holds a raised view: the agent of a passive ("is considered
    a risk by the auditors", which the parse may hang on the complement's noun) or the
    "to" phrase of "seems to analysts", "seems credible to me". None when it names
    nothing that can hold a view."""
    places = [c for c in tok.children if c.dep_ == "agent" or voice == "active" and c.dep_ == "prep" and c.lower_ == "to"]
    if voice == "passive" and complement.pos_ in ("NOUN", "PROPN", "ADJ"):
        places += [c for c in complement.children if c.dep_ in ("agent", "prep") and c.lower_ == "by" and c.i > complement.i]
    if voice == "active" and complement.pos_ == "ADJ":
        # "seems credible to me": the parse hangs the holder on the adjective
        places += [c for c in complement.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > complement.i]
    for phrase in places:
        if any(g.dep_ == "pobj" and _could_speak(g) for g in phrase.children):
            return phrase
    return None


def _opened_by_that(clause) -> bool:
    """Does the clause open with the subordinator "that"? Usually the mark hangs on the
    clause's own verb; the small parser sometimes hangs it on a verb it misreads as the
    clause's subject ("and that several colleagues had been told their chances … would
    suffer": "that" under "told", "told" a csubj of "suffer"), and the clause still opens
    with it."""
    first = clause.left_edge
    return first.lower_ == "that" and first.dep_ == "mark" and clause.i in (first.head.i, first.head.head.i)


def _that_read_as_a_determiner_after_that(comp, clause) -> bool:
    """``told News24 that a burst pipe had been repaired, but that air trapped in the system
    was preventing the reservoir from filling``: after a first that-clause, the parser may
    read the second clause's "that" as a determiner of its subject ("that air"). Right
    after "but" or "and", opening the subject of a clause coordinated with a report that
    itself opened with "that", it is the same subordinator again."""
    first = clause.left_edge
    if first.lower_ != "that" or first.dep_ != "det" or first.head.dep_ not in ("nsubj", "nsubjpass") or first.head.head.i != clause.i:
        return False
    before = first.nbor(-1) if first.i > 0 else None
    return before is not None and before.lower_ in ("but", "and") and any(c.dep_ == "mark" and c.lower_ == "that" for c in comp.children)


def _subject_read_as_the_cues_object(ctx: Ctx, tok, comp) -> tuple[int, int] | None:
    """``She said holiday sales through the first three weeks of November were running
    ahead of last year's pace``: the small parser reads a long subject of the reported
    clause as the cue's object (its prepositions hung on the cue) and leaves the clause's
    verb with no subject. A noun object right after the cue, and the words up to the
    subjectless finite clause after it, are that clause's subject. (A person told
    something keeps its reading: "told reporters …".) Returns the subject's token run."""
    if comp.i < tok.i or comp.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for c in comp.children):
        return None
    if not (comp.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in comp.children)):
        return None
    obj = next((c for c in tok.rights if c.dep_ == "dobj" and c.i < comp.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.left_edge.i != tok.i + 1 or ctx.outer[obj.i] >= 0:
        return None
    if cues.lemma_of(tok) in _TELLING or is_person_like(obj):
        return None
    lo, hi = obj.left_edge.i, comp.left_edge.i
    # between the object and the clause only the object's words and prepositions on the cue
    preps = [c for c in tok.rights if c.dep_ == "prep" and obj.i < c.i < hi]
    inside = set(range(lo, obj.right_edge.i + 1))
    for p in preps:
        inside.update(range(p.left_edge.i, p.right_edge.i + 1))
    if hi <= lo or not all(k in inside for k in range(lo, hi)):
        return None
    return lo, hi


def _content_runs(ctx: Ctx, head, exclude, cue_i: int | None = None) -> list[tuple[int, int]]:
    """Token runs of ``head``'s clause minus the excluded subtrees (the cue and speaker of
    a parenthetical attribution: "The museum, Mr. Obama said, would ..." gives two runs),
    each trimmed of complementizers and punctuation outside quote marks."""
    lo, hi = head.left_edge.i, head.right_edge.i + 1
    # never across a sentence end outside quotes, whatever the parse says
    sid = ctx.sent_id[head.i]
    while lo < head.i and ctx.sent_id[lo] != sid:
        lo += 1
    while hi - 1 > head.i and ctx.sent_id[hi - 1] != sid:
        hi -= 1
    lo = _past_a_time_stamp(ctx, lo, hi)
    cuts = sorted((max(s, lo), min(e, hi)) for s, e in exclude if e > lo and s < hi)
    runs = []
    pos = lo
    for s, e in cuts:
        if s > pos:
            runs.append((pos, s))
        pos = max(pos, e)
    if pos < hi:
        runs.append((pos, hi))
    doc = ctx.doc
    runs = edges.trim(ctx, runs, cue_i)
    out = []
    for a, b in runs:
        while a < b and (
            (doc[a].is_punct and ctx.outer[a] < 0) or doc[a].is_space
            or (doc[a].lower_ in _COMPLEMENTIZERS and doc[a].dep_ == "mark" and not _conditional(doc[a])) or doc[a].dep_ == "cc"
            or _misparsed_complementizer(doc[a])
        ):
            a += 1
        b = _shed_loose_end(ctx, a, b)
        if b > a and _words(ctx, a, b) and not _discourse_word(ctx, a, b) and not _time_stamp(ctx, a, b):
            out.append((a, b))
    return out




def _time_stamp(ctx: Ctx, a: int, b: int) -> bool:
    """``9:25 a.m. — According to the Department of Transportation, …``: a live blog's
    time stamp before an entry is the blog's, not part of what was said; a run of nothing
    but a clock time, set off by a dash, is no fragment of the content."""
    words = [t for t in ctx.doc[a:b] if not t.is_punct and not t.is_space]
    clock = load_set("clock_words.txt")
    if not words or ctx.outer[words[0].i] >= 0 or not any(t.lower_ in clock or ":" in t.text for t in words):
        return False
    if not all(t.like_num or t.lower_ in clock or t.ent_type_ == "TIME" or ":" in t.text for t in words):
        return False
    # set off by a dash, as a blog sets its stamps ("About 10:03 p.m., according to …,
    # the contractors left" is a time the report gives, and stays)
    after = next((t for t in ctx.doc[words[-1].i + 1 :] if not t.is_space), None)
    return after is not None and after.text in ("—", "–", "-", "--")


def _past_a_time_stamp(ctx: Ctx, lo: int, hi: int) -> int:
    """``1:35 p.m. PT — A magnitude 5.1 aftershock rattled the region …, according to the
    USGS``: a clause that opens on a live blog's time stamp and its dash starts after the
    dash (else the dash would read as an aside that ends the content)."""
    doc = ctx.doc
    for k in range(lo, min(hi, lo + 6)):
        if doc[k].text in ("—", "–", "--") and ctx.outer[k] < 0:
            return k + 1 if k > lo and _time_stamp(ctx, lo, k) else lo
    return lo


def _loose_punct(ctx: Ctx, k: int) -> bool:
    """Punctuation a content's edge sheds (a comma, a full stop), outside quote marks; a
    per cent sign is part of the figure ("49% to 41%"), never shed."""
    tok = ctx.doc[k]
    return tok.is_punct and ctx.outer[k] < 0 and tok.text != "%"


def _shed_loose_end(ctx: Ctx, a: int, b: int) -> int:
    """The end of run ``[a, b)`` without trailing punctuation outside quotes, spaces and a
    dangling coordinator ("…, and"), but keeping a bracket that closes one the run opened."""
    doc = ctx.doc
    while b > a and ((_loose_punct(ctx, b - 1) and not _closes_bracket(ctx, a, b - 1)) or doc[b - 1].is_space or doc[b - 1].dep_ == "cc"):
        b -= 1
    return b


def _closes_bracket(ctx: Ctx, a: int, k: int) -> bool:
    """``… spoken with Rep. Jim Jordan (R-Ohio).``: a closing bracket whose opening bracket
    is in the content closes a label or aside of the content (a party and state, an
    agency, an age); shed alone it would leave the content half a bracket."""
    doc = ctx.doc
    if doc[k].text not in (")", "]"):
        return False
    opener = "(" if doc[k].text == ")" else "["
    depth = 0
    for j in range(k, a - 1, -1):
        if doc[j].text == doc[k].text:
            depth += 1
        elif doc[j].text == opener:
            depth -= 1
            if depth == 0:
                return True
    return False


def _conditional(tok) -> bool:
    """"if" opening an adverbial clause ("…, union leaders said, if the city raises
    wages") is a condition that belongs to the report, not a complementizer ("asked if")."""
    return tok.lower_ == "if" and tok.head.dep_ == "advcl"


def _discourse_word(ctx: Ctx, a: int, b: int) -> bool:
    """``Yet, as Mr. Bown observed, …``: a lone connective before a tag links the writer's
    sentences; it is not part of what was said."""
    words = [t for t in ctx.doc[a:b] if not t.is_punct and not t.is_space]
    return len(words) == 1 and ctx.outer[words[0].i] < 0 and words[0].pos_ in ("ADV", "CCONJ", "SCONJ", "INTJ")


def _coordinated_before_tag(ctx: Ctx, head, tag_lo: int, cue) -> list[tuple[int, int]]:
    """``Taxes will rise and, the mayor said, services will be cut``: a tag set off by
    commas right after the coordinator of two clauses. The parse hangs the tag on the
    second clause only, but the coordinator before the tag joins both into one report:
    the first clause is the report's first fragment."""
    doc = ctx.doc
    comma = tag_lo if doc[tag_lo].text == "," else tag_lo - 1  # the parse may give the tag its comma
    if head.dep_ != "conj" or comma < 1 or doc[comma].text != ",":
        return []
    cc = doc[comma - 1]
    first = head.head
    if cc.dep_ != "cc" or cc.head.i != first.i or first.i > cc.i or ctx.sent_id[first.i] != ctx.sent_id[head.i]:
        return []
    if any(ctx.outer[k] >= 0 for k in range(first.left_edge.i, cc.i)):
        return []  # a quote before the coordinator stands alone
    return _content_runs(ctx, first, [(cc.i, head.right_edge.i + 1)], cue.i)


def _drop_framing(ctx: Ctx, runs: list[tuple[int, int]], cue) -> list[tuple[int, int]]:
    """``In a statement, the official said, “We are not going to …”``: the parse hangs the
    quote's sentence over the cue, so the writer's framing before the speaker looks like
    content. When what follows the cue is a quote that opens a sentence of its own (a
    capital right after the cue), the words before the cue are the writer's; a quote
    opening in lower case continues them (``An economic downturn, he said, “could be …”``)."""
    after = [(a, b) for a, b in runs if a > cue.i]
    if len(after) == len(runs) or len(after) != 1:
        return runs
    a, b = after[0]
    k = ctx.outer[a]
    if k < 0 or ctx.span_all[k][1] != b or ctx.span_all[k][0] < cue.i or ctx.classes[k] != "speech":
        return runs
    q = ctx.spans[k]
    if not ctx.text[q.inner_start : q.inner_start + 1].isupper() or ctx.text[cue.idx + len(cue.text) : q.start].strip(" ,:") :
        return runs
    return after


def _split_at_attributed_quote(ctx: Ctx, runs: list[tuple[int, int]], cue) -> list[tuple[int, int]]:
    """``Rhimes declared the need for strong will: “Change the world …,” she said.``: a
    quoted sentence after a colon that carries its own attribution (“…,” she said) is a
    direct quote; the words before the colon are the other cue's. Cut the content at the
    colon: the cue after the quote keeps the quote, the cue before keeps the words before."""
    doc = ctx.doc
    for a, b in runs:
        for c in range(a, b):
            if doc[c].text != ":" or ctx.outer[c] >= 0:
                continue
            n = c + 1
            while n < b and doc[n].is_space:
                n += 1
            k = ctx.outer[n] if n < b else -1
            if k < 0 or ctx.span_all[k][0] != n:
                continue
            q = ctx.spans[k]
            inner = ctx.text[q.inner_start : q.inner_end].rstrip()
            if not (inner[:1].isupper() and inner[-1:] == ","):
                continue
            colon = c
            if cue.i > colon:
                return [(max(x, colon + 1), y) for x, y in runs if y > colon + 1]
            return [(x, min(y, colon)) for x, y in runs if x < colon]
    return runs


def _split_tag_continuation(ctx: Ctx, cue, comp, runs, exclude) -> list[tuple[int, int]]:
    """``Wages will rise, officials said, and prices will fall``: a tag in the middle of
    the report; the clause joined on after it, with a subject of its own and no cue of
    its own, is the rest of the same report (a second fragment). After a quote standing
    alone ("“Follow us,” Ms. Gil said, and the boys trailed behind") it is the writer's
    story going on instead."""
    if comp.i > cue.i or not runs:
        return []
    if _quote_standing_alone(ctx, *runs[0]):
        return []
    out = []
    for other in cue.rights:
        if other.dep_ != "conj" or ctx.sent_id[other.i] != ctx.sent_id[cue.i] or ctx.outer[other.i] >= 0:
            continue
        if cues.cue_class(other) is not None or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in other.children):
            continue
        out += _content_runs(ctx, other, exclude, cue.i)
    return out


#: the only coordinator that joins a second clause of the same report to a clause content:
#: after "but" the second clause is as often the writer's contrast ("assumed Mr. Clarke
#: had the backing, but that wasn't the case"; PolNeAR dev, round 30: "but" 1 gained, 2 lost)
_REPORT_COORDINATORS = frozenset({"and"})


def _clause_joined_to_the_cue(ctx: Ctx, cue, comp, runs, exclude) -> list[tuple[int, int]]:
    """``The mayor said it was too early to tell whether a bomb caused the blast, and there
    was no evidence yet of terrorism``: the parse joins the second clause to the cue verb,
    but a clause with a subject of its own and no cue of its own, right after the content
    (", and"), is the rest of what the mayor said (the construction
    :func:`_split_tag_continuation` handles after a tag in the middle). A second cue (",
    and he urged North Korea to …") is a report of its own; the writer's story going on
    is told apart by :func:`_writers_next_clause`."""
    if comp.i < cue.i or not runs or runs[-1][1] < comp.right_edge.i or _quote_standing_alone(ctx, *runs[-1]):
        return []
    if _words(ctx, comp.left_edge.i, comp.right_edge.i + 1) < MIN_CONTENT_WORDS:
        return []  # "just as she said she would, and the market did": no report to go on with
    doc = ctx.doc
    out = []
    for other in cue.rights:
        if other.dep_ != "conj" or other.i <= comp.right_edge.i or ctx.sent_id[other.i] != ctx.sent_id[cue.i] or ctx.outer[other.i] >= 0:
            continue
        subject = next((c for c in other.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        if subject is None or cues.cue_class(other) is not None:
            continue
        start = other.left_edge.i
        while start < other.i and (doc[start].dep_ == "cc" or doc[start].is_punct):
            start += 1  # the parse may hang the coordinator on the second clause
        gap = doc[comp.right_edge.i + 1 : start]
        ccs = [t for t in gap if t.dep_ == "cc"]
        if len(ccs) != 1 or ccs[0].lower_ not in _REPORT_COORDINATORS or not all(t.text == "," or t.is_quote or t.is_space or t.dep_ == "cc" for t in gap):
            continue  # "— and the Senate is holding talks": a dash sets off the writer's aside
        if _writers_next_clause(cue, other, subject):
            continue
        out += _content_runs(ctx, other, exclude, cue.i)
    return out


def _writers_next_clause(cue, verb, subject) -> bool:
    """Is the clause ``verb`` joined to a report the writer's story going on? ``He said the
    plan would work, and the crowd cheered``: a new event told in the simple past (not a
    state, "there was", "he had") is the writer's next step. ``Protest groups say the rules
    are unfair, and the A.C.L.U. has sued``: after a report in the present or perfect, a
    clause about someone new (a noun, not a pronoun that refers back into the report) is
    the writer's account of where things stand; after a report in the past, a clause
    in the report's tense ("Democrats would need …") goes on with it (PolNeAR train,
    round 30: 10 gained, 0 lost)."""
    if verb.tag_ == "VBD" and verb.lemma_ not in ("be", "have") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return True
    if subject.tag_ in ("PRP", "EX") or subject.lower_ in ("that", "this"):
        return False
    return cue.tag_ != "VBD"


def _quoted_predicate_joined_to_the_cue(ctx: Ctx, cue, comp, runs, exclude) -> list[tuple[int, int]]:
    """``Corvid said in a statement that it was “making steady progress” and remained
    “fully committed” to the program``: after a closing quotation mark the small parser
    often joins the content's second predicate to the cue ("said … and remained"). A
    predicate with no subject of its own, right after the content ("and" between), that
    carries the speaker's own quoted words, or is shifted back into the report's past
    (:func:`_backshifted`), is more of what was said; otherwise ("said the plan was
    “dead” and left the room") it may be the speaker's next act, and stays out."""
    if comp.i < cue.i or not runs or runs[-1][1] < comp.right_edge.i or _quote_standing_alone(ctx, *runs[-1]):
        return []
    doc = ctx.doc
    if not any(ctx.outer[t.i] >= 0 for t in comp.subtree):
        return []  # the content carries no quoted words: the misattachment is not at a closing mark
    out = []
    for other in cue.rights:
        if other.dep_ != "conj" or other.i <= comp.right_edge.i or ctx.sent_id[other.i] != ctx.sent_id[cue.i] or ctx.outer[other.i] >= 0:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in other.children):
            continue
        backshifted = cue.tag_ == "VBD" and _backshifted(other)
        if cues.cue_class(other) is not None and not (backshifted and not any(c.dep_ in ("ccomp", "xcomp") for c in other.children)):
            continue  # "… and added that …": a report of its own ("and had referred the records" is no report)
        start = other.left_edge.i
        gap = doc[comp.right_edge.i + 1 : start]
        if not gap or not all(t.lower_ == "and" or t.is_quote or t.text == "," for t in gap) or not any(t.lower_ == "and" for t in gap):
            continue
        if backshifted or any(ctx.outer[t.i] >= 0 for t in other.subtree):
            out += _content_runs(ctx, other, exclude, cue.i)
    return out


#: auxiliaries of a predicate shifted back into the past of a report ("said … and had
#: referred", "said … and would appeal"); a simple past ("and left the room") may be the
#: speaker's next act
_BACKSHIFT_AUX = frozenset({"had", "would", "could", "might"})


def _backshifted(verb) -> bool:
    """``The spokesman said the agency “takes every complaint seriously” and had referred
    the records to the attorney general``: a predicate in the past perfect or with a past
    modal, after a cue in the past, is told in the report's tense and goes on with it."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _BACKSHIFT_AUX for c in verb.children)


def _bare_verb_joined_to_the_cue(ctx: Ctx, cue, comp, runs) -> list[tuple[int, int]]:
    """``said she wanted to speak “directly to white people” and let them know that …``,
    ``said money is needed to develop a vaccine, educate the public and learn more``: the
    parse joins the second verb of the content's infinitive to the cue. A bare verb right
    after the clause content, with no subject or auxiliary of its own, is more of the
    content: the cue's subject did not "let" or "educate" anything (the construction
    :func:`_coordinated_on_the_cue` handles after an object content). Not a gerund: after
    a clause, "…, reflecting …" is as often the writer's participle (PolNeAR train,
    round 24: bare verbs 2 gained, 0 lost; gerunds 3 gained, 2 lost)."""
    if comp.i < cue.i or not runs or runs[-1][1] < comp.right_edge.i or _quote_standing_alone(ctx, *runs[-1]):
        return []
    end = comp.right_edge.i + 1
    hi = _coordinated_on_the_cue(ctx, cue, end, "VB")
    return _content_runs_span(ctx, end, hi, cue) if hi > end else []


#: openers of an adverbial clause that, hung on the cue right after a clause content, says
#: when or why the reported thing holds (PolNeAR train, round 24: 5 gained, 0 lost; "as",
#: "while", "after", "before", "until", "once" open the writer's occasion as often: 1
#: gained, 6 lost; "if", "unless", "so": none decided)
_REPORTED_WHEN_OR_WHY = frozenset({"when", "because", "since"})


def _adverbial_clause_hung_on_the_cue(ctx: Ctx, cue, comp, runs) -> list[tuple[int, int]]:
    """``Lynch said there remains a "significant difference in private practice and
    government," when it comes to how many lawyers work at the department``, ``said Mrs.
    Clinton “hid” the documents because they appeared to contradict her pledge``: the
    parse hangs a "when" or "because" clause right after the content on the cue verb, but
    it tells when or why the reported thing holds, as the source put it; the content runs
    through it. Only right after the content (nothing but punctuation between), and a
    reason only after a cue of speech or a document: after a cue of thought it is the
    writer's account of the holder's reason."""
    if comp.i < cue.i or not runs or runs[-1][1] < comp.right_edge.i:
        return []
    doc = ctx.doc
    out = []
    for c in cue.rights:
        if c.dep_ != "advcl" or c.left_edge.i <= comp.right_edge.i or ctx.sent_id[c.i] != ctx.sent_id[cue.i]:
            continue
        first = doc[c.left_edge.i]
        if first.lower_ not in _REPORTED_WHEN_OR_WHY or not (first.dep_ == "mark" or first.dep_ == "advmod" and first.head.i == c.i):
            continue
        if first.lower_ != "when" and cues.cue_class(cue) not in cues.QUOTING:
            continue  # "can't understand how anyone sees otherwise because …": the holder's reason (_before_the_reason_for_it)
        if all(t.is_punct or t.is_space for t in doc[comp.right_edge.i + 1 : c.left_edge.i]):
            out += _content_runs_span(ctx, c.left_edge.i, c.right_edge.i + 1, cue)
    return out


def _quote_standing_alone(ctx: Ctx, a: int, b: int) -> bool:
    """Are the words of the run ``a:b`` all inside one quoted span, with none of the
    writer's (``“We will win,” the coach said``)? The parse may or may not hang the
    opening mark on the run, so the marks and other punctuation do not count."""
    words = [t for t in range(a, b) if not ctx.doc[t].is_punct and not ctx.doc[t].is_space]
    return bool(words) and ctx.outer[words[0]] >= 0 and all(ctx.outer[t] == ctx.outer[words[0]] for t in words)


def _drop_narrative(ctx: Ctx, runs: list[tuple[int, int]], cue) -> list[tuple[int, int]]:
    """``“Follow us,” Ms. Gil said, and the boys trailed behind``: after a quote and its
    cue, a clause joined by "and"/"but" with no quoted words is the writer's story going
    on, whatever the parse hangs it on."""
    before = [(a, b) for a, b in runs if b <= cue.i]
    if len(before) != 1:
        return runs
    if not _quote_standing_alone(ctx, *before[0]):
        return runs  # the words before the cue are not a quote standing alone
    doc = ctx.doc
    out = list(before)
    for a2, b2 in runs:
        if a2 <= cue.i:
            continue
        gap = doc[cue.right_edge.i + 1 : a2]
        if any(t.dep_ == "cc" or t.pos_ == "CCONJ" for t in gap) and all(ctx.outer[t] < 0 for t in range(a2, b2)):
            continue
        out.append((a2, b2))
    return out


def _join_runs(ctx: Ctx, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge runs separated only by punctuation and coordinators ("A, but B")."""
    out: list[tuple[int, int]] = []
    doc = ctx.doc
    for a, b in runs:
        if out and all(
            doc[k].is_punct or doc[k].dep_ == "cc" or doc[k].is_space or (doc[k].lower_ in _COMPLEMENTIZERS and doc[k].dep_ == "mark")
            for k in range(out[-1][1], a)
        ):
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _words(ctx: Ctx, lo: int, hi: int) -> int:
    return sum(1 for k in range(lo, hi) if not ctx.doc[k].is_punct and not ctx.doc[k].is_space)


def _participle_cues(ctx: Ctx, head, cue) -> list[tuple[int, int]]:
    """Subtrees of same-speaker cues inside a content clause (``..., warning that ...``,
    ``said A and warned B``): they are quotes of their own and do not belong to this one.
    Not an infinitive (:func:`_infinitive_in_the_content`)."""
    out = []
    for t in head.subtree:
        if t is cue or t.i == head.i:
            continue
        if t.dep_ == "conj" and (t.tag_ in _NON_FINITE or _after_modal(t)) and not _same_form(t, cue):
            continue  # "says he’d sit Putin down and tell him …": the reported clause goes on
        if _reported_verb_in_another_tense(t, cue):
            continue
        if t.dep_ in ("advcl", "conj", "xcomp") and cues.cue_class(t) in cues.QUOTING and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in t.children
        ) and (t.dep_ == "conj" or any(c.dep_ == "ccomp" for c in t.children)):
            if any(c.dep_ == "ccomp" and _tells_a_question_apart(t, c) for c in t.children):
                continue  # "too early to tell whether …": knowing, no quote of its own
            if _infinitive_in_the_content(t):
                continue
            if cues.lemma_of(t) == "find" and _found_a_thing_so(t, next((c for c in t.children if c.dep_ == "ccomp"), None), None):
                continue  # "… and found the adapter too hot to touch": no finding, more of the story told
            out.append((t.left_edge.i if t.dep_ != "conj" else _conj_start(t), t.right_edge.i + 1))
        elif _participle_with_a_that_clause(t):
            out.append((t.left_edge.i, t.right_edge.i + 1))
    return out


def _participle_with_a_that_clause(t) -> bool:
    """``said it would buy Norhavn Bio for $4.8 billion, betting that its obesity drug can
    compete``, ``ruled 5-2 that …, holding that the ban covers older contracts``: a
    participle set off by a comma, with no subject and a that-clause of its own, states a
    second view of the speaker's, not more of the first report's content, whether or not
    its verb is a cue."""
    if t.tag_ != "VBG" or t.dep_ not in ("advcl", "conj") or t.i == 0 or t.nbor(-1).text != ",":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        return False
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in t.children)


_FINITE_TAGS = ("VBD", "VBZ", "VBP")


def _reported_verb_in_another_tense(verb, cue) -> bool:
    """``Powell has said he has reviewed the messages and disagrees with the decision``,
    ``McConnell says he spoke to Trump and asked him to condemn violence``: a finite verb
    joined to a verb of the content, with no subject of its own, in another tense than
    the cue's, is the content's subject doing more: a second cue of the speaker's ("said
    A and warned B") takes the cue's own form (:func:`_same_form`)."""
    if verb.dep_ != "conj" or verb.tag_ not in _FINITE_TAGS or cue.tag_ not in (*_FINITE_TAGS, "VBN"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) or _same_form(verb, cue):
        return False
    if any(c.dep_ == "ccomp" for c in verb.children):
        return False  # "says Machado promised … and said she would …": a report inside the report, found on its own
    head = verb.head
    if head.pos_ not in ("VERB", "AUX") or head.dep_ == "ROOT":
        return False
    # and in the tense of the verb it is joined to ("has reviewed … and disagrees", "spoke
    # … and asked"): "has released her returns and called on Sanders to do the same" is
    # the speaker's own act again
    finite = next((c.tag_ for c in head.children if c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS), head.tag_)
    return _same_form(verb, type("Form", (), {"tag_": finite})())


def _manner_before_the_quote(ctx: Ctx, comp) -> list[tuple[int, int]]:
    """``“Rajiv, with respect,” Corrigan said, turning to face him, “you were in the room
    …”``: a participle clause of the writer's between the tag and the quote says what the
    speaker did while speaking; the parse hangs it on the quoted clause's verb, but it is
    no word of the quote. Excluded, with its comma."""
    if ctx.outer[comp.i] < 0:
        return []
    out = []
    for c in comp.lefts:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and ctx.outer[c.i] < 0 and not any(g.dep_ in ("nsubj", "mark") for g in c.children):
            end = c.right_edge.i + 1
            if end < len(ctx.doc) and ctx.doc[end].text == ",":
                end += 1
            if end < len(ctx.doc) and ctx.outer[end] >= 0:
                out.append((c.left_edge.i, end))
    return out


def _when_it_was_said(ctx: Ctx, cue, comp) -> list[tuple[int, int]]:
    """``The president told African-Americans this weekend he would …``, ``The mayor said
    Tuesday the city would …``: news writes when a remark was made right after the cue
    (and its addressee); with no "that", the parse hangs the time on the complement, before
    its subject. A time phrase (a date or a word of time, as a bare noun phrase) between
    the cue and the subject of a that-less complement is when it was said, not part of
    what: the content starts at the subject. A future time ("next week") is the
    content's own."""
    doc = ctx.doc
    first = comp.left_edge
    if comp.i < cue.i or first.i <= cue.i:
        return []
    subject = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None or subject.i > comp.i:
        return []
    time = next((c for c in comp.children if c.dep_ in ("npadvmod", "tmod", "prep") and c.i < subject.left_edge.i and c.left_edge.i == first.i), None)
    # (or the time, then "that": "told a plenary session shortly after noon that …")
    that = doc[time.right_edge.i + 1] if time is not None else None
    if time is None or time.right_edge.i + 1 != subject.left_edge.i and not (
        that.lower_ == "that" and that.head.i == comp.i and that.dep_ == "mark" and that.i + 1 == subject.left_edge.i
    ):
        return []
    words = list(doc[time.left_edge.i : time.right_edge.i + 1])
    if time.dep_ == "prep" and not _said_at_a_time(time) or time.dep_ != "prep" and not (
        time.ent_type_ in ("DATE", "TIME") or time.lemma_.lower() in cues.remark_times("time")
    ) or any(w.lower_ in cues.remark_times("forward") for w in words):
        return []
    if any(ctx.outer[w.i] >= 0 for w in words):
        return []
    # only the cue, its addressee and punctuation between the cue and the time phrase
    for k in range(cue.i + 1, first.i):
        t = doc[k]
        if not (t.is_punct or _in_addressee(t, cue)):
            return []
    return [(first.i, subject.left_edge.i)]


#: prepositions of when a remark was made ("said after the convention", "on Monday")
_TIME_PREPOSITIONS = frozenset({"after", "before", "during", "following", "at", "on", "in", "since"})


def _said_at_a_time(prep) -> bool:
    """``after the convention``, ``on Monday``, ``during the debate``: a preposition of
    time whose object is a date or time, a word of time, or an occasion a remark is made
    at (``occasion_nouns.txt`` and the settings of a statement)."""
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if prep.lower_ not in _TIME_PREPOSITIONS or obj is None:
        return False
    lemma = obj.lemma_.lower()
    return (obj.ent_type_ in ("DATE", "TIME") or lemma in cues.remark_times("time") or lemma in load_set("occasion_nouns.txt")
            or lemma in cues.remark_times("event"))


def _in_addressee(t, cue) -> bool:
    """Is ``t`` inside the cue's object or dative phrase ("told African-Americans")?"""
    h = t
    while h.head.i != h.i and h.head.i != cue.i:
        h = h.head
    return h.head.i == cue.i and h.dep_ in ("dobj", "dative")


def _infinitive_in_the_content(verb) -> bool:
    """``said Trump needs to do more work to show that he is a true conservative``,
    ``said she is likely to argue that rates should rise``: a cue verb in the infinitive
    inside a content clause is what the reported subject is to do, more of the report; it
    is no second cue of the speaker's like "…, warning that …" or "said A and warned B"
    (PolNeAR train, round 24: 8 gained, 1 lost, the loss a concession matched only while
    its "to say" was cut out)."""
    return verb.dep_ in ("advcl", "xcomp") and _infinitive(verb)


_FINITE_PRESENT = ("VBZ", "VBP")
#: verb forms that lean on an auxiliary or subject of the clause they are joined to
_NON_FINITE = ("VB", "VBG", "VBN")


def _after_modal(verb) -> bool:
    """``the bank would cut rates and signal more cuts``: a present-tense verb joined to a
    verb with a modal, and with no subject of its own, is the modal's bare verb (the
    tagger often reads it as finite)."""
    return verb.tag_ == "VBP" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children) and any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in verb.head.children
    )


def _same_form(verb, cue) -> bool:
    """Could ``verb``, a conjoined verb with no subject inside a cue's complement, be a
    second verb of the cue's own subject ("said A and warned B")? Only when it has the
    cue's form: a bare verb, participle or gerund ("he’d sit Putin down and tell him",
    "is acting unlawfully and showing disregard") shares the reported clause's
    auxiliary, so it is more of what was said."""
    if verb.tag_ == cue.tag_:
        return True
    return verb.tag_ in _FINITE_PRESENT and cue.tag_ in _FINITE_PRESENT


def _conj_start(t) -> int:
    """A conjoined verb's span starts at its coordinator ("and warned ...")."""
    k = t.i
    for c in t.head.children:
        if c.dep_ == "cc" and c.i < t.i:
            k = min(k, c.i) if c.i > t.head.i else k
    return min(k, t.left_edge.i)


def _imperative(ctx: Ctx, tok) -> bool:
    """``Ask a dozen tenor players to name the most underrated saxophonist, and you will
    hear her name``, ``Ask any of them what he taught them``: a bare verb of saying that
    opens the writer's sentence, with no subject, is an imperative to the reader, a
    hypothetical; nobody has said anything."""
    if tok.tag_ != "VB" or ctx.outer[tok.i] >= 0 or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return False
    k = tok.i - 1
    while k >= 0 and (ctx.doc[k].is_space or ctx.doc[k].lower_ in ("so", "just", "and", "but", "now")):
        k -= 1
    return k < 0 or ctx.sent_id[k] != ctx.sent_id[tok.i]


def _result_clause(ctx: Ctx, tok, comp) -> bool:
    """``The story has been told so often on the south side that people who were not yet
    born can recite it``: a that-clause after "so" or "such" on the cue is the result of
    how much was said, not what was said."""
    if comp.i < tok.i or not any(c.dep_ == "mark" and c.lower_ == "that" for c in comp.children):
        return False
    return any(ctx.doc[k].lower_ in ("so", "such") and ctx.outer[k] < 0 for k in range(tok.i + 1, comp.left_edge.i))


def _absolute_phrase_after_the_tag(tok, comp) -> bool:
    """``“They are closing a door,” Mims said, his voice rising over the organ``: the parse
    may hang an absolute phrase after the tag (a noun and a participle with no auxiliary)
    on the cue as its complement; it says how the words were said, and reports nothing
    (:func:`_manner_after_the_tag` is the same phrase parsed as the sentence's root)."""
    if comp.i < tok.i or comp.tag_ not in ("VBG", "VBN") or comp.left_edge.i < 1 or tok.doc[comp.left_edge.i - 1].text != ",":
        return False
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in comp.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in comp.children)


def _words_of_a_gerund_of_saying_between(ctx: Ctx, tok, comp) -> bool:
    """``The spot concludes with footage of Trump saying during the debate last week,
    “That makes me smart,”``: a gerund of saying with a doer of its own, between the cue
    and the quote the parse hangs on the cue, and with no words of its own, is the verb
    the quote belongs to; the cue ("concludes") only frames it."""
    if comp.i < tok.i or ctx.outer[comp.i] < 0:
        return False
    for g in ctx.doc[tok.i + 1 : comp.left_edge.i]:
        if g.tag_ == "VBG" and cues.cue_class(g) == cues.SPEECH and any(c.dep_ == "nsubj" for c in g.children) and not any(
            c.dep_ in ("ccomp", "xcomp", "dobj") for c in g.children
        ):
            return True
    return False


def _verb_cue(ctx: Ctx, tok) -> Draft | None:
    doc = ctx.doc
    if _imperative(ctx, tok):
        return None
    comp = None
    best = None
    for child in tok.children:
        if child.dep_ == "ccomp":
            if _result_clause(ctx, tok, child) or _absolute_phrase_after_the_tag(tok, child):
                continue
            # the complement nearest the cue: a far one is usually a misattachment
            # ("“It’s finished,” she said of the election, in which she was sure X")
            dist = child.left_edge.i - tok.i if child.i > tok.i else tok.i - child.right_edge.i
            if ctx.sent_id[child.i] != ctx.sent_id[tok.i] or _colon_before_cue(ctx, child, tok) or _semicolon_before_cue(ctx, child, tok):
                continue  # a complement in another sentence is a misparse
            # a that-clause after the cue is its content whatever else the parse hung on
            # it ("The campaign is struggling — he told the AP that his task is …")
            key = (not _that_clause_after(child, tok), dist)
            if best is None or key < best:
                comp, best = child, key
    if comp is not None and _words_of_a_gerund_of_saying_between(ctx, tok, comp):
        return None
    clauseless = _stance_on_a_preposition(tok)
    if clauseless:
        comp = None  # "campaigned against the deal": never a clause, and never a tag on one
    elif comp is None:
        comp = _stranded_complement(ctx, tok) or _gerund_subject_clause(ctx, tok) or _posted_read_as_participle(ctx, tok) or _question_read_as_condition(ctx, tok)
        comp = comp or _question_after_preposition(ctx, tok) or _complement_read_as_adverbial(ctx, tok) or _complement_hung_above_the_cue(ctx, tok)
        comp = comp or _question_hung_beside_the_cue(ctx, tok) or _finite_clause_read_as_xcomp(ctx, tok) or _report_left_unlabelled_after_a_mid_tag(ctx, tok)
        comp = comp or _report_read_as_a_long_subject(ctx, tok) or _report_read_as_a_subject_after_the_cue(ctx, tok)
        comp = comp or _report_read_as_a_relative_clause_of_the_one_told(tok)
    speaker_tok = _speaker_subject(tok, ctx) or _share_read_as_adverbial(tok)
    flipped = (_report_read_as_reduced_relative(ctx, tok) or _tag_read_as_apposition(ctx, tok)) if comp is None and not clauseless else None
    if flipped is not None:
        comp, speaker_tok = flipped
    inverted = _inverted_mid_tag(ctx, tok, comp) or _mid_tag_with_two_subjects(ctx, tok, comp)
    if inverted is not None:
        speaker_tok = inverted[0]
    elif comp is None and (inside := _speaker_inside_tag_commas(ctx, tok)) is not None:
        speaker_tok = inside
    # a cue with no subject may have its speaker stranded in an apposition
    stranded = _appositive_before_cue(ctx, tok) if speaker_tok is None and tok.tag_ != "VBG" else None
    if stranded is not None and comp is not None and (comp.i < tok.i or _ends_an_opening_phrase(stranded.head, tok)):
        speaker_tok = stranded
    if comp is None and (rel := _report_on_a_relative_pronoun(ctx, tok)) is not None:
        return rel
    if cues.names_a_label(tok):
        label = _quoted_label(ctx, tok, speaker_tok)
        if label is not None:
            first, last = _label_run(ctx, label)
            d = _draft(ctx, [(ctx.span_all[first][0], ctx.span_all[last][1])], (tok.idx, ctx.tok_end(tok)), cues.cue_lemma(tok), tok.i, speaker_tok)
            if first == last:
                d.label = label  # a run of labels is built like words uttered in a pair (direct.coordinated_words)
            d.naming = True
            d.cue_class = cues.SPEECH
            return d
        if cues.label_only(tok):
            return None
        if _telephoning(tok):
            return None
    cls = cues.cue_class(tok)
    if cls in (cues.THOUGHT, cues.STANCE) and not _holder_named(tok, speaker_tok):
        return None
    if cls in (cues.THOUGHT, cues.STANCE) and _view_in_a_question(tok):
        return None
    if _naming_participle(tok) or _name_in_common_use(tok):
        return None  # "a super PAC called Future 45": the name of a thing, nobody's words
    if _group_defined_by_its_view(tok, cls):
        return None
    if _advice_may_want(tok) or _seeking_office(tok) or _reason_for_anonymity(tok):
        return None
    if _found_oneself(tok) or _showing_to_someone(tok):
        return None
    if _safe_to_say(tok) or _all_told(ctx, tok) or _continuing_to_do(tok) or _label_before_a_colon(ctx, tok):
        return None
    if comp is not None and (_circumstance_of_the_saying(tok, comp) or _predicate_without_subject(tok, comp)):
        return None
    if _writers_comparison(tok) or _laid_without_out(tok) or _stance_verb_as_act(tok, speaker_tok) or _handles_a_claim(tok, cls):
        return None
    if _offered_by_a_thing(tok, speaker_tok) or _offers_a_noun_cue(tok, cls) or _wanted_in_a_for_clause(tok):
        return None
    if comp is None and _recalling_a_product(tok, speaker_tok):
        return None
    if cls == cues.STANCE and _moves_something(tok):
        return None  # "backed the van into the garage", "backed up traffic": a movement ("backed off the plan" is a stance)
    if comp is not None and (_perceived_event(tok, comp, speaker_tok, cls) or _sees_a_question(tok, comp) or _tells_a_question_apart(tok, comp)):
        return None
    if cls == cues.DOCUMENT and _demonstrating(tok, speaker_tok):
        return None
    if _refused_saying(tok):
        return None
    if _generic_hypothetical_or_negated(tok, speaker_tok, cls) or _writers_idiom(tok) or _that_said_aside(ctx, tok) or _call_it_imperative(ctx, tok) or _question_put(ctx, tok) or _narrated_refusal(tok):
        return None
    if cues.lemma_of(tok) == "find" and (comp is None and not _finds_on_record(tok, speaker_tok) or _finds_it_hard(comp) or _found_a_thing_so(tok, comp, speaker_tok) or _verdict(comp)):
        return None  # "need to find $500 a month", "will find it difficult to …": no finding reported
    clause_needed = True
    infinitive = False
    verb_as_noun = False
    if comp is None:
        # "The economy is strong, he said": the cue is a parenthetical on the clause
        if stranded is not None and not clauseless and _parenthetical(ctx, tok):
            speaker_tok = stranded  # "…, a city hall aide, who …, wrote.": hung on the clause
        if not clauseless and _parenthetical(ctx, tok) and speaker_tok is not None and (speaker_tok.head.i == tok.i or speaker_tok is stranded):
            head = tok.head
            while head.pos_ not in ("VERB", "AUX") and head.dep_ in ("nsubj", "nsubjpass") and head.head.i != head.i:
                head = head.head  # "The difference now, he told me, is that …": hung on the subject
            exclude = [(min(tok.left_edge.i, speaker_tok.left_edge.i), tok.right_edge.i + 1)]
            if inverted is not None:
                exclude = [(tok.i, tok.right_edge.i + 1)]  # the report's subject before the tag stays
            runs = _content_runs(ctx, head, exclude, tok.i)
            runs = _from_the_reports_subject(ctx, head, runs, exclude[0][0])
            runs = _coordinated_before_tag(ctx, head, exclude[0][0], tok) + runs
            runs = _drop_framing(ctx, runs, tok)
            runs = _drop_narrative(ctx, runs, tok)
        elif not clauseless and (tag := _closing_tag(ctx, tok, cls)) is not None:
            comma, speaker_tok = tag
            runs = _content_runs_span(ctx, _sentence_start(ctx, tok.i), comma, tok)
            verb_as_noun = _verb_read_as_noun(ctx, _sentence_start(ctx, tok.i), comma)
        elif _voices_a_noun_cue(tok):
            return None
        elif (obj := _object_content(ctx, tok)) is not None:
            runs = obj
            clause_needed = False  # "called for an independent investigation"
            infinitive = any(c.dep_ == "xcomp" and _infinitive(c) for c in tok.rights)
        elif (obj := _passive_subject_content(ctx, tok)) is not None:
            runs = obj
            clause_needed = False  # "The proposal was rejected by voters"
        else:
            return None
    else:
        exclude = [(tok.i, tok.i + 1)]
        if speaker_tok is not None:
            # "calls saying shots were fired": the speaker's phrase holds the cue; only
            # the words up to its head are the speaker's
            right = speaker_tok.i + 1 if speaker_tok.left_edge.i <= tok.i <= speaker_tok.right_edge.i else speaker_tok.right_edge.i + 1
            left = speaker_tok.left_edge.i
            if left <= comp.right_edge.i < speaker_tok.i:
                left = comp.right_edge.i + 1  # the parse hung the clause on the speaker's noun (_posted_read_as_participle)
            exclude.append((left, right))
        if comp.i == tok.head.i and tok.i < comp.i or flipped is not None:
            # _complement_hung_above_the_cue, _report_read_as_reduced_relative: the cue's
            # own phrase (when, to whom) is not what was said
            exclude.append((tok.left_edge.i, tok.right_edge.i + 1))
        exclude.extend(_participle_cues(ctx, comp, tok))
        exclude.extend(_when_it_was_said(ctx, tok, comp))
        exclude.extend(_manner_before_the_quote(ctx, comp))
        runs = _content_runs(ctx, comp, exclude, tok.i)
        if (subject_run := _subject_read_as_the_cues_object(ctx, tok, comp)) is not None:
            runs = _content_runs_span(ctx, subject_run[0], subject_run[1], tok) + runs
        if inverted is not None and inverted[1] is not None:
            runs = _content_runs(ctx, inverted[1], exclude, tok.i) + runs  # "The tax … would hurt families"
        # "A, but B, the source added": every complement on the same side is content
        for other in tok.children:
            if other.dep_ != "ccomp" or other is comp or ctx.sent_id[other.i] != ctx.sent_id[tok.i]:
                continue
            if ctx.outer[other.i] >= 0 or ctx.outer[comp.i] >= 0:
                continue  # quoted complements are direct quotes of their own
            if (answer := asked.answer_hung_on_question(tok)) is not None and answer.i == other.i:
                continue  # "The mayor, asked whether …, said it would": the answer is the mayor's
            if _bracketed_clause(ctx, other):
                continue
            if other.i > comp.i and any(t.dep_ == "mark" and t.lower_ in ("though", "although", "whereas") and ctx.outer[t.i] < 0 for t in comp.subtree):
                continue  # past a concession the writer has taken over ("…, though she worried …: a coat takes …")
            if cues.cue_class(other) in cues.ATTRIBUTING and (any(c.dep_ in ("nsubj", "nsubjpass") for c in other.children) or edges.misparsed_subject(other)) and not any(
                c.dep_ == "mark" for c in other.children
            ):
                continue  # "…, and three-quarters said the same": a new attribution ("and that it continues" is content)
            if (other.i < tok.i) == (comp.i < tok.i):
                runs = runs + _content_runs(ctx, other, exclude + _participle_cues(ctx, other, tok), tok.i)
            elif _mid_tag(ctx, tok, speaker_tok, comp, other):
                runs = runs + _content_runs(ctx, other, exclude + _participle_cues(ctx, other, tok), tok.i)
        # "said A, but that B": a second that-clause the parse coordinates with the cue
        for other in tok.rights:
            if other.dep_ == "conj" and other.i > comp.i and ctx.sent_id[other.i] == ctx.sent_id[tok.i] and ctx.outer[other.i] < 0 and (_opened_by_that(other) or _that_read_as_a_determiner_after_that(comp, other)) and any(
                c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in other.children
            ):
                runs = runs + _content_runs(ctx, other, exclude, tok.i)
        runs = runs + _split_tag_continuation(ctx, tok, comp, runs, exclude)
        runs = runs + _clause_joined_to_the_cue(ctx, tok, comp, runs, exclude)
        runs = runs + _bare_verb_joined_to_the_cue(ctx, tok, comp, runs)
        runs = runs + _quoted_predicate_joined_to_the_cue(ctx, tok, comp, runs, exclude)
        runs = runs + _adverbial_clause_hung_on_the_cue(ctx, tok, comp, runs)
        runs = runs + _fronted_condition(ctx, tok, speaker_tok, comp, exclude)
        runs = runs + _fronted_clause_of_a_general_rule(ctx, tok, speaker_tok, comp, exclude)
        runs = runs + _fronted_adverbial_after_cue(ctx, tok, comp)
        runs, speaker_tok = _through_closing_tag(ctx, tok, cls, comp, speaker_tok, runs)
        runs = _first_clause_before_conjoined_tag(ctx, tok, cls, comp) + runs
        runs = _join_runs(ctx, sorted(set(runs)))
        runs = _end_of_relative_clause(ctx, tok, comp, runs)
    if clause_needed:
        runs = _fronted_before_mid_tag(ctx, tok, speaker_tok, runs) + runs
    runs = _elaboration_after_a_colon(ctx, tok, runs)
    runs = _quote_after_a_colon_lead_in(ctx, tok, runs)
    runs = _split_at_attributed_quote(ctx, runs, tok)
    naming = not clause_needed and any(c.dep_ in ("oprd", "xcomp") and not _infinitive(c) for c in tok.rights)
    nominal = not clause_needed and not naming and not infinitive and cues.nominal_content(doc[k] for a, b in runs for k in range(a, b))
    if nominal and cls == cues.DOCUMENT and not _finds_on_record(tok, speaker_tok):
        return None
    small = clause_needed and (_judged_small_clause(comp, cls) or _two_word_clause(comp, runs, cls) or _answer_to_question_put(tok, comp) or _elliptical_clause(comp, cls))
    if sum(_words(ctx, a, b) for a, b in runs) < (MIN_NAMING_WORDS if naming or nominal or small else MIN_CONTENT_WORDS) and not _backs_someone(ctx, tok, runs, cls):
        return None
    verb_as_noun = verb_as_noun or _quoted_verb_read_as_noun(ctx, comp)
    if clause_needed and not small and not verb_as_noun and not any(doc[k].pos_ in ("VERB", "AUX") for a, b in runs for k in range(a, b)):
        return None
    if _inverted_tag_after_a_quote(ctx, tok, runs):
        return None  # "“…,” said Robert Reich, who served as labor secretary": the speaker, not what he said
    if speaker_tok is not None and any(a <= speaker_tok.i < b for a, b in runs):
        speaker_tok = None
    d = _draft(ctx, runs, (tok.idx, ctx.tok_end(tok)), cues.cue_lemma(tok), tok.i, speaker_tok)
    d.cue_class = cls
    d.nominal = nominal
    if d.speaker is None and speaker_tok is None and not asked.participle(tok) and asked.set_off(tok) is None and not any(
        _expletive_it(c, tok) or asked.passive_subject(c, tok) for c in tok.children
    ):
        d.speaker = _noun_before(ctx, tok)
    return d


def _share_read_as_adverbial(tok):
    """``Less than a third agreed that …``, ``A quarter believed the race was over``: a
    share of the people polled, the finding's holder, which the small parser reads as an
    adverbial noun of the verb ("a third" like "a week") when a comparative opens it,
    leaving the verb with no subject. The share, when the cue verb has no subject and
    such a noun stands before it, at the very start of its clause; else None."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in tok.children):
        return None
    share = next((c for c in tok.lefts if c.dep_ == "npadvmod" and c.lower_ in load_set("share_nouns.txt") and c.i < tok.i), None)
    if share is None or share.right_edge.i != tok.i - 1 and not all(t.pos_ == "ADV" for t in tok.doc[share.right_edge.i + 1:tok.i]):
        return None
    first = share.left_edge
    return share if first.i == 0 or first.is_sent_start or tok.doc[first.i - 1].is_punct else None


def _group_defined_by_its_view(tok, cls) -> bool:
    """``Americans worried about illegal immigration might stop to consider …``, ``But
    investors fearing a crash may want to think twice``: a participle of thought right
    after a bare plural noun, with no clause of its own, says which of them the writer
    means (those who worry, those who fear), as a relative clause would; it is the
    writer's advice to a kind of reader, and nobody named holds the view. The parse reads
    it as a participle on the noun or as a gerund clause with the noun as its subject."""
    if cls != cues.THOUGHT or tok.tag_ not in ("VBG", "VBN") or tok.i == 0:
        return False
    noun = tok.doc[tok.i - 1]
    if not (tok.dep_ == "acl" and tok.head.i == noun.i or tok.dep_ == "csubj" and noun.dep_ == "nsubj" and noun.head.i == tok.i):
        return False
    if noun.tag_ not in ("NNS", "NNPS") or any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in noun.children):
        return False
    if not (is_person_like(noun) or noun.tag_ == "NNPS"):
        return False  # "withdrew notices seeking the arrest of 14 fugitives": what the notices seek is reported
    return not any(c.dep_ in ("ccomp", "xcomp") for c in tok.children)


def _naming_participle(tok) -> bool:
    """``A newly formed super PAC called Future 45 ran its first ads``, ``His nonprofit
    group, called the Virginia Conservation Legacy Fund, will still own the property``: a
    participle of naming hung on a noun, with the name as its only complement, says what
    the thing is called. Nobody speaks: there is no subject, no "by" phrase, and no object
    it names (the active "Trump called Cruz a liar" has one); the parse that reads it as a
    finite verb with the noun as subject then takes the main clause for what was said.
    Not the passive "was called “a fraud” by critics", which names who calls it that."""
    if cues.lemma_of(tok) not in load_set("naming_verbs.txt") or tok.tag_ not in ("VBN", "VBD"):
        return False
    kids = list(tok.children)
    if _predicate_read_as_complement(tok, kids):
        return True
    if tok.dep_ not in ("acl", "amod", "appos", "parataxis"):
        return False
    if any(c.dep_ in ("dobj", "agent", "ccomp", "xcomp", "aux", "auxpass") or c.dep_ == "prep" and c.lower_ in ("by", "for", "on") for c in kids):
        return False
    if sum(1 for c in kids if c.dep_ == "oprd") != 1:
        return False  # "one lawmaker called Trump “the orange prince”": a name given to someone named
    subject = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    # the parse's "subject" of a naming participle is the named noun, set off right before it
    return subject is None or tok.dep_ == "parataxis" and subject.i < tok.i and tok.doc[tok.i - 1].text == ","


def _name_in_common_use(tok) -> bool:
    """``the Islamic State, also known as ISIS``, ``His Boeing 757, often referred to as
    Trump Force One``, ``the procedure sometimes called partial-birth abortion``, ``a
    motorcyclist, popularly called Okada rider``: a participle of naming with an adverb
    of usage gives the name people use, nobody's words (PolNeAR annotates none of its 11
    "also known as" nor its "often referred to as", "sometimes called"). Not a finite
    verb with a subject ("He has also called the senator “the next Gipper”")."""
    lemma = cues.lemma_of(tok)
    if tok.tag_ not in ("VBN", "VBD") or not (lemma in load_set("naming_verbs.txt") or lemma in ("know", "refer")):
        return False
    kids = list(tok.children)
    if any(c.dep_ in ("aux", "auxpass") for c in kids) or any(c.dep_ == "nsubjpass" and c.i > tok.i for c in kids):
        return False
    subject = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subject is not None and not _named_thing_read_as_subject(tok, subject, kids):
        return False
    if lemma in ("know", "refer") and not any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.subtree):
        return False
    usage = load_set("usage_adverbs.txt")
    return any(c.dep_ == "advmod" and c.lower_ in usage and c.i < tok.i for c in kids)


def _named_thing_read_as_subject(tok, subject, kids) -> bool:
    """The parse may make the named thing the participle's subject: set off by a comma
    with the participle hung on the sentence's own verb ("His jet, often referred to as
    Trump Force One, has received …"), or with the sentence's predicate read as the
    participle's complement ("The procedure sometimes called partial-birth abortion was
    banned"). A pronoun or a name that speaks with no predicate after it is a subject."""
    if subject.pos_ == "PRON":
        return False
    if tok.dep_ == "parataxis" and tok.head.i > tok.i and subject.i < tok.i:
        return True
    return any(c.dep_ == "ccomp" and c.i > tok.i and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in kids)


def _predicate_read_as_complement(tok, kids) -> bool:
    """``A new super PAC called Our Principles is ramping up its operations``: with no
    comma the parse makes the participle the main verb, the noun its subject, and the
    sentence's own predicate its complement, a clause with no subject of its own right
    after the name. A verb of naming never takes a clause after its name."""
    name = next((c for c in kids if c.dep_ == "oprd"), None)
    comp = next((c for c in kids if c.dep_ == "ccomp" and c.i > tok.i), None)
    if name is None or comp is None or comp.left_edge.i != name.right_edge.i + 1:
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in comp.children) and any(c.dep_ == "nsubj" and c.i < tok.i for c in kids)


#: marks that close a direct quote right before an inverted tag ("…,” said X")
_CLOSING_MARKS = frozenset({"”", "\"", "''", "’", "'"})


def _inverted_tag_after_a_quote(ctx: Ctx, tok, runs) -> bool:
    """``“Her instinct is to be incremental,” said Robert Reich, who served as labor
    secretary``, ``''…,'' said Robin Maynard, half joking``: a verb of saying right after
    a closing quotation mark opens an inverted tag; what follows it is the speaker and
    whatever the writer says of him, never a second report (the quote before it is
    what was said). The parse may read the name, with its apposition or relative
    clause, as the verb's object or complement."""
    if not runs or cues.cue_class(tok) not in cues.QUOTING:
        return False
    doc = ctx.doc
    k = tok.i - 1
    while k >= 0 and doc[k].text == ",":
        k -= 1
    if tok.tag_ not in ("VBD", "VBZ", "VBP") or k < 1 or doc[k].text not in _CLOSING_MARKS or doc[k - 1].text not in (",", "?", "!"):
        return False  # "…“silver standard,” saying …", "… a “bad earpiece,” claiming …": a participle goes on the sentence
    if ctx.outer[k] < 0 and doc[k].text not in ("”", "''"):
        return False  # an apostrophe or straight mark that closes no quote found
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i for c in tok.children):
        return False  # "Humphrey, who calls Trump a “sociopath,” said he …": a subject before the cue, no inversion
    first = min(a for a, _ in runs)
    if first <= tok.i or doc[first].tag_ == "PRP":
        return False  # "… Iowa’s “silver standard,” says she warned …": a clause with its subject after a cue whose subject is elided
    return all(t.is_punct or t.is_space for t in doc[tok.i + 1 : first])


def _advice_may_want(tok) -> bool:
    """``Donald Trump may want to check his stats``, ``Subscribers may want to think
    twice``, ``Mrs. Clinton might want to try to deliver one``: "may want to" or "might
    want to" is the writer's advice (it would be wise to), not a wish its subject holds;
    "wants to", "would want to" and "may not want to" report one."""
    if cues.lemma_of(tok) != "want" or not any(c.dep_ == "xcomp" and _infinitive(c) for c in tok.children):
        return False
    kids = list(tok.children)
    return any(c.dep_ == "aux" and c.lower_ in ("may", "might") for c in kids) and not any(c.dep_ == "neg" for c in kids)


@lru_cache(maxsize=1)
def _sought_offices() -> frozenset[str]:
    return load_set("sought_offices.txt")


def _seeking_office(tok) -> bool:
    """``two of the Republicans seeking the presidency``, ``who are also seeking the
    nomination``, ``was not seeking a fifth term``: to seek an office (``sought_offices.txt``)
    is to run for it, an act the writer narrates, not a wish reported; "seeking to overturn
    the law" and "sought support from unions" still report what is wanted."""
    if cues.lemma_of(tok) != "seek":
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lemma_.lower() in _sought_offices() and obj.right_edge.i - obj.left_edge.i < 5


@lru_cache(maxsize=None)
def _anonymity_infinitives(role: str) -> frozenset[str]:
    """``anonymity_infinitives.tsv``: what a source is not authorized to do or was granted
    anonymity to do ("act"), and the words that infinitive hangs on ("head": "not
    authorized to discuss", "requested anonymity to discuss")."""
    return frozenset(word.lower() for word, r in load_table("anonymity_infinitives.tsv", columns=2) if r == role)


def _reason_for_anonymity(tok) -> bool:
    """``… because they were not authorized to discuss the gathering by name``, ``an
    official, who requested anonymity to discuss a private conversation, said``: the
    reason a source is not named (anonymity_reasons.tsv, read by the speakers stage) tells
    what the source would not be named for discussing, not what anybody said about it;
    the report is the "said" that follows. Not "was allowed to speak out about the
    company": a permission, not a reason for anonymity (PolNeAR train annotates it)."""
    if cues.lemma_of(tok) not in _anonymity_infinitives("act") or not _infinitive(tok):
        return False
    head = tok.head
    heads = _anonymity_infinitives("head")
    if head.lemma_.lower() in heads or head.lower_ in heads:
        return True
    # "requested anonymity to discuss …": the infinitive hung on the verb of asking for it
    return any(c.dep_ == "dobj" and c.lower_ == "anonymity" for c in head.children)


_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself", "yourselves"})


def _found_oneself(tok) -> bool:
    """``he once again found himself embroiled in controversy``, ``Fox News found itself
    playing host to those candidates``: "find oneself" is to end up in a state; nobody
    found anything out and no document reports it."""
    if cues.lemma_of(tok) != "find":
        return False
    # the parse makes the pronoun the object, or the subject of a small clause ("found [himself embroiled]")
    return any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES or c.dep_ == "ccomp" and any(
        g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in _REFLEXIVES and g.i == c.left_edge.i for g in c.children
    ) for c in tok.children)


#: persons one shows something to ("showed me where he slept")
_PERSONS_SHOWN = frozenset({"me", "him", "her", "us", "you", "them"})


def _showing_to_someone(tok) -> bool:
    """``He led me down the corridor and showed me where he slept``: a person showing
    someone (a personal pronoun as the object, a clause after it) a place or a thing is
    an act of display, not a finding shown; "the poll shows that …" and "records show he
    …" have a document as subject and nobody shown. Not with "that" ("showed us that the
    plan works" reports what was shown to be so)."""
    if cues.lemma_of(tok) != "show":
        return False
    subject = subject_of(tok)
    if subject is None or not is_person_like(subject):
        return False  # "a video showed him grabbing …", "polls showing her well behind": a document shows a person
    kids = list(tok.children)
    shown_to = any(c.dep_ in ("dobj", "dative") and c.lower_ in _PERSONS_SHOWN and c.i == tok.i + 1 for c in kids)
    return shown_to and not any(c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children) for c in kids)


def _safe_to_say(tok) -> bool:
    """``It is too soon to say whether her policies will prove successful``, ``it's safe to
    say he's referring to the border``, ``it's fair to say that …``: "to say" under an
    "it is …" is the writer judging what can be said, nobody's report (as "It goes
    without saying" is: _writers_idiom)."""
    if cues.lemma_of(tok) != "say" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    head = tok.head
    for _ in range(2):
        if head.lemma_ == "be" and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children):
            return True
        if head.head.i == head.i:
            break
        head = head.head
    return False


def _all_told(ctx: Ctx, tok) -> bool:
    """``All told, up to 5 million people could be eligible``: "all told" is "in all", a
    sum the writer makes; nobody told anything."""
    doc = ctx.doc
    return tok.lower_ == "told" and tok.i > 0 and doc[tok.i - 1].lower_ == "all" and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ","


def _continuing_to_do(tok) -> bool:
    """``as Mr. Kerry continues to pursue diplomacy, the situation is growing murkier``,
    ``as Centerview continues gaining momentum``: "continue" with what goes on (an
    infinitive, a gerund or an object) is aspect, not "continued" as a verb of saying
    ("“Yes,” Issa continued"); the parse reads the "as" clause as a tag on the sentence."""
    return cues.lemma_of(tok) == "continue" and any(
        c.dep_ in ("xcomp", "dobj") or c.dep_ == "ccomp" and c.tag_ == "VBG" and c.i == tok.i + 1 for c in tok.children
    )


def _label_before_a_colon(ctx: Ctx, tok) -> bool:
    """``Revealed: What ISIS Propaganda Videos Actually Contain …``, ``Confirmed: …``: a
    participle alone before a colon at the head of a line is a headline's label; the
    headline that follows is the writer's, and nobody revealed it in those words."""
    doc = ctx.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ":":
        return False
    k = tok.i - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    return k < 0 or "\n" in doc[k].whitespace_ + doc[k + 1].text or doc[k].text in (".", "!", "?") and "\n" in ctx.text[doc[k].idx : tok.idx]


#: conjunctions that open a clause of the time or circumstance of an act, never what was
#: said ("said before he died", "said as the crowd booed"); not "when", "if" or "whether",
#: which also open an indirect question ("would not say when he would leave")
_CIRCUMSTANCE_MARKS = frozenset({"before", "after", "until", "till", "as", "while", "once", "whereas", "although", "though"})


def _circumstance_of_the_saying(tok, comp) -> bool:
    """``“I can't breathe,” as Eric Garner said before he died``, ``“His legend will live
    on,” Spencer said, as a few young fighters worked out inside the gym``: a clause opened
    by "before", "after", "as", "while" … that the parse hangs on the cue as its complement
    tells when or how the words were said, not what. The words are elsewhere (the quote
    before the tag) or nowhere. Only when the clause is the whole complement, right
    after the cue or its comma: "said that while prices rose, wages fell" reports the
    main clause, which the "while" clause only opens."""
    first = comp.left_edge
    if first.i <= tok.i or first.lower_ not in _CIRCUMSTANCE_MARKS or first.dep_ != "mark" or first.head.i != comp.i:
        return False
    between = [t for t in tok.doc[tok.i + 1 : first.i] if not t.is_punct]
    return all(t.head.i == tok.i and t.dep_ not in ("mark",) for t in between)


def _predicate_without_subject(tok, comp) -> bool:
    """``Everything Trump says is a lie unless proven otherwise``: when the report is a
    relative clause on the subject ("everything [that] Trump says"), the parse may read
    the sentence's own predicate as the cue's complement. A finite clause after a verb of
    saying always has a subject ("says it is a lie"); one with none is the predicate of
    the noun the cue's clause describes, asserted by the writer, not the speaker. Only
    where the parse made the cue the sentence's main verb, or the clause of a noun it left
    with no verb ("Everything the mayor says" as the root): inside a relative clause
    ("what they say was her mishandling of secrets") the predicate is the report's. Not a
    clause whose subject the parse left out of the clause (an "expl" or a subject hung
    elsewhere) nor an imperative or elliptical one ("said to wait", a modal alone)."""
    main = tok.dep_ == "ROOT" or tok.dep_ == "relcl" and tok.head.dep_ == "ROOT" and tok.head.pos_ in ("NOUN", "PRON")
    if not main or comp.i <= tok.i or comp.tag_ not in ("VBZ", "VBD", "VBP") or comp.lemma_ != "be":
        return False  # "which she said was a mistake", "a probe the agency said was ongoing": the relative clause's own predicate
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for c in comp.children):
        return False
    return comp.left_edge.i == comp.i and comp.i == tok.i + 1


_PERSONAL_OBJECTS = frozenset({"him", "her", "them", "it", "us", "me"})
#: prepositions of a movement ("backed the truck up the ramp", "into the garage")
_MOTION = frozenset({"up", "down", "into", "out", "onto", "away", "toward", "towards"})


def _stance_on_a_preposition(tok) -> bool:
    """``Unions campaigned against the deal``, ``voters who care about trade``, ``the
    senator apologized for his remarks``: a verb of stance whose every frame in the
    lexicon is a preposition holds only that preposition's object. It takes no clause, so
    a clause the parse hangs on it, or one it follows as "…, as she campaigns across the
    state", is the writer's narrative and never its content (PolNeAR train: such
    readings matched no annotated unit)."""
    if cues.cue_class(tok) != cues.STANCE:
        return False
    preps = cues.verb_prepositions(tok)
    return bool(preps) and not cues.verb_object(tok) and not cues.takes_infinitive(tok) and not cues.names_a_label(tok) and not cues.utters_words(tok)


@lru_cache(maxsize=1)
def _act_senses() -> frozenset[tuple[str, str, str]]:
    return frozenset((r[0].lower(), r[1].lower(), r[2].lower()) for r in load_table("stance_act_senses.tsv", columns=3))


def _stance_verb_as_act(tok, holder) -> bool:
    """``Rebels attacked the village at dawn``, ``The champion defended her title``, ``The
    company dismissed 200 workers``, ``A judge dismissed the lawsuit``: attack, defend and
    dismiss take a stance on a plan, a record or a person ("attacked the tax plan",
    "defended his record", "dismissed the poll"), but with an armed holder, a place or
    force attacked, a title defended, or workers or a case dismissed they are acts, and
    so is comparing done by researchers or a study ("Researchers compared those who
    walked with those who did not": a method) (``stance_act_senses.tsv``)."""
    lemma = cues.lemma_of(tok)
    senses = _act_senses()
    if holder is not None and {(lemma, holder.lemma_.lower(), "holder"), (lemma, holder.lower_, "holder")} & senses:
        return True
    obj = next((c for c in tok.rights if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if lemma == "attack" and obj.ent_type_ in ("GPE", "LOC", "FAC") and holder is not None and holder.ent_type_ in ("GPE", "NORP"):
        return True  # "Russia attacked Ukraine": one country or people on another's soil
    return bool({(lemma, obj.lemma_.lower(), "object"), (lemma, obj.lower_, "object")} & senses)


def _handles_a_claim(tok, cls) -> bool:
    """``Officials dismissed the suggestion that the vote was rigged``, ``Civil liberties
    groups dispute the sheriff's claim that …``: a verb of stance (or of speech, when
    the claim's owner is named) that handles a claim (``claim_handling_verbs.txt``) whose object is a noun cue with its
    that-clause leaves the attribution to the noun, which reports the clause as someone
    else's claim; the stance on the noun would swallow it."""
    if cls not in (cues.STANCE, cues.SPEECH) or cues.lemma_of(tok) not in _claim_handling_verbs():
        return False
    obj = next((c for c in tok.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in cues.noun_cues():
        return False
    if cls == cues.SPEECH and not any(c.dep_ == "poss" for c in obj.children):
        # "rejected the suggestion that …": a claim nobody is named for stays the object
        # of what the speaker said; "disputed the sheriff's claim that …" names whose
        # claim the clause is, and the noun attributes it to them
        return False
    return any(c.dep_ in ("acl", "relcl", "ccomp") and c.left_edge.lower_ == "that" for c in obj.rights)


def _offered_by_a_thing(tok, holder) -> bool:
    """``Rubio offered a plan to cut taxes``, ``the campaign offered no details``: a person
    or body offering something puts it forward. A place or thing that "offers" something
    ("Mississippi offers 6 delegates", "Those numbers offer a glimpse", "The job offers a
    platform") has it to give and holds no view of it."""
    if cues.lemma_of(tok) != "offer":
        return False
    if holder is None or holder.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    return not (holder.ent_type_ in ("PERSON", "ORG", "NORP") or holder.pos_ == "PRON" and holder.lower_ not in ("it", "that", "which", "this") or is_person_like(holder) or _could_speak(holder) and holder.pos_ != "PROPN")


def _offers_a_noun_cue(tok, cls) -> bool:
    """``Trump offered an emotional defense of the city``, ``the mayor offered a plan to
    fix the roads``: a verb of stance that delivers a noun cue (``cue_noun_verbs.txt``)
    whose content follows the noun is that noun's holder verb, as "voiced concern that …"
    is; the noun reports what it defends or supports, and the verb adds nothing. A verb
    of voicing of another class does the same with a noun whose content is its
    preposition's object ("Officials expressed deep concern about the policy", "critics
    voiced misgivings about the plan": the content is "the policy", as PolNeAR marks it,
    not "deep concern about the policy"); with a possessor ("expressed their support for
    Trump", "announced his endorsement of Cruz") PolNeAR marks the whole noun phrase as
    the verb's content, so the verb keeps it (train, round 25: 3 units gained, 2 lost that
    only a wrong reading had matched)."""
    if cues.lemma_of(tok) not in cues.noun_holder_verbs():
        return False
    obj = next((c for c in tok.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in cues.noun_cues():
        return False
    if cls != cues.STANCE:
        frames = cues.noun_cues()[obj.lemma_.lower()]
        if any(c.dep_ == "poss" for c in obj.children):
            return False
        return any(c.dep_ == "prep" and c.lower_ in frames for c in obj.rights)
    return any(c.dep_ in ("prep", "acl", "ccomp") or c.dep_ == "relcl" and c.left_edge.lower_ == "that" for c in obj.rights)


def _laid_without_out(tok) -> bool:
    """``Sanders laid out a political reform agenda``, ``Trump laid out his vision for
    America``: "lay" states a position only with its particle "out". Without it the verb
    is an act or an idiom ("laid the groundwork for", "lays bare the divisions", "lay
    odds on the caucuses"). PolNeAR train: with "out" 12 of 15 new units annotated,
    without it 3 of 9."""
    return cues.lemma_of(tok) == "lay" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)


def _bracketed_clause(ctx: Ctx, clause) -> bool:
    """``The chief said the officer was not wearing a camera (he had left it in the
    car).``: a second clause the parse hangs on the cue, wrapped whole in brackets, is
    the writer's aside on the report, not more of what was said."""
    doc = ctx.doc
    lo, hi = clause.left_edge.i, clause.right_edge.i
    return doc[lo].text == "(" and doc[hi].text == ")"  # (a quoted clause never gets here)


def _moves_something(tok) -> bool:
    """``backed the van into the garage``, ``backed up traffic``: a backing verb with a
    particle or preposition of movement reports no stance."""
    return cues.lemma_of(tok) in load_set("backing_verbs.txt") and any(c.dep_ in ("prt", "prep") and c.lower_ in _MOTION for c in tok.children)


def _backs_someone(ctx: Ctx, tok, runs, cls) -> bool:
    """``Both of his senators strongly supported him``, ``David Duke enthusiastically
    endorses Trump``: a stance for or against someone, whose content is the one name or
    pronoun the verb takes as its object."""
    if len(runs) != 1 or not (cls == cues.STANCE and cues.lemma_of(tok) in load_set("backing_verbs.txt") | _SIDING or _judges_someone(tok, cls)):
        return False
    if _moves_something(tok) or tok.tag_ == "VBG" and not _adds_to_its_clause(tok):
        return False  # "backed it up the ramp"; "clips of her supporting it" show an act
    a, b = runs[0]
    words = [t for t in ctx.doc[a:b] if not t.is_punct and not t.is_space]
    if len(words) != 1 or ctx.outer[words[0].i] >= 0:
        return False
    w = words[0]
    if not (w.pos_ == "PROPN" or w.lower_ in _PERSONAL_OBJECTS):
        return False
    return w.dep_ in ("dobj", "nsubjpass") and w.head.i == tok.i or _sides_with_someone(tok, w)


#: stance verbs whose "with" names the one whose side is taken ("agreed with him")
_SIDING = frozenset({"agree", "side"})


def _sides_with_someone(tok, w) -> bool:
    """``Anderson largely agreed with McLenny``, ``The judge sided with Trump``: agreeing
    or siding with someone is a stance for them, whose content is the one name or
    pronoun after "with", as a backing verb's object is."""
    if w.pos_ != "PROPN" and w.lower_ not in _PERSONS_SHOWN:
        return False  # "agreed with it": the thing agreed with is no side taken
    return cues.lemma_of(tok) in _SIDING and w.dep_ == "pobj" and w.head.lower_ == "with" and w.head.head.i == tok.i


def _adds_to_its_clause(tok) -> bool:
    """``Black voters were a vital part of her coalition, supporting her by 67 points``: a
    participle joined to its clause's verb states its subject's stance; a gerund that
    names an act ("clips of her supporting it") does not, nor does a progressive, which
    is as often material help ("Russia, which is supporting Assad") as a view."""
    return tok.dep_ in ("advcl", "conj") and not any(c.dep_ == "aux" for c in tok.children)


def _judges_someone(tok, cls) -> bool:
    """``Cameron criticised Trump in parliament``, ``the mayor thanked them``: praising or
    criticising a person aloud (``judging_verbs.txt``) attributes a judgement of that
    person, as backing someone attributes a stance; the one name or pronoun the verb takes
    as its object is the content, like the name a backing verb takes."""
    return cls == cues.SPEECH and cues.lemma_of(tok) in cues.judging_verbs()


def _two_word_clause(comp, runs, cls) -> bool:
    """``The mayor said taxes rose``, ``Police said she fled``: a reported clause of just a
    subject and a finite verb is a whole report ("prices fell", "he resigned"), not a
    fragment like "he said so". The complement must be exactly that clause, whole: a
    content verb (not "do", "be", "have", which stand for a verb left out: "they do") in
    the past or present tense, with its own subject and nothing else, said or written
    (a belief's "she knew I knew" is not news reported)."""
    if cls not in (cues.SPEECH, cues.DOCUMENT) or comp is None or comp.pos_ != "VERB" or comp.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    if comp.lemma_ in ("do", "be", "have") or len(runs) != 1 or not (runs[0][0] <= comp.left_edge.i and comp.right_edge.i < runs[0][1]):
        return False
    kids = [c for c in comp.children if not c.is_punct]
    return len(kids) == 1 and kids[0].dep_ in ("nsubj", "nsubjpass") and kids[0].i < comp.i and kids[0].pos_ in ("NOUN", "PROPN", "PRON")


def _answer_to_question_put(tok, comp) -> bool:
    """``Asked whether voters trust her, the senator said they do``, ``The coach, asked
    whether he would stay, said he would``: after the question put to the speaker in the
    same sentence, an answer of a subject and an auxiliary (or "do") stands for the
    question's verb. It is the speaker's whole report, however short; dropped as a
    fragment, it would leave the question, whose asker is not named, as the sentence's
    only quote and the one answering as nobody's source. (A longer answer, "he would
    not", is long enough as it is.)"""
    if comp is None or (comp.lemma_ not in ("do", "be", "have") and comp.tag_ != "MD"):
        return False
    kids = [c for c in comp.children if not c.is_punct]
    if len(kids) != 1 or kids[0].dep_ != "nsubj":
        return False
    # the question fronted ("Asked whether …, the senator said") or set off after the
    # speaker ("The coach, asked whether …, said"): the parse hangs both on the cue
    if any(asked.participle(c) or asked.set_off(c) is not None for c in tok.children):
        return True
    # or the answer hung on the question ("asked" read as the main verb)
    return asked.asked_above(tok) is not None


def _end_of_relative_clause(ctx: Ctx, tok, comp, runs) -> list[tuple[int, int]]:
    """``The bill, which Sen. Sherrod Brown said would cost $2 billion, passed``: a report
    inside a relative clause set off by commas ends with that clause. The parse often
    hangs the main clause's verb ("passed"), which has no subject of its own, on the
    reported verb after the closing comma; it is the writer's sentence going on, not more
    of what the senator said."""
    doc = ctx.doc
    if tok.dep_ != "relcl" or doc[tok.left_edge.i - 1].text != ",":
        return runs
    for c in comp.rights:
        k = c.left_edge.i - 1
        if (
            c.dep_ in ("advcl", "conj") and c.pos_ == "VERB" and doc[k].text == "," and ctx.outer[k] < 0
            and not any(g.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for g in c.children)
        ):
            return [(a, min(b, k)) for a, b in runs if a < k]
    return runs


def _judged_small_clause(comp, cls) -> bool:
    """``Just 30 percent of voters consider Clinton honest``, ``Ramos considers himself an
    immigrant``: a verb of thought or stance whose complement is a clause with no verb (a
    subject and what is judged of it, which the parse gives as a clause headed by the
    adjective or noun) reports a view as much as "consider that she is honest" does."""
    if comp is None or cls not in (cues.THOUGHT, cues.STANCE) or comp.pos_ not in ("ADJ", "NOUN", "PROPN"):
        return False
    return any(c.dep_ == "nsubj" and c.i < comp.i for c in comp.children)


def _mid_tag(ctx: Ctx, tok, speaker_tok, comp, other) -> bool:
    """``Prices will rise, the company said, when the new plant opens``: a tag set off by
    commas between two complements of its cue splits one report in two fragments; the
    clause after it (a subordinate clause the parser hung on the cue) is not a report of
    its own."""
    if speaker_tok is None or (comp.i < tok.i) == (other.i < tok.i):
        return False
    doc = ctx.doc
    before, after = (comp, other) if comp.i < tok.i else (other, comp)
    lo = min(speaker_tok.left_edge.i, tok.i)
    hi = max(speaker_tok.right_edge.i, tok.i)
    if lo < 1 or hi + 1 >= len(doc) or doc[lo - 1].text != "," or doc[hi + 1].text != ",":
        return False
    if before.right_edge.i >= lo or after.left_edge.i != hi + 2:
        return False
    return after.left_edge.lower_ in edges.SUBORDINATE_OPENERS and not any(c.dep_ == "mark" and c.lower_ == "that" for c in after.children)


def _inverted_mid_tag(ctx: Ctx, tok, comp):
    """``The tax, said Rep. Jim Jordan (R-Ohio), would hurt families``: an inverted tag
    ("said NAME") set off by commas inside the report. The parse makes the report's
    subject, before the first comma, the cue's subject, and the name after the cue a
    second subject (of the cue or of the reported verb). The name after the cue is the
    speaker; the subject before the comma is the report's first fragment. Returns
    (speaker, fronted subject) or None."""
    doc = ctx.doc
    if tok.i < 2 or doc[tok.i - 1].text != "," or (comp.i < tok.i if comp is not None else tok.dep_ != "parataxis"):
        return None
    fronted = next((c for c in tok.lefts if c.dep_ in ("nsubj", "nsubjpass") and c.right_edge.i in (tok.i - 2, tok.i - 1)), None)
    if fronted is None or ctx.outer[fronted.i] >= 0 or _described_as_a_speaker(fronted):
        return None
    named = next(
        (c for c in (*tok.rights, *(comp.lefts if comp is not None else ())) if c.dep_ == "nsubj" and c.left_edge.i == tok.i + 1 and _names_a_speaker(c)),
        None,
    )
    end = named.right_edge.i if named is not None else -1
    if named is None or not (doc[end].text == "," or end + 1 < len(doc) and doc[end + 1].text == ","):
        return None
    # with no complement the parse hung the tag on the reported verb: the content is that
    # verb's clause, the fronted subject included
    return named, fronted if comp is not None else None


def _described_as_a_speaker(subject) -> bool:
    """``One of the officials, who spoke on condition of anonymity because …, said the
    contractor, Corvid Aerospace, had missed …``: a subject given a relative clause about
    who they are ("who spoke …", "who has lived here for 31 years") is a person being
    introduced as the speaker, not the subject of a report with an inverted tag ("The
    tax, said Rep. Jordan, would hurt families"). So is a name given an age (``Owen, 16,
    a junior at Kettle Valley North, said the officer at his school had …``), the way
    news introduces a speaker."""
    doc = subject.doc
    k = subject.i
    if subject.pos_ == "PROPN" and k + 3 < len(doc) and doc[k + 1].text == "," and doc[k + 2].like_num and doc[k + 3].text == ",":
        return True
    for noun in (subject, *(c for c in subject.children if c.dep_ == "prep" for c in c.children if c.dep_ == "pobj")):
        if any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children) for c in noun.children):
            return True
    return False


def _names_a_speaker(noun) -> bool:
    """The subject after an inverted cue is a speaker when it is a name or a noun for a
    person or body ("said Rep. Jordan", "said the congressman", "said the ministry"); a
    thing after the cue ("said the report") is one too, but a pronoun is not inverted
    in English ("said he" is archaic and the parse of it is unreliable)."""
    return noun.pos_ == "PROPN" or noun.pos_ == "NOUN" and _could_speak(noun)


def _two_subjects_split_by_a_comma(ctx: Ctx, tok):
    """The two subjects the parse gives a tag set off by commas inside a report ("The
    bridge, engineers warned, could collapse"): (the report's, before the comma; the
    speaker's, right after it), or None."""
    subjects = [c for c in tok.lefts if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) == 1 and (speaker := _speaker_as_object_of_as(tok, subjects[0])) is not None:
        subjects.append(speaker)  # "Hawaii, as one of the advisers pointed out, …": "as" read as a preposition
    if len(subjects) != 2:
        return None
    fronted, speaker = subjects
    comma = fronted.right_edge.i + 1
    if ctx.doc[comma].text != "," or ctx.outer[fronted.i] >= 0:
        return None
    if speaker.left_edge.i != comma + 1 and not _as_opening_the_tag(ctx, tok, comma, speaker):
        return None
    return fronted, speaker


def _speaker_as_object_of_as(tok, subject):
    """The speaker of an "as" tag that the parse reads as the object of "as", a
    preposition on the cue ("Hawaii, as one of Mr. Obama's advisers pointed out, …"): the
    object of an "as" right before the cue, after its one subject."""
    for c in tok.lefts:
        if c.dep_ == "prep" and c.lower_ == "as" and c.i > subject.i:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.right_edge.i == tok.i - 1:
                return obj
    return None


def _as_opening_the_tag(ctx: Ctx, tok, comma: int, speaker) -> bool:
    """``The economy, as one of the mayor's advisers pointed out, has grown faster``: a
    tag opened by "as" that the parse reads as a cue with two subjects, "as" hung on the
    cue as a preposition. The "as" between the comma and the speaker is the tag's own
    word, so the tag is set off by commas as "engineers warned" is."""
    doc = ctx.doc
    opener = doc[comma + 1]
    return opener.lower_ == "as" and opener.head.i == tok.i and opener.dep_ in ("prep", "mark") and speaker.left_edge.i == comma + 2


def _mid_tag_with_two_subjects(ctx: Ctx, tok, comp):
    """``The bridge, engineers warned last week, could collapse``: a tag set off by commas
    inside the report, which the parse reads as a cue with two subjects, the report's
    ("The bridge") and the speaker's ("engineers"). The one inside the commas is the
    speaker; the one before them is the report's first fragment. Returns (speaker,
    fronted subject) or None."""
    if comp is None or comp.i < tok.i:
        return None
    doc = ctx.doc
    pair = _two_subjects_split_by_a_comma(ctx, tok)
    if pair is None:
        return None
    fronted, speaker = pair
    # the tag closes with a comma right before the report goes on
    if comp.left_edge.i < 2 or doc[comp.left_edge.i - 1].text != ",":
        return None
    return speaker, fronted


def _report_read_as_a_long_subject(ctx: Ctx, tok):
    """``A former pharmacy technician charged with killing her employer in a 2024 arson
    fire lied to investigators about where she was that night, a prosecutor told jurors``:
    before a closing tag, a long subject with a participle in it leads the small parser
    to read the report's own verb ("lied") as one more modifier of the subject's nouns,
    and the whole report as a second subject of the cue. A fronted subject set off by a
    comma, right before the speaker, that holds a verb with no subject of its own (a
    cue cannot have two subjects) is the report; its words are the content."""
    pair = _two_subjects_split_by_a_comma(ctx, tok)
    if pair is None or any(c.dep_ == "ccomp" for c in tok.children):
        return None
    fronted, speaker = pair
    if not fronted.i < speaker.i < tok.i:
        return None
    for t in fronted.subtree:
        if t.dep_ in ("acl", "relcl") and t.tag_ in ("VBD", "VBN", "VBZ", "VBP") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return fronted
    return None


def _report_read_as_a_subject_after_the_cue(ctx: Ctx, tok):
    """``Silverleaf said the Sentinel's figures “cherry-pick a period of disruption” and
    that its homes “meet every requirement”``: a quoted verb the small parser tags as a
    noun leaves the report with no verb of its own, and the parse makes its subject a
    second subject of the cue, after it. A cue whose speaker comes right before it and
    which has a second subject after it, holding a verb and running to the sentence's
    end, has that subject's words as its content. (An inverted tag, "said Rep. Jordan",
    holds no verb.)"""
    left = [c for c in tok.lefts if c.dep_ == "nsubj"]
    right = [c for c in tok.rights if c.dep_ == "nsubj"]
    if len(left) != 1 or len(right) != 1 or left[0].right_edge.i != tok.i - 1 or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in tok.children):
        return None
    subj = right[0]
    if subj.left_edge.i != tok.i + 1 or not any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("acl", "relcl", "conj") for t in subj.subtree):
        return None
    doc = ctx.doc
    if not all(doc[k].is_punct or doc[k].is_space for k in range(subj.right_edge.i + 1, min(len(doc), tok.right_edge.i + 1))):
        return None
    return subj


def _report_read_as_a_relative_clause_of_the_one_told(tok):
    """``She told the council she had lived in Santa Rosa through the 2017 fires``: with
    no "that", the small parser may read the report as a relative clause of the one
    told ("the council [that] she had lived in …"). After a verb of telling, a clause
    right after the addressee, with its own personal-pronoun or name subject and no
    relative word, is what was told."""
    if cues.lemma_of(tok) not in _TELLING:
        return None
    obj = next((c for c in tok.rights if c.dep_ in ("dobj", "dative")), None)
    if obj is None:
        return None
    for r in obj.rights:
        if r.dep_ != "relcl" or r.left_edge.i != obj.i + 1 or r.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in r.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.i != r.left_edge.i or subj.lower_ in _RELATIVE_SUBJECTS or subj.tag_ not in ("PRP", "NNP"):
            return None
        if not any(c.dep_ in ("dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "prep", "auxpass") for c in r.children):
            return None  # "the man she loved": the relative clause's gap is its object
        return r
    return None


def _report_left_unlabelled_after_a_mid_tag(ctx: Ctx, tok):
    """``Hawaii, as one adviser pointed out, rarely gets hurricanes``: with a tag set off
    by commas and two subjects on the cue (:func:`_two_subjects_split_by_a_comma`), the
    parse may hang the report's verb on the cue with no label at all ("dep"). A verb so
    hung right after the tag's closing comma is the report's verb; the subject before
    the tag is its first fragment (:func:`_mid_tag_with_two_subjects`). The parse may
    also call it an adverbial clause of the cue ("Hawaii, as one of the advisers pointed
    out, normally does not get …"): a finite one with no subject or subordinator of its
    own is the report too."""
    if _two_subjects_split_by_a_comma(ctx, tok) is None:
        return None
    doc = ctx.doc
    for c in tok.rights:
        if c.dep_ not in ("dep", "advcl") or c.pos_ not in ("VERB", "AUX") or ctx.sent_id[c.i] != ctx.sent_id[tok.i]:
            continue
        if c.dep_ == "advcl" and (c.tag_ in ("VBG", "VBN") or any(g.dep_ in ("mark", "nsubj", "nsubjpass") for g in c.children)):
            continue  # "…, saying …", "…, because it …": an adverbial clause of the tag's own
        if c.left_edge.i >= 2 and doc[c.left_edge.i - 1].text == ",":
            return c
    return None


def _speaker_inside_tag_commas(ctx: Ctx, tok):
    """``Voters, Clinton suggested, don't have to worry …``; ``The source of the
    attraction, union members say, is manifold``: a tag set off by commas inside the
    report, which the parse hangs on the reported verb (no complement of its own) with
    two subjects, the report's before the first comma and the speaker between the commas.
    The speaker is the one inside the commas; the one before them stays with the report
    (_fronted_before_mid_tag). Returns the speaker or None."""
    if tok.dep_ != "parataxis" or tok.head.i < tok.i:
        return None
    doc = ctx.doc
    pair = _two_subjects_split_by_a_comma(ctx, tok)
    if pair is None:
        return None
    speaker = pair[1]
    after = tok.right_edge.i + 1
    if after >= len(doc) or doc[after].text != "," and doc[tok.right_edge.i].text != ",":
        return None
    return speaker


def _fronted_condition(ctx: Ctx, tok, speaker_tok, comp, exclude) -> list[tuple[int, int]]:
    """``If the levy fails, the superintendent said, the district will close two
    schools``: a tag set off by commas between a fronted adverbial clause and the
    reported clause; the parser hangs the fronted clause on the cue, but it is the first
    fragment of the report (the condition of what was said, not when it was said)."""
    if speaker_tok is None or comp.i < tok.i or speaker_tok.i > tok.i:
        return []
    doc = ctx.doc
    lo, hi = speaker_tok.left_edge.i, tok.i
    if lo < 1 or hi + 1 >= len(doc) or doc[lo - 1].text != "," or doc[hi + 1].text != "," or comp.left_edge.i != hi + 2:
        return []
    if any(ctx.outer[k] >= 0 for k in range(comp.left_edge.i, comp.right_edge.i + 1)):
        return []  # "…, Mr. Barrett said, “we were floored”": the quote stands alone
    for c in tok.lefts:
        if c.dep_ == "advcl" and c.right_edge.i == lo - 2 and c.left_edge.lower_ in edges.SUBORDINATE_OPENERS and ctx.outer[c.i] < 0:
            if any(cues.cue_class(t) is not None for t in c.subtree):
                return []  # "So when Patriot signaled that …, Mr. Barrett said, …": an attribution of its own
            return _content_runs(ctx, c, exclude, tok.i)
    return []


_PRESENT = frozenset({"VBZ", "VBP"})
#: openers of a fronted clause that can state when a general rule of the source's holds
_RULE_OPENERS = frozenset({"when", "whenever", "if", "unless", "once"})


def _finite_present(verb) -> bool:
    """Is ``verb``'s clause in the present ("is looking", "ensures", "can win")?"""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    tags = {c.tag_ for c in aux} | {verb.tag_}
    return bool(tags & _PRESENT) or any(c.tag_ == "MD" and c.lower_ in ("can", "will", "must", "may", "should") for c in aux)


def _fronted_clause_of_a_general_rule(ctx: Ctx, tok, speaker_tok, comp, exclude) -> list[tuple[int, int]]:
    """``When she is looking to fill a position at the department, she said she ensures
    women are in the pool``: a "when" or "if" clause in the present opening the sentence,
    before the speaker and the cue, with a reported clause in the present after the cue,
    states when the source's general rule holds; the parser hangs it on the cue, but it
    is the first fragment of the report (PolNeAR marks it so). A clause in the past
    ("When asked about the plan, she said …", "When the vote ended, he said …") tells
    when it was said, and stays the writer's."""
    if speaker_tok is None or comp.i < tok.i or speaker_tok.i > tok.i or not _finite_present(comp):
        return []
    doc = ctx.doc
    comma = speaker_tok.left_edge.i - 1
    if comma < 1 or doc[comma].text != "," or ctx.outer[comma] >= 0:
        return []
    for c in tok.lefts:
        if c.dep_ != "advcl" or c.right_edge.i != comma - 1 or c.left_edge.i != _sentence_start(ctx, tok.i):
            continue
        opener = c.left_edge
        if opener.lower_ not in _RULE_OPENERS or opener.dep_ not in ("mark", "advmod") or not _finite_present(c):
            continue
        if any(ctx.outer[t.i] >= 0 or cues.cue_class(t) is not None for t in c.subtree):
            continue
        return _content_runs(ctx, c, exclude, tok.i)
    return []


def _fronted_adverbial_after_cue(ctx: Ctx, tok, comp) -> list[tuple[int, int]]:
    """``Rubio says win or lose in Tuesday's primary, he's staying in the race``,
    ``McConnell says no matter what action Obama takes, his word does not trump the
    Second Amendment``: an adverbial fronted in the reported clause, between the cue and
    the comma before the clause's subject, which the parse hangs on the cue, is the
    first words of what was said. Only a phrase with a verb of its own (a when, where
    or to-whom of the saying has none: "said on Tuesday,", "told reporters,") and not
    one opening with a word that narrates ("said when asked, …") or with the cue's own
    infinitive ("decided to trade for them despite concerns, …, that …")."""
    doc = ctx.doc
    if comp.i > tok.i and comp.left_edge.i == tok.i + 3 and doc[tok.i + 1].lower_ == "no" and doc[tok.i + 2].lower_ == "matter":
        return [(tok.i + 1, tok.i + 3)]  # "says no matter what happens, …": the parse leaves "no matter" on the cue
    comma = comp.left_edge.i if doc[comp.left_edge.i].text == "," else comp.left_edge.i - 1
    if comp.i < tok.i or comma <= tok.i + 1 or doc[comma].text != "," or ctx.outer[comma] >= 0:
        return []
    seg = list(range(tok.i + 1, comma))
    if len(seg) < 2 or any(ctx.outer[j] >= 0 or doc[j].is_space or not tok.is_ancestor(doc[j]) for j in seg):
        return []
    first = doc[seg[0]]
    if first.pos_ == "ADP" or first.tag_ == "TO" or first.lower_ in _NARRATIVE_OPENERS or first.lower_ in ("when", "as", "that"):
        return []
    if any(cues.cue_class(doc[j]) is not None or doc[j].dep_ == "dative" for j in seg):
        return []
    if not any(doc[j].pos_ == "VERB" for j in seg) and first.lower_ not in ("no", "regardless"):
        return []
    return [(seg[0], seg[-1] + 1)]


def _fronted_before_mid_tag(ctx: Ctx, tok, speaker_tok, runs) -> list[tuple[int, int]]:
    """``That's why, he argued, the party should be prepared``; ``These employees, Stumpf
    explained at the hearing, were well paid``: a tag set off by commas inside a sentence
    splits one report, and the words before it are its first fragment, whatever the parse
    made of them (it often hangs them on the cue, or makes the tag the main clause). Not
    when those words are an attribution of their own, hold quotation marks, or are a lone
    connective ("Yet, as Mr. Bown observed, …")."""
    if speaker_tok is None or not runs:
        return []
    doc = ctx.doc
    sid = ctx.sent_id[tok.i]
    lo = min(speaker_tok.left_edge.i, tok.i)
    if lo > 0 and doc[lo - 1].lower_ == "as" and doc[lo - 1].head.i == tok.i:
        lo -= 1  # "as one adviser pointed out" opens with its "as"
    if lo < 2 or doc[lo - 1].text != "," or ctx.sent_id[lo - 1] != sid:
        return []
    # the tag runs from its speaker to the next comma, through the cue's own modifiers
    hi = max(speaker_tok.right_edge.i, tok.i) + 1
    while hi < len(doc) and doc[hi].text != "," and ctx.sent_id[hi] == sid and ctx.outer[hi] < 0 and tok in doc[hi].ancestors:
        hi += 1
    if hi >= len(doc) or doc[hi].text != "," or runs[0][0] <= hi or ctx.outer[runs[0][0]] >= 0:
        return []  # "On Israel, Trump added, “…”": a quote after the tag stands alone
    start = first = _sentence_start(ctx, tok.i)
    while start < lo - 1 and (doc[start].dep_ == "cc" or doc[start].is_punct or doc[start].is_space):
        start += 1
    if first < start and doc[start - 1].dep_ == "cc" and (start == lo - 1 or _discourse_word(ctx, start, lo - 1) and doc[start].lower_ not in _WRITERS_LINKS):
        start -= 1  # "But, he added, …", "And so, he said, …": the conjunction opens the first fragment (_speakers_connective)
    before = doc[start : lo - 1]
    if not len(before) or any(ctx.outer[t.i] >= 0 or t.text in (":", ";") or cues.cue_class(t) in cues.ATTRIBUTING for t in before):
        return []
    if _discourse_word(ctx, start, lo - 1) and not _speakers_connective(ctx, start, lo - 1) or any(a < lo - 1 and b > start for a, b in runs):
        return []
    return [(start, lo - 1)]


def _from_the_reports_subject(ctx: Ctx, head, runs: list[tuple[int, int]], tag_lo: int) -> list[tuple[int, int]]:
    """``Sharing a 1,100-mile border, the two nations, Xi said, now have …``; ``He had a
    rally that night - and the permit, his campaign said, had been hard to get``: when
    the tag hangs on the reported verb, the parse gives that verb everything before the
    tag, but the report opens at its own subject; what comes before it after a comma or
    a dash (a fronted participle or adverbial clause, the writer's clause before "- and")
    is the writer's framing, and PolNeAR's annotators start the first fragment at the
    subject. Only a subject that ends right before the tag."""
    doc = ctx.doc
    subject = next((c for c in head.lefts if c.dep_ in ("nsubj", "nsubjpass") and c.right_edge.i < tag_lo), None)
    if subject is None and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in head.children):
        # the parse lost the report's subject to the phrase before it ("border, the two
        # nations" as an apposition, "- and the permit" as a conjunct): the noun phrase
        # that ends right at the tag's comma is the subject
        comma = tag_lo if doc[tag_lo].text == "," else tag_lo - 1
        subject = next((doc[j] for j in range(_sentence_start(ctx, head.i), comma) if doc[j].dep_ in ("appos", "conj")
                        and doc[j].pos_ in ("NOUN", "PROPN", "PRON") and doc[j].right_edge.i == comma - 1), None)
    if subject is None or ctx.outer[subject.i] >= 0:
        return runs
    k = subject.left_edge.i
    if k < 2 or doc[tag_lo if doc[tag_lo].text == "," else tag_lo - 1].text != "," or subject.right_edge.i + 1 < tag_lo - 1:
        return runs
    prev = doc[k - 1]
    if not (prev.text in (",", "-", "—", "–", "--", ";") or prev.dep_ == "cc" and doc[k - 2].text in (",", "-", "—", "–", "--", ";")):
        return runs
    if any(ctx.outer[j] >= 0 for j in range(_sentence_start(ctx, k), k)):
        return runs
    return [(max(a, k), b) for a, b in runs if b > k or a > subject.right_edge.i]


def _speakers_connective(ctx: Ctx, a: int, b: int) -> bool:
    """``Instead, she said, her boss had booked a room``; ``But, he added, it is not the
    way to win``: a lone adverb or conjunction before a tag set off by commas inside the
    sentence opens what the speaker said (the tag interrupts the speaker's sentence, and
    PolNeAR's annotators mark the word as the report's first fragment: 24 of 32 such
    words in train). Not after "as" ("Yet, as Mr. Bown observed, …": the writer's
    comparison), nor an interjection ("Yes, we know, …"), nor the writer's links between
    sentences ("however", "still", "meanwhile", a lone "and": "And, Kasich tells the
    crowd, he's been known to be tough"), which the annotators leave out."""
    doc = ctx.doc
    words = [t for t in doc[a:b] if not t.is_punct and not t.is_space]
    return bool(words) and words[0].pos_ != "INTJ" and (len(words) > 1 or words[0].lower_ not in _WRITERS_LINKS) and doc[b + 1].lower_ != "as"


#: connectives that link the writer's sentences even before a tag inside the sentence
#: (PolNeAR train: "Still, …", "However, …", "In contrast, …" left out of the report)
_WRITERS_LINKS = frozenset({"however", "still", "meanwhile", "yet", "nevertheless", "nonetheless", "also", "again", "and"})


def _voices_a_noun_cue(tok) -> bool:
    """``Residents expressed concern that the plant would pollute the river``: a verb of
    voicing whose object is a noun cue (concern, warning, claim) with its that-clause is
    the noun's holder verb; the noun reports the attribution with the clause as content,
    so the verb adds none. ("announced a plan to rebuild the port" reports the plan.)"""
    if cues.lemma_of(tok) not in cues.noun_holder_verbs():
        return False
    obj = next((c for c in tok.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in cues.noun_cues():
        return False
    return any(c.dep_ in ("acl", "relcl", "ccomp") and c.left_edge.lower_ == "that" for c in obj.rights)


#: finding verbs by which a person or court states a ruling ("a federal judge found that
#: action unconstitutional"): a finding on the record even with only an object
RULING_VERBS = frozenset({"find", "rule", "deem"})


def _finds_on_record(tok, speaker_tok) -> bool:
    """A finding verb whose content is only a noun phrase attributes it when a document or
    data set does the finding ("a county survey counted 5,000 …", "the data show a rise")
    or a judge rules on something ("a federal judge found that action unconstitutional",
    parsed as a noun and its adjective); "saying it showed poor judgment" ("it"), "the
    county has recorded 31 overdoses" (an institution stating its own count as fact) and
    "the White House urged them to find a compromise" (looking for one) are no
    attribution."""
    if speaker_tok is None or speaker_tok.pos_ == "PRON":
        return False
    if cues.is_document_noun(speaker_tok):
        return True
    return cues.cue_lemma(tok) in RULING_VERBS and any(
        g.dep_ == "amod" and g.i > c.i for c in tok.rights if c.dep_ == "dobj" for g in c.children
    )


#: subjects that name nobody in particular: "no one can say", "anyone wanting to borrow"
_GENERIC_HOLDERS = frozenset({"anyone", "anybody", "everyone", "everybody", "no one", "nobody", "one", "someone", "somebody", "you", "whoever"})
#: modals that make saying or thinking hypothetical ("would say", "might argue", "could claim")
_HYPOTHETICAL = frozenset({"would", "could", "might", "should", "may", "'d", "’d"})


def _generic_hypothetical_or_negated(tok, holder, cls) -> bool:
    """``No one can say when it will end``, ``anyone wanting to borrow``, ``many would
    argue that …``, ``Lawmakers have not said when they would vote``: saying or thinking
    attributed to nobody in particular, only imagined, or denied is no attribution. (A
    negated belief still is one: "I don't think it will pass" holds a view.)"""
    if holder is not None:
        words = " ".join(t.lower_ for t in holder.subtree) if holder.lower_ == "one" else holder.lower_
        if words in _GENERIC_HOLDERS or (holder.lower_ == "one" and holder.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ == "prep" for c in holder.children)):
            return True
        if any(c.dep_ == "det" and c.lower_ in ("no", "any", "every") for c in holder.children):
            return True
        if _people_in_general(holder) and cues.lemma_of(tok) in _GENERAL_OPINION:
            return True
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass", "neg")]
    if any(c.lower_ in _HYPOTHETICAL for c in aux) and not _held_view(tok, cls, aux):
        return True
    return cls in cues.QUOTING and any(c.dep_ == "neg" for c in tok.children) and not _topic_left_unmentioned(tok)


#: the verbs of general opinion: "people say", "people think", "people feel"
_GENERAL_OPINION = frozenset({"say", "think", "feel", "believe", "know"})


def _people_in_general(holder) -> bool:
    """``People say roundabouts are confusing``, ``people think the issues will be
    addressed``: "people" with nothing that picks some out (no determiner, owner,
    adjective, number or clause: "some people", "his people", "young people", "people
    who live here" are someone), saying, thinking or feeling (``_GENERAL_OPINION``), is
    everyone's opinion, nobody's in particular (PolNeAR annotates none of its 19 bare
    "people say / think / feel / believe / know"; it does annotate "people suspected
    that …", "people hailed …" and "got people talking about …", an event of the story,
    which stay quotes)."""
    return holder.lower_ == "people" and all(c.dep_ == "punct" for c in holder.children)


def _topic_left_unmentioned(tok) -> bool:
    """``Clinton did not mention Trump``, ``He never discussed his opponents``, ``The
    platform does not mention the pipeline``: a topic a source left out of its speech is
    still a report of that speech, about that topic (PolNeAR train: 15 of the 20 objects
    this newly finds are annotated units, 10 of 12 after "mention"; dev has none). Other negated
    saying reports no words ("The Pentagon has not said when the troops will leave"), nor
    does a negated topic verb with a clause ("did not mention that …" stays out too)."""
    return cues.lemma_of(tok) in load_set("topic_verbs.txt") and not any(c.dep_ in ("ccomp", "xcomp") for c in tok.children)


#: verbs of wanting, whose conditional is a wish held now ("would like to run")
_VOLITION = frozenset({"like", "love", "prefer", "want"})


def _held_view(tok, cls, aux) -> bool:
    """``She would like to run again``, ``Emanuel may have thought the worst was over``: a
    modal before a verb of wanting is a wish held now, and before a perfect ("may have
    thought") a guess about a view that was held; neither is hypothetical thinking."""
    if cls not in (cues.THOUGHT, cues.STANCE):
        return False
    return cues.lemma_of(tok) in _VOLITION or any(c.lower_ == "have" for c in aux)


#: most words a quoted label may have; longer, it is a quoted sentence ("called it “…”")
MAX_LABEL_WORDS = 8


def _quoted_label(ctx: Ctx, tok, speaker_tok) -> int | None:
    """``He called the plan “reckless”``, ``what critics dub “the rain tax”``, ``she
    described the ruling as “a travesty”``: a short quoted complement of a verb of naming
    is the speaker's own word for the thing, a quote of its own whose content is the
    label only. Nobody names in a participle with no subject ("a bill dubbed
    “Obamacare”"): that is a term, not a quote."""
    # the tagger may call the participle a past tense ("The measure, dubbed the “bathroom
    # bill,” failed"); hung on a common noun with no subject of its own, it is still one
    # (hung on a name, "Tim Cook, called …", it is a misparsed report)
    past_read = tok.tag_ == "VBD" and tok.head.pos_ == "NOUN" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    participle = (tok.tag_ == "VBN" or past_read) and tok.dep_ in ("acl", "amod") and sum(1 for c in tok.rights if c.dep_ in ("oprd", "dobj", "xcomp")) < 2
    if speaker_tok is None or speaker_tok.dep_ == "nsubjpass" or participle or _reduced_relative(tok):
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("for", "on") and c.i == tok.i + 1 for c in tok.children):
        return None  # "called for …", "called on X to …": a demand, not a name ("… “reckless” on Monday" is when)
    for c in tok.rights:
        if c.dep_ == "xcomp" and _infinitive(c):
            continue
        target = c
        if c.dep_ == "prep" and c.lower_ == "as":
            target = next((g for g in c.children if g.dep_ == "pobj"), None)
        elif c.dep_ == "dobj" and (label := cues.quoted_apposition(c)) is not None:
            c = target = label  # "called the plan “a mess”" parsed as the object's apposition
        elif c.dep_ not in ("oprd", "xcomp", "attr", "dobj", "ccomp"):
            continue
        if target is None:
            continue
        ks = {ctx.outer[t] for t in range(target.left_edge.i, target.right_edge.i + 1)} | {ctx.outer[target.i]}
        ks.discard(-1)
        for k in sorted(ks):
            q = ctx.spans[k]
            lo, hi = ctx.span_toks[k]
            words = sum(1 for t in ctx.doc[lo:hi] if not t.is_punct and not t.is_space)
            first, last = _label_run(ctx, k)
            tail = [t for t in ctx.doc[ctx.span_all[last][1] : target.right_edge.i + 1] if not t.is_punct]
            if tail and _label_then_another_thing(ctx, tail, lo, hi):
                tail = []  # "what she calls “the good kind of insurance” and a son-in-law who …"
            if tail:
                continue  # "a “compromise” that nobody wanted": the writer's phrase goes on
            alone = len(ks) == 1 or ks <= set(range(first, last + 1))  # "calls people “losers” and “sad”": one run
            if q.parent is None and 0 < words <= MAX_LABEL_WORDS and ctx.span_all[k][0] > tok.i and (
                c.dep_ != "dobj" or alone and target.i >= ctx.span_toks[first][0]
            ):
                return first
    return None


def _label_then_another_thing(ctx: Ctx, tail, lo: int, hi: int) -> bool:
    """``She had what she calls “the good kind of insurance” and a son-in-law who is a
    contractor``: a thing joined after the label by "and" with no quoted words of its own
    is the next thing the writer lists, which the parse hangs on the label as a conjunct;
    the label is still the speaker's own word for the first. Only a phrase opened by its
    own determiner: a bare word ("“rapists” and criminals") is one more label."""
    first = tail[0]
    if first.dep_ != "cc" or first.lower_ not in ("and", "or") or not lo <= first.head.i < hi or first.i + 1 >= len(ctx.doc):
        return False
    # a bare word after "and" is one more label ("called border-crossers “rapists” and
    # criminals"); a phrase with its own determiner is another thing ("and a son-in-law")
    after = ctx.doc[first.i + 1]
    return after.pos_ in ("DET", "PRON") and after.dep_ in ("det", "poss") and all(ctx.outer[t.i] < 0 for t in tail)


#: what may stand between two labels of one run: commas, "and", "or", and an article
#: opening the next label ("a “nasty guy,” an “anchor baby,” “unstable” and “sick”")
_LABEL_JOINERS = frozenset({","}) | QUOTE_JOINERS


def _label_run(ctx: Ctx, k: int) -> tuple[int, int]:
    """``He calls people “losers” and “sad.”``, ``called the plan “reckless” and
    “unfair”``, ``called the senator a “nasty guy,” an “anchor baby,” “unstable” and
    “sick”``: labels given in one breath, coordinated by commas, "and" or "or", are one
    quote of the naming verb's subject, from the first label's opening mark to the last
    one's closing mark, as annotators mark them (PolNeAR keeps a coordinated run of
    quoted words as one unit) and as words uttered in a pair are built
    (``direct.coordinated_words``). The first and last quoted span of the run that holds
    ``k`` (both ``k`` when it stands alone). Only short top-level quotes in one sentence,
    with nothing but a joiner and at most one article between two of them; no space at
    all only after a comma inside the marks."""

    def joined(a: int, b: int) -> bool:
        qa, qb = ctx.spans[a], ctx.spans[b]
        if qa.parent is not None or qb.parent is not None or not _short_label(ctx, b):
            return False
        if ctx.sent_id[ctx.span_all[a][0]] != ctx.sent_id[ctx.span_all[b][1] - 1]:
            return False
        words = ctx.text[qa.end : qb.start].replace(",", " , ").split()
        if not words:
            return ctx.text[qa.inner_start : qa.inner_end].rstrip().endswith(",")
        articles = [w for w in words if w.lower() in LABEL_ARTICLES]
        return len(articles) <= 1 and (not articles or words[-1] == articles[0]) and all(
            w.lower() in _LABEL_JOINERS | LABEL_ARTICLES for w in words
        )

    first = last = k
    while first > 0 and joined(first - 1, first):
        first -= 1
    while last + 1 < len(ctx.spans) and joined(last, last + 1):
        last += 1
    return first, last


def _short_label(ctx: Ctx, k: int) -> bool:
    lo, hi = ctx.span_toks[k]
    return 0 < sum(1 for t in ctx.doc[lo:hi] if not t.is_punct and not t.is_space) <= MAX_LABEL_WORDS


#: places a call is made to or from ("called her in Ohio", "called him from Air Force One")
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _telephoning(tok) -> bool:
    """``Hillary Clinton called Alicia Machado on Friday to express gratitude``, ``Clinton
    called Trump on Wednesday night to concede``, ``Obama called Netanyahu to discuss the
    deal``: "call" with a person as its only object and then a purpose infinitive or a
    time or place is a telephone call (or a summons), not reported words; the purpose is
    what the caller meant to do, not what was said (a verb of saying inside it, "to urge
    him to veto", is a report of its own). "called on X to act", "called for …" (a demand)
    and "called him a liar", "called the plan “reckless”" (a name: a second object) are
    reports and are kept; the "on" of a demand comes right after the verb, "on Friday"
    after the person."""
    if cues.lemma_of(tok) != "call" or cues.demand_clause(tok) is not None:
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("for", "on") and c.i == tok.i + 1 for c in tok.children):
        return False
    objects = [c for c in tok.rights if c.dep_ in ("dobj", "oprd", "attr", "ccomp", "dative")]
    objects += [c for c in tok.rights if c.dep_ == "xcomp" and not _infinitive(c)]
    if len(objects) != 1 or objects[0].dep_ not in ("dobj", "oprd"):
        return False
    person = objects[0]
    if not (is_person_like(person) or person.pos_ == "PROPN") or any(g.is_quote for g in person.subtree) or cues.quoted_apposition(person) is not None:
        return False
    purpose = any(c.dep_ in ("xcomp", "advcl") and c.i > person.i and _infinitive(c) for c in tok.rights)
    setting = any(
        c.i > person.i and (
            c.dep_ == "prep" and any(g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME") or g.ent_type_ in _PLACE_ENTS) for g in c.children)
            or c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME")
        )
        for c in tok.rights
    )
    return purpose or setting


#: personal pronouns that stand for a person, never for a study or a document
_PERSON_PRONOUNS = frozenset({"i", "he", "she", "we", "you"})


def _found_a_thing_so(tok, comp, holder) -> bool:
    """``she woke to a smell of burning plastic and found the adapter too hot to touch``,
    ``he found the door unlocked``: a person finding a thing in some state (an object and
    an adjective or participle, no clause of its own) came upon it; nothing is reported
    ("the study found the drug ineffective" is a finding: its subject is no person)."""
    if comp is None or comp.pos_ not in ("ADJ", "VERB") or comp.tag_ not in ("JJ", "JJR", "VBN"):
        return False
    if any(c.dep_ in ("mark", "aux", "auxpass") for c in comp.children):
        return False
    subject = next((c for c in _first_conjunct(tok).children if c.dep_ == "nsubj"), None) or holder
    return subject is not None and (subject.lower_ in _PERSON_PRONOUNS or subject.ent_type_ == "PERSON")


def _verdict(comp) -> bool:
    """``A jury on Friday found a former day care owner guilty of fraud``, ``the judge
    found the company liable``: a verdict is the court's act, the news itself, not a
    claim the court is the source of (a court's reasoning, "the judge found that the
    search was unlawful", is a finding). The adjectives: ``verdict_adjectives.txt``."""
    return comp is not None and comp.pos_ == "ADJ" and comp.lower_ in load_set("verdict_adjectives.txt") and not any(c.dep_ == "mark" for c in comp.children)


def _recalling_a_product(tok, holder) -> bool:
    """``The company is recalling 640,000 space heaters``, ``Ford recalled 300,000
    pickups``: a company or an agency (an organisation's name, or a noun of
    ``organization_nouns.txt``) that recalls a thing calls it back from buyers; a person
    recalls a time or an event ("the senator recalled his years in the Navy"), and a
    statement recalls what it cites; a clause ("recalled that …") is remembered by anyone."""
    if cues.lemma_of(tok) != "recall" or holder is None:
        return False
    if any(c.dep_ == "appos" and is_person_like(c) for c in holder.children):
        return False  # "Roffman, a securities analyst, recalled …": a person the tagger took for a firm
    return holder.ent_type_ == "ORG" or holder.lemma_.lower() in load_set("organization_nouns.txt")


def _finds_it_hard(comp) -> bool:
    """``Trump will find it difficult to repeat his attacks``: "find it" with an adjective
    and an infinitive says how hard something is for the subject, not what anyone found
    ("the panel found it likely that the fire was set" is a finding)."""
    return (
        comp is not None and comp.pos_ == "ADJ" and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in comp.children)
        and any(_infinitive(c) for c in comp.children if c.pos_ in ("VERB", "AUX"))
    )


#: verbs of questioning whose fronted passive participle frames the question put to the
#: speaker ("Asked about the delay, the mayor said …")
_QUESTIONING = frozenset({"ask", "question", "press", "query", "challenge"})


def _question_put(ctx: Ctx, tok) -> bool:
    """``Asked about the delay, the mayor said …``, ``When asked about the budget, …``: a
    fronted passive participle of asking about a thing is the writer framing the topic
    put to the speaker; the one asked is not its source, and the asker is not named. Not
    a quote (what the speaker answered is); nor is "she was asked about …". A question
    reported as a clause ("Asked whether she would run, …", "was asked to name …") is
    the asker's quote as before."""
    if cues.lemma_of(tok) not in _QUESTIONING:
        return False
    if _question_after_preposition(ctx, tok) is not None:
        return False  # "When pressed on why the plan leaves out fathers, …": a question, not a topic
    if any(c.dep_ in ("ccomp", "xcomp", "advcl") or (c.dep_ == "dobj" and c.pos_ != "PRON") for c in tok.rights):
        return False  # "Asked whether she would run, …", "was asked to name …": the question is reported
    if any(c.dep_ == "nsubjpass" for c in tok.children):
        # "She was asked about the delay": the one asked; an asker only in a by-phrase
        return not any(c.dep_ == "agent" for c in tok.children)
    if tok.tag_ != "VBN" and not (tok.tag_ == "VBD" and tok.dep_ == "acl") and not asked._fronted_past_form(tok):
        return False  # ("Also asked about …", "Later asked about …": the tagger's past tense is the participle)
    if any(c.dep_ in ("nsubj", "aux", "auxpass") for c in tok.children):
        return False
    doc = ctx.doc
    k = tok.i - 1
    while k >= 0 and ctx.sent_id[k] == ctx.sent_id[tok.i] and (doc[k].lower_ in ("when", "if", "after", "once", "while", "also", "later") or doc[k].is_punct and doc[k].text not in (",", ";")):
        k -= 1
    if k >= 0 and ctx.sent_id[k] == ctx.sent_id[tok.i] and doc[k].text not in (",", ";") and doc[k].dep_ != "cc":
        return False  # "a question asked by reporters", "she was asked"
    return any(doc[j].text == "," and ctx.outer[j] < 0 for j in range(tok.i + 1, min(len(doc), tok.right_edge.i + 2)))


def _writers_idiom(tok) -> bool:
    """``It goes without saying that …``, ``It is worth noting that …``: a gerund of saying
    after "without" or "worth" is the writer's own aside, nobody's report."""
    head = tok.head
    return tok.tag_ == "VBG" and head.i != tok.i and head.lower_ in ("without", "worth")


def _that_said_aside(ctx: Ctx, tok) -> bool:
    """``That said, Cruz cannot win enough delegates``, ``That said, Fox News's audience
    tends to be older``: "That said" opening a sentence is the writer's concession (having
    said that), a connective; "that" is what the writer just wrote, not a speaker, and
    the clause after it is the writer's own. (PolNeAR's train split marks none of the
    three such clauses.) "a message that said, “…”" has a noun before "that"."""
    if tok.lower_ != "said" or tok.i == 0 or tok.i + 1 >= len(ctx.doc):
        return False
    doc = ctx.doc
    that = doc[tok.i - 1]
    if that.lower_ != "that" or doc[tok.i + 1].text != ",":
        return False
    k = that.i - 1
    while k >= 0 and (doc[k].is_space or doc[k].text in ("(", "[", "—", "–", "\"", "“")):
        k -= 1
    return k < 0 or ctx.sent_id[k] != ctx.sent_id[that.i] or doc[k].text in (".", "!", "?", ";", ":")


def _call_it_imperative(ctx: Ctx, tok) -> bool:
    """``Call it viral fundraising.``, ``Call it a familiarity fetish.``: "call it" as an
    imperative opening a sentence is the writer naming what they have described, nobody's
    words reported."""
    if cues.lemma_of(tok) != "call" or tok.tag_ not in ("VB", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in tok.children):
        return False
    doc = ctx.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "it":
        return False
    k = tok.i - 1
    while k >= 0 and (doc[k].is_space or doc[k].text in ("(", "[", "\"", "“")):
        k -= 1
    return k < 0 or ctx.sent_id[k] != ctx.sent_id[tok.i] or doc[k].text in (".", "!", "?", ";", ":")


def _reduced_relative(tok) -> bool:
    """``Clinton says the Ohio native nicknamed “King James” is an advocate``: a past
    participle with no auxiliary that the parse gave a subject is a reduced relative
    clause (the native who is nicknamed), read as a finite verb; the quoted name is what
    the thing is called, nobody's words. A finite naming verb is past tense ("Critics
    dubbed it") or has its auxiliary ("have dubbed")."""
    return tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def _perceived_event(tok, comp, holder, cls) -> bool:
    """``Officers found the man lying in the street``, ``she saw the car swerve``: a
    person finding or seeing an event (a bare or -ing clause, no "that") reports what
    they perceived, not what anyone said or holds. ("The audit found that …", "she sees
    that …" are attributions.)"""
    if cls not in (cues.DOCUMENT, cues.STANCE) or comp.tag_ not in ("VB", "VBG"):
        return False
    if any(c.dep_ in ("mark", "aux") for c in comp.children):
        return False
    if cues.lemma_of(tok) == "find" and any(c.dep_ == "nsubj" and c.lower_ in _FOUND_PEOPLE for c in comp.children):
        # "Police found him lying on the floor": whoever finds, a person found is seen ("a
        # video shows her clutching her phone" is what the video shows)
        return True
    return cls == cues.STANCE or (holder is not None and is_person_like(holder))


#: object pronouns of a person found somewhere ("found him lying", "found them hiding")
_FOUND_PEOPLE = frozenset({"him", "her", "them", "me", "us"})


#: words that open an embedded question ("see what you mean", "see whether it works")
_QUESTION_WORDS = frozenset({"what", "how", "why", "whether", "if", "where", "when", "who", "which"})


def _sees_a_question(tok, comp) -> bool:
    """``I see what you mean``, ``we'll see whether the plan works``, ``it's easy to see
    why he is tempted``: "see" with an embedded question is understanding or waiting to
    find out, not a view held (on PolNeAR's train split, 54 of 60 such uses are no
    attribution). "She sees that the plan failed" is one."""
    return cues.lemma_of(tok) == "see" and comp.left_edge.lower_ in _QUESTION_WORDS and comp.left_edge.i > tok.i


def _tells_a_question_apart(tok, comp) -> bool:
    """``It was too early to tell whether the blast was caused by a bomb``, ``Only time
    will tell if …``, ``I can't tell what he meant``: "tell" with an embedded question and
    nobody told is knowing or finding out, not telling (none of the three such uses in
    PolNeAR is an attribution). "She told reporters whether …" names whom she told."""
    if cues.lemma_of(tok) != "tell" or comp.i < tok.i or comp.left_edge.lower_ not in _QUESTION_WORDS:
        return False
    return not any(c.dep_ in ("dobj", "dative", "iobj") for c in tok.children)


#: finding verbs that, done by a person, mean proving by deed rather than reporting
DEMONSTRATING_VERBS = frozenset({"show", "demonstrate", "illustrate"})


def _demonstrating(tok, holder) -> bool:
    """``She filed a complaint to show that she had not lied``, ``Reagan and Trump have
    shown they are willing to negotiate``: showing as the purpose of an act, or a person
    who has shown or can show something, proves it by deed; a document or data shows
    what it reports ("Polls show that the race is tight"), and so does a person who
    showed something on air ("Trevor Noah on Thursday showed that …")."""
    if cues.lemma_of(tok) not in DEMONSTRATING_VERBS:
        return False
    if _infinitive(tok) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return True
    return holder is not None and is_person_like(holder) and any(c.dep_ == "aux" for c in tok.children)


def _holder_named(tok, holder) -> bool:
    """A belief, perception or stance is an attribution only when the text says whose it
    is: "Critics fear the plan will fail", not "The plan is expected to fail" (whose
    expectation is never said: the claims stage flags that as a weasel). The subject of
    a passive is what the belief is about, not who holds it."""
    if holder is None:
        return False
    return holder.dep_ != "nsubjpass" and not _expletive_it(holder, tok)


def _posted_read_as_participle(ctx: Ctx, tok):
    """``The charity posted on Facebook that donations had doubled``, ``The road will stay
    closed, the agency posted on X``: the parse reads the cue (a past tense that looks
    like a participle, "posted", "wrote on") as a participle on its subject noun and
    makes the noun the sentence's root, so the sentence has no finite verb and the
    reported clause hangs on the noun (a "that" clause read as a relative clause, or the
    clause before the comma). The cue is the sentence's verb: that clause is its content
    and the noun (subject_of gives it) its speaker."""
    noun = tok.head
    if tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD") or noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if noun.i > tok.i or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children) or not _could_speak(noun):
        return None  # "The photo posted on Facebook …": only one who can speak posts a report
    sid = ctx.sent_id[tok.i]
    for c in noun.children:
        if ctx.sent_id[c.i] != sid or c.i == tok.i:
            continue
        if c.dep_ in ("relcl", "acl", "ccomp") and c.i > tok.i and any(
            m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children
        ) and c.left_edge.i > tok.right_edge.i:
            return c  # "… posted on Facebook that donations had doubled"
        if c.dep_ == "ccomp" and c.right_edge.i < noun.i and any(ctx.doc[k].text == "," for k in range(c.right_edge.i, noun.i)):
            return c  # "The road will stay closed, the agency posted on X"
    return None


def _view_in_a_question(tok) -> bool:
    """``has not said whether he backs the full subsidy``, ``It is unclear whether the
    senator supports the bill``: a view inside an embedded question ("whether", "if") is
    asked about, not held; nobody is reported as holding it."""
    marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
    # "if" asks only as a complement ("asked if he backs it"); as an adverbial it is a
    # condition or a concession ("even if they resented it"), and the view is held
    return "whether" in marks or "if" in marks and tok.dep_ in ("ccomp", "csubj")


def _progressive(tok) -> bool:
    """``Arkansas State Police are asking drivers to avoid Interstate 40``: a gerund with
    "be" as its auxiliary is a finite verb in the progressive, a request made now, not a
    participle describing something ("continuing to fly")."""
    return any(c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children) and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _intention_in_progress(tok) -> bool:
    """``Clinton allies are hoping to see her focus on strength``, ``the group is seeking
    to overturn the law``, ``She toured the state, hoping to win over young voters``: a
    verb of wanting or intending (class ``thought``) as a participle still reports what
    its holder wants; the participle rule above is for requests and pledges ("calling on
    the party to unite" is read by the call frame). Issue 16, round 16."""
    return cues.cue_class(tok) == cues.THOUGHT


def _request_in_a_participle(tok, addressee) -> bool:
    """``Priebus is calling fundraisers himself, asking them to host events``, ``The
    campaign sent a text to supporters, urging them not to stage protests``: a verb of
    speaking to someone (``addressee_verbs.txt``) as a participle, with the one it asks or
    urges named before the infinitive, reports a request as the finite verb would ("asked
    them to host events"). Without
    an addressee a participle of speech and an infinitive is an aspect or a purpose
    ("is trying to", "continuing to fly"), which the rule above keeps out. Set off by a
    comma, the participle is the subject's act; run on ("dropped leaflets this week
    warning the fighters to leave", "started asking his supporters to …") it describes
    a thing or an aspect, and PolNeAR's train split marks such spans otherwise."""
    return (
        addressee is not None and addressee.dep_ == "dobj" and cues.lemma_of(tok) in cues.addressee_verbs()
        and cues.cue_class(tok) == cues.SPEECH and tok.dep_ in ("advcl", "conj", "xcomp")
        and tok.i > 0 and tok.doc[tok.i - 1].text == ","
    )


def _gerund_subject_clause(ctx: Ctx, tok):
    """``He said legalizing it could put thousands of people to work``: the parser reads
    the gerund as the cue's complement and the clause it is the subject of hangs below
    it. "Said" takes no gerund of its own, so a gerund with a finite clause under it is
    the start of the reported clause."""
    if tok.lemma_.lower() not in ("say", "add", "write", "argue", "insist", "claim", "note"):
        return None
    for child in tok.rights:
        if child.dep_ == "xcomp" and child.tag_ == "VBG" and not any(c.dep_ == "aux" for c in child.children):
            if any(c.dep_ == "ccomp" and any(g.tag_ == "MD" or g.tag_ in ("VBD", "VBZ", "VBP") for g in (c, *c.children)) for c in child.children):
                return child if ctx.sent_id[child.i] == ctx.sent_id[tok.i] else None
    return None


#: prepositions of a cue's setting (when, where, in what), not of its topic
_SETTING_PREPOSITIONS = frozenset({"in", "at", "during", "after", "before", "from"})


def _appositive_of_a_place(ctx: Ctx, tok, places) -> list:
    """``wrote on X, formerly Twitter, that the launch would slip``, ``said in Doha,
    Qatar, that talks would resume``: the parse hangs an appositive of the medium or
    place (set off by commas right after the cue's phrase) on the cue itself, as a
    noun-phrase adverbial, and the that-clause on it. That appositive is one more place
    the cue's complement may be stranded on."""
    doc = ctx.doc
    out = []
    for c in tok.rights:
        if c.dep_ not in ("npadvmod", "appos") or c.pos_ not in ("PROPN", "NOUN"):
            continue
        k = c.left_edge.i
        if k < 2 or doc[k - 1].text != ",":
            continue
        if any(p.dep_ == "prep" and p.right_edge.i == k - 2 for p in places):
            out.append(c)
    return out


def _stranded_complement(ctx: Ctx, tok):
    """``said in a statement that the steps were important``, ``said earlier on Friday
    during a news conference that he may wait``, ``told a meeting of Pacific leaders that
    few people understood``: the parser hangs the that-clause on the last noun of the
    cue's adverbial, or of the audience a verb of telling names; a clause opened by the
    complementizer "that" with a subject of its own right after that phrase is the cue's
    complement. (The parse may call that "that" an adverb; a relative "that" is the
    clause's subject or object, never a modifier.)"""
    places = [c for c in tok.rights if c.dep_ == "prep" or c.dep_ == "dobj" and cues.lemma_of(tok) in cues.addressee_verbs()]
    places += _appositive_of_a_place(ctx, tok, places)
    for place in places:
        for clause in place.subtree:
            if clause.dep_ not in ("relcl", "acl") or clause.pos_ not in ("VERB", "AUX"):
                continue
            mark = clause.left_edge
            if mark.lower_ != "that" or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
                continue
            # an "adverb" that may be a relative one ("spoke about the year that a Latino
            # is named"): only on the noun of the cue's audience or of an adverbial of
            # time or place ("in the early hours that …"), never of its topic
            noun = place if place.dep_ == "dobj" else next((c for c in place.children if c.dep_ == "pobj"), None)
            setting = place.dep_ == "dobj" or place.lower_ in _SETTING_PREPOSITIONS
            if mark.dep_ != "mark" and not (mark.dep_ == "advmod" and setting and noun is not None and clause.head.i == noun.i):
                continue
            if ctx.sent_id[clause.i] == ctx.sent_id[tok.i] and ctx.outer[mark.i] < 0:
                return clause
    return None


#: auxiliaries that make a clause finite: the parse's "xcomp" with one of them is a clause
_FINITE_AUX = frozenset({"will", "would", "can", "could", "may", "might", "must", "shall", "should", "is", "are", "was", "were", "has", "have", "had"})


def _finite_clause_read_as_xcomp(ctx: Ctx, tok):
    """``they say replacing all of them will take at least six years``: after a gerund
    subject the parse may take the clause's verb for an open complement of the cue (an
    "xcomp", as in "wants to go") and its subject's words for something else. A verb
    after a speech cue with a finite auxiliary of its own ("will", "has", "was") and no
    "to" is no open complement: it is the reported clause."""
    if cues.cue_class(tok) != cues.SPEECH:
        return None
    for c in tok.rights:
        if c.dep_ != "xcomp" or c.pos_ not in ("VERB", "AUX") or ctx.sent_id[c.i] != ctx.sent_id[tok.i]:
            continue
        aux = [g for g in c.children if g.dep_ in ("aux", "auxpass")]
        if aux and all(g.lower_ in _FINITE_AUX for g in aux) and c.left_edge.i > tok.i and ctx.outer[c.i] < 0:
            return c
    return None


_RELATIVE_PRONOUNS = frozenset({"which", "whom", "who"})


def _report_on_a_relative_pronoun(ctx: Ctx, tok) -> Draft | None:
    """``the email server, which he described as “like an open orchid”``, ``Christie,
    whom he describes as having “a prosecutor's bearing”``, ``the drawdown, which they say
    left a vacuum``: a report in a relative clause whose relative pronoun is what the
    report is about, fronted before the speaker. What is said of the thing is the
    pronoun (standing for the noun) and the rest of the report: the "as" phrase of a verb
    of describing, or the verb the parse hangs on the cue as an xcomp where it is the
    reported clause's own (the pronoun is its subject). PolNeAR marks both pieces, the
    pronoun as a fragment of its own. The parse finds no complement for either: the
    pronoun sits left of the cue and the clause has no subject after it."""
    if tok.dep_ not in ("relcl", "acl") or cues.cue_class(tok) not in cues.QUOTING:
        return None
    doc = ctx.doc
    if cues.lemma_of(tok) in load_set("describing_as_verbs.txt"):
        rest = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "as"), None)
        lo = rest.i if rest is not None else 0
    else:
        # the parse may hang the pronoun on that verb ("which/dobj" under "help") and tag
        # a plural present as a bare infinitive ("help/VB"); a "to" before it is one
        rest = next((c for c in tok.rights if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") and (c.tag_ in _FINITE or c.tag_ == "VB")
                     and not any(g.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "mark") and tok.i < g.i < c.i for g in c.children)), None)
        lo = min((g.i for g in rest.subtree if g.i > tok.i), default=0) if rest is not None else 0
    if rest is None or ctx.sent_id[rest.i] != ctx.sent_id[tok.i]:
        return None
    rel = next((c for c in (*tok.lefts, *rest.lefts) if c.i < tok.i and c.lower_ in _RELATIVE_PRONOUNS and c.dep_ in ("dobj", "nsubj", "nsubjpass")), None)
    speaker = next((c for c in tok.lefts if c.dep_ == "nsubj" and c is not rel and (rel is None or c.i > rel.i)), None)
    if rel is None or speaker is None or ctx.outer[rel.i] >= 0 or doc[rel.i - 1].text != ",":
        return None  # only a clause set off by a comma on a thing named before it ("the plan, which …")
    if any(doc[k].is_punct and doc[k].text not in ("'", "’") for k in range(rel.i + 1, speaker.left_edge.i)):
        return None  # "…, which, he said, …": a tag set off inside the clause is read as one
    hi = rest.right_edge.i + 1
    while hi > lo and (doc[hi - 1].is_punct and ctx.outer[hi - 1] < 0 or doc[hi - 1].is_space):
        hi -= 1
    if _words(ctx, lo, hi) < 1:
        return None
    d = _draft(ctx, [(rel.i, rel.i + 1), (lo, hi)], (tok.idx, ctx.tok_end(tok)), cues.cue_lemma(tok), tok.i, speaker)
    d.cue_class = cues.cue_class(tok)
    return d


#: words that open an embedded wh-question after "about" or "on"
_WH_OPENERS = frozenset({"how", "why", "what", "whether", "where", "when", "who", "which"})


def _question_after_preposition(ctx: Ctx, tok):
    """``When pressed on why the plan leaves out fathers, …``, ``When pressed by Holt
    about how he would bring jobs back, …``, ``The senator asked about what the agency
    knew``: a verb of questioning whose "about" or "on" phrase is an embedded question (a
    wh-word and a clause with a finite verb) puts that question; it is reported as "asked
    whether …" is, not a topic ("Asked about the delay, …", which stays the writer's
    framing). The question clause is the cue's complement."""
    if cues.lemma_of(tok) not in _QUESTIONING:
        return None
    for prep in tok.rights:
        if prep.dep_ != "prep" or prep.lower_ not in ("about", "on"):
            continue
        clause = next((c for c in prep.children if c.dep_ in ("pcomp", "pobj") and c.pos_ in ("VERB", "AUX")), None)
        if clause is None or ctx.sent_id[clause.i] != ctx.sent_id[tok.i] or ctx.outer[clause.i] >= 0:
            continue
        first = clause.left_edge
        if first.i != prep.i + 1 or first.lower_ not in _WH_OPENERS:
            continue
        if clause.tag_ not in _FINITE and not any(g.dep_ == "aux" and g.tag_ in _FINITE for g in clause.children):
            continue  # "asked about how to vote": an infinitive question names a topic
        return clause
    return None


def _complement_read_as_adverbial(ctx: Ctx, tok):
    """``Trump said after the convention he would not accept the endorsement``, ``Trump
    tweeted in the early morning hours that Machado was “disgusting”``: with a phrase of
    time or place between a verb of saying and its clause, the parser may hang the clause
    on the verb as an adverbial (and read "that" as an adverb). A clause after the cue
    with a subject and a finite verb of its own, opened by nothing but "that" or its
    subject, and not set off by a comma, is no adverbial — those open with "because",
    "if", "when", "as" — but what was said."""
    if cues.cue_class(tok) not in cues.QUOTING:
        return None
    doc = ctx.doc
    for c in tok.rights:
        if c.dep_ != "advcl" or c.pos_ not in ("VERB", "AUX") or ctx.sent_id[c.i] != ctx.sent_id[tok.i] or ctx.outer[c.i] >= 0:
            continue
        subject = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass", "expl") and g.i < c.i), None)
        if subject is None:
            continue
        first = c.left_edge
        time = next((g for g in c.children if g.dep_ == "prep" and g.left_edge.i == first.i and g.right_edge.i + 1 == subject.left_edge.i), None)
        if time is not None and first.i == tok.i + 1 and _said_at_a_time(time):
            first = subject.left_edge  # "said after the convention he would not …": when it was said, then the clause
        that = next((g for g in c.children if g.dep_ == "mark" and g.lower_ == "that" and g.i < subject.i), None)
        time = next((g for g in c.children if g.dep_ == "prep" and g.left_edge.i == first.i and that is not None and g.right_edge.i + 1 == that.i), None)
        if time is not None and _said_at_a_time(time):
            first = that  # "told a plenary session shortly after noon that …": the time, then the clause
        if first.i <= tok.i + 1 or doc[first.i - 1].text in (",", ";", ":", "—", "–", "-", "("):
            continue  # right after the cue it would have been read as the complement; a comma sets off another clause
        if not (first.lower_ == "that" and first.head.i == c.i and first.dep_ in ("mark", "advmod") or first.i == subject.left_edge.i):
            continue
        if subject.lower_ in ("that", "which", "who"):
            continue  # "the incident that left one person dead": a relative clause on a noun
        if any(g.dep_ == "mark" and g.lower_ != "that" for g in c.children):
            continue
        if c.tag_ not in _FINITE and not any(g.dep_ in ("aux", "auxpass") and g.tag_ in _FINITE for g in c.children):
            continue
        return c
    return None


def _report_read_as_reduced_relative(ctx: Ctx, tok):
    """``Multiple outlets reported on Wednesday the Secret Service had “more than one
    conversation” with the campaign``: with no "that", the parser can read the cue as a
    reduced relative on its subject ("outlets [that were] reported on Wednesday") and make
    the reported clause the sentence's verb, which then has two subjects: the speaker's
    (holding the cue) and the report's, right after the cue's phrase. A verb has one
    subject, so the second shows the cue is the main verb and the clause its complement.
    Returns (the reported clause, the speaker)."""
    if tok.dep_ != "acl" or cues.cue_class(tok) not in cues.QUOTING or tok.tag_ not in ("VBD", "VBN"):
        return None
    speaker = tok.head
    clause = speaker.head
    if speaker.dep_ != "nsubj" or speaker.i > tok.i or clause.i < tok.i or clause.pos_ not in ("VERB", "AUX") or ctx.outer[clause.i] >= 0:
        return None
    second = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i and c.i < clause.i), None)
    if second is None or second.left_edge.i != tok.right_edge.i + 1 or ctx.doc[second.left_edge.i - 1].is_punct:
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children):
        return None
    if ctx.sent_id[clause.i] != ctx.sent_id[tok.i]:
        return None
    return clause, speaker


def _tag_read_as_apposition(ctx: Ctx, tok):
    """``The museum will return the statue to Greece, its director announced on Monday``:
    a tag after its content, with no "said" the parser knows to end a sentence on, may be
    read as an apposition of the content's last noun ("Greece, its director") with the
    cue hung on it as a participle. A cue in the past tense so hung, on a noun set off by
    a comma, that ends the sentence (nothing after it but when it was said) is the
    sentence's tag, and the clause before the comma its content.
    Returns (the reported clause, the speaker)."""
    if tok.dep_ != "acl" or cues.cue_class(tok) not in cues.QUOTING or tok.tag_ != "VBD":
        return None
    speaker = tok.head
    if speaker.dep_ != "appos" or speaker.i > tok.i or speaker.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    comma = speaker.left_edge.i - 1
    if comma < 1 or ctx.doc[comma].text != ",":
        return None
    clause = ctx.doc[comma - 1].sent.root
    if clause.i >= comma or clause.pos_ not in ("VERB", "AUX") or ctx.outer[clause.i] >= 0 or ctx.sent_id[clause.i] != ctx.sent_id[tok.i]:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < clause.i for c in clause.children):
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in tok.children):
        return None
    rest = [t for t in ctx.doc[tok.i + 1 : ctx.doc[tok.i].sent.end] if not (t.is_punct or t.is_space)]
    if any(not (t.dep_ in ("prep", "pobj", "npadvmod", "advmod", "det", "compound", "nummod", "amod") and t.head.i >= tok.i) for t in rest):
        return None
    return clause, speaker


#: openers of a clause of time in which a report can be turned inside out
_TIME_MARKS = frozenset({"after", "before", "since", "when", "until", "once"})


def _complement_hung_above_the_cue(ctx: Ctx, tok):
    """``The endorsement comes three days after Trump told The Washington Post he was “not
    quite there yet” on supporting Ryan``: in a clause of time ("after", "before",
    "since", "when"), the parse may turn the report inside out, making the reported
    clause a complement of the main verb and hanging the cue on it as an adverbial. A
    reported clause that is the cue's head, with a subject of its own that starts right
    after the cue's phrase (its speaker, its audience), is the cue's complement."""
    if tok.dep_ != "advcl" or cues.cue_class(tok) not in cues.QUOTING:
        return None
    head = tok.head
    if head.i < tok.i or head.dep_ != "ccomp" or head.pos_ not in ("VERB", "AUX") or ctx.sent_id[head.i] != ctx.sent_id[tok.i] or ctx.outer[head.i] >= 0:
        return None
    if not any(c.dep_ == "mark" and c.i < tok.i and c.lower_ in _TIME_MARKS for c in tok.children):
        return None
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < head.i), None)
    if subject is None or subject.left_edge.i != tok.right_edge.i + 1 or ctx.doc[subject.left_edge.i - 1].is_punct or ctx.doc[subject.left_edge.i - 1].pos_ == "CCONJ":
        return None
    if not any(c.dep_ in ("dobj", "dative") and c.i > tok.i for c in tok.children) and cues.lemma_of(tok) != "say":
        return None  # "after the crisis highlighted …": only a saying, or a telling with its audience
    if head.tag_ not in _FINITE and not any(g.dep_ in ("aux", "auxpass") and g.tag_ in _FINITE for g in head.children):
        return None
    return head


def _question_hung_beside_the_cue(ctx: Ctx, tok):
    """``Ryan used the same words when asked in May if he would endorse Trump``: after a
    verb of asking in a clause of its own ("when asked …"), the parser hangs the "if"
    clause on the main verb, beside the cue, as a condition of that verb. An "if" or
    "whether" clause with a subject that starts right where the cue's phrase ends, with
    no comma between, is the question asked (as in :func:`_question_read_as_condition`)."""
    if cues.lemma_of(tok) not in _QUESTIONING or tok.dep_ != "advcl":
        return None
    doc = ctx.doc
    nxt = tok.right_edge.i + 1
    if nxt >= len(doc) or doc[nxt].lower_ not in ("if", "whether") or doc[nxt].dep_ != "mark" or ctx.outer[nxt] >= 0:
        return None
    clause = doc[nxt].head
    if clause.head.i != tok.head.i or clause.dep_ != "advcl" or ctx.sent_id[clause.i] != ctx.sent_id[tok.i]:
        return None
    if not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in clause.children):
        return None
    return clause


#: modals that can stand for their clause ("he would", "she could"); not a contraction
#: the tagger sometimes reads as one ("he's in this race")
_MODALS = frozenset({"would", "could", "will", "can", "should", "might", "may", "must", "shall"})


def _elliptical_clause(comp, cls) -> bool:
    """``Jeff Flake said he would``, ``They said she could``: a reported clause cut down to
    its subject and a modal, the verb left out because the sentence before gives it, is a
    whole report however short — what the speaker committed to. (Two words are below the length a paraphrase needs, which keeps
    out "he said so".) Only for verbs of saying, and only a modal with nothing but its
    subject and a negation."""
    if comp is None or cls not in cues.QUOTING or comp.tag_ != "MD" or comp.lower_ not in _MODALS:
        return False
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in comp.head.children):
        return False  # "As he said he would, the senator voted no": the writer's clause tells what he did
    kids = [c for c in comp.children if not c.is_punct]
    return any(c.dep_ == "nsubj" for c in kids) and all(c.dep_ in ("nsubj", "neg") for c in kids)


def _question_read_as_condition(ctx: Ctx, tok):
    """``Mr. Rubin asked the students if they were always so serious``, ``The actress was
    asked if she had ever been discriminated against``: after a verb of asking, "if" opens
    the question put (an embedded yes-no question), but the parser reads it as a condition
    and hangs the clause on the verb as an adverbial. A clause after the cue, opened by
    "if" or "whether" and with a subject of its own, is the question asked: the cue's
    complement. (A condition on asking would be an odd thing to write after its object;
    "asked, if anyone cares, …" is set off by a comma and stays out.)"""
    if cues.lemma_of(tok) not in _QUESTIONING:
        return None
    doc = ctx.doc
    for c in tok.rights:
        if c.dep_ != "advcl" or c.pos_ not in ("VERB", "AUX") or ctx.sent_id[c.i] != ctx.sent_id[tok.i]:
            continue
        mark = c.left_edge
        if mark.lower_ not in ("if", "whether") or mark.dep_ != "mark" or mark.head.i != c.i or ctx.outer[mark.i] >= 0:
            continue
        if doc[mark.i - 1].text in (",", ";", "—", "-", "–", "(") or not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children):
            continue
        return c
    return None


#: objects that are the content of a speech act ("urged Congress to act", "denied the
#: allegations", "described the plan as a failure"); addressees of tell/ask are not
_OBJECT_DEPS = {"dobj", "xcomp", "oprd"}


#: entity types of an amount: a price or a quantity is nobody who can be asked or told
_AMOUNT_ENTS = frozenset({"MONEY", "PERCENT", "QUANTITY"})


def _price_to_do(tok, xcomp) -> bool:
    """``The club charged $40,000 to join``, ``The museum asks $20 to enter``, ``charged
    residents $15 to park``: "ask" and "charge" (``price_verbs.txt``) with an amount as
    the object before the infinitive set a price, and the infinitive is what the money
    buys; nobody is asked or told to do anything, so there is no request to report (with
    a person as the object, "asked 300 volunteers to help", it is one). A pledge or
    proposal of money ("proposed $1 billion to help states") is a report, with the amount
    in its content."""
    if cues.lemma_of(tok) not in load_set("price_verbs.txt"):
        return False
    for c in tok.rights:
        if c.i >= xcomp.i or c.dep_ not in ("dobj", "dative", "npadvmod"):
            continue
        if c.ent_type_ in _AMOUNT_ENTS or any(g.tag_ == "$" for g in c.subtree):
            return True
    return False


def _object_content(ctx: Ctx, tok):
    """Content of a cue whose complement is not a clause: its object and what follows
    it. Only for cues the lexicon marks as taking one (class ``speech`` with an object)."""
    xcomp = next((c for c in tok.rights if c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
    if xcomp is None:
        # "tells his supporters at a rally to go vote": the infinitive read as an adverbial
        xcomp = next((c for c in tok.rights if c.dep_ == "advcl" and _infinitive(c) and any(
            d.dep_ in ("dobj", "dative") and d.i < c.i for d in tok.rights)), None)
    addressee = next((c for c in tok.rights if c.dep_ in ("dobj", "dative") and c.i < (xcomp.i if xcomp is not None else 0)), None)
    if xcomp is not None and (tok.tag_ != "VBG" or _progressive(tok) or _intention_in_progress(tok) or _request_in_a_participle(tok, addressee)) and (
        addressee is not None or cues.verb_object(tok) or cues.takes_infinitive(tok) or cues.cue_class(tok) == cues.THOUGHT
    ):
        # "told his advisers to figure out ...", "pledged to cut taxes": a request (with
        # its addressee) or a pledge; not an aspect verb ("continues to fly")
        if _stance_on_a_report(tok, xcomp) or _price_to_do(tok, xcomp):
            return None
        first = addressee or xcomp
        if ctx.sent_id[first.left_edge.i] != ctx.sent_id[tok.i]:
            return None
        # "refused to ban the athletes after the agency called for the ban": not the other
        # report; a condition stays with a pledge or request ("vows not to take their calls
        # until it agrees to change course", "pressed Clinton to do more if she wanted …")
        end = _coordinated_on_the_cue(ctx, tok, xcomp.right_edge.i + 1, "VB")
        end = _condition_hung_on_the_cue(ctx, tok, end)
        hi = _before_a_report_of_its_own(ctx, first.left_edge.i, end, _NARRATIVE_OPENERS)
        hi = _before_what_prompted_it(ctx, xcomp, first.left_edge.i, hi)
        if cues.cue_class(tok) == cues.THOUGHT:
            hi = _before_how_the_holder_went_about_it(ctx, xcomp, first.left_edge.i, hi)
            hi = _before_the_reason_for_it(ctx, xcomp, first.left_edge.i, hi)
            hi = _before_the_holders_own_occasion(ctx, tok, xcomp, first.left_edge.i, hi)
        return _content_runs_span(ctx, first.left_edge.i, hi, tok)
    if not cues.verb_object(tok):
        return _judgement_content(ctx, tok) or _prepositional_content(ctx, tok)
    if _person_finding_a_thing(ctx, tok):
        return None
    demand = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("for", "on") and tok.lemma_ == "call"), None)
    if demand is None and tok.lemma_ == "call" and (clause := cues.demand_clause(tok)) is not None:
        # "called for the coach to be fired": the clause after "for" is the demand
        return _content_runs_span(ctx, clause.left_edge.i + 1, clause.right_edge.i + 1, tok)
    if demand is not None:
        # "called for an investigation", "called on Congress to act": the demand
        lo = demand.i + 1
        hi = demand.right_edge.i + 1
        tail = [c for c in tok.rights if c.i > demand.i and c.dep_ in ("xcomp", "advcl", "ccomp")]
        if tail:
            hi = max(hi, max(c.right_edge.i for c in tail) + 1)
        return _content_runs_span(ctx, lo, hi, tok) if hi > lo else None
    right = [
        c for c in tok.rights
        if c.dep_ in _OBJECT_DEPS or (c.dep_ == "prep" and c.lower_ in ("for", "on", "about", "of", "as") and not _when(c))
    ]
    if not right or right[0].dep_ == "prep":
        return _prepositional_content(ctx, tok)
    if cues.cue_class(tok) in (cues.THOUGHT, cues.STANCE):
        # "has opposed it for years", "supports the bill": what is held is the object
        right = [c for c in right if c.dep_ in _OBJECT_DEPS][:1]
    right = right + _finding_predicate(tok, right) + _object_complement(ctx, tok, right)
    right = right + _as_what_it_is(tok, max(c.right_edge.i for c in right), right)
    right = right + _examples_of_the_object(tok, max(c.right_edge.i for c in right), right)
    lo = right[0].left_edge.i
    hi = _before_audience(max(c.right_edge.i for c in right) + 1, right[-1])
    if ctx.doc[lo].tag_ == "VBG":
        hi = _coordinated_on_the_cue(ctx, tok, hi, "VBG")
    hi = _before_a_report_of_its_own(ctx, lo, hi)
    hi = _before_the_occasion(ctx, lo, hi)
    if ctx.sent_id[lo] != ctx.sent_id[tok.i]:
        return None
    if ctx.doc[lo].pos_ in ("NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM") or ctx.doc[right[0].i].pos_ in ("NOUN", "PROPN"):
        hi = _noun_object_continued_above_the_cue(ctx, tok, hi)
    return _content_runs_span(ctx, lo, hi, tok)


#: words that open a phrase naming part of what the object covers ("condemned Russia's
#: invasion of Ukraine, including its annexation of Crimea")
_OBJECT_EXTENDERS = frozenset({"including", "especially", "particularly", "notably"})


def _noun_object_continued_above_the_cue(ctx: Ctx, tok, hi: int) -> int:
    """``emphasizing economic fairness, and a need to raise the minimum wage``, ``avoids
    condemning Russia's invasion of Ukraine, including its annexation of Crimea``: the
    parse hangs a second object noun, or a phrase of what the object includes, on a verb
    above the cue instead of on the object. Joined right after the object (a comma and a
    coordinator, or a word of :data:`_OBJECT_EXTENDERS`), a noun phrase with no verb of
    its own is more of what the cue's holder stressed, condemned or supports; the
    content runs on to its end."""
    doc = ctx.doc
    if hi >= len(doc) or ctx.sent_id[hi] != ctx.sent_id[tok.i]:
        return hi
    # a verb above the cue (or the root a misparse made of a noun): a noun above it is
    # something the cue's own phrase hangs on ("between Russia, which is supporting
    # Assad, and the coalition": the coalition is Russia's partner, not what is supported)
    above = {tok.i} | {a.i for a in tok.ancestors if a.pos_ in ("VERB", "AUX") or a.dep_ == "ROOT"}
    k = hi
    if doc[k].text == ",":
        k += 1
    if k >= len(doc):
        return hi
    if doc[k].dep_ == "cc" and doc[k].lower_ in ("and", "or") and doc[k].head.i in above:
        phrase = next((c for c in doc[k].head.children if c.dep_ == "conj" and c.i > k), None)
        if phrase is None or phrase.pos_ not in ("NOUN", "PROPN") or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in phrase.children
        ):
            return hi
    elif doc[k].lower_ in _OBJECT_EXTENDERS and doc[k].dep_ == "prep" and doc[k].head.i in above and doc[hi].text == ",":
        phrase = doc[k]
    else:
        return hi
    if any(ctx.outer[j] >= 0 for j in range(hi, phrase.right_edge.i + 1)):
        return hi
    return phrase.right_edge.i + 1


#: subordinators of a condition on a pledge or request (PolNeAR train, round 24: hung on
#: the cue, 2 gained, 0 lost; "when", "whenever" decided nothing)
_CONDITIONS = frozenset({"if", "unless", "until", "once"})


def _condition_hung_on_the_cue(ctx: Ctx, tok, hi: int) -> int:
    """``vowed to impose a punishing tariff on imports of Fords unless the company cancels
    its investment``: the parse hangs the condition of a pledge or request on the cue verb,
    not on the infinitive; but a condition stays with what was pledged (as it does when
    hung on the infinitive, :data:`_NARRATIVE_OPENERS`). The content ``[…, hi)`` runs on
    through a condition clause that follows it right away (a comma at most between), with
    no quoted words of its own."""
    doc = ctx.doc
    if hi >= len(doc) or ctx.sent_id[hi] != ctx.sent_id[tok.i]:
        return hi
    for c in tok.rights:
        if c.dep_ != "advcl" or c.left_edge.i < hi:
            continue
        first = doc[c.left_edge.i]
        if first.lower_ not in _CONDITIONS or first.dep_ != "mark" or first.head.i != c.i:
            continue
        gap = doc[hi : c.left_edge.i]
        if all(t.text == "," or t.is_space for t in gap) and not any(ctx.outer[k] >= 0 for k in range(hi, c.right_edge.i + 1)):
            return c.right_edge.i + 1
    return hi


def _coordinated_on_the_cue(ctx: Ctx, tok, hi: int, form: str) -> int:
    """``wants to triple AmeriCorps, grow the Peace Corps and create a reserve``, ``has
    mentioned refinancing student loans and forcing universities to spend more``: the
    parse hangs the second and third verbs of the content on the cue. A verb joined to
    the cue right after the content, in the content's form (a bare infinitive, a gerund)
    which is not the cue's own, with no subject, is more of the content: the cue's
    subject did not "grow" or "forcing" anything. The content runs to its end."""
    if tok.tag_ == form or hi >= len(ctx.doc) or ctx.sent_id[hi] != ctx.sent_id[tok.i]:
        return hi
    for c in tok.rights:
        if c.i < hi or c.dep_ not in ("conj", "advcl"):
            continue  # "…, hire more teachers": a bare verb after a comma may be read as an adverbial
        if c.tag_ != form or any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for g in c.children):
            break
        gap = ctx.doc[hi : c.left_edge.i]
        if not all(t.is_punct and t.text in (",",) or t.dep_ == "cc" or t.dep_ == "advmod" for t in gap):
            break
        if any(ctx.outer[k] >= 0 for k in range(hi, c.left_edge.i)):
            break
        hi = c.right_edge.i + 1
        # "grow X and create Y": the last verb hangs on the second
        for g in c.rights:
            if g.dep_ == "conj" and g.pos_ == "VERB" and not any(x.dep_ in ("nsubj", "nsubjpass") for x in g.children):
                hi = max(hi, g.right_edge.i + 1)
    return hi


#: prepositions that open the occasion of a remark ("during a campaign stop", "at a rally")
_OCCASION_PREPS = frozenset({"during", "at", "in", "on"})
def _before_the_occasion(ctx: Ctx, lo: int, hi: int) -> int:
    """``criticized the Affordable Care Act as a “crazy system” during a campaign stop in
    Flint``, ``denounced the annexation in an on-air diatribe``: a phrase at the end of
    an object's content that names the occasion or medium of the remark modifies the cue
    verb, whatever the parse hangs it on; what was said ends before it."""
    doc = ctx.doc
    for k in range(lo + 1, hi):
        t = doc[k]
        if t.dep_ not in ("prep", "nmod") or t.lower_ not in _OCCASION_PREPS or t.right_edge.i < hi - 1 or ctx.outer[k] >= 0:
            continue
        pobj = next((g for g in t.children if g.dep_ == "pobj"), None)
        if pobj is None or any(ctx.outer[j] >= 0 for j in range(k, hi)):
            continue
        head = t.head
        # hung on the cue outside the content, on a quoted label, or on what an "as"
        # phrase calls the object; not a modifier of the object's own words ("the
        # strategy Obama trumpeted during his address", "participants in the meeting")
        if not (head.i < lo or ctx.outer[k - 1] >= 0 or head.dep_ == "pobj" and head.head.lower_ == "as"):
            continue
        lemma = pobj.lemma_.lower()
        if lemma in load_set("occasion_nouns.txt") or lemma in _SETTINGS and lemma not in ("part", "general", "particular", "detail", "term"):
            return k
    return hi


#: subordinators of a clause that tells what led to a request or pledge ("after hackers
#: targeted …", "because the storm knocked out power")
_PROMPTS = frozenset({"after", "because", "since"})


def _before_what_prompted_it(ctx: Ctx, xcomp, lo: int, hi: int) -> int:
    """``The FBI warned state officials to boost their election security after hackers
    targeted data systems in two states``: a past-tense clause with its own subject,
    opened by "after", "because" or "since", at the end of an infinitive's content tells
    what prompted the warning or pledge; the parse hangs it on the infinitive, but the
    source asked for the act, not for the event. A condition ("until the storm passes",
    "if it rains") stays."""
    for c, opener in _closing_clauses(ctx, xcomp, lo, hi, _PROMPTS):
        if c.tag_ == "VBD" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            return edges.end_before(ctx.doc, lo, opener.i)
    return hi


def _closing_clauses(ctx: Ctx, xcomp, lo: int, hi: int, openers):
    """The adverbial clauses the parse hangs on an infinitive's content that close it
    (they run to ``hi``), opened by a subordinator of ``openers`` inside the content and
    with no quoted words from there on, each with its subordinator: the candidates
    :func:`_before_what_prompted_it` and :func:`_before_the_holders_own_occasion` cut."""
    for c in xcomp.rights:
        if c.dep_ != "advcl" or c.right_edge.i < hi - 1:
            continue
        opener = c.left_edge
        if opener.lower_ not in openers or opener.dep_ != "mark" or not lo < opener.i < c.i:
            continue
        if any(ctx.outer[k] >= 0 for k in range(opener.i, hi)):
            continue
        yield c, opener


def _before_how_the_holder_went_about_it(ctx: Ctx, xcomp, lo: int, hi: int) -> int:
    """``She sought to rally white working-class Democrats, contrasting her own respect
    for the Second Amendment with Mr. Obama's calls for gun control``, ``had decided not
    to run, half-joking to friends that …``: a participle set off by a comma at the end
    of an intention's infinitive, with no subject of its own, tells what the holder did
    while aiming at it (the writer's narrative); the parse hangs it on the infinitive,
    but what was wanted, sought or decided ends at the comma. Only a participle acting
    on an object or a clause: the holder's act, not the last noun's outcome."""
    doc = ctx.doc
    for c in xcomp.rights:
        if c.dep_ not in ("advcl", "xcomp") or c.tag_ != "VBG" or c.right_edge.i < hi - 1:
            continue
        left = c.left_edge.i
        if not lo < left - 1 or doc[left - 1].text != "," or any(ctx.outer[k] >= 0 for k in range(left - 1, hi)):
            continue
        if any(g.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for g in c.children):
            continue
        if not any(g.dep_ in ("dobj", "ccomp") for g in c.children):
            # "to capitalize on a string of missteps, culminating in Trump's suggestion":
            # a participle with no object or clause of its own tells what the last
            # noun came to, not what the holder did
            continue
        return left - 1
    return hi


#: a possessive holder's subject form ("their call … as they marched": the same holder)
_SUBJECT_FORM = {"his": "he", "her": "she", "their": "they", "its": "it", "our": "we", "my": "i"}


def _before_the_holders_own_occasion(ctx: Ctx, tok, xcomp, lo: int, hi: int, holder=None) -> int:
    """``He sought to stoke positive energy as he stopped by his campaign headquarters``:
    a clause opened by "as" or "while" at the end of an intention's infinitive whose
    subject is the holder again (the same pronoun as the cue's subject, or "he", "she",
    "they" for a name of that number) tells when the holder aimed at it, the writer's
    narrative. A clause about something else stays ("wants to cut taxes as the economy
    slows"). ``holder``: the holder when it is not ``tok``'s subject (a noun's possessor)."""
    from .mention import subject_of

    holder = holder if holder is not None else subject_of(tok)
    if holder is None:
        return hi
    for c, opener in _closing_clauses(ctx, xcomp, lo, hi, ("as", "while")):
        subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ != "PRON":
            continue
        same = subj.lower_ == _SUBJECT_FORM.get(holder.lower_, holder.lower_) or holder.pos_ in ("PROPN", "NOUN") and (
            subj.lower_ in ("he", "she") and holder.tag_ in ("NNP", "NN") or subj.lower_ == "they" and holder.tag_ in ("NNS", "NNPS"))
        if same:
            return edges.end_before(ctx.doc, lo, opener.i)
    return hi


def _before_the_reason_for_it(ctx: Ctx, xcomp, lo: int, hi: int) -> int:
    """``did not want to be quoted by name because of the sensitivity of the issue``,
    ``decided to act in part because of a spike in crossings``: "because of" at the end
    of an intention's infinitive gives the writer's account of why the holder wants it,
    not part of what is wanted (a clause with "because" is cut as what prompted it)."""
    doc = ctx.doc
    for c in xcomp.rights:
        if c.lower_ != "because" or c.dep_ not in ("prep", "advmod") or c.right_edge.i < hi - 1:
            continue
        if not any(g.lower_ == "of" for g in c.children) or any(ctx.outer[k] >= 0 for k in range(c.i, hi)):
            continue
        end = c.left_edge.i
        # "in part because of": the hedge belongs to the reason
        while end - 1 > lo and doc[end - 1].dep_ == "advmod" and doc[end - 1].head.i == c.i:
            end -= 1
        if end - 2 > lo and doc[end - 2].lower_ == "in" and doc[end - 1].lower_ == "part":
            end -= 2
        end = edges.end_before(doc, lo, end)
        return end if end > lo else hi
    return hi


def _narrated_refusal(tok) -> bool:
    """``The jets struck the group after they entered the zone and refused to return``: a
    refusal, vote or agreement (the frame 'infinitive') coordinated with an act in a
    clause that says when or why something else happened is a step in the writer's
    narrative, not a position reported ("The committee refused to ban the athletes",
    "when the court refused to reconsider the decision" are ones)."""
    if tok.dep_ != "conj" or not (cues.takes_infinitive(tok) and cues.cue_class(tok) == cues.STANCE):
        return False
    verb = _first_conjunct(tok)
    return verb.dep_ == "advcl" and edges.subordinate_cue(verb) and cues.cue_class(verb) is None


#: verbs of refusing whose infinitive of saying says what was not said
_REFUSING = frozenset({"decline", "refuse"})
#: words that open an indirect question ("whether", "how", "who" …)
_QUESTION_OPENERS = frozenset({"whether", "if", "how", "who", "whom", "what", "why", "when", "where", "which"})


def _refused_saying(tok) -> bool:
    """``The chief declined to say whether the officer would be disciplined``, ``refused
    to discuss how the money was spent``: a verb of saying under a refusal, whose
    complement is an indirect question, reports nothing said: the chief said neither
    that the officer would be disciplined nor that he would not. The refusal is the
    attribution, its content the infinitive and the question ("to say whether …", as
    PolNeAR marks it: 6 of the 9 such refusals in its train split, with the refusal as
    the cue); the inner verb gives no quote of its own."""
    if tok.dep_ != "xcomp" or cues.lemma_of(tok.head) not in _REFUSING or cues.cue_class(tok) != cues.SPEECH:
        return False
    return any(
        c.dep_ in ("ccomp", "advcl", "dobj", "xcomp") and c.i > tok.i and c.left_edge.lower_ in _QUESTION_OPENERS
        for c in tok.children
    )


def _stance_on_a_report(tok, xcomp) -> bool:
    """``declined to comment on the lawsuit``, ``refused to endorse Trump``: a verb that
    reports only its infinitive (a refusal, a vote, a threat: the frame 'infinitive')
    whose infinitive is itself a cue frames that inner attribution, which says what is
    at issue ("the lawsuit", "Trump"); the refusal around it adds an act, not a second
    thing held, and would swallow the inner quote. Verbs of wanting and hoping keep
    theirs ("would like to see him win", "what they had hoped to hear")."""
    if not (cues.takes_infinitive(tok) and cues.cue_class(tok) == cues.STANCE and cues.cue_class(xcomp) in cues.ATTRIBUTING):
        return False
    if _refused_saying(xcomp):
        return False  # "declined to discuss how the money was spent": the refusal is the report
    # an inner cue with content of its own; "declined to answer questions", "refused to
    # release the contract" (answer, release: no object frame) leave the refusal the report
    if _stance_on_a_preposition(xcomp):
        # "refused to campaign on the issue": not one of the inner verb's prepositions
        # ("campaigned for", "against"), so it reports nothing and the refusal is the report
        return any(c.dep_ == "prep" and c.lower_ in cues.verb_prepositions(xcomp) for c in xcomp.children)
    return cues.verb_object(xcomp) or bool(cues.verb_prepositions(xcomp)) or cues.takes_infinitive(xcomp)


#: subordinators that open a clause of its own beside an infinitive's content, not a
#: condition on it ("after", "while", "because"; not "if", "until", "once", "when")
_NARRATIVE_OPENERS = edges.SUBORDINATORS - {"if", "unless", "until", "once", "when", "whenever"}


def _before_a_report_of_its_own(ctx: Ctx, lo: int, hi: int, openers=edges.SUBORDINATORS) -> int:
    """``Lawmakers accused each other of playing politics with the crisis while doctors
    warned of an outbreak``: the parse hangs a subordinate clause with a subject and a cue
    of its own on the object; that clause is another person's report, so the object's
    content ends before its subordinator."""
    doc = ctx.doc
    for k in range(lo + 1, hi):
        t = doc[k]
        if t.dep_ != "advcl" or cues.cue_class(t) not in cues.ATTRIBUTING or not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            continue
        opener = t.left_edge
        if lo < opener.i < t.i and opener.lower_ in openers and opener.dep_ in ("mark", "advmod"):
            return edges.end_before(doc, lo, opener.i)
    return hi


def _before_audience(hi: int, last) -> int:
    """"described the raid to reporters": the parse hangs whom it was said to on the
    object; the audience closing the object is not part of what was said."""
    to = next((c for c in last.rights if c.dep_ == "prep" and c.lower_ == "to" and c.right_edge.i + 1 == hi), None)
    pobj = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
    if pobj is not None and (pobj.pos_ == "PRON" or pobj.lemma_.lower() in _AUDIENCES):
        return to.i
    return hi


#: prepositions that, right after a cue's object, go on with what is said or held of it
#: ("endorsed Cruz for president", "praised her leadership in the crisis")
_COMPLEMENT_PREPS = frozenset({"for", "in", "to", "against", "with", "at", "from", "over", "than"})
#: of those, the ones that go on with a lone name or pronoun: what the stance is for or
#: against ("backed her for re-election", "defended Clinton against the allegations"), or
#: whom it is set against ("more likely to have endorsed her than Sanders")
_AFTER_A_LONE_NAME = frozenset({"for", "against", "than"})
#: objects of such a preposition that say where, when or how it was said, not what ("in a
#: statement", "in the past", "in the strongest terms", "in public")
_SETTINGS = frozenset({
    "statement", "interview", "speech", "tweet", "post", "letter", "op-ed", "rally", "debate", "email", "video", "ad",
    "address", "release", "hearing", "conference", "call", "appearance", "remarks", "news", "past", "parliament", "floor",
    "term", "person", "public", "private", "detail", "part", "general", "particular", "writing",
    "time", "event", "forum", "meeting",
})


#: the people something is said to ("described the raid to reporters", "to the crowd")
_AUDIENCES = frozenset({
    "reporter", "journalist", "audience", "crowd", "press", "media", "viewer", "listener", "reader", "supporter",
    "voter", "delegate", "donor", "lawmaker", "committee", "panel", "jury", "court", "congress", "parliament",
    "colleague", "staff", "employee", "worker", "student", "investor", "analyst", "official", "member",
})


def _object_complement(ctx: Ctx, tok, right) -> list:
    """``praised Christie's leadership in the aftermath of the storm``, ``has endorsed Cruz
    for president``, ``announced his engagement to Jerry Hall``: a prepositional phrase
    the parse hangs on the verb, written right after the object with no comma, goes on
    with what is said or held of it — unless it says when, where or in what medium ("in
    a statement", "on Tuesday", "in Iowa"). After a lone name or pronoun only "for" does
    ("criticised Trump in parliament" says where; "backed her for re-election" what)."""
    if not right or right[0].dep_ != "dobj" or cues.cue_class(tok) not in (cues.SPEECH, cues.STANCE, cues.THOUGHT):
        return []
    obj = right[0]
    lone = obj.pos_ == "PRON" or all(c.dep_ == "compound" for c in obj.children) and obj.pos_ == "PROPN"
    end = max(c.right_edge.i for c in right)
    out = []
    for c in tok.rights:
        if c.i != end + 1 or c.dep_ != "prep" or c.lower_ not in _COMPLEMENT_PREPS or _when(c) or c in right:
            continue
        if lone and c.lower_ not in _AFTER_A_LONE_NAME:
            continue
        # the phrase's noun, or a gerund ("questioning her judgment in supporting the war")
        pobj = next((g for g in c.children if g.dep_ == "pobj" or (g.dep_ == "pcomp" and g.tag_ == "VBG")), None)
        if pobj is None or pobj.lemma_.lower() in _SETTINGS or cues.is_document_noun(pobj) or pobj.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME", "ORG"):
            continue
        if c.lower_ == "to" and (pobj.lower_ in _PERSONS_SHOWN or pobj.pos_ == "PRON" and pobj.tag_ == "PRP" or pobj.lemma_.lower() in _AUDIENCES):
            continue  # "described the raid to reporters": whom it was said to, not what
        out.append(c)
        end = c.right_edge.i
    return out


#: prepositions and adverbs that say where a poll puts its object ("with 47 percent",
#: "16 points ahead of Trump", "at 17 percent", "versus Clinton", "within two points of
#: Clinton", "above 50 percent")
_STANDING_WORDS = frozenset({"with", "at", "versus", "vs", "vs.", "ahead", "behind", "over", "up", "down", "among", "within", "above", "below", "near"})


def _finding_predicate(tok, right) -> list:
    """``One poll shows Cruz 16 points ahead of Trump``, ``a Fox News poll shows Sanders
    with 47 percent``: what a document finds of its object (a standing, a share, a lead),
    which the parse hangs on the verb after the object, belongs to the finding; the
    object alone ("shows Cruz") says nothing. Not a time ("on Tuesday")."""
    if cues.cue_class(tok) != cues.DOCUMENT or not right or right[0].dep_ != "dobj":
        return []
    obj = right[0]
    return [
        c for c in tok.rights
        if c.i > obj.i and c not in right and not _when(c)
        and c.dep_ in ("advmod", "prep", "npadvmod") and c.lower_ in _STANDING_WORDS
    ]


def _when(prep) -> bool:
    """``on Tuesday``, ``for years``: a time adjunct of the verb, not part of what was said."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.ent_type_ in ("DATE", "TIME")


def _prepositional_content(ctx: Ctx, tok):
    """``warned of a coming storm``, ``argued for a delay``, ``asked about the budget``:
    a cue whose content is the object of a preposition the lexicon gives it. Only the
    first phrase after the cue: "warned of X on Tuesday" reports X."""
    preps = cues.verb_prepositions(tok)
    if not preps:
        return None
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in preps), None)
    if prep is None or any(c.dep_ in ("dobj", "ccomp") for c in tok.rights if c.i < prep.i):
        return None
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is None or ctx.sent_id[obj.i] != ctx.sent_id[tok.i] or _points_at_a_thing(tok, obj):
        return None
    hi = max([obj.right_edge.i] + [c.right_edge.i for c in _as_what_it_is(tok, prep.right_edge.i, [prep])]) + 1
    hi = _what_the_side_is_taken_on(tok, prep, hi)
    return _content_runs_span(ctx, obj.left_edge.i, hi, tok)


#: prepositions of the matter a side is taken on ("agreed with him on immigration")
_MATTER_PREPS = frozenset({"on", "about", "over"})


def _what_the_side_is_taken_on(tok, prep, hi: int) -> int:
    """``Dan McLaughlin agreed with Matthews about the winner``, ``The court sided with
    them on immigration``: after agreeing or siding "with" someone, the matter it is on,
    hung on the verb right after, is part of the stance. Not a time ("on Thursday")."""
    if cues.lemma_of(tok) not in _SIDING or prep.lower_ != "with":
        return hi
    nxt = next((c for c in tok.rights if c.dep_ == "prep" and c.i == hi and c.lower_ in _MATTER_PREPS and not _when(c)), None)
    return nxt.right_edge.i + 1 if nxt is not None else hi


def _points_at_a_thing(tok, obj) -> bool:
    """``The striker pointed to the sky``, ``she pointed to the door``: "pointed to" a bare
    noun with only an article is as often a gesture as an argument; a reason or evidence
    named comes with more ("pointed to her record", "pointed to the state's falling crime
    rate", "pointed to polls showing a tie")."""
    if cues.lemma_of(tok) != "point":
        return False
    return obj.pos_ == "NOUN" and all(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in obj.children)


def _judgement_content(ctx: Ctx, tok):
    """``Majorities see immigrants as a burden``, ``regulators did not consider Clarke a
    realistic option``: a verb of thought or perception whose object comes with what is
    judged of it (an ``as`` phrase or a second complement) reports a view; its object
    alone ("saw the game") reports nothing."""
    if cues.cue_class(tok) not in (cues.THOUGHT, cues.STANCE):
        return None
    obj = next((c for c in tok.rights if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    judged = [c for c in tok.rights if c.i > obj.i and (c.dep_ in ("oprd", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as") or (c.dep_ == "xcomp" and not _infinitive(c)) or _as_predicate(c))]
    judged += [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "as"]
    if not judged:
        return None
    hi = max(c.right_edge.i for c in judged) + 1
    if ctx.sent_id[obj.left_edge.i] != ctx.sent_id[tok.i]:
        return None
    return _content_runs_span(ctx, obj.left_edge.i, hi, tok)


def _as_what_it_is(tok, end: int, taken) -> list:
    """``Obama has described the dinner as Washington celebrating itself``, ``Beijing
    refers to the islands as Chinese bases``, ``described the country as beset by
    crime``, ``dismissed the report as partisan`` (an adjective the parse hangs on "as"):
    the "as" phrase written right after the object of a cue says what the
    speaker makes of it; the parse hangs it on the verb (a preposition, or a clause
    opened by "as"), where the object's content would stop. Not a clause of time with a
    finite verb ("backing the government as the United States and France support the
    rebels", which the parse may read as a preposition and its object)."""
    doc = tok.doc
    out = []
    for c in tok.rights:
        if c in taken or c.left_edge.i != end + 1 or c.left_edge.lower_ != "as":
            continue
        after = doc[c.right_edge.i + 1] if c.right_edge.i + 1 < len(doc) else None
        if after is not None and after.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            continue
        if c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ in ("pobj", "pcomp") or g.pos_ == "ADJ" for g in c.children):
            out.append(c)
        elif c.dep_ == "advcl" and c.left_edge.dep_ == "mark" and c.tag_ not in ("VBD", "VBZ", "VBP") and not any(g.dep_ == "aux" for g in c.children):
            out.append(c)
    return out[:1]


#: prepositions that, right after a cue's object, give examples of it or narrow it
#: ("opposes new taxes, like a levy on fuel", "championed equal opportunities,
#: especially for low-income students")
_EXAMPLE_PREPS = frozenset({"like", "including", "excluding", "except"})
_EXAMPLE_ADVERBS = frozenset({"especially", "particularly", "notably", "mainly", "chiefly", "even"})


def _examples_of_the_object(tok, end: int, taken) -> list:
    """``She supports spending projects, like building infrastructure``, ``denounced crass
    behavior by Trump``, ``opposes abortions in all cases except to save the life of the
    mother``: the parse hangs a preposition that follows a cue's object on the verb,
    where the object's content would stop. A phrase of examples or exceptions ("like",
    "including", "such as", "except", one led by "especially") belongs to the object;
    so does a "by" phrase naming a person or body right after the object of an active
    verb, the object's doer (the verb, active, has no agent of its own; "by 9 points",
    "by name", "by asserting …" are the verb's margin or means: PolNeAR train, round 25).
    What the cue's holder holds is the object with its examples."""
    doc = tok.doc
    if any(c.dep_ == "auxpass" for c in tok.children):
        return []
    for c in tok.rights:
        if c in taken or c.dep_ != "prep" or c.i <= end:
            continue
        start = c.left_edge.i
        gap = doc[end + 1 : start]
        if any(not (t.text == "," and t.i == end + 1) for t in gap):
            break
        if not any(g.dep_ in ("pobj", "pcomp") for g in c.children):
            break
        first = doc[start]
        if c.i + 1 < len(doc) and doc[c.i + 1].text == ":":
            break  # "including: A, who …; B, who …": the writer's own list, set out after a colon
        if c.lower_ in _EXAMPLE_PREPS or first.lower_ in _EXAMPLE_ADVERBS or c.lower_ == "as" and first.lower_ == "such":
            return [c]
        doer = next((g for g in c.children if g.dep_ == "pobj"), None)
        if c.lower_ == "by" and not gap and doer is not None and (doer.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or is_person_like(doer)):
            return [c]  # "by 9 points", "by name", "by asserting …": a margin or a means, the verb's
        break
    return []


def _as_predicate(c) -> bool:
    """``voters see the campaign as most unfair``: an "as" phrase around an adjective,
    which the parse makes an adverbial clause opened by "as", is what is judged of the
    object, like "as a burden"."""
    return c.dep_ == "advcl" and c.pos_ == "ADJ" and c.left_edge.lower_ == "as" and c.left_edge.head.i == c.i


def _person_finding_a_thing(ctx: Ctx, tok) -> bool:
    """"The audit found waste" reports what the audit says; "officers found the victims"
    reports what officers did. A person's finding is a report only as a clause ("officers
    found that the door was forced", read as a complement elsewhere), a judgement on
    something ("a judge found the law unconstitutional") or with quoted words in it."""
    if cues.cue_class(tok) != cues.DOCUMENT:
        return False
    subject = _speaker_subject(tok, ctx)
    if subject is None or not is_person_like(subject):
        return False
    if any(c.dep_ in ("oprd", "xcomp", "acomp", "ccomp") and c.tag_ != "VBG" for c in tok.rights):
        return False  # a judgement; "found the man lying in the street" is what they saw
    objects = [c for c in tok.rights if c.dep_ in _OBJECT_DEPS]
    if any(g.dep_ == "amod" and g.i > c.i for c in objects for g in c.children):
        return False  # "found that action unconstitutional", parsed as a noun and its adjective
    return not any(ctx.outer[i] >= 0 for c in objects for i in range(c.left_edge.i, c.right_edge.i + 1))


def _content_runs_span(ctx: Ctx, lo: int, hi: int, tok):
    doc = ctx.doc
    hi = _object_conjunct_on_the_cue(ctx, tok, hi)
    hi = _through_a_hyphenated_word(ctx, hi)
    while lo < hi and (doc[lo].is_punct and ctx.outer[lo] < 0):
        lo += 1
    while hi > lo and _loose_punct(ctx, hi - 1):
        hi -= 1
    sid = ctx.sent_id[tok.i]
    while hi > lo and ctx.sent_id[hi - 1] != sid:
        hi -= 1
    runs = edges.trim(ctx, [(lo, hi)], tok.i) if hi > lo else []
    out = []
    for a, b in runs:
        b = _shed_loose_end(ctx, a, b)
        if b > a:
            out.append((a, b))
    return out


def _through_a_hyphenated_word(ctx: Ctx, hi: int) -> int:
    """``feared the re-emergence of a German colossus``, ``Clinton's super-qualifications
    to be president``: the parse may split a hyphenated word into pieces it hangs on the
    verb one by one, so content taken from the first piece's phrase ends inside the
    word ("the re"). A content never ends at a hyphen written with no space on either
    side: it runs through the word and the phrase of its last piece."""
    doc = ctx.doc
    while 0 < hi < len(doc) - 1 and doc[hi].text in ("-", "–") and not doc[hi - 1].whitespace_ and not doc[hi].whitespace_ and ctx.outer[hi] < 0:
        nxt = doc[hi + 1]
        if nxt.is_punct or ctx.sent_id[nxt.i] != ctx.sent_id[hi - 1]:
            break
        end = nxt.right_edge.i + 1
        hi = end if end > hi + 2 and ctx.sent_id[end - 1] == ctx.sent_id[nxt.i] else hi + 2
    return hi


def _object_conjunct_on_the_cue(ctx: Ctx, tok, hi: int) -> int:
    """``Cruz questioned Trump's “New York values” and his readiness to be commander in
    chief``, ``many see immigrants as a burden and as people who refuse to assimilate``:
    the parse coordinates the second conjunct of the content with the cue verb. A noun
    or preposition cannot be joined to a verb: joined on right after the content by
    "and" or "or", it is the content's own second conjunct. The content's new end."""
    doc = ctx.doc
    j = hi
    while j < len(doc) and (doc[j].is_space or doc[j].text == "," and ctx.outer[j] < 0 or doc[j].is_quote and j == hi
                            or tok.pos_ == "VERB" and _dash_before_conjunct(ctx, j)):
        j += 1  # a comma, a dash, or the closing mark of quoted words the content ends with
    if j >= len(doc) or doc[j].dep_ != "cc" or doc[j].lower_ not in ("and", "or") or doc[j].head.i != tok.i:
        return hi
    for c in tok.rights:
        if c.dep_ != "conj" or c.left_edge.i != j + 1 or ctx.sent_id[c.right_edge.i] != ctx.sent_id[tok.i]:
            continue
        # a preposition only when it repeats the content's own ("as a burden and as
        # people who …"); "and across demographic lines" says where, not what
        if c.pos_ in ("NOUN", "PROPN") or c.pos_ == "ADP" and any(x.dep_ == "prep" and x.lower_ == c.lower_ and x.i < c.i for x in tok.children):
            return c.right_edge.i + 1
    return hi


def _dash_before_conjunct(ctx: Ctx, j: int) -> bool:
    """``wants to emerge as the go-to candidate for mainstream Republicans — and the chief
    alternative to Donald Trump``: a spaced dash right before "and" or "or" sets the
    content's second conjunct off for emphasis; it opens no aside of the writer's
    (edges._dash_goes_on), so the conjunct the parse hangs on the cue is still content.
    Only after a verb cue: on a noun cue ("Graham's endorsement of Cruz – and Cruz's
    refusal to disavow it"), a noun conjunct is the cue's own coordinate."""
    doc = ctx.doc
    return (doc[j].text in ("—", "–", "-", "--") and ctx.outer[j] < 0 and j + 1 < len(doc)
            and doc[j + 1].lower_ in ("and", "or") and bool(doc[j - 1].whitespace_ or doc[j].whitespace_))


def _elaboration_after_a_colon(ctx: Ctx, cue, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``Cruz said it falls flat for one reason: the pride he feels for his father is not
    one he extends to others``, ``reiterated the pledges he has been making for months:
    rebuilding the military and building a wall``: a colon right after the content
    announces what the content only names; the words after it, to the sentence's end,
    spell it out and are the source's too (the parse hangs them elsewhere). Only after a
    content of at least :data:`MIN_CONTENT_WORDS` words that comes after the cue, and
    only a clause or verb phrase: not quoted words or a report of its own (a direct
    quote, a new attribution), a bare list of names ("…challenged by a rival: former Gov.
    Jeb Bush", who, not what) or a question (the writer asking)."""
    if not runs:
        return runs
    doc = ctx.doc
    a, b = runs[-1]
    if a < cue.i or _words(ctx, a, b) < MIN_CONTENT_WORDS or ctx.outer[b - 1] >= 0:
        return runs
    colon = b
    while colon < len(doc) and doc[colon].is_space:
        colon += 1
    if colon >= len(doc) - 1 or doc[colon].text != ":" or ctx.outer[colon] >= 0 or ctx.sent_id[colon] != ctx.sent_id[cue.i]:
        return runs
    end = _sentence_end(ctx, colon)
    tail = doc[colon + 1 : end]
    if any(ctx.outer[t.i] >= 0 or t.is_quote for t in tail) or _words(ctx, colon + 1, end) < MIN_CONTENT_WORDS:
        return runs
    if not any(t.pos_ in ("VERB", "AUX") for t in tail) or any(t.text == "?" for t in tail):
        return runs  # "…: former Gov. Jeb Bush", a list of names; "…: Should she …?", the writer's question
    if any(t.head.i < a and t.head.i != cue.i for t in tail):
        return runs  # "a defeat Obama believes to be the worst of his career: The failure to …" names the defeat
    if any(cues.cue_class(t) in cues.ATTRIBUTING and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) for t in tail):
        return runs  # "…: officials said the plan would …": a report of its own
    more = _content_runs_span(ctx, colon + 1, end, cue)
    if not more:
        return runs
    return runs[:-1] + [(a, more[-1][1])]


def _sentence_start(ctx: Ctx, i: int) -> int:
    while i > 0 and ctx.sent_id[i - 1] == ctx.sent_id[i]:
        i -= 1
    return i


def _sentence_end(ctx: Ctx, i: int) -> int:
    """The index after the last token of token ``i``'s sentence."""
    sid = ctx.sent_id[i]
    while i < len(ctx.doc) and ctx.sent_id[i] == sid:
        i += 1
    return i


def _colon_before_cue(ctx: Ctx, clause, tok) -> bool:
    """``We have been here before: Osama bin Laden declared war …``: a clause ended by a
    colon before the cue's sentence goes on is the writer's lead-in, not what the cue's
    subject said; a report before its tag ends with a comma or a closing quote mark (no
    PolNeAR train attribution has a colon between its content and its cue)."""
    if clause.i > tok.i:
        return False
    return any(ctx.doc[k].text == ":" for k in range(clause.right_edge.i, tok.i))


def _semicolon_before_cue(ctx: Ctx, clause, tok) -> bool:
    """``Smith said the verdict was unjust; the family plans to appeal``: a semicolon
    closes a clause of its own; a cue after it opens a new one, and its content never
    reaches back across the semicolon to the clause before (the parse may hang that clause
    on the later verb as its complement). A semicolon inside quote marks is the speaker's
    punctuation, not the writer's. Nor does it start after a semicolon that follows the cue
    (``Turnout was low, the clerk said; the mayor believes …``): that is the next clause."""
    lo, hi = (tok.i, clause.left_edge.i) if clause.i > tok.i else (clause.right_edge.i, tok.i)
    return any(ctx.doc[k].text == ";" and ctx.outer[k] < 0 for k in range(lo, hi))


def _that_clause_after(comp, cue) -> bool:
    return comp.i > cue.i and any(c.dep_ == "mark" and c.lower_ in ("that", "whether") and c.i == comp.left_edge.i for c in comp.children)


#: what may follow a closing tag's cue before the full stop: when, where, to whom, how
_TAG_ADJUNCTS = frozenset({"npadvmod", "prep", "advmod", "punct", "dative", "agent"})
#: prepositions of when, where and through what a closing tag may carry ("said on
#: Tuesday", "wrote in an email", "posted on Facebook", "told reporters at a briefing")
_TAG_PREPOSITIONS = frozenset({"in", "on", "at", "during", "after", "before", "from", "via", "through", "over", "to", "with", "by", "outside", "inside"})
_RELATIVE_SUBJECTS = frozenset({"who", "which", "that", "whom"})
#: finite verb tags: a reported clause has one
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: verbs whose object is the person told ("she told reporters"), not the words
_TELLING = frozenset({"tell", "inform", "brief", "assure", "remind"})


def _closing_tag(ctx: Ctx, tok, cls):
    """"CLAUSE, she said." when the parse hung the clause's words on the cue instead
    ("… like-minded, if bogus, ideas …, she said" parsed with "said" as an adverbial of
    the clause, and "people" as a second subject): a speech cue whose nearest subject
    follows a comma, and after which come only when, where or to whom ("said on
    Tuesday", "told reporters"), closes its sentence and is a tag on everything before
    the comma, whatever the parse says. Returns the comma and the speaker."""
    subjects = [c for c in tok.lefts if c.dep_ == "nsubj"]
    record = _records_closing_tag(ctx, tok) if cls == cues.DOCUMENT else None
    if record is None and (cls != cues.SPEECH or tok.dep_ in ("relcl", "acl")):
        return None
    inverted = _inverted_closing_tag(ctx, tok) if record is None else None
    named = _name_before_a_subjectless_cue(ctx, tok) if record is None and inverted is None and not subjects else None
    if named is not None:
        record = named  # the comma and the name, as for a record's tag
    elif inverted is None and record is None and (not subjects or subjects[-1].lower_ in _RELATIVE_SUBJECTS):
        return None  # "…, who added to her lead": a relative clause, not a tag
    speaker_tok = inverted if inverted is not None else record[1] if record is not None else subjects[-1]
    doc = ctx.doc
    sid = ctx.sent_id[tok.i]
    start = tok.i
    while start > 0 and ctx.sent_id[start - 1] == sid:
        start -= 1
    end = _sentence_end(ctx, tok.i)
    comma = tok.i - 1 if inverted is not None else record[0] if record is not None else speaker_tok.left_edge.i - 1
    if comma - start < MIN_CONTENT_WORDS or doc[comma].text != ",":
        return None
    quoted = any(ctx.outer[k] >= 0 for k in range(start, end))
    if quoted and not _quoted_words_inside_the_clause(ctx, start, comma, end):
        return None
    # between the comma and the cue: the speaker's phrase, or an adverb of the cue ("later")
    if inverted is None and record is None and not all(k in range(speaker_tok.left_edge.i, speaker_tok.right_edge.i + 1) or (doc[k].head.i == tok.i and doc[k].dep_ in ("advmod", "aux", "neg")) for k in range(comma + 1, tok.i)):
        return None
    for child in tok.rights:
        if inverted is not None and child.i == inverted.i:
            continue
        if child.dep_ == "prep" and child.lower_ not in _TAG_PREPOSITIONS:
            return None  # "talked about …", "calls for …": the preposition brings the content
        if child.dep_ not in _TAG_ADJUNCTS and not (child.dep_ == "dobj" and cues.lemma_of(tok) in _TELLING):
            return None
    if not all(doc[k].is_punct or doc[k].is_space for k in range(tok.right_edge.i + 1, end)):
        return None
    if not any(doc[k].tag_ in _FINITE for k in range(start, comma)) and not ((quoted or inverted is not None) and _verb_read_as_noun(ctx, start, comma)) and not _past_verb_read_as_participle(doc, start, comma):
        return None  # "With the deal finalized, …", "In a 1963 speech, …": no clause reported
    if _fronted_subordinate_clause(tok, start, comma):
        return None
    return comma, speaker_tok


def _past_verb_read_as_participle(doc, start: int, comma: int) -> bool:
    """``A charter bus carrying members of a church choir overturned on Highway 58 early
    Sunday, killing two people, authorities said``: after a subject with a participle in
    it, the tagger reads the report's past-tense verb as another participle ("a choir
    overturned on …"). Before a closing tag, a clause opened by a determiner whose only
    verb-like word after the subject's participle is such a past participle, with no
    auxiliary, carrying a phrase of its own, has that verb."""
    if doc[start].pos_ != "DET":
        return False
    participles = [k for k in range(start + 1, comma) if doc[k].tag_ == "VBG" and doc[k].dep_ == "acl"]
    return bool(participles) and any(
        doc[k].tag_ == "VBN" and doc[k].dep_ == "acl" and k > participles[0]
        and not any(c.dep_ in ("auxpass", "aux", "agent") for c in doc[k].children)
        and any(c.dep_ in ("prep", "npadvmod", "advmod") for c in doc[k].children)
        for k in range(start + 1, comma)
    )


def _quoted_verb_read_as_noun(ctx: Ctx, comp) -> bool:
    """``Obama said the words “lump” the good Muslims with the bad``: a verb quoted on its
    own is tagged as a noun, so the reported clause seems to have no verb; the parse
    still makes it the head of the cue's complement with a subject and an object of its
    own, which only a verb has. So does a verb in -s tagged as a plural noun (``Neither
    side's budget addresses that gap, the finance director said``: "addresses" a noun,
    its object an apposition)."""
    if comp is None or comp.dep_ != "ccomp" or comp.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    kids = {c.dep_ for c in comp.children}
    if ctx.outer[comp.i] < 0:
        return comp.tag_ == "NNS" and comp.lower_.endswith("s") and "nsubj" in kids and bool(kids & {"dobj", "appos", "prep"})
    return "nsubj" in kids and bool(kids & {"dobj", "prep", "ccomp", "xcomp"})


def _verb_read_as_noun(ctx: Ctx, start: int, comma: int) -> bool:
    """``The rejection of the treaty signals “the beginning …”``, ``The promise to take our
    country back appeals to white voters``: before a closing tag whose clause the parse
    broke, the clause's verb can be tagged as a plural noun right after the subject's
    noun. A clause opened by a subject (a determiner, noun or pronoun, not a preposition)
    with a noun in -s after another noun and before an object or preposition is read as
    a clause."""
    doc = ctx.doc
    if doc[start].pos_ not in ("DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"):
        return False
    for k in range(start + 1, comma - 1):
        t = doc[k]
        before = k - 1
        while before > start and doc[before].is_quote:
            before -= 1  # "to “take our country back” appeals"
        if t.tag_ == "NNS" and t.lower_.endswith("s") and doc[before].pos_ in ("NOUN", "PROPN", "ADV", "ADP") and doc[k + 1].pos_ in ("DET", "ADP", "PUNCT", "PRON", "ADJ"):
            return True
    return False


#: words of a document's noun phrase in a closing tag ("campaign finance records", "the
#: new poll", "F.A.A. records"); the parse may read a noun modifier as a verb ("fundraising")
_RECORD_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "VERB", "PUNCT"})


def _name_before_a_subjectless_cue(ctx: Ctx, tok):
    """``…, and closing its office in Vancouver, British Columbia, Chief Executive Dana
    Ostrand wrote in a memo to staff``: after a long report the parser may lose the tag's
    subject (the name read as one more place of a list, the cue as a verb conjoined to
    the report's). A run of capitalised names and titles right before the cue, opened by
    a comma and at least two words long (its apposition after it, "Eng. Hamad Saif Al
    Ketbi, Director-General of the Council, said"), is the tag's speaker. Returns the
    comma and the name's last word, or None."""
    doc = ctx.doc
    last = doc[tok.i - 1]
    if last.text == "," and tok.i >= 2:
        # a name with its apposition ("…, Eng. Hamad Saif Al Ketbi, Director-General of
        # the Council, said"): the name the apposition hangs on
        last = next((t for t in doc[tok.i - 2].ancestors if t.pos_ == "PROPN" and any(c.dep_ == "appos" for c in t.children)), None)
        if last is None or last.right_edge.i not in (tok.i - 1, tok.i - 2):
            return None
    k = last.i
    while k > 0 and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
        k -= 1
    if last.i - k < 2 or doc[k].text != "," or ctx.sent_id[k] != ctx.sent_id[tok.i]:
        return None
    return k, last


def _records_closing_tag(ctx: Ctx, tok):
    """``Bush had to lend his campaign hundreds of thousands of dollars last month,
    fundraising documents show``, ``Eighty-four percent of Latino voters have an
    unfavorable view of Trump, the poll found``: a document's closing tag ("records
    show", "the poll found") reports everything before its comma, as a speaker's does.
    The parse rarely sees it: it hangs the cue on a modifier it reads as a verb, or makes
    it a relative clause on the last noun before the comma. A document cue closing its
    sentence, whose subject is a plain noun phrase (no relative pronoun) running back to
    a comma, is such a tag. Returns the comma and the subject."""
    doc = ctx.doc
    subject = next((c for c in tok.lefts if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.lower_ in _RELATIVE_SUBJECTS or ctx.outer[tok.i] >= 0:
        return None
    if any(doc[k].pos_ not in ("ADV", "AUX", "PART") for k in range(subject.i + 1, tok.i)):
        return None
    k = subject.i - 1
    while k >= 0 and doc[k].text != "," and doc[k].pos_ in _RECORD_PHRASE_POS and not doc[k].is_quote and subject.i - k <= 6:
        k -= 1
    if k < 0 or doc[k].text != "," or ctx.sent_id[k] != ctx.sent_id[tok.i]:
        return None
    if any(doc[j].pos_ == "VERB" and doc[j].tag_ in _FINITE for j in range(k + 1, subject.i)):
        return None  # "…, and the senator says records show": another clause
    return k, subject


def _inverted_closing_tag(ctx: Ctx, tok):
    """``The promise to take our country back appeals to white voters, said Alan
    Abramowitz, a demographer``: a closing tag with the speaker after the cue, where the
    parse has made the report's own subject a second subject of the cue (and its verb a
    noun), so no clause hangs on it. A speech cue right after a comma whose subject
    follows it, with nothing after the speaker's phrase but when, where or to whom, is a
    tag on everything before the comma. Returns the speaker."""
    doc = ctx.doc
    if tok.i == 0 or doc[tok.i - 1].text != "," or ctx.outer[tok.i] >= 0:
        return None
    speaker = next((c for c in tok.rights if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.left_edge.i != tok.i + 1 or speaker.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    if speaker.lower_ in _RELATIVE_SUBJECTS or not any(c.dep_ in ("nsubj", "dep", "npadvmod") and c.i < tok.i for c in tok.lefts):
        return None  # only where the parse hung the report's words on the cue
    return speaker


def _quoted_words_inside_the_clause(ctx: Ctx, start: int, comma: int, end: int) -> bool:
    """``The rejection of the treaty signals “the beginning of the end” for the EU, he
    said``: quoted words inside a clause before a closing tag make a mixed quote, and
    the marks throw the parse (the verb becomes a noun, the subject a loose phrase), so
    nothing hangs on the cue. The tag still reports everything before its comma, so long
    as every quoted span lies inside that clause, the writer's words outside them are a
    clause of their own (at least a subject and more) and the clause does not open with
    a quote (then it is a direct quote with its own attribution)."""
    doc = ctx.doc
    if any(ctx.outer[k] >= 0 for k in range(comma, end)) or ctx.outer[start] >= 0:
        return False
    free = [k for k in range(start, comma) if ctx.outer[k] < 0 and not doc[k].is_punct and not doc[k].is_space]
    return len(free) >= MIN_CONTENT_WORDS + 1 and doc[start].pos_ not in ("ADP", "SCONJ")


#: words opening a fronted adverbial clause (concession, time, cause, condition)
_FRONTED_OPENERS = frozenset({*edges.SUBORDINATORS, "as"})


def _fronted_subordinate_clause(tok, start: int, comma: int) -> bool:
    """``Although the mayor said the bridge was safe, engineers disagreed``, ``As the
    mayor spoke, protesters chanted``: everything before the comma is one adverbial clause
    of the verb after it, opened by a subordinator. That clause frames the main verb (when,
    despite what, why); it is not what the main verb's subject said, so the verb is no
    closing tag on it (a report inside the clause keeps its own speaker)."""
    doc = tok.doc
    while start < comma and doc[start].dep_ == "cc" and doc[start].head.i == tok.i:
        start += 1  # "But when Congress cut funding …, Mexico said": the conjunction is the main verb's
    opener = doc[start]
    if opener.lower_ not in _FRONTED_OPENERS or opener.dep_ not in ("mark", "advmod"):
        return False
    clause = opener.head
    if not (clause.dep_ == "advcl" and clause.head.i == tok.i and clause.left_edge.i == start):
        return False
    # the parse may hang the clause's last adverbs on the main verb ("… two years later,")
    if any(doc[k].dep_ in ("nsubj", "nsubjpass") or doc[k].tag_ in _FINITE for k in range(clause.right_edge.i + 1, comma)):
        return False
    return not _main_clause_hung_on_fronted(clause, comma)


def _main_clause_hung_on_fronted(clause, comma: int) -> bool:
    """``As Trump prepared to speak on Tuesday, a girl was pepper-sprayed, police said``:
    the parse can hang the main clause ("a girl was pepper-sprayed") on the fronted one,
    so the fronted clause seems to run up to the tag's comma. Its own comma (set on its
    verb) followed by a subject before the tag shows where it really ends: the tag then
    reports the whole sentence, fronted clause included."""
    own = [c.i for c in clause.rights if c.dep_ == "punct" and c.text == ","]
    doc = clause.doc
    return bool(own) and own[0] < comma - 1 and any(doc[k].dep_ in ("nsubj", "nsubjpass") for k in range(own[0] + 1, comma))


def _through_closing_tag(ctx: Ctx, tok, cls, comp, speaker_tok, runs):
    """"The rules make it easier for landlords with unpaid, if modest, debts to evict
    tenants, she said.": the parse ends the complement early and hangs the rest of the
    report on the cue, sometimes with a noun of the report as a second subject
    ("people ... she said"). Before a closing tag everything up to the tag's comma is the
    report, so the content runs on to it, and the speaker is the tag's subject."""
    if not runs or comp.i > tok.i:
        return runs, speaker_tok
    tag = _closing_tag(ctx, tok, cls)
    if tag is None:
        return runs, speaker_tok
    comma, subject = tag
    if speaker_tok is not None and speaker_tok.i != subject.i and speaker_tok.i > comma:
        return runs, speaker_tok
    lo, hi = min(a for a, _ in runs), max(b for _, b in runs)
    if hi >= comma or all(ctx.doc[k].is_punct or ctx.doc[k].is_space for k in range(hi, comma)):
        return runs, subject
    return _content_runs_span(ctx, lo, comma, tok), subject


def _first_clause_before_conjoined_tag(ctx: Ctx, tok, cls, comp) -> list[tuple[int, int]]:
    """``Clinton had told police officials that she didn't want the escort, but the NYPD
    overruled that request, the source added.``: the parse makes the first clause the
    sentence's root and coordinates the closing tag with it, leaving the tag only the
    clause after "but". A closing tag reports everything before its comma, so the first
    clause, up to the coordinator, is content too (one report in two clauses, as in
    "A, but B, the source added")."""
    if tok.dep_ != "conj" or comp.i > tok.i or _closing_tag(ctx, tok, cls) is None:
        return []
    first = tok.head
    if first.i > comp.left_edge.i or ctx.sent_id[first.i] != ctx.sent_id[tok.i]:
        return []
    cc = next((c for c in first.children if c.dep_ == "cc" and first.i < c.i < comp.left_edge.i), None)
    if cc is None or first.left_edge.i != _sentence_start(ctx, first.i):
        return []
    return _content_runs_span(ctx, first.left_edge.i, cc.i, tok)


def _parenthetical(ctx: Ctx, tok) -> bool:
    """``CLAUSE, he said.`` / ``The museum, Mr. Obama said, would ...``: the cue hangs off
    the reported clause, set off by commas (or closing the sentence)."""
    if tok.dep_ == "parataxis":
        return not _manner_after_the_tag(tok)
    doc = ctx.doc
    lo, hi = tok.left_edge.i, tok.right_edge.i
    if tok.dep_ == "conj":
        # "…, but it is under pressure from imports, said the company's chief
        # executive.": the parse coordinates a closing attribution with the clause
        after = doc[hi + 1].text if hi + 1 < len(doc) else ""
        return lo > 0 and doc[lo - 1].text == "," and after in (".", "") and not any(
            c.dep_ == "cc" and c.i < tok.i for c in tok.children
        )
    if tok.dep_ != "advcl" or _acts_on_its_own_object(tok):
        return False
    before = doc[lo - 1].text if lo > 0 else ""
    after = doc[hi + 1].text if hi + 1 < len(doc) else ""
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) and "," in (before, after, doc[hi].text):
        return not _as_while_talking(tok)  # "As Breitbart News reported, …", "…, as the Times reported"
    if edges.subordinate_cue(tok):
        return False  # "…, when he expressed concern that …": a clause of its own, not a tag
    return before == "," and (after in (",", ".", "") or tok.head.i < tok.i)


def _manner_after_the_tag(tok) -> bool:
    """``“… pay it back,” he said, his voice breaking.``: an absolute phrase after the tag
    (a noun and a participle with no auxiliary) says how the words were said; the parse
    makes it the sentence's root and hangs the tag on it, but it is no clause reported."""
    head = tok.head
    if head.i <= tok.i or head.tag_ not in ("VBG", "VBN") or tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].text != ",":
        return False
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in head.children):
        return False
    # the phrase's own noun before the participle ("his voice"); a bare participle ("…,
    # he said, also alluding to think tanks") is the speaker's next remark
    return any(tok.i < c.i < head.i and c.pos_ in ("NOUN", "PROPN") for c in head.children)


def _acts_on_its_own_object(tok) -> bool:
    """``The rivals clashed on Wednesday, each touting their own experience``: a cue with
    a direct object of its own says what it acts on (the experience touted), so it has no
    empty slot for the clause it hangs on to fill, and is no tag on that clause. The person
    told is the one object a tag takes ("…, she told reporters"). So has a pronoun object
    with the charge after it ("…, as lawmakers accused it of profiting from teenagers")."""
    if any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in tok.children) and any(
        c.dep_ == "prep" and c.lower_ in ("of", "for", "with", "about") and any(g.dep_ in ("pobj", "pcomp") for g in c.children) for c in tok.rights
    ):
        return True
    return any(c.dep_ == "dobj" and c.pos_ != "PRON" for c in tok.children) and cues.lemma_of(tok) not in _TELLING


def _as_while_talking(tok) -> bool:
    """``As the minister spoke to reporters, video showed smoke rising``: "as" with a verb
    of talking (``talking_verbs.txt``) says when, not what was said. An "as" tag works by
    leaving its verb's content to the clause it is set on ("As the minister said, growth
    slowed"); a verb whose content is at most a topic has no such slot to leave."""
    return cues.lemma_of(tok) in cues.talking_verbs()


#: prepositions that open a gerund of what the verb's own subject did
_GERUND_PREPOSITIONS = frozenset({"after", "before", "for", "by", "since", "without", "upon", "on"})


def _doer_of_a_prepositional_gerund(tok):
    """``a former chef who was sacked after complaining that the fan was broken``: a
    gerund opened by a preposition of time or manner ("after", "before", "by", "for")
    is what the subject of the verb that preposition hangs on did; the chef complained,
    not the tribunal whose ruling the sentence reports. Only a verb that has a subject
    of its own (the relative pronoun counts: the speakers stage resolves it)."""
    prep = tok.head
    if tok.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in _GERUND_PREPOSITIONS:
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    # inside a report ("Smith said the plan would fail, before adding …") the parse may
    # hang the speaker's own next words on the reported verb: the report's speaker adds
    # them (below); a relative clause is a boundary no report reaches through
    climb = verb
    while climb.dep_ != "relcl" and climb.head.i != climb.i:
        climb = climb.head
        if cues.cue_class(climb) in cues.QUOTING:
            return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _speaker_subject(tok, ctx: Ctx | None = None):
    """Who a cue's words belong to. A participial cue with no subject of its own
    (``X said A, adding B``) speaks for the nearest cue verb above it, even when the parse
    hangs it off a verb inside the first paraphrase."""
    spk = None
    if tok.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        spk = _doer_of_a_prepositional_gerund(tok) or doer_right_before_the_gerund(tok)
        for anc in tok.ancestors if spk is None else ():
            if cues.cue_class(anc) in cues.QUOTING:
                spk = subject_of(anc) or agent_of(anc)
                break
    if spk is None and tok.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        # "The coach says the team will appeal and insists it did nothing wrong": a second
        # verb of the cue's form that the parse hung inside the reported clause is the
        # cue's subject's (the complement leaves it out: _participle_cues)
        below = tok
        for anc in tok.ancestors:
            if cues.cue_class(anc) in cues.ATTRIBUTING:
                if anc.i != tok.head.i and below.dep_ == "ccomp" and anc.i < tok.i and _same_form(tok, anc) and cues.cue_class(tok) in cues.QUOTING:
                    spk = subject_of(anc) or agent_of(anc)
                break
            below = anc
    if spk is None and tok.dep_ == "conj":
        spk = _subject_read_as_object_of_a_subordinator(tok)
    if spk is None and asked.participle(tok) or asked.set_off(tok) is not None:
        return agent_of(tok)  # "Asked whether she would run, the mayor said …": the mayor was asked
    if spk is None and (put := next((c for c in tok.lefts if asked.set_off(c) is not None), None)) is not None:
        spk = asked.set_off(put)  # "The mayor, asked whether …, said …": the mayor said
    if spk is None:
        spk = asked.asked_above(tok)  # the same, parsed with "asked" as the main verb
    if spk is None:
        spk = subject_of(tok) or agent_of(tok)
    if spk is not None and (asked.passive_subject(spk, tok) or _passive_with_agent(spk, tok)):
        spk = agent_of(tok)  # "She was asked by reporters whether …": the reporters ask
    if spk is not None and _expletive_it(spk, tok):
        # "It was announced that ...": nobody; the agent if the text names one ("It was
        # announced by the ministry that ...")
        spk = agent_of(tok)
    if spk is None:
        return None
    spk = _name_after_a_fronted_phrase(spk, tok)
    if ctx is not None and ctx.outer[spk.i] >= 0 and ctx.outer[tok.i] != ctx.outer[spk.i]:
        return None  # a word of the quoted speech the parse made the cue's subject
    if ctx is not None and ctx.sent_id[spk.i] != ctx.sent_id[tok.i]:
        # a dateline or time stamp the parser ran into the sentence ("2:40 p.m.\n\nX
        # says", "Washington (AFP) – Hillary Clinton has ..."): another subject of the
        # same verb inside the sentence, if the parse gave one
        # ("CLEVELAND (UPI) — Michael Mukasey told": the name hangs on the place)
        return next(
            (
                c for c in (*spk.head.children, *spk.children)
                if (c.dep_ in ("nsubj", "nsubjpass") and c.head.i == spk.head.i or c.dep_ == "appos" and c.head.i == spk.i)
                and c is not spk and ctx.sent_id[c.i] == ctx.sent_id[tok.i]
            ),
            None,
        )
    return spk


#: subordinators the small parser reads as prepositions before a clause's subject
_SUBORDINATING_PREPOSITIONS = frozenset({"after", "before", "until", "since", "as"})


def _subject_read_as_object_of_a_subordinator(tok):
    """``Downing Street has been forced to delay a vote after more than 40 Labour MPs
    warned they would rebel``: the parser reads "after" as a preposition with the MPs its
    object and joins "warned" to the main verb, so the main clause's subject seems to
    speak. A finite cue with no subject right after the object of "after", "before",
    "until", "since" or "as" has that object as its subject."""
    if tok.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) or tok.i == 0:
        return None
    prev = tok.doc[tok.i - 1]
    obj = prev if prev.dep_ == "pobj" else None
    while obj is None and prev.dep_ in ("compound", "amod") and prev.head.dep_ == "pobj" and prev.head.i == tok.i - 1:
        obj = prev.head
    if obj is None or obj.right_edge.i != tok.i - 1 or obj.head.lower_ not in _SUBORDINATING_PREPOSITIONS:
        return None
    return obj


def _name_after_a_fronted_phrase(spk, cue):
    """``With 50 days until the election, Minyon Moore, a senior adviser, called …``,
    ``After the vote on the bill, Sen. Smith told reporters …``: the parser ends an opening
    prepositional phrase with no comma before its last noun ("the election"), makes that
    noun the verb's subject and the named person its apposition. The subject a preposition
    opens, which is no person and has a personal name in apposition after a comma, is the
    end of that phrase: the name is who speaks. Else the subject as parsed."""
    if spk.dep_ != "nsubj" or spk.head.i != cue.i or is_person_like(spk) or spk.pos_ not in ("NOUN", "PROPN"):
        return spk
    before = spk.left_edge.i - 1
    if before < 0 or spk.doc[before].pos_ not in ("ADP", "SCONJ") or spk.doc[before].dep_ not in ("prep", "mark"):
        return spk
    name = next((c for c in spk.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON" and spk.doc[c.left_edge.i - 1].text == ","), None)
    return name if name is not None else spk


def _ends_an_opening_phrase(noun, cue) -> bool:
    """``With 50 days until the election, Minyon Moore, a senior adviser, said …``: the
    parse may leave the cue with no subject and hang the name on the last noun of the
    sentence's opening prepositional phrase. Is ``noun`` the object of a preposition whose
    phrase, opening the sentence, hangs on the cue (through any prepositions between)?"""
    t = noun
    while t.dep_ == "pobj" and t.head.dep_ == "prep":
        prep = t.head
        if prep.head.i == cue.i:
            return prep.left_edge.is_sent_start
        t = prep.head
    return False


def _passive_with_agent(subject, cue) -> bool:
    """``The plan was rejected by 64 percent of voters``, ``It was echoed by her campaign``:
    the "by" phrase of a passive cue is who speaks or holds the view; the passive subject
    is what is said or judged. ("He was quoted by the Times as saying …" is the one
    exception: the one quoted speaks, the paper reports it.)"""
    return subject.dep_ == "nsubjpass" and subject.head.i == cue.i and cues.lemma_of(cue) != "quote" and agent_of(cue) is not None


def _passive_subject_content(ctx: Ctx, tok):
    """``The proposal was rejected by 64 percent of voters``, ``Sanders was endorsed by the
    union``, ``The meeting was first reported by Politico``: a cue whose object is its
    content (an object frame in ``cue_verbs.tsv``), put in the passive with its holder in
    a "by" phrase, reports its subject: the thing rejected, endorsed or reported. Without
    a "by" phrase nobody is named ("The plan was criticized"), and a clause or infinitive
    after the verb is the content instead ("was urged by donors to run")."""
    if not cues.verb_object(tok) or cues.names_a_label(tok) or cues.lemma_of(tok) == "quote":
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None or agent_of(tok) is None or subj.i > tok.i or any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in tok.children):
        return None
    if ctx.sent_id[subj.left_edge.i] != ctx.sent_id[tok.i] or ctx.outer[subj.i] >= 0:
        return None
    return _content_runs_span(ctx, subj.left_edge.i, subj.right_edge.i + 1, tok)


def _appositive_before_cue(ctx: Ctx, tok):
    """``The bridge passed its inspections, James Carter, a spokesman for the city, said``:
    the parse hangs the name on the clause's last noun as its apposition and leaves the cue
    with no subject. A person's name set off by commas that runs, with its own appositive,
    up to the comma before the cue is the speaker, not part of what was said. Only a name
    the recogniser calls a person: on PolNeAR's train split, common nouns and places in
    that position ("…, two respected speechwriters, …", "in Bangor, Maine, …") are as often
    the writer's apposition as a speaker."""
    doc = ctx.doc
    k = tok.i - 1
    if k < 1 or doc[k].text != "," or ctx.outer[k - 1] >= 0:
        return None
    for t in doc[max(0, k - 40) : k]:
        if (
            t.dep_ == "appos" and t.pos_ == "PROPN" and t.ent_type_ == "PERSON" and t.head.i < t.left_edge.i
            and t.right_edge.i in (k - 1, k) and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","
            and ctx.sent_id[t.i] == ctx.sent_id[tok.i] and ctx.outer[t.i] < 0
        ):
            return t
    return None


def _misparsed_complementizer(tok) -> bool:
    """"that" opening a clause that has its own subject, which the parser read as the
    clause verb's object ("announced by the ministry that schools would reopen") or as an
    adverb ("tweeted in the early hours that Machado was …")."""
    return (
        tok.lower_ == "that" and tok.dep_ in ("dobj", "advmod") and tok.head.i > tok.i
        and any(c.dep_ in ("nsubj", "nsubjpass") and tok.i < c.i < tok.head.i for c in tok.head.children)
    )


def _expletive_it(subject, cue) -> bool:
    """The dummy subject of an agentless passive with its clause moved after the verb
    ("It was announced Tuesday that ...", "it is believed that ...")."""
    return (
        subject.lower_ == "it" and subject.dep_ in ("nsubjpass", "expl") and subject.head.i == cue.i
        and any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children)
    )


def _person_after_a_fronted_place(head):
    """``In Madison, Priya Venkatesan, 29, a graduate student, said …``: the parse hangs
    the person and her descriptions on the fronted place as its appositions; the place
    is where she spoke, and the first person named among them is the speaker."""
    if head.dep_ != "pobj" or head.ent_type_ not in ("GPE", "LOC", "FAC"):
        return None
    return next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"), None)


def _noun_before(ctx: Ctx, tok) -> tuple[int, int] | None:
    """When the parse gave a cue no subject ("... and Democrats accused the GOP of ..."),
    the noun phrase written right before it, if any."""
    doc = ctx.doc
    k = tok.i - 1
    while k >= 0 and doc[k].pos_ in ("ADV", "AUX", "PART") and doc[k].lower_ not in ("'s", "’s"):
        k -= 1
    if k >= 1 and doc[k].text == "," and ctx.outer[k - 1] < 0:
        # "Senator Harry Reid, the minority leader, said": the parse lost the subject into
        # an earlier phrase; the name the closing appositive describes is the speaker
        t = doc[k - 1]
        while t.dep_ in ("conj", "compound", "amod") and t.head.i != t.i and t.head.i < t.i:
            t = t.head
        if t.dep_ == "appos" and t.head.pos_ in ("PROPN", "NOUN") and t.head.i < t.i and ctx.sent_id[t.head.i] == ctx.sent_id[tok.i]:
            head = t.head
            person = _person_after_a_fronted_place(head)
            if person is not None:
                return doc[person.left_edge.i].idx, ctx.tok_end(person)
            first = head.i
            while first - 1 >= 0 and doc[first - 1].dep_ in ("compound", "amod", "det") and doc[first - 1].head.i == head.i:
                first -= 1
            return doc[first].idx, ctx.tok_end(head)
    if k < 0 or doc[k].pos_ not in ("PROPN", "NOUN", "PRON") or ctx.outer[k] >= 0:
        return None
    if ctx.sent_id[k] != ctx.sent_id[tok.i]:
        return None
    hi = k
    while k - 1 >= 0 and ctx.outer[k - 1] < 0 and ctx.sent_id[k - 1] == ctx.sent_id[tok.i] and (
        doc[k - 1].pos_ in ("PROPN", "NOUN", "ADJ", "DET", "NUM") or doc[k - 1].tag_ == "POS"
    ):
        k -= 1  # "Donald Trump’s campaign manager": a possessor is part of the phrase
        if doc[k].pos_ == "DET":
            break
    return doc[k].idx, ctx.tok_end(doc[hi])


def _noun_cue(ctx: Ctx, tok) -> Draft | None:
    """``Trump's claim that the vote was rigged``, ``his threat to sue``, ``her support for
    the bill``, ``critics voiced concern that …``: a noun that carries an attribution, with
    its content in a that-clause, an infinitive or a prepositional object (the frames
    ``cue_nouns.tsv`` gives it). It is a quote when the text says whose it is (a
    possessor, a ``by`` phrase, or the subject of a verb of making or voicing it) or,
    with no holder, when its content is a that-clause (``_unheld_claim_clause``)."""
    frames = cues.noun_cues().get(tok.lemma_.lower())
    if not frames:
        return None
    holder = _noun_holder(ctx, tok) or _name_before_a_verb_read_as_a_noun(tok)
    if holder is not None and holder.lower_ in _GENERIC_HOLDERS:
        return None
    if holder is None and _medium_of_the_report(tok):
        return None
    runs = _for_clause_after_a_noun(ctx, tok, frames, holder)
    that_clause = False
    for child in tok.rights if runs is None else ():
        if ctx.sent_id[child.i] != ctx.sent_id[tok.i]:
            break
        if child.dep_ in ("acl", "relcl", "ccomp") and child.pos_ in ("VERB", "AUX"):
            first = child.left_edge
            if "that" in frames and first.lower_ == "that" and (first.dep_ == "mark" or _misparsed_complementizer(first) or first.head.i == child.i) and any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") and c.lower_ != "that" for c in child.children
            ) and not _relative_clause_on_claim(child):
                runs = _content_runs(ctx, child, [])
                that_clause = True
            elif "to" in frames and _infinitive(child) and child.dep_ != "ccomp":
                runs = _content_runs_span(ctx, first.i, child.right_edge.i + 1, tok)
        elif child.dep_ == "prep" and child.lower_ in frames:
            obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                runs = _content_runs_span(ctx, obj.left_edge.i, obj.right_edge.i + 1, tok)
        if runs is not None:
            break
    if not runs or sum(_words(ctx, a, b) for a, b in runs) < 1:
        return None
    if holder is None and not _unheld_claim_clause(ctx, tok, that_clause):
        return None
    if holder is not None and any(a <= holder.i < b for a, b in runs):
        return None
    d = _noun_draft(ctx, runs, (tok.idx, ctx.tok_end(tok)), tok, holder)
    misread = _name_before_a_verb_read_as_a_noun(tok)
    if holder is not None and misread is not None and holder.i == misread.i and that_clause:
        d.cue_class = cues.SPEECH  # "Trump charges that …": said, not a noun's claim
    return d


def _medium_of_the_report(noun) -> bool:
    """``Corvid said in a statement that it was “making steady progress”``: a noun in an
    "in" phrase on a verb of speech or writing is how the verb's subject said it, and the
    that-clause the parse hangs on the noun is the verb's content (``_stranded_complement``),
    not a second, ownerless claim of the statement's."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "through", "via") or prep.head.i == prep.i:
        return False
    verb = prep.head
    return cues.cue_class(verb) in (cues.SPEECH, cues.DOCUMENT) and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _for_clause_after_a_noun(ctx: Ctx, tok, frames, holder):
    """``his call for the party to unite``, ``their demand for the city to pay the
    workers``, ``Trump's request for the network to give to charities``: a noun of demand
    or request whose "for" names what is wanted may take a whole clause there, a subject
    and an infinitive ("for the mayor to resign"): what is demanded is that clause (the
    mayor resigning), not the mayor alone. The parse reads "for" as the clause's marker,
    or as a preposition with the infinitive hung on the noun after its object. The runs
    of that clause, without "for", up to a closing "as"/"while" clause of the holder's
    own ("… as he issued a statement": :func:`_before_the_holders_own_occasion`); None
    when the noun has no such clause."""
    if "for" not in frames or tok.i + 1 >= len(ctx.doc) or ctx.doc[tok.i + 1].lower_ != "for":
        return None
    # the clause on the noun, or on the verb whose object the noun is ("renewed their call
    # for the mayor to resign": the parse hangs it on "renewed")
    for c in [*tok.rights, *(tok.head.rights if tok.dep_ == "dobj" else ())]:
        if c.dep_ in ("acl", "advcl", "relcl") and c.left_edge.i == tok.i + 1 and c.left_edge.dep_ == "mark" and _infinitive(c):
            hi = _before_the_holders_own_occasion(ctx, tok, c, tok.i + 2, c.right_edge.i + 1, holder) if holder is not None else c.right_edge.i + 1
            return _content_runs_span(ctx, tok.i + 2, hi, tok) or None
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.i == tok.i + 1), None)
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if obj is None:
        return None
    verb = next((c for c in tok.rights if c.dep_ == "acl" and c.left_edge.i == obj.right_edge.i + 1 and _infinitive(c)), None)
    if verb is None:
        return None
    hi = _before_the_holders_own_occasion(ctx, tok, verb, obj.left_edge.i, verb.right_edge.i + 1, holder) if holder is not None else verb.right_edge.i + 1
    return _content_runs_span(ctx, obj.left_edge.i, hi, tok) or None


def _wanted_in_a_for_clause(tok) -> bool:
    """``a call for the party to embrace his candidacy``, ``calls for the mayor to
    resign``: a verb in a for-clause that says what a noun of demand wants (the noun's
    content: :func:`_for_clause_after_a_noun`) is demanded of its subject, not something
    that subject holds or says: "the party" does not embrace anything here."""
    if not any(c.dep_ == "mark" and c.lower_ == "for" and c.i == tok.left_edge.i for c in tok.children) or tok.left_edge.i == 0:
        return False
    noun = tok.doc[tok.left_edge.i - 1]  # the noun right before "for", whatever the clause hangs on
    return noun.pos_ == "NOUN" and "for" in cues.noun_cues().get(noun.lemma_.lower(), frozenset())


def _a_persons_name_elsewhere(word) -> bool:
    """The article writes ``word`` elsewhere as a person's name ("Donald Trump")."""
    doc = word.doc
    return any(
        t.i != word.i and t.text == word.text and (t.ent_type_ == "PERSON" or t.i > 0 and doc[t.i - 1].ent_type_ == "PERSON")
        for t in doc
    )


def _name_before_a_verb_read_as_a_noun(tok):
    """``Trump charges that countries … donated millions``, ``Trump claims that he should
    be the exception``: the small tagger reads a verb of saying in the third person as a
    plural noun and the name before it as the noun's modifier ("Trump charges", a group).
    A capitalised word right before such a form ("charges", "claims"), opening its clause
    with no determiner, is the one speaking."""
    if tok.tag_ != "NNS" or not tok.lower_.endswith("s") or tok.i == 0:
        return None
    name = tok.doc[tok.i - 1]
    if name.dep_ not in ("compound", "nmod") or name.head.i != tok.i or not name.is_title:
        return None
    if name.is_sent_start and name.pos_ != "PROPN" and name.ent_type_ != "PERSON" and not _a_persons_name_elsewhere(name):
        return None  # "Fraud charges that …": a capital that only opens the sentence
    if any(c.dep_ in ("det", "poss", "amod", "nummod") for c in tok.children) or name.left_edge.i != name.i:
        return None
    return name


def _noun_draft(ctx: Ctx, runs, cue_span, tok, holder) -> Draft:
    """The draft of a noun's attribution (type noun), its holder named without a
    possessive's "'s" ("The general's warning": the general)."""
    d = _draft(ctx, runs, cue_span, tok.lemma_.lower(), tok.i, holder)
    d.cue_class = "noun"
    if d.speaker is not None:
        case = next((c for c in holder.children if c.dep_ == "case" and c.i == holder.i + 1), None)
        if case is not None and case.idx >= d.speaker[0]:
            d.speaker = (d.speaker[0], min(d.speaker[1], case.idx))
    return d


def _stance_received(ctx: Ctx, tok) -> Draft | None:
    """``Rubio has won overwhelming support from members of Congress``, ``The proposal has
    drawn harsh criticism from fellow GOP hopefuls``, ``Cruz won the endorsement of Bob
    Vander Plaats``: a noun of a stance toward someone (``received_stance.tsv``) as the
    object of a verb of receiving or meeting (``receiving_verbs.txt``), with its holder in
    a prepositional phrase, attributes the stance to that holder and makes its target, the
    verb's subject, the content. The noun's own frames read the other way ("Trump's
    support for the wall": the wall is the content), so this is a construction of its
    own. With no holder named ("She drew support", "The bill has drawn criticism") there
    is nobody's stance to report."""
    holder_preps = _received_stance().get(tok.lemma_.lower())
    if not holder_preps or tok.dep_ != "dobj":
        return None
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX") or cues.lemma_of(verb) not in _receiving_verbs():
        return None
    holder = None
    # "support from the youth" on the noun, or on the verb as the parse often hangs it
    for prep in (*tok.rights, *(c for c in verb.rights if c.i > tok.i)):
        if prep.dep_ == "prep" and prep.lower_ in holder_preps:
            holder = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if holder is not None:
                break
    if holder is None or holder.like_num or holder.ent_type_ in ("PERCENT", "CARDINAL", "MONEY", "DATE", "TIME"):
        return None  # "the support of 48 percent": a share, not a holder
    if holder.lower_ in _GENERIC_HOLDERS:
        return None
    target = subject_of(verb)
    if target is None or target.dep_ == "nsubjpass" or target.i > verb.i or ctx.sent_id[target.i] != ctx.sent_id[tok.i]:
        return None
    runs = _content_runs_span(ctx, target.left_edge.i, min(target.right_edge.i + 1, verb.i), tok)
    if not runs or any(a <= holder.i < b for a, b in runs):
        return None
    return _noun_draft(ctx, runs, (tok.idx, ctx.tok_end(tok)), tok, holder)


def _possessor_backed(ctx: Ctx, tok) -> Draft | None:
    """``Clinton's deep support among black voters gives her an advantage``, ``a signal of
    her broad support among the party's power brokers``: a noun of a stance received
    (``received_stance.tsv``) whose possessor is the one backed and whose "among" phrase
    names those who back. The possessor is the content (as the subject is in "Clinton
    drew support among black voters"), the phrase's object the holder. A "from" phrase
    there says where the backing came from as often as who gives it ("taking much of his
    new support from Ben Carson"): on PolNeAR train "among" matched 4 of 4 new units,
    "from" 0 of 3 and is left out."""
    if tok.lemma_.lower() not in _received_stance():
        return None
    target = next((c for c in tok.children if c.dep_ == "poss"), None)
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "among"), None)
    holder = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if target is None or holder is None or holder.like_num or holder.lower_ in _GENERIC_HOLDERS:
        return None
    hi = target.right_edge.i + 1
    if ctx.doc[hi - 1].dep_ == "case":
        hi -= 1  # "Clinton's": the one backed is Clinton
    runs = _content_runs_span(ctx, target.left_edge.i, hi, tok)
    if not runs:
        return None
    return _noun_draft(ctx, runs, (tok.idx, ctx.tok_end(tok)), tok, holder)


@lru_cache(maxsize=1)
def _received_stance() -> dict[str, frozenset[str]]:
    return {row[0].lower(): frozenset(row[1].split(",")) for row in load_table("received_stance.tsv", columns=3)}


def _receiving_verbs() -> frozenset[str]:
    return load_set("receiving_verbs.txt")


def _support_given(ctx: Ctx, tok) -> Draft | None:
    """``Carly Fiorina threw her support behind Sen. Ted Cruz``, ``two of whom have pledged
    their support to Clinton``, ``Sanders is lending his support to the candidates``: a
    noun of backing someone as the object of a verb of giving, with the one backed in a
    "behind" or "to" phrase (``given_stance.tsv``), on the noun or, as the parse often
    hangs it, on the verb. The giver, the verb's subject, holds the stance; the one
    backed is its content. The noun's own frames ("support for") never read "to":
    "support to the rebels" after another verb is aid, not a stance."""
    row = _given_stance().get(tok.lemma_.lower())
    if row is None or tok.dep_ != "dobj":
        return None
    verbs, preps = row
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX") or cues.lemma_of(verb) not in verbs:
        return None
    prep = next((c for c in (*tok.rights, *verb.rights) if c.dep_ == "prep" and c.lower_ in preps and c.i > tok.i), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    holder = subject_of(verb)
    if obj is None or holder is None or holder.dep_ == "nsubjpass" or holder.lower_ in _GENERIC_HOLDERS or ctx.sent_id[holder.i] != ctx.sent_id[tok.i]:
        return None
    runs = _content_runs_span(ctx, obj.left_edge.i, obj.right_edge.i + 1, tok)
    if not runs or any(a <= holder.i < b for a, b in runs):
        return None
    return _noun_draft(ctx, runs, (tok.idx, ctx.tok_end(tok)), tok, holder)


@lru_cache(maxsize=1)
def _given_stance() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    return {row[0].lower(): (frozenset(row[1].split(",")), frozenset(row[2].split(","))) for row in load_table("given_stance.tsv", columns=4)}


def _in_support_of(ctx: Ctx, tok) -> Draft | None:
    """``Graham has come out in support of Cruz``, ``Cooper has spoken out in favor of gun
    control``: "in support of", "in favor of" (``stance_phrase_nouns.txt``) on a verb says
    its subject takes that side of what the "of" phrase names; the subject holds the
    stance and the "of" object is its content."""
    if tok.lemma_.lower() not in load_set("stance_phrase_nouns.txt") or tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return None
    of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ in ("pobj", "pcomp")), None) if of is not None else None
    verb = tok.head.head
    if obj is None or verb.pos_ not in ("VERB", "AUX") or verb.i == tok.head.i:
        return None
    holder = subject_of(verb)
    if holder is None or holder.lower_ in _GENERIC_HOLDERS or holder.dep_ == "nsubjpass" or ctx.sent_id[holder.i] != ctx.sent_id[tok.i]:
        return None
    runs = _content_runs_span(ctx, obj.left_edge.i, obj.right_edge.i + 1, tok)
    if not runs or any(a <= holder.i < b for a, b in runs):
        return None
    return _noun_draft(ctx, runs, (tok.head.idx, ctx.tok_end(of)), tok, holder)


def _in_ones_view(ctx: Ctx, tok) -> Draft | None:
    """``In Ash's view, the change would have a profound impact``, ``Al Qaeda, which in his
    view has gained strength``, ``In my opinion, the league should have suspended him``:
    a possessor's point of view (``viewpoint_nouns.txt``) in an "in" phrase set on a
    clause makes the clause what the possessor holds, as "according to" makes it what a
    source says (7 of 9 new units matched on PolNeAR train). With no possessor ("in the
    view of many") the phrase names no holder and is left alone."""
    if tok.lemma_.lower() not in load_set("viewpoint_nouns.txt") or tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return None
    holder = next((c for c in tok.children if c.dep_ == "poss"), None)
    prep = tok.head
    head = prep.head
    if holder is None or head.i == prep.i or head.pos_ not in ("VERB", "AUX") or ctx.sent_id[head.i] != ctx.sent_id[tok.i]:
        return None
    if cues.cue_class(head) in cues.ATTRIBUTING:
        return None  # "in Allen's view, it shows that …": the clause reports its own source's words
    lo, hi = prep.i, tok.right_edge.i + 1
    runs = _content_runs(ctx, head, [(lo, hi)])
    if sum(_words(ctx, a, b) for a, b in runs) < MIN_CONTENT_WORDS:
        return None
    return _noun_draft(ctx, runs, (tok.idx, ctx.tok_end(tok)), tok, holder)


def _claim_as_predicate(ctx: Ctx, tok) -> Draft | None:
    """``Her fundamental argument is that Americans should value stability``, ``Sanders's
    argument on Sunday was that superdelegates should switch``, ``The most telling promise
    she has made is that she will not overpromise``: a noun of saying with a that-frame as
    the subject of "be", whose complement is the that-clause. The clause is the noun's
    content, held by its possessor or by the subject of a relative clause that makes or
    voices it (``cue_noun_verbs.txt``): 11 of 12 new units matched on PolNeAR train. The
    noun's own that-frame does not reach it: the clause hangs on "be", not on the noun."""
    frames = cues.noun_cues().get(tok.lemma_.lower())
    if not frames or "that" not in frames or tok.dep_ != "nsubj" or tok.head.lemma_ != "be":
        return None
    if ctx.outer[tok.i] >= 0:
        return None  # '"My hope," he said, "is that …"': inside quote marks the words are the quote's speaker's
    be = tok.head
    clause = next((c for c in be.rights if c.dep_ in ("ccomp", "attr", "acomp") and c.pos_ in ("VERB", "AUX")), None)
    if clause is None or clause.left_edge.lower_ != "that" or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return None
    holder = next((c for c in tok.children if c.dep_ == "poss"), None)
    if holder is None:
        rel = next((c for c in tok.children if c.dep_ == "relcl" and cues.lemma_of(c) in cues.noun_holder_verbs()), None)
        holder = subject_of(rel) if rel is not None else None
        if holder is not None and holder.lower_ in ("that", "which"):
            holder = None
    if holder is None or holder.lower_ in _GENERIC_HOLDERS:
        return None
    runs = _content_runs(ctx, clause, [])
    if sum(_words(ctx, a, b) for a, b in runs) < MIN_CONTENT_WORDS:
        return None
    return _noun_draft(ctx, runs, (tok.idx, ctx.tok_end(tok)), tok, holder)


#: the constructions of a noun that carries an attribution, tried in this order on every
#: noun (the first that builds a draft wins): backing given ("threw her support behind
#: Cruz", first, so the noun's own frames do not take its possessor for the holder), the
#: noun's own frames ("his support for the bill"), a stance received ("won the support of
#: the union"), a possessor's backing ("Clinton's support among black voters"), a side
#: taken ("in support of"), a point of view ("in his view"), a claim stated as a
#: predicate ("Her argument is that …")


#: the forms of "show" the tagger reads as a noun after a document's plural ("logs show")
_SHOW_FORMS = frozenset({"show", "shows", "showed"})


def _document_tag_read_as_noun(ctx: Ctx, tok) -> Draft | None:
    """``On 212 of 425 nights, the logs show, the medical unit ran below its target``,
    ``The unit ran short on most nights, records show``: after a document's plural the
    small tagger reads "show" as a noun ("logs show" like "road show"), so no verb carries
    the document's tag. A document noun (``document_nouns.tsv``) and "show", set off by a
    comma before them and by a comma or the sentence's end after them, are a tag on the
    sentence around it: before the tag, and after it when the tag stands in the middle."""
    doc = ctx.doc
    if tok.lower_ not in _SHOW_FORMS or tok.pos_ != "NOUN" or tok.i < 3 or ctx.outer[tok.i] >= 0:
        return None
    noun = doc[tok.i - 1]
    if not cues.is_document_noun(noun) or noun.tag_ != "NNS":
        return None
    k = noun.i - 1
    while k > 0 and doc[k].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") and noun.i - k <= 4:
        k -= 1
    sent = ctx.sent_id[tok.i]
    lo = _sentence_start(ctx, tok.i)
    if doc[k].text != "," or ctx.sent_id[k] != sent or k <= lo:
        return None
    hi = _sentence_end(ctx, tok.i)
    end = hi
    while end > tok.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if end == tok.i + 1:
        runs = [(lo, k)]  # a closing tag
    elif nxt is not None and nxt.text == "," and doc[k - 1].lower_ in ("and", "but", "or"):
        # "… a man who puts his net worth at $11 billion and, records show, does not use
        # the plane much": the tag is on the coordinated predicate after it, to its comma
        stop = next((j for j in range(tok.i + 2, end) if doc[j].text in (",", ";") and ctx.outer[j] < 0), end)
        runs = [(tok.i + 2, stop)]
    elif nxt is not None and nxt.text == ",":
        runs = [(lo, k), (tok.i + 2, end)]  # a tag in the middle
    else:
        return None
    if any(ctx.outer[j] >= 0 for a, b in runs for j in range(a, b)) or sum(_words(ctx, a, b) for a, b in runs) < MIN_CONTENT_WORDS:
        return None
    d = _draft(ctx, runs, (tok.idx, ctx.tok_end(tok)), "show", tok.i, noun)
    d.cue_class = cues.DOCUMENT
    return d


def _verb_in_s_read_as_noun_before_that(ctx: Ctx, tok) -> Draft | None:
    """``The 1,400-page filing states that much of the utility's system “has reached the
    end of its useful life”``: after a noun subject the small tagger may read a verb of
    saying in -s as a plural noun ("filing states" like "United States"), leaving the
    that-clause after it with no verb to hang on. A word in -s whose stem is a cue verb
    (``cue_verbs.tsv``), right after a document or a person and right before a "that"
    that opens a clause, is that verb; the noun before it is the speaker."""
    doc = ctx.doc
    if tok.tag_ != "NNS" or not tok.lower_.endswith("s") or tok.i < 1 or tok.i + 2 >= len(doc) or ctx.outer[tok.i] >= 0:
        return None
    stem = tok.lower_[:-1]
    classes = cues.verb_classes()
    if stem not in classes or classes[stem] not in (cues.SPEECH, cues.DOCUMENT):
        return None
    that = doc[tok.i + 1]
    subject = doc[tok.i - 1]
    if that.lower_ != "that" or that.dep_ != "mark" or that.head.i <= tok.i or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    if not (cues.is_document_noun(subject) or is_person_like(subject)):
        return None  # "the spate of shootings and protests demands that …": no one who speaks
    runs = _content_runs_span(ctx, tok.i + 2, _sentence_end(ctx, tok.i), tok)
    if sum(_words(ctx, a, b) for a, b in runs) < MIN_CONTENT_WORDS:
        return None
    d = _draft(ctx, runs, (tok.idx, ctx.tok_end(tok)), stem, tok.i, subject)
    d.cue_class = cues.DOCUMENT if cues.is_document_noun(subject) else classes[stem]
    return d


_NOUN_FRAMES = (_document_tag_read_as_noun, _verb_in_s_read_as_noun_before_that, _support_given, _noun_cue, _stance_received, _possessor_backed, _in_support_of, _in_ones_view, _claim_as_predicate)


#: what fills a verb's object slot: with one of these the that-clause is complete
_OBJECT_SLOTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd", "acomp", "pcomp"})


def _relative_clause_on_claim(clause) -> bool:
    """``…, a charge that party leaders denied``, ``the claim that Trump repeated often``,
    ``the promise that he made to voters``: "that" opening a clause whose verb is one done
    to a claim (making or voicing it, ``cue_noun_verbs.txt``; meeting it, denying or
    spreading it, ``claim_handling_verbs.txt``) and which
    lacks its object is a relative clause: "that" is the object, and the clause says who
    handled the claim, not what it claims. ``the charge that he lied``, ``the claim that
    officials made mistakes`` are complete clauses, the claim's content, and so is ``no
    doubt that he would endorse`` (endorsing is not done to a doubt). The parser labels
    both kinds alike (relcl, acl, "that" as mark or as object), so the test is the missing
    object."""
    if clause.pos_ != "VERB":
        return False  # "the claim that he was there": "be" is never done to a claim
    if any(c.dep_ in _OBJECT_SLOTS and c.lower_ not in ("that", "which") or c.dep_ in ("nsubjpass", "auxpass") for c in clause.children):
        return False  # "the promise that Mr. Clinton would be put in charge": a passive needs no object
    lemma = clause.lemma_.lower()
    return lemma in cues.noun_holder_verbs() or lemma in _claim_handling_verbs()


def _claim_handling_verbs() -> frozenset[str]:
    return load_set("claim_handling_verbs.txt")


def _unheld_claim_clause(ctx: Ctx, noun, that_clause: bool) -> bool:
    """``the suggestion that the vote was rigged``, ``complaints that the lines were too
    long``, ``the belief that taxes will rise``: a noun of saying or thinking with a
    that-clause reports a claim even when the text says nobody's (PolNeAR marks such a
    clause with no source three times in four); the quote has no speaker, and the claims
    stage judges the missing source. An object of a preposition or an infinitive with
    nobody's name ("support for the bill", "a decision to run") reports no claim: it
    names a position or an act. Not when the parse made the noun the sentence's root
    ("The suggestion that the vote was rigged drew anger" read with no main verb): where
    the clause ends is then a guess, and the guess runs into the main predicate."""
    return that_clause and not (noun.dep_ == "ROOT" and _sentence_has_verb_after(ctx, noun))


def _sentence_has_verb_after(ctx: Ctx, noun) -> bool:
    """Is there a verb after the that-clause's own verb in the sentence of ``noun``?"""
    doc = ctx.doc
    clause = next((c for c in noun.rights if c.dep_ in ("acl", "relcl", "ccomp")), None)
    if clause is None:
        return False
    k = clause.i + 1
    while k < len(doc) and ctx.sent_id[k] == ctx.sent_id[noun.i]:
        if doc[k].pos_ == "VERB" or doc[k].tag_.startswith("VB"):
            return True
        k += 1
    return False


def _noun_holder(ctx: Ctx, noun):
    """Whose claim, threat or support: the possessor ("Trump's claim", "his threat"), the
    ``by`` phrase ("the allegation by prosecutors"), or the subject of a verb that makes
    or voices it ("Trump made the claim", "she expressed hope"); for an agent noun
    ("supporter", "critic"), the person it describes ("Gillibrand, a supporter of …",
    "Clinton is a supporter of …")."""
    for c in noun.rights:
        if c.dep_ == "prep" and c.lower_ == "by":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    if noun.lemma_.lower() in cues.agent_nouns():
        # "Gillibrand, a supporter of Clinton": the one the noun describes ("the party's
        # proponent", "Trump's supporters": a possessor is where or whom, not who)
        if noun.dep_ == "appos" and noun.head.pos_ in ("PROPN", "NOUN", "PRON"):
            return noun.head
        if noun.dep_ == "attr" and noun.head.lemma_ == "be":
            holder = subject_of(noun.head)
            if holder is not None and ctx.sent_id[holder.i] == ctx.sent_id[noun.i]:
                return holder
        return None
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX") and noun.head.lemma_.lower() in cues.noun_holder_verbs():
        holder = subject_of(noun.head)
        if holder is not None and holder.dep_ != "nsubjpass" and ctx.sent_id[holder.i] == ctx.sent_id[noun.i]:
            return holder
    return None


def _according_to(ctx: Ctx, tok) -> Draft | None:
    doc = ctx.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
        return None
    to = doc[tok.i + 1]
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        source = next((c for c in tok.children if c.dep_ == "pobj"), None)
    # the clause the phrase modifies: climb to the sentence's main clause (or the
    # reported clause it sits in); it may hang off any noun or verb inside it
    head = tok.head
    hops = 0
    while head.dep_ not in ("ROOT", "ccomp", "parataxis") and head.head.i != head.i and hops < 8:
        if ctx.sent_id[head.head.i] != ctx.sent_id[tok.i]:
            break  # the parse hung the clause on a dateline ("MEXICO CITY - ..."): stop inside the sentence
        head = head.head
        hops += 1
    if head.i == tok.i:
        return None
    if _speakers_own_medium(ctx, head, source):
        return None
    phrase_lo = tok.i
    phrase_hi = max(tok.right_edge.i, to.right_edge.i, source.right_edge.i if source is not None else tok.i) + 1
    runs = _after_the_colon(ctx, _content_runs(ctx, head, [(phrase_lo, phrase_hi)]), phrase_lo)
    if sum(_words(ctx, a, b) for a, b in runs) < MIN_CONTENT_WORDS:
        return None
    return _draft(ctx, runs, (tok.idx, ctx.tok_end(to)), "according to", tok.i, source)


def _after_the_colon(ctx: Ctx, runs, phrase_lo: int):
    """``The company's claim that its revenue pays for research is harder to check:
    Altheon spent $410 million on research last year, according to its annual report``:
    a trailing "according to" after a colon sources the clause the colon introduces; the
    writer's lead-in before the colon is the writer's own. Not when the colon opens a
    quotation: the report the colon introduces is sourced whole."""
    if not runs or runs[0][0] >= phrase_lo:
        return runs
    doc = ctx.doc
    colon = next((j for j in range(phrase_lo - 1, runs[0][0], -1) if doc[j].text == ":" and ctx.outer[j] < 0), None)
    if colon is None or colon + 1 >= len(doc) or ctx.outer[colon + 1] >= 0 or doc[colon + 1].is_quote:
        return runs  # "One message said: “You kill …,” according to a letter": the whole report
    return [(max(a, colon + 1), b) for a, b in runs if b > colon + 1]


def _speakers_own_medium(ctx: Ctx, head, source) -> bool:
    """``The company said it would cut 1,200 jobs, mostly in Germany, according to a
    statement``: "according to" on a clause whose verb already reports someone's words
    (a speech or document cue with its own subject), naming only a medium with no owner
    ("a statement", "a news release", "an email": ``speaker_media.txt``), says how that
    speaker said it, as "in a statement" would. The report is the subject's, one quote;
    the medium is not a second, anonymous source of the whole sentence. A medium with an
    owner ("according to a statement from the union") or a source that is not a medium
    ("according to police", "according to court documents") may be someone else's
    account of the report, and keeps its quote. Alone ("The company will cut jobs,
    according to a statement") the statement is the only source named."""
    if source is None or source.pos_ != "NOUN" or source.lemma_.lower() not in _speaker_media():
        return False  # "according to the Post": a newspaper's report
    if any(
        c.dep_ == "poss" or c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_) or c.dep_ in ("prep", "acl", "relcl", "appos")
        for c in source.children
    ):
        # "the union's statement", "a White House statement", "a statement from the union",
        # "emails unearthed in the investigation": whose or which, so maybe another's
        # account ("a news release", "a written statement" say neither)
        return False
    verb = head
    if verb.dep_ == "ccomp" and cues.cue_class(verb.head) in (cues.SPEECH, cues.DOCUMENT):
        verb = verb.head  # "The company said it would cut jobs, according to a statement" hung on "cut"
    if cues.cue_class(verb) not in (cues.SPEECH, cues.DOCUMENT):
        return False
    speaker = subject_of(verb)
    return speaker is not None and speaker.dep_ == "nsubj" and ctx.sent_id[speaker.i] == ctx.sent_id[verb.i]


def _speaker_media() -> frozenset[str]:
    return load_set("speaker_media.txt")


def _in_a_document(ctx: Ctx, tok) -> Draft | None:
    """``In a Des Moines Register poll last month, Mr. Cruz had a 10-point lead``,
    ``Trump leads among men by 8 points, 49% to 41%, in the survey``: an "in" phrase whose
    object is a document that states findings (``finding_documents.txt``), set off by a
    comma on the clause's verb, attributes that clause to the document, as "according to"
    does. Run into the clause ("who is struggling in the polls") it says where someone
    stands, not what a document found. A clause whose verb is a cue has its own
    attribution ("In a statement, the company said …")."""
    if tok.dep_ != "prep" or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    doc_np = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if doc_np is None or doc_np.pos_ != "NOUN" or doc_np.lemma_.lower() not in cues.finding_documents():
        return None
    head = tok.head
    if cues.cue_class(head) is not None or ctx.sent_id[head.i] != ctx.sent_id[tok.i] or ctx.outer[tok.i] >= 0:
        return None
    doc = ctx.doc
    after = doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(doc) else None
    before = doc[tok.i - 1] if tok.i > 0 else None
    fronted = tok.i < head.i and after is not None and after.text == ","
    set_off = tok.i > head.i and before is not None and before.text == ","
    if not (fronted or set_off):
        return None  # "who is struggling in the polls": where someone stands, not a finding reported
    # "Sanders has sagged in the polls and is coping with …": the poll finds the sagging;
    # fronted ("In the study, the drug cut deaths and shortened stays") it finds both
    exclude = [(tok.i, tok.right_edge.i + 1)] + [(_conj_start(c), c.right_edge.i + 1) for c in head.rights if c.dep_ == "conj" and c.i > tok.i > head.i]
    runs = _content_runs(ctx, head, exclude)
    if sum(_words(ctx, a, b) for a, b in runs) < MIN_CONTENT_WORDS or not any(ctx.doc[k].pos_ in ("VERB", "AUX") for a, b in runs for k in range(a, b)):
        return None
    d = _draft(ctx, runs, (tok.idx, ctx.tok_end(tok)), "in", tok.i, doc_np)
    d.cue_class = cues.DOCUMENT
    return d


def _phrase_cue(ctx: Ctx, tok, phrase) -> Draft | None:
    name, end = phrase
    last = ctx.doc[end - 1]
    source = next((c for c in last.children if c.dep_ == "pobj"), None)
    head = tok.head
    cut = (tok.i, tok.right_edge.i + 1)
    if tok.i <= head.i < end and head.head.i != head.i:
        # "…, as reported by the Commerce Department": the phrase's own verb hangs on the
        # clause it reports; the whole phrase is the cue
        cut = (head.left_edge.i, head.right_edge.i + 1)
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    runs = _content_runs(ctx, head, [cut])
    if sum(_words(ctx, a, b) for a, b in runs) < MIN_CONTENT_WORDS:
        return None
    return _draft(ctx, runs, (tok.idx, ctx.tok_end(last)), name, tok.i, source)


def _quote_after_a_colon_lead_in(ctx: Ctx, tok, runs):
    """``Sen. Claire McCaskill scolded him: “The scientific community is almost monolithic
    against you …,” she said``: a closing tag after a quote that a colon introduces tags
    the quote; the writer's lead-in before the colon ("… scolded him:") is an attribution
    of its own, not words of the tag's report. The content starts at the quote."""
    if not runs or runs[0][0] > tok.i or runs[-1][1] > tok.i:
        return runs
    doc = ctx.doc
    lo, hi = runs[0][0], runs[-1][1]
    colon = next((j for j in range(lo, hi) if doc[j].text == ":" and ctx.outer[j] < 0), None)
    if colon is None or colon + 1 >= hi or ctx.outer[colon + 1] < 0:
        return runs
    span = ctx.outer[colon + 1]
    if ctx.span_all[span][0] != colon + 1 or any(ctx.outer[j] != span and not doc[j].is_punct for j in range(colon + 1, hi)):
        return runs  # the quote must run from the colon to the tag
    return [(max(a, colon + 1), b) for a, b in runs if b > colon + 1]


def _draft(ctx: Ctx, runs, cue_span, lemma, cue_i, speaker_tok) -> Draft:
    doc = ctx.doc
    if speaker_tok is not None and ctx.sent_id[speaker_tok.i] != ctx.sent_id[cue_i]:
        speaker_tok = None  # a dateline or heading the parser ran into the sentence
    return Draft(
        kind="indirect",
        fragments=[(doc[a].idx, ctx.tok_end(doc[b - 1])) for a, b in runs],
        cue_span=cue_span,
        cue_lemma=lemma,
        cue_tok=cue_i,
        speaker=noun_phrase(speaker_tok) if speaker_tok is not None else None,
        content=(runs[0][0], runs[-1][1]),
        runs=list(runs),
    )


#: constructions that make an attribution of their own before a word is read as a verb
#: cue, tried in this order on every token (the first that builds a draft wins): a raising
#: verb's view, a passive judgement with "as", a reputation ("known for"), a short answer
#: ("said no"), a label one gives oneself, an adjective of stance
_FRAMES_OF_THEIR_OWN = (
    _raised_subject_report,
    _passive_judged_as,
    _passive_accusation,
    _known_for,
    _said_a_short_answer,
    _self_described,
    _predicative_stance,
)
