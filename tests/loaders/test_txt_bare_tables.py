"""Pipe tables written without outer pipes ("a | b" over "--- | ---"), as GitHub and
converters write them, are table rows in .txt as they are in .md."""

from __future__ import annotations

from minutes_cli.loaders import load
from minutes_cli.settings import Settings

PAPER = """Minutes of Ashby Parish Council

Recorded vote on the precept:

Councillor | Vote
:--- | ---:
Cllr Ash | For
Cllr Beech | Against

The precept was agreed. Options were either | or, not a table.
"""


def _blocks(text: str, name: str) -> list[tuple[str, str]]:
    doc = load(text.encode(), name, Settings())
    return [(b.kind, doc.text[b.span.start:b.span.end]) for b in doc.blocks]


def test_a_table_without_outer_pipes_is_rows() -> None:
    assert _blocks(PAPER, "vote.txt") == [
        ("paragraph", "Minutes of Ashby Parish Council"),
        ("paragraph", "Recorded vote on the precept:"),
        ("table_row", "Councillor | Vote"),
        ("table_row", "Cllr Ash | For"),
        ("table_row", "Cllr Beech | Against"),
        ("paragraph", "The precept was agreed. Options were either | or, not a table.")]


def test_text_and_markdown_read_the_table_alike() -> None:
    assert _blocks(PAPER, "vote.txt") == _blocks(PAPER, "vote.md")


def test_a_pipe_in_prose_or_a_rule_alone_is_no_table() -> None:
    text = "Item 4 | Planning\nwas deferred.\n\n---\n\nNext meeting 3 May.\n"
    assert [kind for kind, _ in _blocks(text, "prose.txt")] == ["paragraph", "paragraph"]


def test_a_cut_table_of_one_cell_rows_stays_text() -> None:
    # text exports of web grids keep a header and rule but lose the cells: not rows
    text = "Council and committees\nNo. | Item |\n---|---|\nApologies Minutes: none received. |\n|\n"
    assert "table_row" not in [kind for kind, _ in _blocks(text, "export.txt")]
