"""Round 28: closing tags the parse does not see (issue 16, reported speech and documents
missed whole).

* ``…, the poll found``, ``…, records show``: a document's closing tag reports everything
  before its comma, as a speaker's does, even where the parse makes the cue a relative
  clause on the last noun before the comma or hangs it on a modifier it reads as a verb;
* ``The rejection of the treaty signals “the beginning of the end” for the EU, he said``:
  quoted words inside a clause before a closing tag throw the parse (the verb becomes a
  noun), but the tag still reports the whole clause, one mixed quote;
* ``…, said Alan Abramowitz, a political scientist``: a closing tag with its speaker
  after the cue, where the parse made the report's subject a second subject of the cue;
* ``The mayor said the cuts “gut” the city’s parks department``: a verb quoted on its own
  is tagged as a noun, but the parse still gives it a subject and an object;
* ``Several polls show Sanders within two points of Clinton``: "within" a margin is where
  the poll puts its object, part of the finding as "with 47 percent" is;
* ``The economy, as one of the mayor's advisers pointed out, has grown``: a tag opened by
  "as" that the parse reads as a cue with two subjects;
* ``… three days after Trump told The Washington Post he was “not quite there yet”``: a
  report in a clause of time that the parse turns inside out, the reported clause made
  the main verb's complement and the cue hung on it;
* ``Ryan used the same words when asked in May if he would endorse Trump``: the question
  asked, hung by the parse on the main verb beside the cue as a condition;
* ``Multiple outlets reported on Wednesday the Secret Service had …``: the cue read as a
  reduced relative on its subject, the reported verb given two subjects.

Expected rows are what an editor would mark: (content as written, kind, attribution type,
speaker mention). Every row of the sentence is listed, so a stray quote fails too."""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows


@pytest.mark.parametrize(
    "text, expected",
    [
        # a document's closing tag the parse reads as a relative clause on "Trump"
        (
            "Eighty-four percent of Latino voters in Florida have an unfavorable view of Trump, the poll found.\n",
            [("Eighty-four percent of Latino voters in Florida have an unfavorable view of Trump", "indirect", "document", "the poll")],
        ),
        # quoted words inside the clause: the verb is read as a noun, nothing hangs on the cue
        (
            "The rejection of the treaty signals “the beginning of the end” for the EU, said Geert Wilders, the leader of the Dutch Freedom Party.\n",
            [("The rejection of the treaty signals “the beginning of the end” for the EU", "mixed", "speech", "Geert Wilders")],
        ),
        (
            "Those who take on heavy debt struggle, even with a “good” job, he said.\n",
            [("Those who take on heavy debt struggle, even with a “good” job", "mixed", "speech", "he")],
        ),
        # the speaker after the cue, the report's subject made a second subject of the cue
        (
            "The promise to “take our country back” appeals to older white voters, said Alan Abramowitz, a political scientist at Emory University.\n",
            [("The promise to “take our country back” appeals to older white voters", "mixed", "speech", "Alan Abramowitz")],
        ),
        (
            "The push to “make America great again” appeals to voters without college degrees, said Nate Cohn, an analyst.\n",
            [("The push to “make America great again” appeals to voters without college degrees", "mixed", "speech", "Nate Cohn")],
        ),
        # a verb quoted on its own, tagged as a noun: the clause still has its verb
        (
            "The mayor said the cuts “gut” the city’s parks department.\n",
            [("the cuts “gut” the city’s parks department", "mixed", "speech", "The mayor")],
        ),
        # where a poll puts its object: "within" a margin is part of the finding
        (
            "Several polls show Sanders within two points of Clinton.\n",
            [("Sanders within two points of Clinton", "indirect", "document", "Several polls")],
        ),
        (
            "A new Marist poll shows the governor within five points of the lead in Iowa.\n",
            [("the governor within five points of the lead in Iowa", "indirect", "document", "A new Marist poll")],
        ),
        # a tag opened by "as" that the parse gives two subjects: the one after "as" speaks
        (
            "The economy, as one of the mayor's advisers pointed out, has grown faster than expected.\n",
            [("The economy … has grown faster than expected", "indirect", "speech", "one of the mayor's advisers")],
        ),
        # a report in a clause of time, turned inside out by the parse
        (
            "The endorsement comes just three days after Trump told The Washington Post he was “not quite there yet” on supporting Ryan.\n",
            [("he was “not quite there yet” on supporting Ryan", "mixed", "speech", "Trump")],
        ),
        # "when asked … if …": the question hung on the main verb beside the cue; the
        # asker is not named
        (
            "Ryan used the same words when asked in May if he would endorse Trump.\n",
            [("if he would endorse Trump", "indirect", "speech", None)],
        ),
        (
            "Pence hesitated when asked last week if Trump would release his tax returns.\n",
            [("if Trump would release his tax returns", "indirect", "speech", None)],
        ),
        # a cue read as a reduced relative on its subject, the report's verb given two subjects
        (
            "Multiple outlets reported on Wednesday the Secret Service had “more than one conversation” with the campaign.\n",
            [("the Secret Service had “more than one conversation” with the campaign", "mixed", "speech", "Multiple outlets")],
        ),
        # guard: the same report the parse reads the right way round
        (
            "Several newspapers reported last week the governor had hired a lawyer.\n",
            [("the governor had hired a lawyer", "indirect", "speech", "Several newspapers")],
        ),
        # guard: the same clause of time the parse reads the right way round
        (
            "The vote comes a week after Smith told reporters he would oppose the bill.\n",
            [("he would oppose the bill", "indirect", "speech", "Smith")],
        ),
        # guards: closing tags of documents the parse already saw stay as they were
        (
            "The company paid no federal income tax in 2015, the documents show.\n",
            [("The company paid no federal income tax in 2015", "indirect", "document", "the documents")],
        ),
        (
            "The campaign spent $2 million on private jets last quarter, spending reports show.\n",
            [("The campaign spent $2 million on private jets last quarter", "indirect", "document", "spending reports")],
        ),
        # guard: a quote that is the whole clause is a direct quote with its own attribution
        (
            "“We will win this state,” said Mark Jones, a campaign aide.\n",
            [("“We will win this state,”", "direct", "speech", "Mark Jones")],
        ),
        # guard: a mid tag on a clause with quoted words keeps both pieces
        (
            "The new “fair tax” plan, officials said, would cut rates for most families.\n",
            [("The new “fair tax” plan … would cut rates for most families", "mixed", "speech", "officials")],
        ),
    ],
)
def test_round28_closing_tags_the_parse_missed(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # guard: a fronted clause of time before a document's tag reports nothing
        "Since the storm hit, the records show.\n",
        # guard: a noun phrase with a quoted name before a tag is no clause reported
        "The senator’s “Medicare for All” plan, she said.\n",
    ],
)
def test_round28_no_clause_before_the_tag(nlp, text):
    assert quote_rows(nlp, text) == []
