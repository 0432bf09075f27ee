"""``quoteaudit init``: a commented config and a GitHub Actions workflow for a newsroom repo.

Existing files are never overwritten unless ``force`` is given; if any target exists, no
file is written at all, so a half-initialised repository is never left behind.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from ..report.base import atomic_write

CONFIG_TEMPLATE = """\
# quoteaudit settings for the articles in this folder and every folder below it.
# A quoteaudit.toml (or a pyproject.toml with [tool.quoteaudit]) closer to an article
# takes its place for that article; see the README, "Configuration".
# Settings are data only: nothing in this file is ever run.

# Inherit another file's settings; the settings below then win.
# extend = "../quoteaudit.toml"

# Rules to run: codes ("QA101"), code prefixes ("QA2") or names ("orphan-quote").
# An empty select runs every rule; `quoteaudit rules` lists them.
# select = []
# ignore = []

# Fail an article whose attribution score (0-100) is under this. 0 turns it off.
fail-under = 0

# Speakers the newsroom accepts as attribution: a quote from one of them counts as
# attributed, never as anonymous or orphaned.
allowed-speakers = [
    # "our correspondent",
    # "this newspaper",
]

# Articles over this size (bytes) are refused with a clear message.
# max-bytes = 10485760

# Source material to check every direct quote against, word for word (transcripts,
# releases, filings; files or folders, relative to this file's folder). An article can
# also name its own in front matter: evidence: [transcripts/interview.txt]
# evidence = ["transcripts/"]
# Most words of the source an ellipsis in a quote may leave out.
# evidence-max-gap = 100

# Most findings of each severity one article may have. Any "error" finding fails the
# article unless "error" is given here.
[max-findings]
# warning = 10
# suggestion = 25

# Change a rule's severity: "error" (blocks CI), "warning" or "suggestion".
[severity]
# QA201 = "error"

# Switch rules off for some files (globs relative to this file's folder).
[per-file-ignores]
# "opinion/*.md" = ["QA3"]

# Attribution-score weights; see the README's scoring section for the names.
[scoring]
"""

WORKFLOW_TEMPLATE = """\
# quoteaudit: checks quotes and attribution in the articles of this repository.
# On a pull request it audits only the changed articles and reports only added lines;
# on main it audits everything. Findings appear in the Security tab (code scanning) and
# as annotations on the pull request. Written by `quoteaudit init`; edit freely.
name: quoteaudit

on:
  pull_request:
  push:
    branches: [main]

permissions:
  contents: read
  security-events: write  # upload the SARIF report to code scanning

jobs:
  quoteaudit:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0  # --diff-base needs the base branch's history
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - name: Install quoteaudit
        run: pip install quoteaudit
      - name: Audit articles
        env:
          BASE_REF: ${{ github.base_ref }}
        run: |
          if [ -n "$BASE_REF" ]; then
            set -- --diff-base "origin/$BASE_REF"
          fi
          quoteaudit audit "__ARTICLES__" "$@" --format sarif --out quoteaudit-report
      - name: Upload SARIF to code scanning
        if: always() && hashFiles('quoteaudit-report/quoteaudit.sarif') != ''
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: quoteaudit-report/quoteaudit.sarif
          category: quoteaudit
"""

CONFIG_PATH = "quoteaudit.toml"
WORKFLOW_PATH = os.path.join(".github", "workflows", "quoteaudit.yml")


class ScaffoldError(Exception):
    """A file ``init`` would write already exists."""


@dataclass
class Written:
    path: str
    overwritten: bool


def init_repository(directory: str, articles: str = ".", force: bool = False) -> list[Written]:
    """Write the config and the workflow into ``directory``; returns what was written."""
    if not os.path.isdir(directory):
        raise ScaffoldError(f"{directory}: is not a directory")
    if any(ch in articles for ch in "\n\r\"'$`\\") or articles.startswith("-"):
        raise ScaffoldError(f"--articles {articles!r}: give a plain folder or glob")
    targets = {
        os.path.join(directory, CONFIG_PATH): CONFIG_TEMPLATE,
        os.path.join(directory, WORKFLOW_PATH): WORKFLOW_TEMPLATE.replace("__ARTICLES__", articles),
    }
    existing = [path for path in targets if os.path.lexists(path)]
    if existing and not force:
        raise ScaffoldError(f"{existing[0]}: already exists; use --force to overwrite")
    written = []
    for path, content in targets.items():
        atomic_write(path, content)
        written.append(Written(path, path in existing))
    return written
