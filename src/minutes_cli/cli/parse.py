"""minutes parse: papers to records (stdout for one, a directory with -o)."""

from __future__ import annotations

import os
import sys
import tempfile
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..api import parse_path
from ..errors import MinutesError
from ..records import dumps
from ..settings import Settings
from ._console import EXIT_CODES_HELP, EXIT_FAILED, error_line, handle_errors


class Format(str, Enum):
    yaml = "yaml"
    json = "json"
    jsonl = "jsonl"


SUFFIX = {"yaml": ".yaml", "json": ".json", "jsonl": ".jsonl"}


def write_atomic(path: Path, text: str) -> None:
    """Write via a temporary file in the same directory, then rename: never half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@handle_errors
def parse_cmd(
    files: Annotated[list[str], typer.Argument(help="Papers to parse; '-' reads standard input.")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write DIR/<file name>.yaml per input.")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Record format.")] = Format.yaml,
    model: Annotated[Optional[str], typer.Option("--model", help="An installed trained spaCy pipeline to add PERSON entities.")] = None,
) -> None:
    """Parse meeting papers into normalised records.

    Example: minutes parse fixtures/wirral-style/decision.txt

    Example: minutes parse papers/*.txt -o records/
    """
    settings = Settings(spacy_model=model)
    failed = 0
    for name in files:
        try:
            record = parse_path(name, settings)
        except MinutesError as exc:
            error_line(str(exc))
            failed += 1
            continue
        text = dumps(record, fmt.value)
        if output is None:
            sys.stdout.write(("---\n" if len(files) > 1 and fmt is Format.yaml else "") + text)
        else:
            stem = "stdin" if name == "-" else Path(name).name
            write_atomic(output / (stem + SUFFIX[fmt.value]), text)
    if failed:
        raise typer.Exit(EXIT_FAILED)


parse_cmd.__doc__ = (parse_cmd.__doc__ or "") + "\n\n" + EXIT_CODES_HELP
