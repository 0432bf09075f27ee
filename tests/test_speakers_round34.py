"""Speakers, round 34: the miss of the never-tuned source batch s34, and what it showed.

* "Jean-Pierre Dubois-Martin … Dubois-Martin said": the tokenizer splits a hyphenated
  double surname at the hyphen, so its last piece ("Martin") was taken for the surname
  and the repeated double surname matched nobody. The surname is the whole hyphen-joined
  word (a particle before the hyphen still drops: "al-Rashid" goes by "Rashid"), and the
  "Mark" of "Mark-Viverito" gives no gender. A name the recogniser calls an organisation
  keeps its hyphenated first name ("Anne-Marie Laurent-Petit", not "Laurent-Petit").
* "Bill Clinton … Mrs. Clinton said": a surname whose courtesy title or first name gives
  a gender is not the person of that surname known to be of the other; the nearest full
  name of that surname and gender is.

Each case is the whole pipeline on a short story; the expected speaker mention and source
are the ones an editor would name.
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
            "Maria Garcia-Lopez, the city's finance director, presented the budget on Tuesday.\n\n"
            "Garcia-Lopez said the deficit would shrink next year.\n",
            ("the deficit would shrink next year", "Garcia-Lopez", "Maria Garcia-Lopez", PERSON),
        ),
        (
            "State Sen. Carlos Lopez-Cantera toured the flooded neighborhood on Monday.\n\n"
            "“Nobody should have to live like this,” Lopez-Cantera said.\n",
            ("“Nobody should have to live like this,”", "Lopez-Cantera", "Carlos Lopez-Cantera", PERSON),
        ),
        (
            "Council Speaker Melissa Mark-Viverito opened the hearing.\n\n"
            "Mark-Viverito said she would hold a vote in June.\n",
            ("she would hold a vote in June", "Mark-Viverito", "Melissa Mark-Viverito", PERSON),
        ),
    ],
)
def test_a_hyphenated_double_surname_is_the_person_named_in_full(nlp, text, row):
    assert row in quotes_with_speakers(nlp, text)


def test_a_name_the_recogniser_calls_an_organisation_keeps_its_hyphenated_first_name(nlp):
    """The run of the name went back only to the last hyphen: "Laurent-Petit"."""
    text = "Anne-Marie Laurent-Petit, the city's finance director, said the budget was balanced.\n"
    assert ("the budget was balanced", "Anne-Marie Laurent-Petit", "Anne-Marie Laurent-Petit", PERSON) in quotes_with_speakers(nlp, text)


def test_a_particle_before_the_hyphen_still_drops():
    """The particle rule stands: "Ahmed al-Rashid … al-Rashid" is indexed by "Rashid"."""
    import spacy

    from quoteaudit.speakers.roles import hyphenated_surname

    doc = spacy.blank("en")("Ahmed al-Rashid and Jean-Pierre Dubois-Martin spoke")
    assert hyphenated_surname([doc[0], doc[1], doc[2], doc[3]]) == "Rashid"
    assert hyphenated_surname(list(doc[5:11])) == "Dubois-Martin"


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Hillary Clinton spoke in Iowa on Monday. Former President Bill Clinton stayed in New York.\n\n"
            "Mrs. Clinton said the caucuses would be close.\n",
            ("the caucuses would be close", "Mrs. Clinton", "Hillary Clinton", PERSON),
        ),
        (
            "Hillary Clinton spoke in Iowa on Monday. Former President Bill Clinton stayed in New York.\n\n"
            "Mr. Clinton said he would campaign in New Hampshire.\n",
            ("he would campaign in New Hampshire", "Mr. Clinton", "Bill Clinton", PERSON),
        ),
        (
            "Sarah Palmer and her husband, Robert Palmer, own the bakery on Main Street.\n\n"
            "Ms. Palmer said the rent had doubled.\n",
            ("the rent had doubled", "Ms. Palmer", "Sarah Palmer", PERSON),
        ),
    ],
)
def test_a_courtesy_title_picks_the_person_of_its_gender(nlp, text, row):
    assert row in quotes_with_speakers(nlp, text)


def test_a_gendered_title_with_no_full_name_of_its_gender_is_a_source_of_its_own(nlp):
    text = "Bill Clinton spoke first.\n\nMrs. Clinton said the economy was strong.\n"
    row = next(r for r in quotes_with_speakers(nlp, text) if r[0] == "the economy was strong")
    assert row[1:] == ("Mrs. Clinton", "Clinton", PERSON)


# And of batch s34b:
#
# * "According to a statement from Tesla": a statement or press release that a name
#   issues is that person or organisation speaking on the record, as "Tesla said in a
#   statement" is; a report or a letter stays a document, and so does a statement whose
#   issuer is unnamed ("a statement from the campaign").
# * "The Denver Police Department arrested two teenagers. Police said …": bare "police"
#   is as definite as "the police", and is the police force the story named, never
#   another agency ("The FBI arrested … Police said" stays the police).

ORG = SourceType.NAMED_ORGANIZATION


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "According to a statement from Moderna, the trial met its main goal.\n",
            ("the trial met its main goal", "a statement from Moderna", "Moderna", ORG),
        ),
        (
            "A White House statement said the president would sign the bill on Friday.\n",
            ("the president would sign the bill on Friday", "A White House statement", "White House", ORG),
        ),
        (
            "A press release from Delta Air Lines said 300 flights had been canceled.\n",
            ("300 flights had been canceled", "A press release from Delta Air Lines", "Delta Air Lines", ORG),
        ),
    ],
)
def test_a_statement_a_name_issues_is_that_name_speaking(nlp, text, row):
    assert row in quotes_with_speakers(nlp, text)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("A statement from the campaign said the rally was canceled.\n", "statement", SourceType.DOCUMENT),
        ("A report from the Brookings Institution said the gap had widened.\n", "report", SourceType.DOCUMENT),
    ],
)
def test_a_statement_with_no_named_issuer_and_a_report_stay_documents(nlp, text, name, kind):
    (row,) = quotes_with_speakers(nlp, text)
    assert row[2:] == (name, kind)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The Tulsa Police Department arrested a 19-year-old man on Sunday. Police said he had fired into the crowd.\n",
            ("he had fired into the crowd", "Police", "Tulsa Police Department", ORG),
        ),
        (
            "The Metropolitan Police arrested a man in Croydon. Police said he would appear in court on Monday.\n",
            ("he would appear in court on Monday", "Police", "Metropolitan Police", ORG),
        ),
        # guard: another agency is not the police
        (
            "The FBI arrested two men on Friday. Police said the pair had stolen six cars.\n",
            ("the pair had stolen six cars", "Police", "Police", ORG),
        ),
    ],
)
def test_bare_police_is_the_police_force_the_story_named(nlp, text, row):
    assert row in quotes_with_speakers(nlp, text)


# And of the never-tuned quote set qs34: a paragraph that says how someone spoke
# ("Coach Dan Hurley was blunt after the loss.") introduces the quote paragraph after
# it, even when the article quotes that person nowhere else; a state that says nothing
# of speaking ("was tired") does not.


def test_a_quote_paragraph_after_someone_said_to_be_blunt_is_theirs(nlp):
    text = "Coach Dan Hurley was blunt after the loss.\n\n“We didn't compete. That is on me.”\n"
    assert quotes_with_speakers(nlp, text) == [("“We didn't compete. That is on me.”", None, "Dan Hurley", PERSON)]


@pytest.mark.parametrize(
    "text",
    [
        "Coach Dan Hurley was tired after the loss.\n\n“We didn't compete. That is on me.”\n",
        "The result was blunt.\n\n“We didn't compete. That is on me.”\n",
    ],
)
def test_a_state_that_says_nothing_of_speaking_leaves_the_quote_an_orphan(nlp, text):
    (row,) = quotes_with_speakers(nlp, text)
    assert row[2] is None
