"""Rules: one module per rule, registered by code. See :mod:`quoteaudit.rules.base`."""

from __future__ import annotations

import importlib
import pkgutil

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


__all__ = ["REGISTRY", "AuditContext", "Hit", "Rule", "enabled_rules", "load_all", "register", "run_rules", "severity_for"]
