"""The never-tuned quote set's builder (tests/build_untuned_quotes.py): it finds each
string where the spec says or fails, and the committed batches match their specs. Nothing
here runs quoteaudit on the set's texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.build_untuned_quotes import SpecError, article, build_article, fragment_kind, locate, main, paragraphs, quote

SPECS = Path(__file__).parent / "data" / "quotes_untuned_specs"


def test_a_pronoun_is_never_found_inside_another_word():
    text = "The fire chief said the crews were tired. “It could have been worse,” he said."
    s, e = locate(text, "he", "speaker")
    assert text[s - 2 : e + 5] == "” he said"


def test_an_ambiguous_string_fails_until_pinned_by_occurrence_or_anchor():
    text = "“We are done,” Ortiz said. Mayor Ana Ortiz left. “It is time,” Ortiz said."
    with pytest.raises(SpecError, match="occurs 2 times"):
        locate(text, "Ortiz said", "speaker")
    assert locate(text, ("Ortiz", 3), "speaker") == locate(text, ("Ortiz", "time,” Ortiz"), "speaker")
    assert text[: locate(text, ("Ortiz", 3), "speaker")[0]].endswith("“It is time,” ")
    with pytest.raises(SpecError, match="anchor"):
        locate(text, ("Ortiz", "Ortiz said"), "speaker")
    with pytest.raises(SpecError, match="occurrence 4"):
        locate(text, ("Ortiz", 4), "speaker")


def test_kinds_come_from_the_marks():
    text = paragraphs("“We will not stop,” she said. “Not now.", "“Not ever.”", "She said it was “pure fiction.” Police said no.")
    assert fragment_kind(text, *locate(text, "“We will not stop,”", "f")) == "direct"
    assert fragment_kind(text, *locate(text, "“Not now.", "f")) == "direct"  # runs on to the next paragraph
    assert fragment_kind(text, *locate(text, "it was “pure fiction.”", "f")) == "mixed"
    assert fragment_kind(text, *locate(text, "no", "f")) == "indirect"


def test_a_uk_quote_in_single_marks_nesting_double_ones_is_direct_as_the_eval_reads_it():
    from quoteaudit.evaluate import derive_kind

    text = paragraphs("‘He wrote, “We know”,’ she said. ‘Nothing changed.’ He called it ‘a minor issue’.", "‘Then he said “never”.")
    for frag, kind in (("‘He wrote, “We know”,’", "direct"), ("‘Nothing changed.’", "direct"), ("it ‘a minor issue’", "indirect"),
                       ("‘Then he said “never”.", "direct")):
        assert fragment_kind(text, *locate(text, frag, "f")) == kind
    assert derive_kind("‘He wrote, “We know”,’") == "direct"


def test_a_speaker_inside_its_own_content_or_a_missing_cue_fails():
    text = "Ortiz said the bridge would close."
    with pytest.raises(SpecError, match="inside"):
        build_article(article("q999", "local", text, quote("the bridge would close", speaker="bridge", cue="said")), "b", "w")
    with pytest.raises(SpecError, match="cue"):
        build_article(article("q999", "local", text, quote("the bridge would close", speaker="Ortiz", cue="told")), "b", "w")


@pytest.mark.parametrize("spec", sorted(SPECS.glob("*.py")), ids=lambda p: p.stem)
def test_each_batch_in_the_set_is_its_spec_built_and_locked(spec, capsys):
    assert main([str(spec), "--check"]) == 0, capsys.readouterr().err
