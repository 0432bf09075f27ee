"""Whatever spans the quotes stage hands over, the speakers stage answers without failing
and every quote's source is one of the sources it returns."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quoteaudit.model import Quote, QuoteKind, TextSpan
from quoteaudit.speakers import resolve_sources

from .speakers_support import article_of

TEXT = (
    "“We have increased our presence,” Colonel Ryan Dillon, spokesman for the coalition in Baghdad, told journalists.\n\n"
    "According to Dillon, there are “a couple hundred” forces at Tanf. He said they would stay.\n\n"
    "A U.S. official, who spoke on condition of anonymity because he was not authorized to speak, said the convoy was hit.\n\n"
    "The sources further said that the army had advanced, adding that the road was cut. It said so, the report said.\n\n"
    "“We have not established a deadline for them.” This force is seen as a threat."
)


def spans(n: int):
    bound = st.integers(min_value=0, max_value=n)
    return st.tuples(bound, bound).map(sorted).filter(lambda p: p[0] < p[1])


@st.composite
def quotes(draw):
    out = []
    for i in range(draw(st.integers(min_value=0, max_value=6))):
        start, end = draw(spans(len(TEXT)))
        speaker = draw(st.none() | spans(len(TEXT)))
        cue = draw(st.none() | spans(len(TEXT)))
        out.append(
            Quote(
                f"q{i}",
                draw(st.sampled_from(list(QuoteKind))),
                [(start, end)],
                TEXT[start:end],
                cue=TextSpan(cue[0], cue[1], TEXT[cue[0] : cue[1]]) if cue else None,
                speaker=TextSpan(speaker[0], speaker[1], TEXT[speaker[0] : speaker[1]]) if speaker else None,
            )
        )
    return out


@pytest.fixture(scope="module")
def parsed(nlp):
    return nlp(TEXT)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(qs=quotes())
def test_any_spans_resolve_without_error(parsed, qs):
    sources = resolve_sources(parsed, article_of(TEXT), qs)
    ids = {s.id for s in sources}
    assert [s.id for s in sources] == [f"s{i}" for i in range(1, len(sources) + 1)]
    for q in qs:
        assert q.source is None or q.source in ids
    for s in sources:
        assert s.mentions and all(0 <= a < b <= len(TEXT) for a, b in s.mentions)


def test_headline_name_run_into_a_verb_does_not_recurse(audit_text):
    # the recogniser reads "Howard Dean Tells" as one person whose surname is "Tells"; a
    # pronoun looking back for it used to link that name to itself without end
    audit = audit_text(
        "Guns Are ‘The Ultimate Public Health Crisis,’ Howard Dean Tells Democratic Convention.\n\n"
        "“We have to stop this,” he said."
    )
    (quote,) = audit.quotes
    assert quote.text == "“We have to stop this,”"
    assert quote.speaker.text == "he"
    assert quote.source == "s1"
