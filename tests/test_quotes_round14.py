"""Round 14 of issue 16: direct quotes the writer leads into.

"On Israel, “we will stand with our ally,” the senator said": a sentence that opens with a
short phrase naming the topic, then the quote and its tag. The topic is the writer's way
into the quote, not words of the speaker, so the quote is direct and the topic stays out
of it. A clause before the quote may be the speaker's paraphrase and keeps it mixed.
Expected rows are what an editor would mark: (content, kind, type, speaker mention)."""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "On Israel, “we will stand with our ally,” the senator said.\n",
            [("“we will stand with our ally,”", "direct", "speech", "the senator")],
        ),
        (
            "As for the deadline, “we will not meet it,” Smith said.\n",
            [("“we will not meet it,”", "direct", "speech", "Smith")],
        ),
        (
            "As for Mr. Trump's more extreme pronouncements, “I kind of write them off,” said Mr. Pike.\n",
            [("“I kind of write them off,”", "direct", "speech", "Mr. Pike")],
        ),
        # a clause before the quote may be the speaker's: one mixed quote
        (
            "If the levy fails, “we will close two schools,” the superintendent said.\n",
            [("If the levy fails, “we will close two schools,”", "mixed", "speech", "the superintendent")],
        ),
        # the writer's subject carries on into the quote: mixed
        (
            "In the end, the plan “failed miserably,” she said.\n",
            [("In the end, the plan “failed miserably,”", "mixed", "speech", "she")],
        ),
    ],
)
def test_a_topic_before_a_quote_stays_outside_it(nlp, text, expected):
    assert quote_rows(nlp, text) == expected
