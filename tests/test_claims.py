"""Unattributed claims and weasel attributions, sentence by sentence.

Each test is a short news sentence and the exact claim (or silence) an editor should get.
Quotes are given by hand where a sentence's attribution matters, so these tests do not
depend on the quote detector.
"""

from __future__ import annotations

import json

import pytest

from quoteaudit.claims import QUOTED, UNSOURCED, WEASEL, claim_line, find_claims, follow_on_quotes
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
    assert claim.reason == "'Boston' in an event ('spent'), amount ('$4.2 million'), no source"


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
    assert "count over a period ('about 90,000 leaflets')" in claim.checkable
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


# --------------------------------------------------------------------------- figures on nobody's word (issue #17)


@pytest.mark.parametrize(
    "text, reason",
    [
        ("Burglaries in the neighborhood have risen by 18 per cent since 2021.", "rate or trend ('18 per cent'), no source"),
        ("The downtown vacancy rate has tripled since 2019.", "rate or trend ('tripled'), no source"),
        ("The shortage costs hospitals $2.1 billion a year in overtime and agency fees.", "amount ('$2.1 billion'), no source"),
        ("The county has recorded 31 overdoses since March.", "count over a period ('31 overdoses'), no source"),
        ("More than 400 migrants have drowned in the central Mediterranean this year.", "count over a period ('More than 400 migrants'), no source"),
        ("The restaurant was fined three times in 2023 for health code violations.", "official record ('fined three times'), no source"),
        ("The landlord has been cited 42 times for building code violations since 2019.", "official record ('cited 42 times'), no source"),
        ("Rossi's Bakery is the region's oldest family-owned bakery.", "superlative ('oldest'), no source"),
        ("Northstar is now the third-largest grocery chain in the Midwest.", "superlative ('largest'), no source"),
        ("The Hawks have sold out 41 straight home games, the longest streak in franchise history.",
         "'The Hawks' in an event ('sold'), number ('41'), superlative ('longest'), no source"),
        ("The street has seen more pedestrian deaths than any other street in the city.", "ranking ('than any other'), no source"),
    ],
)
def test_a_figure_or_ranking_that_rests_on_nobody_is_flagged(claims_of, text, reason):
    (claim,) = flagged(claims_of(text))
    assert (claim.kind, claim.text, claim.reason) == (UNSOURCED, text, reason)


@pytest.mark.parametrize(
    "text",
    [
        "About 150 people attended the school board meeting on Monday night.",  # a count, no period
        "More than 40 of them spoke during the public comment period.",
        "Several hundred guests filled the hall this year.",  # no exact count
        "The study tracked 2,400 teenagers over three years.",
        "That treaty fell apart in 2009.",  # "fell apart" is no trend
        "Crews had the water shut off by 7 a.m.",
        "The committee cited the figure in its letter last year.",  # not a sanction
    ],
)
def test_counts_with_no_period_and_words_that_only_look_like_figures_are_not_flagged(claims_of, text):
    assert flagged(claims_of(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        # a game's play-by-play
        "Gerrit Cole struck out 11 over seven innings, and the Yankees beat the Red Sox 5-2 on Tuesday night.",
        "Patrick Mahomes threw for 320 yards and two touchdowns against the Bills on Sunday.",
        "Mbappe scored in the 23rd minute as Real Madrid beat Sevilla 3-1 on Saturday.",
        # a market move
        "Shares of Acme closed 3 percent lower at $41.20 on Tuesday.",
        "Oil prices fell 2 percent on Monday, with Brent crude settling at $78.40 a barrel.",
        # a public meeting
        "The City Council voted 5-2 on Tuesday to approve the $1.2 billion budget.",
        # common knowledge about a place
        "The Mississippi River is the second-longest river in North America.",
        # what a law says
        "State law requires a registration for charities that solicit more than $25,000 a year.",
        # a columnist's own life
        "My father spent the entire $30,000 profit on freeze-dried food in 1999.",
    ],
)
def test_the_reporters_own_account_is_not_flagged(claims_of, text):
    assert flagged(claims_of(text)) == []


def test_a_studys_method_is_not_flagged_once_the_article_names_the_study(claims_of):
    text = (
        "The study, published Wednesday in The Lancet, followed 12,000 adults in six countries for 10 years. "
        "Researchers compared those who walked at least 7,000 steps a day since 2015 with those who walked fewer."
    )
    assert flagged(claims_of(text)) == []
    # without a study named, the same researchers' figure needs a source
    (claim,) = flagged(claims_of("Researchers compared 7,000 walkers since 2015 with those who walked 3 percent less."))
    assert claim.reason == "rate or trend ('3 percent'), no source"


def test_a_record_in_a_game_story_is_not_play_by_play(claims_of):
    (claim,) = flagged(claims_of("Young has scored 30 points in 12 straight games, the longest streak in franchise history."))
    assert "superlative ('longest')" in claim.reason


def test_a_financial_result_is_not_a_game(claims_of):
    (claim,) = flagged(claims_of("The airline lost $340 million in the second quarter."))
    assert claim.reason == "amount ('$340 million'), no source"


def test_the_news_event_told_as_the_lede_is_not_flagged_but_the_same_event_later_is(claims_of):
    text = (
        "A union representing flight attendants endorsed Hillary Clinton for president on Thursday.\n\n"
        "The union endorsed Bernie Sanders on March 3."
    )
    (claim,) = flagged(claims_of(text))
    assert claim.text == "The union endorsed Bernie Sanders on March 3."


def test_a_headline_left_in_the_body_is_framing(claims_of):
    text = "Only 24 Percent of Clinton's Contributors Are Small Donors.\n\nThe campaign declined to comment."
    assert flagged(claims_of(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The corporate tax rate, at 35 percent, is the highest in the developed world, Treasury data show.",  # "show" read as a noun
        "Trump charges that countries donated millions of dollars to the Clinton Foundation in 2015.",  # "charges" read as a noun
        "A quarter of that, per the McKinley plan, is $40,000.",
        "On Tuesday, it increased its growth forecast by 0.1 percentage points to 1.8 percent.",
    ],
)
def test_a_source_the_parser_misreads_still_counts(claims_of, text):
    assert flagged(claims_of(text)) == []


# --------------------------------------------------------------------------- covered by the paragraph; follow-on sentences


def test_a_source_later_in_the_paragraph_covers_the_figure(claims_of):
    text = "Burglaries have risen by 18 per cent since 2021. The figures come from a police report released on Monday."
    assert flagged(claims_of(text)) == []


def test_a_new_named_actor_is_not_covered_by_the_paragraphs_source(claims_of):
    text = "Acme's revenue rose 6 percent, the company said. Rival Globex cut 1,500 jobs in April."
    (claim,) = flagged(claims_of(text))
    assert claim.text == "Rival Globex cut 1,500 jobs in April."


def test_meanwhile_ends_the_paragraphs_cover(claims_of):
    text = "Enrollment fell by 1,200 students, Superintendent Keisha Moore said. Meanwhile, charter schools opened 3 new campuses in March."
    (claim,) = flagged(claims_of(text))
    assert claim.text.startswith("Meanwhile")


def test_a_direct_quote_of_reaction_does_not_cover_a_figure(claims_of):
    text = "The Hawks have sold out 41 straight home games since 2019. “The crowd carried us,” Young said."
    quote = quote_at(text, "“The crowd carried us,”", "Young", kind=QuoteKind.DIRECT, cue="said")
    (claim,) = flagged(claims_of(text, [quote]))
    assert claim.text == "The Hawks have sold out 41 straight home games since 2019."


def test_sentence_coverage_takes_only_what_follows_the_attribution(claims_of, nlp):
    text = "Crime has risen 18 percent since 2021. Robberies fell 5 percent, the police department said."
    (article,) = read_string(text, "text", path="a.txt")
    doc = nlp(text)
    assert [c for c in find_claims(doc, article, []) if c.kind == UNSOURCED] == []
    (claim,) = [c for c in find_claims(doc, article, [], {"covered-by": "sentence"}) if c.kind == UNSOURCED]
    assert claim.text == "Crime has risen 18 percent since 2021."


def test_a_newsroom_can_flag_the_reporters_own_accounts(claims_of, nlp):
    text = "Shares of Acme closed 3 percent lower at $41.20 on Tuesday."
    (article,) = read_string(text, "text", path="a.txt")
    (claim,) = [c for c in find_claims(nlp(text), article, [], {"observed": []}) if c.kind == UNSOURCED]
    assert claim.reason == "rate or trend ('3 percent'), no source"


@pytest.mark.parametrize(
    "settings, message",
    [
        ({"observed": ["games"]}, "claims: observed must be a list of news, game, market, study, meeting, record, place, writer"),
        ({"covered-by": "article"}, "claims: covered-by must be one of paragraph, sentence"),
        ({"cover": "paragraph"}, "claims: unknown setting 'cover' (known: observed, covered-by)"),
    ],
)
def test_a_wrong_claims_setting_is_named(settings, message):
    with pytest.raises(ValueError) as err:
        claim_line(settings)
    assert str(err.value) == message


def _with_sources(text: str, specs):
    quotes = []
    for n, (content, speaker, source) in enumerate(specs, start=1):
        q = quote_at(text, content, speaker, qid=f"q{n}", cue="said")
        q.source = source
        quotes.append(q)
    return quotes


def test_the_next_figure_from_the_same_source_carries_on_its_account(nlp):
    text = "Unemployment rose to 4.2 percent in May, the Labor Department said Friday. Employers added 150,000 jobs in May, fewer than expected."
    (article,) = read_string(text, "text", path="a.txt")
    quotes = _with_sources(text, [("Unemployment rose to 4.2 percent in May", "the Labor Department", "s1")])
    (follow,) = follow_on_quotes(nlp(text), article, quotes)
    assert (follow.text, follow.source, follow.continues, follow.kind, follow.confidence) == (
        "Employers added 150,000 jobs in May, fewer than expected", "s1", "q1", QuoteKind.INDIRECT, 0.6,
    )
    assert follow.id == "q2" and follow.cue is None


def test_reported_argument_with_would_carries_on(nlp):
    text = "The mayor said the plan was flawed. It would cost the city too much and help too few residents."
    (article,) = read_string(text, "text", path="a.txt")
    quotes = _with_sources(text, [("the plan was flawed", "The mayor", "s1")])
    (follow,) = follow_on_quotes(nlp(text), article, quotes)
    assert (follow.text, follow.source, follow.speaker.text) == ("It would cost the city too much and help too few residents", "s1", "It")


@pytest.mark.parametrize(
    "second",
    [
        "Rival Globex cut 1,500 jobs in April.",  # a new named actor
        "Meanwhile, employers added 150,000 jobs.",  # moves on
        "She took office in 2019 after 12 years on the council.",  # the reporter on the speaker
        "That was enough to hold the estimate steady at 3.1 percent.",  # the reporter weighing it
        "Employers added jobs across the state.",  # nothing carried: no figure, no reported argument
    ],
)
def test_a_follow_on_ends_at_a_new_actor_a_shift_or_the_reporters_own_voice(nlp, second):
    text = f"Unemployment rose to 4.2 percent in May, the mayor said. {second}"
    (article,) = read_string(text, "text", path="a.txt")
    quotes = _with_sources(text, [("Unemployment rose to 4.2 percent in May", "the mayor", "s1")])
    assert follow_on_quotes(nlp(text), article, quotes) == []


def test_a_follow_on_never_crosses_a_paragraph_or_carries_a_direct_quote(nlp):
    text = "Unemployment rose to 4.2 percent, the mayor said.\n\nEmployers added 150,000 jobs in May."
    (article,) = read_string(text, "text", path="a.txt")
    assert follow_on_quotes(nlp(text), article, _with_sources(text, [("Unemployment rose to 4.2 percent", "the mayor", "s1")])) == []
    text = "“Unemployment rose to 4.2 percent,” the mayor said. Employers added 150,000 jobs in May."
    (article,) = read_string(text, "text", path="a.txt")
    quotes = [quote_at(text, "“Unemployment rose to 4.2 percent,”", "the mayor", kind=QuoteKind.DIRECT, cue="said")]
    quotes[0].source = "s1"
    assert follow_on_quotes(nlp(text), article, quotes) == []


def test_a_figure_before_another_sources_attribution_is_not_carried(nlp):
    text = "Stumpf said pay was fair. Those who lost their jobs made $35,000 a year. Bonuses were $500, the Journal reports."
    (article,) = read_string(text, "text", path="a.txt")
    quotes = _with_sources(text, [("pay was fair", "Stumpf", "s1"), ("Bonuses were $500", "the Journal", "s2")])
    assert follow_on_quotes(nlp(text), article, quotes) == []
