"""A small block walker over an lxml tree: headings, paragraphs, list items and table
rows, each on its own line, in document order.

Measured on a 190 KB ModernGov page: a few milliseconds with all structure kept, where
trafilatura dropped agenda headings and lists of resolutions. Ordered-list numbers are
rendered as labels ("1.", "a.", "iv.") because resolutions depend on them; a table row
whose cells hold only text becomes one line with its cells joined by " | ", an empty cell
kept as an empty column ("24-0101 | | Pass": `text.tables.cells_of` reads it back).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..text.numerals import roman
from ._htmlchrome import text_of
from ._htmlleaves import leaf_text
from ._htmlrows import MANY_ROWS, ROW_GROUPS, row_line, row_lines, text_cells
from ._htmlstack import stacked_blocks
from ._textbuild import fold

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Elements that hold no readable text, or only widgets.
SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object",
                  "button", "select", "input", "textarea", "img", "picture", "video", "audio",
                  "canvas", "map", "title", "meta", "link"})
# Elements that start and end a block of their own.
BLOCKS = frozenset({"p", "div", "li", "tr", "dt", "dd", "blockquote", "pre", "section", "article",
                    "main", "header", "footer", "ul", "ol", "dl", "table", "tbody", "thead",
                    "tfoot", "caption", "figcaption", "address", "center", "form", "fieldset",
                    "hr", "td", "th", "figure", "nav", "aside", "details", "summary"}) | HEADINGS
# Inside a table cell, these make the row more than one line of text.
CELL_BLOCKS = (BLOCKS | {"br"}) - {"td", "th", "tr", "tbody", "thead", "tfoot"}
# Blocks whose children the walker reads in ways of its own: never read as leaves.
GROUPS = frozenset({"ol", "ul"}) | ROW_GROUPS
# Elements deeper than this are read as one block (Python's recursion has a limit).
MAX_DEPTH = 150
# A text cell this short with a digit in it ("4.", "CA/89/23") labels the cell beside it.
SHORT_CELL = 12
# A block that is only an item label ("1.", "a)", "iv.", "12.3."), as eSCRIBE and CivicPlus
# put numbers in an element of their own: it labels the block after it.
LABEL_ONLY = re.compile(r"^\(?(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[ivxlcIVXLC]{1,6})[.)]$")


def _tag(el: Any) -> str:
    tag = el.tag  # a property lxml builds a string for at each read
    return tag.lower() if isinstance(tag, str) else ""


def list_label(kind: str, n: int) -> str:
    """The label a browser shows for item `n` of an `<ol type=kind>`: "3.", "c.", "iii."."""
    if kind in ("a", "A") and 1 <= n <= 26:
        label = chr(ord("a") + n - 1)
    elif kind in ("i", "I") and n >= 1:
        label = roman(n)
    else:
        return f"{n}."
    return (label.upper() if kind.isupper() else label) + "."


class BlockWalker:
    """Walk an element tree and collect (text, kind) blocks in document order."""

    def __init__(self, depth: int = 0, complex_rows: set[Any] | None = None,
                 lines: dict[Any, str] | None = None) -> None:
        self._depth = depth
        self._given = complex_rows  # the rows with blocks of their own, found once for the whole page
        self._complex: set[Any] = complex_rows if complex_rows is not None else set()
        self._lines: dict[Any, str] = {} if lines is None else lines  # rows read at once, shared
        self.blocks: list[tuple[str, str]] = []
        self._buf: list[str] = []
        self._prefix = ""
        self._labelled = False

    def _flush(self, kind: str = "paragraph") -> None:
        if not self._buf:
            return
        text = "".join(self._buf)
        self._buf = []
        if text.isspace():  # what `fold` empties (the line breaks between rows), not folded
            return
        text = fold(text)
        if text:
            self._emit(text, kind)

    def walk(self, el: Any) -> list[tuple[str, str]]:
        """Walk `el` and everything under it; returns all blocks collected so far."""
        if self._given is None:
            self._given = self._complex = rows_with_blocks(el)
        self._element(el)
        self._flush()
        if self._prefix:  # a label with nothing after it is text of its own
            self.blocks.append((self._prefix, "paragraph"))
            self._prefix, self._labelled = "", False
        return self.blocks

    def _element(self, el: Any, label: str = "", tag: str | None = None) -> None:
        """Walk `el` (`tag` is its lower-case tag when the caller has read it: lxml builds
        the string at each read)."""
        if tag is None:
            tag = _tag(el)
        if tag in SKIP or not tag:
            return
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:  # nesting no page needs: its text is one block
                self._flush()
                self._emit(fold(text_of(el)), "paragraph")
            elif tag == "br":
                self._flush()
            elif tag == "tr" and el not in self._complex:
                self._text_row(el)
            elif tag == "tr":
                self._flush()
                self._row(el)
            elif tag in BLOCKS:
                self._block(el, tag, label)
            else:
                self._inner(el, tag)
        finally:
            self._depth -= 1

    def _block(self, el: Any, tag: str, label: str) -> None:
        """A block element (of lower-case `tag`): its text one block, or its children's."""
        self._flush()
        if label:
            self._prefix, self._labelled = label, True
        kind = "heading" if tag in HEADINGS else "list_item" if tag == "li" else "paragraph"
        if not len(el):  # no children: `_inner` appends only its text
            text: str | None = el.text or ""
        else:  # a block of inline text: what `_inner` would append, at once (_htmlleaves)
            text = leaf_text(el, MAX_DEPTH - self._depth) if tag not in GROUPS else None
        if text is None:
            self._inner(el, tag)
            self._flush(kind)
            return
        # `_flush(kind)` with `text` alone in the buffer (emptied above): "" or white space folds to ""
        text = fold(text)
        if text:
            self._emit(text, kind)

    def _row(self, row: Any) -> None:
        """A row with block content: one line if each cell is one block, else a block each.

        In the second case a short cell ("4.", "16/09/6") prefixes the block after it.
        """
        stacked = stacked_blocks(row, self._sub_walk)
        if stacked is not None:  # a row of whole columns: numbers beside their headings
            for text, kind in stacked:
                self._emit(text, kind)
            return
        every = [self._sub_walk(c) for c in row if _tag(c) in ("td", "th")]
        cells = [c for c in every if c]
        if all(len(c) == 1 for c in cells):
            self._emit(row_line([c[0][0] if c else "" for c in every]), "table_row")
            return
        for blocks in cells:
            if len(blocks) == 1 and _is_ref(blocks[0][0]):
                self._prefix = f"{self._prefix} {blocks[0][0]}".strip()
                continue
            for text, kind in blocks:
                self._emit(text, kind)

    def _text_row(self, row: Any) -> None:
        """A row that holds no line breaks: one line, its cells joined."""
        self._flush()
        line = self._lines.get(row)
        if line is None:  # a page whose cells `row_lines` cannot fold
            line = row_line(text_cells(row))
        if line:
            self._emit(line, "table_row")

    def _sub_walk(self, cell: Any) -> list[tuple[str, str]]:
        return BlockWalker(self._depth, self._complex, self._lines).walk(cell)

    def _emit(self, text: str, kind: str) -> None:
        """Append a finished block, after the pending label if there is one."""
        # a label holds no space (no character of LABEL_ONLY is one): a sentence is ruled out at once
        if kind in ("paragraph", "heading") and not self._prefix and " " not in text and LABEL_ONLY.match(text):
            self._prefix, self._labelled = text, True
            return
        if self._prefix:
            text = f"{self._prefix} {text}"
            kind = "list_item" if self._labelled and kind == "paragraph" else kind
            self._prefix, self._labelled = "", False
        self.blocks.append((text, kind))

    def _inner(self, el: Any, tag: str) -> None:
        """Walk what `el` (of lower-case `tag`) holds: its text, its children and their tails."""
        if el.text:
            self._buf.append(el.text)
        if tag in ("ol", "ul"):
            for child, label, child_tag in _children(el, tag):
                self._element(child, label, child_tag)
                if child.tail:
                    self._buf.append(child.tail)
            return
        text_rows = self._depth < MAX_DEPTH  # a child is walked at depth + 1
        if text_rows and tag in ROW_GROUPS and self._read_rows(el):
            self._rows_read(el)
            return
        for child in el:
            child_tag = _tag(child)
            if text_rows and child_tag == "tr" and child not in self._complex:
                self._text_row(child)  # what `_element` does with it, minus two calls a row
            else:
                self._element(child, "", child_tag)
            if child.tail:
                self._buf.append(child.tail)

    def _read_rows(self, group: Any) -> bool:
        """Read the rows of a table, or of its body, at once when they are many and none of
        them holds blocks (each is then a text row); False when they are not."""
        rows = list(group.iterchildren("tr"))
        if len(rows) < MANY_ROWS or not self._complex.isdisjoint(rows):
            return False
        self._lines.update(row_lines(group))
        return True

    def _rows_read(self, group: Any) -> None:
        """`_inner`'s loop for a group whose rows are read (`_read_rows`): `_text_row` inlined."""
        lines, blocks = self._lines, self.blocks
        for child in group:
            line = lines.get(child)  # a row read (a `tr` child), found without reading its tag
            if line is not None:
                if self._buf:
                    self._flush()
                if line and self._prefix:
                    self._emit(line, "table_row")
                elif line:  # `_emit` of a table row without a pending label
                    blocks.append((line, "table_row"))
            else:
                self._element(child)
            if child.tail:
                self._buf.append(child.tail)


def rows_with_blocks(root: Any) -> set[Any]:
    """The rows under `root` that hold anything breaking their text into more than one line
    (a paragraph, a `<br>`, a nested table): found from those elements upwards, each element
    visited once (a test per row walks every cell's descendants, most rows hold none)."""
    rows: set[Any] = set()
    if next(root.iter("tr"), None) is None:  # no row to find (a page of paragraphs)
        return rows
    seen: set[Any] = set()
    for block in root.iter(*CELL_BLOCKS):
        if block is root:
            continue
        for el in block.iterancestors():
            if el in seen:
                break
            seen.add(el)
            if el.tag == "tr":
                rows.add(el)
            if el is root:
                break
    return rows


def _is_ref(text: str) -> bool:
    """Is a cell's text an item reference ("4.", "16/09/6/1", "CA/89/23")?"""
    return len(text) <= SHORT_CELL and any(c.isdigit() for c in text)


def _children(el: Any, tag: str) -> Iterator[tuple[Any, str, str]]:
    """Children of `el` (of lower-case `tag`), each with the label a browser would show before
    it and its own lower-case tag."""
    if tag not in ("ol", "ul"):
        yield from ((child, "", _tag(child)) for child in el)
        return
    kind = el.get("type", "1")
    try:
        n = int(el.get("start", "1"))
    except ValueError:
        n = 1
    for child in el:
        child_tag = _tag(child)
        if child_tag != "li":
            yield child, "", child_tag
            continue
        yield child, list_label(kind, n) if tag == "ol" else "•", child_tag
        n += 1
