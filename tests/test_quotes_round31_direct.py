"""Round 31 of issue 16: direct quotes, their kind and their edges.

Constructions where a speaker's verbatim words were not read as a direct quote, or lost
their edges: quoted words on one side of a tag in the middle of the sentence and the
writer's words on the other, words uttered (chanted, read on a sign) that end a sentence
of their own, and a quote nested in the same marks as the quote around it. Expected rows
are what an editor would mark: (content, kind, attribution type, speaker mention)."""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows


@pytest.mark.parametrize(
    "text, writers, words, speaker",
    [
        (
            "If the mayor is elected, he said, “she might be going back and forth between City Hall and the courthouse.”\n",
            "If the mayor is elected",
            "“she might be going back and forth between City Hall and the courthouse.”",
            "he",
        ),
        (
            "In other words, she said, “the era of easy money is over.”\n",
            "In other words",
            "“the era of easy money is over.”",
            "she",
        ),
    ],
)
def test_quoted_words_after_a_mid_tag_are_direct_and_the_fronted_words_indirect(nlp, text, writers, words, speaker):
    rows = quote_rows(nlp, text)
    assert (words, "direct", "speech", speaker) in rows
    assert (writers, "indirect", "speech", speaker) in rows
    assert len(rows) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The council, the mayor said, had “no choice at all” but to raise the levy.\n",
        "An economic downturn, he said, “could be a good time to borrow and pay off debt.”\n",
        'There was, she said, "an implicit bargain."\n',
    ],
)
def test_one_sentence_built_across_the_tag_stays_one_mixed_quote(nlp, text):
    assert [r[1] for r in quote_rows(nlp, text)] == ["mixed"]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ('Lori Bernstein held up a sign saying "Jews Against Hate." She is 57.\n', '"Jews Against Hate."', "a sign"),
        ('Protesters outside the plant were chanting "No contract, no peace!" The talks broke off at noon.\n',
         '"No contract, no peace!"', "Protesters outside the plant"),
    ],
)
def test_uttered_words_ending_a_sentence_of_their_own_are_a_direct_quote(nlp, text, content, speaker):
    rows = quote_rows(nlp, text)
    assert [(r[0], r[1], r[3]) for r in rows] == [(content, "direct", speaker)]


def test_uttered_words_the_writers_sentence_runs_on_through_stay_out(nlp):
    rows = quote_rows(nlp, "Critics say “reform” means cuts to the pension fund.\n")
    assert all(r[1] != "direct" for r in rows)


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "The party chairman tweeted: “People behind the governor wearing “Settle For Less” shirts at her rally… ouch.”\n",
            "“People behind the governor wearing “Settle For Less” shirts at her rally… ouch.”",
            "The party chairman",
        ),
        (
            "“As a young woman, I’d rather live in what he calls “hell” than live in a world where he is president.” ― Ana Ruiz\n",
            "“As a young woman, I’d rather live in what he calls “hell” than live in a world where he is president.”",
            "Ana Ruiz",
        ),
    ],
)
def test_a_quote_nested_in_the_same_marks_keeps_the_outer_quote_whole(nlp, text, content, speaker):
    rows = quote_rows(nlp, text)
    assert [(r[0], r[1], r[3]) for r in rows] == [(content, "direct", speaker)]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ('Marchers crossed the bridge, chanting "Bernie or Jill, No Hill," as police watched.\n', '"Bernie or Jill, No Hill,"', "Marchers"),
        ('Protesters gathered outside the hotel, chanting "Dump Trump" as the motorcade passed.\n', '"Dump Trump"', "Protesters"),
    ],
)
def test_capitalised_words_chanted_are_a_direct_quote_without_a_full_stop(nlp, text, content, speaker):
    rows = quote_rows(nlp, text)
    assert [(r[0], r[1], r[3]) for r in rows] == [(content, "direct", speaker)]


def test_a_title_a_person_read_is_no_quote(nlp):
    assert quote_rows(nlp, 'The teacher read "Goodnight Moon" to the class.\n') == []


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ('The senator vowed, "We are going to defeat them and we are going to do it fast," referring to the militants.\n',
         '"We are going to defeat them and we are going to do it fast,"', "The senator"),
        ("The candidate wrote to her followers, “It is time to end his career for good,” and shared a link to her site.\n",
         "“It is time to end his career for good,”", "The candidate"),
    ],
)
def test_words_closed_by_a_comma_end_before_what_the_speaker_did_next(nlp, text, content, speaker):
    rows = quote_rows(nlp, text)
    assert (content, "direct", "speech", speaker) in rows
    assert all(r[1] != "mixed" for r in rows)


def test_a_participle_after_a_paraphrase_with_quoted_words_stays_in_it(nlp):
    text = "Miller said he is hopeful the new bill can be “the best of both worlds,” giving states more power.\n"
    rows = quote_rows(nlp, text)
    assert rows == [("he is hopeful the new bill can be “the best of both worlds,” giving states more power", "mixed", "speech", "Miller")]


def test_a_cue_in_the_writers_next_sentence_is_not_the_quotes_tag(nlp):
    text = (
        'At one point, the senator tweeted, "Reporting that the gunman shouted "Allahu Akbar!" as he fired." '
        "This appeared to be a version of a post by a TV contributor, which did not cite a source.\n"
    )
    rows = quote_rows(nlp, text)
    assert ('"Reporting that the gunman shouted "Allahu Akbar!" as he fired."', "direct", "speech", "the senator") in rows


@pytest.mark.parametrize(
    "text, outer",
    [
        ("The minister condemned what he called a “brazen breach” of U.N. resolutions.\n",
         "what he called a “brazen breach” of U.N. resolutions"),
        ("The campaign is denouncing what it calls “the single-biggest coordinated media attack in history.”\n",
         "what it calls “the single-biggest coordinated media attack in history.”"),
        ("She praised the volunteers for what she called a “heroic effort” during the flood.\n",
         "the volunteers for what she called a “heroic effort” during the flood"),
    ],
)
def test_a_label_inside_its_speakers_own_report_is_not_quoted_twice(nlp, text, outer):
    rows = quote_rows(nlp, text)
    assert [(r[0], r[1]) for r in rows] == [(outer, "mixed")]


def test_a_label_another_speaker_gave_keeps_its_own_quote(nlp):
    text = "Other leaders condemned what Prime Minister Malcolm Turnbull called the regime’s “reckless, provocative” actions.\n"
    rows = quote_rows(nlp, text)
    assert len(rows) == 2
    assert {r[3] for r in rows} == {"Other leaders", "Prime Minister Malcolm Turnbull"}
