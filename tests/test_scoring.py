"""Attribution strength: the rubric, its reasons, its config and its monotonicity."""

from __future__ import annotations

import re

import pytest

from quoteaudit.claims import Claim
from quoteaudit.ingest import read_string
from quoteaudit.model import AttributionType, Quote, QuoteKind, Source, SourceType, TextSpan
from quoteaudit.rules.base import AuditContext
from quoteaudit.scoring import DEFAULT_WEIGHTS, WEIGHTS, ScoringError, check_weights, grade, score_article, score_quote

from .conftest import REPO

DILLON = Source("s1", "Ryan Dillon", SourceType.NAMED_PERSON, title="Colonel", role="spokesman", affiliation="the coalition")
OFFICIAL = Source("s2", "a U.S. official", SourceType.ANONYMOUS_SPECIFIC, affiliation="U.S. government")
SOURCES = Source("s3", "The sources", SourceType.ANONYMOUS_VAGUE)


def q(kind=QuoteKind.INDIRECT, text="the coalition is concerned about the militia", cue=None, lemma=None, source=None, confidence=1.0, qid="q1"):
    return Quote(
        id=qid,
        kind=kind,
        fragments=[(0, len(text))],
        text=text,
        cue=TextSpan(100, 100 + len(cue), cue) if cue else None,
        cue_lemma=lemma,
        source=source,
        confidence=confidence,
    )


def test_dillons_direct_quote_scores_full_marks_with_every_point_explained():
    strength = score_quote(q(QuoteKind.DIRECT, cue="told", lemma="tell", source="s1"), DILLON)
    assert strength.score == 100
    assert strength.grade == "A"
    assert strength.reasons == [
        "+70 named person (Ryan Dillon)",
        "+10 title or role (Colonel)",
        "+10 affiliation (the coalition)",
        "+10 direct quote",
    ]


def test_a_us_official_paraphrased():
    strength = score_quote(q(cue="said", lemma="say", source="s2"), OFFICIAL)
    assert strength.reasons == ["+35 anonymous source, specific (a U.S. official)", "+10 affiliation (U.S. government)"]
    assert (strength.score, strength.grade) == (45, "D")


def test_the_orphan_quote_scores_zero():
    strength = score_quote(q(QuoteKind.DIRECT, text="“We have not established a deadline for them [to leave]”"), None)
    assert (strength.score, strength.grade, strength.reasons) == (0, "F", ["+0 no source"])


def test_monotonic_dillon_above_official_above_the_sources_above_the_orphan():
    dillon = score_quote(q(QuoteKind.DIRECT, cue="told", lemma="tell"), DILLON).score
    dillon_paraphrased = score_quote(q(cue="said", lemma="say"), DILLON).score
    official = score_quote(q(cue="said", lemma="say"), OFFICIAL).score
    the_sources = score_quote(q(cue="said", lemma="say"), SOURCES).score
    orphan = score_quote(q(QuoteKind.DIRECT), None).score
    assert dillon > dillon_paraphrased > official > the_sources > orphan


ORDER = [
    SourceType.NAMED_PERSON,
    SourceType.NAMED_ORGANIZATION,
    SourceType.ANONYMOUS_SPECIFIC,
    SourceType.ANONYMOUS_VAGUE,
    SourceType.PRONOUN_UNRESOLVED,
    SourceType.NONE,
]


@pytest.mark.parametrize("kind", list(QuoteKind))
def test_source_types_rank_in_rubric_order_whatever_the_quote_kind(kind):
    scores = [score_quote(q(kind), Source("s", "x", t) if t is not SourceType.NONE else None).score for t in ORDER]
    assert scores == sorted(scores, reverse=True)
    assert len(set(scores)) == len(scores)


def test_named_document_ranks_with_named_organization():
    org = score_quote(q(), Source("s", "the Pentagon", SourceType.NAMED_ORGANIZATION)).score
    doc = score_quote(q(), Source("s", "a Reuters report", SourceType.DOCUMENT, is_document=True)).score
    assert doc == org


def test_an_organisation_is_not_rewarded_for_being_its_own_affiliation():
    military = Source("s", "US military", SourceType.NAMED_ORGANIZATION, affiliation="US military")
    assert score_quote(q(), military).reasons == ["+55 named organization (US military)"]


def test_an_anonymous_sources_affiliation_counts_even_inside_its_description():
    regional = Source("s", "regional intelligence sources", SourceType.ANONYMOUS_SPECIFIC, affiliation="regional intelligence")
    assert score_quote(q(), regional).reasons[-1] == "+10 affiliation (regional intelligence)"


def test_loaded_verb_costs_points_and_says_which():
    strength = score_quote(q(cue="claimed", lemma="claim"), DILLON)
    assert strength.reasons[-1] == "-5 loaded verb 'claimed'"
    assert strength.score == score_quote(q(cue="said", lemma="say"), DILLON).score - 5


def test_phrasal_loaded_verb():
    strength = score_quote(q(cue="pointed out", lemma="point"), DILLON)
    assert strength.reasons[-1] == "-5 loaded verb 'pointed out'"


def test_hedged_verb_costs_points():
    strength = score_quote(q(cue="suggested", lemma="suggest"), DILLON)
    assert strength.reasons[-1] == "-5 hedged verb 'suggested'"


def _typed(attribution_type, cue, lemma):
    quote = q(cue=cue, lemma=lemma, source="s1")
    quote.attribution_type = attribution_type
    return score_quote(quote, DILLON)


def test_a_belief_weighs_less_than_an_on_the_record_statement():
    # "Dillon believes the militia will withdraw" is weaker evidence than "Dillon said ..."
    said = _typed(AttributionType.SPEECH, "said", "say")
    believes = _typed(AttributionType.THOUGHT, "believes", "believe")
    supports = _typed(AttributionType.PERCEPTION_STANCE, "supports", "support")
    warning = _typed(AttributionType.NOUN, "warning", "warning")
    report = _typed(AttributionType.DOCUMENT, "said", "say")
    assert said.score == report.score == 90
    assert (believes.score, supports.score, warning.score) == (75, 80, 85)
    assert believes.reasons[-1] == "-15 a belief or plan, not words said 'believes'"
    # the belief is not charged twice: no hedged-verb points on top
    assert not any("hedged verb" in r for r in believes.reasons)
    assert supports.reasons[-1] == "-10 a stance, not words said 'supports'"
    assert warning.reasons[-1] == "-5 no words reported 'warning'"


def test_an_orphan_belief_scores_zero_not_below():
    quote = q(text="the militia will withdraw")
    quote.attribution_type = AttributionType.THOUGHT
    assert score_quote(quote, None).reasons == ["+0 no source"]


def test_a_weak_anonymity_reason_counts_less_than_a_real_one():
    real = Source("s", "a U.S. official", SourceType.ANONYMOUS_SPECIFIC, anonymity_reason="because the talks are continuing")
    weak = Source("s", "a U.S. official", SourceType.ANONYMOUS_SPECIFIC, anonymity_reason="not authorized to speak publicly", anonymity_reason_weak=True)
    none = Source("s", "a U.S. official", SourceType.ANONYMOUS_SPECIFIC)
    scores = [score_quote(q(), s).score for s in (real, weak, none)]
    assert scores == [45, 38, 35]
    assert score_quote(q(), weak).reasons[-1] == "+3 weak reason for anonymity (not authorized to speak publicly)"


def test_floating_attribution_costs_points():
    strength = score_quote(q(confidence=0.4), DILLON)
    assert strength.reasons[-1] == "-10 floating attribution (confidence 0.40)"


def test_a_direct_quote_from_nobody_gets_no_credit_for_being_direct():
    assert score_quote(q(QuoteKind.DIRECT), Source("s", "he", SourceType.PRONOUN_UNRESOLVED)).score == 10


def test_weights_can_be_tuned():
    strength = score_quote(q(), DILLON, {"named-person": 60, "affiliation": 0})
    assert strength.reasons == ["+60 named person (Ryan Dillon)", "+10 title or role (Colonel)"]
    assert strength.score == 70


def test_unknown_weight_is_an_error_naming_it():
    with pytest.raises(ScoringError, match=r"unknown scoring weight 'named-persn'"):
        check_weights({"named-persn": 60})


def test_weight_must_be_a_number():
    with pytest.raises(ScoringError, match=r"'affiliation' must be a number, not str"):
        check_weights({"affiliation": "ten"})


def test_grade_bands_must_be_in_order():
    with pytest.raises(ScoringError, match="grade bands"):
        check_weights({"grade-b": 90})


@pytest.mark.parametrize("score, letter", [(100, "A"), (85, "A"), (84, "B"), (70, "B"), (55, "C"), (40, "D"), (39, "F"), (0, "F")])
def test_grade_bands(score, letter):
    assert grade(score, DEFAULT_WEIGHTS) == letter


# --------------------------------------------------------------------------- article


def _ctx(quotes, sources, claims=()):
    (article,) = read_string("Text.", "text", path="a.txt")
    return AuditContext(article=article, quotes=list(quotes), sources=list(sources), claims=list(claims))


def _claim(kind):
    return Claim(0, 10, "x", kind, "reason")


def test_article_score_weights_quotes_by_length_and_counts_claims():
    long_anonymous = q(text=" ".join(["word"] * 30), source="s2", qid="a")
    short_named = q(QuoteKind.DIRECT, text=" ".join(["word"] * 10), source="s1", qid="b")
    ctx = _ctx([long_anonymous, short_named], [DILLON, OFFICIAL], [_claim("unsourced"), _claim("weasel"), _claim("quoted")])
    strength = score_article(ctx)
    # (45 * 30 + 100 * 10) / 40 = 58.75; two flagged claims take 10 off
    assert strength.reasons == [
        "+58.8 mean of 2 quote scores, weighted by length (40 words)",
        "-5 1 unattributed claim (-5 each)",
        "-5 1 weasel attribution (-5 each)",
        "= 49",
    ]
    assert (strength.score, strength.grade) == (49, "D")


def test_claim_penalties_are_capped():
    ctx = _ctx([q(QuoteKind.DIRECT, source="s1")], [DILLON], [_claim("unsourced")] * 10)
    strength = score_article(ctx)
    assert strength.reasons[1:] == ["-50 10 unattributed claims (-5 each)", "+20 claim penalties capped at -30", "= 70"]


def test_an_article_with_claims_and_no_quotes_starts_from_the_no_quotes_weight():
    strength = score_article(_ctx([], [], [_claim("unsourced")]))
    assert strength.reasons == ["+50 no quotes", "-5 1 unattributed claim (-5 each)", "= 45"]


def test_an_article_with_nothing_to_score_has_no_score():
    assert score_article(_ctx([], [])) is None


# --------------------------------------------------------------------------- README


def _readme_section(title: str) -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    m = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    assert m, f"README has no '## {title}' section"
    return m.group(1)


def test_readme_documents_every_weight_with_its_default():
    section = _readme_section("How scores are computed")
    rows = dict(re.findall(r"^\| `([a-z-]+)` \| (-?[\d.]+) \|", section, re.M))
    assert set(rows) == set(WEIGHTS)
    for name, default in DEFAULT_WEIGHTS.items():
        assert float(rows[name]) == default, name


def test_a_typo_in_the_config_file_is_one_line_naming_the_file_and_exit_2(tmp_path):
    from typer.testing import CliRunner

    from quoteaudit.cli import app

    (tmp_path / "quoteaudit.toml").write_text("[scoring]\nnamed-persn = 60\n", encoding="utf-8")
    article = tmp_path / "story.txt"
    article.write_text("The mayor said the budget would pass.", encoding="utf-8")
    result = CliRunner().invoke(app, ["audit", str(article)])
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"quoteaudit: error: {tmp_path / 'quoteaudit.toml'}: scoring: unknown scoring weight 'named-persn' (did you mean 'named-person'?")


def test_tuned_weights_from_the_config_file_change_the_scores(tmp_path, audit_text):
    from quoteaudit.gate.config import load_config

    (tmp_path / "quoteaudit.toml").write_text("[scoring]\nunattributed-claim = -20\n", encoding="utf-8")
    config = load_config(start=str(tmp_path))
    text = "On May 18, the US dropped munitions on the group outside the zone."
    assert audit_text(text).score_reasons[1] == "-5 1 unattributed claim (-5 each)"
    assert audit_text(text, config=config).score_reasons[1] == "-20 1 unattributed claim (-20 each)"


def test_every_default_weight_lies_in_its_own_range():
    assert check_weights(DEFAULT_WEIGHTS) == DEFAULT_WEIGHTS


def test_a_base_weight_is_points_on_the_score_scale():
    with pytest.raises(ScoringError, match=r"'named-person' must be from 0 to 100 \(a base score\), not 500"):
        check_weights({"named-person": 500})
