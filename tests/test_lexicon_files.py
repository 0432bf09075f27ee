"""Lexicons are data that say where they came from: every word list in quoteaudit/data opens
with a comment header naming its source, and has one row in quoteaudit/data/README.md."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "quoteaudit" / "data"
LISTS = sorted(p for p in DATA.iterdir() if p.suffix in (".txt", ".tsv"))
#: how headers say where a list came from
PROVENANCE = re.compile(r"\bsources?\b|hand-compiled|built by hand|compiled", re.I)


def _readme_rows() -> list[str]:
    return re.findall(r"^\| `([^`]+)` \|", (DATA / "README.md").read_text("utf-8"), re.M)


def test_there_are_lists_to_check():
    assert len(LISTS) > 50


@pytest.mark.parametrize("path", LISTS, ids=lambda p: p.name)
def test_a_list_opens_with_a_header_naming_its_source(path):
    lines = path.read_text("utf-8").splitlines()
    header = []
    for line in lines:
        if not line.startswith("#"):
            break
        header.append(line)
    assert header, f"{path.name} has no comment header"
    assert PROVENANCE.search("\n".join(header)), f"{path.name}: the header does not say where the list came from"


@pytest.mark.parametrize("path", LISTS, ids=lambda p: p.name)
def test_a_list_has_one_row_in_the_readme(path):
    assert _readme_rows().count(path.name) == 1


def test_every_readme_row_is_a_list_that_exists():
    assert sorted(set(_readme_rows()) - {p.name for p in LISTS}) == []
