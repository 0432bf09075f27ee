"""QA3xx: rules about claims the article makes on nobody's word."""

from __future__ import annotations

import pytest

from quoteaudit.gate.checks import check_config
from quoteaudit.gate.config import Config, ConfigError, load_config_file
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


# --------------------------------------------------------------------------- whole articles (issue #17)


def _flagged(doc, code="QA301"):
    return [doc.text[f.start : f.end] for f in doc.findings if f.rule == code]


PLANTED = (
    "Council approves budget\n\n"
    "The City Council voted 6-1 on Monday to approve a $480 million budget for next year.\n\n"
    "The county has recorded 31 overdoses since March, most of them linked to fentanyl.\n\n"
    "Shares of Acme closed 3 percent lower at $41.20 on Tuesday.\n\n"
    "“This is a responsible budget,” Mayor Luis Herrera said."
)


def test_an_unsourced_count_is_flagged_and_the_meeting_and_market_are_not(audit_text):
    doc = audit_text(PLANTED)
    assert _flagged(doc) == ["The county has recorded 31 overdoses since March, most of them linked to fentanyl."]
    (finding,) = [f for f in doc.findings if f.rule == "QA301"]
    assert finding.message == "Nobody is given as the source of this checkable claim (count over a period \u201c31 overdoses\u201d)."


def test_a_newsroom_config_flags_market_moves_too(audit_text):
    doc = audit_text(PLANTED, config=Config(claims={"observed": ["news", "game", "study", "meeting", "record", "place", "writer"]}))
    assert _flagged(doc) == [
        "The county has recorded 31 overdoses since March, most of them linked to fentanyl.",
        "Shares of Acme closed 3 percent lower at $41.20 on Tuesday.",
    ]


def test_a_follow_on_sentence_carries_the_source_in_the_json(audit_text):
    doc = audit_text(
        "Sixty-two percent of voters disapprove of the governor's budget, according to a Marist poll released Thursday. "
        "The governor's approval rating fell to 38 percent, down from 44 percent in June."
    )
    assert _flagged(doc) == []
    poll = next(s for s in doc.sources if s.is_document)
    (follow,) = [q for q in doc.quotes if q.continues]
    assert (follow.text, follow.source, follow.to_dict()["continues"]) == (
        "The governor's approval rating fell to 38 percent, down from 44 percent in June", poll.id, follow.continues,
    )


def test_it_is_believed_is_a_weasel_whatever_the_claim_carries(audit_text):
    doc = audit_text("It is believed that the fire started at about 2 a.m. in the kitchen.")
    assert _flagged(doc, "QA302") == ["It is believed that the fire started at about 2 a.m. in the kitchen."]
    assert _flagged(doc, "QA301") == []


def test_some_board_members_privately_calling_a_plan_reckless_is_anonymous_opinion(audit_text):
    doc = audit_text("Some board members privately called the superintendent's plan reckless.")
    assert _flagged(doc, "QA203") == ["the superintendent's plan reckless"]


def test_the_claim_line_is_read_from_quoteaudit_toml(tmp_path):
    path = tmp_path / "quoteaudit.toml"
    path.write_text('[claims]\nobserved = ["game"]\ncovered-by = "sentence"\n', "utf-8")
    config = load_config_file(str(path))
    check_config(config)
    assert config.claims == {"observed": ["game"], "covered-by": "sentence"}


def test_a_wrong_claim_line_names_the_file_and_the_setting(tmp_path):
    path = tmp_path / "quoteaudit.toml"
    path.write_text('[claims]\ncovered-by = "article"\n', "utf-8")
    with pytest.raises(ConfigError) as err:
        check_config(load_config_file(str(path)))
    assert str(err.value) == f"{path}: claims: covered-by must be one of paragraph, sentence"
