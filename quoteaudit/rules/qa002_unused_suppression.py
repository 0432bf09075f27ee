"""QA002 unused-suppression: a ``<!-- quoteaudit: ... -->`` comment that suppresses nothing."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Severity
from .base import AuditContext, Hit, Rule, register


@register
class UnusedSuppression(Rule):
    """A quoteaudit suppression comment suppresses nothing.

    What is wrong: a comment such as ``<!-- quoteaudit: disable QA201 -- reason -->``,
    ``<!-- quoteaudit: off -->`` or ``<!-- quoteaudit: ignore-next -->`` covers no finding
    of the rules it names, or quoteaudit cannot understand it (a misspelt directive or
    rule code), or it is an ``enable``/``on`` with nothing disabled before it.

    Why it matters: a suppression is an editor's signed note that a problem was checked
    and accepted. Once the sentence it excused is rewritten or cut, a stale comment keeps
    silencing the rule for whatever is written there next, and the next unsourced claim or
    anonymous quote in that paragraph goes to print unexamined. A misspelt directive is
    worse: the editor believes a finding is excused when it is not.

    How to fix: delete the comment, or correct the directive or code it names
    (``quoteaudit rules`` lists the codes). Keep suppressions next to the passage they
    excuse and give the reason after ``--``, as standards desks ask for any exception to
    sourcing policy (AP: the reason for granting anonymity should be stated).
    """

    code = "QA002"
    name = "unused-suppression"
    label = "Suppression does nothing"
    severity = Severity.WARNING

    def check(self, ctx: AuditContext) -> Iterable[Hit]:
        # Whether a suppression was used is only known once every other rule has run, so
        # these findings are made by quoteaudit.gate.suppress.apply_suppressions, not here.
        return ()
