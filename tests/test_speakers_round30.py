"""Speakers, round 30: speaker attribution on PolNeAR train (issue 16).

* "Sen. Rand Paul released a web video that accuses ...": a relative clause on a
  document someone issued (``authorship_verbs.txt``) reports what the issuer says, as
  "issued a statement saying ..." does; the speaker is the issuer, not the "that".
  A document whose author a "from" names ("a letter from her doctor") stays the document.
* "Obama said ... Hillary Clinton ... She said": a speaker whose gender the article
  never gave is not who "she" means when a woman, known by her first name, is named in
  a nearer sentence (though not as its subject).
* "Woods shared her belief that ...": a possessive on the object of a verb whose subject
  voices that object (``cue_noun_verbs.txt``) is the subject, a name or a pronoun, even
  one the recogniser tags as no person or as an organisation.
* "Pollsters agree - Carl Bialik: “…”": in a roundup, a name set off by a spaced dash
  right before the colon labels the quote; the name is the speaker, and the mention is
  the name alone, not the headline before the dash.
* "Trump spoke only in evasive bromides. / “We have to do something.” “We have to be
  tougher.”": a paragraph of nothing but quotes after a paragraph whose last subject
  is a person the article quotes elsewhere, speaking (spoke, said, told), is that
  person's, and so are the quotes run on in it.
Each case is the whole pipeline on a short story; the expected speaker mention and
source are the ones an editor would name.
"""

from __future__ import annotations

import pytest

from quoteaudit.model import SourceType

from .speakers_support import quotes_with_speakers

PERSON = SourceType.NAMED_PERSON


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Sen. Rand Paul released a web video that accuses Ted Cruz of welcoming Syrian refugees.\n",
            ("Ted Cruz of welcoming Syrian refugees", "Sen. Rand Paul", "Rand Paul", PERSON),
        ),
        (
            "Mayor Lisa Grant issued a statement that said the city would not raise property taxes.\n",
            ("the city would not raise property taxes", "Mayor Lisa Grant", "Lisa Grant", PERSON),
        ),
    ],
)
def test_a_relative_clause_on_an_issued_document_speaks_for_its_issuer(nlp, text, row):
    assert quotes_with_speakers(nlp, text) == [row]


def test_a_document_from_someone_else_stays_the_document(nlp):
    # guard: the governor released the letter, her doctor wrote it
    text = "The governor released a letter from her doctor that says she is in excellent health.\n"
    assert quotes_with_speakers(nlp, text) == [
        ("she is in excellent health", "that", "letter", SourceType.ANONYMOUS_VAGUE),
    ]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "“The president must act now,” Obama said on Sunday.\n\n"
            "The response stood in sharp contrast to the approach of Democratic nominee Hillary Clinton. "
            "She said the shooting showed the need for new gun laws.\n",
            ("the shooting showed the need for new gun laws", "She", "Hillary Clinton", PERSON),
        ),
        (
            "“We will not back down,” Obama told reporters at the White House.\n\n"
            "The remarks drew a rebuke from Senator Susan Collins of Maine. She said the president had ignored Congress.\n",
            ("the president had ignored Congress", "She", "Susan Collins", PERSON),
        ),
        (
            # guard: "he" is not the woman named nearer; it stays with the speaker before
            "“We will not back down,” Obama told reporters at the White House.\n\n"
            "The remarks drew a rebuke from Senator Susan Collins of Maine. He said the fight would go on.\n",
            ("the fight would go on", "He", "Obama", PERSON),
        ),
    ],
)
def test_she_is_the_woman_named_nearer_not_a_speaker_of_unknown_gender(nlp, text, row):
    assert quotes_with_speakers(nlp, text)[-1] == row


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            # the recogniser tags no person in "Woods": the pronoun went to Ghazala Khan
            "Benghazi widow Dorothy Woods spoke to a radio host on Friday.\n\n"
            "“I would never wish that on anyone,” Ghazala Khan told reporters in July.\n\n"
            "Regarding the speech, Woods shared her belief that none of it was beyond the pale.\n",
            ("none of it was beyond the pale", "her", "Dorothy Woods", PERSON),
        ),
        (
            # the recogniser calls "Sanders" an organisation: the pronoun found no one
            "As he shook hands with voters Sunday afternoon in West Hollywood, "
            "Sanders reiterated his belief that there will be a contested convention.\n",
            ("there will be a contested convention", "his", "Sanders", PERSON),
        ),
        (
            "Washington is using the attacks to renew its calls for Silicon Valley to roll back encryption.\n",
            ("Silicon Valley", "its", "Washington", SourceType.NAMED_ORGANIZATION),
        ),
        (
            # guard: a description as the subject keeps its own steps (the front-runner is Trump)
            "Donald Trump would not name a running mate on Sunday. "
            "But the front-runner did offer his opinion on who will not be the nominee.\n",
            ("who will not be the nominee", "his", "Donald Trump", PERSON),
        ),
    ],
)
def test_a_possessive_on_what_the_subject_voices_is_the_subject(nlp, text, row):
    assert quotes_with_speakers(nlp, text)[-1] == row


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "A roundup of the latest polling news.\n\n"
            "POLLS MISSED THE LATE SHIFT - Carl Bialik: “One of the biggest lessons was a simple one: "
            "keep on contacting voters as late as possible.”\n",
            (
                "“One of the biggest lessons was a simple one: keep on contacting voters as late as possible.”",
                "Carl Bialik", "Carl Bialik", PERSON,
            ),
        ),
        (
            # the remark before the dash has a verb and a subject of its own
            "Pollsters agree - Jon Cohen: “The polls were not wrong, just too early.”\n",
            ("“The polls were not wrong, just too early.”", "Jon Cohen", "Jon Cohen", PERSON),
        ),
    ],
)
def test_a_name_set_off_by_a_dash_before_a_colon_labels_the_quote(nlp, text, row):
    assert quotes_with_speakers(nlp, text)[-1] == row


def test_a_hyphen_in_a_party_label_is_no_dash(nlp):
    # guard: "(R-S.C.):" keeps the lawmaker as the speaker
    text = (
        "The hearing grew tense.\n\n"
        "Rep. Trey Gowdy (R-S.C.) pressed her on the figure: "
        '"I have not heard anyone other than you ever cite that figure. Who told you that?"\n'
    )
    assert quotes_with_speakers(nlp, text) == [
        (
            '"I have not heard anyone other than you ever cite that figure. Who told you that?"',
            "Rep. Trey Gowdy", "Trey Gowdy", PERSON,
        ),
    ]


def test_quotes_after_a_quoted_person_who_spoke_are_that_persons(nlp):
    text = (
        "Donald Trump said on Wednesday that he does not want to kill the families of terrorists.\n\n"
        "What the plan would cost is left to the imagination of voters, since Trump spoke only in "
        "vague terms during the interview.\n\n"
        "“We have to do something and it’s the only way you stop it.”\n"
        "“We have to be a lot tougher.”\n"
    )
    assert quotes_with_speakers(nlp, text)[1:] == [
        ("“We have to do something and it’s the only way you stop it.”", None, "Donald Trump", PERSON),
        ("“We have to be a lot tougher.”", None, "Donald Trump", PERSON),
    ]


def test_a_quote_after_a_newcomer_stays_an_orphan(nlp):
    # guard: Hale is quoted nowhere else, and disagreeing is not speaking the quote
    text = (
        "Mayor Lisa Grant spoke briefly at the ceremony. Councilman Tom Hale disagreed with the plan.\n\n"
        "“It will die in committee.”\n"
    )
    assert quotes_with_speakers(nlp, text) == [("“It will die in committee.”", None, None, None)]
