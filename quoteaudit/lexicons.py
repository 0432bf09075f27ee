"""Lexicons are data: word lists live in ``quoteaudit/data/`` and are read here.

File format (UTF-8):

* lines starting with ``#`` are comments; every file opens with a header saying where the
  list came from, how it was built and its version;
* blank lines are ignored;
* ``.txt`` files have one entry per line; ``.tsv`` files have tab-separated columns.

Entries are kept as written; callers lower-case when they match case-insensitively.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


class LexiconError(Exception):
    pass


def _lines(name: str) -> list[str]:
    try:
        raw = resources.files("quoteaudit").joinpath("data", name).read_text("utf-8")
    except FileNotFoundError:
        raise LexiconError(f"lexicon {name!r} is missing from quoteaudit/data") from None
    return [line.rstrip("\n\r") for line in raw.splitlines() if line.strip() and not line.lstrip().startswith("#")]


@lru_cache(maxsize=None)
def load_list(name: str) -> tuple[str, ...]:
    """Entries of a one-per-line list, e.g. ``load_list("titles.txt")``."""
    return tuple(line.strip() for line in _lines(name))


@lru_cache(maxsize=None)
def load_set(name: str, lower: bool = True) -> frozenset[str]:
    """A list as a set, lower-cased by default, for membership tests."""
    return frozenset(e.lower() if lower else e for e in load_list(name))


@lru_cache(maxsize=None)
def load_table(name: str, columns: int | None = None) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated table. With ``columns``, short rows are padded with ``""``
    and a row with too many columns is an error naming the file and line."""
    rows = []
    for i, line in enumerate(_lines(name), start=1):
        cells = tuple(c.strip() for c in line.split("\t"))
        if columns is not None:
            if len(cells) > columns:
                raise LexiconError(f"{name}: data row {i} has {len(cells)} columns, expected {columns}")
            cells = cells + ("",) * (columns - len(cells))
        rows.append(cells)
    return tuple(rows)


@lru_cache(maxsize=None)
def first_name_genders() -> dict[str, str]:
    """``first_names.tsv``: lower-case first name -> "m" or "f". Here, not in the speakers
    stage, because quote edges use it too (a "he" after "Hillary Clinton" is someone else)."""
    return {name.lower(): gender for name, gender in load_table("first_names.tsv", columns=2) if gender in ("m", "f")}
