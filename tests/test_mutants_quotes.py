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


@pytest.mark.parametrize(
    "text, rows",
    [
        ("The senator's claim that she won drew laughter in the chamber.", [("she won", "indirect", "noun", "The senator")]),
        ("Officials dismissed the senator's warning that prices rose.", [("prices rose", "indirect", "noun", "the senator")]),
        ("Trump's claim that he won was repeated at the rally.", [("he won", "indirect", "noun", "Trump")]),
    ],
    ids=["politics-claim", "business-warning", "wire-claim"],
)
def test_a_short_that_clause_after_a_noun_of_saying_is_its_content(nlp, text, rows):
    """A that-clause with nothing but its subject and verb (“that she won”) is still the
    noun's content: the clause has its own subject, so it is no relative clause."""
    assert quote_rows(nlp, text) == rows


def test_an_attribute_value_left_from_markup_is_no_quotation(nlp):
    """``author="Jane Doe"`` pasted from a CMS is markup, not the mayor's quoted words: the
    report stays a paraphrase, not a mixed quote."""
    text = 'The feed showed author="Jane Doe" above the story, the mayor said.'
    assert quote_rows(nlp, text) == [('The feed showed author="Jane Doe" above the story', "indirect", "speech", "the mayor")]
