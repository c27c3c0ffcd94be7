"""About how many inputs a batch has, for the progress bar (cheap: no member is read)."""

from __future__ import annotations

import glob
import os
import tarfile
import zipfile
from pathlib import Path

from .archive import ARCHIVE_READ_ERRORS, _walk, is_archive


def _count_one(arg: str, exclude: Path | None, max_scan: int) -> int | None:
    if arg == "-" or (os.path.isfile(arg) and not is_archive(arg)):
        return 1
    if os.path.isdir(arg):
        return sum(1 for _ in _walk(arg, exclude))
    if os.path.isfile(arg) and arg.lower().endswith(".zip"):
        with zipfile.ZipFile(arg) as zf:
            return sum(1 for i in zf.infolist() if not i.filename.endswith("/"))
    if os.path.isfile(arg):
        if os.path.getsize(arg) > max_scan:
            return None
        with tarfile.open(arg, mode="r|*") as tf:
            return sum(1 for i in tf if not i.isdir())
    return len(glob.glob(arg, recursive=True)) or 1


def count(args: list[str], exclude: Path | None = None, max_scan: int = 256_000_000) -> int | None:
    """About how many entries `expand` will yield (for a progress bar); None if unknown or costly.

    Archives inside directories count as one; a tar archive over `max_scan` bytes is not
    scanned (that would decompress it twice).
    """
    total = 0
    for arg in args:
        try:
            n = _count_one(arg, exclude, max_scan)
        except ARCHIVE_READ_ERRORS:
            n = 1
        if n is None:
            return None
        total += n
    return total
