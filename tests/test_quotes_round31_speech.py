"""Round 31: reported speech under the speech-only convention (issue 16).

* ``With 50 days until the election, Minyon Moore, a senior adviser, said …``: an
  opening prepositional phrase whose last noun the parser makes the subject, the named
  person its apposition: the person speaks;
* ``Democrats are worried about …``, ``The senator is eager to …``: an annotated cue of
  "be" and an adjective of belief, feeling or stance is typed by the adjective's class in
  ``stance_adjectives.tsv`` (a view, not words), as the detector types the same frame;
* ``Warren called [Trump a fascist]``: annotated content with no verb that names a thing
  and what the speaker calls it reports words: speech, as the detector types a verb of
  naming; a noun phrase alone ("denied [the charges]") stays a noun attribution.

Expected rows are what an editor would mark: (content as written, kind, attribution type,
speaker mention). Every row of the sentence is listed, so a stray quote fails too."""

from __future__ import annotations

import pytest

from quoteaudit.quotes import cues
from tests._quotes import quote_rows


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "With 50 days until the election, Minyon Moore, a senior adviser to the campaign, said the remarks were a wake-up call.\n",
            [("the remarks were a wake-up call", "indirect", "speech", "Minyon Moore")],
        ),
        (
            "After the vote on the bill, Sen. John Smith, a Republican, told reporters the measure would fail.\n",
            [("the measure would fail", "indirect", "speech", "Sen. John Smith")],
        ),
        # a subject that is a person is never the end of an opening phrase
        (
            "After the vote, the senator, a Republican, told reporters the measure would fail.\n",
            [("the measure would fail", "indirect", "speech", "the senator")],
        ),
    ],
)
def test_round31_name_after_a_fronted_phrase(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Party leaders are worried about turnout in the suburbs.", "are worried about", "thought"),
        ("The senator is eager to leave Washington.", "is eager", "thought"),
        ("Aides were hopeful that the bill would pass.", "were hopeful", "thought"),
        ("Republicans have been critical of her record.", "have been critical of", "perception_stance"),
        ("Residents are convinced the plant is unsafe.", "are convinced", "thought"),
        # a cue verb still decides, and an adjective outside the lexicon changes nothing
        ("Officials said they were worried.", "said", "speech"),
        ("The mayor has said taxes rose.", "has said", "speech"),
    ],
)
def test_round31_type_of_an_annotated_adjective_cue(nlp, text, cue, expected):
    doc = nlp(text)
    i = text.index(cue)
    assert cues.type_of_cue(doc.char_span(i, i + len(cue), alignment_mode="expand")).value == expected


@pytest.mark.parametrize(
    "text, cue, content, expected",
    [
        ("Christie called him divisive.", "called", "him divisive", "speech"),
        ("Reporters call it the nerd prom.", "call", "it the nerd prom", "speech"),
        ("She calls North Carolina her home state.", "calls", "North Carolina her home state", "speech"),
        # a noun phrase alone reports no words
        ("He denied the charges.", "denied", "the charges", "noun"),
        ("The mayor announced a plan to rebuild the port.", "announced", "a plan to rebuild the port", "noun"),
        # a thing named by a participle names nobody's words: the name alone is no small clause
        ("He runs a nonprofit group called the Legacy Fund.", "called", "the Legacy Fund", "noun"),
    ],
)
def test_round31_type_of_a_named_thing(nlp, text, cue, content, expected):
    doc = nlp(text)
    i, j = text.index(cue), text.index(content)
    cue_span = doc.char_span(i, i + len(cue), alignment_mode="expand")
    content_span = doc.char_span(j, j + len(content), alignment_mode="expand")
    assert cues.type_of_cue(cue_span, content_span).value == expected
