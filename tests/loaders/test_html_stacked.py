"""A parish site's minutes as one layout row of whole columns: item numbers, text, actions.

The number column is spaced into line with the text column by empty lines; each number
must come before the heading it stands level with, not all numbers before all text.
"""

from __future__ import annotations

from minutes_cli.loaders import load
from minutes_cli.loaders._htmlstack import cell_lines, pair_numbers
from minutes_cli.settings import Settings

GAP = "<strong> </strong><div></div>"
LONG = ("The Council discussed the state of the play area fencing at some length, noting that the "
        "posts along the northern edge had rotted and that the gate no longer closed on its own. ") * 3


def _page() -> str:
    numbers = ("<strong>Item</strong><div></div><strong>22/03/1</strong><div></div>" + GAP * 3
               + "<strong>22/03/2</strong><div></div>" + GAP * 6
               + "<strong>22/03/3</strong><div></div>" + GAP * 4
               + "<strong>22/03/4</strong><div></div>" + GAP * 2)
    text = ("<strong>Apologies for absence</strong><div></div>Cllr Hale (holiday).<div></div> <div></div>"
            "<div></div><strong>Play area</strong><div></div>" + LONG + "<div></div>"
            "It was proposed that new posts be fitted. All in favour.<div></div> <div></div>"
            "<strong>Finance</strong><div></div><strong>iv. Payments</strong><div></div>"
            "<table><tr><td>101</td><td>Mowing</td><td>120.00</td></tr>"
            "<tr><td>102</td><td>Clerk salary</td><td>250.00</td></tr></table>"
            "<strong>Date of next meeting</strong><div></div>12th April 2022.")
    actions = "<strong>Action</strong><div></div>" + " <div></div>" * 6 + "<strong>Clerk</strong>"
    return ("<html><body><h1>Eastwold Parish Council</h1><table><tr>"
            f"<td width='70'>{numbers}</td><td width='600'>{text}</td><td width='90'>{actions}</td>"
            "</tr></table></body></html>")


def _lines(html: str) -> list[str]:
    return load(html.encode(), "parish.html", Settings()).text.split("\n")


def test_each_number_comes_before_the_heading_level_with_it() -> None:
    lines = _lines(_page())
    assert "22/03/1 Apologies for absence" in lines
    assert "22/03/2 Play area" in lines
    assert "22/03/3 iv. Payments" in lines  # a section heading over the item: the item is the last
    assert "22/03/4 Date of next meeting" in lines
    assert not any(line in ("22/03/1", "22/03/2", "22/03/3", "22/03/4") for line in lines)
    assert lines.index("22/03/2 Play area") < lines.index("It was proposed that new posts be fitted. All in favour.")
    assert lines.index("Finance") < lines.index("22/03/3 iv. Payments") < lines.index("101 | Mowing | 120.00")
    assert lines[-1] == "Clerk"


def test_empty_lines_keep_their_positions() -> None:
    from lxml import etree

    cell = etree.fromstring("<td><b>1.</b><div/> <div/><div/><b>2.</b></td>")
    assert cell_lines(cell) == [("1.", True), ("", False), ("", False), ("2.", True)]


def test_numbers_pair_in_order_and_a_heading_above_costs_more() -> None:
    lines = [("Head A", True), ("text", False), ("Head B", True), ("text", False), ("Head C", True)]
    # number 2 at line 3 sits between Head B (2) and Head C (4): the heading at or below wins
    assert pair_numbers([(0, "1"), (3, "2")], lines, 5) == {0: "1", 4: "2"}
    assert pair_numbers([(0, "1"), (1, "2"), (2, "3")], lines[:3], 3) == {}  # more numbers than headings


def test_a_row_without_a_number_column_is_read_cell_by_cell() -> None:
    html = ("<html><body><table><tr><td><p>Present</p><p>Cllr Ash</p></td>"
            "<td><p>Apologies</p><p>Cllr Beech</p></td></tr></table></body></html>")
    assert _lines(html) == ["Present", "Cllr Ash", "Apologies", "Cllr Beech"]
