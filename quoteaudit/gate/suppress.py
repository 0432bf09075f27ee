"""Inline suppression comments in Markdown and HTML articles, and Word comments.

An editor who has checked a finding and decided it stands can say so in the article
itself, in a comment readers never see::

    <!-- quoteaudit: disable QA201 -- the minister's aide spoke on background -->
    ...
    <!-- quoteaudit: enable QA201 -->

    <!-- quoteaudit: off -->  ...  <!-- quoteaudit: on -->

    <!-- quoteaudit: ignore-next -->         (the next paragraph or block only)
    <!-- quoteaudit: ignore-next QA101 -->   (only those rules in it)

``disable`` runs to the matching ``enable`` or to the end of the article; codes may be
rule codes, code prefixes (``QA2``) or rule names, separated by spaces or commas; text
after ``--`` is the reason. Comments are found with the same parsers the readers use,
so an example inside a code block or ``<script>`` is never taken for a directive.

In a Word document the directive is a review comment on a passage::

    quoteaudit: ignore QA202 the aide spoke on background, approved by the desk

``ignore [CODES] [reason]`` covers the findings that overlap the commented passage (the
whole paragraph when the comment is on a point); the other verbs work from where the
comment is anchored. Comments quoteaudit wrote itself are never directives.

A directive that suppresses nothing is reported as QA002 (unused-suppression), so stale
suppressions cannot pile up and hide the next real problem.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import TYPE_CHECKING

from ..model import Finding

if TYPE_CHECKING:  # pragma: no cover
    from .config import Config
    from ..ingest import Article

UNUSED_CODE = "QA002"
ALL = "*"

_DIRECTIVE = re.compile(r"^\s*quoteaudit\s*:(?P<body>.*)$", re.DOTALL | re.IGNORECASE)
_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_VERBS = ("disable", "enable", "off", "on", "ignore-next")
#: a Word comment can also ignore findings on the passage it is anchored on
_WORD_VERBS = (*_VERBS, "ignore")
#: a word a Word directive means as a rule code or code prefix ("QA202", "qa2"), even misspelt
_CODE_LIKE = re.compile(r"^qa[0-9a-z]*$", re.IGNORECASE)
#: the author quoteaudit signs its own Word comments with
WORD_AUTHOR = "quoteaudit"


@dataclass
class Directive:
    """One ``<!-- quoteaudit: ... -->`` comment."""

    verb: str  #: one of _VERBS, or "" when the comment is not understood
    codes: tuple[str, ...]  #: as written; empty means every rule
    reason: str | None
    source_start: int  #: the comment's span in the original file
    source_end: int
    text_offset: int  #: where it sits in the article text
    raw: str
    problem: str | None = None
    #: a Word comment's anchored passage ends here (it starts at ``text_offset``)
    passage_end: int | None = None


@dataclass
class Suppression:
    """A text range in which findings of ``code`` (or every rule, ``*``) are dropped."""

    directive: Directive
    code: str
    start: int
    end: int
    used: bool = False
    #: a Word comment's passage: a finding overlapping it is covered, not only one starting in it
    overlap: bool = False

    def covers(self, finding: Finding) -> bool:
        if not _code_matches(finding, self.code):
            return False
        if self.overlap and finding.end > finding.start:
            return finding.start < self.end and finding.end > self.start
        return self.start <= finding.start < self.end


@dataclass
class SuppressionResult:
    findings: list[Finding]
    suppressed: list[Finding] = field(default_factory=list)
    unused: list[Finding] = field(default_factory=list)


def _code_matches(finding: Finding, code: str) -> bool:
    """``code`` is ``*``, a rule code or a code prefix (names are made codes when parsed)."""
    return code == ALL or finding.rule.startswith(code)


# -- finding the comments ---------------------------------------------------------------------


def find_directives(article: Article) -> list[Directive]:
    """Every quoteaudit comment in a Markdown or HTML article, or a Word document, in
    file order."""
    if article.format == "docx":
        return _word_directives(article)
    source = article.offsets.source if article.offsets is not None else ""
    if "quoteaudit" not in source:
        return []
    if article.format == "markdown":
        spans = _markdown_comments(source)
    elif article.format == "html":
        spans = _html_comments(source)
    else:
        return []  # plain text and JSON Lines have no comment syntax
    out = []
    for start, end in spans:
        directive = parse_directive(source[start:end], start, end, article)
        if directive is not None:
            out.append(directive)
    return out


def parse_directive(comment: str, start: int, end: int, article: Article) -> Directive | None:
    inner = comment[4:-3] if comment.startswith("<!--") and comment.endswith("-->") else comment
    m = _DIRECTIVE.match(inner)
    if not m:
        return None
    body, _, reason = m.group("body").partition("--")
    words = [w for w in re.split(r"[\s,]+", body.strip()) if w]
    verb = words[0].lower() if words else ""
    codes = tuple(words[1:])
    offset = article.offsets.to_text(start) if article.offsets is not None else 0
    directive = Directive(verb, codes, reason.strip() or None, start, end, offset, " ".join(comment.split()))
    return _checked(directive, _VERBS)


def _checked(directive: Directive, verbs: tuple[str, ...]) -> Directive:
    """Note what is wrong with a directive's verb or codes; make rule names codes."""
    from ..rules import selector_problem

    verb, codes = directive.verb, directive.codes
    if verb not in verbs:
        directive.problem = f"is not a quoteaudit directive ({', '.join(verbs)})"
        directive.verb = ""
    elif verb in ("off", "on") and codes:
        directive.problem = f"'{verb}' takes no rule codes; use 'disable'/'enable' for single rules"
    else:
        for code in codes:
            problem = selector_problem(code)
            if problem:
                directive.problem = problem
                break
        else:
            directive.codes = tuple(_canonical(code) for code in codes)
    return directive


def _word_directives(article: Article) -> list[Directive]:
    """Directives in a Word document's review comments, in the order of their passages."""
    out = []
    comments = sorted(getattr(article, "word_comments", []), key=lambda c: (c.start, c.end))
    for c in comments:
        if c.author.strip().lower() == WORD_AUTHOR or not _DIRECTIVE.match(c.text):
            continue
        out.append(parse_word_directive(c.text, c, article))
    return out


def parse_word_directive(text: str, comment, article: Article) -> Directive:
    """A Word comment's directive. Unlike an HTML comment, the reason may follow the codes
    without ``--`` ("ignore QA202 the aide spoke on background"): words that look like rule
    codes or names are codes, the rest is the reason."""
    from ..rules import load_all

    body = _DIRECTIVE.match(text).group("body")
    body, dashes, reason = body.partition("--")
    words = list(re.finditer(r"[^\s,]+", body))
    verb = words[0].group().lower() if words else ""
    names = {rule.name for rule in load_all().values()}
    codes: list[str] = []
    reason_start = words[0].end() if words else 0
    for word in words[1:]:
        if not (dashes or _CODE_LIKE.match(word.group()) or word.group().lower() in names):
            break
        codes.append(word.group())
        reason_start = word.end()
    if not dashes:
        reason = body[reason_start:].strip(" ,\t\r\n")
    raw = " ".join(text.split())
    directive = Directive(
        verb, tuple(codes), " ".join(reason.split()) or None, comment.source_start, comment.source_end,
        comment.start, raw, passage_end=comment.end,
    )
    return _checked(directive, _WORD_VERBS)


def _canonical(selector: str) -> str:
    """A rule name as its code, so ``enable QA201`` closes ``disable unnamed-source``."""
    from ..rules import REGISTRY

    name = selector.lower()
    return next((code for code, rule in REGISTRY.items() if rule.name == name), selector.upper())


def _markdown_comments(source: str) -> list[tuple[int, int]]:
    """Comments in raw-HTML blocks and inline HTML, never in code or front matter."""
    from ..ingest.base import _line_starts
    from ..ingest.markdown import _md, parse_front_matter

    _meta, body_start, _err = parse_front_matter(source)
    body = source[body_start:]
    line_starts = [body_start + s for s in _line_starts(body)] + [len(source)]

    def line_offset(i: int) -> int:
        return line_starts[min(i, len(line_starts) - 1)]

    spans: list[tuple[int, int]] = []
    for tok in _md.parse(body):
        if not tok.map:
            continue
        region_start, region_end = line_offset(tok.map[0]), line_offset(tok.map[1])
        if tok.type == "html_block":
            for m in _COMMENT.finditer(source, region_start, region_end):
                spans.append((m.start(), m.end()))
        elif tok.type == "inline" and tok.children:
            cursor = region_start
            for child in tok.children:
                if child.type not in ("text", "code_inline", "html_inline") or not child.content:
                    continue
                at = source.find(child.content, cursor, region_end)
                if at < 0:
                    continue
                cursor = at + len(child.content)
                if child.type == "html_inline" and child.content.startswith("<!--"):
                    spans.append((at, cursor))
    return spans


class _CommentFinder(HTMLParser):
    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", source)]
        self.spans: list[tuple[int, int]] = []

    def handle_comment(self, data: str) -> None:
        line, col = self.getpos()
        start = self.line_starts[line - 1] + col
        end = self.source.find("-->", start)
        self.spans.append((start, len(self.source) if end < 0 else end + 3))


def _html_comments(source: str) -> list[tuple[int, int]]:
    finder = _CommentFinder(source)
    finder.feed(source)
    finder.close()
    return finder.spans


# -- turning directives into ranges ---------------------------------------------------------


def suppressions_of(article: Article, directives: list[Directive]) -> tuple[list[Suppression], list[Directive]]:
    """The ranges the directives cover, and the directives that did nothing by construction
    (not understood, or an ``enable``/``on`` with nothing open)."""
    text_end = len(article.text) + 1
    open_ranges: list[Suppression] = []
    ranges: list[Suppression] = []
    idle: list[Directive] = []
    for d in directives:
        if d.problem:
            idle.append(d)
        elif d.verb in ("disable", "off"):
            for code in d.codes or (ALL,):
                s = Suppression(d, code, d.text_offset, text_end)
                open_ranges.append(s)
                ranges.append(s)
        elif d.verb in ("enable", "on"):
            closing = [s for s in open_ranges if not d.codes or s.code in d.codes]
            if not closing:
                idle.append(d)
            for s in closing:
                s.end = d.text_offset
                open_ranges.remove(s)
        elif d.verb == "ignore":  # a Word comment: the passage it is on, or its paragraph
            start, end = d.text_offset, d.passage_end if d.passage_end is not None else d.text_offset
            if end <= start:
                block = next((p for p in article.paragraphs if p.end >= start), None)
                if block is None:
                    idle.append(d)
                    continue
                start, end = block.start, block.end + 1
            for code in d.codes or (ALL,):
                ranges.append(Suppression(d, code, start, end, overlap=True))
        elif d.verb == "ignore-next":
            block = next((p for p in article.paragraphs if p.start >= d.text_offset), None)
            if block is None:
                idle.append(d)
                continue
            for code in d.codes or (ALL,):
                ranges.append(Suppression(d, code, block.start, block.end + 1))
    return ranges, idle


def apply_suppressions(article: Article, findings: list[Finding], config: Config | None = None) -> SuppressionResult:
    """Drop the findings the article's comments suppress; report comments that match
    nothing as QA002 findings (when QA002 is enabled for this article)."""
    directives = find_directives(article)
    if not directives:
        return SuppressionResult(findings)
    ranges, idle = suppressions_of(article, directives)
    kept: list[Finding] = []
    dropped: list[Finding] = []
    for finding in findings:
        covering = [s for s in ranges if s.covers(finding)]
        for s in covering:
            s.used = True
        if covering:
            d = covering[0].directive
            finding.suppression = {"kind": "inSource", "justification": d.reason or d.raw}
        (dropped if covering else kept).append(finding)
    unused = _unused_findings(article, ranges, idle, config)
    # a QA002 finding can itself be suppressed, but only by a directive that names QA002
    reported = []
    for finding in unused:
        if not any(s.code == UNUSED_CODE and s.covers(finding) for s in ranges):
            reported.append(finding)
    kept.extend(reported)
    kept.sort(key=lambda f: (f.start, f.rule, f.end))
    return SuppressionResult(kept, dropped, reported)


def _unused_findings(article: Article, ranges: list[Suppression], idle: list[Directive], config: Config | None) -> list[Finding]:
    from ..rules import REGISTRY, enabled_rules, severity_for

    rule = REGISTRY.get(UNUSED_CODE)
    if rule is None or rule not in enabled_rules(config, article.path):
        return []
    severity = severity_for(rule, config)
    messages: dict[int, tuple[Directive, str]] = {}
    for d in idle:
        if d.problem:
            why = f"not understood: {d.problem}"
        elif d.verb in ("ignore-next", "ignore"):
            why = "there is no paragraph after it to ignore"
        else:
            named = f" {', '.join(d.codes)}" if d.codes else ""
            why = f"'{d.verb}{named}' closes no earlier 'disable'/'off'"
        messages[id(d)] = (d, f"suppression comment {why}; it suppresses nothing")
    by_directive: dict[int, list[Suppression]] = {}
    for s in ranges:
        by_directive.setdefault(id(s.directive), []).append(s)
    for group in by_directive.values():
        d = group[0].directive
        if any(s.code == UNUSED_CODE for s in group):
            continue  # a directive about QA002 itself is never reported as unused
        unused = [s for s in group if not s.used]
        if not unused:
            continue
        if d.codes:
            what = ", ".join(s.code for s in unused)
            msg = f"'{d.verb} {what}' suppresses no finding; remove {'it' if len(unused) == len(group) else 'those codes'}"
        else:
            msg = f"'{d.verb}' suppresses no finding; remove it"
        messages[id(d)] = (d, msg)
    source = article.offsets.source if article.offsets is not None else ""
    line_starts = _source_line_starts(source)
    out = []
    for d, message in messages.values():
        line, column = _line_col(line_starts, d.source_start)
        end_line, end_column = _line_col(line_starts, d.source_end)
        out.append(
            Finding(
                rule=rule.code,
                name=rule.name,
                severity=severity,
                start=d.text_offset,
                end=d.text_offset,
                message=message,
                line=line,
                column=column,
                end_line=end_line,
                end_column=end_column,
                # the comment's words, not its place, so a baseline survives edits elsewhere
                fingerprint=hashlib.sha256(f"{rule.code}\x00{d.raw.lower()}".encode("utf-8", "surrogatepass")).hexdigest()[:20],
            )
        )
    return out


def _source_line_starts(source: str) -> list[int]:
    from ..ingest.base import _line_starts

    return _line_starts(source)


def _line_col(line_starts: list[int], offset: int) -> tuple[int, int]:
    line = bisect.bisect_right(line_starts, offset)
    return line, offset - line_starts[line - 1] + 1
