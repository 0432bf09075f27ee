"""The engine: every article comes out once, in input order, whatever the process count."""

from __future__ import annotations

import json

import pytest

from quoteaudit import pipeline
from quoteaudit.gate.config import Config
from quoteaudit.run.engine import EngineStats, audit_items, tool_info
from quoteaudit.ingest import InputError, iter_articles, read_string
from quoteaudit.nlp import model_info

from .conftest import POLNEAR_DEV, REPO

COUNCIL = (
    "Council approves budget after late-night vote\n\n"
    'The City Council approved a $4.2 million budget early Wednesday. "This is a budget for '
    'every neighborhood," Mayor Ana Ruiz said after the vote.\n'
)
HARBOR = (
    "Harbor dredging delayed again\n\n"
    "Dredging of the north channel will not start until spring, the Port Authority said "
    "Thursday. Officials blamed a shortage of barges.\n"
)
LUNCH = (
    "Free lunch for every elementary student\n\n"
    'Superintendent Karen Whitfield said the change would reach about 9,400 children. "No '
    'child should have to learn on an empty stomach," she said.\n'
)


def article(text: str, name: str):
    (item,) = read_string(text, "text", path=name)
    return item


def dev_articles(n: int):
    """The first ``n`` PolNeAR dev articles (real news, read from ../shared)."""
    if not POLNEAR_DEV.is_file():
        pytest.skip("../shared/eval is not beside the repository")
    items = iter_articles([str(POLNEAR_DEV)])
    return [next(items) for _ in range(n)]


def as_json(docs) -> list[str]:
    return [json.dumps(d.to_dict(), ensure_ascii=False, sort_keys=True) for d in docs]


@pytest.mark.parametrize("jobs", [1, 2])
def test_input_errors_stay_in_place_between_audited_articles(jobs):
    items = [
        article(COUNCIL, "news/council.txt"),
        InputError("news/budget.pdf", "has an unknown extension .pdf; use .txt, .md, .html or .jsonl"),
        article(HARBOR, "news/harbor.txt"),
        InputError("news/wire.jsonl", "is not valid JSON (Expecting value at column 1)", record="line 3"),
        InputError("news/empty.md", "is empty"),
        article(LUNCH, "news/lunch.txt"),
    ]
    # chunks of one article: with two workers, later articles may finish first
    docs = list(audit_items(items, Config(), jobs=jobs, chunk_size=1))
    assert [d.id for d in docs] == [
        "news/council.txt",
        "news/budget.pdf",
        "news/harbor.txt",
        "news/wire.jsonl:line 3",
        "news/empty.md",
        "news/lunch.txt",
    ]
    assert [d.error for d in docs] == [
        None,
        "news/budget.pdf: has an unknown extension .pdf; use .txt, .md, .html or .jsonl",
        None,
        "news/wire.jsonl:line 3: is not valid JSON (Expecting value at column 1)",
        "news/empty.md: is empty",
        None,
    ]
    assert docs[0].text.startswith("Council approves budget")
    assert docs[5].text.endswith("she said.\n")


def test_two_worker_processes_give_the_same_audits_as_one():
    items = dev_articles(10)
    one = as_json(audit_items(items, Config(), jobs=1, chunk_size=3))
    two = as_json(audit_items(items, Config(), jobs=2, chunk_size=3))
    assert len(one) == 10
    assert two == one


def test_the_seed_articles_audit_the_same_in_parallel():
    one = as_json(audit_items(iter_articles([str(REPO / "seeds")]), Config(), jobs=1))
    two = as_json(audit_items(iter_articles([str(REPO / "seeds")]), Config(), jobs=2, chunk_size=1))
    assert len(one) == 4
    assert two == one


def test_articles_are_read_as_the_audit_goes_not_all_up_front():
    pulled = []

    def stream():
        for i, text in enumerate([COUNCIL, HARBOR, LUNCH] * 10):
            pulled.append(i)
            yield article(text, f"news/{i}.txt")

    docs = audit_items(stream(), Config(), jobs=1, chunk_size=2)
    first = next(docs)
    assert first.id == "news/0.txt"
    assert len(pulled) < 30  # the first audit came out before the input was exhausted
    rest = list(docs)
    assert [d.id for d in rest] == [f"news/{i}.txt" for i in range(1, 30)]


def test_an_internal_failure_costs_one_article_not_the_run(monkeypatch):
    real = pipeline.audit_article

    def flaky(art, doc, config=None):
        if art.id == "news/harbor.txt":
            raise ValueError("span out of range")
        return real(art, doc, config)

    monkeypatch.setattr(pipeline, "audit_article", flaky)
    stats = EngineStats()
    docs = list(
        audit_items(
            [article(COUNCIL, "news/council.txt"), article(HARBOR, "news/harbor.txt"), article(LUNCH, "news/lunch.txt")],
            Config(),
            jobs=1,
            stats=stats,
        )
    )
    assert [d.error is None for d in docs] == [True, False, True]
    assert docs[1].error == (
        "news/harbor.txt: could not be audited: internal error (ValueError: span out of range); "
        "please report this as a quoteaudit bug"
    )
    assert (stats.documents, stats.audited, stats.errors) == (3, 3, 1)


def test_tool_info_names_the_pipeline_without_loading_it(nlp):
    tool = tool_info(None)
    assert (tool.model, tool.model_version) == model_info(nlp)


def test_progress_in_a_log_is_plain_lines_and_silent_for_a_short_run(monkeypatch):
    import io
    import re

    from quoteaudit.run import progress

    quick = io.StringIO()
    with progress.Progress(3, stream=quick, bar=False) as bar:
        for _ in range(3):
            bar.advance()
    assert quick.getvalue() == ""

    monkeypatch.setattr(progress, "PLAIN_EVERY", 0.0)
    log = io.StringIO()
    with progress.Progress(2, stream=log, bar=False, stats=EngineStats(cached=1)) as bar:
        bar.advance()
        bar.advance()
    lines = log.getvalue().splitlines()
    assert [re.sub(r"[\d.]+ articles/s", "R articles/s", line) for line in lines[:2]] == [
        "quoteaudit: 1/2 audited, R articles/s",
        "quoteaudit: 2/2 audited, R articles/s",
    ]
    assert re.fullmatch(r"quoteaudit: 2 audited in [\d.]+s \([\d.]+ articles/s, 1 from cache\)", lines[2])


def test_no_progress_bar_under_ci_even_on_a_terminal(monkeypatch):
    from quoteaudit.run.progress import wants_bar

    class Terminal:
        def isatty(self):
            return True

    monkeypatch.delenv("CI", raising=False)
    assert wants_bar(Terminal())
    monkeypatch.setenv("CI", "true")
    assert not wants_bar(Terminal())
