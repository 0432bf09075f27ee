"""Guards of rare constructions in quote-mark pairing, direct attribution, cue verbs,
speaker lines and sentence numbering (issue 19: the mutation survivors of
quoteaudit/quotes/ marks, direct, cues, headlines, context and __init__).

Each test is a newsroom sentence with the span, kind, speaker or stray mark an editor
would name; the few unit-level tests call a function whose guard no sentence reaches
on its own (said so in the test)."""

from quoteaudit.ingest import split_paragraphs
from quoteaudit.quotes import context, cues
from quoteaudit.quotes.marks import pair_marks

from tests._quotes import detect, quote_rows, span


def _pairs(text):
    scan = pair_marks(text, split_paragraphs(text))
    return scan.spans, [(s.start, s.end, s.text, s.reason) for s in scan.strays]


# --- quote marks ---------------------------------------------------------------


def test_nested_mark_left_open_at_a_paragraph_end_is_reported():
    # the sign's own quote never closes, nor does the outer one: both marks are strays
    text = '"The sign read “Closed for good, she said.\n\nThe shop opened in 1990.'
    spans, strays = _pairs(text)
    assert [text[q.start : q.end] for q in spans] == ['"The sign read “Closed for good, she said.']
    assert strays == [
        (0, 1, '"', "opening quote mark never closed"),
        (text.index("“"), text.index("“") + 1, "“", "opening quote mark never closed"),
    ]


def test_nested_mark_left_open_at_the_article_end_is_reported():
    text = '"The sign read “Closed for good, she said.'
    _, strays = _pairs(text)
    assert strays == [
        (0, 1, '"', "opening quote mark never closed"),
        (text.index("“"), text.index("“") + 1, "“", "opening quote mark never closed"),
    ]


def test_nested_quote_opened_twice_reports_both_marks():
    # two nested quotes opened, neither closed, inside a properly closed outer quote
    text = '"The sign read “Closed for good and “Back in May," she said.'
    spans, strays = _pairs(text)
    assert [text[q.start : q.end] for q in spans] == ['"The sign read “Closed for good and “Back in May,"']
    first, second = text.index("“"), text.index("“Back")
    assert strays == [
        (first, first + 1, "“", "opening quote mark never closed"),
        (second, second + 1, "“", "opening quote mark never closed"),
    ]


def test_uk_quote_over_paragraphs_after_a_nested_quote_keeps_its_links():
    text = '"The sign said “Closed” all week," she said.\n\n‘We lost everything.\n\n‘Now we start again,’ he said.'
    spans, strays = _pairs(text)
    assert [text[q.start : q.end] for q in spans] == [
        '"The sign said “Closed” all week,"', "“Closed”", "‘We lost everything.", "‘Now we start again,’",
    ]
    assert [q.parent for q in spans] == [None, 0, None, None]
    assert (spans[2].next_part, spans[3].prev_part) == (3, 2)
    assert spans[0].next_part is None and spans[3].next_part is None
    assert strays == []


def test_markup_value_left_in_the_text_is_not_a_quote():
    text = 'The photo had alt="Mayor Brown at the podium" under it. “We will rebuild,” she said.'
    spans, strays = _pairs(text)
    assert [text[q.start : q.end] for q in spans] == ["“We will rebuild,”"]
    assert strays == []


def test_unclosed_markup_value_does_not_swallow_a_quote_200_characters_on():
    # a scraped attribute left open: its value is looked for within 200 characters only,
    # so the mayor's quote that opens exactly 200 characters on keeps its opening mark
    pre = 'Scraped from the page: class="'
    filler = ("The council met on Tuesday and voted to delay the budget until spring. " * 4)[:199]
    text = pre + filler + '"We will rebuild," the mayor said.'
    spans, strays = _pairs(text)
    assert [text[q.start : q.end] for q in spans] == ['"We will rebuild,"']
    assert [q.recovered for q in spans] == [False]
    assert strays == []


def test_plural_possessive_before_a_one_letter_word_inside_a_uk_quote():
    text = "‘The Hendersons’ B&B stayed open all winter,’ the owner said."
    spans, strays = _pairs(text)
    assert [text[q.start : q.end] for q in spans] == ["‘The Hendersons’ B&B stayed open all winter,’"]
    assert strays == []


def test_year_elision_and_a_quote_opening_on_a_year():
    text = "‘2020 was a hard year,’ she said of the ’90s revival."
    spans, strays = _pairs(text)
    assert [text[q.start : q.end] for q in spans] == ["‘2020 was a hard year,’"]
    assert strays == []


# --- sentence numbering -----------------------------------------------------------


def _sentences(nlp, text):
    doc = nlp(text)
    scan = pair_marks(text, split_paragraphs(text))
    ctx = context.build(doc, text, scan.spans, split_paragraphs(text))
    out: dict[int, list] = {}
    for t in doc:
        out.setdefault(ctx.sent_id[t.i], []).append(t)
    return [text[ts[0].idx : ts[-1].idx + len(ts[-1])] for ts in out.values()]


def test_article_opening_quote_that_ends_a_sentence_ends_it(nlp):
    text = "“They float like butterflies and sting like bees.” “We are America,” he said."
    assert _sentences(nlp, text) == ["“They float like butterflies and sting like bees.”", "“We are America,” he said."]


def test_quote_running_into_its_attribution_is_one_sentence(nlp):
    text = "“We will rebuild,” the mayor said. Work starts in May."
    assert _sentences(nlp, text) == ["“We will rebuild,” the mayor said.", "Work starts in May."]


# --- direct attribution -------------------------------------------------------------


def test_party_issuing_a_statement_before_a_colon_is_the_speaker(nlp):
    text = "Democrats issued a short statement: “We will not support this bill.”"
    _, det = detect(nlp, text)
    (q,) = det.quotes
    assert (q.text, q.kind.value, q.attribution_type.value, q.speaker.text) == (
        "“We will not support this bill.”", "direct", "speech", "Democrats",
    )
    assert q.cue_lemma == "colon"
    assert (q.cue.start, q.cue.end) == span(text, ":")


def test_pronoun_making_a_comment_before_a_colon_is_the_speaker(nlp):
    text = "She made the following comment: “The vote was rigged.”"
    assert quote_rows(nlp, text) == [("“The vote was rigged.”", "direct", "speech", "She")]


def test_it_before_a_colon_is_not_a_speaker(nlp):
    text = "It read as follows: “Closed until further notice.”"
    assert [r[3] for r in quote_rows(nlp, text)] in ([], [None])


def test_spaced_dash_after_a_quote_ends_its_clause(nlp):
    text = "“We are not going anywhere” — the mayor said on Tuesday."
    assert quote_rows(nlp, text) == [("“We are not going anywhere”", "direct", "speech", "the mayor")]


def test_name_after_the_cue_stops_at_its_apposition(nlp):
    text = "“We will appeal the ruling,” said Jane Smith, a lawyer for the family."
    assert quote_rows(nlp, text) == [("“We will appeal the ruling,”", "direct", "speech", "Jane Smith")]


def test_hyphenated_name_after_the_cue_is_whole(nlp):
    text = "“We will appeal,” said Smith-Jones, the family's lawyer."
    assert quote_rows(nlp, text) == [("“We will appeal,”", "direct", "speech", "Smith-Jones")]


# --- cue verbs ------------------------------------------------------------------


def _cue(nlp, text, word):
    doc = nlp(text)
    (tok,) = [t for t in doc if t.text == word]
    return cues.cue_class(tok)


def test_fired_back_is_speech_fired_the_director_is_not(nlp):
    # unit level: the class of the verb itself, whatever the quote around it
    assert _cue(nlp, "“That is false,” the senator fired back.", "fired") == cues.SPEECH
    assert _cue(nlp, "“We have no comment,” the spokesman shot back.", "shot") == cues.SPEECH
    assert _cue(nlp, "The board fired the director on Monday.", "fired") is None


def test_pointed_out_and_pointed_to_are_speech_pointed_the_way_is_not(nlp):
    assert _cue(nlp, "The mayor pointed out that taxes fell.", "pointed") == cues.SPEECH
    assert _cue(nlp, "She pointed to her record.", "pointed") == cues.SPEECH
    assert _cue(nlp, "The mayor pointed the way.", "pointed") is None


def test_went_to_iowa_is_no_cue(nlp):
    assert _cue(nlp, "He went to Iowa.", "went") is None


# --- speaker lines -------------------------------------------------------------------


def test_speaker_line_is_attributed_by_its_colon(nlp):
    text = "Mayor Lisa Brown: The budget will not raise property taxes this year."
    _, det = detect(nlp, text)
    (q,) = det.quotes
    assert (q.text, q.kind.value, q.attribution_type.value, q.speaker.text) == (
        "The budget will not raise property taxes this year", "indirect", "speech", "Mayor Lisa Brown",
    )
    assert q.cue_lemma == "colon"
    assert (q.cue.start, q.cue.end) == span(text, ":")


def test_title_and_name_making_a_comment_before_a_colon_is_the_speaker(nlp):
    # the parser hangs "made" off the quoted sentence: the verb before the colon still counts
    text = "Senator Warren made the following comment: “The vote was rigged.”"
    assert quote_rows(nlp, text) == [("“The vote was rigged.”", "direct", "speech", "Senator Warren")]


def test_went_on_after_a_quote_is_its_attribution(nlp):
    assert quote_rows(nlp, "“It is over,” he went on.") == [("“It is over,”", "direct", "speech", "he")]
    assert quote_rows(nlp, "“We will appeal,” Smith went on.") == [("“We will appeal,”", "direct", "speech", "Smith")]


def test_went_on_to_win_is_a_career_not_a_cue(nlp):
    assert _cue(nlp, "She went on to win the seat.", "went") is None
    assert _cue(nlp, "“It is over,” he went on.", "went") == cues.SPEECH


def test_label_paragraph_ending_in_a_colon_names_the_next_paragraphs_speaker(nlp):
    text = "Senator Warren on the tax bill:\n\n“It is a giveaway to the rich.”"
    assert quote_rows(nlp, text) == [("“It is a giveaway to the rich.”", "direct", "speech", "Senator Warren")]


def test_quote_opening_the_article_has_no_paragraph_before_it_to_name_a_speaker(nlp):
    assert quote_rows(nlp, "“It is a giveaway to the rich.”") == [("“It is a giveaway to the rich.”", "direct", "speech", None)]


# --- speaker lines: which "NAME: statement" paragraphs are someone's words ---------------


def test_speaker_line_in_quote_marks_is_one_direct_quote(nlp):
    text = "Mayor Lisa Brown: “The budget will not raise property taxes this year.”"
    assert quote_rows(nlp, text) == [("“The budget will not raise property taxes this year.”", "direct", "speech", "Mayor Lisa Brown")]


def test_speaker_line_with_a_quoted_phrase_is_mixed(nlp):
    text = "Mayor Lisa Brown: The budget is “a disaster” and will be vetoed."
    assert quote_rows(nlp, text) == [("The budget is “a disaster” and will be vetoed", "mixed", "speech", "Mayor Lisa Brown")]


def test_speaker_line_of_a_report_is_a_document_attribution(nlp):
    text = "The report: Emissions rose by a third last year in the region."
    assert quote_rows(nlp, text) == [("Emissions rose by a third last year in the region", "indirect", "document", "The report")]


def test_lone_surname_line_is_a_speaker_line_when_the_article_names_the_person(nlp):
    named = "Senator Bernie Sanders spoke in Iowa on Monday.\n\nSanders: Brexit's message could draw Trump support."
    assert quote_rows(nlp, named) == [("Brexit's message could draw Trump support", "indirect", "speech", "Sanders")]
    assert quote_rows(nlp, "Sanders: Brexit's message could draw Trump support.") == []


def test_lines_that_name_nobody_are_not_speaker_lines(nlp):
    for text in (
        "UPDATE: The budget will not raise property taxes this year.",  # a label
        "Bottom line: The budget will not raise property taxes this year.",  # no name
        "But beware, Republicans: The budget will raise taxes next year.",  # a sentence
        "Iowa: Trump 28 percent, Cruz 25 percent, Rubio 12 percent.",  # a list, no verb
        "Budget: see page 4 for the full tables and charts.",  # an instruction to the reader
        "The Mayor of the City of Springfield and All Its Suburbs: The budget will not raise taxes.",  # too long for a name
    ):
        assert quote_rows(nlp, text) == [], text


# --- sentence numbering: more boundaries -------------------------------------------


def test_dateline_dash_starts_the_sentence(nlp):
    text = "LONDON (Reuters) - Donald Trump said on Tuesday that talks would resume."
    sents = _sentences(nlp, text)
    assert sents[-1] == "Donald Trump said on Tuesday that talks would resume."


def test_question_quote_before_a_capital_ends_its_sentence(nlp):
    text = "He asked, “Who will pay for it?” Nobody answered."
    assert _sentences(nlp, text) == ["He asked, “Who will pay for it?”", "Nobody answered."]


def test_quote_with_no_closing_punctuation_runs_on_into_its_sentence(nlp):
    text = "She called it “a disgrace” Monday. The board met."
    assert _sentences(nlp, text) == ["She called it “a disgrace” Monday.", "The board met."]


# --- name lines, transcript labels, promo lines -----------------------------------------


def test_pull_quote_over_a_name_line_is_that_persons(nlp):
    text = "“We will rebuild this town, brick by brick.”\n\n— Mayor Jane Doe"
    assert quote_rows(nlp, text) == [("“We will rebuild this town, brick by brick.”", "direct", "speech", "Mayor Jane Doe")]
    tweet = "“We will rebuild this town, brick by brick.”\n\nPaul Ryan (@SpeakerRyan) July 5, 2016"
    assert quote_rows(nlp, tweet) == [("“We will rebuild this town, brick by brick.”", "direct", "speech", "Paul Ryan")]


def test_a_sentence_under_a_pull_quote_is_not_a_name_line(nlp):
    text = "“We will rebuild this town, brick by brick.”\n\n— Jane Doe spoke at the rally on Monday"
    assert quote_rows(nlp, text) == [("“We will rebuild this town, brick by brick.”", "direct", "speech", None)]


def test_transcript_label_inside_the_quote_names_the_speaker(nlp):
    text = "“PENCE: Well, look, we will win this election.”"
    _, det = detect(nlp, text)
    (q,) = det.quotes
    assert (q.kind.value, q.speaker.text, q.cue_lemma) == ("direct", "PENCE", "colon")
    assert (q.speaker.start, q.speaker.end) == span(text, "PENCE")


def test_promo_lines_are_navigation_promotion_and_bylines():
    from quoteaudit.quotes.promo import promo_lines

    text = (
        "READ MORE: “We are not done,” says coach\n"
        'WATCH: "This is the moment the bridge fell"\n'
        "The council met on Tuesday.\n\n"
        "Follow Pam Key on Twitter @pamkeyNEN.\n"
        "By Jane Doe, Associated Press\n"
        "By the time the council met, the roads had flooded and the schools had closed for the week."
    )
    assert [text[a:b] for a, b in promo_lines(text)] == [
        "READ MORE: “We are not done,” says coach",
        'WATCH: "This is the moment the bridge fell"',
        "Follow Pam Key on Twitter @pamkeyNEN.",
        "By Jane Doe, Associated Press",
    ]


# --- datelines ------------------------------------------------------------------------


def _dash_closes_dateline(text, dash, nth=0):
    from quoteaudit.quotes.datelines import ends_dateline

    i = -1
    for _ in range(nth + 1):
        i = text.index(dash, i + 1)
    return ends_dateline(text, i, i + len(dash))


def test_wire_datelines_end_at_their_dash():
    assert _dash_closes_dateline("WASHINGTON (AP) — The Senate voted on Tuesday.", "—")
    assert _dash_closes_dateline("CLEVELAND, July 19 (UPI) — The convention opened.", "—")
    assert _dash_closes_dateline("LONDON (Reuters) - Donald Trump said talks would resume.", "-")
    assert _dash_closes_dateline("Washington (AFP) – The Senate voted on Tuesday.", "–")
    assert _dash_closes_dateline("PARIS (AFP) --  Talks resumed.", "--")  # two spaces after the dash
    assert _dash_closes_dateline("Earlier story.\nPARIS (AFP) — Talks resumed.", "—")  # on its own line


def test_dashes_that_close_no_dateline():
    assert not _dash_closes_dateline("Washington — The Senate voted on Tuesday.", "—")  # no agency, not in capitals
    assert not _dash_closes_dateline("The vote - which was close - passed.", "-")
    assert not _dash_closes_dateline("WILKES-BARRE, Pa. (AP) — The mine closed.", "-")  # the place's own hyphen
    assert not _dash_closes_dateline("LONDON (Reuters) - Talks - which resumed - ended.", "-", nth=1)
    long_line = "The council, which met for six hours on Tuesday night in the old hall, voted (AP) — to adjourn."
    assert not _dash_closes_dateline(long_line, "—")


def test_dateline_end_is_where_the_story_begins():
    from quoteaudit.quotes.datelines import dateline_end

    text = "Intro.\nLONDON (Reuters) - Donald Trump said talks would resume."
    assert dateline_end(text, text.index("LONDON")) == text.index("Donald")
    assert dateline_end("The Senate voted - again - on Tuesday.", 0) is None


# --- quote marks: the recoveries, one table -----------------------------------------------

import pytest  # noqa: E402

_NEVER_CLOSED = "opening quote mark never closed"


@pytest.mark.parametrize(
    "text, spans, strays",
    [
        # a doubled opening mark: one quote, the second mark reported
        ("““We will win,” he said.", [("““We will win,”", False)], [("“", "doubled opening quote mark")]),
        # a doubled closing mark: the quote takes both marks
        ("“We will win,”” he said.", [("“We will win,””", False)], [("”", "doubled closing quote mark")]),
        # the opening mark was lost: the quote runs from its sentence start
        ("We will win,” he said.", [("We will win,”", True)], [("”", "closing quote mark with no opening mark")]),
        # a stray close after the attribution of a quote that closed: no quote of its own
        ("“We will win,” Earnest said.”", [("“We will win,”", False)], [("”", "closing quote mark with no opening mark")]),
        # a quote never closed before the next opens: it ends at its sentence end
        ("“We will win. “We always do,” he said.", [("“We will win.", True), ("“We always do,”", False)], [("“", _NEVER_CLOSED)]),
        # a quote never closed in its paragraph, the next paragraph narration
        ("“We will win.\n\nThe crowd cheered.", [("“We will win.", True)], [("“", _NEVER_CLOSED)]),
        # a paragraph opening with another family's mark does not continue the quote
        ('"We will win.\n\n“We always do,” he said.', [('"We will win.', True), ("“We always do,”", False)], [('"', _NEVER_CLOSED)]),
        # a wrapped line inside a paragraph: one quote
        ("“We will\nwin,” he said.", [("“We will\nwin,”", False)], []),
        # inches, not quote marks
        ("He is 6'3\" tall.", [], []),
        # spaced straight marks and typewriter digraphs
        ('" We will win, " he said.', [('" We will win, "', False)], []),
        ("``We will win,'' he said.", [("``We will win,''", False)], []),
        # a quote with no punctuation before its attribution, and its second half
        ("“We will win” he said “and we always do.”", [("“We will win”", False), ("“and we always do.”", False)], []),
        # elisions are no quote marks
        ("The ’em and rock ’n’ roll era.", [], []),
    ],
)
def test_quote_mark_recovery(text, spans, strays):
    found, found_strays = _pairs(text)
    assert [(text[q.start : q.end], q.recovered) for q in found] == spans
    assert [(t, reason) for _, _, t, reason in found_strays] == strays


def test_quote_continued_over_paragraphs_links_its_pieces():
    text = "“We will win.\n\n“We always do,” he said."
    spans, strays = _pairs(text)
    assert [text[q.start : q.end] for q in spans] == ["“We will win.", "“We always do,”"]
    assert (spans[0].next_part, spans[1].prev_part, spans[0].recovered) == (1, 0, False)
    assert strays == []


def test_uk_quote_continued_over_paragraphs_links_its_pieces():
    text = "‘We will win,’ he said. ‘We always do.\n\n‘Always,’ he added."
    spans, strays = _pairs(text)
    assert [text[q.start : q.end] for q in spans] == ["‘We will win,’", "‘We always do.", "‘Always,’"]
    assert [(q.next_part, q.prev_part, q.double) for q in spans] == [(None, None, False), (2, None, False), (None, 1, False)]


def test_single_quote_closed_after_a_space_inside_a_double_quote():
    text = "“Tell them ‘no,’ ” she said."
    spans, _ = _pairs(text)
    assert [(text[q.start : q.end], q.parent) for q in spans] == [("“Tell them ‘no,’ ”", None), ("‘no,’", 0)]


def test_sentence_before_the_first_quote_ends_at_its_period(nlp):
    # the quote's opening mark is no capital letter, but the quote's first word is
    text = "The mayor spoke first. “We will rebuild,” she said. “It will take years.”"
    assert _sentences(nlp, text) == ["The mayor spoke first.", "“We will rebuild,” she said.", "“It will take years.”"]


def test_comma_set_off_by_a_space_after_a_quote_still_ends_its_clause(nlp):
    # copy with a stray space before the comma: the fragment is still attributed
    assert quote_rows(nlp, "“Never again” , the mayor said.") == [("“Never again”", "direct", "speech", "the mayor")]
    assert quote_rows(nlp, "“Never again”  ; the mayor said.") == [("“Never again”", "direct", "speech", "the mayor")]


def _ctx(nlp, text):
    from quoteaudit.quotes import _classify

    doc = nlp(text)
    paragraphs = split_paragraphs(text)
    ctx = context.build(doc, text, pair_marks(text, paragraphs).spans, paragraphs)
    ctx.classes = [_classify(ctx, k) for k in range(len(ctx.spans))]
    return ctx


def test_name_run_after_an_inverted_cue_stops_at_the_comma(nlp):
    # unit level: the name after "added" when the parse gives the cue no subject
    from quoteaudit.quotes.direct import _name_run

    text = "“We lost,” added Smith, a Democrat."
    ctx = _ctx(nlp, text)
    cue = next(t for t in ctx.doc if t.text == "added")
    assert _name_run(ctx, range(cue.i + 1, len(ctx.doc))) == span(text, "Smith")
    text = "“We lost,” added Smith-Jones, a Democrat."
    ctx = _ctx(nlp, text)
    cue = next(t for t in ctx.doc if t.text == "added")
    assert _name_run(ctx, range(cue.i + 1, len(ctx.doc))) == span(text, "Smith-Jones")
    text = "“We lost,” she said in an interview."
    ctx = _ctx(nlp, text)
    cue = next(t for t in ctx.doc if t.text == "said")
    assert _name_run(ctx, range(cue.i + 1, len(ctx.doc))) is None


# --- what a quoted span is: speech, fragment, title, term, headline -----------------------


@pytest.mark.parametrize(
    "text, quoted, expected",
    [
        ("The so-called “reform” failed.", "“reform”", "term"),
        ("Read “The Living Room to close,” by Times' Ben Sisario.", "“The Living Room to close,”", "title"),
        ("“(CROSSTALK.)”", "“(CROSSTALK.)”", "term"),
        ("“So, That Happened.”", "“So, That Happened.”", "headline"),
        ("He wrote his 2012 book, “An American Son.”", "“An American Son.”", "title"),
        ("She hosts her podcast, “the breakdown,” on Fridays.", "“the breakdown,”", "title"),
        ("“We will rebuild the city,” she said.", "“We will rebuild the city,”", "speech"),
        ("“Never again.”", "“Never again.”", "speech"),
        ("She called it “reckless” on Monday.", "“reckless”", "fragment"),
        ("He said “ ” twice.", "“ ”", "term"),
    ],
)
def test_quoted_span_class(nlp, text, quoted, expected):
    from quoteaudit.quotes import _classify

    ctx = _ctx(nlp, text)
    assert [(text[q.start : q.end], _classify(ctx, k)) for k, q in enumerate(ctx.spans)] == [(quoted, expected)]


# --- cue lemmas and the type of an annotated cue ------------------------------------------


@pytest.mark.parametrize(
    "text, word, lemma",
    [
        ("The mayor pointed out that taxes fell.", "pointed", "point out"),
        ("“No,” the senator fired back.", "fired", "fire back"),
        ("“It is over,” he went on.", "went", "go on"),
        ("He called for a recount.", "called", "call for"),
        ("He called on Congress to act.", "called", "call on"),
        ("She said it would pass.", "said", "say"),
    ],
)
def test_cue_lemma_names_the_phrasal_cue(nlp, text, word, lemma):
    (tok,) = [t for t in nlp(text) if t.text == word]
    assert cues.cue_lemma(tok) == lemma


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("According to the report, taxes rose.", "According to", "speech"),
        ("The mayor has said taxes rose.", "has said", "speech"),
        ("The claim that taxes rose is false.", "claim", "noun"),
        ("The union endorsed the plan.", "endorsed", "perception_stance"),
        ("The mayor attacked the plan.", "attacked", "perception_stance"),
        ("Mayor: taxes rose.", ":", "speech"),
        ("She believes taxes rose.", "believes", "thought"),
        # where it was said, not a noun attribution: the docstring's "in a statement"
        ("In a statement, the mayor said taxes rose.", "In a statement", "speech"),
        ("Taxes rose, she said in an interview.", "in an interview", "speech"),
    ],
)
def test_type_of_an_annotated_cue(nlp, text, cue, expected):
    doc = nlp(text)
    i = text.index(cue)
    assert cues.type_of_cue(doc.char_span(i, i + len(cue), alignment_mode="expand")).value == expected


# --- the finished quote: ids, pieces, cue, confidence, nesting, promo lines ----------------


def test_quote_resumed_after_its_attribution_is_one_quote_in_two_pieces(nlp):
    text = "“We will rebuild the whole town,” the mayor said. “It will take years, but we will do it.”"
    _, det = detect(nlp, text)
    (q,) = det.quotes
    first, second = "“We will rebuild the whole town,”", "“It will take years, but we will do it.”"
    assert (q.id, q.kind.value, q.fragments) == ("q1", "direct", [span(text, first), span(text, second)])
    assert q.text == f"{first} … {second}"
    assert ((q.cue.start, q.cue.end, q.cue.text), q.cue_lemma) == ((*span(text, "said"), "said"), "say")
    assert ((q.speaker.start, q.speaker.end), q.confidence) == (span(text, "the mayor"), 1.0)


def test_quote_that_lost_its_opening_mark_is_kept_with_less_confidence(nlp):
    text = "We will win,” he said."
    _, det = detect(nlp, text)
    (q,) = det.quotes
    assert (q.text, q.speaker.text, q.confidence) == ("We will win,”", "he", 0.7)
    assert [(s.start, s.reason) for s in det.stray_marks] == [(text.index("”"), "closing quote mark with no opening mark")]


def test_sources_reported_by_a_report_nest_inside_its_quote(nlp):
    text = "Regional intelligence sources say the group is growing, the report said."
    _, det = detect(nlp, text)
    rows = [(q.id, q.text, q.attribution_type.value, q.speaker.text, q.parent) for q in det.quotes]
    assert rows == [
        ("q1", "Regional intelligence sources say the group is growing", "document", "the report", None),
        ("q2", "the group is growing", "speech", "Regional intelligence sources", "q1"),
    ]


def test_quote_on_a_promo_line_is_no_quote(nlp):
    text = "“We will win this game,” he said.\n\nREAD MORE: “We are not done,” says coach"
    assert quote_rows(nlp, text) == [("“We will win this game,”", "direct", "speech", "he")]


def test_plural_possessive_closes_a_uk_quote_only_when_nothing_better_does():
    text = "‘We thank the players’ families,’ she said."
    spans, _ = _pairs(text)
    assert [text[q.start : q.end] for q in spans] == ["‘We thank the players’ families,’"]
    text = "She said ‘thank the players’ and left."
    spans, _ = _pairs(text)
    assert [text[q.start : q.end] for q in spans] == ["‘thank the players’"]


def test_one_word_label_before_a_colon_paragraph_is_the_speaker(nlp):
    text = "Pelosi on the vote:\n\n“We have the votes.”"
    assert quote_rows(nlp, text) == [("“We have the votes.”", "direct", "speech", "Pelosi")]
    text = "Warren on the tax bill:\n\n“It is a giveaway to the rich.”"
    assert quote_rows(nlp, text) == [("“It is a giveaway to the rich.”", "direct", "speech", "Warren")]


@pytest.mark.parametrize(
    "text, word, preps",
    [
        ("Forecasters warned of a coming storm.", "warned", {"of", "about", "against"}),
        ("The lawyers argued for a delay.", "argued", {"for", "against"}),
        ("Prosecutors accused him of fraud.", "accused", set()),  # an object frame, no preposition
        ("Critics dubbed it the rain tax.", "dubbed", set()),  # a label frame
        ("She said the plan would pass.", "said", set()),  # a words frame
    ],
)
def test_prepositions_whose_object_a_cue_reports(nlp, text, word, preps):
    (tok,) = [t for t in nlp(text) if t.text == word]
    assert cues.verb_prepositions(tok) == preps


def test_indented_line_opening_with_the_mark_continues_the_quote():
    # a transcript's next line, indented by one space, opens with the quote mark again
    text = "“We will win.\n “We always do,” he said."
    spans, strays = _pairs(text)
    assert [(text[q.start : q.end], q.next_part, q.prev_part, q.recovered) for q in spans] == [
        ("“We will win.", 1, None, False), ("“We always do,”", None, 0, False),
    ]
    assert strays == []


def test_three_word_speaker_line_is_a_statement(nlp):
    assert quote_rows(nlp, "Mayor Lisa Brown: Taxes will rise.") == [("Taxes will rise", "indirect", "speech", "Mayor Lisa Brown")]


def test_an_of_phrase_after_the_quote_keeps_the_writers_noun_phrase(nlp):
    # "read “hundreds” of names": the writer's count, not words the man read out
    assert quote_rows(nlp, "He read “hundreds” of names aloud at the vigil.") == []
    assert quote_rows(nlp, "The crowd chanted “Lock him up” outside the courthouse.") == [
        ("“Lock him up”", "direct", "speech", "The crowd"),
    ]


def test_spans_say_which_marks_they_are_in():
    text = "“He told me, ‘Leave now,’ and I did,” she said. ‘We left,’ he added. We lost,” she said."
    spans, _ = _pairs(text)
    assert [(text[q.start : q.end], q.double, q.recovered) for q in spans] == [
        ("“He told me, ‘Leave now,’ and I did,”", True, False),
        ("‘Leave now,’", False, False),
        ("‘We left,’", False, False),
        ("We lost,”", True, True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "“We will rebuild this town.” — Mayor Jane Doe",
        "“We will rebuild this town.” —Mayor Jane Doe",
        "“We will rebuild this town.”— Mayor Jane Doe",
        "“We will rebuild this town.” -- Mayor Jane Doe",
    ],
)
def test_sign_off_dash_is_the_cue(nlp, text):
    _, det = detect(nlp, text)
    (q,) = det.quotes
    dash = text.index("-") if "--" in text else text.index("—")
    assert (q.speaker.text, q.cue_lemma, q.cue.start, q.cue.end) == ("Mayor Jane Doe", "dash", dash, dash + 1)


def test_a_slogan_under_a_pull_quote_is_not_its_speaker(nlp):
    text = "“We will rebuild this town.”\n\n— Make America Great Again"
    assert quote_rows(nlp, text) == [("“We will rebuild this town.”", "direct", "speech", None)]
