"""The report model: what every rendering of an audit says, computed once.

The HTML page, the terminal text, JUnit, the GitHub summary line, the Word review
comments and the ``serve`` web page all read their counts, verdict and wording from here,
so two renderings of the same audit can never disagree. Nothing here formats markup.

Public names (the API the other renderers call):

``article_report(doc, policy=None) -> ArticleReport``
    Everything a report says about one audited article. ``policy`` is the newsroom
    policy's reasons for failing it (``quoteaudit.gate.policy.failures(doc, config)``;
    an empty list means it passes); ``None`` leaves the verdict out.

``ArticleReport``
    ``doc``, ``title`` (the headline when the article has one, else its path or id),
    ``path``, ``verdict`` (:class:`Verdict` or None), ``counts`` (:class:`Counts`),
    ``score`` / ``grade`` / ``grade_words`` / ``score_line`` (the attribution score as
    a score, never as a second verdict), ``score_steps`` (the arithmetic, as
    :class:`ScoreStep`), ``items`` (every finding as a :class:`FixItem`, in the
    article's order), ``fix_first`` (errors then warnings, grouped by rule, as
    :class:`FixGroup`), ``suggestions`` (the same for suggestions), ``weak_quotes``
    (grade D and F quotes, as :class:`QuoteItem`), ``evidence`` (every quote checked
    against the source material, as :class:`EvidenceView`; ``evidence_for(quote_id)``)
    and ``stats_line()`` (the one-line summary the terminal and JUnit print).

``EvidenceView``
    One quote's check against the source material: ``status``, ``tone`` ("pass", or the
    severity of its QA105-QA107 finding), ``label`` (in words: "Word for word", "Quote
    differs from source"), ``name`` (the status chip's accessible name), ``summary``,
    ``place`` (evidence file and line), ``speaker_label``, ``note``, ``diff`` and
    ``changed``.

``FixItem``
    One finding in an editor's words: ``number`` (1-based, in ``doc.findings`` order),
    ``anchor`` (``finding-N``, the passage's id in the HTML page), ``item_anchor``
    (``finding-item-N``, its entry in the fix-first list), ``code``, ``label`` (the
    rule's editor label, e.g. "Why anonymous?"), ``severity``, ``message`` (one plain
    sentence), ``how_to_fix`` and ``why_it_matters`` (from the rule's docstring, the
    same text as ``quoteaudit explain``), ``excerpt`` (the flagged words, shortened),
    ``line`` / ``column``, ``location`` (the Word paragraph/table/cell, if any), ``place``
    ("21:1", "paragraph 6 in table 1, row 2, cell 2") and ``where`` ("line 21", or the
    paragraph for a Word document),
    ``quote`` (the quote's id, if any) and ``finding`` (the :class:`~quoteaudit.model.Finding`).

``FixGroup``
    ``severity``, ``code``, ``label``, ``how_to_fix``, ``why_it_matters``, ``items``.

``Verdict``
    ``status`` ("passes", "needs work" or "fails"), ``headline`` (in words),
    ``detail`` (one sentence) and ``reasons`` (the policy's, for "fails").

``Counts``
    ``errors``, ``warnings``, ``suggestions``, ``findings``, ``suppressed``, ``quotes``,
    ``quotes_by_kind`` (direct / indirect / mixed), ``quotes_named``,
    ``quotes_anonymous``, ``quotes_no_source`` (which source each quote rests on),
    ``sources``, ``named_sources``, ``sources_by_type`` and ``evidence`` (checked quotes
    by status; ``quotes_checked``, ``evidence_line()``); ``findings_line()`` gives
    "1 error, 12 warnings, 1 suggestion".

``RunTotals``
    ``add(report)`` once per document (input errors included), then ``line()``: "3
    errors, 12 warnings, 2 suggestions in 4 articles; 1 article fails the policy".

``item_line(path, item)`` (one finding on one line, as the terminal and JUnit print it),
``rule_label(code, name)`` (the rule's editor label, from the registry; the policy's reasons use it),
``by_severity(items)``, ``headline(doc)``, ``score_steps(reasons)``, ``plural(n, noun)``, ``SEVERITY_ORDER``,
``SEVERITY_WORDS``, ``KIND_WORDS``, ``GRADE_WORDS``, ``NAMED_TYPES``, ``ANONYMOUS_TYPES``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..model import DiffOp, DocumentAudit, EvidenceStatus, Finding, QuoteKind, Severity, SourceType

#: errors first, then warnings, then suggestions
SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.SUGGESTION: 2}

#: what an editor calls each severity: (singular, plural)
SEVERITY_WORDS = {Severity.ERROR: ("error", "errors"), Severity.WARNING: ("warning", "warnings"), Severity.SUGGESTION: ("suggestion", "suggestions")}

#: quote kinds in plain words ("mixed" is a paraphrase carrying some quoted words)
KIND_WORDS = {QuoteKind.DIRECT: "direct quote", QuoteKind.INDIRECT: "paraphrase", QuoteKind.MIXED: "partial quote"}

#: the article's grade in words: a score band, not a verdict
GRADE_WORDS = {"A": "well sourced", "B": "mostly well sourced", "C": "mixed sourcing", "D": "weakly sourced", "F": "poorly sourced"}

#: which sources count as named in every count and share (a named document is on the record)
NAMED_TYPES = frozenset({SourceType.NAMED_PERSON, SourceType.NAMED_ORGANIZATION, SourceType.DOCUMENT})
ANONYMOUS_TYPES = frozenset({SourceType.ANONYMOUS_SPECIFIC, SourceType.ANONYMOUS_VAGUE})

#: the sentence that keeps the grade a score beside the verdict
SCORE_NOTE = "A score of how well the quotes are attributed, not a verdict: the newsroom policy decides."

EXCERPT_LIMIT = 90


def plural(n: int, noun: str, nouns: str | None = None) -> str:
    """``1 error``, ``2 errors``, ``2 articles fail``-style counts in words."""
    return f"{n} {noun if n == 1 else (nouns or noun + 's')}"


def _severity(value: Severity | str) -> Severity:
    return Severity(value)


# --- counts ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    errors: int = 0
    warnings: int = 0
    suggestions: int = 0
    suppressed: int = 0
    quotes: int = 0
    quotes_by_kind: dict[str, int] = field(default_factory=dict)
    quotes_named: int = 0
    quotes_anonymous: int = 0
    quotes_no_source: int = 0
    #: of those with no source, the views and paraphrases held by nobody ("is expected to")
    quotes_held_by_nobody: int = 0
    sources: int = 0
    named_sources: int = 0
    sources_by_type: dict[str, int] = field(default_factory=dict)
    #: quotes checked against the source material, by status (``verbatim``, ``altered``, ...)
    evidence: dict[str, int] = field(default_factory=dict)

    @property
    def findings(self) -> int:
        return self.errors + self.warnings + self.suggestions

    def by_severity(self, severity: Severity | str) -> int:
        return {Severity.ERROR: self.errors, Severity.WARNING: self.warnings, Severity.SUGGESTION: self.suggestions}[_severity(severity)]

    def findings_line(self) -> str:
        """``1 error, 12 warnings, 1 suggestion``."""
        return ", ".join(plural(self.by_severity(s), *SEVERITY_WORDS[s]) for s in SEVERITY_ORDER)

    def to_fix_line(self) -> str:
        """``1 error and 12 warnings; 1 suggestion to consider``: what the fix-first list
        holds, with the folded-away suggestions named apart."""
        fix = [plural(n, *SEVERITY_WORDS[s]) for s, n in ((Severity.ERROR, self.errors), (Severity.WARNING, self.warnings)) if n]
        text = " and ".join(fix) if fix else "nothing to fix"
        if self.suggestions:
            text += f"; {plural(self.suggestions, 'suggestion')} to consider"
        return text

    @property
    def quotes_checked(self) -> int:
        """Quotes checked against the source material (0: none was given)."""
        return sum(self.evidence.values())

    @property
    def quotes_matching(self) -> int:
        """Checked quotes the source material bears out (word for word, shortened with an
        ellipsis, or with the editor's words in brackets)."""
        return sum(self.evidence.get(s.value, 0) for s in PASS_WORDS)

    def evidence_line(self) -> str:
        """``11 match; 2 differ, 2 said by someone else, 2 not found``: the checked quotes,
        those the source bears out first, then each problem."""
        problems = (
            (EvidenceStatus.ALTERED, "differs", "differ"),
            (EvidenceStatus.WRONG_SPEAKER, "said by someone else", "said by someone else"),
            (EvidenceStatus.NOT_FOUND, "not found", "not found"),
        )
        told = [f"{n} {one if n == 1 else many}" for s, one, many in problems if (n := self.evidence.get(s.value, 0))]
        match = f"{self.quotes_matching} {'matches' if self.quotes_matching == 1 else 'match'}"
        return f"{match}; {', '.join(told)}" if told else f"{match}, all of them"

    def share(self, part: int) -> int:
        """``part`` as a whole percentage of the quotes."""
        return round(100 * part / self.quotes) if self.quotes else 0


def count_article(doc: DocumentAudit) -> Counts:
    severities = {s: 0 for s in Severity}
    for finding in doc.findings:
        severities[_severity(finding.severity)] += 1
    kinds = {k.value: 0 for k in QuoteKind}
    for quote in doc.quotes:
        kinds[QuoteKind(quote.kind).value] += 1
    by_id = {s.id: s for s in doc.sources}
    named = anonymous = nobody = 0
    for quote in doc.quotes:
        source = by_id.get(quote.source) if quote.source else None
        if source is not None and source.type in NAMED_TYPES:
            named += 1
        elif source is not None and source.type in ANONYMOUS_TYPES:
            anonymous += 1
        else:
            nobody += 1
    types = {t.value: 0 for t in SourceType}
    for source in doc.sources:
        types[SourceType(source.type).value] += 1
    checked: dict[str, int] = {}
    for quote in doc.quotes:
        if quote.evidence is not None:
            status = EvidenceStatus(quote.evidence.status).value
            checked[status] = checked.get(status, 0) + 1
    return Counts(
        errors=severities[Severity.ERROR],
        warnings=severities[Severity.WARNING],
        suggestions=severities[Severity.SUGGESTION],
        suppressed=len(doc.suppressed),
        quotes=len(doc.quotes),
        quotes_by_kind=kinds,
        quotes_named=named,
        quotes_anonymous=anonymous,
        quotes_no_source=nobody,
        quotes_held_by_nobody=sum(1 for quote in doc.quotes if quote.held_by_nobody),
        sources=len(doc.sources),
        named_sources=sum(1 for s in doc.sources if s.type in NAMED_TYPES),
        sources_by_type=types,
        evidence=checked,
    )


# --- findings in an editor's words -----------------------------------------------------


@dataclass(frozen=True)
class FixItem:
    number: int
    anchor: str
    item_anchor: str
    finding: Finding
    code: str
    label: str
    severity: Severity
    message: str
    how_to_fix: str
    why_it_matters: str
    excerpt: str
    line: int
    column: int
    location: dict[str, int | None] | None = None
    quote: str | None = None
    #: the line of a JSON Lines file that holds the story (its line:column are the story's)
    file_line: int | None = None

    @property
    def severity_word(self) -> str:
        return SEVERITY_WORDS[self.severity][0]

    @property
    def place(self) -> str:
        """Where the finding is, as a reader looks for it: ``21:1`` (line:column) in a text
        file; ``paragraph 6`` or ``paragraph 6 in table 1, row 2, cell 2`` in a Word
        document, which has no lines; in a JSON Lines file the story's line, ``3:1``, so
        that an editor's link opens the story (:attr:`story_place` says where in it)."""
        if self.file_line:
            return f"{self.file_line}:1"
        loc = self.location or {}
        if not loc.get("paragraph"):
            return f"{self.line}:{self.column}"
        text = f"paragraph {loc['paragraph']}"
        if loc.get("table"):
            text += f" in table {loc['table']}, row {loc.get('row')}, cell {loc.get('cell')}"
        return text

    @property
    def story_place(self) -> str:
        """`` (line 5:38 of the story)`` for a story of a JSON Lines file, else nothing."""
        return f" (line {self.line}:{self.column} of the story)" if self.file_line and self.line else ""

    @property
    def where(self) -> str:
        """``line 21``, or :attr:`place` for a Word document."""
        if (self.location or {}).get("paragraph"):
            return self.place
        return f"line {self.line}" if self.line else "not tied to a line"

    @property
    def excerpt_adds(self) -> bool:
        """The excerpt says something the message does not already quote."""
        return bool(self.excerpt) and self.excerpt.rstrip("\u2026") not in self.message


def item_line(path: str, item: FixItem, severity: str | None = None) -> str:
    """``path:21:1: QA101 [error] Quote with no speaker: Nobody is named as saying ...``:
    one finding on one line, in the shape editors' tools and CI logs turn into links
    (``path:paragraph 6: ...`` in a Word document).
    ``severity`` replaces the ``[error]`` tag (the terminal passes it coloured)."""
    return f"{path}:{item.place}: {item.code} {severity or f'[{item.severity.value}]'} {item.label}: {item.message}{item.story_place}"


def by_severity(items) -> list[FixItem]:
    """Most serious first, then in reading order: how a list of findings is read."""
    return sorted(items, key=lambda i: (SEVERITY_ORDER[i.severity], i.finding.start, i.number))


@dataclass(frozen=True)
class FixGroup:
    severity: Severity
    code: str
    label: str
    how_to_fix: str
    why_it_matters: str
    items: tuple[FixItem, ...]

    @property
    def severity_word(self) -> str:
        return SEVERITY_WORDS[self.severity][0]


def rule_label(code: str, name: str = "") -> str:
    """The rule's editor label ("Quote with no speaker"), from the registry."""
    return _rule_texts(code, name)[0]


def _rule_texts(code: str, name: str) -> tuple[str, str, str]:
    """(label, how to fix, why it matters) from the rule registry; a code the registry
    does not know (a plugin removed since the baseline was written) gets its name."""
    from ..rules import load_all

    rule = load_all().get(code)
    if rule is None:
        return (name.replace("-", " ").capitalize() or code, "", "")
    return (rule.label, rule.how_to_fix(), rule.why_it_matters())


def sentence(message: str) -> str:
    """``message`` as one sentence: a capital first letter and a full stop."""
    text = " ".join(message.split())
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".?!…”’\")" else text + "."


_QUOTE_MARKS = "\"\u201c\u201d\u201e\u00ab\u00bb"


def excerpt(text: str, limit: int = EXCERPT_LIMIT) -> str:
    """The flagged words on one line, shortened, without the quotation marks around a
    quote (renderings put their own around an excerpt)."""
    text = " ".join(text.split()).strip(_QUOTE_MARKS + " ")
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def fix_item(doc: DocumentAudit, number: int, finding: Finding) -> FixItem:
    label, how, why = _rule_texts(finding.rule, finding.name)
    start, end = max(0, finding.start), max(finding.start, finding.end)
    return FixItem(
        number=number,
        anchor=f"finding-{number}",
        item_anchor=f"finding-item-{number}",
        finding=finding,
        code=finding.rule,
        label=label,
        severity=_severity(finding.severity),
        message=sentence(finding.message),
        how_to_fix=how,
        why_it_matters=why,
        excerpt=excerpt(doc.text[start:end]) if end > start else "",
        line=finding.line,
        column=finding.column,
        location=finding.location,
        quote=finding.quote,
        file_line=_jsonl_line(doc),
    )


def _jsonl_line(doc: DocumentAudit) -> int | None:
    line = doc.metadata.get("jsonl_line") if isinstance(doc.metadata, dict) else None
    return line if isinstance(line, int) and line > 0 else None


def group_items(items: list[FixItem]) -> list[FixGroup]:
    """Items grouped by rule: groups by severity, then where their first item is; items
    within a group in reading order."""
    by_rule: dict[tuple[Severity, str], list[FixItem]] = {}
    for item in sorted(items, key=lambda i: (i.finding.start, i.number)):
        by_rule.setdefault((item.severity, item.code), []).append(item)
    groups = [
        FixGroup(severity, code, members[0].label, members[0].how_to_fix, members[0].why_it_matters, tuple(members))
        for (severity, code), members in by_rule.items()
    ]
    return sorted(groups, key=lambda g: (SEVERITY_ORDER[g.severity], g.items[0].finding.start, g.code))


# --- verdict and score -----------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    status: str  #: "passes", "needs work" or "fails"
    headline: str
    detail: str
    reasons: tuple[str, ...] = ()


def verdict(counts: Counts, policy: list[str] | None) -> Verdict | None:
    """The newsroom policy's verdict in words: the one verdict every rendering shows."""
    if policy is None:
        return None
    if policy:
        return Verdict("fails", "Fails the newsroom policy", "Fix what the policy names below before publication.", tuple(policy))
    if counts.errors or counts.warnings:
        todo = " and ".join(plural(n, *SEVERITY_WORDS[s]) for s, n in ((Severity.ERROR, counts.errors), (Severity.WARNING, counts.warnings)) if n)
        return Verdict("needs work", "Needs work", f"It passes the newsroom policy, but {todo} {'is' if counts.errors + counts.warnings == 1 else 'are'} worth fixing before publication.")
    return Verdict("passes", "Passes the newsroom policy", "Nothing needs fixing before publication." if not counts.suggestions else f"Only {plural(counts.suggestions, 'suggestion')} to consider.")


@dataclass(frozen=True)
class ScoreStep:
    points: str  #: "+47.5", "-15", or the total for the last step
    text: str
    total: bool = False


_STEP = re.compile(r"^\s*(=|[+\-\u2212]\s?\d+(?:\.\d+)?)\s*(.*)$")


def score_steps(reasons: list[str]) -> list[ScoreStep]:
    """The scoring stage's reasons ("+47.5 mean of ...", "-15 3 unattributed claims",
    "= 28") as points and words, so the points line up in a column instead of reading
    as a bullet ("- +15")."""
    steps = []
    for reason in reasons:
        match = _STEP.match(reason)
        if not match:
            steps.append(ScoreStep("", reason))
        elif match.group(1) == "=":
            total, _, rest = match.group(2).partition(" ")
            steps.append(ScoreStep(total, rest.strip(" ()") or "score", True))
        else:
            steps.append(ScoreStep(match.group(1).replace(" ", ""), match.group(2)))
    return steps


# --- quotes to strengthen --------------------------------------------------------------


@dataclass(frozen=True)
class QuoteItem:
    number: int  #: 1-based, in ``doc.quotes`` order
    anchor: str  #: ``q-N``, the quote's id in the HTML page
    id: str
    grade: str
    score: int | None
    excerpt: str
    source: str | None


WEAK_GRADES = ("D", "F")


def weak_quotes(doc: DocumentAudit) -> list[QuoteItem]:
    names = {s.id: s.name for s in doc.sources}
    out = []
    for i, quote in enumerate(doc.quotes, 1):
        grade = (quote.strength.grade if quote.strength else "").strip()[:1].upper()
        if grade in WEAK_GRADES:
            out.append(QuoteItem(i, f"q-{i}", quote.id, grade, quote.strength.score if quote.strength else None,
                                 excerpt(quote.text, 70), names.get(quote.source) if quote.source else None))
    return out


# --- quotes against the source material -----------------------------------------------

#: what each status is, in an editor's words, for a pass (the statuses with a rule take
#: the rule's label instead, so the card, the fix-first list and ``explain`` agree)
PASS_WORDS = {
    EvidenceStatus.VERBATIM: "Word for word",
    EvidenceStatus.ELIDED: "Shortened with an ellipsis",
    EvidenceStatus.BRACKETED: "Editor's words in brackets",
}
#: the rule that turns a status into a finding
EVIDENCE_RULES = {EvidenceStatus.ALTERED: "QA105", EvidenceStatus.NOT_FOUND: "QA106", EvidenceStatus.WRONG_SPEAKER: "QA107"}


@dataclass(frozen=True)
class EvidenceView:
    """One quote checked against the source material, as every rendering shows it.

    ``tone`` is "pass" (verbatim, elided, bracketed: quiet, with the note), or the
    severity of the finding the status gave ("error" for altered and wrong speaker,
    "warning" for not found, unless the newsroom config says otherwise). ``label`` is
    the status in words ("Word for word", "Quote differs from source"), ``summary`` one
    sentence saying what was found where, ``place`` the evidence file and line
    ("transcripts/mayor.txt, line 7"), ``diff`` the word diff (``changed``: it holds more
    than equal words).
    """

    number: int  #: the quote's 1-based number in ``doc.quotes``
    quote: str  #: the quote's id
    status: EvidenceStatus
    tone: str
    code: str | None  #: the rule the status is a finding of (QA105-QA107), None for a pass
    label: str
    summary: str
    file: str | None
    line: int | None
    speaker_label: str | None
    note: str | None
    diff: tuple[DiffOp, ...]

    @property
    def passes(self) -> bool:
        return self.tone == "pass"

    @property
    def place(self) -> str:
        """``transcripts/mayor.txt, line 7`` (the file alone when the line is unknown)."""
        if not self.file:
            return ""
        if not self.line:
            return self.file
        # a Word document has no lines: its evidence line is the paragraph, as Word counts
        unit = "paragraph" if self.file.lower().endswith(".docx") else "line"
        return f"{self.file}, {unit} {self.line}"

    @property
    def changed(self) -> bool:
        return any(op.op != "equal" for op in self.diff)

    @property
    def name(self) -> str:
        """The status chip's accessible name, in words: ``Source check, error: Quote
        differs from source``; ``Source check, passes: Word for word``."""
        return f"Source check, {'passes' if self.passes else self.tone}: {self.label}"


def _evidence_summary(status: EvidenceStatus, changed: bool) -> str:
    """One sentence on what the check found (where is :attr:`EvidenceView.place`)."""
    if status is EvidenceStatus.ALTERED:
        if changed:
            return "The source's words differ: its words are struck through, the draft's marked as added."
        return "The source has these words, but not together as the draft puts them."
    if status is EvidenceStatus.WRONG_SPEAKER:  # the note says who (the transcript's label)
        return "Word for word in the source, but said there by someone other than the quote's source."
    return {
        EvidenceStatus.VERBATIM: "Word for word in the source.",
        EvidenceStatus.ELIDED: "In the source; the ellipsis marks words left out, which AP style allows.",
        EvidenceStatus.BRACKETED: "In the source; the words in brackets are the editor's, which AP style allows.",
        EvidenceStatus.NOT_FOUND: "No passage of the source material given for this article is close to these words.",
    }[status]


def evidence_views(doc: DocumentAudit, items: list[FixItem]) -> list[EvidenceView]:
    """Every checked quote's :class:`EvidenceView`, in reading order. A status that is a
    finding takes that finding's severity and the rule's label."""
    found = {(i.quote, i.code): i for i in items if i.quote}
    views = []
    for number, quote in enumerate(doc.quotes, 1):
        evidence = quote.evidence
        if evidence is None:
            continue
        status = EvidenceStatus(evidence.status)
        code = EVIDENCE_RULES.get(status)
        if code is None:
            tone, label = "pass", PASS_WORDS[status]
        else:
            item = found.get((quote.id, code))
            label = item.label if item else rule_label(code)
            tone = (item.severity if item else _rule_severity(code)).value
        diff = tuple(evidence.diff)
        views.append(EvidenceView(
            number=number, quote=quote.id, status=status, tone=tone, code=code, label=label,
            summary=_evidence_summary(status, any(op.op != "equal" for op in diff)),
            file=evidence.file, line=evidence.line, speaker_label=evidence.speaker_label,
            note=sentence(evidence.note) if evidence.note else None, diff=diff,
        ))
    return views


def _rule_severity(code: str) -> Severity:
    from ..rules import load_all

    rule = load_all().get(code)
    return rule.severity if rule is not None else Severity.WARNING


# --- the article -----------------------------------------------------------------------


def headline(doc: DocumentAudit) -> str:
    """The article's headline: its ``title`` metadata, else a heading that opens the
    article, else its path or id."""
    title = doc.metadata.get("title") if doc.metadata else None
    if isinstance(title, (str, int, float)) and not isinstance(title, bool) and str(title).strip():
        return " ".join(str(title).split())
    if doc.paragraphs and doc.paragraphs[0].kind == "heading":
        first = doc.paragraphs[0]
        text = " ".join(doc.text[first.start : first.end].split())
        if text:
            return text
    return doc.id


@dataclass(frozen=True)
class ArticleReport:
    doc: DocumentAudit
    title: str
    path: str
    verdict: Verdict | None
    counts: Counts
    score: int | None
    grade: str | None
    grade_words: str
    score_steps: tuple[ScoreStep, ...]
    items: tuple[FixItem, ...]
    fix_first: tuple[FixGroup, ...]
    suggestions: tuple[FixGroup, ...]
    weak_quotes: tuple[QuoteItem, ...]
    error: str | None = None
    #: every quote checked against the source material, in reading order
    evidence: tuple[EvidenceView, ...] = ()

    @property
    def score_line(self) -> str:
        """``attribution score 28/100 (grade F, poorly sourced)``."""
        if self.score is None:
            return "not scored (no quotes and no flagged claims)"
        return f"attribution score {self.score}/100 (grade {self.grade or '?'}, {self.grade_words})"

    @property
    def to_fix(self) -> int:
        """Errors and warnings: what the fix-first list asks an editor to deal with."""
        return self.counts.errors + self.counts.warnings

    def stats_line(self) -> str:
        """One line for a terminal or a CI log: score, quotes, sources, findings."""
        return f"{self.score_line}; {self.counts_line()}"

    def counts_line(self) -> str:
        """``14 quotes (6 from named sources), 9 sources (4 named); 1 error, 12 warnings``."""
        c = self.counts
        suppressed = f" ({c.suppressed} suppressed)" if c.suppressed else ""
        unheld = f", {c.quotes_held_by_nobody} held by nobody" if c.quotes_held_by_nobody else ""
        return (
            f"{plural(c.quotes, 'quote')} ({c.quotes_named} from named sources{unheld}), "
            f"{plural(c.sources, 'source')} ({c.named_sources} named); {c.findings_line()}{suppressed}"
        )

    def item_for(self, finding: Finding) -> FixItem | None:
        return next((i for i in self.items if i.finding is finding), None)

    def evidence_for(self, quote_id: str) -> EvidenceView | None:
        """The quote's check against the source material (None: not checked)."""
        return next((e for e in self.evidence if e.quote == quote_id), None)


def _grade_words(grade: str | None) -> str:
    return GRADE_WORDS.get((grade or "").strip()[:1].upper(), "not graded")


def article_report(doc: DocumentAudit, policy: list[str] | None = None) -> ArticleReport:
    """Everything any rendering says about ``doc``. See the module docstring."""
    path = doc.path or doc.id
    if doc.error:
        return ArticleReport(doc, headline(doc), path, None, Counts(), None, None, "", (), (), (), (), (), error=doc.error)
    counts = count_article(doc)
    items = [fix_item(doc, i, f) for i, f in enumerate(doc.findings, 1)]
    groups = group_items(items)
    return ArticleReport(
        doc=doc,
        title=headline(doc),
        path=path,
        verdict=verdict(counts, policy),
        counts=counts,
        score=doc.score,
        grade=doc.grade,
        grade_words=_grade_words(doc.grade),
        score_steps=tuple(score_steps(doc.score_reasons)),
        items=tuple(items),
        fix_first=tuple(g for g in groups if g.severity is not Severity.SUGGESTION),
        suggestions=tuple(g for g in groups if g.severity is Severity.SUGGESTION),
        weak_quotes=tuple(weak_quotes(doc)),
        evidence=tuple(evidence_views(doc, items)),
    )


# --- a whole run -----------------------------------------------------------------------


@dataclass
class RunTotals:
    """Counts over a run, for the closing line of the terminal and CI logs."""

    articles: int = 0  #: audited (input errors are counted apart)
    input_errors: int = 0
    errors: int = 0
    warnings: int = 0
    suggestions: int = 0
    failing: int = 0
    #: False when no reporter knew the policy, so the line says nothing about it
    judged: bool = False

    def add(self, report: ArticleReport) -> None:
        if report.error:
            self.input_errors += 1
            return
        self.articles += 1
        self.errors += report.counts.errors
        self.warnings += report.counts.warnings
        self.suggestions += report.counts.suggestions
        if report.verdict is not None:
            self.judged = True
            self.failing += report.verdict.status == "fails"

    def line(self) -> str:
        """``3 errors, 12 warnings, 2 suggestions in 4 articles; 1 article fails the policy``."""
        if not self.articles:
            parts = ["no articles audited"]
        else:
            found = Counts(errors=self.errors, warnings=self.warnings, suggestions=self.suggestions).findings_line()
            parts = [f"{found} in {plural(self.articles, 'article')}"]
        if self.judged:
            if self.failing:
                parts.append(f"{plural(self.failing, 'article fails', 'articles fail')} the policy")
            else:
                parts.append("all pass the policy" if self.articles > 1 else "it passes the policy")
        if self.input_errors:
            parts.append(f"{plural(self.input_errors, 'input')} could not be read")
        return "; ".join(parts)


def as_dict(report: ArticleReport) -> dict[str, Any]:
    """The counts and verdict as plain JSON-ready data (for the web page and tests)."""
    c = report.counts
    return {
        "title": report.title,
        "path": report.path,
        "verdict": report.verdict.status if report.verdict else None,
        "score": report.score,
        "grade": report.grade,
        "errors": c.errors,
        "warnings": c.warnings,
        "suggestions": c.suggestions,
        "quotes": c.quotes,
        "quotes_named": c.quotes_named,
        "quotes_anonymous": c.quotes_anonymous,
        "quotes_no_source": c.quotes_no_source,
        "sources": c.sources,
        "named_sources": c.named_sources,
    }
