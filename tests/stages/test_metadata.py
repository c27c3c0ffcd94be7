"""The decision-making body: labels, meeting headings, titles, the body that acts, the council named."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from minutes_cli import parse_text
from minutes_cli.api import parse_document


@pytest.mark.parametrize(("text", "body"), [
    pytest.param("Agenda and minutes\n\nLicensing Panel - Monday, 3rd March, 2014 2.00 pm\n\nVenue: Town Hall\n",
                 "Licensing Panel", id="moderngov-heading-weekday"),
    pytest.param("HIGHWAYS JOINT BOARD – 4th June 2019\n\nMINUTES of the meeting held at the Guildhall.\n",
                 "Highways Joint Board", id="capitals-heading-en-dash-date"),
    pytest.param("Voting record\n\nAudit Committee, Tuesday, 8th May, 2018 6.00 pm\n\nItem: 5 Accounts\n",
                 "Audit Committee", id="heading-comma-weekday"),
    pytest.param("From: | Head of Finance\n\nTo: | Executive – 2nd May 2023\n\nSubject: | Fees\n",
                 "Executive", id="report-to-line"),
    pytest.param("RECORD OF DECISION\n\nDECISION TO BE TAKEN BY:\n\nLeader of the Council\n\nDECISION NUMBER:\n\n19/001\n",
                 "Leader of the Council", id="label-value-on-next-line"),
    pytest.param("Minutes of Little Marsh Parish Council\n\nMeeting held in the school on 3 May 2006\n",
                 "Little Marsh Parish Council", id="minutes-of-heading"),
    pytest.param("Minutes of a meeting of the Licensing Sub-Committee held on 2 March 2015\n\nPresent: A, B\n",
                 "Licensing Sub-Committee", id="minutes-of-a-meeting-of-the"),
    pytest.param("Notice\n\nA meeting of the Borough Council will be held in the Chamber on 4 May 2022.\n",
                 "Borough Council", id="a-meeting-of-the-will-be-held"),
    pytest.param("Greenfield Town Council Minutes\n\nPresent: Cllr A, Cllr B\n", "Greenfield Town Council",
                 id="title-then-minutes"),
    pytest.param("Ward Funds Review\n\nReport No XY/1/20 Committee: Housing Board Date: 3 March 2020 Report By: Officer\n",
                 "Housing Board", id="collapsed-committee-label"),
    pytest.param("Harbour Board: New Pontoon Proposal\n\nLast night I chaired the meeting about the pontoon.\n",
                 "Harbour Board", id="blog-title-committee-colon-subject"),
    pytest.param("Agenda item\n\nThe Cabinet considered the report of the Director. The Cabinet noted the risks.\n",
                 "Cabinet", id="body-that-acts"),
    pytest.param("Item 4\n\nThe Chairman reminded Council that a recorded vote was needed.\n", "Council",
                 id="body-reminded"),
    pytest.param("Loading...\n\nThe Regular Council Meeting was convened at 7 pm by the Mayor.\n", "Council",
                 id="meeting-type-dropped"),
    # a body named "<noun> of <words>" as a page's title (Alexandria, a county, a US city, a borough)
    pytest.param("Board of Architectural Review\n\nIndex\n\nAgenda\n\nMinutes\n", "Board of Architectural Review",
                 id="board-of-title"),
    pytest.param("Board of Zoning Appeals\n\nRegular meeting\n\nCall to order\n", "Board of Zoning Appeals",
                 id="board-of-zoning-appeals"),
    pytest.param("Board of Supervisors\n\nAgenda\n\nRoll call\n", "Board of Supervisors", id="board-of-supervisors"),
    pytest.param("Committee of the Whole\n\nMinutes\n\nPresent: Alderperson Roe\n", "Committee of the Whole",
                 id="committee-of-the-whole"),
    # a Legistar meeting-details table names the meeting with its kind (Charlotte and others)
    pytest.param("Meeting Details\n\nMeeting Name: | City Council Business Meeting | Agenda status: | Final\n\n"
                 "Meeting date/time: | 6/22/2026 5:30 PM | Minutes status: | Final\n", "City Council",
                 id="legistar-meeting-name-business"),
    pytest.param("Meeting Details\n\nMeeting Name: | Planning Commission Regular Meeting | Agenda status: | Final\n",
                 "Planning Commission", id="legistar-meeting-name-regular"),
    pytest.param("Meeting Details\n\nMeeting Name: Transportation Committee Special Meeting\n\nMeeting location: Room 2\n",
                 "Transportation Committee", id="meeting-name-no-cells"),
    pytest.param("Meeting Details\n\nMeeting Name: | Board of Education Work Session Meeting | Agenda status: | Draft\n",
                 "Board of Education", id="legistar-meeting-name-two-words"),
    # a bare noun opening the title line under the organisation's name (Chicago SSAs, US authorities)
    pytest.param("Hollow Park Special Service Area #12\n\nCommission Meeting Minutes\n\nCommissioners Present: A Roe\n",
                 "Hollow Park Special Service Area #12 Commission", id="ssa-name-above-commission"),
    pytest.param("Riverside Arts Trust\n\nBoard Meeting Minutes\n\nPresent: Ann Roe\n",
                 "Riverside Arts Trust Board", id="trust-name-above-board"),
    pytest.param("Westmoor Library District\n\nBoard Minutes\n\nTrustees present: Ann Roe\n",
                 "Westmoor Library District Board", id="district-name-above-board"),
    pytest.param("Lowfield Cemetery Joint\n\nCommittee Minutes\n\nPresent: Cllr Roe\n",
                 "Lowfield Cemetery Joint Committee", id="name-above-committee"),
    pytest.param("Eastmoor Borough Council\n\nCabinet Minutes\n\nPresent: Cllr Roe\n", "Cabinet",
                 id="cabinet-under-council-is-cabinet"),
])
def test_body(text: str, body: str) -> None:
    assert parse_text(text)["document"]["body"] == body


@pytest.mark.parametrize("text", [
    pytest.param("Agenda item\n\nMinutes of the previous meeting held on 3 May were approved.\n", id="previous-meeting"),
    pytest.param("Notes\n\nThursday, 25 October 2012 at 10 am in the Hall\n", id="weekday-is-not-a-body"),
    pytest.param("Minutes: The Minutes of the meeting of the 26th May were signed as a correct record.\n",
                 id="sentence-is-not-a-body"),
])
def test_no_body(text: str) -> None:
    assert parse_text(text)["document"]["body"] is None


def test_body_evidence_is_the_name_in_the_text() -> None:
    text = "HIGHWAYS JOINT BOARD – 4th June 2019\n\nMINUTES of the meeting held at the Guildhall.\n"
    doc = parse_document(text.encode(), "<t>")
    assert doc.evidence["body"].text(doc) == "HIGHWAYS JOINT BOARD"


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("PLANNING PANEL – 10th December 2024\n\nMINUTES of the meeting held in the Council Chamber.\n\n"
                     "PRESENT: Cllr A Lee (Chair), Cllr B Roe\n\nApologies\n\nNone.\n\n"
                     "Minutes of the meeting held on 29 October 2024\n\n"
                     "RESOLVED that the minutes of the meeting held on 29 October 2024 be signed.\n",
                     "2024-12-10", id="title-line-beats-previous-minutes-item"),
        pytest.param("From: | Jo Bloggs, Cabinet Member for Finance\n\nTo: | Cabinet – 4th March 2025\n\n"
                     "Subject: | Budget changes\n\nRecommendations:\n\nCabinet is asked to NOTE the changes agreed "
                     "by County Council on 13th February 2025.\n",
                     "2025-03-04", id="report-to-body-dash-date"),
    ],
)
def test_meeting_date_from_title_lines(text: str, expected: str) -> None:
    assert parse_text(text)["document"]["meeting_date"] == expected


@pytest.mark.parametrize(
    "text,codes",
    [
        pytest.param("Minutes\n\nRESOLVED: That the report be noted.\n", {"T102", "D303"}, id="tiny-minutes"),
        pytest.param("MINUTES of the meeting of the Parish Council held on 3 May 2022. Present: Cllr A Lee, "
                     "Cllr B Roe. Apologies: none. RESOLVED: That the minutes of the meeting held on 5 April 2022 "
                     "be approved and signed as a correct record by the Chair.\n", set(), id="dated-minutes"),
        pytest.param("A review of leisure services has recommended the closure of two of the borough's four "
                     "leisure centres, saving around a million pounds a year, the council said on Tuesday.\n",
                     set(), id="news-needs-no-meeting-date"),
    ],
)
def test_doubts_are_problems(text: str, codes: set[str]) -> None:
    found = {p["code"] for p in parse_text(text)["problems"]} & {"T102", "D303"}
    assert found == codes


@pytest.mark.parametrize(("text", "addition", "body"), [
    pytest.param("HARBOUR MOOT\n\nMinutes of the meeting held on 4 May 2022.\n", {"body_nouns": ["Moot"]},
                 "Harbour Moot", id="body-noun"),
    pytest.param("WESTFIELD METRO COUNCIL\n\nCOUNCIL\n\nMinutes of the meeting held on 4 May 2022.\n",
                 {"council_types": ["Metro"]}, "Westfield Metro Council", id="council-type"),
    pytest.param("Loading...\n\nThe Quarterly Harbour Board Meeting was convened at 7 pm.\n",
                 {"meeting_types": ["Quarterly"]}, "Harbour Board", id="meeting-type"),
])
def test_a_body_word_added_in_settings_works(text: str, addition: dict[str, object], body: str) -> None:
    from minutes_cli import Settings

    assert parse_text(text)["document"]["body"] != body
    assert parse_text(text, settings=Settings(lexicon=addition))["document"]["body"] == body


def _field_cases() -> list[object]:
    cases = yaml.safe_load((Path(__file__).resolve().parents[1] / "cases" / "metadata.yaml").read_text("utf-8"))
    return [pytest.param(c, id=c["id"]) for c in cases if "document" in c or "absent" in c]


@pytest.mark.parametrize("case", _field_cases())
def test_field_case(case: dict[str, object]) -> None:
    """A labelled field as the papers write it (tests/cases/metadata.yaml, `document:` and `absent:`)."""
    doc = parse_document(str(case["text"]).encode(), "case.txt")
    document = parse_text(str(case["text"]), name="case.txt")["document"]
    for key, value in dict(case.get("document") or {}).items():
        assert document.get(key) == value, key
        if value is not None and isinstance(value, str) and key != "published" and not key.endswith("_date"):
            assert " ".join(doc.evidence[key].text(doc).split()) == value, key  # the value is its span
    for key in list(case.get("absent") or []):
        if key.startswith("field:"):  # no labelled field of this name was read
            assert not any(f.name == key[6:] for f in doc.fields), key
        else:
            assert key not in document, key



@pytest.mark.parametrize(("text", "title"), [
    # the council's letterhead, then the paper's own title (parish minutes, a US city, a town council)
    pytest.param("HOLLOWBY PARISH COUNCIL\n\nMinutes of the Ordinary Meeting of Hollowby Parish Council held in the "
                 "Hall on Tuesday 4 April 2023\n\nPresent: Cllr Roe\n",
                 "Minutes of the Ordinary Meeting of Hollowby Parish Council", id="parish-letterhead"),
    pytest.param("CITY OF EASTBOROUGH\n\nREGULAR COUNCIL MEETING MINUTES\n\nMARCH 6, 2023\n",
                 "REGULAR COUNCIL MEETING MINUTES", id="us-city-letterhead"),
    pytest.param("Lowfield Town Council\n\nNotice of the Annual Meeting of the Town Council\n\n1. Apologies\n",
                 "Notice of the Annual Meeting of the Town Council", id="town-letterhead-notice"),
    pytest.param("The Township of Westmoor\n\nCommittee of Adjustment Meeting Agenda\n\n1. Call to order\n",
                 "Committee of Adjustment Meeting Agenda", id="township-letterhead"),
    # kept: a bare kind word, or an address under the letterhead
    pytest.param("EASTBOROUGH CITY COUNCIL\n\nAGENDA\n\n1. Roll call\n", "EASTBOROUGH CITY COUNCIL",
                 id="bare-agenda-word-is-not-a-title"),
    pytest.param("HOLLOWBY PARISH COUNCIL\n\nThe Old School, Hollowby HB1 2CD\n\nA meeting will be held on 2 May 2025.\n",
                 "HOLLOWBY PARISH COUNCIL", id="address-under-letterhead"),
])
def test_title_under_letterhead(text: str, title: str) -> None:
    assert parse_text(text)["document"]["title"] == title
