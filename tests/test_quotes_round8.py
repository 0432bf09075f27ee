"""Round 8 of issue 16: the writer's frame is not the speaker's words.

Each case is a construction where the parse hangs the writer's own clause on a cue verb
(a fronted time clause after "But", a participle with an object of its own, "too early to
tell whether", a lead-in ended by a colon) or lets an object's content run into another
person's report. Expected rows are what an editor would mark: (content, kind, type,
speaker mention)."""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows


def test_a_fronted_time_clause_after_but_is_the_writers_setting(nlp):
    rows = quote_rows(nlp, "But when Congress cut funding for the program two years later, Mexico said enough.\n")
    assert not any("Congress" in content for content, *_ in rows), rows


def test_a_report_closed_by_a_tag_after_but_keeps_its_clause(nlp):
    assert quote_rows(nlp, "But the plan is dead, the mayor said.\n") == [("the plan is dead", "indirect", "speech", "the mayor")]


def test_a_fronted_concession_stays_the_first_speakers_report(nlp):
    rows = quote_rows(nlp, "Although the mayor said the bridge was safe, engineers disagreed.\n")
    assert rows == [("the bridge was safe", "indirect", "speech", "the mayor")]


def test_a_participle_with_its_own_object_is_no_tag_on_the_main_clause(nlp):
    text = (
        "Donald Trump and Hillary Clinton clashed over security on Wednesday, each touting their own experience "
        "and saying the other lacked judgment.\n"
    )
    rows = quote_rows(nlp, text)
    assert [r[0] for r in rows] == ["the other lacked judgment"], rows


def test_a_tag_naming_whom_it_told_still_closes_the_report(nlp):
    rows = quote_rows(nlp, "The economy is strong, the minister told reporters.\n")
    assert rows == [("The economy is strong", "indirect", "speech", "the minister")]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "The mayor also said that it was too early to tell whether the explosion was caused by a bomb.\n",
            "it was too early to tell whether the explosion was caused by a bomb",
            "The mayor",
        ),
        ("Only time will tell if the strategy works, the coach said.\n", "Only time will tell if the strategy works", "the coach"),
    ],
)
def test_tell_with_a_question_and_nobody_told_is_knowing_not_a_quote(nlp, text, content, speaker):
    assert quote_rows(nlp, text) == [(content, "indirect", "speech", speaker)]


def test_tell_with_the_people_told_is_still_telling(nlp):
    rows = quote_rows(nlp, "The spokesman told reporters why the flight was delayed.\n")
    assert rows == [("why the flight was delayed", "indirect", "speech", "The spokesman")]


def test_a_lead_in_ended_by_a_colon_is_not_the_next_speakers_words(nlp):
    rows = quote_rows(nlp, "We have been here before: Osama bin Laden declared war on the United States in 1996.\n")
    assert not any("We have been here before" in content for content, *_ in rows), rows


def test_an_objects_content_stops_before_another_persons_report(nlp):
    rows = quote_rows(nlp, "Lawmakers accused each other of playing politics with the crisis while doctors warned of an outbreak.\n")
    assert rows == [
        ("each other of playing politics with the crisis", "indirect", "noun", "Lawmakers"),
        ("an outbreak", "indirect", "noun", "doctors"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ouisa Davis' commentary, “Melania, tell your immigrant story,” is very thoughtful.\n",
        "Smith's column, “The mayor has failed us all,” drew hundreds of letters.\n",
        "The report, “Schools are failing our children,” was released on Monday.\n",
        # straight marks: the verb inside the title is nobody's cue either
        "Ouisa Davis' commentary, \"Melania, tell your immigrant story,\" is very thoughtful.\n",
    ],
)
def test_a_work_named_in_apposition_is_a_title_however_it_reads(nlp, text):
    assert quote_rows(nlp, text) == []


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("Her book, “I never wanted to run for office,” she wrote, was a lie.\n", "“I never wanted to run for office,”", "she"),
        ("In his book, he wrote: “I never wanted to run.”\n", "“I never wanted to run.”", "he"),
        ("Mr. Trump said of the episode, “I don't like it,” adding nothing more.\n", "“I don't like it,”", "Mr. Trump"),
    ],
)
def test_words_quoted_from_a_work_are_still_quotes(nlp, text, content, speaker):
    assert quote_rows(nlp, text) == [(content, "direct", "speech", speaker)]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The mayor on the budget: “We have no money left.”\n", "The mayor"),
        ("The committee on Friday: “We have no money left.”\n", "The committee"),
        ("Senator Warren on Wall Street: “They got away with it.”\n", "Senator Warren"),
        ("The bottom line: “We have no money left.”\n", None),
        ("Key points: “We have no money left.”\n", None),
    ],
)
def test_a_label_before_a_colon_names_its_speaker_only_if_it_can_speak(nlp, text, speaker):
    (row,) = quote_rows(nlp, text)
    assert row[1:] == ("direct", "speech", speaker)


@pytest.mark.parametrize(
    "text, label, speaker",
    [
        ("The mayor called the plan “reckless” on Tuesday.\n", "“reckless”", "The mayor"),
        ("She called it “reckless” on Monday.\n", "“reckless”", "She"),
    ],
)
def test_a_quoted_label_followed_by_when_it_was_said_is_still_the_speakers(nlp, text, label, speaker):
    # "on Monday" after the label says when; only "called on" right after the verb is a demand
    assert quote_rows(nlp, text) == [(label, "mixed", "speech", speaker)]


def test_called_on_right_after_the_verb_is_still_a_demand(nlp):
    assert quote_rows(nlp, "The senator called on Congress to “act now.”\n") == [("to “act now.”", "mixed", "speech", "The senator")]


def test_a_quote_standing_alone_before_its_tag_ends_there(nlp):
    # "and he walked off the field" is the writer's story going on, not more of the quote
    rows = quote_rows(nlp, "“We will win,” the coach said, and he walked off the field.\n")
    assert rows == [("“We will win,”", "direct", "speech", "the coach")]


def test_a_tag_in_the_middle_still_carries_the_report_on(nlp):
    rows = quote_rows(nlp, "Wages will rise, officials said, and prices will fall.\n")
    assert rows == [("Wages will rise … prices will fall", "indirect", "speech", "officials")]


@pytest.mark.parametrize(
    "text, question, answer, speaker",
    [
        # the parse reads "asked" as the main verb and hangs "said" on it
        ("The mayor, asked whether the bridge would open in May, said it would.\n", "the bridge would open in May", "it would", "The mayor"),
        # the parse hangs "asked", with the speaker as its subject, on "said"
        ("The spokesman, asked if the plant would close, said no decision had been made.\n", "the plant would close",
         "no decision had been made", "The spokesman"),
    ],
)
def test_the_one_asked_between_commas_answers_and_the_question_is_nobodys(nlp, text, question, answer, speaker):
    assert quote_rows(nlp, text) == [(question, "indirect", "speech", None), (answer, "indirect", "speech", speaker)]


def test_a_line_cut_off_inside_a_cue_phrase_is_no_cue(nlp):
    # a CMS export cut off mid-attribution ("…, as reported"): the phrase "as reported by"
    # runs past the end of the text, so there is nothing to match and nothing to fail on
    from quoteaudit.quotes import cues

    doc = nlp("Unemployment fell to 4 percent, as reported")
    assert cues.phrase_at(doc, len(doc) - 2) is None
    doc = nlp("Unemployment fell to 4 percent, as reported by the agency.")
    assert cues.phrase_at(doc, 6) == ("as reported by", 9)
