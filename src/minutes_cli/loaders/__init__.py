"""One loader per format, chosen by content first and by suffix second.

A loader is `load_<format>(data, name, settings) -> Loaded`. The registry maps a format
name to "module:function", imported lazily so `minutes parse x.txt` never pays for the
PDF or DOCX libraries.
"""

from __future__ import annotations

import hashlib
from importlib import import_module
from typing import Callable

from ..document import Document, Source
from ..errors import LoadError, UnsupportedFormat
from ..settings import Settings
from ._textbuild import Loaded

Loader = Callable[[bytes, str, Settings], Loaded]

LOADERS: dict[str, str] = {
    "txt": "minutes_cli.loaders.txt:load_txt",
}

SUFFIXES: dict[str, str] = {
    ".txt": "txt", ".text": "txt", ".md": "txt", ".markdown": "txt",
    ".htm": "txt", ".html": "txt", "": "txt",
}


def sniff(data: bytes, name: str) -> str:
    """Name the format of `data` from its first bytes, falling back to its suffix."""
    head = data[:2048].lstrip()
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    suffix = ("." + name.rsplit(".", 1)[-1].lower()) if "." in name.rsplit("/", 1)[-1] else ""
    return SUFFIXES.get(suffix, "txt")


def get_loader(fmt: str, name: str) -> Loader:
    """Return the loader for a format name, importing its module on first use."""
    target = LOADERS.get(fmt)
    if target is None:
        raise UnsupportedFormat(name, f"{fmt.upper()} files are not supported")
    module, func = target.split(":")
    return getattr(import_module(module), func)  # type: ignore[no-any-return]


def load(data: bytes, name: str, settings: Settings) -> Document:
    """Load bytes into a Document (text and blocks only; no stage has run)."""
    if len(data) > settings.max_bytes:
        raise LoadError(name, f"file is larger than the limit of {settings.max_bytes} bytes")
    fmt = sniff(data, name)
    loaded = get_loader(fmt, name)(data, name, settings)
    source = Source(name, loaded.format, hashlib.sha256(data).hexdigest(), loaded.pages)
    doc = Document(text=loaded.text, source=source, blocks=loaded.blocks)
    doc.hints.update(loaded.hints)
    return doc
