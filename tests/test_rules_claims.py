"""QA3xx: rules about claims the article makes on nobody's word."""

from __future__ import annotations

from quoteaudit.model import QuoteKind, Severity, SourceType

from .rulekit import Story

TEXT = (
    "On May 18, the US dropped munitions on the group outside the zone. "
    "This force is seen as threat by the USA -backed coalition."
)


def test_unattributed_claim_reports_the_reason_and_confidence():
    story = Story(TEXT)
    story.claim("On May 18, the US dropped munitions on the group outside the zone.", "unsourced",
                "event with date ('May 18'), no source", confidence=0.65)
    (finding,) = story.findings("QA301")
    assert finding.severity is Severity.WARNING
    assert finding.message == "Nobody is given as the source of this checkable claim (event with date “May 18”)."
    assert finding.confidence == 0.65
    assert (finding.start, finding.end) == (0, TEXT.index(" This force"))


def test_weasel_attribution_reports_its_cue():
    story = Story(TEXT)
    story.claim("This force is seen as threat by the USA -backed coalition.", "weasel",
                "agentless view ('is seen as'): whose assessment, on whose word?", cue="is seen as", construction="np-passive-as")
    (finding,) = story.findings("QA302")
    assert story.text[finding.start : finding.end] == "This force is seen as threat by the USA -backed coalition."
    assert finding.message == "“is seen as” gives a view without saying whose it is."


def test_each_rule_reports_only_its_own_kind():
    story = Story(TEXT)
    story.claim("On May 18, the US dropped munitions on the group outside the zone.", "unsourced")
    story.claim("This force is seen as threat by the USA -backed coalition.", "weasel")
    story.claim("the US dropped munitions", "quoted", opinion=None, checkable="event")
    assert [f.rule for f in story.findings() if f.rule.startswith("QA3")] == ["QA301", "QA302"]


def test_a_vague_crowd_exemplified_by_a_named_source_in_the_paragraph_is_fine():
    text = 'Some parents questioned the timing. "Why now?" asked Tom Reyes, whose daughter attends Lincoln Elementary.'
    story = Story(text)
    story.claim("Some parents questioned the timing.", "weasel", construction="vague-subject")
    reyes = story.source("s1", "Tom Reyes", SourceType.NAMED_PERSON)
    story.quote('"Why now?"', "Tom Reyes", reyes, QuoteKind.DIRECT, cue="asked", cue_lemma="ask")
    assert story.findings("QA302") == []


def test_a_vague_crowd_left_alone_is_flagged():
    text = "Some parents questioned the timing.\n\nThe district declined to comment."
    story = Story(text)
    story.claim("Some parents questioned the timing.", "weasel", construction="vague-subject")
    assert story.flagged("QA302") == ["Some parents questioned the timing."]


def test_an_agentless_passive_is_flagged_even_with_a_named_quote_after_it():
    text = 'The plan is widely seen as a test of the mayor. "We will deliver," Mayor Okafor said.'
    story = Story(text)
    story.claim("The plan is widely seen as a test of the mayor.", "weasel", construction="np-passive-as")
    okafor = story.source("s1", "Daniel Okafor", SourceType.NAMED_PERSON)
    story.quote('"We will deliver,"', "Mayor Okafor", okafor, QuoteKind.DIRECT, cue="said", cue_lemma="say")
    assert story.flagged("QA302") == ["The plan is widely seen as a test of the mayor."]
