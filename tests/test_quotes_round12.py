"""Round 12 of issue 16, section 2: where the content of an indirect or mixed quote ends.

The parse hands a cue more or less than what was said. Content stops before the writer's
gloss on its last noun ("Jane Hill, the state treasurer"), before a clause after a
semicolon, before the occasion of the remark ("during a campaign stop in Flint") and
before a conjunct that is an attribution of its own even when the parse loses that
conjunct's subject ("and Democrats accused …"). It runs on through verbs the parse hangs
on the cue that are the content's own ("wants to triple AmeriCorps, grow the Peace Corps
and create a reserve") and, under a closing tag, through the first of two clauses the
parse coordinates with the tag. Expected rows are what an editor would mark: (content,
kind, type, speaker mention)."""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows

S = "speech"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Campaign aides said the timing of the announcement was not intentional; they learned of the deal on Friday.",
            [("the timing of the announcement was not intentional", "indirect", S, "Campaign aides")],
        ),
        # guard: here the cue of the second clause ("did not say") cut it already
        (
            "The report said the district must hire 40 teachers; it did not say how.",
            [("the district must hire 40 teachers", "indirect", "document", "The report")],
        ),
    ],
)
def test_a_clause_after_a_semicolon_is_the_writers(nlp, text, expected):
    assert quote_rows(nlp, text + "\n") == expected


def test_a_list_set_off_by_semicolons_stays_in_the_report(nlp):
    # guard: no subject after the semicolons, so no new clause starts
    assert quote_rows(nlp, "The report said the county needs three things: roads; schools; and clinics.\n") == [
        ("the county needs three things: roads; schools; and clinics", "indirect", "document", "The report"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Aides said the senator would back Jane Hill, the state treasurer.",
            [("the senator would back Jane Hill", "indirect", S, "Aides")],
        ),
        (
            "The mayor said the money would go to Riverside Hospital, a nonprofit that serves the east side.",
            [("the money would go to Riverside Hospital", "indirect", S, "The mayor")],
        ),
        (
            "The council member said residents were angry about the closure of Lincoln Elementary, the only school in the district.",
            [("residents were angry about the closure of Lincoln Elementary", "indirect", S, "The council member")],
        ),
        (
            "The former agent said he did not support Mr. Trump, the Republican nominee.",
            [("he did not support Mr. Trump", "indirect", S, "The former agent")],
        ),
        (
            "Local Republicans are endorsing Jane Hill, the state treasurer.",
            [("Jane Hill", "indirect", "perception_stance", "Local Republicans")],
        ),
    ],
)
def test_an_appositive_after_the_last_noun_is_the_writers_gloss(nlp, text, expected):
    assert quote_rows(nlp, text + "\n") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # guards: a list, a narrowing "particularly …", a gloss inside quote marks
        (
            "The senator said he and the governor differ on taxes, the state budget and the new stadium.",
            [("he and the governor differ on taxes, the state budget and the new stadium", "indirect", S, "The senator")],
        ),
        (
            "The union admitted that the strike has affected some customers, particularly those who cannot wait for repairs.",
            [("the strike has affected some customers, particularly those who cannot wait for repairs", "indirect", S, "The union")],
        ),
        (
            "She said the bill was written by Tom Reed, “a man who never read it.”",
            [("the bill was written by Tom Reed, “a man who never read it.”", "mixed", S, "She")],
        ),
    ],
)
def test_a_list_a_narrowing_or_a_quoted_gloss_stays_in_the_report(nlp, text, expected):
    assert quote_rows(nlp, text + "\n") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "She wants to triple the size of the AmeriCorps program, grow the Peace Corps and create a new national service reserve program.",
            [(
                "to triple the size of the AmeriCorps program, grow the Peace Corps and create a new national service reserve program",
                "indirect", "thought", "She",
            )],
        ),
        (
            "The governor wants to expand the state police, hire more teachers and cut the sales tax.",
            [("to expand the state police, hire more teachers and cut the sales tax", "indirect", "thought", "The governor")],
        ),
        (
            "Warren has mentioned refinancing student loans and forcing universities to spend more from their endowments.",
            [("refinancing student loans and forcing universities to spend more from their endowments", "indirect", S, "Warren")],
        ),
        (
            "The group supports tightening enforcement, freezing immigration levels and changing the law on birthright citizenship.",
            [(
                "tightening enforcement, freezing immigration levels and changing the law on birthright citizenship",
                "indirect", "perception_stance", "The group",
            )],
        ),
        # guard: here the parse joins the gerunds to each other already
        (
            "Party activists supported eliminating caucuses, limiting superdelegates and binding delegates to the vote.",
            [("eliminating caucuses, limiting superdelegates and binding delegates to the vote", "indirect", "perception_stance", "Party activists")],
        ),
    ],
)
def test_verbs_the_parse_hangs_on_the_cue_are_more_of_the_content(nlp, text, expected):
    assert quote_rows(nlp, text + "\n") == expected


def test_a_second_verb_of_the_speaker_is_not_content(nlp):
    # guard: "said" is the mayor's own verb, in the cue's form, with a report of its own
    assert quote_rows(nlp, "The mayor urged residents to stay indoors and said the storm would pass.\n") == [
        ("residents to stay indoors", "indirect", S, "The mayor"),
        ("the storm would pass", "indirect", S, "The mayor"),
    ]


def test_a_closing_tag_reports_both_clauses_the_parse_coordinates_with_it(nlp):
    text = "Clinton had told police officials that she didn’t want the escort at all, but the NYPD overruled that request, the source added.\n"
    assert quote_rows(nlp, text) == [
        ("Clinton had told police officials that she didn’t want the escort at all, but the NYPD overruled that request", "indirect", S, "the source"),
    ]
    # what Clinton told the police is the source's account of it, not Clinton's words the
    # writer reports: it stays inside the source's quote (quotes._someone_elses_words_retold)


def test_a_closing_tag_after_two_clauses_keeps_both(nlp):
    # guard: the parse hangs both clauses on the tag already
    text = "Police told reporters that the suspect had fled, and the manhunt continued overnight, the sheriff said.\n"
    assert quote_rows(nlp, text) == [
        ("Police told reporters that the suspect had fled, and the manhunt continued overnight", "indirect", S, "the sheriff"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Bill Clinton criticized the Affordable Care Act as a “crazy system” during a campaign stop in Flint.",
            [("the Affordable Care Act as a “crazy system”", "mixed", S, "Bill Clinton")],
        ),
        (
            "The senator described the deal as “a betrayal” at a fundraiser in Miami.",
            [("the deal as “a betrayal”", "mixed", S, "The senator")],
        ),
        # guard: here the parse hangs the rally on the verb, outside the object already
        (
            "Trump criticized the trade deal as a “disaster” at a rally in Ohio.",
            [("the trade deal as a “disaster”", "mixed", S, "Trump")],
        ),
        (
            "Moscow had denounced the annexation in an on-air diatribe.",
            [("the annexation", "indirect", "noun", "Moscow")],
        ),
    ],
)
def test_the_occasion_of_a_remark_is_not_what_was_said(nlp, text, expected):
    assert quote_rows(nlp, text + "\n") == expected


def test_an_occasion_inside_the_object_stays(nlp):
    # guard: "during his address" says when Obama announced the plan, part of what is criticized
    text = "Senators criticized the plan Obama announced during his address from the Oval Office.\n"
    assert quote_rows(nlp, text) == [
        ("the plan Obama announced during his address from the Oval Office", "indirect", "noun", "Senators"),
    ]


def test_a_conjunct_whose_subject_the_parse_lost_is_a_new_attribution(nlp):
    text = (
        "Republicans said they're increasingly convinced the Justice Department mishandled the investigation"
        " and Democrats accused the GOP of stoking the issue.\n"
    )
    assert quote_rows(nlp, text) == [
        ("they're increasingly convinced the Justice Department mishandled the investigation", "indirect", S, "Republicans"),
        ("the GOP of stoking the issue", "indirect", "noun", "Democrats"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The FBI warned state elections officials to boost their election security after hackers targeted data systems in two states.",
            [("state elections officials to boost their election security", "indirect", S, "The FBI")],
        ),
        (
            "The mayor urged residents to boil their water because a main broke overnight.",
            [("residents to boil their water", "indirect", S, "The mayor")],
        ),
    ],
)
def test_what_prompted_a_warning_is_not_what_was_asked(nlp, text, expected):
    assert quote_rows(nlp, text + "\n") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # guards: a condition or a time still to come is part of what was asked
        (
            "The governor urged residents to stay home until the storm passes.",
            [("residents to stay home until the storm passes", "indirect", S, "The governor")],
        ),
        (
            "The coach told players to rest after the season ends.",
            [("players to rest after the season ends", "indirect", S, "The coach")],
        ),
    ],
)
def test_a_condition_on_a_request_stays_with_it(nlp, text, expected):
    assert quote_rows(nlp, text + "\n") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The mayor said the plant would close in March, a decision that stunned the town.",
            [("the plant would close in March", "indirect", S, "The mayor")],
        ),
        (
            "In September, the company announced it would slash up to 30,000 jobs, a mass layoff rivaling the cuts of 2002.",
            [("it would slash up to 30,000 jobs", "indirect", S, "the company")],
        ),
        # guard: the parse makes this one an appositive of "clinics" already
        (
            "The ministry announced it would close 40 rural clinics, a move that angered local doctors.",
            [("it would close 40 rural clinics", "indirect", S, "The ministry")],
        ),
    ],
)
def test_a_noun_phrase_summing_up_the_report_is_the_writers(nlp, text, expected):
    assert quote_rows(nlp, text + "\n") == expected
