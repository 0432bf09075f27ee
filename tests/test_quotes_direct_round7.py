"""Direct quotes, round 7 (issue 16): general constructions where quoteaudit called a
quote direct that an editor (and PolNeAR's annotators) would not, or missed the edges of
one. Newsroom sentences from every desk, each asserting every quote found: its exact
content span(s), kind, attribution type and speaker mention.

A case lists all the quotes the text has, in text order; a text that has none lists
none. Contents are written as they appear in the text (fragments joined by " … ").
"""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows

S = "speech"

CASES = [
    # ---- a quote right after a verb of uttering is the words uttered, whatever their
    # shape: chants, signs, one-word shouts ---------------------------------------------
    ("labor: protesters chanting a lowercase slogan",
     "About 200 nurses gathered outside the hospital, chanting “no contract, no peace.”",
     [("“no contract, no peace.”", "direct", S, "About 200 nurses")]),
    ("courts: chanted, then the setting",
     "Demonstrators chanted “Lock him up” outside the courthouse.",
     [("“Lock him up”", "direct", S, "Demonstrators")]),
    ("sports: a one-word shout",
     "Fans stood and chanted “Defense!” as the clock ran down.",
     [("“Defense!”", "direct", S, "Fans")]),
    ("white house: by saying “…”",
     "The president ended the list of cities by saying “Too many.”",
     [("“Too many.”", "direct", S, "The president")]),
    ("politics: said “…” to reporters",
     "The senator said “never again” to reporters.",
     [("“never again”", "direct", S, "The senator")]),
    # ... but not when the writer's sentence runs on through the quote, nor after a verb
    # that explains or reports a thing
    ("congress: an of-phrase carries the writer's noun phrase on",
     "The agency testified “thousands” of files were lost.",
     [("“thousands” of files were lost", "mixed", S, "The agency")]),
    ("schools: explains “…” is the writer's phrase",
     "The new textbook explains “the benefits of trade” with charts.",
     []),
    # ---- the verb's setting after quoted words is the writer's: the parse hangs it on
    # the quote, but what was said ends at the closing mark -----------------------------
    ("city hall: said “…” at a news conference",
     "The mayor said “We will rebuild” at a news conference on Tuesday.",
     [("“We will rebuild”", "direct", S, "The mayor")]),
    ("protest: chanted “…” during the march",
     "Protesters chanted “Whose streets? Our streets!” during the march.",
     [("“Whose streets? Our streets!”", "direct", S, "Protesters")]),
    # ... a reason after the quote may be the speaker's: the clause stays one mixed quote
    ("campaign: said “…” because",
     "He said “we will win” because the polls were close.",
     [("“we will win” because the polls were close", "mixed", S, "He")]),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_round7_case(nlp, case):
    _, text, expected = case
    assert quote_rows(nlp, text) == expected
