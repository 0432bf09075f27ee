"""The newsroom's policy: which speakers it accepts, when an article fails, the exit code.

Exit codes follow ruff and sqlfluff: 0 clean, 1 the policy failed, 2 a usage or input
error (2 wins over 1). ``--exit-zero`` turns 1 and input errors into 0 so a report can be
collected without blocking; a usage error (bad option, bad config, unknown git ref) still
exits 2, because then nothing trustworthy was checked.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .config import Config
from ..model import DocumentAudit, Quote, Severity, Source, SourceType

EXIT_OK, EXIT_POLICY, EXIT_USAGE = 0, 1, 2

#: source types that mean "we could not say who this is"; an allowed speaker lifts them
_UNATTRIBUTED = {SourceType.ANONYMOUS_SPECIFIC, SourceType.ANONYMOUS_VAGUE, SourceType.PRONOUN_UNRESOLVED, SourceType.NONE}


# -- allowed speakers -------------------------------------------------------------------------


def _words(text: str) -> str:
    return " ".join(text.lower().replace("\u2019", "'").split()).strip(" ,.;:'\"")


def is_allowed_speaker(mention: str, allowed: list[str]) -> bool:
    """``mention`` names one of the newsroom's accepted speakers: the same words, or
    those words followed by more ("our correspondent in Kyiv")."""
    said = _words(mention)
    for name in allowed:
        accepted = _words(name)
        if accepted and (said == accepted or said.startswith(accepted + " ")):
            return True
    return False


def apply_allowed_speakers(quotes: list[Quote], sources: list[Source], allowed: list[str]) -> list[Source]:
    """Treat quotes from the newsroom's accepted speakers ("our correspondent", "this
    newspaper") as attributed: their source counts as named, never as anonymous or as an
    orphan. Returns the sources table, with a source added for any accepted speaker the
    speakers stage could not resolve."""
    if not allowed:
        return sources
    for source in sources:
        if source.type in _UNATTRIBUTED and is_allowed_speaker(source.name, allowed):
            _accept(source)
    known = {s.id for s in sources}
    for quote in quotes:
        if quote.speaker is None:
            continue
        current = next((s for s in sources if s.id == quote.source), None) if quote.source else None
        if current is not None and current.type not in _UNATTRIBUTED:
            continue
        if not is_allowed_speaker(quote.speaker.text, allowed):
            continue
        if current is not None:
            _accept(current)
            continue
        source_id = _free_id(known, "allowed")
        known.add(source_id)
        sources.append(
            Source(
                id=source_id,
                name=quote.speaker.text,
                type=SourceType.NAMED_PERSON,
                mentions=[(quote.speaker.start, quote.speaker.end)],
            )
        )
        quote.source = source_id
    return sources


def _accept(source: Source) -> None:
    source.type = SourceType.NAMED_PERSON
    source.anonymity_reason = None
    source.anonymity_reason_weak = False


def _free_id(known: set[str], stem: str) -> str:
    n = 1
    while f"{stem}{n}" in known:
        n += 1
    return f"{stem}{n}"


# -- the verdict ------------------------------------------------------------------------------


def _number(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def failures(doc: DocumentAudit, config: Config, baseline_score: float | None = None) -> list[str]:
    """Why ``doc`` fails the policy in ``config`` (empty: it passes).

    * any ``error``-severity finding (unless ``max-findings.error`` allows some);
    * a score under ``fail-under`` (with a baseline, an old article passes as long as it
      scores no worse than when the baseline was written);
    * more findings of a severity than ``max-findings`` allows.
    """
    if doc.error:
        return []
    reasons: list[str] = []
    counts = Counter(Severity(f.severity).value for f in doc.findings)
    if "error" not in config.max_findings and counts["error"]:
        codes = sorted({f.rule for f in doc.findings if Severity(f.severity) is Severity.ERROR})
        reasons.append(f"{counts['error']} error-severity finding(s) ({', '.join(codes)})")
    if config.fail_under and doc.score is not None:
        threshold = config.fail_under if baseline_score is None else min(config.fail_under, baseline_score)
        if doc.score < threshold:
            extra = f" (baseline {_number(baseline_score)})" if baseline_score is not None and baseline_score < config.fail_under else ""
            reasons.append(f"score {doc.score} is under fail-under {_number(config.fail_under)}{extra}")
    for level in ("error", "warning", "suggestion"):
        limit = config.max_findings.get(level)
        if limit is not None and counts[level] > limit:
            reasons.append(f"{counts[level]} {level} finding(s), more than max-findings.{level} = {limit}")
    return reasons


@dataclass
class PolicyTally:
    """What the run saw, for the exit code and for reporters that show the verdict."""

    documents: int = 0
    input_errors: int = 0
    #: (path, id) of each failing article -> why it failed
    failed: dict[tuple[str | None, str], list[str]] = field(default_factory=dict)

    def add(self, doc: DocumentAudit, reasons: list[str]) -> None:
        self.documents += 1
        if doc.error:
            self.input_errors += 1
        elif reasons:
            self.failed[(doc.path, doc.id)] = list(reasons)

    def reasons_for(self, doc: DocumentAudit) -> list[str]:
        return self.failed.get((doc.path, doc.id), [])

    def exit_code(self, exit_zero: bool = False) -> int:
        return exit_code(input_errors=self.input_errors, policy_failures=len(self.failed), exit_zero=exit_zero)


def exit_code(*, input_errors: int = 0, policy_failures: int = 0, exit_zero: bool = False) -> int:
    """2 for input errors, else 1 when the policy failed, else 0; ``exit_zero`` makes it 0.
    (Usage errors exit 2 before there is anything to count.)"""
    if exit_zero:
        return EXIT_OK
    if input_errors:
        return EXIT_USAGE
    if policy_failures:
        return EXIT_POLICY
    return EXIT_OK
