"""Where the audit spends its time after the parse.

    PYTHONPATH=. python benchmarks/profile_stages.py [--limit 100] [--html profile.html]

Parses a slice of ../shared/eval/polnear.train.jsonl once (not profiled), then runs
``pipeline.audit_article`` on every parsed article under pyinstrument and prints:
the parse time, the time in each audit stage (quotes, speakers, claims, scoring, rules)
and the stages' share of the parse, then pyinstrument's call tree of the audit stages.
Needs pyinstrument (``pip install '.[bench]'``).
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections import defaultdict
from contextlib import contextmanager

from pyinstrument import Profiler

from quoteaudit import nlp as nlp_mod
from quoteaudit import pipeline
from quoteaudit.engine import CHUNK_SIZE
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
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                totals[name] += time.perf_counter() - start

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
    start = time.perf_counter()
    docs = list(nlp.pipe([a.text for a in articles], batch_size=CHUNK_SIZE))
    parse_s = time.perf_counter() - start

    totals: dict[str, float] = defaultdict(float)
    profiler = Profiler(interval=0.0005)
    start = time.perf_counter()
    with timed_stages(totals), profiler:
        for article, doc in zip(articles, docs):
            pipeline.audit_article(article, doc)
    audit_s = time.perf_counter() - start

    words = sum(len(a.text.split()) for a in articles)
    print(f"{len(articles)} articles, {words} words")
    print(f"parse (nlp.pipe, 1 process): {parse_s:.2f} s")
    print(f"audit stages:                {audit_s:.2f} s = {100 * audit_s / parse_s:.1f}% of the parse")
    for name, secs in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<16} {secs:7.3f} s  {100 * secs / parse_s:5.1f}% of the parse")
    print(json.dumps({"parse_s": round(parse_s, 3), "audit_s": round(audit_s, 3)}))
    print(profiler.output_text(unicode=True, color=False, show_all=False))
    if args.html:
        with open(args.html, "w", encoding="utf-8") as fh:
            fh.write(profiler.output_html())


if __name__ == "__main__":
    main()
