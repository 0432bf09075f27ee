"""Align the words of one quote with the source material.

In order, for the words of a quote (one piece of a split quote, or one quoted fragment of
a mixed quote):

1. **exact**: the pieces between ellipses and brackets appear, in order, in one passage
   (one speaker's turn, or the whole of an unlabelled document), an ellipsis leaving out
   at most ``max_gap`` words and a bracket standing for a few. Found with the word index:
   the rarest word of each piece is looked up, its neighbours compared.
2. **scattered**: every sentence of the quote is in the source word for word, but not
   together: the draft joins places (or reverses them).
3. **closest passage**: candidate windows are where most of the quote's words cluster in
   the index; rapidfuzz's word-level Indel alignment (the longest common subsequence of
   two lists of words, not characters) of each window against the quote gives the diff
   and the similarity. Levenshtein's substitutions are not used: they would pair unrelated
   words at a window's edges instead of leaving them out.

The rules for "close" are two figures: :data:`MIN_COVERAGE` of the quote's words must be
matched (a run of two or more words found just outside the window, moved, counts) and the
word similarity must be at least :data:`MIN_SIMILARITY`.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz.distance import Indel

from ..model import DiffOp, EvidenceStatus, Source
from .index import DocumentIndex, surface
from .names import same_speaker
from .words import Bracket, Gap, Item, Word

#: share of a quote's words a passage must hold to be "close" (else: not found)
MIN_COVERAGE = 0.6
#: word similarity (rapidfuzz Indel: 2 x matched / (draft words + passage words)) it needs
MIN_SIMILARITY = 0.5
#: evidence words a bracket of n words may stand for: n + this
BRACKET_SLACK = 3
#: candidate windows aligned per document, the best of a shortlist
CANDIDATES = 3
SHORTLIST = 12
#: words of context added on each side of a candidate window
EDGE = 2
#: a quote's words looked up to place its candidate windows: the rarest, at least
#: MIN_WORDS of them, more while their occurrences stay under HIT_BUDGET
MIN_WORDS = 3
HIT_BUDGET = 2000


@dataclass
class Alignment:
    """What one quote (or quoted fragment) is, against the source material."""

    status: EvidenceStatus
    index: DocumentIndex | None = None
    lo: int = 0  #: evidence word positions of the passage, [lo, hi)
    hi: int = 0
    similarity: float = 0.0
    diff: list[DiffOp] = field(default_factory=list)
    note: str | None = None
    speaker_label: str | None = None
    #: share of the quote's words matched in the passage (moved runs included)
    coverage: float = 0.0


@dataclass
class _Exact:
    index: DocumentIndex
    lo: int
    hi: int
    #: evidence words skipped at each separator between pieces
    skipped: list[int]


class Quoted:
    """The words of one quote, split into pieces at its ellipses and brackets."""

    def __init__(self, items: list[Item], text: str):
        self.text = text
        self.words: list[Word] = [i for i in items if isinstance(i, Word)]
        self.pieces: list[list[Word]] = [[]]
        #: separator before pieces[k + 1]
        self.separators: list[Gap | Bracket] = []
        self.leading: list[Gap | Bracket] = []
        self.trailing: list[Gap | Bracket] = []
        for item in items:
            if isinstance(item, Word):
                self.pieces[-1].append(item)
            elif len(self.pieces) == 1 and not self.pieces[0]:
                self.leading.append(item)  # before the first word
            elif not self.pieces[-1]:
                # two marks in a row ("... [and]"): one separator, an ellipsis if either is
                last = self.separators[-1]
                if isinstance(last, Bracket) and isinstance(item, Bracket):
                    self.separators[-1] = Bracket(last.start, item.end, last.words + item.words)
                elif isinstance(item, Gap):
                    self.separators[-1] = item
            else:
                self.separators.append(item)
                self.pieces.append([])
        if not self.pieces[-1] and len(self.pieces) > 1:
            self.pieces.pop()
            self.trailing.append(self.separators.pop())
        if not self.pieces[-1]:
            self.pieces.pop()
        self.bracketed = any(isinstance(i, Bracket) for i in items) or any(w.bracketed for w in self.words)
        self.elided = any(isinstance(i, Gap) for i in items)

    def surface(self, lo: int, hi: int) -> str:
        return surface(self.text, [(w.start, w.end) for w in self.words[lo:hi]])

    def sentences(self) -> list[list[Word]]:
        """The words cut at sentence ends (. ? !) and at every ellipsis or bracket; a
        one-word piece ("Mr." of "Mr. Ortega") stays with the words after it."""
        out: list[list[Word]] = []
        for piece in self.pieces:
            current: list[Word] = []
            for k, word in enumerate(piece):
                current.append(word)
                following = self.text[word.end : piece[k + 1].start] if k + 1 < len(piece) else ""
                if any(c in following for c in ".?!") and len(current) > 1:
                    out.append(current)
                    current = []
            if current:
                out.append(current)
        return out


def align(quoted: Quoted, indexes: list[DocumentIndex], source: Source | None, max_gap: int) -> Alignment:
    """The status of ``quoted`` against every document in ``indexes``."""
    exact = [m for idx in indexes for m in _exact_matches(quoted, idx, max_gap)]
    if exact:
        return _judge_exact(quoted, exact, source)
    scattered = _scattered(quoted, indexes)
    if scattered is not None:
        return scattered
    closest = _closest(quoted, indexes, max_gap)
    if closest is not None and _close_enough(closest):
        closest.status = EvidenceStatus.ALTERED
        return closest
    return Alignment(EvidenceStatus.NOT_FOUND, similarity=closest.similarity if closest else 0.0)


# --- 1. exact ------------------------------------------------------------------------------


def _occurrences(words: list[str], idx: DocumentIndex, lo: int = 0, hi: int | None = None) -> list[int]:
    """Start positions in ``[lo, hi]`` where ``words`` occur contiguously within one turn."""
    if not words:
        return []
    lists = []
    for k, word in enumerate(words):
        found = idx.positions.get(word)
        if not found:
            return []
        lists.append((len(found), k, found))
    _n, k, rarest = min(lists)
    hi = len(idx) if hi is None else hi
    first = bisect.bisect_left(rarest, lo + k)
    last = bisect.bisect_right(rarest, hi + k)
    n = len(words)
    out = []
    for pos in rarest[first:last]:
        start = pos - k
        if start < 0 or start + n > len(idx):
            continue
        if idx.words[start : start + n] == words and idx.same_turn(start, start + n - 1):
            out.append(start)
    return out


def _exact_matches(quoted: Quoted, idx: DocumentIndex, max_gap: int) -> list[_Exact]:
    pieces = [[w.text for w in piece] for piece in quoted.pieces]
    if not pieces:
        return []
    out = []
    for start in _occurrences(pieces[0], idx):
        cursor = start + len(pieces[0])
        skipped: list[int] = []
        for sep, piece in zip(quoted.separators, pieces[1:]):
            limit = max_gap if isinstance(sep, Gap) else sep.words + BRACKET_SLACK
            nxt = [p for p in _occurrences(piece, idx, cursor, cursor + limit) if idx.same_turn(start, p)]
            if not nxt:
                break
            skipped.append(nxt[0] - cursor)
            cursor = nxt[0] + len(piece)
        else:
            out.append(_Exact(idx, start, cursor, skipped))
    return out


def _judge_exact(quoted: Quoted, matches: list[_Exact], source: Source | None) -> Alignment:
    """A pass (verbatim, elided, bracketed) unless every place the words occur is labelled
    with someone other than the quote's source."""
    verdicts = [(m, same_speaker(m.index.speaker(m.lo), source)) for m in matches]
    chosen = next((m for m, v in verdicts if v is True), None) or next((m for m, v in verdicts if v is None), None)
    if chosen is None:
        m = matches[0]
        return Alignment(
            EvidenceStatus.WRONG_SPEAKER, m.index, m.lo, m.hi, 1.0, speaker_label=m.index.speaker(m.lo),
            note=f"the source gives these words to {m.index.speaker(m.lo)}",
        )
    status = EvidenceStatus.BRACKETED if quoted.bracketed else EvidenceStatus.ELIDED if quoted.elided else EvidenceStatus.VERBATIM
    return Alignment(status, chosen.index, chosen.lo, chosen.hi, 1.0, note=_pass_note(quoted, chosen),
                     speaker_label=chosen.index.speaker(chosen.lo))


def _pass_note(quoted: Quoted, match: _Exact) -> str | None:
    notes = []
    idx = match.index
    cursor = match.lo
    for k, sep in enumerate(quoted.separators):
        cursor += len(quoted.pieces[k])
        skipped = match.skipped[k]
        left_out = idx.surface(cursor, cursor + skipped)
        if isinstance(sep, Gap):
            notes.append(f"the ellipsis leaves out {_words(skipped)}" + (f" (“{_short(left_out)}”)" if skipped else ""))
        else:
            inserted = quoted.text[sep.start : sep.end]
            notes.append(f"{inserted} stands for “{_short(left_out)}”" if skipped else f"{inserted} is added")
        cursor += skipped
    for sep, where in [(s, "before") for s in quoted.leading] + [(s, "after") for s in quoted.trailing]:
        if isinstance(sep, Bracket):
            edge = quoted.words[0] if where == "before" else quoted.words[-1]
            notes.append(f"{quoted.text[sep.start : sep.end]} in place of the source's words {where} “{quoted.text[edge.start : edge.end]}”")
    if any(w.bracketed for w in quoted.words):
        notes.append("letters in brackets change a word's form")
    return "; ".join(notes) or None


def _words(n: int) -> str:
    return f"{n} word" if n == 1 else f"{n} words"


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# --- 2. scattered --------------------------------------------------------------------------


def _scattered(quoted: Quoted, indexes: list[DocumentIndex]) -> Alignment | None:
    """Altered, when every sentence of the quote (two or more, of two words or more) is in
    the source word for word but the quote as a whole is not: the draft joins places, or
    puts them in another order. The passage is the first sentence's; the note says where
    each sentence is."""
    sentences = quoted.sentences()
    if len(sentences) < 2 or any(len(s) < 2 for s in sentences):
        return None
    places = []
    for sentence in sentences:
        words = [w.text for w in sentence]
        hit = next(((idx, p) for idx in indexes for p in _occurrences(words, idx)[:1]), None)
        if hit is None:
            return None
        places.append(hit)
    notes = []
    diff = []  # each sentence equal to its own place: the note says the places differ
    for sentence, (idx, pos) in zip(sentences, places):
        spans = [(w.start, w.end) for w in sentence]
        named = idx is not places[0][0] or not notes  # the file once, then lines
        notes.append(f"“{_short(surface(quoted.text, spans))}” ({idx.doc.where(idx.starts[pos], named=named)})")
        diff.append(DiffOp("equal", surface(quoted.text, spans), idx.surface(pos, pos + len(sentence))))
    idx, pos = places[0]
    first = len(sentences[0])
    rest = len(quoted.words) - first
    return Alignment(
        EvidenceStatus.ALTERED, idx, pos, pos + first, 2 * first / (2 * first + rest), diff,
        note="the source has these words, but not together in this order: " + "; ".join(notes),
        speaker_label=idx.speaker(pos), coverage=1.0,
    )


# --- 3. closest passage --------------------------------------------------------------------


def _close_enough(result: Alignment) -> bool:
    return result.similarity >= MIN_SIMILARITY and result.coverage >= MIN_COVERAGE


def _closest(quoted: Quoted, indexes: list[DocumentIndex], max_gap: int) -> Alignment | None:
    draft = [w.text for w in quoted.words]
    if not draft:
        return None
    best: Alignment | None = None
    for idx in indexes:
        for lo, hi in _windows(draft, idx, quoted, max_gap):
            result = _aligned(quoted, draft, idx, lo, hi)
            if best is None or (result.coverage, result.similarity) > (best.coverage, best.similarity):
                best = result
    return best


def _windows(draft: list[str], idx: DocumentIndex, quoted: Quoted, max_gap: int) -> list[tuple[int, int]]:
    """Up to :data:`CANDIDATES` word ranges of ``idx`` where the quote's words cluster."""
    m = len(draft)
    # the quote's rarest words and word pairs find its passage; the commonest ("the",
    # "we") add only noise and cost: keys are taken rarest first, at least MIN_WORDS, up to
    # HIT_BUDGET occurrences. A hit is (evidence position, draft position).
    keys: dict[object, list[int]] = {}
    for k, word in enumerate(draft):
        if word in idx.positions:
            keys.setdefault(word, []).append(k)
        if k + 1 < m and (word, draft[k + 1]) in idx.pairs:
            keys.setdefault((word, draft[k + 1]), []).append(k)
    found = {key: idx.positions[key] if isinstance(key, str) else idx.pairs[key] for key in keys}
    hits: list[tuple[int, int]] = []
    total = taken = 0
    for key in sorted(keys, key=lambda key: len(found[key])):
        n = len(found[key])
        if taken >= MIN_WORDS and total + n > HIT_BUDGET:
            break
        taken += 1
        total += n
        for k in keys[key]:
            hits.extend((p, k) for p in found[key])
            if not isinstance(key, str):
                hits.extend((p + 1, k + 1) for p in found[key])
    hits.sort()
    if not hits:
        return []
    hit_positions = [p for p, _k in hits]
    gaps = sum(min(max_gap, 2 * m) for s in quoted.separators if isinstance(s, Gap))
    span = m + max(3, m // 2) + gaps
    scored = []
    j = 0
    inside: dict[int, int] = {}
    for i, (pos, k) in enumerate(hits):
        while hits[j][0] < pos - span:
            gone = hits[j][1]
            inside[gone] -= 1
            if not inside[gone]:
                del inside[gone]
            j += 1
        inside[k] = inside.get(k, 0) + 1
        scored.append((len(inside), hits[j][0], pos))
    # most distinct words first; of those, the tightest cluster
    scored.sort(key=lambda s: (-s[0], s[2] - s[1], s[1]))
    windows: list[tuple[int, int]] = []
    for _count, first, last in scored:
        if any(first < hi and last >= lo for lo, hi in windows):
            continue
        inside_hits = hits[bisect.bisect_left(hit_positions, first) : bisect.bisect_right(hit_positions, last)]
        # one passage: the turn most of the hits are in (a phrase the interviewer used
        # just before must not pull the alignment into the question)
        turns: dict[int, int] = {}
        for p, _k in inside_hits:
            turns[idx.turns[p]] = turns.get(idx.turns[p], 0) + 1
        turn = max(turns, key=lambda t: turns[t])
        inside_hits = [(p, k) for p, k in inside_hits if idx.turns[p] == turn]
        first, last = inside_hits[0][0], inside_hits[-1][0]
        first_k = min(k for _p, k in inside_hits)
        last_k = max(k for _p, k in inside_hits)
        turn_lo, turn_hi = idx.turn_bounds(first)
        # room for the quote's words before the first hit and after the last, and a little
        # more: the alignment trims what it does not need
        lo = max(turn_lo, first - first_k - EDGE)
        hi = min(turn_hi, last + 1 + (m - 1 - last_k) + EDGE)
        windows.append((lo, hi))
        if len(windows) == SHORTLIST:
            break
    # placed by the rarest words, ranked by all of them: how many of the quote's words
    # (with repeats) each window holds
    wanted = Counter(draft)
    windows.sort(key=lambda w: -sum((wanted & Counter(idx.words[w[0] : w[1]])).values()))
    return windows[:CANDIDATES]


def _aligned(quoted: Quoted, draft: list[str], idx: DocumentIndex, lo: int, hi: int) -> Alignment:
    """Word diff of the passage ``[lo, hi)`` against the draft, the passage trimmed to
    where the draft's words begin and end in it."""
    ops = _blocks(Indel.opcodes(idx.words[lo:hi], draft).as_list())
    lo, hi, ops = _trim_edges(ops, lo, hi, idx)
    base = ops[0][1] if ops else 0
    licensed = _separator_positions(quoted)
    diff: list[DiffOp] = []
    matched = 0
    allowed = 0
    draft_only: list[tuple[int, int]] = []
    for tag, e1, e2, d1, d2 in ops:
        ev = idx.surface(lo + e1 - base, lo + e2 - base)
        dr = quoted.surface(d1, d2)
        if tag == "equal":
            matched += d2 - d1
            diff.append(DiffOp("equal", dr, ev))
        elif tag == "delete" and d1 in licensed:
            allowed += e2 - e1  # what an ellipsis or bracket stands for
        elif tag == "delete":
            diff.append(DiffOp("delete", "", ev))
        else:
            draft_only.append((d1, d2))
            diff.append(DiffOp(tag, dr, ev if tag == "replace" else ""))
    moved = _moved(draft, draft_only, idx, lo, hi)
    length = hi - lo - allowed
    similarity = 2 * matched / (len(draft) + length) if draft or length else 0.0
    result = Alignment(EvidenceStatus.ALTERED, idx, lo, hi, similarity, diff, speaker_label=idx.speaker(lo) if hi > lo else None,
                       coverage=(matched + moved) / len(draft))
    if moved:
        result.note = "words of the source are in another order in the draft"
    return result


def _trim_edges(ops, lo: int, hi: int, idx: DocumentIndex):
    """The passage cut to where the draft's words are: evidence-only words at either end
    are context, not a change, and a change at an end keeps as many evidence words as the
    draft has there (the inner ones, and only the same speaker's)."""
    ops = list(ops)
    if ops and ops[0][0] in ("delete", "replace"):
        tag, e1, e2, d1, d2 = ops[0]
        keep = 0 if tag == "delete" else min(e2 - e1, d2 - d1)
        inner = lo + e2  # the first evidence word after the block
        while keep and inner < len(idx) and not idx.same_turn(inner - keep, inner):
            keep -= 1
        cut = (e2 - e1) - keep
        lo += cut
        ops = [(t, a - cut, b - cut, c, d) for t, a, b, c, d in ops]
        ops[0] = ("insert" if keep == 0 and tag == "replace" else tag, 0, keep, d1, d2)
        if ops[0][0] == "delete":
            ops.pop(0)
    if ops and ops[-1][0] in ("delete", "replace"):
        tag, e1, e2, d1, d2 = ops[-1]
        keep = 0 if tag == "delete" else min(e2 - e1, d2 - d1)
        inner = lo + e1 - 1  # the last evidence word before the block
        while keep and inner >= 0 and not idx.same_turn(inner, inner + keep):
            keep -= 1
        hi -= (e2 - e1) - keep
        ops[-1] = ("insert" if keep == 0 and tag == "replace" else tag, e1, e1 + keep, d1, d2)
        if ops[-1][0] == "delete":
            ops.pop()
    return lo, hi, ops


def _blocks(ops: list[tuple[str, int, int, int, int]]) -> list[tuple[str, int, int, int, int]]:
    """Indel opcodes with each run of deletions and insertions between two equal runs made
    one step: "replace" when both sides have words."""
    out: list[tuple[str, int, int, int, int]] = []
    for tag, e1, e2, d1, d2 in ops:
        if tag != "equal" and out and out[-1][0] != "equal":
            _t, pe1, _pe2, pd1, _pd2 = out.pop()
            e1, d1 = pe1, pd1
        if tag != "equal":
            tag = "replace" if e2 > e1 and d2 > d1 else "delete" if e2 > e1 else "insert"
        out.append((tag, e1, e2, d1, d2))
    return out


def _separator_positions(quoted: Quoted) -> set[int]:
    """Draft word positions that an ellipsis or bracket comes right before."""
    out = set()
    position = 0
    for piece in quoted.pieces[:-1]:
        position += len(piece)
        out.add(position)
    return out


def _moved(draft: list[str], draft_only: list[tuple[int, int]], idx: DocumentIndex, lo: int, hi: int) -> int:
    """Draft-only words that are a run of two or more found word for word near the passage
    (the draft reordered the source)."""
    reach = max(hi - lo, 10)
    moved = 0
    for d1, d2 in draft_only:
        if d2 - d1 >= 2 and _occurrences(draft[d1:d2], idx, max(0, lo - reach), hi + reach):
            moved += d2 - d1
    return moved
