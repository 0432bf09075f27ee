"""Accuracy, round 5 (issue 16): general constructions found by reading PolNeAR train's
errors — who asks when someone "was asked" or "was told", a passive cue whose holder is
its "by" phrase, judging one person aloud, a judgement with no verb ("consider the mayor
honest"), "pointed to" a reason, "see X as unfair", what a poll finds of the one it
names, and the senses of "see" that are no view. Newsroom sentences from every desk,
each asserting every quote found: its exact content span(s), kind, attribution type and
speaker mention.

A case lists all the quotes the text has, in text order; a text that has none lists
none. Contents are written as they appear in the text (fragments joined by " … ").
"""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows

S, D, T, P, N = "speech", "document", "thought", "perception_stance", "noun"

CASES = [
    # ---- the one asked or told is never the speaker: the by-phrase, or nobody named ----
    ("sports: was asked by reporters whether",
     "The coach was asked by reporters whether the team would appeal the ruling.",
     [("the team would appeal the ruling", "indirect", S, "reporters")]),
    ("statehouse: was asked whether, asker unnamed",
     "The governor was asked whether she would sign the bill.",
     [("she would sign the bill", "indirect", S, None)]),
    ("city hall: was told by aides", "The mayor was told by aides that the vote would fail.",
     [("the vote would fail", "indirect", S, "aides")]),
    ("schools: was urged by parents", "The superintendent was urged by parents to reopen the school.",
     [("to reopen the school", "indirect", S, "parents")]),
    ("schools: the asked inside a reported clause",
     "Parents were asked whether they would pay for buses, the district said.",
     # (the question, put by nobody named, stays in the district's account)
     [("Parents were asked whether they would pay for buses", "indirect", S, "the district")]),
    ("statehouse: asked whether, fronted", "Asked whether she would run again, the mayor said she had not decided.",
     [("she would run again", "indirect", S, None), ("she had not decided", "indirect", S, "the mayor")]),
    ("statehouse: asked whether, set off", "The mayor, asked whether she would run again, said she had not decided.",
     [("she would run again", "indirect", S, None), ("she had not decided", "indirect", S, "The mayor")]),
    ("business: when asked if", "When asked if the plant would close, the spokesman declined to comment.",
     [("the plant would close", "indirect", S, None)]),
    ("business: was quoted by is the one quoted", "He was quoted by the Gazette as saying the deal was dead.",
     [("the deal was dead", "indirect", S, "He")]),
    # ---- a passive cue with its holder in a by-phrase reports its subject -------------
    ("elections: rejected by voters", "The levy was rejected by 58 percent of voters.",
     [("The levy", "indirect", N, "58 percent of voters")]),
    ("media: first reported by", "The stadium deal was first reported by the Ledger.",
     [("The stadium deal", "indirect", N, "the Ledger")]),
    ("labor: endorsed by the union", "The new budget was endorsed by the teachers union on Monday.",
     [("The new budget", "indirect", P, "the teachers union")]),
    ("courts: praised by the governor", "The ruling was praised by Gov. Ana Lopes on Friday.",
     [("The ruling", "indirect", N, "Gov. Ana Lopes")]),
    # ... an act is no attribution, and with no by-phrase nobody is named
    ("police: arrested by police", "The suspect was arrested by state police on Friday.", []),
    ("city hall: criticized with nobody named", "The plan was criticized as too costly.", []),
    # ---- judging one person aloud: the name or pronoun is the content -----------------
    ("politics: criticized a rival by name", "The mayor criticized Alvarez during the debate.",
     [("Alvarez", "indirect", N, "The mayor")]),
    ("city hall: condemned him", "Two council members condemned him.",
     [("him", "indirect", N, "Two council members")]),
    # ---- a phrase right after the object goes on with what is said of it ---------------
    ("statehouse: praised X in the aftermath of Y",
     "The governor praised the mayor's leadership in the aftermath of the flood.",
     [("the mayor's leadership in the aftermath of the flood", "indirect", N, "The governor")]),
    ("elections: endorsed X for mayor", "The union has endorsed Diaz for mayor.",
     [("Diaz for mayor", "indirect", P, "The union")]),
    # ... not where, when or in what medium it was said
    ("statehouse: praised X in a statement", "The senator praised the plan in a statement.",
     [("the plan", "indirect", N, "The senator")]),
    ("city hall: criticized a name in the chamber", "The mayor criticized Alvarez in the council chamber.",
     [("Alvarez", "indirect", N, "The mayor")]),
    # ... and a possessive's apostrophe is no quotation mark: a noun phrase stays a noun
    ("national: criticized X's use", "The senator criticized Clinton’s use of a private server.",
     [("Clinton’s use of a private server", "indirect", N, "The senator")]),
    # ---- a judgement with no verb: subject and what is judged of it --------------------
    ("polls: consider the mayor honest", "Just a third of voters consider the mayor honest.",
     [("the mayor honest", "indirect", T, "a third of voters")]),  # "Just" stresses the share; it is no part of the holder (focusing_adverbs.txt)
    ("local: consider it a waste", "Most residents consider the new stadium a waste of money.",
     [("the new stadium a waste of money", "indirect", T, "Most residents")]),
    # ---- "pointed to" a reason, not a gesture -----------------------------------------
    ("politics: pointed to her record", "The senator pointed to her record on crime.",
     [("her record on crime", "indirect", N, "The senator")]),
    ("sports: pointed to the sky", "The striker pointed to the sky after scoring.", []),
    # ---- seeing or viewing something as what it is judged to be -----------------------
    ("polls: see the tax as unfair", "Four in 10 voters see the tax as unfair.",
     [("the tax as unfair", "indirect", P, "Four in 10 voters")]),
    ("farm: view the rules as too strict", "Most farmers view the new rules as too strict.",
     [("the new rules as too strict", "indirect", P, "Most farmers")]),
    ("economy: see that", "Most economists see that the recession is over.",
     [("the recession is over", "indirect", P, "Most economists")]),
    # ... but seeing what someone means, or waiting to see, holds no view
    ("not speech: I see what you mean", "I see what you mean.", []),
    ("not speech: will see whether", "The team will soon see whether the new lineup works.", []),
    ("not speech: no one can say", "No one can say when the bridge will reopen.", []),
    # ---- backing someone, in a participle that adds to its clause, or agreeing -------
    ("health: supporting her by a wide margin",
     "Nurses at the hospital were a big part of her coalition, supporting her by a wide margin.",
     [("her", "indirect", P, "Nurses at the hospital")]),
    ("city hall: agreed with the findings", "The chairman agreed with the committee's findings.",
     [("the committee's findings", "indirect", P, "The chairman")]),
    # ---- what a poll finds of the one it names: the standing belongs to the finding ----
    ("polls: shows X with a share", "A county survey shows the mayor with 41 percent of the vote.",
     [("the mayor with 41 percent of the vote", "indirect", D, "A county survey")]),
    ("polls: shows X points ahead", "One poll shows Diaz 6 points ahead of Lopes.",
     [("Diaz 6 points ahead of Lopes", "indirect", D, "One poll")]),
    ("polls: a share, not the day", "A new poll shows Diaz at 38 percent on Tuesday.",
     [("Diaz at 38 percent", "indirect", D, "A new poll")]),
    ("polls: polling showed", "The little polling done in the district showed a dead heat.",
     [("a dead heat", "indirect", D, "The little polling")]),
    # ---- quoted terms nobody is said to use are no quotes -----------------------------
    ("not speech: so-called", "The so-called “rain tax” returns to the ballot in May.", []),
    ("not speech: a scare quote", "The “temporary” fee has now lasted ten years.", []),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_round5_case(nlp, case):
    _, text, expected = case
    assert quote_rows(nlp, text) == expected


# ---- end to end: the source resolved for a question put to someone -------------------
ASKED = (
    "Gov. Ana Lopes spoke in Albany on Monday.\n\n"
    "The governor was asked by reporters whether she would sign the bill.\n\n"
    "Lopes was asked whether she would run again.\n\n"
    "Asked whether she would raise taxes, Lopes said she had no plans to."
)


def test_the_asker_is_the_source_of_a_question_put_to_someone(audit_text):
    audit = audit_text(ASKED)
    names = {s.id: s.name for s in audit.sources}
    rows = [(q.text, q.speaker.text if q.speaker else None, names.get(q.source)) for q in audit.quotes]
    assert rows == [
        ("she would sign the bill", "reporters", "reporters"),
        ("she would run again", None, None),
        ("she would raise taxes", None, None),
        ("she had no plans to", "Lopes", "Ana Lopes"),
    ]
