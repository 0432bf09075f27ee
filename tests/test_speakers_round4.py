"""Speakers, round 4 (issue 16): sources named and typed as an editor would name them.

* a name and "and" the parse hangs on the second name ("Ortiz and council member Dan
  Reyes") is a second speaker, with a distributive "each" after it too;
* a one-word name the tagger reads as a verb before a colon ("Trump on Twitter: “…”")
  is a person, not a vague group "Trump on Twitter";
* in a headline written in title case a capitalised common noun ("Mayor Says …",
  "Band Says …") is that noun, not a name;
* a name right after a word for an institution ("rock band Pink Floyd", "the
  Championship club Sheffield Wednesday") or with one in apposition ("Pink Floyd, the
  band behind …") is the institution's, kept whole, whatever the recogniser's label;
  "Sheffield Wednesday" is a club, not a date.
"""

from __future__ import annotations

import pytest

from quoteaudit.ingest import read_string
from quoteaudit.model import SourceType
from quoteaudit.pipeline import audit_article

PERSON = SourceType.NAMED_PERSON
ORGANIZATION = SourceType.NAMED_ORGANIZATION
SPECIFIC = SourceType.ANONYMOUS_SPECIFIC


def _audit(nlp, text):
    (article,) = read_string(text, "text", path="story.txt")
    return audit_article(article, nlp(article.text))


def _quoted(nlp, text, words):
    """The quote whose text holds ``words``, and its source."""
    audit = _audit(nlp, text)
    quote = next(q for q in audit.quotes if words in q.text)
    source = next((s for s in audit.sources if s.id == quote.source), None)
    return quote, source


def _speaker_and_source(nlp, text, words):
    quote, source = _quoted(nlp, text, words)
    assert source is not None, f"no source for {words!r}"
    return (quote.speaker.text if quote.speaker else None, source.name, source.type)


# -- a name coordinated before the head's own name -------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker", "name"),
    [
        (
            "Ortiz and council member Dan Reyes voted against the budget, each saying the tax increase was too steep.",
            "the tax increase was too steep", "each", "Ortiz and Dan Reyes",
        ),
        (
            "Commissioner Lee and board member Tom Hardy said Tuesday that the levy would fail.",
            "the levy would fail", "Commissioner Lee and board member", "Lee and Tom Hardy",
        ),
    ],
)
def test_a_name_coordinated_before_a_job_and_name_is_a_second_speaker(nlp, text, words, speaker, name):
    assert _speaker_and_source(nlp, text, words) == (speaker, name, PERSON)


def test_a_pair_with_a_job_each_has_no_title_or_job_of_its_own(nlp):
    _, source = _quoted(nlp, "Mayor Ana Ortiz and council member Dan Reyes said the tax increase was too steep.", "the tax increase")
    assert (source.name, source.type, source.title, source.role) == ("Ana Ortiz and Dan Reyes", PERSON, None, None)


def test_guard_a_job_and_name_alone_keeps_its_title(nlp):
    _, source = _quoted(nlp, "Council member Dan Reyes said the tax increase was too steep.", "the tax increase")
    assert (source.name, source.type, source.title) == ("Dan Reyes", PERSON, "Council Member")


# -- a name the tagger reads as a verb before a colon ------------------------------------------


def test_a_name_on_a_platform_before_a_colon_is_that_person(nlp):
    text = "Trump on Twitter: “The election is rigged by the dishonest media, and everyone knows it.”"
    assert _speaker_and_source(nlp, text, "The election is rigged") == ("Trump", "Trump", PERSON)


def test_guard_an_instruction_before_a_colon_names_nobody_called_read(nlp):
    text = "Read the statement: “The election is rigged by the dishonest media, and everyone knows it.”"
    quote, source = _quoted(nlp, text, "The election is rigged")
    assert source is None or source.name != "Read"


# -- headline case -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker", "name", "type_"),
    [
        (
            "Mayor Says Budget Will Not Balance\n\nThe mayor said on Monday that the city budget would not balance without cuts.\n",
            "Budget Will Not Balance", "Mayor", "mayor", SPECIFIC,
        ),
        (
            "Governor Says State Will Sue Over Pipeline Permit\n\nThe governor said on Tuesday that the state would file suit this week.\n",
            "State Will Sue", "Governor", "governor", SPECIFIC,
        ),
        (
            "Former Clinton Pollster Says Her Campaign Is In Trouble\n\nDouglas Schoen, a former Clinton pollster, said on Sunday that the campaign was in trouble.\n",
            "Her Campaign Is In Trouble", "Former Clinton Pollster", "former Clinton pollster", SPECIFIC,
        ),
        (
            "Band Says It Will Tour Again\n\nThe band said on Monday that it would return to the road next spring.\n",
            "It Will Tour", "Band", "band", ORGANIZATION,
        ),
    ],
)
def test_a_common_noun_capitalised_by_headline_case_is_no_name(nlp, text, words, speaker, name, type_):
    assert _speaker_and_source(nlp, text, words) == (speaker, name, type_)


def test_the_body_mention_after_a_headline_is_the_mayor_too(nlp):
    text = "Mayor Says Budget Will Not Balance\n\nThe mayor said on Monday that the city budget would not balance without cuts.\n"
    assert _speaker_and_source(nlp, text, "the city budget") == ("The mayor", "mayor", SPECIFIC)


@pytest.mark.parametrize(
    ("text", "words", "speaker", "name", "type_"),
    [
        (
            "Obama Says He Will Veto Spending Bill\n\nPresident Obama said on Tuesday that he would veto the bill.\n",
            "He Will Veto", "Obama", "Obama", PERSON,
        ),
        (
            "Target Says Holiday Sales Fell Short\n\nTarget said holiday sales fell 3 percent, missing its own sales target.\n",
            "Holiday Sales Fell Short", "Target", "Target", ORGANIZATION,
        ),
    ],
)
def test_guard_a_name_in_a_headline_stays_a_name(nlp, text, words, speaker, name, type_):
    assert _speaker_and_source(nlp, text, words) == (speaker, name, type_)


# -- bands and clubs -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker", "name"),
    [
        ("Rock band Pink Floyd said the reunion concert would raise money for famine relief.", "the reunion concert", "Rock band Pink Floyd", "Pink Floyd"),
        ("The band Pink Floyd said the reunion concert would raise money for famine relief.", "the reunion concert", "The band", "Pink Floyd"),
        (
            "Pink Floyd, the band behind “The Wall,” said the reunion concert would raise money for famine relief.",
            "the reunion concert", "Pink Floyd", "Pink Floyd",
        ),
        (
            "The Championship club Sheffield Wednesday said the manager had left by mutual consent.",
            "the manager had left", "The Championship club", "Sheffield Wednesday",
        ),
        ("Sheffield Wednesday said the manager had left the club by mutual consent.", "the manager had left", "Sheffield Wednesday", "Sheffield Wednesday"),
        ("The conservative group American Crossroads said the ad would run in Ohio.", "the ad would run", "The conservative group", "American Crossroads"),
    ],
)
def test_a_name_beside_a_word_for_an_institution_is_that_institution(nlp, text, words, speaker, name):
    assert _speaker_and_source(nlp, text, words) == (speaker, name, ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("Club captain John Terry said the team had let the fans down.", "the team had let", "John Terry"),
        ("Former secretary of state Hillary Rodham Clinton said the deal was a mistake.", "the deal was a mistake", "Hillary Rodham Clinton"),
        ("Ms. Arnold, who helped found EDGE, an environmental justice group, said she did not condone violence.", "she did not condone", "Arnold"),
    ],
)
def test_guard_a_person_beside_an_institution_stays_a_person(nlp, text, words, name):
    _, source = _quoted(nlp, text, words)
    assert (source.name, source.type) == (name, PERSON)


def test_a_title_the_parse_makes_the_subject_is_the_named_person_after_it(nlp):
    # "police Chief Chuck Jordan" of the Charlotte shooting coverage: "Police Chief" is a
    # title, the speaker is Chuck Jordan
    _, source = _quoted(nlp, "Police Chief Chuck Jordan said the officers had followed procedure.", "the officers had followed")
    assert (source.name, source.type, source.title) == ("Chuck Jordan", PERSON, "Police Chief")


# -- an appositive the parse reads as a clause --------------------------------------------------


def test_a_name_before_a_long_appositive_is_the_speaker_of_the_verb_after_it(nlp):
    text = "Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said he and other rabbis were alarmed about Trump's behavior."
    assert _speaker_and_source(nlp, text, "other rabbis were alarmed") == ("Jeffrey Salkin", "Jeffrey Salkin", PERSON)


def test_guard_a_quote_before_its_verb_keeps_the_speaker_after_it(nlp):
    text = "The plan is sound and the money is there, said Mayor Ana Ortiz."
    assert _speaker_and_source(nlp, text, "The plan is sound") == ("Mayor Ana Ortiz", "Ana Ortiz", PERSON)


# -- names the tagger reads as common nouns --------------------------------------------------------


def test_a_surname_the_tagger_reads_as_a_common_noun_is_the_person_named_in_full(nlp):
    text = (
        "Fox News host Sean Hannity said on Tuesday that the feud with Rubio was over.\n\n"
        "“We had a good talk about the Senate race,” Hannity said during his radio show."
    )
    assert _speaker_and_source(nlp, text, "We had a good talk") == ("Hannity", "Sean Hannity", PERSON)


def test_a_job_and_affiliation_before_a_first_name_leave_a_person(nlp):
    text = "Fox News host Sean Hannity said on Tuesday that the feud with Rubio was over."
    assert _speaker_and_source(nlp, text, "the feud with Rubio") == ("Fox News host Sean Hannity", "Sean Hannity", PERSON)


def test_a_surname_with_an_apostrophe_is_a_person(nlp):
    text = "Best-selling author Dinesh D’Souza made his prediction on Friday. In the film, D’Souza argues that the party has changed."
    assert _speaker_and_source(nlp, text, "the party has changed") == ("D’Souza", "D’Souza", PERSON)


# -- military ranks and "General" names ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker", "name"),
    [
        ("A retired general said the troops were demoralized by the cuts.", "the troops were demoralized", "A retired general", "retired general"),
        ("The inspector general said the department had kept inaccurate records.", "the department had kept", "The inspector general", "inspector general"),
    ],
)
def test_an_unnamed_officer_by_rank_is_a_specific_source(nlp, text, words, speaker, name):
    assert _speaker_and_source(nlp, text, words) == (speaker, name, SPECIFIC)


def test_a_title_word_opening_a_company_name_is_no_title(nlp):
    text = "General Motors said sales fell 3 percent in the quarter."
    assert _speaker_and_source(nlp, text, "sales fell") == ("General Motors", "General Motors", ORGANIZATION)


def test_guard_a_title_before_a_surname_keeps_a_person(nlp):
    text = "Gen. Villa said the troops had held the line."
    assert _speaker_and_source(nlp, text, "the troops had held") == ("Gen. Villa", "Villa", PERSON)
