"""Configuration: ``[tool.quoteaudit]`` in ``pyproject.toml`` or a ``quoteaudit.toml``.

Config is data: it is parsed with ``tomllib`` and never executed. Keys use kebab-case as
in ruff (``fail-under``); unknown keys are an error so a typo never silently does nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import tomllib
from dataclasses import asdict, dataclass, field
from typing import Any

CONFIG_FILES = ("quoteaudit.toml", ".quoteaudit.toml", "pyproject.toml")


class ConfigError(Exception):
    """A config file that cannot be used; the message names the file."""


@dataclass
class Config:
    model: str | None = None
    #: rule codes or prefixes to run ("QA1", "QA201"); empty means all
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    #: glob -> codes ignored for matching paths
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    #: code -> severity override ("error" | "warning" | "suggestion")
    severity: dict[str, str] = field(default_factory=dict)
    #: scoring weights; see quoteaudit.scoring for the names and defaults
    scoring: dict[str, Any] = field(default_factory=dict)
    #: article score below which the policy fails (0 disables)
    fail_under: int = 0
    #: severity -> most findings allowed before the policy fails
    max_findings: dict[str, int] = field(default_factory=dict)
    #: speakers the newsroom accepts as attribution ("our correspondent")
    allowed_speakers: list[str] = field(default_factory=list)
    #: articles larger than this many bytes are refused with a clear message
    max_bytes: int = 10 * 1024 * 1024
    #: where this config came from (None: built-in defaults)
    path: str | None = None

    def digest(self) -> str:
        """Hash of the effective settings, for the cache key."""
        data = asdict(self)
        data.pop("path", None)
        return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()[:16]


_KEYS = {
    "model": "model",
    "select": "select",
    "ignore": "ignore",
    "per-file-ignores": "per_file_ignores",
    "severity": "severity",
    "scoring": "scoring",
    "fail-under": "fail_under",
    "max-findings": "max_findings",
    "allowed-speakers": "allowed_speakers",
    "max-bytes": "max_bytes",
}


_TYPE_NAMES = {str: "a string", int: "an integer", list: "a list", dict: "a table"}


def load_config_file(path: str) -> Config:
    """Read one config file (no ``extend`` resolution)."""
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: is not valid TOML ({exc})") from None
    if os.path.basename(path) == "pyproject.toml":
        data = data.get("tool", {}).get("quoteaudit", {})
    return config_from_mapping(data, path)


def config_from_mapping(data: dict[str, Any], path: str | None = None) -> Config:
    where = path or "config"
    cfg = Config(path=path)
    for key, value in data.items():
        if key == "extend":
            continue
        attr = _KEYS.get(key)
        if attr is None:
            raise ConfigError(f"{where}: unknown setting {key!r} (known: {', '.join(sorted(_KEYS))})")
        expected = str if attr == "model" else type(getattr(cfg, attr))
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise ConfigError(f"{where}: {key!r} must be {_TYPE_NAMES[expected]}, not {type(value).__name__}")
        setattr(cfg, attr, value)
    return cfg


def find_config(start: str) -> str | None:
    """The closest config file at or above ``start`` (a file or directory)."""
    here = os.path.abspath(start if os.path.isdir(start) else os.path.dirname(start) or ".")
    while True:
        for name in CONFIG_FILES:
            candidate = os.path.join(here, name)
            if os.path.isfile(candidate):
                if name != "pyproject.toml" or _has_tool_section(candidate):
                    return candidate
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


def _has_tool_section(path: str) -> bool:
    try:
        with open(path, "rb") as fh:
            return "quoteaudit" in tomllib.load(fh).get("tool", {})
    except (OSError, tomllib.TOMLDecodeError):
        return False


def load_config(path: str | None = None, start: str = ".") -> Config:
    """Load ``path`` if given, else the closest config to ``start``, else defaults."""
    found = path or find_config(start)
    return load_config_file(found) if found else Config()
