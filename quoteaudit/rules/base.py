"""The rule registry, as in ruff and sqlfluff.

Every finding comes from a registered :class:`Rule` with a stable code (``QA0xx`` input
and meta, ``QA1xx`` quotes, ``QA2xx`` sources, ``QA3xx`` claims), a kebab-case name, a
default severity and a docstring written for an editor: what is wrong, why it matters and
how to fix it. ``quoteaudit rules`` lists them and ``quoteaudit explain CODE`` prints one.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from ..model import Finding, Quote, Severity, Source

if TYPE_CHECKING:  # pragma: no cover
    from ..claims import Claim
    from ..gate.config import Config
    from ..ingest import Article
    from ..quotes import StrayMark


@dataclass
class AuditContext:
    """What rules see: plain data only, never a spaCy ``Doc``."""

    article: Article
    quotes: list[Quote] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    stray_marks: list[StrayMark] = field(default_factory=list)
    config: Config | None = None
    #: facts computed by the NLP-bound stages for rules that need them (e.g. "language")
    facts: dict[str, object] = field(default_factory=dict)

    def source_of(self, quote: Quote) -> Source | None:
        if quote.source is None:
            return None
        return next((s for s in self.sources if s.id == quote.source), None)


@dataclass
class Hit:
    """One place a rule fires. The registry turns it into a :class:`Finding`."""

    start: int
    end: int
    message: str
    quote: str | None = None
    confidence: float = 1.0


class Rule:
    code: ClassVar[str]
    name: ClassVar[str]
    #: what an editor reads on a chip or a Word comment: two to five plain words, no code
    label: ClassVar[str]
    severity: ClassVar[Severity]

    def check(self, ctx: AuditContext) -> Iterable[Hit]:  # pragma: no cover - abstract
        raise NotImplementedError

    @classmethod
    def summary(cls) -> str:
        doc = inspect.getdoc(cls) or ""
        return doc.strip().splitlines()[0] if doc.strip() else cls.name

    @classmethod
    def explanation(cls) -> str:
        return inspect.getdoc(cls) or cls.summary()

    @classmethod
    def section(cls, heading: str) -> str:
        """One paragraph of the docstring, by its heading ("What is wrong", "Why it
        matters", "How to fix"), as one line; empty when the docstring has no such part.
        ``explain``, the reports and the Word comments all quote the docstring through
        this, so the advice has one source."""
        doc = inspect.getdoc(cls) or ""
        for para in re.split(r"\n\s*\n", doc):
            text = " ".join(para.split())
            if text.lower().startswith(heading.lower() + ":"):
                body = text[len(heading) + 1 :].strip().replace("``", "")
                return body[:1].upper() + body[1:]
        return ""

    @classmethod
    def how_to_fix(cls) -> str:
        return cls.section("How to fix")

    @classmethod
    def why_it_matters(cls) -> str:
        return cls.section("Why it matters")


REGISTRY: dict[str, type[Rule]] = {}


def register(cls: type[Rule]) -> type[Rule]:
    """Class decorator: add a rule to the registry under its code."""
    if not (len(cls.code) == 5 and cls.code.startswith("QA") and cls.code[2:].isdigit()):
        raise ValueError(f"rule code {cls.code!r} is not QAnnn")
    if cls.code in REGISTRY and REGISTRY[cls.code] is not cls:
        raise ValueError(f"rule code {cls.code} registered twice")
    if not inspect.getdoc(cls):
        raise ValueError(f"rule {cls.code} has no docstring for editors")
    if not getattr(cls, "label", "").strip():
        raise ValueError(f"rule {cls.code} has no label for editors")
    if not cls.how_to_fix():
        raise ValueError(f"rule {cls.code}'s docstring has no 'How to fix:' paragraph")
    REGISTRY[cls.code] = cls
    return cls


def _matches(code: str, patterns: Iterable[str]) -> bool:
    return any(code.startswith(p.strip().upper()) or code.lower() == p.strip().lower() for p in patterns if p.strip())


def enabled_rules(config: Config | None, path: str | None = None) -> list[type[Rule]]:
    """Rules selected by ``select``/``ignore``/``per-file-ignores``, in code order."""
    from . import load_all

    load_all()
    rules = sorted(REGISTRY.values(), key=lambda r: r.code)
    if config is None:
        return rules
    names = {r.code: r.name for r in rules}
    select = config.select
    ignore = [*config.ignore, *config.ignores_for(path)]
    out = []
    for rule in rules:
        keys = (rule.code, names[rule.code])
        if select and not any(_matches(k, select) for k in keys):
            continue
        if any(_matches(k, ignore) for k in keys):
            continue
        out.append(rule)
    return out


def severity_for(rule: type[Rule], config: Config | None) -> Severity:
    if config is not None:
        override = config.severity.get(rule.code) or config.severity.get(rule.name)
        if override:
            return Severity(override)
    return rule.severity


def run_rules(ctx: AuditContext) -> list[Finding]:
    """Run every enabled rule; findings come back sorted by position then code."""
    findings: list[Finding] = []
    article = ctx.article
    for rule_cls in enabled_rules(ctx.config, article.path):
        rule = rule_cls()
        severity = severity_for(rule_cls, ctx.config)
        for hit in rule.check(ctx):
            line, column = article.line_col(hit.start)
            findings.append(
                Finding(
                    rule=rule_cls.code,
                    name=rule_cls.name,
                    severity=severity,
                    start=hit.start,
                    end=hit.end,
                    message=hit.message,
                    line=line,
                    column=column,
                    quote=hit.quote,
                    confidence=hit.confidence,
                )
            )
    findings.sort(key=lambda f: (f.start, f.rule, f.end))
    return findings
