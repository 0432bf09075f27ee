"""Detection never fails and keeps its contract on messy text: random quote marks,
apostrophes and paragraph breaks (property tests), and the sample articles."""

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteaudit.ingest import read_file, split_paragraphs
from quoteaudit.quotes import detect_quotes
from quoteaudit.quotes.marks import pair_marks

PIECES = ["“", "”", '"', "'", "‘", "’", "«", "»", "„", "″", "''", "``", " ", "\n", "\n\n", "said", "he", "We", "win",
          ",", ".", ":", "—", "don’t", "parents’", "’90s", "[to leave]", "According to", "Dillon"]
messy = st.lists(st.sampled_from(PIECES), max_size=40).map(lambda parts: " ".join(parts))


@settings(max_examples=300, deadline=None)
@given(messy)
def test_mark_pairing_never_fails_and_spans_stay_in_the_text(text):
    scan = pair_marks(text, split_paragraphs(text))
    top = [q for q in scan.spans if q.parent is None]
    for q in scan.spans:
        assert 0 <= q.start <= q.inner_start <= q.inner_end <= q.end <= len(text)
    for a, b in zip(top, top[1:]):
        assert a.end <= b.start  # top-level quotes never overlap
    for s in scan.strays:
        assert text[s.start : s.end] == s.text


@settings(max_examples=40, deadline=None)
@given(messy)
def test_detection_never_fails_and_keeps_the_contract(nlp, text):
    from quoteaudit.ingest import read_string

    (article,) = read_string(text or " ", "text")
    det = detect_quotes(nlp(article.text), article)
    for n, q in enumerate(det.quotes, start=1):
        assert q.id == f"q{n}"
        assert q.kind.value in ("direct", "indirect", "mixed")
        assert q.fragments and all(0 <= s < e <= len(article.text) for s, e in q.fragments)
        assert all(a[1] <= b[0] for a, b in zip(q.fragments, q.fragments[1:]))
        if q.cue:
            assert article.text[q.cue.start : q.cue.end] == q.cue.text
        if q.speaker:
            assert article.text[q.speaker.start : q.speaker.end] == q.speaker.text
        if q.parent:
            assert q.parent in {p.id for p in det.quotes}
    starts = [q.start for q in det.quotes]
    assert starts == sorted(starts)


def test_sample_articles_yield_quotes(nlp):
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    for path in sorted(seeds.iterdir()):
        for article in read_file(str(path)):
            det = detect_quotes(nlp(article.text), article)
            assert det.quotes, path.name


def test_transcript_stage_direction_is_not_a_quote(nlp):
    from tests._quotes import detect

    text, det = detect(nlp, '"WALLACE: Governor, I want to try to get to the next question.\n\n"(CROSSTALK.)\n\n"PENCE: And that is why he will win.')
    assert all("CROSSTALK" not in q.text for q in det.quotes)
    assert [q.speaker.text for q in det.quotes] == ["WALLACE", "PENCE"]
