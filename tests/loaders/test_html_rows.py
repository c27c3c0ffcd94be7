"""Rows read at once (one XSLT pass, `row_lines`) read as each row read alone."""

from __future__ import annotations

import pytest

from minutes_cli.loaders import _htmlwalk, load
from minutes_cli.loaders._htmlrows import MANY_ROWS, row_line, row_lines, text_cells
from minutes_cli.loaders.html import parse_html
from minutes_cli.settings import Settings

# Every character str.split() or `fold` treats differently from XPath's normalize-space(),
# as a character reference (libxml2 keeps even C0 controls made so).
ODD = [0x0B, 0x0C, 0x1C, 0x1F, 0x85, 0xA0, 0x1680, 0x2000, 0x2005, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
       0x3000, 0x01, 0x08, 0x0E, 0x1B, 0x7F, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xFFFE, 0x09, 0x0A, 0x0D]
CELLS = ["Planning Committee", "", " ", "&nbsp;", "a | b", "|", "\ue000", "x\ue000y", "<b>bold</b>word",
         "<a href='/a'>Agenda</a> <span>PDF</span>", "  two\n\tlines  ", "caf\u00e9 \U0001f600", "4.",
         "<i>in</i> <i>line</i>", "&#160;&#160;", "\u200b", "tail <br> after"]


def _table(rows: list[list[str]]) -> str:
    body = "".join("<tr>" + "".join(f"<{'th' if i == 0 and n == 0 else 'td'}>{c}</td>" for i, c in enumerate(r))
                   + "</tr>\n" for n, r in enumerate(rows))
    return f"<html><body><h1>Meetings</h1><table><tbody>{body}</tbody></table></body></html>"


def _rows() -> list[list[str]]:
    rows = [[f"a&#{cp};b", f" &#{cp};", f"&#{cp};", f"x &#{cp}; &#{cp};y"] for cp in ODD]
    rows += [[c, d] for c in CELLS for d in ("", CELLS[0])] + [[c] for c in CELLS] + [[]]
    rows += [["", "", "x"], ["x", "", "", ""], ["", "", ""], ["", "x", "", "y", ""], [""] * 40 + ["z"],
             ["a"] + [""] * 40]
    return rows


def test_rows_read_at_once_are_the_rows_read_one_by_one() -> None:
    root = parse_html(_table(_rows()), "grid.html")
    lines = row_lines(root)
    rows = list(root.iter("tr"))
    assert len(lines) == len(rows) > 80
    assert [lines[row] for row in rows] == [row_line(text_cells(row)) for row in rows]
    assert lines[rows[-2]] == "| | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | | z"


def test_nested_rows_are_read_too() -> None:
    page = _table([["outer", "<table><tr><td>in</td><td>&nbsp;</td></tr></table>"], ["b", "c"]])
    root = parse_html(page, "nested.html")
    lines = row_lines(root)
    assert [lines[row] for row in root.iter("tr")] == [row_line(text_cells(row)) for row in root.iter("tr")]
    assert list(lines.values()) == ["outer | in", "in", "b | c"]


@pytest.mark.parametrize("rows", [MANY_ROWS - 1, MANY_ROWS, 3 * MANY_ROWS])
def test_a_grid_loads_alike_read_at_once_or_row_by_row(rows: int, monkeypatch: pytest.MonkeyPatch) -> None:
    flat = [c for c in CELLS if "<br>" not in c]  # a row holding a line break is read alone
    grid = [flat[i % len(flat):][:4] + [f"&#{ODD[i % len(ODD)]};"] for i in range(rows)]
    data = _table(grid).replace("</tbody>", "</tbody></table><p>between</p><table><tr><td>1.</td><td>x</td></tr>")
    read_at_once: list[int] = []
    monkeypatch.setattr(_htmlwalk, "row_lines", lambda group: read_at_once.append(1) or row_lines(group))
    at_once = load(data.encode(), "grid.html", Settings())
    assert read_at_once == ([1] if rows >= MANY_ROWS else [])
    monkeypatch.setattr(_htmlwalk, "MANY_ROWS", 10**9)
    one_by_one = load(data.encode(), "grid.html", Settings())
    assert at_once.text == one_by_one.text and at_once.blocks == one_by_one.blocks
    assert len(at_once.blocks) > rows // 2
