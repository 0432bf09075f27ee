"""Relative pronouns as speakers ("Dillon, who said …"): the source is the one the pronoun
stands for, never a source named "who" (quoteaudit/speakers/mentions.py).

Each case hands the speaker stage the quote as the quotes stage does (the raw mention as
written: "who", "whose", "that") and checks the source it resolves to.
"""

from __future__ import annotations

import pytest

from quoteaudit.model import SourceType

from .speakers_support import Q, resolve, source_of

NAMED = SourceType.NAMED_PERSON


@pytest.mark.parametrize(
    "text, quote, name, kind",
    [
        # coordinated relative clauses: the second "who" is the first one's
        ("The plan drew fire from Sen. Maria Alvarez, who chairs the budget committee and who said the cuts would hurt rural schools.",
         Q("the cuts would hurt rural schools", "who", "said"), "Maria Alvarez", NAMED),
        # the clause hangs on the appositive; the speaker is the person it describes
        ("The plan drew fire from Rep. Tom Becker, a longtime budget hawk who said the cuts went too far.",
         Q("the cuts went too far", "who", "said"), "Tom Becker", NAMED),
        # "whose warning": the warning is the governor's, even when the parse calls "whose" a subject
        ("The rally was led by Gov. Ann Lee, whose warning that the dam could fail went unheeded for years.",
         Q("the dam could fail", "whose", "warning"), "Ann Lee", NAMED),
        # "a former principal named Eric Vance": the name after the description is who it is
        ("The school board hired a consultant, a former principal named Eric Vance, who said the district needed more teachers.",
         Q("the district needed more teachers", "who", "said"), "Eric Vance", NAMED),
        # a "who" clause the parse hangs on "tells" is still the voters'
        ("Ms. Lopez tells voters who wonder why she left the party that she never felt welcome.",
         Q("why she left the party", "who", "wonder"), "voters", SourceType.ANONYMOUS_VAGUE),
    ],
)
def test_relative_pronoun_stands_for_its_noun(nlp, text, quote, name, kind):
    quotes, sources = resolve(nlp, text, [quote])
    source = source_of(quotes[0], sources)
    assert quotes[0].speaker.text == quote.speaker  # the mention stays as written
    assert (source.name, source.type) == (name, kind)


def test_second_who_is_not_the_thing_the_nearer_that_clause_is_about(nlp):
    # the parse joins "and who hoped" to "that killed bin Laden"; "who" is a person's
    text = "A president who ordered the raid that killed bin Laden and who hoped to end two wars now faces a third."
    quotes, sources = resolve(nlp, text, [Q("to end two wars", "who", "hoped")])
    assert source_of(quotes[0], sources).name == "president"


def test_which_after_an_appositive_stands_for_the_thing_not_the_person(nlp):
    text = "Republican pollster Whit Ayres -- author of a 2013 report, which urged the GOP to focus on Hispanic voters -- was not surprised."
    quotes, sources = resolve(nlp, text, [Q("the GOP to focus on Hispanic voters", "which", "urged")])
    assert source_of(quotes[0], sources).name == "2013 report"


def test_a_quoted_label_after_called_is_not_a_person(nlp):
    text = 'Rubio\'s campaign tweeted a video from an account called "Hypo-Cruz" that showed Cruz discussing the bill.'
    quotes, sources = resolve(nlp, text, [Q("Cruz discussing the bill", "that", "showed")])
    source = source_of(quotes[0], sources)
    assert source.type == SourceType.ANONYMOUS_VAGUE and "Cruz" not in source.name


def test_an_appositive_on_the_last_word_of_a_longer_name_stays_the_description(nlp):
    # "Democracy for America": the parse hangs the appositive on "America" alone
    text = "When he lost, he launched Democracy for America, an organization that endorsed Sanders before it backed Clinton."
    quotes, sources = resolve(nlp, text, [Q("Sanders", "that", "endorsed")])
    assert source_of(quotes[0], sources).name == "organization"
