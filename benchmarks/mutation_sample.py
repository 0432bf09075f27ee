"""A seeded sample of mutmut's mutants, each run against its module's own test files.

``mutmut run`` (configured in pyproject.toml ``[tool.mutmut]``) makes about 16,800
mutants of the five audited modules; at a spaCy parse per test that is hours on two cores.
This script makes the SAME mutants (mutmut's own libcst operators, on the functions mutmut
mutates), draws a fixed-seed sample stratified by file, and runs each one:

* the mutated file is written into a scratch copy of the tree (``benchmarks/mutation-out/tree``);
* one parent process loads the spaCy pipeline once and forks a child per mutant, so a
  mutant costs its tests, not a model load; the parent never imports the mutated modules;
* the child runs ``pytest -x`` on the module's test files (``MODULES`` below) and the
  mutant is *killed* when a test fails or errors, *timeout* (killed too) past the limit,
  *survived* when every test passes.

Results go to ``benchmarks/mutation-out/results.jsonl`` (one line per run; the last line
of a mutant wins), so a run can stop and resume. Usage (from the repository root)::

    python benchmarks/mutation_sample.py list                  # counts per module and file
    python benchmarks/mutation_sample.py run --per-module 12   # the sample (seed 19)
    python benchmarks/mutation_sample.py run --module scoring --per-module 0   # every scoring mutant
    python benchmarks/mutation_sample.py run --only scoring.py:212 quotes/direct.py:1501
    python benchmarks/mutation_sample.py show quotes/direct.py:1501
    python benchmarks/mutation_sample.py report                # scores, 95% intervals, survivors

A mutant's id is its file (under quoteaudit/) and its index among that file's mutants in
mutmut's order; ids are stable while the file does not change.
"""

from __future__ import annotations

import argparse
import difflib
import functools
import json
import math
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "benchmarks" / "mutation-out"
TREE = OUT / "tree"
RESULTS = OUT / "results.jsonl"
LOGS = OUT / "logs"
SEED = 19

#: module -> (files to mutate, relative to the repository; test files that check them)
MODULES: dict[str, tuple[list[str], list[str]]] = {
    "scoring": (
        ["quoteaudit/scoring.py"],
        ["tests/test_mutants_scoring.py", "tests/test_scoring.py", "tests/test_seed_findings.py"],
    ),
    "quotes": (
        ["quoteaudit/quotes/*.py"],
        [
            "tests/test_mutants_quotes.py",
            "tests/test_quotes_marks.py",
            "tests/test_quotes_direct.py",
            "tests/test_quotes_indirect.py",
            "tests/test_quotes_mixed.py",
            "tests/test_quotes_paragraphs.py",
            "tests/test_quotes_datelines.py",
            "tests/test_quotes_robust.py",
            "tests/test_quotes_round2.py",
            "tests/test_quotes_round3.py",
            "tests/test_quotes_round4.py",
            "tests/test_quotes_tags.py",
            "tests/test_quotes_round5.py",
            "tests/test_quotes_round6.py",
            "tests/test_quotes_direct_round7.py",
            "tests/test_quotes_round8.py",
            "tests/test_quotes_seed.py",
            "tests/test_quotes_guards_marks.py",
            "tests/test_quotes_guards_indirect.py",
            "tests/test_polnear_lock.py",
        ],
    ),
    "speakers": (
        ["quoteaudit/speakers/*.py"],
        [
            "tests/test_mutants_speakers.py",
            "tests/test_speakers_types.py",
            "tests/test_speakers_mentions.py",
            "tests/test_speakers_roles.py",
            "tests/test_speakers_anonymity.py",
            "tests/test_speakers_descriptors.py",
            "tests/test_speakers_sieve.py",
            "tests/test_speakers_robust.py",
            "tests/test_speakers_seed.py",
            "tests/test_speakers_guards.py",
            "tests/test_polnear_lock.py",
        ],
    ),
    "rules": (
        ["quoteaudit/rules/*.py"],
        [
            "tests/test_mutants_rules.py",
            "tests/test_rules_sources.py",
            "tests/test_rules_quotes.py",
            "tests/test_rules_claims.py",
            "tests/test_rules_registry.py",
            "tests/test_evidence_rules.py",
            "tests/test_seed_findings.py",
        ],
    ),
    "report": (
        ["quoteaudit/report/*.py"],
        [
            "tests/test_mutants_report.py",
            "tests/test_sarif_fingerprints.py",
            "tests/test_report_model.py",
            "tests/test_report_counts.py",
            "tests/test_report_terminal.py",
            "tests/test_formats.py",
            "tests/test_github_annotations.py",
            "tests/test_job_summary.py",
            "tests/test_report_evidence.py",
            "tests/test_html_report.py",
            "tests/test_docx_report.py",
        ],
    ),
}
#: extra pytest arguments per module (building the wheel checks packaging, not the reports)
EXTRA_ARGS: dict[str, list[str]] = {"report": ["-k", "not installed_wheel"]}
#: seconds a mutant's tests may take before it counts as a timeout (an endless loop)
TIMEOUT = 300


@dataclass
class Mutant:
    id: str  # e.g. "quotes/direct.py:1501"
    module: str
    path: str  # repository-relative
    index: int
    line: int
    before: str
    after: str
    function: str


def _files(module: str) -> list[str]:
    patterns, _ = MODULES[module]
    return sorted(str(p.relative_to(REPO)) for pat in patterns for p in REPO.glob(pat))


@functools.lru_cache(maxsize=4)
def _mutations(path: str):
    """mutmut's mutations of ``path`` inside functions (the ones ``mutmut run`` tests),
    in mutmut's order, with the module they belong to."""
    import libcst as cst
    from libcst.metadata import MetadataWrapper, PositionProvider
    from mutmut.mutation.file_mutation import create_mutations

    code = (REPO / path).read_text(encoding="utf-8")
    module, mutations, _, _ = create_mutations(path, code)
    inside = [m for m in mutations if isinstance(m.contained_by_top_level_function, cst.FunctionDef)]
    positions = MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)
    return module, inside, positions


def enumerate_mutants(module: str) -> list[Mutant]:
    out = []
    for path in _files(module):
        cst_module, mutations, positions = _mutations(path)
        short = path.removeprefix("quoteaudit/")
        for i, m in enumerate(mutations):
            pos = positions.get(m.original_node)
            before = cst_module.code_for_node(m.original_node)
            after = cst_module.code_for_node(m.mutated_node)
            fn = m.contained_by_top_level_function.name.value if m.contained_by_top_level_function else ""
            out.append(Mutant(f"{short}:{i}", module, path, i, pos.start.line if pos else 0, before, after, fn))
    return out


def mutated_source(mutant: Mutant) -> str:
    from mutmut.mutation.file_mutation import deep_replace

    cst_module, mutations, _ = _mutations(mutant.path)
    m = mutations[mutant.index]
    return deep_replace(cst_module, m.original_node, m.mutated_node).code


def sample(mutants: list[Mutant], n: int, seed: int = SEED) -> list[Mutant]:
    """``n`` mutants stratified by file: each file gets its share of ``n`` in proportion to
    its mutants (largest remainder), drawn with a fixed seed. ``n`` = 0 means all."""
    if n <= 0 or n >= len(mutants):
        return list(mutants)
    by_file: dict[str, list[Mutant]] = {}
    for m in mutants:
        by_file.setdefault(m.path, []).append(m)
    total = len(mutants)
    quotas = {f: n * len(ms) / total for f, ms in by_file.items()}
    alloc = {f: int(q) for f, q in quotas.items()}
    for f in sorted(quotas, key=lambda f: (-(quotas[f] - alloc[f]), f))[: n - sum(alloc.values())]:
        alloc[f] += 1
    rng = random.Random(seed)
    chosen = []
    for f in sorted(by_file):
        chosen += rng.sample(by_file[f], alloc[f])
    return chosen


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


def _prepare_tree(old_suite: bool = False) -> None:
    """A scratch copy of the repository for mutated files (the real tree is never written).
    ``old_suite``: without tests/test_mutants_*.py, to score the suite before them."""
    if TREE.exists():
        shutil.rmtree(TREE)
    patterns = [".git", "mutants", "mutation-out", "__pycache__", ".venv", "*.pyc", "reports"]
    if old_suite:
        patterns.append("test_mutants_*.py")
    shutil.copytree(REPO, TREE, ignore=shutil.ignore_patterns(*patterns))
    # a repository of its own, as a checkout is: reports give paths relative to the
    # repository root (SARIF, GitHub annotations), which must be the tree, not the real
    # repository around it ("benchmarks/mutation-out/tree/seeds/..." failed every report
    # test and counted every report mutant as killed)
    subprocess.run(["git", "init", "-q"], cwd=TREE, check=True)


def _load_results() -> dict[str, dict]:
    out: dict[str, dict] = {}
    if RESULTS.exists():
        for line in RESULTS.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                out[r["id"]] = r
    return out


def _run_one(mutant: Mutant | None, tests: list[str], extra: list[str], label: str = "") -> tuple[str, float, str]:
    """Write the mutant into the scratch tree, run the module's tests in a forked child.
    With no mutant, the unmutated tree: the baseline, which must pass."""
    target = TREE / mutant.path if mutant else None
    original = (REPO / mutant.path).read_text(encoding="utf-8") if mutant else ""
    if mutant:
        target.write_text(mutated_source(mutant), encoding="utf-8")
    log = LOGS / ((mutant.id if mutant else label).replace("/", "__").replace(":", "_") + ".log")
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:  # child: a fresh import of quoteaudit's audited modules, mutated
        try:
            fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            os.dup2(fd, 1)
            os.dup2(fd, 2)
            os.setpgid(0, 0)
            import pytest

            present = [t for t in tests if (TREE / t).exists()]
            code = pytest.main(["-x", "-q", "-p", "no:cacheprovider", "--tb=short", *extra, *present])
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(int(code))
        except BaseException:  # noqa: BLE001
            import traceback

            traceback.print_exc()
            os._exit(99)
    status = "survived"
    try:
        deadline = start + TIMEOUT
        while True:
            done, wstatus = os.waitpid(pid, os.WNOHANG)
            if done:
                code = os.waitstatus_to_exitcode(wstatus)
                if code == 0:
                    status = "survived"
                elif code == 5:  # no tests collected: a broken selection, not a kill
                    status = "error"
                elif code in (1, 2, 3) or code < 0:
                    status = "killed"  # test failed, or collection/import broke on the mutant
                else:
                    status = "error"
                break
            if time.monotonic() > deadline:
                os.killpg(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                status = "timeout"
                break
            time.sleep(0.05)
    finally:
        if mutant:
            target.write_text(original, encoding="utf-8")
    tail = ""
    try:
        lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
        tail = next((ln for ln in lines if ln.startswith("FAILED") or ln.startswith("ERROR")), lines[-1] if lines else "")
    except OSError:
        pass
    return status, time.monotonic() - start, tail


def _diff(m: Mutant) -> str:
    original = (REPO / m.path).read_text(encoding="utf-8").splitlines(keepends=True)
    mutated = mutated_source(m).splitlines(keepends=True)
    return "".join(difflib.unified_diff(original, mutated, m.path, m.path + " (mutant)", n=1))


def cmd_list(args) -> None:
    grand = 0
    for module in args.module or MODULES:
        ms = enumerate_mutants(module)
        grand += len(ms)
        print(f"{module}: {len(ms)} mutants")
        counts: dict[str, int] = {}
        for m in ms:
            counts[m.path] = counts.get(m.path, 0) + 1
        for path, n in counts.items():
            print(f"  {path}: {n}")
    print(f"total: {grand}")


def _selected(args) -> list[Mutant]:
    modules = args.module or list(MODULES)
    if args.only:
        wanted = set(args.only)
        return [m for module in MODULES for m in enumerate_mutants(module) if m.id in wanted]
    chosen = []
    for module in modules:
        chosen += sample(enumerate_mutants(module), args.per_module, args.seed)
    return chosen


def cmd_run(args) -> None:
    chosen = _selected(args)
    OUT.mkdir(parents=True, exist_ok=True)
    LOGS.mkdir(parents=True, exist_ok=True)
    done = _load_results() if not args.rerun and not args.only else {}
    todo = [m for m in chosen if m.id not in done]
    # round robin over the modules, so a run stopped early has scored each of them
    queues = {module: [m for m in todo if m.module == module] for module in dict.fromkeys(m.module for m in todo)}
    todo = [q[i] for i in range(max(map(len, queues.values()), default=0)) for q in queues.values() if i < len(q)]
    print(f"{len(chosen)} mutants selected, {len(todo)} to run", flush=True)
    _prepare_tree(args.old_suite)
    # the parent: spaCy and the pipeline loaded once, from the scratch tree; none of the
    # audited modules imported (each child imports them fresh, mutated)
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(TREE))
    os.chdir(TREE)
    os.environ.setdefault("QUOTEAUDIT_SHARED", str(REPO.parent / "shared"))
    os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
    from quoteaudit import nlp

    nlp.load()
    import pytest  # noqa: F401  (imported once, before the forks)

    # loading the pipeline reads spaCy's entry points, which import quoteaudit's spaCy
    # component and through it the audited modules: forget them all (and the package's
    # attributes, or ``from quoteaudit import scoring`` in a child would find the old one)
    import quoteaudit

    keep = {"quoteaudit", "quoteaudit.nlp", "quoteaudit.lexicons"}
    for name in [n for n in sys.modules if n.startswith("quoteaudit.") and n not in keep]:
        del sys.modules[name]
        package, _, attr = name.rpartition(".")
        if package == "quoteaudit" and attr not in ("nlp", "lexicons") and hasattr(quoteaudit, attr):
            delattr(quoteaudit, attr)
    audited = ("quoteaudit.quotes", "quoteaudit.speakers", "quoteaudit.scoring", "quoteaudit.rules", "quoteaudit.report")
    leaked = [name for name in sys.modules if name.startswith(audited)]
    assert not leaked, f"the parent imported audited modules: {leaked}"
    # the baseline: each module's tests must pass on the unmutated tree, or a test that
    # fails for another reason (a path, a missing file) would "kill" every mutant
    for module in dict.fromkeys(m.module for m in todo):
        status, seconds, tail = _run_one(None, MODULES[module][1], EXTRA_ARGS.get(module, []), label=f"baseline-{module}")
        print(f"baseline {module}: {'passes' if status == 'survived' else status} ({seconds:.0f}s)", flush=True)
        if status != "survived":
            sys.exit(f"mutation_sample: the unmutated tree fails the {module} tests ({tail}); no mutant run")
    with RESULTS.open("a", encoding="utf-8") as out:
        for n, m in enumerate(todo, 1):
            status, seconds, tail = _run_one(m, MODULES[m.module][1], EXTRA_ARGS.get(m.module, []))
            rec = {"id": m.id, "module": m.module, "line": m.line, "function": m.function, "before": m.before[:200],
                   "after": m.after[:200], "status": status, "seconds": round(seconds, 1), "test": tail[:300],
                   "when": time.strftime("%Y-%m-%dT%H:%M:%S")}
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            out.flush()
            print(f"[{n}/{len(todo)}] {status:8} {seconds:6.1f}s {m.id} (line {m.line}, {m.function})", flush=True)


def cmd_show(args) -> None:
    wanted = set(args.ids)
    for module in MODULES:
        for m in enumerate_mutants(module):
            if m.id in wanted:
                print(f"# {m.id}  {m.function}()  line {m.line}")
                print(_diff(m))


def cmd_report(args) -> None:
    results = _load_results()
    modules = args.module or list(MODULES)
    print(f"| module | mutants (all) | sampled | killed | survived | equivalent | score (non-equivalent) | 95% interval |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    equivalent = set(args.equivalent or [])
    for module in modules:
        all_ms = enumerate_mutants(module)
        ids = {m.id for m in (sample(all_ms, args.per_module, args.seed))}
        rs = [r for i, r in results.items() if i in ids]
        killed = sum(r["status"] in ("killed", "timeout") for r in rs)
        eq = sum(r["status"] == "survived" and r["id"] in equivalent for r in rs)
        survived = sum(r["status"] == "survived" and r["id"] not in equivalent for r in rs)
        n = killed + survived
        low, high = wilson(killed, n)
        score = f"{100 * killed / n:.0f}% ({killed}/{n})" if n else "-"
        print(f"| {module} | {len(all_ms)} | {len(rs)} | {killed} | {survived} | {eq} | {score} | {100 * low:.0f}-{100 * high:.0f}% |")
    print()
    for module in modules:
        ids = {m.id for m in sample(enumerate_mutants(module), args.per_module, args.seed)}
        for i, r in sorted(results.items()):
            if i in ids and r["status"] not in ("killed", "timeout"):
                mark = " (equivalent)" if i in equivalent else ""
                print(f"{r['status']}{mark}: {i} line {r['line']} {r['function']}: {r['before'][:70]!r} -> {r['after'][:70]!r}")


def main(argv: list[str] | None = None) -> None:
    global RESULTS
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    for name in ("list", "run", "report"):
        p = sub.add_parser(name)
        p.add_argument("--module", action="append", choices=list(MODULES))
        p.add_argument("--per-module", type=int, default=12)
        p.add_argument("--seed", type=int, default=SEED)
        p.add_argument("--results", type=Path, default=RESULTS, help="the results file (JSON lines) to append to or report")
        if name == "run":
            p.add_argument("--only", nargs="+", help="mutant ids to (re)run")
            p.add_argument("--rerun", action="store_true", help="run sampled mutants that already have a result")
            p.add_argument("--old-suite", action="store_true", help="leave out tests/test_mutants_*.py (the score before them)")

        if name == "report":
            p.add_argument("--equivalent", nargs="*", help="survivor ids judged equivalent")
    p = sub.add_parser("show")
    p.add_argument("ids", nargs="+")
    args = parser.parse_args(argv)
    os.chdir(REPO)  # mutmut reads [tool.mutmut] from the working directory
    RESULTS = getattr(args, "results", RESULTS).resolve()
    {"list": cmd_list, "run": cmd_run, "show": cmd_show, "report": cmd_report}[args.cmd](args)


if __name__ == "__main__":
    main()
