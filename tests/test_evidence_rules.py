"""QA105 altered-quote, QA106 quote-not-in-evidence, QA107 wrong-speaker: what an editor reads."""

from __future__ import annotations

import pytest

from quoteaudit.evidence import load_evidence
from quoteaudit.ingest import read_string
from quoteaudit.model import EvidenceStatus, Severity
from quoteaudit.pipeline import audit_article
from quoteaudit.rules import load_all

TRANSCRIPT = """Interview with Mayor Ana Lopez, May 2

DANA WHITFIELD: Rents went up nine percent last year. Will property taxes go up too?

MAYOR ANA LOPEZ: No. We will not raise property taxes this year. Every line of the budget is
online, and anyone can read it tonight.
"""


@pytest.fixture(scope="module")
def audit(nlp):
    def run(draft: str, material: str = TRANSCRIPT, name: str = "transcripts/lopez.txt"):
        (article,) = read_string(draft, "text", path="draft.txt")
        evidence = load_evidence([(name, material.encode())]) if material else None
        return audit_article(article, nlp(article.text), None, evidence)

    return run


def findings(doc, code):
    return [(f.severity, doc.text[f.start : f.end], f.message) for f in doc.findings if f.rule == code]


def test_qa105_shows_what_the_evidence_says_against_what_the_draft_says(audit):
    doc = audit('Mayor Ana Lopez defended the budget. "Anyone can read it today," Lopez said.')
    assert findings(doc, "QA105") == [
        (Severity.ERROR, '"Anyone can read it today,"',
         "The quote's words differ from transcripts/lopez.txt, line 6: evidence says “tonight”, draft says “today”"),
    ]
    (quote,) = [q for q in doc.quotes if q.evidence]
    assert quote.evidence.status is EvidenceStatus.ALTERED
    assert [(d.op, d.draft, d.evidence) for d in quote.evidence.diff] == [
        ("equal", "Anyone can read it", "anyone can read it"), ("replace", "today", "tonight"),
    ]
    assert quote.evidence.file == "transcripts/lopez.txt"
    assert TRANSCRIPT[quote.evidence.start : quote.evidence.end] == "anyone can read it tonight"


def test_qa106_names_the_material_that_was_searched(audit):
    doc = audit('Mayor Ana Lopez spoke Thursday. "We will never cut a single police officer," Lopez said.')
    assert findings(doc, "QA106") == [
        (Severity.WARNING, '"We will never cut a single police officer,"',
         'These words are not in the source material (transcripts/lopez.txt): "We will never cut a single police officer,"'),
    ]
    (quote,) = [q for q in doc.quotes if q.evidence]
    assert (quote.evidence.file, quote.evidence.start, quote.evidence.end) == (None, None, None)


def test_qa106_is_never_raised_without_material(audit):
    doc = audit('Mayor Ana Lopez spoke Thursday. "We will never cut a single police officer," Lopez said.', material="")
    assert findings(doc, "QA106") == []
    assert all(q.evidence is None for q in doc.quotes)


def test_qa107_says_whose_words_they_are_in_the_transcript(audit):
    doc = audit('Mayor Ana Lopez spoke Thursday. "Rents went up nine percent last year," Lopez said.')
    assert findings(doc, "QA107") == [
        (Severity.ERROR, '"Rents went up nine percent last year,"',
         'In transcripts/lopez.txt, line 3, DANA WHITFIELD says these words, not Ana Lopez: '
         '"Rents went up nine percent last year,"'),
    ]


def test_a_mixed_quotes_fragment_is_checked_and_the_message_quotes_only_it(audit):
    doc = audit('Mayor Ana Lopez said the budget was "a fair deal for every taxpayer in the city."')
    (finding,) = [f for f in doc.findings if f.rule in ("QA105", "QA106")]
    assert finding.rule == "QA106"
    assert finding.message.endswith(': "a fair deal for every taxpayer in the city."')


def test_verbatim_elided_and_bracketed_quotes_are_passes_with_no_finding(audit):
    doc = audit(
        'Mayor Ana Lopez held the line. "We will not raise property taxes this year," Lopez said. '
        '"Every line of the budget is online ... anyone can read it tonight," she said. '
        '"[The mayor] will not raise property taxes this year," her office said.'
    )
    statuses = [q.evidence.status for q in doc.quotes if q.evidence]
    assert statuses == [EvidenceStatus.VERBATIM, EvidenceStatus.ELIDED, EvidenceStatus.BRACKETED]
    assert [f.rule for f in doc.findings if f.rule in ("QA105", "QA106", "QA107")] == []


def test_the_rules_are_registered_with_an_editors_label():
    registry = load_all()
    assert {code: (registry[code].name, registry[code].label) for code in ("QA105", "QA106", "QA107")} == {
        "QA105": ("altered-quote", "Quote differs from source"),
        "QA106": ("quote-not-in-evidence", "Quote not in source"),
        "QA107": ("wrong-speaker", "Someone else said it"),
    }
    for code in ("QA105", "QA106", "QA107"):
        assert registry[code].how_to_fix() and registry[code].why_it_matters()


def test_a_new_sentence_after_the_attribution_is_checked_on_its_own(audit):
    """'"A," Lopez said. "B."': B is a new sentence and may come from elsewhere in the
    interview; only its own words are compared (it used to be glued to A)."""
    doc = audit('Mayor Ana Lopez spoke Thursday. "We will not raise property taxes this year," Lopez said. "Anyone can read it today."')
    assert [f.message for f in doc.findings if f.rule == "QA105"] == [
        "The quote's words differ from transcripts/lopez.txt, line 6: evidence says “tonight”, draft says “today”; in “Anyone can read it today.”"
    ]


def test_a_sentence_split_by_its_attribution_is_checked_as_one(audit):
    """'"A," she said, "b."' is one sentence: its halves must be together in the source."""
    whole = audit('Mayor Ana Lopez spoke Thursday. "Every line of the budget is online," Lopez said, "and anyone can read it tonight."')
    assert [q.evidence.status for q in whole.quotes if q.evidence] == [EvidenceStatus.VERBATIM]
    glued = audit('Mayor Ana Lopez spoke Thursday. "We will not raise property taxes this year," Lopez said, "and anyone can read it tonight."')
    assert [q.evidence.status for q in glued.quotes if q.evidence] == [EvidenceStatus.ALTERED]


# ---- quotes from outside the material: the transcript's speakers are known ----------------

COUNCIL = """JANET OKAFOR: This bridge carries thirty thousand cars a day, and it is falling apart.

DALE PRENTISS: Nobody in my ward asked for this. They asked for their potholes to be filled.
"""


def test_a_person_the_transcript_never_gives_a_turn_is_not_reported_missing_from_it(audit):
    doc = audit('"This bridge carries 30,000 cars a day," said Councilwoman Janet Okafor.\n\n'
                '"It\'s about time," said Louise Carter, who runs a bakery near the bridge.', COUNCIL, "council.txt")
    assert findings(doc, "QA106") == []
    carter = next(q for q in doc.quotes if "about time" in q.text)
    assert carter.evidence is None  # not checked: she is not in the material
    okafor = next(q for q in doc.quotes if "30,000" in q.text)
    assert okafor.evidence.status is EvidenceStatus.VERBATIM


def test_a_document_is_not_reported_missing_from_a_meeting_transcript(audit):
    doc = audit('A state report released in March rated the bridge deck "poor" and its supports "serious."', COUNCIL, "council.txt")
    assert findings(doc, "QA106") == []


def test_a_transcript_speaker_quoted_with_words_not_in_it_is_still_reported(audit):
    doc = audit('"We should tear it down," said Dale Prentiss, a council member.', COUNCIL, "council.txt")
    assert [f[1] for f in findings(doc, "QA106")] == ['"We should tear it down,"']


def test_someone_else_given_a_speakers_words_is_still_the_wrong_speaker(audit):
    doc = audit('"Nobody in my ward asked for this," said Louise Carter, who runs a bakery.', COUNCIL, "council.txt")
    assert [f[1] for f in findings(doc, "QA107")] == ['"Nobody in my ward asked for this,"']


def test_with_an_unlabelled_stretch_in_the_material_an_outsider_may_be_in_it(audit):
    material = "Remarks from the public comment period follow.\n\n" + COUNCIL
    doc = audit('"It\'s about time," said Louise Carter, who runs a bakery near the bridge.', material, "council.txt")
    assert [f[1] for f in findings(doc, "QA106")] == ['"It\'s about time,"']


def test_a_mixed_quote_is_shown_by_its_quoted_words_not_from_an_apostrophe(audit):
    doc = audit('Dale Prentiss said the bridge\'s budget was "a blank check for developers."', COUNCIL, "council.txt")
    (message,) = [f[2] for f in findings(doc, "QA106")]
    assert message.endswith(': "a blank check for developers."')
