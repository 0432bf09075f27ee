"""Round 30: a second clause joined to the cue by ", and" is the rest of the report.

"The mayor said the fire was under control, and there was no sign that anyone had been
hurt": the parse joins "was" to "said", so the content stopped at the comma; the second
clause, with a subject of its own and no cue of its own, is what the mayor said too. The
writer's story going on stays out: a new event in the simple past ("and the crowd
cheered"), a clause about someone new after a report in the present ("say …, and the
A.C.L.U. has sued"), a second cue ("and he urged …"), a clause after "but" or after a dash.
Expected rows are what an editor would mark: (content, kind, type, speaker mention).
"""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The mayor said the fire was under control, and there was no sign that anyone had been hurt.\n",
            [("the fire was under control, and there was no sign that anyone had been hurt", "indirect", "speech", "The mayor")],
        ),
        (
            "The senator said the bill would cut taxes for families, and Democrats would need to support it.\n",
            [("the bill would cut taxes for families, and Democrats would need to support it", "indirect", "speech", "The senator")],
        ),
        (
            "A police spokesman said the driver had been drinking, and officers were still searching for a second man on Sunday.\n",
            [
                (
                    "the driver had been drinking, and officers were still searching for a second man on Sunday",
                    "indirect",
                    "speech",
                    "A police spokesman",
                )
            ],
        ),
        # the parse hangs "and" on the second clause, not on the cue
        (
            "Smith told supporters that he expects to win Tuesday's primary and he is running ahead of Jones in the polls.\n",
            [("he expects to win Tuesday's primary and he is running ahead of Jones in the polls", "indirect", "speech", "Smith")],
        ),
        # a report in the present: a pronoun refers back into it
        (
            "Union leaders say the deal is fair, and it will protect jobs for a decade.\n",
            [("the deal is fair, and it will protect jobs for a decade", "indirect", "speech", "Union leaders")],
        ),
    ],
)
def test_a_clause_joined_to_the_cue_by_and_goes_on_with_the_report(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # guard: the writer's next event, told in the simple past
        (
            "The mayor said the fire was under control, and the crowd cheered.\n",
            [("the fire was under control", "indirect", "speech", "The mayor")],
        ),
        (
            "The coach said the team would win the title, and he left the room.\n",
            [("the team would win the title", "indirect", "speech", "The coach")],
        ),
        # guard: someone new after a report in the present
        (
            "Protest groups say the restrictions are meant to limit their visibility, and the American Civil Liberties Union has sued the city.\n",
            [("the restrictions are meant to limit their visibility", "indirect", "speech", "Protest groups")],
        ),
        # guard: "but" opens the writer's contrast
        (
            "The governor said the budget was balanced, but lawmakers disagreed.\n",
            [("the budget was balanced", "indirect", "speech", "The governor")],
        ),
        # guard: a dash sets off the writer's aside
        (
            "Democrats insist the tide is turning their way — and the Senate is holding talks on a gun bill.\n",
            [("the tide is turning their way", "indirect", "speech", "Democrats")],
        ),
        # guard: a second cue is a report of its own
        (
            "The chief said the officers acted properly, and he urged residents to stay calm.\n",
            [
                ("the officers acted properly", "indirect", "speech", "The chief"),
                ("residents to stay calm", "indirect", "speech", "he"),
            ],
        ),
    ],
)
def test_the_writers_story_after_a_report_stays_out_of_it(nlp, text, expected):
    assert quote_rows(nlp, text) == expected
