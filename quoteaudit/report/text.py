"""``--format text``: what an editor reads in a terminal.

One ``path:line:col: CODE [severity] message`` line per finding (the format editors'
tools and CI logs link), under a one-line summary of each article; in a Word document,
``path:paragraph 6: ...`` (``paragraph 6 in table 1, row 2, cell 2`` in a table).
"""

from __future__ import annotations

from ..model import DocumentAudit
from .base import Reporter, printable
from .location import place_in_file


class TextReporter(Reporter):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.counts = {"documents": 0, "errors": 0, "findings": 0}

    def document(self, doc: DocumentAudit) -> None:
        self.counts["documents"] += 1
        # article text (in messages) and JSON Lines ids can hold anything; printable()
        # keeps each report line one line and free of terminal escape sequences
        where = printable(doc.path or doc.id)
        if doc.path and doc.id != doc.path:
            where = printable(f"{doc.path} [{doc.id}]")
        if doc.error:
            self.counts["errors"] += 1
            self.stream.write(f"error: {printable(doc.error)}\n")
            return
        grade = f"score {doc.score} ({doc.grade})" if doc.score is not None else "not scored"
        named = sum(1 for s in doc.sources if s.type.value.startswith("named"))
        # suppressed findings are counted, not listed: an editor sees that some were
        # excused without the list growing back
        suppressed = f" ({len(doc.suppressed)} suppressed)" if doc.suppressed else ""
        self.stream.write(
            f"{where}: {grade}; {len(doc.quotes)} quotes, {len(doc.sources)} sources "
            f"({named} named), {len(doc.findings)} findings{suppressed}\n"
        )
        for f in doc.findings:
            self.counts["findings"] += 1
            self.stream.write(f"  {printable(doc.path or doc.id)}:{place_in_file(f)}: {f.rule} [{f.severity.value}] {printable(f.message)}\n")
        self.stream.flush()

    def finish(self) -> None:
        c = self.counts
        self.stream.write(f"{c['documents']} article(s) audited, {c['findings']} finding(s), {c['errors']} input error(s)\n")
