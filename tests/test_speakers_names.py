"""The name a named source goes by (quoteaudit/speakers/roles.py): the whole personal
name, without the employer and job word the recogniser ran into it, and a person even
where the recogniser calls the bare surname an organisation."""

from __future__ import annotations

import pytest

from quoteaudit.model import SourceType

from .speakers_support import Q, resolve, source_of


@pytest.mark.parametrize(
    "text, quote, name",
    [
        # a hyphenated first name: the recogniser starts the name after the hyphen
        ("“We lost the vote,” said Eva-Maria Schultheis, a teacher in Berlin.",
         Q("“We lost the vote,”", "Eva-Maria Schultheis", "said", "direct"), "Eva-Maria Schultheis"),
        ("“This provocation cannot go unanswered,” said French Foreign Minister Jean-Marc Ayrault.",
         Q("“This provocation cannot go unanswered,”", "French Foreign Minister Jean-Marc Ayrault", "said", "direct"),
         "Jean-Marc Ayrault"),
    ],
)
def test_a_hyphenated_first_name_is_part_of_the_name(nlp, text, quote, name):
    quotes, sources = resolve(nlp, text, [quote])
    source = source_of(quotes[0], sources)
    assert (source.name, source.type) == (name, SourceType.NAMED_PERSON)


def test_employer_and_job_word_run_into_the_name_are_role_and_affiliation(nlp):
    # the recogniser reads "Packard CEO Carly Fiorina" as one name
    text = "Former Hewlett-Packard CEO Carly Fiorina said the plan failed."
    quotes, sources = resolve(nlp, text, [Q("the plan failed", "Former Hewlett-Packard CEO Carly Fiorina", "said")])
    source = source_of(quotes[0], sources)
    assert (source.name, source.type, source.role, source.affiliation) == ("Carly Fiorina", SourceType.NAMED_PERSON, "CEO", "Hewlett-Packard")


def test_a_surname_the_recogniser_calls_an_organisation_is_the_person_named_in_full(nlp):
    # the recogniser runs the name into the next one ("Deborah Jordan Reynolds - Santilli")
    # and labels the later bare "Reynolds" ORG
    text = ("In an interview, Deborah Jordan Reynolds - Santilli's girlfriend and co-host on the show - recalled the early days.\n\n"
            "Reynolds says that the show has attracted ire from all sides.")
    quotes, sources = resolve(nlp, text, [Q("the show has attracted ire from all sides", "Reynolds", "says")])
    source = source_of(quotes[0], sources)
    assert source.type == SourceType.NAMED_PERSON and source.name.endswith("Reynolds")


def test_a_capitalised_member_word_does_not_cut_a_body_down_to_its_last_word(nlp):
    # "Member" is a job word, but "States" alone is nobody's name
    text = "EU Member States want to close the border, the summit statement said."
    quotes, sources = resolve(nlp, text, [Q("to close the border", "EU Member States", "want")])
    assert source_of(quotes[0], sources).name != "States"


def test_a_listed_noun_capitalised_only_as_the_first_word_is_no_name(nlp):
    # a headline in sentence case: "Judge" is the judge of the story, not someone named Judge
    text = ("Judge rejects request to unseal divorce file\n\n"
            "A judge on Thursday rejected a request to unseal the file, saying privacy outweighed the public interest.")
    quotes, sources = resolve(nlp, text, [Q("request to unseal divorce file", "Judge", "rejects")])
    source = source_of(quotes[0], sources)
    assert (source.name, source.type) == ("Judge", SourceType.ANONYMOUS_SPECIFIC)


def test_a_surname_that_is_also_a_common_word_stays_the_persons(nlp):
    # "price" in lower case elsewhere, but the article gives "Tom Price" in full first
    text = ("Health Secretary Tom Price defended the plan on Monday. The price of insulin has tripled since 2012.\n\n"
            "Price said the cuts would not hurt patients.")
    quotes, sources = resolve(nlp, text, [Q("the cuts would not hurt patients", "Price", "said")])
    source = source_of(quotes[0], sources)
    assert (source.name, source.type) == ("Tom Price", SourceType.NAMED_PERSON)


@pytest.mark.parametrize(
    "text, mention, name",
    [
        # the tagger calls the job word a name and the person its appositive (an ORG to the recogniser)
        ("Former Hewlett-Packard CEO Carly Fiorina, who chairs the finance board, said the vote was a turning point.",
         "Former Hewlett-Packard CEO", "Carly Fiorina"),
        ("The Podesta Group's CEO, Kimberley Fritts, said the two firms had coordinated.",
         "The Podesta Group's CEO", "Kimberley Fritts"),
    ],
)
def test_a_job_word_with_the_name_in_apposition_is_that_person(nlp, text, mention, name):
    content = text[text.index("said ") + 5 : -1]
    quotes, sources = resolve(nlp, text, [Q(content, mention, "said")])
    source = source_of(quotes[0], sources)
    assert (source.name, source.type) == (name, SourceType.NAMED_PERSON)


def test_a_company_officers_title_is_split_from_the_company_after_a_quote(nlp):
    # after a quote the small model tags "Halvern Chief Executive" a work of art
    text = '"We are taking this step out of caution," Halvern Chief Executive Officer Priya Raman told reporters.'
    quotes, sources = resolve(nlp, text, [Q('"We are taking this step out of caution,"', "Halvern Chief Executive Officer Priya Raman", "told", "direct")])
    source = source_of(quotes[0], sources)
    assert (source.name, source.title, source.affiliation) == ("Priya Raman", "Chief Executive Officer", "Halvern")


@pytest.mark.parametrize(
    "text, speaker, role, affiliation",
    [
        # a field after the job word is part of the job; the employer stays the affiliation
        ('"It is a real dilemma," said Helima Croft, head of commodity strategy at RBC Capital Markets.',
         "Helima Croft", "head of commodity strategy", "RBC Capital Markets"),
        ('"We are ready," said Tom Lee, director of communications for the campaign.',
         "Tom Lee", "director of communications", "the campaign"),
        ('"Rates will fall," said Ann Ray, a professor of economics at Yale University.',
         "Ann Ray", "professor of economics", "Yale University"),
        # an institution after "of" is the employer, not a field
        ('"We are ready," said Ann Ray, director of the FBI.', "Ann Ray", "director", "the FBI"),
        ('"We are ready," said Ann Ray, chair of the council.', "Ann Ray", "chair", "the council"),
    ],
)
def test_the_field_of_a_job_is_part_of_the_role(nlp, text, speaker, role, affiliation):
    content = text[: text.index(",\"") + 2]
    quotes, sources = resolve(nlp, text, [Q(content, speaker, "said", "direct")])
    source = source_of(quotes[0], sources)
    assert (source.role, source.affiliation) == (role, affiliation)
