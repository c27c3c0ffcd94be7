"""What `minutes show` is given: a paper (parse it) or a record plus the paper it came from."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..api import parse_document, read_path
from ..errors import RecordError
from ..loaders import load
from ..records import loads, to_record
from ..schema import schema_errors
from ..settings import Settings
from ..validate import quote_errors
from .page import render

RECORD_SUFFIXES = (".yaml", ".yml", ".json")


@dataclass(frozen=True)
class Shown:
    """A rendered page and what the reader should be warned of (also shown in the page)."""

    html: str
    warnings: list[str] = field(default_factory=list)


def is_record(path: str | Path) -> bool:
    """A record file (`.yaml`, `.yml`, `.json`) rather than a paper."""
    return Path(path).suffix.lower() in RECORD_SUFFIXES


def show_path(path: str | Path, paper: str | Path | None = None, settings: Settings | None = None) -> Shown:
    """The evidence page of a paper, or of a record over its paper.

    A paper typed as an absolute path is recorded by its name, as `minutes parse` does, so
    the page holds no absolute path. A record's paper is `paper`, or else its source.path beside the record, then from the
    current folder. A paper whose sha256 is not the record's still renders, with a warning.

    Raises:
        RecordError: the record cannot be read, is not a valid record, or its paper is not found.
        LoadError / UnsupportedFormat: the paper cannot be read.
    """
    settings = settings or Settings()
    if Path(path).suffix.lower() == ".jsonl":
        raise RecordError(f"{path}: a JSONL file holds many records; show one record (.yaml or .json)")
    if not is_record(path):
        if paper is not None:
            raise RecordError(f"{path}: --paper goes with a record, and {path} is a paper")
        data, name = read_path(path)
        doc = parse_document(data, Path(name).name if Path(name).is_absolute() else name, settings)
        return Shown(render(to_record(doc), doc.text, doc.blocks))
    record = read_record(Path(path))
    source = Path(paper) if paper is not None else _paper_of(record, Path(path))
    data, name = read_path(source)
    doc = load(data, name, settings)
    warnings = _mismatches(record, str(path), name, data, doc.text)
    return Shown(render(record, doc.text, doc.blocks, warnings), warnings)


def _mismatches(record: dict[str, Any], path: str, name: str, data: bytes, text: str) -> list[str]:
    """Why the record's spans may not fit this paper: another paper (sha256), or the same
    paper read differently (its length, or quoted values that differ from their spans)."""
    digest, want = hashlib.sha256(data).hexdigest(), record["source"]["sha256"]
    if digest != want:
        return [f"{path}: source.sha256 does not match {name} (record {want[:12]}…, paper {digest[:12]}…): "
                "this is not the paper the record was made from, so highlights may point at the wrong text"]
    if len(text) != record["source"]["chars"]:
        return [f"{path}: the record says {record['source']['chars']} characters but {name} reads as {len(text)} "
                "(made by another version of minutes?), so highlights may point at the wrong text"]
    quotes = quote_errors(record, text)
    if quotes:
        return [f"{path}: {len(quotes)} quoted value(s) differ from the text at their span (first at "
                f"{quotes[0].path}), so highlights may point at the wrong text"]
    return []


def read_record(path: Path) -> dict[str, Any]:
    """A record file read with the safe loader and checked against the schema."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RecordError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RecordError(f"{path}: cannot read: {exc}") from None
    record = loads(text, str(path))
    errors = schema_errors(record)
    if errors:
        raise RecordError(f"{path}: not a valid record: {errors[0]}" +
                          (f" (and {len(errors) - 1} more; see minutes validate)" if len(errors) > 1 else ""))
    return record


def _paper_of(record: dict[str, Any], path: Path) -> Path:
    """The record's source.path beside the record, then from the current folder."""
    name = record["source"].get("path")
    if not isinstance(name, str) or not name:
        raise RecordError(f"{path}: the record names no source.path; give the paper with --paper")
    for candidate in (path.parent / name, Path(name)):
        if candidate.is_file():
            return candidate
    raise RecordError(f"{path}: its paper {name!r} is neither beside the record nor here; give it with --paper")
