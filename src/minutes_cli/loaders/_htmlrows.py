"""Table rows as lines: a row's cells folded and joined by " | ", one row or all at once.

A grid of a thousand rows (Legistar's meeting list) spends most of its time here when
each row is read in Python, cell by cell. `row_lines` reads every row of a table in one
XSLT pass instead (libxslt writes each cell's text, its white space folded, a tab after
each cell and a line end after each row), and Python finishes the folding and the empty
cells on the whole text at once; `row_line(text_cells(row))` stays the definition (a test
compares the two on rows written to be awkward).
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree
from lxml.etree import tostring

from ._textbuild import _CONTROLS, fold

CELL_SEPARATOR = " | "
CELLS = frozenset({"td", "th"})
# Joins a row's cell texts to fold them in one call: a private-use character, not white space.
CELL_MARK = "\ue000"
# A table (or its body) with this many rows, none holding blocks, is read in one XSLT pass
# (`row_lines`); fewer rows are read one by one.
MANY_ROWS = 16
ROW_GROUPS = frozenset({"table", "tbody", "thead", "tfoot"})
# Every <tr> in document order, one line each ending "\n"; each of its <td>/<th> children
# as XPath normalize-space() gives it (space, tab, CR and LF folded), followed by a tab (loops:
# ~10% faster than templates matched at each row and cell).
ROWS = etree.XSLT(etree.XML("""\
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="text" encoding="utf-8"/>
  <xsl:template match="/"><xsl:for-each select="//tr"><xsl:for-each select="td|th">
    <xsl:value-of select="normalize-space(.)"/><xsl:text>&#9;</xsl:text></xsl:for-each>
    <xsl:text>&#10;</xsl:text></xsl:for-each></xsl:template>
</xsl:stylesheet>"""))
# What str.split() takes for white space and normalize-space() does not (NBSP above all),
# and the characters `fold` deletes (`_CONTROLS`).
ODD_SPACE = re.compile("[\x0b\x0c\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
ODD = re.compile(f"{ODD_SPACE.pattern}|{_CONTROLS.pattern}")
# The Latin-1 characters ODD matches, as bytes: a text of Latin-1 characters holds one of them
# exactly when deleting them from its Latin-1 bytes shortens it (`_has_odd`).
LATIN1_ODD = bytes(code for code in range(256) if ODD.match(chr(code)))
# Empty cells at a row's end hold no place: their tabs and the row's last go.
TRAILING_EMPTY = re.compile("\t+(?=\n)")


def row_line(cells: list[str]) -> str:
    """A row's folded cells as one line, an empty cell kept as an empty column ("24-01 | | Pass")
    so the cells after it stay under their headers; empty cells at the row's end hold no place
    ("Item 9. |" would end a sentence with a bar) and are left out; "" when every cell is empty."""
    if "" not in cells:
        return CELL_SEPARATOR.join(cells)
    while cells and not cells[-1]:
        cells = cells[:-1]
    return " ".join(CELL_SEPARATOR.join(cells).split())


def text_cells(row: Any) -> list[str]:
    """The folded text of each cell of a row that holds no line breaks, in order, empty cells
    included: the cells' texts joined by a character they do not hold, folded once."""
    texts = [tostring(c, method="text", encoding=str, with_tail=False) for c in row if c.tag in CELLS]
    joined = CELL_MARK.join(texts)
    if joined.count(CELL_MARK) != len(texts) - 1:  # the mark is in a cell: fold each alone
        return [fold(t) for t in texts]
    return [part.strip() for part in fold(joined).split(CELL_MARK)]


def row_lines(group: Any) -> dict[Any, str]:
    """`row_line(text_cells(row))` of every row under `group` (itself included)."""
    rows = list(group.iter("tr"))
    text = _fold_cells(str(ROWS(group)))
    # "a\t\tb\t\t\n" -> "a | | b": the empty cells at the end go, each tab left separates two
    # cells, and an empty cell leaves two spaces between its bars (or one before the first)
    for _ in range(3):  # most rows end in one empty cell or none
        if "\t\n" not in text:
            break
        text = text.replace("\t\n", "\n")
    else:
        text = TRAILING_EMPTY.sub("", text)
    text = text.replace("\t", CELL_SEPARATOR).replace("  ", " ")
    lines = [line[1:] if line[:1] == " " else line for line in text.split("\n")]
    if len(lines) != len(rows) + 1:  # pragma: no cover - one line a row, each ended by "\n"
        return {}
    return dict(zip(rows, lines))


def _fold_cells(text: str) -> str:
    """The cells of `text` (each normalize-space()d, ended by a tab; rows ended by "\n") as
    `fold` gives them: the white space that normalize-space() left becomes one space at most,
    and none next to a tab, a line end or the text's start."""
    if not _has_odd(text):
        return text
    text = text.replace("\xa0", " ")  # by far the most common, and fast to replace alone
    if _has_odd(text):
        text = ODD_SPACE.sub(" ", _CONTROLS.sub("", text))
    while "  " in text:
        text = text.replace("  ", " ")
    text = text.replace(" \t", "\t").replace("\t ", "\t").replace(" \n", "\n").replace("\n ", "\n")
    return text[1:] if text[:1] == " " else text


def _has_odd(text: str) -> bool:
    """`ODD.search(text) is not None`: for Latin-1 text (a page's rows, mostly) by one byte
    deletion in C, ~10x faster than the pattern's test of each character."""
    try:
        raw = text.encode("latin-1")
    except UnicodeEncodeError:
        return ODD.search(text) is not None
    return len(raw.translate(None, LATIN1_ODD)) != len(raw)
