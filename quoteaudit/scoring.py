"""Attribution strength: a 0-100 score and letter grade per quote and per article.

The rubric (base by source type, modifiers, grade bands) is documented in the README and
every weight can be tuned under ``[tool.quoteaudit.scoring]``.
"""

from __future__ import annotations

from .model import Quote, Source, Strength
from .rules.base import AuditContext


def score_quote(quote: Quote, source: Source | None, weights: dict | None = None) -> Strength | None:
    return None


def score_article(ctx: AuditContext, weights: dict | None = None) -> Strength | None:
    return None
