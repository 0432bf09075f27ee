"""The coreference sieve, one step at a time (quoteaudit/speakers/coref.py)."""

from __future__ import annotations

import pytest

from quoteaudit.model import SourceType

from .speakers_support import Q, resolve, source_of


def one_source(quotes, sources):
    ids = {q.source for q in quotes}
    assert len(ids) == 1 and None not in ids, [(q.id, q.source) for q in quotes]
    return source_of(quotes[0], sources)


# -- step 1: exact name ---------------------------------------------------------------------


def test_exact_name_merges_repeated_full_name_across_paragraphs(nlp):
    text = (
        "Mayor Lori Hart said the budget was balanced.\n\n"
        "The council voted 7-2 to approve it.\n\n"
        "Lori Hart said the deficit would shrink next year."
    )
    quotes, sources = resolve(nlp, text, [Q("the budget was balanced", "Mayor Lori Hart", "said"), Q("the deficit would shrink next year", "Lori Hart", "said")])
    src = one_source(quotes, sources)
    assert (src.name, src.type, src.title) == ("Lori Hart", SourceType.NAMED_PERSON, "Mayor")
    assert [text[s:e] for s, e in src.mentions] == ["Mayor Lori Hart", "Lori Hart"]


def test_exact_name_merges_an_organization_written_with_and_without_capital_the(nlp):
    text = "The Pentagon said the strike killed 20 fighters.\n\nNo civilians were hurt, the Pentagon said."
    quotes, sources = resolve(nlp, text, [Q("the strike killed 20 fighters", "The Pentagon", "said"), Q("No civilians were hurt", "the Pentagon", "said")])
    src = one_source(quotes, sources)
    assert (src.name, src.type, src.affiliation) == ("Pentagon", SourceType.NAMED_ORGANIZATION, "Pentagon")


def test_exact_name_never_merges_two_indefinite_officials(nlp):
    text = "A U.S. official said the convoy was hit.\n\nA U.S. official said the base was on alert."
    quotes, sources = resolve(nlp, text, [Q("the convoy was hit", "A U.S. official", "said"), Q("the base was on alert", "A U.S. official", "said")])
    assert quotes[0].source != quotes[1].source
    assert len(sources) == 2


# -- step 2: surname ------------------------------------------------------------------------


def test_surname_links_to_earlier_full_name_with_title_role_and_affiliation(nlp):
    text = (
        "Colonel Ryan Dillon, spokesman for the coalition in Baghdad, told journalists the base was secure.\n\n"
        "Dillon said more troops had arrived."
    )
    quotes, sources = resolve(nlp, text, [Q("the base was secure", "Colonel Ryan Dillon", "told"), Q("more troops had arrived", "Dillon", "said")])
    src = one_source(quotes, sources)
    assert (src.name, src.title, src.role, src.affiliation) == ("Ryan Dillon", "Colonel", "spokesman", "the coalition")


def test_surname_links_to_a_full_name_mentioned_outside_any_quote(nlp):
    text = "Ryan Dillon, a coalition spokesman, briefed reporters on Monday.\n\n\"We are ready,\" Dillon said."
    quotes, sources = resolve(nlp, text, [Q('"We are ready,"', "Dillon", "said", "direct")])
    src = source_of(quotes[0], sources)
    assert (src.name, src.type, src.role, src.affiliation) == ("Ryan Dillon", SourceType.NAMED_PERSON, "spokesman", "coalition")
    assert [text[s:e] for s, e in src.mentions] == ["Ryan Dillon", "Dillon"]


def test_surname_takes_the_most_recent_of_two_people_with_that_surname(nlp):
    text = (
        "Hillary Clinton said the plan was fair.\n\n"
        "Bill Clinton said the plan would pass.\n\n"
        "Clinton said the vote would be close."
    )
    quotes, sources = resolve(
        nlp,
        text,
        [Q("the plan was fair", "Hillary Clinton", "said"), Q("the plan would pass", "Bill Clinton", "said"), Q("the vote would be close", "Clinton", "said")],
    )
    assert quotes[2].source == quotes[1].source != quotes[0].source
    assert source_of(quotes[2], sources).name == "Bill Clinton"


# -- step 3: title and surname ---------------------------------------------------------------


def test_title_and_surname_link_when_titles_agree_or_one_is_a_courtesy_title(nlp):
    text = (
        "Sen. Elizabeth Warren said the bill was flawed.\n\n"
        "Sen. Warren said it would fail.\n\n"
        "Ms. Warren said she would vote against it."
    )
    quotes, sources = resolve(
        nlp,
        text,
        [Q("the bill was flawed", "Sen. Elizabeth Warren", "said"), Q("it would fail", "Sen. Warren", "said"), Q("she would vote against it", "Ms. Warren", "said")],
    )
    src = one_source(quotes, sources)
    assert (src.name, src.title) == ("Elizabeth Warren", "Senator")
    assert len(src.mentions) == 3


def test_british_courtesy_title_without_full_stop_links_to_the_full_name(nlp):
    text = (
        "Sen. John Thune of South Dakota said the bill spent too much.\n\n"
        "“We’re not going to be bullied,” said Mr Thune. “Not now, not ever.”"
    )
    quotes, sources = resolve(nlp, text, [Q("the bill spent too much", "Sen. John Thune", "said"), Q("“We’re not going to be bullied,”", "Mr Thune", "said", kind="direct")])
    src = one_source(quotes, sources)
    assert (src.name, src.type, src.title) == ("John Thune", SourceType.NAMED_PERSON, "Senator")


def test_title_and_surname_do_not_link_when_titles_conflict(nlp):
    text = "President Bill Clinton spoke first.\n\nSen. Clinton said the bill was flawed."
    quotes, sources = resolve(nlp, text, [Q("the bill was flawed", "Sen. Clinton", "said")])
    src = source_of(quotes[0], sources)
    assert (src.name, src.title, src.type) == ("Clinton", "Senator", SourceType.NAMED_PERSON)


# -- step 4: pronoun --------------------------------------------------------------------------


def test_pronoun_links_to_most_recent_speaker_of_its_gender(nlp):
    text = (
        "Mr. John Smith said the plant would close. Ms. Jane Doe said it would stay open.\n\n"
        "He said the owners had already decided."
    )
    quotes, sources = resolve(
        nlp,
        text,
        [Q("the plant would close", "Mr. John Smith", "said"), Q("it would stay open", "Ms. Jane Doe", "said"), Q("the owners had already decided", "He", "said")],
    )
    assert quotes[2].source == quotes[0].source != quotes[1].source
    assert source_of(quotes[2], sources).name == "John Smith"


def test_pronoun_links_to_a_name_in_apposition_to_the_subject(nlp):
    text = (
        "“He told me to get out,” said Linda Park, 62.\n\n"
        "Park’s neighbor, Jim Olsen, wasn’t convinced. “They knew,” he said."
    )
    quotes, sources = resolve(nlp, text, [Q("“He told me to get out,”", "Linda Park", "said", kind="direct"), Q("“They knew,”", "he", "said", kind="direct")])
    assert quotes[0].source != quotes[1].source
    assert source_of(quotes[1], sources).name == "Jim Olsen"


def test_he_skips_a_woman_known_by_her_first_name(nlp):
    text = "Mark Warner said the deal was close. Nancy Pelosi said it was not.\n\n“We’ll see,” he added."
    quotes, sources = resolve(nlp, text, [Q("the deal was close", "Mark Warner", "said"), Q("it was not", "Nancy Pelosi", "said"), Q("“We’ll see,”", "he", "added", kind="direct")])
    assert quotes[2].source == quotes[0].source != quotes[1].source
    assert source_of(quotes[2], sources).name == "Mark Warner"


def test_a_first_name_used_for_both_sexes_tells_nothing(nlp):
    text = "Jordan Peele said the film was finished.\n\n“It took years,” she said."
    quotes, sources = resolve(nlp, text, [Q("the film was finished", "Jordan Peele", "said"), Q("“It took years,”", "she", "said", kind="direct")])
    assert quotes[1].source == quotes[0].source


def test_she_links_to_a_woman_named_by_her_title(nlp):
    text = "Sen. Elizabeth Warren said the bill was flawed.\n\nShe said it would fail."
    quotes, sources = resolve(nlp, text, [Q("the bill was flawed", "Sen. Elizabeth Warren", "said"), Q("it would fail", "She", "said")])
    assert one_source(quotes, sources).name == "Elizabeth Warren"


def test_pronoun_links_to_a_person_in_subject_position_who_is_not_yet_a_speaker(nlp):
    text = "John Smith, the county fire chief, arrived at the scene Tuesday.\n\nHe said the fire was contained."
    quotes, sources = resolve(nlp, text, [Q("the fire was contained", "He", "said")])
    src = source_of(quotes[0], sources)
    assert (src.name, src.type, src.role, src.affiliation) == ("John Smith", SourceType.NAMED_PERSON, "fire chief", "county")


def test_it_links_to_an_organization_and_they_to_a_plural_group(nlp):
    text = (
        "The Pentagon said the strike killed 20 fighters.\n\n"
        "It said no civilians were hurt.\n\n"
        "Two senior officials said the talks had stalled.\n\n"
        "They said a deal was unlikely."
    )
    quotes, sources = resolve(
        nlp,
        text,
        [
            Q("the strike killed 20 fighters", "The Pentagon", "said"),
            Q("no civilians were hurt", "It", "said"),
            Q("the talks had stalled", "Two senior officials", "said"),
            Q("a deal was unlikely", "They", "said"),
        ],
    )
    assert quotes[0].source == quotes[1].source
    assert quotes[2].source == quotes[3].source != quotes[0].source
    assert source_of(quotes[3], sources).type == SourceType.ANONYMOUS_VAGUE


def test_they_links_to_the_plural_people_named_as_a_subject_before(nlp):
    text = (
        "Voting rights advocates have expressed deep concern about the policy. "
        "They say the purge removed thousands of eligible voters.\n\n"
        "Republicans in the legislature disagreed. They said the rolls were out of date."
    )
    quotes, sources = resolve(
        nlp, text, [Q("the purge removed thousands of eligible voters", "They", "say"), Q("the rolls were out of date", "They", "said")]
    )
    assert source_of(quotes[0], sources).name == "Voting rights advocates"
    # the nearer plural subject wins over the group already quoted
    assert source_of(quotes[1], sources).name == "Republicans"


def test_they_never_links_to_plural_things(nlp):
    text = "The new rules took effect in May. They said the rules were unfair."
    quotes, sources = resolve(nlp, text, [Q("the rules were unfair", "They", "said")])
    assert source_of(quotes[0], sources).type is SourceType.PRONOUN_UNRESOLVED


def test_he_or_she_links_to_a_role_named_as_the_subject_before(nlp):
    text = "The mayor disagrees. She said the budget could not support it."
    quotes, sources = resolve(nlp, text, [Q("the budget could not support it", "She", "said")])
    src = source_of(quotes[0], sources)
    assert (src.name, src.type, src.role) == ("mayor", SourceType.ANONYMOUS_SPECIFIC, "mayor")


def test_the_columnists_i_is_the_byline(nlp):
    text = "I have argued for years that the city should build more housing."
    quotes, sources = resolve(nlp, text, [Q("the city should build more housing", "I", "argued")], metadata={"author": "By Maria Chen, Ledger columnist"})
    src = source_of(quotes[0], sources)
    assert (src.name, src.type, src.role) == ("Maria Chen", SourceType.NAMED_PERSON, "author")


def test_without_a_byline_i_stays_unresolved(nlp):
    text = "I have argued for years that the city should build more housing."
    for metadata in (None, {"author": "Staff reporter"}):
        quotes, sources = resolve(nlp, text, [Q("the city should build more housing", "I", "argued")], metadata=metadata)
        assert source_of(quotes[0], sources).type is SourceType.PRONOUN_UNRESOLVED


def test_pronoun_with_no_antecedent_stays_unresolved(nlp):
    text = (
        "US-backed rebels took Tanf from ISIS last year, the report said. "
        "He said the USA has also increased its presence in that area."
    )
    quotes, sources = resolve(nlp, text, [Q("US-backed rebels took Tanf from ISIS last year", "the report", "said"), Q("the USA has also increased its presence in that area", "He", "said")])
    src = source_of(quotes[1], sources)
    assert (src.name, src.type) == ("He", SourceType.PRONOUN_UNRESOLVED)


def test_pronoun_never_links_to_a_person_inside_its_own_clause(nlp):
    text = "Asked about Warren, he said the bill was flawed."
    quotes, sources = resolve(nlp, text, [Q("the bill was flawed", "he", "said")])
    assert source_of(quotes[0], sources).type == SourceType.PRONOUN_UNRESOLVED


def test_pronoun_outside_the_window_stays_unresolved(nlp):
    text = (
        "Mayor Lori Hart said the budget was balanced.\n\n"
        "The council approved it on Tuesday.\n\n"
        "The vote was 7-2.\n\n"
        "Two members were absent.\n\n"
        "The budget takes effect in July.\n\n"
        "She said taxes would not rise."
    )
    quotes, sources = resolve(nlp, text, [Q("the budget was balanced", "Mayor Lori Hart", "said"), Q("taxes would not rise", "She", "said")])
    assert source_of(quotes[1], sources).type == SourceType.PRONOUN_UNRESOLVED


# -- step 5: definite description --------------------------------------------------------------


def test_the_sources_links_to_earlier_sources_within_the_window(nlp):
    text = "Regional intelligence sources said the rebels would attack.\n\nThe sources said the attack was near."
    quotes, sources = resolve(nlp, text, [Q("the rebels would attack", "Regional intelligence sources", "said"), Q("the attack was near", "The sources", "said")])
    src = one_source(quotes, sources)
    assert (src.type, src.affiliation) == (SourceType.ANONYMOUS_SPECIFIC, "Regional intelligence")


def test_the_sources_outside_the_window_is_a_vague_source_of_its_own(nlp):
    text = (
        "Regional intelligence sources said the rebels would attack.\n\n"
        "The rebels hold the town.\n\n"
        "The town sits on the border.\n\n"
        "It is a supply route.\n\n"
        "Fighting closed the road in May.\n\n"
        "The road reopened in June.\n\n"
        "The sources said the attack was near."
    )
    quotes, sources = resolve(nlp, text, [Q("the rebels would attack", "Regional intelligence sources", "said"), Q("the attack was near", "The sources", "said")])
    assert quotes[0].source != quotes[1].source
    src = source_of(quotes[1], sources)
    assert (src.name, src.type, src.affiliation) == ("sources", SourceType.ANONYMOUS_VAGUE, None)


def test_the_window_runs_from_the_sources_latest_mention_not_its_first(nlp):
    text = (
        "The sources said the rebels would attack.\n\n"
        "The rebels hold the town.\n\n"
        "The town sits on the border.\n\n"
        "The sources said the attack was near.\n\n"
        "Fighting closed the road in May.\n\n"
        "The road reopened in June.\n\n"
        "The sources said the convoy had turned back."
    )
    quotes, sources = resolve(
        nlp,
        text,
        [
            Q("the rebels would attack", "The sources", "said"),
            Q("the attack was near", "The sources", "said", nth=0),
            Q("the convoy had turned back", "The sources", "said"),
        ],
    )
    src = one_source(quotes, sources)
    assert [text[s:e] for s, e in src.mentions] == ["The sources"] * 3


def test_the_spokesman_links_to_the_person_whose_role_is_spokesman(nlp):
    text = "Col. Ryan Dillon, a coalition spokesman, said the zone was safe.\n\nThe spokesman said more troops would come."
    quotes, sources = resolve(nlp, text, [Q("the zone was safe", "Col. Ryan Dillon", "said"), Q("more troops would come", "The spokesman", "said")])
    src = one_source(quotes, sources)
    assert (src.name, src.type, src.role) == ("Ryan Dillon", SourceType.NAMED_PERSON, "spokesman")


def test_the_mayor_links_to_the_mayor_named_earlier_outside_any_quote(nlp):
    text = "Mayor Bill de Blasio toured the blast site on Sunday.\n\nThe mayor said there was no link to terrorism."
    quotes, sources = resolve(nlp, text, [Q("there was no link to terrorism", "The mayor", "said")])
    src = source_of(quotes[0], sources)
    assert (src.name, src.type, src.title) == ("Bill de Blasio", SourceType.NAMED_PERSON, "Mayor")
    assert [text[s:e] for s, e in src.mentions] == ["Mayor Bill de Blasio", "The mayor"]


def test_the_spokesman_links_to_the_spokesman_named_earlier_outside_any_quote(nlp):
    text = "Pentagon spokesman Jeff Davis briefed reporters on Monday.\n\nThe spokesman said the drills would continue."
    quotes, sources = resolve(nlp, text, [Q("the drills would continue", "The spokesman", "said")])
    src = source_of(quotes[0], sources)
    assert (src.name, src.type, src.role, src.affiliation) == ("Jeff Davis", SourceType.NAMED_PERSON, "spokesman", "Pentagon")


def test_the_foreign_minister_is_not_the_prime_minister(nlp):
    text = "Prime Minister Theresa May met the delegation.\n\nThe foreign minister said the talks would continue."
    quotes, sources = resolve(nlp, text, [Q("the talks would continue", "The foreign minister", "said")])
    src = source_of(quotes[0], sources)
    assert (src.name, src.type, src.role) == ("foreign minister", SourceType.ANONYMOUS_SPECIFIC, "foreign minister")


def test_the_governor_with_two_governors_named_stays_unlinked(nlp):
    text = "Gov. Andrew Cuomo and Gov. Chris Christie met on Monday.\n\nThe governor said the tunnel would be built."
    quotes, sources = resolve(nlp, text, [Q("the tunnel would be built", "The governor", "said")])
    src = source_of(quotes[0], sources)
    assert (src.name, src.type) == ("governor", SourceType.ANONYMOUS_SPECIFIC)


def test_the_report_links_to_an_earlier_named_report(nlp):
    text = "A Reuters report said the company lost money.\n\nThe report said losses would grow."
    quotes, sources = resolve(nlp, text, [Q("the company lost money", "A Reuters report", "said"), Q("losses would grow", "The report", "said")])
    src = one_source(quotes, sources)
    assert (src.type, src.affiliation, src.is_document) == (SourceType.DOCUMENT, "Reuters", True)


def test_the_official_does_not_link_to_plural_officials(nlp):
    text = "Two officials said the talks had stalled.\n\nThe official said a deal was unlikely."
    quotes, _ = resolve(nlp, text, [Q("the talks had stalled", "Two officials", "said"), Q("a deal was unlikely", "The official", "said")])
    assert quotes[0].source != quotes[1].source


# -- step 6: floating quotes -------------------------------------------------------------------


def test_floating_quote_in_the_same_paragraph_takes_that_speaker_with_lower_confidence(nlp):
    text = '"We are ready," Sen. Elizabeth Warren said. "We have the votes."'
    quotes, sources = resolve(nlp, text, [Q('"We are ready,"', "Sen. Elizabeth Warren", "said", "direct"), Q('"We have the votes."', kind="direct")])
    assert quotes[1].source == quotes[0].source
    assert source_of(quotes[1], sources).name == "Elizabeth Warren"
    assert quotes[1].confidence < 1.0 == quotes[0].confidence


def test_floating_quote_between_two_paragraphs_of_one_speaker(nlp):
    text = (
        "Col. Ryan Dillon said the troops were ready.\n\n"
        '"We have the troops."\n\n'
        '"We will stay," Col. Ryan Dillon said.'
    )
    quotes, _ = resolve(
        nlp,
        text,
        [Q("the troops were ready", "Col. Ryan Dillon", "said"), Q('"We have the troops."', kind="direct"), Q('"We will stay,"', "Col. Ryan Dillon", "said", "direct")],
    )
    assert quotes[1].source == quotes[0].source == quotes[2].source
    assert quotes[1].confidence < 1.0


def test_floating_direct_quote_continues_the_previous_paragraphs_direct_quote(nlp):
    text = '"We are ready," said Sen. Elizabeth Warren.\n\n"We will not back down."'
    quotes, _ = resolve(nlp, text, [Q('"We are ready,"', "Sen. Elizabeth Warren", "said", "direct"), Q('"We will not back down."', kind="direct")])
    assert quotes[1].source == quotes[0].source
    assert quotes[1].confidence < 1.0


def test_orphan_quote_after_reported_speech_of_vague_sources_stays_unattributed(nlp):
    text = (
        "The sources further said that the army had engaged in tough battle.\n\n"
        '"We have not established a deadline for them." This force is seen as a threat.'
    )
    quotes, sources = resolve(nlp, text, [Q("the army had engaged in tough battle", "The sources", "said"), Q('"We have not established a deadline for them."', kind="direct")])
    assert quotes[1].source is None
    assert len(sources) == 1


@pytest.mark.parametrize("paragraphs", [1, 3])
def test_sieve_is_deterministic_and_numbers_sources_in_order_of_first_mention(nlp, paragraphs):
    filler = "\n\n".join(["The council met on Tuesday."] * paragraphs)
    text = f"Critics say the plan will fail.\n\n{filler}\n\nMayor Lori Hart said the plan would work."
    quotes, sources = resolve(nlp, text, [Q("the plan would work", "Mayor Lori Hart", "said"), Q("the plan will fail", "Critics", "say")])
    assert [s.id for s in sources] == ["s1", "s2"]
    assert (quotes[1].source, quotes[0].source) == ("s1", "s2")


def test_floating_quote_after_a_newly_introduced_person_is_theirs_not_the_earlier_speakers(nlp):
    text = (
        '"We need to step away from these efforts," Gov. Mike Pence said on CNN. '
        "On another program, Sen. Bernie Sanders identified young voters' exhaustion with bigotry as a reason to back Clinton. "
        '"The younger people are sick and tired of discrimination."'
    )
    quotes, sources = resolve(
        nlp,
        text,
        [Q('"We need to step away from these efforts,"', "Gov. Mike Pence", "said", "direct"), Q('"The younger people are sick and tired of discrimination."', kind="direct")],
    )
    assert quotes[1].source != quotes[0].source
    assert (source_of(quotes[1], sources).name, source_of(quotes[1], sources).title) == ("Bernie Sanders", "Senator")
    assert quotes[1].confidence < 1.0


def test_two_writers_in_the_byline_leave_i_unresolved(nlp):
    text = "I have argued for years that the city should build more housing."
    quotes, sources = resolve(nlp, text, [Q("the city should build more housing", "I", "argued")], metadata={"author": "MARK LANDLER and NOAH WEILAND"})
    assert source_of(quotes[0], sources).type is SourceType.PRONOUN_UNRESOLVED


def test_she_prefers_a_named_woman_to_a_role_noun(nlp):
    text = "Nancy Pelosi spoke first. Her staff stayed behind. She said the vote would be close."
    quotes, sources = resolve(nlp, text, [Q("the vote would be close", "She", "said")])
    assert source_of(quotes[0], sources).name == "Nancy Pelosi"
