"""Helpers for the quote-detection tests: run detection on one newsroom-style text and
find spans by their text, so every expected offset is derived from the sentence itself."""

from __future__ import annotations

from quoteaudit.ingest import read_string
from quoteaudit.quotes import detect_quotes


def detect(nlp, text: str):
    (article,) = read_string(text, "text", path="article.txt")
    return article.text, detect_quotes(nlp(article.text), article)


def span(text: str, piece: str, start: int = 0) -> tuple[int, int]:
    i = text.index(piece, start)
    return (i, i + len(piece))


def only(detection):
    assert len(detection.quotes) == 1, [(q.kind.value, q.text) for q in detection.quotes]
    return detection.quotes[0]


def quote_rows(nlp, text: str) -> list[tuple[str, str, str, str | None]]:
    """Every quote found in ``text``: (content as written, kind, attribution type, speaker
    mention), in text order — what the newsroom case tables assert."""
    _, det = detect(nlp, text)
    return [(q.text, q.kind.value, q.attribution_type.value, q.speaker.text if q.speaker else None) for q in det.quotes]
