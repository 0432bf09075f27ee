"""Second references to a source named before: an organisation called by its class ("the
company", "the agency", "the newspaper"; ``Sieve._organisation_by_its_class``, kinds in
``organization_classes.tsv``) and a lawmaker called by party ("the Florida Republican")."""

from __future__ import annotations

import pytest

from quoteaudit.model import SourceType

from .speakers_support import Q, resolve, source_of


@pytest.mark.parametrize(
    "text, first, later, name",
    [
        # a business with no telling ending is "the company"
        ("Boeing said the jets were safe.\n\nThe company said it would cooperate with investigators.",
         Q("the jets were safe", "Boeing", "said"), Q("it would cooperate with investigators", "The company", "said"), "Boeing"),
        # a government body by its closing word is "the agency"
        ("The State Department said it was reviewing the emails.\n\nThe agency said it would release more next week.",
         Q("it was reviewing the emails", "The State Department", "said"),
         Q("it would release more next week", "The agency", "said"), "State Department"),
        # a government body written as an acronym
        ("The FDA said the pills were unsafe.\n\nWeeks ago, the agency said drugmakers should test for the impurity.",
         Q("the pills were unsafe", "The FDA", "said"),
         Q("drugmakers should test for the impurity", "the agency", "said"), "FDA"),
        # a masthead is "the newspaper", also with a hyphenated closing word
        ("The Chicago Sun-Times reported that the mayor would resign.\n\nThe newspaper said he had told aides on Friday.",
         Q("the mayor would resign", "The Chicago Sun-Times", "reported"),
         Q("he had told aides on Friday", "The newspaper", "said"), "Chicago Sun-Times"),
        # "the group" is an advocacy group named in full
        ("The National Golf Foundation said 200 courses closed last year.\n\nAlmost 650 courses have closed since 2006, the group says.",
         Q("200 courses closed last year", "The National Golf Foundation", "said"),
         Q("Almost 650 courses have closed since 2006", "the group", "says"), "National Golf Foundation"),
    ],
)
def test_the_class_noun_is_the_organisation_named_before(nlp, text, first, later, name):
    quotes, sources = resolve(nlp, text, [first, later])
    a, b = (source_of(q, sources) for q in quotes)
    assert a is b
    assert (b.name, b.type) == (name, SourceType.NAMED_ORGANIZATION)


@pytest.mark.parametrize(
    "text, first, later, own_name",
    [
        # a company is not "the agency": the agency is someone else
        ("Boeing said the jets were safe.\n\nThe agency said it would investigate the crash.",
         Q("the jets were safe", "Boeing", "said"), Q("it would investigate the crash", "The agency", "said"), "agency"),
        # a government body is not "the company"
        ("The Justice Department said the merger would hurt consumers.\n\nThe company said it would fight the lawsuit.",
         Q("the merger would hurt consumers", "The Justice Department", "said"),
         Q("it would fight the lawsuit", "The company", "said"), "company"),
        # "the group" is never a newspaper
        ("The Chicago Tribune reported that the march would go ahead.\n\nThe group said 5,000 people would attend.",
         Q("the march would go ahead", "The Chicago Tribune", "reported"),
         Q("5,000 people would attend", "The group", "said"), "group"),
        # "the airline" needs a business's name; a TV channel with no telling ending is not one
        ("BFMTV reported that the co-pilot had flown for ten years.\n\nThe airline said he had no known political ties.",
         Q("the co-pilot had flown for ten years", "BFMTV", "reported"),
         Q("he had no known political ties", "The airline", "said"), "airline"),
        # "the campaign" is only a campaign
        ("The Sierra Club said the pipeline would leak.\n\nThe campaign said the candidate opposed it.",
         Q("the pipeline would leak", "The Sierra Club", "said"),
         Q("the candidate opposed it", "The campaign", "said"), "campaign"),
    ],
)
def test_a_class_noun_of_another_kind_stays_its_own_source(nlp, text, first, later, own_name):
    quotes, sources = resolve(nlp, text, [first, later])
    a, b = (source_of(q, sources) for q in quotes)
    assert a is not b
    assert b.name == own_name


def test_the_class_noun_takes_the_nearest_fitting_name(nlp):
    # EPA is nearer, but an acronym is not "the company"; Exxon Mobil is
    text = ("Exxon Mobil said its profit fell.\n\nThe EPA said the refinery broke the rules.\n\n"
            "The company said it would appeal.")
    quotes, sources = resolve(nlp, text, [
        Q("its profit fell", "Exxon Mobil", "said"),
        Q("the refinery broke the rules", "The EPA", "said"),
        Q("it would appeal", "The company", "said"),
    ])
    assert source_of(quotes[2], sources).name == "Exxon Mobil"


def test_a_class_noun_more_than_four_paragraphs_on_is_not_linked(nlp):
    text = ("Boeing said the jets were safe.\n\n" + "Investigators arrived on Monday.\n\n" * 5
            + "The company said it would cooperate.")
    quotes, sources = resolve(nlp, text, [Q("the jets were safe", "Boeing", "said"), Q("it would cooperate", "The company", "said")])
    assert source_of(quotes[1], sources).name == "company"


# ---- a lawmaker's party as a second reference ------------------------------------------
# (Sieve._epithet with the party words of epithet_nouns.txt; the tagger calls
# "Republican" and "Democrat" proper nouns)


@pytest.mark.parametrize(
    "text, later, name",
    [
        ("Sen. Marco Rubio urged the administration to go further. In a post on X, the Florida Republican "
         "wrote that Maduro had to go.",
         Q("Maduro had to go", "the Florida Republican", "wrote"), "Marco Rubio"),
        ("Rep. Jim Jordan spoke on Monday. The Ohio Republican said the bill was dead.",
         Q("the bill was dead", "The Ohio Republican", "said"), "Jim Jordan"),
        ("Gov. Gavin Newsom toured the fire zone. The California Democrat said the state would rebuild.",
         Q("the state would rebuild", "The California Democrat", "said"), "Gavin Newsom"),
    ],
)
def test_the_party_epithet_is_the_lawmaker_named_before(nlp, text, later, name):
    quotes, sources = resolve(nlp, text, [later])
    source = source_of(quotes[0], sources)
    assert (source.name, source.type) == (name, SourceType.NAMED_PERSON)


def test_a_party_epithet_after_two_people_named_together_is_no_one_of_them(nlp):
    text = "Gov. Gavin Newsom and Sen. Ted Cruz spoke on Monday. The California Democrat said the bill was dead."
    quotes, sources = resolve(nlp, text, [Q("the bill was dead", "The California Democrat", "said")])
    assert source_of(quotes[0], sources).type != SourceType.NAMED_PERSON


def test_the_party_committee_is_not_an_epithet(nlp):
    text = "Sen. Rand Paul spoke on Monday. The Republican National Committee said the vote was fair."
    quotes, sources = resolve(nlp, text, [Q("the vote was fair", "The Republican National Committee", "said")])
    source = source_of(quotes[0], sources)
    assert (source.name, source.type) == ("Republican National Committee", SourceType.NAMED_ORGANIZATION)


@pytest.mark.parametrize(
    "text, later, name",
    [
        # a nationality is who the manager is, not another post
        ("Rovers manager Jon Dahl Tomasson praised his side. The Dane said the striker had been carrying a knock.",
         Q("the striker had been carrying a knock", "The Dane", "said"), "Jon Dahl Tomasson"),
        ("Leeds boss Daniel Farke was less happy. The German said his side had switched off.",
         Q("his side had switched off", "The German", "said"), "Daniel Farke"),
    ],
)
def test_a_nationality_is_the_person_named_before_whatever_their_job(nlp, text, later, name):
    quotes, sources = resolve(nlp, text, [later])
    source = source_of(quotes[0], sources)
    assert (source.name, source.type) == (name, SourceType.NAMED_PERSON)


def test_a_nationality_after_an_unnamed_person_names_no_one(nlp):
    text = "An American was detained in Tehran in May. The American said he had been beaten."
    quotes, sources = resolve(nlp, text, [Q("he had been beaten", "The American", "said")])
    assert source_of(quotes[0], sources).type != SourceType.NAMED_PERSON


def test_a_party_member_with_nobody_named_before_is_placed_by_party(nlp):
    text = "The order drew criticism on Monday.\n\nThe Wisconsin Republican says the order is unconstitutional."
    quotes, sources = resolve(nlp, text, [Q("the order is unconstitutional", "The Wisconsin Republican", "says")])
    source = source_of(quotes[0], sources)
    assert (source.name, source.type, source.affiliation) == ("Wisconsin Republican", SourceType.ANONYMOUS_SPECIFIC, "Wisconsin Republican")
