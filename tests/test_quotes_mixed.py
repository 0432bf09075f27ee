"""Mixed quotes, nested attribution and not-speech quoted phrases."""

from tests._quotes import detect, only, span


def test_paraphrase_with_quoted_fragment_is_one_mixed_quote(nlp):
    # textacy regression: mixed quotes were missed or cut into a stray direct fragment
    text, det = detect(nlp, "The US military says it has bolstered its “combat power” in southern Syria.")
    q = only(det)
    assert q.kind.value == "mixed"
    assert q.fragments == [span(text, "it has bolstered its “combat power” in southern Syria")]
    assert (q.cue.text, q.speaker.text) == ("says", "The US military")


def test_according_to_with_quoted_fragment(nlp):
    text, det = detect(nlp, "According to Dillon, there are “a couple hundred” coalition forces at Tanf.")
    q = only(det)
    assert q.kind.value == "mixed"
    assert q.fragments == [span(text, "there are “a couple hundred” coalition forces at Tanf")]
    assert q.cue.text == "According to"


def test_partial_quote_at_the_end_of_a_paraphrase(nlp):
    text, det = detect(nlp, "The senator said the bill was “a disaster for working families.”")
    q = only(det)
    assert q.kind.value == "mixed"
    assert q.fragments == [span(text, "the bill was “a disaster for working families.”")]


def test_nested_attribution_keeps_both_layers(nlp):
    text, det = detect(
        nlp,
        "Rebels took the town last year, and regional intelligence sources say they mean to use it as a "
        "launchpad, the report said.",
    )
    outer, inner = det.quotes
    assert outer.fragments == [span(text, "Rebels took the town last year, and regional intelligence sources say they mean to use it as a launchpad")]
    assert (outer.cue.text, outer.speaker.text) == ("said", "the report")
    assert inner.fragments == [span(text, "they mean to use it as a launchpad")]
    assert (inner.cue.text, inner.speaker.text) == ("say", "regional intelligence sources")
    assert inner.parent == outer.id and outer.parent is None


def test_so_called_term_is_not_a_quote(nlp):
    _, det = detect(nlp, "Fighters entered the so-called “deconfliction zone” on Tuesday.")
    assert det.quotes == []


def test_title_of_a_show_is_not_a_quote(nlp):
    _, det = detect(nlp, "The senator appeared on “Saturday Night Live” last weekend.")
    assert det.quotes == []


def test_scare_quotes_are_not_a_quote(nlp):
    _, det = detect(nlp, "Critics called the plan a “compromise” that nobody wanted.")
    assert all(q.kind.value != "direct" for q in det.quotes)


def test_so_called_term_inside_a_paraphrase_keeps_it_indirect(nlp):
    text, det = detect(nlp, "The coalition said the fighters had entered the so-called “deconfliction zone” near Tanf.")
    q = only(det)
    assert q.kind.value == "indirect"
    assert q.fragments == [span(text, "the fighters had entered the so-called “deconfliction zone” near Tanf")]


def test_lower_case_quote_after_that_is_mixed_not_dropped(nlp):
    text, det = detect(nlp, "Cruz says that “when you live by the pen, you die by the pen.”")
    q = only(det)
    assert q.kind.value == "mixed"
    assert q.fragments == [span(text, "“when you live by the pen, you die by the pen.”")]
    assert (q.cue.text, q.speaker.text) == ("says", "Cruz")


def test_writer_subject_before_a_quoted_predicate_is_mixed(nlp):
    text, det = detect(nlp, "Teachers “get why the union endorsed her,” Weingarten said.")
    q = only(det)
    assert q.kind.value == "mixed"
    assert q.fragments == [span(text, "Teachers “get why the union endorsed her,”")]
    assert (q.cue.text, q.speaker.text) == ("said", "Weingarten")


def test_quoted_show_name_modifying_a_noun_is_not_a_quote(nlp):
    text, det = detect(
        nlp, "“Daily Show” host Trevor Noah on Thursday showed that the businessman was given a chance to clarify."
    )
    q = only(det)
    assert q.kind.value == "indirect"
    assert q.fragments == [span(text, "the businessman was given a chance to clarify")]


def test_quoted_word_running_into_the_sentence_is_not_a_quote(nlp):
    _, det = detect(nlp, "When in fact, “Spanish” should only be used to describe people from Spain.")
    assert det.quotes == []


def test_phrase_after_a_colon_is_not_a_quote(nlp):
    _, det = detect(nlp, "Norbert Leo Butz can add a new title to his resume: “song anthropologist.”")
    assert det.quotes == []


def test_one_word_reply_after_a_colon_is_a_quote(nlp):
    text, det = detect(nlp, "Bundy asked him to go to the refuge, and Santilli responded enthusiastically: “Okay!”")
    direct = [q for q in det.quotes if q.kind.value == "direct"]
    assert [q.fragments for q in direct] == [[span(text, "“Okay!”")]]
    assert direct[0].speaker.text == "Santilli"


def test_headline_with_its_byline_is_a_title(nlp):
    text, det = detect(
        nlp,
        "FAREWELL — “The Living Room to close at the end of December,” by Times’ Ben Sisario: "
        "“The Living Room, a no-frills nightclub, will close at the end of December.”",
    )
    q = only(det)
    assert q.fragments == [span(text, "“The Living Room, a no-frills nightclub, will close at the end of December.”")]


def test_work_named_in_apposition_is_a_title(nlp):
    _, det = detect(nlp, "Mrs. Clinton shares more with the defeated campaign than their common slogan, “Stronger Together.”")
    assert det.quotes == []
    text, det = detect(nlp, "His parents stayed, Mr. Rubio said in his 2012 book, “An American Son.”")
    q = only(det)
    assert q.kind.value == "indirect"
    assert q.fragments == [span(text, "His parents stayed")]


def test_sentence_quoted_from_a_book_is_still_a_quote(nlp):
    text, det = detect(nlp, "He wrote in his book, “I never wanted to run for office.”")
    q = only(det)
    assert q.kind.value == "direct"
    assert q.fragments == [span(text, "“I never wanted to run for office.”")]
    assert (q.cue.text, q.speaker.text) == ("wrote", "He")
