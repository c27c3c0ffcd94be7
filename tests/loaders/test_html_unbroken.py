"""A page whose paper is one run of text: Laserfiche WebLink's document view ("DocView.aspx", used by Clarington,
Edina, Tigard, Los Altos Hills and many other towns) puts a scanned paper's whole text in one element with no line
breaks. Its breaks come back as a flattened text file's do, so headings, minute numbers and cue lines start lines."""

from __future__ import annotations

from minutes_cli import parse_bytes
from minutes_cli.loaders import load
from minutes_cli.settings import Settings

PAPER = ("TOWN OF EXAMPLE Council Minutes March 11, 1996 Minutes of a regular meeting of Council held on Monday, "
         "March 11, 1996, at 7:00 p.m., in the Council Chambers. ROLL CALL Present: Mayor D. Hart, Councillor A. Dunn, "
         "Councillor C. Ellis and Councillor L. Hale. 1. MINUTES OF PREVIOUS MEETING Moved by Councillor Dunn, seconded "
         "by Councillor Ellis THAT the minutes of a regular meeting of Council held on February 26, 1996, be approved. "
         "CARRIED. 2. DELEGATIONS Margaret Rose, of the Visual Arts Centre, presented an overview of the work of the "
         "Centre over the past year and of its plans for the summer programme. 3. COMMUNICATIONS Moved by Councillor "
         "Hale, seconded by Councillor Dunn THAT the communications listed on the agenda be received for information. "
         "CARRIED. 4. PLANNING REPORT The Director presented the report on the draft official plan, the comments "
         "received from residents and agencies, and the next steps towards a public meeting later in the spring. "
         "5. ADJOURNMENT Moved by Councillor Ellis, seconded by Councillor Hale THAT the meeting adjourn at "
         "8:40 p.m. CARRIED. ")


def _page(body: str) -> bytes:
    return (f"<html><head><title>Laserfiche WebLink</title></head><body><div>Loading...</div><div class='nav'>"
            f"<a href='/'>Home</a> <a href='/b'>Browse</a></div><div class='DocText'>{body}</div></body></html>").encode()


def test_a_paper_in_one_element_gets_its_lines_back() -> None:
    lines = load(_page(PAPER), "docview.html", Settings()).text.split("\n")
    assert "ROLL CALL" in lines
    assert any(line.startswith("2. DELEGATIONS") for line in lines)
    record = parse_bytes(_page(PAPER), "docview.html")
    assert [a["number"] for a in record["agenda_items"]] == ["1", "2", "3", "4", "5"]
    assert [(d["moved_by"], d["seconded_by"]) for d in record["decisions"]] == [
        ("Dunn", "Ellis"), ("Hale", "Dunn"), ("Ellis", "Hale")]


def test_a_long_paragraph_among_others_stays_whole() -> None:
    """A page with a long paragraph that is not most of its text is an ordinary page."""
    others = "".join(f"<p>{n}. ITEM {n} The committee considered item {n} and noted the report on it.</p>" for n in range(1, 30))
    text = load(_page(f"<p>{PAPER}</p>{others}"), "page.html", Settings()).text
    assert PAPER.strip() in text.split("\n")
