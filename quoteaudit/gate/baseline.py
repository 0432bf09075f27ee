"""Baselines: accept today's findings so that old articles don't block new ones.

``quoteaudit audit news/ --write-baseline .quoteaudit-baseline.json`` records every
finding; later runs with ``--baseline .quoteaudit-baseline.json`` report only findings that
are not in it. An entry is keyed by rule, article path (relative to the baseline file's
folder, so the file works from any checkout) and :attr:`Finding.fingerprint` (a hash of
the flagged words), never by line numbers: adding a paragraph above an old finding does not
bring it back, while rewording the flagged sentence does. Identical sentences flagged by
the same rule in one article are counted, so a new copy of an old problem is still caught.

An article that scored under its ``fail-under`` when the baseline was written keeps that
score as its own floor: it passes while it gets no worse.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field, replace

from .. import __version__
from ..model import DocumentAudit, Finding

SCHEMA = "quoteaudit-baseline/1"

Key = tuple[str, str, str]  # rule, article, fingerprint


class BaselineError(Exception):
    """A baseline file that cannot be used; the message names the file."""


def article_key(doc: DocumentAudit, root: str) -> str:
    """The article as a baseline names it: its path relative to ``root`` with ``/``, plus
    ``#id`` for a record inside a JSON Lines file."""
    if doc.path:
        try:
            rel = os.path.relpath(os.path.abspath(doc.path), root)
        except ValueError:  # another drive on Windows
            rel = os.path.abspath(doc.path)
        name = rel.replace(os.sep, "/")
    else:
        name = doc.id
    return name if doc.id == doc.path or not doc.path else f"{name}#{doc.id}"


def finding_key(doc: DocumentAudit, finding: Finding, root: str) -> Key:
    return (finding.rule, article_key(doc, root), finding.fingerprint or "")


@dataclass
class Baseline:
    """A baseline file as read."""

    path: str
    entries: Counter[Key] = field(default_factory=Counter)
    scores: dict[str, float] = field(default_factory=dict)
    matched: int = 0

    @property
    def root(self) -> str:
        return os.path.dirname(os.path.abspath(self.path))

    @classmethod
    def load(cls, path: str) -> Baseline:
        try:
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
        except FileNotFoundError:
            raise BaselineError(f"{path}: baseline file does not exist (write one with --write-baseline)") from None
        except OSError as exc:
            raise BaselineError(f"{path}: cannot be read ({exc.strerror or exc})") from None
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise BaselineError(f"{path}: is not a quoteaudit baseline (not valid JSON: {exc})") from None
        if not isinstance(data, dict) or data.get("schema") != SCHEMA:
            raise BaselineError(f"{path}: is not a quoteaudit baseline (expected \"schema\": \"{SCHEMA}\")")
        baseline = cls(path)
        try:
            for entry in data.get("findings", []):
                key = (str(entry["rule"]), str(entry["path"]), str(entry["fingerprint"]))
                count = int(entry.get("count", 1))
                if count < 1:
                    raise ValueError("count must be 1 or more")
                baseline.entries[key] += count
            for article, score in data.get("scores", {}).items():
                baseline.scores[str(article)] = float(score)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise BaselineError(f"{path}: has a malformed entry ({type(exc).__name__}: {exc})") from None
        return baseline

    def filter(self, doc: DocumentAudit) -> DocumentAudit:
        """``doc`` without the findings this baseline accepts; they move to its
        ``suppressed`` list, marked as suppressed by this file."""
        if doc.error or not doc.findings or not self.entries:
            return doc
        budget: Counter[Key] = Counter()
        kept = []
        accepted = []
        for finding in doc.findings:
            key = finding_key(doc, finding, self.root)
            if budget[key] < self.entries.get(key, 0):
                budget[key] += 1
                self.matched += 1
                why = f"accepted in the baseline {os.path.basename(self.path)}"
                accepted.append(replace(finding, suppression={"kind": "external", "justification": why}))
            else:
                kept.append(finding)
        if not accepted:
            return doc
        return replace(doc, findings=kept, suppressed=[*doc.suppressed, *accepted])

    def score_floor(self, doc: DocumentAudit) -> float | None:
        """The score the article had when the baseline was written, if it was accepted."""
        return self.scores.get(article_key(doc, self.root))


class BaselineWriter:
    """Collects findings during a run and writes them as a baseline at the end."""

    def __init__(self, path: str):
        self.path = path
        self.root = os.path.dirname(os.path.abspath(path))
        self.entries: Counter[Key] = Counter()
        self.names: dict[Key, str] = {}
        self.scores: dict[str, float] = {}

    def add(self, doc: DocumentAudit, fail_under: float = 0) -> None:
        if doc.error:
            return
        for finding in doc.findings:
            key = finding_key(doc, finding, self.root)
            self.entries[key] += 1
            self.names.setdefault(key, finding.name)
        if fail_under and doc.score is not None and doc.score < fail_under:
            self.scores[article_key(doc, self.root)] = doc.score

    def write(self) -> None:
        from ..report.base import atomic_write

        findings = [
            {"rule": rule, "name": self.names[(rule, article, fp)], "path": article, "fingerprint": fp, "count": count}
            for (rule, article, fp), count in sorted(self.entries.items(), key=lambda kv: (kv[0][1], kv[0][0], kv[0][2]))
        ]
        data = {
            "schema": SCHEMA,
            "tool": f"quoteaudit {__version__}",
            "findings": findings,
            "scores": dict(sorted(self.scores.items())),
        }
        atomic_write(self.path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
