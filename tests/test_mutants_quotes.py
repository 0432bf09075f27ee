"""Quote detection cases written against the mutants that survived the older suite
(benchmarks/mutation.md): each asserts the exact quotes a newsroom sentence yields."""

from __future__ import annotations

import pytest

from ._quotes import detect, quote_rows, span


@pytest.mark.parametrize(
    "text",
    [
        "Residents laughed at the owners’ “We care about you.” The sign came down a week later.",
        "Residents laughed at the owners' \"We care about you.\" The sign came down a week later.",
    ],
    ids=["typographic-apostrophe", "ascii-apostrophe"],
)
def test_a_slogan_after_a_plural_possessive_is_nobodys_quote(nlp, text):
    """“the owners’ ‘We care about you’” names a slogan inside the writer's sentence: the
    apostrophe before the opening mark makes it embedded, so the residents who laughed at
    it are not quoted saying it."""
    assert quote_rows(nlp, text) == []


@pytest.mark.parametrize(
    "text, rows",
    [
        ("The senator's claim that she won drew laughter in the chamber.", [("she won", "indirect", "noun", "The senator")]),
        ("Officials dismissed the senator's warning that prices rose.", [("prices rose", "indirect", "noun", "the senator")]),
        ("Trump's claim that he won was repeated at the rally.", [("he won", "indirect", "noun", "Trump")]),
    ],
    ids=["politics-claim", "business-warning", "wire-claim"],
)
def test_a_short_that_clause_after_a_noun_of_saying_is_its_content(nlp, text, rows):
    """A that-clause with nothing but its subject and verb (“that she won”) is still the
    noun's content: the clause has its own subject, so it is no relative clause."""
    assert quote_rows(nlp, text) == rows


def test_an_attribute_value_left_from_markup_is_no_quotation(nlp):
    """``author="Jane Doe"`` pasted from a CMS is markup, not the mayor's quoted words: the
    report stays a paraphrase, not a mixed quote."""
    text = 'The feed showed author="Jane Doe" above the story, the mayor said.'
    assert quote_rows(nlp, text) == [('The feed showed author="Jane Doe" above the story', "indirect", "speech", "the mayor")]


@pytest.mark.parametrize(
    "text, rows",
    [
        (
            "“We will open the bridge in May.” Asked about the delay, the mayor said the steel had arrived late.",
            [("“We will open the bridge in May.”", "direct", "speech", "the mayor"), ("the steel had arrived late", "indirect", "speech", "the mayor")],
        ),
        (
            "“The team is in good shape.” Asked about his knee, the striker said he would play on Saturday.",
            [("“The team is in good shape.”", "direct", "speech", "the striker"), ("he would play on Saturday", "indirect", "speech", "the striker")],
        ),
    ],
    ids=["city-hall", "sports"],
)
def test_a_question_put_after_a_quote_that_ends_a_sentence_is_nobodys_quote(nlp, text, rows):
    """A quote ending in a full stop ends its sentence, even when the parser runs the next
    one into it: “Asked about the delay, …” then opens a sentence, so it is the writer
    framing the question put to the mayor, not the mayor's words about “the delay”."""
    assert quote_rows(nlp, text) == rows


def test_a_reports_said_in_a_gold_file_is_a_document_attribution(nlp):
    """Gold files give a cue and a speaker but no type; ``type_of_cue`` reads it with the
    detectors' rules, so “The audit said …” is a document's attribution, while “The mayor
    said …” with the same cue verb is speech."""
    from quoteaudit.quotes.cues import type_of_cue
    from quoteaudit.model import AttributionType

    text = "The audit said the city had spent too much on roads. The mayor said the figures were wrong."
    doc = nlp(text)

    def typed(speaker: str, content: str) -> AttributionType:
        s, c = text.index(speaker), text.index(content)
        cue = text.index("said", s)
        return type_of_cue(
            doc.char_span(cue, cue + len("said")), doc.char_span(c, c + len(content)), doc.char_span(s, s + len(speaker))
        )

    assert typed("The audit", "the city had spent too much on roads") is AttributionType.DOCUMENT
    assert typed("The mayor", "the figures were wrong") is AttributionType.SPEECH


def test_a_gold_cue_with_words_besides_its_verb_is_typed_by_its_verb(nlp):
    """A gold cue is often more than its verb (“said in a statement”, “told reporters”):
    the words around the verb are read too, and the verb of saying still decides."""
    from quoteaudit.quotes.cues import type_of_cue
    from quoteaudit.model import AttributionType

    text = "The ministry said in a statement that the border would stay closed."
    doc = nlp(text)
    cue = text.index("said in a statement")
    content = text.index("the border would stay closed")
    assert type_of_cue(
        doc.char_span(cue, cue + len("said in a statement")),
        doc.char_span(content, content + len("the border would stay closed")),
        doc.char_span(0, len("The ministry")),
    ) is AttributionType.SPEECH


@pytest.mark.parametrize(
    "text, quote, cue, speaker",
    [
        ("“We will win on Saturday.”” the coach said.", "“We will win on Saturday.””", "said", "the coach"),
        ("“We did nothing wrong,”” the minister told reporters.", "“We did nothing wrong,””", "told", "the minister"),
    ],
    ids=["sports", "politics"],
)
def test_a_doubled_closing_mark_is_a_stray_and_the_quote_runs_over_it(nlp, text, quote, cue, speaker):
    """A closing mark typed twice (“…Saturday.””) is reported as a stray, and the quote it
    doubles takes it in, so the attribution after it still finds the quote."""
    text, det = detect(nlp, text)
    doubled = text.index(quote) + len(quote) - 1
    assert [(s.start, s.end, s.reason) for s in det.stray_marks] == [(doubled, doubled + 1, "doubled closing quote mark")]
    assert [(q.start, q.end, q.cue.text if q.cue else None, q.speaker.text if q.speaker else None) for q in det.quotes] == [
        (0, len(quote), cue, speaker)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The bridge was due to open in March. (It has been delayed twice before.) Asked about the delay, the mayor said the steel had arrived late.",
        "The bridge is late again... Asked about the delay, the mayor said the steel had arrived late.",
    ],
    ids=["parenthesis", "ellipsis"],
)
def test_a_question_put_after_a_sentence_the_parser_ended_is_nobodys_quote(nlp, text):
    """A sentence that ends inside a parenthesis or with three dots ends where the parser
    says it does: “Asked about the delay” then opens the next sentence and frames the
    question put to the mayor; only her answer is a quote."""
    assert quote_rows(nlp, text) == [("the steel had arrived late", "indirect", "speech", "the mayor")]


def test_a_name_and_a_colon_before_a_quote_attribute_it_by_the_colon(nlp):
    """“Mayor Jane Ruiz: “…”” — the name before a colon is the speaker and the colon is
    the cue, recorded as the ``colon`` cue (what the JSON report gives as ``cue_lemma``)."""
    text = "The council met on Tuesday. Mayor Jane Ruiz: “We will open the bridge in May.”"
    _, det = detect(nlp, text)
    assert [(q.text, q.kind.value, q.attribution_type.value, q.speaker.text, q.cue.text, q.cue_lemma) for q in det.quotes] == [
        ("“We will open the bridge in May.”", "direct", "speech", "Mayor Jane Ruiz", ":", "colon")
    ]


def test_an_unclosed_quote_before_the_next_one_ends_at_its_sentence_end():
    """“We will open the bridge in May. “That is a promise,” …: the first quote lost its
    closing mark; it is kept up to the end of its own sentence (a recovered quote, and the
    opening mark reported), not to the next mark and not dropped."""
    from quoteaudit.ingest import split_paragraphs
    from quoteaudit.quotes.marks import pair_marks

    text = "The mayor was firm. “We will open the bridge in May. “That is a promise,” she said."
    scan = pair_marks(text, split_paragraphs(text))
    assert [(text[q.start : q.end], q.recovered) for q in scan.spans] == [
        ("“We will open the bridge in May.", True),
        ("“That is a promise,”", False),
    ]
    assert [(s.start, s.reason) for s in scan.strays] == [(text.index("“We"), "opening quote mark never closed")]


def test_inch_marks_at_the_start_of_a_text_are_no_quote_marks():
    """A caption or listing can open on a measurement (8″x10″): the double prime after a
    digit is inches even as the text's second character."""
    from quoteaudit.ingest import split_paragraphs
    from quoteaudit.quotes.marks import pair_marks

    text = "8″x10″ prints of the photograph sell for $40 at the museum shop."
    scan = pair_marks(text, split_paragraphs(text))
    assert scan.spans == []
    assert scan.strays == []


def _gold_type(nlp, text: str, speaker: str, cue: str, content: str):
    """``type_of_cue`` on a gold annotation of ``text``: speaker, cue and content spans."""
    from quoteaudit.quotes.cues import type_of_cue

    doc = nlp(text)
    s, c = text.index(speaker), text.index(cue)
    n = text.index(content)
    return type_of_cue(
        doc.char_span(c, c + len(cue)), doc.char_span(n, n + len(content)), doc.char_span(s, s + len(speaker))
    ).value


@pytest.mark.parametrize(
    "text, speaker, cue, content, kind",
    [
        ("The senator made the claim that the vote was rigged.", "The senator", "made the claim", "the vote was rigged", "noun"),
        ("The union has made the allegation that managers hid the losses.", "The union", "made the allegation", "managers hid the losses", "noun"),
        ("The mayor attacked the plan as a waste of money.", "The mayor", "attacked", "the plan as a waste of money", "perception_stance"),
        ("The governor endorsed the bill on Monday.", "The governor", "endorsed", "the bill", "perception_stance"),
        ("The coach told reporters the team would win.", "The coach", "told reporters", "the team would win", "speech"),
    ],
    ids=["verb-and-cue-noun", "verb-and-allegation", "verb-outside-the-lexicon", "stance-verb", "speech-verb"],
)
def test_a_gold_cue_is_typed_by_its_cue_verb_else_its_cue_noun(nlp, text, speaker, cue, content, kind):
    """A gold cue is typed by the last verb of saying in it; a verb that is no cue verb
    (“made”) leaves the type to a cue noun beside it (“made the claim” is a noun
    attribution, like “the claim that …”), and with no cue noun a verb is a stance or act
    (“attacked the plan”)."""
    assert _gold_type(nlp, text, speaker, cue, content) == kind


@pytest.mark.parametrize(
    "text, rows",
    [
        (
            "The bridge will open in May, the mayor said on Tuesday. “We are on schedule.”",
            [("The bridge will open in May", "indirect", "speech", "the mayor", "say"), ("“We are on schedule.”", "direct", "speech", "the mayor", "say")],
        ),
        (
            "Prices will keep rising next year, the central bank's governor told reporters. “Inflation is not beaten.”",
            [
                ("Prices will keep rising next year", "indirect", "speech", "the central bank's governor", "tell"),
                ("“Inflation is not beaten.”", "direct", "speech", "the central bank's governor", "tell"),
            ],
        ),
    ],
    ids=["city-hall", "economy"],
)
def test_a_quote_right_after_a_paraphrase_and_its_attribution_is_the_same_speakers(nlp, text, rows):
    """“X, the mayor said. “…”” — the quote that follows a paraphrase and its closing
    attribution carries on the same speaker, with the same cue."""
    _, det = detect(nlp, text)
    assert [(q.text, q.kind.value, q.attribution_type.value, q.speaker.text if q.speaker else None, q.cue_lemma) for q in det.quotes] == rows


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        ("“It is over,” said the coach waving to the fans.", "“It is over,”", "the coach"),
        ("“The bridge will open in May,” said Mayor Jane Ruiz standing beside the river.", "“The bridge will open in May,”", "Mayor Jane Ruiz"),
    ],
    ids=["sports", "city-hall"],
)
def test_the_speaker_named_after_an_inverted_cue_stops_before_a_participle(nlp, text, quote, speaker):
    """“…,” said the coach waving to the fans: the name after an inverted cue is its
    speaker, and the run of name words stops at the verb that follows it (“waving”,
    “standing” are what the speaker was doing, not part of who is speaking)."""
    _, det = detect(nlp, text)
    assert [(q.text, q.cue_lemma, q.speaker.text) for q in det.quotes if q.kind.value == "direct"] == [(quote, "say", speaker)]


@pytest.mark.parametrize(
    "text, rows",
    [
        (
            "The mayor was firm: “We will open the bridge in May.” Her rival, who has run twice, said the steel would arrive late.",
            [
                ("“We will open the bridge in May.”", "direct", "speech", "The mayor", "colon"),
                ("the steel would arrive late", "indirect", "speech", "Her rival", "say"),
            ],
        ),
        (
            "“We did nothing wrong,” the minister said. “Nothing.” Her critics, who met on Monday, said the report was clear.",
            [
                ("“We did nothing wrong,” … “Nothing.”", "direct", "speech", "the minister", "say"),
                ("the report was clear", "indirect", "speech", "Her critics", "say"),
            ],
        ),
    ],
    ids=["city-hall-colon", "politics-carried-on"],
)
def test_a_cue_with_its_own_paraphrase_after_a_quote_does_not_take_the_quote(nlp, text, rows):
    """“…” Her rival, who has run twice, said the steel would arrive late: the next
    sentence's cue reports its own clause, so it is not the attribution of the quote
    before it; the quote keeps the speaker named before it (the colon, the tag)."""
    _, det = detect(nlp, text)
    assert [(q.text, q.kind.value, q.attribution_type.value, q.speaker.text if q.speaker else None, q.cue_lemma) for q in det.quotes] == rows


@pytest.mark.parametrize(
    "text, rows",
    [
        (
            "Analysts said several factors have contributed to the party's rise, citing the strength of the economy.",
            [
                ("several factors have contributed to the party's rise", "indirect", "speech", "Analysts", "say"),
                ("the strength of the economy", "indirect", "noun", "Analysts", "cite"),
            ],
        ),
        (
            "Officials said the storm had caused damage across the county, citing reports from fire crews.",
            [
                ("the storm had caused damage across the county", "indirect", "speech", "Officials", "say"),
                ("reports from fire crews", "indirect", "noun", "Officials", "cite"),
            ],
        ),
    ],
    ids=["politics", "weather"],
)
def test_a_citing_participle_the_parse_hangs_inside_the_content_is_cut_off(nlp, text, rows):
    """“…, citing the strength of the economy” tells what the source leaned on, even when
    the parse hangs the participle on the reported clause's verb (“contributed”, “caused”)
    instead of on “said”: the content stops at the comma, and what is cited is a noun
    attribution of its own."""
    _, det = detect(nlp, text)
    assert [(q.text, q.kind.value, q.attribution_type.value, q.speaker.text if q.speaker else None, q.cue_lemma) for q in det.quotes] == rows


def test_a_citing_participle_before_a_second_cue_verb_is_still_cut_off(nlp):
    """“…, citing reports from fire crews and warned that …”: the second cue verb, joined
    on with “and”, is a quote of its own and is left out of the first one's content; the
    participle before it then ends that content, so it is cut off at its comma like any
    citing participle (the “and” does not count as more of the report)."""
    text = "Officials said the storm had caused damage across the county, citing reports from fire crews and warned that more rain was coming."
    _, det = detect(nlp, text)
    assert [(q.text, q.kind.value, q.attribution_type.value, q.speaker.text if q.speaker else None, q.cue_lemma) for q in det.quotes] == [
        ("the storm had caused damage across the county", "indirect", "speech", "Officials", "say"),
        ("reports from fire crews", "indirect", "noun", "Officials", "cite"),
        ("more rain was coming", "indirect", "speech", "Officials", "warn"),
    ]



@pytest.mark.parametrize(
    "text, quote",
    [
        ("'The 8' fence will go up in May,' the mayor said.", "'The 8' fence will go up in May,'"),
        ("The coach said, 'He is 6' 10\" and still growing.'", "'He is 6' 10\" and still growing.'"),
        ("Coach: 'Our 7′ center will start on Saturday'", "'Our 7′ center will start on Saturday'"),
    ],
    ids=["city-hall-feet", "sports-height", "headline-prime"],
)
def test_a_foot_mark_after_a_digit_does_not_close_a_single_quote(text, quote):
    """'The 8' fence will go up in May,' the mayor said: a straight mark or a prime right
    after a digit gives feet, so it neither closes nor opens a quote; the quote in single
    marks runs on to its real closing mark."""
    from quoteaudit.ingest import split_paragraphs
    from quoteaudit.quotes.marks import pair_marks

    scan = pair_marks(text, split_paragraphs(text))
    assert [text[q.start : q.end] for q in scan.spans] == [quote]
    assert scan.strays == []


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        ("“We did nothing wrong” Flynn, a top Trump surrogate, said Thursday morning on Fox News.", "“We did nothing wrong”", "Flynn"),
        ("“We will not raise taxes” Ruiz, the party's finance spokeswoman, said on Monday.", "“We will not raise taxes”", "Ruiz"),
    ],
    ids=["wire", "politics"],
)
def test_a_speakers_appositive_right_after_a_quote_with_no_comma_is_not_quoted(nlp, text, quote, speaker):
    """“…” Flynn, a top Trump surrogate, said: with no comma inside the closing mark the
    parse takes the speaker and the appositive describing him into the reported clause;
    the words from the closing mark to the cue are still the speaker's description, so
    the quote stays a direct quote of its own words."""
    _, det = detect(nlp, text)
    assert [(q.text, q.kind.value, q.speaker.text if q.speaker else None, q.cue_lemma) for q in det.quotes] == [(quote, "direct", speaker, "say")]


@pytest.mark.parametrize(
    "text, rows",
    [
        ("When asked about the delay, the mayor said the steel had arrived late.", [("the steel had arrived late", "indirect", "speech", "the mayor")]),
        ("If asked about the layoffs, the chief executive said she would not comment.", [("she would not comment", "indirect", "speech", "the chief executive")]),
    ],
    ids=["city-hall", "business"],
)
def test_a_question_put_after_when_or_if_is_nobodys_quote(nlp, text, rows):
    """“When asked about the delay, the mayor said …”: “when” before the fronted
    participle does not make the topic of the question a report; only the answer is a
    quote."""
    assert quote_rows(nlp, text) == rows


@pytest.mark.parametrize(
    "text, rows",
    [
        ("The campaign is struggling — he asked the AP whether voters would notice.", [("voters would notice", "indirect", "speech", "he")]),
        ("Sales were flat — the chief executive asked analysts whether the company should cut jobs.", [("the company should cut jobs", "indirect", "speech", "the chief executive")]),
    ],
    ids=["politics", "business"],
)
def test_a_whether_clause_after_the_cue_is_its_content_not_the_sentence_before_a_dash(nlp, text, rows):
    """Like a that-clause, a whether-clause after the cue is what was asked, even when the
    parse also hangs the sentence before a dash on the cue."""
    assert quote_rows(nlp, text) == rows


@pytest.mark.parametrize(
    "text, rows",
    [
        (
            "The bridge will open in May, the mayor said on Tuesday. The bridge, which carries 40,000 cars a day across the river, "
            "has been closed since a barge struck one of its piers in the spring of last year. “We are on schedule.”",
            [("The bridge will open in May", "indirect", "the mayor", "say"), ("“We are on schedule.”", "direct", None, None)],
        ),
        (
            "Prices will keep rising, the central bank's governor told reporters. Inflation has run above the bank's target for three years, "
            "and the government, which faces an election in the spring, has promised to cut fuel taxes before the vote. “This is not the time.”",
            [
                ("Prices will keep rising", "indirect", "the central bank's governor", "tell"),
                ("to cut fuel taxes before the vote", "indirect", "the government", "promise"),
                ("“This is not the time.”", "direct", None, None),
            ],
        ),
    ],
    ids=["city-hall", "economy"],
)
def test_a_quote_after_the_writers_own_long_sentence_does_not_borrow_the_last_speaker(nlp, text, rows):
    """An attribution carries on to the next quote only across the attribution itself
    (“X, the mayor said. “…””); after a long sentence of the writer's own the quote is
    left unattributed, for the editor to name its speaker again."""
    _, det = detect(nlp, text)
    assert [(q.text, q.kind.value, q.speaker.text if q.speaker else None, q.cue_lemma) for q in det.quotes] == rows


@pytest.mark.parametrize(
    "text, rows",
    [
        (
            "Sanders on Tuesday said he wants to attack four provisions in the tax code that address how real estate losses are deducted.",
            [("he wants to attack four provisions in the tax code that address how real estate losses are deducted", "indirect", "speech", "Sanders")],
        ),
        (
            "The senator on Tuesday said she wants to close two rules in the tax code that address how real estate losses are deducted.",
            [("she wants to close two rules in the tax code that address how real estate losses are deducted", "indirect", "speech", "The senator")],
        ),
        (
            "Still, the report suggests the government understands that it needs a plan in case its most important partner were to suddenly turn hostile.",
            [("the government understands that it needs a plan in case its most important partner were to suddenly turn hostile", "indirect", "document", "the report")],
        ),
    ],
    ids=["wire-tax", "politics-tax", "foreign-document"],
)
def test_a_report_runs_to_the_end_of_its_clause_through_the_clauses_inside_it(nlp, text, rows):
    """A reported clause with clauses of its own (“… that address how losses are
    deducted”, “… in case its partner were to turn hostile”) is reported whole, even
    when the parse hangs its last part on the cue as a complement of its own (“that
    address …” with “that” as its subject, “its partner were to …”)."""
    assert quote_rows(nlp, text) == rows


@pytest.mark.parametrize(
    "text, rows",
    [
        ("His brother called him a kind, loving and admirable person.", [("him a kind, loving and admirable person", "indirect", "speech", "His brother")]),
        ("Her coach called her a gifted, caring and tireless player.", [("her a gifted, caring and tireless player", "indirect", "speech", "Her coach")]),
    ],
    ids=["obituary", "sports"],
)
def test_a_participle_among_a_list_of_adjectives_is_no_trailing_aside(nlp, text, rows):
    """“called him a kind, loving and admirable person”: “loving” after a comma is one
    adjective of a list that runs on to its noun, not a participial clause the writer
    adds at the end (“…, citing a poll”); the content is the whole description (as
    PolNeAR's annotators marked it)."""
    assert quote_rows(nlp, text) == rows


def _rows(nlp, text):
    _, det = detect(nlp, text)
    return [(q.text, q.kind.value, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None, q.cue_lemma) for q in det.quotes]


@pytest.mark.parametrize(
    "text, rows",
    [
        ("The mayor said:\n\n“We will open the bridge in May.”", [("“We will open the bridge in May.”", "direct", "The mayor", "said", "say")]),
        ("The coach told reporters after the game:\n\n“We were not good enough.”", [("“We were not good enough.”", "direct", "The coach", "told", "tell")]),
        ("The minister said:\n\n‘We will not give up.’", [("‘We will not give up.’", "direct", "The minister", "said", "say")]),
    ],
    ids=["city-hall", "sports", "uk-single-marks"],
)
def test_a_quote_opening_the_paragraph_after_a_colon_is_attributed_by_that_paragraph(nlp, text, rows):
    """“The mayor said:” ending a paragraph, and the quote set as a paragraph of its own:
    the cue before the colon attributes it, across the paragraph break."""
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(
    "text, rows",
    [
        ("Jane Ruiz issued a short statement: “The bridge will open in May.”", [("“The bridge will open in May.”", "direct", "Jane Ruiz", ":", "colon")]),
        ("Microsoft issued a statement on Friday: “We are looking into the outage.”", [("“We are looking into the outage.”", "direct", "Microsoft", ":", "colon")]),
    ],
    ids=["city-hall", "business"],
)
def test_a_named_subject_whose_sentence_ends_in_a_colon_is_the_speaker(nlp, text, rows):
    """“Jane Ruiz issued a short statement: “…””: no verb of saying, but a named person or
    organisation whose sentence ends in the colon before the quote introduces it."""
    assert _rows(nlp, text) == rows


def test_a_uk_style_quote_in_single_marks_runs_over_its_paragraph_break(nlp):
    """British style: ‘A,’ he said. ‘B. / ‘C.’ — a paragraph of a quote in single marks
    that goes on in the next paragraph leaves its closing mark out and opens the next one
    again; the pieces are one quote of the minister's."""
    from quoteaudit.ingest import split_paragraphs
    from quoteaudit.quotes.marks import pair_marks

    text = "‘We will not give up,’ the minister said. ‘This is only the start.\n\n‘We will be back next year.’"
    scan = pair_marks(text, split_paragraphs(text))
    assert [text[q.start : q.end] for q in scan.spans] == ["‘We will not give up,’", "‘This is only the start.", "‘We will be back next year.’"]
    assert scan.strays == []
    assert _rows(nlp, text) == [
        ("‘We will not give up,’ … ‘This is only the start. … ‘We will be back next year.’", "direct", "the minister", "said", "say")
    ]


@pytest.mark.parametrize(
    "text, content",
    [
        ("The mayor said the bridge (which was built in 1932) would close in May.", "the bridge … would close in May"),
        ("The mayor said the bridge would close in May (it was built in 1932).", "the bridge would close in May"),
        ("The mayor said the bridge would close in May (its steel is rusting) and reopen in 2028.", "the bridge would close in May … reopen in 2028"),
    ],
    ids=["inside", "at-the-end", "between-coordinated-verbs"],
)
def test_a_clause_in_parentheses_inside_a_report_is_the_writers_aside(nlp, text, content):
    """A clause in parentheses (“(which was built in 1932)”) is the writer's aside: the
    report is the pieces around it, and one at the end of the report ends it."""
    assert _rows(nlp, text) == [(content, "indirect", "The mayor", "said", "say")]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "Rendell noted that Ronald Reagan appeared unsteady in his first debate against Walter Mondale in 1984, and some speculated about his health at the time.",
            "Ronald Reagan appeared unsteady in his first debate against Walter Mondale in 1984",
            "Rendell",
        ),
        ("The mayor noted that the bridge had failed two inspections, and some residents speculated about its safety.", "the bridge had failed two inspections", "The mayor"),
        ("The coach noted that the team had lost four games in a row, and some fans speculated about his future.", "the team had lost four games in a row", "The coach"),
    ],
    ids=["wire", "city-hall", "sports"],
)
def test_a_clause_joined_on_with_its_own_subject_and_cue_verb_ends_the_report(nlp, text, content, speaker):
    """“noted that A, and some speculated about B”: the clause after “, and” has its own
    subject and its own verb of saying or thinking, so it is the writer's report of what
    others did, not more of what the speaker noted (even when the parse hangs it inside
    the that-clause)."""
    assert quote_rows(nlp, text) == [(content, "indirect", "speech", speaker)]


@pytest.mark.parametrize(
    "text, content, source",
    [
        (
            "The governor's approval rating fell to 38 percent, in a poll released on Monday, and his party lost two seats.",
            "The governor's approval rating fell to 38 percent",
            "a poll",
        ),
        ("The mayor trails her rival by six points, in a new poll, and is struggling to raise money.", "The mayor trails her rival by six points", "a new poll"),
    ],
    ids=["politics-new-clause", "local-second-verb"],
)
def test_a_poll_set_off_after_a_clause_finds_only_that_clause(nlp, text, content, source):
    """“…, in a poll released on Monday, and his party lost two seats”: the poll set off
    by commas after a clause is the source of that clause; what is joined on after it
    with “and” is the writer's news, not the poll's finding."""
    assert quote_rows(nlp, text) == [(content, "indirect", "document", source)]


@pytest.mark.parametrize(
    "text",
    [
        "Any economist will tell you that prices are too high.",
        "Any parent will tell you the school day is too short.",
        "No official has said when the bridge will reopen.",
    ],
    ids=["economy-any", "schools-any", "city-hall-no"],
)
def test_saying_by_any_or_no_one_of_a_kind_is_no_attribution(nlp, text):
    """“Any economist will tell you …”, “No official has said …”: a speaker with “any” or
    “no” names nobody who said it, so the clause is the writer's own claim, no report."""
    assert quote_rows(nlp, text) == []


@pytest.mark.parametrize(
    "text, rows",
    [
        ("The mayor said the city needs three things: money, time and patience.", [("the city needs three things: money, time and patience", "indirect", "speech", "The mayor")]),
        ("The coach said the team lacked one thing: speed.", [("the team lacked one thing: speed", "indirect", "speech", "The coach")]),
    ],
    ids=["city-hall-list", "sports-one-word"],
)
def test_a_colon_inside_a_report_with_no_quote_after_it_is_part_of_the_report(nlp, text, rows):
    """“the city needs three things: money, time and patience”: a colon inside a
    paraphrase that introduces no quoted sentence of its own leaves the report whole
    (in a text with no quote marks at all)."""
    assert quote_rows(nlp, text) == rows


@pytest.mark.parametrize(
    "text, rows",
    [
        ("David Duke enthusiastically endorses Trump.", [("Trump", "indirect", "perception_stance", "David Duke")]),
        ("Both of his senators strongly supported him.", [("him", "indirect", "perception_stance", "Both of his senators")]),
    ],
    ids=["politics-name", "politics-pronoun"],
)
def test_backing_someone_is_a_stance_whose_content_is_the_one_backed(nlp, text, rows):
    """“endorses Trump”, “supported him”: a stance for someone takes the one name or
    pronoun it backs as its content."""
    assert quote_rows(nlp, text) == rows


@pytest.mark.parametrize(
    "text, rows",
    [
        ("Prices will rise, the company said, when the new plant opens.", [("Prices will rise … when the new plant opens", "indirect", "speech", "the company")]),
        ("If the levy fails, the superintendent said, the district will close two schools.", [("If the levy fails … the district will close two schools", "indirect", "speech", "the superintendent")]),
        ("Unless the council acts, the mayor warned, the bridge will close in May.", [("Unless the council acts … the bridge will close in May", "indirect", "speech", "the mayor")]),
    ],
    ids=["business-when-after", "schools-if-before", "city-hall-unless-before"],
)
def test_a_tag_between_a_clause_and_its_condition_splits_one_report(nlp, text, rows):
    """“If the levy fails, the superintendent said, the district will close two schools”:
    a condition or time clause on either side of a mid-sentence tag is part of what was
    said, so the report is the two pieces around the tag."""
    assert quote_rows(nlp, text) == rows


@pytest.mark.parametrize(
    "text",
    ["The mayor was asked about the delay on Tuesday.", "The striker was asked about his knee after the game."],
    ids=["city-hall", "sports"],
)
def test_the_one_asked_about_a_topic_is_not_quoted_on_it(nlp, text):
    """“The mayor was asked about the delay”: the topic put to her is the writer's framing,
    not her words, and no asker is named, so there is no quote."""
    assert quote_rows(nlp, text) == []


def test_a_call_for_something_runs_on_through_its_purpose_clause(nlp):
    """“called for an inquiry into the crash to find out why …”: the demand includes the
    purpose the parse hangs on the cue after it."""
    rows = quote_rows(nlp, "The senator called for an inquiry into the crash to find out why the pilots were not warned.")
    assert rows[0] == ("an inquiry into the crash to find out why the pilots were not warned", "indirect", "speech", "The senator")


@pytest.mark.parametrize(
    "text, outer, nested",
    [
        ('“He called the plan "a disgrace" on air,” the senator said.', '“He called the plan "a disgrace" on air,”', '"a disgrace"'),
        ('«We called it "a disgrace",» she said.', '«We called it "a disgrace",»', '"a disgrace"'),
        ("“The sign said «Closed» all week,” the owner said.", "“The sign said «Closed» all week,”", "«Closed»"),
    ],
    ids=["straight-in-curly", "straight-in-guillemets", "guillemets-in-curly"],
)
def test_a_quote_in_other_marks_inside_a_quote_is_nested_in_it(text, outer, nested):
    """Text pasted together from several sources mixes mark styles: “… "a disgrace" …”
    is a quote inside the senator's quote, recorded as nested in it (its parent), with no
    stray mark."""
    from quoteaudit.ingest import split_paragraphs
    from quoteaudit.quotes.marks import pair_marks

    scan = pair_marks(text, split_paragraphs(text))
    assert [(text[q.start : q.end], q.parent) for q in scan.spans] == [(outer, None), (nested, 0)]
    assert scan.strays == []


def test_a_nested_quote_left_open_is_a_stray_and_the_outer_quote_still_closes():
    """“He called the plan "a disgrace on air,” …: the straight mark inside is never
    closed; it is reported, and the senator's quote still ends at its own closing mark."""
    from quoteaudit.ingest import split_paragraphs
    from quoteaudit.quotes.marks import pair_marks

    text = '“He called the plan "a disgrace on air,” the senator said.'
    scan = pair_marks(text, split_paragraphs(text))
    assert [text[q.start : q.end] for q in scan.spans] == ['“He called the plan "a disgrace on air,”']
    assert [(s.start, s.reason) for s in scan.strays] == [(text.index('"'), "opening quote mark never closed")]


@pytest.mark.parametrize(
    "text, rows",
    [
        ("The mayor is a strong supporter of the new stadium.", [("the new stadium", "indirect", "noun", "The mayor")]),
        ("He is a longtime critic of the plan to close the port.", [("the plan to close the port", "indirect", "noun", "He")]),
    ],
    ids=["local-supporter", "business-critic"],
)
def test_the_subject_of_is_a_supporter_of_holds_the_stance(nlp, text, rows):
    """“The mayor is a strong supporter of the new stadium”: the one the agent noun
    describes (the subject of “is”) holds the stance; the thing supported is its content."""
    assert quote_rows(nlp, text) == rows


# ---- written after the seed-22 measurement, against its survivors (reported apart) ----


def test_a_name_after_from_before_a_colon_is_the_speaker(nlp):
    """“From Ruiz, on Twitter: “…””: the label before the colon has no subject, but the
    name in it is who the quote comes from."""
    assert _rows(nlp, "From Ruiz, on Twitter: “The bridge will open in May.”") == [
        ("“The bridge will open in May.”", "direct", "Ruiz", ":", "colon")
    ]


@pytest.mark.parametrize(
    "text, rows",
    [
        ("The claim by the mayor that the bridge is safe was false.", [("the bridge is safe", "indirect", "noun", "the mayor")]),
        ("A warning by the company that prices would rise hit the shares.", [("prices would rise", "indirect", "noun", "the company")]),
    ],
    ids=["city-hall", "business"],
)
def test_the_by_phrase_of_a_cue_noun_names_its_holder(nlp, text, rows):
    """“The claim by the mayor that …”: the by-phrase of the noun names whose claim it is."""
    assert quote_rows(nlp, text) == rows


def test_the_noun_an_agent_noun_is_set_beside_holds_its_stance(nlp):
    """“The mayor, a longtime supporter of the stadium, …”: the apposition describes the
    mayor, so the mayor holds the stance; the stadium is what is supported."""
    assert quote_rows(nlp, "The mayor, a longtime supporter of the stadium, voted against it.") == [
        ("the stadium", "indirect", "noun", "The mayor")
    ]


def test_a_participle_in_parentheses_describes_and_stays_in_the_report(nlp):
    """“the bridge (newly painted)”: a participle used as an adjective in parentheses is no
    clause of the writer's, so it stays in the report; a clause in parentheses would not."""
    assert quote_rows(nlp, "The mayor said the bridge (newly painted) would open in May.") == [
        ("the bridge (newly painted) would open in May", "indirect", "speech", "The mayor")
    ]


def test_a_sign_off_indented_on_the_line_under_a_pull_quote_names_its_speaker(nlp):
    """A pull quote with its sign-off on the next line, indented (“   — Mayor Jane Doe”):
    the name is the speaker, its span exactly the name, whatever the indent."""
    text, det = detect(nlp, "“We will build the bridge.”\n   — Mayor Jane Doe")
    assert [(q.text, q.kind.value, q.speaker.text, (q.speaker.start, q.speaker.end)) for q in det.quotes] == [
        ("“We will build the bridge.”", "direct", "Mayor Jane Doe", span(text, "Mayor Jane Doe"))
    ]


def test_a_closing_mark_whose_opening_was_lost_recovers_the_quote_from_its_sentence_start():
    """“… We will open the bridge in May,” the mayor said.: the opening mark was dropped;
    the quote is recovered from the start of its sentence (and flagged as recovered), and
    the closing mark is reported."""
    from quoteaudit.ingest import split_paragraphs
    from quoteaudit.quotes.marks import pair_marks

    text = "The council met on Tuesday. We will open the bridge in May,” the mayor said."
    scan = pair_marks(text, split_paragraphs(text))
    assert [(text[q.start : q.end], q.recovered) for q in scan.spans] == [("We will open the bridge in May,”", True)]
    assert [(s.start, s.reason) for s in scan.strays] == [(text.index("”"), "closing quote mark with no opening mark")]


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("Asked whether the bridge would open in May, the mayor said it would.", "the mayor", "it would"),
        ("Will prices fall? The minister said they will.", "The minister", "they will"),
    ],
    ids=["city-hall", "economy"],
)
def test_a_gold_content_cut_to_its_subject_and_modal_is_a_clause_not_a_noun(nlp, text, speaker, content):
    """A gold answer of a subject and a modal (“said it would”, “said they will”) is a
    clause whose verb was left out, words reported as said: speech, not a noun
    attribution like “denied the allegations”."""
    assert _gold_type(nlp, text, speaker, "said", content) == "speech"
