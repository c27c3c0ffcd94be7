"""minutes show: the evidence page, the paper's text with every value of its record in place."""

from __future__ import annotations

import inspect
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..show import show_path
from ._console import EXIT_CODES_HELP, handle_errors, settings_from


@handle_errors
def show_cmd(
    file: Annotated[str, typer.Argument(help="A paper (parsed now), or a record (.yaml/.yml/.json) made from one.")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the page here (default: standard output).")] = None,
    paper: Annotated[Optional[Path], typer.Option("--paper", help="The paper a record was made from (default: its source.path beside the record).")] = None,
    settings: Annotated[Optional[Path], typer.Option("--settings", help="A YAML settings file, as for minutes parse.")] = None,
) -> None:
    """Write one self-contained HTML page showing where each value was read.

    The page holds the normalised text (what minutes text prints) with
    every span of the record highlighted and coloured by kind, beside a
    panel of the record's sections. Click an entry to see its evidence,
    click a highlight to see its value; j/k step through the entries.
    It loads nothing from the network and opens from disk.

    A record is shown over its paper; when the paper's sha256 is not
    the record's, the page and a warning on stderr say so.

    Example: minutes show fixtures/minutes/parish-full-minutes.txt -o page.html

    Example: minutes show paper.txt.yaml --paper paper.txt -o page.html
    """
    shown = show_path(file, paper, settings_from(settings))
    for warning in shown.warnings:
        sys.stderr.write(f"warning: {warning}\n")
    if output is None:
        sys.stdout.write(shown.html)
        return
    try:
        output.write_text(shown.html, encoding="utf-8")
    except OSError as exc:
        sys.stderr.write(f"error: {output}: cannot write: {exc.strerror}\n")
        raise typer.Exit(1) from None


show_cmd.__doc__ = inspect.cleandoc(show_cmd.__doc__ or "") + "\n\n" + EXIT_CODES_HELP
