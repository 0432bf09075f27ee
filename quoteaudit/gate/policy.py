"""The newsroom's policy: which speakers it accepts, when an article fails, the exit code.

Exit codes follow ruff and sqlfluff: 0 clean, 1 the policy failed, 2 a usage or input
error (2 wins over 1). ``--exit-zero`` turns 1 and input errors into 0 so a report can be
collected without blocking; a usage error (bad option, bad config, unknown git ref) still
exits 2, because then nothing trustworthy was checked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from .config import Config
from ..model import DocumentAudit, Finding, Quote, Severity, Source, SourceType

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
    """Why ``doc`` fails the policy in ``config`` (empty: it passes), in the words an
    editor reads in every rendering (the report, the terminal, CI annotations):

    * any ``error``-severity finding (unless ``max-findings.error`` allows some):
      "1 error: Quote with no speaker (QA101)";
    * a score under ``fail-under`` (with a baseline, an old article passes as long as it
      scores no worse than when the baseline was written): "the attribution score 48 is
      below the newsroom's minimum of 60";
    * more findings of a severity than ``max-findings`` allows: "more than 5 warnings (7)".
    """
    if doc.error:
        return []
    reasons: list[str] = []
    counts = Counter(Severity(f.severity) for f in doc.findings)
    if Severity.ERROR.value not in config.max_findings and counts[Severity.ERROR]:
        reasons.append(errors_reason(doc.findings))
    if config.fail_under and doc.score is not None:
        threshold = config.fail_under if baseline_score is None else min(config.fail_under, baseline_score)
        if doc.score < threshold:
            reasons.append(_score_reason(doc.score, config.fail_under, baseline_score))
    for severity in (Severity.ERROR, Severity.WARNING, Severity.SUGGESTION):
        limit = config.max_findings.get(severity.value)
        if limit is not None and counts[severity] > limit:
            reasons.append(_too_many_reason(severity, counts[severity], limit))
    return reasons


def errors_reason(findings: Iterable[Finding]) -> str:
    """``1 error: Quote with no speaker (QA101)``; ``3 errors: Quote differs from source
    (QA105), Wrong speaker (QA107)``: how many, then each kind once by the rule's editor
    label. (JUnit uses it too, for errors a ``max-findings.error`` policy lets pass.)"""
    from ..report.model import SEVERITY_WORDS, plural, rule_label

    errors = [f for f in findings if Severity(f.severity) is Severity.ERROR]
    kinds = dict.fromkeys((f.rule, f.name) for f in sorted(errors, key=lambda f: f.rule))
    return f"{plural(len(errors), *SEVERITY_WORDS[Severity.ERROR])}: " + ", ".join(f"{rule_label(code, name)} ({code})" for code, name in kinds)


def _score_reason(score: float, minimum: float, baseline_score: float | None) -> str:
    """``the attribution score 48 is below the newsroom's minimum of 60`` (``..., and below
    the 55 it had in the baseline`` when an older article is held to its baseline)."""
    text = f"the attribution score {_number(score)} is below the newsroom's minimum of {_number(minimum)}"
    if baseline_score is not None and baseline_score < minimum:
        text += f", and below the {_number(baseline_score)} it had in the baseline"
    return text


def _too_many_reason(severity: Severity, n: int, limit: int) -> str:
    """``more than 5 warnings (7)``; ``2 errors, where the newsroom allows none``."""
    from ..report.model import SEVERITY_WORDS, plural

    if limit == 0:
        return f"{plural(n, *SEVERITY_WORDS[severity])}, where the newsroom allows none"
    return f"more than {plural(limit, *SEVERITY_WORDS[severity])} ({n})"


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
