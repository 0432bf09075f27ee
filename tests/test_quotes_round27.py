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
