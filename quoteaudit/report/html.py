"""``--format html``: one self-contained page per article, plus ``index.html``.

Rendered with jinja2 with autoescape on, so article text can never become markup.
Templates live in ``templates/`` in the repository and ship inside the wheel as
``quoteaudit/templates``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from ..model import DocumentAudit
from .base import Reporter, atomic_write, safe_join

DEFAULT_OUT = "reports"


def templates_dir() -> str:
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    installed = os.path.join(here, "templates")
    if os.path.isdir(installed):
        return installed
    return os.path.join(os.path.dirname(here), "templates")


def environment():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    env = Environment(
        loader=FileSystemLoader(templates_dir()),
        autoescape=select_autoescape(enabled_extensions=("html", "j2"), default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


@dataclass
class Run:
    """A piece of article text and the marks covering it."""

    text: str
    quote: str | None = None
    grade: str | None = None
    marks: list[str] = field(default_factory=list)


def text_runs(doc: DocumentAudit) -> list[list[Run]]:
    """Split the article into paragraphs of runs at every quote, cue, speaker and finding edge."""
    spans: list[tuple[int, int, str, str | None, str | None]] = []
    for q in doc.quotes:
        grade = q.strength.grade if q.strength else None
        for s, e in q.fragments:
            spans.append((s, e, "quote", q.id, grade))
        if q.cue:
            spans.append((q.cue.start, q.cue.end, "cue", q.id, None))
        if q.speaker:
            spans.append((q.speaker.start, q.speaker.end, "speaker", q.id, None))
    for f in doc.findings:
        if f.quote is None and f.end > f.start:
            spans.append((f.start, f.end, "claim", None, None))
    paragraphs = doc.paragraphs or []
    out: list[list[Run]] = []
    for p in paragraphs:
        edges = {p.start, p.end}
        for s, e, *_ in spans:
            if e > p.start and s < p.end:
                edges.add(max(s, p.start))
                edges.add(min(e, p.end))
        cuts = sorted(edges)
        runs = []
        for a, b in zip(cuts, cuts[1:]):
            if a >= b:
                continue
            active = [sp for sp in spans if sp[0] <= a and sp[1] >= b]
            quote = next((sp for sp in active if sp[2] == "quote"), None)
            runs.append(
                Run(
                    text=doc.text[a:b],
                    quote=quote[3] if quote else None,
                    grade=quote[4] if quote else None,
                    marks=sorted({sp[2] for sp in active}),
                )
            )
        out.append(runs)
    return out


class HtmlReporter(Reporter):
    needs_out_dir = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.out_dir = self.out_dir or DEFAULT_OUT
        self.env = environment()
        self.index: list[dict] = []

    def document(self, doc: DocumentAudit) -> None:
        slug = self.unique_slug(doc)
        page = self.env.get_template("article.html.j2").render(
            doc=doc, tool=self.tool, runs=text_runs(doc) if not doc.error else [], sources={s.id: s for s in doc.sources}
        )
        target = safe_join(self.out_dir, slug + ".html")
        atomic_write(target, page)
        self.index.append(
            {"id": doc.id, "href": slug + ".html", "score": doc.score, "grade": doc.grade, "error": doc.error,
             "quotes": len(doc.quotes), "findings": len(doc.findings)}
        )
        self.stream.write(f"wrote {target}\n")

    def finish(self) -> None:
        if len(self.index) > 1:
            rows = sorted(self.index, key=lambda r: (r["score"] is None, r["score"] if r["score"] is not None else 0, r["id"]))
            page = self.env.get_template("index.html.j2").render(rows=rows, tool=self.tool)
            target = safe_join(self.out_dir, "index.html")
            atomic_write(target, page)
            self.stream.write(f"wrote {target}\n")
