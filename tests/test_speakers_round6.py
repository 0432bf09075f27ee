"""Speakers, round 6: people the small model's recogniser labels organisations.

* "Carly Fiorina" is labelled ORG by the small English model; built like a person's name
  (a listed first name before a surname, ``first_names.tsv``), it is a person, and so is
  every later "Fiorina said" and the "she" that follows.
* Only a whole entity built like a name counts: "Lehigh, Bruce Turry", a college, a comma
  and a person the recogniser ran into one organisation, must not make "Mr. Turry" the
  college.
* Version 2 of ``first_names.tsv`` lists given names from the US Census 1990 lists, so
  names like Carly, Tammy or Loretta tell a person (and a gender) too.
Each case is the whole pipeline on a short story; the expected source is the one an editor
would name.
"""

from __future__ import annotations

import pytest

from quoteaudit.lexicons import first_name_genders
from quoteaudit.model import SourceType
from tests.test_speakers_round5 import sources_by_quote

PERSON = SourceType.NAMED_PERSON


@pytest.mark.parametrize(
    ("text", "quote", "name"),
    [
        (
            "Former Hewlett-Packard chief Carly Fiorina campaigned in Iowa on Monday.\n\n"
            "Fiorina said the tax plan would fail small businesses.\n",
            "the tax plan would fail small businesses", "Carly Fiorina",
        ),
        (
            "Former Hewlett-Packard chief Carly Fiorina campaigned in Iowa on Monday.\n\n"
            "Later, she told reporters the primary calendar was rigged.\n",  # guard: right before too
            "the primary calendar was rigged", "Carly Fiorina",
        ),
        (
            "Carly Fiorina said the tax plan would fail small businesses.\n",
            "the tax plan would fail small businesses", "Carly Fiorina",
        ),
    ],
)
def test_a_name_labelled_an_organisation_is_a_person_by_its_build(nlp, text, quote, name):
    assert (quote, name, PERSON) in sources_by_quote(nlp, text)


def test_a_person_run_into_a_college_is_the_speaker_and_not_the_college(nlp):
    # the recogniser makes "Lehigh, Bruce Turry" one organisation and the parse hangs the
    # name on "Lehigh": the appositive alone is built like a name, so the friend is named
    # (no "why anonymous?") and the later "Mr. Turry" is him, not the college
    text = (
        "''It was his first attempt,'' said his best friend at Lehigh, Bruce Turry, who remembers him well. "
        "''He was going to be famous,'' Mr. Turry said.\n"
    )
    assert sources_by_quote(nlp, text) == [
        ("''It was his first attempt,''", "Bruce Turry", PERSON),
        ("''He was going to be famous,''", "Bruce Turry", PERSON),
    ]


@pytest.mark.parametrize(("name", "gender"), [("carly", "f"), ("tammy", "f"), ("loretta", "f"), ("reince", None), ("dwayne", "m")])
def test_census_given_names_are_listed_with_their_sex(name, gender):
    assert first_name_genders().get(name) == gender


@pytest.mark.parametrize("word", ["will", "dawn", "grant", "carolina", "israel", "christie", "davis", "jordan", "morgan"])
def test_words_places_surnames_and_names_of_both_sexes_are_not_listed(word):
    # "Will" and "Dawn" are English words, "Carolina" and "Israel" places, "Christie" and
    # "Davis" surnames in the news, "Jordan" and "Morgan" names of both sexes
    assert word not in first_name_genders()


@pytest.mark.parametrize(
    ("text", "quote", "name"),
    [
        (
            "“We are reviewing the decision,” said a spokeswoman for the agency, Maria Lopez.\n",
            "“We are reviewing the decision,”", "Maria Lopez",
        ),
        (
            "“The plant will close in March,” said a spokesman for the company, Tom Reyes.\n",
            "“The plant will close in March,”", "Tom Reyes",
        ),
    ],
)
def test_a_name_the_parse_hangs_on_an_institution_noun_names_the_spokesperson(nlp, text, quote, name):
    # the parse makes "Maria Lopez" an appositive of "the agency"; a person is not an
    # agency, so she is the spokeswoman, and no "why anonymous?" finding follows
    assert (quote, name, PERSON) in sources_by_quote(nlp, text)


def test_a_name_after_a_person_noun_may_be_that_persons_and_stays_unassigned(nlp):
    # guard: after "a spokeswoman for the mayor," the name may be the mayor's
    rows = sources_by_quote(nlp, "“We are reviewing the decision,” said a spokeswoman for the mayor, Karen Bass.\n")
    assert rows == [("“We are reviewing the decision,”", "spokeswoman for the mayor", SourceType.ANONYMOUS_SPECIFIC)]


def test_a_focusing_adverb_is_no_part_of_the_speakers_name(nlp):
    rows = sources_by_quote(nlp, "Even China, Pyongyang's only ally, said it was “resolutely opposed” to the test.\n")
    assert rows == [("it was “resolutely opposed” to the test", "China", SourceType.NAMED_ORGANIZATION)]


def test_a_job_written_before_a_name_makes_it_a_persons(nlp):
    # the recogniser labels "Lester Holt’s" an organisation, possessive and all
    rows = sources_by_quote(nlp, "Clinton answered moderator Lester Holt’s question about race relations.\n")
    assert ("race relations", "Lester Holt", PERSON) in rows


@pytest.mark.parametrize(
    ("text", "quote", "name"),
    [
        (
            "Clinton answered moderator Lester Holt’s question about race relations. "
            "She said the country must do better.\n",
            "the country must do better", "Clinton",
        ),  # guard: right before too, when Holt was typed an organisation
        (
            "Sen. Marco Rubio refrained from attacking his rivals, particularly Gov. Chris Christie, "
            "who says the senator lacks experience.\n\n"
            "He said the debate had been his campaign’s best fundraising night.\n",
            "the debate had been his campaign’s best fundraising night", "Marco Rubio",
        ),
    ],
)
def test_a_pronoun_takes_the_subject_of_the_sentence_before_over_a_later_holder(nlp, text, quote, name):
    # the nearest sentence first, and within it its subject before a possessor or a
    # name in a relative clause that happens to stand nearer the pronoun
    assert (quote, name, PERSON) in sources_by_quote(nlp, text)


@pytest.mark.parametrize(
    ("text", "quote", "name"),
    [
        (
            "Coach Maria Lopez praised the team on Sunday. The 52-year-old said the title was within reach.\n",
            "the title was within reach", "Maria Lopez",
        ),
        (
            "Donald Trump spoke in Ohio on Monday. The real estate mogul said the wall would be built.\n",
            "the wall would be built", "Donald Trump",
        ),
        (
            "Ben Carson campaigned in Iowa on Friday. The retired neurosurgeon said he would stay in the race.\n",
            "he would stay in the race", "Ben Carson",
        ),
        # the subject of the sentence right before wins over a speaker a paragraph back
        (
            "“We are reviewing the proposal,” said a spokeswoman for the agency, Maria Lopez.\n\n"
            "Coach Tom Reyes praised the council on Tuesday. The 52-year-old said the stadium deal was fair.\n",
            "the stadium deal was fair", "Tom Reyes",
        ),
    ],
)
def test_an_epithet_is_the_person_named_just_before(nlp, text, quote, name):
    # issue 16, floating speakers: "a role description ('the 52-year-old') links to the
    # named person it describes"; it was an anonymous source with a "who are they?" finding
    assert (quote, name, PERSON) in sources_by_quote(nlp, text)


@pytest.mark.parametrize(
    ("text", "quote", "name", "kind"),
    [
        # an office may well be someone new
        (
            "Mayor Karen Bass visited the flooded street. The spokesman said repairs would start soon.\n",
            "repairs would start soon", "spokesman", SourceType.ANONYMOUS_SPECIFIC,
        ),
        # two people in reach: the epithet could be either
        (
            "Hillary Clinton met voters in Ohio while Bernie Sanders campaigned in Oregon. "
            "The candidate said the race was not over.\n",
            "the race was not over", "candidate", SourceType.ANONYMOUS_SPECIFIC,
        ),
        # a person with another post is not "the candidate"
        (
            "Trump spokesman Sean Coit spoke to reporters. The candidate said the convention would unite the party.\n",
            "the convention would unite the party", "candidate", SourceType.ANONYMOUS_SPECIFIC,
        ),
    ],
)
def test_an_epithet_stays_unnamed_when_it_may_be_someone_else(nlp, text, quote, name, kind):
    # guards
    assert (quote, name, kind) in sources_by_quote(nlp, text)


def test_a_surname_the_tagger_reads_as_a_plural_noun_is_still_the_person_a_pronoun_means(nlp):
    # the small tagger reads "Sanders" at a sentence start as a plural common noun (NNS);
    # the recogniser calls it a person, and "Bernie Sanders" was named before
    text = (
        "Donald Trump spoke first.\n\n"
        "Later I asked Bernie Sanders what happens to me if he endorses Hillary Clinton.\n\n"
        "Sanders laughed, heartily.\n\n"
        "“Politics is a tough game,” he said.\n"
    )
    rows = sources_by_quote(nlp, text)
    assert ("“Politics is a tough game,”", "Bernie Sanders", PERSON) in rows


def test_the_object_of_a_fronted_clause_is_who_the_pronoun_means(nlp):
    text = (
        "When I asked Bernie Sanders if he would ever endorse Hillary Clinton, "
        "he looked into my camera and said he was joking.\n"
    )
    assert ("he was joking", "Bernie Sanders", PERSON) in sources_by_quote(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # no subject of its own: the pronoun is the one asked
        "Asked about Bashar al-Assad, he said the talks would continue.\n",
        # inside what someone said
        "“If the Americans choose Trump, that will have consequences,” he said.\n",
    ],
)
def test_an_object_in_a_clause_without_a_subject_or_in_quoted_words_is_not_the_pronoun(nlp, text):
    # guards
    rows = sources_by_quote(nlp, text)
    assert all(name not in ("Bashar al-Assad", "Trump") for _, name, _ in rows)


def test_a_title_ending_in_an_institution_leaves_the_name_a_persons(nlp):
    # "the" before "House" belongs to the title "Speaker of the House", not to the name
    rows = sources_by_quote(nlp, "Speaker of the House Paul Ryan said the bill would pass.\n")
    assert rows == [("the bill would pass", "Paul Ryan", PERSON)]


def test_the_before_a_run_of_capitals_still_makes_an_institution(nlp):
    # guard: "the USA TODAY NETWORK", whose last word the recogniser calls a person
    rows = sources_by_quote(nlp, "The Washington Post reported that the deal was off.\n")
    assert rows == [("the deal was off", "Washington Post", SourceType.NAMED_ORGANIZATION)]
