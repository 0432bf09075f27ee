"""Round 27: a raising verb coordinated with the verb before it shares that verb's subject.

"She is moving to Los Angeles but is expected to continue on the show": "expected" has no
subject of its own; the parse leaves "She" on "moving". Read as an ordinary verb of thought,
"She" became the one expecting, and the report raised "“She” does not point to anyone".
The expectation is nobody's; "She" is part of what is expected, the first of two fragments
around the cue, as in "She is expected to continue". Only right after "and" or "but": in a
comma list the parse may have hung the verb on another clause.
Expected rows are what an editor would mark: (content, kind, type, speaker mention).
"""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "She is moving to Los Angeles but is expected to continue to make appearances on the show.\n",
            [("She … to continue to make appearances on the show", "indirect", "thought", None)],
        ),
        (
            "The council delayed the vote and is expected to take up the budget next month.\n",
            [("The council … to take up the budget next month", "indirect", "thought", None)],
        ),
        # guard: a subject of its own, as before
        (
            "She is expected to continue to make appearances on the show.\n",
            [("She … to continue to make appearances on the show", "indirect", "thought", None)],
        ),
    ],
)
def test_a_coordinated_raising_verb_reports_nobodys_view_of_the_shared_subject(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Trump said after the convention he would not accept the endorsement if it were offered.\n",
            [("he would not accept the endorsement if it were offered", "indirect", "speech", "Trump")],
        ),
        # guard: with "that" the parse already reads the clause as the complement
        (
            "The senator said during the debate that taxes would rise.\n",
            [("taxes would rise", "indirect", "speech", "The senator")],
        ),
        # guard: a date right after the cue, as the parse already read it
        (
            "The mayor said on Monday the budget would balance.\n",
            [("the budget would balance", "indirect", "speech", "The mayor")],
        ),
    ],
)
def test_when_it_was_said_stands_between_the_cue_and_a_thatless_clause(nlp, text, expected):
    # the parse hangs "after the convention" on the reported clause and reads the clause
    # as an adverbial of "said": nothing was found
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Donald Trump spoke in Ohio.\n\n"
            "Trump charges that countries that benefit from the deal donated millions to the foundation.\n",
            [("countries that benefit from the deal donated millions to the foundation", "indirect", "speech", "Trump")],
        ),
        # guard: a capital that only opens the sentence, and a relative clause on the noun
        (
            "Fraud charges that were filed last year were dropped on Monday.\n",
            [],
        ),
    ],
)
def test_a_verb_of_saying_read_as_a_plural_noun_after_a_name(nlp, text, expected):
    # the tagger reads "Trump charges" as a noun compound: the speaker was "Trump
    # charges", an unnamed group, and the report a noun's claim
    assert quote_rows(nlp, text) == expected
