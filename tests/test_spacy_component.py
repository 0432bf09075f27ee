"""quoteaudit as a spaCy component: doc._.quotes / doc._.sources for existing pipelines."""

from __future__ import annotations

import pytest
import spacy

import quoteaudit.spacy_component  # noqa: F401  registers the factory, as the entry point does


@pytest.fixture(scope="module")
def nlp_with_audit():
    from quoteaudit import nlp as nlp_mod

    nlp = spacy.load(nlp_mod.default_model())
    nlp.add_pipe("quote_audit", config={"settings": {"ignore": ["QA3"]}})
    return nlp


def test_component_sets_quotes_and_sources_on_the_doc(nlp_with_audit):
    text = "“We will rebuild the pier,” said Mayor Ana Lopes."
    doc = nlp_with_audit(text)
    (quote,) = doc._.quotes
    assert text[quote.start : quote.end] == "“We will rebuild the pier,”"
    (source,) = doc._.sources
    assert (source.name, source.type.value, source.title) == ("Ana Lopes", "named_person", "Mayor")
    assert quote.source == source.id


def test_component_settings_are_quoteaudit_config(nlp_with_audit):
    from quoteaudit import nlp as nlp_mod

    text = "The plan is widely seen as a test of the mayor's promise."
    plain = spacy.load(nlp_mod.default_model())
    plain.add_pipe("quote_audit")
    assert [f.rule for f in plain(text)._.findings] == ["QA302"]
    assert [f.rule for f in nlp_with_audit(text)._.findings] == []  # settings ignore QA3xx


def test_component_without_a_parser_says_so():
    nlp = spacy.blank("en")
    nlp.add_pipe("quote_audit")
    with pytest.raises(ValueError, match="needs a dependency parse"):
        nlp("The mayor said yes.")


def test_prepare_gives_a_pipeline_of_your_own_the_command_lines_parse():
    from quoteaudit import nlp as nlp_mod

    nlp = nlp_mod.prepare(spacy.load(nlp_mod.default_model()))
    nlp_mod.prepare(nlp)  # a second call changes nothing
    assert nlp.pipe_names.count(nlp_mod.PARAGRAPH_BREAKS) == 1
    nlp.add_pipe("quote_audit")
    doc = nlp("Storm hits coast\n\nThe convoy was hit twice, Capt. John Reyes told reporters on Monday.")
    (quote,) = doc._.quotes
    assert doc.text[quote.start : quote.end] == "The convoy was hit twice"
    assert (quote.speaker.text, doc._.sources[0].title) == ("Capt. John Reyes", "Captain")
