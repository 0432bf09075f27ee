"""Finding and confirming the speaker mention (quoteaudit/speakers/mentions.py).

The quotes stage usually hands over the raw mention; when it gives only the cue, the
speaker stage finds the mention in the parse. Each test withholds the speaker and checks
the mention found (as written) and the source it resolves to.
"""

from __future__ import annotations

import pytest

from quoteaudit.model import SourceType

from .speakers_support import Q, resolve, source_of


@pytest.mark.parametrize(
    "text, content, cue, mention, name",
    [
        # the cue's subject
        ("Sen. Elizabeth Warren said the bill was flawed.", "the bill was flawed", "said", "Sen. Elizabeth Warren", "Elizabeth Warren"),
        # inverted order
        ('"We will not back down," said Sen. Elizabeth Warren.', '"We will not back down,"', "said", "Sen. Elizabeth Warren", "Elizabeth Warren"),
        # a relative clause between subject and verb is not part of the mention
        ("Warren, who chairs the panel, said the bill was flawed.", "the bill was flawed", "said", "Warren", "Warren"),
        # passive
        ("Col. Ryan Dillon was quoted as saying the zone was safe.", "the zone was safe", "quoted", "Col. Ryan Dillon", "Ryan Dillon"),
        # according to
        ("According to a Reuters report, the company lost money.", "the company lost money", "According to", "a Reuters report", "Reuters report"),
        # a participle takes the subject of the verb it hangs on
        ("The sources said the army had advanced, adding that the road was cut.", "the road was cut", "adding", "The sources", "sources"),
        # a coordinated verb
        ("Mayor Lori Hart praised the council and said the budget was balanced.", "the budget was balanced", "said", "Mayor Lori Hart", "Lori Hart"),
    ],
)
def test_mention_found_from_the_cue(nlp, text, content, cue, mention, name):
    quotes, sources = resolve(nlp, text, [Q(content, None, cue)])
    assert quotes[0].speaker is not None and quotes[0].speaker.text == mention
    assert source_of(quotes[0], sources).name == name


def test_relative_pronoun_is_kept_as_written_and_resolved_to_its_antecedent(nlp):
    text = "The bill drew fire from Sen. Elizabeth Warren, who said it was flawed."
    quotes, sources = resolve(nlp, text, [Q("it was flawed", None, "said")])
    assert quotes[0].speaker.text == "who"
    src = source_of(quotes[0], sources)
    assert (src.name, src.title, src.type) == ("Elizabeth Warren", "Senator", SourceType.NAMED_PERSON)


def test_relative_pronoun_given_by_the_quotes_stage_resolves_to_its_antecedent(nlp):
    text = "The bill drew fire from Sen. Elizabeth Warren, who said it was flawed."
    quotes, sources = resolve(nlp, text, [Q("it was flawed", "who", "said")])
    assert source_of(quotes[0], sources).name == "Elizabeth Warren"


def test_subject_inside_the_quote_is_never_the_speaker(nlp):
    text = '"We\'re at a moment when we need people of substance."\n\nPeople like Scott, he said.'
    quotes, sources = resolve(nlp, text, [Q("People like Scott", None, "said")])
    assert quotes[0].speaker.text == "he"


def test_colon_introduction_in_the_previous_paragraph(nlp):
    text = "Rush Limbaugh said the debate was rigged.\n\nLimbaugh added:\n\nShe can't beat this guy without stacking the deck."
    quotes, sources = resolve(nlp, text, [Q("the debate was rigged", "Rush Limbaugh", "said"), Q("She can't beat this guy without stacking the deck")])
    assert quotes[1].speaker.text == "Limbaugh"
    assert quotes[1].source == quotes[0].source
    assert source_of(quotes[1], sources).name == "Rush Limbaugh"


def test_quote_with_neither_speaker_nor_cue_has_no_mention(nlp):
    text = '"We have not established a deadline for them." This force is seen as a threat.'
    quotes, sources = resolve(nlp, text, [Q('"We have not established a deadline for them."', kind="direct")])
    assert (quotes[0].speaker, quotes[0].source, sources) == (None, None, [])


def test_colon_introduction_with_inverted_said(nlp):
    text = "The plan would make the tax code more complicated. Said Ellis: “I don’t get the sense she’s interested in reform.”"
    quotes, sources = resolve(nlp, text, [Q("“I don’t get the sense she’s interested in reform.”", kind="direct")])
    assert quotes[0].speaker.text == "Ellis"


def test_quote_inside_a_clause_takes_the_clause_subject(nlp):
    text = (
        "Chris Matthews said Pence performed well.\n\n"
        "However, he characterized Sen. Tim Kaine as “a little desperate” during the debate."
    )
    quotes, sources = resolve(nlp, text, [Q("Pence performed well", "Chris Matthews", "said"), Q("“a little desperate”", kind="direct")])
    assert quotes[1].speaker.text == "he"
    assert quotes[1].source == quotes[0].source
    assert source_of(quotes[1], sources).name == "Chris Matthews"


def test_time_stamp_on_the_line_before_is_never_the_speaker(nlp):
    # AP's "The Latest" files: the parser runs the time stamp into the next sentence
    text = "___.\n\n2:40 p.m.\n\nDonald Trump’s campaign manager says he is “gratified” by a Florida prosecutor’s decision."
    quotes, sources = resolve(nlp, text, [Q("he is “gratified” by a Florida prosecutor’s decision", None, "says")])
    assert quotes[0].speaker.text == "Donald Trump’s campaign manager"
    src = source_of(quotes[0], sources)
    assert (src.name, src.type) == ("Donald Trump’s campaign manager", SourceType.ANONYMOUS_SPECIFIC)
