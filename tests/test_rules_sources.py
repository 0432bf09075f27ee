"""QA2xx: rules about who the sources are."""

from __future__ import annotations

import pytest

from quoteaudit.model import SourceType

from .rulekit import Story

SEED_P2 = (
    "US -backed rebels took Tanf from ISIS past year, and regional intelligence sources say they mean to use it "
    "as a launchpad to capture Bukamal, the report said."
)


# --------------------------------------------------------------------------- QA201 vague-anonymous-source


def test_the_sources_is_vague_and_flagged_once_for_two_quotes():
    story = Story("The sources further said that the army soldiers have engaged in battle, adding that the militia tries to go north.")
    sources = story.source("s1", "The sources", SourceType.ANONYMOUS_VAGUE)
    story.quote("the army soldiers have engaged in battle", "The sources", sources, cue="said", cue_lemma="say")
    story.quote("the militia tries to go north", "The sources", sources, cue="adding", cue_lemma="add")
    (finding,) = story.findings("QA201")
    assert story.text[finding.start : finding.end] == "The sources"
    assert finding.message == "“The sources” does not tell the reader who they are or how they know."


def test_critics_say_is_vague():
    story = Story("Critics say the stadium will cost more than promised.")
    critics = story.source("s1", "Critics", SourceType.ANONYMOUS_VAGUE)
    story.quote("the stadium will cost more than promised", "Critics", critics, cue="say", cue_lemma="say")
    assert story.flagged("QA201") == ["Critics"]


def test_others_say_is_vague():
    story = Story("Others say the stadium will never be finished.")
    others = story.source("s1", "Others", SourceType.ANONYMOUS_VAGUE)
    story.quote("the stadium will never be finished", "Others", others, cue="say", cue_lemma="say")
    assert story.flagged("QA201") == ["Others"]


def test_a_poll_share_is_not_a_vague_source():
    story = Story("A Quinnipiac poll asked voters about the race. Sixty-three percent said the economy mattered most.")
    share = story.source("s1", "Sixty-three percent", SourceType.ANONYMOUS_VAGUE)
    story.quote("the economy mattered most", "Sixty-three percent", share, cue="said", cue_lemma="say")
    assert story.findings("QA201") == []


def test_a_thing_the_parse_made_a_speaker_is_not_a_vague_source():
    story = Story("The problem, which experts say is growing, was ignored.")
    problem = story.source("s1", "problem", SourceType.ANONYMOUS_VAGUE)
    story.quote("is growing", "which", problem, cue="say", cue_lemma="say")
    assert story.findings("QA201") == []


def test_a_placed_anonymous_source_is_not_vague():
    story = Story("The military dropped leaflets, a U.S. official said.")
    official = story.source("s1", "a U.S. official", SourceType.ANONYMOUS_SPECIFIC)
    story.quote("The military dropped leaflets", "a U.S. official", official, cue="said", cue_lemma="say")
    assert story.findings("QA201") == []


def test_an_unnamed_document_is_not_reported_as_a_vague_person():
    story = Story(SEED_P2)
    report = story.source("s1", "the report", SourceType.ANONYMOUS_VAGUE, is_document=True)
    story.quote("US -backed rebels took Tanf from ISIS past year", "the report", report, cue="said", cue_lemma="say")
    assert story.findings("QA201") == []
    assert story.flagged("QA205") == ["the report"]


# --------------------------------------------------------------------------- QA202 anonymous-without-reason


def test_an_official_with_no_reason_for_anonymity_is_flagged_at_the_first_mention():
    story = Story(
        "The military dropped 90,000 leaflets this week, a U.S. official said. "
        "The leaflets warned fighters to leave, the official said."
    )
    official = story.source("s1", "a U.S. official", SourceType.ANONYMOUS_SPECIFIC)
    story.quote("The military dropped 90,000 leaflets this week", "a U.S. official", official, cue="said", cue_lemma="say")
    story.quote("The leaflets warned fighters to leave", "the official", official, cue="said", cue_lemma="say")
    (finding,) = story.findings("QA202")
    assert story.text[finding.start : finding.end] == "a U.S. official"
    assert finding.message == "The article never says why “a U.S. official” cannot be named."


def test_an_unnamed_source_inside_another_sources_words_is_not_asked_why():
    """The managers are the employee's account, not the reporter's source."""
    story = Story(
        "Managers told staff to delete the messages, said an employee who spoke on condition of anonymity for fear of being fired."
    )
    employee = story.source("s1", "an employee", SourceType.ANONYMOUS_SPECIFIC, role="employee")
    managers = story.source("s2", "Managers", SourceType.ANONYMOUS_SPECIFIC, role="managers")
    employee.anonymity_reason = "for fear of being fired"
    outer = story.quote("Managers told staff to delete the messages", "an employee", employee, cue="said", cue_lemma="say")
    story.quote("staff to delete the messages", "Managers", managers, cue="told", cue_lemma="tell", parent=outer.id)
    assert story.findings("QA202") == []


def test_a_source_met_as_who_is_named_by_what_who_stands_for():
    story = Story("The plan was questioned by council aides who said the scheme would overwhelm local schools.")
    aides = story.source("s1", "council aides", SourceType.ANONYMOUS_SPECIFIC, role="aides", affiliation="council")
    story.quote("the scheme would overwhelm local schools", "who", aides, cue="said", cue_lemma="say")
    (finding,) = story.findings("QA202")
    assert story.text[finding.start : finding.end] == "who"
    assert finding.message == "The article never says why “council aides” cannot be named."


def test_a_crowd_of_opinion_is_vague_but_granted_no_anonymity():
    story = Story("Critics say the plan favours developers.")
    critics = story.source("s1", "Critics", SourceType.ANONYMOUS_VAGUE)
    story.quote("the plan favours developers", "Critics", critics, cue="say", cue_lemma="say")
    assert story.flagged("QA201") == ["Critics"]
    assert story.findings("QA202") == []


def test_members_of_the_public_are_not_asked_why_they_are_unnamed():
    story = Story("Residents said the scheme would overwhelm local schools.")
    residents = story.source("s1", "Residents", SourceType.ANONYMOUS_SPECIFIC, role="Residents")
    story.quote("the scheme would overwhelm local schools", "Residents", residents, cue="said", cue_lemma="say")
    assert story.findings("QA202") == []


def test_the_republican_nominee_is_a_way_of_naming_not_an_anonymous_source():
    story = Story("The Republican presidential nominee said the wall would be built.")
    nominee = story.source("s1", "Republican presidential nominee", SourceType.ANONYMOUS_SPECIFIC, role="presidential nominee", affiliation="Republican")
    story.quote("the wall would be built", "The Republican presidential nominee", nominee, cue="said", cue_lemma="say")
    assert story.findings("QA202") == []


def test_a_thing_is_not_an_anonymous_source():
    story = Story("A slide in the presentation said the program would lose money.")
    slide = story.source("s1", "slide", SourceType.ANONYMOUS_VAGUE)
    story.quote("the program would lose money", "A slide in the presentation", slide, cue="said", cue_lemma="say")
    assert story.findings("QA202") == []


def test_people_familiar_with_the_talks_must_say_why_they_are_unnamed():
    story = Story("The deal could be announced next week, according to two people familiar with the talks.")
    # "familiar with the talks" says how they know: placed, as the speakers stage types them
    people = story.source("s1", "two people familiar with the talks", SourceType.ANONYMOUS_SPECIFIC)
    story.quote("The deal could be announced next week", "two people familiar with the talks", people, cue="according to", cue_lemma="according to")
    assert story.flagged("QA202") == ["two people familiar with the talks"]


def test_an_official_with_a_reason_is_fine():
    story = Story("The talks stalled, said an official who spoke on condition of anonymity because the talks are private.")
    official = story.source("s1", "an official", SourceType.ANONYMOUS_SPECIFIC, anonymity_reason="because the talks are private")
    story.quote("The talks stalled", "an official", official, cue="said", cue_lemma="say")
    assert story.findings("QA202") == []


def test_named_sources_need_no_reason():
    story = Story("The coalition is concerned, Dillon said.")
    dillon = story.source("s1", "Ryan Dillon", SourceType.NAMED_PERSON)
    story.quote("The coalition is concerned", "Dillon", dillon, cue="said", cue_lemma="say")
    assert story.findings("QA202") == []


# --------------------------------------------------------------------------- QA203 anonymous-opinion


def test_an_anonymous_verdict_is_flagged():
    story = Story("The plan is reckless and the mayor should resign, a city official said.")
    official = story.source("s1", "a city official", SourceType.ANONYMOUS_SPECIFIC)
    quote = story.quote("The plan is reckless and the mayor should resign", "a city official", official, cue="said", cue_lemma="say")
    story.claim("The plan is reckless and the mayor should resign", "quoted", quote=quote.id, opinion="'reckless'")
    (finding,) = story.findings("QA203")
    assert story.text[finding.start : finding.end] == "The plan is reckless and the mayor should resign"
    assert finding.message == "“a city official”, who is not named, gives an opinion ('reckless') rather than information."


def test_a_poll_share_giving_a_view_is_not_an_anonymous_opinion():
    story = Story("Mr. Trump should release his tax returns, 74 percent of likely voters said.")
    share = story.source("s1", "74 percent", SourceType.ANONYMOUS_VAGUE)
    quote = story.quote("Mr. Trump should release his tax returns", "74 percent of likely voters", share, cue="said", cue_lemma="say")
    story.claim("Mr. Trump should release his tax returns", "quoted", quote=quote.id, opinion="'should'")
    assert story.findings("QA203") == []


def test_a_named_verdict_is_fair_comment():
    story = Story("The plan is reckless, Councilwoman Ana Ruiz said.")
    ruiz = story.source("s1", "Ana Ruiz", SourceType.NAMED_PERSON)
    quote = story.quote("The plan is reckless", "Councilwoman Ana Ruiz", ruiz, cue="said", cue_lemma="say")
    story.claim("The plan is reckless", "quoted", quote=quote.id, opinion="'reckless'")
    assert story.findings("QA203") == []


def test_anonymous_information_is_not_opinion():
    story = Story("The talks stalled on Monday, an official said.")
    official = story.source("s1", "an official", SourceType.ANONYMOUS_SPECIFIC)
    quote = story.quote("The talks stalled on Monday", "an official", official, cue="said", cue_lemma="say")
    story.claim("The talks stalled on Monday", "quoted", quote=quote.id, checkable="event with date ('Monday')", single_speaker=True)
    assert story.findings("QA203") == []


# --------------------------------------------------------------------------- QA204 single-anonymous-source


def _leaflets(speaker: str, single: bool, type=SourceType.ANONYMOUS_SPECIFIC):
    story = Story(f"The U.S. military dropped about 90,000 leaflets this week, {speaker} said.")
    source = story.source("s1", speaker, type)
    quote = story.quote("The U.S. military dropped about 90,000 leaflets this week", speaker, source, cue="said", cue_lemma="say")
    story.claim(quote.text, "quoted", quote=quote.id, checkable="number ('about 90,000')", single_speaker=single)
    return story, quote


def test_a_fact_on_one_unnamed_officials_word_is_flagged():
    story, quote = _leaflets("a U.S. official", True)
    (finding,) = story.findings("QA204")
    assert (finding.start, finding.end) == (quote.start, quote.end)
    assert finding.message == "Only “a U.S. official”, who is not named, vouches for a fact a reader could check (number “about 90,000”)."


def test_several_officials_are_not_one_source():
    story, _ = _leaflets("U.S. officials", False)
    assert story.findings("QA204") == []


def test_a_named_source_is_not_anonymous():
    story, _ = _leaflets("Colonel Ryan Dillon", True, SourceType.NAMED_PERSON)
    assert story.findings("QA204") == []


def test_a_fact_carried_by_a_named_report_too_is_not_single_sourced():
    story = Story("A source said the convoy left on Monday, a Reuters report said.")
    reuters = story.source("s1", "Reuters", SourceType.DOCUMENT, is_document=True)
    unnamed = story.source("s2", "A source", SourceType.ANONYMOUS_VAGUE)
    outer = story.quote("A source said the convoy left on Monday", "a Reuters report", reuters, cue="said", cue_lemma="say")
    inner = story.quote("the convoy left on Monday", "A source", unnamed, cue="said", cue_lemma="say", parent=outer.id)
    story.claim(inner.text, "quoted", quote=inner.id, checkable="event with date ('Monday')", single_speaker=True)
    assert story.findings("QA204") == []


# --------------------------------------------------------------------------- QA205 unnamed-document


def test_the_report_is_an_unnamed_document():
    story = Story(SEED_P2)
    report = story.source("s1", "the report", SourceType.ANONYMOUS_VAGUE, is_document=True)
    story.quote("US -backed rebels took Tanf from ISIS past year", "the report", report, cue="said", cue_lemma="say")
    (finding,) = story.findings("QA205")
    assert story.text[finding.start : finding.end] == "the report"
    assert finding.message == "The article never says whose document “the report” is, which one or when it was written."


def test_an_unnamed_report_picked_up_by_it_is_flagged_once_where_it_is_first_cited(audit_text):
    text = "The program lost $4 million last year, the report said, and it warned that losses would grow."
    doc = audit_text(text)
    assert [(text[f.start : f.end], f.quote) for f in doc.findings if f.rule == "QA205"] == [("the report", doc.quotes[0].id)]


def test_a_named_report_is_fine():
    story = Story("Rebels took Tanf last year, a Reuters report said on Monday.")
    report = story.source("s1", "a Reuters report", SourceType.DOCUMENT, is_document=True)
    story.quote("Rebels took Tanf last year", "a Reuters report", report, cue="said", cue_lemma="say")
    assert story.findings("QA205") == []


# --------------------------------------------------------------------------- QA206 weak-anonymity-reason


def test_boilerplate_reason_is_a_suggestion():
    story = Story("The strike was planned for weeks, said an official who was not authorized to speak publicly.")
    official = story.source(
        "s1", "an official", SourceType.ANONYMOUS_SPECIFIC,
        anonymity_reason="not authorized to speak publicly", anonymity_reason_weak=True,
    )
    story.quote("The strike was planned for weeks", "an official", official, cue="said", cue_lemma="say")
    (finding,) = story.findings("QA206")
    assert story.text[finding.start : finding.end] == "an official"
    assert finding.message == "The reason given for not naming “an official” (not authorized to speak publicly) is a stock phrase that explains nothing."
    assert story.findings("QA202") == []


def test_a_specific_reason_is_not_boilerplate():
    story = Story("The strike was planned for weeks, said an official who feared reprisals from the militia.")
    official = story.source("s1", "an official", SourceType.ANONYMOUS_SPECIFIC, anonymity_reason="feared reprisals from the militia")
    story.quote("The strike was planned for weeks", "an official", official, cue="said", cue_lemma="say")
    assert story.findings("QA206") == []


# --------------------------------------------------------------------------- whole articles (issue #17)


def _rules_fired(doc, code):
    return [doc.text[f.start : f.end] for f in doc.findings if f.rule == code]


def test_a_reason_in_the_next_sentence_answers_why_anonymous(audit_text):
    doc = audit_text(
        "The attack was planned for weeks, two intelligence officials said. "
        "Both asked not to be named because the investigation is continuing."
    )
    assert _rules_fired(doc, "QA202") == []


def test_a_reason_on_a_relative_clause_after_the_description_answers_why_anonymous(audit_text):
    doc = audit_text(
        "The board will meet on Friday to vote on the merger, said a person involved in the talks "
        "who asked not to be named because the discussions are private."
    )
    assert _rules_fired(doc, "QA202") == []


def test_people_described_by_what_they_know_are_still_asked_why_anonymous(audit_text):
    doc = audit_text("The bank plans to cut about 2,000 jobs, according to three people familiar with the plans.")
    assert _rules_fired(doc, "QA202") == ["three people familiar with the plans"]


def test_some_parents_say_is_a_vague_source(audit_text):
    doc = audit_text("Some parents say the new bell schedule leaves children waiting in the dark.")
    assert _rules_fired(doc, "QA201") == ["Some parents"]
    assert _rules_fired(doc, "QA202") == []


@pytest.mark.parametrize(
    "text",
    [
        "The plant released more ammonia than its permit allowed, according to a notice the firm filed with the state environmental agency on Tuesday.",
        "Revenue from the chip division rose 22 percent, according to the company's annual report.",
        "Response times averaged 14 minutes, according to new data obtained by the newspaper.",
    ],
)
def test_a_document_identified_by_filer_owner_date_or_provenance_is_not_unnamed(audit_text, text):
    assert _rules_fired(audit_text(text), "QA205") == []


def test_officials_said_right_after_a_headline_is_a_vague_source_not_an_organization(audit_text):
    doc = audit_text("Warehouse fire forces evacuations\n\nOfficials said the blaze started in a loading bay shortly after midnight.")
    (quote,) = doc.quotes
    source = next(s for s in doc.sources if s.id == quote.source)
    assert (source.name, source.type) == ("Officials", SourceType.ANONYMOUS_VAGUE)
    assert _rules_fired(doc, "QA201") == ["Officials"]


def test_a_document_named_only_as_a_report_is_still_unnamed(audit_text):
    doc = audit_text("The program wasted millions of dollars, according to a report.")
    assert _rules_fired(doc, "QA205") == ["a report"]
