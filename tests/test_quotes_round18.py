"""Round 18 of issue 16: stances taken by acting on something, not by saying it.

"The governor defended his handling of the storm", "Unions campaigned against the trade
deal", "Sanders compared the bank bailout to
a heist", "Trump laid out his vision for America": a verb of defending, attacking,
dismissing, comparing, crediting, ordering, offering or laying out with an object, or of
campaigning, caring, apologizing or cheering with a preposition, attributes a
stance on what it names to its subject (PolNeAR marks these as perception/stance), and so
does an adjective of feeling ("Many Republicans are frustrated with the pace of the
talks"). Each verb, and the adjectives as a group, were kept because the units they newly
find on PolNeAR train match an annotated unit at least half the time (cue_verbs.tsv
version 10, stance_adjectives.tsv version 2). Verbs whose only frame is a preposition take no clause:
"…, as she campaigns across the state" is no tag on the clause before it. "compared
with last year" is the writer's preposition, no one's stance. Expected rows are what an
editor would mark: (content, kind, attribution type, speaker mention)."""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows

PS = "perception_stance"


# ---- defend, attack, dismiss, compare, credit with an object ----------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The governor defended his handling of the storm.\n",
            [("his handling of the storm", "indirect", PS, "The governor")],
        ),
        (
            "The senator has long defended the farm subsidy program.\n",
            [("the farm subsidy program", "indirect", PS, "The senator")],
        ),
        # defending one person is a stance on that person, as backing one is
        (
            "The White House rushed to defend Manafort.\n",
            [("Manafort", "indirect", PS, "The White House")],
        ),
        (
            "The ad attacks the governor's record on taxes.\n",
            [("the governor's record on taxes", "indirect", PS, "The ad")],
        ),
        # attacking one person by name is no attribution (as often a debate's narrative
        # as a stance: PolNeAR marks 7 of 23); attacking a thing is one
        (
            "Cruz attacked Trump on Tuesday. Rubio attacked the tax plan of his rival.\n",
            [("the tax plan of his rival", "indirect", PS, "Rubio")],
        ),
        (
            "The campaign dismissed the latest poll numbers.\n",
            [("the latest poll numbers", "indirect", PS, "The campaign")],
        ),
        (
            "Sanders compared the bank bailout to a heist.\n",
            [("the bank bailout to a heist", "indirect", PS, "Sanders")],
        ),
        (
            "The mayor credited the new police chief with the drop in crime.\n",
            [("the new police chief with the drop in crime", "indirect", PS, "The mayor")],
        ),
    ],
)
def test_a_stance_taken_on_an_object(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# ---- lay out, order --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The senator laid out his plan for fighting the Islamic State.\n",
            [("his plan for fighting the Islamic State", "indirect", PS, "The senator")],
        ),
        # without "out", "lay" is an act or an idiom: no stance ("laid the groundwork")
        (
            "Sanders allies have laid the groundwork for him in Alabama. Trump laid out his vision for America.\n",
            [("his vision for America", "indirect", PS, "Trump")],
        ),
        (
            "A federal judge ordered the release of the emails.\n",
            [("the release of the emails", "indirect", PS, "A federal judge")],
        ),
    ],
)
def test_a_position_laid_out_or_ordered(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# ---- offer: put forward by a person or body ------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The campaign offered no details about the proposal.\n",
            [("no details about the proposal", "indirect", PS, "The campaign")],
        ),
        # a place or a thing that "offers" something has it to give, and holds no view
        (
            "Mississippi offers six delegates. The campaign offered no details about the proposal.\n",
            [("no details about the proposal", "indirect", PS, "The campaign")],
        ),
        # a noun cue offered with its content stays the noun's attribution
        (
            "Trump offered an emotional defense of the city. The campaign offered no details about the proposal.\n",
            [
                ("the city", "indirect", "noun", "Trump"),
                ("no details about the proposal", "indirect", PS, "The campaign"),
            ],
        ),
    ],
)
def test_something_offered(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# ---- adjectives of feeling: "frustrated with", "proud of", "divided over" --------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Many Republicans are frustrated with the pace of the talks.\n",
            [("the pace of the talks", "indirect", PS, "Many Republicans")],
        ),
        (
            "The governor is proud of his record on schools.\n",
            [("his record on schools", "indirect", PS, "The governor")],
        ),
        (
            "Democrats are divided over the trade agreement.\n",
            [("the trade agreement", "indirect", PS, "Democrats")],
        ),
        (
            "Most voters are pleased with the new mayor.\n",
            [("the new mayor", "indirect", PS, "Most voters")],
        ),
        (
            "Several donors are interested in a third-party bid.\n",
            [("a third-party bid", "indirect", PS, "Several donors")],
        ),
    ],
)
def test_a_feeling_about_something(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# ---- campaign for / against, care about, apologize for, cheer for ----------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Unions campaigned against the trade deal for months.\n",
            [("the trade deal", "indirect", PS, "Unions")],
        ),
        (
            "Local Democrats campaigned for the school bond measure.\n",
            [("the school bond measure", "indirect", PS, "Local Democrats")],
        ),
        (
            "Young voters care most about the cost of college.\n",
            [("the cost of college", "indirect", PS, "Young voters")],
        ),
        (
            "The senator apologized for his remarks about veterans.\n",
            [("his remarks about veterans", "indirect", PS, "The senator")],
        ),
        (
            "Protesters cheered on the striking workers.\n",
            [("the striking workers", "indirect", PS, "Protesters")],
        ),
        # no clause: "…, as she campaigns across the state" is no tag on the clause before it
        (
            "Clinton is targeting black voters, who have backed her candidacy in high numbers, as she campaigns across the state."
            " Unions campaigned against the trade deal for months.\n",
            [
                ("her candidacy in high numbers", "indirect", PS, "who"),
                ("the trade deal", "indirect", PS, "Unions"),
            ],
        ),
        # "campaign on" is none of campaign's frames: the refusal stays the report
        (
            "Republicans have refused to campaign on the issue. Unions campaigned against the trade deal for months.\n",
            [
                ("to campaign on the issue", "indirect", PS, "Republicans"),
                ("the trade deal", "indirect", PS, "Unions"),
            ],
        ),
    ],
)
def test_a_stance_for_or_against(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# ---- "compared with": the writer's preposition -----------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Sanders compared the bank bailout to a heist, but stocks rose 4 percent compared with last year.\n",
            [("the bank bailout to a heist", "indirect", PS, "Sanders")],
        ),
        # the expectation after "compared with …" is not inside anyone's comparison
        (
            "Sanders compared the bank bailout to a heist. The group raised $16 million ― compared with $103 million"
            " raised by Right to Rise ― though the group is expected to report that it raised more in December.\n",
            [
                ("the bank bailout to a heist", "indirect", PS, "Sanders"),
                ("it raised more in December", "indirect", "speech", "the group"),
            ],
        ),
    ],
)
def test_compared_with_is_the_writers(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# ---- the act senses of attack, defend, dismiss; a place campaigned in ----------------
#
# "Rebels attacked the village", "defended her title", "dismissed the lawsuit" are acts,
# not stances (stance_act_senses.tsv); beside each, the stance sense the same verb has.


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Rebels attacked the village at dawn. The ad attacks the governor's record on taxes.\n",
            [("the governor's record on taxes", "indirect", PS, "The ad")],
        ),
        (
            "The champion defended her title in straight sets. The governor defended his handling of the storm.\n",
            [("his handling of the storm", "indirect", PS, "The governor")],
        ),
        (
            "A federal judge dismissed the lawsuit on Friday. The campaign dismissed the latest poll numbers.\n",
            [("the latest poll numbers", "indirect", PS, "The campaign")],
        ),
        # a claim dismissed stays the claim's attribution, with its clause
        (
            "Officials dismissed the suggestion that the vote was rigged. The campaign dismissed the latest poll numbers.\n",
            [
                ("the vote was rigged", "indirect", "noun", None),
                ("the latest poll numbers", "indirect", PS, "The campaign"),
            ],
        ),
        # "in a state" is where he campaigned, not what for: the reputation is no one's report
        (
            "He campaigned in a state known for rewarding moderates. Unions campaigned against the trade deal for months.\n",
            [
                ("a state … rewarding moderates", "indirect", "thought", None),
                ("the trade deal", "indirect", PS, "Unions"),
            ],
        ),
    ],
)
def test_an_act_is_no_stance(nlp, text, expected):
    assert quote_rows(nlp, text) == expected
