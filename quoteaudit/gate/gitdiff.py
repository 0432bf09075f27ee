"""``--diff-base REF``: audit only what changed against a Git ref, report only added lines.

The comparison is the one a pull request shows: from the merge base of ``REF`` and
``HEAD`` to the files as they are on disk now (so uncommitted edits count, and line
numbers match the files quoteaudit reads). New untracked files count as wholly added.
Added lines come from the ``@@`` hunk headers of ``git diff -U0``; renames are followed,
so a moved article brings only its edited lines.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass

from ..model import DocumentAudit, Finding


class GitError(Exception):
    """Git could not answer; the message says what to do."""


ALL_LINES = None  #: marker in :class:`ChangedLines`: every line of the file is new

_HUNK = re.compile(r"^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")


def _git(args: list[str], cwd: str) -> str:
    try:
        proc = subprocess.run(
            ["git", "-c", "core.quotepath=off", *args],
            cwd=cwd,
            capture_output=True,
            timeout=300,
        )
    except FileNotFoundError:
        raise GitError("--diff-base needs git, which is not installed") from None
    except subprocess.TimeoutExpired:
        raise GitError(f"git {args[0]} took too long") from None
    if proc.returncode != 0:
        message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(message[-1] if message else f"git {args[0]} failed")
    return proc.stdout.decode("utf-8", "surrogateescape")


@dataclass
class ChangedLines:
    """Files changed against the base, by real path, with their added line numbers
    (``None``: the whole file is new)."""

    root: str
    base: str
    files: dict[str, set[int] | None]

    def lines_for(self, path: str) -> set[int] | None:
        return self.files.get(os.path.realpath(path), set())

    def __contains__(self, path: str) -> bool:
        return os.path.realpath(path) in self.files


def changed_lines(ref: str, cwd: str = ".") -> ChangedLines:
    """What changed between the merge base of ``ref`` and ``HEAD``, and the work tree."""
    cwd = cwd if os.path.isdir(cwd) else os.path.dirname(os.path.abspath(cwd))
    try:
        root = _git(["rev-parse", "--show-toplevel"], cwd).strip()
    except GitError:
        raise GitError(f"--diff-base needs a Git repository, and {os.path.abspath(cwd)} is not in one") from None
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], root)
    except GitError:
        raise GitError(f"--diff-base {ref!r} is not a commit here (in CI, fetch it first: git fetch origin main, or checkout with fetch-depth: 0)") from None
    try:
        base = _git(["merge-base", ref, "HEAD"], root).strip()
    except GitError:
        raise GitError(f"--diff-base {ref!r} shares no history with HEAD (a shallow clone? fetch with fetch-depth: 0)") from None
    common = ["--no-ext-diff", "--no-textconv", "--find-renames", "--diff-filter=ACMR", "--no-relative"]
    # every changed file, renamed ones under their new name (a pure rename has no hunks)
    names = _git(["diff", "--name-only", "-z", *common, base, "--"], root)
    files: dict[str, set[int] | None] = {
        os.path.realpath(os.path.join(root, path)): set() for path in filter(None, names.split("\0"))
    }
    patch = _git(["diff", "-U0", "--no-color", "--src-prefix=a/", "--dst-prefix=b/", *common, base, "--"], root)
    for path, lines in parse_added_lines(patch).items():
        files[os.path.realpath(os.path.join(root, path))] = lines
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], root)
    for path in filter(None, untracked.split("\0")):
        files[os.path.realpath(os.path.join(root, path))] = ALL_LINES
    return ChangedLines(root, base, files)


def parse_added_lines(patch: str) -> dict[str, set[int]]:
    """``{path: added line numbers}`` from ``git diff -U0`` output (paths as in ``b/``)."""
    out: dict[str, set[int]] = {}
    current: set[int] | None = None
    old_left = new_left = 0
    for line in patch.split("\n"):
        if old_left or new_left:
            # inside a hunk: count its body so a line like "+++ x" is never a header
            if line.startswith("-"):
                old_left -= 1
            elif line.startswith("+"):
                new_left -= 1
            continue
        if line.startswith("+++ "):
            target = line[4:].rstrip("\r")
            if target == "/dev/null":
                current = None
                continue
            path = unquote_path(target)
            path = path[2:] if path.startswith("b/") else path
            current = out.setdefault(path, set())
        elif line.startswith("@@"):
            m = _HUNK.match(line)
            if not m:
                continue
            old_left = int(m.group(1)) if m.group(1) is not None else 1
            start = int(m.group(2))
            count = int(m.group(3)) if m.group(3) is not None else 1
            new_left = count
            if current is not None:
                current.update(range(start, start + count))
    return out


_ESCAPES = {"a": 7, "b": 8, "t": 9, "n": 10, "v": 11, "f": 12, "r": 13, '"': 34, "\\": 92}


def unquote_path(text: str) -> str:
    """A path as Git prints it: C-quoted (``"b/caf\\303\\251.md"``) when it has odd bytes."""
    if not (len(text) >= 2 and text[0] == '"' and text[-1] == '"'):
        return text
    body, out, i = text[1:-1], bytearray(), 0
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            nxt = body[i + 1]
            if nxt in "01234567" and i + 3 < len(body) + 1 and body[i + 1:i + 4].isdigit():
                out.append(int(body[i + 1:i + 4], 8) & 0xFF)
                i += 4
                continue
            if nxt in _ESCAPES:
                out.append(_ESCAPES[nxt])
                i += 2
                continue
        out.extend(ch.encode("utf-8", "surrogateescape"))
        i += 1
    return out.decode("utf-8", "surrogateescape")


def on_added_lines(finding: Finding, doc: DocumentAudit, added: set[int] | None) -> bool:
    """The finding touches a line the change added (any line of its span)."""
    if added is ALL_LINES:
        return True
    from ..report.location import finding_region

    region = finding_region(doc, finding)
    if region is None:
        return False
    last = region.end_line or region.start_line
    return any(line in added for line in range(region.start_line, max(last, region.start_line) + 1))
