"""spaCy makes a new Token object each time one is read (``tok.head``, ``doc[i]``), so
``tok.head is tok`` is always False, even for the sentence's root, and ``a is b`` never
tells whether two tokens are the same word. The code compares token indices instead
(``tok.head.i == tok.i``). Several such comparisons sat unnoticed in the quote and
speaker stages, silently dead; this keeps them out."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "quoteaudit"
#: ``x.head is y``, ``x is not y.head``: an identity test with a token read from the parse
IDENTITY = re.compile(r"\.head is (not )?\w|\bis (not )?\w+\.head\b")


def test_no_token_is_compared_by_identity():
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{n}: {line.strip()}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if IDENTITY.search(line.split("#", 1)[0])
    ]
    assert found == []


def test_the_pattern_catches_the_dead_comparisons_it_was_written_for():
    assert IDENTITY.search("if tok.head is tok:")
    assert IDENTITY.search("while head.head is not head and hops < 8:")
    assert IDENTITY.search("if anc is not tok.head and below.dep_ == 'ccomp':")
    assert not IDENTITY.search("if tok.head.i == tok.i:")


#: slicing a spaCy Doc's text: ``Doc.text`` joins every token's text on each access, so a
#: slice of it per name or per sentence makes a stage quadratic in article length (the
#: speakers stage took five times its time on PolNeAR train this way, in _party_and_state)
DOC_TEXT_SLICE = re.compile(r"\bdoc\.text\[")


def test_no_pipeline_stage_slices_the_docs_text():
    stages = [PACKAGE / "quotes", PACKAGE / "speakers", PACKAGE / "claims.py"]
    files = [p for s in stages for p in (sorted(s.rglob("*.py")) if s.is_dir() else [s])]
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{n}: {line.strip()}"
        for path in files
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if DOC_TEXT_SLICE.search(line.split("#", 1)[0])
    ]
    assert found == []
