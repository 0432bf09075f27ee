"""Accuracy, round 6 (issue 16): known wrong readings of general quote constructions —
a fronted subordinate clause with a report of its own ("Although the mayor said …,
engineers disagreed"), "as" with a verb of talking ("As the minister spoke, …"), and
the others listed by section below. Newsroom sentences from every desk, each asserting
every quote found: its exact content span(s), kind, attribution type and speaker mention.

A case lists all the quotes the text has, in text order; a text that has none lists
none. Contents are written as they appear in the text (fragments joined by " … ").
"""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows

S, D, T, P, N = "speech", "document", "thought", "perception_stance", "noun"

CASES = [
    # ---- a fronted subordinate clause with a report of its own: the report is its own
    # speaker's, and the verb after the comma is no tag on the clause ------------------
    ("infrastructure: although X said, engineers disagreed",
     "Although the mayor said the bridge was safe, engineers disagreed.",
     [("the bridge was safe", "indirect", S, "the mayor")]),
    ("police: while police said, witnesses described",
     "While police said the fire was accidental, neighbors disagreed.",
     [("the fire was accidental", "indirect", S, "police")]),
    ("business: though the company said, analysts objected",
     "Though the company said profits would rise, several analysts objected.",
     [("profits would rise", "indirect", S, "the company")]),
    ("city hall: although X said, Y said",
     "Although the mayor said the bridge was safe, engineers said it needed repairs.",
     [("the bridge was safe", "indirect", S, "the mayor"), ("it needed repairs", "indirect", S, "engineers")]),
    ("police: a closing tag still reports a fronted 'as' clause the parse hung the main clause on",
     "As front-runner Jane Doe prepared to speak to voters in Reno on Friday, a 15-year-old girl outside the venue was pepper-sprayed by another bystander, police said.",
     [("As front-runner Jane Doe prepared to speak to voters in Reno on Friday, a 15-year-old girl outside the venue was pepper-sprayed by another bystander",
       "indirect", S, "police")]),
    # ---- a reported clause of two words, subject and verb, is a whole report -----------
    ("business: the company said sales fell",
     "The company said sales fell.",
     [("sales fell", "indirect", S, "The company")]),
    ("police: police said she fled",
     "Police said she fled.",
     [("she fled", "indirect", S, "Police")]),
    ("city hall: 'he said so' reports nothing",
     "The mayor said so.", []),
    ("politics: a verb standing in for one left out is no report",
     "Do voters still trust her? The senator said they do.", []),
    # ---- "as" with a verb of talking says when, not what was said ----------------------
    ("foreign: as the minister spoke, video showed",
     "As the minister spoke to reporters, protesters gathered outside the ministry.", []),
    ("city hall: as the mayor spoke, protesters chanted",
     "As the mayor spoke, protesters chanted outside.", []),
    ("diplomacy: as the leaders talked, aides said",
     "As the two leaders talked, aides said a deal was close.",
     [("a deal was close", "indirect", S, "aides")]),
    # ... while "as" with a verb of saying is the tag on its clause
    ("statehouse: as the governor noted, fronted",
     "As the governor noted, the state has a surplus.",
     [("the state has a surplus", "indirect", S, "the governor")]),
    # ---- posting or writing on a platform reports what was posted, before or after ----
    ("community: the charity posted on Facebook that",
     "The charity posted on Facebook that donations had doubled.",
     [("donations had doubled", "indirect", S, "The charity")]),
    ("police: the sheriff's office posted on Facebook that",
     "The sheriff's office posted on Facebook that the suspect had been arrested.",
     [("the suspect had been arrested", "indirect", S, "The sheriff's office")]),
    ("transport: closing tag, the agency posted on X",
     "The road will stay closed until Friday, the agency posted on X.",
     [("The road will stay closed until Friday", "indirect", S, "the agency")]),
    ("transport: the agency wrote on X that",
     "The agency wrote on X that the bridge would reopen Monday.",
     [("the bridge would reopen Monday", "indirect", S, "The agency")]),
    ("community: a quote the charity posted",
     "“We need volunteers this weekend,” the charity posted on Facebook.",
     [("“We need volunteers this weekend,”", "direct", S, "the charity")]),
    # ... posting a photo is an act, not a report
    ("arts: posted a photo", "The museum posted a photo of the painting on Instagram.", []),
    # ---- a party-and-state label after a lawmaker's name: the content keeps its closing
    # bracket, and the label neither ends the speaker nor takes the speaker's place ------
    ("congress: content ending on a label",
     "Schumer said he had spoken with Rep. Jim Jordan (R-Ohio).",
     [("he had spoken with Rep. Jim Jordan (R-Ohio)", "indirect", S, "Schumer")]),
    ("congress: content with two labels",
     "Officials said the plan was drafted by Sen. Ted Cruz (R-Texas) and Sen. Mike Lee (R-Utah).",
     [("the plan was drafted by Sen. Ted Cruz (R-Texas) and Sen. Mike Lee (R-Utah)", "indirect", S, "Officials")]),
    ("congress: two labelled speakers",
     "Sen. Ted Cruz (R-Texas) and Sen. Mike Lee (R-Utah) said the bill was dead.",
     [("the bill was dead", "indirect", S, "Sen. Ted Cruz (R-Texas) and Sen. Mike Lee")]),
    ("congress: labelled speaker, quote first",
     "“This bill is a disaster,” said Rep. Maxine Waters (D-Calif.).",
     [("“This bill is a disaster,”", "direct", S, "Rep. Maxine Waters")]),
    ("congress: labelled speaker in an inverted mid tag",
     "The bill, said Sen. Ted Cruz (R-Texas), is a disaster for farmers.",
     [("The bill … is a disaster for farmers", "indirect", S, "Sen. Ted Cruz")]),
    ("congress: inverted mid tag, labelled, the name read as the clause's subject",
     "The tax, said Rep. Jim Jordan (R-Ohio), would hurt families.",
     [("The tax … would hurt families", "indirect", S, "Rep. Jim Jordan")]),
    ("statehouse: inverted mid tag without a label",
     "The tax, said Rep. Jim Jordan, would hurt families.",
     [("The tax … would hurt families", "indirect", S, "Rep. Jim Jordan")]),
    # ---- a participle of telling or asking framing the speaker: the one told is the
    # subject, never the teller; what follows "said" is the subject's report ----------
    ("statehouse: told that, fronted",
     "Told that the vote had failed, the senator said she was disappointed.",
     [("the vote had failed", "indirect", S, None), ("she was disappointed", "indirect", S, "the senator")]),
    ("labor: told that, fronted, plural subject",
     "Told that the plant would close, workers said they were stunned.",
     [("the plant would close", "indirect", S, None), ("they were stunned", "indirect", S, "workers")]),
    ("weather: warned that, fronted",
     "Warned that the storm would hit overnight, residents said they would stay.",
     [("the storm would hit overnight", "indirect", S, None), ("they would stay", "indirect", S, "residents")]),
    ("sports: asked whether, set off after the subject",
     "The coach, asked whether he would resign, said he would not.",
     [("he would resign", "indirect", S, None), ("he would not", "indirect", S, "The coach")]),
    # ---- a tag right after the coordinator of two clauses: both clauses are the report,
    # in two fragments ------------------------------------------------------------------
    ("city hall: and, the mayor said,",
     "Taxes will rise and, the mayor said, services will be cut.",
     [("Taxes will rise … services will be cut", "indirect", S, "the mayor")]),
    ("business: and, the company said,",
     "The plant will close and, the company said, 300 jobs will be lost.",
     [("The plant will close … 300 jobs will be lost", "indirect", S, "the company")]),
    ("schools: but, police said,",
     "The roads are icy but, police said, most schools will open on time.",
     [("The roads are icy … most schools will open on time", "indirect", S, "police")]),
    # ---- a dash between two numbers is a score or a range, never an aside ------------
    ("sports: score after the cue",
     "The coach said the team won 3 - 2 in overtime.",
     [("the team won 3 - 2 in overtime", "indirect", S, "The coach")]),
    ("sports: score ending the content",
     "The coach said the final score was 3 - 2.",
     [("the final score was 3 - 2", "indirect", S, "The coach")]),
    ("sports: score before a closing tag",
     "Rangers won 3 - 2, the league said.",
     [("Rangers won 3 - 2", "indirect", S, "the league")]),
    ("police: a range of numbers",
     "Police said 10 - 15 people were hurt in the crash.",
     [("10 - 15 people were hurt in the crash", "indirect", S, "Police")]),
    # ... while a pair of dashes around words is still the writer's aside
    ("city hall: a dashed aside",
     "The mayor said the plan - which passed on Tuesday - would cut costs.",
     [("the plan … would cut costs", "indirect", S, "The mayor")]),
    # ---- a dash (or colon) closed up to the quote mark introduces the quote as a spaced
    # one does -------------------------------------------------------------------------
    ("sports: said—“…”", "He said—“We will win.”",
     [("“We will win.”", "direct", S, "He")]),
    ("sports: the coach said—“…”", "The coach said—“We played badly and we know it.”",
     [("“We played badly and we know it.”", "direct", S, "The coach")]),
    ("statehouse: said:“…” closed up", "The senator said:“We will not back down.”",
     [("“We will not back down.”", "direct", S, "The senator")]),
    ("opinion: a closed-up sign-off", "“We will not back down.”—Sen. Maria Lopez",
     [("“We will not back down.”", "direct", S, "Sen. Maria Lopez")]),
    ("sports: quote, closed-up dash, tag", "“We will win”—the coach said on Tuesday.",
     [("“We will win”", "direct", S, "the coach")]),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_round6_case(nlp, case):
    _, text, expected = case
    assert quote_rows(nlp, text) == expected
