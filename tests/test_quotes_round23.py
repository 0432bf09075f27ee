"""Round 23: a report split by its tag keeps its opening piece.

"Instead, the mayor said, the city will borrow the money": a tag set off by commas inside
the speaker's sentence splits one report in two fragments, and the words before the tag
are the report's first fragment, even a lone adverb or conjunction that opens the
speaker's sentence (PolNeAR marks "Instead", "But", "Otherwise", "And so" as the first
fragment). The writer's links between sentences ("However", "Still", "Yet, as …") stay
out. When the writer's own clause comes before the report (after a dash or a
semicolon), the first fragment opens at the report's subject. Expected rows are what an
editor would mark: (content as written, kind, attribution type, speaker mention), a
split shown as "…".
"""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Instead, the mayor said, the city will borrow the money.\n",
            [("Instead … the city will borrow the money", "indirect", "speech", "the mayor")],
        ),
        (
            "But, the union's president added, the strike is not over.\n",
            [("But … the strike is not over", "indirect", "speech", "the union's president")],
        ),
        (
            "Otherwise, the economist warned, prices will keep rising through the summer.\n",
            [("Otherwise … prices will keep rising through the summer", "indirect", "speech", "the economist")],
        ),
        (
            "And so, the chief executive said, the company will close the plant in March.\n",
            [("And so … the company will close the plant in March", "indirect", "speech", "the chief executive")],
        ),
        (
            "Now, officials say, the bridge will stay closed until spring.\n",
            [("Now … the bridge will stay closed until spring", "indirect", "speech", "officials")],
        ),
        (
            "Recently, she said, the clinic has seen more patients from rural counties.\n",
            [("Recently … the clinic has seen more patients from rural counties", "indirect", "speech", "she")],
        ),
    ],
)
def test_the_word_opening_the_speakers_sentence_is_its_first_fragment(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The council passed the budget on Monday - and the new library, the mayor said, will open next year.\n",
            [("the new library … will open next year", "indirect", "speech", "the mayor")],
        ),
        (
            "The team lost four straight games in October - and the coach, the players said, had stopped talking to them.\n",
            [("the coach … had stopped talking to them", "indirect", "speech", "the players")],
        ),
        (
            "The state closed three hospitals last year; the fourth, officials said, will close in June.\n",
            [("the fourth … will close in June", "indirect", "speech", "officials")],
        ),
    ],
)
def test_the_writers_clause_before_the_report_stays_out(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


def test_the_name_inside_the_tags_commas_is_the_speaker(nlp):
    # the parse gives the tag two subjects; the one before the commas opens the report
    text = "Voters, Clinton suggested, don't have to worry that big banks can influence her.\n"
    assert quote_rows(nlp, text) == [
        ("Voters … don't have to worry that big banks can influence her", "indirect", "speech", "Clinton")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # guards: the writer's links between sentences are not what was said
        (
            "However, the mayor said, the city will borrow the money.\n",
            [("the city will borrow the money", "indirect", "speech", "the mayor")],
        ),
        (
            "Still, the governor said, the state will not raise taxes.\n",
            [("the state will not raise taxes", "indirect", "speech", "the governor")],
        ),
        (
            "Yet, as the auditor noted, the budget is still short.\n",
            [("the budget is still short", "indirect", "speech", "the auditor")],
        ),
    ],
)
def test_the_writers_link_is_left_out(nlp, text, expected):
    assert quote_rows(nlp, text) == expected
