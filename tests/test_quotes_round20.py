"""Round 20: speech that was missed whole — questions put with "if" or a wh-clause, requests
made in a participle, reports in a relative clause whose pronoun is what was said of, a
clause the parser hangs on the cue as an adverbial, a clause cut to "he would" — and two
idioms of the writer's that read as reports ("That said, …", "Call it …").

* ``The mayor asked the students if they were ready``: "if" opens the question asked,
  not a condition (the parser hangs it on "asked" as an adverbial clause);
* ``…, asking them to host fundraisers``: a request with its addressee, made in a
  participle, is a report as "asked them to" is;
* ``the server, which he described as “like an open orchid”``, ``the drawdown, which
  they say left a vacuum``: the pronoun stands for the thing, and the "as" phrase or the
  clause after the cue is what was said of it — two pieces of one report.

Expected rows are what an editor would mark: (content as written, kind, attribution type,
speaker mention). Every row of the sentence is listed, so a stray quote fails too."""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows


@pytest.mark.parametrize(
    "text, expected",
    [
        # a yes-no question put to someone, its "if" read as a condition by the parser
        (
            "Then the mayor asked the students if they were ready for the storm.\n",
            [("if they were ready for the storm", "indirect", "speech", "the mayor")],
        ),
        (
            "Hannity asked Trump on Wednesday if the wall was still in his plans.\n",
            [("if the wall was still in his plans", "indirect", "speech", "Hannity")],
        ),
        (
            "A reporter asked the governor if the budget would be balanced by June.\n",
            [("if the budget would be balanced by June", "indirect", "speech", "A reporter")],
        ),
        # asked in the passive: the one asked is no speaker, and nobody else is named
        (
            "During an interview in August, the actress was asked if she’d ever been discriminated against.\n",
            [("if she’d ever been discriminated against", "indirect", "speech", None)],
        ),
        (
            "The campaign manager was asked during a luncheon if the candidate would hold a news conference.\n",
            [("if the candidate would hold a news conference", "indirect", "speech", None)],
        ),
        # a request with its addressee, made in a participle
        (
            "The chairman is calling donors himself, asking them to host fundraisers.\n",
            [("them to host fundraisers", "indirect", "speech", "The chairman")],
        ),
        (
            "The campaign sent a text message to supporters, asking them not to stage protests inside the hall.\n",
            [("them not to stage protests inside the hall", "indirect", "speech", "The campaign")],
        ),
        (
            "The coach met the players after practice, advising them to rest before the final.\n",
            [("them to rest before the final", "indirect", "speech", "The coach")],
        ),
        (
            "The two chairmen sent the referral to the prosecutor, asking him to investigate the testimony.\n",
            [("him to investigate the testimony", "indirect", "speech", "The two chairmen")],
        ),
        # a relative pronoun described "as" something: the pronoun and the "as" phrase
        (
            "The hacker broke into the server, which he described as “like an open orchid.”\n",
            [("which … as “like an open orchid.”", "mixed", "speech", "he")],
        ),
        (
            "Republicans should rally behind Chris Christie, whom the columnist describes as having “a prosecutor's bearing.”\n",
            [("whom … as having “a prosecutor's bearing.”", "mixed", "speech", "the columnist")],
        ),
        (
            "The delegates must unite to defeat Donald Trump, who the senator blasted as a “bully and demagogue.”\n",
            [("who … as a “bully and demagogue.”", "mixed", "speech", "the senator")],
        ),
        (
            "Observers walked with the marchers, whom the spokesman described as “peaceful,” for the length of the route.\n",
            [("whom … as “peaceful,”", "mixed", "speech", "the spokesman")],
        ),
        # a relative pronoun that is the subject of the reported clause
        (
            "Voters are focused on the troop drawdown, which they say left a vacuum for militants.\n",
            [("which … left a vacuum for militants", "indirect", "speech", "they")],
        ),
        (
            "The district adopted the common standards, which the superintendent argued help students who change schools.\n",
            [("which … help students who change schools", "indirect", "speech", "the superintendent")],
        ),
        (
            "The board looked again at the old department, which he argued seeks to restore equity in funding.\n",
            [("which … seeks to restore equity in funding", "indirect", "speech", "he")],
        ),
        # a question put with a wh-clause after "about" or "on" is the question, not a topic
        (
            "When pressed on why the plan leaves out fathers, the mayor replied that it was a start.\n",
            [
                ("why the plan leaves out fathers", "indirect", "speech", None),
                ("it was a start", "indirect", "speech", "the mayor"),
            ],
        ),
        (
            "The senator was pressed on why he had skipped the vote.\n",
            [("why he had skipped the vote", "indirect", "speech", None)],
        ),
        # the reported clause after a phrase of time, hung on the cue as an adverbial
        (
            "The radio host recalled in 2008 that before Iowa, the senator was not taken seriously by his listeners.\n",
            [("before Iowa, the senator was not taken seriously by his listeners", "indirect", "speech", "The radio host")],
        ),
        # a reported clause cut to its subject and a modal
        (
            "The vote on the nominee is expected next week. Jeff Flake said he would.\n",
            [("he would", "indirect", "speech", "Jeff Flake")],
        ),
        (
            "The board can still block the sale. Its chairman said it could.\n",
            [("it could", "indirect", "speech", "Its chairman")],
        ),
    ],
)
def test_round20_missed_speech(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "That said," is the writer's concession, "that" no speaker
        "Sanders is campaigning in Wisconsin and could split the vote. That said, Cruz cannot realistically win the nomination outright.\n",
        "The network's ratings rose again in March. That said, Fox News's audience tends to be older.\n",
        # "Call it …" is the writer naming what was just described
        "The channel revived a series that went off the air 25 years ago. Call it a familiarity fetish.\n",
        "The party raised $2 million the day after the hack. Call it viral fundraising.\n",
    ],
)
def test_round20_writers_idioms_are_no_report(nlp, text):
    assert quote_rows(nlp, text) == []
