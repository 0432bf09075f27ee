"""Round 22: where a thought attribution's content ends (know, want, seek, fear, hope, decide).

What someone fears, seeks or wants runs on through a phrase that says more of it ("fear
Western softness in the face of conquest", "seeking money from the legislature") and
through a second conjunct set off by a dash ("— and the chief alternative to Trump"). It
ends before what the writer adds about the holder: how they went about it (", contrasting
her own record with …") and why ("because of the sensitivity of the issue"). A name given
to a collection names the whole phrase ("the string of contests known as Super Tuesday"),
and "expected" in a relative clause forecasts what its pronoun stands for ("the final,
which is expected to draw a large audience").
Expected rows are what an editor would mark: (content, kind, type, speaker mention).
"""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hawks fear Western softness in the face of conquest.\n",
            [("Western softness in the face of conquest", "indirect", "thought", "Hawks")],
        ),
        (
            "The city is seeking hundreds of millions of dollars from a state legislature that has been unable to pass a budget.\n",
            [("hundreds of millions of dollars from a state legislature that has been unable to pass a budget",
              "indirect", "thought", "The city")],
        ),
        (
            "The victory fund is seeking donations in far greater amounts.\n",
            [("donations in far greater amounts", "indirect", "thought", "The victory fund")],
        ),
    ],
)
def test_what_is_feared_or_sought_runs_through_its_phrase(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Rubio wants to emerge as the go-to candidate for mainstream Republicans — and the chief alternative to Donald Trump.\n",
            [("to emerge as the go-to candidate for mainstream Republicans — and the chief alternative to Donald Trump",
              "indirect", "thought", "Rubio")],
        ),
        (
            # guard: the parse already joins this conjunct inside the content
            "The governor hopes to win the nomination — or at least a place on the ticket.\n",
            [("to win the nomination — or at least a place on the ticket", "indirect", "thought", "The governor")],
        ),
    ],
)
def test_a_conjunct_after_a_dash_is_still_what_is_wanted(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Clinton earned wins during the string of contests known as Super Tuesday.\n",
            [("the string of contests … Super Tuesday", "indirect", "thought", None)],
        ),
        (
            "The two candidates lead their rivals in the group of contests known as Super Tuesday.\n",
            [("the group of contests … Super Tuesday", "indirect", "thought", None)],
        ),
    ],
)
def test_a_collection_known_as_a_name_is_the_whole_phrase(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "She sought to rally white working-class Democrats, contrasting her own respect for the Second Amendment with the president's record.\n",
            [("to rally white working-class Democrats", "indirect", "thought", "She")],
        ),
        (
            "Bloomberg had decided not to make a 2008 presidential bid, half-joking to friends that the nation wasn't ready.\n",
            [("not to make a 2008 presidential bid", "indirect", "thought", "Bloomberg"),
             ("the nation wasn't ready", "indirect", "speech", "Bloomberg")],
        ),
        (
            "The official did not want to be quoted by name because of the sensitivity of the issue.\n",
            [("to be quoted by name", "indirect", "thought", "The official")],
        ),
    ],
)
def test_the_holders_manner_and_reason_are_the_writers(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


def test_a_participle_telling_what_the_last_noun_came_to_stays(nlp):
    # guard: "culminating in" says where the missteps led, not what the Democrats did
    text = ("Democrats will hope to capitalize on a string of foreign policy missteps, "
            "culminating in Trump's suggestion that Russia spy on his rival.\n")
    assert quote_rows(nlp, text) == [
        ("to capitalize on a string of foreign policy missteps, culminating in Trump's suggestion that Russia spy on his rival",
         "indirect", "thought", "Democrats"),
    ]


def test_a_noun_conjunct_after_a_dash_on_a_noun_cue_is_not_its_content(nlp):
    # guard: the refusal is coordinated with the endorsement, not with what was endorsed
    rows = quote_rows(nlp, "Graham's endorsement of Cruz — and Cruz's refusal to disavow it — will raise questions.\n")
    assert ("Cruz", "indirect", "noun", "Graham") in rows


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The fight is largely among African Americans, who are expected to make up at least half of the South Carolina electorate.\n",
            [("who … to make up at least half of the South Carolina electorate", "indirect", "thought", None)],
        ),
        (
            "The ad will air during the soccer final, which is expected to draw a large Latino television audience.\n",
            [("which … to draw a large Latino television audience", "indirect", "thought", None)],
        ),
        (
            "The first Fed move, which is widely expected to come on Dec. 16, presents a wild card.\n",
            [("which … to come on Dec. 16", "indirect", "thought", None)],
        ),
    ],
)
def test_expected_in_a_relative_clause_is_a_forecast_of_the_pronoun(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


def test_another_raising_verb_in_a_relative_clause_stays_out(nlp):
    # guard: "who seems to enjoy the fight" is the writer's description of the mayor
    rows = quote_rows(nlp, "The mayor, who seems to enjoy the fight, called the vote a sham.\n")
    assert rows == [("the vote a sham", "indirect", "speech", "The mayor")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Rubio sought to stoke positive energy as he stopped by his campaign headquarters in Manchester.\n",
            [("to stoke positive energy", "indirect", "thought", "Rubio")],
        ),
        (
            # guard: a clause about something else is when the holder wants it
            "She wants to cut taxes as the economy slows.\n",
            [("to cut taxes as the economy slows", "indirect", "thought", "She")],
        ),
    ],
)
def test_the_holders_own_occasion_is_the_writers(nlp, text, expected):
    assert quote_rows(nlp, text) == expected
