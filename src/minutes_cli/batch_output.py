"""Where a batch's results go: record files or one JSONL file, the resume manifest, errors.

Layout of OUT:
  <rel>.yaml | <rel>.json   one record per input, mirroring the inputs' relative paths
  records.jsonl             with --format jsonl: one record per line, in input order
  errors.tsv                one row per failed input (input, error, message); only if any
  .minutes/manifest-<fmt>.tsv   rel, sha256, stamp[, start, end]: what is done (resume)

  .minutes/lock             held (flock) by the one run writing to OUT; gone with its process

Every record is committed before its manifest row: a record file by write-then-rename, a
JSONL line by write-and-flush. A run killed at any moment therefore leaves whole records
only, and the next run truncates a JSONL file back to its last manifested line and the
manifest back to its last whole row. A failed JSONL write is cut off at once.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path
from typing import IO, Any

from ._version import __version__
from .batch_lock import FATAL_ERRNOS, LOCK_FILE, STATE_DIR, Lock, OutputError, output_error

__all__ = ["FATAL_ERRNOS", "LOCK_FILE", "STATE_DIR", "ErrorLog", "FileWriter", "JsonlWriter", "Lock", "Manifest",
           "OutputError", "output_error", "stamp", "write_atomic"]
from .records import SCHEMA_VERSION
from .settings import Settings

ERRORS_FILE = "errors.tsv"
JSONL_FILE = "records.jsonl"
NEXT = ".next"  # the manifest a JSONL compaction commits to
SUFFIX = {"yaml": ".yaml", "json": ".json", "jsonl": ".jsonl"}
STALE_TEMP = re.compile(r"^\..+\.tmp$")  # ".a.txt.yaml.k3j9x2.tmp" left by a killed run


def _umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # pragma: no cover - not Linux
    os.umask(mask)
    return mask


def write_atomic(path: Path, text: str) -> None:
    """Write via a temporary file in the same directory, then rename: never half a file.

    The file gets the mode a plain `open(path, "w")` would give (0666 less the umask), not
    mkstemp's 0600. The temporary name holds at most 40 characters of the final name, so a
    name that fits its folder also fits as a temporary file.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def cut_torn_tail(path: Path, keep: int | None = None) -> None:
    """Truncate `path` after its last newline (or at `keep`): drop a line cut short."""
    with open(path, "r+b") as fh:
        size = fh.seek(0, os.SEEK_END)
        end = size if keep is None else min(keep, size)
        fh.seek(max(0, end - 65536))
        tail = fh.read(end - fh.tell())
        if keep is None and tail and not tail.endswith(b"\n"):
            end -= len(tail) - (tail.rfind(b"\n") + 1)
        if end < size:
            fh.truncate(end)


def stamp(settings: Settings, fmt: str) -> str:
    """What a record depends on besides its source: parser version, schema, format, settings."""
    digest = hashlib.sha1(repr(settings).encode("utf-8")).hexdigest()[:12]
    return f"{__version__}+s{SCHEMA_VERSION}+{fmt}+{digest}"


class Manifest:
    """The resume ledger of one format: rel -> (sha256 + stamp, start, end) for done inputs."""

    def __init__(self, out: Path, fmt: str, reset: bool) -> None:
        self.path = out / STATE_DIR / f"manifest-{fmt}.tsv"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.done: dict[str, tuple[str, int, int]] = {}
        self.valid_end = 0
        self.superseded: set[int] = set()  # JSONL lines a later row replaced (dropped at close)
        if fmt == "jsonl":
            finish_compaction(out, self.path)
        if reset:
            self.path.unlink(missing_ok=True)
        else:
            self._load()
        self.fh: IO[str] = open(self.path, "a", encoding="utf-8")

    def _load(self) -> None:
        if not self.path.exists():
            return
        cut_torn_tail(self.path)  # else the next row would be appended to the torn one
        rows = 0
        with open(self.path, encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) != 5 or not line.endswith("\n"):
                    continue  # a row cut short by a kill
                rows += 1
                old = self.done.get(parts[0])
                if old is not None and 0 <= old[1] != int(parts[3]):  # a killed run re-parsed it
                    self.superseded.add(old[1])
                self.done[parts[0]] = (f"{parts[1]}\t{parts[2]}", int(parts[3]), int(parts[4]))
                self.valid_end = max(self.valid_end, int(parts[4]))
        if rows > 2 * len(self.done) + 1000 and not self.superseded:
            self.rewrite()

    def is_done(self, rel: str, sha256: str, stamp: str) -> bool:
        entry = self.done.get(rel)
        return entry is not None and entry[0] == f"{sha256}\t{stamp}"

    def add(self, rel: str, sha256: str, stamp: str, start: int = -1, end: int = -1) -> None:
        self.fh.write(f"{rel}\t{sha256}\t{stamp}\t{start}\t{end}\n")
        self.fh.flush()
        if start >= 0:  # only JSONL needs this run's rows later (to find superseded lines)
            self.done[rel] = (f"{sha256}\t{stamp}", start, end)

    def rewrite(self, moved: dict[int, int] | None = None, target: Path | None = None) -> None:
        """Rewrite the ledger from memory (dropping repeats; remapping JSONL offsets)."""
        lines = []
        for rel, (value, start, end) in self.done.items():
            if moved is not None and start >= 0:
                if start not in moved:
                    continue
                start, end = moved[start], moved[start] + (end - start)
            lines.append(f"{rel}\t{value}\t{start}\t{end}\n")
        write_atomic(target or self.path, "".join(lines))

    def close(self) -> None:
        self.fh.close()


class FileWriter:
    """One record file per input under OUT, mirroring relative paths."""

    def __init__(self, out: Path, fmt: str, manifest: Manifest) -> None:
        self.out, self.suffix, self.manifest = out.resolve(), SUFFIX[fmt], manifest
        self.touched: set[Path] = set()

    def path_for(self, rel: str) -> Path:
        path = (self.out / (rel + self.suffix)).resolve()
        if not path.is_relative_to(self.out):  # defence in depth: archive names are cleaned already
            raise ValueError(f"output path escapes the output directory: {rel}")
        return path

    def exists(self, rel: str) -> bool:
        return self.path_for(rel).exists()

    def write(self, rel: str, text: str, sha256: str, stamp: str) -> None:
        path = self.path_for(rel)
        write_atomic(path, text)
        self.touched.add(path.parent)
        self.manifest.add(rel, sha256, stamp)

    def close(self) -> None:
        """Remove temporary files a killed earlier run left in the directories written to."""
        for folder in self.touched:
            for name in os.listdir(folder):
                if STALE_TEMP.match(name):
                    (folder / name).unlink(missing_ok=True)


class JsonlWriter:
    """OUT/records.jsonl: one line per record; the manifest holds each line's offsets."""

    def __init__(self, out: Path, manifest: Manifest) -> None:
        self.path, self.manifest = out / JSONL_FILE, manifest
        self.stale: set[int] = set(manifest.superseded)
        self.path.touch()
        cut_torn_tail(self.path, manifest.valid_end)  # drop lines written after the last manifest row
        self.fh: IO[bytes] = open(self.path, "ab")

    def exists(self, rel: str) -> bool:
        return True

    def _append(self, data: bytes) -> None:
        self.fh.write(data)
        self.fh.flush()

    def write(self, rel: str, text: str, sha256: str, stamp: str) -> None:
        start = self.fh.tell()
        try:
            self._append(text.encode("utf-8"))
        except OSError:
            self._rollback(start)
            raise
        old = self.manifest.done.get(rel)
        if old is not None and old[1] >= 0:
            self.stale.add(old[1])
        self.manifest.add(rel, sha256, stamp, start, self.fh.tell())

    def _rollback(self, start: int) -> None:
        """Cut a line the disk could not take whole (best effort: the next run cuts it too)."""
        try:
            self.fh.close()
        except OSError:
            pass
        try:
            os.truncate(self.path, start)
        except OSError:
            pass
        self.fh = open(self.path, "ab")

    def close(self) -> None:
        self.fh.close()
        if self.stale:
            self._compact()

    def _compact(self) -> None:
        """Drop lines superseded by a re-parse in this run; remap the manifest's offsets."""
        moved: dict[int, int] = {}
        tmp = self.path.with_name(f".{JSONL_FILE}.compact.tmp")
        with open(self.path, "rb") as src, open(tmp, "wb") as dst:
            offset = 0
            for line in src:
                if offset not in self.stale:
                    moved[offset] = dst.tell()
                    dst.write(line)
                offset += len(line)
        self.manifest.close()
        # The new ledger's ".next" file is the commit point: a run killed after it and
        # before both renames is finished by the next run (finish_compaction).
        self.manifest.rewrite(moved, self.manifest.path.with_name(self.manifest.path.name + NEXT))
        os.replace(tmp, self.path)
        os.replace(self.manifest.path.with_name(self.manifest.path.name + NEXT), self.manifest.path)


def finish_compaction(out: Path, manifest: Path) -> None:
    """Complete or undo a JSONL compaction a killed run left half done (see `_compact`)."""
    pending, compacted = manifest.with_name(manifest.name + NEXT), out / f".{JSONL_FILE}.compact.tmp"
    if pending.exists():
        if compacted.exists():
            os.replace(compacted, out / JSONL_FILE)
        os.replace(pending, manifest)
    else:
        compacted.unlink(missing_ok=True)


class ErrorLog:
    """OUT/errors.tsv, created on the first failure of a run (an old one is removed at start)."""

    def __init__(self, out: Path) -> None:
        self.path = out / ERRORS_FILE
        self.path.unlink(missing_ok=True)
        self.fh: IO[str] | None = None

    def add(self, origin: str, error: str, message: str) -> None:
        if self.fh is None:
            self.fh = open(self.path, "w", encoding="utf-8", errors="backslashreplace")
            self.fh.write("input\terror\tmessage\n")
        row = (_cell(origin), _cell(error), _cell(message))
        self.fh.write("\t".join(row) + "\n")
        self.fh.flush()

    def close(self) -> None:
        if self.fh is not None:
            self.fh.close()


def _cell(value: Any) -> str:
    return re.sub(r"[\t\r\n]+", " ", str(value))
