"""Time and peak memory of quoteaudit on very large inputs.

    PYTHONPATH=. python benchmarks/big_inputs.py                 # 1 and 2 MB articles, 5,000 and 50,000 lines
    PYTHONPATH=. python benchmarks/big_inputs.py --mb 20 --lines 0

Each case runs the real command line (``python -m quoteaudit audit ... --format json``)
in a fresh child process and reports wall time and the child's peak RSS (from
``resource.getrusage``, measured in a wrapper whose only child is the audit). Articles
above the default 10 MB ``max-bytes`` are audited with the limit raised in a temporary
config. The tests assert the memory bounds (tests/test_bad_input.py); this script shows
the figures, which depend on the machine and are not asserted anywhere.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

PARAGRAPH = (
    "\u201cWe will rebuild the pier,\u201d said Harbor Master Ana Lopes, who called the storm the worst since 1998. "
    "The council agreed on Tuesday to spend $4 million, officials said. "
) * 4 + "\n\n"

WRAPPER = (
    "import resource, subprocess, sys\n"
    "r = subprocess.run([sys.executable, '-m', 'quoteaudit', *sys.argv[1:]], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
    "sys.stderr.buffer.write(r.stderr[-2000:])\n"
    "print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def run(args: list[str]) -> tuple[int, float, float, str]:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", WRAPPER, *args], capture_output=True, text=True)
    seconds = time.perf_counter() - start
    code, kib = proc.stdout.split()
    return int(code), seconds, int(kib) / 1024, proc.stderr.strip()


def article(path: str, megabytes: float) -> None:
    block = PARAGRAPH.encode("utf-8")
    with open(path, "wb") as fh:
        fh.write(b"Harbor storm\n\n")
        for _ in range(int(megabytes * 1024 * 1024) // len(block) + 1):
            fh.write(block)


def jsonl(path: str, lines: int) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(lines):
            fh.write(json.dumps({"id": f"wire-{i}", "text": "Yes."}) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="*", default=[1, 2], help="article sizes in MB")
    parser.add_argument("--lines", type=int, nargs="*", default=[5_000, 50_000], help="JSON Lines file lengths (0 to skip)")
    opts = parser.parse_args()
    print(f"{'input':<28} {'exit':>4} {'seconds':>9} {'peak RSS MB':>12}")
    with tempfile.TemporaryDirectory() as tmp:
        config = os.path.join(tmp, "quoteaudit.toml")
        with open(config, "w", encoding="utf-8") as fh:
            fh.write(f"max-bytes = {int(max(opts.mb or [0]) * 1024 * 1024) + 1_000_000}\n")
        for mb in opts.mb:
            path = os.path.join(tmp, f"article-{mb}mb.txt")
            article(path, mb)
            code, seconds, rss, err = run(["audit", path, "--format", "json", "--config", config])
            print(f"{f'{mb:g} MB article':<28} {code:>4} {seconds:>9.1f} {rss:>12.0f}", flush=True)
            if code not in (0, 1):
                print(err, file=sys.stderr)
        for lines in opts.lines:
            if not lines:
                continue
            path = os.path.join(tmp, f"wire-{lines}.jsonl")
            jsonl(path, lines)
            code, seconds, rss, err = run(["audit", path, "--format", "json"])
            print(f"{f'{lines:,} JSON Lines':<28} {code:>4} {seconds:>9.1f} {rss:>12.0f}", flush=True)


if __name__ == "__main__":
    main()
