"""Build the plain data rules see (no parse): an article, quotes at given words, sources."""

from __future__ import annotations

from quoteaudit.claims import Claim
from quoteaudit.gate.config import Config
from quoteaudit.ingest import read_string
from quoteaudit.model import Quote, QuoteKind, Source, TextSpan
from quoteaudit.quotes import StrayMark
from quoteaudit.rules import AuditContext, run_rules


class Story:
    """An article text and the quotes, sources and claims placed in it by their words."""

    def __init__(self, text: str):
        self.text = text
        self.quotes: list[Quote] = []
        self.sources: list[Source] = []
        self.claims: list[Claim] = []
        self.stray_marks: list[StrayMark] = []

    def span(self, words: str, after: int = 0) -> tuple[int, int]:
        start = self.text.index(words, after)
        return start, start + len(words)

    def source(self, sid: str, name: str, type, **fields) -> Source:
        source = Source(sid, name, type, **fields)
        self.sources.append(source)
        return source

    def quote(self, content: str, speaker: str | None = None, source: Source | None = None, kind=QuoteKind.INDIRECT,
              cue: str | None = None, cue_lemma: str | None = None, parent: str | None = None, confidence: float = 1.0) -> Quote:
        s, e = self.span(content)
        sp = None
        if speaker is not None:
            a, b = self.span(speaker)
            sp = TextSpan(a, b, speaker)
        cue_span = None
        if cue is not None:
            a, b = self.span(cue, after=min(s, sp.start if sp else s))
            cue_span = TextSpan(a, b, cue)
        quote = Quote(
            id=f"q{len(self.quotes) + 1}", kind=kind, fragments=[(s, e)], text=content, cue=cue_span, speaker=sp,
            source=source.id if source else None, cue_lemma=cue_lemma, parent=parent, confidence=confidence,
        )
        self.quotes.append(quote)
        return quote

    def claim(self, words: str, kind: str, reason: str = "reason", **fields) -> Claim:
        s, e = self.span(words)
        claim = Claim(s, e, words, kind, reason, **fields)
        self.claims.append(claim)
        return claim

    def findings(self, code: str | None = None, config: Config | None = None):
        (article,) = read_string(self.text, "text", path="story.txt")
        ctx = AuditContext(article=article, quotes=self.quotes, sources=self.sources, claims=self.claims,
                           stray_marks=self.stray_marks, config=config)
        found = run_rules(ctx)
        return [f for f in found if code is None or f.rule == code]

    def flagged(self, code: str) -> list[str]:
        """The text of each span the rule flags."""
        return [self.text[f.start : f.end] for f in self.findings(code)]
