"""Round 11 of issue 16: attributions whose content is an object or prepositional frame.

"The union agreed to end the strike", "The senator declined to answer questions",
"Farmers worried about the price of feed", "The ad portrays the governor as a career
politician": the content is the verb's infinitive, the object of its preposition, or its
object with what is judged of it. These are views and stances (perception_stance,
thought) or, for a verb of saying whose content is only a noun phrase ("noted the drop in
crime"), a noun attribution. A noun of saying with a that-clause reports a claim even
when nobody is named as its holder. Expected rows are what an editor would mark:
(content, kind, type, speaker mention)."""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The union agreed to end the strike.\n",
            [("to end the strike", "indirect", "perception_stance", "The union")],
        ),
        (
            "The club refused to release the contract.\n",
            [("to release the contract", "indirect", "perception_stance", "The club")],
        ),
        (
            "The senator declined to answer questions about the lawsuit.\n",
            [("to answer questions about the lawsuit", "indirect", "perception_stance", "The senator")],
        ),
        (
            "The governor hopes to cut property taxes.\n",
            [("to cut property taxes", "indirect", "thought", "The governor")],
        ),
    ],
)
def test_a_refusal_or_agreement_reports_its_infinitive(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a fall in numbers, an offer turned down: no infinitive, nothing held
        "Sales declined 3 percent in May.\n",
        "The club refused the offer.\n",
    ],
)
def test_a_verb_without_its_frame_reports_nothing(nlp, text):
    assert quote_rows(nlp, text) == []


def test_a_refusal_around_a_comment_leaves_the_report_to_the_comment(nlp):
    # "comment on X" is the attribution; the refusal around it would swallow it
    assert quote_rows(nlp, "The spokesman declined to comment on the lawsuit.\n") == [
        ("the lawsuit", "indirect", "noun", "The spokesman"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Residents are hoping for a quick repair.\n",
            [("a quick repair", "indirect", "thought", "Residents")],
        ),
        (
            "Farmers worried about the price of feed.\n",
            [("the price of feed", "indirect", "thought", "Farmers")],
        ),
        (
            "The mayor has long advocated for a new library.\n",
            [("a new library", "indirect", "perception_stance", "The mayor")],
        ),
        (
            "The senator sided with the unions.\n",
            [("the unions", "indirect", "perception_stance", "The senator")],
        ),
    ],
)
def test_a_prepositional_frame_carries_the_view(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The ad portrays the governor as a career politician.\n",
            [("the governor as a career politician", "indirect", "perception_stance", "The ad")],
        ),
        (
            "The campaign cast the vote as a betrayal.\n",
            [("the vote as a betrayal", "indirect", "perception_stance", "The campaign")],
        ),
    ],
)
def test_casting_something_as_something_is_a_view_of_it(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The mayor noted the drop in crime.\n",
            [("the drop in crime", "indirect", "noun", "The mayor")],
        ),
        (
            "The minister emphasized the cost of the delay.\n",
            [("the cost of the delay", "indirect", "noun", "The minister")],
        ),
        (
            "The senator mocked his rival's debate performance.\n",
            [("his rival's debate performance", "indirect", "noun", "The senator")],
        ),
        (
            "The witness recounted the night of the fire.\n",
            [("the night of the fire", "indirect", "noun", "The witness")],
        ),
        (
            "The company disclosed the size of the loss.\n",
            [("the size of the loss", "indirect", "noun", "The company")],
        ),
        (
            "The coach recalled his first season in charge.\n",
            [("his first season in charge", "indirect", "noun", "The coach")],
        ),
    ],
)
def test_a_speech_verb_with_a_noun_phrase_object_is_a_noun_attribution(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Officials dismissed the suggestion that the vote was rigged.\n",
            [("the vote was rigged", "indirect", "noun", None)],
        ),
        (
            "There is a widespread belief that taxes will rise.\n",
            [("taxes will rise", "indirect", "noun", None)],
        ),
    ],
)
def test_a_claim_noun_with_a_that_clause_needs_no_named_holder(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


def test_a_claim_noun_the_parse_made_the_root_is_left_alone(nlp):
    # the parse found no main verb: where the clause ends would be a guess
    assert quote_rows(nlp, "The suggestion that the vote was rigged drew anger.\n") == []


def test_a_refusal_in_a_narrated_series_is_no_position(nlp):
    text = "Jets struck the convoy after it entered the zone and refused to turn back.\n"
    assert [row for row in quote_rows(nlp, text) if row[3] == "it"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Coal use appears to have declined 3 percent last year.\n",
            [("Coal use … to have declined 3 percent last year", "indirect", "perception_stance", None)],
        ),
        (
            "The club seems to have refused the offer.\n",
            [("The club … to have refused the offer", "indirect", "perception_stance", None)],
        ),
    ],
)
def test_a_raised_view_of_a_fall_or_an_act_is_not_taken_for_a_refusal(nlp, text, expected):
    # "declined 3 percent", "refused the offer" report no position, so the raising verb's
    # view stays the attribution
    assert quote_rows(nlp, text) == expected
