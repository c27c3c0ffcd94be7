"""A meeting's heading sentence wrapped by the page over several lines is read whole: the title is the
sentence up to where the place begins ("HELD"), the body the name after "MEETING OF (THE)", the meeting's
date the one after "ON". A line that is only a link, or a converter's scanned-page notice, is no title.

The texts are written for these tests in the shapes councils use (Irish city and county councils and
municipal districts, Northern Irish district councils, English parish councils, an Australian shire);
every name in them is made up. Lines a paragraph apart stay lines of their own (the loaders re-flow
lines of one paragraph into one line), as a converted PDF's are.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from minutes_cli import parse_text
from minutes_cli.api import read_document
from minutes_cli.stages.metadata._heading import find_heading

REST = "\nPRESENT IN THE CHAIR: Councillor A. Roe.\nMEMBERS PRESENT: Councillors Doe, Poe and Lowe.\n" \
       "1. Adoption of Minutes\nProposed by Councillor Doe, seconded by Councillor Poe and resolved.\n"


def _document(text: str, name: str = "minutes.txt") -> dict[str, Any]:
    return parse_text(text, name)["document"]


@pytest.mark.parametrize(("text", "title", "body", "date"), [
    pytest.param(
        "MINUTES OF PROCEEDINGS AT SPECIAL MEETING OF CORRIB\nCITY AND COUNTY COUNCIL HELD IN THE COUNCIL CHAMBER,\n"
        "MILL ROAD, CORRIB, ON TUESDAY, 14TH MARCH, 2017, AT 11\nA.M.\n" + REST,
        "MINUTES OF PROCEEDINGS AT SPECIAL MEETING OF CORRIB CITY AND COUNTY COUNCIL",
        "Corrib City and County Council", "2017-03-14", id="irish-city-and-county-council-four-lines"),
    pytest.param(
        "MINUTES\nOF\nPROCEEDINGS\nAT\nMEETING\nOF\nTHE\nMUNICIPAL DISTRICT OF BALLYFANE HELD IN\n"
        "THE CIVIC OFFICES, BALLYFANE, CO.\nCORRIB, ON WEDNESDAY, 8TH NOVEMBER, 2023, AT\n10AM.\n" + REST,
        "MINUTES OF PROCEEDINGS AT MEETING OF THE MUNICIPAL DISTRICT OF BALLYFANE",
        "Municipal District of Ballyfane", "2023-11-08", id="irish-municipal-district-a-word-a-line"),
    pytest.param(
        "MINUTES OF PROCEEDINGS OF MONTHLY MEETING OF THE\nMUNICIPAL DISTRICT OF KILBRACK-\nMOYNE HELD IN THE "
        "PARISH HALL, KILBRACK ON THURSDAY 16th FEBRUARY, 2023 AT 3.00PM.\n" + REST,
        "MINUTES OF PROCEEDINGS OF MONTHLY MEETING OF THE MUNICIPAL DISTRICT OF KILBRACK-MOYNE",
        "Municipal District of Kilbrack-Moyne", "2023-02-16", id="irish-monthly-meeting-name-wrapped-at-hyphen"),
    pytest.param(
        "Minutes of Proceedings of a Meeting of Drumlane District Council held in the Council Chamber, 4 Market "
        "Street, Drumlane on Tuesday, 6 November 2012. The meeting began at 7.30 pm.\nPresent: P Roe (Chair)\n"
        "It was proposed by Councillor Doe and resolved that the minutes be signed.\n",
        "Minutes of Proceedings of a Meeting of Drumlane District Council",
        "Drumlane District Council", "2012-11-06", id="northern-irish-district-council-one-long-line"),
    pytest.param(
        "Minutes of Meeting of the Leisure and Community Services\n\nCommittee held in the Council Chamber, Civic "
        "Centre, on Monday 9th March 2020 at 7.00 pm.\nPresent: Councillor A Roe (Chair)\nThe Committee noted the report.\n",
        "Minutes of Meeting of the Leisure and Community Services Committee",
        "Leisure and Community Services Committee", "2020-03-09", id="northern-irish-committee-mixed-case-wrap"),
    pytest.param(
        "MINUTES OF THE MEETING OF LOWER SOTHAM PARISH COUNCIL HELD IN THE\nVILLAGE HALL, LOWER SOTHAM ON TUESDAY "
        "15 MAY 2018 AT 7.45 PM\nPresent: Cllrs Roe (Chair), Doe, Poe\n1. Apologies\nNone were received.\n",
        "MINUTES OF THE MEETING OF LOWER SOTHAM PARISH COUNCIL",
        "Lower Sotham Parish Council", "2018-05-15", id="english-parish-capitals-two-lines"),
    pytest.param(
        "Minutes of the Meeting of Ashwell Green Parish Council held in the\n\npavilion on Tuesday 6th February 2018 "
        "commencing at 7.30pm.\nPresent: Cllrs Roe (Chair), Doe, Poe\n1. Apologies\nNone were received.\n",
        "Minutes of the Meeting of Ashwell Green Parish Council",
        "Ashwell Green Parish Council", "2018-02-06", id="english-parish-title-case-held-in-the"),
    pytest.param(
        "Minutes of the Meeting of Corrib City and County Council’s Travel and Transport\nStrategic Policy "
        "Committee held on 13th February 2024 at 3:00 p.m. in the Council Chamber.\nMembers Present: Cllrs Roe, Doe\n"
        "The Committee noted the update.\n",
        "Minutes of the Meeting of Corrib City and County Council’s Travel and Transport Strategic Policy Committee",
        "Travel and Transport Strategic Policy Committee", "2024-02-13", id="council-possessive-committee"),
    pytest.param(
        "MINUTES OF PROCEEDINGS AT SPECIAL MEETING (QUORUM ONLY) OF CORRIB CITY\nAND COUNTY COUNCIL HELD "
        "REMOTELY ON WEDNESDAY, 10TH JUNE, 2020, AT 3.00 P.M.\n" + REST,
        "MINUTES OF PROCEEDINGS AT SPECIAL MEETING (QUORUM ONLY) OF CORRIB CITY AND COUNTY COUNCIL",
        "Corrib City and County Council", "2020-06-10", id="aside-in-brackets-before-of"),
    pytest.param(
        "MINUTES OF PROCEEDINGS AT JOINT POLICING SUB COMMITTEE MEETING OF THE\nMUNICIPAL DISTRICT OF BALLYFANE "
        "HELD IN THE CIVIC OFFICES, BALLYFANE, ON\nTHURSDAY, 14TH DECEMBER, 2023, AT 2.00 P.M.\n" + REST,
        "MINUTES OF PROCEEDINGS AT JOINT POLICING SUB COMMITTEE MEETING OF THE MUNICIPAL DISTRICT OF BALLYFANE",
        "Joint Policing Sub Committee", "2023-12-14", id="committee-named-before-meeting-of"),
    pytest.param(
        "MINUTES OF PROCEEDINGS AT MEETING OF THE METROPOLITAN DISTRICT OF CORRIB TO\nCONSIDER THE DRAFT BUDGETARY "
        "PLAN 2020 HELD IN THE COUNCIL CHAMBER, QUAY\nSTREET, CORRIB, ON FRIDAY, 18TH OCTOBER, 2019 AT 11.00 A.M.\n" + REST,
        "MINUTES OF PROCEEDINGS AT MEETING OF THE METROPOLITAN DISTRICT OF CORRIB",
        "Metropolitan District of Corrib", "2019-10-18", id="purpose-of-the-meeting-after-the-name"),
    pytest.param(
        "WARRAGAL SHIRE COUNCIL\nMINUTES OF THE\nORDINARY MEETING OF COUNCIL\nHELD IN THE COUNCIL CHAMBER,\n"
        "1 CIVIC PLACE, WARRAGAL\nON WEDNESDAY, MARCH 5, 2008\nCOMMENCING AT 6.30PM\nPRESENT\nThe Mayor, Crs Roe and Doe\n",
        "MINUTES OF THE ORDINARY MEETING OF COUNCIL", "Warragal Shire Council", "2008-03-05",
        id="australian-shire-under-letterhead"),
])
def test_a_wrapped_heading_gives_title_body_and_date(text: str, title: str, body: str, date: str) -> None:
    doc = _document(text)
    assert (doc["title"], doc["body"], doc["meeting_date"]) == (title, body, date)


def test_the_heading_beats_a_meeting_named_in_the_prose_under_it() -> None:
    text = ("MINUTES OF PROCEEDINGS AT INAUGURAL ANNUAL MEETING OF THE\nMUNICIPAL DISTRICT OF BALLYFANE HELD IN THE\n"
            "CIVIC OFFICES, BALLYFANE, ON FRIDAY 6TH JUNE, 2014, AT 10.00 A.M.\n"
            "At the outset, the Director welcomed Members to the Inaugural Annual Meeting of the Municipal District "
            "of Ballyfane and congratulated them.\n" + REST)
    assert _document(text)["body"] == "Municipal District of Ballyfane"


def test_a_late_label_that_names_no_body_does_not_beat_the_heading() -> None:
    """"Committee: Next meeting scheduled for 5th October, 2021." (a list of committees' next meetings) is
    a labelled value, but no body's name."""
    text = ("MINUTES OF PROCEEDINGS AT MEETING OF CORRIB CITY AND COUNTY\nCOUNCIL HELD IN THE COUNCIL CHAMBER, ON "
            "MONDAY, 27TH SEPTEMBER, 2021, AT 3PM.\n" + REST +
            "2. Strategic Policy Committees\nCommittee: Next meeting scheduled for 5th October, 2021.\n")
    assert _document(text)["body"] == "Corrib City and County Council"


def test_a_heading_that_names_no_body_gives_none_of_its_words_as_the_body() -> None:
    """A converter dropped the council's name: "MEETING OF HELD IN" names no body, and no date either."""
    text = ("MINUTES OF THE ORDINARY MEETING OF HELD IN THE COUNCIL CHAMBER, COUNTY BUILDINGS, ON MONDAY,\n"
            "17 FEBRUARY 2020\nPRESENT: Councillors Roe, Doe\nThe meeting began at 10.40 a.m.\n")
    doc = _document(text)
    assert "held" not in str(doc["body"]).lower()
    assert doc["title"] == "MINUTES OF THE ORDINARY MEETING OF"


@pytest.mark.parametrize(("text", "title"), [
    pytest.param("Minutes of Little Marsh Parish Council\n\nMeeting held in the school on 3 May 2006\n\nPresent: A, B\n",
                 "Minutes of Little Marsh Parish Council", id="a-body-s-name-ends-the-line"),
    pytest.param("Minutes of Council Ordinary Meeting - Thursday, 26 February 2026\n\nMINUTES of Council Ordinary Meeting"
                 " 26 February 2026\n\nPresent: Cllr A Roe\n", "Minutes of Council Ordinary Meeting - Thursday, 26 February"
                 " 2026", id="a-second-heading-under-the-first"),
    pytest.param("Minutes of Annual Hollowby parish meeting\n\nThe annual update of Hollowby parish\n\nPresent: A, B\n",
                 "Minutes of Annual Hollowby parish meeting", id="a-stand-first-under-the-title"),
])
def test_a_line_under_a_complete_heading_is_not_joined_to_it(text: str, title: str) -> None:
    """(Paragraphs apart, so the loader keeps them lines of their own, as a converted PDF's lines are.)"""
    assert _document(text)["title"] == title


SCANNED = "*<small>Scanned page, text may contain errors. See original file for clarity</small>*  \n\n"


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("[Original file](https://example.org/files/minutes-june.pdf)\n\n---\n" + SCANNED +
                 "HOLLOWBY PARISH COUNCIL\n\nMinutes of the June meeting\n\nPresent: Cllrs Roe, Doe\n", "paper.md",
                 id="markdown-link-line-then-scanned-notice"),
    pytest.param("[Original file](https://example.org/files/minutes-june.pdf)\n\nHOLLOWBY PARISH COUNCIL\n\n"
                 "Minutes of the June meeting\n\nPresent: Cllrs Roe, Doe\n", "paper.txt", id="text-link-line"),
    pytest.param("https://example.org/files/minutes-june.pdf\n\nHOLLOWBY PARISH COUNCIL\n\n"
                 "Minutes of the June meeting\n\nPresent: Cllrs Roe, Doe\n", "paper.txt", id="bare-address-line"),
])
def test_a_line_that_is_only_a_link_or_a_scan_notice_is_no_title(text: str, name: str) -> None:
    assert _document(text, name)["title"] == "Minutes of the June meeting"


def test_a_wrapped_heading_after_a_link_line_and_a_scan_notice_is_the_title() -> None:
    text = ("[Original file](https://example.org/files/md-ballyfane.pdf)\n\n---\n" + SCANNED +
            "MINUTES OF PROCEEDINGS AT MEETING OF THE MUNICIPAL\n\nDISTRICT OF BALLYFANE HELD IN THE CIVIC OFFICES,\n\n"
            "BALLYFANE, ON WEDNESDAY, 5TH NOVEMBER, 2014, AT 10.00 A.M.\n\nPRESENT IN THE CHAIR: Councillor A. Roe.\n\n"
            "MEMBERS PRESENT: Councillors Doe and Poe.\n")
    doc = _document(text, "paper.md")
    assert (doc["title"], doc["body"], doc["meeting_date"]) == (
        "MINUTES OF PROCEEDINGS AT MEETING OF THE MUNICIPAL DISTRICT OF BALLYFANE", "Municipal District of Ballyfane",
        "2014-11-05")


def test_a_paper_that_is_one_long_line_is_read_quickly(tmp_path: Path) -> None:
    """The heading reader looks at a bounded head of the line, not the whole paper."""
    path = tmp_path / "long.txt"
    path.write_text("Minutes of " + "the council and the board of " * 40000, "utf-8")
    doc = read_document(path)
    began = time.perf_counter()
    heading = find_heading(doc, "en")
    assert heading is None  # it never reaches a place ("HELD"): no heading, no 1 MB title
    assert time.perf_counter() - began < 2.0
