"""minutes text: print the normalised text every span in a record points into."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from ..api import read_document
from ..settings import Settings
from ._console import EXIT_CODES_HELP, handle_errors


@handle_errors
def text_cmd(
    file: Annotated[str, typer.Argument(help="A paper to read; '-' reads standard input.")],
    blocks: Annotated[bool, typer.Option("--blocks", help="Prefix each line with its block kind and page.")] = False,
    timeout: Annotated[float, typer.Option("--timeout", min=0, help="Seconds allowed to read the document (0: no limit).")] = 60.0,
) -> None:
    """Print the text of a paper as the parser sees it (spans index into this).

    Example: minutes text fixtures/decision-notice/cabinet-decision.txt
    """
    doc = read_document(file, Settings(), timeout or None)
    if not blocks:
        sys.stdout.write(doc.text + "\n")
        return
    for block in doc.blocks:
        page = f"p{block.page}" if block.page else ""
        sys.stdout.write(f"{block.kind:10} {page:4} {block.span.text(doc)}\n")


text_cmd.__doc__ = (text_cmd.__doc__ or "") + "\n\n" + EXIT_CODES_HELP
