"""Inputs for a batch: files, directories, globs and archives, read member by member.

`expand(args, limits)` turns command-line arguments into a lazy, deterministic stream of
`Item`s (a paper's bytes, the name its record carries and the relative path its output
mirrors) and `Rejected` entries (an input that cannot be used, with the reason). Archives
(.zip, .tar, .tar.gz/.tgz, .tar.bz2, .tar.xz) are read in memory, never extracted: a member
whose name is absolute or climbs out with `..` is rejected, and so is a member larger than
`Limits.max_member_bytes` or an archive that expands beyond `Limits.max_total_bytes`.
"""

from __future__ import annotations

import glob
import os
import re
import sys
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterator, Union

from .errors import InputError

ARCHIVE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
GLOB_MAGIC = re.compile(r"[*?\[]")  # "papers/**/*.txt"
DRIVE = re.compile(r"^[A-Za-z]:")  # "C:\\evil.txt" inside a zip made on Windows
ARCHIVE_READ_ERRORS = (tarfile.TarError, zipfile.BadZipFile, EOFError, OSError, ValueError,
                       RuntimeError, NotImplementedError)


class UnsafeMember(InputError):
    """An archive member whose path is absolute or leaves the output directory."""


class TooLarge(InputError):
    """A member (or a whole archive's expansion) over the configured limit."""


class ArchiveError(InputError):
    """An archive that cannot be read (corrupt, truncated, encrypted)."""


@dataclass(frozen=True, slots=True)
class Limits:
    """Safety limits for reading inputs (bytes)."""

    max_member_bytes: int = 50_000_000
    max_total_bytes: int = 20_000_000_000


@dataclass(frozen=True, slots=True)
class Item:
    """One paper: `name` goes into its record, `rel` is its output path, `origin` is for messages."""

    name: str
    rel: str
    origin: str
    data: bytes


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input that could not be read; `error` is the error type's name."""

    origin: str
    error: str
    message: str


Entry = Union[Item, Rejected]


def is_archive(path: str) -> bool:
    return path.lower().endswith(ARCHIVE_SUFFIXES)


def safe_member_name(name: str) -> str:
    """Return a member's path as a clean relative POSIX path, or raise UnsafeMember."""
    path = name.replace("\\", "/")
    if path.startswith("/") or DRIVE.match(path):
        raise UnsafeMember(name, "absolute path in archive refused")
    parts = [p for p in path.split("/") if p not in ("", ".")]
    if ".." in parts:
        raise UnsafeMember(name, "path with '..' in archive refused")
    if not parts:
        raise UnsafeMember(name, "empty path in archive refused")
    return "/".join(parts)


def _rejected(origin: str, exc: Exception) -> Rejected:
    reason = exc.reason if isinstance(exc, InputError) else str(exc) or type(exc).__name__
    return Rejected(origin, type(exc).__name__, reason)


def _read_capped(fh: IO[bytes], name: str, limit: int) -> bytes:
    data = fh.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(name, f"member is larger than the limit of {limit} bytes")
    return data


class _Budget:
    """Counts the bytes one archive has expanded to; raises past the total limit."""

    def __init__(self, archive: str, limits: Limits) -> None:
        self.archive, self.limits, self.used = archive, limits, 0

    def check(self, size: int) -> None:
        if size > self.limits.max_member_bytes:
            raise TooLarge("", f"member is larger than the limit of {self.limits.max_member_bytes} bytes")
        if self.used + size > self.limits.max_total_bytes:
            raise TooLarge(self.archive, f"archive expands beyond the limit of {self.limits.max_total_bytes} bytes")

    def spend(self, size: int) -> None:
        self.used += size


def _member(archive: str, prefix: str, raw: str) -> tuple[str, str]:
    """(rel, origin) of an archive member; raises UnsafeMember."""
    if not _is_utf8(raw):
        raise UnsafeMember(raw, "member name is not valid UTF-8")
    rel = safe_member_name(raw)
    return (f"{prefix}/{rel}" if prefix else rel), f"{archive}:{raw}"


def _zip_members(path: str, prefix: str, limits: Limits) -> Iterator[Entry]:
    budget = _Budget(path, limits)
    with zipfile.ZipFile(path) as zf:
        for info in sorted(zf.infolist(), key=lambda i: i.filename):
            if info.filename.endswith("/"):  # is_dir(), which raises IndexError on an empty name
                continue
            origin = f"{path}:{info.filename}"
            try:
                rel, origin = _member(path, prefix, info.filename)
                budget.check(info.file_size)
                with zf.open(info) as fh:
                    data = _read_capped(fh, info.filename, limits.max_member_bytes)
                budget.check(len(data))
                budget.spend(len(data))
            except TooLarge as exc:
                yield _rejected(origin, exc)
                if exc.name == path:
                    return
                continue
            except (UnsafeMember, *ARCHIVE_READ_ERRORS) as exc:
                yield _rejected(origin, exc)
                continue
            yield Item(rel, rel, origin, data)


def _tar_members(path: str, prefix: str, limits: Limits) -> Iterator[Entry]:
    """Stream a tar (any compression) member by member, in archive order."""
    budget = _Budget(path, limits)
    with tarfile.open(path, mode="r|*") as tf:
        for info in tf:
            tf.members = []  # streaming: forget headers already read, so memory stays flat
            if info.isdir():
                continue
            origin = f"{path}:{info.name}"
            try:
                rel, origin = _member(path, prefix, info.name)
                if not info.isfile():
                    raise UnsafeMember(info.name, "links and special files in archives are refused")
                budget.check(info.size)
                fh = tf.extractfile(info)
                data = _read_capped(fh, info.name, limits.max_member_bytes) if fh else b""
                budget.spend(len(data))
            except TooLarge as exc:
                yield _rejected(origin, exc)
                if exc.name == path:
                    return
                continue
            except UnsafeMember as exc:
                yield _rejected(origin, exc)
                continue
            yield Item(rel, rel, origin, data)


def archive_members(path: str, limits: Limits, prefix: str = "") -> Iterator[Entry]:
    """Items of one archive; a corrupt archive ends with one Rejected entry."""
    reader = _zip_members if path.lower().endswith(".zip") else _tar_members
    try:
        yield from reader(path, prefix, limits)
    except ARCHIVE_READ_ERRORS as exc:
        yield Rejected(path, ArchiveError.__name__, f"cannot read archive: {exc}")


def _file(path: str, rel: str, name: str, limits: Limits) -> Iterator[Entry]:
    """A plain file (or an archive met while walking a directory)."""
    if is_archive(path):
        yield from archive_members(path, limits, prefix=rel)
        return
    try:
        if os.path.getsize(path) > limits.max_member_bytes:
            raise TooLarge(path, f"file is larger than the limit of {limits.max_member_bytes} bytes")
        with open(path, "rb") as fh:
            data = fh.read()
    except TooLarge as exc:
        yield _rejected(path, exc)
        return
    except OSError as exc:
        yield Rejected(path, "LoadError", f"cannot read: {exc.strerror}")
        return
    yield Item(name, rel, path, data)


def _walk(root: str, exclude: Path | None) -> Iterator[str]:
    """Files under root, sorted, skipping hidden names and the output directory."""
    for top, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and not (exclude and _same(Path(top, d), exclude)))
        for name in sorted(f for f in files if not f.startswith(".")):
            yield os.path.join(top, name)


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False


def _is_utf8(name: str) -> bool:
    """False for a name holding bytes that are not UTF-8 (decoded by Python as surrogates)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _tree(root: str, paths: Iterator[str], limits: Limits) -> Iterator[Entry]:
    for path in paths:
        rel = Path(os.path.relpath(path, root)).as_posix()
        if not _is_utf8(path):
            yield Rejected(os.fsencode(path).decode("utf-8", "backslashreplace"), "InputError",
                           "file name is not valid UTF-8")
            continue
        yield from _file(path, rel, rel, limits)


def _glob_root(pattern: str) -> str:
    parts = Path(pattern).parts
    fixed = [p for p in parts[: next(i for i, p in enumerate(parts) if GLOB_MAGIC.search(p))]]
    return str(Path(*fixed)) if fixed else "."


def expand_one(arg: str, limits: Limits, exclude: Path | None = None) -> Iterator[Entry]:
    """Entries of one command-line argument: a file, directory, glob or archive."""
    if arg == "-":
        yield Item("<stdin>", "stdin", "<stdin>", sys.stdin.buffer.read())
    elif os.path.isdir(arg):
        yield from _not_empty(arg, _tree(arg, _walk(arg, exclude), limits), "directory holds no files")
    elif os.path.isfile(arg) and is_archive(arg):
        yield from _not_empty(arg, archive_members(arg, limits), "archive holds no files")
    elif os.path.isfile(arg):
        name = os.path.basename(arg) if os.path.isabs(arg) else Path(arg).as_posix()
        yield from _file(arg, os.path.basename(arg), name, limits)
    elif GLOB_MAGIC.search(arg):
        matches = sorted(p for p in glob.glob(arg, recursive=True)
                         if os.path.isfile(p) and not (exclude and _inside(Path(p), exclude)))
        if not matches:
            yield Rejected(arg, "InputError", "no files match this pattern")
        yield from _tree(_glob_root(arg), iter(matches), limits)
    else:
        yield Rejected(arg, "LoadError", "no such file")


def _not_empty(arg: str, entries: Iterator[Entry], reason: str) -> Iterator[Entry]:
    """Pass entries through; an input that gives none is rejected, not silently skipped."""
    empty = True
    for entry in entries:
        empty = False
        yield entry
    if empty:
        yield Rejected(arg, "InputError", reason)


def expand(args: list[str], limits: Limits, exclude: Path | None = None) -> Iterator[Entry]:
    """Entries of all arguments, in argument order then path order."""
    for arg in args:
        yield from expand_one(arg, limits, exclude)
