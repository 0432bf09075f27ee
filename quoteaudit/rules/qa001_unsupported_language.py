"""QA001 unsupported-language: the article is not in English, so it was not audited."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Severity
from .base import AuditContext, Hit, Rule, register


@register
class UnsupportedLanguage(Rule):
    """This article is not in English, so quoteaudit could not check it.

    What is wrong: the article looks like it is written in another language (or mostly in
    a non-Latin script). quoteaudit's quote, speaker and claim detection is built on
    English: its speech verbs ("said", "told"), titles, pronouns and grammar model are
    English, so on other languages it would report quotes and sources that are not there.
    Instead it skips those checks for this article and reports this one finding.

    Why it matters: an article with no findings has been checked; this one has not. Do
    not read its empty quote and source tables as a clean bill of health.

    How to fix: have the article's attribution reviewed by an editor who reads the
    language. If your newsroom publishes in other languages, exclude those folders with
    ``per-file-ignores`` (for example ``"es/**" = ["QA001"]``) or ``ignore = ["QA001"]``.
    If the article *is* English (a list of names or results can look foreign to the
    check), this finding is a false alarm: ignore it for that file.
    """

    code = "QA001"
    name = "unsupported-language"
    label = "Not in English"
    severity = Severity.ERROR

    def check(self, ctx: AuditContext) -> Iterable[Hit]:
        language = ctx.facts.get("language")
        if language is None or getattr(language, "supported", True):
            return
        yield Hit(
            0,
            0,
            f"Not audited: this article does not look like English ({language.explain()}), "
            "and quoteaudit checks only English articles.",
        )
