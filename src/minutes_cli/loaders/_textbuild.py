"""TextBuilder: append blocks of text and record each Block's offsets.

Every loader ends here, so every format yields the same kind of `Document.text`: one
block a line, whitespace inside a block folded, artefacts repaired once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..document import Block, Span
from ._text import repair

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufeff\ufffe]")


@dataclass
class Loaded:
    """What a loader returns: the fixed text, its blocks and what it learned."""

    text: str
    blocks: list[Block]
    format: str
    pages: int | None = None
    hints: dict[str, Any] = field(default_factory=dict)


def fold(text: str) -> str:
    """Fold runs of white space to one space and strip the ends."""
    return _SPACES.sub(" ", _CONTROLS.sub("", text.replace("\n", " "))).strip()


class TextBuilder:
    """Collect blocks into one text, one block a line, recording spans."""

    def __init__(self, fix_mojibake: bool = True) -> None:
        self._parts: list[str] = []
        self._blocks: list[Block] = []
        self._pos = 0
        self._fix = fix_mojibake

    def add(self, text: str, kind: str = "paragraph", page: int | None = None,
            locator: str = "") -> Span | None:
        """Append one block; returns its span, or None when it is blank."""
        text = fold(repair(text, self._fix))
        if not text:
            return None
        if self._parts:
            self._parts.append("\n")
            self._pos += 1
        span = Span(self._pos, self._pos + len(text))
        self._parts.append(text)
        self._pos = span.end
        self._blocks.append(Block(span, kind, page, locator))
        return span

    def build(self, fmt: str, pages: int | None = None, **hints: Any) -> Loaded:
        return Loaded("".join(self._parts), self._blocks, fmt, pages, dict(hints))
