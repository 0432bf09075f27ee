"""What checking quotes against the source material adds to an audit, in one run.

    PYTHONPATH=. python benchmarks/evidence_bench.py [--words 20000] [--quotes 100] [--repeat 5]

A generated two-hour meeting transcript (about 20,000 words, "[hh:mm:ss] Speaker: words"
lines, five speakers, invented names and topics) and generated drafts holding 100 direct
quotes of the mayor: 60 verbatim, 20 with one word changed, 20 that are nowhere in the
transcript. Everything is measured in this process, interleaved, best of ``--repeat``:

1. **parse**: ``nlp.pipe`` over the drafts (what every audit pays first);
2. **audit without evidence**: every stage after the parse (``audit_article``);
3. **audit with evidence**: the same, with the transcript given, its word index built
   afresh in each repetition (read, labels, index: what one run pays once);
4. **evidence alone**: the evidence stage on its own (``check_quotes``).

Printed: the seconds the evidence check adds (3 - 2; goal under 1 s for 100 quotes against
20,000 words), the ratio 3 / 2, the ratio (1 + 3) / (1 + 2) (what a user of
``quoteaudit audit`` waits, model load aside), CPU seconds beside wall seconds, and the
statuses the quotes got (a check the benchmark measured what it meant to).

Nothing is written to the repository; the generated texts are in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections import Counter

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)

SPEAKERS = ["Mayor Ana Lopez", "Councilman Ray Okafor", "Council Member Jill Brandt", "Chair Maria Chen", "City Manager Omar Haddad"]
SUBJECTS = ["the budget", "this council", "the city", "our residents", "the pension fund", "the transit department", "every family",
            "the housing plan", "the library system", "public works", "the state", "our police officers", "the school board",
            "the water utility", "small businesses", "the parks department", "the bond program", "our tax base"]
VERBS = ["will protect", "cannot afford", "has to fund", "is going to review", "must not ignore", "should support", "will cut",
         "needs to rebuild", "has already saved", "will not abandon", "wants to expand", "is trying to fix", "can finally pay for",
         "refuses to delay", "has never explained"]
OBJECTS = ["the overtime budget", "affordable homes", "the bus routes", "library hours", "the permitting process", "road repairs",
           "the reserve fund", "summer jobs for teenagers", "new building inspectors", "the water mains", "the senior centers",
           "the emergency shelters", "bike lanes downtown", "the fire stations", "street lighting", "the capital plan"]
TAILS = ["this year", "next spring", "before the vote", "without raising taxes", "for the first time in a decade",
         "and everyone in this room knows it", "if the state keeps its promise", "by the end of the summer",
         "one neighborhood at a time", "with the money we already have", "whatever the critics say", ""]
OPENERS = ["", "Frankly,", "Look,", "Let me be clear:", "Honestly,", "As I said last week,", "I want to say this plainly:", "Again,"]


def sentence(rng: random.Random) -> str:
    words = [rng.choice(OPENERS), rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS), rng.choice(TAILS)]
    text = " ".join(w for w in words if w)
    return text[0].upper() + text[1:] + rng.choice([".", ".", ".", "?", "!"])


def transcript(words: int, rng: random.Random) -> tuple[str, list[str]]:
    """A timestamped transcript of about ``words`` words, and the mayor's sentences in it."""
    lines, mayor, count, second = [], [], 0, 0
    while count < words:
        speaker = rng.choice(SPEAKERS)
        turn = [sentence(rng) for _ in range(rng.randint(2, 6))]
        if speaker == SPEAKERS[0]:
            mayor.extend(turn)
        second += rng.randint(8, 40)
        lines.append(f"[{second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}] {speaker}: {' '.join(turn)}")
        count += sum(len(s.split()) for s in turn)
    return "\n".join(lines) + "\n", mayor


def quotes(mayor: list[str], n: int, rng: random.Random) -> list[tuple[str, str]]:
    """(expected status, quote) pairs: 60% verbatim, 20% one word changed, 20% invented."""
    out = []
    said = set(mayor)
    for i in range(n):
        kind = "verbatim" if i % 5 < 3 else "altered" if i % 5 == 3 else "not_found"
        if kind == "not_found":
            invented = f"The {rng.choice(['harbor', 'airport', 'stadium', 'zoo', 'ferry'])} deal was signed in secret by people who never read the contract"
            out.append((kind, invented))
            continue
        text = rng.choice(mayor).rstrip(".?!")
        if kind == "altered":
            words = text.split()
            k = rng.randrange(1, len(words))
            words[k] = "absolutely" if words[k] != "absolutely" else "certainly"
            text = " ".join(words)
        out.append((kind, text))
    assert not said & {q for _k, q in out if _k == "not_found"}
    return out


def drafts(quoted: list[tuple[str, str]], per_article: int = 10) -> list[str]:
    articles = []
    for start in range(0, len(quoted), per_article):
        paragraphs = ["Mayor Ana Lopez defended her budget at Monday's council meeting."]
        for _kind, quote in quoted[start : start + per_article]:
            paragraphs.append(f'"{quote}," Lopez said.')
        articles.append("\n\n".join(paragraphs) + "\n")
    return articles


def best(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return min(r[0] for r in runs), min(r[1] for r in runs)


def timed(fn):
    wall, cpu = time.perf_counter(), time.process_time()
    value = fn()
    return value, (time.perf_counter() - wall, time.process_time() - cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=20000, help="transcript length in words (default 20,000: two hours)")
    parser.add_argument("--quotes", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()

    from quoteaudit import nlp as nlp_mod
    from quoteaudit.evidence import index as index_mod
    from quoteaudit.evidence import load_evidence
    from quoteaudit.evidence.check import check_quotes
    from quoteaudit.ingest import read_string
    from quoteaudit.pipeline import audit_article

    rng = random.Random(args.seed)
    text, mayor = transcript(args.words, rng)
    quoted = quotes(mayor, args.quotes, rng)
    folder = tempfile.mkdtemp(prefix="quoteaudit-evidence-bench-")
    path = os.path.join(folder, "council-meeting.txt")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    articles = [read_string(t, "text", path=f"draft-{i}.txt")[0] for i, t in enumerate(drafts(quoted))]
    nlp = nlp_mod.load()
    nlp.pipe([a.text for a in articles])  # warm up

    def parse():
        return list(nlp.pipe([a.text for a in articles]))

    def plain(docs):
        return [audit_article(a, d) for a, d in zip(articles, docs)]

    def with_evidence(docs):
        index_mod._INDEXES.clear()  # a run reads and indexes the material once: pay it each time
        evidence = load_evidence([path])
        return [audit_article(a, d, None, evidence) for a, d in zip(articles, docs)]

    parsed = parse()
    runs: dict[str, list[tuple[float, float]]] = {"parse": [], "plain": [], "evidence": [], "stage": [], "index": []}
    for _ in range(args.repeat):
        parsed, t = timed(parse)
        runs["parse"].append(t)
        _, t = timed(lambda: plain(parsed))
        runs["plain"].append(t)
        audits, t = timed(lambda: with_evidence(parsed))
        runs["evidence"].append(t)

        def index_only():
            index_mod._INDEXES.clear()
            return load_evidence([path]).indexes()

        (idx,), t = timed(index_only)
        runs["index"].append(t)
        evidence = load_evidence([path])
        evidence.indexes()
        fresh = plain(parsed)  # quotes without evidence, to check again

        def stage_only():
            for a, d in zip(articles, fresh):
                check_quotes(evidence, a, d.quotes, d.sources, max_gap=100)

        _, t = timed(stage_only)
        runs["stage"].append(t)

    got = Counter(q.evidence.status.value for d in audits for q in d.quotes if q.evidence)
    expected = Counter(k for k, _q in quoted)
    checked = sum(got.values())
    parse_t, plain_t, ev_t, stage_t, index_t = (best(runs[k]) for k in ("parse", "plain", "evidence", "stage", "index"))
    print(f"transcript: {len(idx)} words, {len(idx.doc.speakers) - 1} turns; drafts: {len(articles)}, quotes checked: {checked}")
    print(f"statuses expected {dict(expected)}; got {dict(got)}")
    print(f"best of {args.repeat}, seconds (wall / CPU):")
    for label, (w, c) in [("parse (nlp.pipe)", parse_t), ("audit without evidence", plain_t), ("audit with evidence", ev_t),
                          ("  of which: read + index the transcript", index_t), ("  evidence stage alone (100 quotes)", stage_t)]:
        print(f"  {label:42} {w:7.3f} / {c:7.3f}")
    added = ev_t[1] - plain_t[1]
    print(f"evidence adds {ev_t[0] - plain_t[0]:.3f} s wall, {added:.3f} s CPU (goal < 1 s)")
    print(f"ratio audit with / without evidence: {ev_t[1] / plain_t[1]:.3f} (CPU), {ev_t[0] / plain_t[0]:.3f} (wall)")
    print(f"ratio parse + audit with / without evidence: {(parse_t[1] + ev_t[1]) / (parse_t[1] + plain_t[1]):.3f} (CPU)")


if __name__ == "__main__":
    main()
