"""Content span edges: where a reported clause stops.

The parse hands a cue its whole complement, but a newsroom sentence often hangs the
writer's own words on the end of the reported clause or sets them inside it. Each
function below handles one such construction on a token run ``[lo, hi)`` of content and
returns the run(s) that are the source's. They only ever shorten or split a run, never
cross a quote mark (words inside quotation marks are the speaker's), and each looks at
the run's own tokens: linear in its length.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicons import first_name_genders
from . import cues

if TYPE_CHECKING:  # pragma: no cover
    from .context import Ctx

_DASHES = {"—", "–", "--", "-", "―"}
#: markers of a contrast or concession the writer adds ("…, even though …", "…, while …")
_CONCESSIVE = {"although", "though", "while", "whereas", "despite", "unlike"}
_RELATIVES = {"which", "who", "whose", "whom"}
#: words that open a subordinate clause: a cue inside one reports only up to the clause's
#: end ("While Clinton claimed that the videos exist, experts say …")
_SUBORDINATORS = {
    "while", "although", "though", "because", "since", "if", "unless", "when", "whenever", "after", "before",
    "until", "once", "whereas", "even",
}
#: words that open an adverbial clause which a tag in the middle leaves to the report
#: ("Prices will rise, the company said, when the plant opens")
SUBORDINATE_OPENERS = frozenset(_SUBORDINATORS - {"while", "although", "though", "whereas", "even"})
#: every word that opens a subordinate clause (read-only view for the other modules)
SUBORDINATORS = frozenset(_SUBORDINATORS)


def subordinate_cue(tok) -> bool:
    """Is the cue verb ``tok`` the verb of a subordinate clause ("when he expressed
    concern that …", "While Clinton claimed that …", "after the airline said …")? "As"
    ("as the Times reported") is a tag, not a clause of its own."""
    return any(
        (c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ in ("when", "whenever", "once"))) and c.lower_ in _SUBORDINATORS and c.i < tok.i
        for c in tok.children
    )


def trim(ctx: Ctx, runs: list[tuple[int, int]], cue_i: int | None = None) -> list[tuple[int, int]]:
    """The runs with paired asides taken out and the last one cut before a trailing
    aside of the writer's. ``cue_i`` is the cue's token: a new attribution is cut only
    from content after it (before it, "X, and sources say Y, the report said" is all the
    report's)."""
    out: list[tuple[int, int]] = []
    for a, b in runs:
        out.extend(split_paired_aside(ctx, a, b))
    if cue_i is not None:
        for n, (a, b) in enumerate(out):
            if (cut := participle_on_the_cue(ctx, a, b, cue_i)) < b:
                out = out[:n] + [(a, cut)]  # what follows is the holder's doing, asides and all
                break
    if out:
        a, b = out[-1]
        for cut in (trailing_relative_clause, trailing_participle, words_closed_by_a_comma, trailing_concession, trailing_as_clause, trailing_semicolon_clause, trailing_appositive):
            b = cut(ctx, a, b)
        b = subject_of_the_next_report(ctx, a, b)
        b = past_verb_after_a_nonfinite_one(ctx, a, b, cue_i)
        if cue_i is not None and a > cue_i:
            b = fronted_clause_end(ctx, a, b, cue_i)
            b = trailing_new_attribution(ctx, a, b)
            b = trailing_according_to(ctx, a, b)
            b = trailing_speaker_action(ctx, a, b, cue_i)
        out[-1] = (a, b)
    return [(a, b) for a, b in out if b > a]


def fronted_clause_end(ctx: Ctx, lo: int, hi: int, cue_i: int) -> int:
    """``While Clinton claimed that the videos exist, experts say they do``: a cue in a
    fronted subordinate clause reports up to the comma that closes the clause; the parser
    often runs the main clause after it into the complement. The cut is at the first
    comma after which a clause with its own subject starts."""
    doc = ctx.doc
    cue = doc[cue_i]
    if not subordinate_cue(cue) or cue.dep_ not in ("ROOT", "advcl") or (cue.dep_ == "advcl" and cue.head.i < cue.i):
        return hi
    for k in range(lo + 1, hi - 1):
        if doc[k].text != "," or not _free(ctx, k) or doc[k + 1].lower_ in _RELATIVES:
            continue
        if any(doc[j].dep_ in ("nsubj", "nsubjpass") and doc[j].head.i > j for j in range(k + 1, min(hi, k + 8))):
            return k
    return hi


def _free(ctx: Ctx, k: int) -> bool:
    return ctx.outer[k] < 0


def end_before(doc, lo: int, k: int) -> int:
    """Where content that stops at token ``k`` ends: before ``k`` and any punctuation or
    space right before it (the comma or dash that opened what is cut), never before
    ``lo``."""
    while k > lo and (doc[k - 1].is_punct or doc[k - 1].is_space):
        k -= 1
    return k


def _comma_or_dash_before(ctx: Ctx, k: int, lo: int) -> int | None:
    """Index of the comma or dash right before token ``k`` (inside the run), if any."""
    j = k - 1
    if j > lo and _free(ctx, j) and (ctx.doc[j].text == "," or ctx.doc[j].text in _DASHES):
        return j
    if j - 1 > lo and ctx.doc[j].is_quote and ctx.doc[j - 1].text == ",":
        return k  # “… they land,” though …: the comma sits inside the closing mark, which stays
    return None


def trailing_relative_clause(ctx: Ctx, lo: int, hi: int) -> int:
    """``he expects Clinton to recover from pneumonia, which forced her to leave early``:
    a non-restrictive relative clause that ends the content is the writer's aside
    (whatever the parse calls the clause: a relative, or an adverbial on the verb)."""
    doc = ctx.doc
    for k in range(lo + 2, hi):
        t = doc[k]
        if t.lower_ not in _RELATIVES or doc[k - 1].text != "," or not _free(ctx, k):
            continue
        clause = t.head if t.dep_ != "relcl" else t
        if clause.pos_ in ("VERB", "AUX") and clause.left_edge.i == k and clause.right_edge.i >= hi - 1:
            if _quoted_relative(ctx, k, hi):
                continue
            return k - 1
    return hi


def _quoted_relative(ctx: Ctx, k: int, hi: int) -> bool:
    """``he said he was hoping for a large turnout, which "will help elect Kloppenburg to
    the Supreme Court"``: a relative clause that goes on in the source's quoted words,
    with no cue of its own, is the source's reasoning, not the writer's aside (a quoted
    name, a "Commander-In-Chief" forum, is no quoted reasoning: a verb in quotes). Not when
    the clause has a cue ("…, which he called "a cartel for higher education"": another
    report of the speaker's). PolNeAR train and dev: the annotators keep it in the content."""
    doc = ctx.doc
    quoted = any(ctx.outer[j] >= 0 and doc[j].pos_ in ("VERB", "AUX") for j in range(k + 1, hi))
    return quoted and not any(cues.cue_class(doc[j]) is not None for j in range(k + 1, hi) if ctx.outer[j] < 0)


def trailing_participle(ctx: Ctx, lo: int, hi: int) -> int:
    """``…, citing a new poll``, ``…, referring to the convention``: a participial
    clause after a comma that ends the content is the writer telling how the source
    spoke, not more of what was said."""
    doc = ctx.doc
    for k in range(lo + 1, hi):
        t = doc[k]
        if t.tag_ != "VBG" or t.dep_ not in ("advcl", "xcomp", "acl", "conj") or t.right_edge.i < hi - 1 or not _free(ctx, k):
            continue
        left = t.left_edge.i
        if left != k or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in t.children):
            continue
        cut = _comma_or_dash_before(ctx, left, lo)
        if cut is not None and cues.cue_class(t) is not None:
            return cut
    return trailing_participle_of_a_report(ctx, lo, hi)


def participle_on_the_cue(ctx: Ctx, lo: int, hi: int, cue_i: int) -> int:
    """``Protesters called for more information about the shooting, looping the streets
    around the stadium while chanting, “Hands up, don't shoot.”``: a participle clause set
    off by a comma that the parse hangs on the cue itself tells what the holder did
    besides; it is no part of what they called for or said."""
    doc = ctx.doc
    if doc[lo].tag_ == "VBG":
        return hi  # "supports tightening enforcement, freezing immigration levels and …": a list of gerunds
    for k in range(lo + 1, hi):
        t = doc[k]
        if t.tag_ != "VBG" or t.dep_ != "advcl" or t.head.i != cue_i or t.left_edge.i != k or not _free(ctx, k):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in t.children):
            continue
        cut = _comma_or_dash_before(ctx, k, lo)
        if cut is not None:
            return cut
    return hi


#: subordinators that open a participle clause telling what else the holder did
_PARTICIPLE_MARKS = frozenset({"while", "as", "after", "before", "when", "since"})


def trailing_participle_of_a_report(ctx: Ctx, lo: int, hi: int) -> int:
    """``Shuster has touted the projects he helped bring to the district, while attempting
    to portray Halvorson as a carpetbagger``, ``…, while saying he would not run``: a
    participle clause with no subject of its own, opened by a subordinator after a
    comma and ending the content, whose participle (or the infinitive it governs) is a
    cue is the holder's next report, told by the writer, not more of this one (the
    subordinator hides it from :func:`trailing_participle`)."""
    doc = ctx.doc
    for k in range(lo + 2, hi):
        t = doc[k]
        if t.tag_ != "VBG" or t.dep_ != "advcl" or t.right_edge.i < hi - 1 or not _free(ctx, k):
            continue
        mark = doc[k - 1]
        if mark.lower_ not in _PARTICIPLE_MARKS or mark.dep_ != "mark" or mark.head.i != t.i or t.left_edge.i != mark.i:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            continue
        reported = cues.cue_class(t) in cues.ATTRIBUTING or any(
            c.dep_ == "xcomp" and cues.cue_class(c) in cues.ATTRIBUTING for c in t.children
        )
        cut = _comma_or_dash_before(ctx, mark.i, lo)
        if reported and cut is not None:
            return cut
    return hi


def words_closed_by_a_comma(ctx: Ctx, lo: int, hi: int) -> int:
    """``He vowed, “We will defeat them fast,” referring to the militants``, ``She wrote,
    “It is time to go,” and shared a link to her site``: quoted words that close on a
    comma inside their marks, followed by a participle or a verb joined by "and" with no
    subject of its own, end what was said; the rest of the sentence is the writer telling
    what the speaker did next. The comma inside the marks hides the clause boundary that
    :func:`trailing_participle` looks for outside them."""
    doc = ctx.doc
    for k in range(lo + 1, hi):
        q = ctx.outer[k - 1]
        if q < 0 or ctx.outer[k] >= 0 or ctx.span_all[q][1] != k:
            continue
        span = ctx.spans[q]
        if not ctx.text[span.inner_start : span.inner_end].rstrip().endswith(","):
            continue
        if any(ctx.outer[j] >= 0 for j in range(k, hi)):
            return hi  # more quoted words follow: one quote with the writer's words between
        # the quote is the whole report before it ("She wrote, “…,” and shared"); after a
        # paraphrase ("he is hopeful the bill can be “the best of both worlds,” giving
        # states more power") only a verb of reporting is surely the writer's
        whole = ctx.span_all[q][0] <= lo
        t = doc[k]
        if t.lower_ in ("and", "but") and k + 1 < hi:
            t = doc[k + 1]
            if not whole or t.pos_ != "VERB" or t.tag_ == "VBN" or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                return hi
        elif t.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in t.children):
            return hi
        elif not whole and cues.cue_class(t) is None:
            return hi
        return k
    return hi


def trailing_concession(ctx: Ctx, lo: int, hi: int) -> int:
    """``she opposed the war, even though there are clips of her supporting it``,
    ``…, while council members said it is not``: a concessive or contrasting clause after
    a comma at the end of the content is the writer's counterpoint, unless it is the
    source's own (:func:`_the_sources_own_contrast`)."""
    doc = ctx.doc
    for k in range(lo + 1, hi):
        t = doc[k]
        if t.lower_ not in _CONCESSIVE or t.dep_ not in ("mark", "prep") or not _free(ctx, k):
            continue
        clause = t.head if t.dep_ == "mark" else t
        # (or the clause and a colon's gloss after it: "…, though she worried that the
        # price was too high: a coat takes three weeks to weave")
        if clause.right_edge.i < hi - 1 and doc[clause.right_edge.i + 1].text not in (":", ";") or _the_sources_own_contrast(clause, t):
            continue
        start = clause.left_edge.i
        cut = _comma_or_dash_before(ctx, start, lo)
        if cut is not None:
            return cut
    return hi


def trailing_as_clause(ctx: Ctx, lo: int, hi: int) -> int:
    """``prosecutors told jurors that Delisle had turned his office into “a toll booth,” …,
    as his corruption trial opened``, ``told senators that his company would verify ages,
    as lawmakers from both parties accused it of profiting from teenagers``: an "as"
    clause with a subject of its own (a noun, someone or something new) after a comma at
    the end of the content is the writer's frame, when and amid what it was said."""
    doc = ctx.doc
    for k in range(lo + 1, hi):
        t = doc[k]
        if t.lower_ != "as" or t.dep_ != "mark" or not _free(ctx, k):
            continue
        clause = t.head
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN") or clause.left_edge.i != k or clause.right_edge.i < hi - 1:
            continue
        if clause.tag_ not in ("VBD", "VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in clause.children):
            continue
        cut = _comma_or_dash_before(ctx, k, lo)
        if cut is not None:
            return cut
    return hi


#: cue classes whose verb inside a contrasting clause makes it a report of its own (a
#: stance verb, "while 23 percent favored Cruz", is a poll's figure, more of the report)
_OWN_REPORT = frozenset({cues.SPEECH, cues.DOCUMENT, cues.THOUGHT})


def _the_sources_own_contrast(clause, marker) -> bool:
    """Is the contrasting clause ``clause`` (opened by ``marker``) the source's own
    reasoning, part of the content? "She said she identifies as an independent, although
    she is registered as a Democrat", "…said Clinton would beat Trump 46 to 40, while
    Sanders would beat him 52 to 38", "…said he is not giving up, despite trailing in the
    polls": a plain "although", "though", "while", "whereas" clause, or "despite" with a
    gerund, that reports nothing of its own (PolNeAR train, round 24: where the clause
    decides the match, 14 of 15 annotated as content; the issue's "stop before a
    concessive" lost them).
    Not the writer's counterpoint:

    * a clause with a report of its own, another source set against this one ("…, while
      22 percent said they might change their minds", "…, though records show …");
    * "despite" or "unlike" with a noun phrase, the writer's fact ("…, despite the
      potential for a high-profile feud": 2 of 3 left out);
    * "even though" / "even as", the writer's irony ("she opposed the war, even though
      there are clips of her supporting it": 2 of 3 left out)."""
    if any(g.pos_ in ("VERB", "AUX") and cues.cue_class(g) in _OWN_REPORT for g in clause.subtree):
        return False
    if clause.dep_ == "prep":
        return any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in clause.children)
    before = marker.nbor(-1) if marker.i > 0 else None
    return not (before is not None and before.lower_ == "even")


def trailing_new_attribution(ctx: Ctx, lo: int, hi: int) -> int:
    """``Clinton is honest, and three-quarters said the same of Sanders``: a clause joined
    on with its own subject and its own cue verb is a new attribution, not more of this
    one's content."""
    doc = ctx.doc
    for k in range(lo + 1, hi):
        t = doc[k]
        if t.dep_ != "conj" or t.right_edge.i < hi - 1 or not _free(ctx, k):
            continue
        if cues.cue_class(t) not in cues.ATTRIBUTING or not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            continue
        if any(c.dep_ == "mark" for c in t.children) or any(c.dep_ == "xcomp" for c in t.children):
            continue  # "… and that it continues to fly patrols": more of the same content
        cut = _before_conjunct(ctx, t, lo)
        if cut is not None:
            return cut
    return hi


def trailing_according_to(ctx: Ctx, lo: int, hi: int) -> int:
    """``The company said it would cut 1,200 jobs, according to a statement``: a trailing
    "according to" after the content of a cue says where the words were found, not more
    of them; the content ends before its comma."""
    doc = ctx.doc
    for k in range(lo + 1, hi - 1):
        if doc[k].lower_ == "according" and doc[k + 1].lower_ == "to" and _free(ctx, k):
            j = end_before(doc, lo, k)
            return j if j < k else hi
    return hi


def _before_conjunct(ctx: Ctx, t, lo: int) -> int | None:
    """Where content ends before the conjunct ``t``: before its ", and" / "; but"."""
    doc = ctx.doc
    j = t.left_edge.i - 1
    while j > lo and (doc[j].dep_ == "cc" or doc[j].text in (",", ";") or doc[j].is_space):
        j -= 1
    return j + 1 if j > lo else None


def misparsed_subject(verb):
    """``…mishandled the investigation and Democrats accused the GOP of stoking the
    issue``: the parse joins "Democrats" to the object before it and leaves "accused"
    with no subject. The noun right before a verb without a subject, joined by a
    coordinator to a word before it, is that verb's subject; returns it, or None."""
    doc = verb.doc
    if verb.i < 2 or verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    noun = doc[verb.i - 1]
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.head.i >= noun.i or noun.head.i == verb.i:
        return None
    before = doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    if before is None or before.dep_ != "cc" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    return noun


def subject_of_the_next_report(ctx: Ctx, lo: int, hi: int) -> int:
    """``Republicans said they are convinced the department mishandled the investigation
    and Democrats accused the GOP of …``: when the word after the content is a cue verb
    whose subject the parse hung on the content's last noun (:func:`misparsed_subject`),
    that subject and its coordinator start a new attribution and the content ends
    before them."""
    doc = ctx.doc
    if hi >= len(doc) or cues.cue_class(doc[hi]) not in cues.ATTRIBUTING or not _free(ctx, hi - 1):
        return hi
    noun = misparsed_subject(doc[hi])
    if noun is None or noun.i != hi - 1 or noun.left_edge.i - 1 <= lo:
        return hi
    return noun.left_edge.i - 1


def past_verb_after_a_nonfinite_one(ctx: Ctx, lo: int, hi: int, cue_i: int | None) -> int:
    """``Clinton has vowed to keep abortion legal and celebrated the ruling Monday``, ``He
    has proposed conducting surveillance on mosques and signaled support for a
    database``: a verb in the past tense, with no subject of its own, cannot go on with
    the infinitive or gerund it is joined to (that would be "and celebrate", "and
    signaling"); it is the holder's own next act, told by the writer, and the content
    ends before its coordinator. Only after a cue in the past itself: after one in the
    present ("groups note that Sanders co-sponsored bans that included penalties for
    conducting the research and opposed alternatives") the past verb is the reported
    subject's, joined to the wrong verb by the parse."""
    doc = ctx.doc
    if cue_i is None or doc[cue_i].tag_ not in ("VBD", "VBN"):
        return hi
    for k in range(lo + 1, hi):
        t = doc[k]
        if t.dep_ != "conj" or t.tag_ != "VBD" or t.right_edge.i < hi - 1 or not _free(ctx, k):
            continue
        head = t.head
        if head.tag_ not in ("VB", "VBG") or not lo <= head.i < k or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children):
            continue
        if head.tag_ == "VB" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
            continue  # "would cut rates and signaled": a modal's verb, read by a tagger that errs
        if not _cues_own_nonfinite(head, cue_i):
            continue  # "added that Powell used a computer to manage information and never used …": Powell's
        cut = _before_conjunct(ctx, t, lo)
        if cut is not None:
            return cut
    return hi


def _cues_own_nonfinite(verb, cue_i: int) -> bool:
    """Is ``verb`` the cue's own infinitive or gerund ("vowed to keep", "proposed
    conducting"), reached from the cue through non-finite verbs only, with no clause of
    another subject between?"""
    h = verb
    for _ in range(8):
        if h.tag_ not in ("VB", "VBG") or any(c.dep_ in ("nsubj", "nsubjpass") for c in h.children) or h.head.i == h.i:
            return False
        if h.head.i == cue_i:
            return h.dep_ in ("xcomp", "ccomp", "advcl", "dobj", "pcomp")
        h = h.head
    return False


def _score_or_range(doc, k: int) -> bool:
    """``won 3 - 2 in overtime``, ``leads 21 – 14``, ``10 - 15 people``: a dash between two
    numbers joins a score or a range, spaced or not; it opens no aside."""
    return 0 < k < len(doc) - 1 and doc[k - 1].like_num and doc[k + 1].like_num


def _spaced_dash(ctx: Ctx, k: int) -> bool:
    """A dash set off by spaces (``A - B``, ``A — B``), not a hyphen (``three-quarters``)."""
    doc = ctx.doc
    t = doc[k]
    if t.text not in _DASHES or not _free(ctx, k) or _score_or_range(doc, k):
        return False
    if t.text in ("—", "―", "--"):
        return True
    return k > 0 and bool(doc[k - 1].whitespace_) and bool(t.whitespace_)


def trailing_speaker_action(ctx: Ctx, lo: int, hi: int, cue_i: int) -> int:
    """``She said the plan leaves out fathers, and when pressed on why, she declined to
    answer``: a clause joined on whose subject is the speaker again, in the past tense
    like the cue, tells what the speaker did next; it is the writer's story, not more of
    what was said."""
    from .mention import subject_of

    doc = ctx.doc
    cue = doc[cue_i]
    speaker = subject_of(cue)
    if speaker is None or cue.tag_ != "VBD":
        return hi
    for k in range(lo + 1, hi):
        t = doc[k]
        if t.dep_ != "conj" or t.tag_ != "VBD" or t.right_edge.i < hi - 1 or not _free(ctx, k):
            continue
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ not in ("PRON", "PROPN"):
            continue
        if subj.lower_ != speaker.lower_ and not _refers_back(ctx, subj, speaker, t, lo):
            continue
        cut = _before_conjunct(ctx, t, lo)
        if cut is not None:
            return cut
    return hi


def _refers_back(ctx: Ctx, pronoun, speaker, verb, lo: int) -> bool:
    """``Rubio said the real extremist is Clinton, and he railed against the moderators``:
    after a comma and a coordinator, a pronoun that agrees with a named speaker (he or
    she for one, they for several) and names nobody else in the content is the speaker
    again."""
    if pronoun.lower_ not in ("he", "she", "they") or speaker.pos_ not in ("PROPN", "NOUN"):
        return False
    plural = speaker.tag_ in ("NNS", "NNPS")
    if (pronoun.lower_ == "they") != plural:
        return False
    doc = ctx.doc
    start = verb.left_edge.i
    if not (start - 2 >= lo and doc[start - 1].dep_ == "cc" and doc[start - 2].text == ","):
        return False
    # another person named in the content could be the "he" as well, unless a first name
    # says otherwise ("Hillary Clinton" is no "he")
    other = "f" if pronoun.lower_ == "he" else "m" if pronoun.lower_ == "she" else None
    for k in range(lo, start - 2):
        t = doc[k]
        if t.lower_ == pronoun.lower_:
            return False
        if t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and (other is None or first_name_genders().get(t.lower_) != other):
            return False
    return True


def split_paired_aside(ctx: Ctx, lo: int, hi: int) -> list[tuple[int, int]]:
    """``The officer who shot Scott - Brentley Vinson, who was placed on leave - was not
    wearing a camera``: words between a pair of dashes inside the content, or a clause in
    parentheses, are the writer's aside; the content is the pieces around it. A dash
    that opens an aside running to the end of the content ends it. Not a dash that goes
    on with the content (:func:`_dash_goes_on`)."""
    doc = ctx.doc
    out = []
    a = lo
    k = lo
    while k < hi:
        t = doc[k]
        if k > a and _spaced_dash(ctx, k) and _dash_goes_on(ctx, k):
            # "specifics — including the cost — of their plans": the pair is the content's
            j = k + 1
            while j < hi and not _spaced_dash(ctx, j):
                j += 1
            k = j + 1
            continue
        if k > a and _spaced_dash(ctx, k):
            j = k + 1
            while j < hi and not _spaced_dash(ctx, j):
                j += 1
            if j < hi - 1 and j - k > 1:
                out.append((a, k))
                a = k = j + 1
                continue
            if j >= hi - 1 and k - a >= 3:
                out.append((a, k))  # "…, a landslide win - based on early results"
                return [(x, y) for x, y in out if y > x]
        elif k > a and t.text == "(" and _free(ctx, k):
            j = k + 1
            while j < hi and not (doc[j].text == ")" and _free(ctx, j)):
                j += 1
            if j < hi and any(doc[x].pos_ in ("VERB", "AUX") and doc[x].dep_ not in ("amod", "compound") for x in range(k + 1, j)):
                if j < hi - 1:
                    out.append((a, k))
                    a = k = j + 1
                    continue
                out.append((a, k))
                return [(x, y) for x, y in out if y > x]
        k += 1
    out.append((a, hi))
    return [(x, y) for x, y in out if y > x]


def trailing_semicolon_clause(ctx: Ctx, lo: int, hi: int) -> int:
    """``said the timing was not intentional; they only learned on Friday of the deal``: a
    clause after a semicolon, with a subject of its own, is the writer's next sentence
    in all but the full stop."""
    doc = ctx.doc
    for k in range(lo + 1, hi - 1):
        if doc[k].text != ";" or not _free(ctx, k):
            continue
        if any(doc[j].dep_ in ("nsubj", "nsubjpass", "expl") and doc[j].head.i > j for j in range(k + 1, min(hi, k + 8))):
            return k
    return hi


def _sentence_appositive(t) -> bool:
    """``… would slash up to 30,000 jobs, a mass layoff rivaling the cuts under Fiorina``,
    ``… had been “rigged,” a charge that party leaders denied``: a noun phrase with an
    article and a clause of its own after a comma sums up the clause before it; the
    parse calls it an adverbial noun of the verb. It is the writer's gloss like an
    appositive. Not a bare label with a participle after a dash ("would pass, a
    landslide win - based on early results": the win is the mayor's word)."""
    return t.dep_ == "npadvmod" and t.pos_ == "NOUN" and t.head.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in t.children
    ) and any(c.dep_ == "relcl" or c.dep_ == "acl" and c.tag_ == "VBG" for c in t.children)


def _identifying_name(doc, start: int, t) -> bool:
    """Is the appositive from ``start`` (head ``t``) a bare name that says who or where
    the noun before it is ("the Republican front-runner, Donald Trump", "his wife,
    Sarah", "in Jupiter, Fla.", "a charity in Khartoum, Sudan")? That is part of what
    the source referred to, not the writer's gloss: PolNeAR train, where the cut
    decided the content's end, about 35 of 39 such names annotated inside the content."""
    return t.pos_ == "PROPN" and doc[start].pos_ == "PROPN" and all(doc[j].pos_ in ("PROPN", "PUNCT") and doc[j].text != "," for j in range(start, t.right_edge.i + 1))


#: words that open a noun phrase after a comma that says when or which, not who or what
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "each", "every"})


def _appositive_head(t) -> bool:
    """Can ``t`` head an appositive noun phrase? A noun, a name, a number or a pronoun;
    or a word the tagger calls an adjective that a determiner makes a noun ("Mr. Trump,
    the presumed Putin favorite")."""
    if t.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
        return True
    return t.pos_ == "ADJ" and t.dep_ == "appos" and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in t.children)


def _a_list(t) -> bool:
    """Is the appositive-looking ``t`` the second item of a list rather than a gloss?
    "Israel, the Iranian deal and the court": another item with its own determiner or a
    name joined to it. Not two titles sharing one article ("Rep. Don Beyer, a former
    lieutenant governor and ambassador …"), nor nouns joined inside a relative or
    participle clause the appositive carries ("NATO, the existing military alliance that
    includes the United States and most E.U. countries", "Jeffrey D. Feltman, a State
    Department official overseeing Lebanon and the region": PolNeAR dev and train, left
    out of the content by gold). A coordinator inside a prepositional phrase still makes
    a list ("the Trump Victory fund, a joint fundraising committee between Trump's
    campaign, the RNC and 11 state parties": the source's words in train)."""
    conjs = [c for c in t.children if c.dep_ == "conj"]
    if any(c.dep_ == "cc" for c in t.children) and not conjs:
        return True
    if any(not _bare_title(t, c) for c in conjs):
        return True
    inner = {g.i for c in t.children if c.dep_ == "relcl" or (c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")) for g in c.subtree}
    phrase = {g.i for c in t.children if c.dep_ == "prep" for g in c.subtree}
    return any(
        g.dep_ == "cc" and g.head.i != t.i and not (g.i in inner and _nouns_joined(g.head)) and not (g.i in phrase and _bare_words_joined(g.head))
        for g in t.subtree
    )


def _bare_words_joined(head) -> bool:
    """Does the coordinator under ``head`` join bare words inside one title ("a former
    secretary of state and senator"), not noun phrases of a list ("a committee between
    Trump's campaign, the RNC and 11 state parties")?"""
    words = [head] + [c for c in head.children if c.dep_ == "conj"]
    return len(words) > 1 and all(w.pos_ in ("NOUN", "PROPN") and not any(d.dep_ in ("det", "poss", "nummod", "conj") and d.i < w.i for d in w.children) for w in words)


def _bare_title(t, c) -> bool:
    """Is the conjunct ``c`` a second common noun sharing ``t``'s article ("a former
    lieutenant governor and ambassador")?"""
    return t.pos_ == "NOUN" and c.pos_ == "NOUN" and not any(d.dep_ in ("det", "poss") for d in c.children)


def _nouns_joined(head) -> bool:
    """Does the coordinator under ``head`` join nouns ("includes the United States and
    most E.U. countries"), not a phrase of the sentence's own list ("…that benefit only
    the wealthy and for relief for middle class families")?"""
    conjs = [c for c in head.children if c.dep_ == "conj"]
    return bool(conjs) and head.pos_ in ("NOUN", "PROPN") and all(c.pos_ in ("NOUN", "PROPN") for c in conjs)


def trailing_appositive(ctx: Ctx, lo: int, hi: int) -> int:
    """``said he did not support Mr. Trump, the presumed Putin favorite``: a noun phrase
    set off by a comma after the last noun, renaming it, is the writer's gloss."""
    doc = ctx.doc
    for k in range(lo + 2, hi):
        t = doc[k]
        if not (t.dep_ == "appos" or _sentence_appositive(t)) or not _appositive_head(t) or t.right_edge.i < hi - 1 or not _free(ctx, k):
            continue
        head = t.head
        if head.dep_ == "appos" or any(c.dep_ in ("cc", "conj") for c in head.children) or _a_list(t):
            continue  # "Israel, the Iranian deal and the court", "his wife, Lonnie, and friends": a list
        start = t.left_edge.i
        if start <= t.head.i or doc[start - 1].text != "," or not _free(ctx, start - 1):
            continue
        if not (doc[start].tag_ in ("DT", "PRP$") or doc[start].lower_ == "also" or t.pos_ == "PROPN" or t.lower_ == "one"):
            continue  # "…, particularly those who cannot wait" narrows the content; "close loopholes" is a misparse
        if _identifying_name(doc, start, t):
            continue
        if doc[start].lower_ in _DEMONSTRATIVES:
            continue  # "yet another scripted address, this time on law and order": an adverbial, not a gloss
        if any(ctx.outer[j] >= 0 for j in range(start, hi)):
            continue
        return start - 1
    return hi


#: words after a dash that carry the content on rather than open the writer's aside:
#: a coordinator ("would survive - and Fiorina would stay on top") or a word that names
#: part of what was said ("specifics — including the cost — of their plans")
_DASH_CONTINUERS = frozenset({"and", "but", "or", "including", "especially", "particularly", "notably"})


def _dash_goes_on(ctx: Ctx, k: int) -> bool:
    """Does the dash at ``k`` go on with the content (a word of :data:`_DASH_CONTINUERS`
    right after it) rather than open an aside? PolNeAR's annotators keep both in the
    source's words: "they would not vote — or even consider a third-party candidate —
    if Trump is the nominee", "46 percent of Republicans — and 31 percent of voters
    overall — remain undecided"."""
    return k + 1 < len(ctx.doc) and ctx.doc[k + 1].lower_ in _DASH_CONTINUERS
