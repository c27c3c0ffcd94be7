"""Outcome and item tables read by their column headers, and the kinds of raw web pages.

Every page here is written for the test in the markup shape of a real system (a Legistar
meeting grid, a big-city Legistar grid with sponsor and note columns, an eSCRIBE decision table,
a CivicClerk motion-result table, a Granicus action summary, a legislative file's detail page,
a CivicPlus agenda listing, a media player's page); none holds a real paper's words.
"""

from __future__ import annotations

from minutes_cli.api import parse_document
from minutes_cli.document import Document


def _page(body: str, title: str = "Meeting") -> Document:
    html = f"<!DOCTYPE html><html><head><title>{title}</title></head><body>{body}</body></html>"
    return parse_document(html.encode("utf-8"), "page.html")


def _table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


LEGISTAR_HEADER = ["File #", "Ver.", "Agenda #", "Name", "Type", "Title", "Action", "Result", "Action Details", "Video"]


def _legistar() -> Document:
    rows = [
        ["24-1101", "1", "1.", "", "Ceremonial", "Arbor Day Proclamation", "For Information Only", "", "Action details", "Video"],
        ["24-1102", "1", "2.", "", "Consent Item", "Purchase of Two Street Sweepers", "Approve", "Pass", "Action details", "Video"],
        ["24-1109", "1", "", "", "Consent Item", "Recognize the Retiring Fire Chief", "For Information Only", "", "Action details", "Video"],
        ["24-1103", "1", "3.", "", "Public Forum", "Public Forum", "", "", "Action details", "Video"],
        ["24-1104", "2", "4.", "", "Hearing", "Rezoning of the Old Mill Parcel", "Close the Public Hearing", "Pass", "Action details", "Video"],
        ["24-1104", "2", "4.", "", "Hearing", "Rezoning of the Old Mill Parcel", "Approve", "Pass", "Action details", "Video"],
        ["24-1105", "1", "5.", "", "Business Item", "Lease of the Harbour Kiosk", "Defer", "Fail", "Action details", "Video"],
        ["24-1106", "1", "6.", "", "Consent Item", "Library Roof Survey", "For Information Only", "Pass", "Action details", "Video"],
    ]
    meta = "<table><tr><td>Meeting Name:</td><td>City Council Business Meeting</td></tr></table>"
    return _page(meta + _table(LEGISTAR_HEADER, rows), "City of Exampleton - Meeting of City Council")


def test_legistar_grid_rows_with_an_outcome_are_decisions() -> None:
    doc = _legistar()
    assert [d.text for d in doc.decisions] == [
        "Approve: Purchase of Two Street Sweepers",
        "Close the Public Hearing: Rezoning of the Old Mill Parcel",
        "Approve: Rezoning of the Old Mill Parcel",
        "Defer: Lease of the Harbour Kiosk",
        "For Information Only: Library Roof Survey",
    ]
    assert [d.status for d in doc.decisions] == ["carried", "carried", "carried", "lost", "carried"]
    assert doc.decisions[0].evidence["result"].text(doc) == "Pass"


def test_legistar_grid_numbers_are_items_once_each() -> None:
    doc = _legistar()
    assert [(s.number, s.title) for s in doc.sections] == [
        ("1", "Arbor Day Proclamation"),
        ("2", "Purchase of Two Street Sweepers"),
        ("3", "Public Forum"),
        ("4", "Rezoning of the Old Mill Parcel"),
        ("5", "Lease of the Harbour Kiosk"),
        ("6", "Library Roof Survey"),
    ]


def test_a_grid_of_outcomes_is_minutes() -> None:
    assert _legistar().metadata["kind"] == "minutes"


def test_big_city_grid_with_sponsor_and_note_columns() -> None:
    header = ["File #", "Ver.", "Prime Sponsor", "Agenda #", "Agenda Note", "Name", "Type", "Summary", "Action",
              "Result", "Action Details", "Multimedia"]
    rows = [
        ["", "", "", "1.", "", "", "", "ROLL CALL", "", "", "", "Not available"],
        ["Res 0101-2025", "*", "Dana Quill", "", "", "Park hours", "Resolution",
         "Extending the opening hours of borough parks in summer", "Approved, by Council", "Pass",
         "Action details", "Not available"],
        ["Int 0202-2025", "*", "Lee Marsh", "", "", "Bike lanes", "Introduction",
         "Requiring protected bicycle lanes on arterial streets", "Referred to Comm by Council", "",
         "Action details", "Not available"],
    ]
    doc = _page(_table(header, rows))
    assert [d.text for d in doc.decisions] == [
        "Approved, by Council: Extending the opening hours of borough parks in summer",
        "Referred to Comm by Council: Requiring protected bicycle lanes on arterial streets",
    ]
    assert [d.status for d in doc.decisions] == ["carried", "referred"]


def test_escribe_decision_column_gives_the_subject() -> None:
    rows = [["1.", "Adoption of the Minutes of 4 March", "Carried"],
            ["2.", "Snow Clearing Service Levels", "Defeated"],
            ["3.", "Staff Presentation on Transit Ridership", "Received for information"]]
    doc = _page(_table(["Item", "Subject", "Decision"], rows))
    assert [(d.text, d.status) for d in doc.decisions] == [
        ("Adoption of the Minutes of 4 March", "carried"), ("Snow Clearing Service Levels", "lost")]


def test_civicclerk_motion_result_column() -> None:
    rows = [["A-1", "Approve the Consent Calendar", "Passed"],
            ["B-2", "Award of the Well Rehabilitation Contract", "Failed"]]
    doc = _page(_table(["Item #", "Item Description", "Motion Result"], rows))
    assert [(d.text, d.status) for d in doc.decisions] == [
        ("Approve the Consent Calendar", "carried"), ("Award of the Well Rehabilitation Contract", "lost")]


def test_granicus_action_summary_disposition_opens_with_its_outcome() -> None:
    rows = [["7", "Sidewalk Repair Program Budget Amendment", "Approved as amended"],
            ["8", "Appeal of the Hillcrest Fence Permit", "Continued to the next meeting"],
            ["9", "Quarterly Investment Report", "Received and filed"]]
    doc = _page(_table(["No.", "Description", "Disposition"], rows))
    assert [d.status for d in doc.decisions] == ["approved", "deferred", "noted"]
    assert [d.text for d in doc.decisions][0] == "Sidewalk Repair Program Budget Amendment"
    assert [(s.number, s.title) for s in doc.sections][:2] == [
        ("7", "Sidewalk Repair Program Budget Amendment"), ("8", "Appeal of the Hillcrest Fence Permit")]


def test_a_table_with_no_outcome_column_gives_no_decisions() -> None:
    rows = [["Ann Roe", "Chair", "Present"], ["Bob Poe", "Member", "Approve"]]
    doc = _page(_table(["Name", "Role", "Attendance"], rows) + "<p>The meeting was held in the hall.</p>")
    assert [d for d in doc.decisions if d.cue == "table"] == []


def test_legislative_file_detail_page_is_a_decision_of_its_title() -> None:
    body = (
        "<h1>Master Detail Report</h1><p>Legislative File ID 004512</p>"
        "<table><tr><td>Type:</td><td>Resolution</td><td>Status:</td><td>ADOPTED</td></tr>"
        "<tr><td>Title:</td><td>Authorizing the Streets Department to accept a grant for the repaving of "
        "the riverside promenade and related works.</td></tr>"
        "<tr><td>Introduced:</td><td>4/2/2019</td></tr></table>"
        "<h2>Legislative History</h2>"
        + _table(["Date", "Acting Body", "Action Taken", "Motion"],
                 [["4/2/2019", "CITY COUNCIL", "Introduced and Referred", "Pass"],
                  ["4/16/2019", "CITY COUNCIL", "ADOPTED", ""]])
    )
    doc = _page(body, "Master Detail Report")
    assert doc.metadata["kind"] == "decision"
    assert [(d.text, d.status) for d in doc.decisions] == [
        ("Authorizing the Streets Department to accept a grant for the repaving of the riverside promenade "
         "and related works.", "approved")]


def test_agenda_listing_page_is_other() -> None:
    body = ("<h2>Agenda Center</h2><p>Enter Search Terms</p>"
            "<h3>Parks Committee</h3><ul><li>Agenda | Minutes | Download</li></ul>"
            "<p>May 6, 2025 — Posted May 2, 2025 9:15 AM</p><p>Agenda</p><p>Download</p>"
            "<h3>Finance Committee</h3><ul><li>Agenda | Minutes | Download</li></ul><p>Agenda</p>")
    assert _page(body, "Agenda Center").metadata["kind"] == "other"


def test_media_player_page_is_other() -> None:
    body = ("<h1>Planning Board</h1><ul><li>Index</li><li>Agenda</li><li>Minutes</li><li>Share</li></ul>"
            "<p>Video Download</p><p>Audio Download</p><p>Agenda</p>")
    assert _page(body, "Planning Board").metadata["kind"] == "other"


def test_a_short_agenda_with_numbered_items_keeps_its_kind() -> None:
    body = "<h1>Agenda</h1><p>1. Apologies</p><p>2. Minutes</p><p>3. Planning</p>"
    assert _page(body, "Agenda").metadata["kind"] == "agenda"


def test_a_very_wide_table_completes_quickly() -> None:
    import time

    header = ["Title", "Action", "Result"] + [f"Col {n}" for n in range(300)]
    rows = [["Item"] * 150 for _ in range(200)]
    started = time.perf_counter()
    doc = _page(_table(header, rows))
    assert time.perf_counter() - started < 20  # generous: pathological input, not a benchmark
    assert [d for d in doc.decisions if d.cue == "table"] == []


def test_tables_are_made_once_per_paper_and_read_anew_for_another() -> None:
    """The stages share one paper's tables (text.tables keeps them); a copy of the paper, or one whose
    blocks changed, gets its own, laid out as they were the first time."""
    import copy
    import dataclasses

    from minutes_cli.text import tables as tables_module

    doc = _legistar()
    first = tables_module.tables(doc, "en")
    first.clear()  # what a caller does with its list leaves the kept tables as they were
    again = tables_module.tables(doc, "en")
    fresh = tables_module._tables(doc, "en")
    assert again == fresh and len(again) == 1 and len(again[0]) == 8
    other = copy.copy(doc)
    other.blocks = [dataclasses.replace(b) for b in doc.blocks[:-3]]  # fewer rows: not the kept tables
    assert tables_module.tables(other, "en") == tables_module._tables(other, "en") != fresh
    assert tables_module.tables(doc, "en") == fresh
