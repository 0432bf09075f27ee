"""Round 21 of issue 16: a quoted label is a mixed quote.

"The mayor called the plan “reckless”": the speaker's word is worked into the writer's own
sentence as the name of a thing the writer chose. That is a mixed quote (issue 16, section
5: "a mixed or direct quote of that person"), not a direct one standing on its own, and
the writer's account does not run on from it into the next sentence the way a paraphrase's
does. Words uttered in a pair ("chanted “A” and “B”") are statements of their own and stay
direct. Expected rows are what an editor would mark: (content, kind, type, speaker mention).
"""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The union called the offer “an insult.”\n", [("“an insult.”", "mixed", "speech", "The union")]),
        (
            "Critics have labeled the measure “a bailout for developers.”\n",
            [("“a bailout for developers.”", "mixed", "speech", "Critics")],
        ),
        # no object between the verb and the label: the words alone, direct (session 36)
        (
            "The council approved what opponents call “the parking grab.”\n",
            [("“the parking grab.”", "direct", "speech", "opponents")],
        ),
        (
            "She described the ruling as “a travesty” and “a gift to polluters.”\n",
            [("“a travesty” and “a gift to polluters.”", "mixed", "speech", "She")],
        ),
    ],
)
def test_a_quoted_label_is_a_mixed_quote_of_the_one_who_names(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Supporters chanted “Four more years!” and “We love you!”\n",
            [("“Four more years!” and “We love you!”", "direct", "speech", "Supporters")],
        ),
        (
            "“We will not back down,” the union said.\n",
            [("“We will not back down,”", "direct", "speech", "the union")],
        ),
    ],
)
def test_words_said_on_their_own_stay_direct(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


def test_a_figure_after_a_label_is_not_the_namers_account(audit_text):
    # the manager named the scheme; the dues figure after it is the writer's, unsourced
    audit = audit_text(
        "Golf clubs are struggling.\n\n"
        "In 2009, the manager called the old fee scheme “the prior economy model.” Dues were $6,612 a year.\n"
    )
    assert [(q.text, q.kind.value) for q in audit.quotes] == [("“the prior economy model.”", "mixed")]
    (finding,) = [f for f in audit.findings if f.rule == "QA301"]
    assert audit.text[finding.start : finding.end].startswith("Dues were $6,612 a year")


def test_a_figure_after_a_paraphrase_still_carries_its_account(audit_text):
    # the guard: a paraphrase's account does run on to the next figure from the same report
    audit = audit_text(
        "Golf clubs are struggling.\n\n"
        "The club's manager said membership fell to 300 last year. Dues were $6,612 a year.\n"
    )
    follow = [q for q in audit.quotes if q.continues]
    assert [(q.text, q.continues) for q in follow] == [("Dues were $6,612 a year", audit.quotes[0].id)]
    assert not [f for f in audit.findings if f.rule == "QA301"]


# ---- "charged $40,000 to join": a price, not a request -------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In 2009 the club charged $40,000 to join.\n", []),
        ("The museum asks $20 to enter.\n", []),
        ("The city charged residents $15 to park downtown.\n", []),
        # the guards: a person asked is a request, and money proposed is a proposal
        ("Officials asked 300 volunteers to help.\n", [("300 volunteers to help", "indirect", "speech", "Officials")]),
        (
            "The governor proposed $2 million to repair the bridge.\n",
            [("$2 million to repair the bridge", "indirect", "speech", "The governor")],
        ),
    ],
)
def test_an_amount_asked_or_charged_is_a_price_not_a_request(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# ---- "chanted “U-S-A! U-S-A!”": capitals chanted are words, not a title ------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The crowd chanted “U-S-A! U-S-A!” as the president spoke.\n",
            [("“U-S-A! U-S-A!”", "direct", "speech", "The crowd")],
        ),
        (
            "Supporters shouted “Lock Her Up!” at the rally.\n",
            [("“Lock Her Up!”", "direct", "speech", "Supporters")],
        ),
        # the guards: a show starred in and a sign's slogan are nobody's words
        ("She starred in “Saturday Night Live” last year.\n", []),
        ("Supporters waved signs that read “Lock Her Up!”\n", []),
    ],
)
def test_words_in_capitals_chanted_or_shouted_are_a_quote(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# ---- a holder written as a possessor is named without the possessive -----------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Senator Ann Lee spoke on Monday. Lee's claim that the vote was rigged drew fire.\n", "Ann Lee"),
        ("In the mayor's view, the change would hurt renters.\n", "mayor"),
    ],
)
def test_a_possessive_holder_is_named_without_its_s(audit_text, text, name):
    audit = audit_text(text)
    (quote,) = [q for q in audit.quotes if q.attribution_type.value == "noun"]
    assert audit.source_by_id(quote.source).name == name


# ---- "Researchers compared X with Y": a method, not a stance -------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Researchers compared those who walked 7,000 steps a day with those who walked fewer.\n", []),
        ("The study compared 500 patients with 500 who took a placebo.\n", []),
        # the guard: a politician likening a deal to Munich takes a stance
        ("Senator Rubio compared the deal to Munich.\n", [("the deal", "indirect", "perception_stance", "Senator Rubio")]),
    ],
)
def test_comparing_by_researchers_is_their_method(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# ---- "dismissed the report as partisan": the judgement belongs to the content ---------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The mayor dismissed the report as partisan.\n",
            [("the report as partisan", "indirect", "perception_stance", "The mayor")],
        ),
        # the guard: a time clause after "as" is the writer's, not the judgement
        (
            "The mayor dismissed the report as the council met on Tuesday.\n",
            [("the report", "indirect", "perception_stance", "The mayor")],
        ),
    ],
)
def test_an_adjective_after_as_is_what_the_holder_makes_of_it(nlp, text, expected):
    assert quote_rows(nlp, text) == expected
