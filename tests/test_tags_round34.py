"""Round 34: a closing tag the parser reads as an apposition.

"The museum will return the statue to Greece, its director announced on Monday": with a
cue it does not expect to close a sentence, the parser may read "Greece, its director" as
an apposition and hang "announced" on it as a participle, and the report was lost. Found
by the never-tuned quote set qs34b (q056).
"""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The museum will return the statue to Greece, its director announced on Monday.\n",
            [("The museum will return the statue to Greece", "indirect", "speech", "its director")],
        ),
        (
            "The plant will close in March, its owner announced.\n",
            [("The plant will close in March", "indirect", "speech", "its owner")],
        ),
        (
            "The vote was delayed until Friday, party leaders announced late Tuesday.\n",
            [("The vote was delayed until Friday", "indirect", "speech", "party leaders")],
        ),
    ],
)
def test_a_closing_tag_read_as_an_apposition(nlp, text, expected):
    assert quote_rows(nlp, text) == expected
