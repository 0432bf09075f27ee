"""Rule findings on whole articles, where the speaker stage supplies the mentions.

Written against the mutants that survived the older suite (benchmarks/mutation.md). The
rule tests build quotes by hand (tests/rulekit.py), with sources that carry no mentions;
some orderings only show when the pipeline resolves "a U.S. official" … "the official"
to one source.
"""

from __future__ import annotations

LEAFLETS = (
    "The military dropped 90,000 leaflets over the city this week, a U.S. official said.\n\n"
    "Fighters were told to leave before the offensive, the official said."
)


def test_qa202_lands_on_the_first_mention_not_on_the_official(audit_text):
    audit = audit_text(LEAFLETS)
    official = [s for s in audit.sources if s.name == "U.S. official"]
    assert len(official) == 1
    assert sorted(q.speaker.text for q in audit.quotes if q.source == official[0].id) == ["a U.S. official", "the official"]
    (finding,) = [f for f in audit.findings if f.rule == "QA202"]
    assert LEAFLETS[finding.start : finding.end] == "a U.S. official"
    assert finding.message == "The article never says why “a U.S. official” cannot be named."
