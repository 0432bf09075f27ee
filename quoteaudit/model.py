"""Plain data that crosses the pipeline's stage boundaries.

Everything after the NLP-bound stages (quotes, speakers, claims) is made of these
dataclasses, never of spaCy objects, so results can be cached, sent between processes
and serialised to the versioned JSON contract (``quoteaudit/schema/quoteaudit-2.schema.json``).

Offsets are always character offsets (Python ``str`` indices, end exclusive) into
``Article.text`` / ``DocumentAudit.text``, the article text as quoteaudit analysed it.
``line`` and ``column`` (1-based) refer to the original file and are derived through the
article's offset map only when findings are made.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from . import SCHEMA_ID, __version__

Offsets = tuple[int, int]


#: quotation marks that open and close quoted words (typewriter ``''`` and ``'`` included)
_OPENING_MARKS = "\"“‘'«„"
_CLOSING_MARKS = "\"”’'»“"


class QuoteKind(str, Enum):
    """How a quote reproduces its speaker's words."""

    DIRECT = "direct"  #: the content is all inside quotation marks
    INDIRECT = "indirect"  #: reported speech, no quotation marks
    MIXED = "mixed"  #: a paraphrase carrying a quoted fragment, or a quoted label worked into the writer's sentence


class AttributionType(str, Enum):
    """What kind of attribution carries a quote's content.

    Annotation conventions disagree about what a "quote" is: speech-only trackers (and
    most editors) count what someone said or wrote; PolNeAR and PARC count every
    attribution, beliefs and stances included. Naming the type lets each convention be
    measured, and lets scoring weigh a belief below an on-the-record statement.
    """

    SPEECH = "speech"  #: said, told, added, tweeted, wrote in a statement
    DOCUMENT = "document"  #: a report, data, emails or a filing as the source
    THOUGHT = "thought"  #: believes, thinks, fears, hopes, expects, wants
    PERCEPTION_STANCE = "perception_stance"  #: sees, feels, supports, opposes, agrees
    NOUN = "noun"  #: a noun phrase carries it: the claim that, his threat to, the warning


class EvidenceStatus(str, Enum):
    """How a direct quote compares with the source material an editor supplied."""

    VERBATIM = "verbatim"  #: every word, in order, in one passage
    ELIDED = "elided"  #: an ellipsis; each piece in order within one passage (a pass, noted)
    BRACKETED = "bracketed"  #: [insertions] replace words; the rest matches (a pass, noted)
    ALTERED = "altered"  #: a close passage exists, but words differ (QA105)
    NOT_FOUND = "not_found"  #: no passage is close (QA106)
    WRONG_SPEAKER = "wrong_speaker"  #: verbatim, but the transcript gives it to someone else (QA107)


class SourceType(str, Enum):
    """How identifiable the source of a quote is, from most to least."""

    NAMED_PERSON = "named_person"  #: "Colonel Ryan Dillon said"
    NAMED_ORGANIZATION = "named_organization"  #: "the Pentagon said", "The US military says"
    DOCUMENT = "document"  #: a named or identifiable document: "a Reuters report", "court filings"
    ANONYMOUS_SPECIFIC = "anonymous_specific"  #: unnamed but placed: "a U.S. official"
    ANONYMOUS_VAGUE = "anonymous_vague"  #: "sources say", "critics say", "the report said"
    PRONOUN_UNRESOLVED = "pronoun_unresolved"  #: "he said" with no one for "he" to be
    NONE = "none"  #: nobody at all


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    SUGGESTION = "suggestion"


@dataclass(frozen=True)
class Paragraph:
    """One block of article text. ``kind`` is ``body``, ``heading``, ``blockquote`` or ``list``."""

    start: int
    end: int
    kind: str = "body"


@dataclass
class TextSpan:
    """A span of the article text with its text, e.g. a cue (``told``) or a speaker mention."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> TextSpan | None:
        return None if d is None else cls(d["start"], d["end"], d["text"])


@dataclass
class Strength:
    """Attribution strength of a quote or article: 0-100, a letter grade, and why."""

    score: int
    grade: str
    reasons: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"score": self.score, "grade": self.grade, "reasons": list(self.reasons)}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Strength | None:
        return None if d is None else cls(d["score"], d["grade"], list(d.get("reasons", [])))


@dataclass
class DiffOp:
    """One step of a word diff between a quote as drafted and the source material."""

    op: str  #: "equal" | "replace" | "insert" (words only in the draft) | "delete" (only in the evidence)
    draft: str
    evidence: str

    def to_dict(self) -> dict[str, Any]:
        return {"op": self.op, "draft": self.draft, "evidence": self.evidence}


@dataclass
class QuoteEvidence:
    """The result of checking one quote against the evidence files."""

    status: EvidenceStatus
    file: str | None = None
    #: character offsets of the matched passage in the evidence file's text
    start: int | None = None
    end: int | None = None
    speaker_label: str | None = None
    similarity: float = 0.0
    diff: list[DiffOp] = field(default_factory=list)
    note: str | None = None
    #: 1-based line of the passage's start in the evidence file (None: not found, or a
    #: JSON Lines record, which the note names instead)
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": EvidenceStatus(self.status).value,
            "file": self.file,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "speaker_label": self.speaker_label,
            "similarity": round(self.similarity, 3),
            "diff": [d.to_dict() for d in self.diff],
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> QuoteEvidence | None:
        if d is None:
            return None
        return cls(
            status=EvidenceStatus(d["status"]),
            file=d.get("file"),
            start=d.get("start"),
            end=d.get("end"),
            speaker_label=d.get("speaker_label"),
            similarity=d.get("similarity", 0.0),
            diff=[DiffOp(x["op"], x["draft"], x["evidence"]) for x in d.get("diff", [])],
            note=d.get("note"),
            line=d.get("line"),
        )


@dataclass
class Quote:
    """One attributed (or orphaned) piece of reported speech.

    ``fragments`` are the content spans; a quote split around its cue has several.
    ``speaker`` is the raw mention as written ("he", "Dillon"); ``source`` is the id of
    the resolved :class:`Source`. ``parent`` is the id of an outer quote when attribution
    is nested ("sources say X, the report said"): both layers are kept as quotes.
    """

    id: str
    kind: QuoteKind
    fragments: list[Offsets]
    text: str
    cue: TextSpan | None = None
    speaker: TextSpan | None = None
    source: str | None = None
    strength: Strength | None = None
    cue_lemma: str | None = None
    parent: str | None = None
    confidence: float = 1.0
    attribution_type: AttributionType = AttributionType.SPEECH
    #: set when source material was given (``--evidence``) and the quote carries exact words
    evidence: QuoteEvidence | None = None
    #: set on a follow-on sentence with no attribution of its own that carries on an
    #: attributed account (the next figure from the same poll): the id of that quote
    continues: str | None = None
    #: set by the quotes stage on a view whose construction gives it no holder (a raising
    #: verb, a hearsay adverb, "is widely seen as", a claim noun's clause with no one's):
    #: the speakers stage looks for no source. Not in the JSON contract: once sources are
    #: resolved, :attr:`held_by_nobody` says the same
    no_holder: bool = field(default=False, compare=False, repr=False)

    @property
    def held_by_nobody(self) -> bool:
        """A paraphrase or view the article gives no one for ("Turnout is expected to be
        high", "The club is reportedly spending …"): no speaker mention, no source, and no
        quotation marks to make it someone's words. It is the article's own framing, so
        it is not graded, not in the article's score and not a claim's attribution."""
        return self.source is None and self.speaker is None and QuoteKind(self.kind) is QuoteKind.INDIRECT

    @property
    def own_words_only(self) -> bool:
        """Is the content nothing but the speaker's quoted words: a direct quote, or a
        quoted label the writer works into a sentence ("called the plan “reckless”", a
        mixed quote whose text opens and closes with a quotation mark)? No paraphrase of
        the writer's is there to run on into the next sentence."""
        if QuoteKind(self.kind) is QuoteKind.DIRECT:
            return True
        body = self.text.strip().rstrip(".,;:!?…")
        return QuoteKind(self.kind) is QuoteKind.MIXED and len(body) > 2 and body[0] in _OPENING_MARKS and body[-1] in _CLOSING_MARKS

    @property
    def start(self) -> int:
        return self.fragments[0][0]

    @property
    def end(self) -> int:
        return self.fragments[-1][1]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": QuoteKind(self.kind).value,
            "attribution_type": AttributionType(self.attribution_type).value,
            "start": self.start,
            "end": self.end,
            "fragments": [[s, e] for s, e in self.fragments],
            "text": self.text,
            "cue": self.cue.to_dict() if self.cue else None,
            "cue_lemma": self.cue_lemma,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "source": self.source,
            "parent": self.parent,
            "confidence": round(self.confidence, 3),
            "strength": self.strength.to_dict() if self.strength else None,
            "evidence": self.evidence.to_dict() if self.evidence else None,
            **({"continues": self.continues} if self.continues else {}),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        return cls(
            id=d["id"],
            kind=QuoteKind(d["kind"]),
            fragments=[(s, e) for s, e in d["fragments"]],
            text=d["text"],
            cue=TextSpan.from_dict(d.get("cue")),
            speaker=TextSpan.from_dict(d.get("speaker")),
            source=d.get("source"),
            strength=Strength.from_dict(d.get("strength")),
            cue_lemma=d.get("cue_lemma"),
            parent=d.get("parent"),
            confidence=d.get("confidence", 1.0),
            attribution_type=AttributionType(d.get("attribution_type", "speech")),
            evidence=QuoteEvidence.from_dict(d.get("evidence")),
            continues=d.get("continues"),
        )


@dataclass
class Source:
    """One real-world source, merged across all its mentions in the article."""

    id: str
    name: str
    type: SourceType
    title: str | None = None
    role: str | None = None
    affiliation: str | None = None
    mentions: list[Offsets] = field(default_factory=list)
    anonymity_reason: str | None = None
    anonymity_reason_weak: bool = False
    #: the source is a document (report, filing, memo, study), named or not; an unnamed
    #: one ("the report said") is typed anonymous_vague and flagged by unnamed-document
    is_document: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": SourceType(self.type).value,
            "title": self.title,
            "role": self.role,
            "affiliation": self.affiliation,
            "mentions": [[s, e] for s, e in self.mentions],
            "anonymity_reason": self.anonymity_reason,
            "anonymity_reason_weak": self.anonymity_reason_weak,
            "is_document": self.is_document,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Source:
        return cls(
            id=d["id"],
            name=d["name"],
            type=SourceType(d["type"]),
            title=d.get("title"),
            role=d.get("role"),
            affiliation=d.get("affiliation"),
            mentions=[(s, e) for s, e in d.get("mentions", [])],
            anonymity_reason=d.get("anonymity_reason"),
            anonymity_reason_weak=d.get("anonymity_reason_weak", False),
            is_document=d.get("is_document", False),
        )


@dataclass
class Finding:
    """One problem an editor should look at, raised by a registered rule."""

    rule: str
    name: str
    severity: Severity
    start: int
    end: int
    message: str
    line: int = 0
    column: int = 0
    quote: str | None = None
    confidence: float = 1.0
    fingerprint: str | None = None
    #: 1-based line and column in the original file just past the flagged span (as in
    #: SARIF's endColumn); 0 when unknown
    end_line: int = 0
    end_column: int = 0
    #: set on a finding that was suppressed rather than reported: ``{"kind": "inSource" |
    #: "external", "justification": ...}`` (the names SARIF uses)
    suppression: dict[str, str] | None = None
    #: where an editor finds the span in a document without lines (a .docx):
    #: ``{"paragraph": n}`` plus ``table``/``row``/``cell`` inside a table; None otherwise
    location: dict[str, int | None] | None = None
    #: 1 for the first finding of its rule on these words (its fingerprint) in the article,
    #: 2 for the next identical one, ...: SARIF tells repeats apart with it
    occurrence: int = 1

    def to_dict(self) -> dict[str, Any]:
        out = self._fields()
        if self.occurrence > 1:
            out["occurrence"] = self.occurrence
        if self.suppression is not None:
            out["suppression"] = dict(self.suppression)
        return out

    def _fields(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "name": self.name,
            "severity": Severity(self.severity).value,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "message": self.message,
            "quote": self.quote,
            "confidence": round(self.confidence, 3),
            "location": dict(self.location) if self.location else None,
            "fingerprint": self.fingerprint,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Finding:
        return cls(
            rule=d["rule"],
            name=d["name"],
            severity=Severity(d["severity"]),
            start=d["start"],
            end=d["end"],
            message=d["message"],
            line=d.get("line", 0),
            column=d.get("column", 0),
            quote=d.get("quote"),
            confidence=d.get("confidence", 1.0),
            fingerprint=d.get("fingerprint"),
            end_line=d.get("end_line", 0),
            end_column=d.get("end_column", 0),
            suppression=dict(d["suppression"]) if d.get("suppression") else None,
            location=dict(d["location"]) if d.get("location") else None,
            occurrence=d.get("occurrence", 1),
        )


@dataclass
class DocumentAudit:
    """Everything quoteaudit found in one article.

    ``error`` is set (and the lists are empty) when the article could not be audited;
    such documents still appear in every output format so nothing is silently skipped.
    """

    id: str
    path: str | None
    sha256: str
    text: str
    metadata: dict[str, Any] = field(default_factory=dict)
    paragraphs: list[Paragraph] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    score: int | None = None
    grade: str | None = None
    score_reasons: list[str] = field(default_factory=list)
    error: str | None = None
    #: findings an inline comment or the baseline suppressed: not reported, not counted by
    #: the policy, kept so that SARIF can show them as suppressed
    suppressed: list[Finding] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "sha256": self.sha256,
            "metadata": self.metadata,
            "text": self.text,
            "paragraphs": [[p.start, p.end, p.kind] for p in self.paragraphs],
            "quotes": [q.to_dict() for q in self.quotes],
            "sources": [s.to_dict() for s in self.sources],
            "findings": [f.to_dict() for f in self.findings],
            "score": self.score,
            "grade": self.grade,
            "score_reasons": list(self.score_reasons),
            "error": self.error,
            "suppressed": [f.to_dict() for f in self.suppressed],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> DocumentAudit:
        return cls(
            id=d["id"],
            path=d.get("path"),
            sha256=d["sha256"],
            text=d.get("text", ""),
            metadata=dict(d.get("metadata") or {}),
            paragraphs=[Paragraph(s, e, k) for s, e, k in d.get("paragraphs", [])],
            quotes=[Quote.from_dict(q) for q in d.get("quotes", [])],
            sources=[Source.from_dict(s) for s in d.get("sources", [])],
            findings=[Finding.from_dict(f) for f in d.get("findings", [])],
            score=d.get("score"),
            grade=d.get("grade"),
            score_reasons=list(d.get("score_reasons", [])),
            error=d.get("error"),
            suppressed=[Finding.from_dict(f) for f in d.get("suppressed", [])],
        )

    def source_by_id(self, source_id: str | None) -> Source | None:
        if source_id is None:
            return None
        return next((s for s in self.sources if s.id == source_id), None)


@dataclass
class ToolInfo:
    name: str = "quoteaudit"
    version: str = __version__
    model: str | None = None
    model_version: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "model": self.model,
            "model_version": self.model_version,
        }


@dataclass
class AuditRun:
    """One invocation of quoteaudit over one or more articles."""

    tool: ToolInfo
    documents: list[DocumentAudit] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_ID,
            "tool": self.tool.to_dict(),
            "documents": [d.to_dict() for d in self.documents],
        }
