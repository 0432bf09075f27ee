"""Closing tags and that-clauses the parse gets wrong (issue 16, span edges): a report
whose words the parse hung on the cue ("…, if bogus, ideas …, she said") is still the
clause before the tag, and a that-clause after the cue is its content even when the
parse also hangs the sentence before a dash on it. Newsroom sentences, each asserting
every quote found: its exact content span(s), kind, attribution type and speaker mention.
"""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows

S = "speech"

CASES = [
    # ---- a closing tag, whatever the parse made of the clause before it --------------
    ("media: an aside inside the report, the cue taken for an adverbial of it",
     "Television has also made it possible for people with like-minded, if bogus, ideas and theories to organize into movements and reach voters, she said.",
     [("Television has also made it possible for people with like-minded, if bogus, ideas and theories to organize into movements and reach voters", "indirect", S, "she")]),
    ("local: a noun of the report taken for a second subject of the cue",
     "The forum has also made it possible for people with odd, if harmless, hobbies and interests to organize into clubs and reach others, she said.",
     [("The forum has also made it possible for people with odd, if harmless, hobbies and interests to organize into clubs and reach others", "indirect", S, "she")]),
    ("housing: the complement cut at an aside, the rest hung on the cue",
     "The new rules make it easier for landlords with unpaid, if modest, debts and fines to evict tenants and sell homes, she said.",
     [("The new rules make it easier for landlords with unpaid, if modest, debts and fines to evict tenants and sell homes", "indirect", S, "she")]),
    ("pensions: the same before a tag with the people told",
     "The law has made it possible for people with modest, if growing, savings and pensions to retire earlier, the minister told parliament.",
     [("The law has made it possible for people with modest, if growing, savings and pensions to retire earlier", "indirect", S, "the minister")]),
    ("business: a condition before the tag stays in the report",
     "Prices will rise if fuel costs keep climbing, the company said.",
     [("Prices will rise if fuel costs keep climbing", "indirect", S, "the company")]),
    ("local: the writer's concession before the tag does not",
     "The bridge is safe, even though inspectors found cracks last year, the mayor said.",
     [("The bridge is safe", "indirect", S, "the mayor")]),
    ("business: a plain closing tag with a day",
     "The plant will close in March and 200 jobs will go, the company said on Tuesday.",
     [("The plant will close in March and 200 jobs will go", "indirect", S, "the company")]),
    ("courts: told with the person told",
     "The appeal had been filed on time, the lawyer told reporters.",
     [("The appeal had been filed on time", "indirect", S, "the lawyer")]),
    # ---- what is no closing tag ------------------------------------------------------
    ("politics: a fronted phrase with no clause is nobody's report",
     "After the vote, he said nothing.", []),
    ("local: a time clause before the tag has no report",
     "After the vote on Tuesday, he said.", []),
    ("world: a fronted absolute phrase is no report",
     "With the trade deal finalized, the two ministers talked about moving on.", []),
    ("politics: a relative clause after a comma is no tag",
     "The senator lost three states to her rival, who added to her lead in delegates.", []),
    ("world: a preposition after the cue brings its own content",
     "Since the ceasefire began, the two ministers have talked about reopening the border.",
     [("reopening the border", "indirect", S, "the two ministers")]),
    # ---- a that-clause after the cue is the content, not the sentence before a dash ---
    ("politics: told the AP that, after a dash",
     "The campaign is struggling — he told the AP that his task is to prove to voters that he is tough.",
     [("his task is to prove to voters that he is tough", "indirect", S, "he")]),
    ("business: said that, after a dash",
     "Sales were flat — the chief executive said that the company would cut 300 jobs.",
     [("the company would cut 300 jobs", "indirect", S, "the chief executive")]),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_tag_case(nlp, case):
    _, text, expected = case
    assert quote_rows(nlp, text) == expected


# ---- a colon label: the speaker is the name, not the topic after it nor the title alone ----
LABELS = [
    ("politics: a surname and a topic", "Warren on the tax bill: “It is a giveaway to the rich.”",
     [("“It is a giveaway to the rich.”", "direct", S, "Warren")]),
    ("politics: a title, a name and a topic", "Senator Warren on the bill: “It is a giveaway to the rich.”",
     [("“It is a giveaway to the rich.”", "direct", S, "Senator Warren")]),
    ("local: a role and a topic", "The mayor on the budget: “We cannot afford it.”",
     [("“We cannot afford it.”", "direct", S, "The mayor")]),
    ("world: a place after the speaker is the topic", "The mayor on Ukraine: “We stand with them.”",
     [("“We stand with them.”", "direct", S, "The mayor")]),
    ("local: a day before the colon says when, not who",
     "The mayor spoke twice this week. Then, on Tuesday: “We will not back down.”",
     [("“We will not back down.”", "direct", S, None)]),
]


@pytest.mark.parametrize("case", LABELS, ids=[c[0] for c in LABELS])
def test_colon_label_case(nlp, case):
    _, text, expected = case
    assert quote_rows(nlp, text) == expected


# ---- whom it was said to is not what was said ---------------------------------------------
AUDIENCES = [
    ("natsec: described the raid to reporters", "A Pentagon spokesman described the raid to reporters on Tuesday.",
     [("the raid", "indirect", "noun", "A Pentagon spokesman")]),
    ("courts: described her ordeal to the jury", "She described her ordeal to the jury.",
     [("her ordeal", "indirect", "noun", "She")]),
    ("people: an engagement to someone is what was announced", "He announced his engagement to Jerry Hall in January.",
     [("his engagement to Jerry Hall", "indirect", "noun", "He")]),
]


@pytest.mark.parametrize("case", AUDIENCES, ids=[c[0] for c in AUDIENCES])
def test_audience_case(nlp, case):
    _, text, expected = case
    assert quote_rows(nlp, text) == expected


# ---- the cue phrases of cue_phrases.txt ------------------------------------------------------
PHRASES = [
    ("business: as reported by, closing the sentence",
     "The economy grew 3 percent last quarter, as reported by the Commerce Department.",
     [("The economy grew 3 percent last quarter", "indirect", S, "the Commerce Department")]),
    ("local: as reported by, opening the sentence", "As reported by the Times, the mayor will resign.",
     [("the mayor will resign", "indirect", S, "the Times")]),
    ("politics: in the words of, in the middle", "The plan was, in the words of one aide, dead on arrival.",
     [("The plan was … dead on arrival", "indirect", S, "one aide")]),
    ("politics: in the words of, opening the sentence", "In the words of the governor, the budget is a disaster.",
     [("the budget is a disaster", "indirect", S, "the governor")]),
]


@pytest.mark.parametrize("case", PHRASES, ids=[c[0] for c in PHRASES])
def test_cue_phrase_case(nlp, case):
    _, text, expected = case
    assert quote_rows(nlp, text) == expected


# ---- a per cent sign ends the figure, not the content ------------------------------------------
FIGURES = [
    ("politics: a poll's standing", "A new poll shows Clinton leading Trump 49% to 41%.",
     [("Clinton leading Trump 49% to 41%", "indirect", "document", "A new poll")]),
    ("local: turnout", "The mayor said turnout rose to 62%.",
     [("turnout rose to 62%", "indirect", S, "The mayor")]),
]


@pytest.mark.parametrize("case", FIGURES, ids=[c[0] for c in FIGURES])
def test_figure_case(nlp, case):
    _, text, expected = case
    assert quote_rows(nlp, text) == expected
