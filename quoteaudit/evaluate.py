"""``quoteaudit eval``: measure quote detection and speaker attribution against gold.

Gold files: JSON Lines, one article per line (``{"id", "text", "quotes": [{"start",
"end", "kind", "speaker", "speaker_start", "speaker_end", "cue", "extra":
{"content_spans": [[s, e], ...]}}]}``), or one JSON object with a ``quotes`` list whose
entries carry ``speaker_span`` (the reference article's format).

The protocol (also in the README):

* **units**: each fragment of a gold content span is one unit, its kind re-derived from
  its own text (:func:`derive_kind`); each fragment of a predicted quote is one
  predicted unit, with its quote's kind;
* **match**: a predicted unit matches a gold unit when their character overlap is at
  least half of the longer of the two; one-to-one, greedily by overlap;
* **direct P/R/F1**: gold direct units against units the system calls direct;
  **all P/R/F1**: every unit on both sides, kind ignored;
* **speaker accuracy**: over matched pairs (all quotes) whose gold unit has a speaker:
  correct when the predicted speaker mention overlaps the gold speaker span, or the
  predicted source's resolved name shares its last word with the gold speaker;
* **attribution types**: each gold unit gets an attribution type (speech, document,
  thought, perception_stance, noun) — the one its annotation gives, else the one its cue
  has in quoteaudit's lexicon (:func:`gold_type`); ``types`` scores only the units of the
  chosen types on both sides, so a speech-only convention and an every-attribution one
  can each be measured on the same file;
* **overlap**: ``min_overlap`` (``--overlap``) sets the share of the longer unit a match
  must overlap; 0.5 by default, 0.3 is the lenient setting some speech-only conventions
  report.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

DIRECT, MIXED, INDIRECT = "direct", "mixed", "indirect"
MIN_OVERLAP = 0.5
#: attribution types, in the order the tables show them (``model.AttributionType``)
TYPES = ("speech", "document", "thought", "perception_stance", "noun")
#: how far (characters) from its content a gold cue given only as text is looked for
CUE_REACH = 200

_DOUBLE_MARK = re.compile(r"[\"“”„‟«»″]|``|''|‘‘|’’")
_OPENERS = ('"', "“", "”", "„", "‟", "«", "»", "″", "``", "''", "‘‘", "’’", "‘", "'")
_CLOSERS = ('"', "”", "“", "»", "«", "″", "''", "’’", "’", "'")
_TRAIL = " \t\r\n.,;:!?…)"


class GoldError(Exception):
    """A gold file that cannot be read; the message names the file and line."""


@dataclass
class Unit:
    start: int
    end: int
    kind: str
    speaker: tuple[int, int] | None = None  # gold speaker span, or predicted mention
    speaker_text: str | None = None
    source_name: str | None = None  # predicted: the resolved source's name
    quote_id: str | None = None
    type: str = "speech"  # attribution type (gold: see gold_type)
    cue: tuple[int, int] | None = None  # gold: the cue's character span, when known
    given_type: bool = False  # gold: the annotation gave the type itself
    floating: bool = False  # gold: the speaker is named outside the content's sentences
    fragments: tuple[tuple[int, int], ...] = ()  # gold: every fragment of the unit's quote


@dataclass
class GoldArticle:
    id: str
    text: str
    units: list[Unit]
    record: dict[str, Any] = field(default_factory=dict)


@dataclass
class Counts:
    """Counts for one system; add articles with :meth:`add`."""

    direct_tp: int = 0
    direct_pred: int = 0
    direct_gold: int = 0
    all_tp: int = 0
    all_pred: int = 0
    all_gold: int = 0
    speaker_checked: int = 0
    speaker_correct: int = 0
    floating_checked: int = 0
    floating_correct: int = 0
    articles: int = 0
    error_articles: int = 0
    #: attribution type -> [gold units, gold units found, predicted units, predicted right]
    by_type: dict[str, list[int]] = field(default_factory=lambda: {t: [0, 0, 0, 0] for t in TYPES})

    @staticmethod
    def prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    @property
    def direct(self) -> tuple[float, float, float]:
        return self.prf(self.direct_tp, self.direct_pred, self.direct_gold)

    @property
    def all(self) -> tuple[float, float, float]:
        return self.prf(self.all_tp, self.all_pred, self.all_gold)

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.speaker_checked if self.speaker_checked else 0.0

    @property
    def floating_accuracy(self) -> float:
        """Speaker accuracy over floating quotes: gold speaker outside the quote's sentences."""
        return self.floating_correct / self.floating_checked if self.floating_checked else 0.0

    def to_dict(self) -> dict[str, Any]:
        dp, dr, df = self.direct
        ap, ar, af = self.all
        return {
            "direct": {"precision": dp, "recall": dr, "f1": df, "tp": self.direct_tp, "pred": self.direct_pred, "gold": self.direct_gold},
            "all": {"precision": ap, "recall": ar, "f1": af, "tp": self.all_tp, "pred": self.all_pred, "gold": self.all_gold},
            "speaker_accuracy": self.speaker_accuracy,
            "speaker_checked": self.speaker_checked,
            "floating_speaker_accuracy": self.floating_accuracy,
            "floating_checked": self.floating_checked,
            "articles": self.articles,
            "error_articles": self.error_articles,
            "by_type": {
                t: {"gold": g, "recall": gf / g if g else 0.0, "pred": p, "precision": pr / p if p else 0.0}
                for t, (g, gf, p, pr) in self.by_type.items()
            },
        }


# ---------------------------------------------------------------- gold


def derive_kind(fragment: str) -> str:
    """The kind of a gold fragment from its own text: ``direct`` when it is all inside
    quotation marks (it opens with one and closes with one, trailing punctuation aside),
    ``mixed`` when it carries a quotation mark somewhere, ``indirect`` when it has none.
    Double marks of every style count, and typewriter ``''``; single marks only at both
    ends (UK style), since inside text they are apostrophes."""
    t = fragment.strip()
    body = t.rstrip(_TRAIL)
    if not body:
        return INDIRECT
    if body.startswith(_OPENERS) and body.endswith(_CLOSERS) and len(body) > 2:
        single = body[0] in "‘'" and body[:2] not in ("''", "‘‘")
        if not single or body[-1] in "’'":
            return DIRECT
    if _DOUBLE_MARK.search(t):
        return MIXED
    return INDIRECT


def _int_pair(v: Any) -> tuple[int, int] | None:
    if isinstance(v, (list, tuple)) and len(v) == 2 and all(isinstance(x, int) for x in v):
        return (v[0], v[1])
    return None


def gold_units(text: str, quotes: list[dict[str, Any]]) -> list[Unit]:
    units: list[Unit] = []
    for q in quotes:
        extra = q.get("extra") or {}
        spans = [p for p in (_int_pair(s) for s in extra.get("content_spans") or []) if p]
        if not spans:
            spans = [(int(q["start"]), int(q["end"]))]
        spk = None
        if isinstance(q.get("speaker_start"), int) and isinstance(q.get("speaker_end"), int):
            spk = (q["speaker_start"], q["speaker_end"])
        elif _int_pair(q.get("speaker_span")):
            spk = _int_pair(q.get("speaker_span"))
        spk_text = q.get("speaker") if isinstance(q.get("speaker"), str) else None
        cue = _gold_cue(text, q, spans)
        given = q.get("attribution_type") if q.get("attribution_type") in TYPES else None
        whole = tuple((s, e) for s, e in spans if 0 <= s < e <= len(text))
        for s, e in whole:
            units.append(Unit(s, e, derive_kind(text[s:e]), spk, spk_text, cue=cue,
                              type=given or "speech", given_type=given is not None, fragments=whole))
    units.sort(key=lambda u: (u.start, u.end))
    return units


def _gold_cue(text: str, q: dict[str, Any], spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The cue's character span: ``extra.cue_spans`` (PolNeAR), else the occurrence of the
    ``cue`` text nearest the content, outside it and within :data:`CUE_REACH`."""
    extra = q.get("extra") or {}
    given = [p for p in (_int_pair(c) for c in extra.get("cue_spans") or []) if p and 0 <= p[0] < p[1] <= len(text)]
    if given:
        return (min(p[0] for p in given), max(p[1] for p in given))
    cue = q.get("cue")
    if not isinstance(cue, str) or not cue.strip() or not spans:
        return None
    lo, hi = spans[0][0], spans[-1][1]
    best = None
    for m in re.finditer(re.escape(cue.strip()), text[max(0, lo - CUE_REACH) : hi + CUE_REACH]):
        s = m.start() + max(0, lo - CUE_REACH)
        e = s + len(m.group())
        if any(a <= s < b for a, b in spans):
            continue
        dist = lo - e if e <= lo else s - hi
        if best is None or abs(dist) < best[0]:
            best = (abs(dist), (s, e))
    return best[1] if best else None


def gold_type(doc, unit: Unit) -> str:
    """The attribution type of a gold unit whose annotation does not give one, read from
    its cue with quoteaudit's own cue lexicons (so both sides of a ``--types`` run use one
    convention): see :func:`quoteaudit.quotes.cues.type_of_cue`. No cue: speech."""
    from .quotes.cues import type_of_cue

    if unit.given_type or unit.cue is None:
        return unit.type
    cue = doc.char_span(unit.cue[0], unit.cue[1], alignment_mode="expand")
    # the whole quote's content, every fragment: "The plan … is dead" is a clause
    content = [t for s, e in (unit.fragments or ((unit.start, unit.end),)) for t in (doc.char_span(s, e, alignment_mode="expand") or ())]
    speaker = doc.char_span(unit.speaker[0], unit.speaker[1], alignment_mode="expand") if unit.speaker else None
    if cue is None or not len(cue):
        return unit.type
    return type_of_cue(cue, content, speaker).value


def gold_floating(doc, unit: Unit) -> bool:
    """Is the gold speaker named outside the sentence(s) of the unit's content (a
    floating quote: "Lopez said … / “We are not done.”")?"""
    if unit.speaker is None:
        return False
    spk = doc.char_span(unit.speaker[0], unit.speaker[1], alignment_mode="expand")
    content = doc.char_span(unit.start, unit.end, alignment_mode="expand")
    if spk is None or content is None or not len(spk) or not len(content):
        return False
    first, last = content[0].sent.start, content[-1].sent.end
    return not (first <= spk[0].i < last)


def parse_overlap(value: float) -> float:
    """``--overlap``: a share of the longer unit, above 0 and at most 1. Raises ValueError."""
    if not 0 < value <= 1:
        raise ValueError(f"{value:g} is not a share between 0 and 1 (0.5 is the protocol's, 0.3 a lenient one)")
    return value


def parse_types(value: str | None) -> frozenset[str] | None:
    """``--types``: ``all`` (or nothing) for every type, else a comma-separated list of
    attribution types. Raises ValueError naming an unknown type."""
    if value is None or value.strip().lower() in ("", "all"):
        return None
    chosen = [v.strip().lower() for v in value.split(",") if v.strip()]
    unknown = [v for v in chosen if v not in TYPES]
    if unknown or not chosen:
        raise ValueError(f"unknown attribution type {', '.join(map(repr, unknown)) or repr(value)} (choose from {', '.join(TYPES)}, or all)")
    return frozenset(chosen)


def read_gold(path: str) -> list[GoldArticle]:
    """Read a gold file (JSON Lines, or one JSON object / array of objects)."""
    try:
        with open(path, encoding="utf-8") as fh:
            raw = fh.read()
    except OSError as exc:
        raise GoldError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise GoldError(f"{path}: is not UTF-8 text") from None
    records: list[tuple[int, Any]] = []
    stripped = raw.lstrip()
    whole = None
    if stripped.startswith(("{", "[")):
        try:
            whole = json.loads(raw)
        except json.JSONDecodeError:
            whole = None
    if isinstance(whole, dict):
        records = [(1, whole)]
    elif isinstance(whole, list):
        records = [(i + 1, r) for i, r in enumerate(whole)]
    else:
        for lineno, line in enumerate(raw.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                records.append((lineno, json.loads(line)))
            except json.JSONDecodeError as exc:
                raise GoldError(f"{path}: line {lineno}: is not valid JSON ({exc.msg} at column {exc.colno})") from None
    articles = []
    for lineno, rec in records:
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            raise GoldError(f'{path}: line {lineno}: needs an object with a "text" string')
        quotes = rec.get("quotes")
        if not isinstance(quotes, list):
            raise GoldError(f'{path}: line {lineno}: needs a "quotes" list')
        try:
            units = gold_units(rec["text"], quotes)
        except (KeyError, TypeError, ValueError) as exc:
            raise GoldError(f"{path}: line {lineno}: a quote lacks start/end offsets ({exc})") from None
        articles.append(GoldArticle(str(rec.get("id") or f"{path}:{lineno}"), rec["text"], units, rec))
    if not articles:
        raise GoldError(f"{path}: has no articles")
    return articles


# ---------------------------------------------------------------- matching


def overlap_ratio(a: Unit, b: Unit) -> float:
    inter = min(a.end, b.end) - max(a.start, b.start)
    if inter <= 0:
        return 0.0
    return inter / max(a.end - a.start, b.end - b.start)


def match(gold: list[Unit], pred: list[Unit], min_overlap: float = MIN_OVERLAP) -> list[tuple[Unit, Unit]]:
    """One-to-one matches with overlap ≥ ``min_overlap`` (50%) of the longer unit, greedily
    by overlap.

    Both lists are swept in start order, so only units that overlap are compared."""
    cands: list[tuple[float, int, int, int]] = []
    g_sorted = sorted(range(len(gold)), key=lambda i: gold[i].start)
    p_sorted = sorted(range(len(pred)), key=lambda i: pred[i].start)
    active: list[int] = []
    pi = 0
    for gi in g_sorted:
        g = gold[gi]
        while pi < len(p_sorted) and pred[p_sorted[pi]].start < g.end:
            active.append(p_sorted[pi])
            pi += 1
        active = [k for k in active if pred[k].end > g.start or pred[k].start >= g.end]
        for k in active:
            r = overlap_ratio(g, pred[k])
            if r >= min_overlap:
                inter = min(g.end, pred[k].end) - max(g.start, pred[k].start)
                cands.append((r, inter, gi, k))
    cands.sort(key=lambda c: (-c[0], -c[1], c[2], c[3]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, _, gi, k in cands:
        if gi in used_g or k in used_p:
            continue
        used_g.add(gi)
        used_p.add(k)
        pairs.append((gold[gi], pred[k]))
    return pairs


def _last_word(name: str | None) -> str:
    words = re.findall(r"[\w’'-]+", (name or "").lower())
    return words[-1].strip("’'-") if words else ""


def speaker_correct(gold: Unit, pred: Unit) -> bool:
    if gold.speaker is None:
        return False
    gs, ge = gold.speaker
    if pred.speaker is not None:
        ps, pe = pred.speaker
        if min(ge, pe) > max(gs, ps):
            return True
    if pred.source_name and gold.speaker_text:
        lw = _last_word(pred.source_name)
        return bool(lw) and lw == _last_word(gold.speaker_text)
    return False


@dataclass
class ArticleResult:
    """Matches and misses of one system on one article, for the errors file."""

    article: GoldArticle
    error: str | None = None
    fp: list[Unit] = field(default_factory=list)
    fn: list[Unit] = field(default_factory=list)
    wrong_speaker: list[tuple[Unit, Unit]] = field(default_factory=list)
    direct_fp: list[Unit] = field(default_factory=list)  # called direct, matches no gold direct unit
    direct_fn: list[Unit] = field(default_factory=list)  # gold direct unit no direct prediction matches


def score_article(counts: Counts, gold: list[Unit], pred: list[Unit], result: ArticleResult | None = None,
                  min_overlap: float = MIN_OVERLAP) -> None:
    """Add one article's units to ``counts`` (and its misses to ``result``)."""
    counts.articles += 1
    g_direct = [u for u in gold if u.kind == DIRECT]
    p_direct = [u for u in pred if u.kind == DIRECT]
    counts.direct_gold += len(g_direct)
    counts.direct_pred += len(p_direct)
    direct_pairs = match(g_direct, p_direct, min_overlap)
    counts.direct_tp += len(direct_pairs)
    pairs = match(gold, pred, min_overlap)
    counts.all_gold += len(gold)
    counts.all_pred += len(pred)
    counts.all_tp += len(pairs)
    found_g = {id(g) for g, _ in pairs}
    right_p = {id(p) for _, p in pairs}
    for u in gold:
        row = counts.by_type.setdefault(u.type, [0, 0, 0, 0])
        row[0] += 1
        row[1] += id(u) in found_g
    for u in pred:
        row = counts.by_type.setdefault(u.type, [0, 0, 0, 0])
        row[2] += 1
        row[3] += id(u) in right_p
    for g, p in pairs:
        if g.speaker is None:
            continue
        counts.speaker_checked += 1
        right = speaker_correct(g, p)
        if g.floating:
            counts.floating_checked += 1
            counts.floating_correct += right
        if right:
            counts.speaker_correct += 1
        elif result is not None:
            result.wrong_speaker.append((g, p))
    if result is not None:
        matched_g = {id(g) for g, _ in pairs}
        matched_p = {id(p) for _, p in pairs}
        result.fn = [g for g in gold if id(g) not in matched_g]
        result.fp = [p for p in pred if id(p) not in matched_p]
        result.direct_fn = [g for g in g_direct if all(g is not dg for dg, _ in direct_pairs)]
        result.direct_fp = [p for p in p_direct if all(p is not dp for _, dp in direct_pairs)]


# ---------------------------------------------------------------- systems


def audit_units(audit) -> list[Unit]:
    """Predicted units from a :class:`~quoteaudit.model.DocumentAudit`."""
    units = []
    for q in audit.quotes:
        src = audit.source_by_id(q.source)
        spk = (q.speaker.start, q.speaker.end) if q.speaker else None
        qtype = getattr(q.attribution_type, "value", q.attribution_type) or "speech"
        for s, e in q.fragments:
            units.append(Unit(s, e, q.kind.value if hasattr(q.kind, "value") else str(q.kind), spk,
                              q.speaker.text if q.speaker else None, src.name if src else None, q.id, type=qtype,
                              cue=(q.cue.start, q.cue.end) if q.cue else None))
    return units


def textacy_units(doc) -> list[Unit]:
    """textacy 0.13's direct quotations as predicted units (raises as textacy does)."""
    from textacy.extract.triples import direct_quotations

    units = []
    for speaker, _cue, content in direct_quotations(doc):
        spk = (speaker[0].idx, speaker[-1].idx + len(speaker[-1].text)) if speaker else None
        start = content.start_char
        end = content.end_char
        units.append(Unit(start, end, DIRECT, spk, " ".join(t.text for t in speaker) if speaker else None))
    return units


@dataclass
class EvalReport:
    gold_articles: int
    gold_units: dict[str, int]
    systems: dict[str, Counts]
    results: dict[str, list[ArticleResult]]
    types: frozenset[str] | None = None  # the attribution types scored; None: all
    min_overlap: float = MIN_OVERLAP  # the share of the longer unit a match must overlap


def evaluate(
    articles: list[GoldArticle],
    *,
    model: str | None = None,
    baselines: Iterable[str] = (),
    config=None,
    progress: Callable[[int], None] | None = None,
    docs: Iterable | None = None,
    types: frozenset[str] | None = None,
    min_overlap: float = MIN_OVERLAP,
) -> EvalReport:
    """Audit every gold article with the real pipeline (and any baselines, on the same
    spaCy docs) and score them. ``docs`` may hand in already-parsed docs (one per
    article, in order) instead of parsing here. ``types`` (see :func:`parse_types`)
    scores only gold and predicted units of those attribution types; the gold unit
    counts in the report are then of those types too."""
    from . import nlp as nlp_mod
    from .gate.config import Config
    from .ingest.jsonl import parse_record
    from .pipeline import audit_article

    config = config or Config()
    systems: dict[str, Counts] = {"quoteaudit": Counts()}
    results: dict[str, list[ArticleResult]] = {"quoteaudit": []}
    for b in baselines:
        systems[b] = Counts()
        results[b] = []
    kinds = {DIRECT: 0, MIXED: 0, INDIRECT: 0}

    def chosen(units: list[Unit]) -> list[Unit]:
        return units if types is None else [u for u in units if u.type in types]

    def records() -> Iterator[str]:
        for a in articles:
            yield a.text

    if docs is None:
        nlp = nlp_mod.load(model or config.model)
        docs = nlp_mod.parse(nlp, records())
    for n, (gold, doc) in enumerate(zip(articles, docs), start=1):
        for u in gold.units:
            u.type = gold_type(doc, u)
            u.floating = gold_floating(doc, u)
        gold_scored = chosen(gold.units)
        for u in gold_scored:
            kinds[u.kind] += 1
        line = json.dumps({"id": gold.id, "text": gold.text}, ensure_ascii=False)
        article = parse_record(line, path="gold", lineno=n)
        res = ArticleResult(gold)
        pred: list[Unit] = []
        try:
            if not hasattr(article, "text"):
                raise ValueError(str(article))
            pred = audit_units(audit_article(article, doc, config))
        except Exception as exc:  # an article that yields nothing counts against us
            res.error = f"{type(exc).__name__}: {exc}"
            systems["quoteaudit"].error_articles += 1
        score_article(systems["quoteaudit"], gold_scored, chosen(pred), res, min_overlap)
        results["quoteaudit"].append(res)
        for b in baselines:
            bres = ArticleResult(gold)
            bpred: list[Unit] = []
            try:
                bpred = textacy_units(doc)
            except Exception as exc:
                bres.error = f"{type(exc).__name__}: {exc}"
                systems[b].error_articles += 1
            score_article(systems[b], gold_scored, chosen(bpred), bres, min_overlap)
            results[b].append(bres)
        if progress:
            progress(n)
    return EvalReport(len(articles), kinds, systems, results, types, min_overlap)


# ---------------------------------------------------------------- output


def format_table(report: EvalReport) -> str:
    g = report.gold_units
    scope = "all attribution types" if report.types is None else "types " + ", ".join(t for t in TYPES if t in report.types)
    if report.min_overlap != MIN_OVERLAP:
        scope += f"; a match overlaps {report.min_overlap:g} of the longer unit"
    lines = [
        f"gold: {report.gold_articles} articles, {sum(g.values())} units "
        f"({g[DIRECT]} direct, {g[MIXED]} mixed, {g[INDIRECT]} indirect); {scope}",
        "",
        f"{'system':<14} {'direct P':>8} {'R':>6} {'F1':>6}   {'all P':>6} {'R':>6} {'F1':>6}   {'speaker':>7} {'floating':>8}   {'error articles':>14}",
    ]
    for name, c in report.systems.items():
        dp, dr, df = c.direct
        ap, ar, af = c.all
        label = "textacy 0.13" if name == "textacy" else name
        lines.append(
            f"{label:<14} {dp:>8.3f} {dr:>6.3f} {df:>6.3f}   {ap:>6.3f} {ar:>6.3f} {af:>6.3f}   "
            f"{c.speaker_accuracy:>7.3f} {c.floating_accuracy:>8.3f}   {c.error_articles:>5} of {c.articles}"
        )
    qa = report.systems.get("quoteaudit")
    if qa is not None:
        lines += ["", f"floating quotes (gold speaker outside the quote's sentence): {qa.floating_checked} matched", "",
                  "quoteaudit by attribution type (a match ignores the type):",
                  f"{'type':<18} {'gold':>6} {'recall':>7}   {'pred':>6} {'precision':>9}"]
        for t in TYPES:
            gn, gf, pn, pr = qa.by_type.get(t, [0, 0, 0, 0])
            if report.types is not None and t not in report.types:
                continue
            lines.append(f"{t:<18} {gn:>6} {gf / gn if gn else 0:>7.3f}   {pn:>6} {pr / pn if pn else 0:>9.3f}")
    return "\n".join(lines)


def _snippet(text: str, s: int, e: int, width: int = 60) -> str:
    left = text[max(0, s - width) : s].replace("\n", " ")
    right = text[e : e + width].replace("\n", " ")
    return f"…{left}[[{text[s:e]}]]{right}…"


def _unit_record(system: str, article: str, kind: str, u: Unit, text: str) -> dict[str, Any]:
    """One missed or spurious unit of the errors file, with its cue's words when known."""
    return {"system": system, "article": article, "type": kind, "kind": u.kind, "attribution_type": u.type,
            "start": u.start, "end": u.end, "text": text[u.start : u.end], "speaker": u.speaker_text,
            "cue": text[u.cue[0] : u.cue[1]] if u.cue else None, "snippet": _snippet(text, u.start, u.end)}


def error_records(report: EvalReport) -> Iterator[dict[str, Any]]:
    for system, results in report.results.items():
        for res in results:
            text = res.article.text
            if res.error:
                yield {"system": system, "article": res.article.id, "type": "error", "message": res.error}
            # the direct-quote score's own misses come last: a direct quote found with the
            # wrong edges, or called direct where the gold is mixed, is a miss there only
            for kind, units in (("false_negative", res.fn), ("false_positive", res.fp),
                                ("direct_false_negative", res.direct_fn), ("direct_false_positive", res.direct_fp)):
                for u in units:
                    yield _unit_record(system, res.article.id, kind, u, text)
            for g, p in res.wrong_speaker:
                yield {"system": system, "article": res.article.id, "type": "wrong_speaker", "kind": g.kind,
                       "start": g.start, "end": g.end, "text": text[g.start : g.end],
                       "gold_speaker": g.speaker_text, "predicted_speaker": p.speaker_text,
                       "predicted_source": p.source_name,
                       "snippet": _snippet(text, *(g.speaker or (g.start, g.end)))}


def write_errors(report: EvalReport, path: str) -> int:
    """Write the errors file: JSON Lines for ``.jsonl``/``.json``, readable text otherwise.
    Returns the number of entries."""
    from .report.base import atomic_write

    recs = list(error_records(report))
    if path.endswith((".jsonl", ".json", ".ndjson")):
        body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    else:
        out = []
        for r in recs:
            head = f"[{r['system']}] {r['article']}: {r['type']}"
            if r["type"] == "error":
                out.append(f"{head}: {r['message']}")
            elif r["type"] == "wrong_speaker":
                out.append(f"{head} ({r['kind']}): gold {r['gold_speaker']!r}, predicted {r['predicted_speaker']!r}"
                           f"{' / ' + repr(r['predicted_source']) if r['predicted_source'] else ''}\n    {r['snippet']}")
            else:
                out.append(f"{head} {r['kind']} {r['start']}-{r['end']}\n    {r['snippet']}")
        body = "\n".join(out) + ("\n" if out else "")
    atomic_write(path, body)
    return len(recs)
