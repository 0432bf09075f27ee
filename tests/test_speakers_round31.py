"""Speakers, round 31: speaker attribution on PolNeAR train (issue 16).

* "May said the country would leave the bloc by March and suggested that it would quit
  the single market": a second reporting verb the parse hangs on the reported clause
  ("would leave") goes with the reporting verb when its tense matches that verb and not
  the clause (a modal, a present): May suggested, not the country. A clause in the
  same tense ("said Clinton lied and attacked") stays as parsed.
* "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling him
  …": of two subjects the parse gives one verb, the one right before the verb, after a
  comma, is the subject; an appositive ("Ban Ki-moon, the secretary general, vowed")
  and a place after a person ("DeLong of the University of California, Berkeley
  suggest") are not. "Of Carson, Levine said": a preposition parsed as the subject
  stands for its object; a dash parsed as a second subject ("… made public ― Trump
  boasted") is none. "It was at the conference that Swanson delivered his tirade,
  pointing to …": the subject of a cleft's clause, not "It".
* "“…,” Will wrote", "Will called for …": a surname that is also a modal (George Will,
  Theresa May) is parsed as the verb's auxiliary; right before a past or third-person
  form it is a name, and the person who spoke.
* "Neil Sroka, communications director of … - which has endorsed Sanders - said …":
  a long aside can leave the verb with no subject in the parse; the nearest person's
  name before the comma or dash that sets the verb off, opening a clause and followed
  by a comma, is the speaker.
* "Brenda Johnson also railed against immigrants, and explained how …": a cue
  coordinated with a first verb the parse gave no subject either; the name written
  right before the first verb (adverbs aside) is the speaker.
* "Rubio: I Still Believe …", "FALLIN: I think he is trying …": "I" in a headline or
  transcript turn opened by a name and a colon is that name; "he" in the same turn is
  someone else. A lone surname the tagger reads as a noun labels the line when the
  article names that person elsewhere ("Clinton: I support D.C. statehood"), and the
  label's person goes by the full name the story gives next ("Hillary Clinton wants …"),
  not a second source.
* "…, calling Trump “an orange buffoon,” Susan said as she turned around. / “But he’s
  our orange buffoon!”": a direct quote opening its paragraph continues the paragraph
  before when it ends with a named person's attribution, whatever the quote it closes.
Each case is the whole pipeline on a short story; the expected speaker mention and
source are the ones an editor would name.
"""

from __future__ import annotations

import pytest

from quoteaudit.model import SourceType

from .speakers_support import quotes_with_speakers

PERSON = SourceType.NAMED_PERSON


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Prime Minister Theresa May said the country would formally declare its intention to leave by March "
            "and suggested that it would withdraw from the single market.\n",
            ("it would withdraw from the single market", "Prime Minister Theresa May", "Theresa May", PERSON),
        ),
        (
            "Mayor Lisa Grant said the council will vote on the budget next week and warned that cuts were coming.\n",
            ("cuts were coming", "Mayor Lisa Grant", "Lisa Grant", PERSON),
        ),
    ],
)
def test_a_second_reporting_verb_goes_with_the_first_not_the_reported_clause(nlp, text, row):
    assert row in quotes_with_speakers(nlp, text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Speaking at a town hall event in Salem, New Hampshire, Donald Trump went after Jeb Bush, calling him “a total stiff.”\n",
            ("“a total stiff.”", "Donald Trump", "Donald Trump", PERSON),
        ),
        (
            "Of Carson, Levine, who has given money to Marco Rubio, said, “He’s flat-out scary.”\n",
            ("“He’s flat-out scary.”", "Levine", "Levine", PERSON),
        ),
    ],
)
def test_the_subject_next_to_the_verb_not_the_end_of_a_fronted_phrase(nlp, text, row):
    assert row in quotes_with_speakers(nlp, text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Ban Ki-moon, the secretary general of the United Nations, vowed not to repeat that mistake.\n",
            ("not to repeat that mistake", "Ban Ki-moon", "Ban Ki-moon", PERSON),
        ),
        (
            "In their new book, Stephen Cohen and Bradford DeLong of the University of California, Berkeley "
            "suggest that it was the fault of American policy.\n",
            ("it was the fault of American policy", "Stephen Cohen and Bradford DeLong of the University of California",
             "Stephen Cohen and Bradford DeLong", PERSON),
        ),
    ],
)
def test_an_appositive_or_a_place_after_the_name_is_not_the_subject(nlp, text, row):
    assert row in quotes_with_speakers(nlp, text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "“This should hasten the eclipse of the outsider candidates,” Will wrote.\n",
            ("“This should hasten the eclipse of the outsider candidates,”", "Will", "Will", PERSON),
        ),
        (
            "Instead, Will called for Republicans to throw their support behind Chris Christie.\n",
            ("Republicans to throw their support behind Chris Christie", "Will", "Will", PERSON),
        ),
    ],
)
def test_a_surname_parsed_as_a_modal_is_the_speaker(nlp, text, row):
    assert row in quotes_with_speakers(nlp, text)


def test_a_modal_before_a_bare_verb_is_no_speaker(nlp):
    rows = quotes_with_speakers(nlp, "“We will not back down,” the mayor said. Officials will say more on Friday.\n")
    assert ("“We will not back down,”", "the mayor", "mayor", SourceType.ANONYMOUS_SPECIFIC) in rows
    assert all(r[1] != "will" for r in rows)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Neil Sroka, communications director of the advocacy group Democracy for America, or DFA - which was founded "
            "by former governor Howard Dean after his 2004 campaign and which has endorsed Sanders - said Sanders has several options.\n",
            ("Sanders has several options", "Neil Sroka", "Neil Sroka", PERSON),
        ),
        (
            "The issue had come up Friday after Mr. Trump, asked about the deaths of journalists under Mr. Putin, had said, "
            "''I think our country does plenty of killing also.''\n",
            ("''I think our country does plenty of killing also.''", "Mr. Trump", "Trump", PERSON),
        ),
    ],
)
def test_the_name_before_a_long_aside_is_the_speaker(nlp, text, row):
    assert row in quotes_with_speakers(nlp, text)


def test_a_name_after_a_preposition_opens_no_aside(nlp):
    # "a message to Clinton": Clinton is no speaker of "recounted"
    rows = quotes_with_speakers(nlp, "In a message to Clinton, the aide recounted a conversation she had with Soros.\n")
    assert all(r[2] != "Clinton" for r in rows)


def test_the_name_before_the_first_of_two_coordinated_verbs_is_the_speaker(nlp):
    text = (
        "At a June campaign event in St. Clairsville, Ohio, 62-year-old Brenda Johnson also railed against immigrants, "
        "and explained how much it upset her to hear them speak in other languages.\n"
    )
    assert ("how much it upset her to hear them speak in other languages", "62-year-old Brenda Johnson", "Brenda Johnson", PERSON) in quotes_with_speakers(nlp, text)


def test_i_in_a_headline_opened_by_a_name_and_a_colon_is_that_name(nlp):
    text = (
        "Rubio: I Still Believe Trump Can’t Be Trusted with America’s Nuclear Weapons Codes.\n\n"
        "One month after endorsing Donald Trump, Sen. Marco Rubio still believes that the nominee is unfit.\n"
    )
    # since session 35 the labelled line is the quote (a belief inside it is the
    # labelled speaker's words, nested in it), as PolNeAR marks such headlines
    assert ("I Still Believe Trump Can’t Be Trusted with America’s Nuclear Weapons Codes", "Rubio", "Marco Rubio", PERSON) in quotes_with_speakers(nlp, text)


def test_i_in_a_transcript_turn_is_the_label_and_he_is_someone_else(nlp):
    text = (
        "Host Jake Tapper spoke to Gov. Mary Fallin on Sunday.\n\n"
        "TAPPER: Do you think Donald Trump has campaigned as a racial healer?\n\n"
        "FALLIN: I think he is trying to campaign as a racial healer. If you watch what he said this week, "
        "he talked about how devastating it was for Dallas.\n"
    )
    rows = quotes_with_speakers(nlp, text)
    # the turn is Fallin's (since session 35 the whole turn, a view inside it nested in it)
    assert (
        "I think he is trying to campaign as a racial healer. If you watch what he said this week, he talked about how devastating it was for Dallas",
        "FALLIN", "Mary Fallin", PERSON,
    ) in rows
    assert ("how devastating it was for Dallas", "he", "Donald Trump", PERSON) in rows


def test_a_dash_the_parse_made_a_subject_is_not_the_speaker(nlp):
    text = (
        "When Clinton noted that Trump has occasionally not paid anything in federal income taxes ― as was true "
        "for the few years his tax returns were made public ― Trump boasted, “That makes me smart.”\n"
    )
    assert ("“That makes me smart.”", "Trump", "Trump", PERSON) in quotes_with_speakers(nlp, text)


def test_a_quote_opening_a_paragraph_continues_the_attribution_closing_the_one_before(nlp):
    text = (
        "Susan Lee, a retiree from Ohio, said the convention could be a “failure” if Trump can’t rally Republicans.\n\n"
        "Her liberal friends have mocked Trump’s campaign, calling Trump “an orange buffoon,” Susan said as she turned around.\n\n"
        "“But he’s our orange buffoon, and we love him!”\n"
    )
    rows = quotes_with_speakers(nlp, text)
    assert ("“But he’s our orange buffoon, and we love him!”", None, "Susan", PERSON) in rows


def test_a_quote_after_a_paragraph_closing_on_a_quote_of_someone_unnamed_stays_an_orphan(nlp):
    text = (
        "The mayor said the budget was balanced, but critics called it “a shell game,” a council aide said.\n\n"
        "“We will not accept it.”\n"
    )
    rows = quotes_with_speakers(nlp, text)
    assert ("“We will not accept it.”", None, None, None) in rows


def test_a_lone_surname_labelling_a_headline_is_a_name_the_story_spells_out(nlp):
    text = "Clinton: I support D.C. statehood.\n\nHillary Clinton wants to see D.C. become a state. “It is unfair,” Clinton said.\n"
    rows = quotes_with_speakers(nlp, text)
    assert ("I support D.C. statehood", "Clinton", "Hillary Clinton", PERSON) in rows  # the labelled line (session 35)
    assert ("“It is unfair,”", "Clinton", "Hillary Clinton", PERSON) in rows


def test_the_person_a_headline_label_names_goes_by_the_full_name_the_story_gives(nlp):
    text = (
        "Gingrich: Trump Must Decide If He Wants a Two-Pirate Ticket.\n\n"
        "Former House Speaker Newt Gingrich said on Thursday that Donald Trump is like a pirate. "
        "“He gets things done,” Gingrich said.\n"
    )
    rows = quotes_with_speakers(nlp, text)
    assert all(r[2] == "Newt Gingrich" for r in rows if r[1] in ("Gingrich", "Former House Speaker Newt Gingrich"))
    assert any(r[1] == "Gingrich" and r[2] == "Newt Gingrich" for r in rows)


def test_the_subject_of_a_cleft_clause_not_it(nlp):
    text = "It was at the conference that Pastor Kevin Swanson delivered his tirade, pointing to the author's 2007 remarks.\n"
    rows = quotes_with_speakers(nlp, text)
    assert rows and all(r[1] != "It" for r in rows)
    assert any(r[2] == "Kevin Swanson" for r in rows)
