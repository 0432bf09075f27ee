"""Round 9 of issue 16: direct quotes and their speakers.

Constructions where a direct quote lost its speaker, or a line that is nobody's words was
read as one: a tag made of a phrasal verb of speaking ("went on the mayor", "chimed in"),
a colon label whose name the tagger misreads ("Trump on Twitter:"), a copula of manner
before a colon ("was blunter:"), and a promo line closing a transcript. Expected rows are
what an editor would mark: (content, kind, type, speaker mention)."""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("“We will win,” went on the mayor.\n", "“We will win,”", "the mayor"),
        ("“That is false,” shot back the senator.\n", "“That is false,”", "the senator"),
        ("“Me too,” chimed in Councilwoman Ruiz.\n", "“Me too,”", "Councilwoman Ruiz"),
        ("“Let me finish,” cut in the chairman.\n", "“Let me finish,”", "the chairman"),
        ("“Not so fast,” fired back the governor.\n", "“Not so fast,”", "the governor"),
    ],
)
def test_an_inverted_tag_with_a_phrasal_verb_names_its_speaker(nlp, text, content, speaker):
    assert quote_rows(nlp, text) == [(content, "direct", "speech", speaker)]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("“Me too,” Smith chimed in.\n", "“Me too,”", "Smith"),
        ("“I object,” Jones piped up.\n", "“I object,”", "Jones"),
        ("“We object,” the senator weighed in.\n", "“We object,”", "the senator"),
        ('"I\'ve never seen it this dry," his neighbor, Ruth Perez, chimed in.\n', '"I\'ve never seen it this dry,"', "his neighbor"),
    ],
)
def test_a_phrasal_verb_of_speaking_after_its_subject_tags_the_quote(nlp, text, content, speaker):
    assert quote_rows(nlp, text) == [(content, "direct", "speech", speaker)]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("Smith chimed in: “Me too.”\n", "“Me too.”", "Smith"),
        ("Jones weighed in: “The bill is dead.”\n", "“The bill is dead.”", "Jones"),
    ],
)
def test_a_phrasal_verb_of_speaking_before_a_colon_introduces_the_quote(nlp, text, content, speaker):
    assert quote_rows(nlp, text) == [(content, "direct", "speech", speaker)]


def test_a_tag_with_went_on_to_is_not_read_as_the_phrasal_tag(nlp):
    rows = quote_rows(nlp, "“We will be back,” the coach said. The team went on to win the title.\n")
    assert rows == [("“We will be back,”", "direct", "speech", "the coach")]


def test_a_name_the_tagger_reads_as_a_verb_still_heads_a_colon_label(nlp):
    text = "Trump on Twitter: “The election is rigged.”\n"
    assert quote_rows(nlp, text) == [("“The election is rigged.”", "direct", "speech", "Trump")]


def test_the_medium_after_on_is_never_the_speaker(nlp):
    rows = quote_rows(nlp, "Sanders on Twitter: “The system is rigged.”\n")
    assert rows == [("“The system is rigged.”", "direct", "speech", None)]


def test_a_speaker_said_to_be_blunt_before_a_colon_introduces_the_quote(nlp):
    rows = quote_rows(nlp, 'His star guard, Jalen Brooks, was more direct: "We earned this."\n')
    assert rows == [('"We earned this."', "direct", "speech", "His star guard")]


def test_a_promo_line_in_quote_marks_is_no_piece_of_the_transcript_before_it(nlp):
    text = (
        '"PENCE: And that\'s why Donald Trump is on his way to the White House.\n\n'
        '"Follow Pam Key on Twitter @pamkeyNEN."\n'
    )
    assert quote_rows(nlp, text) == [
        ("And that's why Donald Trump is on his way to the White House.", "direct", "speech", "PENCE"),
    ]


def test_a_sign_off_after_a_non_breaking_space_names_the_speaker(nlp):
    # pull quotes pasted from a CMS often close up the dash with a non-breaking space
    text = "“We will rebuild.”\u00a0― Mayor Jane Doe\n"
    assert quote_rows(nlp, text) == [("“We will rebuild.”", "direct", "speech", "Mayor Jane Doe")]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("She said the book “Outliers” changed her life.\n", "the book “Outliers” changed her life", "She"),
        ("She said her podcast “Unfiltered” would return in May.\n", "her podcast “Unfiltered” would return in May", "She"),
    ],
)
def test_a_one_word_title_after_its_work_noun_makes_no_mixed_quote(nlp, text, content, speaker):
    # the quoted word is the work's name, not words of the speaker's: a plain paraphrase
    assert quote_rows(nlp, text) == [(content, "indirect", "speech", speaker)]


def test_words_quoted_from_a_report_after_its_noun_are_still_its_words(nlp):
    rows = quote_rows(nlp, "The report “found no evidence” of fraud, officials said.\n")
    assert any(kind == "mixed" and "“found no evidence”" in content for content, kind, *_ in rows), rows


def test_a_paragraph_left_open_stops_where_another_speaker_is_tagged(nlp):
    text = (
        "“It’s a dog whistle,” Rep. Gwen Moore said Friday. “How can you feel good about yourself?\n\n"
        "“I have been thinking about where we are as a country,” added Rep. Jim Clyburn. “These are howls.”\n"
    )
    assert quote_rows(nlp, text) == [
        ("“It’s a dog whistle,” … “How can you feel good about yourself?", "direct", "speech", "Rep. Gwen Moore"),
        ("“I have been thinking about where we are as a country,” … “These are howls.”", "direct", "speech", "Rep. Jim Clyburn"),
    ]


def test_a_paragraph_left_open_runs_on_when_its_tag_is_the_same_speaker(nlp):
    text = (
        "“We will fight this,” Mayor Ann Cole said. “Every day.\n\n"
        "“And we will win,” Cole added.\n"
    )
    rows = quote_rows(nlp, text)
    assert [(r[0], r[3]) for r in rows] == [("“We will fight this,” … “Every day. … “And we will win,”", "Mayor Ann Cole")]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("“Absolutely not,” came the reply from the White House.\n", "“Absolutely not,”", "the White House"),
        ("“Not yet,” came the response from the mayor’s office.\n", "“Not yet,”", "the mayor’s office"),
    ],
)
def test_came_the_reply_from_names_who_replied(nlp, text, content, speaker):
    assert quote_rows(nlp, text) == [(content, "direct", "speech", speaker)]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("Said Smith: “We won.”\n", "“We won.”", "Smith"),
        ("Added Jones: “We are not finished.”\n", "“We are not finished.”", "Jones"),
    ],
)
def test_a_verb_fronted_before_the_name_is_no_part_of_it(nlp, text, content, speaker):
    assert quote_rows(nlp, text) == [(content, "direct", "speech", speaker)]


def test_a_clause_with_be_before_a_colon_is_the_writers_lead_in(nlp):
    # nobody is named: the quote stands unattributed, not said by "the result"
    assert quote_rows(nlp, "The result was clear: “We lost.”\n") == [("“We lost.”", "direct", "speech", None)]


def test_an_answer_as_the_subject_before_a_colon_still_names_whose_answer(nlp):
    rows = quote_rows(nlp, "Clinton’s response was: “Is he from Ohio?”\n")
    assert rows == [("“Is he from Ohio?”", "direct", "speech", "Clinton")]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("The mayor put it this way: “We will win.”\n", "“We will win.”", "The mayor"),
        ("One voter put it simply: “We are tired.”\n", "“We are tired.”", "One voter"),
    ],
)
def test_put_it_with_a_manner_before_a_colon_introduces_the_quote(nlp, text, content, speaker):
    assert quote_rows(nlp, text) == [(content, "direct", "speech", speaker)]


@pytest.mark.parametrize(
    "text, content, kind_of_source, speaker",
    [
        ('The book "Tell Me No Lies" says: "The war was lost."\n', '"The war was lost."', "document", "The book"),
        ("She wrote in her memoir “Becoming”: “I was nervous.”\n", "“I was nervous.”", "speech", "She"),
    ],
)
def test_a_title_in_the_words_before_a_colon_keeps_the_speaker(nlp, text, content, kind_of_source, speaker):
    assert quote_rows(nlp, text) == [(content, "direct", kind_of_source, speaker)]
