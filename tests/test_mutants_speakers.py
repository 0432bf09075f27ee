"""Floating quotes through the whole pipeline: who gets them and at what confidence.

Written against the mutants that survived the older suite (benchmarks/mutation.md): the
between-paragraphs confidence (0.7) and the rule that a quote between two paragraphs
belongs to their speaker only when both paragraphs have the SAME speaker. Each article is
built to reach one branch of ``speakers.coref.attribute_floating``; every expected score
is worked out by hand in the comment beside it.
"""

from __future__ import annotations

import pytest

from quoteaudit.model import SourceType

MAYOR_THEN_MAYOR = (
    "Mayor Jane Doe said the bridge would reopen in May.\n\n"
    "The repairs cost $4 million. “It was worth every cent.”\n\n"
    "Doe said the city would pay for the work from its reserves."
)
MAYOR_THEN_COUNCILLOR = (
    "Mayor Jane Doe said the bridge would reopen in May.\n\n"
    "The repairs cost $4 million. “It was worth every cent.”\n\n"
    "Council member Tom Reyes said the city should have waited."
)
COACH_CONTINUED = "Coach Maria Lopez said the team would appeal the ruling.\n\n“We are not done.”"


def _quote(audit, text):
    (quote,) = [q for q in audit.quotes if q.text == text]
    return quote


def _source(audit, quote):
    return next((s for s in audit.sources if s.id == quote.source), None)


def test_a_quote_between_two_paragraphs_of_the_mayor_is_hers_at_confidence_0_7(audit_text):
    audit = audit_text(MAYOR_THEN_MAYOR)
    worth = _quote(audit, "“It was worth every cent.”")
    assert worth.speaker is None  # nobody is named in its own sentence
    assert _source(audit, worth).name == "Jane Doe"
    assert worth.confidence == pytest.approx(0.7)
    # 70 named person + 10 title (Mayor) + 10 direct; 0.7 is not floating (under 0.6)
    assert worth.strength.score == 90
    assert not any("floating" in r for r in worth.strength.reasons)
    # article: (80 x 6 words + 90 x 5 + 80 x 10) / 21 = 82.4, minus 5 for "$4 million" = 77
    assert audit.score == 77


def test_a_quote_between_the_mayor_and_a_councillor_is_nobodys(audit_text):
    audit = audit_text(MAYOR_THEN_COUNCILLOR)
    worth = _quote(audit, "“It was worth every cent.”")
    assert worth.source is None
    assert worth.strength.score == 0
    assert [f.rule for f in audit.findings if f.quote == worth.id] == ["QA101"]
    # article: (80 x 6 + 0 x 5 + 80 x 5) / 16 = 55, minus 5 for "$4 million" = 50
    assert audit.score == 50
    assert [s.name for s in audit.sources] == ["Jane Doe", "Tom Reyes"]


def test_a_quote_paragraph_after_the_coach_continues_her_at_confidence_0_6(audit_text):
    audit = audit_text(COACH_CONTINUED)
    done = _quote(audit, "“We are not done.”")
    source = _source(audit, done)
    assert (source.name, SourceType(source.type)) == ("Maria Lopez", SourceType.NAMED_PERSON)
    assert done.confidence == pytest.approx(0.6)


def test_a_quote_paragraph_after_a_group_stays_an_orphan(audit_text):
    audit = audit_text("The sources said the talks had stalled.\n\n“Nobody is moving.”")
    nobody = _quote(audit, "“Nobody is moving.”")
    assert nobody.source is None
    assert [f.rule for f in audit.findings if f.quote == nobody.id] == ["QA101"]


def test_a_source_introduced_by_who_is_mentioned_where_who_stands(audit_text):
    """“Senator Ann Ruiz, who said …”: the quote's speaker mention is the “who” as written;
    the source it resolves to is Ruiz, and her mention list points at that “who”. (Since
    round 5 of issue 16 "was backed by Senator Ann Ruiz" is her stance on the bill too,
    whose mention is her name.)"""
    text = "The bill was backed by Senator Ann Ruiz, who said it would lower prices."
    audit = audit_text(text)
    stance, quote = audit.quotes
    assert (stance.text, stance.speaker.text) == ("The bill", "Senator Ann Ruiz")
    assert quote.speaker.text == "who"
    (source,) = audit.sources
    assert (source.name, source.title) == ("Ann Ruiz", "Senator")
    assert [text[a:b] for a, b in source.mentions] == ["Senator Ann Ruiz", "who"]


def test_documents_of_an_organisation_named_first_in_the_sentence_are_its_documents(audit_text):
    """“Pentagon documents” at the start of a sentence: the recogniser's ORG tag is what
    says whose they are (a capital letter there proves nothing)."""
    audit = audit_text("Pentagon documents show the base was closed in May.")
    (source,) = audit.sources
    assert (source.name, SourceType(source.type), source.affiliation) == ("Pentagon documents", SourceType.DOCUMENT, "Pentagon")
    assert [f.rule for f in audit.findings] == []


def test_he_after_one_of_the_officials_is_that_one_official(audit_text):
    audit = audit_text("One of the officials said the talks had stalled. He said a deal was unlikely before June.")
    first, second = audit.quotes
    assert (first.speaker.text, second.speaker.text) == ("One of the officials", "He")
    assert first.source == second.source
    assert [f.rule for f in audit.findings if f.rule == "QA102"] == []


def test_they_after_two_of_the_officials_are_those_two(audit_text):
    audit = audit_text("Two of the officials said the talks had stalled. They said a deal was unlikely before June.")
    first, second = audit.quotes
    assert first.source == second.source


# -- tranche 2's survivors (benchmarks/mutation.md) -------------------------------------


def _sources(audit):
    return {s.id: s for s in audit.sources}


def test_the_spokesman_four_paragraphs_after_he_was_named_is_still_him(audit_text):
    """“The spokesman said” links to “Pentagon spokesman Jeff Davis” named four paragraphs
    before (the description window reaches that far back, inclusive); a fifth paragraph in
    between leaves him out of reach and the spokesman becomes a source of his own."""
    briefing = (
        "Pentagon spokesman Jeff Davis briefed reporters on Monday.\n\n"
        "The base will close in May.\n\n"
        "About 2,000 soldiers are stationed there.\n\n"
    )
    final = "The spokesman said the decision was final."
    audit = audit_text(briefing + "Local businesses fear the loss of trade.\n\n" + final)
    quote = _quote(audit, "the decision was final")
    assert quote.speaker.text == "The spokesman"
    source = _source(audit, quote)
    assert (source.name, SourceType(source.type), source.role, source.affiliation) == (
        "Jeff Davis", SourceType.NAMED_PERSON, "spokesman", "Pentagon"
    )
    audit = audit_text(briefing + "Local businesses fear the loss of trade.\n\nSome have already closed.\n\n" + final)
    source = _source(audit, _quote(audit, "the decision was final"))
    assert (source.name, SourceType(source.type)) == ("spokesman", SourceType.ANONYMOUS_SPECIFIC)


def test_a_newspapers_report_is_owned_by_the_paper_without_its_article(audit_text):
    """“The New York Times report”: the paper's own “The” is inside the ORG entity but is
    a determiner, not part of the owner. The owner is then the document's own name, so the
    report earns no extra affiliation points (55, the document base)."""
    audit = audit_text("The New York Times report said the deal had collapsed.")
    (quote,) = audit.quotes
    (source,) = audit.sources
    assert (source.name, SourceType(source.type), source.affiliation) == (
        "New York Times report", SourceType.DOCUMENT, "New York Times"
    )
    assert quote.strength.score == 55


def test_he_after_a_spokeswoman_is_the_council_president_named_before_her(audit_text):
    """“Pat Morgan, a spokeswoman for the mayor,”: the role noun says she is a woman (the
    first name does not), so the “He” after her is Tom Reyes, not the nearer Morgan."""
    audit = audit_text(
        "Council president Tom Reyes said the vote would wait until March. "
        "Pat Morgan, a spokeswoman for the mayor, said the budget was ready. "
        "He said the council had not seen it."
    )
    wait, ready, seen = audit.quotes
    assert (seen.speaker.text, _source(audit, seen).name) == ("He", "Tom Reyes")
    assert seen.source == wait.source != ready.source
    morgan = _source(audit, ready)
    assert (morgan.name, morgan.role) == ("Pat Morgan", "spokeswoman")


@pytest.mark.parametrize("space", ["\u00a0", "  "], ids=["non-breaking-space", "double-space"])
def test_a_space_that_breaks_no_line_keeps_the_role_before_a_name(audit_text, space):
    """Web copy often has a non-breaking space before a name (“nominee\u00a0Donald Trump”)
    and pasted copy a double space; neither is a line break, so the words before the name
    are still its role and affiliation."""
    audit = audit_text(f"Republican presidential nominee{space}Donald Trump said the election was rigged.")
    (source,) = audit.sources
    assert (source.name, SourceType(source.type), source.role, source.affiliation) == (
        "Donald Trump", SourceType.NAMED_PERSON, "presidential nominee", "Republican"
    )


def test_a_line_wrapped_inside_a_title_keeps_the_word_after_the_break(audit_text):
    """Hard-wrapped wire copy breaks a line between “Pentagon” and “spokesman”: the mention
    stops at the break but keeps “spokesman”, the first word after it."""
    audit = audit_text(
        "The Army will close the base in May and move its 2,000 soldiers to Texas, Pentagon\n"
        "spokesman Jeff Davis said on Monday."
    )
    (source,) = audit.sources
    assert (source.name, SourceType(source.type), source.role) == ("Jeff Davis", SourceType.NAMED_PERSON, "spokesman")


# -- tranche 3's survivors -----------------------------------------------------------


def test_a_later_source_keeps_its_reason_after_an_earlier_one_gave_none(audit_text):
    """The first official's anonymity is noted with no reason; the diplomat's reason, noted
    after it, is still the diplomat's, so only the official is flagged, once: "senior
    official" places no one, so vague-anonymous-source (QA201) owns it."""
    audit = audit_text(
        "A senior official said the talks had stalled. The official spoke on condition of anonymity. "
        "A diplomat said a deal was unlikely before June. The diplomat asked not to be named because the talks were private."
    )
    stalled, unlikely = audit.quotes
    official, diplomat = _source(audit, stalled), _source(audit, unlikely)
    assert (official.name, official.anonymity_reason) == ("senior official", None)
    assert (diplomat.name, SourceType(diplomat.type), diplomat.anonymity_reason) == (
        "diplomat", SourceType.ANONYMOUS_SPECIFIC, "because the talks were private"
    )
    assert sorted((f.rule, f.quote) for f in audit.findings) == [("QA201", stalled.id)]


@pytest.mark.parametrize("marks", ["“”’", "\"\"'"], ids=["typographic", "straight"])
def test_a_job_word_after_a_quote_keeps_the_quote_out_of_the_role(audit_text, marks):
    """The parser can hang the quote on a one-word job before the name (“councilmember”):
    the quote's words are then no role or affiliation of the speaker's."""
    open_, close, apostrophe = marks
    audit = audit_text(f"{open_}It{apostrophe}s unanimous,{close} councilmember Mark Levine said of the vote.")
    (source,) = audit.sources
    assert (source.name, SourceType(source.type), source.role, source.affiliation) == (
        "Mark Levine", SourceType.NAMED_PERSON, "councilmember", None
    )
