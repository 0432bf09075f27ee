"""Unattributed claims and weasel attributions, sentence by sentence.

Each test is a short news sentence and the exact claim (or silence) an editor should get.
Quotes are given by hand where a sentence's attribution matters, so these tests do not
depend on the quote detector.
"""

from __future__ import annotations

import json

import pytest

from quoteaudit.claims import QUOTED, UNSOURCED, WEASEL, find_claims
from quoteaudit.ingest import read_string
from quoteaudit.model import Quote, QuoteKind, TextSpan


@pytest.fixture(scope="module")
def claims_of(nlp):
    def run(text: str, quotes=(), fmt: str = "text"):
        (article,) = read_string(text, fmt, path="article." + ("jsonl" if fmt == "jsonl" else "txt"))
        return [c for c in find_claims(nlp(article.text), article, list(quotes(article.text) if callable(quotes) else quotes))]

    return run


def flagged(claims):
    return [c for c in claims if c.kind in (UNSOURCED, WEASEL)]


def quote_at(text: str, content: str, speaker: str | None, kind=QuoteKind.INDIRECT, qid="q1", cue: str | None = None):
    start = text.index(content)
    sp = None
    if speaker is not None:
        s = text.index(speaker)
        sp = TextSpan(s, s + len(speaker), speaker)
    cue_span = None
    if cue is not None:
        c = text.index(cue)
        cue_span = TextSpan(c, c + len(cue), cue)
    return Quote(id=qid, kind=kind, fragments=[(start, start + len(content))], text=content, speaker=sp, cue=cue_span)


# --------------------------------------------------------------------------- unsourced


def test_event_with_a_date_and_no_source_is_flagged(claims_of):
    text = "On May 18, the US dropped munitions on the group outside the zone."
    (claim,) = flagged(claims_of(text))
    assert (claim.kind, claim.start, claim.end) == (UNSOURCED, 0, len(text))
    assert claim.reason == "event with date ('May 18'), no source"


def test_a_length_of_time_is_not_a_date(claims_of):
    # a biography line in a profile: how long, not when; nothing an event is dated by
    assert flagged(claims_of("Santos, 58, worked there for 31 years.")) == []


def test_the_same_story_with_a_year_is_dated(claims_of):
    assert flagged(claims_of("Acme Corp ran the Dayton mill for 31 years.")) == []
    (claim,) = flagged(claims_of("Acme Corp closed the Dayton mill in 2019."))
    assert claim.reason == "event with date ('2019'), no source"


def test_motive_claim_in_a_relative_clause_is_flagged(claims_of):
    text = "The fighters belong to the same group that the United States attacked May 18 for moving too close to the Tanf base."
    (claim,) = flagged(claims_of(text))
    assert claim.kind == UNSOURCED
    assert "event with date ('May 18')" in claim.reason
    assert "motive ('for moving')" in claim.reason


def test_purpose_assigned_by_nobody_is_flagged(claims_of):
    text = (
        "The deconfliction zones are agreed upon between Russian Federation, which is supporting Assad, "
        "and the coalition, and are created to stop either side inadvertently striking the other's forces."
    )
    (claim,) = flagged(claims_of(text))
    assert claim.kind == UNSOURCED
    assert "purpose ('created to stop')" in claim.reason


def test_figure_with_a_named_actor_is_flagged(claims_of):
    text = "Boston spent $4.2 million on the stadium roof."
    (claim,) = flagged(claims_of(text))
    assert claim.reason == "'Boston' in an event ('spent'), number ('$4.2 million'), no source"


def test_cause_is_flagged(claims_of):
    text = "Microsoft closed the Redmond plant because sales of the phone collapsed."
    (claim,) = flagged(claims_of(text))
    assert "cause or motive ('because')" in claim.reason


def test_superlative_is_flagged(claims_of):
    text = "Texas became the largest producer of wind power in the country."
    (claim,) = flagged(claims_of(text))
    assert "superlative ('largest')" in claim.reason


def test_a_bare_event_with_nothing_specific_is_not_a_claim(claims_of):
    assert flagged(claims_of("The United States attacked the convoy near the border.")) == []


def test_nobody_named_doing_it_is_not_a_claim(claims_of):
    assert flagged(claims_of("The fighters moved five miles closer to the base on Tuesday.")) == []


@pytest.mark.parametrize(
    "text",
    [
        "The US dropped munitions on the group on May 18, the Pentagon said.",
        "According to Pentagon figures, the US dropped 90,000 leaflets on May 18.",
        "Exxon, in a statement on Monday, put the cost of the spill at $40 million.",
        "A USA TODAY analysis of campaign filings shows Democratic groups outpacing Republicans by $20 million in August.",
        "The coalition denied that its jets struck the convoy on May 18.",
    ],
    ids=["said", "according-to", "in-a-statement", "document-shows", "denied"],
)
def test_a_sentence_that_names_its_source_is_not_a_claim(claims_of, text):
    assert flagged(claims_of(text)) == []


def test_a_detected_quote_keeps_its_sentence_out(claims_of):
    text = "The US dropped 90,000 leaflets on Tuesday, a U.S. official told reporters."
    quote = quote_at(text, "The US dropped 90,000 leaflets on Tuesday", "a U.S. official")
    assert flagged(claims_of(text, [quote])) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Senate will vote on the bill on Tuesday.",
        "The visa program expires at the end of this month unless Congress acts to extend it.",
        "Did Russia attack the convoy on May 18?",
    ],
    ids=["future", "condition", "question"],
)
def test_what_is_not_asserted_as_fact_is_not_a_claim(claims_of, text):
    assert flagged(claims_of(text)) == []


def test_words_inside_a_long_quotation_are_the_speakers(claims_of):
    # The middle sentence has no quote mark of its own, but it is inside one.
    text = "“We expected trouble. The US dropped 90,000 leaflets on Tuesday. Then we left,” he said."
    assert flagged(claims_of(text)) == []


def test_a_dateline_is_framing_and_the_claim_starts_after_it(claims_of):
    text = "SEATTLE (AP) — Boeing laid off 2,000 workers at its Renton plant on Tuesday."
    (claim,) = flagged(claims_of(text))
    assert claim.start == text.index("Boeing")
    assert claim.text.startswith("Boeing laid off")


@pytest.mark.parametrize(
    "text",
    [
        "A federal appeals court ruled Friday against Ohio's procedure for removing voters from state rolls.",
        "The House Oversight Committee voted 19-15 along party lines to send a contempt resolution to the House.",
        "Federal prosecutors in April charged two Vermont developers with defrauding investors from 74 countries.",
    ],
    ids=["court-ruled", "committee-voted", "prosecutors-charged"],
)
def test_an_institution_acting_on_the_public_record_needs_no_source(claims_of, text):
    # Reuters: information clearly in the public domain, such as court documents, needs no source.
    assert flagged(claims_of(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton is seizing upon a New York Times report that Donald Trump had a net loss of more than $915 million in 1995.",
        "On Sunday, the New York Times published portions of Trump's tax returns from 1995 that showed he lost nearly $916 million.",
        "The Associated Press interviewed more than 20 former crew members on Monday.",
        "Trump made the pledge at a veterans conference in Herndon, Virginia on Monday.",
        "Clinton wants to make tuition free for families with less than $125,000 in income.",
        "On Wednesday, Cruz thanked Trump on Twitter for backing his top legislative priority.",
    ],
    ids=["a-report-that", "published", "interviewed", "made-the-pledge", "wants-to", "thanked"],
)
def test_the_fact_belongs_to_a_document_or_speaker_named_in_the_sentence(claims_of, text):
    assert flagged(claims_of(text)) == []


def test_a_participle_asserts_nothing(claims_of):
    # the date and the named headquarters sit in "coming out of ...", which modifies a noun
    text = "For all the huzzahs coming out of her Brooklyn headquarters Monday night, Clinton still has work to do."
    assert flagged(claims_of(text)) == []


def test_a_state_is_not_an_event(claims_of):
    assert flagged(claims_of("But Hillary Clinton didn't need an earthshaking event on Monday.")) == []


def test_a_superlative_describing_the_subject_is_not_the_claim(claims_of):
    text = "Now the highest-ranking prosecutor in the United States, Lynch rose to prominence despite obstacles."
    assert flagged(claims_of(text)) == []


def test_a_superlative_in_the_predicate_is(claims_of):
    text = "The corporate tax rate in the United States, at 35 percent, is the highest in the developed world, Treasury data show."
    assert flagged(claims_of(text)) == []  # sourced
    (claim,) = flagged(claims_of("The United States has the highest corporate tax rate in the developed world."))
    assert "superlative ('highest')" in claim.reason


def test_a_claim_never_runs_across_a_paragraph_break(claims_of):
    # no final period: the parser may run the heading-like line into the next paragraph
    text = "Below, the ways Oz has been criticized\n\nOn May 18, the US dropped munitions on the group outside the zone."
    (claim,) = flagged(claims_of(text))
    assert claim.start == text.index("On May 18")


def test_a_sentence_ending_inside_closing_quotes_is_not_run_into_the_next(claims_of):
    text = "Mexicans often say, ''Poor Mexico, so far from God.'' Many Mexicans believe their neighbor is too close."
    (claim,) = flagged(claims_of(text))
    assert (claim.kind, claim.start) == (WEASEL, text.index("Many Mexicans"))


def test_a_markdown_heading_is_framing(claims_of):
    text = "# Boston spent $4.2 million on the stadium roof in 2023\n\nThe council met on Monday.\n"
    assert flagged(claims_of(text, fmt="markdown")) == []


def test_a_jsonl_record_that_opens_with_its_title_does_not_flag_the_title(claims_of):
    title = "Super PAC haul surges past $1B as Adelson gives $20 million in August"
    record = {"id": "a1", "text": f"{title}.\n\nDonors gave generously this year.", "extra": {"title": title}}
    assert flagged(claims_of(json.dumps(record), fmt="jsonl")) == []


def test_figures_after_a_cited_poll_are_the_polls(claims_of):
    figures = "Among likely voters, Clinton leads Trump 46 percent to 44 percent in Florida."
    alone = flagged(claims_of(figures))
    assert [c.kind for c in alone] == [UNSOURCED]
    after_poll = "Clinton and Trump are tied, according to a new Quinnipiac poll.\n\n" + figures
    assert flagged(claims_of(after_poll)) == []


# --------------------------------------------------------------------------- weasels


def test_agentless_view_is_a_weasel(claims_of):
    text = "This force is seen as threat by the USA -backed coalition."
    (claim,) = flagged(claims_of(text))
    assert (claim.kind, claim.start, claim.end, claim.cue) == (WEASEL, 0, len(text), "is seen as")
    assert claim.construction == "np-passive-as"


def test_an_announcement_by_nobody_is_a_weasel(claims_of):
    text = "It was announced Tuesday that the city would buy out 40 homes."
    (claim,) = flagged(claims_of(text))
    assert (claim.kind, claim.start, claim.end, claim.cue) == (WEASEL, 0, len(text), "It was announced")
    assert claim.construction == "it-passive"


def test_agentless_view_with_no_by_phrase(claims_of):
    (claim,) = flagged(claims_of("The senator is widely regarded as the front-runner for the nomination."))
    assert claim.kind == WEASEL
    assert claim.cue == "is widely regarded as"
    assert claim.reason == "agentless view ('is widely regarded as'): whose assessment, on whose word?"


def test_a_view_credited_to_a_named_person_is_attributed(claims_of):
    assert flagged(claims_of("The militia is seen as a threat by Defense Secretary Jim Mattis.")) == []


def test_it_is_believed_that(claims_of):
    (claim,) = flagged(claims_of("It is widely believed that the mayor will resign before the election."))
    assert (claim.kind, claim.cue) == (WEASEL, "It is widely believed")


def test_is_said_to(claims_of):
    (claim,) = flagged(claims_of("The gunman is said to have fled to Mexico on Tuesday."))
    assert (claim.kind, claim.cue) == (WEASEL, "is said to")


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Critics say the new stadium will cost taxpayers far more than promised.", "Critics say"),
        ("Some argue the tax cut favors the rich.", "Some argue"),
        ("Many experts believe the bridge is unsafe.", "Many experts believe"),
        ("Studies show that the drug reduces heart attacks.", "Studies show"),
    ],
)
def test_a_subject_that_names_nobody_is_a_weasel(claims_of, text, cue):
    (claim,) = flagged(claims_of(text))
    assert (claim.kind, claim.cue) == (WEASEL, cue)


def test_some_democrats_question_is_a_weasel(claims_of):
    (claim,) = flagged(claims_of("Some Democrats, however, question the wisdom of committing to Scott."))
    assert (claim.kind, claim.cue) == (WEASEL, "Some Democrats question")


def test_some_calls_misread_as_a_verb_is_not_a_weasel(claims_of):
    # "some calls" is a noun phrase; a plural "some" never takes "calls"
    assert [c for c in flagged(claims_of("Young died at a time when some calls into the VA hotline were going to voicemail.")) if c.kind == WEASEL] == []


def test_as_so_and_so_put_it_is_not_an_agentless_view(claims_of):
    text = "His degrees have not insulated him from being seen, as The New Yorker put it, as a showman."
    assert [c for c in flagged(claims_of(text)) if c.cue and c.cue.endswith("as")] == []


def test_placed_critics_are_not_a_weasel(claims_of):
    assert flagged(claims_of("Critics of the plan at the Brookings Institution say it will cost more than promised.")) == []


def test_vague_speaker_already_caught_as_a_quote_is_left_to_the_source_rules(claims_of):
    text = "Critics say the new stadium will cost taxpayers far more than promised."
    quote = quote_at(text, "the new stadium will cost taxpayers far more than promised", "Critics", cue="say")
    assert flagged(claims_of(text, [quote])) == []


def test_reportedly_with_no_source_is_a_weasel(claims_of):
    (claim,) = flagged(claims_of("The mayor reportedly told aides she would not run again."))
    assert (claim.kind, claim.cue) == (WEASEL, "reportedly")


def test_reportedly_with_a_named_source_is_not(claims_of):
    assert flagged(claims_of("The mayor reportedly told aides she would not run again, according to The Boston Globe.")) == []


# --------------------------------------------------------------------------- quoted words


def test_a_quotes_opinion_is_recorded_for_the_rules(claims_of):
    text = "The plan is reckless and the mayor should resign, a city official said."
    quote = quote_at(text, "The plan is reckless and the mayor should resign", "a city official")
    (claim,) = [c for c in claims_of(text, [quote]) if c.kind == QUOTED]
    assert (claim.quote, claim.opinion) == ("q1", "'reckless'")
    assert claim.single_speaker is True


def test_a_quotes_checkable_fact_is_recorded_for_the_rules(claims_of):
    text = "The U.S. military dropped about 90,000 leaflets this week, officials said."
    quote = quote_at(text, "The U.S. military dropped about 90,000 leaflets this week", "officials")
    (claim,) = [c for c in claims_of(text, [quote]) if c.kind == QUOTED]
    assert claim.opinion is None
    assert "number ('about 90,000')" in claim.checkable
    assert claim.single_speaker is False


def test_first_person_stance_in_a_quote_is_opinion(claims_of):
    text = "“I think the chief has lost the room,” one officer said."
    content = "“I think the chief has lost the room,”"
    quote = quote_at(text, content, "one officer", kind=QuoteKind.DIRECT)
    (claim,) = [c for c in claims_of(text, [quote]) if c.kind == QUOTED]
    assert claim.opinion == "'I think'"


def test_plain_information_in_a_quote_gives_no_quoted_claim(claims_of):
    text = "The meeting ended early, an aide said."
    quote = quote_at(text, "The meeting ended early", "an aide")
    assert [c for c in claims_of(text, [quote]) if c.kind == QUOTED] == []
