"""Round 31: reported speech under the speech-only convention (issue 16).

* ``With 50 days until the election, Minyon Moore, a senior adviser, said …``: an
  opening prepositional phrase whose last noun the parser makes the subject, the named
  person its apposition: the person speaks.

Expected rows are what an editor would mark: (content as written, kind, attribution type,
speaker mention). Every row of the sentence is listed, so a stray quote fails too."""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "With 50 days until the election, Minyon Moore, a senior adviser to the campaign, said the remarks were a wake-up call.\n",
            [("the remarks were a wake-up call", "indirect", "speech", "Minyon Moore")],
        ),
        (
            "After the vote on the bill, Sen. John Smith, a Republican, told reporters the measure would fail.\n",
            [("the measure would fail", "indirect", "speech", "Sen. John Smith")],
        ),
        # a subject that is a person is never the end of an opening phrase
        (
            "After the vote, the senator, a Republican, told reporters the measure would fail.\n",
            [("the measure would fail", "indirect", "speech", "the senator")],
        ),
    ],
)
def test_round31_name_after_a_fronted_phrase(nlp, text, expected):
    assert quote_rows(nlp, text) == expected
