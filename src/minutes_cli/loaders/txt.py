"""Plain text: decode, normalise line endings, re-join wrapped lines."""

from __future__ import annotations

from ..settings import Settings
from ._text import decode
from ._textbuild import Loaded, TextBuilder
from .reflow import reflow


def load_txt(data: bytes, name: str, settings: Settings) -> Loaded:
    """Read a plain-text paper into blocks; page breaks (form feeds) number the pages."""
    text = decode(data, name).replace("\r\n", "\n").replace("\r", "\n")
    builder = TextBuilder(settings.repair_mojibake)
    pages = text.split("\f")
    for number, page in enumerate(pages, start=1):
        for block, kind in reflow(page):
            builder.add(block, kind, page=number if len(pages) > 1 else None)
    return builder.build("txt", pages=len(pages) if len(pages) > 1 else None)
