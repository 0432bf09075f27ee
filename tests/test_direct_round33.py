"""Round 33: direct quotes against the reports around them.

A quote that is the complement of "that" after its cue is one mixed quote of the
writer's "that" frame and the quoted words; a quote with no tag of its own goes with the
nearest report before it, not with a direct quote further back. Expected rows are what an
editor would mark: (content, kind, attribution type, speaker mention)."""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "The governor said that “We will not raise taxes this year.”\n",
            "that “We will not raise taxes this year.”",
            "The governor",
        ),
        (
            "The senator tweeted that, “Nobody in this state should lose their coverage.”\n",
            "that, “Nobody in this state should lose their coverage.”",
            "The senator",
        ),
        (
            "A spokeswoman for the airline added that “Safety is our first concern.”\n",
            "that “Safety is our first concern.”",
            "A spokeswoman for the airline",
        ),
    ],
)
def test_a_quote_after_that_is_one_mixed_quote_with_the_that(nlp, text, content, speaker):
    rows = quote_rows(nlp, text)
    assert [r for r in rows if r[1] != "indirect"] == [(content, "mixed", "speech", speaker)]


def test_a_quote_after_that_is_mixed_and_the_sentences_after_it_direct(nlp):
    text = "The mayor said that “The budget is balanced.” “We kept every promise.”\n"
    rows = quote_rows(nlp, text)
    assert ("that “The budget is balanced.”", "mixed", "speech", "The mayor") in rows
    assert ("“We kept every promise.”", "direct", "speech", "The mayor") in rows


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "“We are not giving up,” Mayor Ann Cole said at the hearing. The vote came “far too late,” "
            "she added on the radio. “Without new money, the schools will close.”\n",
            "“Without new money, the schools will close.”",
        ),
        (
            "“The talks are over,” union leader Tom Baker said on Monday. The offer was “an insult,” "
            "he wrote later. “Our members deserve better.”\n",
            "“Our members deserve better.”",
        ),
    ],
)
def test_an_untagged_quote_goes_with_the_nearest_report_before_it(nlp, text, content):
    rows = quote_rows(nlp, text)
    nearest = "she" if "she added" in text else "he"
    assert (content, "direct", "speech", nearest) in rows


def test_an_untagged_quote_right_after_a_direct_quote_still_joins_it(nlp):
    text = "“We are broke,” the treasurer said. “There is no money left.”\n"
    rows = quote_rows(nlp, text)
    assert rows == [("“We are broke,” … “There is no money left.”", "direct", "speech", "the treasurer")]


@pytest.mark.parametrize(
    "text, first, second, speaker",
    [
        (
            "''We will appeal,'' Mayor Ruth Lane said on the radio show ''Morning Edition.'' ''The ruling ignores the facts.''\n",
            "''We will appeal,''",
            "''The ruling ignores the facts.''",
            "Mayor Ruth Lane",
        ),
        (
            "''It is a good deal,'' the minister told the program ''Face the Nation.'' ''Farmers will gain the most.''\n",
            "''It is a good deal,''",
            "''Farmers will gain the most.''",
            "the minister",
        ),
    ],
)
def test_a_quote_after_a_tag_ending_in_a_quoted_title_carries_on_the_quote(nlp, text, first, second, speaker):
    rows = quote_rows(nlp, text)
    assert (f"{first} … {second}", "direct", "speech", speaker) in rows


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "In past elections, “we could win this county with a few rallies,” the campaign manager said.\n",
            "In past elections, “we could win this county with a few rallies,”",
            "the campaign manager",
        ),
        (
            "With three hospitals closing, “there is nowhere left to send patients,” Dr. Ana Ruiz said.\n",
            "With three hospitals closing, “there is nowhere left to send patients,”",
            "Dr. Ana Ruiz",
        ),
    ],
)
def test_a_fronted_phrase_running_into_the_quote_makes_one_mixed_quote(nlp, text, content, speaker):
    rows = quote_rows(nlp, text)
    assert (content, "mixed", "speech", speaker) in rows
    assert not [r for r in rows if r[1] == "direct"]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "On the budget, “we will not cut a single teacher,” the mayor said.\n",
            "“we will not cut a single teacher,”",
            "the mayor",
        ),
        (
            "About the strike, “the union has made its choice,” Governor Hale said.\n",
            "“the union has made its choice,”",
            "Governor Hale",
        ),
    ],
)
def test_a_fronted_topic_stays_outside_the_direct_quote(nlp, text, content, speaker):
    assert (content, "direct", "speech", speaker) in quote_rows(nlp, text)


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "The coach asked fans to welcome the new captain — “the hardest worker I have ever seen.”\n",
            "fans to welcome the new captain — “the hardest worker I have ever seen.”",
            "The coach",
        ),
        (
            "The mayor said the new park would serve every neighborhood -- “the rich and the poor, the young and the old.”\n",
            "the new park would serve every neighborhood -- “the rich and the poor, the young and the old.”",
            "The mayor",
        ),
    ],
)
def test_an_untagged_quote_after_a_dash_ends_the_report_before_it(nlp, text, content, speaker):
    assert quote_rows(nlp, text) == [(content, "mixed", "speech", speaker)]


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        # a parenthesis between two dashes, the writer's sentence running on after it
        ("The senator boasted of her field staff — “the best in the state” — and promised a win in March.\n",
         "“the best in the state”", "The senator"),
        # a quote after the dash with a tag of its own
        ("Ms. Park said the bill would change little -- “It is a gesture, nothing more,” she added.\n",
         "“It is a gesture, nothing more,”", "she"),
    ],
)
def test_a_quote_after_a_dash_with_its_own_tag_or_inside_dashes_stays_direct(nlp, text, words, speaker):
    assert (words, "direct", "speech", speaker) in quote_rows(nlp, text)


def test_an_untagged_quote_after_a_colon_ends_the_report_before_it(nlp):
    text = "The coach said his team had one weakness: “We do not finish games.”\n"
    assert quote_rows(nlp, text) == [
        ("his team had one weakness: “We do not finish games.”", "mixed", "speech", "The coach")]


def test_a_quote_after_a_tag_and_a_colon_stays_direct(nlp):
    text = "The governor said: “Patience, and a lot of it.”\n"
    assert quote_rows(nlp, text) == [("“Patience, and a lot of it.”", "direct", "speech", "The governor")]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("At the end of the anthem, the singer added the words, “Go Tigers.”\n", "the words, “Go Tigers.”", "the singer"),
        ("At the vigil she repeated the phrase, “Never again.”\n", "the phrase, “Never again.”", "she"),
    ],
)
def test_the_cues_object_running_up_to_the_quote_makes_one_mixed_quote(nlp, text, content, speaker):
    assert quote_rows(nlp, text) == [(content, "mixed", "speech", speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor told reporters, “We are not raising taxes.”\n",
        "The mayor said in a statement, “We are not raising taxes.”\n",
    ],
)
def test_an_addressee_or_a_setting_before_the_quote_keeps_it_direct(nlp, text):
    assert quote_rows(nlp, text) == [("“We are not raising taxes.”", "direct", "speech", "The mayor")]
