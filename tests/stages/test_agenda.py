"""Agenda items and minute numbers, and the links from decisions and contributions."""

from __future__ import annotations

import pytest

from minutes_cli import parse_text

from ._helpers import parse


@pytest.mark.parametrize("lines, number, title", [
    pytest.param(["45. Planning applications"], "45", "Planning applications", id="number-dot"),
    pytest.param(["1/19 Minutes of the last meeting"], "1/19", "Minutes of the last meeting", id="slash-year"),
    pytest.param(["30/23 Budget Monitoring"], "30/23", "Budget Monitoring", id="slash-two-digit"),
    pytest.param(["PLA146/14 Land at Mill Lane"], "PLA146/14", "Land at Mill Lane", id="prefixed"),
    pytest.param(["(49)", "APOLOGIES FOR ABSENCE"], "49", "APOLOGIES FOR ABSENCE", id="paren-own-line"),
    pytest.param(["300 MINUTES"], "300", "MINUTES", id="bare-number-caps"),
    pytest.param(["33.1 Footpaths"], "33.1", "Footpaths", id="decimal"),
    pytest.param(["**1.Adoption of Minutes**"], "1", "Adoption of Minutes", id="bold-no-space"),
    pytest.param(["Item 5 Treasury Management"], "5", "Treasury Management", id="item-word"),
    pytest.param(["X. DEFERRED", "MATTERS"], "X", "DEFERRED MATTERS", id="roman-wrapped"),
])
def test_item_headings(lines: list[str], number: str, title: str) -> None:
    doc = parse("Minutes of the meeting\n\n" + "\n".join(lines) + "\n\nThe committee considered the report.\n")
    assert [(s.number, s.title) for s in doc.sections] == [(number, title)]


@pytest.mark.parametrize("text", [
    pytest.param("12.50 £ was paid to the clerk", id="amount"),
    # a heading's time or date wrapped onto a line of its own (Irish minutes converted from PDF)
    pytest.param("10AM.", id="time-caps-glued"),
    pytest.param("3.00 P.M.", id="time-caps-dotted"),
    pytest.param("7:30 pm", id="time-colon"),
    pytest.param("**17TH** **DECEMBER, 2021 AT 10.00 A.M.**", id="ordinal-date-line"),
    pytest.param("4th March 2024 Planning Committee", id="ordinal-date-title"),
    pytest.param("13\nthe report continued on the next page", id="page-number"),
    pytest.param("1. That the report be noted;", id="resolution-item"),
    pytest.param("For the Proposal\nCouncillors Ames, Birch and Cole\n(3)\nAgainst the Proposal\nCouncillor Dunne\n(1)",
                 id="vote-count-in-brackets"),
])
def test_not_items(text: str) -> None:
    assert parse("Minutes\n\n" + text + "\n").sections == []


@pytest.mark.parametrize("paragraph", [
    pytest.param("Ms Okafor answered questions from Members, including the following:-", id="person-then-colon-dash"),
    pytest.param("It was RESOLVED that the revised policy be approved and that comments be noted.", id="it-was"),
    pytest.param("Councillor Vance asked about the costs.", id="person-asked"),
    pytest.param("There were no questions from members of the public.", id="there-were"),
    pytest.param("Members discussed the proposal at length and raised the points set out below:", id="long-colon"),
])
def test_numbered_paragraphs_are_not_items(paragraph: str) -> None:
    doc = parse("Minutes\n\n1. The officer introduced the report and explained the background to the policy, "
                "which had been in place since the previous review of the service.\n\n2. " + paragraph + "\n")
    assert doc.sections == []


@pytest.mark.parametrize("title", [
    pytest.param("Apologies for Absence", id="apologies"),
    pytest.param("Minutes of the last meeting", id="minutes"),
    pytest.param("Councillor Question Time", id="honorific-word-in-title"),
    pytest.param("To receive the report of the Clerk on the village hall lease.", id="to-receive"),
    pytest.param("Report of the Director of Place: Highways maintenance", id="colon-inside"),
])
def test_short_titles_stay_items(title: str) -> None:
    doc = parse("Minutes\n\n4. " + title + "\n\nThe committee considered the matter.\n")
    assert [s.title for s in doc.sections] == [title]


def test_numbers_go_forward() -> None:
    doc = parse("Minutes\n\n44. MINUTES\n\nApproved.\n\n45. PLANNING\n\nThe list follows.\n\n3. Mill Lane\n\n"
                "46. FINANCE\n\nNoted.\n")
    assert [s.number for s in doc.sections] == ["44", "45", "46"]


def test_decisions_and_contributions_link_to_their_item() -> None:
    record = parse_text("Minutes\n\n7. Parking charges\n\nCouncillor Ames said that charges were too high.\n\n"
                        "RESOLVED: That the charges be frozen.\n\n8. Any other business\n\nNone.\n")
    assert [(i["id"], i["number"]) for i in record["agenda_items"]] == [("item-1", "7"), ("item-2", "8")]
    assert record["decisions"][0]["agenda_item"] == "item-1"
    assert record["speakers"][0]["contributions"][0]["agenda_item"] == "item-1"


def test_a_roman_numeral_added_in_settings_works() -> None:
    from minutes_cli import Settings

    text = "Minutes\n\nXXI. ANY OTHER BUSINESS\n\nNone.\n"
    assert parse_text(text)["agenda_items"] == []
    items = parse_text(text, settings=Settings(lexicon={"roman_numerals": {"XXI": "21"}}))["agenda_items"]
    assert [(a["number"], a["title"]) for a in items] == [("XXI", "ANY OTHER BUSINESS")]


@pytest.mark.parametrize("lines, numbers, titles", [
    # Australian business papers: the label in capitals before a decimal number
    pytest.param(["ITEM 8.1 DEVELOPMENT APPLICATION - 4 HILL ROAD", "ITEM 8.2 QUARTERLY BUDGET REVIEW"],
                 ["8.1", "8.2"], ["DEVELOPMENT APPLICATION", "QUARTERLY BUDGET REVIEW"], id="au-caps-decimal"),
    # English parish and residents' association minutes: capitals, then a colon, a dot or nothing
    pytest.param(["ITEM 1: COMMUNITY SAFETY", "ITEM 2. THE VILLAGE GREEN", "ITEM 3 ANY OTHER BUSINESS"],
                 ["1", "2", "3"], ["COMMUNITY SAFETY", "THE VILLAGE GREEN", "ANY OTHER BUSINESS"], id="parish-caps"),
    # US agendas and minutes: "Agenda Item No. 3." and "AGENDA ITEM 4 -"
    pytest.param(["Agenda Item No. 3. Park bond update", "AGENDA ITEM 4 - PUBLIC HEARING"],
                 ["3", "4"], ["Park bond update", "PUBLIC HEARING"], id="us-agenda-item"),
    # the last item of a US agenda in capitals after numbered ones
    pytest.param(["1. CALL TO ORDER", "ITEM 2 - ADJOURNMENT"], ["1", "2"], ["CALL TO ORDER", "ADJOURNMENT"],
                 id="caps-after-numbered"),
    pytest.param(["ITEM NO. 6 Notice of Motion - Footpaths"], ["6"], ["Notice of Motion - Footpaths"], id="caps-no"),
])
def test_item_label_in_capitals(lines: list[str], numbers: list[str], titles: list[str]) -> None:
    body = "\n\nThe committee considered the matter.\n\n".join(lines)
    doc = parse("Minutes of the meeting\n\n" + body + "\n\nThe committee considered the matter.\n")
    assert [s.number for s in doc.sections] == numbers
    assert [s.title for s in doc.sections] == titles


@pytest.mark.parametrize("line", [
    pytest.param("ITEMS 4 AND 5 WERE TAKEN TOGETHER", id="items-plural"),
    pytest.param("MINUTES 2023", id="minutes-year"),
    pytest.param("ITEMISED 3 accounts were paid", id="itemised"),
])
def test_capital_label_look_alikes_are_not_items(line: str) -> None:
    assert parse("Minutes of the meeting\n\n" + line + "\n\nThe committee considered the matter.\n").sections == []


def test_a_label_after_a_capitals_title_is_not_its_second_line() -> None:
    """eSCRIBE minutes saved as text put each cell on a line: the number, the title, then "PRESENT:"."""
    doc = parse("COUNCIL MEETING MINUTES\n\n1.\n\nCALL TO ORDER\n\nPRESENT:\n\nCouncillor Ann Birch\n\n"
                "2.\n\nMINUTES\n\nTHE MINUTES\n\nwere adopted.\n")
    assert [(s.number, s.title) for s in doc.sections] == [("1", "CALL TO ORDER"), ("2", "MINUTES THE MINUTES")]


@pytest.mark.parametrize("line, number, title", [
    # US roll call and file numbers as the item's number (Des Moines' roll call numbers, Legistar's file numbers)
    pytest.param("22-0076 MOTION TO ADJOURN.", "22-0076", "MOTION TO ADJOURN.", id="roll-call-number"),
    pytest.param("24-0412 Approval of the Minutes of the Regular Meeting", "24-0412",
                 "Approval of the Minutes of the Regular Meeting", id="legistar-file"),
    pytest.param("2024-0315 Resolution Authorizing a Paving Contract", "2024-0315",
                 "Resolution Authorizing a Paving Contract", id="four-digit-year-file"),
    pytest.param("23-00311 Adopt a Resolution Proclaiming Crime Victims Week", "23-00311",
                 "Adopt a Resolution Proclaiming Crime Victims Week", id="five-digit-file"),
    # the file number in a cell of its own before the item's number: the item's own number counts
    pytest.param("22-0073 | 1. ROLL CALL: Present: Cownie, Boesen and Voss.", "1", "ROLL CALL", id="ref-cell-then-number"),
    pytest.param("24-0101 | 3. CONSENT AGENDA", "3", "CONSENT AGENDA", id="ref-cell-caps"),
    pytest.param("2023-0456 | 5.1 Public hearing on the rezoning", "5.1", "Public hearing on the rezoning",
                 id="ref-cell-decimal"),
])
def test_us_file_numbers(line: str, number: str, title: str) -> None:
    doc = parse("Minutes of the City Council\n\n" + line + "\n\nThe council considered the matter.\n")
    assert [(s.number, s.title) for s in doc.sections] == [(number, title)]


@pytest.mark.parametrize("line, title", [
    pytest.param("7. MOTION TO ADJOURN. Moved by Mandelbaum to adjourn. Motion Carried 5-0.", "MOTION TO ADJOURN",
                 id="adjourn"),
    pytest.param("3. CONSENT AGENDA. Motion by Adams, second by Baker, to approve the consent agenda.", "CONSENT AGENDA",
                 id="consent"),
    pytest.param("4. PUBLIC HEARING. The Mayor opened the public hearing at 7:05 p.m. and no one spoke.",
                 "PUBLIC HEARING", id="hearing"),
    pytest.param("9. ADJOURNMENT. The meeting adjourned at 8:15 p.m.", "ADJOURNMENT", id="adjournment"),
    pytest.param("2. APPROVAL OF MINUTES. Motion by Clark to approve the minutes of March 5.", "APPROVAL OF MINUTES",
                 id="minutes"),
])
def test_a_capitals_heading_then_its_sentence(line: str, title: str) -> None:
    doc = parse("Minutes of the City Council\n\n" + line + "\n")
    assert [s.title for s in doc.sections] == [title]


@pytest.mark.parametrize("line", [
    pytest.param("2018-2022 Council Term Report", id="term-years"),
    pytest.param("283-4209 is the number to call", id="phone"),
])
def test_year_ranges_and_phone_numbers_are_no_items(line: str) -> None:
    assert parse("Minutes of the City Council\n\n" + line + "\n\nThe council noted it.\n").sections == []


@pytest.mark.parametrize("line, number", [
    # British Columbia and Ontario minutes title the minutes and agendas they adopt by the meeting's date
    pytest.param("2. April 12, 2021 Regular Council Meeting Agenda", "2", id="dot-then-date"),
    pytest.param("4.1 March 15, 2021 Regular Council Meeting Minutes", "4.1", id="decimal-then-date"),
    pytest.param("3. January 9, 2023 Committee of the Whole Minutes", "3", id="committee-minutes"),
    pytest.param("5.2 June 6, 2022 Public Hearing Report", "5.2", id="hearing-report"),
])
def test_a_numbered_item_titled_by_a_meetings_date(line: str, number: str) -> None:
    doc = parse("REGULAR COUNCIL MEETING MINUTES\n\n1. CALL TO ORDER\n\nThe meeting was called to order.\n\n"
                + line + "\n\nMOVED by Birch, seconded by Frost: THAT it be adopted. CARRIED\n")
    assert [s.number for s in doc.sections] == ["1", number]
    assert doc.sections[-1].title == line.split(" ", 1)[1]
