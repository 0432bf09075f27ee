"""Rule findings on whole articles, where the speaker stage supplies the mentions.

Written against the mutants that survived the older suite (benchmarks/mutation.md). The
rule tests build quotes by hand (tests/rulekit.py), with sources that carry no mentions;
some orderings only show when the pipeline resolves "a U.S. official" … "the official"
to one source.
"""

from __future__ import annotations

import pytest

from quoteaudit.model import SourceType

LEAFLETS = (
    "The military dropped 90,000 leaflets over the city this week, a U.S. official said.\n\n"
    "Fighters were told to leave before the offensive, the official said."
)


def test_qa202_lands_on_the_first_mention_not_on_the_official(audit_text):
    audit = audit_text(LEAFLETS)
    official = [s for s in audit.sources if s.name == "U.S. official"]
    assert len(official) == 1
    assert sorted(q.speaker.text for q in audit.quotes if q.source == official[0].id) == ["a U.S. official", "the official"]
    (finding,) = [f for f in audit.findings if f.rule == "QA202"]
    assert LEAFLETS[finding.start : finding.end] == "a U.S. official"
    assert finding.message == "The article never says why “a U.S. official” cannot be named."


@pytest.mark.parametrize("apostrophe", ["’", "'"], ids=["typographic", "ascii"])
def test_someones_spokesman_is_a_way_of_naming_and_needs_no_reason(audit_text, apostrophe):
    """“Doe’s spokesman” points at one person the reader can identify, like “the
    spokesman”: QA202 does not ask why they are unnamed, whichever apostrophe the desk uses."""
    text = f"The budget will be cut by 10 percent, Doe{apostrophe}s spokesman said."
    audit = audit_text(text)
    (quote,) = audit.quotes
    assert quote.speaker.text == f"Doe{apostrophe}s spokesman"
    (source,) = audit.sources
    assert SourceType(source.type) is SourceType.ANONYMOUS_SPECIFIC
    assert [f.rule for f in audit.findings if f.rule == "QA202"] == []


TRANSCRIPT = """Interview with Mayor Ana Lopez, May 2

DANA WHITFIELD: Rents went up nine percent last year. Will property taxes go up too?

MAYOR ANA LOPEZ: No. We will not raise property taxes this year. Every line of the budget is
online, and anyone can read it tonight.
"""


def test_qa105_names_the_word_the_draft_left_out(nlp):
    from quoteaudit.evidence import load_evidence
    from quoteaudit.ingest import read_string
    from quoteaudit.pipeline import audit_article

    draft = 'Mayor Ana Lopez defended the budget. "We will not raise taxes this year," Lopez said.'
    (article,) = read_string(draft, "text", path="draft.txt")
    evidence = load_evidence([("transcripts/lopez.txt", TRANSCRIPT.encode())])
    audit = audit_article(article, nlp(article.text), None, evidence)
    assert [(f.rule, draft[f.start : f.end], f.message) for f in audit.findings] == [
        ("QA105", '"We will not raise taxes this year,"',
         "The quote's words differ from transcripts/lopez.txt, line 5: draft leaves out “property”"),
    ]


def test_qa106_names_three_files_searched_and_counts_the_rest(nlp):
    from quoteaudit.evidence import load_evidence
    from quoteaudit.ingest import read_string
    from quoteaudit.pipeline import audit_article

    draft = 'Mayor Ana Lopez defended the budget. "The library will close on Sundays," Lopez said.'
    tapes = [(f"tapes/day{i}.txt", b"MAYOR ANA LOPEZ: We will open the pool in June.\n") for i in range(1, 6)]
    (article,) = read_string(draft, "text", path="draft.txt")
    audit = audit_article(article, nlp(article.text), None, load_evidence(tapes))
    assert [(f.rule, f.message) for f in audit.findings] == [
        ("QA106", "These words are not in the source material (tapes/day1.txt, tapes/day2.txt, tapes/day3.txt "
                  "and 2 more): \"The library will close on Sundays,\""),
    ]


def test_a_config_or_suppression_selector_names_a_rule_or_says_why_not():
    from quoteaudit.rules import selector_problem

    assert selector_problem("QA1") is None  # every quote rule
    assert selector_problem("qa202") is None
    assert selector_problem("orphan-quote") is None
    assert selector_problem("QA9") == "no rule has code 'QA9' (see `quoteaudit rules`)"
    assert selector_problem("QA1", exact=True) == "'QA1' is a code prefix; name one rule (e.g. QA101)"
    assert selector_problem("orphan-quotes") == "'orphan-quotes' is not a rule code or name (see `quoteaudit rules`)"


@pytest.mark.parametrize("who", ["The officials", "The aides"])
def test_the_officials_are_a_group_of_insiders_not_one_known_person(audit_text, who):
    """“The spokesman” is a way of naming one person; “the officials” names nobody, so
    QA202 asks why they are anonymous."""
    audit = audit_text(f"{who} said the talks stalled on Monday.")
    assert [(f.rule, f.message) for f in audit.findings if f.rule == "QA202"] == [
        ("QA202", f"The article never says why “{who}” cannot be named."),
    ]


def test_qa206_finds_the_stock_reason_after_a_real_one(audit_text):
    audit = audit_text(
        "An official, who spoke on condition of anonymity because the talks are private, said the deal was close. "
        "A diplomat, who was not authorized to speak publicly, said the deal was weeks away."
    )
    assert [(f.rule, f.message) for f in audit.findings if f.rule == "QA206"] == [
        ("QA206", "The reason given for not naming “A diplomat” (not authorized to speak publicly) is a stock phrase that explains nothing."),
    ]


def test_a_rule_code_outside_the_qannn_scheme_is_refused():
    """Codes are QA and three digits: a typo such as ``QB101`` is refused at registration,
    not filed under a code no policy or suppression names."""
    from quoteaudit.rules.base import register

    class Misnamed:
        code = "QB101"

    with pytest.raises(ValueError, match="not QAnnn"):
        register(Misnamed)


# --------------------------------------------------------------------------- tranche 3 (seed 21) survivors


@pytest.mark.parametrize(
    "text, who",
    [
        ("Company spokesmen said the plant would close in March.", "Company spokesmen"),
        ("The strike killed a senior commander, two Pentagon spokesmen said.", "two Pentagon spokesmen"),
    ],
)
def test_spokesmen_are_insiders_like_a_spokesman(audit_text, text, who):
    """“Spokesmen” is the plural of an insider noun (“spokesman”): a group of unnamed
    spokespeople must say why they are unnamed, as one would."""
    audit = audit_text(text)
    (source,) = audit.sources
    assert (source.name, SourceType(source.type)) == (who, SourceType.ANONYMOUS_SPECIFIC)
    assert [(f.rule, text[f.start : f.end], f.message) for f in audit.findings if f.rule == "QA202"] == [
        ("QA202", who, f"The article never says why “{who}” cannot be named."),
    ]


def _evidence_story():
    from quoteaudit.model import QuoteKind

    from .rulekit import Story

    story = Story(
        "Mayor Ana Lopez defended the budget. “We will not raise taxes this year,” Lopez said. "
        "“The library will stay open on Sundays,” she said. “Rents went up nine percent,” Lopez said."
    )
    lopez = story.source("s1", "Ana Lopez", SourceType.NAMED_PERSON)
    altered = story.quote("“We will not raise taxes this year,”", "Lopez", lopez, QuoteKind.DIRECT, cue="said", cue_lemma="say", confidence=0.9)
    missing = story.quote("“The library will stay open on Sundays,”", "she", lopez, QuoteKind.DIRECT, cue="said", cue_lemma="say", confidence=0.8)
    wrong = story.quote("“Rents went up nine percent,”", "Lopez", lopez, QuoteKind.DIRECT, cue="said", cue_lemma="say", confidence=0.7)
    return story, altered, missing, wrong


def test_an_altered_quote_with_no_word_diff_still_says_its_words_differ():
    """The evidence stage can call a quote altered without a word diff to show (no diff, no
    note): the finding must still tell the editor what is wrong, not end on a colon."""
    from quoteaudit.model import EvidenceStatus, QuoteEvidence

    story, altered, _, _ = _evidence_story()
    altered.evidence = QuoteEvidence(EvidenceStatus.ALTERED, file="notes/lopez.txt", start=0, end=30)
    (finding,) = story.findings("QA105")
    assert finding.message == "The quote's words differ from notes/lopez.txt: its words differ from the source."
    assert (story.text[finding.start : finding.end], finding.quote, finding.confidence) == ("“We will not raise taxes this year,”", altered.id, 0.9)


def test_each_evidence_finding_names_the_quote_it_is_about():
    """Reports link a finding to its quote by id (the quote table, the Word comment); with
    three quotes of one speaker, each finding must carry its own quote's id and confidence."""
    from quoteaudit.model import DiffOp, EvidenceStatus, QuoteEvidence

    story, altered, missing, wrong = _evidence_story()
    altered.evidence = QuoteEvidence(
        EvidenceStatus.ALTERED, file="tapes/lopez.txt", diff=[DiffOp("equal", "We will not raise", "We will not raise"),
                                                            DiffOp("delete", "", "property"), DiffOp("equal", "taxes this year", "taxes this year")],
    )
    missing.evidence = QuoteEvidence(EvidenceStatus.NOT_FOUND)
    wrong.evidence = QuoteEvidence(EvidenceStatus.WRONG_SPEAKER, file="tapes/lopez.txt", speaker_label="DANA WHITFIELD")
    found = [(f.rule, story.text[f.start : f.end], f.quote, f.confidence, f.message) for f in story.findings() if f.rule in ("QA105", "QA106", "QA107")]
    assert found == [
        ("QA105", "“We will not raise taxes this year,”", altered.id, 0.9,
         "The quote's words differ from tapes/lopez.txt: draft leaves out “property”"),
        ("QA106", "“The library will stay open on Sundays,”", missing.id, 0.8,
         "These words are not in the source material: “The library will stay open on Sundays,”"),
        ("QA107", "“Rents went up nine percent,”", wrong.id, 0.7,
         "In tapes/lopez.txt, DANA WHITFIELD says these words, not Ana Lopez: “Rents went up nine percent,”"),
    ]


def test_a_stock_reason_is_flagged_once_at_the_sources_first_mention(audit_text):
    """An official quoted twice with a boilerplate reason: one QA206 finding, at “A
    Pentagon official” (where the reason is given), about the first quote."""
    text = (
        "A Pentagon official, who was not authorized to speak publicly, said the strike killed a senior commander. "
        "The official said more strikes were planned for next week."
    )
    audit = audit_text(text)
    (source,) = audit.sources
    first, second = audit.quotes
    assert (first.source, second.source) == (source.id, source.id)
    assert [(text[f.start : f.end], f.quote, f.severity.value, f.message) for f in audit.findings if f.rule == "QA206"] == [
        ("A Pentagon official", first.id, "suggestion",
         "The reason given for not naming “A Pentagon official” (not authorized to speak publicly) is a stock phrase that explains nothing."),
    ]
