"""Round 13 of issue 16: attributions of stance and thought that are not verbs of saying.

"Republicans have been critical of the governor's handling of the flood", "The mayor is
confident that the budget will pass": an adjective of belief or stance said of its subject
attributes its complement to that subject. "Sanders is seen as the stronger candidate": a
verb of judging in the passive with an "as" phrase reports a view of its subject, held by
nobody named. "The senator assailed the administration's trade policy": verbs of verbal
attack report what was attacked, like "blasted" and "condemned". Each frame was kept
because the units it newly finds on PolNeAR train match an annotated unit at least 55% of
the time: the adjectives 49/62, "seen/regarded as" 35/54, the verbs of attack 20/27.
Expected rows are what an editor would mark: (content, kind, type, speaker mention)."""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The mayor is confident that the budget will pass.\n",
            [("the budget will pass", "indirect", "thought", "The mayor")],
        ),
        (
            "Union leaders are worried that the plant will close.\n",
            [("the plant will close", "indirect", "thought", "Union leaders")],
        ),
        (
            "Republicans have been critical of the governor's handling of the flood.\n",
            [("the governor's handling of the flood", "indirect", "perception_stance", "Republicans")],
        ),
        (
            "Several council members remain skeptical about the stadium deal.\n",
            [("the stadium deal", "indirect", "perception_stance", "Several council members")],
        ),
        (
            "Investors are wary of the new rules.\n",
            [("the new rules", "indirect", "perception_stance", "Investors")],
        ),
        (
            "The senator is eager to leave Washington.\n",
            [("to leave Washington", "indirect", "thought", "The senator")],
        ),
        (
            # the parse reads the adjective as a passive participle
            "Residents were concerned about the smell from the plant.\n",
            [("the smell from the plant", "indirect", "thought", "Residents")],
        ),
        (
            "Aides were convinced that the senator would win.\n",
            [("the senator would win", "indirect", "thought", "Aides")],
        ),
    ],
)
def test_an_adjective_of_stance_attributes_its_complement_to_its_subject(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the writer's forecast, not a view anyone holds
        "The bill is sure to anger conservatives.\n",
        # "critical" meaning crucial
        "The vote is critical for the party's future.\n",
        # a topic, not a worry
        "The plant is concerned with making steel.\n",
        # a degree and its result: the lawsuit is an act, not the content of a view
        "The council was so opposed to the tower that it sued the developer.\n",
    ],
)
def test_an_adjective_outside_its_frame_reports_nothing(nlp, text):
    assert quote_rows(nlp, text) == []


def test_an_adjective_of_stance_inside_a_report_is_part_of_what_was_said(nlp):
    assert quote_rows(nlp, "Analysts said investors are wary of the new rules.\n") == [
        ("investors are wary of the new rules", "indirect", "speech", "Analysts"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Sanders is seen as the stronger candidate in Michigan.\n",
            [("Sanders … the stronger candidate in Michigan", "indirect", "perception_stance", None)],
        ),
        (
            "The ruling was widely regarded as a victory for unions.\n",
            [("The ruling … a victory for unions", "indirect", "perception_stance", None)],
        ),
        (
            "Ohio, a state seen as critical for the governor, votes on Tuesday.\n",
            [("a state … critical for the governor", "indirect", "perception_stance", None)],
        ),
    ],
)
def test_a_passive_judgement_with_as_reports_a_view_held_by_nobody_named(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # seen at a place: a sighting; "as" opens a clause of time
        "The governor was seen at the rally as the crowd cheered.\n",
        # a named group's view in the writer's words: the claims stage flags it
        "This force is seen as a threat by the coalition.\n",
    ],
)
def test_a_sighting_or_a_view_ascribed_to_a_named_group_is_no_quote(nlp, text):
    assert quote_rows(nlp, text) == []


def test_the_active_judgement_keeps_its_holder(nlp):
    assert quote_rows(nlp, "Voters see the mayor as a safe pair of hands.\n") == [
        ("the mayor as a safe pair of hands", "indirect", "perception_stance", "Voters"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The senator assailed the administration's trade policy.\n",
            [("the administration's trade policy", "indirect", "noun", "The senator")],
        ),
        (
            "The mayor derided the plan as a gimmick.\n",
            [("the plan as a gimmick", "indirect", "noun", "The mayor")],
        ),
        (
            "The coach scolded his players for their lack of effort.\n",
            [("his players for their lack of effort", "indirect", "noun", "The coach")],
        ),
        (
            # one name is the whole judgement, as with "criticized Trump"
            "Critics ridiculed Cruz.\n",
            [("Cruz", "indirect", "noun", "Critics")],
        ),
    ],
)
def test_a_verb_of_verbal_attack_reports_what_it_attacks(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


def test_an_armed_attack_is_no_quote(nlp):
    # "attack" was measured and left out (40 of 73 new units): its act sense is common
    assert quote_rows(nlp, "Rebels attacked the village at dawn.\n") == []
