"""Title, role and affiliation split from the name (quoteaudit/speakers/roles.py)."""

from __future__ import annotations

import pytest

from quoteaudit.model import SourceType

from .speakers_support import Q, resolve, source_of


def describe(nlp, text, content, speaker, cue="said"):
    quotes, sources = resolve(nlp, text, [Q(content, speaker, cue)])
    src = source_of(quotes[0], sources)
    return src.name, src.type, src.title, src.role, src.affiliation


@pytest.mark.parametrize(
    "text, speaker, expected",
    [
        # a pre-name title, spelled out and abbreviated, reported in full
        ("Colonel Ryan Dillon said the zone was safe.", "Colonel Ryan Dillon", ("Ryan Dillon", "Colonel")),
        ("Col. Ryan Dillon said the zone was safe.", "Col. Ryan Dillon", ("Ryan Dillon", "Colonel")),
        ("Sen. Elizabeth Warren said the zone was safe.", "Sen. Elizabeth Warren", ("Elizabeth Warren", "Senator")),
        ("Dr. Anthony Fauci said the zone was safe.", "Dr. Anthony Fauci", ("Anthony Fauci", "Doctor")),
        ("President Emmanuel Macron said the zone was safe.", "President Emmanuel Macron", ("Emmanuel Macron", "President")),
        ("Lt. Gen. Stephen Townsend said the zone was safe.", "Lt. Gen. Stephen Townsend", ("Stephen Townsend", "Lieutenant General")),
        ("Secretary of State John Kerry said the zone was safe.", "Secretary of State John Kerry", ("John Kerry", "Secretary of State")),
    ],
)
def test_pre_name_title_is_split_from_the_name(nlp, text, speaker, expected):
    name, kind, title, _, _ = describe(nlp, text, "the zone was safe", speaker)
    assert (name, title) == expected
    assert kind == SourceType.NAMED_PERSON


def test_appositive_gives_role_and_affiliation_without_the_place(nlp):
    text = "Colonel Ryan Dillon, spokesman for the coalition in Baghdad, told journalists the zone was safe."
    assert describe(nlp, text, "the zone was safe", "Colonel Ryan Dillon", "told") == (
        "Ryan Dillon", SourceType.NAMED_PERSON, "Colonel", "spokesman", "the coalition",
    )


def test_appositive_professor_at_a_university(nlp):
    text = "Jane Doe, a professor at Harvard University, said the study was flawed."
    assert describe(nlp, text, "the study was flawed", "Jane Doe") == (
        "Jane Doe", SourceType.NAMED_PERSON, None, "professor", "Harvard University",
    )


def test_appositive_of_a_multiword_organization_keeps_the_whole_name(nlp):
    text = "Dr. Anthony Fauci, director of the National Institute of Allergy and Infectious Diseases, said the vaccine was safe."
    assert describe(nlp, text, "the vaccine was safe", "Dr. Anthony Fauci") == (
        "Anthony Fauci", SourceType.NAMED_PERSON, "Doctor", "director", "the National Institute of Allergy and Infectious Diseases",
    )


def test_appositive_party_is_the_affiliation(nlp):
    text = '"We will not back down," said Sen. Elizabeth Warren, a Democrat from Massachusetts.'
    quotes, sources = resolve(nlp, text, [Q('"We will not back down,"', "Sen. Elizabeth Warren", "said", "direct")])
    src = source_of(quotes[0], sources)
    assert (src.name, src.title, src.affiliation) == ("Elizabeth Warren", "Senator", "Democrat")


def test_role_noun_with_the_name_in_apposition(nlp):
    text = "The coalition spokesman, Col. Ryan Dillon, said the zone was safe."
    assert describe(nlp, text, "the zone was safe", "The coalition spokesman") == (
        "Ryan Dillon", SourceType.NAMED_PERSON, "Colonel", "spokesman", "coalition",
    )


def test_possessive_country_is_the_affiliation_of_a_lower_case_role(nlp):
    text = "Russia's foreign minister Sergei Lavrov said the talks had failed."
    assert describe(nlp, text, "the talks had failed", "Russia's foreign minister Sergei Lavrov") == (
        "Sergei Lavrov", SourceType.NAMED_PERSON, None, "foreign minister", "Russia",
    )


def test_possessive_with_curly_apostrophe_and_no_name(nlp):
    text = "Russia’s foreign minister said the talks had failed."
    assert describe(nlp, text, "the talks had failed", "Russia’s foreign minister") == (
        "Russia’s foreign minister", SourceType.ANONYMOUS_SPECIFIC, None, "foreign minister", "Russia",
    )


def test_organization_before_a_lower_case_role_is_the_affiliation(nlp):
    text = "White House press secretary Sean Spicer told reporters the ban was legal."
    assert describe(nlp, text, "the ban was legal", "White House press secretary Sean Spicer", "told") == (
        "Sean Spicer", SourceType.NAMED_PERSON, None, "press secretary", "White House",
    )


def test_organization_word_inside_a_lower_case_role_joins_the_affiliation(nlp):
    text = "Trump campaign manager Kellyanne Conway said the rally was a success."
    assert describe(nlp, text, "the rally was a success", "Trump campaign manager Kellyanne Conway") == (
        "Kellyanne Conway", SourceType.NAMED_PERSON, None, "manager", "Trump campaign",
    )


def test_organization_before_a_capitalised_title(nlp):
    text = "FBI Director James Comey told lawmakers the inquiry continues."
    assert describe(nlp, text, "the inquiry continues", "FBI Director James Comey", "told") == (
        "James Comey", SourceType.NAMED_PERSON, "Director", None, "FBI",
    )


def test_spokeswoman_for_a_department(nlp):
    # the description keeps the words that place her
    text = "A spokeswoman for the State Department said the embassy would close."
    assert describe(nlp, text, "the embassy would close", "A spokeswoman") == (
        "spokeswoman for the State Department", SourceType.ANONYMOUS_SPECIFIC, None, "spokeswoman", "the State Department",
    )


def test_country_before_official_means_its_government(nlp):
    text = "The U.S. military dropped leaflets this week, a U.S. official said."
    assert describe(nlp, text, "The U.S. military dropped leaflets this week", "a U.S. official") == (
        "U.S. official", SourceType.ANONYMOUS_SPECIFIC, None, None, "U.S. government",
    )


def test_demonym_before_official_means_that_government(nlp):
    text = "The border will reopen on Monday, an American official said."
    assert describe(nlp, text, "The border will reopen on Monday", "an American official")[4] == "U.S. government"


def test_military_spokesmen_keep_the_written_affiliation_and_plural_role(nlp):
    text = "At this point, U.S. military spokesmen are now insisting that they are scaling up their presence."
    assert describe(nlp, text, "they are scaling up their presence", "U.S. military spokesmen", "insisting") == (
        "U.S. military spokesmen", SourceType.ANONYMOUS_SPECIFIC, None, "spokesmen", "U.S. military",
    )


def test_adjective_and_noun_before_sources_are_the_affiliation(nlp):
    text = "Regional intelligence sources say the rebels mean to use the base as a launchpad."
    assert describe(nlp, text, "the rebels mean to use the base as a launchpad", "Regional intelligence sources", "say") == (
        "Regional intelligence sources", SourceType.ANONYMOUS_SPECIFIC, None, None, "Regional intelligence",
    )


def test_seniority_is_not_an_affiliation_but_administration_is(nlp):
    text = "A senior administration official said the plan was dropped."
    assert describe(nlp, text, "the plan was dropped", "A senior administration official")[4] == "administration"


def test_sources_close_to_an_organization(nlp):
    text = "Sources close to the Kremlin said the plan was dropped."
    assert describe(nlp, text, "the plan was dropped", "Sources close to the Kremlin")[1:] == (
        SourceType.ANONYMOUS_SPECIFIC, None, None, "the Kremlin",
    )


def test_people_familiar_with_the_matter_are_not_placed(nlp):
    text = "People familiar with the matter said the deal was done."
    assert describe(nlp, text, "the deal was done", "People familiar with the matter")[1:] == (
        SourceType.ANONYMOUS_VAGUE, None, None, None,
    )


def test_organization_names_itself_as_affiliation(nlp):
    text = "The US military says it has bolstered its combat power in southern Syria."
    assert describe(nlp, text, "it has bolstered its combat power in southern Syria", "The US military", "says") == (
        "US military", SourceType.NAMED_ORGANIZATION, None, None, "US military",
    )
