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

