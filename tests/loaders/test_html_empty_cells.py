"""Issue 10, "table cells are separated": an empty cell of an HTML grid stays an empty column,
so the cells after it stay under their headers (a Legistar row with no Action or Result)."""

from __future__ import annotations

from minutes_cli import parse_bytes
from minutes_cli.loaders import load
from minutes_cli.settings import Settings
from minutes_cli.text.tables import cells_of, tables

HEADERS = ["File #", "Ver.", "Agenda #", "Name", "Type", "Title", "Action", "Result", "Action Details"]
ROWS = [["24-0101", "1", "1.", "", "Resolution", "Approving the contract for street lighting repairs", "approved",
         "Pass", "Action details"],
        ["24-0102", "1", "2.", "", "Ordinance", "Amending the zoning code for corner lots", "", "", "Action details"],
        ["24-0104", "2", "", "", "Report", "Quarterly report of the finance director", "received and filed", "",
         "Action details"],
        ["24-0105", "1", "5.", "", "Report", "Annual report of the library board", "", "", ""],
        ["", "", "", "", "", "", "", "", ""]]


def _page(rows: list[list[str]]) -> bytes:
    """A Legistar meeting grid as saved: blank cells hold `&nbsp;` or nothing at all."""
    head = "".join(f'<th class="rgHeader">{h}</th>' for h in HEADERS)
    body = "".join('<tr class="rgRow">' + "".join(f"<td>{c or ('&nbsp;' if i % 2 else '')}</td>"
                                                   for i, c in enumerate(row)) + "</tr>" for row in rows)
    return ('<html><head><title>City Council - Meeting Minutes</title></head><body><h1>City Council</h1>'
            '<p>Meeting date: March 4, 2024</p><table class="rgMasterTable"><thead><tr>'
            f"{head}</tr></thead><tbody>{body}</tbody></table></body></html>").encode()


def test_empty_cells_are_empty_columns() -> None:
    lines = load(_page(ROWS), "grid.html", Settings()).text.split("\n")
    assert lines[2:] == [
        "File # | Ver. | Agenda # | Name | Type | Title | Action | Result | Action Details",
        "24-0101 | 1 | 1. | | Resolution | Approving the contract for street lighting repairs | approved | Pass"
        " | Action details",
        "24-0102 | 1 | 2. | | Ordinance | Amending the zoning code for corner lots | | | Action details",
        "24-0104 | 2 | | | Report | Quarterly report of the finance director | received and filed | | Action details",
        "24-0105 | 1 | 5. | | Report | Annual report of the library board"]


def test_cells_keep_their_columns() -> None:
    doc = load(_page(ROWS), "grid.html", Settings())
    row = next(i for i, b in enumerate(doc.blocks) if b.span.text(doc).startswith("24-0102"))
    cells = cells_of(doc, row)
    assert [c for c, _ in cells] == ROWS[1]
    assert all(doc.text[s.start:s.end] == c for c, s in cells)
    laid = [{role: cell for role, (cell, _) in r.cells.items()} for r in tables(doc, "en")[0]]
    assert laid == [
        {"number": "1.", "title": ROWS[0][5], "action": "approved", "result": "Pass"},
        {"number": "2.", "title": ROWS[1][5]},  # was title "Ordinance", action the title
        {"title": ROWS[2][5], "action": "received and filed"},  # was under Result
        {"number": "5.", "title": ROWS[3][5]}]


def test_no_decision_from_a_shifted_row() -> None:
    record = parse_bytes(_page(ROWS), "grid.html", Settings())
    texts = [d["text"] for d in record["decisions"]]
    assert ROWS[0][5] in texts
    assert not any("Ordinance" in t for t in texts)  # "Amending ...: Ordinance" was read as agreed


def test_cell_text_holding_the_join_mark() -> None:
    row = ["a\ue000b", "", "c"]
    doc = load(_page([row + [""] * 6]), "grid.html", Settings())
    assert doc.text.split("\n")[-1] == "a\ue000b | | c"  # the empty cells at the end hold no place
