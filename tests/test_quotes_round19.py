"""Round 19 of issue 16: nouns that carry an attribution in constructions of their own.

A stance received ("Rubio has won the support of members of Congress": the holder in the
"from"/"of" phrase, the one backed as content), backing given ("threw her support behind
Cruz"), a side taken ("came out in support of Cruz", "voted in favor of the stadium"), a
point of view ("In Ash's view, the change would …") and a claim stated as a predicate
("Her argument is that …"). Each is a noun attribution (attribution type ``noun``) held by
the one the text names. Expected rows are what an editor would mark: (content, kind,
attribution type, speaker mention)."""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows

# ---- a stance received ----------------------------------------------------------------
#
# "X has drawn criticism from Y", "X won the endorsement of Y", "X has the support of Y":
# Y holds the stance and X, the verb's subject, is what it is about. With nobody named
# ("The bill has drawn criticism") there is no one's stance to report.


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The proposal has drawn sharp criticism from Democrats in Congress.\n",
            [("The proposal", "indirect", "noun", "Democrats in Congress")],
        ),
        (
            "Rubio has won the endorsement of the state's largest newspaper.\n",
            [("Rubio", "indirect", "noun", "the state's largest newspaper")],
        ),
        (
            "Mr. Cruz picked up the endorsement of Gov. Scott Walker last week.\n",
            [("Mr. Cruz", "indirect", "noun", "Gov. Scott Walker")],
        ),
        (
            "The ethanol program is facing criticism from many environmentalists.\n",
            [("The ethanol program", "indirect", "noun", "many environmentalists")],
        ),
        (
            "The land swap has won praise from environmental groups.\n",
            [("The land swap", "indirect", "noun", "environmental groups")],
        ),
        # guard: with no holder named, the first sentence reports nobody's stance; a share
        # of a poll is not a holder either
        (
            "The bill has drawn criticism. Trump enjoys 48 percent support in Florida. "
            "Clinton has the support of the state's largest teachers union.\n",
            [("Clinton", "indirect", "noun", "the state's largest teachers union")],
        ),
    ],
)
def test_a_stance_received_is_held_by_the_phrase_that_names_its_holder(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# "Clinton's deep support among black voters": the possessor is the one backed, the
# "among" phrase the backers.


def test_a_possessors_support_among_voters(nlp):
    text = "Clinton's deep support among black voters gives her an edge in South Carolina.\n"
    assert quote_rows(nlp, text) == [("Clinton", "indirect", "noun", "black voters")]


# ---- backing given -------------------------------------------------------------------
#
# "threw her support behind Cruz": the giver holds it (the possessor is the giver again),
# the one backed is the content.


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Carly Fiorina threw her support behind Sen. Ted Cruz on Wednesday.\n",
            [("Sen. Ted Cruz", "indirect", "noun", "Carly Fiorina")],
        ),
        (
            "Several House Republicans have thrown their support behind the speaker.\n",
            [("the speaker", "indirect", "noun", "Several House Republicans")],
        ),
    ],
)
def test_backing_given_is_held_by_the_giver(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# ---- a side taken: "in support of", "in favor of" --------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Sen. Lindsey Graham has come out in support of Cruz.\n",
            [("Cruz", "indirect", "noun", "Sen. Lindsey Graham")],
        ),
        (
            "The council voted in favor of the new stadium.\n",
            [("the new stadium", "indirect", "noun", "The council")],
        ),
    ],
)
def test_a_side_taken_is_held_by_the_subject(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# ---- a point of view: "in Ash's view", "in my opinion" ---------------------------------
#
# The clause the phrase is set on is what the possessor holds. A clause that reports its
# own source's words keeps that source; a possessor's "mind" is left alone.


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "In Ash's view, the change would make it harder for party insiders to pick a nominee.\n",
            [("the change would make it harder for party insiders to pick a nominee", "indirect", "noun", "Ash")],
        ),
        (
            "In my opinion, the league should have suspended him.\n",
            [("the league should have suspended him", "indirect", "noun", "my")],
        ),
        # guard: a clause whose verb reports its own source's words keeps that source, and
        # a possessor's "mind" is left alone
        (
            "In Trump's mind, his willingness to be politically incorrect is an asset. "
            "In his view, the report shows that the plan failed. "
            "In their view, Democrats could win Arizona and Georgia.\n",
            [
                ("the plan failed", "indirect", "document", "the report"),
                ("Democrats could win Arizona and Georgia", "indirect", "noun", "their"),
            ],
        ),
    ],
)
def test_a_point_of_view_is_held_by_its_possessor(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# ---- a claim stated as a predicate: "Her argument is that …" ---------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Her central argument is that voters should value experience over change.\n",
            [("voters should value experience over change", "indirect", "noun", "Her")],
        ),
        (
            "The senator's argument on Sunday was that superdelegates should follow the voters.\n",
            [("superdelegates should follow the voters", "indirect", "noun", "The senator")],
        ),
        (
            "The most telling promise she has made is that she will not overpromise.\n",
            [("she will not overpromise", "indirect", "noun", "she")],
        ),
        (
            "My impression is that he does not have that support.\n",
            [("he does not have that support", "indirect", "noun", "My")],
        ),
        # guard: inside quote marks the words are the quoted speaker's, one direct quote
        (
            '"My hope," he said, "is that the next president listens to scientists." '
            "Their fear is that the moment will pass.\n",
            [
                ('"My hope," … "is that the next president listens to scientists."', "direct", "speech", "he"),
                ("the moment will pass", "indirect", "noun", "Their"),
            ],
        ),
    ],
)
def test_a_claim_stated_as_a_predicate(nlp, text, expected):
    assert quote_rows(nlp, text) == expected
