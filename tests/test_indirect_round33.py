"""Round 33: indirect content edges and recall of stance and thought.

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
            "The governor has touted the jobs program she launched last year.\n",
            [("the jobs program she launched last year", "indirect", "noun", "The governor")],
        ),
        (
            "The mayor is touting his record on crime as the election nears.\n",
            [("his record on crime", "indirect", "noun", "The mayor")],
        ),
    ],
)
def test_touting_an_object_attributes_it(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Smith has touted the bridges he helped bring to the county, while trying to portray his rival as a newcomer.\n",
            [
                ("the bridges he helped bring to the county", "indirect", "noun", "Smith"),
                ("his rival as a newcomer", "indirect", "perception_stance", "Smith"),
            ],
        ),
        # guard: a participle clause that reports nothing goes on with the content
        (
            "The chief said officers acted within the rules, while conducting the search of the home.\n",
            [("officers acted within the rules, while conducting the search of the home", "indirect", "speech", "The chief")],
        ),
    ],
)
def test_a_participle_clause_with_its_own_cue_ends_the_content(nlp, text, expected):
    assert quote_rows(nlp, text) == expected
