"""Round 37: another person's words retold in a speaker's paraphrase, and constructions
the never-tuned batches qs37a and qs37b missed.

Short newsroom sentences written for these tests. Expected rows are what an editor would
mark: (content, kind, attribution type, speaker mention as the quote stage finds it).
Each change was measured on PolNeAR dev and train before it was kept (the closing note
of session 37 gives the figures).
"""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows


@pytest.mark.parametrize(
    "text, expected",
    [
        # what a third person told the speaker, retold in the speaker's paraphrase, is the
        # speaker's account: the writer has only the speaker's word for it
        (
            "Ortega said a crew leader told him to stay off the roof.\n",
            [("a crew leader told him to stay off the roof", "indirect", "speech", "Ortega")],
        ),
        (
            "A crew leader told him to stay off the roof, Ortega said.\n",
            [("A crew leader told him to stay off the roof", "indirect", "speech", "Ortega")],
        ),
        (
            "Her lawyer said prosecutors argued that she fled, but the judge disagreed.\n",
            [("prosecutors argued that she fled", "indirect", "speech", "Her lawyer")],
        ),
        # and so does the speaker's own earlier telling, retold
        (
            "Alvarez said she told the guard the gate was locked.\n",
            [("she told the guard the gate was locked", "indirect", "speech", "Alvarez")],
        ),
        (
            "He said he had told his players to “stop waiting for the game to come to them.”\n",
            [("he had told his players to “stop waiting for the game to come to them.”", "mixed", "speech", "He")],
        ),
        # guard: a third person's own quoted words stay theirs
        (
            "Smith said Jones had called the plan “a disaster.”\n",
            [
                ("Jones had called the plan “a disaster.”", "mixed", "speech", "Smith"),
                ("“a disaster.”", "mixed", "speech", "Jones"),
            ],
        ),
        # guard: speech a document reports keeps its own speaker (the report names them)
        (
            "The report said officials told investigators the gate was locked.\n",
            [
                ("officials told investigators the gate was locked", "indirect", "document", "The report"),
                ("the gate was locked", "indirect", "speech", "officials"),
            ],
        ),
        # guard: a direct quote keeps a report nested in it as part of its words
        (
            "“The foreman told me to leave,” Ortega said.\n",
            [("“The foreman told me to leave,”", "direct", "speech", "Ortega")],
        ),
    ],
)
def test_someone_elses_words_retold_stay_in_the_speakers_quote(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a recording that shows a person speaking is the medium of the person's words
        (
            "Video shows the officer telling the driver, “Get out of the car now.”\n",
            [("“Get out of the car now.”", "direct", "speech", "the officer")],
        ),
        # guard: what a recording shows that is no one's speech stays the recording's
        (
            "The video shows the truck running a red light.\n",
            [("the truck running a red light", "indirect", "document", "The video")],
        ),
    ],
)
def test_a_recording_of_someone_speaking_is_the_medium_of_their_words(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the parser may start a sentence at the comma before a long report's closing tag
        # (a dateline ahead makes it likelier); no sentence opens on a comma
        (
            "WINNIPEG — Winter roads that connect more than 20 remote First Nations in northern Manitoba may open weeks late this season because of unusually warm weather, the province says.\n",
            [(
                "Winter roads that connect more than 20 remote First Nations in northern Manitoba may open weeks late this season because of unusually warm weather",
                "indirect", "speech", "the province",
            )],
        ),
        # a closing tag whose name the parser read as one more place of a list
        (
            "SEATTLE — Cobaltline, the cloud-storage company, is cutting about 900 jobs, or roughly 12% of its workforce, and closing its office in Vancouver, British Columbia, Chief Executive Dana Ostrand wrote in a memo to staff on Tuesday.\n",
            [(
                "Cobaltline, the cloud-storage company, is cutting about 900 jobs, or roughly 12% of its workforce, and closing its office in Vancouver, British Columbia",
                "indirect", "speech", "Chief Executive Dana Ostrand",
            )],
        ),
        # guard: one capitalised word before the cue is not enough for a name
        (
            "The plant will close in March, and the jobs will move to Ohio, Reuters reported.\n",
            [("The plant will close in March, and the jobs will move to Ohio", "indirect", "speech", "Reuters")],
        ),
    ],
)
def test_a_closing_tag_after_a_long_report(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name given an age before "said" is the speaker, not the report's subject with
        # an inverted tag ("The tax, said Rep. Jordan, would hurt families")
        (
            "Owen, 16, a junior at Kettle Valley North from Pewaukee, said the officer at his school, Deputy Sam Rudd, had talked him out of a fight.\n",
            [("the officer at his school, Deputy Sam Rudd, had talked him out of a fight", "indirect", "speech", "Owen")],
        ),
        (
            "Maria Lopez, 34, said the officer, a sergeant, had pushed her.\n",
            [("the officer, a sergeant, had pushed her", "indirect", "speech", "Maria Lopez")],
        ),
        # guard: the inverted tag
        (
            "The tax, said Rep. Jim Jordan, would hurt families.\n",
            [("The tax … would hurt families", "indirect", "speech", "Rep. Jim Jordan")],
        ),
    ],
)
def test_a_speaker_introduced_with_an_age_is_no_fronted_subject(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quote that ends its sentence, then a new sentence whose cue reports words of
        # its own: the quote stays with the tag before it, not the next speaker
        (
            "“I was scared,” Mateo said. “The water was cold.” His mother said she heard him scream.\n",
            [
                ("“I was scared,” … “The water was cold.”", "direct", "speech", "Mateo"),
                ("she heard him scream", "indirect", "speech", "His mother"),
            ],
        ),
        # guard: a tag standing as its own sentence still tags the quote
        (
            "“We won.” Smith said.\n",
            [("“We won.”", "direct", "speech", "Smith")],
        ),
    ],
)
def test_a_new_sentence_with_its_own_report_does_not_tag_the_quote_before(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a long subject of the reported clause read as the cue's object
        (
            "She said holiday sales through the first three weeks of November were running ahead of last year’s pace.\n",
            [("holiday sales through the first three weeks of November were running ahead of last year’s pace", "indirect", "speech", "She")],
        ),
        # guard: a person told something stays the one told
        (
            "She told reporters the plan was dead.\n",
            [("the plan was dead", "indirect", "speech", "She")],
        ),
        # a quoted verb read as a noun leaves the report as a second subject after the cue
        (
            "In a four-page statement, Silverleaf said the Sentinel’s figures “cherry-pick a period of industry-wide disruption” and that its homes “meet or exceed every federal and state staffing requirement.”\n",
            [(
                "the Sentinel’s figures “cherry-pick a period of industry-wide disruption” and that its homes “meet or exceed every federal and state staffing requirement.”",
                "mixed", "speech", "Silverleaf",
            )],
        ),
        # a predicate shifted back into the report's past, after a closing mark, is more of it
        (
            "The spokesman said the agency “takes every complaint seriously” and had referred the records to the state attorney general in September.\n",
            [(
                "the agency “takes every complaint seriously” and had referred the records to the state attorney general in September",
                "mixed", "speech", "The spokesman",
            )],
        ),
    ],
)
def test_span_edges_from_batch_qs37b(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a live blog's time stamp with its zone, and its dash, are no part of the report
        (
            "1:35 p.m. PT — A magnitude 5.1 aftershock rattled the region at 1:22 p.m., according to the USGS.\n",
            [("A magnitude 5.1 aftershock rattled the region at 1:22 p.m.", "indirect", "speech", "the USGS")],
        ),
        # an imperative to the reader reports nothing
        (
            "Ask a dozen tenor players in New York to name the most underrated saxophonist alive, and you will hear her name.\n",
            [],
        ),
        (
            "Ask any of them what he taught them and most will start with the chalk.\n",
            [],
        ),
        # a that-clause after "so" is the result of the telling, not what was told
        (
            "The story has been told so often on the south side that people who were not yet born can recite it.\n",
            [],
        ),
        # "after" read as a preposition: its object is the next cue's subject
        (
            "Downing Street has been forced to delay a Commons vote after more than 40 Labour MPs warned they would rebel over the plans.\n",
            [("they would rebel over the plans", "indirect", "speech", "more than 40 Labour MPs")],
        ),
        # a quote right after a report tagged before its words is that speaker's
        (
            "“It felt like the house was dropped,” said Samuel Whitehorse, a tribal member. He said he and his wife drove to high ground. “We didn’t wait.”\n",
            [
                ("“It felt like the house was dropped,”", "direct", "speech", "Samuel Whitehorse"),
                ("he and his wife drove to high ground", "indirect", "speech", "He"),
                ("“We didn’t wait.”", "direct", "speech", "He"),
            ],
        ),
    ],
)
def test_constructions_from_batch_qs37b(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


def test_a_quote_after_a_report_tagged_before_its_words_in_the_tag_sentence_stays_with_the_tag(nlp):
    # guard: a participle or clause in the last quote's own tag sentence does not take
    # the next quote ("after Jones assured Trump that …" is no new speaker of it)
    text = "“Your reputation is amazing,” Trump assured Jones, after Jones assured Trump that most of his listeners supported his candidacy. “I will not let you down.”\n"
    assert quote_rows(nlp, text) == [
        ("“Your reputation is amazing,” … “I will not let you down.”", "direct", "speech", "Trump"),
        ("most of his listeners supported his candidacy", "indirect", "speech", "Jones"),
    ]


def test_a_quote_after_a_paraphrase_alone_is_its_speakers(nlp):
    assert quote_rows(nlp, "Smith said the plan was dead. “It’s over.”\n") == [
        ("the plan was dead", "indirect", "speech", "Smith"),
        ("“It’s over.”", "direct", "speech", "Smith"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a concession after a mixed quote's closing mark (the comma inside the mark) ends
        # the content; the worry is a report of its own
        (
            "Amaka Eze said the suits would sell “the minute they land,” though she worried that the price would put them out of reach of most Nigerian shoppers: a single coat takes about three weeks to weave.\n",
            [
                ("the suits would sell “the minute they land,”", "mixed", "speech", "Amaka Eze"),
                ("the price would put them out of reach of most Nigerian shoppers", "indirect", "thought", "she"),
            ],
        ),
        # "but that" read as a determiner of the second clause's subject
        (
            "A spokesperson, Tebogo Radebe-Maseko, told News24 on Monday that a burst bulk pipe on Main Road had been repaired over the weekend, but that air trapped in the system was preventing the reservoir from filling.\n",
            [(
                "a burst bulk pipe on Main Road had been repaired over the weekend, but that air trapped in the system was preventing the reservoir from filling",
                "indirect", "speech", "A spokesperson",
            )],
        ),
        # a closing tag whose name has a title abbreviation and an apposition
        (
            "The plant will produce 150 million imperial gallons of drinking water a day, enough for about 400,000 homes, Eng. Hamad Saif Al Ketbi, Director-General of the Council, said in a statement.\n",
            [(
                "The plant will produce 150 million imperial gallons of drinking water a day, enough for about 400,000 homes",
                "indirect", "speech", "Eng. Hamad Saif Al Ketbi",
            )],
        ),
        # with no "that", the report read as a relative clause of the one told
        (
            "She told the council she had lived in Santa Rosa through the 2017 fires.\n",
            [("she had lived in Santa Rosa through the 2017 fires", "indirect", "speech", "She")],
        ),
        # guard: a real relative clause, its object the gap
        ("She told the man she loved.\n", []),
        # an absolute phrase after the tag reports nothing
        (
            "“They are closing a door,” Mims said, his voice rising over the organ. “And I have read this Book.”\n",
            [("“They are closing a door,” … “And I have read this Book.”", "direct", "speech", "Mims")],
        ),
        # an abbreviation's full stop ends the sentence before a capitalised function word
        (
            "“I just tried to play the position,” Subramaniam-Lee said after his final-round draw, a 71-move endgame that ended shortly before 9 p.m. His coach, Grandmaster Elena Borisova-Platt, said he had spent the fall working on endgames.\n",
            [
                ("“I just tried to play the position,”", "direct", "speech", "Subramaniam-Lee"),
                ("he had spent the fall working on endgames", "indirect", "speech", "His coach"),
            ],
        ),
        # guard: a day after the abbreviation is the same sentence
        (
            "The meeting ended at 9 p.m. Tuesday, the mayor said.\n",
            [("The meeting ended at 9 p.m. Tuesday", "indirect", "speech", "the mayor")],
        ),
    ],
)
def test_constructions_from_batch_qs37c(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a time phrase between the one told and "that" is when it was said
        (
            "She told a plenary session shortly after noon that the presidency would release a revised text by evening.\n",
            [("the presidency would release a revised text by evening", "indirect", "speech", "She")],
        ),
        # an "as" clause with a subject of its own ends the content: the writer's frame
        (
            "The chief executive told senators on Wednesday that his company would begin verifying the ages of its users by the end of the year, as lawmakers from both parties accused it of profiting from lonely teenagers.\n",
            [
                ("his company would begin verifying the ages of its users by the end of the year", "indirect", "speech", "The chief executive"),
                ("it of profiting from lonely teenagers", "indirect", "noun", "lawmakers from both parties"),
            ],
        ),
        # guard: an "as" tag keeps its content
        (
            "The economy is slowing, as the mayor said.\n",
            [("The economy is slowing", "indirect", "speech", "the mayor")],
        ),
        # told by nobody named, inside a speaker's account: the account's
        (
            "He said the crew was told at the start of the season that it would be paid 30 cents a tray.\n",
            [("the crew was told at the start of the season that it would be paid 30 cents a tray", "indirect", "speech", "He")],
        ),
        # "ruled out" excludes; nothing is ruled
        (
            "The council did not rule out a tax increase, the mayor said.\n",
            [("The council did not rule out a tax increase", "indirect", "speech", "the mayor")],
        ),
        # guard: a ruling
        (
            "The judge ruled that the law was unconstitutional.\n",
            [("the law was unconstitutional", "indirect", "speech", "The judge")],
        ),
        # a report inside a view inside a speaker's report is the speaker's account
        (
            "Smith said residents fear the mayor told the council the plant would close.\n",
            [("residents fear the mayor told the council the plant would close", "indirect", "speech", "Smith")],
        ),
        # guard: a relative clause with its own tag after the report is a report of its
        # own (PolNeAR marks "which he said had harmed the economy" apart)
        (
            "Harold Nkemelu said the union supports the fare increase but opposes any route cuts, which he said would push more riders onto already crowded lines.\n",
            [
                ("the union supports the fare increase but opposes any route cuts", "indirect", "speech", "Harold Nkemelu"),
                ("which … would push more riders onto already crowded lines", "indirect", "speech", "he"),
            ],
        ),
    ],
)
def test_constructions_from_batch_qs37d(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an initial's full stop ends the sentence before a quoted sentence: the quote's
        # tag takes nothing from the sentence before
        (
            "A second transcript shows Delisle discussing a towing contract with a man prosecutors identified only as Individual B. “Whoever gets it, I want the boat,” Delisle says on the recording.\n",
            [
                ("Delisle discussing a towing contract with a man prosecutors identified only as Individual B.", "indirect", "document", "A second transcript"),
                ("“Whoever gets it, I want the boat,”", "direct", "speech", "Delisle"),
            ],
        ),
        # guard: a quoted term after an abbreviation is inside the sentence
        (
            "He criticized the U.S. “strategic patience” policy, the senator said.\n",
            [("He criticized the U.S. “strategic patience” policy", "mixed", "speech", "the senator")],
        ),
    ],
)
def test_a_quoted_sentence_after_an_abbreviation_starts_a_sentence(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a closing tag after a quote a colon introduces tags the quote alone
        (
            "The mayor was blunt: “We are broke,” she said.\n",
            [("“We are broke,”", "direct", "speech", "she")],
        ),
        # a gerund of saying with its doer between a framing cue and the quote owns it;
        # a "when" clause after the quote is no tag
        (
            "The spot concludes with footage of Trump saying during the debate last week, “That makes me smart,” when Clinton blasted him for not paying income tax.\n",
            [
                ("“That makes me smart,”", "direct", "speech", "Trump"),
                ("him for not paying income tax", "indirect", "noun", "Clinton"),
            ],
        ),
    ],
)
def test_quotes_framed_before_their_tag(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle clause hung on the cue is the holder's doing, not what they called
        # for; the chant after it is theirs, past a dash aside the parse hangs it on
        (
            "Small groups of protesters continued to call for more information about the fatal shooting, looping the streets around the stadium - where the Panthers played the Vikings - while chanting, “Hands up, don’t shoot.”\n",
            [
                ("more information about the fatal shooting", "indirect", "noun", "Small groups of protesters"),
                ("“Hands up, don’t shoot.”", "direct", "speech", "Small groups of protesters"),
            ],
        ),
        # guard: a participle of saying is a report of its own
        (
            "The senator said the bill would pass, noting that it had support.\n",
            [
                ("the bill would pass", "indirect", "speech", "The senator"),
                ("it had support", "indirect", "speech", "The senator"),
            ],
        ),
    ],
)
def test_a_participle_on_the_cue_is_no_content(nlp, text, expected):
    assert quote_rows(nlp, text) == expected


def test_a_participle_between_the_tag_and_the_quote_is_the_writers(nlp):
    # what the speaker did while speaking, between the tag and the rest of the quote
    text = "“Rajiv, with respect,” Corrigan said, turning to face him, “you were in the room when those tariffs were written.”\n"
    assert quote_rows(nlp, text) == [
        ("“Rajiv, with respect,” … “you were in the room when those tariffs were written.”", "direct", "speech", "Corrigan"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a document's verb in -s read as a plural noun before its that-clause
        (
            "The 1,400-page filing states that much of the utility’s distribution system has reached the end of its useful life.\n",
            [("much of the utility’s distribution system has reached the end of its useful life", "indirect", "document", "filing")],
        ),
        # guard: a plural noun before a relative "that"
        ("The United States that we know is changing.\n", []),
        # a report's past-tense verb read as a participle after its subject's participle
        (
            "BAKERSFIELD, Calif. (AP) — A charter bus carrying members of a church choir overturned on a rain-slicked stretch of Highway 58 early Sunday, killing two people and injuring 17 others, authorities said.\n",
            [(
                "A charter bus carrying members of a church choir overturned on a rain-slicked stretch of Highway 58 early Sunday, killing two people and injuring 17 others",
                "indirect", "speech", "authorities",
            )],
        ),
    ],
)
def test_verbs_the_tagger_misreads_from_batch_qs37e(nlp, text, expected):
    assert quote_rows(nlp, text) == expected
