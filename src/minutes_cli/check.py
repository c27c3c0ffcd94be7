"""Golden records: find each source's golden, re-parse the source, compare the two.

The convention: a golden record sits beside its source with ".yaml" added to the whole
file name (`papers/cabinet.txt` -> `papers/cabinet.txt.yaml`). The parser is given the
source's file name alone, so a golden's `source.path` is the path relative to the
golden's own directory: the same wherever `minutes check` runs from, and no absolute
path ever lands in a golden. Files named README*, hidden files and record files
(.yaml, .yml, .json) are never treated as sources.

`compare(record, golden)` is the one comparison; pytest and `minutes check` both use it.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from ._deadline import DEFAULT_TIMEOUT
from .api import parse_bytes, read_path
from .errors import InputError, MinutesError
from .records import dumps, loads
from .settings import Settings

GOLDEN_SUFFIX = ".yaml"
NOT_SOURCES = (".yaml", ".yml", ".json")
SPAN_KEYS = ("span", "mentions", "evidence")

CHANGED, SPAN, ADDED, REMOVED = "changed", "span", "added", "removed"
PASSED, NO_GOLDEN, FAILED = "passed", "no_golden", "failed"


@dataclass(frozen=True, slots=True)
class Difference:
    """One difference between a fresh record and its golden, at a JSON path.

    kind: "changed" (a value), "span" (a span moved, the value did not), "added" (only in
    the fresh record) or "removed" (only in the golden).
    """

    path: str
    kind: str
    golden: Any = None
    actual: Any = None

    def as_dict(self) -> dict[str, Any]:
        return {"path": self.path, "kind": self.kind, "golden": self.golden, "actual": self.actual}


@dataclass(frozen=True, slots=True)
class Pair:
    """A source and where its golden belongs (`source` is None for an orphaned golden)."""

    source: Path | None
    golden: Path


@dataclass
class Outcome:
    """What checking one pair found. `record` is the fresh record (None if parsing failed)."""

    pair: Pair
    status: str  # passed | changed | no_golden | failed
    differences: list[Difference] = field(default_factory=list)
    error: str | None = None
    record: dict[str, Any] | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"source": _posix(self.pair.source), "golden": _posix(self.pair.golden),
                "status": self.status, "error": self.error,
                "differences": [d.as_dict() for d in self.differences]}


def compare(record: dict[str, Any], golden: dict[str, Any]) -> list[Difference]:
    """Every difference between a fresh record and its golden, in record order."""
    return _diff(golden, record, "$", False)


def _diff(old: Any, new: Any, path: str, in_span: bool) -> list[Difference]:
    if isinstance(old, dict) and isinstance(new, dict):
        return _diff_dicts(old, new, path, in_span)
    if isinstance(old, list) and isinstance(new, list) and not in_span:
        return _diff_lists(old, new, path)
    if old == new and type(old) is type(new):
        return []
    return [Difference(path, SPAN if in_span else CHANGED, old, new)]


def _diff_dicts(old: dict[str, Any], new: dict[str, Any], path: str, in_span: bool) -> list[Difference]:
    out: list[Difference] = []
    for key in [*new, *(k for k in old if k not in new)]:
        here = f"{path}.{key}"
        if key not in old:
            out.append(Difference(here, ADDED, None, new[key]))
        elif key not in new:
            out.append(Difference(here, REMOVED, old[key], None))
        else:
            out += _diff(old[key], new[key], here, in_span or key in SPAN_KEYS)
    return out


def _diff_lists(old: list[Any], new: list[Any], path: str) -> list[Difference]:
    """Align the lists on their elements' values with spans and ids left out, so one
    inserted or deleted element is reported once, not as a shift of all that follow."""
    out: list[Difference] = []
    matcher = difflib.SequenceMatcher(None, [_identity(v) for v in old], [_identity(v) for v in new], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        pairs = min(i2 - i1, j2 - j1) if tag in ("equal", "replace") else 0
        for k in range(pairs):
            out += _diff(old[i1 + k], new[j1 + k], f"{path}[{j1 + k}]", False)
        out += [Difference(f"{path}[{i}]", REMOVED, old[i], None) for i in range(i1 + pairs, i2)]
        out += [Difference(f"{path}[{j}]", ADDED, None, new[j]) for j in range(j1 + pairs, j2)]
    return out


def _identity(value: Any) -> str:
    """A list element's value for alignment: spans, pages and ids left out."""
    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: strip(v) for k, v in node.items() if k not in (*SPAN_KEYS, "id", "page")}
        return [strip(v) for v in node] if isinstance(node, list) else node
    return json.dumps(strip(value), sort_keys=True, ensure_ascii=False)


def golden_for(source: Path) -> Path:
    """Where the golden record of `source` lives: beside it, with ".yaml" added."""
    return source.with_name(source.name + GOLDEN_SUFFIX)


def is_source(path: Path) -> bool:
    name = path.name
    return not (name.startswith(".") or name.upper().startswith("README") or name.lower().endswith(NOT_SOURCES))


def find_pairs(paths: Iterable[str | Path]) -> list[Pair]:
    """Each source under `paths` (files or directories, walked recursively) with its golden.

    A golden given directly stands for its source. A golden whose source is gone is
    returned with `source=None`, so it is reported rather than silently skipped.

    Raises:
        InputError: a path does not exist.
    """
    pairs: dict[Path, Pair] = {}
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(str(path), "no such file or directory")
        files = _walk(path) if path.is_dir() else [path]
        for file in files:
            pair = _pair(file, explicit=not path.is_dir())
            if pair is not None:
                pairs.setdefault(pair.golden, pair)
    return sorted(pairs.values(), key=lambda p: p.golden.as_posix())


def _walk(root: Path) -> list[Path]:
    """Files under `root`, sorted, leaving out hidden folders (.git, .venv) and __pycache__."""
    return sorted(p for p in root.rglob("*") if p.is_file() and not any(
        part.startswith(".") or part == "__pycache__" for part in p.relative_to(root).parts[:-1]))


def _pair(file: Path, explicit: bool) -> Pair | None:
    if file.name.endswith(GOLDEN_SUFFIX) and _looks_golden(file):
        source = file.with_name(file.name[: -len(GOLDEN_SUFFIX)])
        return Pair(source if source.is_file() else None, file)
    if is_source(file) or explicit:
        return Pair(file, golden_for(file))
    return None


def _looks_golden(file: Path) -> bool:
    """`x.txt.yaml` is a golden (its stem has a suffix); `settings.yaml` is not."""
    stem = file.name[: -len(GOLDEN_SUFFIX)]
    return "." in stem.lstrip(".") and is_source(Path(stem))


def fresh_record(source: Path, settings: Settings | None = None,
                 timeout: float | None = DEFAULT_TIMEOUT) -> dict[str, Any]:
    """Parse `source` as check does (named by its file name), as a golden would read back."""
    data, _ = read_path(source)
    record = parse_bytes(data, source.name, settings, timeout)
    return loads(dumps(record), source.name)


def check_pair(pair: Pair, settings: Settings | None = None, timeout: float | None = DEFAULT_TIMEOUT) -> Outcome:
    """Re-parse one source and compare it with its golden (a bug in one source fails that pair only)."""
    if pair.source is None:
        return Outcome(pair, FAILED, error=f"{pair.golden}: golden record has no source beside it")
    try:
        record = fresh_record(pair.source, settings, timeout)
    except MinutesError as exc:
        return Outcome(pair, FAILED, error=str(exc))
    except Exception as exc:  # a defect, named as one: never passed off as bad input
        return Outcome(pair, FAILED, error=f"{pair.source}: internal error (a bug in minutes): "
                                           f"{type(exc).__name__}: {str(exc)[:200]}")
    if not pair.golden.exists():
        return Outcome(pair, NO_GOLDEN, record=record)
    try:
        golden = loads(pair.golden.read_text(encoding="utf-8"), str(pair.golden))
    except (MinutesError, OSError, UnicodeDecodeError) as exc:
        return Outcome(pair, FAILED, error=str(exc) if isinstance(exc, MinutesError) else f"{pair.golden}: {exc}",
                       record=record)
    differences = compare(record, golden)
    return Outcome(pair, CHANGED if differences else PASSED, differences, record=record)


def check_paths(paths: Iterable[str | Path], settings: Settings | None = None,
                timeout: float | None = DEFAULT_TIMEOUT) -> list[Outcome]:
    """Check every source under `paths` against its golden."""
    return [check_pair(pair, settings, timeout) for pair in find_pairs(paths)]


def summary(outcomes: Iterable[Outcome]) -> dict[str, int]:
    """Counts: checked (sources parsed), passed, changed, no_golden, failed."""
    counts = {"checked": 0, PASSED: 0, CHANGED: 0, NO_GOLDEN: 0, FAILED: 0}
    for outcome in outcomes:
        counts[outcome.status] += 1
        counts["checked"] += outcome.pair.source is not None
    return counts


def _posix(path: Path | None) -> str | None:
    return path.as_posix() if path is not None else None
