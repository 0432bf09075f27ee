"""Round 34: stances, thoughts and noun attributions.

Short newsroom sentences written for these tests. Expected rows are what an editor would
mark: (content, kind, attribution type, speaker mention). The first group is new this
round (a noun of demand with a for-clause: "their call for the mayor to resign"); the
others hold the stance, thought and noun frames this round measured against PolNeAR, so
a change that loses one of them is caught.
"""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows


@pytest.mark.parametrize(
    "text, expected",
    [
        # the for-clause after a noun of demand is what is demanded: subject and infinitive
        (
            "Tenants renewed their call for the landlord to fix the heating.\n",
            [("the landlord to fix the heating", "indirect", "noun", "their")],
        ),
        (
            "The mayor's call for residents to conserve water was heeded.\n",
            [("residents to conserve water", "indirect", "noun", "The mayor")],
        ),
        (
            "The union's demand for the company to restore pensions was rejected.\n",
            [("the company to restore pensions", "indirect", "noun", "The union")],
        ),
        # the holder's own occasion after the clause is the writer's narrative
        (
            "Activists renewed their call for the mayor to resign as they marched on City Hall.\n",
            [("the mayor to resign", "indirect", "noun", "their")],
        ),
        # guard: the plain prepositional object stays as it was
        (
            "Her call for an independent inquiry was ignored.\n",
            [("an independent inquiry", "indirect", "noun", "Her")],
        ),
        # guard: the verb inside the demand is demanded of its subject, not held by it
        ("The governor opened the session with a call for lawmakers to pass the budget.\n", []),
        # guard: calls nobody is said to make are no attribution
        ("There were calls for the police chief to step down.\n", []),
    ],
)
def test_a_noun_of_demand_with_a_for_clause(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Local unions strongly oppose the merger.\n",
            [("the merger", "indirect", "perception_stance", "Local unions")],
        ),
        (
            "Residents welcomed the decision to reopen the library.\n",
            [("the decision to reopen the library", "indirect", "perception_stance", "Residents")],
        ),
        (
            "Both candidates agree that the bridge must be replaced.\n",
            [("the bridge must be replaced", "indirect", "perception_stance", "Both candidates")],
        ),
        (
            "The governor criticized the utility for its slow response.\n",
            [("the utility for its slow response", "indirect", "noun", "The governor")],
        ),
        (
            "Many economists remain skeptical of the forecast.\n",
            [("the forecast", "indirect", "perception_stance", "Many economists")],
        ),
        # guards: a movement, and a thing seen, are no stance
        ("The coach backed the van into the garage.\n", []),
        ("The fans saw the game on television.\n", []),
    ],
)
def test_stance_verbs_and_adjectives(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The coach is concerned that the injuries will linger.\n",
            [("the injuries will linger", "indirect", "thought", "The coach")],
        ),
        (
            "Investors are confident that the merger will close by June.\n",
            [("the merger will close by June", "indirect", "thought", "Investors")],
        ),
        (
            "The company hopes to open the plant next spring.\n",
            [("to open the plant next spring", "indirect", "thought", "The company")],
        ),
        (
            "The mayor expects the council to approve the budget.\n",
            [("the council to approve the budget", "indirect", "thought", "The mayor")],
        ),
        (
            "The union wants the city to raise wages.\n",
            [("the city to raise wages", "indirect", "thought", "The union")],
        ),
        # guard: considering a thing is no view of it
        ("The council considered the budget on Tuesday.\n", []),
        # guard: nobody holds "it is not clear"
        ("It is not clear whether the plan will pass.\n", []),
    ],
)
def test_thought_verbs_and_adjectives(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The administration's claim that the border is secure drew criticism.\n",
            [("the border is secure", "indirect", "noun", "The administration")],
        ),
        (
            "The tenants' demand for repairs went unanswered.\n",
            [("repairs", "indirect", "noun", "The tenants")],
        ),
    ],
)
def test_noun_attributions(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a topic a source left out of its remarks is still a report of them
        (
            "In his remarks, the governor never mentioned the pipeline.\n",
            [("the pipeline", "indirect", "noun", "the governor")],
        ),
        (
            "The coach didn't talk about his contract.\n",
            [("his contract", "indirect", "noun", "The coach")],
        ),
        (
            "The candidate did not mention her opponents by name.\n",
            [("her opponents", "indirect", "noun", "The candidate")],
        ),
        # guards: negated saying with a clause reports no words, nor a negated disclosure
        ("She did not mention that the plant would close.\n", []),
        ("The Pentagon has not said when the troops will leave.\n", []),
        ("The company did not disclose its finances.\n", []),
    ],
)
def test_a_topic_left_unmentioned(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a share of those polled, which the parser reads as an adverbial noun, holds the view
        (
            "Less than a third agreed that the tariffs would help farmers.\n",
            [("the tariffs would help farmers", "indirect", "perception_stance", "Less than a third")],
        ),
        (
            "More than a quarter believed the race was over.\n",
            [("the race was over", "indirect", "thought", "More than a quarter")],
        ),
        # guards: a measure of time or amount is no holder
        ("The vote took place a week later.\n", []),
        ("Prices rose 3 percent last year.\n", []),
    ],
)
def test_a_share_of_those_polled(nlp, text, expected):
    assert quote_rows(nlp, text) == expected
