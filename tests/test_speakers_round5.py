"""Speakers, round 5 (issue 16): pronouns that the sieve used to send to the wrong person.

* A name the small model's recogniser misses ("Grant's chief of staff, Ana Ruiz, disputed
  that") is still a person the next "she" can mean: a listed first name opening a run of
  proper nouns names someone.
* "they" may mean the subject of another clause before it in its own sentence
  ("Republicans blocked the bill over what they called a budget “gimmick”").
Each case is the whole pipeline on a short story; the expected source is the one an editor
would name.
"""

from __future__ import annotations

import pytest

from quoteaudit.ingest import read_string
from quoteaudit.model import SourceType
from quoteaudit.pipeline import audit_article

from .speakers_support import quotes_with_speakers

PERSON = SourceType.NAMED_PERSON


def sources_by_quote(nlp, text: str) -> list[tuple[str, str | None, SourceType | None]]:
    return [(content, name, type_) for content, _, name, type_ in quotes_with_speakers(nlp, text)]


@pytest.mark.parametrize(
    ("text", "quote", "name"),
    [
        (
            "Mayor Lisa Grant defended the budget on Monday.\n\n"
            "Grant's chief of staff, Ana Ruiz, disputed that. “There is no shortfall,” she said.\n",
            "“There is no shortfall,”", "Ana Ruiz",
        ),
        (
            "Gov. Maria Delgado signed the bill on Friday.\n\n"
            "Her deputy, Keisha Brown, was blunt. “We are out of money,” she said.\n",
            "“We are out of money,”", "Keisha Brown",
        ),
    ],
)
def test_she_after_a_name_the_recogniser_missed_is_that_person(nlp, text, quote, name):
    assert (quote, name, PERSON) in sources_by_quote(nlp, text)


@pytest.mark.parametrize(
    ("text", "quote", "name"),
    [
        (
            "Republicans blocked the bill last week over what they called a budget “gimmick.”\n",
            "“gimmick.”", "Republicans",
        ),
        (
            "Teachers walked out on Monday after what they called “insulting” pay offers.\n",
            "“insulting” pay offers", "Teachers",
        ),
    ],
)
def test_they_may_mean_the_subject_of_an_earlier_clause_in_its_sentence(nlp, text, quote, name):
    rows = sources_by_quote(nlp, text)
    assert [(q, n) for q, n, _ in rows if q == quote] == [(quote, name)]


@pytest.mark.parametrize(
    ("text", "quote", "name"),
    [
        (
            "A spokeswoman for Valley Health, Renee Ortiz, said the clinics would close in May.\n",
            "the clinics would close in May", "Renee Ortiz",
        ),
        (
            "A spokesman for Northwind Corp., Tom Hale, said the plant would reopen.\n",
            "the plant would reopen", "Tom Hale",
        ),
    ],
)
def test_a_name_hung_on_the_employer_is_the_roles_holder(nlp, text, quote, name):
    """The parse hangs the name on the employer ("Valley Health, Renee Ortiz"); the speaker
    is named, so no "never says why … cannot be named" warning either."""
    assert (quote, name, PERSON) in sources_by_quote(nlp, text)
    article = read_string(text, "txt")[0]
    audit = audit_article(article, nlp(article.text))
    assert [f.rule for f in audit.findings if f.rule.startswith("QA2")] == []


@pytest.mark.parametrize(
    ("text", "quote", "name"),
    [
        (
            "Donald Trump spoke in Ohio on Tuesday.\n\nTrump Wednesday said the race was rigged.\n",
            "the race was rigged", "Donald Trump",
        ),
        ("Sen. Mitch McConnell Tuesday said the bill was dead.\n", "the bill was dead", "Mitch McConnell"),
    ],
)
def test_a_day_between_the_name_and_its_verb_is_not_part_of_the_name(nlp, text, quote, name):
    """Wire style "Trump Wednesday said": the parse makes the day the subject; the source
    was a vague group named "Trump Wednesday"."""
    assert (quote, name, PERSON) in sources_by_quote(nlp, text)
