"""Rules: one module per rule, registered by code. See :mod:`quoteaudit.rules.base`."""

from __future__ import annotations

import importlib
import pkgutil
import re

from .base import REGISTRY, AuditContext, Hit, Rule, enabled_rules, register, run_rules, severity_for

_loaded = False


def load_all() -> dict[str, type[Rule]]:
    """Import every rule module in this package so each registers itself."""
    global _loaded
    if not _loaded:
        for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
            if info.name.startswith("qa"):
                importlib.import_module(f"{__name__}.{info.name}")
        _loaded = True
    return REGISTRY


_CODE = re.compile(r"^QA[0-9]{0,3}$", re.IGNORECASE)


def selector_problem(selector: str, exact: bool = False) -> str | None:
    """Why ``selector`` names no registered rule (None when it does).

    A selector is a code (``QA101``), a code prefix (``QA1``, unless ``exact``) or a
    rule name (``orphan-quote``). Config files and suppression comments both ask.
    """
    registry = load_all()
    s = selector.strip()
    if _CODE.match(s):
        code = s.upper()
        if exact and len(code) != 5:
            return f"{selector!r} is a code prefix; name one rule (e.g. QA101)"
        if any(c.startswith(code) for c in registry):
            return None
        return f"no rule has code {selector!r} (see `quoteaudit rules`)"
    if any(rule.name == s.lower() for rule in registry.values()):
        return None
    return f"{selector!r} is not a rule code or name (see `quoteaudit rules`)"


__all__ = ["REGISTRY", "AuditContext", "Hit", "Rule", "enabled_rules", "load_all", "register", "run_rules", "selector_problem", "severity_for"]
