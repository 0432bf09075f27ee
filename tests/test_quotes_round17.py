"""Round 17: content span edges across attribution types.

Where the parse hangs part of what was said on the cue verb rather than on the content,
the content stopped short; PolNeAR's annotators mark the whole of it. Each case is a
newsroom sentence with the content an editor would mark and its speaker."""

from __future__ import annotations

import pytest

from tests._quotes import detect, span


def _content(nlp, text):
    text, det = detect(nlp, text)
    # the content as written, its fragments joined by " … " (a content split by an aside
    # shows the split)
    return text, [(q.text, q.speaker.text if q.speaker else None) for q in det.quotes]


# --- what a naming or pointing cue makes of its object: the "as" phrase after it -----


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("Critics referred to the plan as a tax on commuters.\n", "the plan as a tax on commuters", "Critics"),
        (
            "The chief repeatedly referred to the shooting as a tragedy for the whole city.\n",
            "the shooting as a tragedy for the whole city",
            "The chief",
        ),
        (
            "Residents pointed to the closed factory as the reason for the town's decline.\n",
            "the closed factory as the reason for the town's decline",
            "Residents",
        ),
        (
            "The coach described his team as exhausted after three games in four nights.\n",
            "his team as exhausted after three games in four nights",
            "The coach",
        ),
        ('Opponents referred to the measure as the "bathroom bill."\n', 'the measure as the "bathroom bill."', "Opponents"),
    ],
)
def test_the_as_phrase_after_the_object_is_what_was_said(nlp, text, content, speaker):
    got_text, rows = _content(nlp, text)
    assert rows == [(content, speaker)]
    assert span(got_text, content)  # the content is the sentence's own words


@pytest.mark.parametrize(
    "text, expected",
    [
        # guard: "as" opening a clause with a finite verb says when, not what
        (
            "Moscow is backing the government as the United States and France support the rebels.\n",
            [("the government", "Moscow"), ("the rebels", "the United States and France")],
        ),
        # guard: a second "as" clause of time stays out
        (
            "The council member described the hearing as a circus as reporters filed out.\n",
            [("the hearing as a circus", "The council member")],
        ),
    ],
)
def test_an_as_clause_of_time_is_not_what_was_said(nlp, text, expected):
    assert _content(nlp, text)[1] == expected


# --- the phrase the parse hangs on the verb right after the cue's object -------------


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "Sanders kept questioning Clinton's judgment in supporting the war in Iraq.\n",
            "Clinton's judgment in supporting the war in Iraq",
            "Sanders",
        ),
        (
            "Police reported at least 20 victims at a nonprofit center that serves adults with disabilities.\n",
            "at least 20 victims at a nonprofit center that serves adults with disabilities",
            "Police",
        ),
        (
            "She recalled an incident at a movie theater that left her friend in tears.\n",
            "an incident at a movie theater that left her friend in tears",
            "She",
        ),
        (
            "The senator's filing reported $15,000 in interest income from an investment in a food company.\n",
            "$15,000 in interest income from an investment in a food company",
            "The senator's filing",
        ),
    ],
)
def test_the_phrase_after_the_object_goes_on_with_it(nlp, text, content, speaker):
    assert _content(nlp, text)[1] == [(content, speaker)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # guards: where and when it was said stay out
        ("The mayor praised the budget at a time when the city faces a deficit.\n", [("the budget", "The mayor")]),
        ("The senator praised the plan at a forum on Tuesday.\n", [("the plan", "The senator")]),
    ],
)
def test_the_setting_after_the_object_stays_out(nlp, text, expected):
    assert _content(nlp, text)[1] == expected


# --- a second conjunct of the content that the parse joins to the cue verb ------------


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            'Cruz questioned Trump\'s "New York values" and his readiness to be commander in chief.\n',
            'Trump\'s "New York values" and his readiness to be commander in chief',
            "Cruz",
        ),
        (
            "Voters in the county see the mine as a lifeline and as the reason their town survived.\n",
            "the mine as a lifeline and as the reason their town survived",
            "Voters in the county",
        ),
        (
            "Adelson is a fierce supporter of the nation and close friend of the prime minister.\n",
            "the nation and close friend of the prime minister",
            "Adelson",
        ),
    ],
)
def test_a_noun_joined_to_the_cue_is_the_contents_second_conjunct(nlp, text, content, speaker):
    assert _content(nlp, text)[1] == [(content, speaker)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # guards: a verb joined to the cue is what the speaker did next; a different
        # preposition joined on says where, not what
        (
            "The mayor praised the firefighters and left the podium without taking questions.\n",
            [("the firefighters", "The mayor")],
        ),
        ("Most respondents embraced that idea in the poll, and across party lines.\n", [("that idea", "Most respondents")]),
    ],
)
def test_a_verb_or_a_setting_joined_to_the_cue_stays_out(nlp, text, expected):
    assert _content(nlp, text)[1] == expected


# --- a hyphenated word the parse splits into pieces -----------------------------------


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "Britain and France feared the re-emergence of a German colossus in Europe.\n",
            "the re-emergence of a German colossus in Europe",
            "Britain and France",
        ),
        (
            "Party leaders welcomed the re-election of the speaker by a wide margin.\n",
            "the re-election of the speaker",
            "Party leaders",
        ),
        # guard: a hyphenated word the parse keeps whole
        ("Critics feared the long-term costs of the plan.\n", "the long-term costs of the plan", "Critics"),
    ],
)
def test_content_never_ends_inside_a_hyphenated_word(nlp, text, content, speaker):
    assert _content(nlp, text)[1] == [(content, speaker)]


# --- an adverbial fronted in the reported clause, hung on the cue ---------------------


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "Rubio says win or lose in Tuesday's primary, he's staying in the race.\n",
            "win or lose in Tuesday's primary, he's staying in the race",
            "Rubio",
        ),
        (
            "The senator says win or lose, she will keep fighting for the bill.\n",
            "win or lose, she will keep fighting for the bill",
            "The senator",
        ),
        (
            "Rubio says no matter what happens in Florida, he's staying in the race.\n",
            "no matter what happens in Florida, he's staying in the race",
            "Rubio",
        ),
        # guard: when and to whom it was said stay out
        ("The mayor told reporters on Tuesday, the budget is balanced.\n", "the budget is balanced", "The mayor"),
    ],
)
def test_a_fronted_adverbial_after_the_cue_opens_the_report(nlp, text, content, speaker):
    assert _content(nlp, text)[1] == [(content, speaker)]


# --- a dash that goes on with the content, not an aside of the writer's ----------------


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "She also called for all candidates to lay out specifics — including the cost — of their plans.\n",
            "all candidates to lay out specifics — including the cost — of their plans",
            "She",
        ),
        (
            "The poll found that 46 percent of Republican voters — and 31 percent of voters overall — remain undecided.\n",
            "46 percent of Republican voters — and 31 percent of voters overall — remain undecided",
            "The poll",
        ),
        (
            "Aides said the brand would survive - and the chief executive would stay on top.\n",
            "the brand would survive - and the chief executive would stay on top",
            "Aides",
        ),
        # guards: a dash before the writer's gloss still ends the content
        ("The governor said the deal was dead - a blow to the port.\n", "the deal was dead", "The governor"),
        ("The report said the dam was unsafe — the third warning this year.\n", "the dam was unsafe", "The report"),
    ],
)
def test_a_dash_before_and_or_including_goes_on_with_the_content(nlp, text, content, speaker):
    assert _content(nlp, text)[1] == [(content, speaker)]
