"""Throughput, cache and memory figures for quoteaudit, in one run.

    PYTHONPATH=. python benchmarks/bench.py [--limit 200] [--jobs 2]

Every measurement is a fresh ``python`` process timed from start to exit (imports, model
load and output included), so the figures are what a user waits for:

1. bare ``nlp.pipe`` (``n_process=JOBS``, the engine's batch size) over the texts of a slice of
   ../shared/eval/polnear.train.jsonl, versus ``quoteaudit audit --jobs JOBS`` over the
   same slice: articles/s, words/s and their ratio;
2. the same audit again with the cache warm: cold time (the last run of step 1), warm
   time, ratio;
3. peak RSS of the whole process tree (parent and workers, polled) while auditing a
   generated JSON Lines file of short news-like texts (10,000 by default);
4. ``--engine dask`` with a LocalCluster of 1 worker versus 2 workers.

Needs psutil (``pip install '.[bench]'``) and, for step 4, ``quoteaudit[dask]``. The slice
is written to a temporary folder and deleted; the article texts never enter the repository.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time

import psutil

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_INPUT = os.path.join(REPO, "..", "shared", "eval", "polnear.train.jsonl")

BARE = r"""
import json, sys
from quoteaudit import nlp as nlp_mod
from quoteaudit.run.engine import CHUNK_SIZE
path, jobs, model = sys.argv[1], int(sys.argv[2]), sys.argv[3] or None
texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8")]
nlp = nlp_mod.load(model)
# the same batches the engine hands each worker
n = sum(1 for _ in nlp.pipe(texts, batch_size=CHUNK_SIZE, n_process=jobs))
assert n == len(texts)
"""


def env() -> dict[str, str]:
    """The environment of every measured process. ``PYTHONDONTWRITEBYTECODE`` is dropped:
    an installed quoteaudit has its modules compiled (pip writes the bytecode), while
    with that variable set (some sandboxes and CI images set it) every run compiles them
    all again, a tenth of a second or more that no user waits for; the first measured
    run writes the bytecode for the rest."""
    path = os.environ.get("PYTHONPATH")
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**base, "PYTHONPATH": os.pathsep.join(p for p in (REPO, path) if p)}


def tree_memory(proc: psutil.Process) -> tuple[int, int]:
    """RSS and PSS (bytes) summed over ``proc`` and all its descendants. RSS counts pages
    shared by forked workers (the loaded model) once per process; PSS splits them."""
    rss = pss = 0
    try:
        family = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0, 0
    for p in family:
        try:
            info = p.memory_full_info()
            rss += info.rss
            pss += getattr(info, "pss", info.rss)
        except psutil.Error:
            pass
    return rss, pss


def measure(cmd: list[str], stdout_path: str | None = None) -> tuple[float, int, float, int]:
    """Run ``cmd``: wall seconds, peak RSS (bytes) summed over it and all its children,
    CPU seconds of the whole process tree (less sensitive to a busy machine than wall
    time) and peak PSS."""
    out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = psutil.Popen(cmd, stdout=out, stderr=subprocess.PIPE, env=env(), cwd=REPO)
    peak = peak_pss = 0
    while True:
        rss, pss = tree_memory(proc)
        peak, peak_pss = max(peak, rss), max(peak_pss, pss)
        try:
            # poll the memory every 0.1 s, but stop the clock the moment the process
            # ends: a sleep between polls added up to 0.1 s to every run, a fifth of
            # the warm-cache run
            proc.wait(timeout=0.1)
            break
        except psutil.TimeoutExpired:
            continue
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    err = proc.stderr.read().decode("utf-8", "replace")
    if stdout_path:
        out.close()
    # 1: the newsroom policy failed; 2: some input (or article) could not be audited and
    # is reported as an error document. Both still produce the full output.
    if proc.returncode not in (0, 1, 2):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err}")
    return elapsed, peak, cpu, peak_pss


def best(runs):
    """Fastest wall time, highest peak memory, least CPU time over repeated runs."""
    return min(r[0] for r in runs), max(r[1] for r in runs), min(r[2] for r in runs), max(r[3] for r in runs)


def write_slice(src: str, dst: str, limit: int | None) -> tuple[int, int]:
    n = words = 0
    with open(src, encoding="utf-8") as fh, open(dst, "w", encoding="utf-8") as out:
        for line in fh:
            if not line.strip():
                continue
            record = json.loads(line)
            out.write(json.dumps({"id": record["id"], "text": record["text"]}, ensure_ascii=False) + "\n")
            n += 1
            words += len(record["text"].split())
            if limit and n >= limit:
                break
    return n, words


# --- a generated newsroom, for the memory figure ------------------------------------------
# Invented people, places and events; built from templates so 10,000 articles differ.
FIRST = ["Ana", "James", "Priya", "Tom", "Lena", "Marcus", "Grace", "Omar", "Sofia", "Daniel"]
LAST = ["Ruiz", "Whitfield", "Okafor", "Chen", "Novak", "Haddad", "Larsen", "Moreau", "Patel", "Brennan"]
ROLES = ["Mayor", "Police Chief", "Superintendent", "council member", "spokeswoman for the port", "state Sen."]
TOPICS = ["the budget", "the bridge repairs", "the school lunch program", "the new bus line", "the harbor dredging"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def news_text(rng: random.Random) -> str:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    role, topic, day = rng.choice(ROLES), rng.choice(TOPICS), rng.choice(DAYS)
    amount = rng.randint(2, 90)
    parts = [
        f"Officials approved {amount} million dollars for {topic} on {day}.",
        f'"We listened to every neighborhood," {role} {name} said after the vote.',
        f"{name.split()[1]} said the work would start next month and take about {rng.randint(2, 18)} months.",
        rng.choice([
            "Critics said the plan leaves the library system short of staff.",
            "A person familiar with the talks, who was not authorized to speak publicly, said the vote was close.",
            f"The project will cost taxpayers {rng.randint(100, 900)} dollars a household.",
            "Some residents say the city moved too fast.",
        ]),
        f'"It is a start," said {rng.choice(FIRST)} {rng.choice(LAST)}, who lives near the site.',
    ]
    rng.shuffle(parts[2:])
    return " ".join(parts)


def write_generated(dst: str, n: int) -> int:
    rng = random.Random(7)
    words = 0
    with open(dst, "w", encoding="utf-8") as out:
        for i in range(n):
            text = news_text(rng)
            words += len(text.split())
            out.write(json.dumps({"id": f"gen-{i:05d}", "text": text}) + "\n")
    return words


def machine() -> str:
    cpu = platform.processor() or ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            cpu = next((line.split(":", 1)[1].strip() for line in fh if line.startswith("model name")), cpu)
    except OSError:
        pass
    mem = psutil.virtual_memory().total / 2**30
    return f"{os.cpu_count()} CPUs ({cpu}), {mem:.0f} GiB RAM, Python {platform.python_version()}, {platform.system()}"


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min)"


def throughput(args, py, qa, model, tmp, slice_path, n, words, out) -> None:
    """Steps 1 and 2: bare nlp.pipe against the audit, then the audit with a warm cache."""
    cache = os.path.join(tmp, "cache")
    # the default run: with the cache (each repetition starts with an empty one)
    audit_cmd = [*qa, slice_path, "--format", "json", "--jobs", str(args.jobs), "--cache-dir", cache, *model]
    bare_runs, audit_runs = [], []
    for _ in range(args.repeat):  # interleaved, so a burst of load hits both alike
        bare_runs.append(measure([py, "-c", BARE, slice_path, str(args.jobs), args.model]))
        shutil.rmtree(cache, ignore_errors=True)
        audit_runs.append(measure(audit_cmd, out))
        with open(out, encoding="utf-8") as fh:
            lines = [json.loads(line)["documents"][0] for line in fh]
        assert len(lines) == n, "audit output has the wrong number of lines"
        errors = [d["id"] for d in lines if d["error"]]
        if errors:
            print(f"note: {len(errors)} article(s) came out as error documents: {', '.join(errors)}")
    (bare_s, bare_rss, bare_cpu, _), (audit_s, audit_rss, audit_cpu, _) = best(bare_runs), best(audit_runs)
    cold_s = audit_runs[-1][0]
    warm_s, _, warm_cpu, _ = measure(audit_cmd, out)
    print(f"best of {args.repeat} interleaved runs each; CPU = user+system seconds of the whole process tree\n")
    print("| run | wall s | CPU s | articles/s | words/s | peak RSS (MB) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    print(f"| bare nlp.pipe, n_process={args.jobs} | {bare_s:.1f} | {bare_cpu:.1f} | {n / bare_s:.2f} | {words / bare_s:.0f} | {bare_rss / 2**20:.0f} |")
    print(f"| quoteaudit audit --jobs {args.jobs}, cache cold | {audit_s:.1f} | {audit_cpu:.1f} | {n / audit_s:.2f} | {words / audit_s:.0f} | {audit_rss / 2**20:.0f} |")
    print(f"| quoteaudit audit --jobs {args.jobs}, cache warm | {warm_s:.2f} | {warm_cpu:.2f} | {n / warm_s:.1f} | {words / warm_s:.0f} | |")
    print(f"\naudit / bare nlp.pipe throughput: {bare_s / audit_s:.3f} (wall), {bare_cpu / audit_cpu:.3f} (CPU)")
    print(f"warm / cold cache time: {warm_s:.2f} s / {cold_s:.1f} s = {warm_s / cold_s:.4f} ({100 * warm_s / cold_s:.2f}%)")
    print(f"{load()} after the throughput runs")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--input", default=DEFAULT_INPUT, help="JSON Lines articles (default: ../shared/eval/polnear.train.jsonl)")
    ap.add_argument("--limit", type=int, default=200, help="articles from --input (0: all)")
    ap.add_argument("--jobs", type=int, default=2, help="processes for both nlp.pipe and quoteaudit")
    ap.add_argument("--model", default="", help="spaCy pipeline (default: quoteaudit's default)")
    ap.add_argument("--parts", default="throughput,memory,dask", help="comma-separated: throughput (steps 1-2), memory, dask")
    ap.add_argument("--repeat", type=int, default=1, help="interleaved runs of bare and audit; the best of each counts")
    ap.add_argument("--rss-articles", type=int, default=10_000, help="generated articles for the memory figure (0: skip)")
    ap.add_argument("--dask-limit", type=int, default=None, help="articles for the Dask comparison (default: --limit; 0: skip)")
    args = ap.parse_args()
    parts = set(args.parts.split(","))
    py = sys.executable
    qa = [py, "-m", "quoteaudit", "audit"]
    model = ["--model", args.model] if args.model else []
    print(f"# quoteaudit benchmark, {datetime.date.today().isoformat()}")
    print(f"machine: {machine()}; {load()} at start")

    with tempfile.TemporaryDirectory(prefix="qa-bench-") as tmp:
        slice_path = os.path.join(tmp, "slice.jsonl")
        n, words = write_slice(args.input, slice_path, args.limit or None)
        print(f"input: {n} articles, {words} words from {os.path.basename(args.input)}; {args.jobs} processes")
        out = os.path.join(tmp, "out.jsonl")
        if "throughput" in parts:
            throughput(args, py, qa, model, tmp, slice_path, n, words, out)

        if args.rss_articles and "memory" in parts:
            gen = os.path.join(tmp, "generated.jsonl")
            gen_words = write_generated(gen, args.rss_articles)
            gen_s, gen_rss, _, gen_pss = measure([*qa, gen, "--format", "json", "--jobs", str(args.jobs), "--no-cache", *model], out)
            with open(out, encoding="utf-8") as fh:
                assert sum(1 for _ in fh) == args.rss_articles
            print(
                f"\nmemory: {args.rss_articles} generated articles ({gen_words} words), --jobs {args.jobs}, no cache: "
                f"{gen_s:.1f} s ({args.rss_articles / gen_s:.1f} articles/s), peak RSS of the process tree {gen_rss / 2**20:.0f} MB (PSS {gen_pss / 2**20:.0f} MB)"
            )

        dask_n = args.limit if args.dask_limit is None else args.dask_limit
        if dask_n and "dask" in parts:
            dslice = os.path.join(tmp, "dask.jsonl")
            dn, dwords = write_slice(args.input, dslice, dask_n)
            print(f"\nDask LocalCluster, {dn} articles ({dwords} words), no cache, cluster start included:")
            print("| workers | wall s | CPU s | articles/s | words/s |")
            print("| ---: | ---: | ---: | ---: | ---: |")
            times = {}
            for workers in (1, 2):
                s, _, cpu, _ = measure([*qa, dslice, "--format", "json", "--engine", "dask", "--jobs", str(workers), "--no-cache", *model], out)
                times[workers] = s
                print(f"| {workers} | {s:.1f} | {cpu:.1f} | {dn / s:.2f} | {dwords / s:.0f} |")
            print(f"2 workers / 1 worker speed-up: {times[1] / times[2]:.2f}x")
        print(f"\n{load()} at the end")


if __name__ == "__main__":
    main()
