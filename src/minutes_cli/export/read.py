"""Records from files: YAML, JSON and JSONL files, directories and batch output folders.

One record at a time (a JSONL file is read line by line), so memory stays flat however
many records there are. A directory is walked in sorted order; hidden files and folders
(the batch's `.minutes/` manifest, `.x.yaml.tmp` files), `__pycache__` and files that are
not records by their suffix (`errors.tsv`, the papers themselves) are skipped.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

import yaml

from ..errors import RecordError
from ..records import loads

RECORD_SUFFIXES = (".yaml", ".yml", ".json", ".jsonl")
# An alias (`*name`) where a YAML node may start. Records never hold one; a file that seems
# to is loaded by a loader that refuses aliases, so a "billion laughs" file cannot expand.
_ALIAS = re.compile(r"(?:^|[\s\[{,:-])\*[^\s,\[\]{}]")


@dataclass(frozen=True)
class Loaded:
    """One record read from `origin` (a file, or `file:line` in JSONL), or why it could not be."""

    origin: str
    record: dict[str, Any] | None
    error: RecordError | None = None


class _NoAliasLoader(yaml.SafeLoader):
    """yaml.SafeLoader that refuses aliases instead of expanding them."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.YAMLError(f"aliases are not allowed in a record (line {event.start_mark.line + 1})")
        return super().compose_node(parent, index)


def load_yaml(text: str, name: str) -> dict[str, Any]:
    """A YAML record: the fast safe loader, or the alias-refusing one when an alias may be present."""
    if not _ALIAS.search(text):
        return loads(text, name)
    try:
        data = yaml.load(text, Loader=_NoAliasLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        raise RecordError(f"{name}: not valid YAML: {str(exc).splitlines()[0]}") from None
    if not isinstance(data, dict):
        raise RecordError(f"{name}: a record must be a mapping")
    return data


def _json_record(text: str, name: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordError(f"{name}: not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise RecordError(f"{name}: a record must be a JSON object")
    return data


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RecordError(f"{path}: cannot read: {exc}") from None


def _jsonl(path: Path) -> Iterator[Loaded]:
    try:
        fh = open(path, encoding="utf-8")
    except OSError as exc:
        yield Loaded(str(path), None, RecordError(f"{path}: cannot read: {exc.strerror}"))
        return
    with fh:
        for number, line in enumerate(fh, 1):
            if line.strip():
                origin = f"{path}:{number}"
                try:
                    yield Loaded(origin, _json_record(line, origin))
                except RecordError as exc:
                    yield Loaded(origin, None, exc)


def read_file(path: Path) -> Iterator[Loaded]:
    """The records of one file (one, or one per line of a .jsonl)."""
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _jsonl(path)
        return
    try:
        if suffix not in RECORD_SUFFIXES:
            raise RecordError(f"{path}: not a record file (expected {', '.join(RECORD_SUFFIXES)})")
        text = _read_text(path)
        record = _json_record(text, str(path)) if suffix == ".json" else load_yaml(text, str(path))
    except RecordError as exc:
        yield Loaded(str(path), None, exc)
        return
    yield Loaded(str(path), record)


def _walk(root: Path) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(RECORD_SUFFIXES):
                yield Path(folder) / name


def read_records(paths: Iterable[str | Path]) -> Iterator[Loaded]:
    """Every record under `paths` (files and directories), in order, one at a time."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for file in _walk(path):
                yield from read_file(file)
        elif path.exists():
            yield from read_file(path)
        else:
            yield Loaded(str(path), None, RecordError(f"{path}: no such file or directory"))
