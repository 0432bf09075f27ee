"""QA3xx: rules about claims the article makes on nobody's word."""

from __future__ import annotations

from quoteaudit.model import Severity

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
    assert finding.message == "unattributed claim: event with date ('May 18'), no source"
    assert finding.confidence == 0.65
    assert (finding.start, finding.end) == (0, TEXT.index(" This force"))


def test_weasel_attribution_reports_its_cue():
    story = Story(TEXT)
    story.claim("This force is seen as threat by the USA -backed coalition.", "weasel",
                "agentless view ('is seen as'): whose assessment, on whose word?", cue="is seen as")
    (finding,) = story.findings("QA302")
    assert story.text[finding.start : finding.end] == "This force is seen as threat by the USA -backed coalition."
    assert finding.message == "weasel attribution: agentless view ('is seen as'): whose assessment, on whose word?"


def test_each_rule_reports_only_its_own_kind():
    story = Story(TEXT)
    story.claim("On May 18, the US dropped munitions on the group outside the zone.", "unsourced")
    story.claim("This force is seen as threat by the USA -backed coalition.", "weasel")
    story.claim("the US dropped munitions", "quoted", opinion=None, checkable="event")
    assert [f.rule for f in story.findings() if f.rule.startswith("QA3")] == ["QA301", "QA302"]
