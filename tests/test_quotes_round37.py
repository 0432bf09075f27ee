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


@pytest.mark.parametrize(
    "text, expected",
    [
        # the parser may start a sentence at the comma before a long report's closing tag
        # (a dateline ahead makes it likelier); no sentence opens on a comma
        (
            "WINNIPEG — Winter roads that connect more than 20 remote First Nations in northern Manitoba may open weeks late this season because of unusually warm weather, the province says.\n",
            [(
                "Winter roads that connect more than 20 remote First Nations in northern Manitoba may open weeks late this season because of unusually warm weather",
                "indirect", "speech", "the province",
            )],
        ),
        # a closing tag whose name the parser read as one more place of a list
        (
            "SEATTLE — Cobaltline, the cloud-storage company, is cutting about 900 jobs, or roughly 12% of its workforce, and closing its office in Vancouver, British Columbia, Chief Executive Dana Ostrand wrote in a memo to staff on Tuesday.\n",
            [(
                "Cobaltline, the cloud-storage company, is cutting about 900 jobs, or roughly 12% of its workforce, and closing its office in Vancouver, British Columbia",
                "indirect", "speech", "Chief Executive Dana Ostrand",
            )],
        ),
        # guard: one capitalised word before the cue is not enough for a name
        (
            "The plant will close in March, and the jobs will move to Ohio, Reuters reported.\n",
            [("The plant will close in March, and the jobs will move to Ohio", "indirect", "speech", "Reuters")],
        ),
    ],
)
def test_a_closing_tag_after_a_long_report(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name given an age before "said" is the speaker, not the report's subject with
        # an inverted tag ("The tax, said Rep. Jordan, would hurt families")
        (
            "Owen, 16, a junior at Kettle Valley North from Pewaukee, said the officer at his school, Deputy Sam Rudd, had talked him out of a fight.\n",
            [("the officer at his school, Deputy Sam Rudd, had talked him out of a fight", "indirect", "speech", "Owen")],
        ),
        (
            "Maria Lopez, 34, said the officer, a sergeant, had pushed her.\n",
            [("the officer, a sergeant, had pushed her", "indirect", "speech", "Maria Lopez")],
        ),
        # guard: the inverted tag
        (
            "The tax, said Rep. Jim Jordan, would hurt families.\n",
            [("The tax … would hurt families", "indirect", "speech", "Rep. Jim Jordan")],
        ),
    ],
)
def test_a_speaker_introduced_with_an_age_is_no_fronted_subject(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quote that ends its sentence, then a new sentence whose cue reports words of
        # its own: the quote stays with the tag before it, not the next speaker
        (
            "“I was scared,” Mateo said. “The water was cold.” His mother said she heard him scream.\n",
            [
                ("“I was scared,” … “The water was cold.”", "direct", "speech", "Mateo"),
                ("she heard him scream", "indirect", "speech", "His mother"),
            ],
        ),
        # guard: a tag standing as its own sentence still tags the quote
        (
            "“We won.” Smith said.\n",
            [("“We won.”", "direct", "speech", "Smith")],
        ),
    ],
)
def test_a_new_sentence_with_its_own_report_does_not_tag_the_quote_before(nlp, text, expected):
    assert quote_rows(nlp, text) == expected
