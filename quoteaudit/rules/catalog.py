"""The rule catalogue as an editor reads it: ``quoteaudit rules``, ``quoteaudit explain`` and
the README's "Rules" table are all rendered from the registry here, so they cannot drift."""

from __future__ import annotations

from . import load_all
from .base import Rule


def all_rules() -> list[type[Rule]]:
    return sorted(load_all().values(), key=lambda r: r.code)


def find_rule(key: str) -> type[Rule] | None:
    """A rule by code ("QA201", "qa201") or name ("vague-anonymous-source")."""
    key = key.strip()
    for rule in all_rules():
        if rule.code.lower() == key.lower() or rule.name == key.lower():
            return rule
    return None


def text_table() -> str:
    rules = all_rules()
    width = max(len(r.name) for r in rules)
    return "\n".join(f"{r.code}  {r.name:<{width}}  {r.severity.value:<10}  {r.summary()}" for r in rules)


def markdown_table() -> str:
    """The README's rule table: code, name, default severity, summary."""
    lines = ["| code | name | severity | what it flags |", "| --- | --- | --- | --- |"]
    for r in all_rules():
        summary = r.summary().replace("|", "\\|")
        lines.append(f"| `{r.code}` | `{r.name}` | {r.severity.value} | {summary} |")
    return "\n".join(lines)


def explanation(rule: type[Rule]) -> str:
    return f"{rule.code} {rule.name} (default severity: {rule.severity.value})\n\n{rule.explanation()}"
