"""A grammar of newsroom copy for property tests: hypothesis strategies that compose
articles the way reporters write them, so that fuzzing reaches quotes and sources.

An article is a list of *blocks*, each one or more paragraphs: a named speaker quoted
directly (cue after, inverted or before the quote), a quote split around its cue, a quote
running over several paragraphs, a paraphrase (``said that``, ``told reporters``,
``according to``), a pronoun follow-up (``“…,” she said.``), a quote alone in the next
paragraph (a floating quote), a later quote by surname only (``“…,” Ortiz said.``), an
anonymous source with or without a reason for anonymity, and unrelated paragraphs with no
quote at all. Quote
marks come in every style the detector reads: straight ``"``, curly ``“ ”``, single
``‘ ’``, guillemets ``« »`` and PolNeAR's typewriter ````…''``.

Each generated :class:`Article` knows what was planted in it: every quoted segment with
its character offsets (marks included) and the speaker meant to say it, so a property can
compare the audit with what the writer meant, not only check it for consistency.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from hypothesis import strategies as st

# --- the lexicon ------------------------------------------------------------------------

#: (open, close) quote marks; the name is used in test ids and events
MARK_STYLES: dict[str, tuple[str, str]] = {
    "straight": ('"', '"'),
    "curly": ("\u201c", "\u201d"),
    "single": ("\u2018", "\u2019"),
    "guillemets": ("\u00ab", "\u00bb"),
    "typewriter": ("``", "''"),
}

#: first, last, pronoun; names spaCy's small English model reads as people
PEOPLE: list[tuple[str, str, str]] = [
    ("Ana", "Ortiz", "she"),
    ("Ryan", "Dillon", "he"),
    ("Maria", "Gonzalez", "she"),
    ("James", "Carter", "he"),
    ("Linda", "Chen", "she"),
    ("Michael", "Brennan", "he"),
    ("Sarah", "Whitfield", "she"),
    ("David", "Morales", "he"),
    ("Karen", "Lopez", "she"),
    ("Thomas", "Reilly", "he"),
]

#: titles written before the name ("Labor Secretary Ana Ortiz")
TITLES = ["Labor Secretary", "Mayor", "Colonel", "Senator", "Police Chief", "Gov.", "Rep.", "Dr."]

#: appositives after the name; ``{man}`` becomes spokesman or spokeswoman
APPOSITIVES = [
    "a {man} for the coalition",
    "a {man} for the city",
    "the city's budget director",
    "a professor of economics at Ohio State University",
    "the head of the teachers' union",
    "a senior analyst at the Brookings Institution",
]

#: anonymous speakers placed by job or access: (phrase, later mention, pronoun)
ANONYMOUS_SPECIFIC = [
    ("a senior U.S. official", "the official", "he"),
    ("a city hall aide", "the aide", "she"),
    ("a person familiar with the talks", "the person", "they"),
    ("a union official", "the official", "he"),
    ("a State Department official", "the official", "she"),
]
#: anonymous speakers placed nowhere (plural: "sources say")
ANONYMOUS_VAGUE = ["sources", "critics", "people close to the negotiations"]

#: why the source is anonymous; the second item says whether it is boilerplate
ANONYMITY_REASONS = [
    ("who spoke on condition of anonymity because the talks are private", False),
    ("who asked not to be named because {pron} feared losing {poss} job", False),
    ("who was not authorized to speak publicly", True),
    ("who spoke on condition of anonymity to discuss internal deliberations", False),
]

#: direct quotes: whole sentences, without their final punctuation
SENTENCES = [
    "We will rebuild the pier by next summer",
    "The numbers do not add up",
    "Nobody in this building wants a strike",
    "We have not established a deadline for them to leave",
    "Our officers did everything they could that night",
    "This budget protects every library in the city",
    "I have never seen the river this high",
    "We are going to keep the shelters open all winter",
    "The contract gives teachers a raise for the first time in six years",
    "We don't have the money, and we never did",
    "Families can't wait another year for this",
    "The bridge is safe, and the inspections prove it",
    "We expect the first trains to run in March",
    "The council made a mistake and it should admit it",
]

#: a sentence to split around its cue: (first part, lower-case rest)
SPLITS = [
    ("The plan", "is dead"),
    ("If the state cuts our funding", "we will have to close two clinics"),
    ("We are not done", "and we will not back down"),
    ("The fire started in the kitchen", "and spread to the roof within minutes"),
    ("Every school in the district", "will have a nurse by September"),
    ("Rents went up nine percent last year", "and wages did not"),
]

#: paraphrased content: a clause that can follow "said (that)"
CLAUSES = [
    "the city would reopen the pier in May",
    "the strike could last for several weeks",
    "the budget would protect the libraries",
    "officers had followed the department's rules",
    "the shelter would stay open through the winter",
    "the state had not yet paid for the repairs",
    "the new contract would cost about $4 million a year",
    "the bridge had passed its last two inspections",
]

#: cues after a direct quote (``“…,” Ortiz said``) and in an inverted tag (``said Ortiz``)
CUES_AFTER = ["said", "added", "told reporters", "wrote", "said in a statement", "told The Associated Press", "says"]
CUES_INVERTED = ["said", "added", "wrote"]
#: cues before a direct quote, with their punctuation
CUES_BEFORE = ["said,", "told reporters:", "wrote:", "added:", "said in a statement:"]
#: verbs for a paraphrase: ``X {verb} (that) clause``
CUES_INDIRECT = ["said", "told reporters", "added", "wrote", "says", "said in a statement"]

#: paragraphs with no quote and no speaker
UNRELATED = [
    "The pier was built in 1998 and has been closed since the storm.",
    "Construction is scheduled to begin in the spring.",
    "The council meets again on Tuesday at 6 p.m. in the old courthouse.",
    "About 300 people attended the hearing, which ran past midnight.",
    "The district serves roughly 42,000 students in 61 schools.",
    "Heavy rain is forecast for the rest of the week.",
    "The river crested at 31 feet on Sunday morning.",
    "The clinic on Fourth Street opened in 2009.",
]


# --- what a generated article carries ----------------------------------------------------


@dataclass(frozen=True)
class Speaker:
    """Who a planted quote is meant to be from."""

    kind: str  #: "named", "anonymous_specific", "anonymous_vague" or "pronoun"
    name: str  #: "Ana Ortiz" for a person; the phrase for an anonymous source
    first_mention: str  #: as written where the person is introduced
    later: str  #: a second mention ("Ortiz", "the official")
    pronoun: str  #: "he", "she" or "they"
    title: str | None = None
    appositive: str | None = None
    reason: str | None = None  #: the anonymity reason written beside the source

    @property
    def last(self) -> str:
        return self.name.split()[-1]


@dataclass(frozen=True)
class Planted:
    """One quote the grammar wrote: its quoted segments (offsets into the article text,
    marks included) or, for a paraphrase, its clause; and the speaker meant to say it."""

    kind: str  #: "direct" or "indirect"
    construction: str  #: "cue-after", "split", "multi-paragraph", "according-to", ...
    speaker: Speaker
    #: (start, end) of each quoted segment, marks included; for a paraphrase, its clause
    segments: tuple[tuple[int, int], ...] = ()
    marks: str | None = None  #: a key of MARK_STYLES
    words: str = ""  #: the quoted words or the clause, without marks or punctuation
    #: (start, end) of the speaker's mention as written ("Labor Secretary Ana Ortiz", "a
    #: senior U.S. official", "she"), without appositive or reason; None for a quote
    #: standing alone in its paragraph
    speaker_span: tuple[int, int] | None = None


@dataclass
class _Piece:
    """A paragraph under construction: text plus the quoted segments in it."""

    parts: list[tuple[str, str | None]] = field(default_factory=list)  # (text, segment tag)

    def add(self, text: str, tag: str | None = None) -> _Piece:
        self.parts.append((text, tag))
        return self

    def add_mention(self, speaker: Speaker, tag: str, cap: bool = False) -> _Piece:
        """The speaker's first mention (tagged), then its appositive or reason set off by
        a comma (the closing comma is the caller's)."""
        self.add(_cap(speaker.first_mention) if cap else speaker.first_mention, tag)
        extra = speaker.appositive or speaker.reason
        return self.add(f", {extra}") if extra else self


@dataclass
class _PlantDraft:
    kind: str
    construction: str
    speaker: Speaker
    tags: tuple[str, ...] = ()
    marks: str | None = None
    words: str = ""
    speaker_tag: str | None = None


@dataclass
class Block:
    """One or more paragraphs that belong together (a quote and its pronoun follow-up)."""

    paragraphs: list[_Piece]
    plants: list[_PlantDraft]
    #: the named people the block introduces (their full names)
    named: tuple[str, ...] = ()


@dataclass(frozen=True)
class Article:
    """A generated article: its text, its paragraphs, and what was planted in it."""

    paragraphs: tuple[str, ...]
    planted: tuple[Planted, ...]
    blocks: tuple[tuple[int, ...], ...]  #: paragraph indices of each block

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    def direct(self) -> list[Planted]:
        return [p for p in self.planted if p.kind == "direct"]

    def named_people(self) -> set[str]:
        return {p.speaker.name for p in self.planted if p.speaker.kind == "named"}


def assemble(blocks: list[Block]) -> Article:
    """Lay the blocks out as paragraphs and turn segment tags into offsets."""
    paragraphs: list[str] = []
    block_paras: list[tuple[int, ...]] = []
    where: dict[str, tuple[int, int]] = {}
    offset = 0
    for block in blocks:
        indices = []
        for piece in block.paragraphs:
            if paragraphs:
                offset += 2  # "\n\n"
            start = offset
            text = ""
            for part, tag in piece.parts:
                if tag is not None:
                    where[tag] = (start + len(text), start + len(text) + len(part))
                text += part
            paragraphs.append(text)
            indices.append(len(paragraphs) - 1)
            offset = start + len(text)
        block_paras.append(tuple(indices))
    planted = []
    for block in blocks:
        for d in block.plants:
            who = where[d.speaker_tag] if d.speaker_tag else None
            planted.append(Planted(d.kind, d.construction, d.speaker, tuple(where[t] for t in d.tags), d.marks, d.words, who))
    return Article(tuple(paragraphs), tuple(planted), tuple(block_paras))


# --- strategies ---------------------------------------------------------------------------

_counter = iter(range(10**12))


def _tag() -> str:
    return f"seg{next(_counter)}"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


@st.composite
def named_speakers(draw, people=None) -> Speaker:
    """A named person with, at random, a title before the name and an appositive after."""
    first, last, pron = draw(st.sampled_from(people or PEOPLE))
    title = draw(st.none() | st.sampled_from(TITLES))
    appositive = draw(st.none() | st.sampled_from(APPOSITIVES))
    if appositive:
        appositive = appositive.format(man="spokesman" if pron == "he" else "spokeswoman")
    name = f"{first} {last}"
    first_mention = f"{title} {name}" if title else name
    return Speaker("named", name, first_mention, last, pron, title=title, appositive=appositive)


@st.composite
def anonymous_speakers(draw, explained: bool | None = None) -> Speaker:
    """An unnamed source, placed by job or access or vague, with or without a reason."""
    specific = draw(st.booleans())
    if specific:
        phrase, later, pron = draw(st.sampled_from(ANONYMOUS_SPECIFIC))
        kind = "anonymous_specific"
    else:
        phrase, later, pron = draw(st.sampled_from(ANONYMOUS_VAGUE)), "they", "they"
        kind = "anonymous_vague"
    explain = draw(st.booleans()) if explained is None else explained
    reason = None
    if explain and specific:
        text, _weak = draw(st.sampled_from(ANONYMITY_REASONS))
        poss = {"he": "his", "she": "her", "they": "their"}[pron]
        reason = text.format(pron=pron, poss=poss)
    return Speaker(kind, phrase, phrase, later, pron, reason=reason)


def _verb_for(speaker: Speaker, cue: str) -> str:
    """``says`` for a singular speaker, ``say`` for "sources"."""
    if speaker.kind == "anonymous_vague" and cue.startswith("says"):
        return "say" + cue[4:]
    return cue


def direct_quote(speaker: Speaker, sentence: str, marks: str, form: str, cue: str) -> tuple[_Piece, _PlantDraft]:
    """One paragraph quoting ``speaker`` directly: ``form`` is "cue-after" (``“…,” Ortiz
    said.``), "inverted" (``“…,” said Ortiz.``) or "cue-before" (``Ortiz said, “….”``)."""
    o, c = MARK_STYLES[marks]
    tag = _tag()
    p = _Piece()
    who = _tag()
    comma_after = "," if (speaker.appositive or speaker.reason) else ""
    cue = _verb_for(speaker, cue)
    if form == "cue-after":
        p.add(f"{o}{sentence},{c}", tag).add(" ").add_mention(speaker, who).add(f"{comma_after} {cue}.")
    elif form == "inverted":
        p.add(f"{o}{sentence},{c}", tag).add(f" {cue} ").add_mention(speaker, who).add(".")
    else:
        # "Ortiz said, “…”": the cue's own punctuation ends in , or :
        p.add_mention(speaker, who, cap=True).add(f"{comma_after} {cue} ").add(f"{o}{sentence}.{c}", tag)
    return p, _PlantDraft("direct", form, speaker, (tag,), marks, sentence, who)


def split_quote(speaker: Speaker, first: str, rest: str, marks: str, two_sentences: bool) -> tuple[_Piece, _PlantDraft]:
    """``“The plan,” she said, “is dead.”`` or ``“We are not done,” she said. “And …”``."""
    o, c = MARK_STYLES[marks]
    t1, t2 = _tag(), _tag()
    p = _Piece()
    who = _tag()
    comma_after = "," if (speaker.appositive or speaker.reason) else ""
    p.add(f"{o}{first},{c}", t1)
    if two_sentences:
        p.add(" ").add_mention(speaker, who).add(f"{comma_after} said. ").add(f"{o}{_cap(rest)}.{c}", t2)
    else:
        p.add(" ").add_mention(speaker, who).add(f"{comma_after} said, ").add(f"{o}{rest}.{c}", t2)
    return p, _PlantDraft("direct", "split-sentences" if two_sentences else "split", speaker, (t1, t2), marks, f"{first} {rest}", who)


def multi_paragraph_quote(speaker: Speaker, sentences: list[str], marks: str, lead: str) -> tuple[list[_Piece], _PlantDraft]:
    """A quote over two or three paragraphs: each paragraph opens with a mark, only the
    last closes. ``lead`` "colon": ``Ortiz said: “A.`` / ``“B.”``; "tag": ``“A,” Ortiz said.
    “B.`` / ``“C.”`` (the second sentence runs on into the next paragraph)."""
    o, c = MARK_STYLES[marks]
    who = _tag()
    comma_after = "," if (speaker.appositive or speaker.reason) else ""
    pieces = []
    tags = []
    first = _Piece()
    if lead == "colon":
        t = _tag()
        first.add_mention(speaker, who, cap=True).add(f"{comma_after} said: ").add(f"{o}{sentences[0]}.", t)
        tags.append(t)
        rest = sentences[1:]
    else:
        t1, t2 = _tag(), _tag()
        first.add(f"{o}{sentences[0]},{c}", t1).add(" ").add_mention(speaker, who).add(f"{comma_after} said. ").add(f"{o}{sentences[1]}.", t2)
        tags += [t1, t2]
        rest = sentences[2:]
    pieces.append(first)
    for n, sentence in enumerate(rest):
        t = _tag()
        last = n == len(rest) - 1
        pieces.append(_Piece().add(f"{o}{sentence}.{c if last else ''}", t))
        tags.append(t)
    return pieces, _PlantDraft("direct", f"multi-paragraph-{lead}", speaker, tuple(tags), marks, " ".join(sentences), who)


def indirect_quote(speaker: Speaker, clause: str, form: str, cue: str) -> tuple[_Piece, _PlantDraft]:
    """A paraphrase: "that" (``Ortiz said that …``), "bare" (``Ortiz said …``), "after"
    (``…, Ortiz said.``) or "according-to" (``According to Ortiz, …``)."""
    who = _tag()
    comma_after = "," if (speaker.appositive or speaker.reason) else ""
    cue = _verb_for(speaker, cue)
    p = _Piece()
    t = _tag()
    if form == "according-to":
        p.add("According to ").add_mention(speaker, who).add(", ").add(clause, t).add(".")
    elif form == "after":
        p.add(_cap(clause), t).add(", ").add_mention(speaker, who).add(f"{comma_after} {cue}.")
    else:
        that = "that " if form == "that" else ""
        p.add_mention(speaker, who, cap=True).add(f"{comma_after} {cue} {that}").add(clause, t).add(".")
    return p, _PlantDraft("indirect", form, speaker, (t,), None, clause, who)


def pronoun_followup(speaker: Speaker, content: str, marks: str | None) -> tuple[_Piece, _PlantDraft]:
    """The next paragraph goes on with a pronoun: ``“…,” she said.`` or ``She added that …``."""
    pron = speaker.pronoun
    follower = replace(speaker, kind="pronoun")
    who = _tag()
    if marks is None:
        t = _tag()
        return _Piece().add(_cap(pron), who).add(" added that ").add(content, t).add("."), _PlantDraft("indirect", "pronoun", follower, (t,), None, content, who)
    o, c = MARK_STYLES[marks]
    t = _tag()
    return _Piece().add(f"{o}{content},{c}", t).add(" ").add(pron, who).add(" said."), _PlantDraft("direct", "pronoun", follower, (t,), marks, content, who)


class _Pool:
    """Draws quote contents without repeating one within an article."""

    def __init__(self, draw):
        self.sentences = list(draw(st.permutations(SENTENCES)))
        self.splits = list(draw(st.permutations(SPLITS)))
        self.clauses = list(draw(st.permutations(CLAUSES)))

    def sentence(self) -> str:
        return self.sentences.pop() if self.sentences else "We will see"

    def split(self) -> tuple[str, str]:
        return self.splits.pop() if self.splits else (self.sentence(), "and that is all")

    def clause(self) -> str:
        return self.clauses.pop() if self.clauses else "the work would go on"


BLOCK_KINDS = ["direct", "split", "multi-paragraph", "indirect", "pronoun-followup", "floating", "anonymous", "unrelated", "return"]


def floating_quote(speaker: Speaker, sentence: str, marks: str) -> tuple[_Piece, _PlantDraft]:
    """A paragraph that is only a quote, no tag: the newsroom convention gives it to the
    speaker of the paragraph before (``Coach Lopez said …`` / ``“We are not done.”``)."""
    o, c = MARK_STYLES[marks]
    t = _tag()
    return _Piece().add(f"{o}{sentence}.{c}", t), _PlantDraft("direct", "floating", replace(speaker, kind="floating"), (t,), marks, sentence)


@st.composite
def blocks(draw, pool: _Pool, speaker: Speaker | None, kind: str, marks: str | None = None) -> Block:
    """One block of ``kind`` for ``speaker`` (a named speaker; anonymous blocks draw their own)."""
    style = marks or draw(st.sampled_from(sorted(MARK_STYLES)))
    if kind == "unrelated":
        return Block([_Piece().add(draw(st.sampled_from(UNRELATED)))], [], ())
    if kind == "anonymous":
        anon = draw(anonymous_speakers())
        if draw(st.booleans()):
            form = draw(st.sampled_from(["cue-after", "inverted", "cue-before"]))
            cue = draw(st.sampled_from(CUES_BEFORE if form == "cue-before" else CUES_INVERTED if form == "inverted" else CUES_AFTER))
            piece, plant = direct_quote(anon, pool.sentence(), style, form, cue)
        else:
            form = draw(st.sampled_from(["that", "bare", "after", "according-to"]))
            piece, plant = indirect_quote(anon, pool.clause(), form, draw(st.sampled_from(CUES_INDIRECT)))
        return Block([piece], [plant], ())
    assert speaker is not None
    if kind == "direct":
        form = draw(st.sampled_from(["cue-after", "inverted", "cue-before"]))
        cue = draw(st.sampled_from(CUES_BEFORE if form == "cue-before" else CUES_INVERTED if form == "inverted" else CUES_AFTER))
        piece, plant = direct_quote(speaker, pool.sentence(), style, form, cue)
        return Block([piece], [plant], (speaker.name,))
    if kind == "split":
        first, rest = pool.split()
        piece, plant = split_quote(speaker, first, rest, style, draw(st.booleans()))
        return Block([piece], [plant], (speaker.name,))
    if kind == "multi-paragraph":
        lead = draw(st.sampled_from(["colon", "tag"]))
        n = draw(st.integers(2, 3)) + (1 if lead == "tag" else 0)
        pieces, plant = multi_paragraph_quote(speaker, [pool.sentence() for _ in range(n)], style, lead)
        return Block(pieces, [plant], (speaker.name,))
    if kind == "indirect":
        form = draw(st.sampled_from(["that", "bare", "after", "according-to"]))
        piece, plant = indirect_quote(speaker, pool.clause(), form, draw(st.sampled_from(CUES_INDIRECT)))
        return Block([piece], [plant], (speaker.name,))
    if kind == "pronoun-followup":
        form = draw(st.sampled_from(["cue-after", "inverted", "cue-before"]))
        cue = draw(st.sampled_from(CUES_BEFORE if form == "cue-before" else CUES_INVERTED if form == "inverted" else CUES_AFTER))
        first, plant1 = direct_quote(speaker, pool.sentence(), style, form, cue)
        direct = draw(st.booleans())
        second, plant2 = pronoun_followup(speaker, pool.sentence() if direct else pool.clause(), style if direct else None)
        return Block([first, second], [plant1, plant2], (speaker.name,))
    if kind == "floating":
        if draw(st.booleans()):
            form = draw(st.sampled_from(["that", "bare", "after"]))
            first, plant1 = indirect_quote(speaker, pool.clause(), form, draw(st.sampled_from(["said", "told reporters", "added"])))
        else:
            form = draw(st.sampled_from(["cue-after", "inverted", "cue-before"]))
            cue = draw(st.sampled_from(CUES_BEFORE if form == "cue-before" else CUES_INVERTED if form == "inverted" else CUES_AFTER))
            first, plant1 = direct_quote(speaker, pool.sentence(), style, form, cue)
        second, plant2 = floating_quote(speaker, pool.sentence(), style)
        return Block([first, second], [plant1, plant2], (speaker.name,))
    if kind == "return":
        # a speaker introduced in an earlier block, now by surname only: "“…,” Ortiz said."
        again = replace(speaker, kind="return", first_mention=speaker.later, title=None, appositive=None)
        form = draw(st.sampled_from(["cue-after", "inverted", "cue-before"]))
        cue = draw(st.sampled_from(CUES_BEFORE if form == "cue-before" else CUES_INVERTED if form == "inverted" else CUES_AFTER))
        piece, plant = direct_quote(again, pool.sentence(), style, form, cue)
        return Block([piece], [plant], ())
    raise ValueError(kind)


@st.composite
def articles(draw, min_blocks: int = 1, max_blocks: int = 5, kinds: list[str] | None = None) -> Article:
    """A whole article: speakers drawn without repeating a surname, blocks of every kind,
    unrelated paragraphs between them, one mark style per quote."""
    pool = _Pool(draw)
    people = list(draw(st.permutations(PEOPLE)))
    n = draw(st.integers(min_blocks, max_blocks))
    out = []
    introduced: list[Speaker] = []
    for _ in range(n):
        kind = draw(st.sampled_from(kinds or BLOCK_KINDS))
        speaker = None
        if kind == "return":
            if introduced:
                speaker = draw(st.sampled_from(introduced))
            else:
                kind = "unrelated"
        elif kind not in ("anonymous", "unrelated"):
            if not people:
                kind = "unrelated"
            else:
                speaker = draw(named_speakers(people=[people.pop()]))
                introduced.append(speaker)
        out.append(draw(blocks(pool, speaker, kind)))
    return assemble(out)


@st.composite
def self_contained_named_blocks(draw, n_quotes: int = 2, max_unrelated: int = 2) -> list[Block]:
    """Blocks whose order does not matter: quotes by different, fully named speakers (each
    named in full in its own block) and unrelated paragraphs."""
    pool = _Pool(draw)
    people = list(draw(st.permutations(PEOPLE)))
    out = []
    for _ in range(n_quotes):
        kind = draw(st.sampled_from(["direct", "split", "multi-paragraph", "indirect"]))
        out.append(draw(blocks(pool, draw(named_speakers(people=[people.pop()])), kind)))
    for _ in range(draw(st.integers(0, max_unrelated))):
        out.append(draw(blocks(pool, None, "unrelated")))
    return out
