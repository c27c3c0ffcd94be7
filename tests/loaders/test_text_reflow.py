"""Plain-text reflow cases from issue 10, each with its own test."""

from __future__ import annotations

from minutes_cli import parse_text
from minutes_cli.loaders import load
from minutes_cli.settings import Settings


def _blocks(text: str) -> list[tuple[str, str]]:
    doc = load(text.encode("utf-8"), "paper.txt", Settings())
    return [(b.kind, b.span.text(doc)) for b in doc.blocks]


def _lines(text: str) -> list[str]:
    return [t for _, t in _blocks(text)]


def test_a_short_title_after_a_label_line_is_its_own_block() -> None:
    assert _lines("Date: 12 March 2024\nPlanning Committee\nThe committee met at 7pm.\n") == [
        "Date: 12 March 2024", "Planning Committee", "The committee met at 7pm."]


def test_a_label_value_list_of_names_still_continues() -> None:
    assert _lines("Present: Mark Smith, Chief Financial Officer\nAnn Leigh, Director, Development Services\n") == [
        "Present: Mark Smith, Chief Financial Officer Ann Leigh, Director, Development Services"]


def test_list_item_indented_continuation_after_a_blank_line_is_rejoined() -> None:
    text = ("RESOLVED: That\n(1) the contract be awarded to Example Leisure Limited for a term of\n\n"
            "    ten years; and\n(2) the report be noted.\n")
    assert _lines(text) == ["RESOLVED: That",
                            "(1) the contract be awarded to Example Leisure Limited for a term of ten years; and",
                            "(2) the report be noted."]


def test_pipe_table_in_text_keeps_its_rows_and_the_vote_in_them() -> None:
    text = ("The motion was put to a recorded vote.\n| Member | Vote |\n|--------|------|\n| Cllr Ann Smith | For |\n"
            "| Cllr Ben Jones | Against |\nThe motion was carried.\n")
    assert _blocks(text) == [("paragraph", "The motion was put to a recorded vote."),
                             ("table_row", "Member | Vote"), ("table_row", "Cllr Ann Smith | For"),
                             ("table_row", "Cllr Ben Jones | Against"), ("paragraph", "The motion was carried.")]


def test_running_page_headers_of_a_text_export_are_dropped() -> None:
    text = ("11/13/18 -1- DRAFT\nThe Council considered the report on the new leisure centre and the\n\n"
            "11/13/18 -2- DRAFT\n\nfunding agreed with the county council for the next three years.\n"
            "11/13/18 -3- DRAFT\nRESOLVED: That the report be noted.\n")
    assert _lines(text) == ["The Council considered the report on the new leisure centre and the funding agreed "
                            "with the county council for the next three years.",
                            "RESOLVED: That the report be noted."]


UNBROKEN = ("MINUTES OF THE MEETING OF THE PARISH COUNCIL held on 4 March 2024 at 7pm. Present: Cllr Ann Smith "
            "(Chair), Cllr Ben Jones. Apologies were received from Cllr Carol Brown. 1. Declarations of interest. "
            "None were declared. 2. Minutes of the last meeting. RESOLVED: That the minutes of the meeting held on "
            "5 February 2024 be approved. PLANNING APPLICATIONS The council considered application 24/0012 for a "
            "new garage and noted that the parish had no objection to it. Moved by Cllr Smith. Seconded by Cllr "
            "Jones. 24/03/5 Finance. The clerk reported that the balance of the current account was £1,200 and "
            "that the payments listed had been made since the last meeting of the council. ") * 2


def test_text_with_no_line_breaks_is_split_into_blocks() -> None:
    lines = _lines(UNBROKEN)
    assert lines[:8] == [
        "MINUTES OF THE MEETING OF THE PARISH COUNCIL held on 4 March 2024 at 7pm.",
        "Present: Cllr Ann Smith (Chair), Cllr Ben Jones.", "Apologies were received from Cllr Carol Brown.",
        "1. Declarations of interest. None were declared.", "2. Minutes of the last meeting.",
        "RESOLVED: That the minutes of the meeting held on 5 February 2024 be approved.",
        "PLANNING APPLICATIONS",
        "The council considered application 24/0012 for a new garage and noted that the parish had no objection to it."]
    record = parse_text(UNBROKEN, "scraped.txt")
    assert any(d["text"].startswith("That the minutes of the meeting held on 5 February") for d in record["decisions"])


def test_an_indented_line_after_a_blank_at_the_start_is_text() -> None:
    assert _lines("\n  0") == ["0"]  # found by tests/test_properties.py: IndexError in reflow
