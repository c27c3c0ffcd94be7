"""minutes validate: check records against the schema, their spans and their quotes."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from ..errors import MinutesError, RecordError
from ..records import loads
from ..schema import Invalid
from ..validate import source_text, validate_record
from ._console import EXIT_CODES_HELP, EXIT_FAILED, EXIT_OK, error_line, handle_errors


class ValidateFormat(str, Enum):
    text = "text"
    json = "json"


@handle_errors
def validate_cmd(
    records: Annotated[list[Path], typer.Argument(help="Record files (YAML or JSON).")],
    source: Annotated[Optional[Path], typer.Option("--source", "-s", help="The paper the record was parsed from (one record only).")] = None,
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
    results = [_validate_file(path, source) for path in records]
    if fmt is ValidateFormat.json:
        sys.stdout.write(json.dumps({"records": results}, ensure_ascii=False, indent=2) + "\n")
    else:
        for result in results:
            for err in result["errors"]:
                error_line(f"{result['file']}: {err['path']}: {err['message']} [{err['code']}]")
        bad = sum(not r["valid"] for r in results)
        sys.stderr.write(f"{len(results) - bad} valid, {bad} invalid\n")
    raise typer.Exit(EXIT_FAILED if any(not r["valid"] for r in results) else EXIT_OK)


def _validate_file(path: Path, source: Path | None) -> dict[str, Any]:
    """Validate one record file; a file that is not a record is one error at "$"."""
    result: dict[str, Any] = {"file": path.as_posix(), "source": None, "valid": False, "errors": []}
    try:
        record = _read_record(path)
    except MinutesError as exc:
        result["errors"] = [Invalid("$", "record", str(exc)).as_dict()]
        return result
    found: list[Invalid] = []
    text = None
    src = source or _record_source(record, path)
    if src is not None and isinstance(record.get("source"), dict):
        result["source"] = src.as_posix()
        try:
            text, found = source_text(record, src)
        except MinutesError as exc:
            found = [Invalid("$.source.path", "source", str(exc))]
    found += validate_record(record, text)
    result["errors"] = [f.as_dict() for f in found]
    result["valid"] = not found
    return result


def _read_record(path: Path) -> dict[str, Any]:
    """Read a record with YAML's safe loader only (no Python objects are ever built)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RecordError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RecordError(f"{path}: cannot read: {exc}") from None
    return loads(text, str(path))


def _record_source(record: dict[str, Any], path: Path) -> Path | None:
    """The record's source.path when that file exists: beside the record, then from here."""
    name = record.get("source", {}).get("path") if isinstance(record.get("source"), dict) else None
    if not isinstance(name, str) or not name:
        return None
    for candidate in (path.parent / name, Path(name)):
        if candidate.is_file():
            return candidate
    return None


validate_cmd.__doc__ = (validate_cmd.__doc__ or "") + "\n\n" + EXIT_CODES_HELP
