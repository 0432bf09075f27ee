"""Round 10 of issue 16: a report split by a tag in its middle.

"The tax, said the congressman, would hurt farmers": the report's subject stands before
an inverted tag set off by commas, and its predicate after it. It is one report in two
fragments, and the speaker is the noun after the cue, whether a name or a noun for a
person or body. Expected rows are what an editor would mark: (content, kind, type,
speaker mention)."""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The tax, said the congressman, would hurt farmers.\n",
            [("The tax … would hurt farmers", "indirect", "speech", "the congressman")],
        ),
        (
            "The stadium, said a spokesman for the club, will be ready by August.\n",
            [("The stadium … will be ready by August", "indirect", "speech", "a spokesman for the club")],
        ),
        (
            "The budget, said the ministry, is balanced.\n",
            [("The budget … is balanced", "indirect", "speech", "the ministry")],
        ),
        (
            "Such cuts, said the governor's office, are rare.\n",
            [("Such cuts … are rare", "indirect", "speech", "the governor's office")],
        ),
        (
            "The vote, said Rep. Jim Jordan (R-Ohio), would hurt families.\n",
            [("The vote … would hurt families", "indirect", "speech", "Rep. Jim Jordan")],
        ),
        # not inverted, but parsed as a cue with two subjects: the one inside the commas speaks
        (
            "The bridge, engineers warned last week, could collapse in a storm.\n",
            [("The bridge … could collapse in a storm", "indirect", "speech", "engineers")],
        ),
    ],
)
def test_an_inverted_tag_inside_the_report_names_the_speaker_after_the_cue(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# ---- a raising verb's view: its subject is the report's own -------------------------
#
# "Turnout is expected to be high", "The mayor seems to have changed her mind": the verb
# raises the reported clause's subject, so the content is that subject and the verb's
# complement, two fragments around the cue. Who expects or who has the impression is
# nobody the sentence names, unless a "by" or "to" phrase does.


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The council is expected to vote on the budget next week.\n",
            [("The council … to vote on the budget next week", "indirect", "thought", None)],
        ),
        (
            "The mayor seems to have changed her mind on the stadium.\n",
            [("The mayor … to have changed her mind on the stadium", "indirect", "perception_stance", None)],
        ),
        (
            "The suspect is believed to have fled the country.\n",
            [("The suspect … to have fled the country", "indirect", "thought", None)],
        ),
        (
            "The striker is said to be furious about the decision.\n",
            [("The striker … to be furious about the decision", "indirect", "speech", None)],
        ),
        (
            "It appears that the vote was not close.\n",
            [("the vote was not close", "indirect", "perception_stance", None)],
        ),
        (
            "There appears to be no evidence of fraud.\n",
            [("There … to be no evidence of fraud", "indirect", "perception_stance", None)],
        ),
        (
            "The new stadium is considered a risk by the city's auditors.\n",
            [("The new stadium … a risk", "indirect", "thought", "the city's auditors")],
        ),
    ],
)
def test_a_raising_verb_reports_its_subject_and_complement(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The senator appeared on Fox News on Sunday.\n",  # appearing somewhere is no view
        "The coach expects a hard game on Saturday.\n",  # an ordinary belief, held by the coach
    ],
)
def test_a_raising_verb_in_another_sense_is_no_raised_report(nlp, text):
    assert all(" … " not in content for content, *_ in quote_rows(nlp, text))


def test_a_raising_verb_inside_someones_report_is_part_of_what_they_said(nlp):
    rows = quote_rows(nlp, "The storm is expected to hit the coast on Friday, forecasters said.\n")
    assert rows == [("The storm is expected to hit the coast on Friday", "indirect", "speech", "forecasters")]


def test_a_raising_verb_around_its_subjects_own_attribution_gives_way_to_it(nlp):
    rows = quote_rows(nlp, "But in November, Rubio seemed to urge the opposite approach.\n")
    assert [(content, speaker) for content, _, _, speaker in rows] == [("the opposite approach", "Rubio")]


def test_a_view_held_by_nobody_has_no_source_even_beside_a_named_speaker(audit_text):
    text = (
        "The mayor seems to have changed her mind on the stadium.\n\n"
        "\u201cWe will find the money,\u201d Mayor Jane Smith said on Tuesday.\n"
    )
    doc = audit_text(text)
    seems = next(q for q in doc.quotes if q.cue and q.cue.text == "seems")
    assert (seems.speaker, seems.source) == (None, None)


def test_a_view_held_by_nobody_does_not_pull_down_the_article_score(audit_text):
    quote = "\u201cWe will find the money,\u201d Mayor Jane Smith said on Tuesday.\n"
    alone = audit_text(quote)
    framed = audit_text("The council is expected to vote on the budget next week.\n\n" + quote)
    assert framed.score == alone.score


def test_a_weasel_passive_is_still_flagged_when_it_is_a_report(audit_text):
    doc = audit_text("The suspect is believed to have fled the country.\n")
    assert [f.rule for f in doc.findings] == ["QA302"]


# ---- the words before a tag in the middle are the report's first fragment ------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "That's why, he argued, the party should be prepared.\n",
            [("That's why … the party should be prepared", "indirect", "speech", "he")],
        ),
        (
            "In Washington, officials said, the mood was grim.\n",
            [("In Washington … the mood was grim", "indirect", "speech", "officials")],
        ),
        (
            "The air pollution had become so bad, the governor noted, that schools closed for a week.\n",
            [("The air pollution had become so bad … schools closed for a week", "indirect", "speech", "the governor")],
        ),
    ],
)
def test_the_words_before_a_mid_tag_are_the_reports_first_fragment(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


def test_a_lone_connective_before_a_tag_is_the_writers(nlp):
    rows = quote_rows(nlp, "Yet, as the economist observed, the early days would be different.\n")
    assert rows == [("the early days would be different", "indirect", "speech", "the economist")]


def test_a_direct_quote_after_the_tag_stands_alone(nlp):
    rows = quote_rows(nlp, "On the subject of taxes, the senator added, \u201cNobody will pay more.\u201d\n")
    assert rows == [("\u201cNobody will pay more.\u201d", "direct", "speech", "the senator")]


# ---- a hearsay adverb attributes its clause to unnamed others ------------------------


def test_reportedly_attributes_its_clause_to_nobody_named(nlp):
    rows = quote_rows(nlp, "The club is reportedly spending $1.5 million on advertisements.\n")
    assert rows == [("The club is … spending $1.5 million on advertisements", "indirect", "speech", None)]


def test_a_hearsay_adverb_inside_someones_report_is_part_of_it(nlp):
    rows = quote_rows(nlp, "The mayor allegedly took bribes from two developers, prosecutors said.\n")
    assert rows == [("The mayor allegedly took bribes from two developers", "indirect", "speech", "prosecutors")]


def test_reportedly_is_still_a_weasel_for_the_editor(audit_text):
    doc = audit_text("The club is reportedly spending $1.5 million on advertisements.\n")
    assert [f.rule for f in doc.findings] == ["QA302"]


def test_the_editor_sees_a_view_held_by_nobody_quietly_and_ungraded(audit_text):
    from quoteaudit.report.html import FRAMING, article_page
    from quoteaudit.report.model import article_report, weak_quotes

    doc = audit_text(
        "The council is expected to vote on the budget next week.\n\n"
        "\u201cWe will find the money,\u201d Mayor Jane Smith said on Tuesday.\n"
    )
    expected = next(q for q in doc.quotes if q.cue and q.cue.text == "expected")
    assert expected.strength is None
    view = next(v for v in article_page(doc).quotes if v.quote is expected)
    assert (view.style, view.loud) == (FRAMING, False)
    assert [item.id for item in weak_quotes(doc)] == []
    assert "1 held by nobody" in article_report(doc).counts_line()


# ---- a that-clause the parse hung on the audience or the adverbial -------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "In Honolulu last week, the president told a meeting of island leaders that few people understood the stakes.\n",
            [("few people understood the stakes", "indirect", "speech", "the president")],
        ),
        (
            "The coach tweeted in the early morning hours that the referee was biased.\n",
            [("the referee was biased", "indirect", "speech", "The coach")],
        ),
    ],
)
def test_a_that_clause_hung_on_the_audience_or_adverbial_is_the_cues_content(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


def test_the_year_that_something_happens_is_a_relative_clause_not_a_report(nlp):
    rows = quote_rows(nlp, "Many spoke about the year that a woman was named captain.\n")
    assert not any(content.startswith("a woman was named") for content, *_ in rows), rows


def test_a_raising_verb_coordinated_with_another_is_a_view_of_its_own(nlp):
    rows = quote_rows(nlp, "The council is expected to vote on the deal next week, and the mayor seems to have softened her opposition.\n")
    assert rows == [
        ("The council … to vote on the deal next week", "indirect", "thought", None),
        ("the mayor … to have softened her opposition", "indirect", "perception_stance", None),
    ]


def test_a_coordinated_raising_verb_takes_no_subject_from_the_first_clause(audit_text):
    doc = audit_text("The council is expected to vote on the deal next week, and the mayor seems to have softened her opposition.\n")
    assert [(q.speaker, q.source, q.strength) for q in doc.quotes] == [(None, None, None), (None, None, None)]


def test_the_subordinator_before_a_hearsay_clause_is_the_writers(nlp):
    rows = quote_rows(nlp, "The man was shot after he allegedly brandished a pistol at officers.\n")
    assert rows == [("he … brandished a pistol at officers", "indirect", "speech", None)]


def test_the_holder_of_an_impression_hung_on_its_adjective_is_named(nlp):
    rows = quote_rows(nlp, "The deal seems fair to most voters.\n")
    assert rows == [("The deal … fair", "indirect", "perception_stance", "most voters")]
