"""Quote detection cases written against the mutants that survived the older suite
(benchmarks/mutation.md): each asserts the exact quotes a newsroom sentence yields."""

from __future__ import annotations

import pytest

from ._quotes import quote_rows


@pytest.mark.parametrize(
    "text",
    [
        "Residents laughed at the owners’ “We care about you.” The sign came down a week later.",
        "Residents laughed at the owners' \"We care about you.\" The sign came down a week later.",
    ],
    ids=["typographic-apostrophe", "ascii-apostrophe"],
)
def test_a_slogan_after_a_plural_possessive_is_nobodys_quote(nlp, text):
    """“the owners’ ‘We care about you’” names a slogan inside the writer's sentence: the
    apostrophe before the opening mark makes it embedded, so the residents who laughed at
    it are not quoted saying it."""
    assert quote_rows(nlp, text) == []
