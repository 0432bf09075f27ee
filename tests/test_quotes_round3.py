"""Accuracy, round 3: newsroom sentences from every desk, each asserting every quote found
— its exact content span(s), kind, attribution type and speaker mention.

A case lists all the quotes the text has, in text order; a text that has none lists
none. Contents are written as they appear in the text (fragments joined by " … ").
"""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows

S, D, T, P, N = "speech", "document", "thought", "perception_stance", "noun"

CASES = [
    # ---- quoted labels the parser reads as the object's apposition ------------------
    ("local: called the plan “a mess”", 'The mayor called the parking plan "a mess." "We will fight it," the mayor said.',
     [('"a mess."', "mixed", S, "The mayor"), ('"We will fight it,"', "direct", S, "the mayor")]),
    ("sports: branded the owner", "Fans branded the owner “a traitor.”",
     [("“a traitor.”", "mixed", S, "Fans")]),
    ("local: nicknamed the bridge", "The mayor nicknamed the bridge “the eyesore.”",
     [("“the eyesore.”", "mixed", S, "The mayor")]),
    ("wire: an aside between object and label", "The senator called the bill, which passed on Tuesday, “a disaster.”",
     [("“a disaster.”", "mixed", S, "The senator")]),
    # ---- a quoted name in a reduced relative is nobody's words ----------------------
    ("sports: the native nicknamed “King James”",
     "Clinton says the Ohio native nicknamed “King James” is a dedicated advocate for children.",
     [("the Ohio native nicknamed “King James” is a dedicated advocate for children", "indirect", S, "Clinton")]),
    ("business: a product nicknamed", "The phone nicknamed “the brick” sold a million units.", []),
    # ---- promo lines inside a transcript's quotation marks ---------------------------
    ("columns: a quoted follow line", '"PENCE: We will win Iowa."\n\n"Follow Pam Key on Twitter @pamkeyNEN."',
     [('We will win Iowa."', "direct", S, "PENCE")]),
    ("wire: a quote that mentions Twitter is kept", '"Like many people on Twitter, I was shocked by the video," said Ms. Lee.',
     [('"Like many people on Twitter, I was shocked by the video,"', "direct", S, "Ms. Lee")]),
    # ---- verbs of judging aloud: a noun-phrase object is a noun attribution ----------
    ("wire: blasted", "The senator blasted the proposal on Tuesday.",
     [("the proposal", "indirect", N, "The senator")]),
    ("national security: condemned", "The foreign ministry condemned the missile test in the strongest terms.",
     [("the missile test", "indirect", N, "The foreign ministry")]),
    ("local: thanked X for Y", "The minister thanked volunteers for their work after the floods.",
     [("volunteers for their work", "indirect", N, "The minister")]),
    ("columns: bemoaned", "The author bemoaned the decline of local newspapers.",
     [("the decline of local newspapers", "indirect", N, "The author")]),
    ("sports: hailed", "The coach hailed the goalkeeper's performance as the best of his career.",
     # (a noun attribution like any noun-phrase object; round 5 of issue 16 stopped reading
     # the possessive's apostrophe as a quotation mark, which had made it speech)
     [("the goalkeeper's performance as the best of his career", "indirect", N, "The coach")]),
    ("wire: a British spelling", "Cameron criticised the plan in a speech to parliament.",
     [("the plan", "indirect", N, "Cameron")]),
    ("science: a British spelling with a clause", "The researchers emphasised that the sample was small.",
     [("the sample was small", "indirect", S, "The researchers")]),
    # ---- a voicing verb leaves a noun cue's clause to the noun -----------------------
    ("local: expressed concern that", "Residents expressed concern that the plant would pollute the river.",
     [("the plant would pollute the river", "indirect", N, "Residents")]),
    # ---- "in a poll": a document's findings ------------------------------------------
    ("wire: fronted in a poll", "In a Des Moines Register poll last month, Mr. Cruz had a 10-point lead.",
     [("Mr. Cruz had a 10-point lead", "indirect", D, "a Des Moines Register poll")]),
    ("local: set off at the end", "Turnout fell by a third in two years, in the county's own audit.",
     [("Turnout fell by a third in two years", "indirect", D, "the county's own audit")]),
    ("science: a fronted study finds both conjuncts", "In the study, the drug reduced deaths by 12 percent and shortened hospital stays.",
     [("the drug reduced deaths by 12 percent and shortened hospital stays", "indirect", D, "the study")]),
    ("wire: set off in the middle, it finds its own conjunct", "Sanders has sagged in the polls, and is coping with a controversy.", []),
    ("wire: in the polls, then a new clause", "Sanders has sagged, in the latest polls, and is coping with a sudden controversy over his staff.",
     [("Sanders has sagged", "indirect", D, "the latest polls")]),
    ("wire: where someone stands is no finding", "Rubio, who is third in the polls, stressed defense issues.", []),
    ("business: a number in a report", "Errors in the report were corrected on Friday.", []),
    ("wire: a cue of its own attributes", "In a statement, the company said the recall was voluntary.",
     [("the recall was voluntary", "indirect", S, "the company")]),
    # ---- speaker lines: "Source: statement" ------------------------------------------
    ("wire: headline with a source", "Clinton camp: Trump's rhetoric threatens national security\n\nThe campaign spoke on Monday.",
     [("Trump's rhetoric threatens national security", "indirect", S, "Clinton camp")]),
    ("columns: headline with quoted words", "Dr. Ben Carson: Hillary Clinton ‘Not Fit To Serve As President.’\n\nCarson spoke in Iowa.",
     [("Hillary Clinton ‘Not Fit To Serve As President.’", "mixed", S, "Dr. Ben Carson")]),
    ("local: a name with its party", "Rep. Jim Clyburn (D-S.C.): We are not done with this fight.",
     [("We are not done with this fight", "indirect", S, "Rep. Jim Clyburn (D-S.C.)")]),
    ("science: a poll is a document", "Poll: Sanders leads Clinton in New Hampshire\n\nThe poll was taken last week.",
     [("Sanders leads Clinton in New Hampshire", "indirect", D, "Poll")]),
    ("business: an instruction to the reader", "Pier budget: see page 4", []),
    ("wire: a place is no source", "Iowa: Trump 28 percent, Cruz 25 percent, Rubio 12 percent", []),
    ("wire: an update label is no source", "UPDATE: The vote count continues in three counties.", []),
    ("columns: a sentence before a colon", "But beware, Republicans: the fight is coming.\n\nClinton fares only a bit better: 54% have a negative view.", []),
    ("columns: a whole quotation after the colon is a direct quote", "Warren: ‘You Should Be Criminally Investigated.’",
     [("‘You Should Be Criminally Investigated.’", "direct", S, "Warren")]),
    # ---- nouns of saying ---------------------------------------------------------------
    ("wire: his attacks on", "His attacks on the press have grown sharper this month.",
     [("the press", "indirect", N, "His")]),
    ("local: her comments about", "Her comments about the school board drew a crowd to the meeting.",
     [("the school board", "indirect", N, "Her")]),
    ("wire: the senator's remark that", "The senator's remark that the tariffs would pay for themselves was false.",
     [("the tariffs would pay for themselves", "indirect", N, "The senator")]),
    ("sports: referring to", "The coach said the team was exhausted, referring to the three games in four nights.",
     [("the team was exhausted", "indirect", S, "The coach"), ("the three games in four nights", "indirect", N, "The coach")]),
    # ---- proving by deed, finding by looking ------------------------------------------
    ("columns: a person shows by deed", "She filed a criminal complaint to show that she had not lied.", []),
    ("wire: people have shown", "Reagan and Trump have shown they are willing to negotiate.", []),
    ("science: polls show", "Polls show that the race is tight.",
     [("the race is tight", "indirect", D, "Polls")]),
    ("business: finding a compromise is looking for one", "The justices are doing what they can to find common ground.", []),
    ("local: a judge finds a law wanting", "While a federal judge found that action unconstitutional, his decision was overturned.",
     [("that action unconstitutional", "indirect", D, "a federal judge")]),
    # ---- perception with a that-clause ---------------------------------------------------
    ("business: noticed that", "The auditor noticed that the numbers were off.",
     [("the numbers were off", "indirect", P, "The auditor")]),
    ("national security: discovered that", "Investigators discovered that the files had been deleted.",
     [("the files had been deleted", "indirect", P, "Investigators")]),
    ("local: discovering a thing is an act", "Investigators discovered the files in a closet.", []),
    ("business: signaled that", "The central bank signaled that rates would rise.",
     [("rates would rise", "indirect", S, "The central bank")]),
    # ---- the writer's idioms ------------------------------------------------------------
    ("columns: it goes without saying", "It goes without saying that higher taxes on the rich anger Republicans.", []),
    ("columns: it is worth noting", "It is worth noting that this is the first time in history.", []),
    ("local: left without saying", "The mayor left without saying whether she would return.", []),
    ("sports: find it hard to", "The veterans will find it difficult to win over the new coach.", []),
    ("business: need to find money", "Families will need to find a bit over $500 a month to hit the savings goal.", []),
    ("national security: a panel's finding", "The panel found it likely that the fire was set.",
     [("it likely that the fire was set", "indirect", D, "The panel")]),
    # ---- a modal before a view -----------------------------------------------------------
    ("local: would like to", "The governor would like to run again in 2020.",
     [("to run again in 2020", "indirect", P, "The governor")]),
    ("wire: may have thought", "Rahm Emanuel may have thought the worst was over in April.",
     [("the worst was over in April", "indirect", T, "Rahm Emanuel")]),
    ("columns: hypothetical thinking", "Many would think the plan is dead.", []),
    # ---- acts are not attributions ---------------------------------------------------
    ("national security: refused to leave", "On May 18, the jets struck the group after it entered the zone and refused to leave.", []),
    ("sports: defended the title", "The champion defended her title in straight sets.", []),
    ("business: dismissed workers", "The company dismissed 200 workers last year.", []),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_round3_case(nlp, case):
    _, text, expected = case
    assert quote_rows(nlp, text) == expected
