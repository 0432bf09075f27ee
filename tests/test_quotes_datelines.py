"""Wire-service datelines: the place opening a story is never a speaker."""

import pytest

from quoteaudit.quotes.datelines import dateline_end
from tests._quotes import detect, only, span


@pytest.mark.parametrize(
    "line, rest",
    [
        ("WASHINGTON (AP) — Donald Trump said", "Donald Trump said"),
        ("CLEVELAND, July 19 (UPI) — Former Attorney General Michael Mukasey", "Former Attorney General Michael Mukasey"),
        ("LONDON (Reuters) - Donald Trump said", "Donald Trump said"),
        ("New York (AFP) – Vice President Joe Biden", "Vice President Joe Biden"),
        ("DES MOINES, Iowa (AP) — Sen. Ted Cruz", "Sen. Ted Cruz"),
    ],
)
def test_dateline_forms(line, rest):
    assert line[dateline_end(line, 0) :] == rest


@pytest.mark.parametrize("line", ["Clinton - who said it first - was right", "Sen. Elizabeth Warren - a Democrat - said", "Trump (R) - said"])
def test_a_dash_after_a_name_is_no_dateline(line):
    assert dateline_end(line, 0) is None


def test_dateline_place_is_not_the_speaker(nlp):
    text, det = detect(nlp, "LONDON (Reuters) - Donald Trump said he was unlikely to have a good relationship with David Cameron.")
    q = only(det)
    assert q.fragments == [span(text, "he was unlikely to have a good relationship with David Cameron")]
    assert q.speaker.text == "Donald Trump"


def test_dateline_place_is_not_the_speaker_of_a_participle(audit_text):
    audit = audit_text(
        "Washington (AFP) – Democrat Hillary Clinton has taken a swipe at Republican rival Donald Trump’s "
        "stance on Brexit, saying it showed poor judgment."
    )
    (q,) = audit.quotes
    assert q.text == "it showed poor judgment"
    assert audit.source_by_id(q.source).name == "Hillary Clinton"


def test_according_to_after_a_dateline(nlp):
    text, det = detect(
        nlp,
        "MEXICO CITY - The rise of Donald Trump has alarmed the Mexican government so much that it has reshuffled "
        "top diplomats and, according to officials, adopted a new strategy.",
    )
    q = only(det)
    assert q.cue.text == "according to" and q.speaker.text == "officials"
    assert q.fragments[0][0] == text.index("The rise")
