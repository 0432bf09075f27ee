"""Round 34: direct quotes in news at large.

Markup left in a story's text (an embed's ``author="…" date="…"`` attributes) carries
quotation marks that are syntax, not quotation, however long the attribute's value runs.
A short description left between a quote's closing mark and the speaker's name in the tag
after it ("“…,” another friend, Rosa Mendez told the station") is part of the tag, so the
quote stays direct. Expected rows are what an editor would mark: (content, kind, attribution type, speaker
mention)."""

from __future__ import annotations

import pytest

from quoteaudit.quotes.marks import markup_value_end, pair_marks
from tests._quotes import quote_rows

LONG_VALUE = (
    "the county's audit found that the district overspent on transport for three straight years, "
    "and the board has since cut two routes, frozen hiring and sold the old depot on Elm Street, "
    "so we rate the claim Mostly True."
)


def test_a_long_embed_attribute_is_markup_not_a_quote(nlp):
    text = (
        f'<embed data-author="County Ledger" data-summary="{LONG_VALUE}">The superintendent said the cuts were '
        "over.</embed>\n\n“We balanced the budget without closing a school,” Superintendent Maria Ortiz said.\n"
    )
    rows = quote_rows(nlp, text)
    assert [r for r in rows if r[1] == "direct"] == [
        ("“We balanced the budget without closing a school,”", "direct", "speech", "Superintendent Maria Ortiz")
    ]


def test_the_value_ends_at_the_mark_before_the_next_attribute_or_the_tag_end():
    text = f'<tweet author=" {LONG_VALUE}" date="{LONG_VALUE}">Text'
    first = text.index('"')
    end1 = markup_value_end(text, first, '"', len(text))
    assert text[end1 + 1 :].startswith(" date=")
    second = text.index('"', end1 + 1)
    end2 = markup_value_end(text, second, '"', len(text))
    assert text[end2 + 1 :].startswith(">Text")


def test_no_quoted_span_comes_out_of_an_embed_value():
    text = f'<tweet author="@cityhall" text="{LONG_VALUE}">Our statement</tweet>\n'
    scan = pair_marks(text, [])
    assert [text[q.start : q.end] for q in scan.spans] == []
    assert scan.strays == []


def test_a_short_attribute_value_still_closes_at_its_first_mark(nlp):
    text = (
        '<a href="https://example.org/report">the report</a> was released Monday. '
        "“The numbers speak for themselves,” Treasurer Ben Hale said.\n"
    )
    rows = quote_rows(nlp, text)
    assert ("“The numbers speak for themselves,”", "direct", "speech", "Treasurer Ben Hale") in rows


def test_a_quote_after_an_equals_sign_in_prose_is_still_read(nlp):
    # a guard: only markup's `=` opens a value; the story's own quotes around it are read
    text = (
        "The formula is simple, the engineer said: load = mass times gravity. "
        "“Everything else is paperwork,” said Dana Pruitt, the project's lead engineer.\n"
    )
    rows = quote_rows(nlp, text)
    assert ("“Everything else is paperwork,”", "direct", "speech", "Dana Pruitt") in rows


# A description left between the quote and the speaker's name in the tag after it


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "\"Nobody warned us about the layoffs,\" one of the workers, Ana Ruiz said.\n",
            "\"Nobody warned us about the layoffs,\"",
            "Ana Ruiz",
        ),
        (
            "\"The water was up to my waist,\" a resident, Tom Hale, 62, said.\n",
            "\"The water was up to my waist,\"",
            "Tom Hale",
        ),
        (
            "The shelter filled up overnight. \"She has three young boys to look after,\" another friend, "
            "Rosa Mendez told the station.\n",
            "\"She has three young boys to look after,\"",
            "Rosa Mendez",
        ),
    ],
)
def test_a_description_before_the_speakers_name_is_part_of_the_tag(nlp, text, content, speaker):
    rows = quote_rows(nlp, text)
    assert [r for r in rows if r[1] != "indirect"] == [(content, "direct", "speech", speaker)]


def test_words_running_on_from_the_closing_mark_keep_the_quote_mixed(nlp):
    # a guard: no comma closes the quote, so the writer's phrase runs on through it
    rows = quote_rows(nlp, "“Executives should face jail time” for fraud, the senator said.\n")
    assert rows == [("“Executives should face jail time” for fraud", "mixed", "speech", "the senator")]


def test_a_verb_after_the_quote_is_more_than_who_spoke(nlp):
    # a guard: "he told advisers, according to X" is a report of its own, not a description
    text = "“He can win this,” he told advisers afterward, according to Sam Reed, a former aide.\n"
    rows = quote_rows(nlp, text)
    assert not any(r[0] == "“He can win this,”" and r[1] == "direct" and r[3] == "Sam Reed" for r in rows)


def test_quotes_on_both_sides_of_a_long_embed_pair_with_their_own_marks(nlp):
    text = (
        "\"The depot will be rebuilt by spring,\" Mayor Alan Cho said on Monday.\n\n"
        f'<tweet author="@CityOfRiverton" summary="{LONG_VALUE}">\n\n'
        "\"We have heard that before,\" said Council Member Rita Vance.\n"
    )
    rows = quote_rows(nlp, text)
    assert [r for r in rows if r[1] == "direct"] == [
        ('"The depot will be rebuilt by spring,"', "direct", "speech", "Mayor Alan Cho"),
        ('"We have heard that before,"', "direct", "speech", "Council Member Rita Vance"),
    ]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "\"The pool stays closed until the inspection,\" a spokeswoman, Lisa Grant, said.\n",
            "\"The pool stays closed until the inspection,\"",
            "a spokeswoman",
        ),
        (
            "\"The vote is a disgrace,\" Councilman Eric Dunn, speaking after the meeting, said.\n",
            "\"The vote is a disgrace,\"",
            "Councilman Eric Dunn",
        ),
    ],
)
def test_tags_with_an_apposition_or_a_participle_stay_as_they_were(nlp, text, content, speaker):
    # guards: the tag shapes read right before this round keep their reading
    rows = quote_rows(nlp, text)
    assert [r for r in rows if r[1] != "indirect"] == [(content, "direct", "speech", speaker)]


def test_an_embed_value_holding_line_breaks_is_markup_not_a_quote(nlp):
    text = (
        'Here is the list the campaign posted.\n\n<tweet author="@LeeForCouncil" text="\n'
        "— Fix every pothole on Main Street.\n— Reopen the library on Sundays.\n"
        '— Cut the parking fines in half.">The list drew 300 replies.\n\n'
        "\"We will deliver all three,\" candidate Dana Lee said.\n"
    )
    scan = pair_marks(text, [])
    assert [text[q.start : q.end] for q in scan.spans] == ['"We will deliver all three,"']
    assert scan.strays == []
    rows = quote_rows(nlp, text)
    assert [r for r in rows if r[1] == "direct"] == [
        ('"We will deliver all three,"', "direct", "speech", "Dana Lee")
    ]
