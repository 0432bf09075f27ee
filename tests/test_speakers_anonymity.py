"""Why anonymous sources are anonymous (quoteaudit/speakers/anonymity.py).

Weak reasons are the stock ones the New York Times standards memo of 31 August 2010 asks
reporters to stop using ("not authorized to speak", "the sensitivity of the issue").
"""

from __future__ import annotations

import pytest

from quoteaudit.model import SourceType

from .speakers_support import Q, resolve, source_of


@pytest.mark.parametrize(
    "text, speaker, source, reason, weak",
    [
        (
            "A U.S. official, who spoke on condition of anonymity because he was not authorized to discuss the matter publicly, said the strike was planned.",
            "A U.S. official",
            ("U.S. official", SourceType.ANONYMOUS_SPECIFIC, "U.S. government"),
            "because he was not authorized to discuss the matter publicly",
            True,
        ),
        (
            "Two officials, who declined to be named because of the sensitivity of the matter, said the strike was planned.",
            "Two officials",
            ("Two officials", SourceType.ANONYMOUS_VAGUE, None),
            "because of the sensitivity of the matter",
            True,
        ),
        (
            "The workers, who asked not to be identified because they feared retaliation, said the strike was planned.",
            "The workers",
            ("workers", SourceType.ANONYMOUS_SPECIFIC, None),
            "because they feared retaliation",
            False,
        ),
        (
            "One official, who spoke on the condition that he not be named for fear of losing his job, said the strike was planned.",
            "One official",
            ("One official", SourceType.ANONYMOUS_VAGUE, None),
            "for fear of losing his job",
            False,
        ),
        (
            "A Pentagon official, who was not authorised to speak to reporters, said the strike was planned.",
            "A Pentagon official",
            ("Pentagon official", SourceType.ANONYMOUS_SPECIFIC, "Pentagon"),
            "not authorised to speak to reporters",
            True,
        ),
        (
            "A senior diplomat, speaking on condition of anonymity to describe private talks, said the strike was planned.",
            "A senior diplomat",
            ("senior diplomat", SourceType.ANONYMOUS_SPECIFIC, None),
            "to describe private talks",
            False,
        ),
    ],
)
def test_reason_in_a_clause_on_the_source(nlp, text, speaker, source, reason, weak):
    quotes, sources = resolve(nlp, text, [Q("the strike was planned", speaker, "said")])
    src = source_of(quotes[0], sources)
    assert (src.name, src.type, src.affiliation) == source
    assert (src.anonymity_reason, src.anonymity_reason_weak) == (reason, weak)


def test_reason_in_the_next_sentence_about_the_official(nlp):
    text = (
        "A senior administration official said the talks had stalled. "
        "The official spoke on condition of anonymity to discuss internal deliberations."
    )
    quotes, sources = resolve(nlp, text, [Q("the talks had stalled", "A senior administration official", "said")])
    src = source_of(quotes[0], sources)
    assert (src.type, src.affiliation) == (SourceType.ANONYMOUS_SPECIFIC, "administration")
    assert (src.anonymity_reason, src.anonymity_reason_weak) == ("to discuss internal deliberations", False)


def test_said_on_condition_of_anonymity_because_not_authorized(nlp):
    text = "The convoy was hit twice, one official said on condition of anonymity because he was not authorized to speak."
    quotes, sources = resolve(nlp, text, [Q("The convoy was hit twice", "one official", "said")])
    src = source_of(quotes[0], sources)
    assert (src.name, src.type) == ("one official", SourceType.ANONYMOUS_VAGUE)
    assert (src.anonymity_reason, src.anonymity_reason_weak) == ("because he was not authorized to speak", True)


def test_anonymity_granted_without_a_reason_records_none(nlp):
    text = "A U.S. official, speaking on condition of anonymity, said the strike was planned."
    quotes, sources = resolve(nlp, text, [Q("the strike was planned", "A U.S. official", "said")])
    src = source_of(quotes[0], sources)
    assert (src.name, src.type, src.affiliation) == ("U.S. official", SourceType.ANONYMOUS_SPECIFIC, "U.S. government")
    assert (src.anonymity_reason, src.anonymity_reason_weak) == (None, False)


def test_named_source_never_gets_an_anonymity_reason(nlp):
    text = (
        "Col. Ryan Dillon said the strike was planned. "
        "A second officer, who was not authorized to speak publicly, confirmed it."
    )
    quotes, sources = resolve(nlp, text, [Q("the strike was planned", "Col. Ryan Dillon", "said")])
    assert source_of(quotes[0], sources).anonymity_reason is None


# -- reasons given elsewhere for the same source (issue #17) ----------------------------------


def test_both_asked_not_to_be_named_because_in_the_next_sentence(nlp):
    text = (
        "The attack was planned for weeks, two intelligence officials said. "
        "Both asked not to be named because they were not authorized to discuss the intelligence."
    )
    quotes, sources = resolve(nlp, text, [Q("The attack was planned for weeks", "two intelligence officials", "said")])
    src = source_of(quotes[0], sources)
    assert (src.anonymity_reason, src.anonymity_reason_weak) == ("because they were not authorized to discuss the intelligence", True)


def test_asked_not_to_be_named_because_on_a_relative_clause(nlp):
    text = "The board will meet on Friday, said a person involved in the talks who asked not to be named because the discussions are private."
    quotes, sources = resolve(nlp, text, [Q("The board will meet on Friday", "a person", "said")])
    src = source_of(quotes[0], sources)
    assert (src.name, src.anonymity_reason, src.anonymity_reason_weak) == (
        "person involved in the talks", "because the discussions are private", False,
    )


def test_reason_where_the_source_is_introduced_before_it_is_quoted(nlp):
    text = (
        "A State Department official, who requested anonymity to discuss private diplomatic talks, described the meeting as tense. "
        "The official said no agreement had been reached."
    )
    quotes, sources = resolve(nlp, text, [Q("no agreement had been reached", "The official", "said")])
    src = source_of(quotes[0], sources)
    assert (src.anonymity_reason, src.anonymity_reason_weak) == ("to discuss private diplomatic talks", False)


def test_a_reason_introducing_someone_else_two_paragraphs_on_is_not_taken(nlp):
    text = (
        "The official said no agreement had been reached.\n\n"
        "Talks resume Monday.\n\n"
        "A second official, who requested anonymity to discuss the schedule, confirmed the date."
    )
    quotes, sources = resolve(nlp, text, [Q("no agreement had been reached", "The official", "said")])
    assert source_of(quotes[0], sources).anonymity_reason is None


def test_the_two_officials_spoke_on_condition_is_about_the_two_quoted_before(nlp):
    text = (
        "Two officials said the convoy was hit twice. "
        "The two officials spoke on condition of anonymity because the inquiry is continuing."
    )
    quotes, sources = resolve(nlp, text, [Q("the convoy was hit twice", "Two officials", "said")])
    assert source_of(quotes[0], sources).anonymity_reason == "because the inquiry is continuing"


@pytest.mark.parametrize(
    "second, reason",
    [
        ("The Associated Press is not naming her because she fears reprisals from her employer.", "because she fears reprisals from her employer"),
        ("The Times agreed to withhold her name because she fears retaliation.", "because she fears retaliation"),
    ],
)
def test_a_newsroom_withholding_the_name_explains_the_source_before(nlp, second, reason):
    text = f"The talks stalled, a worker said. {second}"
    quotes, sources = resolve(nlp, text, [Q("The talks stalled", "a worker", "said")])
    assert source_of(quotes[0], sources).anonymity_reason == reason


@pytest.mark.parametrize(
    "text, reason",
    [
        ("The talks stalled, said a worker who asked that her name not be used because she fears retaliation.", "because she fears retaliation"),
        ("The talks stalled, said a worker who asked to be identified only by her first name for fear of deportation.", "for fear of deportation"),
    ],
)
def test_a_name_kept_back_in_the_sources_own_clause(nlp, text, reason):
    quotes, sources = resolve(nlp, text, [Q("The talks stalled", "a worker", "said")])
    assert source_of(quotes[0], sources).anonymity_reason == reason


def test_who_stands_for_the_source_it_hangs_on_not_a_second_one(nlp):
    text = "The talks stalled, said a worker who asked that her name not be used because she fears retaliation."
    quotes, sources = resolve(nlp, text, [Q("The talks stalled", "a worker", "said"), Q("her name not be used", "who", "asked")])
    assert quotes[0].source == quotes[1].source
    assert len(sources) == 1
