"""Configuration: ``[tool.quoteaudit]`` in ``pyproject.toml`` or a ``quoteaudit.toml``.

Config is data: it is parsed with ``tomllib`` and never executed. Keys use kebab-case as
in ruff (``fail-under``); unknown keys and values of the wrong shape are an error naming
the file, so a typo never silently does nothing.

Each article uses the config file closest to it (as in ruff): a newsroom can keep one
policy for ``news/`` and a looser one for ``opinion/``. ``extend = "../base.toml"``
inherits another file's settings; the extending file's settings win, key by key inside
tables (``severity``, ``scoring``, ``max-findings``, ``per-file-ignores``).
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import os
import re
import tomllib
from dataclasses import asdict, dataclass, field, fields
from collections.abc import Callable
from typing import Any

#: looked for in this order in each folder, from the article's folder up to the root
CONFIG_FILES = ("quoteaudit.toml", ".quoteaudit.toml", "pyproject.toml")

SEVERITIES = ("error", "warning", "suggestion")

#: the largest ``max-bytes``: an article is read into memory whole, and no article is 1 GiB
MAX_BYTES_LIMIT = 1 << 30


class ConfigError(Exception):
    """A config file that cannot be used; the message names the file."""


@dataclass
class Config:
    model: str | None = None
    #: rule codes, code prefixes ("QA1") or rule names to run; empty means all
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    #: glob (relative to the config file's folder) -> codes ignored for matching paths
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    #: code or name -> severity override ("error" | "warning" | "suggestion")
    severity: dict[str, str] = field(default_factory=dict)
    #: scoring weights; see quoteaudit.scoring for the names and defaults
    scoring: dict[str, Any] = field(default_factory=dict)
    #: where the unattributed-claim line is drawn; see quoteaudit.claims.ClaimLine
    claims: dict[str, Any] = field(default_factory=dict)
    #: article score below which the policy fails (0 disables)
    fail_under: float = 0
    #: severity -> most findings allowed in one article before the policy fails
    max_findings: dict[str, int] = field(default_factory=dict)
    #: speakers the newsroom accepts as attribution ("our correspondent")
    allowed_speakers: list[str] = field(default_factory=list)
    #: articles larger than this many bytes are refused with a clear message
    max_bytes: int = 10 * 1024 * 1024
    #: source material every article under this config is checked against (files or
    #: folders, relative to the config file's folder); see quoteaudit.evidence
    evidence: list[str] = field(default_factory=list)
    #: most words of the source an ellipsis in a quote may leave out
    evidence_max_gap: int = 100
    #: where this config came from (None: built-in defaults)
    path: str | None = None

    def digest(self) -> str:
        """Hash of the effective settings, for the cache key."""
        data = asdict(self)
        data.pop("path", None)
        return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()[:16]

    def for_path(self, path: str | None) -> Config:
        """The settings that apply to the article at ``path``: these, for a single config."""
        return self

    @property
    def root(self) -> str:
        """The folder ``per-file-ignores`` globs are relative to: the config file's folder."""
        return os.path.dirname(os.path.abspath(self.path)) if self.path else os.getcwd()

    def ignores_for(self, path: str | None) -> list[str]:
        """Codes ``per-file-ignores`` switches off for ``path``.

        A glob is matched against the path relative to the config file's folder (``*``
        also crosses folders, as in ruff); a glob without ``/`` also matches the file name.
        """
        if not path or not self.per_file_ignores:
            return []
        absolute = os.path.abspath(path)
        relative = os.path.relpath(absolute, self.root).replace(os.sep, "/")
        name = os.path.basename(absolute)
        out: list[str] = []
        for pattern, codes in self.per_file_ignores.items():
            pat = pattern.replace("\\", "/").removeprefix("./")
            if fnmatch.fnmatchcase(relative, pat) or ("/" not in pat and fnmatch.fnmatchcase(name, pat)):
                out.extend(codes)
        return out


# -- reading one file -------------------------------------------------------------------------

_KEYS = {
    "model": "model",
    "select": "select",
    "extend-select": None,
    "ignore": "ignore",
    "extend-ignore": None,
    "per-file-ignores": "per_file_ignores",
    "severity": "severity",
    "scoring": "scoring",
    "claims": "claims",
    "fail-under": "fail_under",
    "max-findings": "max_findings",
    "allowed-speakers": "allowed_speakers",
    "max-bytes": "max_bytes",
    "evidence": "evidence",
    "evidence-max-gap": "evidence_max_gap",
    "extend": None,
}



def read_table(path: str) -> dict[str, Any]:
    """The raw quoteaudit table of one file: all of a ``quoteaudit.toml``, or
    ``[tool.quoteaudit]`` of a ``pyproject.toml``."""
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file does not exist") from None
    except IsADirectoryError:
        raise ConfigError(f"{path}: is a directory, not a config file") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: is not valid TOML ({exc})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: is not UTF-8 text") from None
    if os.path.basename(path) == "pyproject.toml":
        tool = data.get("tool", {})
        data = tool.get("quoteaudit", {}) if isinstance(tool, dict) else {}
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: [tool.quoteaudit] must be a table")
    return data


def check_table(data: dict[str, Any], where: str) -> dict[str, Any]:
    """Validate one file's table; returns it with kebab-case keys (values checked)."""
    for key, value in data.items():
        if key not in _KEYS:
            raise ConfigError(f"{where}: unknown setting {key!r} (known: {', '.join(sorted(_KEYS))})")
        _check_value(key, value, where)
    return data


def _type_error(where: str, key: str, what: str, value: Any) -> ConfigError:
    return ConfigError(f"{where}: {key!r} must be {what}, not {value!r}")


def _check_value(key: str, value: Any, where: str) -> None:
    if key in ("model", "extend"):
        if not isinstance(value, str) or not value.strip():
            raise _type_error(where, key, "a non-empty string", value)
    elif key in ("select", "extend-select", "ignore", "extend-ignore"):
        _check_selectors(key, value, where)
    elif key == "allowed-speakers":
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise _type_error(where, key, "a list of speaker names", value)
    elif key == "per-file-ignores":
        if not isinstance(value, dict):
            raise _type_error(where, key, 'a table of glob = ["CODE", ...]', value)
        for glob, codes in value.items():
            _check_selectors(f"per-file-ignores.{glob}", codes, where)
    elif key == "severity":
        if not isinstance(value, dict):
            raise _type_error(where, key, 'a table of CODE = "error" | "warning" | "suggestion"', value)
        for code, level in value.items():
            _check_selectors(f"severity.{code}", [code], where, exact=True)
            if level not in SEVERITIES:
                raise _type_error(where, f"severity.{code}", 'one of "error", "warning", "suggestion"', level)
    elif key == "scoring":
        # the weight names and ranges are the scoring stage's own: gate.checks.check_config
        if not isinstance(value, dict):
            raise _type_error(where, key, "a table of scoring weights", value)
    elif key == "claims":
        # the settings are the claims stage's own: gate.checks.check_config
        if not isinstance(value, dict):
            raise _type_error(where, key, "a table of claim settings (observed, covered-by)", value)
    elif key == "fail-under":
        # scores are whole numbers, so 60.5 would read as "60 fails" to one editor and
        # "60 passes" to another: refused rather than rounded (60.0 is 60)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 100 or value != int(value):
            raise _type_error(where, key, "a whole-number score from 0 to 100", value)
    elif key == "max-findings":
        if not isinstance(value, dict):
            raise _type_error(where, key, "a table of severity = count", value)
        for level, count in value.items():
            if level not in SEVERITIES:
                raise ConfigError(f"{where}: 'max-findings' has unknown severity {level!r} (known: {', '.join(SEVERITIES)})")
            if isinstance(count, bool) or not isinstance(count, int) or count < 0:
                raise _type_error(where, f"max-findings.{level}", "a whole number of findings, 0 or more", count)
    elif key == "max-bytes":
        if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_BYTES_LIMIT:
            raise _type_error(where, key, f"a whole number of bytes from 1 to {MAX_BYTES_LIMIT} (1 GiB)", value)
    elif key == "evidence":
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise _type_error(where, key, "a list of source material files or folders", value)
    elif key == "evidence-max-gap":
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise _type_error(where, key, "a whole number of words, 0 or more", value)


def _check_selectors(key: str, value: Any, where: str, exact: bool = False) -> None:
    """The shape of a list of rule selectors; whether each names a rule is the rule
    registry's business (gate.checks.check_config), so this module needs no rules to load."""
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _type_error(where, key, 'a list of rule codes like ["QA101", "QA2"] or rule names', value)


# -- inheritance and merging ------------------------------------------------------------------

_TABLES = ("per-file-ignores", "severity", "scoring", "max-findings", "claims")


def _merge(base: dict[str, Any], child: dict[str, Any]) -> dict[str, Any]:
    """``child`` over ``base``: scalars and lists are replaced, tables merged key by key,
    ``extend-select`` / ``extend-ignore`` added to what was inherited."""
    out = dict(base)
    for key in ("select", "ignore"):
        if key in child:
            # a file that sets select/ignore itself starts that list afresh
            out.pop(f"extend-{key}", None)
    for key, value in child.items():
        if key == "extend":
            continue
        if key in _TABLES and isinstance(out.get(key), dict):
            out[key] = _deep_merge(out[key], value)
        elif key in ("extend-select", "extend-ignore"):
            out[key] = list(out.get(key, [])) + list(value)
        else:
            out[key] = value
    return out


def _deep_merge(base: dict[str, Any], child: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in child.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _deep_merge(out[key], value)
        else:
            out[key] = value
    return out


def _resolved_table(path: str, chain: tuple[str, ...] = ()) -> dict[str, Any]:
    real = os.path.realpath(path)
    if real in chain:
        cycle = " -> ".join([*chain[chain.index(real):], real])
        raise ConfigError(f"{path}: 'extend' makes a cycle ({cycle})")
    table = check_table(read_table(path), path)
    if "evidence" in table:
        # relative to the file that names them, whichever file extends it
        folder = os.path.dirname(os.path.abspath(path))
        table["evidence"] = [os.path.normpath(os.path.join(folder, os.path.expanduser(p))) for p in table["evidence"]]
    parent = table.get("extend")
    if parent is None:
        return dict(table)
    parent_path = os.path.join(os.path.dirname(os.path.abspath(path)), os.path.expanduser(parent))
    if not os.path.isfile(parent_path):
        raise ConfigError(f"{path}: 'extend' names {parent!r}, which is not a file")
    return _merge(_resolved_table(parent_path, (*chain, real)), table)


def config_from_mapping(data: dict[str, Any], path: str | None = None) -> Config:
    """A :class:`Config` from an already merged table."""
    where = path or "config"
    check_table(data, where)
    cfg = Config(path=path)
    for key, value in data.items():
        attr = _KEYS[key]
        if attr is not None:
            setattr(cfg, attr, value)
    # an empty select means every rule, and extending "every rule" changes nothing
    cfg.select = [*cfg.select, *data.get("extend-select", [])] if cfg.select else []
    cfg.ignore = [*cfg.ignore, *data.get("extend-ignore", [])]
    return cfg


def load_config_file(path: str) -> Config:
    """Read one config file, following ``extend``."""
    return config_from_mapping(_resolved_table(path), path)


# -- discovery ------------------------------------------------------------------------------


def find_config(start: str) -> str | None:
    """The closest config file at or above ``start`` (a file or directory)."""
    here = os.path.abspath(start if os.path.isdir(start) else os.path.dirname(start) or ".")
    while True:
        found = _config_in(here)
        if found:
            return found
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


def _config_in(folder: str) -> str | None:
    for name in CONFIG_FILES:
        candidate = os.path.join(folder, name)
        if os.path.isfile(candidate) and (name != "pyproject.toml" or _has_tool_section(candidate)):
            return candidate
    return None


def _has_tool_section(path: str) -> bool:
    try:
        with open(path, "rb") as fh:
            tool = tomllib.load(fh).get("tool", {})
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        # a pyproject.toml that is not even TOML is somebody else's problem, not our config
        return False
    return isinstance(tool, dict) and "quoteaudit" in tool


def load_config(path: str | None = None, start: str = ".") -> Config:
    """Load ``path`` if given, else the closest config to ``start``, else defaults."""
    found = path or find_config(start)
    return load_config_file(found) if found else Config()


class ArticleConfigs(Config):
    """The settings of a run in which every article uses the config file closest to it.

    Its own fields are the run-wide settings (``model``), taken from ``--config`` or the
    config closest to the first path; :meth:`for_path` gives one article's settings. Every
    config file is read once, and a bad one fails when first met.
    """

    def __init__(self, explicit: str | None = None, start: str = ".", check: Callable[[Config], None] | None = None):
        #: run on every config as it is first read (the CLI passes gate.checks.check_config)
        self._check = check or (lambda cfg: None)
        base = load_config_file(explicit) if explicit else load_config(None, start)
        self._check(base)
        super().__init__(**{f.name: getattr(base, f.name) for f in fields(Config)})
        self.explicit = explicit is not None
        self._base = base
        self._by_file: dict[str, Config] = {}
        self._by_folder: dict[str, Config] = {}

    def for_path(self, path: str | None) -> Config:
        if self.explicit or not path:
            return self._base
        folder = os.path.dirname(os.path.abspath(path))
        cfg = self._by_folder.get(folder)
        if cfg is None:
            found = find_config(folder)
            if found is None:
                cfg = Config()
            else:
                cfg = self._by_file.get(found)
                if cfg is None:
                    cfg = load_config_file(found)
                    self._check(cfg)
                self._by_file[found] = cfg
            self._by_folder[folder] = cfg
        return cfg

    def digest(self) -> str:
        """Hash of every config file read so far (prefer ``for_path(p).digest()``)."""
        parts = sorted(c.digest() for c in [self._base, *self._by_file.values()])
        return hashlib.sha256("".join(parts).encode()).hexdigest()[:16]
