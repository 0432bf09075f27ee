"""Round 14 of issue 16: direct quotes the writer leads into.

"On Israel, “we will stand with our ally,” the senator said": a sentence that opens with a
short phrase naming the topic, then the quote and its tag. The topic is the writer's way
into the quote, not words of the speaker, so the quote is direct and the topic stays out
of it. A clause before the quote may be the speaker's paraphrase and keeps it mixed.
Expected rows are what an editor would mark: (content, kind, type, speaker mention)."""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "On Israel, “we will stand with our ally,” the senator said.\n",
            [("“we will stand with our ally,”", "direct", "speech", "the senator")],
        ),
        (
            "As for the deadline, “we will not meet it,” Smith said.\n",
            [("“we will not meet it,”", "direct", "speech", "Smith")],
        ),
        (
            "As for Mr. Trump's more extreme pronouncements, “I kind of write them off,” said Mr. Pike.\n",
            [("“I kind of write them off,”", "direct", "speech", "Mr. Pike")],
        ),
        # a clause before the quote may be the speaker's: one mixed quote
        (
            "If the levy fails, “we will close two schools,” the superintendent said.\n",
            [("If the levy fails, “we will close two schools,”", "mixed", "speech", "the superintendent")],
        ),
        # the writer's subject carries on into the quote: mixed
        (
            "In the end, the plan “failed miserably,” she said.\n",
            [("In the end, the plan “failed miserably,”", "mixed", "speech", "she")],
        ),
    ],
)
def test_a_topic_before_a_quote_stays_outside_it(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# ---- words uttered in a pair: "chanted “A” and “B”" ----------------------------------
#
# A quote joined by "and", "or" or a comma to the words a verb of uttering introduces is
# more of what was uttered, by the same speaker. The pair is one direct quote, the
# writer's "and" between its two quoted parts, as annotators mark it; the second part
# used to be lost (or, when the parse hung both on the verb, the pair was called mixed).


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Supporters chanted “Build the wall!” and “Lock her up!”\n",
            [("“Build the wall!” and “Lock her up!”", "direct", "speech", "Supporters")],
        ),
        (
            "Mr. Trump alternately shouted “Get them out of here” and “Be nice.”\n",
            [("“Get them out of here” and “Be nice.”", "direct", "speech", "Mr. Trump")],
        ),
        # the comma inside the marks: nothing else between the two
        (
            "Fans chanted “Ole, ole, ole,” “We are the champions.”\n",
            [("“Ole, ole, ole,” “We are the champions.”", "direct", "speech", "Fans")],
        ),
        # the parse may hang both on the verb: the same one quote
        (
            "Protesters outside the courthouse chanted “No justice, no peace” or “Hands up, don't shoot.”\n",
            [("“No justice, no peace” or “Hands up, don't shoot.”", "direct", "speech", "Protesters outside the courthouse")],
        ),
        # a quote standing on its own after the chant is not part of it
        (
            "Supporters chanted “Build the wall!” “We will win,” the mayor said.\n",
            [
                ("“Build the wall!”", "direct", "speech", "Supporters"),
                ("“We will win,”", "direct", "speech", "the mayor"),
            ],
        ),
    ],
)
def test_a_quote_coordinated_with_words_uttered_joins_them(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


def test_each_of_two_coordinated_quotes_is_checked_against_the_transcript_on_its_own(tmp_path):
    """“Get them out of here” and “Be nice.” are two things the mayor shouted, far apart in
    the recording: each is verbatim there, though the two together are not one run."""
    import json

    from typer.testing import CliRunner

    from quoteaudit.cli import app

    (tmp_path / "rally.txt").write_text(
        "MAYOR ANA LOPEZ: Get them out of here. Thank you all for coming tonight, it means a lot to me. Be nice.\n",
        encoding="utf-8",
    )
    (tmp_path / "draft.txt").write_text(
        "Mayor Ana Lopez spoke at the rally on Friday.\n\nAs protesters were led out, Lopez alternately shouted “Get them out of here” and “Be nice.”\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["audit", str(tmp_path / "draft.txt"), "--evidence", str(tmp_path / "rally.txt"), "--format", "json", "--no-cache"])
    quotes = json.loads(result.stdout)["documents"][0]["quotes"]
    assert [(q["text"], q["evidence"]["status"]) for q in quotes] == [("“Get them out of here” and “Be nice.”", "verbatim")]


# ---- finding a person somewhere is seeing, not a report ---------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Police found him lying on the floor of the garage.\n", []),
        ("The FBI found them hiding in a closet.\n", []),
        # what a document shows of a person is what it says
        (
            "A video of the episode shows her clutching her cellphone.\n",
            [("her clutching her cellphone", "indirect", "document", "A video of the episode")],
        ),
    ],
)
def test_a_person_found_somewhere_is_not_a_finding(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# ---- more impressions held by nobody: "appeared paralyzed", "seems like", "because it appeared to"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "As the videos spread, the campaign team appeared paralyzed.\n",
            [("the campaign team … paralyzed", "indirect", "perception_stance", None)],
        ),
        (
            "The new stadium might seem like an odd choice for a city this size.\n",
            [("The new stadium … like an odd choice for a city this size", "indirect", "perception_stance", None)],
        ),
        (
            "The ruling matters because it appears to undercut the mayor's argument.\n",
            [("it … to undercut the mayor's argument", "indirect", "perception_stance", None)],
        ),
        # "like" is the impression here, not a verb of liking; an inner attribution of the
        # subject's own still says more than the impression around it
        (
            "The senator seemed to suggest that the bill was dead.\n",
            [("the bill was dead", "indirect", "speech", "The senator")],
        ),
    ],
)
def test_more_impressions_held_by_nobody(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# ---- "As the mayor put it, “…”" ------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("As the mayor put it, “We are broke.”\n", [("“We are broke.”", "direct", "speech", "the mayor")]),
        (
            "As Steven Rosenthal, a tax lawyer, recently put it, “Did he lower his taxes through legal means?”\n",
            [("“Did he lower his taxes through legal means?”", "direct", "speech", "Steven Rosenthal")],
        ),
        # a place is no manner of saying: no speaker named
        ("As the mayor put it on the table, “We are broke.”\n", [("“We are broke.”", "direct", "speech", None)]),
    ],
)
def test_as_someone_put_it_names_the_speaker(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# ---- a quote in capitals cut by its tag is speech, not a title -------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "“Like Oakland. Or Ferguson,” Trump said. “The crime numbers are worse.”\n",
            [("“Like Oakland. Or Ferguson,” … “The crime numbers are worse.”", "direct", "speech", "Trump")],
        ),
        (
            "“It's all Facebook, Instagram and Snapchat,” the student said.\n",
            [("“It's all Facebook, Instagram and Snapchat,”", "direct", "speech", "the student")],
        ),
        # titles set off by commas stay titles
        ("His comedy special, “Latin History for Dummies,” opens on Monday.\n", []),
        ("In his autobiography, “A Time for Truth,” Mr. Cruz wrote about his father.\n", []),
    ],
)
def test_a_quote_in_capitals_cut_by_its_tag_is_speech(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


def test_a_view_seen_as_by_nobody_gets_no_source_from_the_story_around_it(nlp):
    """The view "is widely seen as" names no holder; the mayor quoted in the paragraph
    before is not its source, and the claims stage still asks who believes it (QA302)."""
    from quoteaudit.ingest import read_string
    from quoteaudit.pipeline import audit_article

    text = (
        "Mayor Daniel Okafor said he would sign the budget.\n\n"
        "The plan is widely seen as a test of the mayor's promise to rebuild transit.\n"
    )
    article = read_string(text, "txt")[0]
    audit = audit_article(article, nlp(article.text))
    view = next(q for q in audit.quotes if q.cue_lemma == "see")
    assert (view.source, view.held_by_nobody, view.strength) == (None, True, None)
    assert [f.rule for f in audit.findings if f.rule == "QA302"] == ["QA302"]


def test_a_reputation_held_by_nobody_gets_no_source_from_the_story_around_it(nlp):
    """"is known for" names no holder either: the mayor quoted just before is not its source."""
    from quoteaudit.ingest import read_string
    from quoteaudit.pipeline import audit_article

    text = "Mayor Daniel Okafor said he would sign the budget. The city is known for its crumbling bridges.\n"
    article = read_string(text, "txt")[0]
    audit = audit_article(article, nlp(article.text))
    view = next(q for q in audit.quotes if q.cue_lemma == "know")
    assert (view.source, view.held_by_nobody, view.strength) == (None, True, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "“This is fantastic!” beamed Donald Hartley of Madison, Alabama.\n",
            [("“This is fantastic!”", "direct", "speech", "Donald Hartley")],
        ),
        ("“We did it,” she smiled.\n", [("“We did it,”", "direct", "speech", "she")]),
        # without a quote the verb of manner reports nothing
        ("She smiled at the crowd and waved.\n", []),
    ],
)
def test_a_verb_of_manner_after_a_quote_is_its_tag(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


# ---- what a document shows, inside someone's report, is that report's -------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "According to the state Department of Environmental Protection, samples taken in July showed lead levels three times the legal limit.\n",
            [("samples taken in July showed lead levels three times the legal limit", "indirect", "speech", "the state Department of Environmental Protection")],
        ),
        (
            "The mayor said a 2022 audit found that the agency had overspent.\n",
            [("a 2022 audit found that the agency had overspent", "indirect", "speech", "The mayor")],
        ),
        # nested speech keeps both layers
        (
            "The report said officials told investigators that the dam was safe.\n",
            [
                ("officials told investigators that the dam was safe", "indirect", "document", "The report"),
                ("the dam was safe", "indirect", "speech", "officials"),
            ],
        ),
    ],
)
def test_a_finding_inside_a_report_is_the_reports(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


def test_a_trailing_according_to_is_not_part_of_what_was_said(nlp):
    rows = quote_rows(nlp, "The company said it would cut 1,200 jobs, mostly in its German plants, according to a statement.\n")
    assert rows == [("it would cut 1,200 jobs, mostly in its German plants", "indirect", "speech", "The company")]
