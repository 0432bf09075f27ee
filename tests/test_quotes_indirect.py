"""Reported speech from the parse: one sentence per pattern, with exact spans."""

from tests._quotes import detect, only, span


def test_said_that_clause(nlp):
    text, det = detect(nlp, "The mayor said that the bridge would reopen in May.")
    q = only(det)
    assert q.kind.value == "indirect"
    assert q.fragments == [span(text, "the bridge would reopen in May")]
    assert (q.cue.text, q.cue_lemma, q.speaker.text) == ("said", "say", "The mayor")


def test_clause_then_said(nlp):
    text, det = detect(nlp, "The bridge would reopen in May, the mayor said.")
    q = only(det)
    assert q.fragments == [span(text, "The bridge would reopen in May")]
    assert (q.cue.text, q.speaker.text) == ("said", "the mayor")


def test_clause_then_inverted_said(nlp):
    text, det = detect(nlp, "The bridge would reopen in May, said Jane Doe, the city engineer.")
    q = only(det)
    assert q.fragments == [span(text, "The bridge would reopen in May")]
    assert q.speaker.text == "Jane Doe"


def test_according_to_first(nlp):
    # textacy regression: "according to" attributions were never found
    text, det = detect(nlp, "According to Dillon, there are a couple hundred coalition forces at Tanf.")
    q = only(det)
    assert q.fragments == [span(text, "there are a couple hundred coalition forces at Tanf")]
    assert (q.cue.text, q.cue_lemma, q.speaker.text) == ("According to", "according to", "Dillon")


def test_according_to_last(nlp):
    text, det = detect(nlp, "The plant will close next year, according to a company filing.")
    q = only(det)
    assert q.fragments == [span(text, "The plant will close next year")]
    assert q.cue_lemma == "according to"
    assert q.speaker.text == "a company filing"


def test_told_addressee_is_not_the_speaker(nlp):
    text, det = detect(nlp, "The coach told reporters that the team would appeal.")
    q = only(det)
    assert q.fragments == [span(text, "the team would appeal")]
    assert (q.cue.text, q.cue_lemma, q.speaker.text) == ("told", "tell", "The coach")


def test_warned_that(nlp):
    text, det = detect(nlp, "The agency warned that the levee could fail in a major storm.")
    q = only(det)
    assert q.fragments == [span(text, "the levee could fail in a major storm")]
    assert (q.cue.text, q.cue_lemma, q.speaker.text) == ("warned", "warn", "The agency")


def test_participle_cue_inherits_the_speaker(nlp):
    text, det = detect(
        nlp,
        "The US military says it has bolstered its forces in southern Syria, warning that it viewed "
        "the fighters in the area as a threat.",
    )
    says, warning = det.quotes
    assert says.fragments == [span(text, "it has bolstered its forces in southern Syria")]
    assert warning.fragments == [span(text, "it viewed the fighters in the area as a threat")]
    assert (warning.cue.text, warning.cue_lemma) == ("warning", "warn")
    assert says.speaker.text == warning.speaker.text == "The US military"


def test_adding_participle(nlp):
    text, det = detect(
        nlp, "The sources said that the army had retaken the crossing, adding the militia tries to reach the border."
    )
    said, adding = det.quotes
    assert said.fragments == [span(text, "the army had retaken the crossing")]
    assert adding.fragments == [span(text, "the militia tries to reach the border")]
    assert adding.cue.text == "adding"
    assert said.speaker.text == adding.speaker.text == "The sources"


def test_present_tense_says(nlp):
    text, det = detect(nlp, "The union says its members will strike on Monday.")
    q = only(det)
    assert q.fragments == [span(text, "its members will strike on Monday")]
    assert (q.cue.text, q.cue_lemma, q.speaker.text) == ("says", "say", "The union")


def test_parenthetical_said_splits_the_content(nlp):
    text, det = detect(nlp, "The museum, Mr. Obama said, would make visitors face uncomfortable truths.")
    q = only(det)
    assert q.fragments == [span(text, "The museum"), span(text, "would make visitors face uncomfortable truths")]
    assert q.speaker.text == "Mr. Obama"


def test_beliefs_are_thought_attributions_not_speech(nlp):
    text, det = detect(nlp, "The mayor thinks the bridge will reopen in May.")
    q = only(det)
    assert q.fragments == [span(text, "the bridge will reopen in May")]
    assert (q.cue_lemma, q.speaker.text, q.attribution_type.value) == ("think", "The mayor", "thought")


def test_object_of_a_speech_act(nlp):
    text, det = detect(nlp, "The governor urged lawmakers to pass the budget before the recess.")
    q = only(det)
    assert q.fragments == [span(text, "lawmakers to pass the budget before the recess")]
    assert (q.cue.text, q.cue_lemma, q.speaker.text) == ("urged", "urge", "The governor")


def test_say_object_is_not_content(nlp):
    _, det = detect(nlp, "The spokesman said nothing about the layoffs at the plant.")
    assert det.quotes == []


def test_called_for_is_a_demand(nlp):
    text, det = detect(nlp, "The senator called for an independent investigation of the shooting.")
    q = only(det)
    assert q.fragments == [span(text, "an independent investigation of the shooting")]
    assert (q.cue.text, q.cue_lemma, q.speaker.text) == ("called", "call for", "The senator")


def test_calling_the_police_is_not_a_quote(nlp):
    _, det = detect(nlp, "The neighbors called the police after they heard the shots.")
    assert det.quotes == []


def test_time_stamp_on_the_line_before_is_not_the_speaker(nlp):
    text, det = detect(nlp, "___.\n\n2:40 p.m.\n\nDonald Trump’s campaign manager says he is “gratified” by a Florida prosecutor’s decision.")
    q = only(det)
    assert q.fragments == [span(text, "he is “gratified” by a Florida prosecutor’s decision")]
    assert (q.cue.text, q.speaker.text) == ("says", "Donald Trump’s campaign manager")


def test_as_reported_before_the_clause(nlp):
    text, det = detect(nlp, "As Breitbart News reported, even on Friday morning, the White House was refusing to call the attack terrorism.")
    q = only(det)
    assert q.fragments == [span(text, "even on Friday morning, the White House was refusing to call the attack terrorism")]
    assert (q.cue.text, q.speaker.text) == ("reported", "Breitbart News")


def test_as_reported_after_the_clause(nlp):
    text, det = detect(nlp, "The company lost money last year, as The Wall Street Journal reported.")
    q = only(det)
    assert q.fragments == [span(text, "The company lost money last year")]
    assert (q.cue.text, q.speaker.text) == ("reported", "The Wall Street Journal")


def test_as_he_said_he_would_is_no_quote(nlp):
    _, det = detect(nlp, "As he said he would, the senator voted against the bill.")
    assert det.quotes == []


def test_participle_on_the_speaking_noun(nlp):
    text, det = detect(nlp, "11:00 am – Police receive 911 calls saying shots have been fired inside the Inland Regional Center.")
    q = only(det)
    assert q.fragments == [span(text, "shots have been fired inside the Inland Regional Center")]
    assert (q.cue.text, q.speaker.text) == ("saying", "911 calls")


def test_statement_issued_by_the_speaker(nlp):
    text, det = detect(nlp, "The ACLU issued a statement saying it would sue the state over the law.")
    q = only(det)
    assert q.fragments == [span(text, "it would sue the state over the law")]
    assert (q.cue.text, q.speaker.text) == ("saying", "The ACLU")


def test_took_pains_to_say(nlp):
    text, det = detect(nlp, "Companies including Coca-Cola took pains to say they are not endorsing any candidate.")
    q = only(det)
    assert q.fragments == [span(text, "they are not endorsing any candidate")]
    assert (q.cue.text, q.speaker.text) == ("say", "Companies")


def test_that_clause_after_the_cue_s_adverbial(nlp):
    text, det = detect(
        nlp, "Rep. Zoe Lofgren, who introduced a bill this month, said in a statement that the announcements were important preliminary steps."
    )
    q = only(det)
    assert q.fragments == [span(text, "the announcements were important preliminary steps")]
    assert (q.cue.text, q.speaker.text) == ("said", "Rep. Zoe Lofgren")
    text, det = detect(nlp, "Adelson said earlier on Friday during a news conference that he may wait until the primaries to decide.")
    q = only(det)
    assert q.fragments == [span(text, "he may wait until the primaries to decide")]
    assert (q.cue.text, q.speaker.text) == ("said", "Adelson")


def test_closing_inverted_cue_the_parse_coordinates(nlp):
    text, det = detect(
        nlp,
        "In nearby Decatur, the big Nucor steel plant is hanging on, but it is under intense pressure from Asian "
        "imports, said the company's chief executive, John J. Ferriola.",
    )
    q = only(det)
    assert q.fragments == [
        span(text, "In nearby Decatur, the big Nucor steel plant is hanging on, but it is under intense pressure from Asian imports")
    ]
    assert (q.cue.text, q.speaker.text) == ("said", "the company's chief executive")


def test_gerund_subject_of_the_reported_clause(nlp):
    text, det = detect(nlp, "He said legalizing it could put thousands of people to work in upstate New York.")
    q = only(det)
    assert q.fragments == [span(text, "legalizing it could put thousands of people to work in upstate New York")]
    assert (q.cue.text, q.speaker.text) == ("said", "He")


def test_naming_cue_with_object_and_name(nlp):
    text, det = detect(
        nlp, "Trump launched his bid with harsh words about Mexican immigrants, calling them rapists and vowing to build a wall."
    )
    naming = [q for q in det.quotes if q.cue_lemma == "call"]
    assert [q.fragments for q in naming] == [[span(text, "them rapists")]]
    assert naming[0].speaker.text == "Trump"


def test_quoted_name_given_by_a_naming_cue_is_the_label_alone(nlp):
    # "called X 'Y'": the speaker's words are the label, not the writer's X; worked into
    # the writer's sentence, they are a mixed quote
    text, det = detect(nlp, "Former Florida Gov. Jeb Bush called Trump “unhinged.”")
    q = only(det)
    assert q.kind.value == "mixed"
    assert q.fragments == [span(text, "“unhinged.”")]
    assert q.speaker.text == "Former Florida Gov. Jeb Bush"


def test_a_thing_called_by_its_name_is_no_quote(nlp):
    _, det = detect(nlp, "A company called Harmony Enterprises gave $5,000 to the PAC in June.")
    assert det.quotes == []


def test_speaker_with_appositive_the_parse_hung_elsewhere(nlp):
    text, det = detect(nlp, "Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said that he spoke with Mr. Sanders on Tuesday.")
    q = only(det)
    assert q.fragments == [span(text, "he spoke with Mr. Sanders on Tuesday")]
    assert (q.cue.text, q.speaker.text) == ("said", "Senator Harry Reid")


def test_second_that_clause_coordinated_with_the_cue(nlp):
    text, det = detect(
        nlp,
        "The Ohio governor said the U.S. needs to secure the border and create a guest-worker program, "
        "but that he would not support mass deportation.",
    )
    q = only(det)
    assert q.fragments == [
        span(text, "the U.S. needs to secure the border and create a guest-worker program, but that he would not support mass deportation")
    ]
    assert q.speaker.text == "The Ohio governor"


def test_statement_the_speaker_said_things_in(nlp):
    text, det = detect(nlp, "The ACLU said in a statement saying it would sue the state over the law.")
    q = next(q for q in det.quotes if q.cue.text == "saying")
    assert q.fragments == [span(text, "it would sue the state over the law")]
    assert q.speaker.text == "The ACLU"


def test_a_noun_that_cannot_speak_gives_the_word_to_its_verb_s_subject(nlp):
    text, det = detect(nlp, "Trump fired off a response saying he would not support the agenda.")
    q = only(det)
    assert q.fragments == [span(text, "he would not support the agenda")]
    assert q.speaker.text == "Trump"


def test_a_report_finding_a_thing_is_reported_content(nlp):
    text, det = detect(nlp, "The audit found widespread waste in the housing program.")
    q = only(det)
    assert q.fragments == [span(text, "widespread waste in the housing program")]
    assert (q.cue_lemma, q.speaker.text) == ("find", "The audit")


def test_people_finding_a_thing_is_an_action_not_a_report(nlp):
    _, det = detect(nlp, "Officers found the victims on Fifth Street shortly after 1 a.m.")
    assert det.quotes == []


def test_people_finding_that_something_is_so_is_reported_content(nlp):
    text, det = detect(nlp, "Investigators found that the door had been forced.")
    q = only(det)
    assert q.fragments == [span(text, "the door had been forced")]
    assert q.speaker.text == "Investigators"


def test_a_judge_finding_a_law_unconstitutional_is_a_ruling(nlp):
    # the small model reads "that action unconstitutional" as a noun and its adjective
    text, det = detect(nlp, "While a federal judge found that action unconstitutional, his decision was overturned.")
    q = only(det)
    assert q.fragments == [span(text, "that action unconstitutional")]
    assert (q.cue_lemma, q.speaker.text) == ("find", "a federal judge")


def test_it_was_announced_that_has_no_speaker(nlp):
    text, det = detect(nlp, "It was announced Tuesday that the city would buy out 40 homes.")
    q = only(det)
    assert q.fragments == [span(text, "the city would buy out 40 homes")]
    assert (q.cue.text, q.speaker) == ("announced", None)


def test_it_was_announced_by_the_ministry_has_the_ministry_as_speaker(nlp):
    text, det = detect(nlp, "It was announced by the ministry that schools would reopen.")
    q = only(det)
    assert q.fragments == [span(text, "schools would reopen")]
    assert q.speaker.text == "the ministry"


def test_a_headline_does_not_run_into_the_first_sentence(nlp):
    text, det = detect(
        nlp,
        "Teachers vote to strike over pay\n\n"
        "Teachers in England have voted to strike, the National Education Union has announced.",
    )
    q = only(det)
    assert q.fragments == [span(text, "Teachers in England have voted to strike")]
    assert (q.cue.text, q.speaker.text) == ("announced", "the National Education Union")


def test_a_hard_wrapped_line_is_not_a_sentence_break(nlp):
    text, det = detect(nlp, "Bridge to reopen\n\nThe Fifth Street bridge, shut since the spring floods, would reopen in May,\nthe mayor said.")
    q = only(det)
    assert q.fragments == [span(text, "The Fifth Street bridge, shut since the spring floods, would reopen in May")]
    assert q.speaker.text == "the mayor"


def test_an_abbreviated_rank_does_not_end_the_sentence(nlp):
    # the English tokenizer splits "Capt." in two and the parser took the full stop for
    # the end of the sentence: the quote was lost
    text, det = detect(nlp, "The convoy was hit twice, Capt. John Reyes told reporters on Monday.")
    q = only(det)
    assert q.fragments == [span(text, "The convoy was hit twice")]
    assert (q.cue.text, q.speaker.text) == ("told", "Capt. John Reyes")


def test_according_to_a_general_with_two_abbreviated_ranks(nlp):
    text, det = detect(nlp, "According to Maj. Gen. Lee Park, the drills would continue.")
    q = only(det)
    assert q.fragments == [span(text, "the drills would continue")]
    assert q.speaker.text == "Maj. Gen. Lee Park"
