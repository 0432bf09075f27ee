"""Speaker labels and timestamps in source material: who said the words after them.

Transcripts name the speaker at the start of each turn, in a few common layouts:

* ``SPEAKER NAME: words`` (broadcast and interview transcripts, court records);
* ``[00:12:03] Speaker: words`` and ``00:12:03 Speaker: words`` (meeting and transcription
  services), also ``Speaker (00:12:03): words``;
* ``Speaker Name  0:03`` alone on a line with the words on the lines below (Otter);
* WebVTT voice tags ``<v Mayor Ana Lopez>`` and labels or dashes inside captions.

A label or timestamp is not a word of the quote; the label is the speaker of every word
after it until the next label. News copy has lines that look like labels, so a label
counts only when it is plausibly one: with a timestamp, or used at least twice, or in
capitals in a file where such a label, or a capitalised one naming a person, shows it is
a transcript. Headings ("NOTE:", "UPDATE:") and lines with
words no name has ("FIX IS IN:", "Here is why:") never count, nor a headline about someone
("Bernie Sanders: ‘It Is Not A Radical Idea’"), nor a clock time ("6:45 p.m." in a live
blog) as a timestamp (``data/transcript_labels.tsv``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

#: a recording's timestamp ("00:12:03", "[12:03]", "(0:03.5)"); a clock time ("6:45 p.m.",
#: a live blog's entries) is not one
TIMESTAMP = r"[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?[\])]?(?![ \t]?[AaPp]\.?[Mm]\b)"
_NAME_WORD = r"(?:[A-Z][\w.'’\-]*|\d+)"
_CONNECTOR = r"(?:of|the|de|del|da|di|du|van|von|der|den|la|le|bin|al|y)"
_LABEL = rf"{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|{_CONNECTOR}(?=[ \t]+[A-Z])))*"

_LEADING_TIME = re.compile(rf"[ \t]*(?P<ts>{TIMESTAMP})[ \t]*(?:[-–—|][ \t]*)?")
# "Name: words", "Name (00:12:03): words", "Name:" at the end of the line
_LABEL_COLON = re.compile(rf"(?P<label>{_LABEL})[ \t]*(?:(?P<ts>\({TIMESTAMP}\)|{TIMESTAMP})[ \t]*)?:(?:[ \t]+|(?=\r?\n|\r|$))")
# Otter: "Name  0:03" alone on its line
_LABEL_THEN_TIME = re.compile(rf"[ \t]*(?P<label>{_LABEL})[ \t]+(?P<ts>{TIMESTAMP})[ \t]*$")
_LINE = re.compile(r"[^\r\n]*")
#: a caption line opening with a dash is a new speaker the caption does not name
DASH_TURN = re.compile(r"[ \t]*[-–—][ \t]+")
#: transcribers' notes in parentheses: one to three words each all lower case or all
#: capitals, or a timestamp ("(laughs)", "(CROSSTALK)", "(ph)", "(inaudible 00:03:12)");
#: not "(D-Calif.)" or a speaker's own parenthetical aside, which are words
PAREN_NOTE = re.compile(rf"(?<![^\W_])\((?:[ \t]*(?:[a-z]+|[A-Z]+|{TIMESTAMP})){{1,3}}[ \t]*\)")

MAX_LABEL_WORDS = 6


@lru_cache(maxsize=1)
def _labels() -> dict[str, str]:
    """Lower-cased label -> ``heading`` (not a speaker) or ``unnamed`` (a speaker not named)."""
    from ..lexicons import load_table  # here: a run without source material never reads it

    return {label.lower(): kind for label, kind in load_table("transcript_labels.tsv", columns=2)}


def label_key(label: str) -> str:
    """A label compared with another: lower case, no full stops, single spaces."""
    return " ".join(label.replace(".", " ").replace("’", "'").lower().split())


def is_heading(label: str) -> bool:
    return _labels().get(label_key(label)) == "heading"


def is_prose(label: str) -> bool:
    """A label-shaped start of a line that is really words: it has a word no name has."""
    if is_unnamed(label):
        return False  # "A:" (the answer) is a label
    return any(_labels().get(w) == "prose" for w in label_key(label).split())


def is_unnamed(label: str) -> bool:
    """A label that names nobody ("Speaker 2", "Unidentified Male", "A"): the words are
    someone's, but the transcript does not say whose, so it contradicts no attribution."""
    words = [w for w in label_key(label).split() if not w.isdigit()]
    return not words or _labels().get(" ".join(words)) == "unnamed" or all(_labels().get(w) == "unnamed" for w in words)


def _all_caps(label: str) -> bool:
    letters = [c for c in label if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


@dataclass
class Turns:
    """Spans of words, each in a numbered turn; ``speakers[turn]`` is its label or None."""

    runs: list[tuple[int, int, int]] = field(default_factory=list)
    speakers: list[str | None] = field(default_factory=lambda: [None])

    def speaker(self, label: str | None, *, always_new: bool = False) -> None:
        """The words that follow are ``label``'s (a new turn when the speaker changes)."""
        if always_new or label != self.speakers[-1]:
            self.speakers.append(label)

    def add(self, start: int, end: int) -> None:
        if end > start:
            self.runs.append((start, end, len(self.speakers) - 1))

    @property
    def labelled(self) -> bool:
        return any(s is not None for s in self.speakers)


@dataclass
class _Line:
    start: int  #: where the words start (after any timestamp and label)
    end: int
    label: str | None = None
    #: where the label begins: its words go back into the line if it is not a label after all
    label_start: int = 0
    timed: bool = False


def _parse_line(text: str, start: int, end: int) -> _Line:
    line = _Line(start, end)
    m = _LEADING_TIME.match(text, start, end)
    if m:
        line.timed = True
        line.start = m.end()
    otter = _LABEL_THEN_TIME.match(text, line.start, end)
    if otter and not line.timed and not is_prose(otter.group("label")):
        line.label, line.label_start, line.timed, line.start = otter.group("label"), otter.start("label"), True, end
        return line
    lab = _LABEL_COLON.match(text, line.start, end)
    if (lab and len(lab.group("label").split()) <= MAX_LABEL_WORDS and not is_heading(lab.group("label"))
            and not is_prose(lab.group("label")) and (line.timed or not _headline(text, lab.end(), end))):
        line.label, line.label_start = lab.group("label"), lab.start()
        line.timed = line.timed or bool(lab.group("ts"))
        line.start = lab.end()
    return line


_TITLE_WORD = re.compile(r"[A-Z][a-z’']+")


def _headline(text: str, start: int, end: int) -> bool:
    """Is what follows "Name:" a headline about them ("Bernie Sanders: ‘It Is Not A
    Radical Idea’") rather than their words? It opens with a quotation mark, or most of its
    words are capitalised as a title is (ALL-CAPS captions are not)."""
    rest = text[start:end].strip()
    if rest[:1] in "\"“‘'«":
        return True
    words = rest.split()
    return len(words) >= 5 and sum(1 for w in words if _TITLE_WORD.fullmatch(w.strip(".,;:!?’”\"'"))) >= 0.7 * len(words)


def _accepted(lines: list[_Line]) -> set[str]:
    """Label keys that really are speaker labels in this file.

    A label with a timestamp, or one used at least twice, is a label. An ALL-CAPS label
    used once is one too when the file has such labels or an ALL-CAPS label that names a
    person ("MAYOR ANA LOPEZ", "REPORTER", "Q"); otherwise ALL-CAPS lines are more likely
    subheadings ("SHORT READS", "STAT OF THE WEEK"), and a wrong label is worse than
    none: it makes a false QA107."""
    counts: dict[str, int] = {}
    for line in lines:
        if line.label:
            key = label_key(line.label)
            counts[key] = counts.get(key, 0) + 1
    strong = {label_key(line.label) for line in lines if line.label and (line.timed or counts[label_key(line.label)] >= 2)}
    capitals = {label_key(line.label): line.label for line in lines if line.label and _all_caps(line.label)}
    if strong or any(names_a_person(label) for label in capitals.values()):
        return strong | set(capitals)
    return set()


def names_a_person(label: str) -> bool:
    """Does the label name or describe a person: a title ("MAYOR", "SEN."), a first name,
    a role ("REPORTER", "SPOKESMAN"), a questioner ("Q") or an unnamed speaker?"""
    from ..speakers.lexicon import first_name_genders, source_nouns, title_key, titles

    words = label_key(label).split()
    return any(
        title_key(w) in titles() or w in first_name_genders() or w in source_nouns() or _labels().get(w) in ("asker", "unnamed")
        for w in words
    )


def read_lines(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, str | None, bool]]:
    """For each line span: ``(words_start, end, label, timed)``, where ``label`` is the
    speaker label the line opens with (None when it has none, or when what looked like one
    is not a label in this file, its words then being words)."""
    lines = [_parse_line(text, start, end) for start, end in spans]
    accepted = _accepted(lines)
    out = []
    for line in lines:
        label = line.label
        if label is not None and label_key(label) not in accepted:
            line.start, label = line.label_start, None
        out.append((line.start, line.end, label.strip() if label else None, line.timed))
    return out


def plain_turns(text: str, start: int = 0, end: int | None = None, speaker: str | None = None,
                line_starts: list[int] | None = None) -> tuple[Turns, bool]:
    """Turns of plain text (or of an article's extracted text): ``(turns, is_transcript)``.

    ``line_starts`` adds places that begin a line although the text has no line break
    there (paragraph starts of an extracted Markdown or HTML text).
    """
    end = len(text) if end is None else end
    bounds = sorted({start, *(s for s in (line_starts or []) if start < s < end)})
    spans = []
    for i, lo in enumerate(bounds):
        hi = bounds[i + 1] if i + 1 < len(bounds) else end
        spans.extend((m.start(), m.end()) for m in _LINE.finditer(text, lo, hi) if m.end() > m.start())
    turns = Turns(speakers=[speaker])
    transcript = False
    for words_start, line_end, label, timed in read_lines(text, spans):
        if label is not None:
            turns.speaker(label)
            transcript = True
        transcript = transcript or timed
        turns.add(words_start, line_end)
    return turns, transcript
