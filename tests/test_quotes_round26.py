"""Round 26 (issue 16, section 3, "Not speech"): quotes that are nobody's words.

* ``A super PAC called Future 45 ran ads``, ``His group, called the Virginia Conservation
  Legacy Fund, will still own the property``: a participle of naming on a noun gives its
  name; the parse that reads it as a verb of saying takes the name, or the main clause,
  for what was said;
* ``as Eric Garner's mother said before he died``, ``Spencer said, as young fighters
  worked out``: a clause of time or circumstance hung on the cue tells when the words
  were said, not what;
* ``Everything Trump says is a lie``: the report is a relative clause on the subject, and
  the sentence's predicate is the writer's, not the speaker's;
* ``“…,” said David Brock, a Clinton confidant``: an inverted tag after a quote names
  the speaker; the parse may read the name as a second report;
* ``Trump may want to check his stats``: the writer's advice; ``Republicans seeking the
  presidency``: running for an office, no wish reported; ``not authorized to discuss the
  investigation``: the reason a source is not named;
* ``'A change warrior.'`` on a line of its own: a subheading in single marks, no quote;
* ``found himself embroiled in controversy``, ``showed me where he slept``: no finding;
* ``it is too soon to say``, ``All told,``, ``as Kerry continues to pursue diplomacy``,
  ``Revealed: …``: the writer's idioms and labels, no report;
* follow-on sentences (claims.follow_on_quotes) that are the reporter's own narration:
  a subject pointing back at what was reported ("That outcome would …"), a request for
  comment that went unanswered, a new event told in the past tense.

Expected rows are what an editor would mark: (content as written, kind, attribution type,
speaker mention). Every row of the sentence is listed, so a stray quote fails too."""

from __future__ import annotations

import pytest

from quoteaudit.claims import follow_on_quotes
from quoteaudit.ingest import read_string
from tests._quotes import quote_rows
from tests.test_claims import _with_sources


@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle of naming on a noun: the name is no quote, and no more is the main clause
        ("His nonprofit group, called the Virginia Conservation Legacy Fund, will still own the property until it pays back the loan.\n", []),
        ("A newly formed super PAC called Future 45 ran its first round of ads in Iowa and New Hampshire.\n", []),
        ("He and his two older sisters joined a resistance movement called the Ethiopian People's Revolutionary Party.\n", []),
        ("The conservative groups spent $768,000 on mail, including one PAC called Stop Hillary.\n", []),
        ("A blog, called the Feed, pumps out articles and trivia quizzes every day.\n", []),
        ("A new super PAC called Our Principles is ramping up its operations in Iowa.\n", []),
        # guards: a name someone gives a person or thing named is their label
        (
            "In a tweet, one lawmaker called Trump “the orange prince of American self-publicity.”\n",
            [("Trump “the orange prince of American self-publicity.”", "mixed", "speech", "one lawmaker")],
        ),
        ("Trump called the merger “a terrible deal” on Monday.\n", [("“a terrible deal”", "mixed", "speech", "Trump")]),
        # a clause of time or circumstance on the cue: when it was said, not what
        ("Nothing changed, as Eric Garner's mother said before he died.\n", []),
        (
            "“His legend will live on,” Spencer said, as a few young fighters worked out inside the gym.\n",
            [("“His legend will live on,”", "direct", "speech", "Spencer")],
        ),
        # guards: a "while" clause opening what was said, and a time phrase before the that-clause
        ("The mayor said that while prices rose, wages fell behind.\n", [("while prices rose, wages fell behind", "indirect", "speech", "The mayor")]),
        ("The senator said before the vote that the bill would fail.\n", [("the bill would fail", "indirect", "speech", "The senator")]),
        # the report is a relative clause on the subject; the predicate is the writer's
        ("Everything Trump says is a lie unless proven otherwise.\n", []),
        ("Everything the mayor says is a promise he won't keep.\n", []),
        # guard: in a relative clause on a thing named, what follows the cue is what was said of it
        (
            "Mrs. Clinton's Iraq war vote, which she has repeatedly said was a mistake, hurt her in 2008.\n",
            [("was a mistake", "indirect", "speech", "she")],
        ),
    ],
)
def test_round26_not_speech(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


REPORT = "Clinton leads Trump by 5 points among likely voters, the Marist poll said."


@pytest.mark.parametrize(
    "second",
    [
        "That outcome would be a stunning surprise and a political game changer.",  # the reporter weighing it
        "Such a maneuver would go against the popular vote in 12 states.",
        "Pittman could not immediately be contacted for comment on the 12 findings.",  # an unanswered request
        "The campaign declined to comment on the 5-point gap.",
        "Three people were killed and more than 260 were injured in the blast.",  # a new event narrated
        "The museum also waived its $23.50 admission fee during the convention.",
    ],
)
def test_round26_the_reporters_own_narration_carries_no_account_on(nlp, second):
    text = f"{REPORT} {second}"
    (article,) = read_string(text, "text", path="a.txt")
    quotes = _with_sources(text, [("Clinton leads Trump by 5 points among likely voters", "the Marist poll", "s1")])
    assert follow_on_quotes(nlp(text), article, quotes) == []


@pytest.mark.parametrize(
    "second, carried",
    [
        # the poll's next figure, and people of its own account, carry it on
        ("Among women, her lead is 12 points.", "Among women, her lead is 12 points"),
        ("Those voters would give her 51 percent of the vote.", "Those voters would give her 51 percent of the vote"),
    ],
)
def test_round26_the_sources_next_figure_still_carries_on(nlp, second, carried):
    text = f"{REPORT} {second}"
    (article,) = read_string(text, "text", path="a.txt")
    quotes = _with_sources(text, [("Clinton leads Trump by 5 points among likely voters", "the Marist poll", "s1")])
    (follow,) = follow_on_quotes(nlp(text), article, quotes)
    assert (follow.text, follow.source) == (carried, "s1")


@pytest.mark.parametrize(
    "text, expected",
    [
        # an inverted tag after a direct quote: the name and what the writer says of the
        # speaker are no second report
        (
            "“What's shaping up is a battle for the ages,” said David Brock, a Clinton confidant who heads the pro-Clinton super PAC Correct the Record.\n",
            [("“What's shaping up is a battle for the ages,”", "direct", "speech", "David Brock")],
        ),
        (
            "''I'm more skilled with my hands than I am with my brain,'' said Robin Maynard, half joking.\n",
            [("''I'm more skilled with my hands than I am with my brain,''", "direct", "speech", "Robin Maynard")],
        ),
        (
            "“We should oppose that,” said Jim Bopp, a conservative member of the Platform Committee, told reporters last month.\n",
            [("“We should oppose that,”", "direct", "speech", "Jim Bopp")],
        ),
        # "may want to", "might want to": the writer's advice, no wish of its subject
        ("Donald Trump may want to check his stats.\n", []),
        ("But investors expecting a big deal in the next few months may want to think twice.\n", []),
        ("Mrs. Clinton might want to try to deliver one.\n", []),
        # guard: a wish reported
        ("Sanders said he wants to break up the big banks.\n", [("he wants to break up the big banks", "indirect", "speech", "Sanders")]),
        # seeking an office is running for it
        ("Two of the Republicans seeking the presidency have released their fundraising totals.\n", []),
        ("Incumbent Rep. Cynthia Lummis was not seeking a fifth term.\n", []),
        ("All the Republicans seeking the White House raced into the first debate of 2016.\n", []),
        # guard: seeking to do something is still what the group wants
        ("The group is seeking to overturn the law before the election.\n", [("to overturn the law before the election", "indirect", "thought", "The group")]),
        # the reason a source is not named: what they would not be named for discussing
        (
            "Officials, speaking on the condition of anonymity because they were not authorized to discuss the investigation, said that it did appear to have some merit.\n",
            [("it did appear to have some merit", "indirect", "speech", "Officials")],
        ),
        (
            "A White House official, who requested anonymity to discuss a private conversation, said the president also has spoken with the mayor.\n",
            [("the president also has spoken with the mayor", "indirect", "speech", "A White House official")],
        ),
        # guard: a permission to speak is no reason for anonymity
        (
            "The hedge fund sold its stake one day before Mr. Loeb was allowed to speak out about the company.\n",
            [("the company", "indirect", "noun", "Mr. Loeb")],
        ),
    ],
)
def test_round26_writers_narration_is_no_report(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a short quotation in single marks on a line of its own is a subheading
        ("The board that had once seen Fiorina as the company's savior turned on her. She was fired.\n\n'A change warrior.'\n\nFiorina has been forced to revisit those years on the campaign trail.\n", []),
        (
            "The campaign says it is looking for a running mate.\n\n'We're vetting VP candidates!'\n\nIt is awkward to audition for vice president in public.\n",
            [("it is looking for a running mate", "indirect", "speech", "The campaign")],
        ),
        (
            'Trump has sought to assure Jewish voters of his loyalty.\n\n\'Totally pro-Israel.\'\n\nStill, Trump told the crowd he was "totally pro-Israel" and would move the embassy.\n',
            [
                ("to assure Jewish voters of his loyalty", "indirect", "thought", "Trump"),
                ('he was "totally pro-Israel" and would move the embassy', "mixed", "speech", "Trump"),
            ],
        ),
        # guards: a paragraph of speech in double marks, and a single-quoted one with its tag
        ('The union voted on Tuesday.\n\n"We are not going anywhere."\n\nThe words came from the union\'s president, Maria Lopez.\n', [('"We are not going anywhere."', "direct", "speech", None)]),
        (
            "The mayor spoke last.\n\n'It was a hard year for the city, and I won't pretend otherwise,' she told the council.\n",
            [("'It was a hard year for the city, and I won't pretend otherwise,'", "direct", "speech", "she")],
        ),
    ],
)
def test_round26_a_single_quoted_subheading_is_no_quote(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "found himself": ended up somewhere; nothing found out, nothing documented
        ("The senator once again found himself embroiled in controversy after the debate.\n", []),
        ("Fox News found itself playing host to those candidates night after night.\n", []),
        ("The leading candidates found themselves increasingly targeted Sunday by challengers with little time left.\n", []),
        # a person showing someone a place
        ("Back at the bungalow, he led me down the corridor and showed me where he slept.\n", []),
        # guards: a finding, a recording showing a person, what a person showed to be so
        ("Auditors found that the agency had overpaid contractors by $3 million.\n", [("the agency had overpaid contractors by $3 million", "indirect", "document", "Auditors")]),
        ("A video recording showed him grabbing the reporter by the arm.\n", [("him grabbing the reporter by the arm", "indirect", "document", "A video recording")]),
        (
            "The mayor showed us that the budget was balanced for the first time in a decade.\n",
            [("the budget was balanced for the first time in a decade", "indirect", "document", "The mayor")],
        ),
    ],
)
def test_round26_finding_oneself_and_showing_someone_are_no_finding(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "it is too soon to say", "it's fair to say": the writer judging what can be said
        ("It is too soon to say how severe the damage to the campaign might be.\n", []),
        ("Sanders has a net positive of nine points, although it's fair to say that one reason is that he has faced fewer attacks.\n", []),
        # "all told": in all
        ("All told, up to 5 million undocumented people could be eligible for the programs.\n", []),
        # "continues to …": aspect, not "continued" as a verb of saying
        ("In the meantime, as Mr. Kerry continues to pursue diplomacy, the situation in Syria is growing ever murkier.\n", []),
        ("Yet as Centerview continues gaining momentum, the question is whether the firm is built to last.\n", []),
        # a headline's label before a colon
        ("Revealed: Here Are The Conservatives The Establishment Has Blacklisted.\n\nIn the political version of the story, several names appear.\n", []),
        # guards: "continued" and "told" as verbs of saying
        ("“Yes,” Issa continued, “the FBI should look at the case.”\n", [("“Yes,” … “the FBI should look at the case.”", "direct", "speech", "Issa")]),
        ("The minister told reporters the talks would resume on Monday.\n", [("the talks would resume on Monday", "indirect", "speech", "The minister")]),
    ],
)
def test_round26_writers_idioms_of_saying_are_no_report(nlp, text, expected):
    assert quote_rows(nlp, text) == expected
