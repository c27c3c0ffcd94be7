"""The command line: one module per command, each a thin wrapper over the library.

This package is the only place that imports typer or rich, prints, or exits.
"""

from __future__ import annotations

import typer

from .._version import __version__
from ._console import EXIT_CODES_HELP
from .check import check_cmd
from .lexicon import lexicon_cmd
from .export import export_cmd
from .parse import parse_cmd
from .schema import schema_cmd
from .show import show_cmd
from .text import text_cmd
from .validate import validate_cmd

app = typer.Typer(
    name="minutes",
    help="Turn local-government meeting papers into normalised YAML records.\n\n" + EXIT_CODES_HELP,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("parse")(parse_cmd)
app.command("text")(text_cmd)
app.command("validate")(validate_cmd)
app.command("check")(check_cmd)
app.command("schema")(schema_cmd)
app.command("lexicon")(lexicon_cmd)
app.command("show")(show_cmd)
app.command("export")(export_cmd)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"minutes {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """Turn local-government meeting papers into normalised YAML records."""


def main() -> None:
    app()
