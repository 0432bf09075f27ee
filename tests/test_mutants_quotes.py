"""Quote detection cases written against the mutants that survived the older suite
(benchmarks/mutation.md): each asserts the exact quotes a newsroom sentence yields."""

from __future__ import annotations

import pytest

from ._quotes import detect, quote_rows


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
