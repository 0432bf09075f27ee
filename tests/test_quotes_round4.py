"""Accuracy, round 4 (issue 16): general constructions found by reading PolNeAR train's
errors — where a report stops when its cue sits in a subordinate clause, a tag in the
middle of a report, the topic put to a speaker, the speaker's own next act, conjoined
verbs inside the reported clause, backing someone by name, and a lone surname before a
headline's colon. Newsroom sentences from every desk, each asserting every quote found:
its exact content span(s), kind, attribution type and speaker mention.

A case lists all the quotes the text has, in text order; a text that has none lists
none. Contents are written as they appear in the text (fragments joined by " … ").
"""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows

S, D, T, P, N = "speech", "document", "thought", "perception_stance", "noun"

CASES = [
    # ---- a cue in a fronted subordinate clause reports up to the clause's comma ------
    ("local: while X claimed, Y warned",
     "While the mayor claimed that the bridge was safe, engineers warned that it could collapse.",
     [("the bridge was safe", "indirect", S, "the mayor"), ("it could collapse", "indirect", S, "engineers")]),
    ("business: because the airline said",
     "Because the airline said the pilot had been cleared, the union called off the strike.",
     [("the pilot had been cleared", "indirect", S, "the airline")]),
    # ---- a subordinate cue is a clause of its own, not a tag on the clause before -----
    ("politics: until he said",
     "The senator kept quiet for weeks, until he said in May that he would seek a fourth term.",
     [("he would seek a fourth term", "indirect", S, "he")]),
    ("politics: when he expressed concern",
     "The governor avoided criticism of the front-runner until recent days, when he expressed concern that the billionaire was encouraging violence at rallies.",
     [("the billionaire was encouraging violence at rallies", "indirect", N, "he")]),
    # ---- a tag in the middle: the condition after it belongs to the report -----------
    ("labor: if the city raises wages", "The strike will end, union leaders said, if the city raises wages by 3 percent.",
     [("The strike will end … if the city raises wages by 3 percent", "indirect", S, "union leaders")]),
    ("business: when the plant opens", "Prices will rise, the company said, when the new plant opens.",
     [("Prices will rise … when the new plant opens", "indirect", S, "the company")]),
    ("schools: a fronted condition before the tag", "If the levy fails, the superintendent said, the district will close two schools.",
     [("If the levy fails … the district will close two schools", "indirect", S, "the superintendent")]),
    ("schools: a fronted cause before the tag", "Because the tests were late, the principal said, grades will be delayed.",
     [("Because the tests were late … grades will be delayed", "indirect", S, "the principal")]),
    ("business: a fronted attribution before a tag keeps its own",
     'So when the company signaled last summer that it was going to make a deal, Mr. Barrett said, "we were floored."',
     [("it was going to make a deal", "indirect", S, "the company"), ('"we were floored."', "direct", S, "Mr. Barrett")]),
    ("city hall: a time clause without a tag is the writer's", "When the meeting ended, the mayor said the budget was fine.",
     [("the budget was fine", "indirect", S, "the mayor")]),
    ("local: asked if is a complementizer", "Reporters asked if the mayor would resign.",
     [("the mayor would resign", "indirect", S, "Reporters")]),
    # ---- the topic put to a speaker is not the speaker's quote -----------------------
    ("local: asked about the delay", "Asked about the delay, the mayor said the contractor had gone bankrupt.",
     [("the contractor had gone bankrupt", "indirect", S, "the mayor")]),
    ("statehouse: when asked about", "When asked about the budget, the governor said cuts were coming.",
     [("cuts were coming", "indirect", S, "the governor")]),
    ("sports: was asked about", "The striker was asked about his future on Tuesday.", []),
    ("national: asked about, set off", "The minister, asked about the leak, said she had ordered an inquiry.",
     [("she had ordered an inquiry", "indirect", S, "The minister")]),
    # ---- the speaker's next act, joined on with a pronoun, is the writer's story ------
    ("politics: and he railed against",
     "Councilman Diaz said the real problem is Mayor Karen Wu, and he railed against the budget office.",
     [("the real problem is Mayor Karen Wu", "indirect", S, "Councilman Diaz")]),
    ("weather: and she lifted the curfew", "The governor said the storm had passed, and she lifted the curfew.",
     [("the storm had passed", "indirect", S, "The governor")]),
    ("sports: and he canceled practice", "The coach said his team was exhausted, and he canceled Friday's practice.",
     [("his team was exhausted", "indirect", S, "The coach")]),
    # ---- a conjoined verb of another form than the cue goes on with the report --------
    ("world: he'd sit Putin down and tell him", "Trump says he’d sit Putin down and tell him “no more nonsense.”",
     [("he’d sit Putin down and tell him “no more nonsense.”", "mixed", S, "Trump")]),
    ("local: is overcrowded and sending", "The county says the jail is overcrowded and sending inmates to other counties.",
     [("the jail is overcrowded and sending inmates to other counties", "indirect", S, "The county")]),
    ("markets: would cut and signal", "Analysts said the bank would cut rates and signal more cuts to come.",
     [("the bank would cut rates and signal more cuts to come", "indirect", S, "Analysts")]),
    ("sports: will reopen and host", "The club says the stadium will reopen in May and host the cup final.",
     [("the stadium will reopen in May and host the cup final", "indirect", S, "The club")]),
    # ... and one of the cue's own form is the cue's subject's second report
    ("statehouse: said … and warned", "The mayor said the council had approved the budget and warned that taxes would rise.",
     [("the council had approved the budget", "indirect", S, "The mayor"), ("taxes would rise", "indirect", S, "The mayor")]),
    ("courts: says … and insists", "The coach says the team will appeal the ruling and insists it did nothing wrong.",
     [("the team will appeal the ruling", "indirect", S, "The coach"), ("it did nothing wrong", "indirect", S, "The coach")]),
    # ---- backing or opposing someone by name is a stance ------------------------------
    ("politics: supported him", "Both of the state's senators strongly supported him.",
     [("him", "indirect", P, "Both of the state's senators")]),
    ("elections: backed a candidate", "The union backed Kloppenburg in April.",
     [("Kloppenburg", "indirect", P, "The union")]),
    ("elections: oppose her", "Most delegates from Ohio oppose her.",
     [("her", "indirect", P, "Most delegates from Ohio")]),
    # ... a movement is no stance
    ("traffic: backed it up the ramp", "The pickup truck backed it up the ramp.", []),
    ("traffic: backed the van into the garage", "The driver backed the van into the garage.", []),
    ("city hall: backed off is a stance", "The mayor backed off most of his budget cuts.",
     [("most of his budget cuts", "indirect", P, "The mayor")]),
    # ---- a noun for a stance's holder: the person it describes ------------------------
    ("schools: a supporter of, in apposition", "Sen. Maria Diaz, a longtime supporter of the school levy, spoke first.",
     [("the school levy", "indirect", N, "Sen. Maria Diaz")]),
    ("city hall: is a critic of", "The councilwoman is an outspoken critic of the stadium deal.",
     [("the stadium deal", "indirect", N, "The councilwoman")]),
    ("local: supporters with nobody named", "Supporters of the plan rallied outside city hall.", []),
    # ---- a finite cue of another tense inside the report is a new attribution ---------
    # (the mayor's promise, retold by the spokesman, is the spokesman's account and stays
    # in his quote: quotes._someone_elses_words_retold)
    ("health: says X promised … and said", "The spokesman says the mayor promised to fund the clinic and said she would visit it.",
     [("the mayor promised to fund the clinic", "indirect", S, "The spokesman"),
      ("she would visit it", "indirect", S, "the mayor")]),
    # ---- a lone surname before a headline's colon, named elsewhere in the article -----
    ("world: Sanders: … with the full name below",
     "Sanders: Brexit’s message could draw Trump support in the US.\n\n"
     "NEW YORK (AFP) – Senator Bernie Sanders said on Friday that the same anger could help Trump.",
     [("Brexit’s message could draw Trump support in the US", "indirect", S, "Sanders"),
      ("the same anger could help Trump", "indirect", S, "Senator Bernie Sanders")]),
    ("local: a surname nobody else names", "Smith: The plan will fail in the spring.\n\nThe council met on Monday.", []),
    ("business: a label is no surname", "Budget: Taxes will rise next year.\n\nThe mayor spoke on Monday.", []),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_round4_case(nlp, case):
    _, text, expected = case
    assert quote_rows(nlp, text) == expected
