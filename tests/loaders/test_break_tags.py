"""Line-break tags written as text. Laserfiche WebLink's text view of a scanned paper ("Page10.aspx") escapes
its own markup, so the page shows "1. CALL TO ORDER <br /> Mayor Walsh called ..." with every line run into one
(seen on the WebLink sites of Orono, Mounds View, Brooklyn Center and other Minnesota cities); the same text copied
into a .txt keeps the tags. Either way each tag stands for the line end it was meant to be."""

from __future__ import annotations

import pytest

from minutes_cli import parse_bytes
from minutes_cli.loaders import load
from minutes_cli.settings import Settings

LINES = ["CITY COUNCIL MINUTES", "MAY 6, 2019", "1. CALL TO ORDER", "Mayor Walsh called the meeting to order.",
         "2. ROLL CALL", "Present: Mayor Walsh, Councilmembers Berg, Crane and Dunn."]


def _text(data: str, name: str) -> str:
    return load(data.encode("utf-8"), name, Settings()).text


@pytest.mark.parametrize("tag", ["<br />", "<br/>", "<br>", "<BR>", "<br  />"])
def test_break_tags_in_plain_text_are_line_ends(tag: str) -> None:
    assert _text(f" {tag} ".join(LINES) + f" {tag}\n", "weblink.txt").split("\n") == LINES


def test_escaped_break_tags_in_a_page_are_line_ends() -> None:
    body = " &lt;br /&gt; ".join(LINES)
    page = (f"<html><head><title>Laserfiche WebLink</title></head><body><div id='header'><a href='/'>Home</a></div>"
            f"<div class='PageTextContainer'>{body} &lt;br /&gt;</div></body></html>")
    assert _text(page, "page10.html").split("\n")[-len(LINES):] == LINES
    record = parse_bytes(page.encode("utf-8"), "page10.html")
    assert [(a["number"], a["title"]) for a in record["agenda_items"]] == [("1", "CALL TO ORDER"), ("2", "ROLL CALL")]
    assert [p["name"] for p in record["attendance"]["present"]] == ["Walsh", "Berg", "Crane", "Dunn"]


def test_other_angle_brackets_stay_as_written() -> None:
    text = "Minutes\n\nThe vote was 5 <6 and the budget <bracket> stayed.\n"
    assert _text(text, "plain.txt").split("\n") == ["Minutes", "The vote was 5 <6 and the budget <bracket> stayed."]
