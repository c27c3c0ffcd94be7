"""The paper's text as HTML: every mark one element, nested by position, text escaped.

Spans nest (decisions hold their items, contributions hold dates), so marks become nested
elements: at one offset, marks that end close before marks that start open, and a longer
mark opens outside a shorter one (and, for the same span, a mark the panel does not
list outside one it lists, so the listed one's colour shows). Two marks that cross (neither holds the other) cannot
nest: the inner one is closed where the outer one ends and reopened as a continuation
fragment (class `cont`). Each mark has exactly one first fragment, `id="h<n>"`; every
fragment carries `data-h="<n>"`. Page starts become empty markers, so the page's text
content is the normalised text exactly.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from html import escape
from typing import Callable, Iterable, Sequence

from ..document import Block
from .marks import Mark

SEPARATOR = "\x00"


def page_starts(blocks: Iterable[Block]) -> list[tuple[int, int]]:
    """(offset, page) where each page's first block starts, for paged sources."""
    starts: list[tuple[int, int]] = []
    for block in blocks:
        if block.page is not None and (not starts or starts[-1][1] != block.page):
            starts.append((block.span.start, block.page))
    return starts


def pager(starts: Sequence[tuple[int, int]]) -> Callable[[int], int | None]:
    """A function giving the page that holds an offset (None for an unpaged source)."""
    offsets = [s for s, _ in starts]

    def page(offset: int) -> int | None:
        i = bisect.bisect_right(offsets, offset) - 1
        return starts[max(i, 0)][1] if starts else None

    return page


def _open(n: int, mark: Mark, first: bool) -> str:
    if first:
        return f'<span class="hl k-{mark.kind}" data-h="{n}" id="h{n}">'
    return f'<span class="hl k-{mark.kind} cont" data-h="{n}">'


def markup(text: str, marks: Sequence[Mark], pages: Sequence[tuple[int, int]] = ()) -> str:
    """HTML for `text` with one element per mark (crossing marks split into fragments)."""
    opening: dict[int, list[int]] = defaultdict(list)
    closing: dict[int, set[int]] = defaultdict(set)
    for n in sorted(range(len(marks)), key=lambda n: (marks[n].start, -marks[n].end, marks[n].listed, n)):
        opening[marks[n].start].append(n)
        if marks[n].end > marks[n].start:
            closing[marks[n].end].add(n)
    markers = {offset: page for offset, page in pages}
    out: list[str] = []
    texts: list[int] = []  # where in `out` the text pieces are, escaped all at once at the end
    stack: list[int] = []
    pos = 0
    for offset in sorted(set(opening) | set(closing) | set(markers)):
        if offset > pos:
            texts.append(len(out))
            out.append(text[pos:offset])
            pos = offset
        _close(out, stack, closing.get(offset, set()), marks)
        if offset in markers:
            out.append(f'<span class="page" data-page="{markers[offset]}"></span>')
        for n in opening.get(offset, ()):
            out.append(_open(n, marks[n], True))
            if marks[n].end > marks[n].start:
                stack.append(n)
            else:
                out.append("</span>")
    texts.append(len(out))
    out.append(text[pos:])
    out.extend("</span>" for _ in stack)  # only when a mark ends past the text (never after clamping)
    _escape(out, texts)
    return "".join(out)


def _escape(out: list[str], texts: list[int]) -> None:
    """HTML-escape the text pieces of `out` in one pass over their join (much faster than one
    call per piece); a text holding the separator itself is escaped piece by piece."""
    joined = SEPARATOR.join(out[i] for i in texts)
    if joined.count(SEPARATOR) == len(texts) - 1:
        for i, piece in zip(texts, escape(joined, quote=False).split(SEPARATOR)):
            out[i] = piece
    else:
        for i in texts:
            out[i] = escape(out[i], quote=False)


def _close(out: list[str], stack: list[int], ending: set[int], marks: Sequence[Mark]) -> None:
    """Close the marks in `ending`; marks opened inside them and still going are reopened."""
    left = len(ending)
    reopen: list[int] = []
    while left:
        n = stack.pop()
        out.append("</span>")
        if n in ending:
            left -= 1
        else:
            reopen.append(n)
    for n in reversed(reopen):
        out.append(_open(n, marks[n], False))
        stack.append(n)
