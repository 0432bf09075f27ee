"""Direct quotes: one newsroom sentence per pattern, with exact spans."""

import pytest

from tests._quotes import detect, only, span


def test_quote_then_said_and_pronoun(nlp):
    text, det = detect(nlp, "“The bridge will reopen in May,” she said.")
    q = only(det)
    assert q.kind.value == "direct"
    assert q.fragments == [span(text, "“The bridge will reopen in May,”")]
    assert q.text == "“The bridge will reopen in May,”"
    assert (q.cue.text, q.cue_lemma, q.speaker.text) == ("said", "say", "she")


def test_inverted_said_with_title(nlp):
    text, det = detect(nlp, "“We have no plans to raise fares,” said Mayor Jane Doe.")
    q = only(det)
    assert q.fragments == [span(text, "“We have no plans to raise fares,”")]
    assert (q.cue.text, q.speaker.text) == ("said", "Mayor Jane Doe")


def test_appositive_is_not_part_of_the_speaker(nlp):
    text, det = detect(
        nlp,
        "“We have increased our presence”, Colonel Ryan Dillon, spokesman for the coalition in Baghdad, "
        "told journalists by video conference.",
    )
    q = only(det)
    assert q.fragments == [span(text, "“We have increased our presence”")]
    assert (q.cue.text, q.cue_lemma, q.speaker.text) == ("told", "tell", "Colonel Ryan Dillon")
    assert q.speaker.start == text.index("Colonel")


def test_relative_clause_speaker_is_cut_to_the_name(nlp):
    # textacy regression: the relative clause used to stand in for the speaker
    text, det = detect(nlp, "“It was chaos,” Nicky Driscoll, 24, who works at the plant, said.")
    q = only(det)
    assert q.speaker.text == "Nicky Driscoll"
    assert q.speaker.start == text.index("Nicky")
    assert q.cue.text == "said"


def test_split_quote_is_one_quote_with_two_fragments(nlp):
    text, det = detect(nlp, "“The water is safe,” the mayor said. “We tested it twice.”")
    q = only(det)
    assert q.kind.value == "direct"
    assert q.fragments == [span(text, "“The water is safe,”"), span(text, "“We tested it twice.”")]
    assert q.text == "“The water is safe,” … “We tested it twice.”"
    assert (q.cue.text, q.speaker.text) == ("said", "the mayor")


def test_colon_introduction(nlp):
    # textacy regression: a colon before the quote
    text, det = detect(nlp, "Cruz continued: “We will not back down from this fight.”")
    q = only(det)
    assert q.fragments == [span(text, "“We will not back down from this fight.”")]
    assert (q.cue.text, q.cue_lemma, q.speaker.text) == ("continued", "continue", "Cruz")


def test_said_comma_before_quote(nlp):
    text, det = detect(nlp, "The governor said, “Nobody will lose their home.”")
    q = only(det)
    assert q.fragments == [span(text, "“Nobody will lose their home.”")]
    assert (q.cue.text, q.speaker.text) == ("said", "The governor")


def test_dash_sign_off(nlp):
    text, det = detect(nlp, "“Our streets are safer than they were a year ago.” — Mayor Jane Doe")
    q = only(det)
    assert q.fragments == [span(text, "“Our streets are safer than they were a year ago.”")]
    assert q.speaker.text == "Mayor Jane Doe"
    assert q.cue.text == "—"


def test_editorial_brackets_stay_inside_the_quote(nlp):
    text, det = detect(nlp, "“We have not established a deadline for them [to leave],” the spokesman said.")
    q = only(det)
    assert q.fragments == [span(text, "“We have not established a deadline for them [to leave],”")]
    assert q.speaker.text == "the spokesman"


def test_multi_paragraph_quote(nlp):
    text, det = detect(
        nlp,
        "“The first thing we did was call the families,” the chief said. “Then we went door to door.\n\n"
        "“By midnight everyone was accounted for.”",
    )
    q = only(det)
    assert q.fragments == [
        span(text, "“The first thing we did was call the families,”"),
        span(text, "“Then we went door to door."),
        span(text, "“By midnight everyone was accounted for.”"),
    ]
    assert q.speaker.text == "the chief"


def test_possessive_apostrophe_does_not_break_quotes(nlp):
    # textacy regression: the apostrophe in "parents’" made textacy give up on the article
    text, det = detect(nlp, "The parents’ association met Monday. “We want answers,” its president said.")
    q = only(det)
    assert q.fragments == [span(text, "“We want answers,”")]
    assert q.speaker.text == "its president"


def test_uk_style_single_quotes(nlp):
    text, det = detect(nlp, "‘We will appeal the ruling,’ the club’s chairman said.")
    q = only(det)
    assert q.fragments == [span(text, "‘We will appeal the ruling,’")]
    assert q.speaker.text == "the club’s chairman"


def test_orphan_quote_is_kept_without_speaker(nlp):
    text, det = detect(nlp, "The talks ended on Friday.\n\n“We have not established a deadline for them.” The force remains.")
    q = only(det)
    assert q.kind.value == "direct"
    assert q.fragments == [span(text, "“We have not established a deadline for them.”")]
    assert q.speaker is None and q.cue is None


def test_unbalanced_mark_keeps_the_other_quotes(nlp):
    text, det = detect(nlp, "He said “no. “The plan is dead,” the senator said.")
    by_text = {q.text: q for q in det.quotes}
    assert "“The plan is dead,”" in by_text
    assert by_text["“The plan is dead,”"].speaker.text == "the senator"
    assert [s.reason for s in det.stray_marks] == ["opening quote mark never closed"]


def test_quote_paragraph_after_an_attributed_quote_continues_it(nlp):
    text, det = detect(nlp, "“We were lucky,” the chief said.\n\n“Nobody was hurt, and the fire is out.”")
    q = only(det)
    assert q.fragments == [span(text, "“We were lucky,”"), span(text, "“Nobody was hurt, and the fire is out.”")]
    assert q.speaker.text == "the chief"


def test_participle_speaker_is_the_noun_it_modifies(nlp):
    text, det = detect(nlp, "The campaign aired footage of Trump saying during the debate, “That makes me smart.”")
    q = only(det)
    assert q.fragments == [span(text, "“That makes me smart.”")]
    assert (q.cue.text, q.speaker.text) == ("saying", "Trump")


def test_transcript_speaker_label(nlp):
    text, det = detect(nlp, '"PENCE: Well, look, the debate tomorrow night is about the choice Americans face."')
    q = only(det)
    assert q.kind.value == "direct"
    assert q.speaker.text == "PENCE"
    assert q.cue.text == ":"
    # the label names the speaker; the words spoken start after it
    assert q.fragments == [span(text, 'Well, look, the debate tomorrow night is about the choice Americans face."')]


def test_lower_case_quote_right_after_the_cue_is_direct(nlp):
    # AP style runs a quoted clause into the attribution: the clause is all the speaker's
    text, det = detect(nlp, "He says “it’s interesting that a lot of people claim they’re undecided this late.”")
    q = only(det)
    assert q.kind.value == "direct"
    assert q.fragments == [span(text, "“it’s interesting that a lot of people claim they’re undecided this late.”")]
    assert (q.cue.text, q.speaker.text) == ("says", "He")


def test_document_declaring_a_lower_case_quote(nlp):
    text, det = detect(nlp, "The campaign’s statement then declares “the matter is now concluded.”")
    q = only(det)
    assert q.kind.value == "direct"
    assert q.fragments == [span(text, "“the matter is now concluded.”")]
    assert (q.cue.text, q.speaker.text) == ("declares", "The campaign’s statement")


def test_quote_carried_on_after_but_is_one_split_quote(nlp):
    text, det = detect(
        nlp,
        "“You know, I love Larry,” he said, but “when it comes to energy issues, Larry has a history of "
        "representing the coal industry.”",
    )
    q = only(det)
    assert q.kind.value == "direct"
    assert q.fragments == [
        span(text, "“You know, I love Larry,”"),
        span(text, "“when it comes to energy issues, Larry has a history of representing the coal industry.”"),
    ]
    assert (q.cue.text, q.speaker.text) == ("said", "he")


def test_framing_before_the_speaker_is_not_part_of_the_quote(nlp):
    # the parse hangs the quoted sentence over "said", and "In a statement" on the quote
    text, det = detect(
        nlp,
        "In a statement for this story, a State Department official said, “We are not going to speak to "
        "the content of these documents.”",
    )
    q = only(det)
    assert q.kind.value == "direct"
    assert q.fragments == [span(text, "“We are not going to speak to the content of these documents.”")]
    assert (q.cue.text, q.speaker.text) == ("said", "a State Department official")


def test_paraphrased_subject_before_a_parenthetical_cue_stays_mixed(nlp):
    text, det = detect(nlp, "An economic downturn, he said, “could be a good time to borrow and pay off debt.”")
    q = only(det)
    assert q.kind.value == "mixed"
    assert q.fragments == [span(text, "An economic downturn"), span(text, "“could be a good time to borrow and pay off debt.”")]


def test_inverted_cue_whose_speaker_the_parse_made_an_object(nlp):
    text, det = detect(nlp, "“Look, Hillary needed to split the first two primaries,” added a South Carolina Democrat.")
    q = only(det)
    assert q.fragments == [span(text, "“Look, Hillary needed to split the first two primaries,”")]
    assert (q.cue.text, q.speaker.text) == ("added", "a South Carolina Democrat")


def test_inverted_cue_whose_speaker_the_tagger_misread(nlp):
    text, det = detect(
        nlp,
        "“Having access to the RNC file and two people who understand it is valuable,” said Skelly, "
        "explaining he worked more closely with the data team.",
    )
    direct = [q for q in det.quotes if q.kind.value == "direct"]
    assert [q.fragments for q in direct] == [[span(text, "“Having access to the RNC file and two people who understand it is valuable,”")]]
    assert (direct[0].cue.text, direct[0].speaker.text) == ("said", "Skelly")


def test_story_going_on_after_the_cue_is_not_part_of_the_quote(nlp):
    # typewriter marks, as in the New York Times archive
    text, det = detect(nlp, "''Follow us,'' Ms. Gil said, and the boys, intrigued, trailed behind, en route to the plaza.")
    q = only(det)
    assert q.kind.value == "direct"
    assert q.fragments == [span(text, "''Follow us,''")]
    assert (q.cue.text, q.speaker.text) == ("said", "Ms. Gil")


def test_quote_after_a_later_cue_of_a_multi_paragraph_quote_joins_it(nlp):
    text, det = detect(
        nlp,
        "“Trump says the things people want to say,” Rubio said. “But presidents can’t just say anything.\n\n"
        "“I'm not interested in being politically correct,” he continued. “We are going to have to work together.”",
    )
    q = only(det)
    assert q.fragments[-1] == span(text, "“We are going to have to work together.”")
    assert len(q.fragments) == 4
    assert q.speaker.text == "Rubio"


@pytest.mark.parametrize(
    "sentence, cue, speaker",
    [
        ("“Go back to Univision,” Trump barked.", "barked", "Trump"),
        ("“The marketplace hasn’t failed the white working class,” he mocks.", "mocks", "he"),
        ("“You know, it happens, right?” Trump went on, as if he didn’t hear her.", "went", "Trump"),
        ("“That is a lie,” the campaign fired back.", "fired", "the campaign"),
    ],
)
def test_verbs_of_manner_after_a_quote(nlp, sentence, cue, speaker):
    text, det = detect(nlp, sentence)
    direct = [q for q in det.quotes if q.kind.value == "direct"]
    assert len(direct) == 1
    assert (direct[0].cue.text, direct[0].speaker.text) == (cue, speaker)


def test_went_on_to_win_is_no_cue(nlp):
    _, det = detect(nlp, "He went on to win the state by ten points.")
    assert det.quotes == []


def test_word_inside_the_quote_is_never_its_speaker(nlp):
    # typewriter marks confuse the parse into making "Michigan" the subject of "said"
    text, det = detect(
        nlp,
        "''Our popularity is strong enough to put states in play in November that Republicans don't usually win "
        "anymore: Michigan, Pennsylvania, Virginia, Florida, Ohio,'' Mr. Trump said.",
    )
    q = only(det)
    assert q.kind.value == "direct"
    assert (q.cue.text, q.speaker.text) == ("said", "Mr. Trump")


def test_colon_quote_with_its_own_attribution(nlp):
    text, det = detect(
        nlp,
        "In her speech, Rhimes declared the need for strong will, ambition and drive: "
        "“Change the world and when you’ve done that, change it again,” she said.",
    )
    kinds = {q.kind.value: q for q in det.quotes}
    assert set(kinds) == {"indirect", "direct"}
    assert kinds["indirect"].fragments == [span(text, "the need for strong will, ambition and drive")]
    assert kinds["indirect"].speaker.text == "Rhimes"
    assert kinds["direct"].fragments == [span(text, "“Change the world and when you’ve done that, change it again,”")]
    assert (kinds["direct"].cue.text, kinds["direct"].speaker.text) == ("said", "she")


def test_speaker_appositive_before_the_cue_is_not_content(nlp):
    text, det = detect(
        nlp,
        "“He's absolutely right. There's a severe disconnect between this White House and frankly the president "
        "and our military,” Flynn, a top Trump surrogate, said Thursday morning on Fox News’s “Fox and Friends.”",
    )
    direct = [q for q in det.quotes if q.kind.value != "indirect"]
    assert len(direct) == 1 and direct[0].kind.value == "direct"
    assert direct[0].fragments[0] == span(
        text, "“He's absolutely right. There's a severe disconnect between this White House and frankly the president and our military,”"
    )
    assert direct[0].speaker.text == "Flynn"


def test_a_speaker_name_wrapped_onto_the_next_line_is_one_name(nlp):
    text, det = detect(
        nlp,
        "Council approves budget\n\n"
        "\u201cThis budget protects the services people depend on,\u201d said Mayor Ana\n"
        "Lopez, who had pushed for the plan since January. \u201cIt was not easy.\u201d\n",
    )
    q = only(det)
    assert q.fragments == [span(text, "\u201cThis budget protects the services people depend on,\u201d"), span(text, "\u201cIt was not easy.\u201d")]
    assert q.speaker.text == "Mayor Ana Lopez"


def test_an_abbreviated_rank_is_part_of_the_speaker(nlp):
    text, det = detect(nlp, "\u201cThe base is safe,\u201d said Sgt. Maria Lopez, a spokeswoman for the garrison.")
    q = only(det)
    assert q.fragments == [span(text, "\u201cThe base is safe,\u201d")]
    assert q.speaker.text == "Sgt. Maria Lopez"
