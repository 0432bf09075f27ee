"""The evidence test set (tests/data/evidence): precision and recall of every status.

Five invented drafts quote invented transcripts, captions, a press release, a statement and
social posts; ``cases.tsv`` gives the status each quote should get, written before the
checker. The drafts are audited through the command line exactly as an editor would run
it (front matter and config name the material), and every status is scored. Run with
``-s`` to see the table.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest
from typer.testing import CliRunner

from quoteaudit.cli import app
from quoteaudit.model import EvidenceStatus
from quoteaudit.evidence.words import Word, quote_items

from .conftest import REPO

DATA = REPO / "tests" / "data" / "evidence"
STATUSES = [s.value for s in EvidenceStatus]


def read_cases() -> list[tuple[str, str, str]]:
    out = []
    for line in (DATA / "cases.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            draft, status, words, _why = line.split("\t")
            out.append((draft, status, words))
    return out


def words_of(text: str) -> tuple[str, ...]:
    return tuple(i.text for i in quote_items(text, 0, len(text)) if isinstance(i, Word))


_MARKS = "\"“”"


def quoted_words(doc: dict, quote: dict) -> tuple[str, ...]:
    """The speaker's words of a quote as the draft has them: each fragment without its
    marks (direct), or the quoted part of the paraphrase (mixed)."""
    text = doc["text"]
    out: list[str] = []
    for lo, hi in quote["fragments"]:
        piece = text[lo:hi]
        if quote["kind"] == "mixed":
            first = min(i for i in (piece.find(m) for m in _MARKS) if i >= 0)
            last = max(piece.rfind(m) for m in _MARKS)
            piece = piece[first : last + 1]
        out.extend(words_of(piece))
    return tuple(out)


@pytest.fixture(scope="module")
def audited(tmp_path_factory):
    """Every draft audited once, through the CLI, from inside the test set's folder."""
    out = tmp_path_factory.mktemp("evidence-cases") / "audit.jsonl"
    runner = CliRunner()
    import os

    cwd = os.getcwd()
    os.chdir(DATA)
    try:
        result = runner.invoke(app, ["audit", "drafts", "--format", "json", "--no-cache", "--exit-zero"])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    out.write_text(result.stdout, encoding="utf-8")
    docs = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return {doc["path"].removeprefix("drafts/"): doc for run in docs for doc in run["documents"]}


def predictions(audited) -> list[tuple[str, str, str]]:
    """(draft, expected, predicted) for every case; "missing" when no quote has its words."""
    rows = []
    for draft, expected, words in read_cases():
        doc = audited[draft]
        found = [q for q in doc["quotes"] if q["kind"] != "indirect" and quoted_words(doc, q) == words_of(words)]
        assert len(found) <= 1, (draft, words)
        got = found[0]["evidence"]["status"] if found and found[0]["evidence"] else "missing"
        rows.append((draft, expected, got))
    return rows


def table(rows) -> tuple[str, dict[str, tuple[float, float]]]:
    lines = ["| status | cases | precision | recall |", "| --- | ---: | ---: | ---: |"]
    scores = {}
    for status in STATUSES:
        tp = sum(1 for _d, e, g in rows if e == status and g == status)
        fp = sum(1 for _d, e, g in rows if e != status and g == status)
        fn = sum(1 for _d, e, g in rows if e == status and g != status)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores[status] = (precision, recall)
        lines.append(f"| {status} | {tp + fn} | {precision:.2f} | {recall:.2f} |")
    return "\n".join(lines), scores


def test_the_test_set_covers_every_status_with_at_least_forty_quotes():
    counts = Counter(status for _d, status, _w in read_cases())
    assert sum(counts.values()) >= 40
    assert set(counts) == set(STATUSES)
    assert min(counts.values()) >= 4


def test_every_status_has_precision_and_recall_one_on_the_test_set(audited):
    rows = predictions(audited)
    text, scores = table(rows)
    print("\n" + text)
    wrong = [(d, e, g) for d, e, g in rows if e != g]
    assert wrong == []
    assert all(p == 1.0 and r == 1.0 for p, r in scores.values()), text


def test_quotes_in_drafts_without_material_get_no_evidence_status(audit_text):
    doc = audit_text('"We will not raise property taxes this year," Mayor Ana Lopez said.')
    assert [q.evidence for q in doc.quotes] == [None]
    assert [f.rule for f in doc.findings if f.rule in ("QA105", "QA106", "QA107")] == []


def test_real_news_never_contradicts_itself(nlp):
    """Every annotated article in ../shared/eval/polnear.dev.jsonl, given as its own source
    material: each quote that is one stretch of quoted words must pass (verbatim, elided
    or bracketed). Real copy has what the checker must not take for transcript labels or
    notes ("6:45 p.m." entries, "Name: Headline" lines, "401(k)", "[W]e"); a quote split by
    its attribution is left out, since in the article the attribution separates its pieces."""
    from quoteaudit.evidence import load_evidence
    from quoteaudit.ingest import read_string
    from quoteaudit.pipeline import audit_article

    from .conftest import POLNEAR_DEV

    if not POLNEAR_DEV.exists():
        pytest.skip("../shared/eval is not available")
    articles = []
    for n, line in enumerate(POLNEAR_DEV.read_text(encoding="utf-8").splitlines()):
        (article,) = read_string(json.loads(line)["text"], "text", path=f"dev-{n}.txt")
        articles.append(article)
    statuses: Counter = Counter()
    failures = []
    for article, doc in zip(articles, nlp.pipe([a.text for a in articles], batch_size=16)):
        audit = audit_article(article, doc, None, load_evidence([(article.path, article.text.encode())]))
        for quote in audit.quotes:
            if quote.evidence is not None and len(quote.fragments) == 1:
                statuses[quote.evidence.status.value] += 1
                if quote.evidence.status.value not in ("verbatim", "elided", "bracketed"):
                    failures.append((article.path, quote.text[:60], quote.evidence.status.value))
    assert sum(statuses.values()) > 300
    assert failures == []
