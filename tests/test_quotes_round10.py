"""Round 10 of issue 16: a report split by a tag in its middle.

"The tax, said the congressman, would hurt farmers": the report's subject stands before
an inverted tag set off by commas, and its predicate after it. It is one report in two
fragments, and the speaker is the noun after the cue, whether a name or a noun for a
person or body. Expected rows are what an editor would mark: (content, kind, type,
speaker mention)."""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The tax, said the congressman, would hurt farmers.\n",
            [("The tax … would hurt farmers", "indirect", "speech", "the congressman")],
        ),
        (
            "The stadium, said a spokesman for the club, will be ready by August.\n",
            [("The stadium … will be ready by August", "indirect", "speech", "a spokesman for the club")],
        ),
        (
            "The budget, said the ministry, is balanced.\n",
            [("The budget … is balanced", "indirect", "speech", "the ministry")],
        ),
        (
            "Such cuts, said the governor's office, are rare.\n",
            [("Such cuts … are rare", "indirect", "speech", "the governor's office")],
        ),
        (
            "The vote, said Rep. Jim Jordan (R-Ohio), would hurt families.\n",
            [("The vote … would hurt families", "indirect", "speech", "Rep. Jim Jordan")],
        ),
    ],
)
def test_an_inverted_tag_inside_the_report_names_the_speaker_after_the_cue(nlp, text, expected):
    assert quote_rows(nlp, text) == expected
