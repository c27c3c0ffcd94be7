"""TextBuilder: append blocks of text and record each Block's offsets.

Every loader ends here, so every format yields the same kind of `Document.text`: one
block a line, whitespace inside a block folded, artefacts repaired once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..document import Block, FrontMatter, Span
from ._text import MOJIBAKE_MARKERS, repair

# Zero-width and control characters that are not white space to str.split()
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b\x7f\u200b-\u200d\u2060\ufeff\ufffe]")
# A block's Span and Block built by setting their slots: the frozen dataclasses' __init__ sets
# each field through object.__setattr__ (and Span's checks offsets the builder keeps valid),
# twice the time, a page of 4,000 blocks ~1 ms. The fields set are all of theirs (tested).
_new = object.__new__
_SPAN_START, _SPAN_END = (Span.__dict__[name].__set__ for name in ("start", "end"))
_BLOCK_SPAN, _BLOCK_KIND, _BLOCK_PAGE, _BLOCK_LOCATOR = (
    Block.__dict__[name].__set__ for name in ("span", "kind", "page", "locator"))


def _span(start: int, end: int) -> Span:
    """`Span(start, end)` for offsets known valid (0 <= start <= end)."""
    span = _new(Span)
    _SPAN_START(span, start)
    _SPAN_END(span, end)
    return span


def _block(span: Span, kind: str, page: int | None, locator: str) -> Block:
    """`Block(span, kind, page, locator)`."""
    block = _new(Block)
    _BLOCK_SPAN(block, span)
    _BLOCK_KIND(block, kind)
    _BLOCK_PAGE(block, page)
    _BLOCK_LOCATOR(block, locator)
    return block


@dataclass
class Loaded:
    """What a loader returns: the fixed text, its blocks and what it learned."""

    text: str
    blocks: list[Block]
    format: str
    pages: int | None = None
    hints: dict[str, Any] = field(default_factory=dict)
    front_matter: FrontMatter = field(default_factory=FrontMatter)


def fold(text: str) -> str:
    """Fold white space to single spaces and strip the ends.

    Everything `str.split()` treats as white space (NBSP, NEL, line and paragraph
    separators, ...) becomes a space, so a block holds no white space but single spaces
    and every quoted text equals `" ".join(text[span].split())` at its span.

    Fast paths, each equal to the definition (tested): a printable text holds no `_CONTROLS`
    character and no white space but U+0020 (the only printable one), so it is folded
    already when it holds no double space and no space at an end; otherwise the white space
    is folded first, and a printable result held no `_CONTROLS` character either (each is
    unprintable and none is white space to split away).
    """
    if text.isprintable():
        if "  " not in text and text[:1] != " " and text[-1:] != " ":
            return text
        return " ".join(text.split())
    folded = " ".join(text.split())
    if folded.isprintable():
        return folded
    return " ".join(_CONTROLS.sub("", text).split())


class TextBuilder:
    """Collect blocks into one text, one block a line, recording spans."""

    def __init__(self, fix_mojibake: bool = True) -> None:
        self._parts: list[str] = []
        self._blocks: list[Block] = []
        self._pos = 0
        self._fix = fix_mojibake
        self._repairs: dict[str, int] = {}

    def add(self, text: str, kind: str = "paragraph", page: int | None = None,
            locator: str = "", folded: bool = False) -> Span | None:
        """Append one block; returns its span, or None when it is blank. A caller that
        passes `folded` text (`fold` of something) saves folding it again."""
        fixed = repair(text, self._fix)
        if fixed != text:
            self._count_repair(text)
            text = fold(fixed)
        elif not folded:
            text = fold(text)
        if not text:
            return None
        if self._parts:
            self._parts.append("\n")
            self._pos += 1
        span = _span(self._pos, self._pos + len(text))
        self._parts.append(text)
        self._pos = span.end
        self._blocks.append(_block(span, kind, page, locator))
        return span

    def add_folded(self, blocks: list[tuple[str, str, str]]) -> None:
        """`add(text, kind, locator=locator, folded=True)` of each (text, kind, locator) in
        turn. When no block holds what `repair` looks for (sought once in the texts joined by
        line ends, which none of its markers holds), none is repaired: each non-blank one is
        appended as it is."""
        joined = "\n".join([text for text, _, _ in blocks])
        if "=" in joined or self._fix and any(marker in joined for marker in MOJIBAKE_MARKERS):
            for text, kind, locator in blocks:
                self.add(text, kind, locator=locator, folded=True)
            return
        parts, built, pos = self._parts, self._blocks, self._pos
        for text, kind, locator in blocks:
            if not text:
                continue
            if parts:
                parts.append("\n")
                pos += 1
            parts.append(text)
            built.append(_block(_span(pos, pos + len(text)), kind, None, locator))
            pos += len(text)
        self._pos = pos

    def _count_repair(self, raw: str) -> None:
        kind = "mojibake" if self._fix and any(m in raw for m in MOJIBAKE_MARKERS) else "old-Word apostrophes"
        self._repairs[kind] = self._repairs.get(kind, 0) + 1

    def build(self, fmt: str, pages: int | None = None, **hints: Any) -> Loaded:
        """The text and blocks; repairs made on the way are reported as T101 problems."""
        loaded = Loaded("".join(self._parts), self._blocks, fmt, pages, dict(hints))
        if self._repairs:
            loaded.hints.setdefault("problems", []).extend(
                ("T101", {"what": kind, "n": n}) for kind, n in sorted(self._repairs.items()))
        return loaded
