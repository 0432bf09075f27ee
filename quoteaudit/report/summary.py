"""``--format markdown``: the run as a Markdown summary, for a CI job's summary page
(``$GITHUB_STEP_SUMMARY``, which the quoteaudit GitHub Action fills) or a pull-request
comment.

A heading with the verdict, a line of counts, and one table row per article: its grade and
score, the newsroom policy's verdict, and its top findings (the most severe first; the rest
counted by severity, "and 11 more: 10 warnings, 1 suggestion"). Articles
that fail or could not be read come first. Everything that comes from an article (its path,
the messages quoting it) is escaped, so an article can neither add Markdown or HTML to the
page nor break the table.

Only the rows are kept until the end (the heading needs every count), at most
:data:`MAX_ROWS` of each kind, so a run over thousands of articles stays far under the
1 MiB GitHub allows a job summary.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from ..model import DocumentAudit
from .base import Reporter, atomic_write, printable, safe_join
from .location import display_path, repo_root
from .model import SEVERITY_ORDER, SEVERITY_WORDS, ArticleReport, RunTotals, article_report, by_severity, plural

FILE_NAME = "quoteaudit.md"
#: most rows listed of each kind (failing, unreadable, passing)
MAX_ROWS = 200
#: findings shown per article, the most severe first
TOP_FINDINGS = 3
#: a longer message is cut, with an ellipsis
MAX_MESSAGE = 200

# what means something inside a line of GitHub Markdown: emphasis, code, links, HTML,
# entities, table cells, strikethrough, emoji, mentions, issue links, math
_INLINE_MARKUP = re.compile(r"([\\`*_\[\]()<>!&|~:@#$])")


def markdown_text(value: str) -> str:
    """``value`` as literal Markdown text on one line: each character that could mean
    something inline is backslash-escaped (CommonMark allows it for any ASCII punctuation),
    so ``*``, ``|``, ``<``, ``[``, ``@`` or ``#`` from an article show as themselves instead
    of making emphasis, a table cell, HTML, a link, a mention or an issue link."""
    return _INLINE_MARKUP.sub(r"\\\1", printable(value))


def _cut(text: str, limit: int = MAX_MESSAGE) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


@dataclass
class _Row:
    article: str
    grade: str
    verdict: str
    findings: str


class MarkdownReporter(Reporter):
    def __init__(self, *args, policy: Callable[[DocumentAudit], list[str]] | None = None, root: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.policy = policy
        self.root = root or repo_root()
        self.rows: dict[str, list[_Row]] = {"failed": [], "unreadable": [], "passed": []}
        self.articles: Counter[str] = Counter()
        #: counts and words come from the report model, as in every other format
        self.totals = RunTotals()

    def document(self, doc: DocumentAudit) -> None:
        path = display_path(doc, self.root)
        name = markdown_text(path if doc.id == doc.path or not doc.path else f"{path} [{doc.id}]")
        reasons = self.policy(doc) if self.policy and not doc.error else ([] if not doc.error else None)
        report = article_report(doc, reasons)
        self.totals.add(report)
        if doc.error:
            self._add("unreadable", _Row(name, "\u2014", f"\u26a0\ufe0f not audited: {markdown_text(doc.error)}", "\u2014"))
            return
        grade = f"{doc.grade} ({doc.score})" if doc.score is not None and doc.grade else "not scored"
        verdict = report.verdict
        if verdict.status == "fails":
            shown = "\u274c fails: " + markdown_text("; ".join(verdict.reasons))
        else:
            shown = ("\u26a0\ufe0f " if verdict.status == "needs work" else "\u2705 ") + verdict.status
        self._add("failed" if verdict.status == "fails" else "passed", _Row(name, grade, shown, self._top_findings(report)))

    def _add(self, kind: str, row: _Row) -> None:
        self.articles[kind] += 1
        if len(self.rows[kind]) < MAX_ROWS:
            self.rows[kind].append(row)

    def _top_findings(self, report: ArticleReport) -> str:
        if not report.items:
            return "none"
        ranked = by_severity(report.items)
        shown = []
        for item in ranked[:TOP_FINDINGS]:
            where = f", {item.where}" if item.line > 0 else ""
            shown.append(f"**{markdown_text(item.label)}** {markdown_text(item.code)} ({item.severity_word}{where}): {markdown_text(_cut(item.message))}")
        rest = ranked[TOP_FINDINGS:]
        if rest:
            # the rest counted by severity, so the row holds every count the other formats give
            by = Counter(item.severity for item in rest)
            shown.append(f"and {len(rest)} more: " + ", ".join(plural(by[s], *SEVERITY_WORDS[s]) for s in SEVERITY_ORDER if by[s]))
        return "<br>".join(shown)

    def finish(self) -> None:
        text = self.render()
        if self.out_dir:
            target = safe_join(self.out_dir, FILE_NAME)
            atomic_write(target, text)
            self.stream.write(f"wrote {target}\n")
        else:
            self.stream.write(text)
        self.stream.flush()

    def render(self) -> str:
        failed, unreadable, passed = (self.articles[k] for k in ("failed", "unreadable", "passed"))
        audited = failed + passed
        lines = [f"## quoteaudit: {self._headline()}", ""]
        lines += [f"{plural(audited, 'article')} audited: {failed} failed, {passed} passed; {self.totals.line()}.", ""]
        rows = [*self.rows["failed"], *self.rows["unreadable"], *self.rows["passed"]]
        if rows:
            lines += ["| Article | Grade | Verdict | Top findings |", "| --- | --- | --- | --- |"]
            lines += [f"| {r.article} | {r.grade} | {r.verdict} | {r.findings} |" for r in rows]
            left_out = failed + unreadable + passed - len(rows)
            if left_out:
                lines += ["", f"{plural(left_out, 'more article')} not listed here (at most {MAX_ROWS} of each kind are); the annotations or the SARIF report have them all."]
            lines.append("")
        return "\n".join(lines) + "\n"

    def _headline(self) -> str:
        failed, unreadable, passed = (self.articles[k] for k in ("failed", "unreadable", "passed"))
        total = failed + unreadable + passed
        if not total:
            return "no articles to audit"
        problems = []
        if failed:
            problems.append(f"{failed} of {plural(total, 'article')} failed the policy")
        if unreadable:
            problems.append(f"{unreadable} could not be read" if failed else f"{unreadable} of {plural(total, 'article')} could not be read")
        if problems:
            return ", ".join(problems)
        return "the article passes" if total == 1 else f"all {total} articles pass"
