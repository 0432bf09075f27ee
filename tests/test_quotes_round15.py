"""Round 15 of issue 16: wrong attributions an editor would notice (precision).

Each block is one construction that made the tool report a quote nobody gave, or give a
quote the wrong words or the wrong source. Expected rows are what an editor would mark:
(content, kind, type, speaker mention)."""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows


# ---- "X said …, according to a statement": the speaker's own medium -------------------
#
# "according to" naming only a medium ("a statement", "a news release") on a clause that
# already reports someone's words says how they said it. One quote, the speaker's; not a
# second, anonymous document holding the whole sentence.


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The company said it would cut 1,200 jobs, mostly in Germany, according to a statement.\n",
            [("it would cut 1,200 jobs, mostly in Germany", "indirect", "speech", "The company")],
        ),
        (
            "According to a news release, the agency said it had fined the bank $2 million.\n",
            [("it had fined the bank $2 million", "indirect", "speech", "the agency")],
        ),
        # guard: with no one else reporting, the statement is the only source named
        (
            "The company will cut jobs, according to a statement.\n",
            [("The company will cut jobs", "indirect", "document", "a statement")],
        ),
    ],
)
def test_according_to_a_medium_of_the_speaker(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# ---- "called X on Friday to …": a telephone call, not words ----------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Clinton called Trump on Wednesday night to concede the race.\n", []),
        ("The president called Governor Cuomo from Air Force One on Monday.\n", []),
        # the purpose of the call may be a report of its own: only that one
        (
            "She called the governor on Tuesday to urge him to veto the bill.\n",
            [("him to veto the bill", "indirect", "speech", "She")],
        ),
        # guards: a name given, and a demand, are still reports
        ("The mayor called the plan “reckless” on Monday.\n", [("“reckless”", "mixed", "speech", "The mayor")]),
        ("Sanders called for an independent investigation.\n", [("an independent investigation", "indirect", "noun", "Sanders")]),
    ],
)
def test_a_call_to_a_person_is_not_a_report(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


def test_the_purpose_of_a_call_is_not_what_was_said(nlp):
    rows = quote_rows(nlp, "Hillary Clinton called Alicia Machado on Friday to express gratitude for her support.\n")
    assert not any(content.startswith("Alicia Machado") for content, *_ in rows), rows


# ---- "A; the family plans to appeal": no reaching back across a semicolon -------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Smith said the verdict was unjust; the family plans to appeal.\n",
            [("the verdict was unjust", "indirect", "speech", "Smith")],
        ),
        (
            "The bridge will close for a year; officials hope to reopen it by 2028.\n",
            [("to reopen it by 2028", "indirect", "thought", "officials")],
        ),
        # nor forward: the clause after the semicolon is the next report
        (
            "Turnout was low, the clerk said; the mayor believes the rain kept voters home.\n",
            [
                ("Turnout was low", "indirect", "speech", "the clerk"),
                ("the rain kept voters home", "indirect", "thought", "the mayor"),
            ],
        ),
        # guard: a cue after the semicolon with nothing of its own reports nothing
        (
            "The mayor said the budget is balanced; the council disagrees.\n",
            [("the budget is balanced", "indirect", "speech", "The mayor")],
        ),
    ],
)
def test_a_cue_never_reads_back_across_a_semicolon(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# ---- "a charge that party leaders denied": a relative clause is not the claim -----------


@pytest.mark.parametrize(
    "text, expected",
    [
        # the passive accusation is reported (round 35: subject and deed); the relative
        # clause on "a charge" is still not the charge's content
        ("He was accused of lying under oath, a charge that party leaders denied.\n", [("He … lying under oath", "indirect", "speech", None)]),
        ("Obama broke the promise that he made to voters.\n", []),
        # guards: a complete clause after the noun is what is claimed
        ("Critics repeated the charge that he lied.\n", [("he lied", "indirect", "noun", "Critics")]),
        (
            "Sharpton left no doubt that he would endorse in this year’s contest.\n",
            [("he would endorse in this year’s contest", "indirect", "noun", None)],
        ),
    ],
)
def test_a_relative_clause_on_a_claim_noun_is_not_its_content(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# ---- "called the plan “reckless” and “unfair”": a run of labels is one quote -----------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He calls people “losers” and “sad.”\n", [("“losers” and “sad.”", "mixed", "speech", "He")]),
        (
            "The mayor called the plan “reckless” and “unfair.”\n",
            [("“reckless” and “unfair.”", "mixed", "speech", "The mayor")],
        ),
        (
            "Critics called the tax “regressive” or “cruel.”\n",
            [("“regressive” or “cruel.”", "mixed", "speech", "Critics")],
        ),
        # guards: one label alone; a label and then another report; a quoted term inside
        # the object of a call is nobody's label
        ("The mayor called the plan “reckless.”\n", [("“reckless.”", "mixed", "speech", "The mayor")]),
        (
            "The mayor called the plan “reckless” and said it would fail.\n",
            [("“reckless”", "mixed", "speech", "The mayor"), ("it would fail", "indirect", "speech", "The mayor")],
        ),
        ("He called the “Gang of Eight” senators on Monday.\n", []),
        ("The chairman called a “special session” of the legislature.\n", []),
        (
            "Trump called the senator a “nasty guy,” an “anchor baby,” “unstable” and “sick.”\n",
            [("“nasty guy,” an “anchor baby,” “unstable” and “sick.”", "mixed", "speech", "Trump")],
        ),
    ],
)
def test_coordinated_labels_are_one_quote(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# ---- two reports joined by "and", each with its own speaker (issue item re-checked) -----


def test_two_reports_joined_by_and_keep_their_speakers(nlp):
    rows = quote_rows(
        nlp,
        "Republicans said they're convinced the Justice Department mishandled the investigation "
        "and Democrats accused the GOP of stoking the issue.\n",
    )
    assert [r[3] for r in rows] == ["Republicans", "Democrats"], rows
    assert rows[0][:3] == ("they're convinced the Justice Department mishandled the investigation", "indirect", "speech")
