"""``quoteaudit init``: a commented config and a GitHub Actions workflow for a newsroom repo.

Each file is written only where it is missing: a newsroom that already has its
``quoteaudit.toml`` gets the workflow and keeps its config (``force`` overwrites both).
The workflow uses quoteaudit's GitHub Action (``action.yml``), pinned to this version's
release tag, from the repository named in ``pyproject.toml`` ``[project.urls]``.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass

from ..project import action_name, is_placeholder, release_tag, repository_url
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
# On a pull request it audits the articles the branch changed and reports only the findings
# on the lines it added; on main it audits every article. Each finding is an annotation on
# the pull request, and the job's summary page gives every article's grade and verdict.
# Written by `quoteaudit init`; edit freely.
#
# The action is pinned to quoteaudit's release tag __REF__. If that tag does not exist yet,
# pin a commit of __REPOSITORY__ instead (its full SHA) on the `uses:` line.
name: quoteaudit

on:
  pull_request:
  push:
    branches: [main]

permissions:
  contents: read
  # security-events: write  # needed with upload-sarif: true

jobs:
  quoteaudit:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0  # a pull request is compared with its base branch's history
      - uses: __ACTION__@__REF__
        with:
          paths: __ARTICLES__
          # upload-sarif: true  # also send the findings to code scanning (the Security tab)
"""

CONFIG_PATH = "quoteaudit.toml"
WORKFLOW_PATH = os.path.join(".github", "workflows", "quoteaudit.yml")


class ScaffoldError(Exception):
    """``init`` cannot write what was asked; the message says why."""


@dataclass
class Written:
    path: str
    #: "wrote" (it was missing), "overwrote" (--force) or "kept" (it exists)
    action: str


_REF = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/-]*")


def workflow(articles: str = ".", ref: str | None = None) -> str:
    """The workflow ``init`` writes: quoteaudit's GitHub Action, pinned to ``ref`` (this
    version's release tag unless given), on the articles in ``articles``."""
    if any(ch in articles for ch in "\n\r\"'$`\\") or articles.startswith("-") or not articles.strip():
        raise ScaffoldError(f"--articles {articles!r}: give a plain folder or glob")
    ref = ref or release_tag()
    if not _REF.fullmatch(ref) or ".." in ref:
        raise ScaffoldError(f"--ref {ref!r}: give a tag, a branch or a commit SHA")
    url = repository_url()
    action = action_name(url)
    if action is None:
        raise ScaffoldError(
            f"pyproject.toml [project.urls] Repository is {url!r}, not a GitHub repository, so there is no action to use"
        )
    return (
        WORKFLOW_TEMPLATE.replace("__ACTION__", action)
        .replace("__REF__", ref)
        .replace("__REPOSITORY__", str(url))
        .replace("__ARTICLES__", json.dumps(articles))
    )


def init_repository(directory: str, articles: str = ".", force: bool = False, ref: str | None = None) -> list[Written]:
    """Write the config and the workflow into ``directory``, each only where it is missing
    (or, with ``force``, over what is there); returns what became of each."""
    if not os.path.isdir(directory):
        raise ScaffoldError(f"{directory}: is not a directory")
    targets = {
        os.path.normpath(os.path.join(directory, CONFIG_PATH)): CONFIG_TEMPLATE,
        os.path.normpath(os.path.join(directory, WORKFLOW_PATH)): workflow(articles, ref),
    }
    done = []
    for path, content in targets.items():
        exists = os.path.lexists(path)
        if exists and not force:
            done.append(Written(path, "kept"))
            continue
        atomic_write(path, content)
        done.append(Written(path, "overwrote" if exists else "wrote"))
    return done


def workflow_note(written: list[Written]) -> str | None:
    """What a newsroom must still do to a workflow just written: say where quoteaudit's
    repository is, while ``pyproject.toml`` still names a placeholder."""
    url = repository_url()
    if not is_placeholder(url) or not any(w.action != "kept" and w.path.endswith(WORKFLOW_PATH) for w in written):
        return None
    return (
        f"the workflow uses {action_name(url)}@..., a placeholder: quoteaudit has no public repository yet, "
        "so put the owner/name of the repository you got quoteaudit from on its `uses:` line"
    )
