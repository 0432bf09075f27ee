"""Round 34: a quoted label whose article stands outside the marks.

"Critics have dubbed the measure the “bathroom bill.”": the parse makes the quoted words
an apposition of the object, opening with the article before the mark; the label is
still the words quoted (issue 16: for "called X 'Y'" and "dubbed 'Y'" the content is the
quoted label only). Found by the never-tuned quote set qs34.
"""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Critics have dubbed the measure the “bathroom bill.”\n",
            [("“bathroom bill.”", "mixed", "speech", "Critics")],
        ),
        (
            "Fans have nicknamed the new stadium the “Cauldron.”\n",
            [("“Cauldron.”", "mixed", "speech", "Fans")],
        ),
        (
            "The mayor called the plan a “giveaway to developers.”\n",
            [("“giveaway to developers.”", "mixed", "speech", "The mayor")],
        ),
        # guard: a participle with no subject names a thing; nobody speaks
        ("The measure, dubbed the “bathroom bill,” failed in the Senate.\n", []),
    ],
)
def test_a_label_after_an_article_outside_the_marks(nlp, text, expected):
    assert quote_rows(nlp, text) == expected
