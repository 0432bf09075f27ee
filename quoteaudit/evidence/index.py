"""The word index of a piece of source material, built once per process.

Each document becomes an array of normalised words (with their offsets and turn) and a
map from word to its positions. Looking a quote up costs the occurrences of its rarest
word (exact match) or of its content words (closest passage), never a scan of the
transcript, so a hundred quotes against a two-hour transcript take milliseconds.

Indexes are kept per process by document identity (name, record, content digest): a
worker auditing many articles against the same transcript builds its index once.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict

from .documents import EvidenceDocument
from .transcript import PAREN_NOTE
from .words import evidence_words


class DocumentIndex:
    """Words of one document, in order, and where each word occurs."""

    __slots__ = ("doc", "words", "starts", "ends", "turns", "positions", "_bounds", "_pairs")

    def __init__(self, doc: EvidenceDocument):
        self.doc = doc
        self.words: list[str] = []
        self.starts = array("q")
        self.ends = array("q")
        self.turns = array("q")
        #: word -> its positions, ascending; one string object per distinct word, so a
        #: 10 MB transcript costs its vocabulary, not a string per running word
        self.positions: dict[str, array] = {}
        #: turn -> its word positions [lo, hi) (a turn's words are contiguous)
        self._bounds: dict[int, list[int]] = {}
        for start, end, turn in doc.runs:
            for word, s, e in _run_words(doc, start, end):
                found = self.positions.get(word)
                if found is None:
                    found = self.positions[word] = array("q")
                else:
                    word = self.words[found[0]]  # the string already held
                found.append(len(self.words))
                bounds = self._bounds.get(turn)
                if bounds is None:
                    self._bounds[turn] = [len(self.words), len(self.words) + 1]
                else:
                    bounds[1] = len(self.words) + 1
                self.words.append(word)
                self.starts.append(s)
                self.ends.append(e)
                self.turns.append(turn)
        self._pairs: dict[tuple[str, str], array] | None = None

    @property
    def pairs(self) -> dict[tuple[str, str], array]:
        """Where each two-word sequence starts: the closest-passage search anchors on these
        as well as on single words, because in a long transcript even uncommon words recur
        and a pair of them rarely does. Built the first time a quote is not found exactly."""
        if self._pairs is None:
            self._pairs = {}
            words = self.words
            for i in range(len(words) - 1):
                found = self._pairs.get((words[i], words[i + 1]))
                if found is None:
                    found = self._pairs[(words[i], words[i + 1])] = array("q")
                found.append(i)
        return self._pairs

    def __len__(self) -> int:
        return len(self.words)

    def speaker(self, position: int) -> str | None:
        return self.doc.speakers[self.turns[position]]

    def same_turn(self, first: int, last: int) -> bool:
        return self.turns[first] == self.turns[last]

    def turn_bounds(self, position: int) -> tuple[int, int]:
        """Word positions ``[lo, hi)`` of the turn holding ``position``."""
        lo, hi = self._bounds[self.turns[position]]
        return lo, hi

    def surface(self, lo: int, hi: int) -> str:
        """The words ``[lo, hi)`` as the document writes them (see :func:`surface`)."""
        return surface(self.doc.text, [(self.starts[i], self.ends[i]) for i in range(lo, hi)])


def surface(text: str, spans: list[tuple[int, int]]) -> str:
    """Words as written, with the punctuation between two words on one line kept
    ("break-in", "Mr. Ortega,") and anything longer (a line break, a caption timing, a
    label) shown as one space."""
    out = []
    for k, (start, end) in enumerate(spans):
        if k:
            between = text[spans[k - 1][1] : start]
            out.append(between if len(between) <= 3 and "\n" not in between and "\r" not in between else " ")
        out.append(text[start:end])
    return "".join(out)


def _run_words(doc: EvidenceDocument, start: int, end: int):
    if not doc.transcript:
        yield from evidence_words(doc.text, start, end)
        return
    # a transcriber's "(laughs)" or "(inaudible)" is not the speaker's
    pos = start
    for note in PAREN_NOTE.finditer(doc.text, start, end):
        yield from evidence_words(doc.text, pos, note.start())
        pos = note.end()
    yield from evidence_words(doc.text, pos, end)


#: indexes of this process, most recently used last; bounded so a long-lived server that
#: is sent new material for every draft does not grow without end
_INDEXES: OrderedDict[str, DocumentIndex] = OrderedDict()
MAX_INDEXES = 256


def index_of(doc: EvidenceDocument) -> DocumentIndex:
    """The index of ``doc``, built the first time this process needs it."""
    found = _INDEXES.get(doc.key)
    if found is not None:
        _INDEXES.move_to_end(doc.key)
        return found
    built = _INDEXES[doc.key] = DocumentIndex(doc)
    while len(_INDEXES) > MAX_INDEXES:
        _INDEXES.popitem(last=False)
    return built
