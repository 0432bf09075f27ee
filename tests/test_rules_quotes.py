"""QA1xx: rules about the quotes themselves."""

from __future__ import annotations

from quoteaudit.gate.config import Config
from quoteaudit.model import QuoteKind, Severity, SourceType
from quoteaudit.quotes import StrayMark

from .rulekit import Story


# --------------------------------------------------------------------------- QA101 orphan-quote


def test_a_direct_quote_nobody_said_is_an_error():
    story = Story("Dillon spoke by video.\n\n“We have not established a deadline for them [to leave]”. This force is seen as a threat.")
    story.quote("“We have not established a deadline for them [to leave]”", kind=QuoteKind.DIRECT)
    (finding,) = story.findings("QA101")
    assert story.text[finding.start : finding.end] == "“We have not established a deadline for them [to leave]”"
    assert finding.severity is Severity.ERROR
    assert finding.message == "Nobody is named as saying “We have not established a deadline for them [to leave]”."
    assert (finding.line, finding.column) == (3, 1)


def test_a_quote_with_a_speaker_is_not_an_orphan():
    story = Story("“We have increased our presence,” Colonel Ryan Dillon told journalists.")
    dillon = story.source("s1", "Ryan Dillon", SourceType.NAMED_PERSON)
    story.quote("“We have increased our presence,”", "Colonel Ryan Dillon", dillon, QuoteKind.DIRECT, cue="told", cue_lemma="tell")
    assert story.findings("QA101") == []


def test_a_paraphrase_without_a_speaker_is_left_to_the_claim_rules():
    story = Story("The coalition does not work with regime-aligned forces.")
    story.quote("The coalition does not work with regime-aligned forces", kind=QuoteKind.INDIRECT)
    assert story.findings("QA101") == []


# --------------------------------------------------------------------------- QA102 unresolved-pronoun-speaker


def test_he_with_no_one_to_be_is_flagged_once_at_the_pronoun():
    story = Story("Rebels took Tanf last year. He said the USA has also increased its presence and that it flies patrols.")
    he = story.source("s1", "he", SourceType.PRONOUN_UNRESOLVED)
    story.quote("the USA has also increased its presence", "He", he, cue="said", cue_lemma="say")
    story.quote("it flies patrols", "He", he, cue="said", cue_lemma="say")
    (finding,) = story.findings("QA102")
    assert story.text[finding.start : finding.end] == "He"
    assert finding.message == "“He” does not point to anyone named earlier in the article."


def test_the_columnists_own_i_is_not_an_unnamed_speaker():
    story = Story("I have argued for years that the city should build more housing.")
    me = story.source("s1", "I", SourceType.PRONOUN_UNRESOLVED)
    story.quote("the city should build more housing", "I", me, cue="argued", cue_lemma="argue")
    assert story.findings("QA102") == []


def test_he_resolved_to_dillon_is_fine():
    story = Story("Dillon spoke to reporters. The coalition does not work with those forces, he said.")
    dillon = story.source("s1", "Ryan Dillon", SourceType.NAMED_PERSON)
    story.quote("The coalition does not work with those forces", "he", dillon, cue="said", cue_lemma="say")
    assert story.findings("QA102") == []


# --------------------------------------------------------------------------- QA103 loaded-attribution-verb


def test_claimed_is_a_suggestion_pointing_at_the_verb():
    story = Story("The mayor claimed the budget was balanced.")
    mayor = story.source("s1", "the mayor", SourceType.NAMED_PERSON)
    story.quote("the budget was balanced", "The mayor", mayor, cue="claimed", cue_lemma="claim")
    (finding,) = story.findings("QA103")
    assert story.text[finding.start : finding.end] == "claimed"
    assert finding.severity is Severity.SUGGESTION
    assert finding.message == "“claimed” tells the reader the statement is doubtful, where “said” would be neutral."


def test_insisting_is_loaded():
    story = Story("U.S. military spokesmen are now insisting that they are scaling up their presence.")
    spokesmen = story.source("s1", "U.S. military spokesmen", SourceType.ANONYMOUS_SPECIFIC)
    story.quote("they are scaling up their presence", "U.S. military spokesmen", spokesmen, cue="insisting", cue_lemma="insist")
    assert story.flagged("QA103") == ["insisting"]


def test_pointed_out_is_loaded_as_a_phrasal_verb():
    story = Story("Smith pointed out that the bridge was closed.")
    smith = story.source("s1", "Smith", SourceType.NAMED_PERSON)
    story.quote("the bridge was closed", "Smith", smith, cue="pointed out", cue_lemma="point")
    assert story.flagged("QA103") == ["pointed out"]


def test_said_and_told_are_neutral():
    story = Story("Dillon told journalists the coalition was concerned, and Smith said the same.")
    dillon = story.source("s1", "Ryan Dillon", SourceType.NAMED_PERSON)
    story.quote("the coalition was concerned", "Dillon", dillon, cue="told", cue_lemma="tell")
    story.quote("the same", "Smith", dillon, cue="said", cue_lemma="say")
    assert story.findings("QA103") == []


def test_severity_can_be_raised_in_config():
    story = Story("The mayor admitted the budget was short.")
    mayor = story.source("s1", "the mayor", SourceType.NAMED_PERSON)
    story.quote("the budget was short", "The mayor", mayor, cue="admitted", cue_lemma="admit")
    (finding,) = story.findings("QA103", Config(severity={"loaded-attribution-verb": "warning"}))
    assert finding.severity is Severity.WARNING


def test_a_rule_can_be_ignored_in_config():
    story = Story("The mayor admitted the budget was short.")
    mayor = story.source("s1", "the mayor", SourceType.NAMED_PERSON)
    story.quote("the budget was short", "The mayor", mayor, cue="admitted", cue_lemma="admit")
    assert story.findings("QA103", Config(ignore=["QA103"])) == []


# --------------------------------------------------------------------------- QA104 stray-quote-mark


def test_a_stray_mark_from_quote_detection_is_reported():
    story = Story("The mayor said the plan is “dead on arrival.")
    start = story.text.index("“")
    story.stray_marks.append(StrayMark(start, start + 1, "“", "opened and never closed in its paragraph"))
    (finding,) = story.findings("QA104")
    assert (finding.start, finding.end) == (start, start + 1)
    assert finding.message == "This “ opens or closes no quote (opened and never closed in its paragraph)."


def test_no_stray_marks_no_findings():
    assert Story("The mayor said the plan is “dead on arrival.”").findings("QA104") == []
