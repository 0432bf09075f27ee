"""The audit of one parsed article, stage by stage.

``ingest → nlp → quotes → speakers → (evidence) → claims → scoring → rules`` — each stage
takes the previous stage's plain dataclasses; only quotes, speakers and claims see the spaCy
``Doc``. The evidence stage runs only when source material was given for the article.
"""

from __future__ import annotations

import bisect
import hashlib
from collections import Counter
from typing import TYPE_CHECKING

from .claims import find_claims, follow_on_quotes
from .gate.config import Config
from .ingest import Article, InputError, word_location
from .language import LanguageCheck, check_language
from .model import DocumentAudit, Finding
from .gate.policy import apply_allowed_speakers
from .quotes import detect_quotes
from .rules import AuditContext, run_rules
from .scoring import score_article, score_quote
from .speakers import resolve_sources
from .gate.suppress import apply_suppressions

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from .evidence import EvidenceIndex


def audit_article(article: Article, doc: Doc, config: Config | None = None, evidence: EvidenceIndex | None = None) -> DocumentAudit:
    """Run every stage after the parse and return the article's audit.

    ``evidence`` is the source material to check direct quotes against
    (:func:`quoteaudit.evidence.load_evidence`); without it quotes carry no evidence status.
    """
    config = (config or Config()).for_path(article.path)
    language = check_language(article.text)
    if not language.supported:
        return unsupported_language_document(article, doc, config, language)
    detection = detect_quotes(doc, article)
    quotes = detection.quotes
    sources = apply_allowed_speakers(quotes, resolve_sources(doc, article, quotes), config.allowed_speakers)
    quotes = sorted(quotes + follow_on_quotes(doc, article, quotes), key=lambda q: (q.start, q.end))
    facts: dict[str, object] = {}
    if evidence:
        from .evidence.check import check_quotes  # imported here: most runs have no source material

        facts["evidence_where"] = check_quotes(evidence, article, quotes, sources, max_gap=config.evidence_max_gap)
        facts["evidence_files"] = evidence.names
    claims = find_claims(doc, article, quotes, config.claims)
    by_id = {s.id: s for s in sources}
    for quote in quotes:
        # a view held by nobody is the article's framing, not a quote to grade
        quote.strength = None if quote.held_by_nobody else score_quote(quote, by_id.get(quote.source) if quote.source else None, config.scoring)
    ctx = AuditContext(
        article=article,
        quotes=quotes,
        sources=sources,
        claims=claims,
        stray_marks=detection.stray_marks,
        config=config,
        facts=facts,
    )
    checked = apply_suppressions(article, run_rules(ctx), config)
    findings = locate_findings(article, doc, checked.findings)
    suppressed = locate_findings(article, doc, checked.suppressed)
    number_repeats([*findings, *suppressed])
    article_strength = score_article(ctx, config.scoring)
    return article_document(
        article,
        quotes=quotes,
        sources=sources,
        findings=findings,
        suppressed=suppressed,
        score=article_strength.score if article_strength else None,
        grade=article_strength.grade if article_strength else None,
        score_reasons=list(article_strength.reasons) if article_strength else [],
    )


def article_document(article: Article, **fields) -> DocumentAudit:
    """A DocumentAudit carrying the article's identity and text, plus ``fields``."""
    return DocumentAudit(
        id=article.id,
        path=article.path,
        sha256=article.sha256,
        text=article.text,
        metadata=article.metadata,
        paragraphs=list(article.paragraphs),
        **fields,
    )


def locate_findings(article: Article, doc: Doc, findings: list[Finding]) -> list[Finding]:
    """Give each finding its baseline fingerprint, its end line:column and, in a Word
    document, its paragraph and table cell."""
    sentences = sentence_bounds(doc)
    for finding in findings:
        finding.fingerprint = finding.fingerprint or fingerprint(article, finding.rule, finding.start, finding.end, sentences)
        if not finding.end_line:
            finding.end_line, finding.end_column = end_position(article, finding)
        if finding.location is None:
            finding.location = word_location(article, finding.start)
    return findings


def unsupported_language_document(article: Article, doc: Doc, config: Config, language: LanguageCheck) -> DocumentAudit:
    """The audit of an article that is not English.

    The quote, speaker and claim stages are built on English cues, titles and grammar and
    would produce garbage quotes, so they are skipped. Only the input rules (QA0xx) run,
    QA001 saying why nothing else was checked; there is no score because nothing was scored.
    """
    ctx = AuditContext(article=article, config=config, facts={"language": language})
    findings = [f for f in run_rules(ctx) if f.rule.startswith("QA0")]
    # QA002 is left out: directives for the rules that did not run would all look unused
    checked = apply_suppressions(article, findings, config)
    findings = locate_findings(article, doc, [f for f in checked.findings if f.rule != "QA002"])
    suppressed = locate_findings(article, doc, checked.suppressed)
    number_repeats([*findings, *suppressed])
    return article_document(article, findings=findings, suppressed=suppressed)


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


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """``(start, end)`` character offsets of the parsed sentences, in order."""
    try:
        return [(sent.start_char, sent.end_char) for sent in doc.sents]
    except (ValueError, AttributeError):  # a Doc without sentence boundaries
        return []


_QUOTE_MARKS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def _normalised(text: str) -> str:
    return " ".join(text.lower().translate(_QUOTE_MARKS).split())


def _start_of(sentence: tuple[int, int]) -> int:
    return sentence[0]


def fingerprint(article: Article, rule: str, start: int, end: int, sentences: list[tuple[int, int]] | None = None) -> str:
    """A baseline key that survives edits elsewhere: the rule, the normalised words of the
    sentence(s) holding the flagged span and of the span itself; never line numbers.
    Curly and straight quotes count as the same. The path is left out so that ``news/a.md``
    and ``./news/a.md`` agree; baselines and SARIF keep the path beside it."""
    context_start, context_end = start, end
    if sentences:
        # bisect by key, not on a list of starts built per finding: that made a long
        # article's findings cost findings x sentences
        first = sentences[max(0, bisect.bisect_right(sentences, start, key=_start_of) - 1)]
        last = sentences[max(0, bisect.bisect_right(sentences, max(start, end - 1), key=_start_of) - 1)]
        context_start, context_end = min(first[0], start), max(last[1], end)
    sentence = _normalised(article.text[context_start:context_end])
    span = _normalised(article.text[start:end])
    key = f"{rule}\x00{sentence}\x00{span}"
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def number_repeats(findings: list[Finding]) -> None:
    """Number the findings of one rule on identical words (one fingerprint) 1, 2, ... in
    text order; given the reported and the suppressed findings together.

    Two identical flagged sentences share a fingerprint, and SARIF consumers merge results
    with equal fingerprints, so SARIF adds this number. It is counted here, before a
    baseline or ``--diff-base`` hides any, so that it is the same in every run that sees
    the same article, and an edit elsewhere in the article does not change it."""
    seen: Counter[tuple[str, str | None]] = Counter()
    for finding in sorted(findings, key=lambda f: (f.start, f.end, f.rule)):
        seen[finding.rule, finding.fingerprint] += 1
        finding.occurrence = seen[finding.rule, finding.fingerprint]


def end_position(article: Article, finding: Finding) -> tuple[int, int]:
    """Line and column in the original file just past the finding's last character."""
    if finding.end <= finding.start:
        return finding.line, finding.column
    line, column = article.line_col(finding.end - 1)
    return line, column + 1
