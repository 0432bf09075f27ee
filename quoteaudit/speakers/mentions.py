"""Speaker mentions: the noun phrase in the text that says who is speaking.

The quotes stage hands over the raw mention as written ("Colonel Ryan Dillon", "He",
"a U.S. official"). This module confirms it against the parse and finds it when the quote
has only a cue: the cue's subject ("Dillon said", "said Dillon"), the object of
"according to", the subject of a passive ("Dillon was quoted as saying"), and through
participles and coordinated verbs ("..., adding", "said ... and added"). A relative pronoun
("who said") stands for the noun it hangs on.

A :class:`Mention` keeps token indices, never spaCy objects, so it can outlive the Doc.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from ..lexicons import load_set
from ..model import Paragraph, Quote
from ..quotes import asked
from ..quotes.cues import verb_classes
from ..quotes.datelines import ends_dateline
from ..quotes.headlines import MAX_NAME_WORDS, SPEAKER_LINE, names_no_speaker
from ..quotes.mention import focusing_adverb, subject_of
from .lexicon import authorship_verbs, document_nouns

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

#: dependents that belong to a noun phrase when they stand left of its head
NP_LEFT = {"det", "predet", "poss", "case", "amod", "compound", "nmod", "nummod", "quantmod", "nn", "advmod", "npadvmod", "prep", "pobj", "punct"}
#: closing double quotation marks (a single ’ is also an apostrophe: "the officials’ spokesman")
CLOSING_MARKS = {"”", "\"", "»"}
SUBJECTS = ("nsubj", "nsubjpass")
#: how a cue's clause hangs on the verb that carries the subject: "..., adding",
#: "said ... and added", "was quoted as saying", "declined to say"
CLIMB = {"advcl", "xcomp", "conj", "pcomp", "prep", "acl"}
RELATIVE_PRONOUNS = {"who", "whom", "that", "which", "whose"}


@dataclass(frozen=True)
class Mention:
    """One noun phrase standing for a speaker.

    ``start``/``end``/``text`` are the span as written (what the editor sees);
    ``head`` is the token index of its head noun and ``first``/``last`` the token range
    (inclusive) of the phrase without appositives or relative clauses.
    """

    start: int
    end: int
    text: str
    head: int
    first: int
    last: int
    paragraph: int
    sentence: int  #: token index of the sentence start


class Layout:
    """Where things are: paragraph and sentence of any character offset or token."""

    def __init__(self, doc: Doc, paragraphs: list[Paragraph]):
        self.doc = doc
        self._para_starts = [p.start for p in paragraphs] or [0]
        self._sent_starts = [s.start for s in doc.sents]

    @cached_property
    def text(self) -> str:
        """The article's text, read once: spaCy rebuilds ``Doc.text`` on every access, so a
        lookup per quote would make the stage quadratic."""
        return self.doc.text

    def paragraph_end(self, para: int) -> int:
        """Character offset where paragraph number ``para`` ends (the next one's start)."""
        starts = self._para_starts
        return starts[para + 1] if para + 1 < len(starts) else len(self.text)

    def paragraph_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self._para_starts, char) - 1)

    def sentence_of(self, token_i: int) -> int:
        return self._sent_starts[max(0, bisect.bisect_right(self._sent_starts, token_i) - 1)]

    def sentence_index(self, token_i: int) -> int:
        return max(0, bisect.bisect_right(self._sent_starts, token_i) - 1)

    def sentence_tokens(self, index: int) -> tuple[int, int]:
        """Token range ``[start, end)`` of sentence number ``index``."""
        starts = self._sent_starts
        return starts[index], starts[index + 1] if index + 1 < len(starts) else len(self.doc)


def span_tokens(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens covering characters ``start:end`` (expanded to whole tokens)."""
    if end <= start or start < 0 or not len(doc) or end > doc[-1].idx + len(doc[-1]):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span


def noun_phrase(head: Token) -> tuple[int, int]:
    """Token range (inclusive) of the phrase ``head`` heads, without appositives, relative
    clauses or anything else right of the head except compound names."""
    first = head.i
    for child in head.lefts:
        # a verb the parser hung on a name ("Said Ellis:") is not part of it
        if child.dep_ in NP_LEFT and child.dep_ != "punct" and child.pos_ not in ("VERB", "AUX") and not focusing_adverb(child):
            first = min(first, child.left_edge.i)
    doc = head.doc
    # never across a line break ("10:25 p.m.\n\nTed Cruz says"); a space token without one
    # (a non-breaking space, a double space: "nominee\u00a0Donald Trump") is no break
    for i in range(head.i - 1, first - 1, -1):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            first = i + 1
            break
        # nor back into the quote the name follows: the parser may hang a quote on a job
        # word ("“It’s unanimous,” councilmember Mark Levine said"); a quote ends in its
        # comma or stop before the mark, a nickname does not (Dwayne “The Rock” Johnson)
        if doc[i].text in CLOSING_MARKS and i > 0 and doc[i - 1].is_punct:
            first = i + 1
            break
        # nor back across a spaced dash into the headline a roundup's label follows
        # ("OTHER STATES - Michael P. McDonald:"): a name alone after the dash; a hyphen
        # inside a name has no space, and a description after one keeps what it has
        if doc[i].text in LABEL_DASHES and i > 0 and doc[i - 1].whitespace_ and all(t.pos_ == "PROPN" for t in doc[i + 1 : head.i + 1]):
            first = i + 1
            break
    last = head.i
    for child in head.rights:
        # "Secretary of State" hangs right of Secretary; flat names hang right in some models
        if child.dep_ in ("compound", "flat", "nn") or (child.dep_ == "case" and child.text in ("'s", "’s")):
            last = max(last, child.right_edge.i)
        else:
            break
    while first < head.i and (doc[first].is_punct or _introducing_verb(doc[first])):
        first += 1
    return first, last


def _introducing_verb(tok: Token) -> bool:
    """"Added" in "Added coach Dan Miller: “...”": the verb of speech that opens an
    inverted introduction, which the parser may hang on the speaker's job word rather than
    on the name. A participle that describes the speaker ("Elected officials said") is no
    verb of speech (``cue_verbs.tsv``) and stays."""
    return tok.pos_ in ("VERB", "AUX") and tok.is_sent_start and verb_classes().get(tok.lemma_.lower()) == "speech"


def mention_from_head(head: Token, layout: Layout, raw: tuple[int, int, str] | None = None) -> Mention:
    """The mention headed by ``head``; ``raw`` is the span as written when it differs from
    the head's noun phrase (a relative pronoun standing for its antecedent)."""
    first, last = noun_phrase(head)
    doc = head.doc
    if raw is not None:
        start, end, text = raw
    else:
        start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
        text = doc[first : last + 1].text
    return Mention(start, end, text, head.i, first, last, layout.paragraph_of(start), layout.sentence_of(head.i))


def _as_written(token: Token) -> tuple[int, int, str]:
    first, last = noun_phrase(token)
    doc = token.doc
    return doc[first].idx, doc[last].idx + len(doc[last].text), doc[first : last + 1].text


def antecedent_of_relative(token: Token) -> Token:
    """"who" in "Dillon, who said ..." stands for Dillon; so does the second "who" of
    coordinated relative clauses, "whose" for the noun its clause describes, and a "who"
    the parse hung on the wrong verb (see :func:`_relative_the_parse_misplaced`)."""
    if token.lower_ not in RELATIVE_PRONOUNS:
        return token
    if token.head.dep_ == "relcl":
        return _named_by_the_appositive(token, token.head.head)
    first = _first_of_coordinated_relatives(token)
    if first is not None:
        return _named_by_the_appositive(token, first)
    misplaced = _relative_the_parse_misplaced(token)
    return token if misplaced is None else _named_by_the_appositive(token, misplaced)


def _named_by_the_appositive(pronoun: Token, noun: Token) -> Token:
    """``Rep. Beto O'Rourke, a Clinton endorser who said …``, ``Tom Rath, a veteran New
    Hampshire GOP leader who backs Kasich``: the relative clause hangs on the appositive
    (a common noun) that describes a name, but the one who spoke is the one named, so the
    source is O'Rourke, not an anonymous "Clinton endorser". Not with "which", which
    stands for a thing the appositive may name in turn ("Whit Ayres, author of 2016 and
    Beyond, which urged …")."""
    if pronoun.lower_ == "which" or noun.pos_ != "NOUN" or not noun.text[:1].islower():
        return noun
    named = _name_given_after(noun)
    if named is not None:
        return named
    name = noun.head
    if noun.dep_ != "appos" or name.pos_ != "PROPN" or name.i > noun.i:
        return noun
    if _inside_a_longer_name(name) or any(c.dep_ == "prep" for c in name.children):
        return noun  # "Democracy for America": a name with a preposition inside reads as two
    return name


def _inside_a_longer_name(name: Token) -> bool:
    """``launched Democracy for America, an organization that …``: the parse reads the
    name's last word as the object of a preposition right after another name word."""
    prep = name.head
    doc = name.doc
    return name.dep_ == "pobj" and prep.i == name.left_edge.i - 1 and prep.i > 0 and doc[prep.i - 1].pos_ == "PROPN"


def _name_given_after(noun: Token) -> Token | None:
    """``a former principal named Eric Vance, who said …``, ``a 70-year-old academic
    named Eric Kingson``: the noun is a description, and the name that follows it (after
    a naming participle of ``naming_verbs.txt``) is who it is."""
    for clause in noun.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.lemma_.lower() in load_set("naming_verbs.txt"):
            name = next((c for c in clause.children if c.dep_ in ("oprd", "attr", "dobj") and c.pos_ == "PROPN"), None)
            if name is not None and not any(t.is_quote for t in name.subtree):
                return name  # a quoted name ("an account called “Hypo-Cruz”") is a label
    return None


def _first_of_coordinated_relatives(token: Token) -> Token | None:
    """``a president who authorized the raid and who hoped to leave office``, ``the
    group, which Dean founded and which has endorsed Sanders``: the second clause is a
    conjunct of the first, so its pronoun's verb is a ``conj``, not a ``relcl``; it stands
    for what the first clause's pronoun stands for (the parse may also hang the second
    clause on the noun itself). ``whose`` ("Obama, whose criticism of Trump has
    sharpened") sits one level lower, on the noun its clause is about. Returns the
    antecedent, or None."""
    verb = token.head
    if token.lower_ == "whose":
        # "Gov. Ann Lee, whose warning … went unheeded": the parse may call "whose" a
        # subject of its noun rather than its possessive; either way it sits on the noun
        return verb.head.head if verb.head.dep_ == "relcl" and verb.head.i != verb.i else None
    if token.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "conj":
        return None
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
        if verb.dep_ == "relcl" and _same_kind_of_relative(token, verb):
            return verb.head
        if verb.dep_ == "relcl" and verb.head.head.dep_ == "relcl" and _same_kind_of_relative(token, verb.head.head):
            # "a president who authorized the raid that killed bin Laden and who hoped
            # …": the parse joins the second clause to the nearer "that" clause
            return verb.head.head.head
        if verb.pos_ in ("NOUN", "PROPN"):
            return verb
    first = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS), None)
    if first is not None and first.i != token.i:
        stands_for = antecedent_of_relative(first)
        if stands_for.i != first.i:
            return stands_for
    return None


def _same_kind_of_relative(token: Token, clause: Token) -> bool:
    """May ``token`` ("who") stand for what the relative clause ``clause`` is about? Not
    when that clause's own pronoun is one for things ("that", "which") and ``token`` is
    one for people ("who", "whom", "whose"), or the other way round."""
    pronoun = next((c for c in clause.children if c.lower_ in RELATIVE_PRONOUNS), None)
    if pronoun is None or pronoun.lower_ == token.lower_:
        return True
    if token.lower_ in ("who", "whom", "whose"):
        return pronoun.lower_ not in ("that", "which")
    return not (token.lower_ == "which" and pronoun.lower_ in ("who", "whom"))


def _relative_the_parse_misplaced(token: Token) -> Token | None:
    """``said his best friend, Bruce Turry, who, like several other brothers,
    remembered …``, ``tells voters who wonder why …``, ``a minister whose plan to …``:
    the parse hangs the clause on the main verb, yet "who" or "whose" right after a noun
    (or a noun and a comma) is that noun's relative pronoun, never a question word. Not
    "that" or "which": after a noun they are as often a complementiser, or a pronoun for
    a whole clause ("was sexting again, which prompted …")."""
    if token.i == token.sent.start or not (
        (token.lower_ in ("who", "whom") and token.dep_ in ("nsubj", "nsubjpass")) or (token.lower_ == "whose" and token.dep_ == "poss")
    ):
        return None
    before = token.doc[token.i - 1]
    if before.text == "," and token.i - 1 > token.sent.start:
        before = token.doc[token.i - 2]
    if before.pos_ in ("NOUN", "PROPN") and before.dep_ != "compound":
        return before
    return None


#: words that, standing alone before a participle, share out what a plural subject did
#: among its members: "Smith and Jones clashed, each saying ...", "both saying ..."
DISTRIBUTIVES = {"each", "both", "either"}


def antecedent_of_distributive(token: Token) -> Token:
    """"each" in "Smith and Jones clashed, each saying the other had lied" stands for the
    coordinated subject of the clause it is set off from (Smith and Jones), as "who"
    stands for its noun: the speakers are the two people named, not an unnamed "each".
    The word must open a participle clause ("each saying", "both blaming", "with each
    accusing"), written after the subject in the same sentence; the subject must be
    several (coordinated names, a plural noun, "they"). A plural noun with coordinated
    names in apposition ("The two candidates, Maria Lopez and Tom Becker,") stands for
    those names. "Each of the officials said" is a partitive and stays one."""
    if token.lower_ not in DISTRIBUTIVES or token.pos_ not in ("PRON", "DET") or any(c.dep_ == "prep" for c in token.children):
        return token
    doc = token.doc
    participle = doc[token.i + 1] if token.i + 1 < len(doc) else None
    opens_participle = (participle is not None and participle.tag_ == "VBG") or (token.dep_ in SUBJECTS and token.head.tag_ == "VBG")
    if not opens_participle or token.i == token.sent.start or doc[token.i - 1].lower_ not in (",", "with", "—", "–"):
        return token
    for tok in reversed(doc[token.sent.start : token.i]):
        if tok.dep_ not in SUBJECTS or tok.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        names = next((a for a in tok.children if a.dep_ == "appos" and any(c.dep_ == "conj" for c in a.children)), None)
        if names is not None:
            return names
        # the parse may hang the coordination on a name before the head ("Ortiz and
        # council member Dan Reyes": Ortiz as a modifier of Reyes, the conjunct on Ortiz)
        coordinated = any(c.dep_ == "conj" for t in tok.subtree if t.i <= tok.i for c in t.children)
        if coordinated or tok.tag_ in ("NNS", "NNPS") or tok.lower_ in ("they", "we"):
            return tok
        return token  # one subject: "each" is someone else's
    return token


def issuer_of_a_relative_document(token: Token) -> Token:
    """"Sanders released a statement that accused the party of ...": a relative clause
    on a document that someone issued, released or posted (``authorship_verbs.txt``)
    reports what the issuer says through it, as "issued a statement saying ..." does in
    the quotes stage: the speaker is the one who issued it (Sanders), not the statement.
    Only for a relative pronoun ("that", "which") standing for a document noun
    (``document_nouns.tsv``) that is the object of such a verb with a subject of its own
    before it; "a report that found ..." with no issuer named stays the report, and so
    does a document whose author a "from" or "by" names ("a letter from his doctor")."""
    if token.lower_ not in ("that", "which") or token.head.dep_ != "relcl":
        return token
    noun = token.head.head
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in authorship_verbs():
        return token
    if (noun.lemma_.lower(),) not in document_nouns() and (noun.lower_,) not in document_nouns():
        return token
    if any(c.dep_ == "prep" and c.lower_ in ("from", "by") for c in noun.children):
        return token  # "released a letter from his doctor that says ...": the doctor wrote it
    issuer = subject_of(noun.head)
    if issuer is None or issuer.i > noun.i or issuer.pos_ not in NOMINAL or issuer.lower_ in RELATIVE_PRONOUNS:
        return token
    return issuer


def _antecedent(token: Token) -> Token:
    """What a speaker word stands for: "who" its noun, "each" its coordinated subject."""
    return antecedent_of_distributive(antecedent_of_relative(token))


def head_of_span(span: Span) -> Token:
    root = span.root
    # a span the parser split ("Col ." + "Ryan Dillon"): take the last nominal token
    if root.pos_ not in ("NOUN", "PROPN", "PRON", "NUM") and any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in span):
        root = [t for t in span if t.pos_ in ("NOUN", "PROPN", "PRON")][-1]
    # "al-Rashid said": the parse made each piece of a name split at a bare hyphen a word
    # of its own outside the span; the last piece heads the name
    doc = span.doc
    k = root.i
    while (k + 2 < span.end and doc[k + 1].text in ("-", "‐") and not doc[k].whitespace_ and not doc[k + 1].whitespace_
           and doc[k + 2].pos_ == "PROPN" and not span.start <= doc[k + 2].head.i < span.end):
        k += 2
    return doc[k]


def put_to_someone(doc: Doc, quote: Quote) -> bool:
    """Is ``quote`` a question or request put to someone whose asker the sentence does
    not name ("She was asked whether …", "Asked whether she would run, the mayor said
    …")? Such a quote has no speaker to find, here or in the sentences around it."""
    if quote.cue is None:
        return False
    span = span_tokens(doc, quote.cue.start, quote.cue.end)
    if span is None:
        return False
    verb = span.root
    return asked.participle(verb) or asked.set_off(verb) is not None or any(asked.passive_subject(c, verb) for c in verb.children)


def holder_unnamed(quote: Quote) -> bool:
    """Is ``quote`` a view its construction gives no holder ("Turnout is expected to be
    high", "The mayor seems to have changed her mind", "The club is reportedly spending
    …", "The plan is widely seen as a test")? The quotes stage says so
    (:attr:`Quote.no_holder`); its grammatical subject is the report's own, and nobody is
    said to hold it: neither that subject nor a speaker nearby is its source."""
    return quote.no_holder and quote.speaker is None


def subject_of_cue(
    doc: Doc, cue_start: int, cue_end: int, cue_lemma: str | None, content: list[tuple[int, int]] = ()
) -> Token | None:
    """The speaker the parse gives a cue: its subject, the object of "according to", or the
    agent of a passive; climbing from participles and coordinated verbs to the verb that
    carries the subject. Nothing inside the quote's ``content`` counts ("People like
    Scott, he said": the parser makes both subjects)."""

    def outside(tok: Token) -> bool:
        return not any(s <= tok.idx < e for s, e in content)

    span = span_tokens(doc, cue_start, cue_end)
    if span is None:
        return None
    lemma = (cue_lemma or span.text).lower()
    if "according" in lemma or span[0].lower_ == "according":
        for tok in span:
            for to in [tok, *tok.children]:
                if to.lower_ == "to":
                    objs = [c for c in to.children if c.dep_ == "pobj" and outside(c)]
                    if objs:
                        return objs[0]
        return None
    verb = span.root
    if asked.participle(verb) or asked.set_off(verb) is not None:
        # "Asked whether she would run, the mayor said …": the mayor is the one asked
        return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj" and outside(g)), None)
    cue = verb
    for _ in range(4):
        subj = _subject_child(verb, outside)
        if subj is not None:
            return subj
        if verb.dep_ not in CLIMB or verb.dep_ == "acl" or verb.head.i == verb.i:
            break
        verb = verb.head
    return _subject_of_an_appositive_read_as_a_clause(cue, outside)


def _subject_of_an_appositive_read_as_a_clause(verb: Token, outside) -> Token | None:
    """"Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said he
    ...": a long appositive between a name and its verb can make the parse read the
    appositive as a clause of its own ("rabbi" as a verb, with Salkin its subject) hung
    on the cue, which is left with no subject. The subject of that clause, set off by
    the comma right before the cue and outside the quote, is the speaker; a clause
    before the cue that is the quote itself ("The plan is sound, said ...") has its
    subject inside the quote and does not count."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    for clause in verb.lefts:
        if clause.dep_ not in ("ccomp", "advcl") or clause.right_edge.i != verb.i - 2 or not outside(clause):
            continue
        subj = next((c for c in clause.children if c.dep_ in SUBJECTS and c.i < clause.i), None)
        if subj is not None and outside(subj) and subj.pos_ == "PROPN" and subj.ent_type_ == "PERSON" and subj.i + 1 < clause.i and doc[subj.i + 1].text == ",":
            return subj
    return None


def _subject_child(verb: Token, outside) -> Token | None:
    for child in verb.children:
        if child.dep_ in SUBJECTS and outside(child) and _line_break_between(child, verb):
            # a dateline the parse made the subject: the name in apposition to it, if any
            child = next((a for a in child.children if a.dep_ == "appos" and not _line_break_between(a, verb)), child)
        if not outside(child) or _line_break_between(child, verb):
            continue
        if child.dep_ in SUBJECTS and child.lower_ != "there" and not (child.dep_ == "nsubjpass" and child.lower_ == "it") and not asked.passive_subject(child, verb):
            return child
        if child.dep_ == "agent":  # "was said by X"
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and outside(verb.head):  # "a statement saying", "officials saying"
        return verb.head
    return None


def _line_break_between(a: Token, b: Token) -> bool:
    """A subject on another line than its verb, or before a dateline's dash, is a time
    stamp or dateline the parser ran into the sentence ("12:40 p.m.\n\nA woman ... says",
    "LONDON (Reuters) - Donald Trump said")."""
    doc = a.doc
    lo, hi = min(a.i, b.i), max(a.i, b.i)
    for k in range(lo, hi):
        t = doc[k]
        if "\n" in t.whitespace_ or t.is_space:
            return True
        if t.text in _DASHES and _dateline_dash(doc, k):
            return True
    return False


_DASHES = {"—", "–", "--", "-"}


def _dateline_dash(doc: Doc, k: int) -> bool:
    """Is token ``k`` (a dash) the end of a dateline opening its line?"""
    start = k
    while start > 0 and k - start < 20 and not doc[start - 1].is_space and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    if start > 0 and not (doc[start - 1].is_space or "\n" in doc[start - 1].whitespace_):
        return False  # not at a line start within reach
    line = doc[start : k + 1].text
    offset = doc[start].idx
    return ends_dateline(line, doc[k].idx - offset, doc[k].idx - offset + len(doc[k].text))


def find_mention(doc: Doc, quote: Quote, layout: Layout) -> Mention | None:
    """The quote's speaker mention: the raw mention the quotes stage gave, confirmed
    against the parse, or the cue's subject when it gave none. The mention keeps the span
    as written ("who") and heads on what it stands for ("Dillon, who said")."""
    colon = colon_before(doc, quote.start)
    labelled = name_labelling_a_quote(doc, colon) if colon is not None else None
    if labelled is not None:
        # "Pollsters agree - Carl Bialik: “…”": the label, not the remark's subject
        return mention_from_head(labelled, layout, _as_written(labelled))
    if quote.speaker is not None:
        span = span_tokens(doc, quote.speaker.start, quote.speaker.end)
        if span is None:
            return None
        written = head_of_span(span)
        issuer = issuer_of_a_relative_document(written)
        if issuer is not written:
            # the speaker is another phrase than the one written: the mention is that phrase
            return mention_from_head(_antecedent(issuer), layout, _as_written(issuer))
        label = label_of_the_line(doc, written, layout.text)
        if label is not None:
            return mention_from_head(label, layout, _as_written(label))
        raw = (quote.speaker.start, quote.speaker.end, quote.speaker.text)
        return mention_from_head(_antecedent(written), layout, raw)
    if quote.cue is not None:
        subj = subject_of_cue(doc, quote.cue.start, quote.cue.end, quote.cue_lemma, quote.fragments)
        if subj is None:
            subj = beside_cue(doc, quote.cue.start, quote.cue.end, quote.fragments)
        if subj is None:
            subj = name_before_an_aside(doc, quote.cue.start, quote.cue.end, quote.fragments)
        if subj is None:
            subj = name_before_the_first_conjunct(doc, quote.cue.start, quote.cue.end, quote.fragments)
        if subj is not None:
            subj = label_of_the_line(doc, subj, layout.text) or subj
            return mention_from_head(_antecedent(subj), layout, _as_written(subj))
        return None
    subj = colon_introduction(doc, quote.start)
    if subj is None and quote.fragments:
        subj = governing_subject(doc, quote.fragments)
    if subj is not None:
        return mention_from_head(_antecedent(subj), layout, _as_written(subj))
    return None


#: first-person pronouns a labelled line's speaker says of themselves
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})


def label_of_the_line(doc: Doc, pronoun: Token, text: str) -> Token | None:
    """``Rubio: I Still Believe Trump Can't Be Trusted with the Codes``, ``TAPPER: And
    obviously, you're supporting Donald Trump, I think there are …``: in a headline or a
    transcript turn that opens with a name and a colon, "I" (or "we") outside quotation
    marks is the one the label names, not the writer. Only a label the speaker-line rule
    of the quotes stage would take (``headlines.py``: a short name with no verb, not
    "UPDATE" or "Q", ``transcript_labels.tsv``). ``text`` is the article's (``Layout.text``,
    read once: a transcript has an "I" in every turn)."""
    if pronoun.lower_ not in _FIRST_PERSON:
        return None
    line_start = text.rfind("\n", 0, pronoun.idx) + 1
    m = SPEAKER_LINE.match(text, line_start)
    if m is None or m.end() > pronoun.idx or names_no_speaker(m.group(1)):
        return None
    name = span_tokens(doc, m.start(1), m.end(1))
    if name is None or not len(name) or sum(not t.is_punct for t in name) > MAX_NAME_WORDS:
        return None
    if any(t.pos_ in ("VERB", "AUX") or t.text == "," for t in name):
        return None
    if not any(t.pos_ == "PROPN" or t.is_upper and len(t) > 1 for t in name) and not _named_elsewhere(doc, name[-1]):
        return None
    return _phrase_head(name[-1])


def _named_elsewhere(doc: Doc, word: Token) -> bool:
    """``Clinton: I support D.C. statehood``: the tagger reads a lone surname before a
    colon as a common noun; it is a name when the article names a person or body with
    that word ("Hillary Clinton wants …"), as ``headlines.py`` allows."""
    return word.text[:1].isupper() and word.is_alpha and any(
        w.i != word.i and w.text == word.text for e in doc.ents if e.label_ in ("PERSON", "ORG", "NORP") for w in e
    )


def governing_subject(doc: Doc, content: list[tuple[int, int]]) -> Token | None:
    """A quote the quotes stage found no cue for, inside a clause whose verb is outside it:
    "he characterized Kaine as, "a little desperate"" -> he. A quote that is a sentence
    of its own has no such verb and no speaker here."""

    def inside(tok: Token) -> bool:
        return any(s <= tok.idx < e for s, e in content)

    start, end = content[0][0], content[-1][1]
    span = span_tokens(doc, start, end)
    if span is None:
        return None
    for tok in span:
        if not inside(tok) or tok.is_punct or tok.is_space or tok.head.i == tok.i or inside(tok.head):
            continue
        verb = tok.head
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or inside(verb) or verb.sent != tok.sent:
            return None
        subj = subject_of_cue(doc, verb.idx, verb.idx + len(verb.text), verb.lemma_, content)
        # "we", "I", "you" outside a quote's words are quoted speech the parse ran on
        if subj is not None and subj.lower_ in ("i", "we", "you", "me", "us"):
            return None
        return subj
    return None


OPENING_MARKS = "\"'“‘«„ \t\r\n\u00a0"


def colon_before(doc: Doc, start: int) -> int | None:
    """The index of the colon right before character ``start`` (opening marks and spaces
    between them aside), or None."""
    if not len(doc):
        return None
    span = span_tokens(doc, start, min(start + 1, doc[-1].idx + len(doc[-1])))
    if span is None:
        return None
    i = span.start - 1
    while i >= 0 and (doc[i].is_space or doc[i].is_quote or doc[i].text in OPENING_MARKS):
        i -= 1
    return i if i >= 0 and doc[i].text == ":" else None


def colon_introduction(doc: Doc, start: int) -> Token | None:
    """A quote set off by a colon ("Limbaugh added:" and the quote in the next block):
    the subject of the introducing sentence's verb."""
    i = colon_before(doc, start)
    if i is None:
        return None
    labelled = name_labelling_a_quote(doc, i)
    if labelled is not None:
        return labelled
    sent = doc[i].sent
    verbs = [t for t in sent if t.pos_ == "VERB" and t.i < i]
    for verb in reversed(verbs):
        subj = _subject_child(verb, lambda tok: True)
        if subj is not None:
            return subj
    if verbs:  # "Said Ellis:" parsed without a subject
        return beside_cue(doc, verbs[-1].idx, verbs[-1].idx + len(verbs[-1].text))
    return None


NOMINAL = ("NOUN", "PROPN", "PRON")
#: marks that set a label off from the headline or remark before it
LABEL_DASHES = {"-", "–", "—", "--"}


def name_labelling_a_quote(doc: Doc, colon: int) -> Token | None:
    """"Pollsters agree - Carl Bialik: “One of the biggest lessons was ...”": in a
    roundup, a name set off by a dash right before the colon is the label of the quote
    after it, whatever the remark before the dash says ("Pollsters agree"); the name, not
    the remark's subject, is the speaker. Only a run of capitalised proper nouns (with
    "and" between two names) from a spaced dash to the colon; "Rep. Trey Gowdy
    (R-S.C.):" has a hyphen, not a dash, and keeps its speaker."""
    k = colon - 1
    names = []
    while k >= 0 and (doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() or doc[k].lower_ == "and" and names):
        names.append(doc[k])
        k -= 1
    if not names or names[-1].lower_ == "and" or k < 1 or doc[k].text not in LABEL_DASHES:
        return None
    if not doc[k - 1].whitespace_ or not doc[k].whitespace_:
        return None  # "(R-S.C.):" is a hyphen in a party label, not a dash setting off a name
    return _phrase_head(doc[colon - 1])


def beside_cue(doc: Doc, cue_start: int, cue_end: int, content: list[tuple[int, int]] = ()) -> Token | None:
    """When the parse gives a cue no subject (a misparsed "..., Chuck Jordan said Monday."),
    the noun phrase written right before the cue, else right after it ("said Sen. Warren")."""
    span = span_tokens(doc, cue_start, cue_end)
    if span is None:
        return None

    def usable(tok: Token) -> bool:
        return (
            tok.pos_ in NOMINAL
            and tok.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY")
            and not any(s <= tok.idx < e for s, e in content)
            and tok.sent == span[0].sent
        )

    if span.start > 0 and (usable(doc[span.start - 1]) or name_read_as_a_modal(doc[span.start - 1], span.root)):
        return _phrase_head(doc[span.start - 1])
    if span.end < len(doc) and usable(doc[span.end]):
        return _phrase_head(doc[span.end])
    return None


#: words that may open the clause a name is the subject of ("after Mr. Trump, asked
#: about …, had said")
_CLAUSE_OPENERS = frozenset({"after", "before", "when", "while", "as", "because", "since", "until", "though", "although", "and", "but"})
#: words between an aside's closing comma and its verb ("…, also said", "…, had said")
_BETWEEN_ASIDE_AND_VERB = frozenset({"also", "then", "later", "had", "has", "have", "again", "too", "once", "recently"})


def name_before_an_aside(doc: Doc, cue_start: int, cue_end: int, content: list[tuple[int, int]] = ()) -> Token | None:
    """``Neil Sroka, communications director of Democracy for America - which has endorsed
    Sanders - said …``, ``In a message to Clinton, Tanden, head of the Center for American
    Progress, recounted …``: a long aside between a name and its verb can leave the verb
    with no subject in the parse (the name made the root, or an appositive of a word
    before it). When a comma or dash sets the verb off ("…, also said"), the speaker is the
    nearest person's name before it that opens a clause (at the sentence start, after a
    comma or a word like "after") and is itself followed by a comma: the head of the
    aside. A name after a preposition ("a message to Clinton") opens nothing."""
    span = span_tokens(doc, cue_start, cue_end)
    if span is None:
        return None
    verb = span.root
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head  # "recounted a conversation": the verb the noun cue is the object of
    sent = verb.sent
    k = verb.i - 1
    while k > sent.start and doc[k].lower_ in _BETWEEN_ASIDE_AND_VERB:
        k -= 1
    if k <= sent.start or doc[k].text not in (",", "-", "–", "—"):
        return None
    for i in range(k - 1, sent.start - 1, -1):
        tok = doc[i]
        if tok.pos_ != "PROPN" or tok.ent_type_ not in ("PERSON", "") or not tok.text[:1].isupper() or any(s <= tok.idx < e for s, e in content):
            continue
        if i > sent.start and doc[i - 1].pos_ == "PROPN" and doc[i - 1].ent_type_ == tok.ent_type_:
            continue  # inside a name: look from its first word
        end = i
        while end + 1 < k and doc[end + 1].pos_ == "PROPN" and doc[end + 1].ent_type_ == tok.ent_type_:
            end += 1
        start = i - 1 if i > sent.start and _title_word(doc[i - 1]) else i
        opens = start == sent.start or doc[start - 1].text == "," or doc[start - 1].lower_ in _CLAUSE_OPENERS
        if opens and end + 1 < len(doc) and doc[end + 1].text == "," and (tok.ent_type_ == "PERSON" or doc[end].ent_type_ == "PERSON" or start > sent.start and doc[start - 1].text == ","):
            return _phrase_head(doc[end])
    return None


def name_before_the_first_conjunct(doc: Doc, cue_start: int, cue_end: int, content: list[tuple[int, int]] = ()) -> Token | None:
    """``At a campaign event in St. Clairsville, Ohio, 62-year-old Brenda Johnson also
    railed against immigrants, and explained how much it upset her …``: the cue is the
    second of two coordinated verbs, and the parse gave the first no subject either (the
    name hung on "in"). The name written right before the first verb, adverbs aside
    ("also", "then"), is the subject of both, as :func:`beside_cue` finds it for a
    single verb."""
    span = span_tokens(doc, cue_start, cue_end)
    if span is None:
        return None
    verb = span.root
    if verb.dep_ != "conj":
        return None
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    if verb.i == span.root.i or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    k = verb.i - 1
    while k > verb.sent.start and doc[k].dep_ == "advmod" and doc[k].pos_ == "ADV":
        k -= 1
    tok = doc[k]
    if tok.pos_ != "PROPN" or tok.ent_type_ not in ("PERSON", "ORG", "NORP", "") or any(s <= tok.idx < e for s, e in content):
        return None
    return _phrase_head(tok)


def _title_word(tok: Token) -> bool:
    """A capitalised title before a name ("Mr.", "Sen.", "Gov.")."""
    return tok.text.endswith(".") and tok.text[:1].isupper() and len(tok.text) <= 5


def name_read_as_a_modal(tok: Token, verb: Token) -> bool:
    """``“…,” Will wrote``, ``“…,” May said``: a surname that is also a modal verb (the
    columnist George Will, Prime Minister Theresa May) is parsed as the verb's auxiliary
    and leaves it no subject. A modal takes a bare verb ("may say"); a capitalised modal
    right before a past or third-person form ("May said", "Will wrote", "Will writes",
    which the parse then tags as a participle) is a name."""
    return (
        tok.tag_ == "MD"
        and tok.text[:1].isupper()
        and tok.text[1:].islower()
        and tok.i + 1 == verb.i
        and verb.tag_ in ("VBD", "VBZ", "VBN")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _phrase_head(tok: Token) -> Token:
    """The head of the name or noun phrase ``tok`` is part of ("Sen." -> "Warren")."""
    while tok.dep_ in ("compound", "flat", "nn", "det", "amod", "poss") and tok.head.i != tok.i and tok.head.pos_ in NOMINAL:
        tok = tok.head
    return tok
