"""Round 30: the speaker of an infinitive after a verb of causing (issue 16, speaker
accuracy).

* ``The abrupt announcement led some to speculate that …``: after a verb of causing
  (``object_control_verbs.txt``: lead, leave, prompt, force, …) the object does what the
  infinitive says, so the object is the speaker — not the announcement, timing or scandal
  that is the grammatical subject;
* verbs of urging stay with the one who urges (``Sanders pushed Democrats to reject the
  deal``: PolNeAR gives the stance to Sanders), and an object that cannot speak ("took the
  stage to say") leaves the subject the speaker;
* ``Broaddrick Sunday night recounted …``: the parse makes the time ("night",
  ``remark_times.tsv`` and ``time_subjects.txt``) the subject and the name a compound in
  it; the name is the speaker, as with a bare day ("Trump Wednesday said");
* ``The day before, at a rally in Beaumont, Mr. Trump was just as blunt, claiming …``:
  the parse gives the verb the fronted time as a second subject; the name speaks.

Expected rows are what an editor would mark: (content as written, kind, attribution type,
speaker mention). Every row of the sentence is listed, so a stray quote fails too."""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The abrupt announcement led some to speculate that the mayor had been forced out.\n",
            [("the mayor had been forced out", "indirect", "speech", "some")],
        ),
        (
            "The timing of the vote prompted Democrats to say that Republicans were hiding the bill.\n",
            [("Republicans were hiding the bill", "indirect", "speech", "Democrats")],
        ),
        (
            "The scandal forced the governor to admit that his aides had lied.\n",
            [("his aides had lied", "indirect", "speech", "the governor")],
        ),
        (
            "The report led the agency to conclude that the program had failed.\n",
            [("the program had failed", "indirect", "speech", "the agency")],
        ),
    ],
)
def test_round30_the_object_of_a_verb_of_causing_speaks(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # urging: the one who urges keeps the stance
        ("Sanders pushed Democrats to reject the debt deal.\n", [("the debt deal", "indirect", "noun", "Sanders")]),
        # an object that cannot speak: the subject speaks
        ("Officials took the stage to say the city was safe.\n", [("the city was safe", "indirect", "speech", "Officials")]),
        # passive: the subject is the one forced
        ("The mayor was forced to admit that the budget was short.\n", [("the budget was short", "indirect", "speech", "The mayor")]),
    ],
)
def test_round30_the_subject_still_speaks(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "On that point, Broaddrick Sunday night recounted an interaction with Hillary Clinton that took place three weeks after the assault.\n",
            [("an interaction with Hillary Clinton that took place three weeks after the assault", "indirect", "noun", "Broaddrick")],
        ),
        (
            "On that point, Smith Tuesday night recounted a conversation with the mayor.\n",
            [("a conversation with the mayor", "indirect", "noun", "Smith")],
        ),
    ],
)
def test_round30_the_name_before_a_time_speaks(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "''Bringing them here now would be reckless,'' Mr. Carson declared Sunday.\n\nThe day before, at a rally in Beaumont, Tex., Mr. Trump was just as blunt, claiming without any evidence that President Obama wanted to take in 250,000 Syrian refugees.\n",
            [
                ("''Bringing them here now would be reckless,''", "direct", "speech", "Mr. Carson"),
                ("President Obama wanted to take in 250,000 Syrian refugees", "indirect", "speech", "Mr. Trump"),
            ],
        ),
        (
            "''Cutting the tax now would be reckless,'' Mr. Kasich declared Sunday.\n\nThe day before, at a rally in Dayton, Ohio, Mr. Trump was just as blunt, claiming without any evidence that the governor wanted to raise taxes on 250,000 families.\n",
            [
                ("''Cutting the tax now would be reckless,''", "direct", "speech", "Mr. Kasich"),
                ("the governor wanted to raise taxes on 250,000 families", "indirect", "speech", "Mr. Trump"),
            ],
        ),
    ],
)
def test_round30_a_fronted_time_is_not_the_subject(nlp, text, expected):
    assert quote_rows(nlp, text) == expected
