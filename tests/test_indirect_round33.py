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
            "Smith has praised the bridges he helped bring to the county, while trying to portray his rival as a newcomer.\n",
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


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The senator says she spoke to the governor and asked him to delay the vote.\n",
            [
                ("she spoke to the governor and asked him to delay the vote", "indirect", "speech", "The senator"),
                # (her own request, retold, stays in her quote: quotes._someone_elses_words_retold)
            ],
        ),
        (
            "The senator has said she has read the report and disagrees with its findings.\n",
            [("she has read the report and disagrees with its findings", "indirect", "speech", "The senator")],
        ),
        # guard: a verb in the cue's own form is the speaker's second cue
        (
            "The mayor said the plan would work and warned that costs could rise.\n",
            [
                ("the plan would work", "indirect", "speech", "The mayor"),
                ("costs could rise", "indirect", "speech", "The mayor"),
            ],
        ),
        # guard: a verb in another tense than the content verb it is joined to is the speaker's act
        (
            "The mayor says she has released her tax returns and called on her rival to do the same.\n",
            [
                ("she has released her tax returns", "indirect", "speech", "The mayor"),
                ("to do the same", "indirect", "speech", "she"),
            ],
        ),
    ],
)
def test_a_content_verb_in_another_tense_than_the_cue_goes_on_with_the_content(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The governor reiterated the promises she has made for months: cutting property taxes and hiring more teachers.\n",
            [("the promises she has made for months: cutting property taxes and hiring more teachers", "indirect", "noun", "The governor")],
        ),
        (
            "The report says the city faces a hard choice: it can raise fares or it can cut service.\n",
            [("the city faces a hard choice: it can raise fares or it can cut service", "indirect", "document", "The report")],
        ),
        # guard: a list of names after the colon says who, not what
        (
            "The mayor praised the two people who will lead the new board: former Judge Ann Lee and Dr. Tom Ruiz.\n",
            [("the two people who will lead the new board", "indirect", "noun", "The mayor")],
        ),
        # guard: a question after the colon is the writer's
        (
            "The senator is considering how to answer the charges: Should she apologize or should she fight back?\n",
            [("how to answer the charges", "indirect", "thought", "The senator")],
        ),
        # guard: a quote after the colon with an attribution of its own
        (
            "The mayor said the city would act quickly: “We will not wait,” she told reporters.\n",
            [
                ("the city would act quickly", "indirect", "speech", "The mayor"),
                ("“We will not wait,”", "direct", "speech", "she"),
            ],
        ),
    ],
)
def test_an_elaboration_after_a_colon_is_part_of_the_content(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The candidate compared his record to those of past governors.\n",
            [("his record to those of past governors", "indirect", "perception_stance", "The candidate")],
        ),
        (
            "The senator defended Johnson against the charges of favoritism.\n",
            [("Johnson against the charges of favoritism", "indirect", "perception_stance", "The senator")],
        ),
        # guard: whom it was said to is no part of what
        (
            "The chief described the raid to them.\n",
            [("the raid", "indirect", "noun", "The chief")],
        ),
        # guard: after a lone name, where it was said is not the stance
        (
            "The mayor criticized Johnson in the council chamber.\n",
            [("Johnson", "indirect", "noun", "The mayor")],
        ),
    ],
)
def test_a_phrase_after_the_object_that_completes_the_stance(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Few planners envisioned a city of this size.\n",
            [("a city of this size", "indirect", "thought", "Few planners")],
        ),
        (
            "He apparently believed the early polls that showed him ahead.\n",
            [("the early polls that showed him ahead", "indirect", "thought", "He")],
        ),
        (
            "Officials recognized the danger of a second storm.\n",
            [("the danger of a second storm", "indirect", "thought", "Officials")],
        ),
        # guard: believing a person is no view of a thing
        ("She believed him.\n", []),
    ],
)
def test_a_thought_verb_with_an_object_holds_a_view_of_it(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The governor has vowed to keep the clinic open and celebrated the ruling on Monday.\n",
            [("to keep the clinic open", "indirect", "speech", "The governor")],
        ),
        (
            "He has proposed building a new bridge and signaled support for a toll.\n",
            [("building a new bridge", "indirect", "speech", "He"), ("a toll", "indirect", "noun", "He")],
        ),
        # guard: after a cue in the present, the past verb is the reported subject's
        (
            "Advocates note that the senator sponsored bills that set penalties for selling the drug and opposed a ban.\n",
            [("the senator sponsored bills that set penalties for selling the drug and opposed a ban", "indirect", "speech", "Advocates")],
        ),
        # guard: an infinitive inside the reported clause, not the cue's own
        (
            "The statement added that the clerk used a separate computer to store the files and never used her own phone.\n",
            [("the clerk used a separate computer to store the files and never used her own phone", "indirect", "document", "The statement")],
        ),
    ],
)
def test_a_past_verb_after_the_cues_infinitive_is_the_holders_next_act(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "He repeated his position at a town hall in Laconia.\n",
            [("his position", "indirect", "noun", "He")],
        ),
        (
            "The governor defended the budget on Facebook.\n",
            [("the budget", "indirect", "perception_stance", "The governor")],
        ),
        # guard: a place that is part of what is held stays
        (
            "The governor defended the budget for the state's public schools.\n",
            [("the budget for the state's public schools", "indirect", "perception_stance", "The governor")],
        ),
    ],
)
def test_the_occasion_or_network_a_remark_is_made_on_is_not_the_content(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The former governor largely agreed with Smith.\n", [("Smith", "indirect", "perception_stance", "The former governor")]),
        ("Most Republicans on the panel sided with her.\n", [("her", "indirect", "perception_stance", "Most Republicans on the panel")]),
        # guard: agreeing with a thing needs the content's words
        ("The two leaders agreed with it.\n", []),
        # guard: meeting with someone is no stance
        ("The mayor met with Smith.\n", []),
    ],
)
def test_agreeing_or_siding_with_someone_is_a_stance_for_them(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Americans worried about illegal immigration might stop to consider the cost.\n", []),
        ("Voters worried about the economy may want to look closely at the plan.\n", []),
        # guard: the same verb with its holder as the subject is a view held
        ("Voters worry about the economy.\n", [("the economy", "indirect", "thought", "Voters")]),
        ("Officials fear a second storm.\n", [("a second storm", "indirect", "thought", "Officials")]),
    ],
)
def test_a_thought_participle_that_picks_out_a_kind_of_reader_holds_no_view(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "When she is looking to fill a position, the director said she makes sure women are in the pool.\n",
            [("When she is looking to fill a position … she makes sure women are in the pool", "indirect", "speech", "the director")],
        ),
        # guard: a clause in the past tells when it was said
        (
            "When asked about the plan, the mayor said it will work.\n",
            [("it will work", "indirect", "speech", "the mayor")],
        ),
        (
            "When the vote ended, the senator said the bill is dead.\n",
            [("the bill is dead", "indirect", "speech", "the senator")],
        ),
    ],
)
def test_a_fronted_present_condition_of_a_general_rule_is_the_reports_first_fragment(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The editor agreed with Smith about the winner.\n",
            [("Smith about the winner", "indirect", "perception_stance", "The editor")],
        ),
        # guard: a time is when, not what
        ("She agreed with him on Thursday.\n", [("him", "indirect", "perception_stance", "She")]),
    ],
)
def test_the_matter_a_side_is_taken_on_is_part_of_the_stance(nlp, text, expected):
    assert quote_rows(nlp, text) == expected
