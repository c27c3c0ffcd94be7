"""minutes validate: check records against the schema, their spans and their quotes."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from ..validate import validate_file
from ._console import EXIT_CODES_HELP, EXIT_FAILED, EXIT_OK, error_line, handle_errors


class ValidateFormat(str, Enum):
    text = "text"
    json = "json"


@handle_errors
def validate_cmd(
    records: Annotated[list[Path], typer.Argument(help="Record files (YAML or JSON).")],
    source: Annotated[Path | None, typer.Option("--source", "-s", help="The paper the record was parsed from (one record only).")] = None,
    fmt: Annotated[ValidateFormat, typer.Option("--format", "-f", help="text: one line per error on stderr; json: a report on stdout.")] = ValidateFormat.text,
) -> None:
    """Validate records against the schema; with their source, check spans and quotes too.

    The source is --source, or else the record's source.path when it exists (relative to
    the record's folder first, then to the current folder). Quoted text must equal the text
    at its span: decisions, decision items and contributions with whitespace folded
    (" ".join(text[start:end].split())), dates exactly.

    Example: minutes validate fixtures/*.yaml

    Example: minutes validate record.yaml --source paper.txt
    """
    if source is not None and len(records) > 1:
        raise typer.BadParameter("--source goes with one record only", param_hint="--source")
    results = [validate_file(path, source) for path in records]
    if fmt is ValidateFormat.json:
        sys.stdout.write(json.dumps({"records": results}, ensure_ascii=False, indent=2) + "\n")
    else:
        for result in results:
            for err in result["errors"]:
                error_line(f"{result['file']}: {err['path']}: {err['message']} [{err['code']}]")
        bad = sum(not r["valid"] for r in results)
        sys.stderr.write(f"{len(results) - bad} valid, {bad} invalid\n")
    raise typer.Exit(EXIT_FAILED if any(not r["valid"] for r in results) else EXIT_OK)


validate_cmd.__doc__ = (validate_cmd.__doc__ or "") + "\n\n" + EXIT_CODES_HELP
