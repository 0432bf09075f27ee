"""Latency and throughput of ``quoteaudit serve``, against a bare ``nlp(text)``, in one run.

    PYTHONPATH=. python benchmarks/serve_bench.py [--rounds 3] [--words 1000] [--clients 4]

1. Articles: the PolNeAR dev texts (../shared/eval/polnear.dev.jsonl) of at least
   ``--words`` words, each cut at the first paragraph end past ``--words`` words, so every
   request carries a ~1,000-word article. They are never written anywhere.
2. A server (``python -m quoteaudit serve --port 0 --workers N``) is started and warmed up
   (every article once), so no process start or model load is timed.
3. Latency, one client: for each article in turn, a bare ``nlp(text)`` in this process
   (the same pipeline, loaded by :func:`quoteaudit.nlp.load`), then ``POST /api/audit``
   with the same text over a kept-alive connection; ``--rounds`` passes, interleaved so
   both see the same load on a shared machine. Reported: p50, p95 and mean request
   latency, the same per 1,000 words, the mean of bare ``nlp(text)``, and mean request ÷
   mean bare (wall). CPU seconds are also compared: the server's whole process tree
   (parent and workers, from /proc) per request against ``time.process_time`` of the bare
   parse, which a busy machine disturbs much less than wall time.
4. Throughput: ``--clients`` threads post the articles as fast as they are answered, for
   ``--rounds`` passes; requests/s.

Steps 2-4 run for 1 worker and for 2 workers. Goals (1 worker): p95 <= 250 ms per 1,000
words, mean request <= 1.3 x bare ``nlp(text)``.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_INPUT = os.path.join(REPO, "..", "shared", "eval", "polnear.dev.jsonl")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def articles(path: str, words: int) -> list[str]:
    """Texts of at least ``words`` words, each cut at the first paragraph end past it."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line)["text"]
            if len(text.split()) < words:
                continue
            kept, count = [], 0
            for paragraph in re.split(r"\n\s*\n", text):
                kept.append(paragraph)
                count += len(paragraph.split())
                if count >= words:
                    break
            out.append("\n\n".join(kept))
    return out


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def tree_cpu(pid: int) -> float:
    """CPU seconds (user + system) of ``pid`` and its children, from /proc."""
    total = 0.0
    pids = [pid]
    while pids:
        current = pids.pop()
        try:
            with open(f"/proc/{current}/stat", encoding="ascii") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
            with open(f"/proc/{current}/task/{current}/children", encoding="ascii") as fh:
                pids.extend(int(p) for p in fh.read().split())
        except OSError:
            continue
    return total


class Server:
    def __init__(self, workers: int, queue: int):
        self.folder = tempfile.TemporaryDirectory(prefix="quoteaudit-serve-bench-")
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (REPO, os.environ.get("PYTHONPATH")) if p)}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "quoteaudit", "serve", "--port", "0", "--workers", str(workers), "--queue", str(queue)],
            cwd=self.folder.name, env=env, stdout=subprocess.PIPE, text=True,
        )
        for line in self.proc.stdout:
            found = re.search(r"ready at (http://\S+)", line)
            if found:
                self.netloc = urllib.parse.urlsplit(found.group(1)).netloc
                break
        else:
            raise SystemExit(f"the server did not start (exit {self.proc.wait()})")

    def connection(self) -> http.client.HTTPConnection:
        return http.client.HTTPConnection(self.netloc, timeout=300)

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=60)
        self.folder.cleanup()


TIMING = re.compile(r"(\w+);dur=([0-9.]+)")


def post(conn: http.client.HTTPConnection, text: str, timings: list[dict[str, float]] | None = None) -> float:
    """POST ``text``; the seconds until the whole answer is read. ``timings`` gets the
    server's own account (Server-Timing: the worker's audit, the wait around it)."""
    body = json.dumps({"text": text}).encode("utf-8")
    started = time.perf_counter()
    conn.request("POST", "/api/audit", body=body, headers={"Content-Type": "application/json"})
    response = conn.getresponse()
    data = response.read()
    elapsed = time.perf_counter() - started
    if response.status != 200:
        raise SystemExit(f"POST /api/audit: {response.status} {data[:300]!r}")
    if timings is not None:
        timings.append({k: float(v) / 1000 for k, v in TIMING.findall(response.getheader("Server-Timing", ""))})
    return elapsed


def latency(server: Server, nlp, texts: list[str], rounds: int) -> dict:
    conn = server.connection()
    requests, bare, per_kword, bare_per_kword, paired, cpu_per_kword = [], [], [], [], [], []
    timings: list[dict[str, float]] = []
    cpu_server = cpu_bare = 0.0
    for _ in range(rounds):
        for text in texts:
            c0 = time.process_time()
            t0 = time.perf_counter()
            nlp(text)
            bare.append(time.perf_counter() - t0)
            bare_per_kword.append(bare[-1] * 1000 / len(text.split()))
            cpu_bare += time.process_time() - c0
            s0 = tree_cpu(server.proc.pid)
            elapsed = post(conn, text, timings)
            cpu = tree_cpu(server.proc.pid) - s0
            cpu_server += cpu
            requests.append(elapsed)
            per_kword.append(elapsed * 1000 / len(text.split()))
            paired.append(elapsed / bare[-1])
            cpu_per_kword.append(cpu * 1000 / len(text.split()))
    conn.close()
    return {
        "requests": len(requests),
        "p50_ms": 1000 * percentile(requests, 0.5),
        "p95_ms": 1000 * percentile(requests, 0.95),
        "mean_ms": 1000 * statistics.fmean(requests),
        "p95_ms_per_1000_words": 1000 * percentile(per_kword, 0.95),
        "bare_mean_ms": 1000 * statistics.fmean(bare),
        "bare_p95_ms_per_1000_words": 1000 * percentile(bare_per_kword, 0.95),
        # the request's mean split: the worker (read, parse, audit), the server around it
        # (queue, handing over, policy), and the rest (HTTP, JSON, this client)
        "worker_mean_ms": 1000 * statistics.fmean(t["audit"] for t in timings),
        "server_wait_mean_ms": 1000 * statistics.fmean(t["wait"] for t in timings),
        "http_mean_ms": 1000 * (statistics.fmean(requests) - statistics.fmean(t["audit"] + t["wait"] for t in timings)),
        "ratio_wall": statistics.fmean(requests) / statistics.fmean(bare),
        # the same text, parsed bare then posted a moment later: robust to the load drifting
        "paired_ratio_p50": percentile(paired, 0.5),
        "paired_ratio_p95": percentile(paired, 0.95),
        # what the request cost the server in CPU: its latency on an otherwise idle machine
        "server_cpu_ms_per_1000_words_p95": 1000 * percentile(cpu_per_kword, 0.95),
        "ratio_cpu": cpu_server / cpu_bare if cpu_bare else float("nan"),
    }


def throughput(server: Server, texts: list[str], clients: int, rounds: int) -> dict:
    work = [t for _ in range(rounds) for t in texts]
    lock = threading.Lock()
    latencies: list[float] = []

    def client() -> None:
        conn = server.connection()
        while True:
            with lock:
                if not work:
                    break
                text = work.pop()
            elapsed = post(conn, text)
            with lock:
                latencies.append(elapsed)
        conn.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    return {
        "clients": clients,
        "requests": len(latencies),
        "requests_per_s": len(latencies) / wall,
        "p50_ms": 1000 * percentile(latencies, 0.5),
        "p95_ms": 1000 * percentile(latencies, 0.95),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", default=DEFAULT_INPUT)
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    from quoteaudit import nlp as nlp_mod

    texts = articles(args.input, args.words)
    if not texts:
        raise SystemExit(f"no article of {args.words}+ words in {args.input}")
    words = [len(t.split()) for t in texts]
    nlp = nlp_mod.load()
    for text in texts:  # warm this process's pipeline as the server's is warmed
        nlp(text)
    results = {
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        "articles": len(texts),
        "mean_words": statistics.fmean(words),
        "load_before": os.getloadavg()[0],
        "runs": {},
    }
    for workers in [int(w) for w in args.workers.split(",")]:
        server = Server(workers, queue=max(8, args.clients * 2))
        try:
            warm = server.connection()
            for text in texts:
                post(warm, text)
            warm.close()
            results["runs"][workers] = {
                "latency": latency(server, nlp, texts, args.rounds),
                "throughput": throughput(server, texts, max(args.clients, workers), args.rounds),
            }
        finally:
            server.close()
    results["load_after"] = os.getloadavg()[0]
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"{results['articles']} articles, mean {results['mean_words']:.0f} words; {results['machine']}; "
          f"load {results['load_before']:.1f} -> {results['load_after']:.1f}")
    print("| workers | p50 ms | p95 ms | mean ms | p95 ms / 1,000 words (bare nlp) | server CPU ms / 1,000 words, p95 | bare nlp mean ms | mean ÷ bare (wall) | ÷ bare (CPU s) | paired ÷ bare p50 / p95 | clients | requests/s | p95 ms, concurrent |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for workers, run in results["runs"].items():
        lat, thr = run["latency"], run["throughput"]
        print(f"| {workers} | {lat['p50_ms']:.0f} | {lat['p95_ms']:.0f} | {lat['mean_ms']:.0f} | {lat['p95_ms_per_1000_words']:.0f} ({lat['bare_p95_ms_per_1000_words']:.0f}) | "
              f"{lat['server_cpu_ms_per_1000_words_p95']:.0f} | {lat['bare_mean_ms']:.0f} | {lat['ratio_wall']:.3f} | {lat['ratio_cpu']:.3f} | "
              f"{lat['paired_ratio_p50']:.2f} / {lat['paired_ratio_p95']:.2f} | {thr['clients']} | {thr['requests_per_s']:.2f} | {thr['p95_ms']:.0f} |")
    print()
    print("| workers | mean request ms | worker (read, parse, audit) | server around it | HTTP, JSON, client | bare nlp(text) |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    for workers, run in results["runs"].items():
        lat = run["latency"]
        print(f"| {workers} | {lat['mean_ms']:.1f} | {lat['worker_mean_ms']:.1f} | {lat['server_wait_mean_ms']:.1f} | {lat['http_mean_ms']:.1f} | {lat['bare_mean_ms']:.1f} |")


if __name__ == "__main__":
    main()
