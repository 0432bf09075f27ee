"""Attribution strength: a 0-100 score and letter grade per quote and per article.

The rubric is a table of weights (:data:`DEFAULT_WEIGHTS`), documented for editors in the
README ("How scores are computed"). A newsroom tunes any of them under
``[tool.quoteaudit.scoring]``; an unknown weight name is an error, so a typo never silently
does nothing. Every point a score gets or loses is written into its ``reasons``.

Per quote: a base from how identifiable the source is, plus modifiers for what the article
tells the reader about the source (title or role, affiliation, why it is anonymous), for
how the words are reported (direct, mixed, paraphrase), and minus points for a loaded or
hedged cue verb, for floating attribution, and for an attribution that is not words on the
record (a belief, a stance, a bare noun: ``Quote.attribution_type``). Per article: the mean of its quote scores
weighted by each quote's length (a paraphrase or view held by nobody, "is expected to",
is the article's own framing and not in the mean), minus points for each unattributed
claim and weasel attribution.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .lexicons import load_table
from .model import AttributionType, Quote, QuoteKind, Source, SourceType, Strength

if TYPE_CHECKING:  # pragma: no cover
    from .rules.base import AuditContext


class ScoringError(ValueError):
    """A ``[tool.quoteaudit.scoring]`` table that cannot be used; the message says why.

    A ValueError, not the gate's ConfigError: scoring needs no config module to load
    (``gate.checks.check_config`` turns it into a config error naming the file)."""


#: name -> (default, what it means). The README table "How scores are computed" shows these.
WEIGHTS: dict[str, tuple[float, str]] = {
    "named-person": (70, "base: a person named in the article (\"Colonel Ryan Dillon said\")"),
    "named-organization": (55, "base: a named organisation speaking as such (\"the Pentagon said\")"),
    "document": (55, "base: a named or identifiable document (\"a Reuters report\", \"court filings\")"),
    "anonymous-specific": (35, "base: an unnamed source placed by job or access (\"a U.S. official\")"),
    "anonymous-vague": (15, "base: an unnamed source placed nowhere (\"sources say\", \"the report said\")"),
    "pronoun-unresolved": (10, "base: a pronoun with no one in the article for it to be (\"he said\")"),
    "none": (0, "base: nobody at all (an orphan quote)"),
    "title-or-role": (10, "the source's title or role is given (\"Colonel\", \"spokesman\")"),
    "affiliation": (10, "the source's employer or side is given (\"for the coalition\")"),
    "anonymity-reason": (10, "an anonymous source's reason for anonymity is given"),
    "weak-anonymity-reason": (3, "instead of anonymity-reason when the reason is boilerplate (\"not authorized to speak\")"),
    "direct-quote": (10, "the source's exact words, in quotation marks (only when there is a source)"),
    "mixed-quote": (5, "a paraphrase carrying some exact words (only when there is a source)"),
    "indirect-quote": (0, "a paraphrase"),
    "loaded-verb": (-5, "the cue verb tells the reader what to think (\"claimed\", \"admitted\")"),
    "hedged-verb": (-5, "the cue verb reports a guess or belief (\"suggested\", \"believes\")"),
    "floating-attribution": (-10, "the speaker is far from the words or uncertain (confidence below floating-below)"),
    "thought-attribution": (-15, "the quote reports a belief, hope or plan, not words on the record (\"fears that\", \"wants to\"); instead of hedged-verb"),
    "stance-attribution": (-10, "the quote reports a stance or perception, not words (\"supports\", \"sees\", \"agrees\")"),
    "noun-attribution": (-5, "a noun carries the attribution and no words are reported (\"his claim that\", \"denied the allegations\")"),
    "floating-below": (0.6, "attribution confidence under which a quote counts as floating"),
    "unattributed-claim": (-5, "article: each checkable claim with no source"),
    "weasel-attribution": (-5, "article: each vague or agentless attribution (\"it is believed\")"),
    "max-claim-penalty": (30, "article: the most points unattributed claims and weasels can take off"),
    "no-quotes": (50, "article: the starting score of an article with claims but no quotes"),
    "grade-a": (85, "lowest score graded A"),
    "grade-b": (70, "lowest score graded B"),
    "grade-c": (55, "lowest score graded C"),
    "grade-d": (40, "lowest score graded D; below it is F"),
}

DEFAULT_WEIGHTS: dict[str, float] = {name: default for name, (default, _) in WEIGHTS.items()}

#: name -> (lowest, highest, what the number is) a newsroom may set. Bases, article
#: scores and grade bands are points on the 0-100 scale; floating-below is a confidence.
#: Every weight not named here is a modifier: points added or taken off, -100 to 100.
WEIGHT_RANGES: dict[str, tuple[float, float, str]] = {
    **{name: (0, 100, "a base score") for name in ("named-person", "named-organization", "document", "anonymous-specific", "anonymous-vague", "pronoun-unresolved", "none")},
    "floating-below": (0, 1, "a confidence"),
    "max-claim-penalty": (0, 100, "points"),
    "no-quotes": (0, 100, "a score"),
    **{name: (0, 100, "a score") for name in ("grade-a", "grade-b", "grade-c", "grade-d")},
}
MODIFIER_RANGE: tuple[float, float, str] = (-100, 100, "points added or taken off")

_BASE = {
    SourceType.NAMED_PERSON: "named-person",
    SourceType.NAMED_ORGANIZATION: "named-organization",
    SourceType.DOCUMENT: "document",
    SourceType.ANONYMOUS_SPECIFIC: "anonymous-specific",
    SourceType.ANONYMOUS_VAGUE: "anonymous-vague",
    SourceType.PRONOUN_UNRESOLVED: "pronoun-unresolved",
    SourceType.NONE: "none",
}
_LABEL = {
    SourceType.NAMED_PERSON: "named person",
    SourceType.NAMED_ORGANIZATION: "named organization",
    SourceType.DOCUMENT: "named document",
    SourceType.ANONYMOUS_SPECIFIC: "anonymous source, specific",
    SourceType.ANONYMOUS_VAGUE: "anonymous source, vague",
    SourceType.PRONOUN_UNRESOLVED: "unresolved pronoun",
    SourceType.NONE: "no source",
}
_ANONYMOUS = (SourceType.ANONYMOUS_SPECIFIC, SourceType.ANONYMOUS_VAGUE)
#: a belief weighs less than an on-the-record statement: the attribution types that are
#: not someone's words or a document's, with the weight each takes off
_TYPE_WEIGHTS = {
    AttributionType.THOUGHT: ("thought-attribution", "a belief or plan, not words said"),
    AttributionType.PERCEPTION_STANCE: ("stance-attribution", "a stance, not words said"),
    AttributionType.NOUN: ("noun-attribution", "no words reported"),
}
#: source types with someone to hold to the words, so the way they are reported matters
_IDENTIFIED = (SourceType.NAMED_PERSON, SourceType.NAMED_ORGANIZATION, SourceType.DOCUMENT, SourceType.ANONYMOUS_SPECIFIC, SourceType.ANONYMOUS_VAGUE)
_GRADES = (("A", "grade-a"), ("B", "grade-b"), ("C", "grade-c"), ("D", "grade-d"))


def check_weights(overrides: Mapping[str, Any] | None, where: str = "[tool.quoteaudit.scoring]") -> dict[str, float]:
    """The effective weights: defaults updated with ``overrides``. Raises
    :class:`ScoringError` naming the key for an unknown name, a non-number or a number
    outside the weight's range (:data:`WEIGHT_RANGES`)."""
    weights = dict(DEFAULT_WEIGHTS)
    for key, value in (overrides or {}).items():
        if key not in WEIGHTS:
            close = difflib.get_close_matches(key, WEIGHTS, n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            raise ScoringError(f"{where}: unknown scoring weight {key!r} ({hint}known: {', '.join(WEIGHTS)})")
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ScoringError(f"{where}: scoring weight {key!r} must be a number, not {type(value).__name__}")
        low, high, what = WEIGHT_RANGES.get(key, MODIFIER_RANGE)
        if not low <= value <= high:  # also refuses TOML's nan and inf
            raise ScoringError(f"{where}: scoring weight {key!r} must be from {low} to {high} ({what}), not {value}")
        weights[key] = value
    bands = [weights[k] for _, k in _GRADES]
    if bands != sorted(bands, reverse=True):
        raise ScoringError(f"{where}: grade bands must satisfy grade-a >= grade-b >= grade-c >= grade-d")
    return weights


def grade(score: float, weights: Mapping[str, float]) -> str:
    for letter, key in _GRADES:
        if score >= weights[key]:
            return letter
    return "F"


def _points(value: float) -> str:
    value = round(value, 1)
    text = f"{value:+.1f}".rstrip("0").rstrip(".")
    return text


@lru_cache(maxsize=1)
def _hedges() -> tuple[frozenset[str], dict[str, str]]:
    hedged = frozenset(row[0].lower() for row in load_table("hedges.tsv", 3) if row[1] == "cue-verb")
    loaded = {row[0].lower(): row[1] for row in load_table("loaded_verbs.tsv", 2)}
    return hedged, loaded


def cue_verb_class(quote: Quote) -> str | None:
    """``"loaded"``, ``"hedged"`` or None for the quote's cue verb (matched on its lemma,
    with its particle for phrasal verbs: "pointed out" is "point out")."""
    lemma = (quote.cue_lemma or "").lower().strip()
    if not lemma:
        return None
    words = quote.cue.text.lower().split() if quote.cue else []
    candidates = [lemma]
    if len(words) == 2 and " " not in lemma:
        candidates.insert(0, f"{lemma} {words[1]}")
    hedged, loaded = _hedges()
    for candidate in candidates:
        if candidate in loaded:
            return "loaded"
        if candidate in hedged:
            return "hedged"
    return None


def loaded_verb_meaning(quote: Quote) -> str | None:
    """What a loaded cue verb tells the reader ("the statement is doubtful"), or None."""
    lemma = (quote.cue_lemma or "").lower().strip()
    words = quote.cue.text.lower().split() if quote.cue else []
    _, loaded = _hedges()
    if len(words) == 2 and f"{lemma} {words[1]}" in loaded:
        return loaded[f"{lemma} {words[1]}"]
    return loaded.get(lemma)


def score_quote(quote: Quote, source: Source | None, weights: Mapping[str, Any] | None = None) -> Strength:
    """The attribution strength of one quote, with a reason for every point."""
    w = check_weights(weights)
    kind = SourceType(source.type) if source is not None else SourceType.NONE
    score = float(w[_BASE[kind]])
    reasons = [f"{_points(score)} {_LABEL[kind]}" + (f" ({source.name})" if source is not None and source.name else "")]

    def add(key: str, why: str) -> None:
        nonlocal score
        value = float(w[key])
        if value:
            score += value
            reasons.append(f"{_points(value)} {why}")

    if source is not None and kind is not SourceType.NONE:
        if source.title or source.role:
            add("title-or-role", f"title or role ({source.title or source.role})")
        affiliation = (source.affiliation or "").strip()
        # an organisation or document is its own affiliation ("US military"): no extra credit
        redundant = kind in (SourceType.NAMED_ORGANIZATION, SourceType.DOCUMENT) and affiliation.lower() in (source.name or "").lower()
        if affiliation and not redundant:
            add("affiliation", f"affiliation ({affiliation})")
        if kind in _ANONYMOUS and source.anonymity_reason:
            if source.anonymity_reason_weak:
                add("weak-anonymity-reason", f"weak reason for anonymity ({source.anonymity_reason})")
            else:
                add("anonymity-reason", f"reason for anonymity ({source.anonymity_reason})")
    if kind in _IDENTIFIED:
        qkind = QuoteKind(quote.kind)
        add(f"{qkind.value}-quote", {"direct": "direct quote", "mixed": "partly direct quote", "indirect": "paraphrase"}[qkind.value])
    verb_class = cue_verb_class(quote)
    cue = quote.cue.text if quote.cue else quote.cue_lemma
    attribution = AttributionType(quote.attribution_type or AttributionType.SPEECH)
    if verb_class == "loaded":
        add("loaded-verb", f"loaded verb '{cue}'")
    elif verb_class == "hedged" and attribution is not AttributionType.THOUGHT:
        add("hedged-verb", f"hedged verb '{cue}'")
    if attribution in _TYPE_WEIGHTS and kind is not SourceType.NONE:
        key, why = _TYPE_WEIGHTS[attribution]
        add(key, f"{why} '{cue}'" if cue else why)
    if quote.confidence < w["floating-below"] and kind is not SourceType.NONE:
        add("floating-attribution", f"floating attribution (confidence {quote.confidence:.2f})")
    final = int(round(min(100.0, max(0.0, score))))
    if final != round(score):
        reasons.append(f"= {final} (kept within 0-100)")
    return Strength(final, grade(final, w), reasons)


def score_article(ctx: AuditContext, weights: Mapping[str, Any] | None = None) -> Strength | None:
    """The article's attribution strength, or None when it has no quotes and no flagged claims.

    Quotes count in proportion to their length (a long paraphrase from an anonymous source
    weighs more than a two-word fragment); each unattributed claim and weasel attribution
    then takes points off, up to ``max-claim-penalty``.
    """
    w = check_weights(weights)
    by_id = {s.id: s for s in ctx.sources}
    scored = []
    for quote in ctx.quotes:
        if quote.held_by_nobody:
            continue  # the article's own framing, not a quote resting on someone: a weasel among them costs points below
        strength = quote.strength or score_quote(quote, by_id.get(quote.source) if quote.source else None, w)
        length = max(1, len(quote.text.split()))
        scored.append((strength.score, length))
    unsourced = sum(1 for c in ctx.claims if c.kind == "unsourced")
    weasels = sum(1 for c in ctx.claims if c.kind == "weasel")
    if not scored and not unsourced and not weasels:
        return None
    reasons: list[str] = []
    if scored:
        total = sum(n for _, n in scored)
        score = sum(s * n for s, n in scored) / total
        reasons.append(f"{_points(score)} mean of {len(scored)} quote score{'s' if len(scored) != 1 else ''}, weighted by length ({total} words)")
    else:
        score = float(w["no-quotes"])
        reasons.append(f"{_points(score)} no quotes")
    penalty = unsourced * float(w["unattributed-claim"]) + weasels * float(w["weasel-attribution"])
    cap = abs(float(w["max-claim-penalty"]))
    if unsourced and w["unattributed-claim"]:
        reasons.append(f"{_points(unsourced * float(w['unattributed-claim']))} {unsourced} unattributed claim{'s' if unsourced != 1 else ''} ({_points(float(w['unattributed-claim']))} each)")
    if weasels and w["weasel-attribution"]:
        reasons.append(f"{_points(weasels * float(w['weasel-attribution']))} {weasels} weasel attribution{'s' if weasels != 1 else ''} ({_points(float(w['weasel-attribution']))} each)")
    if penalty < -cap:
        reasons.append(f"{_points(-cap - penalty)} claim penalties capped at {_points(-cap)}")
        penalty = -cap
    score += penalty
    final = int(round(min(100.0, max(0.0, score))))
    reasons.append(f"= {final}")
    return Strength(final, grade(final, w), reasons)


__all__ = ["DEFAULT_WEIGHTS", "WEIGHTS", "ScoringError", "check_weights", "cue_verb_class", "loaded_verb_meaning", "grade", "score_article", "score_quote"]
