"""Stacked layout columns: a table row whose cells are whole columns of a page.

Parish sites lay minutes out as one table row of three cells: a column of item numbers
("16/09/6/1"), a column of headings and paragraphs, a column of actions, each spaced
into line with the others by empty lines. Walked cell by cell, every number comes
before every heading. Here each line of a column keeps its position (an empty line
stays an empty position), the text column's lines are laid out at the column's width,
and each number labels the bold heading nearest its own height, in order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._htmlchrome import tag_of
from ._textbuild import fold

# Elements that end a line inside a layout cell.
LINE_BREAKS = frozenset({"div", "p", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table"})
BOLD = frozenset({"strong", "b"})
# A number column needs this many numbers to be one; a number is this short.
MIN_NUMBERS = 3
NUMBER_CHARS = 16
ABOVE_COST = 3.0
Slot = tuple[str, bool]  # a line's text and whether all of it is bold
# A nested table or list is this many lines a row or item, never bold.
NESTED = frozenset({"table", "ul", "ol", "dl"})


def cell_lines(cell: Any) -> list[Slot]:
    """The lines of a layout cell, empty ones included, each with its bold flag (a nested
    table or list gives one line a row or item)."""
    lines: list[Slot] = []
    parts: list[tuple[str, bool]] = [(cell.text or "", False)]
    for child in cell:
        tag = tag_of(child)
        if tag in NESTED:
            lines.append(_line(parts))
            rows = sum(1 for el in child.iter("tr", "li", "dt", "dd"))
            lines.extend([("", False)] * max(rows, 1))
            parts = []
        elif tag in LINE_BREAKS:
            lines.append(_line(parts))
            parts = [("".join(child.itertext()), False)] if tag not in ("div", "br") or len(child) else []
            if parts:
                lines.append(_line(parts))
                parts = []
        else:
            parts.append(("".join(child.itertext()), tag in BOLD))
        parts.append((child.tail or "", False))
    lines.append(_line(parts))
    return lines


def _line(parts: list[tuple[str, bool]]) -> Slot:
    text = fold("".join(t for t, _ in parts))
    return text, bool(text) and all(bold or not fold(t) for t, bold in parts)


def _heights(lines: list[Slot], height: int) -> list[float]:
    """Where each line of a text column starts, in lines of the number column: the text
    wraps at the width (in characters, found by bisection) that makes it as tall as the
    number column, as both columns end together in the page."""
    low, high = 10.0, 1000.0
    for _ in range(30):
        chars = (low + high) / 2
        if _wrapped(lines, chars)[-1] > height:
            low = chars
        else:
            high = chars
    return _wrapped(lines, high)[:-1]


def _wrapped(lines: list[Slot], chars: float) -> list[float]:
    """Start of each line, and the column's end, wrapping `chars` characters a line."""
    out, at = [], 0.0
    for text, _ in lines:
        out.append(at)
        at += max(1.0, -(-len(text) // chars))
    return out + [at]


def _heads(lines: list[Slot], heights: list[float]) -> list[tuple[int, float]]:
    """(line, height) of each run of consecutive bold lines: the run starts at its first
    line's height and its number labels its last line ("Finance and Policies" over
    "vii. Wish List Update": the item is the last heading of the run)."""
    heads: list[tuple[int, float]] = []
    for i, (_, bold) in enumerate(lines):
        if not bold:
            continue
        if heads and heads[-1][0] == i - 1:
            heads[-1] = (i, heads[-1][1])
        else:
            heads.append((i, heights[i]))
    return heads


def _distance(number: float, head: float) -> float:
    """How far a heading is from a number's line; a number is set level with its heading
    or above it (the text's wrapping is estimated), so a heading above costs thrice."""
    return head - number if head >= number else ABOVE_COST * (number - head)


def pair_numbers(numbers: list[tuple[int, str]], lines: list[Slot], height: int) -> dict[int, str]:
    """Line index in the text column -> the number that labels it: a monotone match of each
    number (at its line in a column `height` lines tall) to a bold line, least total distance."""
    heads = _heads(lines, _heights(lines, height))
    n, m = len(numbers), len(heads)
    if n == 0 or m < n:
        return {}
    inf = float("inf")
    # cost[i][j]: numbers[:i] matched into heads[:j]
    cost = [[0.0] * (m + 1)] + [[inf] * (m + 1) for _ in range(n)]
    for i in range(1, n + 1):
        for j in range(i, m + 1):
            take = cost[i - 1][j - 1] + _distance(numbers[i - 1][0], heads[j - 1][1])
            cost[i][j] = min(cost[i][j - 1], take)
    out: dict[int, str] = {}
    i, j = n, m
    while i > 0:
        if cost[i][j] == cost[i][j - 1] and j > i:
            j -= 1
            continue
        out[heads[j - 1][0]] = numbers[i - 1][1]
        i, j = i - 1, j - 1
    return out


Blocks = list[tuple[str, str]]


def is_number(text: str) -> bool:
    """A line of a number column: "16/09/6/1", "16/09/6/18vii", "4.", "CA/89/23"."""
    return 0 < len(text) <= NUMBER_CHARS and " " not in text and any(c.isdigit() for c in text)


def stacked_blocks(row: Any, walk: Callable[[Any], Blocks]) -> Blocks | None:
    """The blocks of a row laid out as stacked columns, each number before its heading;
    None when the row is not one (its first cell is not a column of numbers beside a
    column of bold headings, or a number finds no heading)."""
    cells = [c for c in row if tag_of(c) in ("td", "th")]
    if len(cells) < 2:
        return None
    first = cell_lines(cells[0])
    numbers = [(i, text) for i, (text, _) in enumerate(first) if is_number(text)]
    others = [text for text, _ in first if text and not is_number(text)]
    if len(numbers) < MIN_NUMBERS or len(others) > 1:
        return None
    content = max(cells[1:], key=lambda c: len("".join(c.itertext())))
    lines = cell_lines(content)
    pairs = pair_numbers(numbers, lines, len(first))
    if len(pairs) != len(numbers):
        return None
    blocks = walk(content)
    labelled = _label(blocks, [(lines[i][0], pairs[i]) for i in sorted(pairs)])
    if labelled is None:
        return None
    out: Blocks = [(text, "paragraph") for text in others]
    out += labelled
    for cell in cells[1:]:
        if cell is not content:
            out += walk(cell)
    return out


def _label(blocks: Blocks, heads: list[tuple[str, str]]) -> Blocks | None:
    """`blocks` with each heading's number put before the block that starts with it, in
    order; None when a heading is not found."""
    out = list(blocks)
    at = 0
    for head, number in heads:
        while at < len(out) and not out[at][0].startswith(head):
            at += 1
        if at == len(out):
            return None
        out[at] = (f"{number} {out[at][0]}", out[at][1])
        at += 1
    return out
