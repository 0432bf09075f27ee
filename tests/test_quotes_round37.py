"""Round 37: another person's words retold in a speaker's paraphrase, and constructions
the never-tuned batches qs37a and qs37b missed.

Short newsroom sentences written for these tests. Expected rows are what an editor would
mark: (content, kind, attribution type, speaker mention as the quote stage finds it).
Each change was measured on PolNeAR dev and train before it was kept (the closing note
of session 37 gives the figures).
"""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows


@pytest.mark.parametrize(
    "text, expected",
    [
        # what a third person told the speaker, retold in the speaker's paraphrase, is the
        # speaker's account: the writer has only the speaker's word for it
        (
            "Ortega said a crew leader told him to stay off the roof.\n",
            [("a crew leader told him to stay off the roof", "indirect", "speech", "Ortega")],
        ),
        (
            "A crew leader told him to stay off the roof, Ortega said.\n",
            [("A crew leader told him to stay off the roof", "indirect", "speech", "Ortega")],
        ),
        (
            "Her lawyer said prosecutors argued that she fled, but the judge disagreed.\n",
            [("prosecutors argued that she fled", "indirect", "speech", "Her lawyer")],
        ),
        # guard: the speaker retelling their own words ("she told the guard") keeps both
        # layers, as the writer tags them as hers
        (
            "Alvarez said she told the guard the gate was locked.\n",
            [
                ("she told the guard the gate was locked", "indirect", "speech", "Alvarez"),
                ("the gate was locked", "indirect", "speech", "she"),
            ],
        ),
        # guard: speech a document reports keeps its own speaker (the report names them)
        (
            "The report said officials told investigators the gate was locked.\n",
            [
                ("officials told investigators the gate was locked", "indirect", "document", "The report"),
                ("the gate was locked", "indirect", "speech", "officials"),
            ],
        ),
        # guard: a direct quote keeps a report nested in it as part of its words
        (
            "“The foreman told me to leave,” Ortega said.\n",
            [("“The foreman told me to leave,”", "direct", "speech", "Ortega")],
        ),
    ],
)
def test_someone_elses_words_retold_stay_in_the_speakers_quote(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a recording that shows a person speaking is the medium of the person's words
        (
            "Video shows the officer telling the driver, “Get out of the car now.”\n",
            [("“Get out of the car now.”", "direct", "speech", "the officer")],
        ),
        # guard: what a recording shows that is no one's speech stays the recording's
        (
            "The video shows the truck running a red light.\n",
            [("the truck running a red light", "indirect", "document", "The video")],
        ),
    ],
)
def test_a_recording_of_someone_speaking_is_the_medium_of_their_words(nlp, text, expected):
    assert quote_rows(nlp, text) == expected
