"""Accuracy, round 2: newsroom sentences from every desk, each asserting every quote found
— its exact content span(s), kind, attribution type and speaker mention.

A case lists all the quotes the sentence has, in text order; a sentence that has none
lists none. Contents are written as they appear in the text (fragments joined by " … ").
"""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows

S, D, T, P, N = "speech", "document", "thought", "perception_stance", "noun"

CASES = [
    # ---- 1. the kind of attribution ------------------------------------------------
    ("wire: speech", "The minister said the border would reopen on Monday.",
     [("the border would reopen on Monday", "indirect", S, "The minister")]),
    ("wire: a report's words are a document", "The report said the agency ignored repeated warnings about the dam.",
     [("the agency ignored repeated warnings about the dam", "indirect", D, "The report")]),
    ("local: data as the subject of a finding verb", "A county survey counted more than 5,000 homeless people in January.",
     [("more than 5,000 homeless people", "indirect", D, "A county survey")]),
    ("business: the filing lists", "The filing lists three shell companies as owners of the tower.",
     [("three shell companies as owners of the tower", "indirect", D, "The filing")]),
    ("science: the data show", "The data show that enrollment fell for a third straight year.",
     [("enrollment fell for a third straight year", "indirect", D, "The data")]),
    ("business: court records show", "Court records show the company paid $2 million in fines.",
     [("the company paid $2 million in fines", "indirect", D, "Court records")]),
    ("national security: fears that", "Intelligence officials fear the militia will move north before winter.",
     [("the militia will move north before winter", "indirect", T, "Intelligence officials")]),
    ("local: believes", "The superintendent believes the new schedule will cut absences.",
     [("the new schedule will cut absences", "indirect", T, "The superintendent")]),
    ("sports: hopes to", "The striker hopes to return from injury before the derby.",
     [("to return from injury before the derby", "indirect", T, "The striker")]),
    ("wire: wants to", "The president wants to sign the bill before the holiday recess.",
     [("to sign the bill before the holiday recess", "indirect", T, "The president")]),
    ("business: plans to", "The airline plans to cut 2,000 jobs by the end of the year.",
     [("to cut 2,000 jobs by the end of the year", "indirect", T, "The airline")]),
    ("local: supports", "The mayor supports a new tax on vacant homes.",
     [("a new tax on vacant homes", "indirect", P, "The mayor")]),
    ("wire: opposes", "The union opposes the merger of the two railways.",
     [("the merger of the two railways", "indirect", P, "The union")]),
    ("columns: sees X as Y", "Most economists see the tariff as a tax on consumers.",
     [("the tariff as a tax on consumers", "indirect", P, "Most economists")]),
    ("national security: a noun carries it", "The general's warning that the base could fall went unheeded.",
     [("the base could fall", "indirect", N, "The general")]),
    ("wire: a claim made", "Trump made the claim that the election was rigged.",
     [("the election was rigged", "indirect", N, "Trump")]),
    ("local: voiced concern that", "Parents voiced concern that the crossing was unsafe.",
     [("the crossing was unsafe", "indirect", N, "Parents")]),
    ("wire: his threat to", "His threat to sue the newspaper drew wide criticism.",
     [("to sue the newspaper", "indirect", N, "His")]),
    ("sports: her support for", "Her support for the stadium deal surprised the council.",
     [("the stadium deal", "indirect", N, "Her")]),
    ("business: a speech verb with only an object reports no words", "The company denied the allegations on Tuesday.",
     [("the allegations", "indirect", N, "The company")]),
    ("wire: announced a plan", "The governor announced a plan to rebuild the port.",
     [("a plan to rebuild the port", "indirect", N, "The governor")]),
    ("wire: announced that", "The governor announced that the port would be rebuilt.",
     [("the port would be rebuilt", "indirect", S, "The governor")]),
    ("local: warned of", "The forecaster warned of flooding along the river.",
     [("flooding along the river", "indirect", N, "The forecaster")]),
    ("wire: declined to comment is no quote", "A spokesman for the ministry declined to comment.", []),
    # a raising verb's view with no holder is an attribution (PolNeAR, PARC), held by nobody:
    # it is the article's own framing (see test_quotes_round10.py for what the editor sees)
    ("local: a belief of nobody in particular has no holder", "The bridge is expected to reopen in May.",
     [("The bridge … to reopen in May", "indirect", T, None)]),
    ("wire: a belief inside someone's words stays in them", "Stein said she plans to join the protest on Monday.",
     [("she plans to join the protest on Monday", "indirect", S, "Stein")]),
    # ---- 2. content span edges ---------------------------------------------------
    ("wire: a tag in the middle", "The plan, he said, is dead.",
     [("The plan … is dead", "indirect", S, "he")]),
    ("business: a tag between coordinated clauses", "Wages will rise, officials said, and prices will fall.",
     [("Wages will rise … prices will fall", "indirect", S, "officials")]),
    ("wire: stop before a non-restrictive relative", "He said the plant would close, which would cost 300 jobs.",
     [("the plant would close", "indirect", S, "He")]),
    ("local: stop before a citing participle", "She said the museum would open in May, citing a new schedule.",
     [("the museum would open in May", "indirect", S, "She"), ("a new schedule", "indirect", N, "She")]),
    ("columns: stop before a concession", "Clinton said she opposed the war, even though there are clips of her supporting it.",
     [("she opposed the war", "indirect", S, "Clinton")]),
    ("local: a dash aside splits the content",
     "Police said the officer who shot Scott - Brentley Vinson, who was placed on leave - was not wearing a camera.",
     [("the officer who shot Scott … was not wearing a camera", "indirect", S, "Police")]),
    ("wire: a new attribution joined on is not content",
     "Half said the senator is honest, and a third said the same of the governor.",
     [("the senator is honest", "indirect", S, "Half"), ("the same of the governor", "indirect", S, "a third")]),
    ("wire: a that-clause joined on is content",
     "He said the army had increased its presence in the area and that it continues to fly patrols.",
     [("the army had increased its presence in the area and that it continues to fly patrols", "indirect", S, "He")]),
    ("wire: nested speech keeps both layers",
     "Rebels took the town last year, and local sources say they will push on to the coast, the report said.",
     [("Rebels took the town last year, and local sources say they will push on to the coast", "indirect", D, "the report"),
      ("they will push on to the coast", "indirect", S, "local sources")]),
    ("sports: a quote split around its tag", "“We played scared,” the coach said. “That cannot happen again.”",
     [("“We played scared,” … “That cannot happen again.”", "direct", S, "the coach")]),
    ("columns: a tag after the fronted subject", "The difference now, he told me on Friday, is that he is the anchor of a news program.",
     [("The difference now … is that he is the anchor of a news program", "indirect", S, "he")]),
    ("local: the speaker's next act is the writer's story",
     "She said fathers who adopt would not be eligible for the leave, and when pressed on why, she declined to answer.",
     [("fathers who adopt would not be eligible for the leave", "indirect", S, "She")]),
    ("wire: a lone connective before the tag", "Yet, as Mr. Bown observed, the tariffs would change everything in a week.",
     [("the tariffs would change everything in a week", "indirect", S, "Mr. Bown")]),
    ("national security: told an addressee to do something",
     "The commander told his troops at the base to “hold the line at all costs.”",
     [("his troops at the base to “hold the line at all costs.”", "mixed", S, "The commander")]),
    ("business: a mixed quote", "The chief executive said the company was “on track” to meet its targets.",
     [("the company was “on track” to meet its targets", "mixed", S, "The chief executive")]),
    # ---- 3. not speech, not article ------------------------------------------------
    ("local: finding a person is no report", "Officers found the man lying in the street.", []),
    ("local: seeing an event is no report", "She saw the car swerve into the crowd.", []),
    ("national security: negated saying", "The Pentagon has not said when the troops will leave.", []),
    ("columns: generic saying", "No one can say when the war will end.", []),
    ("columns: hypothetical saying", "Some would say the deal was a mistake.", []),
    ("local: negated seeing", "Police can't tell whether the fire was set.", []),
    ("nav: READ MORE", "READ MORE: “We are not done yet,” says coach", []),
    ("nav: WATCH", 'WATCH: "This is the moment the bridge fell"', []),
    ("caption: Photo", "Photo: “A hero’s welcome” in Dayton", []),
    ("promo: follow", "Follow Pam Key on Twitter @pamkeyNEN.", []),
    ("nav: a real sentence starting with More is kept", "More than 40 residents said the bridge should close.",
     [("the bridge should close", "indirect", S, "More than 40 residents")]),
    # ---- 5. quoted labels and scare quotes ---------------------------------------
    ("wire: called X “Y”", "He called the plan “reckless” and vowed to fight it.",
     [("“reckless”", "mixed", S, "He"), ("to fight it", "indirect", S, "He")]),
    # the verb of naming has no object of its own ("what"): the label is the words
    # alone, all inside the marks, so the quote is direct (session 36)
    ("local: what critics dub", "The council passed what critics dub “the rain tax.”",
     [("“the rain tax.”", "direct", S, "critics")]),
    ("business: dubbed with a subject", "Analysts have dubbed the merger “a marriage of convenience.”",
     [("“a marriage of convenience.”", "mixed", S, "Analysts")]),
    ("columns: described as", "She described the ruling as “a travesty.”",
     [("“a travesty.”", "mixed", S, "She")]),
    ("wire: a participle names, nobody speaks", "A bill dubbed “Obamacare” passed the Senate.", []),
    ("wire: so-called is a term", "The so-called “rain tax” passed on Tuesday.", []),
    ("local: a scare-quoted word in the writer's phrase", "Critics called the plan a “compromise” that nobody wanted.",
     [("the plan a “compromise” that nobody wanted", "mixed", S, "Critics")]),
    ("sports: a call for something is no label", "The players called for the coach to be “fired immediately.”",
     [("the coach to be “fired immediately.”", "mixed", S, "The players")]),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_round2_case(nlp, case):
    _, text, expected = case
    assert quote_rows(nlp, text) == expected


def test_every_desk_is_covered():
    desks = {c[0].split(":")[0] for c in CASES}
    assert {"wire", "local", "sports", "business", "science", "national security", "columns"} <= desks
