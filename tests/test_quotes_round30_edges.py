"""Round 30: where reported content ends before the writer's trailing gloss.

"The senator said she did not support Mr. Smith, the presumed party favorite": an
appositive after the content's last noun is the writer's gloss, also when the tagger calls
its head word an adjective ("favorite"), when two titles share one article ("a former
lieutenant governor and ambassador"), or when the relative clause it carries lists nouns
("the military alliance that includes the United States and most European countries").
A real list stays whole. Expected rows are what an editor would mark: (content, kind,
type, speaker mention).
"""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The senator said she did not support Mr. Smith, the presumed party favorite.\n",
            [("she did not support Mr. Smith", "indirect", "speech", "The senator")],
        ),
        (
            "Critics say the money could be better spent in partnership with NATO, the military alliance that includes the United States and most European countries.\n",
            [("the money could be better spent in partnership with NATO", "indirect", "speech", "Critics")],
        ),
        (
            "Aides said he would have to consider Rep. Jane Doe, a former lieutenant governor and ambassador who can raise the cash to run statewide.\n",
            [("he would have to consider Rep. Jane Doe", "indirect", "speech", "Aides")],
        ),
        # guard: a list whose second item looks like an appositive
        (
            "The spokesman said the president has long called for tax fairness, the closure of loopholes that benefit only the wealthy and for relief for middle class families.\n",
            [
                (
                    "the president has long called for tax fairness, the closure of loopholes that benefit only the wealthy and for relief for middle class families",
                    "indirect",
                    "speech",
                    "The spokesman",
                )
            ],
        ),
        # guard: a name in a list
        (
            "The coach said he thanked his wife, Lonnie, and friends.\n",
            [("he thanked his wife, Lonnie, and friends", "indirect", "speech", "The coach")],
        ),
    ],
)
def test_a_trailing_appositive_is_the_writers_gloss(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'The senator said she was hoping for a large turnout, which "will help elect Smith to the court."\n',
            [('she was hoping for a large turnout, which "will help elect Smith to the court."', "mixed", "speech", "The senator")],
        ),
        (
            'The mayor said tolls would rise next year, which means drivers "will pay more for the same road."\n',
            [('tolls would rise next year, which means drivers "will pay more for the same road."', "mixed", "speech", "The mayor")],
        ),
        # guard: the writer's aside with no quoted words
        (
            "The governor said he expects Smith to recover from pneumonia, which forced her to leave early.\n",
            [("he expects Smith to recover from pneumonia", "indirect", "speech", "The governor")],
        ),
        # guard: a quoted name is no quoted reasoning
        (
            'The mayor said the city will repave Elm Street, which "Main Street" merchants had requested for years.\n',
            [("the city will repave Elm Street", "indirect", "speech", "The mayor")],
        ),
        # guard: a cue of its own in the clause is another report
        (
            'He said he backed the trade bill, which he called "a disaster for farmers."\n',
            [
                ("he backed the trade bill", "indirect", "speech", "He"),
                # the relative "which" stands before the verb: the label is the words
                # alone, direct (session 36)
                ('"a disaster for farmers."', "direct", "speech", "he"),
            ],
        ),
    ],
)
def test_a_relative_clause_in_the_sources_quoted_words_is_content(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The senator said she opposed the angry rhetoric of the Republican front-runner, Donald Trump.\n",
            [("she opposed the angry rhetoric of the Republican front-runner, Donald Trump", "indirect", "speech", "The senator")],
        ),
        (
            "Aides said the senator will hold a town hall in Laconia, New Hampshire.\n",
            [("the senator will hold a town hall in Laconia, New Hampshire", "indirect", "speech", "Aides")],
        ),
        # guard: a description after the name is still the writer's gloss
        (
            "The mayor said she did not support Mr. Smith, the presumed party favorite.\n",
            [("she did not support Mr. Smith", "indirect", "speech", "The mayor")],
        ),
    ],
)
def test_a_name_after_a_description_says_who_the_source_meant(nlp, text, expected):
    assert quote_rows(nlp, text) == expected
