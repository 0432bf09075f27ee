"""A product recall is not an attribution: "recall" with goods as its object is the
business desk's withdrawal of a product, not a memory or words reported
(``stance_act_senses.tsv`` version 3, read by quotes.indirect._stance_verb_as_act)."""

from __future__ import annotations

import pytest

from ._quotes import quote_rows


@pytest.mark.parametrize(
    "text",
    [
        "Drugmaker recalls blood-pressure pills after contamination found",
        "Automaker recalls 2 million cars over faulty airbags",
        "The company is recalling about 2 million bottles of its blood-pressure drug.",
        "Halvern recalled 40,000 packages of its children's tablets on Friday.",
        "The toymaker recalled a toy that can break into small pieces.",
    ],
)
def test_recalling_goods_is_no_quote(nlp, text):
    assert quote_rows(nlp, text) == []


def test_recalling_an_event_is_still_a_memory_reported(nlp):
    assert quote_rows(nlp, "She recalled the night her brother died.") == [
        ("the night her brother died", "indirect", "noun", "She")
    ]


def test_recalling_that_is_still_reported_speech(nlp):
    assert quote_rows(nlp, "The company recalled that it had warned regulators in 2019.") == [
        ("it had warned regulators in 2019", "indirect", "speech", "The company")
    ]
