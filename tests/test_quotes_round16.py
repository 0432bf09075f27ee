"""Round 16 of issue 16: thoughts and nominal attributions the detector missed.

Views held by nobody in particular ("Turnout is expected to be high", "a state known for
rewarding moderates", "the contests known as Super Tuesday"), intentions written as a
participle ("Clinton allies are hoping to …"), and nouns of saying whose holder is the
subject of a verb that delivers them ("Christie launched an attack on Rubio", "Clinton
is touting a message of unity"). Expected rows are what an editor would mark:
(content, kind, attribution type, speaker mention)."""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows

# ---- a raising verb whose complement names an event ---------------------------------
#
# "Candidates are expected to speak at the gala": "speak" is a verb of saying, but with
# nothing said it names an event, and the expectation around it is the one view there
# is. Only an inner verb that reports something ("expected to report that …") keeps the
# quote for itself.


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "All three Republican candidates are expected to speak at the gala on Thursday night.\n",
            [("All three Republican candidates … to speak at the gala on Thursday night", "indirect", "thought", None)],
        ),
        (
            "Officials are expected to testify before the committee next week.\n",
            [("Officials … to testify before the committee next week", "indirect", "thought", None)],
        ),
        # guard: the inner verb reports a clause of its own, held by the subject
        (
            "The group is expected to report that it raised more money.\n",
            [("it raised more money", "indirect", "speech", "The group")],
        ),
    ],
)
def test_an_expected_event_is_a_view(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# ---- "known as", "remembered as", "known for" ----------------------------------------
#
# A name or a reputation is a view people at large hold of its subject, as "is seen as"
# is: the subject and what it is known as (or for), two fragments around the cue, with
# nobody named.


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Manafort is not known as a debate prep expert.\n",
            [("Manafort … a debate prep expert", "indirect", "thought", None)],
        ),
        (
            "The resort, now known as Trump National Doral, was sold in 2012.\n",
            [("The resort … Trump National Doral", "indirect", "thought", None)],
        ),
        (
            "Nancy Reagan will be remembered as a devoted wife.\n",
            [("Nancy Reagan … a devoted wife", "indirect", "thought", None)],
        ),
        (
            "Ginsburg is known for speaking her mind.\n",
            [("Ginsburg … speaking her mind", "indirect", "thought", None)],
        ),
        (
            "He campaigned in a state known for rewarding moderates.\n",
            [("a state … rewarding moderates", "indirect", "thought", None)],
        ),
        # an active "known for years" is acquaintance, not a reputation
        ("I have known him for years.\n", []),
        # inside another report, the reputation is part of what was said
        (
            "Analysts said Ginsburg is known for speaking her mind.\n",
            [("Ginsburg is known for speaking her mind", "indirect", "speech", "Analysts")],
        ),
    ],
)
def test_a_name_or_reputation_is_a_view(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# ---- an intention written as a participle --------------------------------------------
#
# "are hoping to", "is seeking to", ", hoping to …": a verb of wanting or intending in
# its -ing form still says what its holder wants.


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Clinton allies are hoping to see her focus on strength.\n",
            [("to see her focus on strength", "indirect", "thought", "Clinton allies")],
        ),
        (
            "The union is seeking to overturn the law.\n",
            [("to overturn the law", "indirect", "thought", "The union")],
        ),
        (
            "Clinton toured the state, hoping to win over young voters.\n",
            [("to win over young voters", "indirect", "thought", "Clinton")],
        ),
        # an aspect verb reports nothing held
        ("She is continuing to campaign in Iowa.\n", []),
    ],
)
def test_an_intention_in_progress_is_a_thought(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# ---- the subject who delivers a noun of saying ---------------------------------------
#
# "launched an attack on", "asked a question about", "touting a message of": the subject
# of a verb that delivers the noun holds the attribution, as with "made the claim".


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Christie launched a withering attack on Rubio.\n",
            [("Rubio", "indirect", "noun", "Christie")],
        ),
        (
            "The anchor tried to ask a question about immigration.\n",
            [("immigration", "indirect", "noun", "The anchor")],
        ),
        (
            "Clinton is touting a message of unity and coordination.\n",
            [("unity and coordination", "indirect", "noun", "Clinton")],
        ),
        # launching a campaign is no attribution: "campaign" is no noun of saying
        ("Christie launched his campaign in New Hampshire.\n", []),
    ],
)
def test_the_subject_who_delivers_a_noun_of_saying_holds_it(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# ---- a holder's announcement, critique or explanation of something -------------------
#
# With a possessor, a noun of saying followed by "of" reports what was said about its
# object; without one it names the act ("The announcement of the new limits came …"),
# and a holder's "stance on" names a position, not a report of one.


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kerry's announcement of the new limits came on Tuesday.\n",
            [("the new limits", "indirect", "noun", "Kerry")],
        ),
        (
            "His critique of Trump's Middle East policy drew applause.\n",
            [("Trump's Middle East policy", "indirect", "noun", "His")],
        ),
        (
            "Mrs. Clinton's explanations of her email practices have shifted.\n",
            [("her email practices", "indirect", "noun", "Mrs. Clinton")],
        ),
        # nobody's announcement: an event, not a report
        ("The announcement of the new limits came on Tuesday.\n", []),
        # a position, measured and left out
        ("Trump's stance on immigration has hardened.\n", []),
    ],
)
def test_a_holders_announcement_or_critique_of_something(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# ---- a short answer: "said yes", "said no", "said the same of" -----------------------
#
# A poll's respondents or a candidate answering in one word report a view as fully as a
# clause would; the answer (and what it refuses, or is said of) is the content.


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Asked about the tax, 75 percent of Democrats said yes.\n",
            [("yes", "indirect", "speech", "75 percent of Democrats")],
        ),
        (
            "He said no to the Iraq war.\n",
            [("no to the Iraq war", "indirect", "speech", "He")],
        ),
        (
            "Last month, 26 percent said the same of Sanders.\n",
            [("the same of Sanders", "indirect", "speech", "26 percent")],
        ),
        # "no" that starts the reported clause is no answer
        (
            "He said no one would be fired.\n",
            [("no one would be fired", "indirect", "speech", "He")],
        ),
        # "so" of degree: nothing reported
        ("She said so many things that night.\n", []),
    ],
)
def test_a_short_answer_is_what_was_said(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# ---- a label one gives oneself: "a self-described democratic socialist" --------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Sanders, a self-described democratic socialist, won Vermont easily.\n",
            [("democratic socialist", "indirect", "speech", "Sanders")],
        ),
        (
            "She is a self-proclaimed outsider.\n",
            [("outsider", "indirect", "speech", "She")],
        ),
        # "the self-described ..." names the speaker; what is reported is what follows
        (
            "The self-described democratic socialist said he would win.\n",
            [("he would win", "indirect", "speech", "The self-described democratic socialist")],
        ),
    ],
)
def test_a_label_one_gives_oneself_is_ones_own_word(nlp, text, expected):
    assert quote_rows(nlp, text) == expected
