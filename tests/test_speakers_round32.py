"""Speakers, round 32: the misses of the never-tuned source batch s32 (issue 16).

* "Shares of Lumen Foods fell 6 percent. The company said …", "The Defense Intelligence
  Agency briefed lawmakers. The agency said …": news names an organisation first as what
  the story is about, not as a source, then calls it by its class. "The company" is the
  organisation the narrative named last (the subject first, when a sentence names two),
  if its name fits the class. Not for "the group" (anything fits), nor for the nouns that
  mean the country's own institutions ("the administration", "the government"), nor for
  a class noun with a clause of its own ("the company that designs her clothes"), nor for
  a name the sieve took for a person.
* "“I still enjoy every minute,” the 37-year-old said": the small parser hangs "old" on
  the verb as an adjective and leaves the verb with no subject; the age is the speaker,
  and the person just named.
* "By Daniel Okafor" on a line of its own under the headline of plain text is the
  byline: the column's "I" is its writer, as a ``byline:`` header already made it.

Each case is the whole pipeline on a short story; the expected speaker mention and source
are the ones an editor would name.
"""

from __future__ import annotations

import pytest

from quoteaudit.ingest import read_string
from quoteaudit.model import SourceType
from quoteaudit.pipeline import audit_article

from .speakers_support import quotes_with_speakers

PERSON = SourceType.NAMED_PERSON
ORG = SourceType.NAMED_ORGANIZATION


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Shares of Lumen Foods fell 6 percent on Tuesday. The company said its new plant in Ohio would open late.\n",
            ("its new plant in Ohio would open late", "The company", "Lumen Foods", ORG),
        ),
        (
            "The Defense Intelligence Agency briefed lawmakers on Thursday. The agency said the missile had a range of about 1,800 miles.\n",
            ("the missile had a range of about 1,800 miles", "The agency", "Defense Intelligence Agency", ORG),
        ),
        (
            "Northwind Airlines cancelled 300 flights after the storm.\n\n"
            "The carrier said most passengers had been rebooked by Sunday.\n",
            ("most passengers had been rebooked by Sunday", "The carrier", "Northwind Airlines", ORG),
        ),
        (
            "Delta sued Microsoft over the outage on Monday. The company said it had lost $500 million.\n",
            ("it had lost $500 million", "The company", "Delta", ORG),
        ),
    ],
)
def test_the_company_is_the_organisation_the_story_named(nlp, text, row):
    assert row in quotes_with_speakers(nlp, text)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # any organisation is "the group": nothing to choose by
        (
            "Temple University hosted the rally on Friday. The group said more marches were planned.\n",
            "more marches were planned",
            "The group",
        ),
        # "the administration" is the White House, not the agency the story named
        (
            "The EPA delayed the rule on Friday. The administration said it needed more time.\n",
            "it needed more time",
            "The administration",
        ),
        # a class noun with a phrase of its own introduces a new company
        (
            "Harbor Apparel opened a store in Denver. The company behind its jackets said prices would rise.\n",
            "prices would rise",
            "The company behind its jackets",
        ),
    ],
)
def test_a_class_noun_with_no_fitting_named_organisation_stays_its_own_source(nlp, text, content, speaker):
    rows = quotes_with_speakers(nlp, text)
    row = next(r for r in rows if r[0] == content)
    assert row[1] == speaker
    assert row[2] not in ("Temple University", "EPA", "Harbor Apparel")


def test_two_organisations_neither_the_subject_are_not_guessed_between(nlp):
    text = "Regulators fined Acme Corp. and Globex Corp. on Monday. The company said it would appeal.\n"
    row = next(r for r in quotes_with_speakers(nlp, text) if r[0] == "it would appeal")
    assert row[2] not in ("Acme Corp.", "Globex Corp.")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Goalkeeper Hugo Lloris made six saves on Saturday.\n\n“I still enjoy every minute,” the 37-year-old said.\n",
            ("“I still enjoy every minute,”", "the 37-year-old", "Hugo Lloris", PERSON),
        ),
        (
            "Striker Ada Hegerberg scored twice in the final.\n\n“We never stopped running,” the 29-year-old said.\n",
            ("“We never stopped running,”", "the 29-year-old", "Ada Hegerberg", PERSON),
        ),
    ],
)
def test_an_age_after_a_quote_is_the_person_just_named(nlp, text, row):
    assert row in quotes_with_speakers(nlp, text)


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        ("By Daniel Okafor\n\nI grew up two blocks from the mill. I believe the town can survive without it.\n", "By Daniel Okafor"),
        ("Mill town fights on\n\nBy Daniel Okafor, Staff Writer\n\nI grew up two blocks from the mill.\n", "By Daniel Okafor, Staff Writer"),
    ],
)
def test_a_by_line_under_the_headline_is_the_byline(text, byline):
    (article,) = read_string(text, "txt")
    assert article.metadata["byline"] == byline


def test_a_by_phrase_in_the_story_is_no_byline():
    (article,) = read_string("Rents rose by 4 percent.\n\nBy March the council had voted.\n", "txt")
    assert "byline" not in article.metadata


def test_a_columns_i_is_the_writer_named_by_the_by_line(nlp):
    text = "By Daniel Okafor\n\nI grew up two blocks from the mill. I believe the town can survive without it.\n"
    assert ("the town can survive without it", "I", "Daniel Okafor", PERSON) in quotes_with_speakers(nlp, text)


# batch s32b's misses


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Obama's former chief of staff, Rahm Emanuel, said the party had lost touch with workers.\n",
            ("the party had lost touch with workers", "Obama's former chief of staff", "Rahm Emanuel", PERSON),
        ),
        (
            "The club's head coach, Thiago Motta, said the squad needed two more defenders.\n",
            ("the squad needed two more defenders", "The club's head coach", "Thiago Motta", PERSON),
        ),
    ],
)
def test_a_name_in_apposition_to_a_persons_job_is_a_person(nlp, text, row):
    # the small recogniser calls both names organisations
    assert row in quotes_with_speakers(nlp, text)


def test_an_organisation_in_apposition_to_a_non_job_stays_an_organisation(nlp):
    text = "The team's owner, Acme Holdings, said the stadium would be sold.\n"
    row = next(r for r in quotes_with_speakers(nlp, text) if r[0] == "the stadium would be sold")
    assert row[2] != "Acme Holdings" or row[3] != PERSON


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The Department of Transportation opened an inquiry into the crash. The department said it would publish its findings in May.\n",
            ("it would publish its findings in May", "The department", "Department of Transportation", ORG),
        ),
        (
            "The Bank of England held rates at 5 percent on Thursday. The bank said inflation was still too high.\n",
            ("inflation was still too high", "The bank", "Bank of England", ORG),
        ),
    ],
)
def test_the_class_noun_opening_a_name_before_of_is_that_organisation(nlp, text, row):
    assert row in quotes_with_speakers(nlp, text)


def test_a_study_by_researchers_at_a_named_institution_is_a_document(nlp):
    text = "A study by researchers at MIT found that the coating cut heat loss by half.\n"
    assert ("the coating cut heat loss by half", "A study by researchers at MIT", "study", SourceType.DOCUMENT) in quotes_with_speakers(nlp, text)


def test_a_study_by_unplaced_researchers_names_no_institution(nlp):
    text = "A study by researchers found that the coating cut heat loss by half.\n"
    row = next(r for r in quotes_with_speakers(nlp, text) if r[0] == "the coating cut heat loss by half")
    assert row[3] == SourceType.ANONYMOUS_VAGUE


# batch s32c's miss


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The company had $2.1 billion in debt at the end of June, according to a securities filing.\n", SourceType.DOCUMENT),
        ("Revenue fell 4 percent in the quarter, a regulatory filing showed.\n", SourceType.DOCUMENT),
        # a filing of no stated kind could be anything: the text must say whose
        ("Revenue fell 4 percent in the quarter, a filing showed.\n", SourceType.ANONYMOUS_VAGUE),
    ],
)
def test_a_public_filing_named_by_its_kind_is_a_document(nlp, text, kind):
    (row,) = quotes_with_speakers(nlp, text)
    assert row[3] == kind


def test_the_former_post_of_the_one_person_named_is_that_person(nlp):
    text = "Donald Trump spoke for 90 minutes in Ohio. The former president said the election had been unfair.\n"
    assert ("the election had been unfair", "The former president", "Donald Trump", PERSON) in quotes_with_speakers(nlp, text)


def test_the_former_post_is_nobody_chosen_when_the_family_is_named(nlp):
    # the brother who was president is not the sentence's subject: any of the three could be meant
    text = (
        "Jeb Bush brought his older brother, George W. Bush, and his mother, Barbara Bush, to the rally.\n\n"
        "“Labels are for soup cans,” the former president told the crowd.\n"
    )
    row = next(r for r in quotes_with_speakers(nlp, text) if r[0] == "“Labels are for soup cans,”")
    assert row[2] != "Jeb Bush"


@pytest.mark.parametrize(
    ("text", "role", "affiliation"),
    [
        # the portfolio after "of" is part of the post, though "State" is tagged an organisation
        # (and a named person's former post stays former: session 33)
        ("Hillary Clinton, the former secretary of state, said the deal was flawed.\n", "former secretary of state", None),
        ("Sajid Javid, the minister of health, said the plan would work.\n", "minister of health", None),
        # a lower-case job the tagger calls a proper noun is still the job
        ("Lloyd Austin, the secretary of defense, said the troops would stay.\n", "secretary of defense", None),
        # a place or an institution after "of" is where the job is
        ("James Comey, the director of the FBI, said the case was closed.\n", "director", "the FBI"),
    ],
)
def test_a_posts_portfolio_is_part_of_the_role(nlp, text, role, affiliation):
    (article,) = read_string(text, "txt")
    audit = audit_article(article, nlp(article.text))
    (quote,) = audit.quotes
    source = audit.source_by_id(quote.source)
    assert (source.role, source.affiliation) == (role, affiliation)


@pytest.mark.parametrize(
    "text",
    [
        # the tagger reads "forward" as an adverb of the club's name
        "“We defended like champions,” said Marta Vieira, the Orlando Pride forward.\n",
        "“We defended like champions,” said Marta Vieira, the Orlando Pride striker.\n",
    ],
)
def test_a_position_after_the_club_is_the_players_role(nlp, text):
    (article,) = read_string(text, "txt")
    audit = audit_article(article, nlp(article.text))
    (quote,) = audit.quotes
    source = audit.source_by_id(quote.source)
    assert (source.name, source.role, source.affiliation) == ("Marta Vieira", text.split()[-1].rstrip(".\n"), "Orlando Pride")
