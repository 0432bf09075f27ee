"""The audit of one parsed article, stage by stage.

``ingest → nlp → quotes → speakers → claims → scoring → rules`` — each stage takes the
previous stage's plain dataclasses; only quotes, speakers and claims see the spaCy ``Doc``.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from .claims import find_claims
from .config import Config
from .ingest import Article, InputError
from .language import LanguageCheck, check_language
from .model import DocumentAudit
from .quotes import detect_quotes
from .rules import AuditContext, run_rules
from .scoring import score_article, score_quote
from .speakers import resolve_sources

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc


def audit_article(article: Article, doc: Doc, config: Config | None = None) -> DocumentAudit:
    """Run every stage after the parse and return the article's audit."""
    config = config or Config()
    language = check_language(article.text)
    if not language.supported:
        return unsupported_language_document(article, config, language)
    detection = detect_quotes(doc, article)
    quotes = detection.quotes
    sources = resolve_sources(doc, article, quotes)
    claims = find_claims(doc, article, quotes)
    by_id = {s.id: s for s in sources}
    for quote in quotes:
        quote.strength = score_quote(quote, by_id.get(quote.source) if quote.source else None, config.scoring)
    ctx = AuditContext(
        article=article,
        quotes=quotes,
        sources=sources,
        claims=claims,
        stray_marks=detection.stray_marks,
        config=config,
    )
    findings = run_rules(ctx)
    for finding in findings:
        finding.fingerprint = fingerprint(article, finding.rule, finding.start, finding.end)
    article_strength = score_article(ctx, config.scoring)
    return DocumentAudit(
        id=article.id,
        path=article.path,
        sha256=article.sha256,
        text=article.text,
        metadata=article.metadata,
        paragraphs=list(article.paragraphs),
        quotes=quotes,
        sources=sources,
        findings=findings,
        score=article_strength.score if article_strength else None,
        grade=article_strength.grade if article_strength else None,
        score_reasons=list(article_strength.reasons) if article_strength else [],
    )


def unsupported_language_document(article: Article, config: Config, language: LanguageCheck) -> DocumentAudit:
    """The audit of an article that is not English.

    The quote, speaker and claim stages are built on English cues, titles and grammar and
    would produce garbage quotes, so they are skipped. Only the input rules (QA0xx) run,
    QA001 saying why nothing else was checked; there is no score because nothing was scored.
    """
    ctx = AuditContext(article=article, config=config, facts={"language": language})
    findings = [f for f in run_rules(ctx) if f.rule.startswith("QA0")]
    for finding in findings:
        finding.fingerprint = fingerprint(article, finding.rule, finding.start, finding.end)
    return DocumentAudit(
        id=article.id,
        path=article.path,
        sha256=article.sha256,
        text=article.text,
        metadata=article.metadata,
        paragraphs=list(article.paragraphs),
        findings=findings,
    )


def error_document(err: InputError) -> DocumentAudit:
    """The entry every output format shows for an input that could not be audited."""
    doc_id = f"{err.path}:{err.record}" if err.record else err.path
    return DocumentAudit(
        id=doc_id,
        path=err.path,
        sha256=hashlib.sha256(doc_id.encode("utf-8", "surrogatepass")).hexdigest(),
        text="",
        error=str(err),
    )


def fingerprint(article: Article, rule: str, start: int, end: int) -> str:
    """A baseline key that survives edits elsewhere: rule, path and the normalised words
    of the flagged span (never line numbers)."""
    words = " ".join(article.text[start:end].lower().split())
    key = f"{rule}\x00{article.path or article.id}\x00{words}"
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:20]
