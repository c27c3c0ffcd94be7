"""The public API: parse_text, parse_bytes, parse_path.

The library never prints or exits; bad input raises a `MinutesError` subclass whose
message names the file. Each document has a time limit (`timeout`, 60 s by default; None
for none): past it, `TimeLimitExceeded`. The limit uses SIGALRM in the main thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ._deadline import DEFAULT_TIMEOUT, time_limit
from .document import Document
from .errors import LoadError
from .loaders import load
from .pipeline import Pipeline
from .records import to_record
from .settings import Settings


def parse_document(data: bytes, name: str, settings: Settings | None = None,
                   pipeline: Pipeline | None = None, timeout: float | None = DEFAULT_TIMEOUT) -> Document:
    """Load bytes and run the pipeline over them; returns the annotated Document."""
    settings = settings or Settings()
    with time_limit(timeout, name):
        doc = load(data, name, settings)
        return (pipeline or Pipeline.for_settings(settings))(doc, settings)


def parse_bytes(data: bytes, name: str, settings: Settings | None = None,
                timeout: float | None = DEFAULT_TIMEOUT) -> dict[str, Any]:
    """Parse one paper given as bytes; returns its record (a plain dict)."""
    with time_limit(timeout, name):
        return to_record(parse_document(data, name, settings, timeout=None))


def parse_text(text: str, name: str = "<text>", settings: Settings | None = None,
               timeout: float | None = DEFAULT_TIMEOUT) -> dict[str, Any]:
    """Parse a paper given as a string; returns its record."""
    return parse_bytes(text.encode("utf-8"), name, settings, timeout)


def read_path(path: str | Path) -> tuple[bytes, str]:
    """Read a file's bytes, or standard input for '-'.

    Raises:
        LoadError: the path is missing, a directory or unreadable.
    """
    if str(path) == "-":
        import sys

        return sys.stdin.buffer.read(), "<stdin>"
    path = Path(path)
    if not path.exists():
        raise LoadError(str(path), "no such file")
    if path.is_dir():
        raise LoadError(str(path), "is a directory")
    try:
        return path.read_bytes(), str(path)
    except OSError as exc:
        raise LoadError(str(path), f"cannot read: {exc.strerror}") from exc


def read_document(path: str | Path, settings: Settings | None = None,
                  timeout: float | None = DEFAULT_TIMEOUT) -> Document:
    """Load a file into a Document without running any stage."""
    data, name = read_path(path)
    with time_limit(timeout, name):
        return load(data, name, settings or Settings())


def parse_path(path: str | Path, settings: Settings | None = None,
               timeout: float | None = DEFAULT_TIMEOUT) -> dict[str, Any]:
    """Parse one file; returns its record.

    Raises:
        LoadError: the path is missing, a directory, unreadable, empty or not text.
        TimeLimitExceeded: parsing took longer than `timeout` seconds.
    """
    data, name = read_path(path)
    return parse_bytes(data, name, settings, timeout)
