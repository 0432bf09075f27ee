"""Speakers, round 3 (issue 16): who each quote rests on, as an editor reads it.

* "each"/"both" opening a participle clause stands for the coordinated subject it is
  set off from ("Smith and Jones clashed, each saying ...": the two of them, named);
* a later surname of someone first named in a pair is that one person, not the pair;
* a one-word name the article never gives as a person's is an organisation ("Arsenal
  said", "Everton said"), while surnames of people named in full, names the recogniser
  calls people and speakers who report themselves as "he"/"she" stay people;
* several names listed as one subject are one source named for all of them;
* a surname's lower-case particles are part of the name ("Erik ten Hag").
"""

from __future__ import annotations

import pytest

from quoteaudit.ingest import read_string
from quoteaudit.model import SourceType
from quoteaudit.pipeline import audit_article

from .speakers_support import Q, resolve, source_of

PERSON = SourceType.NAMED_PERSON
ORGANIZATION = SourceType.NAMED_ORGANIZATION


def _last(nlp, text, specs):
    quotes, sources = resolve(nlp, text, specs)
    return source_of(quotes[-1], sources)


# -- distributive "each" / "both" ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue", "name", "type_", "title"),
    [
        (
            "Mayor Eric Adams and Gov. Kathy Hochul sparred over migrant funding on Tuesday, each blaming the other for the shortfall.",
            "the other for the shortfall", "each", "blaming", "Eric Adams and Kathy Hochul", PERSON, None,
        ),
        (
            "Apple and Samsung traded accusations on Thursday, each claiming the other had copied its designs.",
            "the other had copied its designs", "each", "claiming", "Apple and Samsung", ORGANIZATION, None,
        ),
        (
            "The two candidates, Maria Lopez and Tom Becker, disagreed sharply at Thursday's forum, with each accusing the other of ignoring teachers.",
            "the other of ignoring teachers", "each", "accusing", "Maria Lopez and Tom Becker", PERSON, None,
        ),
        (
            "Sen. Marco Rubio (R-Fla.) and Sen. Chris Murphy (D-Conn.) traded barbs on the floor, both saying the other party had stalled the bill.",
            "the other party had stalled the bill", "both", "saying", "Marco Rubio and Chris Murphy", PERSON, "Senator",
        ),
        (
            "Councillors Smith and Jones clashed at Tuesday's meeting, each saying the other had misled residents about the cost.",
            "the other had misled residents about the cost", "each", "saying", "Smith and Jones", PERSON, "Councillor",
        ),
    ],
)
def test_each_or_both_after_a_coordinated_subject_is_the_names_themselves(nlp, text, content, speaker, cue, name, type_, title):
    src = _last(nlp, text, [Q(content, speaker, cue)])
    assert (src.name, src.type, src.title) == (name, type_, title)


def test_both_opening_the_next_sentence_is_the_pair_just_named(nlp):
    text = (
        "Councillors Smith and Jones clashed at Tuesday's meeting, each saying the other had misled residents.\n\n"
        "Both said they would vote against the budget."
    )
    src = _last(nlp, text, [Q("the other had misled residents", "each", "saying"), Q("they would vote against the budget", "Both", "said")])
    assert (src.name, src.type) == ("Smith and Jones", PERSON)


@pytest.mark.parametrize(
    ("text", "content", "speaker", "name", "type_"),
    [
        ("Leeds United and Everton were each fined £50,000 after a mass brawl, the FA said.\n\nBoth clubs said they accepted the punishment.",
         "they accepted the punishment", "Both clubs", "Leeds United and Everton", ORGANIZATION),
        ("Smith and Jones clashed at the council meeting on Tuesday.\n\nBoth said they would vote against the budget.",
         "they would vote against the budget", "Both", "Smith and Jones", PERSON),
    ],
)
def test_both_after_a_pair_named_as_a_subject_is_that_pair(nlp, text, content, speaker, name, type_):
    src = _last(nlp, text, [Q(content, speaker, "said")])
    assert (src.name, src.type) == (name, type_)


def test_both_clubs_is_no_pair_of_people(nlp):
    text = "Maria Lopez and Tom Becker met voters on Thursday.\n\nBoth clubs said the schools needed more money."
    src = _last(nlp, text, [Q("the schools needed more money", "Both clubs", "said")])
    assert src.name == "Both clubs"


def test_a_distributive_source_raises_no_anonymity_finding(nlp):
    text = (
        "Council split over bypass\n\n"
        "Councillors Smith and Jones clashed at Tuesday's meeting, each saying the other had misled residents about the cost.\n"
    )
    (article,) = read_string(text, "text", path="story.txt")
    audit = audit_article(article, nlp(article.text))
    quote = next(q for q in audit.quotes if q.speaker is not None and q.speaker.text == "each")
    src = next(s for s in audit.sources if s.id == quote.source)
    assert (src.name, src.type) == ("Smith and Jones", PERSON)
    assert not [f for f in audit.findings if f.rule in ("QA201", "QA202", "QA204")]


# -- a surname after a pair -----------------------------------------------------------------


def test_a_surname_after_a_pair_is_that_one_person(nlp):
    text = (
        "The two candidates, Maria Lopez and Tom Becker, disagreed sharply at Thursday's forum.\n\n"
        'Lopez said the district needed "a fresh start."'
    )
    src = _last(nlp, text, [Q('the district needed "a fresh start."', "Lopez", "said")])
    assert (src.name, src.type) == ("Maria Lopez", PERSON)


def test_a_titled_surname_after_a_pair_keeps_the_title(nlp):
    text = (
        "Sen. Marco Rubio (R-Fla.) and Sen. Chris Murphy (D-Conn.) traded barbs on the floor.\n\n"
        'Rubio said the delay was "shameful."'
    )
    src = _last(nlp, text, [Q('the delay was "shameful."', "Rubio", "said")])
    assert (src.name, src.type, src.title) == ("Marco Rubio", PERSON, "Senator")


def test_one_of_a_pair_of_companies_is_that_company(nlp):
    text = (
        "Apple and Samsung traded accusations on Thursday, each claiming the other had copied its designs.\n\n"
        "Samsung said it would appeal the ruling."
    )
    src = _last(nlp, text, [Q("the other had copied its designs", "each", "claiming"), Q("it would appeal the ruling", "Samsung", "said")])
    assert (src.name, src.type) == ("Samsung", ORGANIZATION)


# -- one-word names: clubs, bands, companies against surnames -----------------------------------


def test_a_club_named_in_one_word_is_an_organisation(nlp):
    text = "Arsenal confirm signing\n\nArsenal said on Monday that the striker had passed his medical and would join in July."
    src = _last(nlp, text, [Q("the striker had passed his medical and would join in July", "Arsenal", "said")])
    assert (src.name, src.type) == ("Arsenal", ORGANIZATION)


def test_a_band_named_in_one_word_is_an_organisation(nlp):
    text = (
        "Band announces reunion tour\n\n"
        "Pink Floyd said the tour would begin in London next spring.\n\n"
        "Coldplay said in a statement that it had no plans to join the bill."
    )
    src = _last(nlp, text, [Q("it had no plans to join the bill", "Coldplay", "said")])
    assert (src.name, src.type) == ("Coldplay", ORGANIZATION)


def test_a_one_word_name_listed_with_a_club_is_a_club(nlp):
    text = (
        "Leeds United and Everton were each fined £50,000 after a mass brawl, the FA said.\n\n"
        "Everton said it would review the footage."
    )
    src = _last(nlp, text, [Q("it would review the footage", "Everton", "said")])
    assert (src.name, src.type) == ("Everton", ORGANIZATION)


def test_a_person_given_in_full_stays_a_person_when_listed_with_a_company(nlp):
    text = (
        "Hillary Clinton met donors in Ohio on Monday.\n\n"
        "Clinton and Acme Holdings announced a jobs plan on Tuesday.\n\n"
        "Clinton said the plan would create 2,000 jobs."
    )
    src = _last(nlp, text, [Q("the plan would create 2,000 jobs", "Clinton", "said")])
    assert (src.name, src.type) == ("Hillary Clinton", PERSON)


def test_a_plural_for_people_opening_the_sentence_is_no_name(nlp):
    src = _last(nlp, "Aides said the senator would not run again.", [Q("the senator would not run again", "Aides", "said")])
    assert (src.name, src.type) == ("Aides", SourceType.ANONYMOUS_SPECIFIC)


def test_a_club_whose_name_ends_in_a_weekday_is_an_organisation(nlp):
    # the recogniser reads "Wednesday" as the day; the quotes stage hands over "Sheffield"
    text = "Sheffield Wednesday said the fee was undisclosed. Manager Danny Rohl said he was sad to see him go."
    src = _last(nlp, text, [Q("the fee was undisclosed", "Sheffield", "said")])
    assert src.type == ORGANIZATION


def test_a_one_word_name_reporting_itself_as_it_is_an_organisation(nlp):
    # the recogniser calls "Ryanair" a PERSON here; "it had cancelled" is the airline speaking of itself
    text = (
        "Airline cancels flights\n\n"
        "Ryanair said it had cancelled 400 flights because of the strike.\n\n"
        "Chief executive Michael O'Leary said the walkout was unjustified."
    )
    src = next(s for s in resolve(nlp, text, [Q("it had cancelled 400 flights because of the strike", "Ryanair", "said")])[1])
    assert (src.name, src.type) == ("Ryanair", ORGANIZATION)


def test_the_before_a_name_makes_it_an_institution(nlp):
    text = (
        "Museum unveils painting\n\n"
        "The Louvre said the painting had been restored over two years.\n\n"
        "Curator Sophie Martin said it was a revelation."
    )
    src = next(s for s in resolve(nlp, text, [Q("the painting had been restored over two years", "The Louvre", "said")])[1])
    assert (src.name, src.type) == ("Louvre", ORGANIZATION)


def test_the_before_a_title_keeps_a_person(nlp):
    src = _last(nlp, "The Rev. Al Sharpton said the march would go ahead.", [Q("the march would go ahead", "The Rev. Al Sharpton", "said")])
    assert (src.name, src.type, src.title) == ("Al Sharpton", PERSON, "Reverend")


def test_a_capitalised_job_word_alone_is_no_organisation(nlp):
    src = _last(nlp, "President said the talks would go on.", [Q("the talks would go on", "President", "said")])
    assert src.type != ORGANIZATION


@pytest.mark.parametrize(
    ("text", "content", "speaker", "name"),
    [
        ("Colonel Ryan Dillon briefed reporters.\n\nDillon said the strike killed 12 fighters.", "the strike killed 12 fighters", "Dillon", "Ryan Dillon"),
        ("Wednesday Addams said she was bored.", "she was bored", "Wednesday Addams", "Wednesday Addams"),
        ("Trump says he will win\n\nTrump said he would win the state.", "he would win the state", "Trump", "Trump"),
        ("Madrid striker David Villa scored twice.\n\nVilla said he was happy.", "he was happy", "Villa", "David Villa"),
    ],
)
def test_people_stay_people(nlp, text, content, speaker, name):
    src = _last(nlp, text, [Q(content, speaker, "said")])
    assert (src.name, src.type) == (name, PERSON)


# -- several names as one subject -------------------------------------------------------------


def test_companies_listed_as_one_subject_are_one_source_named_for_all(nlp):
    text = "Amazon, Meta and Google each said they had not been contacted."
    src = _last(nlp, text, [Q("they had not been contacted", "Amazon", "said")])
    assert (src.name, src.type) == ("Amazon, Meta and Google", ORGANIZATION)


# -- surname particles ---------------------------------------------------------------------


def test_a_surname_particle_is_part_of_the_name(nlp):
    text = (
        "United edge City in derby\n\n"
        "Manchester United beat Manchester City 2-1 on Sunday.\n\n"
        "Both managers said the referee had made the right call on the penalty.\n\n"
        'Erik ten Hag said his players had "shown real character."'
    )
    src = _last(nlp, text, [Q('his players had "shown real character."', "Erik ten Hag", "said")])
    assert (src.name, src.type, src.affiliation) == ("Erik ten Hag", PERSON, None)


def test_a_name_with_a_lower_case_preposition_is_no_crowd(nlp):
    text = "Citizens for Tax Justice said the plan would mostly help the wealthy."
    src = _last(nlp, text, [Q("the plan would mostly help the wealthy", "Citizens for Tax Justice", "said")])
    assert src.type != SourceType.ANONYMOUS_SPECIFIC and src.type != SourceType.ANONYMOUS_VAGUE


def test_a_plural_noun_capitalised_as_the_first_word_is_a_crowd(nlp):
    text = (
        "Fire destroys warehouse\n\n"
        "A fire destroyed a warehouse on Elm Street early Saturday, Fire Chief Tom Rivera said.\n\n"
        "No one was injured, Rivera said.\n\n"
        "Neighbors said they heard explosions around 3 a.m."
    )
    src = _last(nlp, text, [Q("they heard explosions around 3 a.m.", "Neighbors", "said")])
    assert (src.name, src.type) == ("Neighbors", SourceType.ANONYMOUS_VAGUE)


# -- party and state after a legislator's name -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker", "name", "title", "affiliation"),
    [
        ("Sen. Elizabeth Warren (D-Mass.) said Tuesday that regulators had failed the public.", "regulators had failed the public",
         "Sen. Elizabeth Warren", "Elizabeth Warren", "Senator", "D-Mass."),
        ("Rep. Patrick McHenry (R-N.C.) said the hearing was political theater.", "the hearing was political theater",
         "Rep. Patrick McHenry", "Patrick McHenry", "Representative", "R-N.C."),
        ('House Speaker Mike Johnson, R-La., said Tuesday the bill would pass "with room to spare."', "the bill would pass",
         "House Speaker Mike Johnson", "Mike Johnson", "House Speaker", "R-La."),
    ],
)
def test_party_and_state_in_brackets_is_the_affiliation(nlp, text, content, speaker, name, title, affiliation):
    src = _last(nlp, text, [Q(content, speaker, "said")])
    assert (src.name, src.type, src.title, src.affiliation) == (name, PERSON, title, affiliation)


def test_a_pair_of_legislators_takes_neither_ones_party(nlp):
    text = "Sen. Marco Rubio (R-Fla.) and Sen. Chris Murphy (D-Conn.) traded barbs on the floor, both saying the other party had stalled the bill."
    src = _last(nlp, text, [Q("the other party had stalled the bill", "both", "saying")])
    assert (src.name, src.title, src.affiliation) == ("Marco Rubio and Chris Murphy", "Senator", None)


def test_a_bracketed_aside_after_a_name_is_no_affiliation(nlp):
    src = _last(nlp, "John Smith (left) said he was pleased with the result.", [Q("he was pleased with the result", "John Smith", "said")])
    assert (src.name, src.affiliation) == ("John Smith", None)


# -- a job word opening the sentence ---------------------------------------------------------


def test_a_capitalised_job_word_opening_the_sentence_is_the_role(nlp):
    text = (
        "Museum unveils painting\n\n"
        "The Louvre said the painting had been restored over two years.\n\n"
        'Curator Sophie Martin said it was "a revelation."'
    )
    src = _last(nlp, text, [Q('it was "a revelation."', "Curator Sophie Martin", "said")])
    assert (src.name, src.type, src.role, src.affiliation) == ("Sophie Martin", PERSON, "Curator", None)


def test_a_party_before_a_name_stays_the_affiliation(nlp):
    src = _last(nlp, "Republican Ted Cruz said the bill was dead.", [Q("the bill was dead", "Republican Ted Cruz", "said")])
    assert (src.name, src.role, src.affiliation) == ("Ted Cruz", None, "Republican")


def test_a_plural_for_people_before_a_persons_name_is_a_crowd_placed_by_it(nlp):
    text = "Attorneys for Clinton appeared to oppose the effort, saying in court files that her email account was private."
    src = _last(nlp, text, [Q("her email account was private", "Attorneys for Clinton", "saying")])
    assert (src.type, src.affiliation) == (SourceType.ANONYMOUS_SPECIFIC, "Clinton")


def test_he_after_an_addressee_is_the_addressee_not_the_speaker(nlp):
    text = "Microsoft promised Mr. Weiner that he could run LinkedIn as an independent company."
    src = _last(nlp, text, [Q("he could run LinkedIn as an independent company", "Microsoft", "promised")])
    assert (src.name, src.type) == ("Microsoft", ORGANIZATION)


def test_each_after_a_pair_the_parse_split_is_one_of_the_pair_not_a_vague_source(audit_text):
    # the parse hangs "Ortiz" on "Reyes" as a modifier, the conjunct on Ortiz
    doc = audit_text("Ortiz and council member Dan Reyes clashed at the meeting, each saying the other had misread the numbers.\n")
    (quote,) = doc.quotes
    source = next(s for s in doc.sources if s.id == quote.source)
    assert (source.type, "Reyes" in source.name) == ("named_person", True)
