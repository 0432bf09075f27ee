"""Measure the whole pipeline on the never-tuned newsroom sets.

``tests/data/sources_untuned.jsonl`` and ``tests/data/claims_untuned.jsonl`` were written
from newsroom practice before the code they measure was changed, and are never edited to
fit it: a miss there is a miss. Each line is one short article (wire, local, sports,
business, science, national security, a first-person column) run through the full audit
(quotes, speakers, claims, rules), with what an editor expects:

* ``sources``: for the quote whose words contain ``quote``, the expected source fields
  (``name``, ``type``, ``title``, ``role``, ``affiliation``, ``anonymity_reason``; a key
  ``reason~`` asks that the stated reason contain those words);
* ``findings``: a finding of ``rule`` (or one of a list of rules) overlapping ``at``;
* ``absent``: no finding of ``rule`` anywhere (or overlapping ``at`` when given);
* ``clean``: text an editor would not query: no finding overlaps it.

``python -m tests.untuned_support`` prints the figures; the tests hold them to a floor.

The rule, which tests/test_untuned_sets.py enforces:

* a new source case is written first into ``sources_untuned.jsonl``, with what an editor
  expects, and committed before the code is run on it (its ``batch`` says when: no batch
  is issue #17's first 86 cases); its figure is reported as it comes out, misses included;
* a case is never edited afterwards: ``untuned.lock`` holds each case's fingerprint, so an
  edit to fit the code fails the tests (a new case adds its line to the lock);
* a miss that is then fixed may be copied into the *tuned* set
  (``source_types.jsonl``, which grows with each fix and so scores 100%), naming the
  never-tuned case it came from (``"untuned": "src090"``); the never-tuned copy stays.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).parent / "data"
SOURCES_SET = DATA / "sources_untuned.jsonl"
CLAIMS_SET = DATA / "claims_untuned.jsonl"
LOCK = DATA / "untuned.lock"
#: the tuned set: cases added as misses were fixed (tests/test_speakers_types.py)
TUNED_SET = DATA / "source_types.jsonl"
#: the tuned set's cases from before the rule; every later one names its never-tuned case
TUNED_BEFORE_THE_RULE = 101
FIELDS = ("name", "type", "title", "role", "affiliation", "anonymity_reason", "reason~")


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


@dataclass
class Score:
    """Units checked and passed, by field and by construction; the misses, described."""

    checked: Counter = field(default_factory=Counter)
    passed: Counter = field(default_factory=Counter)
    cases: Counter = field(default_factory=Counter)
    cases_passed: Counter = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    #: findings that overlap no planted problem (text an editor would not query)
    stray_findings: int = 0
    findings_total: int = 0

    def unit(self, key: str, ok: bool, why: str) -> bool:
        self.checked[key] += 1
        self.passed[key] += ok
        if not ok:
            self.misses.append(why)
        return ok

    def rate(self, key: str) -> float:
        return self.passed[key] / self.checked[key] if self.checked[key] else 1.0

    def case_rate(self) -> float:
        total = sum(self.cases.values())
        return sum(self.cases_passed.values()) / total if total else 1.0


def fingerprint(case: dict) -> str:
    """A case's fingerprint: the SHA-256 of its JSON with sorted keys, so a change to its
    text or to anything it expects changes it."""
    return hashlib.sha256(json.dumps(case, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def read_lock() -> dict[str, str]:
    pairs = (line.split() for line in LOCK.read_text("utf-8").splitlines() if line.strip() and not line.startswith("#"))
    return {case_id: digest for case_id, digest in pairs}


def batch(case: dict) -> str:
    return case.get("batch", "issue17")


def tuned_accuracy(nlp) -> tuple[int, int]:
    """Cases of the tuned set whose source comes out as expected (every field, as
    tests/test_speakers_types.py checks them), and how many cases there are."""
    from quoteaudit.model import SourceType

    from .speakers_support import Q, resolve, source_of

    cases = load(TUNED_SET)
    right = 0
    for case in cases:
        specs = [Q(q["content"], q["speaker"], q["cue"], q["kind"]) for q in case["quotes"]]
        quotes, sources = resolve(nlp, case["text"], specs)
        src = source_of(quotes[-1], sources)
        want = case["expect"]
        if want["type"] == SourceType.NONE.value:
            right += src is None
            continue
        if src is None:
            continue
        got = {"name": src.name, "type": src.type.value, "title": src.title, "role": src.role, "affiliation": src.affiliation}
        for extra in ("is_document", "anonymity_reason"):
            if extra in want:
                got[extra] = getattr(src, extra)
        right += got == want
    return right, len(cases)


_AUDITS: dict[tuple[int, str], object] = {}


def audit(nlp, text: str):
    """The full audit of one case's text (kept, so a set scored whole and by batch is
    audited once)."""
    from quoteaudit.ingest import read_string
    from quoteaudit.pipeline import audit_article

    key = (id(nlp), text)
    if key not in _AUDITS:
        (article,) = read_string(text, "text", path="article.txt")
        _AUDITS[key] = audit_article(article, nlp(article.text))
    return _AUDITS[key]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def score_case(nlp, case: dict, score: Score) -> bool:
    doc = audit(nlp, case["text"])
    text = doc.text
    by_id = {s.id: s for s in doc.sources}
    ok_all = True
    tag = f"{case['id']} [{case['construction']}]"
    for want in case.get("sources", []):
        where = _span(text, want["quote"])
        quote = next((q for q in doc.quotes if any(_overlaps(where, fr) for fr in q.fragments)), None)
        if not score.unit("quote found", quote is not None, f"{tag} no quote over {want['quote']!r}"):
            ok_all = False
            for key in FIELDS:
                if key in want:
                    score.unit(key, False, f"{tag} {key}: quote missed")
            continue
        source = by_id.get(quote.source) if quote.source else None
        got = source.to_dict() if source else {"type": "none"}
        for key in FIELDS:
            if key not in want:
                continue
            if key == "reason~":
                reason = got.get("anonymity_reason") or ""
                ok = want[key].lower() in reason.lower()
                value = reason
            else:
                value = got.get(key)
                ok = value == want[key]
            ok_all &= score.unit(key, ok, f"{tag} {key}: got {value!r}, want {want[key]!r}")
    planted: list[tuple[int, int]] = []
    for want in case.get("findings", []):
        rules = want["rule"] if isinstance(want["rule"], list) else [want["rule"]]
        where = _span(text, want["at"])
        planted.append(where)
        hit = [f for f in doc.findings if _overlaps(where, (f.start, f.end))]
        ok = any(f.rule in rules for f in hit)
        got = sorted({f.rule for f in hit}) or "nothing"
        ok_all &= score.unit("planted caught", ok, f"{tag} want {'/'.join(rules)} on {want['at'][:50]!r}, got {got}")
    for want in case.get("absent", []):
        where = _span(text, want["at"]) if want.get("at") else (0, len(text))
        bad = [f for f in doc.findings if f.rule == want["rule"] and _overlaps(where, (f.start, f.end))]
        ok_all &= score.unit("absent", not bad, f"{tag} {want['rule']} fired: {[f.message[:70] for f in bad]}")
    for words in case.get("clean", []):
        where = _span(text, words)
        bad = [f for f in doc.findings if _overlaps(where, (f.start, f.end))]
        ok_all &= score.unit("clean", not bad, f"{tag} flagged clean text {words[:40]!r}: {[f.rule + ' ' + f.message[:60] for f in bad]}")
    if "clean" in case:  # the claims set: every problem in the article is planted
        for f in doc.findings:
            if f.rule.startswith(("QA3", "QA2")):
                score.findings_total += 1
                if not any(_overlaps(p, (f.start, f.end)) for p in planted):
                    score.stray_findings += 1
    score.cases[case["construction"]] += 1
    score.cases_passed[case["construction"]] += ok_all
    return ok_all


def measure(nlp, path: Path, only: str | None = None) -> Score:
    """Score every case of a set, or only those of one ``batch``."""
    score = Score()
    for case in load(path):
        if only is None or batch(case) == only:
            score_case(nlp, case, score)
    return score


def report(name: str, score: Score) -> str:
    lines = [f"{name}: {sum(score.cases_passed.values())}/{sum(score.cases.values())} cases pass ({score.case_rate():.1%})"]
    for key in sorted(score.checked):
        lines.append(f"  {key:16} {score.passed[key]:3}/{score.checked[key]:<3} {score.rate(key):.1%}")
    if score.findings_total:
        lines.append(f"  source/claim findings off any planted problem: {score.stray_findings}/{score.findings_total}")
    by_construction = defaultdict(str)
    for c in sorted(score.cases):
        by_construction[c] = f"{score.cases_passed[c]}/{score.cases[c]}"
    lines.append("  by construction: " + ", ".join(f"{c} {v}" for c, v in by_construction.items()))
    lines.extend("  MISS " + m for m in score.misses)
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover - a measuring tool
    from quoteaudit import nlp as nlp_mod

    model = nlp_mod.load()
    for label, path in (("sources", SOURCES_SET), ("claims", CLAIMS_SET)):
        print(report(label, measure(model, path)))
