"""Where quoteaudit comes from: its repository and the release tag of this version.

The repository URL is written in one place, ``pyproject.toml`` ``[project.urls]``; the
workflow ``quoteaudit init`` writes and the SARIF ``informationUri`` read it here, and a
test holds the README's, pre-commit's and the Action's examples to it. The version is
``quoteaudit.__version__``; its release tag is ``v`` + the version.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from urllib.parse import urlsplit

from . import __version__

#: the word that marks the repository URL as not yet real
PLACEHOLDER = "PLACEHOLDER"


@lru_cache(maxsize=1)
def repository_url() -> str | None:
    """The ``Repository`` URL of ``[project.urls]``; None when nothing says.

    A source checkout (the tests; the GitHub Action, which installs from its checkout)
    reads ``pyproject.toml`` beside the package; an installed copy reads the same table
    from the package metadata pip recorded (``Project-URL: Repository, ...``).
    """
    beside = Path(__file__).resolve().parent.parent
    try:
        with open(beside / "pyproject.toml", "rb") as fh:
            project = tomllib.load(fh).get("project", {})
    except (OSError, tomllib.TOMLDecodeError):
        project = {}
    if isinstance(project, dict) and project.get("name") == "quoteaudit":
        return project.get("urls", {}).get("Repository")
    # the metadata installed with this copy (beside it), else any installed quoteaudit's
    found = next(iter(metadata.distributions(name="quoteaudit", path=[str(beside)])), None)
    try:
        meta = found.metadata if found is not None else metadata.metadata("quoteaudit")
    except metadata.PackageNotFoundError:
        return None
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() == "repository":
            return url.strip()
    return None


def action_name(url: str | None = None) -> str | None:
    """``owner/name`` of a GitHub repository URL, as a workflow's ``uses:`` names it."""
    parts = urlsplit(url or repository_url() or "")
    path = parts.path.strip("/").removesuffix(".git").split("/")
    if parts.netloc.lower() != "github.com" or len(path) != 2 or not all(path):
        return None
    return "/".join(path)


def release_tag() -> str:
    """The Git tag of this version's release (``v0.1.0``), which examples pin."""
    return f"v{__version__}"


def is_placeholder(url: str | None) -> bool:
    return url is None or PLACEHOLDER in url
