"""Where the audit spends its time after the parse.

    PYTHONPATH=. python benchmarks/profile_stages.py [--limit 100] [--html profile.html]

Parses a slice of ../shared/eval/polnear.train.jsonl once (not profiled), then runs
``pipeline.audit_article`` on every parsed article and prints the parse's CPU time, each
audit stage's CPU time (quotes, speakers, claims, scoring, rules) and its share of the
parse, then runs the stages again under pyinstrument and prints the call tree. CPU time
(not wall time) so that a busy shared machine does not distort the shares.
Needs pyinstrument (``pip install '.[bench]'``).
"""

from __future__ import annotations

import argparse
import os
import time
from collections import defaultdict
from contextlib import contextmanager

from pyinstrument import Profiler

from quoteaudit import nlp as nlp_mod
from quoteaudit import pipeline
from quoteaudit.run.engine import CHUNK_SIZE
from quoteaudit.ingest import iter_articles

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_INPUT = os.path.join(REPO, "..", "shared", "eval", "polnear.train.jsonl")
#: the stage functions pipeline.audit_article calls, timed one by one
STAGES = ("detect_quotes", "resolve_sources", "find_claims", "score_quote", "score_article", "run_rules", "fingerprint")


@contextmanager
def timed_stages(totals: dict[str, float]):
    saved = {name: getattr(pipeline, name) for name in STAGES if hasattr(pipeline, name)}

    def wrap(name, fn):
        def timed(*args, **kwargs):
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                totals[name] += time.process_time() - start

        return timed

    for name, fn in saved.items():
        setattr(pipeline, name, wrap(name, fn))
    try:
        yield
    finally:
        for name, fn in saved.items():
            setattr(pipeline, name, fn)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--input", default=DEFAULT_INPUT)
    ap.add_argument("--limit", type=int, default=100)
    ap.add_argument("--html", help="also write pyinstrument's HTML report here")
    args = ap.parse_args()

    items = iter_articles([args.input])
    articles = [a for _, a in zip(range(args.limit), items) if not isinstance(a, Exception)]
    nlp = nlp_mod.load()
    start = time.process_time()
    docs = list(nlp.pipe([a.text for a in articles], batch_size=CHUNK_SIZE))
    parse_s = time.process_time() - start

    totals: dict[str, float] = defaultdict(float)
    start = time.process_time()
    with timed_stages(totals):
        for article, doc in zip(articles, docs):
            pipeline.audit_article(article, doc)
    audit_s = time.process_time() - start
    profiler = Profiler(interval=0.001)
    with profiler:
        for article, doc in zip(articles, docs):
            pipeline.audit_article(article, doc)

    words = sum(len(a.text.split()) for a in articles)
    print(f"{len(articles)} articles, {words} words")
    print(f"parse (nlp.pipe, 1 process): {parse_s:.2f} CPU s")
    print(f"audit stages:                {audit_s:.2f} CPU s = {100 * audit_s / parse_s:.1f}% of the parse")
    for name, secs in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<16} {secs:7.3f} CPU s  {100 * secs / parse_s:5.1f}% of the parse")
    print(profiler.output_text(unicode=True, color=False, show_all=False))
    if args.html:
        with open(args.html, "w", encoding="utf-8") as fh:
            fh.write(profiler.output_html())


if __name__ == "__main__":
    main()
