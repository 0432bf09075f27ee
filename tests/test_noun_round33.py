"""Round 33: noun attributions and a stranded that-clause.

Short newsroom sentences written for these tests. Expected rows are what an editor would
mark: (content, kind, attribution type, speaker mention).
"""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Elon Musk wrote on X, formerly Twitter, that the launch would be delayed.\n",
            [("the launch would be delayed", "indirect", "speech", "Elon Musk")],
        ),
        (
            "The minister said in Doha, Qatar, that talks would resume next week.\n",
            [("talks would resume next week", "indirect", "speech", "The minister")],
        ),
        # guard: no appositive, the plain construction
        (
            "The senator wrote on Facebook that the vote would be delayed.\n",
            [("the vote would be delayed", "indirect", "speech", "The senator")],
        ),
    ],
)
def test_a_that_clause_after_an_appositive_of_the_medium(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a position or view "on" a topic names a stance, not a report of one
        ("The governor's position on the pipeline has shifted twice this year.\n", []),
        ("Her views on trade have hardened since the primary.\n", []),
        ("The mayor's view of the budget was shaped by the recession.\n", []),
        # guard: the that-frames stay
        (
            "The governor's position that the pipeline is safe has not changed.\n",
            [("the pipeline is safe", "indirect", "noun", "The governor")],
        ),
        (
            "The mayor's view that the budget is too small is shared by the council.\n",
            [("the budget is too small", "indirect", "noun", "The mayor")],
        ),
    ],
)
def test_position_and_view_frames(nlp, text, expected):
    assert quote_rows(nlp, text) == expected
