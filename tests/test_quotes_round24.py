"""Round 24: where an indirect quote's content ends — a contrast at its end, and a bare
verb the parse joins to the cue.

"…, although …", "…, though …", "…, while …", "…, whereas …", "…, despite doing …" after
the content: when the contrasting clause reports nothing of its own it is the source's own
reasoning and the content runs through it (PolNeAR's annotators mark it so: train, 14 of
15 such clauses). When it holds a report of its own ("…, while council members said …",
"…, though records show …"), sets a bare noun phrase against the report ("…, despite
the risk of a floor fight") or is an "even though", it is the writer's counterpoint and
the content stops before its comma.

"said money is needed to develop a vaccine, educate the public and learn more": the parse
may hang the second and third verbs of the content's infinitive on the cue; a bare verb
with no subject of its own right after the content is more of it. So is a "when" or
"because" clause the parse hangs on the cue right after the content: it says when or why
the reported thing holds; and a condition ("if", "unless", "until", "once") hung on the
cue of a pledge stays with what was pledged. A cue verb in the infinitive inside the
content ("needs to do more work to show that …") is more of the report, not a second
quote of the speaker's.

Each case is a newsroom sentence with the content an editor would mark."""

from __future__ import annotations

import pytest

from tests._quotes import detect, span


def _rows(nlp, text):
    text, det = detect(nlp, text)
    return text, [(q.text, q.speaker.text if q.speaker else None) for q in det.quotes]


# --- the source's own contrast: the content runs through it ------------------------


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "The union said the new contract was an improvement, although the raises are still too small.\n",
            "the new contract was an improvement, although the raises are still too small",
            "The union",
        ),
        (
            "She said she identifies as an independent, though she is registered as a Democrat.\n",
            "she identifies as an independent, though she is registered as a Democrat",
            "She",
        ),
        (
            "Officials said the bridge will reopen Monday, although repairs to the sidewalk will take longer.\n",
            "the bridge will reopen Monday, although repairs to the sidewalk will take longer",
            "Officials",
        ),
        (
            "The company said sales rose 4 percent in March, though profits fell slightly.\n",
            "sales rose 4 percent in March, though profits fell slightly",
            "The company",
        ),
        (
            "The spokesman said the mayor supports the plan, though some details could still change.\n",
            "the mayor supports the plan, though some details could still change",
            "The spokesman",
        ),
        (
            "The economist said China expects growth of 6.5 percent, while the United States will likely see 2 percent.\n",
            "China expects growth of 6.5 percent, while the United States will likely see 2 percent",
            "The economist",
        ),
        (
            "He said the new plan would cut costs, whereas the old one raised them.\n",
            "the new plan would cut costs, whereas the old one raised them",
            "He",
        ),
        # a poll's second figure: "favored" is a stance, not a report of its own
        (
            "The poll found that 48 percent of voters backed the mayor, while 41 percent favored his challenger.\n",
            "48 percent of voters backed the mayor, while 41 percent favored his challenger",
            "The poll",
        ),
        # "despite" with a gerund: the source conceding a point
        (
            "The coach said his team is not giving up, despite trailing by 12 games.\n",
            "his team is not giving up, despite trailing by 12 games",
            "The coach",
        ),
        (
            "The governor said she enjoyed the job, despite having little time for her family.\n",
            "she enjoyed the job, despite having little time for her family",
            "The governor",
        ),
    ],
)
def test_the_sources_own_contrast_is_part_of_the_content(nlp, text, content, speaker):
    got_text, rows = _rows(nlp, text)
    assert rows == [(content, speaker)]
    assert span(got_text, content)


# --- guards: the writer's counterpoint stays out --------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # a report of its own inside the contrast: two sources set against each other
        (
            "The mayor said the budget is balanced, while council members said it is not.\n",
            [("the budget is balanced", "The mayor"), ("it is not", "council members")],
        ),
        (
            "The chief said the officers acted properly, though records show they did not file a report.\n",
            [("the officers acted properly", "The chief"), ("they did not file a report", "records")],
        ),
        (
            "He said the tax would hurt families, even though many economists believe it would help them.\n",
            [("the tax would hurt families", "He"), ("it would help them", "many economists")],
        ),
        (
            "The senator said the vote was fair, although his aides told reporters he was furious.\n",
            [("the vote was fair", "The senator"), ("he was furious", "his aides")],
        ),
        # "even though": the writer's irony
        (
            "The senator said he would vote for the bill, even though he voted against it last year.\n",
            [("he would vote for the bill", "The senator")],
        ),
        # "despite" with a bare noun phrase: the writer's fact set against the report
        (
            "Supporters said the party should take up the issue at the convention, despite the risk of a floor fight.\n",
            [("the party should take up the issue at the convention", "Supporters")],
        ),
    ],
)
def test_the_writers_counterpoint_stays_out(nlp, text, expected):
    assert _rows(nlp, text)[1] == expected


# --- a bare verb the parse joins to the cue: more of the content's infinitive ---------


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "Public health experts said money is desperately needed to develop a vaccine, educate the public and "
            "learn more about the disease, which can be spread through water.\n",
            "money is desperately needed to develop a vaccine, educate the public and learn more about the disease",
        ),
        (
            "Public health experts said money is desperately needed to develop a vaccine, educate the public and "
            "learn more about the virus.\n",
            "money is desperately needed to develop a vaccine, educate the public and learn more about the virus",
        ),
        (
            "Local doctors said money is desperately needed to buy equipment, educate the public and learn more "
            "about the virus, which can be spread through mosquitoes.\n",
            "money is desperately needed to buy equipment, educate the public and learn more about the virus",
        ),
        (
            "On Monday’s episode of “The Morning Show,” the former governor and current Senate candidate said she "
            "wanted to speak “directly to young voters” and let them know that “this is their election.”\n",
            "she wanted to speak “directly to young voters” and let them know that “this is their election.”",
        ),
    ],
)
def test_a_bare_verb_joined_to_the_cue_is_more_of_the_content(nlp, text, content):
    got_text, rows = _rows(nlp, text)
    assert [c for c, _ in rows] == [content]
    assert span(got_text, content)


def test_a_participle_after_the_content_stays_out(nlp):
    # guard: a gerund after the clause is the writer's gloss, not a bare verb of the content
    text = "The campaign manager insisted the poll was a temporary dip, reflecting restlessness among voters.\n"
    assert _rows(nlp, text)[1] == [("the poll was a temporary dip", "The campaign manager")]


# --- a "when" or "because" clause the parse hangs on the cue after the content -------


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            'The chief said there remains a "serious gap in training and supervision," when it comes to how '
            "officers handle mental health calls.\n",
            'there remains a "serious gap in training and supervision," when it comes to how officers handle mental health calls',
            "The chief",
        ),
        (
            'The governor said there remains a "real divide between cities and farms," when it comes to how much '
            "water each may use.\n",
            'there remains a "real divide between cities and farms," when it comes to how much water each may use',
            "The governor",
        ),
        (
            'The auditor said there remains a "troubling lack of oversight," because nobody reviews the contracts.\n',
            'there remains a "troubling lack of oversight," because nobody reviews the contracts',
            "The auditor",
        ),
    ],
)
def test_when_or_why_hung_on_the_cue_is_part_of_the_content(nlp, text, content, speaker):
    got_text, rows = _rows(nlp, text)
    assert rows == [(content, speaker)]
    assert span(got_text, content)


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        # guards: "as" and "after" hung on the cue tell the writer's occasion
        (
            'The chief said there remains a "serious gap in training and supervision," as he left the closed-door meeting.\n',
            'there remains a "serious gap in training and supervision,"',
            "The chief",
        ),
        (
            'The governor said there remains a "real divide between cities and farms," after touring the reservoir on Monday.\n',
            'there remains a "real divide between cities and farms,"',
            "The governor",
        ),
    ],
)
def test_the_writers_occasion_hung_on_the_cue_stays_out(nlp, text, content, speaker):
    assert _rows(nlp, text)[1] == [(content, speaker)]


# --- a condition the parse hangs on the cue of a pledge -----------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "He vowed to impose a punishing tariff on imports of Fords unless the company cancels a $2.5 billion investment.\n",
            [("to impose a punishing tariff on imports of Fords unless the company cancels a $2.5 billion investment", "He")],
        ),
        (
            "He promised to slap a heavy tax on shipments of Oreos unless the company cancels its move to Mexico.\n",
            [("to slap a heavy tax on shipments of Oreos unless the company cancels its move to Mexico", "He")],
        ),
        # guards: what led to the pledge is the writer's story, and the other report in it
        # is a quote of its own
        (
            "He promised to slap a heavy tax on shipments of Oreos after the company announced its move to Mexico.\n",
            [("to slap a heavy tax on shipments of Oreos", "He"), ("its move to Mexico", "the company")],
        ),
        (
            "He promised to slap a heavy tax on shipments of Oreos, as the company announced its move to Mexico.\n",
            [("to slap a heavy tax on shipments of Oreos", "He"), ("its move to Mexico", "the company")],
        ),
    ],
)
def test_a_condition_on_a_pledge_stays_with_it(nlp, text, expected):
    assert _rows(nlp, text)[1] == expected


# --- a cue verb in the infinitive inside the content ---------------------------------


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "He said on Thursday that the mayor needs to do more work to show that she is a serious candidate "
            "who can unite the party.\n",
            "the mayor needs to do more work to show that she is a serious candidate who can unite the party",
            "He",
        ),
        (
            "Ryan said in the interview that the onus is on the governor to show that he can lead the state.\n",
            "the onus is on the governor to show that he can lead the state",
            "Ryan",
        ),
        (
            "Aides said she is likely to argue that with unemployment at 5 percent, it no longer makes sense to keep "
            "rates at zero.\n",
            "she is likely to argue that with unemployment at 5 percent, it no longer makes sense to keep rates at zero",
            "Aides",
        ),
    ],
)
def test_an_infinitive_cue_inside_the_content_is_part_of_it(nlp, text, content, speaker):
    got_text, rows = _rows(nlp, text)
    assert rows[0] == (content, speaker)  # the infinitive's own clause may be a quote as well
    assert span(got_text, content)


def test_a_participle_cue_after_the_content_is_a_quote_of_its_own(nlp):
    # guard: "…, warning that …" is the speaker's second cue, not more of the first content
    text = "The mayor said residents should leave the valley, warning that the river could flood by morning.\n"
    assert _rows(nlp, text)[1] == [
        ("residents should leave the valley", "The mayor"),
        ("the river could flood by morning", "The mayor"),
    ]
