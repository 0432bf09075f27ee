"""Attribution scores of articles built to reach each branch of the rubric, end to end.

Written against the mutants that survived the older suite (benchmarks/mutation.md). The
older tests gave ``score_quote`` hand-made quotes with confidences no article produces
(0.4); these run the real pipeline, so the confidence is the one the speaker stage gives.
Every expected score is worked out by hand in the comment beside it.
"""

from __future__ import annotations

import pytest

from quoteaudit.gate.config import Config
from quoteaudit.model import Quote, QuoteKind, TextSpan
from quoteaudit.scoring import cue_verb_class, loaded_verb_meaning

COACH_CONTINUED = "Coach Maria Lopez said the team would appeal the ruling.\n\n“We are not done.”"
MAYOR_THEN_MAYOR = (
    "Mayor Jane Doe said the bridge would reopen in May.\n\n"
    "The repairs cost $4 million. “It was worth every cent.”\n\n"
    "Doe said the city would pay for the work from its reserves."
)


def _quote(audit, text):
    (quote,) = [q for q in audit.quotes if q.text == text]
    return quote


def test_a_continued_quote_at_the_floating_threshold_is_not_floating(audit_text):
    """The speaker stage gives a continued quote 0.6, exactly ``floating-below``: the
    penalty is for confidences *under* it, so the quote keeps every point."""
    audit = audit_text(COACH_CONTINUED)
    done = _quote(audit, "“We are not done.”")
    assert done.confidence == pytest.approx(0.6)
    assert done.strength.reasons == ["+70 named person (Maria Lopez)", "+10 title or role (Coach)", "+10 direct quote"]
    assert done.strength.score == 90
    # (80 x 6 words + 90 x 4 words) / 10 = 84
    assert audit.score == 84
    assert audit.score_reasons == ["+84 mean of 2 quote scores, weighted by length (10 words)", "= 84"]


def test_the_floating_penalty_reaches_an_article_when_a_newsroom_raises_the_threshold(audit_text):
    """With the defaults no floating attribution the pipeline makes is under 0.6 (0.8, 0.7,
    0.6), so the -10 never fires; a newsroom that sets ``floating-below = 0.75`` sees it
    on both the between-paragraphs quote (0.7) and the continued one (0.6)."""
    config = Config(scoring={"floating-below": 0.75})
    mayor = audit_text(MAYOR_THEN_MAYOR, config=config)
    worth = _quote(mayor, "“It was worth every cent.”")
    assert worth.strength.reasons[-1] == "-10 floating attribution (confidence 0.70)"
    assert worth.strength.score == 80  # 70 + 10 Mayor + 10 direct - 10 floating
    # (80 x 6 + 80 x 5 + 80 x 10) / 21 = 80, minus 5 for "$4 million" = 75
    assert mayor.score == 75

    coach = audit_text(COACH_CONTINUED, config=config)
    done = _quote(coach, "“We are not done.”")
    assert done.strength.reasons[-1] == "-10 floating attribution (confidence 0.60)"
    assert coach.score == 80  # (80 x 6 + 80 x 4) / 10


def test_the_same_article_loses_no_points_at_the_default_threshold(audit_text):
    worth = _quote(audit_text(MAYOR_THEN_MAYOR), "“It was worth every cent.”")
    assert worth.strength.score == 90


def test_a_phrasal_loaded_verb_written_in_two_words_says_what_it_tells_the_reader():
    """A quote whose cue is written "lashed out" with the lemma "lash" (as a gold file or
    the spaCy component's caller may give it) reads the phrasal entry of loaded_verbs.tsv."""
    quote = Quote(id="q1", kind=QuoteKind.INDIRECT, fragments=[(0, 28)], text="the council had failed the city",
                  cue=TextSpan(40, 50, "lashed out"), cue_lemma="lash", source="s1")
    assert loaded_verb_meaning(quote) == "the speaker attacked in anger"
    assert cue_verb_class(quote) == "loaded"


def test_the_pipelines_pointed_out_carries_its_particle_in_the_lemma(audit_text):
    audit = audit_text("“The bridge has been closed for a decade,” Mayor Ana Lopez pointed out.")
    (quote,) = audit.quotes
    assert (quote.cue.text, quote.cue_lemma) == ("pointed", "point out")
    assert loaded_verb_meaning(quote) == "the statement is an established fact"
    # 70 named person + 10 Mayor + 10 direct - 5 loaded verb
    assert quote.strength.reasons[-1] == "-5 loaded verb 'pointed'"
    assert quote.strength.score == 85


def test_two_weasel_attributions_are_counted_in_the_plural(audit_text):
    audit = audit_text("It is believed that the council will vote in June. It is understood that the mayor will resign.")
    assert audit.score_reasons == ["+50 no quotes", "-10 2 weasel attributions (-5 each)", "= 40"]


@pytest.mark.parametrize(
    "text, quote_reasons, article_reasons",
    [
        (  # 70 + 10 Coach + 10 affiliation + 10 direct; one quote, five words
            "“We will appeal this ruling,” said Coach Maria Lopez of the Riverside Hawks.",
            ["+70 named person (Maria Lopez)", "+10 title or role (Coach)", "+10 affiliation (the Riverside Hawks)", "+10 direct quote"],
            ["+100 mean of 1 quote score, weighted by length (5 words)", "= 100"],
        ),
        (  # an orphan scores nothing, and the article with it
            "“We are not done.”",
            ["+0 no source"],
            ["+0 mean of 1 quote score, weighted by length (4 words)", "= 0"],
        ),
        (  # 10 unresolved pronoun - 15 belief = -5, kept at 0
            "He fears that the plant will close.",
            ["+10 unresolved pronoun (He)", "-15 a belief or plan, not words said 'fears'", "= 0 (kept within 0-100)"],
            ["+0 mean of 1 quote score, weighted by length (4 words)", "= 0"],
        ),
        (  # 15 vague + 10 reason for anonymity
            "The talks stalled, said an official who spoke on condition of anonymity because the talks are private.",
            ["+15 anonymous source, vague (official)", "+10 reason for anonymity (because the talks are private)"],
            ["+25 mean of 1 quote score, weighted by length (3 words)", "= 25"],
        ),
        (  # 35 specific + 10 role + 5 mixed
            # (not "Critics mocked the plan as …, the mayor said": the critics' mocking is a
            # report of its own inside the mayor's, so that article has two quotes)
            "The plan is “a gift to developers,” the mayor said.",
            ["+35 anonymous source, specific (mayor)", "+10 title or role (mayor)", "+5 partly direct quote"],
            ["+50 mean of 1 quote score, weighted by length (7 words)", "= 50"],
        ),
    ],
    ids=["sports-full-marks", "orphan", "unresolved-belief", "anonymity-reason", "mixed"],
)
def test_every_point_of_a_one_quote_article_is_explained(audit_text, text, quote_reasons, article_reasons):
    audit = audit_text(text)
    (quote,) = audit.quotes
    assert quote.strength.reasons == quote_reasons
    assert audit.score_reasons == article_reasons


def test_an_unknown_weight_with_no_close_name_lists_the_known_ones():
    from quoteaudit.scoring import WEIGHTS, ScoringError, check_weights

    with pytest.raises(ScoringError) as err:
        check_weights({"zzz": 1})
    assert str(err.value) == f"[tool.quoteaudit.scoring]: unknown scoring weight 'zzz' (known: {', '.join(WEIGHTS)})"
    with pytest.raises(ScoringError, match=r"did you mean 'named-person'\? known"):
        check_weights({"named-persn": 1})


def test_a_weight_may_be_set_to_the_top_of_its_range():
    from quoteaudit.scoring import check_weights

    assert check_weights({"named-person": 100, "floating-below": 1, "loaded-verb": 100})["floating-below"] == 1


def test_a_newsroom_that_discounts_paraphrases_sees_why_in_the_reasons(audit_text):
    """``indirect-quote`` is 0 by default, so a paraphrase writes no reason; a newsroom that
    sets it to -5 sees the points taken off and the word "paraphrase" beside them."""
    audit = audit_text("Mayor Jane Doe said the bridge would reopen in May.", config=Config(scoring={"indirect-quote": -5}))
    (quote,) = audit.quotes
    assert quote.strength.reasons == ["+70 named person (Jane Doe)", "+10 title or role (Mayor)", "-5 paraphrase"]
    assert quote.strength.score == 75
