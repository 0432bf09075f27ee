"""Round 25 of issue 16: where content starts, and the objects of stance and noun cues.

Three constructions. A verb of voicing that delivers a noun cue with a prepositional
frame ("Officials expressed deep concern about the policy") reports what the noun is
about: the content is the preposition's object, not the noun phrase around it; with a
possessor ("announced his endorsement of Cruz") the whole phrase stays the verb's. A time
phrase right after a cue and before a that-less complement ("told reporters this weekend
he would …", "said Tuesday the city would …") is when it was said: the content starts at
the complement's subject. A stance's object keeps the examples and exceptions the parse
hangs on the verb ("supports spending projects, like building roads", "opposes abortion
in all cases except …") and the doer named after it ("denounced crass behavior by his
rivals"). Expected rows are what an editor would mark: (content as written, kind,
attribution type, speaker mention).
"""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows

# ---- a noun cue delivered by a verb of voicing ------------------------------------------
#
# "expressed concern about X", "voiced misgivings about X", "repeated his criticism of X":
# the noun carries the attribution and X is what it is about.


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Voting rights advocates have expressed deep concern about the policy.\n",
            [("the policy", "indirect", "noun", "Voting rights advocates")],
        ),
        (
            "Analysts expressed doubts about the company's forecast.\n",
            [("the company's forecast", "indirect", "noun", "Analysts")],
        ),
        (
            "The group's leaders repeated criticism of the police chief.\n",
            [("the police chief", "indirect", "noun", "The group's leaders")],
        ),
        (
            "Local business owners expressed support for the downtown parking plan.\n",
            [("the downtown parking plan", "indirect", "noun", "Local business owners")],
        ),
        # guard: with a possessor the verb keeps the whole phrase (PolNeAR marks
        # "announced his endorsement of Sen. Ted Cruz" so)
        (
            "Former Texas Gov. Rick Perry announced his endorsement of Sen. Ted Cruz on Sunday.\n",
            [("his endorsement of Sen. Ted Cruz", "indirect", "noun", "Former Texas Gov. Rick Perry")],
        ),
    ],
)
def test_a_noun_cue_delivered_by_a_verb_reports_its_object(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# ---- when it was said ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The president told African-American voters this weekend he would consider it a "
            "personal insult if they stayed home.\n",
            [("he would consider it a personal insult if they stayed home", "indirect", "speech", "The president")],
        ),
        (
            "The mayor said Tuesday the city would close the park for repairs.\n",
            [("the city would close the park for repairs", "indirect", "speech", "The mayor")],
        ),
        (
            "The mayor said Monday the bridge would reopen in May.\n",
            [("the bridge would reopen in May", "indirect", "speech", "The mayor")],
        ),
        # guard: a time after "that" belongs to the content
        (
            "The mayor said that next week the city would close the park.\n",
            [("next week the city would close the park", "indirect", "speech", "The mayor")],
        ),
    ],
)
def test_a_time_after_the_cue_is_when_it_was_said(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# ---- a stance's object with its examples, exceptions and doer ----------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Democrats support spending projects, like building infrastructure and boosting "
            "safety-net programs.\n",
            [
                (
                    "spending projects, like building infrastructure and boosting safety-net programs",
                    "indirect", "perception_stance", "Democrats",
                )
            ],
        ),
        (
            "The candidate opposes abortions in all cases except to save the life of the mother.\n",
            [("abortions in all cases except to save the life of the mother", "indirect", "perception_stance", "The candidate")],
        ),
        # guard: "such as" the parse hangs on the object already, and it stays there
        (
            "The senator opposes new taxes, such as a levy on gasoline.\n",
            [("new taxes, such as a levy on gasoline", "indirect", "perception_stance", "The senator")],
        ),
        (
            "The union championed equal pay, especially for part-time workers.\n",
            [("equal pay, especially for part-time workers", "indirect", "perception_stance", "The union")],
        ),
        (
            "The governor criticized the remarks by the senator.\n",
            [("the remarks by the senator", "indirect", "noun", "The governor")],
        ),
        # guard: a margin is the verb's, not the object's doer
        (
            "Clinton leads Trump by nine points in the latest poll.\n",
            [],
        ),
    ],
)
def test_a_stance_object_keeps_its_examples_and_its_doer(nlp, text, expected):
    assert quote_rows(nlp, text) == expected
