"""Guards on the speaker stage: organisations named like people, the one finding for a vague
source, and the mutants of benchmarks/mutation-log.md ("speakers seed 24") that the older
suite let through.

Each expected value is what an editor would say: "Manchester United said" is the club
speaking, not a person called United; "Authorities said" is one problem (who?), not two.
"""

from __future__ import annotations

import pytest

from quoteaudit.model import SourceType

from .speakers_support import Q, resolve, source_of


def _typed(nlp, text: str, speaker: str, content: str, cue: str = "said"):
    quotes, sources = resolve(nlp, text, [Q(content, speaker, cue)])
    src = source_of(quotes[0], sources)
    return src.name, src.type


# -- 1. organisations named like people ----------------------------------------------------


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        # clubs the small model labels PERSON
        ("Manchester United said the player would miss the final.", "Manchester United", "the player would miss the final"),
        ("Blackburn Rovers said the manager had left by mutual consent.", "Blackburn Rovers", "the manager had left by mutual consent"),
        ("Tottenham Hotspur said the ground was sold out for Saturday.", "Tottenham Hotspur", "the ground was sold out for Saturday"),
        ("Aston Villa said the striker had signed a new contract.", "Aston Villa", "the striker had signed a new contract"),
        ("Ipswich Town said the manager had signed a two-year deal.", "Ipswich Town", "the manager had signed a two-year deal"),
        # companies, bands' labels, agencies and campaign groups
        ("Acme Holdings said quarterly revenue fell 4 percent.", "Acme Holdings", "quarterly revenue fell 4 percent"),
        ("Brightline Technologies said the outage affected 2,000 customers.", "Brightline Technologies", "the outage affected 2,000 customers"),
        ("Human Rights Watch said the arrests were arbitrary.", "Human Rights Watch", "the arrests were arbitrary"),
        ("The Westshire County Council said the bridge would close in March.", "The Westshire County Council", "the bridge would close in March"),
    ],
)
def test_a_name_ending_like_an_organisations_is_a_named_organisation(nlp, text, speaker, content):
    name, kind = _typed(nlp, text, speaker, content)
    assert kind == SourceType.NAMED_ORGANIZATION
    assert name == (speaker[4:] if speaker.startswith("The ") else speaker)


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("Reporters Without Borders said the journalist had been detained without charge.", "Reporters Without Borders", "the journalist had been detained without charge"),
        ("The clinic was shelled overnight, Doctors Without Borders said.", "Doctors Without Borders", "The clinic was shelled overnight"),
        ("Mothers Against Drunk Driving said the law would save lives.", "Mothers Against Drunk Driving", "the law would save lives"),
    ],
)
def test_nouns_joined_by_a_capitalised_preposition_are_an_organisations_name(audit_text, text, speaker, content):
    """Not a crowd of reporters or doctors, and so no QA202 asking why they are unnamed."""
    audit = audit_text(text)
    (src,) = audit.sources
    assert (src.name, SourceType(src.type)) == (speaker, SourceType.NAMED_ORGANIZATION)
    assert [f.rule for f in audit.findings if f.rule.startswith("QA2")] == []


def test_a_lower_case_preposition_leaves_a_placed_group(nlp):
    text = "Officials from the ministry said the plan was ready."
    quotes, sources = resolve(nlp, text, [Q("the plan was ready", "Officials from the ministry", "said")])
    src = source_of(quotes[0], sources)
    assert (src.type, src.affiliation) == (SourceType.ANONYMOUS_SPECIFIC, "the ministry")


@pytest.mark.parametrize(
    "text, speaker, content, name",
    [
        ("Marcus Rashford said the team had let the fans down.", "Marcus Rashford", "the team had let the fans down", "Marcus Rashford"),
        ("Sarah Johnson said the road would reopen on Friday.", "Sarah Johnson", "the road would reopen on Friday", "Sarah Johnson"),
        # a listed first name before a word that is also a surname: the footballer, not the club
        ("David Villa said the goal was the best of his career.", "David Villa", "the goal was the best of his career", "David Villa"),
        # a title before the name keeps a person, whatever the surname
        ("Sen. Tom Union said the bill would pass.", "Sen. Tom Union", "the bill would pass", "Tom Union"),
        # the club in an appositive is the player's affiliation, not the speaker
        ("Harry Kane, the United captain, said the team was ready.", "Harry Kane", "the team was ready", "Harry Kane"),
    ],
)
def test_people_stay_named_people(nlp, text, speaker, content, name):
    assert _typed(nlp, text, speaker, content) == (name, SourceType.NAMED_PERSON)


def test_a_club_shortened_to_its_last_word_is_the_same_source(nlp):
    text = "Manchester United said the player would miss the final. United said he had a hamstring injury."
    quotes, sources = resolve(
        nlp, text, [Q("the player would miss the final", "Manchester United", "said"), Q("he had a hamstring injury", "United", "said")]
    )
    assert quotes[0].source == quotes[1].source
    src = source_of(quotes[1], sources)
    assert (src.name, src.type) == ("Manchester United", SourceType.NAMED_ORGANIZATION)


def test_a_club_in_the_full_audit_is_typed_an_organisation(audit_text):
    audit = audit_text("Manchester United said the player would miss the final.")
    (src,) = audit.sources
    assert (src.name, src.type) == ("Manchester United", SourceType.NAMED_ORGANIZATION)
    assert not [f for f in audit.findings if f.rule.startswith("QA2")]


# -- 2. one finding for a vague source --------------------------------------------------------


@pytest.mark.parametrize(
    "text, who",
    [
        ("Authorities said the road would stay closed until Friday.", "Authorities"),
        ("Officials said the bypass would stay closed until Friday.", "Officials"),
        ("Sources said the club was close to signing the striker.", "Sources"),
    ],
)
def test_a_vague_collective_source_is_flagged_once_as_vague(audit_text, text, who):
    audit = audit_text(text)
    assert [(f.rule, text[f.start : f.end]) for f in audit.findings] == [("QA201", who)]


@pytest.mark.parametrize(
    "text, who",
    [
        ("A State Department official said the talks had stalled.", "A State Department official"),
        ("A spokesman for the council said the library would close in May.", "A spokesman for the council"),
        ("Three people familiar with the negotiations said the deal was close.", "Three people familiar with the negotiations"),
    ],
)
def test_a_placed_anonymous_source_with_no_reason_is_asked_why(audit_text, text, who):
    audit = audit_text(text)
    assert [(f.rule, text[f.start : f.end]) for f in audit.findings] == [("QA202", who)]


def test_a_placed_anonymous_source_with_its_reason_is_not_flagged(audit_text):
    audit = audit_text(
        "A State Department official, who spoke on condition of anonymity because the talks are private, "
        "said the talks had stalled."
    )
    assert [f.rule for f in audit.findings if f.rule.startswith("QA2")] == []


# -- 3. speakers seed-24 survivors (benchmarks/mutation-log.md) --------------------------------


def test_a_courtesy_title_tells_she_from_he(nlp):
    """"Ms." says Robin Hale is a woman (Robin alone says nothing), so "He" after her is
    Tom Baker, named before her. Kills _person dropping the title's gender."""
    text = "Tom Baker said the vote was close. Ms. Robin Hale said the plan would work. He said the council would decide."
    quotes, sources = resolve(
        nlp,
        text,
        [
            Q("the vote was close", "Tom Baker", "said"),
            Q("the plan would work", "Ms. Robin Hale", "said"),
            Q("the council would decide", "He", "said"),
        ],
    )
    assert source_of(quotes[2], sources).name == "Tom Baker"
    assert quotes[2].source == quotes[0].source != quotes[1].source


@pytest.mark.parametrize(
    "text, speaker, content, role, affiliation",
    [
        ("The senators’ aide said the bill would pass.", "The senators’ aide", "the bill would pass", "aide", "senators"),
        ("The teachers’ spokeswoman said the strike would go ahead.", "The teachers’ spokeswoman", "the strike would go ahead", "spokeswoman", "teachers"),
    ],
)
def test_a_plural_owner_with_a_curly_apostrophe_is_the_affiliation_without_it(nlp, text, speaker, content, role, affiliation):
    """After a plural the possessive is a bare apostrophe, and the typographic one (’) is
    tagged as a closing quote, not a possessive: it is still no part of the owner's name.
    (Written for _possessor_text's "case" mutant, which it does not kill: the apostrophe
    is punctuation, and the owner's text sheds trailing punctuation anyway.)"""
    quotes, sources = resolve(nlp, text, [Q(content, speaker, "said")])
    src = source_of(quotes[0], sources)
    assert (src.type, src.role, src.affiliation) == (SourceType.ANONYMOUS_SPECIFIC, role, affiliation)


def test_a_study_published_in_an_unnamed_journal_is_an_unnamed_document(audit_text):
    """"Published in a journal" says neither which journal nor whose study: the study
    stays unnamed (QA205). Only a name or an institution after "published in/by" owns a
    document ("published in The Lancet"). Kills _agent_owner taking any object of the
    preposition."""
    text = "A study published in a journal found that the drug cut deaths by half."
    audit = audit_text(text)
    (src,) = audit.sources
    assert (src.name, SourceType(src.type), src.is_document, src.affiliation) == ("study", SourceType.ANONYMOUS_VAGUE, True, None)
    assert [(f.rule, text[f.start : f.end]) for f in audit.findings] == [("QA205", "A study")]


def test_an_inverted_introduction_before_a_colon_is_the_named_speaker_not_the_verb(nlp):
    """"Added coach Dan Miller: “...”": the parser gives "Added" no subject and hangs it on
    "coach"; the speaker is the name next to the verb, whole (its job word is a compound
    of the name, so the head is the name), and the verb is no part of the description.
    Kills _phrase_head stopping at a compound."""
    text = "Added coach Dan Miller: “We were not good enough.”"
    quotes, sources = resolve(nlp, text, [Q("“We were not good enough.”", None, None, "direct")])
    assert quotes[0].speaker.text == "coach Dan Miller"
    src = source_of(quotes[0], sources)
    assert (src.name, src.type, src.role, src.affiliation) == ("Dan Miller", SourceType.NAMED_PERSON, "coach", None)
