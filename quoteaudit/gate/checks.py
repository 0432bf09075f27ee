"""Whether a config's rule selectors and scoring weights mean something.

The config module reads files and checks the shape of each setting; what the names mean
belongs to the stages that use them (the rule registry, the scoring weights). This module
asks them, so the gate depends on the stages and never the other way round.
"""

from __future__ import annotations

from ..claims import claim_line
from ..rules import selector_problem
from ..scoring import ScoringError, check_weights
from .config import Config, ConfigError


def check_config(config: Config) -> None:
    """Raise :class:`ConfigError`, naming the file, for a rule selector that names no rule
    or a scoring table the scoring stage cannot use."""
    where = config.path or "config"
    lists = {"select": config.select, "ignore": config.ignore}
    lists.update({f"per-file-ignores.{glob}": codes for glob, codes in config.per_file_ignores.items()})
    for key, selectors in lists.items():
        for selector in selectors:
            problem = selector_problem(selector)
            if problem:
                raise ConfigError(f"{where}: {key!r}: {problem}")
    for code in config.severity:
        problem = selector_problem(code, exact=True)
        if problem:
            raise ConfigError(f"{where}: 'severity.{code}': {problem}")
    try:
        check_weights(config.scoring, where=f"{where}: scoring")
    except ScoringError as exc:
        raise ConfigError(str(exc)) from None
    try:
        claim_line(config.claims or None)
    except ValueError as exc:
        raise ConfigError(f"{where}: {exc}") from None
