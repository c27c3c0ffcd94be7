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
from ..errors import LoadError, MinutesError, StageError, UnsupportedFormat
from ..settings import Settings
from ._sniff import SUFFIXES, sniff
from ._textbuild import Loaded

__all__ = ["LOADERS", "SUFFIXES", "Loaded", "get_loader", "load", "sniff"]

Loader = Callable[[bytes, str, Settings], Loaded]

LOADERS: dict[str, str] = {
    "txt": "minutes_cli.loaders.txt:load_txt",
    "markdown": "minutes_cli.loaders.markdown:load_markdown",
    "html": "minutes_cli.loaders.html:load_html",
    "pdf": "minutes_cli.loaders.pdf:load_pdf",
    "docx": "minutes_cli.loaders.docx:load_docx",
}
# Formats recognised but not read here, with what to do instead.
NOT_READ: dict[str, str] = {
    "zip": "file is a zip archive; read archives with 'minutes batch'",
}


def get_loader(fmt: str, name: str) -> Loader:
    """Return the loader for a format name, importing its module on first use."""
    target = LOADERS.get(fmt)
    if fmt in NOT_READ:
        raise UnsupportedFormat(name, NOT_READ[fmt])
    if target is None:
        raise UnsupportedFormat(name, f"{fmt.upper()} files are not supported")
    module, func = target.split(":")
    return getattr(import_module(module), func)  # type: ignore[no-any-return]


def _run_loader(fmt: str, data: bytes, name: str, settings: Settings) -> Loaded:
    """Run one loader; a defect in it (not bad input) is raised naming the loader."""
    loader = get_loader(fmt, name)
    try:
        return loader(data, name, settings)
    except MinutesError:
        raise
    except Exception as exc:  # a bug in the loader, never reported as a bad file
        raise StageError(f"load:{fmt}", name, exc) from exc


def load(data: bytes, name: str, settings: Settings) -> Document:
    """Load bytes into a Document (text and blocks only; no stage has run)."""
    if len(data) > settings.max_bytes:
        raise LoadError(name, f"file is larger than the limit of {settings.max_bytes} bytes")
    if not data.strip():
        raise LoadError(name, "file is empty")
    fmt = sniff(data, name)
    loaded = _run_loader(fmt, data, name, settings)
    problems = loaded.hints.pop("problems", [])
    source = Source(name, loaded.format, hashlib.sha256(data).hexdigest(), loaded.pages)
    doc = Document(text=loaded.text, source=source, blocks=loaded.blocks, front_matter=loaded.front_matter)
    doc.hints.update(loaded.hints)
    for code, message in problems:  # e.g. ("P701", "page 3 has no text layer")
        doc.problem(code, message, stage="load")
    return doc
